"""The cue: which words may head a cue, how far the cue runs, what it reports.

A cue is the reporting expression of an attribution: a verb ("said", "told"), "according
to", a reporting noun ("criticism"), or punctuation (a headline colon, a dash before a
name). Its lemma gives the quote's category through ``lexicons/cue_categories.txt``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext

if TYPE_CHECKING:
    from newsmine.nlp.attribution.candidates import Candidate

__all__ = ["cue_category", "cue_lemma", "cue_range", "cue_words", "is_trigger", "multiword_cues", "poll_cue", "quote_category", "verb_read_noun", "view_owner", "view_phrase", "with_particle"]


def is_trigger(ctx: DocContext, i: int) -> bool:
    """Whether token ``i`` could head a cue (a verb, 'according to', a reporting noun)."""
    pos = ctx.pos[i]
    if pos in ("VERB", "AUX"):
        return ctx.dep[i] not in ("aux", "auxpass") and not _concessive_that_said(ctx, i) and not _aside(ctx, i)
    if ctx.lower[i] == "according":
        return i + 1 < ctx.n and ctx.lower[i + 1] == "to"
    if pos == "NOUN":
        return ctx.lemma[i] in lexicons.load("cue_nouns") or view_phrase(ctx, i) is not None or verb_read_noun(ctx, i)
    return False


# What a noun standing for a verb may not have: a determiner, possessor, number or adjective of
# its own makes it a noun ('the show that aired', 'his shows', 'two reports', 'a strong report').
_NOUN_MARKS = frozenset({"det", "poss", "nummod", "amod", "case"})


def verb_read_noun(ctx: DocContext, i: int) -> bool:
    """Whether noun ``i`` is a verb of the cue lexicon the parser tagged a noun where a verb
    stands ('records show, …', 'campaign finance records show.', 'the survey shows that …').
    Its form must be the verb's ('show' or 'shows', not a noun's plural of another word), it has
    nothing only a noun has (a determiner, possessor, number or adjective: 'the show that
    aired', 'his shows', 'TV shows that …' has no verb form after a plural) and the parse makes
    it a predicate: it governs a subject, or a clause when it is no subject itself ('Reports
    that the mayor would resign were false' is a noun with its content), or a bare plural noun
    hangs on it as a compound with the sentence or a comma right after ('records show, …')."""
    form = ctx.lower[i]
    if ctx.tag[i] not in ("NN", "NNS") or not (form in _cue_verbs() or (form.endswith("s") and form[:-1] in _cue_verbs())):
        return False
    kids = ctx.children[i]
    if any(ctx.dep[c] in _NOUN_MARKS for c in kids) or ctx.dep[i] in ("pobj", "compound", "poss"):
        return False
    if any(ctx.dep[c] == "nsubj" for c in kids):
        return True
    # a clause of its own makes it a predicate unless it is itself a subject: then the clause is
    # the noun's content ('Reports that the mayor would resign were false')
    if ctx.dep[i] not in SUBJECT_DEPS and any(ctx.dep[c] == "ccomp" for c in kids):
        return True
    before = i - 1
    return (
        form in _cue_verbs()
        and before >= 0
        and ctx.tag[before] == "NNS"
        and ctx.head[before] == i
        and ctx.dep[before] == "compound"
        and (i + 1 >= ctx.n or ctx.lower[i + 1] in (",", ".", "that") or ctx.sent_of[i + 1] != ctx.sent_of[i])
    )


@cache
def _cue_verbs() -> frozenset[str]:
    """The cue lexicon's one-word verbs."""
    return frozenset(e for e in lexicons.load("cues") if " " not in e)


# Nouns of a view or of someone's words: 'in Ruiz's view, …', 'in the words of one aide, …'.
_VIEW_NOUNS = frozenset({"view", "word", "opinion", "estimation", "judgment"})


def view_phrase(ctx: DocContext, i: int) -> tuple[int, int] | None:
    """The tokens [start, end) of the phrase 'in X's view' or 'in the words of X' that noun
    ``i`` heads, or None. Such a phrase attributes the clause around it to X as 'according to
    X' does ('The bridge, in Ruiz's view, will pay for itself'), though the noun has no
    complement of its own to be the content. Only a phrase set off from its clause (opening
    the sentence, or between commas or dashes) and not from inside another phrase: there it
    qualifies that phrase's own words ('wouldn't speculate about his motives for, in his view,
    dropping the case'), and unset it is the verb's ('believed in her judgment'). It needs an
    owner, not the writer ('in a word', 'in view of the delays', 'in my view' attribute nothing
    to a source)."""
    if ctx.lemma[i] not in _VIEW_NOUNS or ctx.dep[i] != "pobj" or (ctx.lemma[i] == "word" and ctx.lower[i] != "words"):
        return None
    prep = ctx.head[i]
    if ctx.lower[prep] != "in":
        return None
    start, end = ctx.left[prep], ctx.right[prep] + 1
    head = ctx.head[prep]
    if any(c != prep and ctx.left[c] < start and ctx.right[c] >= end for c in ctx.children[head]):
        return None  # (a parse hanging the phrase on the verb from inside its complement)
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
    if not (start == s_start or ctx.lower[start - 1] in _SETTING_OFF) or not (end >= s_end or ctx.lower[end] in _SETTING_OFF):
        return None
    if start - 2 >= s_start and ctx.pos[start - 2] in ("ADP", "DET"):
        return None  # 'his motives for, in his view, dropping the case': set off inside a phrase
    owner = view_owner(ctx, i)
    return None if owner < 0 or ctx.lower[owner] in _WRITER else (start, end)


def view_owner(ctx: DocContext, i: int) -> int:
    """Whose view or words noun ``i`` is: its possessor ('Ruiz's view'; a name before a bare
    apostrophe the parse left unattached, 'Forbes' words'), or the object of its 'of' after a
    determiner ('the words of one aide'); -1 when none ('in view of the delays')."""
    owner = next((c for c in ctx.children[i] if ctx.dep[c] == "poss"), -1)
    if owner < 0 and i >= 2 and ctx.lower[i - 1] in _APOSTROPHES and ctx.pos[i - 2] == "PROPN" and ctx.lower[i - 2].endswith("s"):
        owner = i - 2
    if owner < 0 and any(ctx.dep[d] == "det" for d in ctx.children[i]):
        of = next((c for c in ctx.children[i] if c > i and ctx.dep[c] == "prep" and ctx.lower[c] == "of"), -1)
        owner = ctx.child(of, {"pobj"}) if of >= 0 else -1
    return owner


# What sets a phrase off from its clause; the writer's own possessives.
_SETTING_OFF = frozenset({",", "--", "—", "–", ":", ";", "."})
_WRITER = frozenset({"my", "our"})
_APOSTROPHES = frozenset({"'", "’"})


def _concessive_that_said(ctx: DocContext, i: int) -> bool:
    """Whether ``i`` is the 'said' of a sentence opening 'That said, …': a fixed phrase that
    concedes the point before it ('even so'), not a report; the sentence after it is the
    writer's, or another cue's ('That said, Millennials say they …')."""
    return (
        ctx.lower[i] == "said"
        and 0 < i < ctx.n - 1
        and ctx.lower[i - 1] == "that"
        and ctx.lower[i + 1] == ","
        and ctx.doc[i - 1].text == "That"
    )


# Asides of talk ('…, you know, …', '…, I mean, …', 'Trump said, and I quote, "…"'): the
# pronoun and the verb, set off by commas inside a sentence.
_ASIDES = frozenset({("you", "know"), ("i", "mean"), ("i", "quote")})
_ASIDE_OPENERS = frozenset({"and", "but", "or", "so"})


def _aside(ctx: DocContext, i: int) -> bool:
    """Whether ``i`` is the verb of an aside set off by commas inside its sentence ('if
    somebody walks in, you know, well, you might be suspicious', 'Trump said, and I quote,
    "…"'): a filler of talk or the writer's flag on the quotation, not a report. Its parse
    takes the words around it as its clause and its 'you' or 'I' as a speaker, and as a cue
    of its own it stops the quote that runs over it. Opening a sentence ('You know, in the
    land of the blind …', 'I mean, I'm still able to …') the phrase is left a cue: PolNeAR
    attributes the sentence to it."""
    if not 2 <= i < ctx.n - 1 or ctx.lower[i + 1] != "," or (ctx.lower[i - 1], ctx.lower[i]) not in _ASIDES:
        return False
    before = i - 2
    if ctx.lower[before] in _ASIDE_OPENERS and before > 0:
        before -= 1
    return ctx.lower[before] == "," and ctx.sent_of[before] == ctx.sent_of[i]


# The parts of speech of a word :func:`is_trigger` may accept ('according' aside).
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN"})


def cue_words(ctx: DocContext) -> list[int]:
    """The tokens that could head a cue (:func:`is_trigger`), in text order. Most words are
    of no part of speech a cue word has: those are passed over in one pass over the columns,
    without a call each."""
    lower = ctx.lower
    return [i for i, pos in enumerate(ctx.pos) if (pos in _TRIGGER_POS or lower[i] == "according") and is_trigger(ctx, i)]


def cue_range(ctx: DocContext, i: int) -> tuple[int, int]:
    """Token range of the cue as written: the word plus a particle or the second word of a
    multi-word cue ('called for', 'according to', 'made clear', 'voiced concern')."""
    if ctx.lower[i] == "according":
        return i, i + 2
    end = i + 1
    seconds = multiword_cues().get(ctx.lemma[i])
    for c in ctx.children[i]:
        if c < i:
            continue
        if (ctx.dep[c] == "prt" and c == end) or (seconds and ctx.lower[c] in seconds and c <= end + 2):
            end = c + 1
    return i, end


_MULTI: dict[str, frozenset[str]] = {}


def multiword_cues() -> dict[str, frozenset[str]]:
    """Multi-word cues of the lexicon as {first word's lemma: {last words}}."""
    if not _MULTI:
        multi: dict[str, set[str]] = {}
        for entry in lexicons.load("cues"):
            words = entry.split()
            if len(words) > 1:
                multi.setdefault(words[0], set()).add(words[-1])
        _MULTI.update({k: frozenset(v) for k, v in multi.items()})
    return _MULTI


def cue_category(lemma: str | None, direct: bool) -> str:
    """What a cue reports (``lexicons/cue_categories.txt``): the cue's lemma looked up whole
    ('make clear'), then by its first word ('call for' -> 'call'). Quotation marks report
    someone's words, so a direct quote with no cue word or an unlisted one ('"…," she
    fumed') is speech; any other unlisted cue is "other".

    Speech is words said (say, tell, add, announce), writing words written (write, tweet, post,
    publish). "announce" was writing: it is speech, as the noun "announcement" already was,
    since an announcement is made at a podium, a council meeting or a press conference as often
    as in print, and the medium, when the article names it, decides ('announced in a post on
    X' is writing: :func:`quote_category`)."""
    table = lexicons.load_sections("cue_categories")
    if lemma:
        found = table.get(lemma) or table.get(lemma.split()[0])
        if found:
            return found
    return "speech" if direct else "other"


# Cues whose words are not inflected forms of a verb: kept as written.
_FIXED_CUES = frozenset({"according to", "as per"})


def cue_lemma(cue: Span) -> str:
    """The cue's lemma, words joined by a space ('made clear' -> 'make clear')."""
    written = " ".join(t.lower_ for t in cue)
    return written if written in _FIXED_CUES else " ".join(t.lemma_.lower() for t in cue)


def quote_category(cand: Candidate, cue: Span | None, kind: str) -> str:
    """The category of a chosen quote: its cue's (:func:`cue_category`); a colon or a dash
    reports like a verb of saying does. A negated cue ('did not respond to a request for
    comment', 'never said that') reports words nobody gave: `other`, whatever the verb, so a
    count of who *said* things does not count who said nothing (PolNeAR annotates these, so
    they stay quotes)."""
    if cue is not None and any(c.dep_ == "neg" for c in cue[0].children):
        return "other"
    lemma = cand.relation if cand.relation in ("colon", "dash") else cue_lemma(cue) if cue is not None else None
    if lemma is not None and cue is not None and len(cue) == 1:
        lemma = with_particle(cue[0], lemma)
    category = cue_category(lemma, kind == "direct")
    if category == "speech" and cue is not None and _said_in_writing(cue[0]):
        return "writing"
    return category


def with_particle(verb: Token, lemma: str) -> str:
    """``lemma`` with the particle right after ``verb``, if any: a verb's particle makes another
    cue ('shot back' is speech, 'shot' nothing said; 'lashing out')."""
    particle = next((c.lower_ for c in verb.children if c.i == verb.i + 1 and (c.dep_ == "prt" or c.lower_ == "back")), None)
    return f"{lemma} {particle}" if particle else lemma


# What words said "in" are written in: 'said in a post on LinkedIn', 'said in guidance', 'noted
# in a letter to members', 'announced in a press release' (review55b: "announce" became speech
# in session 55, and a release is never read aloud). Not "statement" (the lexicon counts one as
# speech: it may be read aloud), "interview", "speech" or "video".
_WRITTEN_MEDIA = frozenset({
    "post", "tweet", "email", "e-mail", "letter", "blog", "memo", "memorandum", "guidance", "filing", "essay",
    "column", "op-ed", "editorial", "newsletter", "note", "report", "document", "book", "memoir", "article",
    "lawsuit", "affidavit", "petition", "notice", "ruling", "release",
})  # fmt: skip
# What words said "on" are written on: 'announced on its website' (review55b). Not a
# broadcast ('said on Fox News') nor a platform of video and posts alike.
_WRITTEN_PAGES = frozenset({"website", "site", "webpage", "blog"})


def _said_in_writing(cue: Token) -> bool:
    """Whether a cue of speaking says where the words were written: an "in" phrase of its own
    ('The agency said in guidance issued last month that …') whose noun is a written medium,
    or an "on" phrase naming a web page ('announced on its website'). A cue word of speech reports speech, but "said in a post" reports a post (probe47b); an
    "in" phrase inside what was said ('said the error was in the report') is no medium."""
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is None:
                continue
            if prep.lower_ == "on" and noun.lemma_.lower() in _WRITTEN_PAGES:
                return True  # 'announced on its website'
            if prep.lower_ == "in" and noun.lemma_.lower() in _WRITTEN_MEDIA and not _printed_in(noun):
                return True
    return False


# Pieces an outlet writes itself, which hold words it reports.
_OUTLETS_OWN_PIECES = frozenset({"report", "article"})


def _printed_in(medium: Token) -> bool:
    """'said in a recent report in The New York Times': an outlet's own piece printed in it
    holds words the outlet reports, maybe spoken to it (one such on PolNeAR train); 'noted in a
    guest column in the Times' is still the columnist's writing."""
    return medium.lemma_.lower() in _OUTLETS_OWN_PIECES and any(c.dep_ == "prep" and c.lower_ == "in" for c in medium.children)


# What PolNeAR cites as a source with 'in': polls and surveys ('in a new CBS News poll').
_POLL_NOUNS = frozenset({"poll", "survey"})
# Words the 'in' phrase may hang on besides the clause's verb: 'holds a lead in the polls'.
_POLL_CLAUSE_POS = frozenset({"VERB", "AUX"})
# A clause that is not a statement of its own: 'who leads in the polls', 'to rise in the polls'.
_POLL_NOT_CLAUSE_DEPS = frozenset({"relcl", "acl", "xcomp", "pcomp", "advcl", "csubj"})


def _poll_after_title(ctx: DocContext, word: int) -> int:
    """The poll's noun right after the quoted title holding ``word`` ('in the "Voters in the
    Middle" poll': the parse takes the title's first noun for the object of 'in' and hangs the
    poll on the title's own 'in'), or -1 when no poll noun follows the closing mark. The
    title's word stays the poll's head for its words (xfail53)."""
    t = ctx.stretch_tokens[ctx.quote_of[word]][1]
    while t < ctx.n and ctx.punct[t] and ctx.quote_of[t] < 0 and not ctx.lower[t].isspace():
        t += 1  # the closing mark
    return t if t < ctx.n and ctx.lemma[t] in _POLL_NOUNS and ctx.quote_of[t] < 0 else -1


def poll_cue(ctx: DocContext, i: int) -> tuple[int, int] | None:
    """Whether token ``i`` is the 'in' of a poll cited as a source ('Clinton leads by 5
    points in a new Quinnipiac poll', 'in the RealClearPolitics average of polls'): the
    clause's verb (-1 when the phrase opens its sentence before a comma, 'In a CNN poll
    released Monday, …': the rest of the sentence is the statement, however the parser hung
    it) and the poll's head word, or None."""
    if ctx.lower[i] != "in" or ctx.dep[i] != "prep":
        return None
    poll = ctx.child(i, {"pobj"})
    if poll < 0:
        return None
    titled = ctx.quote_of[poll] >= 0 and _poll_after_title(ctx, poll) >= 0
    if all(ctx.dep[c] in ("det", "punct") for c in ctx.children[poll]) and ctx.tag[poll] == "NNS":
        return None  # 'rises in the polls', 'leads in polls': a candidate's standing, no poll cited
    if ctx.lemma[poll] not in _POLL_NOUNS and not titled:
        of = ctx.child(poll, {"prep"})
        inner = ctx.child(of, {"pobj"}) if of >= 0 and ctx.lower[of] == "of" else -1
        if inner < 0 or ctx.lemma[inner] not in _POLL_NOUNS:
            return None
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
    after = ctx.right[i] + 1
    if all(ctx.punct[j] for j in range(s_start, i)) and after < s_end and ctx.lower[after] == ",":
        return -1, poll
    clause = ctx.head[i]
    if ctx.pos[clause] not in _POLL_CLAUSE_POS:
        if ctx.dep[clause] not in ("dobj", "attr") or ctx.pos[ctx.head[clause]] not in _POLL_CLAUSE_POS:
            return None
        clause = ctx.head[clause]
    if ctx.dep[clause] in _POLL_NOT_CLAUSE_DEPS or ctx.child(clause, SUBJECT_DEPS) < 0:
        return None
    return clause, poll
