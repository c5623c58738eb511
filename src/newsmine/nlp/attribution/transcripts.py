"""Transcripts, read off the text alone: an interview's 'Q: …'/'A: …' turns
(:func:`answer_paragraphs`) and a debate's, hearing's or TV panel's turns marked by its
speakers' names (:func:`name_turns`). The attribution candidates give each turn to its speaker
(:mod:`.punctuation_candidates`), the speaker resolver its 'I' (:mod:`newsmine.nlp.speakers.interviews`);
both read them once per article through :meth:`.context.DocContext.answer_paragraphs` and
:meth:`.context.DocContext.name_turns`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

__all__ = ["MIN_ANSWER_TURNS", "NameTurn", "answer_paragraphs", "name_turns"]

# A paragraph opening with an answer's turn marker, and how many a text needs to be read as a
# transcript (one 'A:' may be a list item or a typo).
_ANSWER_TURN_RE = re.compile(r"(?m)^[ \t]*A:[ \t]+\S[^\n]*")
MIN_ANSWER_TURNS = 2
# An interviewee answers in the first person ("I think …", "We changed the system …"); an
# explainer's answers ("Q: What is the Electoral College? A: It is …") are the writer's, in the
# third. At least this share of the answers must hold a first-person word.
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|we|our|us)\b")
_MIN_FIRST_PERSON_SHARE = 0.5


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
