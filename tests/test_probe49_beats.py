"""Probe49: who said it, in news outside politics — ten invented articles from beats PolNeAR's
2016 US politics lacks: a criminal trial (a judge named, then by surname, then "the judge"; a
defendant and a witness sharing a surname; "told the jury"; an anonymous juror; a quote running
across two paragraphs), a basketball report (two coaches, a player quoted "after the game", two
brothers under one surname, a quote whose cue is a sentence before it), a company's earnings
("in a statement", "on a call with analysts", a chief executive and a finance chief, analysts, a
person familiar with the plans, an unnamed spokeswoman), a tornado ("officials said", "a
spokesperson for the agency, Kim Oduya", a sheriff as "the sheriff", two unrelated residents with
one surname, an unnamed utility spokesperson), a health study ("according to the study", "the
authors wrote", "they wrote", an outside expert), a town council (a councilwoman and her
husband's cousin with one surname, a resident at public comment, an anonymous board member), a
theatre interview (a mother and daughter with one surname, "the elder Marchetti", "Her mother",
"told me", a quote with no cue after "she did not hesitate"), three wire briefs ("told Reuters",
"told AFP", "AFP reported", an operator as "the mine's operator", a spokesman unnamed then
named), an obituary (the dead woman quoted from an old interview, her son and granddaughter
with her surname, a governor's statement), and a product launch (a blog post, a chief executive
and her brother with one surname, a company as "it says"). Mixed curly and straight marks run
through several.

``tests/fixtures/probe49/`` holds the articles, written for this test; ``EXPECTED`` (the
speaker, and the class of the mention that names it in PolNeAR's terms) was written by hand
before newsmine first ran on them, on the conventions of probe47b and probe47c: a study speaks
as the person the article says led it, and so do "the researchers" / "the authors"; an unnamed
spokesperson of a named body is an unnamed source (the body accepted too: "anonymous|Body");
"|" separates accepted answers. First-run and final figures are in docs/history/speakers.md,
"Session 49 — probe49". What newsmine still gets wrong is listed in ``KNOWN_FAULTS`` as strict
xfails. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_first_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe49"

# (article, snippet of the quote's content, speaker's name or "anonymous" ("|" between accepted
# answers), the class of the speaker's mention)
EXPECTED = [
    ("court", "his client would appeal", "Paul Brennan", "name"),
    ("court", "We respect the jury's work", "Paul Brennan", "name"),
    ("court", "Harlan had written 412 checks", "Lena Vogt", "name"),
    ("court", "This was not a mistake made once", "Lena Vogt", "name"),
    ("court", "I never signed anything", "Samuel Harlan", "name"),
    ("court", "I trusted her", "Samuel Harlan", "pronoun"),
    ("court", "These twelve people", "Maria Ortiz", "description"),
    ("court", "checks had decided the case", "anonymous", "description"),
    ("court", "signatures side by side", "anonymous", "description"),
    ("court", "family was stunned", "Ruth Mayfield", "name"),
    ("court", "She raised two kids", "Ruth Mayfield", "name"),
    ("court", "ask for at least eight years", "Lena Vogt", "name"),
    ("basketball", "I didn't see it go in", "Tariq Bell", "name"),
    ("basketball", "drawn up the final play", "Nadia Kowalski", "name"),
    ("basketball", "Marcus made the right read", "Nadia Kowalski", "name"),
    ("basketball", "doing that all season", "Marcus Reed", "pronoun"),
    ("basketball", "collapse in the fourth quarter", "Jamal Whitley", "name"),
    ("basketball", "We stopped moving the ball", "Jamal Whitley", "name"),
    ("basketball", "We gave that one away", "Lou Brandt", "name"),
    ("basketball", "make those next time", "Lou Brandt", "description"),
    ("basketball", "did not change her view", "Nadia Kowalski", "name"),
    ("basketball", "We gave up 105 points", "Nadia Kowalski", "pronoun"),
    ("earnings", "third-quarter profit fell", "Corvane Systems", "name"),
    ("earnings", "Demand is there", "Helen Drury", "name"),
    ("earnings", "cut about 400 jobs", "Helen Drury", "name"),
    ("earnings", "save about $60 million", "Helen Drury", "pronoun"),
    ("earnings", "not lost a single top-20 customer", "Helen Drury", "pronoun"),
    ("earnings", "lowering its forecast", "Victor Lam", "name"),
    ("earnings", "strong dollar alone", "Victor Lam", "name"),
    ("earnings", "second quarter in a row", "Amir Qureshi", "name"),
    ("earnings", "order backlog", "Jo Pettersen", "pronoun"),
    ("earnings", "The backlog is the number I watch", "Jo Pettersen", "name"),
    ("earnings", "held early talks", "anonymous", "description"),
    ("earnings", "does not comment on rumors", "anonymous|Corvane Systems", "pronoun"),
    ("storm", "tore through the north side", "anonymous", "description"),
    ("storm", "survey team would decide", "Kim Oduya", "name"),
    ("storm", "not be surprised by an EF3", "Kim Oduya", "name"),
    ("storm", "married couple in their 70s", "Dale Fontenot", "name"),
    ("storm", "still going house to house", "Dale Fontenot", "description"),
    ("storm", "14 people had been taken", "Dale Fontenot", "name"),
    ("storm", "I grabbed the kids", "Carla Mouton", "pronoun"),
    ("storm", "never heard a sound like that", "Earl Mouton", "pronoun"),
    ("storm", "2,800 customers", "anonymous|Delta Power", "description"),
    ("storm", "crews coming in from three states", "anonymous|Delta Power", "description"),
    ("storm", "These are tough people", "Irene Latour", "name"),
    ("study", "accounted for weight", "Anita Sorensen", "name"),
    ("study", "could not prove", "Anita Sorensen", "description"),
    ("study", "Reverse causation cannot be excluded", "Anita Sorensen", "pronoun"),
    ("study", "benefit was largest", "Anita Sorensen", "description"),
    ("study", "almost by definition", "Michael Osei", "name"),
    ("study", "trial was the next step", "Anita Sorensen", "name"),
    ("study", "applied for funding", "Anita Sorensen", "pronoun"),
    ("study", "If it works, it is cheap", "Anita Sorensen", "pronoun"),
    ("study", "no role in the analysis", "anonymous|Danish Health Foundation", "description"),
    ("study", "leading cause of injury-related", "World Health Organization", "name"),
    ("council", "could not keep paying", "Frank Delgado", "name"),
    ("council", "Nobody up here wanted this vote", "Frank Delgado", "name"),
    ("council", "about $210,000 a year", "Grace Okafor", "pronoun"),
    ("council", "only quiet room they have", "Grace Okafor", "name"),
    ("council", "learned to read English", "Harold Finch", "name"),
    ("council", "I was 22", "Harold Finch", "name"),
    ("council", "books would move", "Lisa Chu", "name"),
    ("council", "I love my cousin's wife", "Tom Okafor", "pronoun"),
    ("council", "put the question to voters", "Grace Okafor", "pronoun"),
    ("council", "If the people of Elmbrook", "Grace Okafor", "pronoun"),
    ("council", "trustees were considering resigning", "anonymous", "description"),
    ("interview", "I read those stories", "Lena Marchetti", "name"),
    ("interview", "Casting her own child", "Lena Marchetti", "description"),
    ("interview", "nervous about it for about a week", "Owen Pryce", "name"),
    ("interview", "most of her childhood backstage", "Sofia Marchetti", "name"),
    ("interview", "Mum would do a show", "Sofia Marchetti", "pronoun"),
    ("interview", "treat the casting as a stunt", "Lena Marchetti", "description"),
    ("interview", "call it nepotism", "Lena Marchetti", "pronoun"),
    ("interview", "tense some days", "anonymous", "description"),
    ("interview", "Of course we argue", "Lena Marchetti", "pronoun"),
    ("interview", "Go home, cook", "Lena Marchetti", "pronoun"),
    ("wire", "part of a tunnel collapsed", "Andina Copper", "description"),
    ("wire", "rescue teams had reached", "Andina Copper", "name"),
    ("wire", "Our thoughts are with the family", "Rodrigo Salas", "name"),
    ("wire", "complained for months", "Jorge Pizarro", "name"),
    ("wire", "reported it in writing", "Jorge Pizarro", "name"),
    # "AFP" accepted (seen50): on PolNeAR train every content an outer "X reported" credits that holds
    # an inner "Y said" (7 of 7, e.g. 'The Trump campaign said the candidate will …, CNN reported') is
    # annotated as the outlet's alone, the inner "said" with no attribution of its own
    ("wire", "strike for 48 hours", "CGT-Cheminots|AFP", "description"),
    ("wire", "services to be cancelled", "CGT-Cheminots", "name"),
    ("wire", "given us no choice", "Thierry Morel", "name"),
    ("wire", "recall about 310,000", "Kenji Arai|anonymous|Hoshida Motors", "description"),
    ("wire", "No accidents or injuries", "Kenji Arai", "name"),
    ("wire", "replace the pumps", "Kenji Arai", "pronoun"),
    ("wire", "first complaints in January", "anonymous", "description"),
    ("obituary", "failing health", "Daniel Ellison", "name"),
    ("obituary", "what the secret is", "Ruth Ellison", "pronoun"),
    ("obituary", "kept a tab for laid-off workers", "Daniel Ellison", "name"),
    ("obituary", "That was the whole philosophy", "Daniel Ellison", "pronoun"),
    ("obituary", "still came in most mornings", "Megan Ellison", "name"),
    ("obituary", "never satisfied with my crust", "Megan Ellison", "name"),
    ("obituary", "best cook and the best listener", "Thomas Reardon", "name"),
    ("obituary", "came for the meatloaf", "Thomas Reardon", "pronoun"),
    ("obituary", "open at five, as always", "Daniel Ellison", "description"),
    ("launch", "transcribe and summarise", "Pellucid", "pronoun"),
    ("launch", "work with both iPhones", "Pellucid", "description"),
    ("launch", "idea came from watching her father", "Sana Iqbal", "name"),
    ("launch", "nod along and miss half", "Sana Iqbal", "name"),
    ("launch", "processing on the phone", "Sana Iqbal", "name"),
    ("launch", "Nothing you say leaves your pocket", "Sana Iqbal", "pronoun"),
    ("launch", "no idea it was happening", "Dana Whitlock", "name"),
    ("launch", "agreed to the terms of service", "Dana Whitlock", "name"),
    ("launch", "chime when recording started", "Leo Iqbal", "name"),
    ("launch", "argued about that internally", "Leo Iqbal", "name"),
    ("launch", "sell perhaps 200,000", "Ming Zhao", "name"),
    ("launch", "battery lasted barely three hours", "anonymous", "description"),
    ("launch", "a full working day", "Pellucid", "name"),
]

KNOWN_FAULTS = {
    # ("court", "his client would appeal"): fixed by parse49 (attribution/complements_parsed_relative.py).
    ("earnings", "third-quarter profit fell"):
        "'Corvane Systems, the maker of industrial sensors, said': the recogniser tags the later 'Corvane' only, "
        "not the full name opening the article, so the subject is a name no entity holds and stays unresolved",
    ("study", "benefit was largest"):
        "'According to the study' for 'a study published … in the Journal of Aging Medicine' whose researchers are "
        "'led by' Sorensen: the study has no author (the researchers' leader speaks for 'the authors', not for the "
        "study), so it stays unresolved",
    ("wire", "part of a tunnel collapsed"):
        "'…, the mine's operator said. ¶ Andina Copper said …': a description of a body named only in the next "
        "sentence (cataphora) stays unresolved",
    # ("wire", "strike for 48 hours"): AFP accepted by seen50, PolNeAR's convention (see EXPECTED).
    # ("wire", "services to be cancelled"): fixed by seen50 (entities/hyphenated_bodies.py).
    # ("obituary", "best cook and the best listener"): fixed by parse49 (sources/set_off_subjects.py).
    # ("launch", "transcribe and summarise"): fixed by seen50 — 'The glasses, called Pellucid Frame,' name
    # a product (entities/called_things.py), which no longer takes the company's short name.
    ("launch", "work with both iPhones"):
        "'The company said': with the product no longer an organisation, the article has none for the "
        "start-up (the recogniser tags no 'Pellucid' an organisation: the opening one untagged, 'Pellucid "
        "would sell' a person), so the description stays unresolved (seen50; was 'Pellucid Frame')",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe49_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker", "mention_class"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe49_quote_speaker(probe49_records, article, snippet, speaker, mention_class):
    assert_first_speaker(probe49_records, article, snippet, speaker, mention_class)
