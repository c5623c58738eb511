"""Probe47b: four invented science, health and technology stories, where words come from
studies, posts and documents as often as from people — a health story on a study ("the
researchers wrote in The Lancet", "The study found that", "According to the paper", a lead
author and a co-author quoted, outside experts "who was not involved in the study", "the CDC
said in guidance"), a tech story on lay-offs ("wrote on X", "said in a post on LinkedIn", a
worker "posting as @quietbuildr", a blog post with its title in quotation marks, a memo "seen
by" an outlet and a second memo whose writer is named, a spokesperson who "declined to
comment", "The company's official account posted on Threads"), a climate report ("a United
Nations panel said in a report", "The report warns", "According to the report", "Scientists
say", an industry group's statement, the report's summary "says") and a space story with
agencies by acronym ("the two agencies said" after ESA and JAXA, "Mission control in Darmstadt
said", "In a post on X, JAXA wrote", a flight log "posted online by ESA").

``tests/fixtures/probe47b/`` holds the stories, written for this test; ``EXPECTED``,
``CATEGORIES`` and ``NOT_QUOTES`` were written by hand before newsmine first ran on them.
First run (main 64def6f2): 53 of 70 speakers right, 14 of 21 categories, 2 of 3 non-quotes kept
out.

What newsmine got wrong and probe47b fixed: a document "seen by" (obtained, reviewed by) an
outlet was the outlet's, the participle's agent taken for the author (now the memo speaks, its
author unnamed: unresolved, still not the expected unnamed source); initials in brackets that do
not spell the body's name ("the Japan Aerospace Exploration Agency (JAXA)", then "JAXA wrote")
were a person of their own; "said in guidance", "said in a post on LinkedIn" were speech; "a
study" went to no one when the next sentence names who "led" it, and "The researchers" and "the
authors" of that study were an unnamed group. After probe47b's fixes: 57 of 70 speakers, 16 of
21 categories, 2 of 3 non-quotes. What it still gets wrong is
listed in ``KNOWN_FAULTS`` and ``CATEGORY_FAULTS`` as strict xfails.

The conventions the expectations follow (PolNeAR's dev-speakers conventions, see
``../shared/benchmarks/polnear/README.md``):
- a document (a study, a paper, a report, a memo, a flight log, a company's account) speaks
  for whoever the article says put it out: the study "led by Dr. Amara Osei" is Osei's, and so
  are "the researchers" and "the authors" (a group speaks as its first named member); the
  report "by the Global Climate Assessment Panel" is the panel's; a memo "written by" its
  author is his, but a memo only "seen by the Harbor Ledger" has no author named and is an
  unnamed source — the outlet that saw it never wrote it;
- "the two agencies" after ESA and JAXA is ESA, the first named; mission control of an agency
  is that agency;
- generic "Scientists say" and "Engineers not connected to the mission said" are unnamed
  sources; so is a worker known only by a handle;
- category: words written or published (wrote, a post, a statement, guidance, a report) are
  writing; words said at a briefing, to reporters or in an interview are speech. "According
  to" is speech in newsmine's scheme and is not checked here.
Labels with a naming verb ("called the results \"…\"") are left to the naming-verb rules and
checked neither way.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_no_quote, assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe47b"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("health", "about a fifth less likely", "Amara Osei"),
    ("health", "held for men and women", "Amara Osei"),
    ("health", "We expected a small effect", "Amara Osei"),
    ("health", "You do not need a gym", "Amara Osei"),
    ("health", "the risk fell further", "Amara Osei"),
    ("health", "healthier to begin with", "Amara Osei"),
    ("health", "checked the results against step counts", "Lukas Brenner"),
    ("health", "The diaries and the monitors", "Lukas Brenner"),
    ("health", "The hard part is not telling people", "Priya Nair"),
    ("health", "have a long history of promising", "Hamid Rahimi"),
    ("health", "I would like to see a randomized trial", "Hamid Rahimi"),
    ("health", "at least 150 minutes a week", "Centers for Disease Control and Prevention"),
    ("health", "should speak to their doctor", "Centers for Disease Control and Prevention"),
    ("health", "add to a large body of evidence", "Northern Heart Foundation"),
    ("health", "whether walking in groups", "Amara Osei"),
    ("health", "Loneliness is a risk factor", "Amara Osei"),
    ("health", "If walking with a friend helps twice", "Amara Osei"),
    ("health", "The study has limitations", "Amara Osei"),
    ("tech", "will cut about 1,200 jobs", "Cloudnine Software"),
    ("tech", "grown too many layers", "Mara Lindqvist"),
    ("tech", "fall mostly on middle management", "Mara Lindqvist"),
    ("tech", "fold its hardware division", "anonymous"),
    ("tech", "prepare for difficult conversations", "Dev Anand"),
    ("tech", "full responsibility", "Mara Lindqvist"),
    ("tech", "We were wrong about how long", "Mara Lindqvist"),
    ("tech", "his whole team had been let go", "Jonah Weller"),
    ("tech", "No one from leadership was on the call", "Jonah Weller"),
    ("tech", "the same week we shipped", "anonymous"),
    ("tech", "Every software company with a hardware", "Fatima Chowdhury"),
    ("tech", "had trailed those of its rivals", "Fatima Chowdhury"),
    ("tech", "16 weeks of pay", "Cloudnine Software"),
    ("tech", "it would seek talks", "Software Workers Guild"),
    ("tech", "A blog post is not consultation", "Ray Okafor"),
    ("tech", "the event would go ahead", "Mara Lindqvist"),
    ("tech", "We are smaller", "Mara Lindqvist"),
    ("climate", "heading for about 2.6 degrees", "Global Climate Assessment Panel"),
    ("climate", "every tenth of a degree matters", "Global Climate Assessment Panel"),
    ("climate", "This is not a forecast of doom", "Helena Marsh"),
    ("climate", "We still decide how large", "Helena Marsh"),
    ("climate", "sea levels could rise", "Global Climate Assessment Panel"),
    ("climate", "broadly in line with earlier estimates", "anonymous"),
    ("climate", "approved line by line", "Rafael Ortega"),
    ("climate", "Every word you read was agreed", "Rafael Ortega"),
    ("climate", "underestimates the role of new technology", "Petroleum Producers Forum"),
    ("climate", "We have read this report five times", "Tomasi Vaka"),
    ("climate", "The islands are not waiting", "Tomasi Vaka"),
    ("climate", "if anything, cautious", "Ingrid Solheim"),
    ("climate", "because the models still disagree", "Ingrid Solheim"),
    ("climate", "governments would be judged", "Achieng Mwangi"),
    ("climate", "The science has done its job", "Achieng Mwangi"),
    ("climate", "cutting methane from farms", "Global Climate Assessment Panel"),
    ("space", "stopped sending data", "European Space Agency"),
    ("space", "We had a clean landing", "Claudia Ferrante"),
    ("space", "We are not declaring anything lost", "Claudia Ferrante"),
    ("space", "the lander tilted by about 20 degrees", "European Space Agency"),
    ("space", "already received images", "Kenji Morimoto"),
    ("space", "this was not a failure", "Kenji Morimoto"),
    ("space", "We have data that nobody", "Kenji Morimoto"),
    ("space", "when the Sun moves higher", "Japan Aerospace Exploration Agency"),
    ("space", "its instruments had returned data", "NASA"),
    ("space", "shows what partners can do", "Grace Whitfield"),
    ("space", "a tilted landing was a familiar problem", "anonymous"),
    ("space", "The south pole is full of boulders", "Marcus Ebert"),
    ("space", "owes the public an honest account", "Hiroshi Tanabe"),
    ("space", "publish a full timeline", "Sofia Lindgren"),
    ("space", "no reason yet to think", "Sofia Lindgren"),
    ("space", "main engine fired for 12 seconds", "European Space Agency"),
    ("space", "a question for ministers", "Claudia Ferrante"),
    ("space", "Tonight we want the one we have", "Claudia Ferrante"),
]
# (article, snippet, category) for quotes whose kind the text makes plain
CATEGORIES = [
    ("health", "held for men and women", "writing"),
    ("health", "We expected a small effect", "speech"),
    ("health", "I would like to see a randomized trial", "speech"),
    ("health", "at least 150 minutes a week", "writing"),
    ("health", "add to a large body of evidence", "writing"),
    ("tech", "grown too many layers", "writing"),
    ("tech", "full responsibility", "writing"),
    ("tech", "We were wrong about how long", "writing"),
    ("tech", "his whole team had been let go", "writing"),
    ("tech", "No one from leadership was on the call", "writing"),
    ("tech", "16 weeks of pay", "writing"),
    ("tech", "A blog post is not consultation", "writing"),
    ("tech", "We are smaller", "writing"),
    ("tech", "Every software company with a hardware", "speech"),
    ("climate", "every tenth of a degree matters", "writing"),
    ("climate", "underestimates the role of new technology", "writing"),
    ("climate", "This is not a forecast of doom", "speech"),
    ("space", "when the Sun moves higher", "writing"),
    ("space", "shows what partners can do", "writing"),
    ("space", "We had a clean landing", "speech"),
    ("space", "owes the public an honest account", "speech"),
]
# A blog post's title, a refusal to comment and an outlet's name are no one's words.
NOT_QUOTES = [
    ("tech", "Building for the next decade"),
    ("tech", "on the memo or on how many"),
    ("health", "The Lancet"),
]

KNOWN_FAULTS = {
    ("health", "the risk fell further"):
        "'The study found that the risk fell further …': 'found' with a document as subject is no cue, so "
        "there is no quote (the clause after it, 'the authors cautioned that …', is one)",
    ("health", "healthier to begin with"):
        "'According to the paper, …': 'the paper' alone is read as the newspaper (documents.document_family "
        "wants 'new paper', '2009 paper'), an organisation with no name",
    ("tech", "will cut about 1,200 jobs"):
        "'Cloudnine Software, the maker of the Stratus office suite, will cut …, the company said': 'the "
        "company' takes 'Stratus', a product the recogniser tags an organisation, and 'Cloudnine' is tagged "
        "a nationality",
    ("tech", "fold its hardware division"):
        "'A memo seen by the Harbor Ledger last week said …': the memo now speaks (probe47b), but a document "
        "whose author is never named stays unresolved, not an unnamed source",
    ("tech", "16 weeks of pay"):
        "'The company's official account posted on Threads': an account is no document noun, so the owner "
        "'the company' is not followed to Cloudnine Software",
    ("climate", "every tenth of a degree matters"):
        "'The report, by the Global Climate Assessment Panel, …, is …': the parse hangs 'by' on the main "
        "verb, so the report is listed with no author and 'The report warns' stays unresolved",
    ("climate", "sea levels could rise"):
        "'According to the report, …': the report is listed with no author (see 'The report warns')",
    ("climate", "cutting methane from farms"):
        "'The report's summary for policymakers, a 40-page document, says': the summary is not tied to the "
        "report that owns it",
    ("space", "stopped sending data"):
        "'a joint mission of the European Space Agency (ESA) and the Japan Aerospace Exploration Agency "
        "(JAXA), …, the two agencies said': a pair of bodies named in a prepositional phrase is not taken "
        "for 'the two agencies'",
    ("space", "the lander tilted by about 20 degrees"):
        "'Mission control in Darmstadt said': no rule reads mission control as the agency that runs it",
    ("space", "a tilted landing was a familiar problem"):
        "'Engineers not connected to the mission said …': the parse makes 'the mission' the subject of said, "
        "then taken for its manager, Claudia Ferrante",
    ("space", "main engine fired for 12 seconds"):
        "'The mission's flight log, posted online by ESA on Saturday, shows …': a log is no document noun, "
        "so the participle's agent is not read as its author",
    ("tech", "Building for the next decade"):
        "'In a blog post titled \"Building for the next decade,\" chief executive Mara Lindqvist wrote': "
        "'titled' is taken for a cue and the title for a quote with no speaker",
}  # fmt: skip
# Fixed by xfail56 (speakers/descriptions._opens_paragraph): ("climate", "heading for about 2.6 degrees")
# 'GENEVA — The world is heading …, a United Nations panel said in a report …' ¶ 'The report, by the Global Climate
# Assessment Panel, …': the dateline made the lede no paragraph opener, so the panel named next was not looked for.


@pytest.fixture(scope="module")
def probe47b_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe47b_quote_speaker(probe47b_records, article, snippet, speaker):
    assert_speaker_named(probe47b_records, article, snippet, speaker)


def _category_params():
    return [
        pytest.param(*case, marks=[pytest.mark.xfail(reason=CATEGORY_FAULTS[case[:2]], strict=True)]
                     if case[:2] in CATEGORY_FAULTS else [], id=f"{case[0]}:{case[1][:30]}")
        for case in CATEGORIES
    ]  # fmt: skip


_STATEMENT_IS_SPEECH = (
    "'said in a statement': newsmine's lexicon (cue_categories.txt) counts a statement as speech, "
    "since one may be read aloud; left for the lead to decide"
)
CATEGORY_FAULTS = {
    ("health", "add to a large body of evidence"): _STATEMENT_IS_SPEECH,
    ("tech", "A blog post is not consultation"): _STATEMENT_IS_SPEECH,
    ("climate", "every tenth of a degree matters"):
        "'The report warns that …': 'warn' is speech, also when a document warns",
    ("climate", "underestimates the role of new technology"): _STATEMENT_IS_SPEECH,
    ("space", "shows what partners can do"): _STATEMENT_IS_SPEECH,
}  # fmt: skip


@pytest.mark.parametrize(("article", "snippet", "category"), _category_params())
def test_probe47b_quote_category(probe47b_records, article, snippet, category):
    found = [q for q in probe47b_records[article].quotes if snippet in q.text]
    assert found, f"no quote holds {snippet!r}"
    assert found[0].category.value == category, (found[0].text, found[0].cue)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe47b_no_quote(probe47b_records, article, words):
    assert_no_quote(probe47b_records, article, words)
