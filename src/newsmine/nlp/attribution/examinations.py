"""A court reporter's transcript, read off the text alone: a witness's examination ('BY MR.
PARK:' then 'Q. …' and 'A. …' paragraphs) and the judge's 'THE COURT: …' turns. News sites
publish such excerpts as they are; the debate-style turns (:func:`.transcripts.name_turns`)
take 'MR. PARK: …' but not these: 'Q.' names no one, 'A.' no one either, and 'THE COURT' is
a body, where the analyst counts the judge.

Each turn found here is a :class:`.transcripts.NameTurn` whose name is written elsewhere in the
article: a question's is the examining lawyer of the last 'BY …:' line above it, an answer's
the witness the questions address by title and surname ('Q. Mr. Hollow, when did …'), the
court's the one judge the article names ('Judge Alice Montero presided'). The attribution
candidates and the speaker resolver read them with the other name turns
(:meth:`.context.DocContext.name_turns`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from newsmine.nlp.attribution.transcripts import EXAMINATION_TURN_RE, NameTurn

__all__ = ["court_turns"]

# Both kinds at least this often: one 'A.' paragraph may be an initial ('A. Ruiz, …').
_MIN_EACH = 2
# 'BY MR. PARK:', 'BY MS. OKAFOR:' on a line of its own: who examines from here on.
_EXAMINER_RE = re.compile(r"(?m)^[ \t]*BY[ \t]+(?P<name>(?:(?:MR|MS|MRS|DR|MISS)\.?[ \t]+)?(?P<last>[A-Z][A-Za-z'’-]+))[ \t]*:[ \t]*$")
# A question addressing the witness: 'Mr. Hollow, when did …', 'And Ms. Reyes, …'.
_ADDRESSED_RE = re.compile(r"(?:Mr|Ms|Mrs|Dr|Miss)\.?[ \t]+(?P<last>[A-Z][a-z][\w'’-]*)(?=,)")
# 'THE COURT: …' opening a paragraph.
_COURT_TURN_RE = re.compile(r"(?m)^[ \t]*(?P<name>THE COURT)(?P<colon>:)[ \t]+(?P<rest>\S[^\n]*)")
# 'Judge Alice Montero', 'Judge Montero': the judge the article names.
_JUDGE_RE = re.compile(r"\bJudge[ \t]+(?P<name>(?:[A-Z][\w'’-]+[ \t]+){0,2}(?P<last>[A-Z][\w'’-]+))")


def court_turns(text: str, person_words: Collection[str]) -> list[NameTurn]:
    """The turns of a court transcript's examination and bench, in the text's order: [] for
    an article that is none. An examination needs at least two 'Q.' and two 'A.' paragraphs;
    a question is a turn only under a 'BY …:' line naming a person (``person_words``: the
    article's lower-cased words of people's names), an answer only when the questions address
    a witness by title and surname. 'THE COURT:' turns need exactly one judge named."""
    turns = _examination_turns(text, person_words) + _bench_turns(text)
    return sorted(turns, key=lambda turn: turn.colon)


def _examination_turns(text: str, person_words: Collection[str]) -> list[NameTurn]:
    markers = list(EXAMINATION_TURN_RE.finditer(text))
    kinds = Counter(m.group("marker") for m in markers)
    if kinds["Q"] < _MIN_EACH or kinds["A"] < _MIN_EACH:
        return []
    examiners = [m for m in _EXAMINER_RE.finditer(text) if m.group("last").lower() in person_words]
    witness = _witness(text, markers, person_words)
    turns = []
    for marker in markers:
        if marker.group("marker") == "Q":
            examiner = next((m for m in reversed(examiners) if m.end() <= marker.start()), None)
            name = last = _first_written(text, examiner.group("last")) if examiner else None
        else:
            name = last = witness
        if name is not None and last is not None:
            turns.append(NameTurn(name, last, marker.start("marker"), (marker.span("rest"),)))
    return turns


def _witness(text: str, markers: list[re.Match], person_words: Collection[str]) -> tuple[int, int] | None:
    """Where the witness is first addressed in a question ('Mr. Hollow' in 'Q. Mr. Hollow,
    when did …'): the surname the questions address most, when it is a person's."""
    addressed: dict[str, tuple[int, int]] = {}
    counts: Counter[str] = Counter()
    for marker in markers:
        if marker.group("marker") != "Q":
            continue
        for found in _ADDRESSED_RE.finditer(text, marker.start("rest"), marker.end("rest")):
            surname = found.group("last").lower()
            if surname in person_words and _addresses(text[marker.start("rest") : found.start()]):
                counts[surname] += 1
                addressed.setdefault(surname, found.span("last"))
    if not counts:
        return None
    surname = counts.most_common(1)[0][0]
    return _first_written(text, surname) or addressed[surname]


# Words a question may open with before the witness's name ('And Ms. Reyes, …', 'Now, Mr. Lund, …').
_OPENING_WORDS = frozenset({"and", "so", "now", "well", "but", "then", "okay", "ok", "all", "right", "sir"})


def _addresses(before: str) -> bool:
    """Whether a name written after ``before``, the question's words up to it, addresses the
    one questioned: it opens the question, perhaps after 'And'/'Now', or is set off by a comma
    ('Tell us, Mr. Lund, …'). A readers' column asks about people by name too ('Q. My doctor
    says Mr. Kellerman, the author of a diet book, is wrong …'): the name there is the subject
    of the question, and the column's expert answers, not he."""
    words = before.split()
    return not words or before.rstrip().endswith(",") or all(w.lower().strip(",") in _OPENING_WORDS for w in words)


def _first_written(text: str, surname: str) -> tuple[int, int] | None:
    """The first time the article writes ``surname`` capitalised, in any case: the
    introduction's 'Dennis Hollow' or 'Ruth Okafor', where a turn's 'Q. Mr. Hollow' or 'BY MS.
    OKAFOR' would give the speaker's span the marker and the title."""
    for found in re.finditer(rf"\b{re.escape(surname)}\b", text, re.IGNORECASE):
        if found.group()[:1].isupper():
            return found.span()
    return None


def _bench_turns(text: str) -> list[NameTurn]:
    """'THE COURT: …' turns, named by the one judge the article names."""
    if "Judge" not in text:
        return []  # no judge named: the pattern tried at every word finds none
    judges: dict[str, re.Match] = {}
    for found in _JUDGE_RE.finditer(text):
        judges.setdefault(found.group("last"), found)  # the first time the article names the judge
    if len(judges) != 1:
        return []
    judge = next(iter(judges.values()))
    return [NameTurn(judge.span("name"), judge.span("last"), m.start("colon"), (m.span("rest"),)) for m in _COURT_TURN_RE.finditer(text)]
