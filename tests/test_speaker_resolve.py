"""Speaker resolution beyond names and descriptions: the order speakers are resolved in, the
names a subject pronoun cannot stand for, and possessives ahead of the name they refer to.

Every article here is invented for newsmine; each test asserts the resolved name of the
quotes (or mentions) that matter, checked by reading the text.
"""

from __future__ import annotations

import pytest

from newsmine.nlp import quotes as quotes_module
from newsmine.nlp.quotes import find_quotes
from newsmine.nlp.results import entities_of
from newsmine.nlp.speakers import SpeakerResolver
from tests.conftest import speaker_of


def test_speakers_are_resolved_in_text_order(nlp, monkeypatch):
    # The resolver keeps the previous speaker: it must see the sources as the text has them,
    # whatever order the attribution stage chose them in.
    text = (
        "Council splits on the pier\n\n"
        "Councilwoman Ana Ruiz said on Monday that the pier contract was too costly. "
        '"We cannot pay twice for one pier," she said. Mayor Tomas Berg disagreed. '
        '"The pier will pay for itself," he told reporters. Berg said the vote would come in May.\n\n'
        "Councilman Victor Hale, who said in March that the pier was a waste of money, now says "
        "the town cannot afford to lose it.\n"
    )
    doc = nlp(text)
    seen: list[int] = []
    resolve = SpeakerResolver.resolve

    def recording(self, mention):
        seen.append(mention.start_char)
        return resolve(self, mention)

    monkeypatch.setattr(quotes_module.SpeakerResolver, "resolve", recording)
    found = find_quotes(doc)
    assert len(seen) >= 4  # "who said …" is attributed before "Hale … now says", named after it
    assert seen == sorted(seen)
    assert [q.speaker_name for q in found if "pay for itself" in doc.text[q.start : q.end]] == ["Tomas Berg"]


def test_he_is_not_the_man_named_in_what_he_says(pipeline):
    # "He said Berg was bound …": "he" commands Berg, so it is not Berg (the lawyer named just
    # before, whose clause reports Berg, keeps the floor).
    text = (
        "Former aide sues over gag order\n\n"
        "Tomas Berg, a former aide to the governor, filed a petition on Tuesday to void his "
        "agreement with the campaign. The campaign's lawyer, Victor Hale, said Berg was seeking "
        "attention with false claims. He said Berg was bound by a confidentiality agreement that "
        "remains in force.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "bound by a confidentiality agreement").name == "Victor Hale"


def test_he_concludes_is_not_the_candidate_his_conclusion_names(pipeline):
    # The columnist is the subject; the candidate is named inside what he concludes.
    text = (
        "Columnist urges conservatives to back the nominee\n\n"
        "Radio host Dennis Marsh wrote on Tuesday that his listeners should rally behind Senator "
        "Paul Ortiz in November. Ortiz has struggled with conservative voters all spring. Marsh "
        "listed nine reasons a conservative should prefer an Ortiz presidency. He concludes that "
        "these reasons make the best case for why conservatives should get behind Ortiz.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "make the best case").name == "Dennis Marsh"


def test_her_in_an_opening_phrase_is_the_subject_named_after_it(nlp):
    # "In her statement …, Ruiz defended …": the possessive comes before the name it stands for;
    # the man quoted just before is not "her".
    text = (
        "Senators respond to the missile test\n\n"
        'Senator Paul Ortiz called the test "a provocation" on Monday, and he said the '
        "administration had failed. In her statement condemning the test, Senator Ana Ruiz "
        "defended the administration's record.\n"
    )
    doc = nlp(text)
    resolver = SpeakerResolver(doc, entities_of(doc))
    start = text.index("her statement")
    mention = doc.char_span(start, start + len("her statement"))
    assert resolver.resolve(mention).name == "Ana Ruiz"


def test_he_may_be_the_man_whose_possession_his_clause_names(pipeline):
    # "He notes that … Berg's microphone": a possessive name in what he says does not bar him.
    text = (
        "Berg blames his microphone\n\n"
        "Mayor Tomas Berg is raising questions about the sound system at Monday's debate with "
        "Councilwoman Ana Ruiz. He notes that the debate commission admitted on Friday that there "
        "was an issue with Berg's microphone.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "there was an issue").name == "Tomas Berg"


def test_a_finding_speaks_for_the_body_it_comes_from(pipeline):
    # The source is a common noun no rule knows ("results", "data"): the pollster that
    # conducted the survey, the agency the data come from — not a body that only reviewed it.
    text = (
        "Turnout surges in the Dunmore primary\n\n"
        "Early results of exit polls conducted by Harlow Research for the Dunmore Ledger show "
        "that two-thirds of voters made up their minds in the final week. Violent crime fell by "
        "a tenth last year, according to the most recent figures available from the Dunmore "
        "Police Department. A draft of the plan reviewed by the Ledger shows that the pier would "
        "cost $40 million.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "two-thirds of voters").name == "Harlow Research"
    assert speaker_of(record, "Violent crime fell").name == "Dunmore Police Department"
    assert speaker_of(record, "would cost $40 million").name != "Dunmore Ledger"


def test_research_led_by_someone_is_theirs(pipeline):
    # 'a study led by Dr. Ines Marsh' (probe47b): who leads a study speaks for it, here
    # through 'a study' that the next sentence names with its leader
    text = (
        "Walking and the heart\n\nOlder adults who walk every day live longer, according to a study "
        "published on Monday. The study, led by Dr. Ines Marsh of Harwick University, followed 9,000 "
        "people for a decade.\n"
    )
    assert speaker_of(pipeline.analyze(text), "Older adults who walk").name == "Ines Marsh"


# "The researchers" and "the authors" of a study just named with its author are that author's
# (probe47b): a group speaks as its first named member, a study for whoever leads it.
@pytest.mark.parametrize(
    ("text", "snippet", "is_author"),
    [
        ("A study led by Dr. Ines Marsh of Harwick University followed 9,000 people for a decade. "
         "The researchers wrote that daily walks cut the risk of heart failure by a fifth.", "daily walks cut", True),
        ("A study led by Dr. Ines Marsh of Harwick University followed 9,000 people for a decade. "
         "The study has limitations, the authors acknowledged.", "The study has limitations", True),
        # near misses: a phrase of its own says whose authors; no study spoken of any more
        ("A study led by Dr. Ines Marsh followed 9,000 people. The authors of the walking bill said the "
         "study proved their point.", "proved their point", False),
        ("A study led by Dr. Ines Marsh followed 9,000 people. Marsh lives in Dunmore. The town has two "
         "parks. Its council met on Monday. The researchers said the parks were too small.", "parks were too small",
         False),
    ],
    ids=["the-researchers", "the-authors", "authors-of-a-bill", "study-no-longer-the-topic"],
)  # fmt: skip
def test_the_researchers_of_a_study_named_with_its_author_are_the_author(pipeline, text, snippet, is_author):
    speaker = speaker_of(pipeline.analyze(f"Walking\n\n{text}\n"), snippet)
    assert (speaker.name == "Ines Marsh") is is_author, (speaker.text, speaker.name)


@pytest.mark.parametrize(("text", "led"), [
    ("The study, led by Dr. Ines Marsh, followed 9,000 people.", True),
    # near miss: a poll 'led by' a candidate is one she tops, not one she wrote
    ("The poll, led by Ana Ruiz with 41 percent, shows that most voters have decided.", False),
])  # fmt: skip
def test_only_research_is_led_by_its_author(nlp, text, led):
    from newsmine.nlp.speakers.named_authors import _led_research

    assert _led_research(next(t for t in nlp(text) if t.lower_ == "led")) is led


@pytest.mark.xfail(
    strict=True,
    reason="the source rules read the agent of any participle on a document as its author "
    "(sources/subject._author_of): 'The poll, led by Ana Ruiz with 41 percent, shows' is Ana Ruiz's, "
    "on main before probe47b too",
)
def test_a_poll_led_by_a_candidate_is_not_the_candidates(pipeline):
    text = (
        "Harwick mayoral race\n\nThe latest Harlow Research poll, led by Ana Ruiz with 41 percent, "
        "shows that most voters have made up their minds.\n"
    )
    assert speaker_of(pipeline.analyze(text), "most voters have made up").name != "Ana Ruiz"


def test_who_after_a_noun_describing_the_subject_is_the_subject(pipeline):
    # "Haddad and his wife are … teachers who have said": the couple, by its first member.
    text = (
        "Parents of fallen soldier speak out\n\n"
        "Amir Haddad and his wife are retired teachers who have said they vote for both "
        "parties.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "vote for both parties").name == "Amir Haddad"


def test_a_second_who_joined_to_the_first_stands_for_the_same_person(pipeline):
    text = (
        "Former mayor backs Ruiz\n\n"
        "Victor Hale, who ran the county for a decade and who said on Monday that the pier was a "
        "mistake, endorsed Councilwoman Ana Ruiz for mayor.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the pier was a mistake").name == "Victor Hale"


def test_it_after_a_document_named_with_its_author_speaks_for_the_author(pipeline):
    # No organisation is the subject before "It says": the memo just named is, and it
    # speaks for the agency that issued it.
    text = (
        "Lawmaker wants candidate barred\n\n"
        "In his proposed bill, Congressman Rafael Ortiz cited a 2001 memo issued by the "
        "Dunmore Immigration Bureau. It says foreign nationals who disrespect the authority of "
        "the state may be refused entry.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "foreign nationals").name == "Dunmore Immigration Bureau"


def test_a_noun_ending_a_body_named_before_describes_that_body(pipeline):
    # "dairy", "brewery", "hospital" are in no list of body nouns: the name the article gave
    # the organisation says what kind of body "the brewery" is. A body of another kind named
    # just before is no answer for it, nor is the body named before for a noun with a name
    # of its own ("the Ridgeway hospital").
    text = (
        "Brewery fined over river spill\n\n"
        "Regulators fined Harlow Valley Brewery $40,000 on Tuesday after waste from its tanks "
        "reached the Dun River. The brewery said the spill had been stopped within an hour.\n\n"
        "Mercy Point Hospital treated two workers for fumes. The hospital said both had gone home. "
        "The Ridgeway hospital said it had treated none.\n\n"
        "The Dun River Trust, a charity, said fish had died. The clinic said its doors had stayed shut.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the spill had been stopped").name == "Harlow Valley Brewery"
    assert speaker_of(record, "both had gone home").name == "Mercy Point Hospital"
    # a hospital of its own name: neither body named before
    assert speaker_of(record, "it had treated none").name not in ("Mercy Point Hospital", "Harlow Valley Brewery")
    assert speaker_of(record, "its doors had stayed shut").name is None  # no clinic named


def test_a_trade_inverted_after_a_quote_is_the_named_speaker_going_on(pipeline):
    # "farmer" is in no list of unnamed sources: after a closing quotation mark it is the
    # person just quoted; starting a sentence of its own it is someone else.
    text = (
        "Dry summer hits harvest\n\n"
        "Tom Reed said the rain had come too late for his wheat. \"We lost half the crop,\" the "
        "farmer said.\n\n"
        "Ana Ruiz said prices would rise. The farmer next door said his barley had done well.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "We lost half the crop").name == "Tom Reed"
    assert speaker_of(record, "his barley had done well").name is None  # neither Ana Ruiz nor Tom Reed


def test_a_body_described_in_apposition_is_its_description_later(pipeline):
    # "X, an industry group," is X, not a second, unnamed group that "the group" would stand
    # for; nor is "a think tank" hung by the parse on the fellow named before the institute
    # the fellow's title. A group introduced on its own ("a group of parents") still is.
    text = (
        "Pipeline bill advances\n\n"
        "The Midland Petroleum Council, an industry group, praised the vote. The trade group said pipelines "
        "were the safest way to move gas.\n\n"
        "Nadia Ferraro, a senior fellow at the Ashby Institute, a liberal think tank in Boston, said the "
        "bill would pass. The think tank said its own study found few leaks.\n\n"
        "A group of parents gathered at the statehouse. The group said it feared for the schools.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the safest way to move gas").name == "Midland Petroleum Council"
    assert speaker_of(record, "its own study found few leaks").name == "Ashby Institute"
    assert speaker_of(record, "the bill would pass").name == "Nadia Ferraro"
    assert speaker_of(record, "it feared for the schools").name is None


def test_a_business_described_by_its_trade_is_the_company_named_before(pipeline):
    # "the manufacturer", "the retailer": a company by what it does, as "the company" is (not a
    # public body named between); "the regulator" is an agency.
    text = (
        "Jets grounded after engine fire\n\n"
        "The Federal Aviation Administration grounded 24 jets on Monday. The engines were built by "
        "Tolland Aerospace. The manufacturer said it was sending engineers.\n\n"
        "Brixham Stores said sales fell. The retailer said it would close six shops.\n\n"
        "The regulator said it would decide by Friday whether the jets could fly again.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "it was sending engineers").name == "Tolland Aerospace"
    assert speaker_of(record, "it would close six shops").name == "Brixham Stores"
    assert speaker_of(record, "it would decide by Friday").name == "Federal Aviation Administration"


def test_a_ministry_written_in_lower_case_by_its_country_is_the_ministry_later(pipeline):
    # No entity holds "Norway's foreign ministry": "the ministry" stands for it as written.
    text = (
        "Trawlers detained\n\n"
        "Iceland detained two trawlers on Wednesday, and Norway's foreign ministry protested. "
        "The ministry said the boats had been fishing legally.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "fishing legally").name == "Norway's foreign ministry"


def test_a_president_elect_is_titled_so_and_has_no_administration_yet(pipeline):
    # "President-elect" is three tokens ("President", "-", "elect"): still the person's title, so
    # "the president-elect" is that person, and "the outgoing administration" is not theirs.
    text = (
        "Trade pick named\n\n"
        "President-elect Martin Hollis on Friday named Susan Achterberg to lead trade talks. "
        '"She knows how to win a negotiation," the president-elect said.\n\n'
        "The outgoing administration said it would help with the handover.\n"
    )
    record = pipeline.analyze(text)
    hollis = next(e for e in record.entities if e.name == "Martin Hollis")
    assert "President-elect" in hollis.titles
    assert speaker_of(record, "how to win a negotiation").name == "Martin Hollis"
    outgoing = speaker_of(record, "help with the handover")
    assert (outgoing.kind, outgoing.name, outgoing.entity_id) == ("organisation", None, None)  # unnamed: not Hollis's


def test_the_ceo_is_the_person_just_named_as_the_executive_is(pipeline):
    # "the former CEO of …" breaking into a sentence after the person is named as its subject is
    # that person going on, as "the executive" is.
    text = (
        "Ruiz attacks plan\n\n"
        "Ana Ruiz said on Monday that the plan was a mistake. But, the former CEO of Acme Corp added, "
        "the plan could still be fixed.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "could still be fixed").name == "Ana Ruiz"


def test_the_company_is_never_an_event_named_after_it(pipeline):
    # A convention tagged an organisation and named last is no company: "the company" is the
    # firm named before it.
    text = (
        "Jackets for the delegates\n\n"
        "Norbeck Apparel Inc. makes the jackets worn by the volunteers in Denver. "
        "Thousands of delegates arrived on Monday for the Democratic National Convention. "
        "The company said it had shipped 4,000 jackets to the city.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "shipped 4,000 jackets").name == "Norbeck Apparel Inc."


_LED_TEAM = (
    "The researchers, led by Dr. Ines Marsh of Harwick University, followed 9,000 people for a decade. "
    '"We did not expect the effect to be so large," Marsh said in an interview. "Nobody did."\n\n'
)


# "The researchers, led by Dr. Ines Marsh" names no study with its author, but the group of
# researchers with its leader (probe49's health study): "the authors" and "the researchers" after
# are that group, who speak as the one who leads it; "they" right after are the same people.
@pytest.mark.parametrize(
    ("text", "snippet", "is_author"),
    [
        (_LED_TEAM + "The authors wrote that the study could not prove that walking itself was the cause.",
         "could not prove", True),
        (_LED_TEAM + "The authors wrote that the study had limits.\n\n"
         '"Reverse causation cannot be ruled out," they wrote.', "Reverse causation", True),
        # near misses: two groups led by different people; the authors of something else
        (_LED_TEAM + "A second team, led by Dr. Paul Okafor, found the opposite. The authors wrote that "
         "walking was no cure.", "walking was no cure", False),
        (_LED_TEAM + "The authors of the parks bill said the findings proved their point.", "proved their point",
         False),
    ],
    ids=["the-authors", "they-after-the-authors", "two-leaders", "authors-of-a-bill"],
)  # fmt: skip
def test_the_authors_after_researchers_led_by_someone_are_the_leader(pipeline, text, snippet, is_author):
    speaker = speaker_of(pipeline.analyze(f"Walking\n\n{text}\n"), snippet)
    assert (speaker.name == "Ines Marsh") is is_author, (speaker.text, speaker.name)


def test_they_after_a_polls_results_are_not_its_author(pipeline):
    # near miss (a train article's shape, where a first version of the rule, any plural speaking
    # for a person, gave "They" to the pollster): "The results show …" speaks for the poll's
    # author, and "They" after are the voters it describes
    text = (
        "Rural voters\n\nStill, the poll by Dana Whitcomb of Harlow Research shows that rural voters may be "
        "restless. The results show that farm owners are similarly out of step with their party. They're less "
        'hostile to regulation and generally agree that those making more than $250,000 a year should pay "a lot" '
        "more in taxes.\n"
    )
    found = [q for q in pipeline.analyze(text).quotes if "$250,000" in q.text]
    assert found and (found[0].speaker is None or found[0].speaker.name != "Dana Whitcomb")


_PARTNER = (
    "Ride-hailing start-up raises funds\n\n"
    "Emeka Obi founded the ride-hailing firm Kora in 2019. \"We began with four cars,\" Obi said.\n\n"
    "A ministry spokeswoman, Grace Adu, declined to comment on the firm's licence.\n\n"
    "His business partner, Chiamaka Obi - also his wife - will lead the move into Ghana. "
    "\"Accra is the market we know best,\" she said."
)


@pytest.mark.parametrize("aside", [" - also his wife - ", ", also his wife, ", " (his wife) "])
def test_his_in_a_description_after_a_name_is_no_vote_for_her_gender(pipeline, aside):
    """'Chiamaka Obi - also his wife - will lead …': the 'his' is her husband's, so it no longer
    makes her a man, and her 'she said' is hers, not the spokeswoman's two paragraphs up
    (probe51b's Reuters wire)."""
    record = pipeline.analyze(_PARTNER.replace(" - also his wife - ", aside))
    assert speaker_of(record, "Accra is the market").name == "Chiamaka Obi"


@pytest.mark.parametrize(
    ("sentence", "name_end", "possessive", "describes"),
    [
        ("Chiamaka Obi - also his wife - will lead it.", 2, 4, True),
        ("Chiamaka Obi, his widow, will lead it.", 2, 3, True),
        ("Emeka Obi, his voice steady, said no.", 2, 3, False),  # his own voice
        ("Emeka Obi said his wife would lead it.", 2, 3, False),  # no aside: his own wife
    ],
)
def test_which_possessives_describe_the_name_before_them(nlp, sentence, name_end, possessive, describes):
    from newsmine.nlp.antecedents.described_possessives import describes_the_name

    doc = nlp(sentence)
    assert doc[possessive].lower_ in ("his", "her")
    assert describes_the_name(doc, name_end, possessive) is describes
