"""Probe57c: who said it, and what, in invented articles shaped like 2016 US political news and
dense with direct-quotation layouts (issue 10: gold contents holding a quotation mark matched with
the right source): a quotation run over several paragraphs with the opening mark repeated and no
closing mark until its end, and a credit in the middle of it (`caucus`: '"A," he said. "B. ¶ "C.
¶ "D."'; `hearing`: '"A," he said. "B. ¶ "C."'; `recount` with curly marks); quotations closed by
'?' or '!' and a dash (`debate`, `hearing`); an exchange of two alternating speakers with
uncredited turns (`debate`, `hearing`); a nested single-quoted quotation inside a double-quoted
one (`debate`, `veto`); mixed straight and curly marks and a quotation in single marks
(`pipeline`); a quotation introduced by a colon after a full clause ('gave his reasons in plain
terms: “…”', 'Then she added: "…"', 'Haas-Brenner answered: "…"'); a fragment inside indirect
speech ('called the protest camp "a small city with no rules" and said that …'); a tweet and a
statement quoted in a block paragraph after 'wrote:' / 'in a statement released by her lawyer:'
(`tweet`); a quotation whose speaker is named only in the next paragraph ('"…" ¶ That was Sen.
Beatrice Holm'); a quotation with no credit after a paragraph that introduces its speaker
(`veto`); and a transcript of a town hall with speaker labels and a questioner who names herself
(`townhall`).

``tests/fixtures/probe57c/`` holds the articles, written for this test. ``EXPECTED`` gives for each
quote a snippet of it, its speaker ("anonymous" for a source nobody names or a speaker without a
name; "|" between accepted answers), the PolNeAR class of the mention that names it, and its
content (" || " between accepted extents; None where the probe wrote none down), read as
``tests/test_probe57_beats.py`` reads them. All of it was written by hand before newsmine first
ran on the articles; figures are in docs/history/attribution.md, "Session 57 — probe57c". What
newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its
cause. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe57c"

VOSS_RUN = (
    'It has asked the hard questions and it has refused to be told what to think. "They said a senator from Kansas '
    'could not win here. They said our campaign was too small and too late. "Tonight the people of Iowa answered them'
)
KESSLER_RUN = (
    'I was not ordered not to send it. "And if I had been, I would have had to think very hard about whether to '
    "follow that order"
)
SORENSEN_RUN = (
    "It’s about whether Americans can trust the machines that count their votes. “We have seen no evidence of "
    "hacking. But we have also seen no evidence that anyone looked"
)
QUINNIPIAC = "Quinnipiac University|Quinnipiac"
BRAMWELL_CAMPAIGN = "anonymous|Curtis Bramwell|Bramwell campaign"
DAKOTA_ACCESS = "Dakota Access"
MONMOUTH = "Monmouth University|Monmouth"
UNH = "University of New Hampshire|The University of New Hampshire"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # caucus: an AP caucus-night story, a run over three paragraphs credited after its first sentence
    ("caucus", "Iowa always does", "Harlan Voss", "pronoun", "Iowa has done what Iowa always does"),
    ("caucus", "refused to be told", "Harlan Voss", "pronoun",
     VOSS_RUN + " || It has asked the hard questions and it has refused to be told what to think"),
    ("caucus", "too small and too late", "Harlan Voss", "pronoun",
     VOSS_RUN + " || They said a senator from Kansas could not win here. They said our campaign was too small and "
     "too late"),
    ("caucus", "Tonight the people of Iowa", "Harlan Voss", "pronoun",
     VOSS_RUN + " || Tonight the people of Iowa answered them"),
    ("caucus", "review results from 12 precincts", "Lyle Cochrane", "name",
     "the campaign would ask the state party to review results from 12 precincts where the count was delayed"),
    ("caucus", "accuse anyone", "Lyle Cochrane", "name", "We are not going to accuse anyone of anything tonight"),
    ("caucus", "every precinct has to be right", "Lyle Cochrane", "name",
     "But when a race is this close, every precinct has to be right, and we have questions about a dozen of them"),
    ("caucus", "results were final", "Rex Aldana", "name", "the results were final"),
    ("caucus", "The count is the count", "Rex Aldana", "name", "The count is the count"),
    ("caucus", "checked every one", "Rex Aldana", "name",
     "Precinct chairs in all 99 counties reported their numbers in person, and our staff checked every one of them "
     "against the paper"),
    ("caucus", "Turnout was the highest", "Rex Aldana", "name",
     "Turnout was the highest in the party's history || Turnout was the highest in the party's history, with more "
     "than 190,000 people taking part"),
    ("caucus", "decided only when she arrived", "Martha Lindgren", "name", "she had decided only when she arrived"),
    ("caucus", "walked in for Prewitt", "Martha Lindgren", "pronoun", "I walked in for Prewitt"),
    ("caucus", "walked out for Voss", "Martha Lindgren", "pronoun",
     "I walked out for Voss. He talked to us about our hospital, and nobody else did || I walked out for Voss"),
    ("caucus", "She's been a governor", "Arne Lindgren", "pronoun", "She's been a governor"),
    ("caucus", "one good speech", "Arne Lindgren", "pronoun",
     "She knows what it takes to run something. I don't think one good speech changes that"),
    ("caucus", "booked events", "anonymous", "description",
     "the campaign had booked events in 14 towns before the primary next week"),
    ("caucus", "would keep going", "Diane Prewitt", "name", "she would keep going"),
    ("caucus", "settled in one state", "Diane Prewitt", "pronoun", "This was never going to be settled in one state"),
    ("caucus", "the whole way", "Diane Prewitt", "pronoun",
     "We have a long way to go, and we have the money and the people to go the whole way"),
    # debate: a Senate debate, '?' and '!' closing quotations before a dash, an uncredited exchange
    ("debate", "Where were you", "Curtis Bramwell", "name", "Where were you when the mill in Lorain closed?"),
    ("debate", "raising money in Washington", "Curtis Bramwell", "name",
     'former Rep. Alicia Tormey had been "raising money in Washington."'),
    ("debate", "I was in Lorain", "Alicia Tormey", "pronoun", "I was in Lorain, Senator, and you were not!"),
    ("debate", "every trade deal", "Alicia Tormey", "name", "You voted for every trade deal that came across your desk"),
    ("debate", "simply not true", "Curtis Bramwell", "name", "That is simply not true"),
    ("debate", "against two of them", "Curtis Bramwell", "name", "I voted against two of them"),
    ("debate", "Two out of nine", "Alicia Tormey", "name", "Two out of nine"),
    ("debate", "do the math", "Alicia Tormey", "name", "I'll let the people of Ohio do the math"),
    ("debate", "called the steelworkers", "Curtis Bramwell", "pronoun",
     "My opponent keeps saying that I called the steelworkers 'a lost cause"),
    ("debate", "I never said that", "Curtis Bramwell", "pronoun",
     "I never said that. What I said was that the old way of protecting them was a lost cause"),
    ("debate", "stood by the ad", "Alicia Tormey", "name", "she stood by the ad"),
    ("debate", "distinction without a difference", "Alicia Tormey", "pronoun",
     'his explanation "a distinction without a difference"'),
    ("debate", "heard him the first time", "Alicia Tormey", "pronoun",
     "the workers in Lorain had heard him the first time"),
    ("debate", "limit the first prescription", "Curtis Bramwell", "name",
     "he would support a bill to limit the first prescription of painkillers to seven days"),
    ("debate", "He loves this state", "Alicia Tormey", "pronoun", "He loves this state"),
    ("debate", "never doubted", "Alicia Tormey", "pronoun", "I've never doubted that"),
    ("debate", "She's tough", "Curtis Bramwell", "pronoun", "She's tough"),
    ("debate", "in your corner", "Curtis Bramwell", "pronoun", "You'd want her in your corner — just not in this race"),
    ("debate", "leading by nine points", QUINNIPIAC, "name", "Bramwell leading by nine points among likely voters"),
    ("debate", "won every exchange", "Gina Rossetti", "name", 'the challenger had "won every exchange that mattered."'),
    ("debate", "why it sent him", BRAMWELL_CAMPAIGN, "description",
     'the senator had "shown Ohio why it sent him to Washington in the first place."'),
    # pipeline: a pipeline protest, curly and straight marks mixed, a colon after a full clause, single marks
    ("pipeline", "would not leave", "Joseph Many Horses", "description", "his people would not leave"),
    ("pipeline", "public safety problem", "Warren Dahlberg", "name",
     "We have a public safety problem on a state highway, and I will not wait for someone to get hurt"),
    ("pipeline", "stretched thin", "Kyle Brandvold", "name", "his deputies are stretched thin"),
    ("pipeline", "small city with no rules", "Kyle Brandvold", "name", 'the protest camp "a small city with no rules"'),
    ("pipeline", "300 calls", "Kyle Brandvold", "name", "his office had answered more than 300 calls since August"),
    ("pipeline", "praying by a river", "Joseph Many Horses", "pronoun", "These are people praying by a river"),
    ("pipeline", "grandmothers and children", "Joseph Many Horses", "pronoun",
     "They are grandmothers and children. They are not a threat to anyone"),
    ("pipeline", "properly consulted", "Joseph Many Horses", "name",
     "the tribe had never been properly consulted about the route, which passes under Lake Oahe half a mile north "
     "of the reservation || the tribe had never been properly consulted about the route"),
    ("pipeline", "stop construction", "Joseph Many Horses", "pronoun",
     "the tribe would ask a federal judge in Washington this week to stop construction"),
    ("pipeline", "followed every rule", DAKOTA_ACCESS, "name", "it had followed every rule"),
    ("pipeline", "two years of review", DAKOTA_ACCESS, "description",
     "The route was approved by the U.S. Army Corps of Engineers after two years of review"),
    ("pipeline", "built safely", DAKOTA_ACCESS, "description",
     "We remain confident that the pipeline will be built safely and on schedule"),
    ("pipeline", "dozens of times", "Ellen Vogt", "name",
     'the agency had consulted the tribe "dozens of times" and that it "stands by its process." || the agency had '
     'consulted the tribe "dozens of times"'),
    ("pipeline", "signed an easement", "Dale Hoffner", "name", "he had signed an easement with the company in 2015"),
    ("pipeline", "paid me fair", "Dale Hoffner", "name", "They paid me fair"),
    ("pipeline", "roadblocks", "Dale Hoffner", "name", "But I didn't sign up for roadblocks on my way to town"),
    ("pipeline", "nothing but respectful", "Ruth Eagle Shield", "name",
     'the protesters had been "nothing but respectful" on her land'),
    ("pipeline", "I give them water", "Ruth Eagle Shield", "pronoun", "I give them water"),
    ("pipeline", "their thanks", "Ruth Eagle Shield", "pronoun",
     "They give me their thanks. That's more than the company ever gave me"),
    ("pipeline", "send a mediator", "Heidi Kjelstad", "name", "she had asked the White House to send a mediator"),
    ("pipeline", "turns violent", "Heidi Kjelstad", "pronoun", "Nobody wins if this turns violent"),
    # tweet: a nominee's posts quoted in block paragraphs, a speaker named in the next paragraph
    ("tweet", "Crooked Ellen", "Grant Mallory", "name",
     "Did Crooked Ellen help disgraced Miss Universe Rosa Cardenal become a U.S. citizen so she could use her in the "
     "debate? Sad!"),
    ("tweet", "Check out her past", "Grant Mallory", "pronoun", "Check out her past and see what she has been up to!"),
    ("tweet", "made fun of my weight", "Rosa Cardenal", "name",
     "For twenty years this man has made fun of my weight, my accent and my family. I will not be silent anymore. "
     "I am a citizen of this country now, and on Nov. 8 I will vote"),
    ("tweet", "Who gets up at 3", "Louis Pardee", "name",
     "Who gets up at 3 in the morning to attack a former Miss Universe?"),
    ("tweet", "cannot let anything go", "Louis Pardee", "name", "This is a man who cannot let anything go"),
    ("tweet", "It's not normal", "Beatrice Holm", "name",
     "It's not normal, and it's not presidential. And the people who have to decide whether to trust him with the "
     "nuclear codes are watching"),
    ("tweet", "will not vote for Mallory", "Beatrice Holm", "name", "she will not vote for Mallory"),
    ("tweet", "don't agree with everything", "Keith Dorrance", "name",
     "I've said before that I don't agree with everything he says. I'm focused on keeping our majority"),
    ("tweet", "counterpuncher", "Trish Galloway", "pronoun", "He's a counterpuncher"),
    ("tweet", "hits back", "Trish Galloway", "pronoun", "When somebody hits him, he hits back. People like that about him"),
    ("tweet", "rig the election", "Grant Mallory", "name",
     "The media is trying to rig the election by giving so much time to a fake story. I will not stop telling the "
     "truth!"),
    ("tweet", "by four points", MONMOUTH, "name", "Hartigan leading Mallory by four points nationally"),
    # townhall: an edited transcript with speaker labels, then a reporter's prose
    ("townhall", "owes $60,000", "anonymous", "description", None),
    ("townhall", "refinance that loan", "Marcus Ainsley", "name", None),
    ("townhall", "10 percent of what they earn", "Marcus Ainsley", "name", None),
    ("townhall", "buried two children", "Marcus Ainsley", "name", None),
    ("townhall", "run a diner in Swanzey", "Donna Pelletier", "name", None),
    ("townhall", "Can I hold you to that", "Donna Pelletier", "name", None),
    ("townhall", "next to the menu", "Marcus Ainsley", "name", None),
    ("townhall", "leaning toward Ainsley", "Donna Pelletier", "name",
     "she had come in undecided and left leaning toward Ainsley"),
    ("townhall", "He answered the question", "Donna Pelletier", "pronoun", "He answered the question"),
    ("townhall", "Most of them don't", "Donna Pelletier", "pronoun", "Most of them don't"),
    ("townhall", "600 people", "anonymous|Marcus Ainsley|Ainsley campaign", "description", "more than 600 people had attended"),
    ("townhall", "four more town halls", "Devin Orr", "name",
     "the governor would hold four more town halls in the state before the primary"),
    ("townhall", "likes this format", "Devin Orr", "name", "He likes this format better than any other"),
    ("townhall", "every night", "Devin Orr", "name", "He'd do one every night if we let him"),
    ("townhall", "trails Sen. Ruth Calloway", UNH, "name", "Ainsley trails Sen. Ruth Calloway by 11 points in the state"),
    # hearing: a Senate hearing, a question closed by '?' and a dash, an uncredited reply, a run credited midway
    ("hearing", "same decision again", "Raymond Kessler", "name", 'he would "make the same decision again."'),
    ("hearing", "Did you consider", "Lorraine Paik", "name", "Did you consider what that letter would do to the election?"),
    ("hearing", "every minute", "Raymond Kessler", "name", "I considered it every minute"),
    ("hearing", "concealing it", "Raymond Kessler", "name", "I concluded that concealing it would be worse"),
    ("hearing", "Worse for whom", "Lorraine Paik", "name", "Worse for whom?"),
    ("hearing", "Worse for the FBI", "Raymond Kessler", "name", "Worse for the FBI, Senator, and for the country"),
    ("hearing", "impossible position", "Dwight Carrow", "pronoun",
     'Kessler had been "put in an impossible position by the Justice Department," || Kessler had been "put in an '
     'impossible position by the Justice Department," and that Democrats who had praised him in July were now '
     "attacking him for doing the same job"),
    ("hearing", "not the department's practice", "Raymond Kessler", "pronoun",
     "I was told it was not the department's practice"),
    ("hearing", "think very hard", "Raymond Kessler", "pronoun", KESSLER_RUN),
    ("hearing", "troubled her", "Lorraine Paik", "name", "the answer troubled her"),
    ("hearing", "went against the department", "Lorraine Paik", "pronoun",
     "The director has admitted that he went against the department's practice. The American people deserve to "
     "know why"),
    ("hearing", "another hearing", "Orrin Vandermeer", "name", "he would not call another hearing on the matter"),
    ("hearing", "heard from the director", "Orrin Vandermeer", "name", "We have heard from the director"),
    ("hearing", "record is complete", "Orrin Vandermeer", "name", "I think the record is complete"),
    # veto: a governor's veto (Ms./Mr. style), a nested single-quoted quotation, an uncredited paragraph
    ("veto", "solution in search", "Teresa Halvorsen", "name", 'the bill was "a solution in search of a problem."'),
    ("veto", "target on the backs", "Teresa Halvorsen", "pronoun",
     'it would "put a target on the backs of children who already face enough."'),
    ("veto", "slap in the face", "Roger Pickett", "name", 'the veto "a slap in the face to parents"'),
    ("veto", "override vote next month", "Roger Pickett", "name",
     "he would bring it back for an override vote next month"),
    ("veto", "Parents in my district", "Roger Pickett", "name",
     "Parents in my district have told me, 'We just want our daughters to feel safe"),
    ("veto", "That's not hate", "Roger Pickett", "name", "That's not hate. That's common sense"),
    ("veto", "no case in Virginia", "Teresa Halvorsen", "pronoun",
     "the state police had found no case in Virginia of a transgender student harming anyone in a school bathroom"),
    ("veto", "asked the police", "Teresa Halvorsen", "pronoun",
     "If this were about safety, they would have asked the police. They didn't"),
    ("veto", "using the boys' room", "Jordan Ellery", "name",
     "I've been using the boys' room for two years. Nobody cared. Then grown-ups in Richmond decided to care"),
    ("veto", "every right to be here", "anonymous", "description", "You have every right to be here"),
    ("veto", "confident none", "Andrea Cole", "name", "she was confident none of her members would cross over"),
    ("veto", "Not one", "Andrea Cole", "name", "Not one"),
    ("veto", "talked to every one", "Andrea Cole", "name", "I've talked to every one of them"),
    ("veto", "have the votes to override", "anonymous", "description", "they have the votes to override her"),
    # recount: a recount request, a run over a paragraph break in curly marks, '?' inside a credited quotation
    ("recount", "not about helping", "Jill Sorensen", "pronoun",
     "This is not about helping one candidate or hurting another"),
    ("recount", "trust the machines", "Jill Sorensen", "pronoun",
     SORENSEN_RUN + " || It’s about whether Americans can trust the machines that count their votes"),
    ("recount", "anyone looked", "Jill Sorensen", "pronoun",
     SORENSEN_RUN + " || We have seen no evidence of hacking. But we have also seen no evidence that anyone looked"),
    ("recount", "no expectation", "Jill Sorensen", "name", "she had no expectation of changing the result"),
    ("recount", "$3.5 million", "Michael Haas-Brenner", "name",
     "the recount would cost about $3.5 million, which the campaign must pay in advance"),
    ("recount", "We will be ready", "Michael Haas-Brenner", "pronoun", "We will be ready"),
    ("recount", "done this before", "Michael Haas-Brenner", "pronoun",
     "Our clerks have done this before, and they will do it right"),
    ("recount", "It will be tight", "Michael Haas-Brenner", "name", "It will be tight. It will be done"),
    ("recount", "a stunt", "Brad Kowalczyk", "name", 'the recount "a stunt"'),
    ("recount", "raising millions", "Brad Kowalczyk", "name",
     'Sorensen was "raising millions of dollars from people who can\'t accept the result."'),
    ("recount", "make sure it was fair", "anonymous|Ellen Hartigan|Hartigan campaign", "description",
     "it would take part in the recount to make sure it was fair"),
    ("recount", "no actionable evidence", "Victor Amsel", "name",
     'the campaign had found "no actionable evidence" of tampering'),
    ("recount", "work weekends", "Georgette Ruiz", "name", "her staff would work weekends"),
    ("recount", "Are we tired", "Georgette Ruiz", "pronoun", "Are we tired? Sure"),
    ("recount", "You bet", "Georgette Ruiz", "name", "Are we going to get it right? You bet!"),
    ("recount", "begin counting", "anonymous", "description", "they would begin counting next week"),
]

# Amended after the first run (session 57): "Bramwell's campaign", "Ainsley's campaign" and "The Hartigan
# campaign" are named "<surname> campaign", which the speaker scorer's conventions accept ("Clinton ad" ->
# Clinton campaign); the probe had written only "anonymous" and the candidate down. The first run's other
# faults are below; ("hearing", "not the department's practice") and ("hearing", "think very hard") went
# to "Dwight Carrow" and are fixed by antecedents/people.py (``_asked_by_just_before``,
# tests/test_probe57c_rules.py).

_NESTED_IN_INDIRECT = (
    "'Jordan … said a teacher had once told him, \"You have every right to be here,\" and that he …': the "
    "quotation nested in the reported clause is no quote of its own (the teacher, unnamed, says it); the one "
    "quote holding it is Jordan's, content the whole reported clause"
)

SPEAKER_FAULTS: dict = {
    ("pipeline", "would not leave"):
        "the lead's 'the chairman of the Standing Rock Sioux Tribe said', named only four paragraphs on ('The "
        "tribe's chairman, Joseph Many Horses'), goes to Warren Dahlberg, the governor the same sentence "
        "describes ('The governor of North Dakota declared …'). Route (title57): descriptions.py "
        "``_described``, the public-title branch, takes ``_person_just_named``'s answer: the governor's "
        "description, resolved to Dahlberg and noted as his mention, is the subject of the same sentence, "
        "though Dahlberg's titles hold no 'chairman'. Train (title57): 0 cases of the shape — the reference "
        "records hold 6 person sources written 'the <office> of <organisation>' ('the deputy head of', 'the "
        "dean of', 'the executive director of', 'the former CEO of', 'the chairwoman of', 'the attorney "
        "general of'; 'the secretary of state' and descriptions set beside a name left aside), none in a "
        "sentence that describes another officeholder: five resolve right, the attorney general is "
        "unresolved; left for want of 3 train cases",
    ("tweet", "made fun of my weight"):
        "'disgraced Miss Universe Rosa Cardenal': the recogniser's person is 'Universe Rosa Cardenal', so the "
        "canonical name keeps a word of the title 'Miss Universe'. Route (title57): the recogniser tags "
        "'Universe Rosa Cardenal' ORG, 'Miss' outside it; entities/labels.py makes it a person by "
        "person_labels.py ``_titled_person`` (two or three capitalised proper nouns right after a title "
        "word), keeping the span, and the lone 'Universe' of 'a former Miss Universe' joins the cluster. "
        "Train (title57): 0 cases — none of the reference records' person speakers (all 'kind: person' "
        "names read against the word before them in the article) holds a word of a capitalised title of "
        "two or more words, and train writes 'Miss Universe' before no name; left for want of 3 train cases",
    ("tweet", "It's not normal"):
        "'\"It's not normal, …\" ¶ That was Sen. Beatrice Holm of Maine, …, speaking on CNN': an uncredited "
        "quotation paragraph whose speaker the next paragraph names ('That was X') is read as the previous "
        "speaker's (Louis Pardee) going on: a third part of his quote. namednext57 counted 0 such credits in "
        "train (no quotation paragraph is credited by the next paragraph's opening; the 11 gold sources named "
        "in the next paragraph are signature lines, read already), so no rule",
    ("townhall", "run a diner in Swanzey"):
        "'QUESTION: … My name is Donna Pelletier. …': a generic turn label stays unresolved; the questioner "
        "names herself inside the turn (and the next turn's label 'PELLETIER' names her)",
    ("hearing", "Worse for the FBI"):
        "'\"Worse for whom?\" Paik said. ¶ \"Worse for the FBI, Senator, and for the country.\"': the "
        "uncredited reply in an alternating exchange is joined to Paik's quote as its second part (the "
        "paragraph-continuation reading); its vocative 'Senator' addresses Paik, the other speaker",
    ("veto", "every right to be here"): _NESTED_IN_INDIRECT,
}

_SINGLE_MARK_RUN = (
    "a quotation in straight single marks with a credit inside it ('I give them water,' she said. 'They give me "
    "their thanks. …'): one part running over the credit, cue words and all, not two parts as with double marks"
)
CONTENT_FAULTS: dict = {
    ("pipeline", "I give them water"): _SINGLE_MARK_RUN,
    ("pipeline", "their thanks"): _SINGLE_MARK_RUN,
    ("hearing", "think very hard"):
        "'\"…,\" he said. \"I was not ordered not to send it. ¶ \"And if I had been, …\"': the run's parts "
        "split at the paragraph break (three parts), where the probe wrote the two paragraphs after the credit "
        "as one content, as the gold joins a run over a paragraph break (session 48: 18 of 20)",
    ("veto", "every right to be here"): _NESTED_IN_INDIRECT,
}


@pytest.fixture(scope="module")
def probe57c_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe57c_quote_speaker(probe57c_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe57c_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe57c_quote_content(probe57c_records, article, snippet, speaker, mention_class, content):
    assert_content(probe57c_records, article, snippet, content)
