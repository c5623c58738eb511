"""The attribution written right after a quotation: '"…," the editorial read.', '"…," said
the woman', '"…," Nate Silver, the polling guru, tweeted'.

Used by the quotation runs (:mod:`~.candidates`: a quotation with a speaker of its own after
it does not continue the quote before it) and by the orphan quotations (:mod:`~.orphans`).
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import (
    CLAUSAL_COMPLEMENT_DEPS,
    NOMINAL_POS,
    NOUN_SUBJECT_DEPS,
    RELATIVE_PRONOUN_TAGS,
    SUBJECT_DEPS,
    DocContext,
)
from newsmine.nlp.attribution.sources import subject_of
from newsmine.nlp.attribution.sources.words import _DASHES
from newsmine.nlp.attribution.taken_up import attribution_taking_up, words_taken_up

__all__ = ["attribution_after", "dash_apart", "phrase_head", "relative_clause_after", "speaker_after", "words_after"]

# How far after a quotation its cue word and speaker are looked for ('"…," the presumptive
# GOP presidential nominee, Donald Trump, tweeted').
_AFTER_WINDOW = 12
_CLAUSE_STOPS = frozenset({".", "!", "?", ";", ":", "“", '"', "(", "—", "--"})
_TIME_ENTS = frozenset({"DATE", "TIME"})


def attribution_after(ctx: DocContext, k: int) -> tuple[int, int]:
    """The cue word of the clause right after quotation ``k`` and its source, as (cue word,
    source); (-1, -1) when there is none.

    '"…," the editorial thundered.', '"…," said the woman, who …', '"…?" Trump asked.': the
    first verb (or word of the cue lexicon whatever its tag: 'read' is often tagged a noun
    there) within a few words after the quotation, in its sentence and paragraph, with a noun phrase
    before it (its subject) or right after it ('said the woman'). Not when the quotation
    ends its sentence with a full stop and a capital follows ('"… campaign." Ohio Gov. John
    Kasich said he …': a new sentence), nor, unless a comma closes the quotation, when the
    cue word has a clause of its own ('"…?" Kasich said he would have fired …')."""
    j, comma = words_after(ctx, k)
    if j < 0:
        return -1, -1
    if not comma and (taken := attribution_taking_up(ctx, k))[0] >= 0:
        # '"…?" That is how Ann Lee put it.': a quotation closed by '?' or '!' shares its
        # sentence with the one taking it up, whose subject is the quotation, not its speaker
        return taken
    cues = lexicons.load("cues")
    relative = relative_clause_after(ctx, k)
    for i in range(j, min(ctx.n, j + _AFTER_WINDOW)):
        if _stops_clause(ctx, i, j):
            break
        if not (ctx.pos[i] == "VERB" or (ctx.lemma[i] in cues and i + 1 < ctx.n and ctx.punct[i + 1])):
            continue
        if _relative_clause_verb(ctx, i) or relative[0] <= i <= relative[1]:
            continue  # '"…" in the debate that sank his campaign', '"…," which Reed thinks …': about a word
        if not comma and any(c > i and ctx.dep[c] in CLAUSAL_COMPLEMENT_DEPS and ctx.quote_of[c] < 0 for c in ctx.children[i]):
            return -1, -1  # '"…?" Ruiz said she would …': the cue of its own clause (after a comma, a misparse)
        source = _phrase_by(ctx, j, i)
        if source < 0 and ctx.pos[i] == "VERB":
            source = subject_of(ctx, i)
        if 0 <= source < i and ctx.lemma[i] not in cues and words_taken_up(ctx, source):
            # '"…?" That question came from Ann Lee.', '"…!" The warning went unheeded.': the
            # quotation's words are the subject, not its speaker (a quotation closed by '?'
            # or '!' shares its sentence with them); the take-up rules read who said it
            return -1, -1
        return (i, source) if source >= 0 and ctx.quote_of[source] < 0 else (-1, -1)
    return -1, -1


def speaker_after(ctx: DocContext, k: int, trigger: int) -> int:
    """The speaker written with cue word ``trigger`` right after quotation ``k``, found on
    the surface when the parse gives the cue no subject: the noun phrase between the
    quotation and the cue ('"…," Nate Silver, the polling guru who founded the site, tweeted
    on Wednesday', '"…," Braynard is quoted as saying') or right after the cue ('"…," tweeted
    Rubio spokesman Alex Conant'). -1 when the cue word is not within a few words after the
    quotation, in its clause and paragraph (the conditions of :func:`attribution_after`)."""
    j, _ = words_after(ctx, k)
    if j < 0 or not j <= trigger < j + _AFTER_WINDOW or any(_stops_clause(ctx, i, j) for i in range(j, trigger + 1)):
        return -1
    source = _phrase_by(ctx, j, trigger)
    return source if source >= 0 and ctx.quote_of[source] < 0 else -1


def _is_dash(ctx: DocContext, j: int) -> bool:
    """Whether token ``j`` is a dash outside quotation marks, with a space on one side or
    both: not the hyphen of a word the tokenizer split ('co-anchor', 'Lopez-Cantera'). Words
    set off by it from a quotation are the writer's gloss or the clause the quotation is an
    aside of ('"…" - increasing his name recognition', 'his stock answer — "…" — is likely to
    be repeated'), not the quotation's attribution (but see :func:`dash_apart`)."""
    if ctx.lower[j] not in _DASHES or ctx.quote_of[j] >= 0:
        return False
    start, end = ctx.idx[j], ctx.idx[j] + len(ctx.lower[j])
    return ctx.text[start - 1 : start].isspace() or ctx.text[end : end + 1].isspace()


# Demonstratives that take a quotation up again as the subject of the clause after a dash.
_TAKING_UP = frozenset({"that", "this", "those", "these"})


def dash_apart(ctx: DocContext, start: int, end: int) -> bool:
    """Whether a dash (:func:`_is_dash`) among tokens ``start`` to ``end`` sets the words after
    it apart from the quotation before it; not when the clause past the dash opens on a
    demonstrative as its subject, which takes the quotation up again ('"…" - that is what the
    chairman told residents', '"…" — those were the words she used')."""
    dash = next((j for j in range(start, end) if _is_dash(ctx, j)), -1)
    if dash < 0:
        return False
    return not (dash + 1 < ctx.n and ctx.lower[dash + 1] in _TAKING_UP and ctx.dep[dash + 1] in SUBJECT_DEPS)


def words_after(ctx: DocContext, k: int) -> tuple[int, bool]:
    """The first word after quotation ``k`` and its punctuation, and whether a comma closes
    the quotation; (-1, False) when the words after it are not its attribution's: another
    quotation, another paragraph, or a new sentence ('"… campaign." Ohio Gov. John Kasich said
    he …')."""
    stretch = ctx.stretches[k]
    text = ctx.text
    first, last = ctx.stretch_tokens[k]
    j = last
    while j < ctx.n and ctx.punct[j] and ctx.quote_of[j] < 0 and j - last < 3:
        j += 1
    if j >= ctx.n or ctx.quote_of[j] >= 0 or ctx.para_of[j] != ctx.para_of[max(first, last - 1)]:
        return -1, False
    if dash_apart(ctx, last, j):
        return -1, False  # '"…" - increasing his name recognition': past a dash, the writer's gloss
    ending = text[stretch.inner_start : stretch.inner_end].rstrip()[-1:]
    comma = ending == "," or text[stretch.end : stretch.end + 1] == ","
    if ending == "." and not comma and text[ctx.idx[j]].isupper():
        return -1, False
    return j, comma


def relative_clause_after(ctx: DocContext, k: int) -> tuple[int, int]:
    """The tokens (first, last) of the relative clause that opens right after quotation ``k``
    with its pronoun ('"… with the overtime rule," which Mozloom thinks will cut hours');
    (-1, -2) when the words after it open no relative clause."""
    j, _ = words_after(ctx, k)
    if j < 0 or ctx.tag[j] not in RELATIVE_PRONOUN_TAGS:
        return -1, -2
    r = j
    for _ in range(4):
        if ctx.dep[r] == "relcl":
            return ctx.left[r], ctx.right[r]
        if ctx.head[r] == r:
            break
        r = ctx.head[r]
    return -1, -2


def _relative_clause_verb(ctx: DocContext, i: int) -> bool:
    """Whether verb ``i`` heads a relative clause whose subject is its relative pronoun."""
    if ctx.dep[i] != "relcl":
        return False
    return any(ctx.dep[c] in NOUN_SUBJECT_DEPS and ctx.tag[c] in RELATIVE_PRONOUN_TAGS for c in ctx.children[i])


def _stops_clause(ctx: DocContext, i: int, j: int) -> bool:
    """Whether token ``i`` ends the clause that starts at ``j`` after a quotation."""
    return ctx.quote_of[i] >= 0 or ctx.para_of[i] != ctx.para_of[j] or ctx.lower[i] in _CLAUSE_STOPS


def _phrase_by(ctx: DocContext, j: int, i: int) -> int:
    """The noun phrase of cue word ``i``: before it from ``j`` on, or right after it when it
    comes first ('said the woman'). None after a cue that opens a clause of its own: '"…,"
    adding that Ortega "voted …"' names whom the added words are about, not who added them;
    nor after one followed by a preposition of place with no speaker after the place: '"Lock
    her up" echoed through the hall' names where the words sounded (xfail55), but '"…," said in
    a statement Mayor Ann Lee' names the speaker after it, the parse folding the name into the
    preposition's phrase (review55b: :func:`_speaker_after_place`)."""
    if i > j:
        return phrase_head(ctx, j, i)
    end = min(ctx.n, i + 1 + _AFTER_WINDOW)
    if i + 1 < ctx.n and ctx.dep[i + 1] == "mark":
        return -1
    if i + 1 < ctx.n and ctx.dep[i + 1] == "prep" and ctx.lower[i + 1] in _PLACE_PREPOSITIONS and not _speaker_after_place(ctx, i + 1):
        return -1
    return phrase_head(ctx, i + 1, end)


def _speaker_after_place(ctx: DocContext, prep: int) -> bool:
    """Whether the phrase of preposition ``prep`` goes on past the place to a speaker the parse
    folded into it: a person's name that is no possessive ('in Dayton Mayor Ann Lee'; 'through
    Ann Lee's rally' is a place), or a noun phrase right after the place's, with no comma
    between, read as its apposition ('in a statement the Harbor Workers Union', '… the union's
    president')."""
    start, end = ctx.subtree(prep)
    if any(
        ctx.ent[k] == "PERSON" and ctx.dep[k] not in ("poss", "case") and (k + 1 == ctx.n or ctx.ent[k + 1] != "PERSON")
        for k in range(start, end)
    ):
        return True
    place = ctx.child(prep, {"pobj"})
    return place >= 0 and any(
        ctx.dep[c] == "appos" and c > place and not any(ctx.punct[k] for k in range(place + 1, ctx.left[c]))
        for c in ctx.children[place]
    )


# Prepositions of place: the object of one right after a cue is where words sounded, not who spoke
# (not "from": train's one such credit, a name then "from" and a place with no verb between, keeps
# the quotation's two parts one quote only through the phrase after "from").
_PLACE_PREPOSITIONS = frozenset({"through", "throughout", "across", "around", "in", "inside", "at", "over", "along", "into"})


def phrase_head(ctx: DocContext, start: int, end: int) -> int:
    """The head of the first noun phrase in tokens [start, end) (stopping at punctuation
    after it): the nominal word whose head lies outside the phrase; -1 when none."""
    words = []
    for i in range(start, end):
        if ctx.punct[i] or ctx.quote_of[i] >= 0:
            if words:
                break
            continue
        if ctx.pos[i] in ("VERB", "AUX") and words:
            break
        words.append(i)
    nominal = [i for i in words if ctx.pos[i] in NOMINAL_POS and ctx.ent[i] not in _TIME_ENTS]
    if not nominal:
        # 'the editorial read' tagged determiner, adjective, noun, 'the two write' a number:
        # the word before the cue.
        nominal = [i for i in words[-1:] if ctx.pos[i] in ("ADJ", "NUM") and ctx.ent[i] not in _TIME_ENTS]
        if not nominal:
            return -1
    span = set(words)
    return next((i for i in nominal if ctx.head[i] not in span or ctx.head[i] == i), nominal[-1])
