"""Attributions that punctuation makes, not a reporting word: a short lead-in before a
colon ('Newspaper: Defense secretary used …', 'Trump: "…"', an interview's 'Q:'/'A:'), a
name between a dash and a colon opening a quotation ('Pollsters agree - Carl Bialik: "…"'), a
name after a dash closing a quotation that opens its line ('"…" ― Jane Doe'), and the clause
a poll is cited in ('Clinton leads by 5 points in a new Quinnipiac poll', cued by 'in').
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.colon_labels import colon_dateline, label_named_after
from newsmine.nlp.attribution.context import NOMINAL_POS, SPEAKER_ENTITIES, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.cues import poll_cue

__all__ = [
    "colon_opens_quotation", "dash_name", "lead_in_subject", "poll_candidates", "punctuation_candidates",
    "section_heading",
]  # fmt: skip

_DASH_SCORE = 0.9
# At most this many tokens in a name set off by a dash: after a quotation ('"…" ― Jane Doe')
# or before a colon ('Pollsters agree - Carl Bialik: "…"').
_NAME_WORDS = 6
# A heading over a quotation with its credit after a dash: a few words, a colon ('Quote of the day:').
_LABEL_WORDS = 5
# Entities that may speak: a label naming one introduces its words ('Clinton: "…" — a reader').
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# A transcript's turn ('Q: …', 'A: …') speaks for its whole paragraph, at this score (the
# content model scores such paragraphs anywhere from 0.03 to 0.4: it has no weights for them).
_TURN_SCORE = 0.9
# A colon lead-in ends within this many tokens of its sentence's start ('Trump: "…"', 'NY Post:
# …'); a manner lead-in whose subject carries an appositive name ('Its chief executive, Seán
# O'Dowd, was blunt: "…"') may run to _MANNER_LEAD_IN_TOKENS.
_LEAD_IN_TOKENS = 8
_MANNER_LEAD_IN_TOKENS = 14
# The content model has no weights for a preposition as cue: a poll's clause is taken at this score.
_POLL_SCORE = 0.5
# A person's or organisation's name as written after a dash: capitalised words.
_NAME_RE = re.compile(r"(?:[^\W\d_][\w.'’-]*\.?)(?:[^\S\n]+(?:[A-Z][\w.'’-]*|de|da|del|van|von|bin|al-\w+))*")
# '"…" ― Jane Doe' up to the end of the line, or up to a comma and a gloss that ends it ('"…"
# — Former Gov. Tom Berg, on the race.', '"…" — Ann Lee, a delegate from Ohio').
_DASH_NAME_RE = re.compile(
    r"[^\S\n]*(?P<dash>[―—–]|--?)[^\S\n]*(?P<name>[^\n,]{2,60}?)[^\S\n.]*(?=,[^\S\n][^\n]*(?:\n|$)|\n|$)"
)
# '"…" ¶ - Bernie Sanders.' (quote round-ups): the name on the next line, up to a comma.
_DASH_NAME_NEXT_RE = re.compile(r"[^\S\n]*\n\s*(?P<dash>[―—–]|--?)[^\S\n]*(?P<name>[^\n,]{2,60}?)[^\S\n]*(?=,|\.?[^\S\n]*(?:\n|$))")


def dash_name(text: str, end: int) -> re.Match | None:
    """The dash and name after a quotation ending at ``end`` ('"…" ― Jane Doe'), when the
    words after the dash are written as a name."""
    match = _DASH_NAME_RE.match(text, end) or _DASH_NAME_NEXT_RE.match(text, end)
    if match is None:
        return None
    name = match.group("name").strip()
    return match if name[:1].isupper() and _NAME_RE.fullmatch(name) else None


def punctuation_candidates(ctx: DocContext) -> list[Candidate]:
    """Attributions made by punctuation: a short lead-in before a colon ('Newspaper: Defense
    secretary used …', 'Trump: "…"'), a name between a dash and a colon opening a quotation
    (:func:`_dash_lead_ins`) and a name after a dash closing a quotation that opens its line
    ('"…" ― Jane Doe')."""
    out = []
    transcript = bool(ctx.answer_paragraphs())
    turns = ctx.name_turns()
    turn_colons = set()
    for turn in turns:
        colon = ctx.token_at_char(turn.colon)  # its own token, or the end of one ('(R-S.C.):')
        turn_colons.add(colon)
        # the name's last token, its head: 'Ambrose-Nwosu:' is three ('Ambrose', '-', 'Nwosu')
        source = ctx.token_at_char(turn.last[1] - 1)
        parts = [rng for start, end in turn.parts if (rng := ctx.char_range(ctx.token_at_char(start), ctx.token_at_char(end - 1) + 1))]
        if parts:
            out.append(Candidate(colon, ctx.idx[colon], (colon, colon + 1), parts, "colon", source, fixed_score=_TURN_SCORE))
    for s_start, s_end in ctx.sent_bounds:
        for i in range(s_start + 1, min(s_end, s_start + _MANNER_LEAD_IN_TOKENS)):
            if i in turn_colons:
                break
            if ctx.lower[i] != ":" or ctx.quote_of[i] >= 0:
                continue
            left = range(s_start, i)
            turn = i == s_start + 1 and ctx.lower[s_start] in _INTERVIEW_TURNS  # 'A' may be read as an article
            if turn and not transcript:
                break  # a column's or explainer's 'Q:'/'A:' (no interview): the writer's own words
            answer = _turn_paragraph(ctx, s_start, i) if turn else None
            if answer is not None:
                out.append(Candidate(i, ctx.idx[i], (i, i + 1), [answer], "colon", s_start, fixed_score=_TURN_SCORE))
                break
            if any(ctx.pos[j] == "VERB" for j in left) or not (turn or any(ctx.pos[j] in NOMINAL_POS for j in left)):
                break
            rng = ctx.char_range(i + 1, s_end)
            start = _after_kicker(ctx, s_start, i)
            left = range(start, i)
            root = _phrase_root(ctx, left, start, i, i - 1)
            root = _named_owner_noun(ctx, root, start, i)
            subject = lead_in_subject(ctx, _copula_subject(ctx, root, start, i), start, i)
            if i - s_start >= _LEAD_IN_TOKENS and (subject == root or not colon_opens_quotation(ctx, i)):
                break  # a long lead-in speaks only as a manner before a quotation
            root = subject
            if not _could_speak(ctx, start, i, root) or colon_dateline(ctx, start, i) or label_named_after(ctx, start, i):
                break  # 'NEW YORK, N.Y.: …', 'TOM BELL, COUNCILMAN: Bell wants …' (colon_labels)
            parts = _colon_content(ctx, s_start, i, rng) if rng is not None else []
            if parts:
                out.append(Candidate(i, ctx.idx[i], (i, i + 1), parts, "colon", root))
            rest = _colon_paragraph(ctx, s_start, i, parts)
            if rest is not None:
                out.append(Candidate(i, ctx.idx[i], (i, i + 1), [rest], "colon", root))
            break
    out.extend(_dash_lead_ins(ctx, turn_colons))
    text = ctx.text
    for stretch in ctx.stretches:
        before = text[text.rfind("\n", 0, stretch.start) + 1 : stretch.start].strip()
        if before and not _heading_label(ctx, before, stretch.start):
            # The writer's words before it on its line: a dash after the paragraph is its
            # credit line ('… and called him "…" ¶ - Reuters.'), the quotation its sentence's.
            # A heading is no sentence ('QUOTE OF THE DAY: "…" — Tom Berg', 'Quote of the
            # day: "…" — Tom Berg').
            continue
        match = dash_name(text, stretch.end)
        if match is None:
            continue
        dash = ctx.token_at_char(match.start("dash"))
        name_start, name_end = ctx.token_at_char(match.start("name")), ctx.token_at_char(match.end("name") - 1) + 1
        if name_end - name_start > _NAME_WORDS or not any(ctx.pos[j] == "PROPN" for j in range(name_start, name_end)):
            continue
        names = [j for j in range(name_start, name_end) if ctx.pos[j] == "PROPN"]
        root = _phrase_root(ctx, names, name_start, name_end, names[-1])
        # PolNeAR train has no such attribution, so the model cannot score it; it is a fixed
        # convention of news features and quote round-ups, taken as is.
        out.append(Candidate(dash, ctx.idx[dash], (dash, dash + 1), list(stretch.pieces), "dash", root, fixed_score=_DASH_SCORE))
    return out


def _heading_label(ctx: DocContext, before: str, start: int) -> bool:
    """Whether ``before``, the words on a quotation's line before it (which opens at character
    ``start``), are a heading that labels it: a colon closing them, and words in capitals or a
    few words without a verb ('QUOTE OF THE DAY:', 'Quote of the day:', 'Overheard:'); 'Her
    reply:' and 'He said:' introduce words of someone the line names, and stay sentences."""
    if not before.endswith(":"):
        return False
    if before.isupper():
        return True
    if len(before.split()) > _LABEL_WORDS:
        return False
    line_start = ctx.text.rfind("\n", 0, start) + 1
    words = [j for j in range(ctx.token_at_char(start - 1), -1, -1) if ctx.idx[j] >= line_start]
    return not any(
        ctx.pos[j] in ("VERB", "AUX", "PRON") or ctx.doc[j].ent_type_ in _SPEAKING_ENTITIES for j in words
    )


def poll_candidates(ctx: DocContext) -> list[Candidate]:
    """'In a CNN poll released Monday, 50 percent chose Clinton', 'Trump leads by 9 points
    in the RealClearPolitics average of polls': the clause without the poll's phrase (what
    follows a phrase that opens the clause, else what comes before it), cued by 'in', the
    poll its source."""
    out = []
    for i in [j for j, word in enumerate(ctx.lower) if word == "in"]:  # poll_cue's cue word, read first
        if _inside_quotation(ctx, i):
            continue  # 'the senator "has never led in a Piedmont poll"': the quoted speaker's poll, not the paper's source
        found = poll_cue(ctx, i)
        if found is None:
            continue
        clause, poll = found
        s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
        p_start, p_end = ctx.subtree(i)
        if clause < 0:
            start, end = p_end, s_end
        else:
            c_start, c_end = ctx.subtree(clause)
            start, end = (p_end, min(c_end, s_end)) if i < clause else (max(c_start, s_start), p_start)
            # The statement opens at its subject: 'By Jan. 18, Obama was winning blacks by
            # 28 points in the same poll' reports 'Obama was winning …'.
            subject = ctx.child(clause, SUBJECT_DEPS)
            if subject >= 0 and start <= ctx.left[subject] < end:
                start = ctx.left[subject]
        while start < end and (ctx.punct[start] or ctx.dep[start] == "cc"):
            start += 1
        rng = ctx.char_range(start, end) if end - start >= _MIN_POLL_CONTENT else None
        if rng is not None:
            out.append(Candidate(i, ctx.idx[i], (i, i + 1), [rng], "poll", poll, fixed_score=_POLL_SCORE))
    return out


_MIN_POLL_CONTENT = 3


def _inside_quotation(ctx: DocContext, token: int) -> bool:
    """Whether token ``token`` stands inside quotation marks: a poll named in someone's quoted
    words is what they said, already their quote, not a poll the writer cites."""
    char = ctx.idx[token]
    return any(stretch.closed and stretch.inner_start <= char < stretch.inner_end for stretch in ctx.stretches)


def _colon_content(ctx: DocContext, start: int, colon: int, rng: tuple[int, int]) -> list[tuple[int, int]]:
    """What a lead-in's colon introduces: the rest of its sentence, or the whole quotation
    opening right after it ('Lena Park: "We will not dredge …. The budget is gone."'), which
    the sentence splitter cuts after its first sentence — when the lead-in is a name, not a
    clause ('But Fiorina was far less bubbly: "…," she recounted': the quotation's own cue
    follows it)."""
    if any(ctx.pos[j] == "AUX" for j in range(start, colon)):
        return [rng]
    k = ctx.quote_of[colon + 1] if colon + 1 < ctx.n else -1
    if k < 0 and colon + 2 < ctx.n and ctx.punct[colon + 1]:
        k = ctx.quote_of[colon + 2]  # the opening mark is a token of its own
    if k >= 0 and ctx.stretches[k].start > ctx.idx[colon] and not ctx.text[ctx.idx[colon] + 1 : ctx.stretches[k].start].strip():
        return list(ctx.stretches[k].pieces)
    return [rng]


def _colon_paragraph(ctx: DocContext, s_start: int, colon: int, parts: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A lead-in opening its paragraph speaks for the whole paragraph: the answers and
    questions of an interview transcript ('Q: There is a lot of talk about ferries. What do
    you make of it?', 'A: I came home and they were gone. …') run over several sentences
    (the sentence splitter may even end a sentence at the colon). The content from the
    colon to the paragraph's end, when the paragraph goes on after the colon's content
    (``parts``, none when the colon ends its sentence); else None."""
    para = ctx.para_of[s_start]
    p_start, p_end = ctx.para_token_bounds[para]
    if p_start != s_start or para == 0:
        return None  # the headline's lead-in ('Poll: …') speaks for its own line only
    rest = ctx.char_range(colon + 1, p_end)
    if rest is None or (parts and rest[1] <= parts[-1][1] + 1):
        return None
    return rest


def _phrase_root(ctx: DocContext, words: Iterable[int], start: int, end: int, default: int) -> int:
    """The first of ``words`` (tokens of [start, end)) whose head lies outside [start, end) or
    that heads itself: the root of the lead-in or name they write; ``default`` when none."""
    return next((j for j in words if not (start <= ctx.head[j] < end) or ctx.head[j] == j), default)


def _dash_lead_ins(ctx: DocContext, turn_colons: set[int]) -> list[Candidate]:
    """A name after a dash and before a colon that opens a quotation speaks the quotation:
    'Pollsters agree - Carl Bialik: "One of the biggest lessons was …"', 'Media shares blame
    - HuffPollster: "…"'. Digests of other outlets' reporting set a headline or a summary
    before the dash and the quoted source's name, as a transcript sets a speaker's name
    before a colon; the clause before the dash is the writer's, so the lead-in opens at the
    dash, not at the sentence's start (where :func:`punctuation_candidates` looks). Only a
    lead-in written as a name (capitalised words, no kicker such as 'Update') before an
    opening quotation mark. The content model has no weights for a lead-in inside its
    sentence, so the candidate takes the fixed score of a name after a dash."""
    out = []
    for d in range(ctx.n - 2):
        if ctx.lower[d] not in _LEAD_IN_DASHES or ctx.quote_of[d] >= 0 or not ctx.text[ctx.idx[d] + len(ctx.lower[d]) : ctx.idx[d] + len(ctx.lower[d]) + 1].isspace():
            continue  # a spaced dash ('agree - Carl'), not a hyphen ('-More') or a dash in a quotation
        s_end = ctx.sent_bounds[ctx.sent_of[d]][1]
        colon = next((i for i in range(d + 2, min(s_end, d + 2 + _NAME_WORDS)) if ctx.lower[i] == ":" or ctx.punct[i]), -1)
        if colon < 0 or ctx.lower[colon] != ":" or colon in turn_colons or ctx.quote_of[colon] >= 0:
            continue
        if not colon_opens_quotation(ctx, colon):
            continue
        left = range(d + 1, colon)
        # Written as a name: capitalised words (a headline's parse tags 'Pew Research' as
        # nouns, and a blog's name may be tagged as no entity), joined by 'and'.
        if any(not (ctx.text[ctx.idx[j]].isupper() and ctx.pos[j] in NOMINAL_POS) and ctx.lower[j] not in _NAME_JOINS for j in left):
            continue
        if any(ctx.ent[j] and ctx.ent[j] not in SPEAKER_ENTITIES for j in left):
            continue  # 'spoke at both meetings - Monday: "…"': a date or a number speaks for no one
        root = _phrase_root(ctx, left, d + 1, colon, colon - 1)
        if ctx.lower[root] in _NAME_JOINS or ctx.lower[root] in _KICKERS:
            continue
        rng = ctx.char_range(colon + 1, s_end)
        parts = _colon_content(ctx, d + 1, colon, rng) if rng is not None else []
        if parts:
            out.append(Candidate(colon, ctx.idx[colon], (colon, colon + 1), parts, "colon", root, fixed_score=_DASH_SCORE))
    return out


# Dashes that set off a lead-in.
_LEAD_IN_DASHES = frozenset({"-", "—", "–", "--"})
_OPENING_MARKS = frozenset('"“')


def colon_opens_quotation(ctx: DocContext, colon: int) -> bool:
    """Whether an opening quotation mark follows token ``colon`` (a space between allowed): a
    lead-in's colon ('Krasner's message was simpler: "…"'), which attributes the quotation."""
    return ctx.text[ctx.idx[colon] + 1 : ctx.idx[colon] + 3].lstrip()[:1] in _OPENING_MARKS
_NAME_JOINS = frozenset({"and", "&"})


def _named_owner_noun(ctx: DocContext, root: int, start: int, colon: int) -> int:
    """The noun of a lead-in headed by a copula or a preposition when a name owns it:
    'Quintanilla's question was not unfounded: …', 'Clinton's response was: …', 'From Bush's
    Facebook post: …' speak for the owner, as 'Clinton's response: …' does. The copula and
    the preposition speak for no one; the noun (the copula's subject, the preposition's
    object) carries its owner to the speaker. A noun no name owns ('The message from Jones
    was clear: …') is left to ``_copula_subject``."""
    if ctx.pos[root] == "AUX":
        noun = ctx.child(root, SUBJECT_DEPS)
    elif ctx.pos[root] == "ADP":
        noun = ctx.child(root, {"pobj"})
    else:
        return root
    if not start <= noun < colon:
        return root
    owner = ctx.child(noun, {"poss"})
    return noun if start <= owner < colon and ctx.pos[owner] == "PROPN" else root


def _copula_subject(ctx: DocContext, root: int, start: int, colon: int) -> int:
    """The speaker of a lead-in that describes the speaker's manner with a complement ('Mayor
    Theresa Quinlan was blunt: "…"', 'But Fiorina was far less bubbly: "…"'): the copula's
    subject, not the copula (which speaks for no one), when the subject is a name, a pronoun,
    a word of a name the article tags (the parser reads a lone surname as a noun) or a noun
    for a speaker. News writes a quotation after such a clause as it writes one after 'X
    said:'. A subject that is a thing ('The message from Jones was clear: …') and a
    headline's kicker ('Bill is back: …') keep the lead-in's head as before."""
    if ctx.pos[root] != "AUX" or ctx.para_of[start] == 0:
        return root  # a headline's 'Bill is back: …' is a kicker, not a manner of speaking
    if not any(ctx.dep[c] == "acomp" for c in ctx.children[root]):
        return root
    subject = ctx.child(root, SUBJECT_DEPS)
    if not start <= subject < colon:
        return root
    return subject if speaker_word(ctx, subject) else root


def lead_in_subject(ctx: DocContext, head: int, start: int, colon: int) -> int:
    """The speaker of a lead-in whose head has a subject: a clause, whatever the tagger made
    of its verb ('Article 12 states: "…"' with 'states' read as a plural noun, 'Ruiz was
    blunter: "…"' with 'blunter' read as a noun, so no adjective complement, 'Here's Ruiz
    in 2019: "…"'). A verb, a copula or the clitic of 'Here's' speaks for no one; their
    subject does, when it is a name, a pronoun or a noun for a speaker, or any noun when a
    quotation follows the colon (the article's or the sign's words it quotes); a thing
    before a colon that opens no quotation ('The challenge is steep: many …') is the
    writer's own statement. ``head`` otherwise, and in the headline (a kicker)."""
    if ctx.para_of[start] == 0:
        return head  # a headline's 'Bill is back: …' is a kicker, not a manner of speaking
    subject = ctx.child(head, SUBJECT_DEPS)
    if not start <= subject < colon or ctx.pos[head] in ("PROPN", "PRON"):
        return head
    if speaker_word(ctx, subject) or (ctx.pos[subject] == "NOUN" and colon_opens_quotation(ctx, colon)):
        return subject
    return head


def speaker_word(ctx: DocContext, i: int) -> bool:
    """Whether token ``i`` can name a speaker: a name, a pronoun, a word of a name the
    article tags (the parser reads a lone surname as a noun) or a noun for a speaker."""
    word = ctx.lower[i]
    return ctx.pos[i] in ("PROPN", "PRON") or word in ctx.named_words() or any(word in lexicons.load(name) for name in _SPEAKER_NOUN_LEXICONS)


def _turn_paragraph(ctx: DocContext, s_start: int, colon: int) -> tuple[int, int] | None:
    """A transcript's turn opening its paragraph ('A: It is fair to ask. We changed …'): its
    content, from the colon to the paragraph's end; None when the turn opens no paragraph."""
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[s_start]]
    return ctx.char_range(colon + 1, p_end) if p_start == s_start else None


# Headline kickers: a word before a colon that announces, not a speaker ('Breaking: …').
_KICKERS = frozenset("""breaking exclusive update updated latest live watch look wow boom busted bombshell revealed
 revealing leaked video photos photo gallery analysis explainer factbox timeline opinion review recap preview
 quiz podcast newsletter listen read""".split())
# A desk's section named alone before a headline's colon ('Books: A river, a ferry …', 'Film: …'):
# the page's label, not a speaker, though a body of the article may hold the word ('Meridian
# Books'); two words or more ('Meridian Books: …') may still be that body (session 46, probe46d).
_SECTION_KICKERS = frozenset("""books book film films movies movie cinema tv television music theatre theater arts
 culture letters travel food""".split())
# A desk's label for what it publishes that holds nobody's words of its own, as the head of a
# colon lead-in after an outlet's or a show's name ('Harbor Ledger interview: the port director
# on …', 'Ledger Q&A: …', 'Ledger podcast: …'): the page's label, not a speaker, however many
# words name the outlet; 'Tom Berg, in an interview: "…"' (the interview not the head) stays.
# An outlet's editorial, analysis or column speaks for its authors (_SPEAKING_DOCUMENTS; PolNeAR
# train: 'WSJ editorial: …' is the gold's Source). Session 59, seen59b: no train headline of
# this shape (the three headline colons after such words are 'WSJ editorial', 'EXCLUSIVE' and
# 'Judicial Watch').
# Singular and plural alike (review59c: 'Harbor Ledger photo: …', '… explainers: …' still spoke).
_LABEL_HEADS = frozenset("interview interviews q&a podcast podcasts photo photos video videos gallery galleries explainer explainers".split())
# Documents that speak for their authors ('Poll: …', 'IG report: …', 'WSJ editorial: …').
_SPEAKING_DOCUMENTS = frozenset("poll polls survey study report memo editorial letter statement lawsuit filing audit".split())
# An interview transcript's turns: 'Q: …' the interviewer's, 'A: …' the interviewee's.
_INTERVIEW_TURNS = frozenset({"q", "a"})
_SPEAKER_NOUN_LEXICONS = ("organisation_nouns", "anonymous", "titles", "person_nouns", "outlets")


def _after_kicker(ctx: DocContext, start: int, colon: int) -> int:
    """Where a colon lead-in's speaker starts: after a kicker and a dash that open it
    ('EXCLUSIVE – Roger Stone: Don't Trust …', 'BREAKING - Ruiz: …'), which label the story,
    not its source; else ``start``."""
    dash = start + 1
    if dash + 1 < colon and ctx.lower[start] in _KICKERS and ctx.lower[dash] in _LEAD_IN_DASHES:
        return dash + 1
    return start


def section_heading(ctx: DocContext, words: list[int]) -> bool:
    """Whether a lead-in is a newsletter's section heading in capitals ('QUOTE OF THE DAY: "…"',
    'HARLAN UP IN OHIO: A new poll …'): three words or more, all capitals, one of them a
    function word a name in capitals does not hold ('JAKE TAPPER:', 'SEN. ANN LEE:' are
    transcript turns), the last no title ('THE VICE PRESIDENT:', 'THE PRESS SECRETARY:' are
    a transcript's turns too)."""
    if len(words) < 3 or not all(ctx.text[ctx.idx[j] : ctx.idx[j] + len(ctx.lower[j])].isupper() for j in words):
        return False
    return any(ctx.lower[j] in _HEADING_WORDS for j in words) and ctx.lower[words[-1]] not in lexicons.load("titles")


# Function words of a heading in capitals ('QUOTE OF THE DAY', 'LEE UP IN OHIO', 'ON THE TRAIL').
_HEADING_WORDS = frozenset("of the in on up down at to for from a an and vs over with by".split())


def _could_speak(ctx: DocContext, start: int, colon: int, root: int) -> bool:
    """Whether the lead-in before a headline colon can be a speaker: a person or an
    organisation the article names ('Trump: …', 'NY Post: …') or a noun that speaks ('Poll:
    …', 'Insiders: …', 'WSJ editorial: …') — not a topic ('Ferry strike: …', 'Coronavirus:
    …') or a kicker ('Breaking: …', 'The Latest: …'). Headline parses are poor (a name in
    capitals is often a common noun), so a word counts as a name when the article tags it
    as a person, organisation or group somewhere after the lead-in."""
    words = [j for j in range(start, colon) if not ctx.punct[j]]
    if not words or (len(words) <= 2 and ctx.lower[words[-1]] in _KICKERS) or section_heading(ctx, words):
        return False
    if len(words) == 1 and ctx.lower[words[0]] in _SECTION_KICKERS:
        return False
    head = ctx.lower[root]
    if head in _LABEL_HEADS and head not in ctx.named_words():
        return False
    lead_in = " ".join(ctx.lower[j] for j in words)
    if head in _SPEAKING_DOCUMENTS or lead_in in _INTERVIEW_TURNS or lead_in in lexicons.load("outlets"):
        return True
    if any(head in lexicons.load(name) or head.rstrip("s") in lexicons.load(name) for name in _SPEAKER_NOUN_LEXICONS):
        return True
    named = ctx.named_words()
    return any(ctx.lower[j] in named for j in words if ctx.pos[j] in ("PROPN", "NOUN"))

