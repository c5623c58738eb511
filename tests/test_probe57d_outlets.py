"""Probe57d: who said it, and what, in invented articles shaped like 2016 US political news and
dense with outlets cited as sources and pronoun chains (issue 10: held-out articles).

Outlets: 'according to a report in The Columbus Dispatch', 'the Dispatch reported, citing two people
familiar with the inquiry' (`donors`); 'CNN, which first reported the story' and '…, CNN reported'
after the quotation, 'told Reuters', 'The Las Vegas Review-Journal reported …, citing two Democratic
officials, that …', 'A Delgado spokeswoman told the newspaper' (`memo`); 'The Associated Press
reports, citing local media, that …', 'he told the newspaper', 'A spokesman for the Mallory
campaign told the newspaper', 'Politico, which first reported Mr. Brisco's plans last week, said …'
(`couple`); 'according to a report in The Hill', 'The Hill reported, citing three lawmakers', 'A
spokesman for the speaker told the newspaper', 'told CNN', 'CNN, which first reported the meeting …,
said Whitlock had warned members that …' (`stopgap`, written after the other three had run). Pronoun chains: a woman and a man sharing a surname (Carol and Dean Whitcomb; Margaret
and Thomas Brisco, with their son Daniel), 'the couple', 'his wife', 'Her husband', two women in one
race (`memo`: Rosa Delgado and Janet Harlow), two men of one party and a wife sharing her husband's
surname (`stopgap`: 'He was blunt about the deadline. "…," said Ostrowski'), and a speaker introduced by a pronoun before her name
('She was blunt. "…," Carol Whitcomb said'; 'She was blunt about the leak, too. "…," said Harlow';
'She was less diplomatic …. "…," said Ms. Brisco' after a paragraph about her son).

``tests/fixtures/probe57d/`` holds the articles, written for this test. ``EXPECTED`` gives for each
quote a snippet of it, its speaker ("anonymous" for a source nobody names or a speaker without a
name; "|" between accepted answers), the PolNeAR class of the mention that names it, and its
content (" || " between accepted extents), read as ``tests/test_probe57_beats.py`` reads them. All
of it was written by hand before newsmine first ran on the articles; figures are in
docs/history/attribution.md, "Session 57 — probe57d". What newsmine still gets wrong is a strict
xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its cause. Every text here is invented for
newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe57d"

DISPATCH = "The Columbus Dispatch|Columbus Dispatch"
KESSEL_CAMPAIGN = "anonymous|Martin Kessel|Kessel campaign"
DELGADO_CAMPAIGN = "anonymous|Rosa Delgado|Delgado campaign"
MALLORY_CAMPAIGN = "anonymous|Grant Mallory|Mallory campaign"
AP = "The Associated Press|Associated Press|AP"
MONMOUTH = "Monmouth University|Monmouth"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # donors: a couple sharing a surname, a report in a newspaper cited twice, a pronoun before the name
    ("donors", "focus of a federal inquiry", DISPATCH, "name",
     "A wealthy Ohio couple who gave $2 million to a super PAC backing Rep. Martin Kessel are now the focus of a "
     "federal inquiry"),
    ("donors", "made the donations", DISPATCH, "name",
     "Carol Whitcomb and her husband, Dean Whitcomb, made the donations through a limited liability company "
     "formed weeks before the March primary"),
    ("donors", "in our own names", "Carol Whitcomb", "name", "We gave the money in our own names, and we would do it again"),
    ("donors", "Nobody hid anything", "Carol Whitcomb", "name", "Nobody hid anything from anybody"),
    ("donors", "advised them not to discuss", "Dean Whitcomb", "pronoun",
     "the couple's lawyers had advised them not to discuss the company"),
    ("donors", "let the lawyers talk", "Dean Whitcomb", "name", "I'll let the lawyers talk"),
    ("donors", "what we pay them for", "Dean Whitcomb", "name", "That's what we pay them for"),
    ("donors", "never met the couple", "Martin Kessel", "name", "he had never met the couple"),
    ("donors", "ask them for a dime", "Martin Kessel", "pronoun", "I don't know them, and I didn't ask them for a dime"),
    ("donors", "operates on its own", "Martin Kessel", "pronoun",
     'the super PAC "operates on its own, as the law requires."'),
    ("donors", "serious questions", "Linda Ferraro", "name", 'the report raised "serious questions."'),
    ("donors", "nothing to hide", "Linda Ferraro", "name", "If he has nothing to hide, he can prove it this week"),
    ("donors", "never coordinated", KESSEL_CAMPAIGN, "description",
     'the congressman "has never coordinated with any outside group."'),
    ("donors", "followed every rule", "Howard Pleasance", "name", "the group had followed every rule"),
    ("donors", "Every dollar we took", "Howard Pleasance", "pronoun", "Every dollar we took is on our reports"),
    ("donors", "the political one", "Dean Whitcomb", "pronoun", 'she had been "the political one in the family."'),
    # memo: a Reuters story about two women in one race, CNN and a newspaper cited, 'told Reuters'
    ("memo", "vulnerable on Yucca Mountain", "CNN", "name",
     'The memo, written by an aide to Democrat Rosa Delgado, describes her Republican opponent, Rep. Janet Harlow, '
     'as "vulnerable on Yucca Mountain," || her Republican opponent, Rep. Janet Harlow, as "vulnerable on Yucca '
     'Mountain,"'),
    ("memo", "strategy memo", "Rosa Delgado", "pronoun", "It's a strategy memo. Every campaign writes them"),
    ("memo", "What matters", "Rosa Delgado", "pronoun", "What matters is that it's true"),
    ("memo", "scaring voters", "Janet Harlow", "pronoun",
     'the memo showed that her opponent was "more interested in scaring voters than in talking to them."'),
    ("memo", "read a memo for themselves", "Janet Harlow", "pronoun", "Nevadans can read a memo for themselves"),
    ("memo", "didn't leak it", "Janet Harlow", "name", "I didn't leak it, and I don't know who did"),
    ("memo", "unmarked envelope", "Greg Sato", "name", "the campaign had received the memo in an unmarked envelope"),
    ("memo", "handed it to the campaign", "Greg Sato", "pronoun", "he had handed it to the campaign's lawyers"),
    ("memo", "asked the FBI", "Las Vegas Review-Journal|The Las Vegas Review-Journal", "name",
     "Delgado's campaign had asked the FBI to look into the leak"),
    ("memo", "law enforcement matter", DELGADO_CAMPAIGN, "description",
     'the campaign "will not comment on any law enforcement matter."'),
    ("memo", "toughest person", "Walter Briggs", "pronoun", 'her "the toughest person in this race."'),
    ("memo", "taught me everything", "Rosa Delgado", "name", "He taught me everything I know about Nevada politics"),
    ("memo", "ahead by two points", MONMOUTH, "name",
     "Delgado ahead by two points, within the margin of error || Delgado ahead by two points"),
    # couple: a husband and wife on opposite sides, their son between them, 'the couple', outlets cited
    ("couple", "will campaign in Iowa", AP, "name",
     "former Sen. Thomas Brisco will campaign in Iowa this weekend for Grant Mallory, the Republican nominee, "
     "despite months of public criticism of Mr. Mallory by Mr. Brisco's wife"),
    ("couple", "known Grant for 30 years", "Thomas Brisco", "pronoun", "I've known Grant for 30 years"),
    ("couple", "walk away from him", "Thomas Brisco", "pronoun", "I'm not going to walk away from him now"),
    ("couple", "unfit for the office", "Margaret Brisco", "name", 'Mr. Mallory "unfit for the office"'),
    ("couple", "write in another name", "Margaret Brisco", "name", "she would write in another name"),
    ("couple", "makes his choices", "Margaret Brisco", "name", "Tom makes his choices, and I make mine"),
    ("couple", "married 41 years", "Margaret Brisco", "name", "We've been married 41 years. We've disagreed before"),
    ("couple", "political, not personal", "Thomas Brisco|Margaret Brisco", "description",
     'their "disagreement is political, not personal."'),
    ("couple", "planned to vote", "Daniel Brisco", "pronoun",
     "he planned to vote but would not say for whom || he planned to vote"),
    ("couple", "speak for themselves", "Daniel Brisco", "pronoun", "My parents can speak for themselves"),
    ("couple", "They always have", "Daniel Brisco", "pronoun", "They always have"),
    ("couple", "I don't care who", "Margaret Brisco", "name", "I don't care who he's known for 30 years"),
    ("couple", "like they're furniture", "Margaret Brisco", "name", "He talks about women like they're furniture"),
    ("couple", "speaks for itself", MALLORY_CAMPAIGN, "description", 'Mr. Brisco\'s support "speaks for itself."'),
    ("couple", "appear with Mr. Mallory", "Politico", "name",
     "the former senator would appear with Mr. Mallory at a rally in Cedar Rapids on Saturday"),
]

# Written after the first run of the three articles above, before newsmine ran on it (commit in
# the history section): a fourth article.
STOPGAP = [
    # stopgap: The Hill cited twice, a spokesman telling the newspaper, two men of one party, a wife
    # sharing her husband's surname, then 'He was blunt. "…," said Ostrowski'
    ("stopgap", "split over a stopgap", "The Hill|Hill", "name",
     "Republicans in the House are split over a stopgap spending bill"),
    ("stopgap", "closed-door meeting", "The Hill|Hill", "name",
     "Speaker Dennis Whitlock promised at a closed-door meeting on Tuesday not to bring the bill to the floor "
     "without the support of a majority of Republicans"),
    ("stopgap", "majority should govern", "anonymous|Dennis Whitlock", "description",
     'Whitlock "has always believed the majority should govern."'),
    ("stopgap", "same promise last year", "Carl Dunning", "pronoun",
     "the speaker had made the same promise last year and broken it"),
    ("stopgap", "told us that in March", "Carl Dunning", "name", "He told us that in March, too"),
    ("stopgap", "believe it when we see it", "Carl Dunning", "name", "We'll believe it when we see it"),
    ("stopgap", "Carl is a friend", "Frank Ostrowski", "pronoun", "Carl is a friend, and he means well"),
    ("stopgap", "run the House on dares", "Frank Ostrowski", "pronoun", "But you cannot run the House on dares"),
    ("stopgap", "advising moderate members", "Politico", "name",
     "His wife, Ellen Ostrowski, a former staff director of the Appropriations Committee, has been advising "
     "moderate members on the bill"),
    ("stopgap", "government shuts down", "Frank Ostrowski", "name",
     "If we don't pass something by Friday, the government shuts down, and it's on us"),
    ("stopgap", "rescue the speaker", "Nadia Corbett", "name", "Democrats would not rescue the speaker"),
    ("stopgap", "He made this mess", "Nadia Corbett", "pronoun", "He made this mess. He can clean it up"),
    ("stopgap", "had warned members", "CNN", "name",
     "Whitlock had warned members that a shutdown would cost the party its majority"),
    ("stopgap", "cost the party its majority", "Dennis Whitlock", "name",
     "a shutdown would cost the party its majority"),
]
EXPECTED += STOPGAP

# Amended after the first run (session 57): 'He told the Register he planned to vote but would not say for
# whom' reads as well with 'but would not say for whom' joined to 'told' (the subject's second act) as to
# 'planned' (inside the report), so "he planned to vote", newsmine's extent, is accepted beside the probe's;
# the first figures count it a miss. The first run's other faults: "the Dispatch reported" stayed
# unresolved (the recogniser tags "Dispatch" a nationality, so it never joined "The Columbus Dispatch") and
# "The Associated Press reports, citing local media, that …" after a dateline kept the aside in its content;
# both are fixed (entities/short_forms.py ``_masthead_word``, attribution/asides.py ``_clause_of_cue``;
# tests/test_probe57d_rules.py).

_POLL_UNDER_THRESHOLD = (
    "'A poll by Monmouth University last week found Delgado ahead by two points, …' closing the article: "
    "the candidate ('found', source 'University') scores 0.169 in the whole article, under the keep "
    "threshold, and is kept when its paragraph stands alone; in the whole article the recogniser tags "
    "'Delgado' here a place (GPE). A score of the shipped model, not traced to a rule"
)

_NESTED_REPORT = (
    "'CNN … said Whitlock had warned members that a shutdown would cost the party its majority': the report "
    "nested in the outlet's report is no quote of its own; the one quote holding it is CNN's, content the "
    "whole clause (right), so Whitlock's 'warned members that …' has neither speaker nor content of its own"
)

SPEAKER_FAULTS: dict = {
    ("memo", "ahead by two points"): _POLL_UNDER_THRESHOLD,
    ("stopgap", "government shuts down"):
        "'She declined to comment … ¶ He was blunt about the deadline. \"…,\" said Ostrowski.': the bare "
        "surname shared by Frank and Ellen Ostrowski resolves to her, named last (the paragraph before); the "
        "'He' opening the credit's paragraph does not choose between the namesakes (entities/namesake_cues.py "
        "reads honorifics, kin nouns and titles; the path that picks her was not traced)",
    ("stopgap", "cost the party its majority"): _NESTED_REPORT,
}

CONTENT_FAULTS: dict = {
    ("memo", "ahead by two points"): _POLL_UNDER_THRESHOLD,
    ("stopgap", "cost the party its majority"): _NESTED_REPORT,
}


@pytest.fixture(scope="module")
def probe57d_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe57d_quote_speaker(probe57d_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe57d_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe57d_quote_content(probe57d_records, article, snippet, speaker, mention_class, content):
    assert_content(probe57d_records, article, snippet, content)
