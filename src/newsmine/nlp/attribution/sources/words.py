"""The word lists and word tests several of the source modules share: dashes, verbs of
telling, time entities, closing quotation marks, a document word's family, a
word after a comma.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import DocContext

_DASHES = frozenset({"—", "–", "-", "--", "―"})
_ADDRESSEE_CUES = frozenset({"tell", "inform", "assure", "remind", "warn", "advise", "brief", "ask"})
_CLOSING_MARKS = frozenset({'"', "”", "''", "’"})
_TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


def _document_family(ctx: DocContext, j: int) -> str | None:
    """The family of the document word ``j`` names ('tweets' memo, 'a poll' study, 'remarks'
    speech), else None: lexicons/document_nouns.txt, the list the speaker resolver reads, by
    the word as written or its lemma."""
    documents = lexicons.load_sections("document_nouns")
    return documents.get(ctx.lower[j]) or documents.get(ctx.lemma[j])


def _after_comma(ctx: DocContext, i: int) -> bool:
    """Whether cue word ``i`` follows a comma, a dash or a semicolon, adverbs and a
    conjunction aside (', saying', '- and arguing')."""
    k = i - 1
    while k >= 0 and ctx.pos[k] in ("ADV", "CCONJ") and i - k <= 3:
        k -= 1
    return k >= 0 and ctx.lower[k] in (",", ";", *_DASHES)


# Lexicons of common nouns that speak for someone (a body, a person by their role).
_SPEAKING_NOUN_LEXICONS = ("organisation_nouns", "anonymous", "titles", "person_nouns")
