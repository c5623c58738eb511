"""A clause the parse broke at a quoted fragment's closing mark is still one content.

'The mayor told reporters that the budget could be "badly off," and had been wrong …': the
small model hangs the closing mark and the conjunct after it on 'told', so the that-clause
stops inside the quotation; the candidates also offer it resumed to the conjunct's end.

Every text here is invented for newsmine.
"""

from __future__ import annotations

from newsmine.nlp.attribution import find_candidates
from newsmine.nlp.attribution.context import DocContext, doc_text
from newsmine.nlp.quote_marks import find_quoted

BROKEN_AT_MARK = 'The mayor told reporters that the budget could be "badly off," and had been wrong in earlier years.\n'
WHOLE_CLAUSE = 'the budget could be "badly off," and had been wrong in earlier years'


def _contents(nlp, text: str, cue: str, relation: str) -> list[str]:
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    return [ctx.text[c.start : c.end] for c in find_candidates(ctx) if ctx.lower[c.trigger] == cue and c.relation == relation]


def test_the_parse_breaks_the_clause_at_the_closing_mark(nlp):
    doc = nlp(BROKEN_AT_MARK)
    conjunct = next(t for t in doc if t.text == "been")
    assert conjunct.head.text == "told"  # what the rule is for; if the parser changes, revisit


def test_the_complement_is_offered_resumed_after_the_quotation(nlp):
    contents = _contents(nlp, BROKEN_AT_MARK, "told", "child:ccomp")
    assert WHOLE_CLAUSE in contents
    assert any(c.endswith('"badly off,') for c in contents)  # the parse's cut is still offered


def test_the_quote_kept_is_the_whole_clause(pipeline):
    quotes = pipeline.analyze("The council met on Monday.\n\n" + BROKEN_AT_MARK).quotes
    assert [q.text for q in quotes] == [WHOLE_CLAUSE]
    assert quotes[0].type == "mixed" and quotes[0].speaker.text == "The mayor"


def test_a_quotation_closed_inside_the_clause_is_left_alone(nlp):
    # the closing mark hangs inside the clause: nothing to resume
    text = 'Ruiz said the harbour plan was "far too costly," and would leave the fleet without a home.\n'
    contents = _contents(nlp, text, "said", "child:ccomp")
    assert contents.count('the harbour plan was "far too costly," and would leave the fleet without a home') == 1
