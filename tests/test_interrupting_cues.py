"""A content set before a cue in the middle of its sentence runs on after the cue when the words
after it open as the content's own ('X, Devine said, by Y', 'because …', 'to …', 'rather than
…'); what the writer adds about the telling ('…, he said, adding that …') stays out. A content
after such a cue that opens at a verb without its subject takes the subject before the cue. Every
text here is invented for newsmine."""

from __future__ import annotations

from newsmine.nlp.quotes import find_quotes


def _contents(nlp, text: str, cue: str = "said") -> list[list[str]]:
    return [[text[s:e] for s, e in q.parts] for q in find_quotes(nlp(text)) if q.cue is not None and q.cue.text == cue]


def test_a_because_clause_after_the_cue_joins_the_content(nlp):
    text = "The ferry will keep running this winter, Reyes said, because the county has paid for a new hull.\n"
    assert _contents(nlp, text) == [["The ferry will keep running this winter", "because the county has paid for a new hull"]]


def test_a_passive_agent_after_the_cue_joins_the_content(nlp):
    text = "The harbour plan would be helped, Okafor said, by the spring tides.\n"
    assert _contents(nlp, text) == [["The harbour plan would be helped", "by the spring tides"]]


def test_rather_than_after_the_cue_joins_the_content(nlp):
    text = "Most of the delay comes from the new permits, she said, rather than from the old pier.\n"
    assert _contents(nlp, text) == [["Most of the delay comes from the new permits", "rather than from the old pier"]]


def test_a_participle_after_the_cue_stays_out(nlp):
    text = "The ferry will keep running this winter, Reyes said, adding that the hull was repaired in May.\n"
    assert _contents(nlp, text)[0] == ["The ferry will keep running this winter"]


def test_the_subject_before_the_cue_joins_a_content_opening_at_its_verb(nlp):
    text = "Loyalty, she noted, has long mattered to the crew.\n"
    assert _contents(nlp, text, "noted") == [["Loyalty", "has long mattered to the crew"]]
