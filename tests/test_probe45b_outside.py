"""Probe45b: four invented articles of names from many cultures (sixth round) — an East-Asian trade
summit (Chinese and Korean names written surname first, "Wang Lihua" then "Wang" and "Mr Wang",
"Park Ji-won" then "Park", a Japanese minister "Kenji Sato", a Vietnamese "Nguyen Thi Lan" then
"Ms Lan", a Korean negotiator who asked not to be named), a Latin-American run-off (Spanish double
surnames, "Andrés Villanueva Ortiz" then "Villanueva Ortiz" and "Villanueva", "María José
Fernández de la Rosa", a Brazilian "Luiz Carlos da Silva" then "da Silva" and "Silva", an
electoral court's spokeswoman), a Gulf mediation ("Sheikh Khalid bin Faisal Al Nahyan" then
"Sheikh Khalid", "Abdullah al-Masri" then "al-Masri", "Masri", "Al-Masri", a Persian and an
Israeli name, "the state news agency WAM reported", a foreign ministry's statement) and a European
energy meeting ("Pieter van der Berg" then "Van der Berg", "Friederike von Alvensleben", "Ivan
Sergeyevich Petrov" then "Petrov", "Guðrún Jónsdóttir" then "Jónsdóttir", "Jean-Luc Moreau", a
diplomat speaking on condition of anonymity). ``tests/fixtures/probe45b/`` holds the articles,
written for this test; ``EXPECTED`` and ``PEOPLE`` were written by hand before newsmine first ran
on them.

What newsmine got wrong and probe45b fixed: "Sheikh Khalid" apart from "Sheikh Khalid bin Faisal
Al Nahyan" (no title word, so the honorific stayed in the name); "Villanueva struck a softer
tone" tagged a body and kept apart from Andrés Villanueva Ortiz (a first surname joined only when
tagged a person); "Friederike von Alvensleben" an organisation (a first name no list holds) and
her "she said" unresolved; "María José Fernández de la Rosa … she said" given to the court's
spokeswoman ("María" with its accent is in no list, so "José" made her a man); "Choi Min-ho,
chairman of the Korea Battery Industry Association, said" unnamed (the parse hangs the name on
the title); "One Korean negotiator, who asked not to be named, … the negotiator said" unresolved
and "One diplomat …, who spoke on condition of anonymity, … the diplomat said" given to the French
minister named before; '"…," Van der Berg told reporters' tagged a work of art and "Van der
Berg said" cut to "der Berg". What it still gets wrong is listed in ``KNOWN_FAULTS`` as strict xfails.
Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params, speaker_of
from tests.quote_checks import assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe45b"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("summit", "most important trade agreement", "Wang Lihua"),
    ("summit", "Nobody got everything", "Wang Lihua"),
    ("summit", "would remove duties", "Wang Lihua"),
    ("summit", "within weeks", "Wang Lihua"),
    ("summit", "Without chips", "Park Ji-won"),
    ("summit", "With chips, it changes", "Park Ji-won"),
    ("summit", "Seoul would also ask", "Park Ji-won"),
    ("summit", "We welcome the direction", "Kenji Sato"),
    ("summit", "But the details on rules", "Kenji Sato"),
    ("summit", "Not this year", "Kenji Sato"),
    ("summit", "gain most from the battery", "Nguyen Thi Lan"),
    ("summit", "Five years ago", "Nguyen Thi Lan"),
    ("summit", "Now we make the parts", "Nguyen Thi Lan"),
    ("summit", "threatened to walk out", "anonymous"),
    ("summit", "It was very close", "anonymous"),
    ("summit", "There was never a moment", "Wang Lihua"),
    ("summit", "save our members", "Choi Min-ho"),
    ("summit", "vote on it in December", "Nguyen Thi Lan"),
    ("summit", "We have done the hard part", "Park Ji-won"),
    ("summit", "Now the politicians", "Park Ji-won"),
    ("election", "The people have spoken", "Andrés Villanueva Ortiz"),
    ("election", "We will not let anyone", "Andrés Villanueva Ortiz"),
    ("election", "Nobody has won yet", "María José Fernández de la Rosa"),
    ("election", "When every ballot", "María José Fernández de la Rosa"),
    ("election", "recount would cover 412", "Lucía Paredes"),
    ("election", "routine procedure", "Lucía Paredes"),
    ("election", "It does not mean", "Lucía Paredes"),
    ("election", "final results by Friday", "Lucía Paredes"),
    ("election", "The magistrates know", "Andrés Villanueva Ortiz"),
    ("election", "respect the institutions", "Andrés Villanueva Ortiz"),
    ("election", "preparing legal challenges", "anonymous"),
    ("election", "Our democracy is stronger", "María José Fernández de la Rosa"),
    ("election", "hold no rallies", "Diego Salazar Mejía"),
    ("election", "We saw long queues", "Luiz Carlos da Silva"),
    ("election", "37 complaints", "Luiz Carlos da Silva"),
    ("election", "None of them", "Luiz Carlos da Silva"),
    ("election", "markets would stay open", "finance ministry"),
    ("election", "Investors hate uncertainty", "Carolina Ruiz"),
    ("gulf", "46 detained sailors", "anonymous"),
    ("gulf", "For eight months", "Khalid bin Faisal Al Nahyan"),
    ("gulf", "Today the families", "Khalid bin Faisal Al Nahyan"),
    ("gulf", "most of them fishermen", "WAM"),
    ("gulf", "first flight would leave", "WAM"),
    ("gulf", "in good faith", "Mohammad Reza Tavakoli"),
    ("gulf", "We were never the obstacle", "Mohammad Reza Tavakoli"),
    ("gulf", "Our sailors did nothing", "Mohammad Reza Tavakoli"),
    ("gulf", "lawyers from six countries", "Abdullah al-Masri"),
    ("gulf", "There were nights", "Abdullah al-Masri"),
    ("gulf", "remain in place", "Abdullah al-Masri"),
    ("gulf", "If one sailor is missing", "Abdullah al-Masri"),
    ("gulf", "without outside interference", "foreign ministry"),
    ("gulf", "being watched closely", "Noa Ben-David"),
    ("gulf", "Anything that lowers", "Noa Ben-David"),
    ("gulf", "Qatar and Oman", "anonymous"),
    ("gulf", "They prefer to work quietly", "anonymous"),
    ("gulf", "had not slept", "Fatemeh Karimi"),
    ("gulf", "I will believe it", "Fatemeh Karimi"),
    ("gulf", "broader talks", "Khalid bin Faisal Al Nahyan"),
    ("gulf", "This is a beginning", "Khalid bin Faisal Al Nahyan"),
    ("gulf", "next round would take place", "Abdullah al-Masri"),
    ("europe", "lock Europe into fossil fuels", "Pieter van der Berg"),
    ("europe", "We cannot spend billions", "Pieter van der Berg"),
    ("europe", "offshore wind links", "Pieter van der Berg"),
    ("europe", "Every euro we put", "Pieter van der Berg"),
    ("europe", "Our industry needs gas", "Friederike von Alvensleben"),
    ("europe", "chemical plants had already cut", "Friederike von Alvensleben"),
    ("europe", "pay for half of the project", "Ivan Sergeyevich Petrov"),
    ("europe", "We are not asking Europe", "Ivan Sergeyevich Petrov"),
    ("europe", "We are asking for a partner", "Ivan Sergeyevich Petrov"),
    ("europe", "small countries risked", "Guðrún Jónsdóttir"),
    ("europe", "Iceland has cheap clean power", "Guðrún Jónsdóttir"),
    ("europe", "A cable to the continent", "Guðrún Jónsdóttir"),
    ("europe", "subsea power cable", "Guðrún Jónsdóttir"),
    ("europe", "A pipe that can switch", "Jean-Luc Moreau"),
    ("europe", "It is an insurance policy", "Jean-Luc Moreau"),
    ("europe", "would not block a deal", "Jean-Luc Moreau"),
    ("europe", "barely looked at each other", "anonymous"),
    ("europe", "It was a cold room", "anonymous"),
    ("europe", "new proposal in January", "European Commission"),
    ("europe", "open to talks", "Pieter van der Berg"),
    ("europe", "The door is not closed", "Pieter van der Berg"),
    ("europe", "But the pipe should be", "Pieter van der Berg"),
]

# (article, the person's name as the entity gives it, words its titles hold, or None): each
# person is one entity of that name, every short form joined to it ("Mr Wang", "Sheikh Khalid",
# "Villanueva", "Von Alvensleben", "Jónsdóttir").
PEOPLE = [
    ("summit", "Wang Lihua", "commerce minister"),
    ("summit", "Park Ji-won", "minister"),
    ("summit", "Kenji Sato", "economy minister"),
    ("summit", "Nguyen Thi Lan", "deputy minister"),
    ("summit", "Choi Min-ho", "chairman"),
    ("election", "Andrés Villanueva Ortiz", "former finance minister"),
    ("election", "María José Fernández de la Rosa", "senator"),
    ("election", "Lucía Paredes", "spokeswoman"),
    ("election", "Diego Salazar Mejía", "campaign manager"),
    ("election", "Luiz Carlos da Silva", "former judge"),
    ("election", "Carolina Ruiz", "economist"),
    ("gulf", "Khalid bin Faisal Al Nahyan", "minister of state"),
    ("gulf", "Mohammad Reza Tavakoli", "deputy foreign minister"),
    ("gulf", "Abdullah al-Masri", "diplomat"),
    ("gulf", "Noa Ben-David", "national security adviser"),
    ("gulf", "Fatemeh Karimi", None),
    ("europe", "Pieter van der Berg", "energy minister"),
    ("europe", "Friederike von Alvensleben", "economy minister"),
    ("europe", "Ivan Sergeyevich Petrov", "engineer"),
    ("europe", "Guðrún Jónsdóttir", "industry minister"),
    ("europe", "Jean-Luc Moreau", "minister"),
]

# Short forms that must be mentions of the person named in full (article, short form, name).
SHORT_FORMS = [
    ("summit", "Wang", "Wang Lihua"),
    ("summit", "Park", "Park Ji-won"),
    ("summit", "Ms Lan", "Nguyen Thi Lan"),
    ("election", "Villanueva", "Andrés Villanueva Ortiz"),
    ("election", "Fernández de la Rosa", "María José Fernández de la Rosa"),
    ("election", "Silva", "Luiz Carlos da Silva"),
    ("gulf", "Khalid", "Khalid bin Faisal Al Nahyan"),
    ("gulf", "Al-Masri", "Abdullah al-Masri"),
    ("europe", "Van der Berg", "Pieter van der Berg"),
    ("europe", "Von Alvensleben", "Friederike von Alvensleben"),
    ("europe", "Jónsdóttir", "Guðrún Jónsdóttir"),
]

KNOWN_FAULTS = {
    ("gulf", "first flight would leave"):
        "'The state news agency WAM reported … It said': the recogniser tags no 'WAM', so 'It' has no "
        "body to go to (the first quote's speaker is the words 'WAM' alone)",
    ("gulf", "without outside interference"):
        "'The foreign ministry in Tehran said': an organisation left unnamed (a place's possessive "
        "names 'China's foreign ministry'; an 'in' phrase does not)",
    ("summit", "Nguyen Thi Lan"):
        "'Vietnam's deputy minister of industry and trade, Nguyen Thi Lan,': a title with an 'of' phrase "
        "of two nouns is read for no name (so for 'Anna Smith' too)",
    ("summit", "Choi Min-ho"):
        "'Choi Min-ho, chairman of the …': the parse hangs the name on the title, which is then read "
        "for no one (the speaker is right)",
    ("election", "María José Fernández de la Rosa"):
        "'His rival, María José Fernández de la Rosa, a senator and former mayor of …': a title "
        "coordinated with another is not read",
    ("gulf", "Noa Ben-David"):
        "'Noa Ben-David, a former Israeli national security adviser who now teaches at …': no title read "
        "(and the quote's speaker mention is 'David')",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe45b_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe45b_quote_speaker(probe45b_records, article, snippet, speaker):
    assert_speaker_named(probe45b_records, article, snippet, speaker)


def _people(record, name):
    return [e for e in record.entities if e.label == "PERSON" and e.name == name]


@pytest.mark.parametrize(("article", "name", "title"), probe_params(PEOPLE, KNOWN_FAULTS))
def test_probe45b_person_named_and_titled(probe45b_records, article, name, title):
    found = _people(probe45b_records[article], name)
    assert len(found) == 1, [(e.label, e.name) for e in probe45b_records[article].entities]
    if title is not None:
        assert any(title in t for t in found[0].titles), found[0].titles


@pytest.mark.parametrize(("article", "short", "name"), probe_params(SHORT_FORMS, KNOWN_FAULTS))
def test_probe45b_short_form_joins_the_full_name(probe45b_records, article, short, name):
    entities = probe45b_records[article].entities
    (person,) = _people(probe45b_records[article], name)
    assert short in [m.text for m in person.mentions], [
        (e.label, e.name, [m.text for m in e.mentions]) for e in entities
    ]


def _run_off(first: str, surnames: str) -> str:
    first_surname = surnames.split()[0]
    return (
        "Recount ordered in tight race\n\nSANTA ROSA, March 9 — The electoral court ordered a recount on Monday.\n\n"
        f"{first} {surnames}, a former finance minister who led the first round, claimed victory. "
        '"We won," he said.\n\n'
        f"{surnames}, 58, accused the court of bowing to pressure. Later, speaking outside his campaign office, "
        f'{first_surname} struck a softer tone, saying he would "respect the institutions."\n'
    )


@pytest.mark.parametrize(("first", "surnames"), [("Andrés", "Salcedo Ortiz"), ("Javier", "Montoya Ruiz")])
def test_a_first_surname_tagged_a_body_is_the_person(pipeline, first, surnames):
    # the recogniser tags the first surname alone a body: it stood apart as an organisation
    speaker = speaker_of(pipeline.analyze(_run_off(first, surnames)), "respect the institutions")
    assert speaker.name == f"{first} {surnames}"


@pytest.mark.parametrize("given", ["Khalid", "Saif"])
def test_sheikh_and_given_name_is_the_sheikh_named_in_full(pipeline, given):
    # "Sheikh" was no title word: "Sheikh Khalid" stayed a person of its own
    text = (
        "Gulf mediators announce exchange\n\nABU DHABI, June 3 — Iran and Gulf states will exchange 46 sailors "
        "next week, officials said on Wednesday.\n\n"
        f"Sheikh {given} bin Faisal Al Nahyan, the Emirati minister of state who led the mediation, announced "
        f'the agreement.\n\n"Today the families can stop waiting," Sheikh {given} said.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "stop waiting")
    assert speaker.name == f"{given} bin Faisal Al Nahyan"


def test_a_name_with_von_is_a_person_whatever_the_first_name(pipeline):
    # "Friederike" is in no list: the name stayed an organisation and "she" found no one
    text = (
        "Ministers split over pipeline\n\nBRUSSELS, Nov. 20 — Ministers failed on Thursday to agree.\n\n"
        "Germany's economy minister, Friederike von Alvensleben, disagreed. "
        '"Our industry needs gas today," she said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "needs gas").name == "Friederike von Alvensleben"
    assert {e.name: e.label for e in record.entities}["Friederike von Alvensleben"] == "PERSON"


def test_de_in_a_body_name_stays_a_body(pipeline):
    # the particles are those no body's name holds: "Banco de la Plata" stays a bank
    record = pipeline.analyze("Banco de la Plata said on Monday that profits had doubled.")
    assert all(e.label != "PERSON" for e in record.entities)


@pytest.mark.parametrize("surnames", ["Ortega Lindo", "Campos Vidal"])
def test_maria_jose_is_a_woman(pipeline, surnames):
    # "maría" with its accent is in no list: "josé" after it made her a man to the pronouns,
    # and "she said" went to the spokeswoman named before
    text = (
        "Recount ordered\n\nThe court's spokeswoman, Lucía Paredes, said the recount would cover 412 stations.\n\n"
        f"María José {surnames}, a senator, refused to concede.\n\n"
        f'{surnames} called for calm. "Our democracy is stronger than any one of us," she said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "Our democracy").name == f"María José {surnames}"


def test_a_surname_first_name_before_its_title_speaks(pipeline):
    # the parse hangs "Choi Min-ho" on "chairman", the subject: the speaker was read as unnamed
    text = (
        "Asian ministers agree tariff cuts\n\nBusiness groups welcomed the deal. Choi Min-ho, chairman of the Korea "
        'Battery Industry Association, said it would "save our members millions" in the first year.\n'
    )
    assert speaker_of(pipeline.analyze(text), "save our members").name == "Choi Min-ho"


@pytest.mark.parametrize(
    ("introduced", "again", "snippet"),
    [
        (
            "One diplomat from a northern member state, who spoke on condition of anonymity,",
            "the diplomat",
            "Nobody smiled",
        ),
        (
            "One Japanese negotiator, who asked not to be named because the talks were private,",
            "the negotiator",
            "Nobody smiled",
        ),
        ("A diplomat, who spoke on condition of anonymity,", "the diplomat", "Nobody smiled"),
    ],
)
def test_an_anonymous_source_described_again_stays_anonymous(pipeline, introduced, again, snippet):
    # "the diplomat" went to the minister named before (an occupation read like a pronoun);
    # "the negotiator" stayed unresolved ("One" was no indefinite article)
    text = (
        "Ministers split on pipeline\n\nThe French minister, Paul Girard, proposed a compromise.\n\n"
        "Mr Girard said France would not block a deal.\n\n"
        f'{introduced} said the talks had been tense. "Nobody smiled all morning," {again} said.\n'
    )
    assert speaker_of(pipeline.analyze(text), snippet).kind == "anonymous"


def test_a_diplomat_named_in_apposition_is_the_diplomat(pipeline):
    # guard: "an Egyptian diplomat" beside a name is no anonymous source
    text = (
        "Talks resume in Cairo\n\nAhmed el-Shafei, an Egyptian diplomat, chaired the committee on Monday.\n\n"
        '"It was slow work," the diplomat said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "slow work").name == "Ahmed el-Shafei"


def test_a_lead_s_unnamed_lawmaker_named_later_is_not_anonymous(pipeline):
    # guard: no anonymity granted, so "The lawmaker" is the one named after the lead
    text = (
        "Lawmaker wants ban\n\nA lawmaker in the Philippines is calling for a ban on the singer's concerts.\n\n"
        "Rodel Abaya, who represents a district in Cebu, filed the motion on Monday.\n\n"
        'The lawmaker said the concerts "insult our veterans."\n'
    )
    assert speaker_of(pipeline.analyze(text), "insult our veterans").kind != "anonymous"


@pytest.mark.parametrize(
    ("name", "surname"), [("Pieter van der Berg", "Van der Berg"), ("Jan van der Veen", "Van der Veen")]
)
def test_a_surname_with_particles_at_a_sentence_start_is_the_person(pipeline, name, surname):
    # the recogniser tags "Van der Berg told" a work, or "der Berg" alone: the capitalised
    # particle was cut as a common word the article writes in lower case
    text = (
        f"Ministers split over pipeline\n\nThe Dutch minister, {name}, said the project was wrong.\n\n"
        f'{surname} said the government would back wind. "Every euro counts," {surname} told reporters.\n'
    )
    record = pipeline.analyze(text)
    (person,) = [e for e in record.entities if e.name == name]
    assert [m.text for m in person.mentions] == [name, surname, surname]
    assert [e.name for e in record.entities if e.label == "WORK_OF_ART"] == []
