"""A subject beside the phrase set next to it: the name before an aside set off by dashes or a
parenthesis, not the aside's noun ('Mayor Grace Park — no relation to Ellen Park — said':
:func:`_before_an_aside`), and a person's name in apposition after a description, which speaks
for it ('One of the pilots, Ana Ruiz, 41, said': :func:`_named_in_apposition`, with the name
before a spaced hyphen's aside: :func:`_person_before_dash_aside`, and the name the parse hung
on the description's own phrase: :func:`_named_after_its_phrase`, 'A delegate from Ohio, Ana
Ruiz, said'). Split from :mod:`.subject` (session 51), whose :func:`~.subject.subject_of` asks
them.
"""

from __future__ import annotations

from functools import lru_cache

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.sources.phrases import noun_phrase


def _before_an_aside(ctx: DocContext, i: int, found: int) -> int:
    """'Mayor Grace Park — no relation to Ellen Park — said …': the parse may give the cue two
    subjects, the name and the aside set off by dashes (or a parenthesis) after it; the
    speaker is the subject before the aside, not the aside's noun ('relation')."""
    if found <= 0 or ctx.head[found] != i or ctx.pos[found] != "NOUN" or ctx.ent[found]:
        return found  # a name in the aside is the speaker named ('A former candidate -- John McCain -- said')
    if any(ctx.dep[c] == "nummod" for c in ctx.children[found]):
        return found  # '… – 28 members – can ask': the aside counts the subject, it is the subject
    opener = ctx.left[found] - 1
    if opener <= 0 or not _aside_opener(ctx, opener):
        # 'Opposition leader Mikkel Dahl - no relation to the prime minister - said': the
        # parse may hang the words before a spaced hyphen under the aside's noun
        opener = _opener_before(ctx, found)
        if opener < 0:
            return found
        before = []
    else:
        before = [c for c in ctx.children[i] if c < opener and ctx.dep[c] in SUBJECT_DEPS]
    if before:
        return before[-1]
    name = _name_before_aside(ctx, opener)
    closed = _aside_opener(ctx, i - 1) or ctx.lower[i - 1] == ")"
    return name if name >= 0 and closed and ctx.sent_of[name] == ctx.sent_of[i] else found


_ASIDE_OPENERS = frozenset({"—", "–", "--", "("})


def _aside_opener(ctx: DocContext, k: int) -> bool:
    """Whether token ``k`` opens (or closes) an aside: a dash, a parenthesis, or a hyphen
    with a space on both sides, as wire copy writes a dash ('Ben Whitcombe - no relation -
    said'); a hyphen inside a word ('K-12') is none."""
    if ctx.lower[k] in _ASIDE_OPENERS:
        return True
    if ctx.lower[k] != "-" or ctx.quote_of[k] >= 0:
        return False
    at = ctx.idx[k]
    return 0 < at < len(ctx.text) - 1 and ctx.text[at - 1].isspace() and ctx.text[at + 1].isspace()


def _opener_before(ctx: DocContext, noun: int) -> int:
    """The dash that opens the aside ``noun`` heads, read leftwards over its determiners and
    adjectives ('- no relation'); else -1."""
    k = noun - 1
    while k > 0 and ctx.pos[k] in ("DET", "ADJ") and ctx.quote_of[k] < 0:
        k -= 1
    return k if k > 0 and _aside_opener(ctx, k) else -1


def _name_before_aside(ctx: DocContext, opener: int) -> int:
    """The last word of a name right before an aside's opening mark ('Mikkel Dahl -'): a
    proper noun of a person, a body or no entity, outside quotation marks; else -1."""
    k = opener - 1
    if k < 0 or ctx.pos[k] != "PROPN" or ctx.ent[k] not in ("PERSON", "ORG", "") or ctx.quote_of[k] >= 0:
        return -1
    return k


def _named_in_apposition(ctx: DocContext, source: int) -> int:
    """'One of the pilots, Ana Ruiz, 41, said': a description followed by a person's name in
    apposition, set off by a comma, speaks as that name (PolNeAR marks the name: on train's
    gold cues whose grammar's source has a name in apposition, the name alone is right 10
    times, the description alone 2, and 140 Sources span both). Else ``source``."""
    if ctx.pos[source] in ("PROPN", "PRON"):
        return source
    for c in ctx.children[source]:
        named = ctx.pos[c] == "PROPN" and ctx.ent[c] in ("PERSON", "")  # the small model misses some names
        if c > source and ctx.dep[c] == "appos" and named and ctx.quote_of[c] < 0:
            before = ctx.left[c] - 1
            return c if before > source and ctx.lower[before] == "," else source
        if c > source and ctx.dep[c] == "appos" and ctx.pos[c] == "NOUN":
            name = _person_before_dash_aside(ctx, source, c)
            if name >= 0:
                return name
    name = _named_after_its_phrase(ctx, source)
    return name if name >= 0 else source


# The links of the words that open a description's own phrase: the preposition or participle
# that says where the described person comes from or whom they back ('A delegate from Ohio,
# Ana Ruiz,', 'a delegate backing Cole, Ana Ruiz').
_OWN_PHRASE_DEPS = frozenset({"prep", "acl"})
# How deep the phrase is read: 'from the state of Ohio' (two prepositions), 'elected in Ohio'
# (a participle, then its preposition).
_OWN_PHRASE_DEPTH = 3


def _named_after_its_phrase(ctx: DocContext, source: int) -> int:
    """'A delegate from Ohio, Ana Ruiz, said', '"…," said a delegate supporting Cole, Ana
    Ruiz': the parse hangs the name set off by a comma after the description's own phrase on
    that phrase's (last) object (the place, the person backed), so the description spoke
    unnamed. A person's name cannot stand for a place, a body, a date or a thing, nor for
    another person named otherwise, so it is the description's: the name's last word. Not past
    an object that a person noun describes ('A lawyer representing the victim, Ana Ruiz,':
    either could be named) or one that shares a word with the name ('a delegate backing Tom
    Cole, Ana Cole,'), nor when the speaker's phrase as written already runs to the name ('A
    spokeswoman for the governor, Ana Ruiz': the speaker layer names that span by its
    apposition); else -1."""
    phrase_end = noun_phrase(ctx.doc[source]).end
    nodes = [source]
    for _ in range(_OWN_PHRASE_DEPTH):
        deeper = []
        for node in nodes:
            for opener in ctx.children[node]:
                if opener < node or ctx.dep[opener] not in _OWN_PHRASE_DEPS:
                    continue
                if ctx.dep[opener] == "acl":
                    deeper.append(opener)  # 'elected in Ohio': the participle's own preposition
                for obj in ctx.children[opener]:
                    if ctx.dep[obj] not in ("pobj", "dobj") or not _names_no_person(ctx, obj):
                        continue
                    name = _name_set_after(ctx, obj, phrase_end)
                    if name >= 0:
                        return name
                    deeper.append(obj)
        nodes = deeper
    return -1


def _name_set_after(ctx: DocContext, obj: int, phrase_end: int) -> int:
    """The last word of a person's name in apposition to ``obj``, set off by a comma, past the
    speaker's phrase and outside quotation marks, sharing no word with ``obj``'s phrase; else -1."""
    own_words = {ctx.lower[k] for k in range(ctx.left[obj], obj + 1)}
    for child in ctx.children[obj]:
        first = ctx.left[child]
        # (a name of two words or more: a bare surname after a place may be anyone's)
        set_off = child >= phrase_end and first < child and ctx.lower[first - 1] == "," and ctx.quote_of[child] < 0
        if not set_off or ctx.dep[child] != "appos" or ctx.pos[child] != "PROPN" or not _a_persons_name(ctx, child):
            continue
        if not own_words & {ctx.lower[k] for k in range(first, child + 1)}:
            return child
    return -1


def _a_persons_name(ctx: DocContext, name: int) -> bool:
    """Whether the name ending at ``name`` is a person's: tagged so, or untagged and opened by a
    known first name (the small model misses some names)."""
    if ctx.ent[name]:
        return ctx.ent[name] == "PERSON"
    first = ctx.lower[ctx.left[name]]
    return first in lexicons.load("first_names_female") or first in lexicons.load("first_names_male")


# Nouns for a person known by their tie to someone else, which the trades' and titles'
# lexicons leave out: 'an aide to Cole's rival, Ana Ruiz', 'a lawyer for his wife, Ana Ruiz'
# name the rival and the wife, not the aide or the lawyer (review57b).
_RELATION_NOUNS = frozenset({
    "opponent", "rival", "challenger", "successor", "predecessor", "incumbent", "mate", "partner",
    "wife", "husband", "widow", "widower", "mother", "father", "son", "daughter", "brother", "sister",
    "parent", "child", "fiance", "fiancee", "girlfriend", "boyfriend", "client", "defendant", "man",
    "woman", "boy", "girl",
})  # fmt: skip


def _names_no_person(ctx: DocContext, obj: int) -> bool:
    """Whether the object ``obj`` of a description's phrase cannot be the person a name set
    after it names: a place, a body, a date or a thing, or a person named by a proper name
    (told apart from the name after it by their words, see the caller); not a common noun for
    a person ('the senator', 'a victim', 'Cole's rival'), nor a party's or a people's word
    for one of its members ('an aide to the Republican', NORP)."""
    if ctx.ent[obj] == "NORP":
        return False
    if ctx.ent[obj] or ctx.pos[obj] == "PROPN":
        return True
    word, words_for_people = ctx.lower[obj], person_words()
    return ctx.pos[obj] == "NOUN" and word not in words_for_people and word.removesuffix("s") not in words_for_people


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """Common nouns for a person: trades, titles, the words of unnamed people, ties to someone
    else (:data:`_RELATION_NOUNS`), joined once."""
    return lexicons.load("person_nouns") | lexicons.load("titles") | lexicons.load("anonymous") | _RELATION_NOUNS


def _person_before_dash_aside(ctx: DocContext, source: int, aside: int) -> int:
    """'The striker's former coach at Porto Azul, Rui Marquez - no relation - said': the parse
    may make the aside after a spaced hyphen the description's apposition and hang the name
    before it elsewhere. The person's name between a comma after ``source`` and the aside's
    opening mark; else -1."""
    opener = _opener_before(ctx, aside)
    # a long dash is parsed well ('Rui Marquez — no relation —' is the apposition already)
    name = _name_before_aside(ctx, opener) if opener > source and ctx.lower[opener] == "-" else -1
    if name < 0 or ctx.ent[name] != "PERSON":
        return -1
    first = name
    while first - 1 > source and ctx.pos[first - 1] == "PROPN" and ctx.ent[first - 1] == "PERSON":
        first -= 1
    return name if first - 1 > source and ctx.lower[first - 1] == "," else -1
