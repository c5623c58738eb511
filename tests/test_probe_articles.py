"""Fresh hard-case articles (session 20's probe) against hand-written expectations.

``tests/fixtures/probe/articles/`` holds fifteen short news articles written for this test
(never output copied back): each varies the wording of one of issue 10's hard cases — a man
and a woman quoted across paragraphs with "he said" / "she said", brothers and a married
couple sharing a surname, descriptions of organisations ("the agency said", "the company's
spokeswoman"), people named like cities ("Phoenix said", "Paris said"), a headline with a
colon, film/book/song titles in quotation marks, "Michael R. Bloomberg" beside Bloomberg
News, anonymous sources, outlets cited ("told Reuters", "Le Parisien reports, citing …"),
indirect quotes ("the minister noted that …"), quotes split around their cue, British single
quotation marks (added with their fix), and one article again hard-wrapped at 72 columns and one paragraph per line.

``tests/fixtures/probe/expected.json`` was written by hand before newsmine first ran on them:
for each quote a snippet of its content, the speaker's canonical name (or words of the
mention for unnamed sources), its kind, type and sometimes category or addressee; and texts
that must never be quote content. The extractor may find more quotes (PolNeAR-style
attributions such as "defended the decision"), never fewer or different ones.

``expected-round2.json`` (session 21's second round, written the same way) covers genres the
first left out — court reporting, an earnings report, a post-match report, a wire story
hard-wrapped at 70 columns with a "(Reporting by …)" credit, British copy with Sir/Dame/Lord, a
Q&A interview, three officials named Brennan, an obituary full of dates, outlets cited, an AP
dateline with the byline at the end, a science story, words written (memo, post) and a police
story — and adds facts on metadata (title, authors, published), entities (name, label, a title
word, gender, mentions), names that must be no entity, and dates with their values against the
publication date of the article's date line.

``expected-round3.json`` (session 22's third round, articles prefixed ``r3-``, written the same way)
covers genres the first two left out — a live blog with timestamped entries, a corporate press
release (PRNewswire dateline, boilerplate), a translated wire story ("according to the Kremlin",
"told state broadcaster …"), a basketball report, a legislative hearing where men and women speak
in turns, a planning-board meeting with public comment, an op-ed with scare quotes, a flood story,
a profile of a woman with her family quoted, a health study and an election night.

``expected-descriptions.json`` (session 22, articles ``desc-*``, written the same way) probes
speakers written as descriptions: organisations ("the newspaper", "the broadcaster", "the
agency", "the department", "the union", "the company", "the firm", "the group", "her campaign"),
people the article names ("the governor", "the former secretary of state", "the 45-year-old",
"his attorney, Monica Ferrante, …" then "the attorney said", "the senator's spokesman, Tom
Reyes"), descriptions of a body the article never names ("a regional newspaper … the newspaper
said": no speaker name), unnamed spokespeople and officials of a named body (anonymous), and
distractors: two companies, two agencies, a reporter of a named network, a person sharing a
company's name.

``expected-round4.json`` (session 23's fourth round, articles ``r4-*``, written the same way) covers a
bus strike with a speech over two paragraphs, a lunar landing (AP dateline, byline at the end), a
transfer rumour in British straight single quotes hard-wrapped at 72, a council budget row ("Cllr"), a
summit with translated quotes (Reuters, wrapped at 70), a readers' Q&A column, a school story with
a correction note, trial testimony, an air incident and an earnings call.

``expected-descriptions2.json`` (session 23, articles ``desc2-*``, written the same way) probes the
description kinds the first left out: a nominee ("the Republican nominee", "the billionaire", "the real
estate developer", "the former first lady", "the Minnesota senator"), lawmakers by state and party ("the
Texas Democrat", "the freshman lawmaker"), "the director", "the bureau", "the chairman", "the inspector
general", a poll's author ("the university", "the survey", "the pollster"), "the station", "the airline",
"the manufacturer", "the regulator", "the council", "the lone dissenter", "the ministry", "the service",
"the watchdog", "the super PAC", "the think tank", "the president-elect", "the business group", bodies
described in apposition ("X, an industry group,") and bodies never named ("the outgoing administration").

``expected-probe5.json`` (session 24's fifth round, articles ``p5-*``, written the same way) covers
the ways of introducing a speaker the first four left out: a quote after a colon ("Mayor … was
blunt: '…'", "had a simple message for the council: '…'"), "according to" with a description then
a name, two chief executives of two companies, a company's named spokeswoman then "the company"
and "It added", speakers named after their quote ("came the reply from …", "countered …", "was the
verdict of …"), Q&A paragraphs inside a news story, reported speech chained over sentences ("She
added that", "He also said", "She went on to say that"), hard-wrapped text with a word hyphenated
at a line end inside a quote, curly and straight marks mixed with single quotes nested in double
ones, and a "WASHINGTON (Reuters) -" dateline under a headline with a colon.

``expected-probe6.json`` (session 25's sixth round, articles ``p6-*``, written the same way) covers a
quote over two paragraphs with its speaker named only before it, speakers named in the sentence after
their quote ("The warning came from …", "Those were the words of …"), a Q:/A: interview with quoted
answers, a brother and a sister told apart by "Mr." and "Ms.", a married couple, a woman and a man
alternating by pronoun, organisations through spokespeople, outlets cited, anonymous sources ("One of
the people", "The other") and a story hard-wrapped at 72 with mixed quotation marks and its byline last.

Facts newsmine still gets wrong are listed in ``KNOWN_FAULTS`` with the reason, as strict
xfails: fixing one makes its test pass and the xfail fail, so the list stays true.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import REPO

PROBE = REPO / "tests" / "fixtures" / "probe"
# expected.json: the first round (session 20); expected-round2.json: the second (session 21),
# which adds facts on entities, dates and metadata; expected-round3.json: the third (session 22);
# expected-descriptions.json: description speakers (session 22); expected-descriptions2.json: their
# second round (session 23); expected-round4.json: the fourth round (session 23);
# expected-probe5.json: the fifth round (session 24); expected-probe6.json: the sixth (session 25).
EXPECTED = {
    key: value
    for name in (
        "expected.json", "expected-round2.json", "expected-round3.json", "expected-descriptions.json",
        "expected-descriptions2.json", "expected-round4.json", "expected-probe5.json", "expected-probe6.json",
    )
    for key, value in json.loads((PROBE / name).read_text(encoding="utf-8")).items()
    if not key.startswith("_")
}
ARTICLES = sorted(path.stem for path in (PROBE / "articles").glob("*.txt"))

# (article, snippet) or (article, "entity:NAME" | "no entity:NAME" | "date:TEXT" | field) -> why
# newsmine gets it wrong.
KNOWN_FAULTS = {
    ("agency-description", "no children were known to have been harmed"):
        "the tagger splits 'Medicines and Healthcare products Regulatory Agency' into three organisations",
    ("agency-description", "should return it to the pharmacy"): "same split name",
    # Second round (session 21). Entity recognition and clustering (nlp/entities, tokenizer):
    ("qa-interview", "entity:Angela Brooks"):
        "'what keeps her up' follows 'the chief spoke', not her name: no gender evidence by the rules "
        "(session 22 left it: 'her' is Brooks's only through the description, resolved for speakers only)",
    # Dates (nlp/dates):
    ("qa-interview", "date:every year"):
        "debatable: spaCy's span 'summer every year' is read as every summer (XXXX-SU), not 'every year' P1Y",
    # Third round (session 22). Quotes:
    ("r3-live-blog", "the sea had come over the harbour wall"): "'Ewan Morrison' (after a time stamp line) is not tagged: no person",
    ("r3-live-blog", "never seen the water that high"): "same untagged 'Ewan Morrison'",
    ("r3-wire-kremlin", "the Russian side was open to discussing maintenance costs"):
        "'X said Y, the Interfax news agency reported': the outlet's quote takes the whole sentence and Gromov's own is lost",
    # Entities (nlp/entities, the recogniser):
    ("r3-basketball", "entity:Lakeshore Comets"): "'the Lakeshore Comets' gives 'Comets' (NORP) alone, as round 2's 'Eastfield Rovers'",
    ("r3-election-night", "entity:Riverside"): "'mayor of Riverside' is not tagged; the quote's 'Tonight Riverside' is a WORK_OF_ART",
    ("r3-election-night", "entity:Facebook"): "'wrote on Facebook' is not tagged",
    ("r3-live-blog", "entity:Ewan Morrison"): "not tagged by the recogniser, and 'Ewan' is in no first-name list",
    ("r3-live-blog", "entity:Caledonian Ferries"): "not tagged by the recogniser",
    ("r3-live-blog", "entity:Oban"): "the town is tagged LOC",
    ("r3-press-release", "entity:Dana Kessler"):
        "her only gender evidence is 'she' inside her own reported clause ('Kessler said … that she expected'), which the rules do not read",
    ("r3-press-release", "entity:Marco Ortega"):
        "no title: the apposition 'director of the Nevada Governor's Office …' is not read (the office's name is split)",
    ("r3-press-release", "entity:Nevada Governor's Office of Economic Development"):
        "split at the possessive into 'Nevada Governor' and 'Office of Economic Development'",
    # Dates (nlp/dates):
    ("r3-health-study", "date:40 minutes"): "spaCy's span '40 minutes less a night' becomes a time with no value, not the duration PT40M",
    ("r3-hearing", "date:the fall"): "'in the fall' is no date: spaCy tags none, and the bare-season rule leaves 'fall' out on purpose ('injured in the fall')",
    # Description speakers (session 22). Entity recognition first:
    ("desc-group-landlord", "it would fight the lawsuit"):
        "'the landlord' is a person noun here standing for a company; no rule reads it as a body",
    ("desc-union-ministry", "it expected to run one train in five"):
        "'Northern Lines' is no entity (the tagger misses it): its name is kept as written, kind unresolved",
    ("desc-union-ministry", "refunds would be offered on all season tickets"):
        "'the operator' is no body noun, and Northern Lines is no entity",
    # The resolver:
    # Fourth round (session 23, articles r4-*). Quotes:
    ("r4-airline", "a passenger tried to open an emergency exit"):
        "after the date line and the 'DUBLIN —' dateline the parser ends the lede's sentence before ', the airline said.' "
        "(a sentence opening with a comma; the parser keeps no preset non-start), so the cue has no content",
    ("r4-airline", "man was arrested on arrival"): "'An Garda Síochána' is tagged a person: kind person, not organisation",
    ("r4-airline", "would appear before a court in Ennis"):
        "'Garda' (the police service's short name, tagged a person) makes 'A Garda spokesman' no unnamed spokesman: unresolved",
    ("r4-council-budget", "the council would still protect weekly bin collections"):
        "'Her deputy, Cllr Imran Qureshi': the tagger gives 'Cllr Imran' and 'Qureshi' (GPE), so the apposition names 'Qureshi', an organisation",
    ("r4-space", "flight controllers lost contact with it"):
        "'the company that built it said' (the company named after) resolves to the dateline's wire '(AP)'",
    ("r4-summit", "they would try again before the end of June"):
        "'European Union and South American leaders … said': the speaker is the untagged first conjunct 'European Union', not 'leaders'",
    ("r4-transfer", "Harrowgate United are in advanced talks"):
        "'O Globo' is untagged, so 'the Brazilian newspaper O Globo' keeps the description in its name, kind unresolved",
    ("r4-trial", "Dr. Victor Hale added notes to the chart"):
        "'told jurors that …, saying he had checked …': the told clause is lost to the 'saying' participle's content",
    # Entities (the recogniser's labels and misses, clustering, gender):
    ("r4-airline", "entity:Ennis"): "the town is tagged ORG",
    ("r4-council-budget", "entity:Imran Qureshi"):
        "'Cllr Imran' and 'Qureshi' (tagged GPE): a surname tagged a place is not joined to the first name before it",
    ("r4-earnings-call", "entity:Priya Raman"):
        "her gender is stated only by 'She raised her price target' after her quote: a pronoun outside speech is resolved for no one",
    ("r4-earnings-call", "entity:LSEG"): "tagged a person",
    ("r4-qa-column", "entity:Sheffield"): "the reader's sign-off '— Daniel, Sheffield' is not tagged",
    ("r4-strike", "entity:Westbrook Transit"): "an organisation now, but 'Westbrook Transit’s chief executive' is no mention of it: one mention",
    ("r4-strike", "entity:Westbrook"): "the city's one mention ('across Westbrook') is an organisation, not a place",
    ("r4-summit", "entity:European Union"): "'European Union' is not tagged (only 'EU', from 'EU-Mercosur')",
    ("r4-transfer", "entity:Harrowgate United"): "not tagged by the recogniser, nor 'Harrowgate' alone",
    ("r4-transfer", "entity:Thiago Almeida"): "his only gender evidence is 'he' inside the sources' reported clause, which the rules do not read",
    ("r4-transfer", "entity:Santos"): "the club is tagged GPE (a city's name), as round 2's Harbour City was",
    ("r4-transfer", "entity:O Globo"): "not tagged by the recogniser",
    ("r4-transfer", "entity:The Athletic"): "'Athletic': the outlet keeps its 'The' only when it is in the outlets list (as 'The Verge')",
    ("r4-trial", "entity:Victor Hale"): "his only gender evidence is 'he' inside Sandoval's reported clause ('saying he had checked')",
    ("r4-trial", "entity:St. Brendan's Hospital"):
        "debatable: the hospital is tagged FAC (a building) where it acts as a body; 'St. Brendan's was cooperating' makes a person 'St. Brendan'",
    ("r4-correction", "no entity:Whitlow"): "debatable: the correction's misspelling ('not Whitlow') is tagged ORG; no rule reads a correction note",
    # Dates:
    ("r4-space", "date:Friday"):
        "debatable: 'had been due to start work on Friday' is past by design (a 'had been due to' infinitive is over); the story means the coming Friday",
    ("r4-transfer", "date:Saturday"):
        "'Harrowgate … face Bolton Wanderers at home on Saturday': the parser reads 'face' as a noun, so no present verb schedules the day",
    # Description speakers, second round (session 23). Entity recognition first:
    ("desc2-lawmakers", "the measure ignored the risk of leaks"):
        "'the environmental group' takes the industry group named before (American Petroleum Council): no rule weighs "
        "'environmental' against the bodies' names",
    ("desc2-coast-guard", "the boats carried satellite trackers"):
        "'The trawlers' owner, Nordhav Fisk,' is tagged a person",
    ("desc2-coast-guard", "it would share the data"):
        "Nordhav Fisk is a person, so 'the company' takes the Icelandic Coast Guard named before",
    ("desc2-super-pac", "its ads had been made without any contact"):
        "'a super PAC' in the lead is an organisation named 'PAC', which 'the super PAC' takes",
    ("desc2-president-elect", "it hoped the new trade chief"):
        "'U.S. Chamber of Commerce' is not tagged (only 'U.S.'): its name is kept as written, kind unresolved",
    ("desc2-president-elect", "exporters needed certainty"): "same untagged chamber: 'the business group' finds no body",
    # The resolver:
    ("desc2-poll-station", "the senator was confident"):
        "'Dutton's campaign manager' is kind unresolved, not anonymous (the scorer reads both as no referent)",
    ("desc2-city-university", "he would ask for a ballot measure"):
        "'the lone dissenter' (the councilman who voted against) is in no list of person nouns",
    ("desc2-coast-guard", "the crews would appear before a court"):
        "'the service' for the Icelandic Coast Guard: no word of its name says it is a service",
    ("desc2-widow-lawsuit", "staff left him alone for hours"):
        "'The widow of a retired firefighter …' opening the lead stays an unnamed source: the lead-speaker rule "
        "reads a definite description as someone already in mind, and Carol Jensen is named only in the next paragraph",
    # Fifth round (session 24, articles p5-*). Quotes:
    ("p5-qa-in-news", "Sunday night, when the wind turned north"):
        "debatable: a transcript's answer is the interviewee's own words, but a quote's type is read from quotation "
        "marks alone (nlp/quotes), so an unmarked 'A: …' paragraph is typed indirect",
    ("p5-qa-in-news", "We need more crews on the ground"): "same: an unmarked answer typed indirect",
    ("p5-qa-in-news", "it would review its evacuation orders"):
        "'The county' (never named) takes 'Cedar Ridge', the fire's name tagged GPE, as the county's name",
    ("p5-reply-after", "The people decided, and we will respect that"):
        "'\"No,\" came the reply from the … minister, Lars Eklund.': no cue reads 'came the reply from X', so the "
        "quotation is an orphan with no speaker. xfail54: 'came the response from X' after a long quotation is read "
        "(p6-named-after), through the candidate covering it; 'No' is one word, under the orphans' minimum, so no "
        "quote holds it and the next quotation has no speaker before it to go on with",
    ("p5-reply-after", "Neither side has the votes"):
        "'\"…,\" was the verdict of Tomas Berg': no cue reads 'was the verdict of X', and the quotation is lost",
    ("p5-mixed-marks", "never quoted"):
        "'A judge … blocked a school district's order barring …' and the headline's 'Judge blocks “gag order” …' are "
        "taken as attributions cued by 'block' (the cue model's pick): an order blocked is no speech",
    ("p5-spokeswoman-company", "never quoted"):
        "the headline 'Carmaker recalls 48,000 SUVs …' is taken as an attribution cued by 'recall' (in the cue list "
        "for 'he recalled that …'): a product recall is no speech",
    # Entities (the recogniser's labels and misses, titles, gender):
    ("p5-chained", "entity:Gareth Pryor"): "no title: 'harbour master' is in no titles list",
    ("p5-chained", "entity:Keith Baines"): "no title: 'organiser' (British spelling) is in no titles list",
    ("p5-chained", "entity:Rotterdam"): "the port city is tagged a person",
    ("p5-qa-in-news", "entity:Bend"): "'east of Bend' is not tagged (only 'Bend Courier')",
    ("p5-reuters-dateline", "entity:Federal Reserve"):
        "'Federal Reserve Governor Lisa Harmon': the bank's name is kept in her title, and only 'Fed' is an entity",
    ("p5-spokeswoman-company", "entity:Gina Portillo"):
        "her gender is stated by 'A spokeswoman for Brandvik, Gina Portillo': a gendered title is read only right "
        "before the name ('spokeswoman Gina Portillo'), not in apposition",
    # Sixth round (session 25, articles p6-*). Quotes:
    # ("p6-named-after", "Customers will notice this"): fixed by later56 ('The warning came from Helen
    # Ashdown' in the next paragraph: taken_up._came_from).
    ("p6-siblings", "talks had failed"):
        "'Their lawyers told the judge, Amanda Price, that talks had failed' gives no quote: the 'that' clause after an "
        "addressee in apposition is lost (as r4-trial's 'told jurors that …')",
    ("p6-spokespeople", "passengers with tickets would get a full refund"):
        "'The operator' is no body noun (as desc-union-ministry's): unresolved, not Nordic Rail Lines",
    # Entities:
    ("p6-outlets", "entity:Copperbelt Mining"): "tagged WORK_OF_ART",
    ("p6-spouses", "entity:Cornish Aggregates"): "the recogniser tags only one of its two mentions",
    ("p6-spouses", "entity:Truro"): "the town is tagged ORG",
    ("p6-wrapped-mixed", "entity:Dunmore"): "the city is tagged ORG",
    # Dates:
    ("p6-anonymous", "date:December"):
        "'no decision was expected before December' (a past-tense reported clause) is read as past (2025-12); the story "
        "means the coming December",
}  # fmt: skip


def _expected_for(article: str) -> dict:
    """The hand expectations of an article (its wrapped and one-line versions share them)."""
    return EXPECTED[re.sub(r"-(wrapped|oneline)$", "", article)]


@pytest.fixture(scope="module")
def probe_records(pipeline):
    from newsmine import read_articles

    records = pipeline.process(read_articles([PROBE / "articles"]))
    return {record.id: record.model_dump(mode="json") for record in records}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)  # the hard-wrapped article's quotes hold line breaks


def _problems(quote: dict, fact: dict) -> list[str]:
    speaker = quote["speaker"] or {}
    problems = []
    if "speaker_name" in fact and speaker.get("name") != fact["speaker_name"]:
        problems.append(f"speaker {speaker.get('name')!r} ({speaker.get('text')!r})")
    if "speaker_text" in fact and fact["speaker_text"] not in (speaker.get("text") or ""):
        problems.append(f"speaker text {speaker.get('text')!r}")
    if "kind" in fact and speaker.get("kind") != fact["kind"]:
        problems.append(f"kind {speaker.get('kind')!r}")
    if "type" in fact and quote["type"] != fact["type"]:
        problems.append(f"type {quote['type']!r}")
    if "category" in fact and quote["category"] != fact["category"]:
        problems.append(f"category {quote['category']!r}")
    if "addressee" in fact and fact["addressee"] not in ((quote["addressee"] or {}).get("text") or ""):
        problems.append(f"addressee {quote['addressee']!r}")
    if "cue" in fact and (quote["cue"] or {}).get("lemma") != fact["cue"]:
        problems.append(f"cue {quote['cue']!r}")
    return problems


def _cases():
    for article in ARTICLES:
        for fact in _expected_for(article)["quotes"]:
            marks = []
            fault = KNOWN_FAULTS.get((re.sub(r"-(wrapped|oneline)$", "", article), fact["snippet"]))
            if fault:
                marks.append(pytest.mark.xfail(reason=fault, strict=True))
            yield pytest.param(article, fact, id=f"{article}:{fact['snippet'][:30]}", marks=marks)


def test_every_probe_article_has_expectations_and_a_record(probe_records):
    assert set(probe_records) == set(ARTICLES)
    assert len(ARTICLES) >= 12
    for record in probe_records.values():
        assert record["status"] == "ok", record["error"]


@pytest.mark.parametrize(("article", "fact"), list(_cases()))
def test_probe_quote(probe_records, article, fact):
    quotes = probe_records[article]["quotes"]
    snippets = [fact["snippet"], *fact.get("also", [])]
    found = [q for q in quotes if all(s in _flat(q["text"]) for s in snippets)]
    assert found, f"no quote holds {snippets}: {[q['text'] for q in quotes]}"
    problems = [_problems(q, fact) for q in found]
    assert not all(problems), problems


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(a, marks=[pytest.mark.xfail(reason=KNOWN_FAULTS[(a, "never quoted")], strict=True)])
        if (a, "never quoted") in KNOWN_FAULTS else a
        for a in ARTICLES
    ],
)
def test_probe_texts_never_quoted(probe_records, article):
    for text in _expected_for(article)["no_quote_contains"]:
        assert not any(text in _flat(q["text"]) for q in probe_records[article]["quotes"]), text


def _marks(article: str, key: str) -> list:
    fault = KNOWN_FAULTS.get((article, key))
    return [pytest.mark.xfail(reason=fault, strict=True)] if fault else []


def _metadata_cases():
    for article in ARTICLES:
        for field in ("title", "authors", "published"):
            if field in _expected_for(article):
                yield pytest.param(article, field, id=f"{article}:{field}", marks=_marks(article, field))


@pytest.mark.parametrize(("article", "field"), list(_metadata_cases()))
def test_probe_metadata(probe_records, article, field):
    """Headline (a colon one whole), byline authors, and the publication date from a date line."""
    assert probe_records[article][field] == _expected_for(article)[field]


def _fact_cases(field: str, key):
    """A case per fact of ``field`` in every article, named (and known to fail) by ``key(fact)``."""
    for article in ARTICLES:
        for fact in _expected_for(article).get(field, []):
            yield pytest.param(article, fact, id=f"{article}:{key(fact)}", marks=_marks(article, key(fact)))


@pytest.mark.parametrize(("article", "fact"), list(_fact_cases("entities", lambda fact: f"entity:{fact['name']}")))
def test_probe_entity(probe_records, article, fact):
    entities = probe_records[article]["entities"]
    found = [e for e in entities if e["name"] == fact["name"]]
    assert found, f"no entity named {fact['name']!r}: {[(e['name'], e['label']) for e in entities]}"
    entity = found[0]
    assert entity["label"] == fact["label"], entity["label"]
    if "titles" in fact:
        assert any(fact["titles"].lower() in title.lower() for title in entity["titles"]), entity["titles"]
    if "gender" in fact:
        assert entity["gender"] == fact["gender"], (entity["gender"], entity["gender_evidence"])
    if "min_mentions" in fact:
        assert len(entity["mentions"]) >= fact["min_mentions"], [m["text"] for m in entity["mentions"]]


@pytest.mark.parametrize(("article", "name"), list(_fact_cases("no_entities", lambda name: f"no entity:{name}")))
def test_probe_name_that_is_no_entity(probe_records, article, name):
    """A byline or credit is no entity of the story; a short form joins its full name."""
    assert name not in {e["name"] for e in probe_records[article]["entities"]}


@pytest.mark.parametrize(("article", "fact"), list(_fact_cases("dates", lambda fact: f"date:{fact['text']}")))
def test_probe_date(probe_records, article, fact):
    """Date expressions normalised against the publication date of the article's date line."""
    dates = probe_records[article]["dates"]
    found = [d for d in dates if fact["text"] in _flat(d["text"])]
    assert found, f"no date holds {fact['text']!r}: {[(d['text'], d['value']) for d in dates]}"
    right = [d for d in found if d["value"] == fact["value"] and d["kind"] == fact.get("kind", d["kind"])]
    assert right, [(d["text"], d["value"], d["kind"]) for d in found]


def test_probe_layouts_give_the_same_quotes(probe_records):
    """The same article with blank lines, hard-wrapped at 72 columns, one paragraph a line."""

    def quotes(article):
        return [(_flat(q["text"]), (q["speaker"] or {}).get("name")) for q in probe_records[article]["quotes"]]

    assert quotes("gender-pair-wrapped") == quotes("gender-pair")
    # The one-paragraph-a-line version parses its lead differently (so its PolNeAR-style
    # extras differ); its hand facts are checked with the others above.


def test_bare_plural_trade_is_an_unnamed_source(pipeline):
    """'Pharmacists said …': a trade the word lists miss, by its ending (as 'Nurses said')."""
    record = pipeline.analyze(
        "Pharmacists said stocks of flu vaccine were running low. Electricians said the new rules "
        "would slow them down. Lists said nothing was wrong, of course."
    )
    speakers = {q.text: q.speaker for q in record.quotes}
    pharmacists = next(s for t, s in speakers.items() if "flu vaccine" in t)
    electricians = next(s for t, s in speakers.items() if "slow them down" in t)
    assert (pharmacists.kind, pharmacists.text) == ("anonymous", "Pharmacists")
    assert (electricians.kind, electricians.text) == ("anonymous", "Electricians")
    lists = next(s for t, s in speakers.items() if "nothing was wrong" in t)
    assert lists.kind != "anonymous"  # "lists" ends in -ist but is too short to be a trade


def test_people_by_the_service_they_use_are_unnamed_sources(pipeline):
    """'one subscriber wrote', 'a commuter said': unnamed people, as 'one customer' was."""
    record = pipeline.analyze(
        '"This is the push I needed to cancel," one subscriber wrote on Reddit. A commuter said the '
        "trains had been late all week. One shopper said prices were too high."
    )
    speakers = {q.speaker.text: q.speaker.kind.value for q in record.quotes if q.speaker}
    assert speakers == {"one subscriber": "anonymous", "A commuter": "anonymous", "One shopper": "anonymous"}


INTERVIEW = """Ferry chief on a hard winter

By Jane Doe

Maria Okafor has run the island's ferry company since 2019. She spoke about the storms, the
fares and the new boat. The interview has been edited for length.

Q: How bad was the winter?

A: The worst I have seen. We cancelled 40 sailings in January alone.

Q: Will fares rise?

A: Not this year. I told the board that families could not pay more. The new boat arrives in May.
"""


def test_interview_answers_are_the_interviewees_words(pipeline):
    """A transcript's 'A: …' paragraphs (and their 'I') are the person its introduction names."""
    record = pipeline.analyze(INTERVIEW)
    answers = [q for q in record.quotes if q.text.startswith(("The worst I have seen", "Not this year"))]
    assert [q.text.split(".")[0] for q in answers] == ["The worst I have seen", "Not this year"]
    assert "arrives in May" in answers[1].text  # the whole paragraph
    assert all(q.speaker.name == "Maria Okafor" for q in answers)
    told = next(q for q in record.quotes if q.text.startswith("families could not pay more"))
    assert (told.speaker.text, told.speaker.name) == ("I", "Maria Okafor")
    questions = [q for q in record.quotes if q.speaker and q.speaker.text == "Q"]
    assert questions and all(q.speaker.name != "Maria Okafor" for q in questions)  # the interviewer's


def test_one_answer_turn_is_no_transcript(pipeline):
    """A single 'A:' line (a list item, a typo) makes no transcript: its 'I' stays unresolved."""
    record = pipeline.analyze(
        "Council approves budget\n\nMaria Okafor chaired the meeting on Monday.\n\n"
        "A: I told the council that the plan would pass.\n\nThe vote was 5-2.\n"
    )
    told = next(q for q in record.quotes if "the plan would pass" in q.text)
    assert told.speaker.name != "Maria Okafor"


def test_an_explainers_answers_are_no_interviewees(pipeline):
    """'Q: What is …? A: It is …' in the third person is the writer's explainer, not an interview."""
    record = pipeline.analyze(
        "What the ferry strike means for you\n\nThe strike called by union leader Maria Okafor starts on Monday. "
        "Maria Okafor says it could last a week.\n\nQ: Which routes are affected?\n\nA: All routes to the "
        "islands. Freight boats still run.\n\nQ: Can passengers get a refund?\n\nA: Yes. The company has "
        "promised full refunds for cancelled trips.\n"
    )
    assert not any(q.speaker and q.speaker.name == "Maria Okafor" and q.speaker.text == "A" for q in record.quotes)
