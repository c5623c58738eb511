"""Attributions that punctuation makes, not a reporting word: a short lead-in before a
colon ('Newspaper: Defense secretary used …', 'Trump: "…"', an interview's 'Q:'/'A:'), a
name after a dash closing a quotation ('"…" ― Jane Doe'), and the clause a poll is cited in
('Clinton leads by 5 points in a new Quinnipiac poll', cued by 'in').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import NOMINAL_POS, SUBJECT_DEPS, DocContext, opens_with_headline
from newsmine.nlp.attribution.cues import poll_cue

__all__ = ["NameTurn", "answer_paragraphs", "dash_name", "name_turns", "poll_candidates", "punctuation_candidates"]

_DASH_SCORE = 0.9
# A transcript's turn ('Q: …', 'A: …') speaks for its whole paragraph, at this score (the
# content model scores such paragraphs anywhere from 0.03 to 0.4: it has no weights for them).
_TURN_SCORE = 0.9
# A paragraph opening with an answer's turn marker, and how many a text needs to be read as a
# transcript (one 'A:' may be a list item or a typo).
_ANSWER_TURN_RE = re.compile(r"(?m)^[ \t]*A:[ \t]+\S[^\n]*")
MIN_ANSWER_TURNS = 2
# An interviewee answers in the first person ("I think …", "We changed the system …"); an
# explainer's answers ("Q: What is the Electoral College? A: It is …") are the writer's, in the
# third. At least this share of the answers must hold a first-person word.
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|we|our|us)\b")
_MIN_FIRST_PERSON_SHARE = 0.5
# The content model has no weights for a preposition as cue: a poll's clause is taken at this score.
_POLL_SCORE = 0.5
# A person's or organisation's name as written after a dash: capitalised words.
_NAME_RE = re.compile(r"(?:[^\W\d_][\w.'’-]*\.?)(?:[^\S\n]+(?:[A-Z][\w.'’-]*|de|da|del|van|von|bin|al-\w+))*")
# '"…" ― Jane Doe' up to the end of the line.
_DASH_NAME_RE = re.compile(r"[^\S\n]*(?P<dash>[―—–]|--?)[^\S\n]*(?P<name>[^\n]{2,60}?)[^\S\n.]*(?=\n|$)")
# '"…" ¶ - Bernie Sanders.' (quote round-ups): the name on the next line, up to a comma.
_DASH_NAME_NEXT_RE = re.compile(r"[^\S\n]*\n\s*(?P<dash>[―—–]|--?)[^\S\n]*(?P<name>[^\n,]{2,60}?)[^\S\n]*(?=,|\.?[^\S\n]*(?:\n|$))")


def answer_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each 'A: …' paragraph of an interview transcript: [] unless the text has
    at least MIN_ANSWER_TURNS of them, at least half of them in the first person."""
    spans = [match.span() for match in _ANSWER_TURN_RE.finditer(text)]
    if len(spans) < MIN_ANSWER_TURNS:
        return []
    first_person = sum(bool(_FIRST_PERSON_RE.search(text, start + 2, end)) for start, end in spans)
    return spans if first_person >= _MIN_FIRST_PERSON_SHARE * len(spans) else []


# A debate's or hearing's turn, marked by its speaker's name at the start of a paragraph
# ('TAPPER: …', 'Sen. Elizabeth Warren: …', 'Rep. Trey Gowdy (R-S.C.):"…"', a whole quoted turn
# '"Chris Matthews: …"'): capitalised words (a few lower-case ones may come first: 'Former
# secretary of state Hillary Clinton:'), an optional parenthesis (party and state), the colon.
_NAME_TURN_RE = re.compile(
    r"(?m)^[ \t]*[\"“]?(?P<name>(?:[A-Za-z][\w'’.-]*[ \t]+){0,6}?(?P<last>[A-Z][\w'’-]*)\.?)"
    r"(?:[ \t]+\([^()\n]{1,20}\))?[ \t]*(?P<colon>:)(?=[ \t\"“])[ \t]*(?P<rest>\S[^\n]*)"
)
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# A turn says something: at least this many words ('Clinton: 2,316.' is a delegate count), and
# does not open with a figure ('Clinton: 45 percent of likely voters' is a poll's line).
_MIN_TURN_WORDS = 2
# At most this many lower-case words in a turn's name ('Former secretary of state …').
_MAX_LOWER_NAME_WORDS = 4
# Unmarked paragraphs between two turns of different speakers continue the first ('TAPPER:
# And obviously, … ¶ Specifically I’ve heard from …? ¶ FALLIN: …'), up to this many; a stage
# direction ('(END VIDEO CLIP.)', '[crosstalk]', an elision '….') ends the turn. Between two
# turns of one speaker they are the writer's (the transcript would not name the speaker again).
_MAX_CONTINUED = 3


@dataclass(frozen=True, slots=True)
class NameTurn:
    """One turn of a transcript marked by names: the name as written (a title and parenthesis
    left out of ``last``), the colon, and the paragraphs it speaks for."""

    name: tuple[int, int]  # the name before the colon ('Rep. Trey Gowdy', 'TAPPER')
    last: tuple[int, int]  # the name's last word, the speaker's head ('Gowdy')
    colon: int
    parts: tuple[tuple[int, int], ...]  # the turn's paragraphs, from the colon on


def name_turns(text: str, person_words: Collection[str], *, headline: bool = True) -> list[NameTurn]:
    """The turns of a transcript marked by its speakers' names (a debate, a hearing, a TV panel):
    [] unless the text reads as one. A turn opens a paragraph below the headline with a name and
    a colon and says something (two words or more); the name is a person's, either because its
    last word is one of ``person_words`` (lower-cased words the article tags as a person's name)
    or because a one-word turn repeats another turn's surname ('JAKE TAPPER: …' then 'TAPPER:
    …'). The text is a transcript when it has two turns or more that form an exchange: one
    speaker takes two turns, or two turns follow each other. Headings that only look like turns
    ('Sanders: Win in a walk.' over each candidate's section, 'Iowa: Tim Albrecht, …', 'UPDATE:
    …') fail one of these: no person, or no exchange. ``headline``: whether the first line is the
    headline (a JSON or HTML article's text opens with body, perhaps with the first turn)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    first = 1 if headline else 0
    if len(lines) < 2 + first:
        return []
    found = []  # (line number, match)
    for number, (start, end) in enumerate(lines[first:], first):
        match = _NAME_TURN_RE.match(text, start, end)
        if match is None or len(_WORD_RE.findall(match.group("rest"))) < _MIN_TURN_WORDS:
            continue
        if match.group("rest")[:1].isdigit():
            continue  # a count or a share ('Ruiz: 45 percent of likely voters'), not a turn
        words = match.group("name").split()
        if not words[0][:1].isupper() or sum(not w[:1].isupper() for w in words) > _MAX_LOWER_NAME_WORDS:
            continue
        found.append((number, match))
    if len(found) < 2:
        return []
    last_word = {n: _surname(m.group("last")) for n, m in found}
    surnames_alone = {last_word[n] for n, m in found if len(m.group("name").split()) == 1}
    repeated_in_full = {last_word[n] for n, m in found if len(m.group("name").split()) > 1} & surnames_alone
    speakers = [(n, m) for n, m in found if _is_person_word(last_word[n], person_words) or last_word[n] in repeated_in_full]
    if len(speakers) < 2:
        return []
    numbers = [n for n, _ in speakers]
    counts = Counter(last_word[n] for n in numbers)
    adjacent = any(_only_directions(text, lines, a + 1, b) for a, b in zip(numbers, numbers[1:]))
    if max(counts.values()) < 2 and not adjacent:
        return []
    turns = []
    for k, (number, match) in enumerate(speakers):
        parts = [(match.start("rest"), lines[number][1])]
        following = numbers[k + 1] if k + 1 < len(numbers) else None
        next_speaker = last_word[following] if following is not None else None
        if following is not None and following - number - 1 <= _MAX_CONTINUED and next_speaker != last_word[number]:
            for between in range(number + 1, following):
                line = text[lines[between][0] : lines[between][1]].rstrip()
                if _is_direction(text, *lines[between]) or _NAME_TURN_RE.match(text, *lines[between]) or line.endswith(":"):
                    break  # a stage direction, a heading, or the writer introducing the next turn ('Here is Ruiz:')
                parts.append(lines[between])
        turns.append(NameTurn(match.span("name"), match.span("last"), match.start("colon"), tuple(parts)))
    return turns


def _surname(word: str) -> str:
    return word.lower().rstrip(".")


def _is_person_word(word: str, person_words: Collection[str]) -> bool:
    """Whether a lower-cased surname is a person's: 'seitz-wald' when 'seitz' and 'wald' are
    (the tokenizer splits a double-barrelled name at its hyphen)."""
    return word in person_words or ("-" in word and all(part in person_words for part in word.split("-") if part))


def _is_direction(text: str, start: int, end: int) -> bool:
    """A stage direction or an elision between turns: '(END VIDEO CLIP.)', '[crosstalk]', '….'."""
    line = text[start:end].strip()
    return line[:1] in "([" or not _WORD_RE.search(line)


def _only_directions(text: str, lines: list[tuple[int, int]], first: int, stop: int) -> bool:
    """Whether the lines [first, stop) are all stage directions (none is true too)."""
    return all(_is_direction(text, *lines[k]) for k in range(first, stop))


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
    secretary used …', 'Trump: "…"') and a name after a dash closing a quotation
    ('"…" ― Jane Doe')."""
    out = []
    transcript = bool(answer_paragraphs(ctx.text))
    turns = name_turns(ctx.text, ctx.person_words(), headline=opens_with_headline(ctx.doc))
    turn_colons = set()
    for turn in turns:
        colon = ctx.token_at_char(turn.colon)  # its own token, or the end of one ('(R-S.C.):')
        turn_colons.add(colon)
        source = ctx.token_at_char(turn.last[0])
        parts = [rng for start, end in turn.parts if (rng := ctx.char_range(ctx.token_at_char(start), ctx.token_at_char(end - 1) + 1))]
        if parts:
            out.append(Candidate(colon, ctx.idx[colon], (colon, colon + 1), parts, "colon", source, fixed_score=_TURN_SCORE))
    for s_start, s_end in ctx.sent_bounds:
        for i in range(s_start + 1, min(s_end, s_start + 8)):
            if i in turn_colons:
                break
            if ctx.lower[i] != ":" or ctx.quote_of[i] >= 0:
                continue
            left = range(s_start, i)
            turn = i == s_start + 1 and ctx.lower[s_start] in _INTERVIEW_TURNS  # 'A' may be read as an article
            answer = _turn_paragraph(ctx, s_start, i) if turn and transcript else None
            if answer is not None:
                out.append(Candidate(i, ctx.idx[i], (i, i + 1), [answer], "colon", s_start, fixed_score=_TURN_SCORE))
                break
            if any(ctx.pos[j] == "VERB" for j in left) or not (turn or any(ctx.pos[j] in NOMINAL_POS for j in left)):
                break
            rng = ctx.char_range(i + 1, s_end)
            root = next((j for j in left if not (s_start <= ctx.head[j] < i) or ctx.head[j] == j), i - 1)
            if not _could_speak(ctx, s_start, i, root):
                break
            parts = _colon_content(ctx, s_start, i, rng) if rng is not None else []
            if parts:
                out.append(Candidate(i, ctx.idx[i], (i, i + 1), parts, "colon", root))
            rest = _colon_paragraph(ctx, s_start, i, parts)
            if rest is not None:
                out.append(Candidate(i, ctx.idx[i], (i, i + 1), [rest], "colon", root))
            break
    text = ctx.text
    for stretch in ctx.stretches:
        match = dash_name(text, stretch.end)
        if match is None:
            continue
        dash = ctx.token_at_char(match.start("dash"))
        name_start, name_end = ctx.token_at_char(match.start("name")), ctx.token_at_char(match.end("name") - 1) + 1
        if name_end - name_start > 6 or not any(ctx.pos[j] == "PROPN" for j in range(name_start, name_end)):
            continue
        names = [j for j in range(name_start, name_end) if ctx.pos[j] == "PROPN"]
        root = next((j for j in names if not (name_start <= ctx.head[j] < name_end) or ctx.head[j] == j), names[-1])
        # PolNeAR train has no such attribution, so the model cannot score it; it is a fixed
        # convention of news features and quote round-ups, taken as is.
        out.append(Candidate(dash, ctx.idx[dash], (dash, dash + 1), list(stretch.pieces), "dash", root, fixed_score=_DASH_SCORE))
    return out


def poll_candidates(ctx: DocContext) -> list[Candidate]:
    """'In a CNN poll released Monday, 50 percent chose Clinton', 'Trump leads by 9 points
    in the RealClearPolitics average of polls': the clause without the poll's phrase (what
    follows a phrase that opens the clause, else what comes before it), cued by 'in', the
    poll its source."""
    out = []
    for i in range(ctx.n):
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


def _turn_paragraph(ctx: DocContext, s_start: int, colon: int) -> tuple[int, int] | None:
    """A transcript's turn opening its paragraph ('A: It is fair to ask. We changed …'): its
    content, from the colon to the paragraph's end; None when the turn opens no paragraph."""
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[s_start]]
    return ctx.char_range(colon + 1, p_end) if p_start == s_start else None


# Headline kickers: a word before a colon that announces, not a speaker ('Breaking: …').
_KICKERS = frozenset("""breaking exclusive update updated latest live watch look wow boom busted bombshell revealed
 revealing leaked video photos photo gallery analysis explainer factbox timeline opinion review recap preview
 quiz podcast newsletter listen read""".split())
# Documents that speak for their authors ('Poll: …', 'IG report: …', 'WSJ editorial: …').
_SPEAKING_DOCUMENTS = frozenset("poll polls survey study report memo editorial letter statement lawsuit filing audit".split())
# An interview transcript's turns: 'Q: …' the interviewer's, 'A: …' the interviewee's.
_INTERVIEW_TURNS = frozenset({"q", "a"})
_SPEAKER_NOUN_LEXICONS = ("organisation_nouns", "anonymous", "titles", "person_nouns", "outlets")


def _could_speak(ctx: DocContext, start: int, colon: int, root: int) -> bool:
    """Whether the lead-in before a headline colon can be a speaker: a person or an
    organisation the article names ('Trump: …', 'NY Post: …') or a noun that speaks ('Poll:
    …', 'Insiders: …', 'WSJ editorial: …') — not a topic ('Ferry strike: …', 'Coronavirus:
    …') or a kicker ('Breaking: …', 'The Latest: …'). Headline parses are poor (a name in
    capitals is often a common noun), so a word counts as a name when the article tags it
    as a person, organisation or group somewhere after the lead-in."""
    words = [j for j in range(start, colon) if not ctx.punct[j]]
    if not words or (len(words) <= 2 and ctx.lower[words[-1]] in _KICKERS):
        return False
    head = ctx.lower[root]
    lead_in = " ".join(ctx.lower[j] for j in words)
    if head in _SPEAKING_DOCUMENTS or lead_in in _INTERVIEW_TURNS or lead_in in lexicons.load("outlets"):
        return True
    if any(head in lexicons.load(name) or head.rstrip("s") in lexicons.load(name) for name in _SPEAKER_NOUN_LEXICONS):
        return True
    named = ctx.named_words()
    return any(ctx.lower[j] in named for j in words if ctx.pos[j] in ("PROPN", "NOUN"))

