"""A company named after its base: "Raleigh, N.C.-based Salix Pharmaceuticals … ended".

Business copy opens a company's name with its home town and state glued to "-based". When the
state is an abbreviation, the tokenizer keeps "N.C.-based" as one word and the parser takes the
town for the sentence's subject, the company only a conjunct or modifier of it, so the town
(tagged a body) spoke for the firm. The town set off by a comma and followed by the "-based"
word is never the subject: the company the "-based" word modifies is.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext


def _company_after_its_base(ctx: DocContext, found: int) -> int:
    """The company named after ``found`` when ``found`` is a capitalised town written
    "<Town>, <State>-based <Company>" (one "-based" word, or "<State>", "-", "based"), else
    ``found``. The company must be a proper noun after the "-based" word that modifies it;
    "Chen, a Raleigh, N.C.-based lawyer, said" keeps Chen (his apposition is a common noun)."""
    based = found + 2
    if based >= ctx.n or ctx.lower[found + 1] != "," or ctx.pos[found] != "PROPN" or not ctx.doc[found].is_title:
        return found
    if not ctx.lower[based].endswith("-based"):
        based += 2
        if based >= ctx.n or ctx.lower[based - 1] != "-" or ctx.lower[based] != "based":
            return found
    company = ctx.head[based]
    if company <= based or ctx.pos[company] != "PROPN" or _describes(ctx, company):
        return found
    return company


def _describes(ctx: DocContext, company: int) -> bool:
    """Whether the company's name only owns or qualifies a common noun after it, a description
    of the subject: "Ana Ruiz, Austin-based Kestrel Systems' chief executive, said" and "Tom
    Reyes, Boston-based Harbor Gallery's owner, said" are the person's words (review51b)."""
    word = company
    while ctx.dep[word] in ("compound", "poss", "flat") and ctx.head[word] != word:
        word = ctx.head[word]
        if ctx.pos[word] == "NOUN":
            return True
    return False
