"""Quote constructions of wire and opinion copy the third probe round found wrong.

Every text here is invented for newsmine.
"""

from __future__ import annotations


def _quote(record, snippet: str):
    found = [q for q in record.quotes if snippet in q.text]
    assert found, f"no quote holds {snippet!r}: {[q.text for q in record.quotes]}"
    return found[0]


def test_the_day_a_statement_was_made_stays_out_of_its_content(pipeline):
    text = (
        "Port plans\n\nThe harbour board said on Monday it would close the north pier for repairs.\n\n"
        "Fenwick Shipping said Thursday night its ferries would sail as usual.\n"
    )
    record = pipeline.analyze(text)
    assert _quote(record, "it would close the north pier").text == "it would close the north pier for repairs"
    assert _quote(record, "its ferries would sail").text == "its ferries would sail as usual"


def test_a_time_after_that_belongs_to_the_content(pipeline):
    text = "Port plans\n\nThe harbour board said that on Monday it would close the north pier for repairs.\n"
    record = pipeline.analyze(text)
    assert _quote(record, "it would close the north pier").text.startswith("on Monday it would")


def test_what_someone_likes_to_say_is_the_inner_verbs_content(pipeline):
    text = 'Op-ed\n\nMayor Jane Hollis likes to say that "the river belongs to everyone." It does not.\n'
    quote = _quote(pipeline.analyze(text), "the river belongs to everyone")
    assert quote.cue.text == "say"
    assert "to say" not in quote.text
    assert quote.speaker.text == "Mayor Jane Hollis"


def test_a_refusal_to_say_stays_the_refusals_content(pipeline):
    text = "Budget row\n\nThe treasurer, Carl Ostby, refused to say whether the school budget would be cut.\n"
    quote = _quote(pipeline.analyze(text), "whether the school budget would be cut")
    assert quote.cue.text == "refused"


def _contents(nlp, text: str, cue_word: str, relation: str = "child:ccomp") -> set[str]:
    """The contents the complement of ``cue_word`` proposes."""
    from newsmine.nlp.attribution import DocContext, find_candidates
    from newsmine.nlp.quote_marks import find_quoted

    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc.text))
    cue = next(t.i for t in doc if t.text == cue_word)
    return {" … ".join(doc.text[s:e] for s, e in c.parts) for c in find_candidates(ctx) if c.trigger == cue and c.relation.startswith(relation)}


def test_a_speakers_next_verb_of_speech_ends_what_was_said(nlp):
    # The small model hangs 'asked' on 'doubt', inside the complement of 'said'.
    text = "Hearing\n\nSen. Maria Olsen, a Democrat from Dayton, said she did not doubt the risk but asked why some farms had received no warning.\n"
    contents = _contents(nlp, text, "said")
    assert contents == {"she did not doubt the risk"}


def test_a_verb_sharing_the_clauses_modal_stays_in_what_was_said(nlp):
    text = "Debate\n\nThe governor says he would call the chairman in and tell him that the time for excuses is over.\n"
    contents = _contents(nlp, text, "says")
    assert any(content.endswith("the time for excuses is over") and content.startswith("he would call") for content in contents)
