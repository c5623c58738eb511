"""Probe47c: six invented news articles that stress the speaker resolver itself in ordinary
prose — three or four people of one gender quoted in turn across paragraphs (a pronoun after a
mention of someone who does not speak, after another person's quote, at a paragraph's start),
"the former" / "the latter", a person described before the name ("A rancher who lost 40 head of
cattle … Jim Ortega, 61, said") and then by the description ("the rancher"), descriptions of a
body ("the company", "the agency", "the union", "the department") with two or three bodies in
play, bodies as "it", "they" for two named people, spokespeople named and unnamed, one man as
"the mayor" then "the candidate", nested speech ("Strand said she told him …"), a married couple
with their children and a brother under one surname, and people named once in full and then by
the first name alone.

``tests/fixtures/probe47c/`` holds the articles, written for this test; ``EXPECTED`` (the
speaker, and the class of the mention that names it in PolNeAR's terms: "name", "pronoun",
"description") was written by hand before newsmine first ran on them. Conventions are
dev-speakers': a group of named people speaks as its first member; an unnamed spokesperson of a
named body is an unnamed source (the body accepted too: "anonymous|Body"); "Marsh's campaign"
is "Marsh campaign". Nested speech ("Doyle said a Meridian vice president, Susan Park, told her
… that the company would not move") is the outer reporter's one quote: the first draft also
expected the inner words as Park's own quote, withdrawn after reading README's "Decisions where
the issue was silent" (PolNeAR never nests attributions; one quote per cue). First-run accuracy by class is in docs/history/speakers.md,
"Session 47 — probe47c". What newsmine still gets wrong is listed in ``KNOWN_FAULTS`` as strict
xfails. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_first_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe47c"

# (article, snippet of the quote's content, speaker's name or "anonymous" ("|" between accepted
# answers), the class of the speaker's mention)
EXPECTED = [
    ("council", "We were promised a park", "Derek Holt", "name"),
    ("council", "only site in the city large enough", "Marcus Webb", "name"),
    ("council", "Nobody wants a depot next door", "Marcus Webb", "pronoun"),
    ("council", "Four hundred trips is a conservative number", "Derek Holt", "pronoun"),
    ("council", "listened to both sides", "Paul Lindqvist", "name"),
    ("council", "least bad choice", "Paul Lindqvist", "description"),
    ("council", "plant a double row of oak trees", "Paul Lindqvist", "pronoun"),
    ("council", "trucks will idle", "Ray Dunleavy", "name"),
    ("council", "put his house up for sale", "Ray Dunleavy", "pronoun"),
    ("council", "drawn up for the bus contractor", "Derek Holt", "description"),
    ("council", "would oppose a depot on the moon", "Marcus Webb", "description"),
    ("council", "Holt had never offered another site", "Marcus Webb", "name"),
    ("council", "I asked him for one address", "Marcus Webb", "name"),
    ("council", "that was not true", "Derek Holt", "name"),
    ("council", "proposed two sites", "Derek Holt", "pronoun"),
    ("council", "Marcus never even drove out", "Derek Holt", "name"),
    ("council", "Today was about buses", "Carla Mendes", "name"),
    ("council", "Good decisions are not always popular", "Paul Lindqvist", "pronoun"),
    ("council", "revisit the plan in January", "Tony Russo", "name"),
    ("council", "promised to take the city to court", "Tony Russo", "name"),
    ("council", "If we lose in court", "Tony Russo", "pronoun"),
    ("drought", "six feet of water in this tank", "Jim Ortega", "name"),
    ("drought", "river had never dropped this low", "Jim Ortega", "pronoun"),
    ("drought", "buried more animals", "Jim Ortega", "pronoun"),
    ("drought", "wells draw from a deeper aquifer", "Redline Water Co.", "description"),
    ("drought", "Our wells do not touch", "Redline Water Co.", "description"),
    ("drought", "never been fined", "Redline Water Co.", "pronoun"),
    ("drought", "review Redline's permits", "Concho Valley Water District", "name"),
    ("drought", "We take every complaint seriously", "Teresa Galvan", "name"),
    ("drought", "at least six months", "Concho Valley Water District", "description"),
    ("drought", "six months was too long", "Jim Ortega", "name"),
    ("drought", "nothing left to monitor", "Jim Ortega", "description"),
    ("drought", "sue the district", "Jim Ortega", "pronoun"),
    ("drought", "two aquifers were connected", "Ben Tolliver", "name"),
    ("drought", "Anyone who tells you", "Ben Tolliver", "description"),
    ("drought", "offered to truck water", "anonymous|Redline Water Co.", "description"),
    ("drought", "turned the offer down", "Jim Ortega", "name"),
    ("drought", "I do not want their trucks", "Jim Ortega", "pronoun"),
    ("drought", "being blamed for the weather", "Dale Whitcomb", "name"),
    ("drought", "lowest on record", "Dale Whitcomb", "name"),
    ("drought", "Nobody wants to hear", "Dale Whitcomb", "pronoun"),
    ("drought", "expected a large crowd", "Teresa Galvan", "name"),
    ("drought", "bring his goats", "Ben Tolliver", "name"),
    ("strike", "Meridian left us no choice", "Karen Doyle", "name"),
    ("strike", "offered raises of 14 percent", "Meridian Health", "name"),
    ("strike", "hired 600 replacement nurses", "Meridian Health", "description"),
    ("strike", "did nothing about staffing", "Luis Ferreira", "name"),
    ("strike", "Raises mean nothing", "Luis Ferreira", "pronoun"),
    ("strike", "Susan Park, told her", "Karen Doyle", "name"),
    ("strike", "postponed some elective surgeries", "Angela Moreno", "name"),
    ("strike", "Every patient who comes through", "Angela Moreno", "pronoun"),
    ("strike", "Replacement nurses do not know", "Karen Doyle", "pronoun"),
    ("strike", "Somebody is going to get hurt", "Karen Doyle", "pronoun"),
    ("strike", "send inspectors to both hospitals", "Department of Health", "name"),
    ("strike", "properly licensed", "anonymous|Department of Health", "description"),
    ("strike", "worked double shifts", "Amy Chen", "name"),
    ("strike", "We are not asking for the moon", "Amy Chen", "pronoun"),
    ("strike", "started looking for jobs", "Amy Chen", "name"),
    ("strike", "at least six nurses", "Rosa Blake", "name"),
    ("strike", "Every time someone quits", "Rosa Blake", "name"),
    ("strike", "ready to return to the table", "Allied Nurses Union", "description"),
    ("strike", "enough money in its strike fund", "Luis Ferreira", "name"),
    ("strike", "prepared to stay out", "Luis Ferreira", "pronoun"),
    ("strike", "no plans to cut the pay", "Angela Moreno", "name"),
    ("strike", "about 40 had done so", "Angela Moreno", "pronoun"),
    ("strike", "That number will grow", "Angela Moreno", "pronoun"),
    ("strike", "Forty out of 1,800", "Karen Doyle", "pronoun"),
    ("family", "furniture floating around", "Linda Haskins", "name"),
    ("family", "water stopped two steps", "Robert Haskins", "description"),
    ("family", "I kept telling the kids", "Robert Haskins", "name"),
    ("family", "not been scared at all", "Tyler Haskins", "name"),
    ("family", "a little scared", "Emma Haskins", "name"),
    ("family", "water was brown", "Emma Haskins", "name"),
    ("family", "losing his bicycle", "Tyler Haskins", "name"),
    ("family", "Gary got there first", "Robert Haskins", "name"),
    ("family", "not thought twice", "Gary Haskins", "name"),
    ("family", "my little brother's family", "Gary Haskins", "pronoun"),
    ("family", "no flood insurance", "Linda Haskins", "name"),
    ("family", "never flooded before", "Linda Haskins", "pronoun"),
    ("family", "tearing out the drywall", "Robert Haskins", "name"),
    ("family", "at least $40,000", "Robert Haskins", "name"),
    ("family", "not worried about the creek", "Sam Akers", "name"),
    ("family", "seen it come up a hundred times", "Sam Akers", "name"),
    ("family", "knocked on her door", "Sam Akers", "name"),
    ("family", "already gone to bed", "Sam Akers", "pronoun"),
    ("family", "never missed the ten o'clock news", "Sam Akers", "pronoun"),
    ("family", "refused several times", "Janet Pruitt", "name"),
    ("family", "Mom said this was her house", "Janet Pruitt", "pronoun"),
    ("family", "63 homes", "anonymous", "description"),
    ("family", "opened a shelter", "anonymous", "pronoun"),
    ("family", "staying with Gary", "Linda Haskins", "name"),
    ("family", "We will rebuild", "Linda Haskins", "pronoun"),
    ("campaign", "deserves a governor who shows up", "Maria Castillo", "name"),
    ("campaign", "running for something every two years", "Maria Castillo", "name"),
    ("campaign", "passed exactly two bills", "Helen Marsh", "name"),
    ("campaign", "I have passed 14", "Maria Castillo", "pronoun"),
    ("campaign", "first act as governor", "Maria Castillo", "description"),
    ("campaign", "cut the waiting time", "Joan Reyes", "name"),
    ("campaign", "release a plan for the rest", "Joan Reyes", "pronoun"),
    ("campaign", "state-run insurance option", "Maria Castillo", "description"),
    ("campaign", "look seriously", "Helen Marsh", "description"),
    ("campaign", "closer than the headlines suggested", "Dana Whitfield", "name"),
    ("campaign", "Neither woman is well known", "Dana Whitfield", "description"),
    ("campaign", "voted for Castillo in both", "Gloria Tafoya", "pronoun"),
    ("campaign", "She answers her phone", "Gloria Tafoya", "name"),
    ("campaign", "Experience is not a disease", "Maria Castillo", "name"),
    ("campaign", "hold her own rally", "Marsh campaign|Helen Marsh", "name"),
    ("campaign", "more than 1,000 people", "Joan Reyes", "name"),
    ("campaign", "not accept money from oil and gas", "Maria Castillo", "name"),
    ("campaign", "a lot of friends in Santa Fe", "Maria Castillo", "description"),
    ("campaign", "help Castillo with younger voters", "Dana Whitfield", "name"),
    ("campaign", "Money is not her problem", "Dana Whitfield", "pronoun"),
    ("takeover", "undervalued the company", "Pell & Marsden", "name"),
    ("takeover", "does not come close", "Ruth Adeyemi", "name"),
    ("takeover", "voted unanimously against it", "Ruth Adeyemi", "pronoun"),
    ("takeover", "disappointed but would not walk away", "Corbett Foods", "name"),
    ("takeover", "offer of $38 a share", "Corbett Foods", "description"),
    ("takeover", "full and fair offer", "Neil Strand", "name"),
    ("takeover", "spoken to Adeyemi twice", "Neil Strand", "name"),
    ("takeover", "she told him the chain", "Neil Strand", "pronoun"),
    ("takeover", "raise its offer by as much as", "Priya Natarajan", "name"),
    ("takeover", "They have the cash", "Priya Natarajan", "pronoun"),
    ("takeover", "draw the attention of federal regulators", "Helen Brooks", "name"),
    ("takeover", "bigger the check", "Helen Brooks", "description"),
    ("takeover", "meet with both companies", "Ohio Teachers' Retirement Fund", "name"),
    ("takeover", "trustees would discuss", "Carol Dietz", "name"),
    ("takeover", "run out of ideas", "Martin Keough", "name"),
    ("takeover", "asked both companies for a promise", "United Food Workers Local 88", "name"),
    ("takeover", "seen this movie before", "Denise Fuller", "name"),
    ("takeover", "no plans to close stores", "Ruth Adeyemi", "name"),
    ("takeover", "believe that when she saw it", "Denise Fuller", "name"),
    ("takeover", "no plans to close any Pell", "Corbett Foods", "name"),
    ("takeover", "look hard", "Neil Strand", "name"),
]

KNOWN_FAULTS = {
    ("council", "Four hundred trips is a conservative number"):
        "'Holt pointed to a traffic study … Webb's staff disputed its figures. \"…,\" he said': the reader takes "
        "the study's champion; the ranking gives 'he' to Webb, the previous speaker, whose possessive on the "
        "subject counts as a subject after Holt's (antecedents.named.is_subject). Only the content's sense decides",
    ("council", "drawn up for the bus contractor"):
        "'The former has said …, while the latter has said his colleague \"…\"': the first of two reports joined "
        "by 'while' gets no quote (the same with names: 'Holt has said …, while Webb has said …'); attribution's",
    ("council", "Good decisions are not always popular"):
        "'the candidate shrugged. \"…,\" he said' for a mayor said to form an exploratory committee for governor, "
        "last named two sentences up behind his spokeswoman's quote: 'the candidate' goes to the councilman "
        "named most often (role nouns to the most prominent person), and the pronoun with it",
    ("strike", "offered raises of 14 percent"):
        "'Meridian said' after 'Meridian Health': the recogniser tags the short form a nationality, an "
        "organisation, a person or nothing by turns, and the untagged one here joins no cluster",
    ("strike", "send inspectors to both hospitals"):
        "'The state Department of Health said': the body's name keeps the lower-case 'state'",
    ("campaign", "state-run insurance option"):
        "'The two women agree … The former has called for …' after Marsh's campaign manager Joan Reyes spoke of "
        "Marsh: the former/latter are the last two people named (Marsh, Reyes), not the two women the "
        "sentence before describes",
    ("campaign", "look seriously"): "'the latter has said': the same pair, Reyes for Marsh",
    # ("takeover", "asked both companies for a promise"): fixed by seen51, the local's number
    # (entities/union_locals.py)
}  # fmt: skip


@pytest.fixture(scope="module")
def probe47c_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker", "mention_class"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe47c_quote_speaker(probe47c_records, article, snippet, speaker, mention_class):
    assert_first_speaker(probe47c_records, article, snippet, speaker, mention_class)
