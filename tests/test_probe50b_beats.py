"""Probe50b: who said it, in ten more news beats and shapes no probe had covered — invented
articles: a markets wire ("analysts at … said in a note to clients", "according to a note to
clients from …", "the strategists wrote", an anonymous floor trader, a chief executive sharing
her company's name who "told Reuters"), a magazine profile (the writer's "I", "he says" in the
present tense over many paragraphs, a quotation running over a paragraph break, a father, a
daughter and the subject all "Brandvold"), a hospital story (a nurse named by her first name only
at her request, "the health system said in a statement", a son and father Greene), tech layoffs
("one engineer, who asked not to be named because …" and "the engineer" later, a spokesperson,
a chief executive who "wrote" in a memo and "told CNBC", an unrelated Whitcombe), transfer gossip
("according to reports in Spain", "the club said", "asked whether …, the manager said", an
unrelated coach Marquez), an environmental lawsuit ("the lawsuit says", "in a court filing …,
Delacroix said", a judge who "wrote", a wife and husband Oyelaran), an aviation incident (an
airline's statement, "the NTSB said in a preliminary report", a passenger couple Farouk, a pilot
heard on a recording), a press conference ("asked whether …, the governor said", a reporter's
question, "the lieutenant governor" beside "the governor", "told the Capital Times"), a festival
review (song titles and lyrics in quotation marks, which are no speech, beside the singer's
words from the stage and her brother Halloway's), and a diplomatic visit in curly marks (two
leaders, their spokespeople, a joint statement, an opposition leader Dahl no relation to the
prime minister Dahl, officials who "told the state news agency KNA").

``tests/fixtures/probe50b/`` holds the articles, written for this test; ``EXPECTED`` (the
speaker, and the class of the mention that names it in PolNeAR's terms) and ``NOT_QUOTES`` were
written by hand before newsmine first ran on them, on the conventions of probe47b, probe47c,
probe49 and probe50: an unnamed spokesperson or analysts of a named body are an unnamed source
(the body accepted too: "anonymous|Body"); a document or group nobody names ("the lawsuit", "the
two governments") is "anonymous"; "|" separates accepted answers. First-run and final figures
are in docs/history/speakers.md, "Session 50 — probe50b". What newsmine still gets wrong is
listed in ``KNOWN_FAULTS`` as strict xfails. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_first_speaker, assert_no_quote

ARTICLES = REPO / "tests" / "fixtures" / "probe50b"

BRIGHTWATER = "anonymous|Brightwater Securities"
MORENO_PLATT = "anonymous|Moreno & Platt"
VANTOR = "Vantor Semiconductor|Vantor"
HEALTH_SYSTEM = "Marlow County Health System|the Marlow County Health System"
NURSES = "Marlow Nurses Association|the Marlow Nurses Association"
ORBITRA = "anonymous|Orbitra"
NORTHBRIDGE = "Northbridge United|Northbridge"
DELACROIX = "Delacroix Chemical|Delacroix"
SKYVALE = "Skyvale Airlines|Skyvale"
NTSB = "National Transportation Safety Board|NTSB|The National Transportation Safety Board"

# (article, snippet of the quote's content, speaker's name or "anonymous" ("|" between accepted
# answers), the class of the speaker's mention)
EXPECTED = [
    ("markets", "taking the Fed at its word", "Priya Raman", "name"),
    ("markets", "Nobody wants to own long-duration", "Priya Raman", "name"),
    ("markets", "looks overdone in the near term", BRIGHTWATER, "description"),
    ("markets", "We were early, and early", MORENO_PLATT, "description"),
    ("markets", "one-way street after lunch", "anonymous", "description"),
    ("markets", "demand out of China", "Tom Ekwueme", "name"),
    ("markets", "could move the market either way", "Tom Ekwueme", "pronoun"),
    ("markets", "remains strong", VANTOR, "name"),
    ("markets", "the shortage would ease", "Lena Vantor", "name"),
    ("markets", "We have the orders", "Lena Vantor", "pronoun"),
    ("markets", "she was buying on weakness", "Priya Raman", "name"),
    ("markets", "early on quality", "Priya Raman", "pronoun"),
    ("markets", "all bets are off", "anonymous", "description"),
    ("profile", "People think the wood", "Elias Brandvold", "pronoun"),
    ("profile", "If it is important", "Elias Brandvold", "pronoun"),
    ("profile", "My father never explained", "Elias Brandvold", "name"),
    ("profile", "He is not patient, exactly", "Mira Castell", "pronoun"),
    ("profile", "Every other cello", "Jonah Weil", "name"),
    ("profile", "he has thought about stopping", "Elias Brandvold", "pronoun"),
    ("profile", "I tell myself one more", "Elias Brandvold", "pronoun"),
    ("profile", "When I was young", "Elias Brandvold", "pronoun"),
    ("profile", "A perfect cello is boring", "Elias Brandvold", "pronoun"),
    ("profile", "Dad would give them away", "Sigrid Brandvold", "pronoun"),
    ("profile", "She is the businessman", "Elias Brandvold", "name"),
    ("profile", "Come back in a year", "Elias Brandvold", "pronoun"),
    ("hospital", "unusually early and severe", HEALTH_SYSTEM, "description"),
    ("hospital", "overflow beds had helped", "Renata Osei", "name"),
    ("hospital", "treating people in hallways", "Renata Osei", "name"),
    ("hospital", "14-hour shifts", "Carla", "name"),
    ("hospital", "You stop counting", "Carla", "name"),
    ("hospital", "41 patients were waiting", "Carla", "pronoun"),
    ("hospital", "staffing had not kept up", NURSES, "name"),
    ("hospital", "Management has known", "Denise Fulton", "name"),
    ("hospital", "hired 60 nurses", "Aaron Patel", "name"),
    ("hospital", "never once offered a blanket", "Michael Greene", "name"),
    ("hospital", "He built houses for fifty years", "Michael Greene", "name"),
    ("hospital", "flu admissions to peak", "Renata Osei", "name"),
    ("hospital", "in 31 of the state", "anonymous", "description"),
    ("hospital", "leaving nursing", "Carla", "name"),
    ("hospital", "Now I think about it every shift", "Carla", "pronoun"),
    ("layoffs", "lay off about 1,800", "Orbitra", "name"),
    ("layoffs", "the hardest decision", "Dana Whitcombe", "name"),
    ("layoffs", "access to internal systems", "anonymous", "description"),
    ("layoffs", "Slack logged me out", "anonymous", "pronoun"),
    ("layoffs", "entire teams had been removed", "anonymous", "description"),
    ("layoffs", "My whole team is gone", "anonymous", "pronoun"),
    ("layoffs", "16 weeks of severance", ORBITRA, "description"),
    ("layoffs", "We know this is painful", ORBITRA, "description"),
    ("layoffs", "leaner and more focused", "Dana Whitcombe", "name"),
    ("layoffs", "no further cuts were planned", "Dana Whitcombe", "pronoun"),
    ("layoffs", "one-time reset", "Dana Whitcombe", "pronoun"),
    ("layoffs", "firing people to pay for GPUs", "Ruth Abernathy", "name"),
    ("layoffs", "let go in an earlier round", "Ben Whitcombe", "name"),
    ("layoffs", "The second time is worse", "Ben Whitcombe", "pronoun"),
    ("layoffs", "take a month off", "anonymous", "description"),
    ("layoffs", "I have savings", "anonymous", "pronoun"),
    ("transfer", "agreed personal terms", "Marca Deportiva", "name"),
    ("transfer", "does not comment on speculation", NORTHBRIDGE, "name"),
    ("transfer", "Diego is our player", "Steve Calloway", "name"),
    ("transfer", "Every player here knows", "Steve Calloway", "description"),
    ("transfer", "advanced but not finished", "Paulo Brandao", "name"),
    ("transfer", "flew to England last week", "anonymous", "description"),
    ("transfer", "ready for the step up", "Rui Marquez", "name"),
    ("transfer", "He has the head for a big club", "Rui Marquez", "name"),
    ("transfer", "He called me last month", "Rui Marquez", "description"),
    ("transfer", "Take the money", "Liam Fowler", "name"),
    ("transfer", "sell your best player", "Grace Otieno", "pronoun"),
    ("transfer", "within days", "Steve Calloway", "name"),
    ("lawsuit", "knowing full well", "anonymous", "description"),
    ("lawsuit", "We raised our children", "Margaret Oyelaran", "name"),
    ("lawsuit", "tested the river in 2014", "Samuel Achterberg", "name"),
    ("lawsuit", "They knew, they measured it", "Samuel Achterberg", "name"),
    ("lawsuit", "well below any federal threshold", DELACROIX, "name"),
    ("lawsuit", "environmental responsibilities", "Helen Marsh", "name"),
    ("lawsuit", "not shown a plausible link", "Colleen Farrow", "name"),
    ("lawsuit", "the new federal limits", "Ines Caldwell", "name"),
    ("lawsuit", "whether the water was to blame", "Peter Oyelaran", "pronoun"),
    ("lawsuit", "I just want someone to find out", "Peter Oyelaran", "pronoun"),
    ("lawsuit", "Peter is the reason", "Margaret Oyelaran", "name"),
    ("aviation", "landed without incident", SKYVALE, "name"),
    ("aviation", "highest priority", SKYVALE, "description"),
    ("aviation", "heard a loud bang", "Nadia Farouk", "name"),
    ("aviation", "The whole wing lit up", "Nadia Farouk", "pronoun"),
    ("aviation", "lost the number two engine", "anonymous", "description"),
    ("aviation", "fractured fan blade", NTSB, "name"),
    ("aviation", "progressive fatigue cracking", NTSB, "name"),
    ("aviation", "have not determined the cause", NTSB, "description"),
    ("aviation", "entire fleet history", "Jennifer Holt", "name"),
    ("aviation", "cooperating fully", "Aerion Propulsion", "name"),
    ("aviation", "crew had remained calm", "Samir Farouk", "name"),
    ("aviation", "flight attendants were incredible", "Samir Farouk", "pronoun"),
    ("aviation", "drive home to Boston", "Nadia Farouk", "name"),
    ("aviation", "not getting on a plane", "Nadia Farouk", "pronoun"),
    ("aviation", "never see one", "Greg Tamura", "pronoun"),
    ("aviation", "inspected the engines on its other", SKYVALE, "name"),
    ("presser", "borrow its way out", "Alicia Moreno", "name"),
    ("presser", "painful but necessary", "Alicia Moreno", "name"),
    ("presser", "spoken with every one of them", "Alicia Moreno", "description"),
    ("presser", "a decision for the regents", "Alicia Moreno", "pronoun"),
    ("presser", "Did you break that promise", "anonymous", "description"),
    ("presser", "I promised to protect K-12", "Alicia Moreno", "name"),
    ("presser", "starving the places", "Raymond Sills", "name"),
    ("presser", "offer his own plan", "Raymond Sills", "description"),
    ("presser", "Ray is a friend", "Alicia Moreno", "pronoun"),
    ("presser", "6.2 billion shortfall", "Kevin Osterman", "name"),
    ("presser", "don't care about anyone's feelings", "Kevin Osterman", "pronoun"),
    ("presser", "Tuition has gone up", "Daniela Ruiz", "name"),
    ("presser", "board would meet next month", "Thomas Whitfield", "name"),
    ("presser", "Ask me in June", "Alicia Moreno", "name"),
    ("festival", "louder than the band", "Wren Halloway", "pronoun"),
    ("festival", "hated the toilets", "Wren Halloway", "pronoun"),
    ("festival", "rewritten three times", "Callum Halloway", "name"),
    ("festival", "changes her mind", "Callum Halloway", "pronoun"),
    ("festival", "bigger field", "Owen Pryce", "name"),
    ("festival", "ran out of water", "anonymous", "description"),
    ("festival", "Go home safe", "Wren Halloway", "pronoun"),
    # PolNeAR's convention (seen51, on the train speaker samples): "the two countries" after the
    # United States and Russia is the first country ("United States || Russia"), "both campaigns"
    # the first campaign; so "the two governments" is the first of the two countries named.
    ("diplomacy", "resume negotiations without preconditions", "Kestra|Valoria", "description"),
    ("diplomacy", "talking about each other", "Henrik Dahl", "name"),
    ("diplomacy", "generous on trade", "Amira Nasser", "name"),
    ("diplomacy", "does not recognize our maps", "Amira Nasser", "pronoun"),
    ("diplomacy", "raised the case of two", "Lars Eriksen", "name"),
    ("diplomacy", "He raised it directly", "Lars Eriksen", "name"),
    ("diplomacy", "a matter for the courts", "Yasmin Haddad", "name"),
    ("diplomacy", "I won", "Yasmin Haddad", "name"),
    ("diplomacy", "given away our leverage", "Mikkel Dahl", "name"),
    ("diplomacy", "has been played", "Mikkel Dahl", "description"),
    ("diplomacy", "within a month", "Henrik Dahl", "description"),
    ("diplomacy", "visit a refugee camp", "anonymous", "description"),
    ("diplomacy", "neighbors at the same table", "Amira Nasser", "name"),
]

# Quotation marks around what nobody says: song titles, sung lyrics and a scare quote.
NOT_QUOTES = [
    ("festival", "Salt and Copper"),
    ("festival", "we were young and the tide was kind"),
    ("festival", "Paper Lanterns"),
    ("festival", "Kitchen Light"),
    ("festival", "you kept the kettle warm"),
    ("festival", "Run the Red Light"),
    ("festival", "Glass Harbour"),
    ("festival", "I can see you but I cannot reach"),
    ("festival", "Northbound"),
    ("lawsuit", "forever chemicals"),
]

KNOWN_FAULTS = {
    ("diplomacy", "resume negotiations without preconditions"):
        "'In a joint statement …, the two governments said': the group goes to its first named member, President "
        "Nasser, a person; PolNeAR's train samples give 'the two countries' its first named country (seen51), so "
        "the governments are Kestra's (or Valoria's). The recogniser tags 'Kestra' a body and 'Kestran' a place, "
        "and rank_pair counts only people and bodies named in a conjunction or a sentence's pair: left",
    ("festival", "Salt and Copper"):
        "'She opened with \"Salt and Copper\", the title track …, and the crowd … sang its chorus, \"we were young "
        "…,\" back at her before she reached it': the marks pair right, but a content of 'reached' is cut from the "
        "title to the lyric, marks and all, and given to the singer",
    ("festival", "you kept the kettle warm"):
        "'she sang \"you kept the kettle warm …\"': 'sang' is a cue, so a sung lyric is her quote (PolNeAR has no "
        "song to say whether its annotators would mark one)",
    ("festival", "Run the Red Light"):
        "'A slowed-down cover of \"Run the Red Light\" dragged, and a new song, \"Glass Harbour,\" …; its refrain, "
        "\"I can see you …,\" needs a better verse': a content of 'needs' cut from title to lyric, as for 'Salt and "
        "Copper'",
    ("festival", "Northbound"):
        "'\"Northbound\", written on a night bus, turned into …': the title alone is a quote of 'written', its "
        "speaker 'a night bus' (the place of the writing read as its agent)",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe50b_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker", "mention_class"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe50b_quote_speaker(probe50b_records, article, snippet, speaker, mention_class):
    assert_first_speaker(probe50b_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe50b_no_quote(probe50b_records, article, words):
    assert_no_quote(probe50b_records, article, words)
