"""Speakers before a question put to them: 'Tolliver, asked on Sunday whether he had considered
resigning, said, "…"' and 'Asked whether she would campaign with him, Karen Pruitt, the
governor's wife, told WTHR …'. Campaign news reports answers so, and the small model misparses
both shapes in ways the rules for set-off subjects (:mod:`.set_off_subjects`) refuse: it tags the
surname opening the first an adverb (no entity, so no name), and it joins the name of the second
to the question's last noun as a conjunct, which reads as the member of a list.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import NOUN_SUBJECT_DEPS, DocContext


def person_word_opening(ctx: DocContext, name: int, verb: int) -> int:
    """``name`` when it opens ``verb``'s sentence outside quotation marks, is written in title
    case and is a word of the article's people's names (:meth:`DocContext.person_words`:
    'Tolliver' after 'Brent Tolliver'), whatever the tagger made of it; else -1. The tagger
    reads such a surname before a comma as an adverb ('Tolliver/RB, asked …'), with no entity."""
    if name < 0 or ctx.sent_of[name] != ctx.sent_of[verb] or ctx.quote_of[name] >= 0:
        return -1
    if name != ctx.sent_bounds[ctx.sent_of[verb]][0] or ctx.pos[name] in ("PRON", "DET", "VERB", "AUX"):
        return -1
    return name if ctx.doc[name].is_title and ctx.lower[name] in ctx.person_words() else -1


def conjunct_of_no_list(ctx: DocContext, name: int) -> bool:
    """Whether conjunct ``name`` joins a noun with no conjunction and no other conjunct on
    either ('… with Harrow, Karen Pruitt, the governor's wife, told …': the parse joins the
    speaker to the question's last noun), so that no list holds it ('bands from Spain,
    Portugal, Morocco and Ireland' has its 'and')."""
    head = ctx.head[name]
    joined = [c for c in ctx.children[head] if ctx.dep[c] in ("cc", "conj", "preconj")]
    own = [c for c in ctx.children[name] if ctx.dep[c] in ("cc", "conj", "preconj")]
    return joined == [name] and not own and ctx.dep[head] != "conj"


def opening_question(ctx: DocContext, verb: int) -> bool:
    """Whether finite ``verb`` has no subject of its own and hangs on (as a conjunct) or takes
    for clausal subject an 'Asked …' or 'Pressed …' that opens its sentence ('Asked whether she
    would campaign with Harrow, Karen Pruitt, the governor's wife, told …', parsed with 'told' a
    conjunct of 'Asked'): the answer's speaker is then the name set off before the verb."""
    if any(ctx.dep[c] in NOUN_SUBJECT_DEPS for c in ctx.children[verb]):
        return False
    opening = [ctx.head[verb]] if ctx.dep[verb] == "conj" else []
    opening += [c for c in ctx.children[verb] if ctx.dep[c] == "csubj"]
    s_start = ctx.sent_bounds[ctx.sent_of[verb]][0]
    return any(
        q < verb and ctx.lemma[q] in ("ask", "press") and ctx.tag[q] in ("VBN", "VBD")
        and all(ctx.punct[k] or ctx.pos[k] in ("ADV", "CCONJ") for k in range(s_start, q))
        for q in opening
    )  # fmt: skip
