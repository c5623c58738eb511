"""Transcripts, read off the text alone: an interview's 'Q: …'/'A: …' turns
(:func:`answer_paragraphs`) and a debate's, hearing's, TV panel's or briefing's turns marked by
its speakers' names or offices (:func:`name_turns`: 'TAPPER: …', 'MS. PSAKI: …', 'THE PRESIDENT:
…'), with a briefing's reporters' 'Q …' turns between them (:func:`_question_turns`). The attribution candidates give each turn to its speaker
(:mod:`.punctuation_candidates`), the speaker resolver its 'I' (:mod:`newsmine.nlp.speakers.interviews`);
both read them once per article through :meth:`.context.DocContext.answer_paragraphs` and
:meth:`.context.DocContext.name_turns`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

__all__ = ["EXAMINATION_TURN_RE", "MIN_ANSWER_TURNS", "OPERATOR_TURN_RE", "NameTurn", "answer_paragraphs", "name_turns"]

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
    at least MIN_ANSWER_TURNS of them, at least half of them in the first person. Without such
    turns, the answers of an interview written without markers (:func:`_unmarked_answers`)."""
    spans = [match.span() for match in _ANSWER_TURN_RE.finditer(text)]
    if len(spans) < MIN_ANSWER_TURNS:
        return _unmarked_answers(text)
    first_person = sum(bool(_FIRST_PERSON_RE.search(text, start + 2, end)) for start, end in spans)
    return spans if first_person >= _MIN_FIRST_PERSON_SHARE * len(spans) else []


# An interview written without 'Q:'/'A:': its questions are paragraphs of their own ending in
# '?', most of them put to "you"; how many make an interview (one or two are an op-ed's
# rhetorical questions, answered by the writer).
_MIN_UNMARKED_QUESTIONS = 3
_PARAGRAPH_RE = re.compile(r"[^\n]*\S[^\n]*")
_SECOND_PERSON_RE = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# How an introduction announces the conversation that follows ("He spoke to us in his kitchen",
# "in an interview", "This transcript has been edited"): an op-ed's questions put to its reader
# ("Do you remember when the buses ran on time? ¶ I do.") have the interview's layout, not this.
_INTERVIEW_RE = re.compile(
    r"\b(?:(?:spoke|speaks|talked|talks|chatted|sat down)\s+(?:to|with)\b|interview|conversation|transcript|edited|Q&A)",
    re.IGNORECASE,
)
# A question is short; a paragraph ending in '?' that runs longer is a writer's argument.
_MAX_QUESTION_CHARS = 400


def _unmarked_answers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each answer of an interview written without turn markers: after an
    introduction, the interviewer's questions as paragraphs of their own ending in '?' (not in
    quotation marks), each followed by the interviewee's answer, one or more paragraphs that
    do not. [] unless at least _MIN_UNMARKED_QUESTIONS questions are each answered, at least
    half of them put to "you" and at least half of the answers in the first person (an op-ed's
    or explainer's questions are the writer's, answered in the third person or to no one)."""
    paragraphs = [m.span() for m in _PARAGRAPH_RE.finditer(text)]
    question = [_asks(text, start, end) for start, end in paragraphs]
    if sum(question) < _MIN_UNMARKED_QUESTIONS:
        return []
    first = question.index(True)
    if first == 0:
        return []  # no introduction: a list of questions, not an interview
    if not _INTERVIEW_RE.search(text, 0, paragraphs[first][0]):
        return []  # an op-ed's questions to its reader, answered by its writer ("Do you remember …? I do.")
    answers: list[tuple[int, int]] = []
    asked = put_to_you = 0
    for k in range(first, len(paragraphs)):
        start, end = paragraphs[k]
        if question[k]:
            asked += 1
            put_to_you += bool(_SECOND_PERSON_RE.search(text, start, end))
            if k + 1 >= len(paragraphs) or question[k + 1]:
                return []  # a question left unanswered: no interview's layout
        else:
            answers.append((start, end))
    if asked < _MIN_UNMARKED_QUESTIONS or put_to_you < asked / 2:
        return []
    first_person = sum(bool(_FIRST_PERSON_RE.search(text, start, end)) for start, end in answers)
    return answers if first_person >= _MIN_FIRST_PERSON_SHARE * len(answers) else []


def _asks(text: str, start: int, end: int) -> bool:
    """Whether a paragraph is a question of its own: short, ending in '?', not opening with a
    quotation mark ('"Why not?" she asked.' ends otherwise; '"Why not?"' is a quotation)."""
    body = text[start:end].strip()
    return body.endswith("?") and len(body) <= _MAX_QUESTION_CHARS and body[:1] not in "\"'“‘"


# A debate's or hearing's turn, marked by its speaker's name at the start of a paragraph
# ('TAPPER: …', 'Sen. Elizabeth Warren: …', 'Rep. Trey Gowdy (R-S.C.):"…"', a whole quoted turn
# '"Chris Matthews: …"'): capitalised words (a few lower-case ones may come first: 'Former
# secretary of state Hillary Clinton:'), an optional parenthesis (party and state), an optional
# role in capitals after a comma (a TV network's transcript names each guest once so: 'PHIL
# GARRITY, REPUBLICAN STRATEGIST: …', 'SEN. ELLEN MARSH (D-VT), PRESIDENTIAL CANDIDATE: …', then
# 'GARRITY: …'; in capitals only, so a mixed-case line 'Des Moines, Iowa: …' is none), the colon.
_NAME_TURN_RE = re.compile(
    r"(?m)^[ \t]*[\"“]?(?P<bold>\*\*|__)?(?P<name>(?:[A-Za-z][\w'’.-]*[ \t]+){0,6}?(?P<last>[A-Z][\w'’-]*)\.?)"
    r"(?:[ \t]+\([^()\n]{1,20}\))?(?P<role>,[ \t]+[A-Z][A-Z0-9 \t.'’&/-]{1,40}?)?(?P<affiliation>[ \t]+(?:[—–]|--?)[ \t]+[A-Z][^\n:—–]{1,59}?)?"
    r"[ \t]*(?P<shut>\*\*|__)?(?P<colon>:)(?P<shut_after>\*\*|__)?(?=[ \t\"“])[ \t]*(?P<rest>\S[^\n]*)"
)
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# A government transcript's label for an office holder, in capitals ('THE PRESIDENT: …', 'THE VICE
# PRESIDENT: …', 'THE FIRST LADY: …'): a person's turn though no name is written; the speaker
# resolver reads it as the title it is (the article's president). A closed set: 'THE LATEST: …'
# and a headline's 'The Ninth Circle: …' are no speakers.
_TITLE_LABEL_RE = re.compile(r"THE[ \t]+(?:VICE[ \t]+PRESIDENT|PRESIDENT|FIRST[ \t]+LADY|PRIME[ \t]+MINISTER|SECRETARY|GOVERNOR|MAYOR)")
# A conference call's operator opening a paragraph ('Operator: Our next question comes from …'):
# the call's procedure, read by no one the analyst counts (:func:`.not_speech.in_operator_turn`).
OPERATOR_TURN_RE = re.compile(r"[ \t]*(?:the[ \t]+)?operator[ \t]*:", re.IGNORECASE)
# A court transcript's examination: a paragraph opening 'Q.' or 'A.', a space, then the words
# (:mod:`.examinations` gives them to the lawyer and the witness); it ends a name turn.
EXAMINATION_TURN_RE = re.compile(r"(?m)^[ \t]*(?P<marker>[QA])\.[ \t]+(?P<rest>\S[^\n]*)")
# A turn says something: at least this many words ('Clinton: 2,316.' is a delegate count), and
# does not open with a figure ('Clinton: 45 percent of likely voters' is a poll's line).
_MIN_TURN_WORDS = 2
# At most this many lower-case words in a turn's name ('Former secretary of state …').
_MAX_LOWER_NAME_WORDS = 4
# Unmarked paragraphs between two turns of different speakers continue the first ('TAPPER:
# And obviously, … ¶ Specifically I’ve heard from …? ¶ FALLIN: …'), up to this many; a stage
# direction ('(END VIDEO CLIP.)', '[crosstalk]', an elision '….') ends the turn. Between two
# turns of one speaker they are the writer's (the transcript would not name the speaker again).
# No limit in a briefing's transcript, whose 'Q' turns leave little room for a writer's
# paragraphs; one that names the one answering ('Lowell did not say when.') still ends the turn.
_MAX_CONTINUED = 3


@dataclass(frozen=True, slots=True)
class NameTurn:
    """One turn of a transcript marked by names: the name as written (a title and parenthesis
    left out of ``last``), the colon, and the paragraphs it speaks for."""

    name: tuple[int, int]  # the name before the colon ('Rep. Trey Gowdy', 'TAPPER')
    last: tuple[int, int]  # the name's last word, the speaker's head ('Gowdy')
    colon: int
    parts: tuple[tuple[int, int], ...]  # the turn's paragraphs, from the colon on
    # A briefing's 'Q' turn (:func:`_question_turns`), whose name is the marker 'Q': where the
    # reporter asking is named ('Ken Oduya' in 'Q Ken Oduya, Associated Press. Does …', 'Olivia'
    # in the press secretary's 'Olivia.' before it), None for a reporter the transcript leaves
    # unnamed; None for every other turn.
    asker: tuple[int, int] | None = None

    @property
    def is_question(self) -> bool:
        """Whether this is a briefing's 'Q' turn: its name is the one-letter marker, where the
        colon is counted from (a name turn's colon follows its name)."""
        return self.name == (self.colon, self.colon + 1)


def name_turns(text: str, person_words: Collection[str], *, headline: bool = True) -> list[NameTurn]:
    """The turns of a transcript marked by its speakers' names (a debate, a hearing, a TV panel):
    [] unless the text reads as one. A turn opens a paragraph below the headline with a name and
    a colon and says something (two words or more); the name is a person's, either because its
    last word is one of ``person_words`` (lower-cased words the article tags as a person's name)
    or because a one-word turn repeats another turn's surname ('JAKE TAPPER: …' then 'TAPPER:
    …'), or it is an office's label in capitals ('THE PRESIDENT: …', :data:`_TITLE_LABEL_RE`).
    A briefing's 'Q …' paragraphs between them are turns too (:func:`_question_turns`), so the
    answers' later paragraphs run on to the next question (however many: elsewhere up to
    _MAX_CONTINUED). The text is a transcript when it has two turns or more that form an exchange: one
    speaker takes two turns, or two turns follow each other. Headings that only look like turns
    ('Sanders: Win in a walk.' over each candidate's section, 'Iowa: Tim Albrecht, …', 'UPDATE:
    …') fail one of these: no person, or no exchange. ``headline``: whether the first line is the
    headline (a JSON or HTML article's text opens with body, perhaps with the first turn)."""
    # Lines with a word or mark on them: a blank line of Windows copy ("\r") is no line, or it
    # read as a stage direction between an answer and its next paragraph and ended the turn.
    lines = [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text)]
    first = 1 if headline else 0
    if len(lines) < 2 + first:
        return []
    found = []  # (line number, match)
    for number, (start, end) in enumerate(lines[first:], first):
        match = _NAME_TURN_RE.match(text, start, end)
        if match is None or len(_WORD_RE.findall(match.group("rest"))) < _MIN_TURN_WORDS or not _bold_closed(match):
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
    for n, m in found:
        if _TITLE_LABEL_RE.fullmatch(m.group("name")):
            last_word[n] = m.group("name").lower()  # 'THE PRESIDENT': one speaker, told from 'THE VICE PRESIDENT'
    speakers = [
        (n, m) for n, m in found
        if _is_person_word(last_word[n], person_words) or last_word[n] in repeated_in_full or _TITLE_LABEL_RE.fullmatch(m.group("name"))
    ]  # fmt: skip
    if len(speakers) < 2:
        return []
    numbers = [n for n, _ in speakers]
    counts = Counter(last_word[n] for n in numbers)
    adjacent = any(_only_directions(text, lines, a + 1, b) for a, b in zip(numbers, numbers[1:]))
    if max(counts.values()) < 2 and not adjacent:
        return []
    each_once = max(counts.values()) < 2
    if each_once and all(m.group("affiliation") or m.group("role") for _, m in speakers):
        return []  # a who's who ('Ana Ruiz — Finance Director: Joined in 2021 …'), each once with a role
    questions = _question_turns(text, lines, set(numbers), first, person_words)
    if each_once and not questions and all(_TITLE_LABEL_RE.fullmatch(m.group("name")) or m.group("role") for _, m in speakers):
        # a who's who of offices ('THE MAYOR: Dana Ruiz, 54, …', 'THE GOVERNOR: Tom Berg …'; review60d): a news
        # conference's 'THE PRESIDENT:' speaks again, or answers a 'Q' turn
        return []
    if questions:
        speakers = sorted(speakers + questions, key=lambda found: found[0])
        numbers = [n for n, _ in speakers]
        last_word.update((n, _QUESTION_MARKER) for n, _ in questions)
    # A briefing's transcript is turns only, with no writer's paragraphs between them: the press
    # secretary's opening statement runs to the first question however long (leftovers61).
    max_continued = len(lines) if questions else _MAX_CONTINUED
    turns = []
    for k, (number, match) in enumerate(speakers):
        parts = [(match.start("rest"), lines[number][1])]
        following = numbers[k + 1] if k + 1 < len(numbers) else None
        next_speaker = last_word[following] if following is not None else None
        if following is not None and following - number - 1 <= max_continued and next_speaker != last_word[number]:
            for between in range(number + 1, following):
                line = text[lines[between][0] : lines[between][1]].rstrip()
                if _is_direction(text, *lines[between]) or _NAME_TURN_RE.match(text, *lines[between]) or line.endswith(":"):
                    break  # a stage direction, a heading, or the writer introducing the next turn ('Here is Ruiz:')
                if _EDITORS_NOTE_RE.match(text, *lines[between]):
                    break  # "Editor's note: …": the outlet's words, not the speaker's
                if EXAMINATION_TURN_RE.match(text, *lines[between]):
                    break  # a court transcript's 'Q. …' or 'A. …': the lawyer's or the witness's turn
                if questions and _names_the_speaker(line, last_word[number]):
                    break  # 'Lowell did not say when.': the writer's, between a briefing's excerpts (review61b)
                parts.append(lines[between])
        if last_word[number] == _QUESTION_MARKER:
            marker = match.span("marker")
            turns.append(NameTurn(marker, marker, marker[0], tuple(parts), _asker(text, lines, number, match.start("rest"), numbers, turns, person_words)))
        else:
            turns.append(NameTurn(match.span("name"), match.span("last"), match.start("colon"), tuple(parts)))
    return turns


def _names_the_speaker(paragraph: str, surname: str) -> bool:
    """Whether ``paragraph`` names by ``surname`` (a turn's speaker's, lower case) the one whose
    turn it would run on: one answering does not call herself 'Lowell', the writer between a
    briefing's excerpts does ('Lowell did not say when.')."""
    return surname != _QUESTION_MARKER and re.search(rf"\b{re.escape(surname.title())}\b", paragraph) is not None


# A White House briefing's or gaggle's question, as the government and the outlets publish the
# transcripts: a paragraph opening 'Q', then a space or a colon, then the question ('Q Thanks,
# Dana. …', 'Q: And on Syria?'); the reporters' turns between the labelled turns of the one who
# answers ('MS. WHITFIELD: …', 'MR. EARNEST: …').
_QUESTION_TURN_RE = re.compile(r"[ \t]*(?P<marker>Q)(?P<colon>:?)[ \t]+(?P<rest>[A-Z\"“'‘(][^\n]*)")
# The 'Q' turns' key among the turns' surnames (``last_word`` in :func:`name_turns`): one speaker
# for every 'Q', so an answer between two of them runs on, and a key no written surname can be.
_QUESTION_MARKER = "\x00q"
# How many 'Q' turns make a briefing's questions (one 'Q …' paragraph may be a line of prose).
_MIN_QUESTION_TURNS = 2
# A reporter naming himself and his outlet at the start of his question: 'Ken Oduya, Associated
# Press.', 'Thanks, Dana. Olivia Brandt, McClatchy.' (two or three capitalised words, a comma,
# the outlet's capitalised words, a full stop), within the turn's first words. Not a name opening
# with a title: 'President Obama, Syria.' and 'Prime Minister Trudeau, Ukraine.' address the one
# who answers, with the question's subject (review60d); a reporter names himself without one.
_ADDRESS_TITLES = (
    r"(?:Mr|Mrs|Ms|Madam|Madame|Dr|President|Prime|Minister|Premier|Chancellor|Secretary|Senator|Sen|"
    r"Representative|Rep|Congressman|Congresswoman|Governor|Gov|Mayor|Speaker|Leader|General|Ambassador|"
    r"Chairman|Chairwoman|Director|Commissioner|Chief|Judge|Justice|King|Queen|Prince|Princess)\b"
)
_SELF_NAMED_RE = re.compile(
    rf"(?:^|[.!?][ \t]+)(?!{_ADDRESS_TITLES})(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*){{0,2}}[ \t]+(?P<last>[A-Z][\w'’-]+)),"
    r"[ \t]+[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z&][\w&'’.-]*|of|the))*\.(?=[ \t])"
)
_SELF_NAMED_WITHIN = 80
# The one who answers calling on the next reporter, on a line of its own or ending the answer:
# 'Olivia.', 'Ken, go ahead.', 'Last one. Jordan.', a given name as the last sentence.
_CALLED_ON_RE = re.compile(r"(?m)(?:^|[.!?][ \t]+)(?P<name>[A-Z][a-z][\w'’-]*)(?:,[ \t]+go[ \t]+ahead)?[.!]?[ \t]*$")
# A line of its own before a 'Q' turn this short is a call on someone ('Go ahead.', 'Yes, ma'am.',
# 'In the back.'): without a name, a reporter the transcript does not name.
_MAX_CALL_WORDS = 5


def _question_turns(
    text: str, lines: list[tuple[int, int]], turn_lines: set[int], first: int, person_words: Collection[str]
) -> list[tuple[int, re.Match]]:
    """The 'Q' turns of a briefing transcript whose answers are labelled turns (``turn_lines``,
    line numbers): [] unless there are at least _MIN_QUESTION_TURNS, one of them asking ('?'),
    and the text is no interview in 'Q:'/'A:' turns (:func:`answer_paragraphs` reads those).
    A line whose 'Q' is a person's initial (:func:`_q_is_an_initial`) is none."""
    if len(_ANSWER_TURN_RE.findall(text)) >= MIN_ANSWER_TURNS:
        return []
    found = []
    for number in range(first, len(lines)):
        match = _QUESTION_TURN_RE.match(text, *lines[number])
        if number in turn_lines or match is None or len(_WORD_RE.findall(match.group("rest"))) < _MIN_TURN_WORDS:
            continue
        if not _q_is_an_initial(match.group("rest"), person_words):
            found.append((number, match))
    if len(found) < _MIN_QUESTION_TURNS or not any("?" in m.group("rest") for _, m in found):
        return []
    return found


# The capitalised words opening a 'Q' line's rest: a name ('Lazzarus', 'Ken Oduya').
_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


def _q_is_an_initial(rest: str, person_words: Collection[str]) -> bool:
    """Whether a line's opening 'Q' is a person's initial ('Q Lazzarus sang at the club …', a
    line of prose beside a transcript's turns; review60d): the article tags 'Q' as a word of a
    person's name and the line goes on with such a name's word, no comma after the name. A
    reporter naming himself or the one he asks puts a comma there ('Q Ken Oduya, Associated
    Press.', 'Q Nora, the Senate vote.')."""
    if "q" not in person_words:
        return False
    name = _CAPITALISED_RUN_RE.match(rest)
    return name is not None and name.group().split()[0].lower() in person_words and not rest[name.end() :].startswith(",")


def _asker(
    text: str,
    lines: list[tuple[int, int]],
    number: int,
    rest: int,
    numbers: list[int],
    turns: list[NameTurn],
    person_words: Collection[str],
) -> tuple[int, int] | None:
    """Where the reporter asking the 'Q' turn on line ``number`` is named: in the turn ('Q Ken
    Oduya, Associated Press. …'), else on the line before it calling on him ('Olivia.', 'Ken,
    go ahead.', an answer ending '… Jordan.'), else the asker of the 'Q' turn before (a follow-
    up: 'Q But he hasn't ruled it out?'), unless a short line calls on someone without a name
    ('Go ahead.'): then, as in a transcript that names no reporter, None. A name counts only
    when it is a person's (``person_words``). ``rest``: where the turn's words start, after its 'Q'."""
    end = lines[number][1]
    opening = text[rest : min(end, rest + _SELF_NAMED_WITHIN)]
    named = _SELF_NAMED_RE.search(opening)
    if named is not None and named.group("last").lower() in person_words:
        return rest + named.start("name"), rest + named.end("name")
    if number - 1 >= 0:
        before_start, before_end = lines[number - 1]
        called = _CALLED_ON_RE.search(text, before_start, before_end)
        if called is not None and called.group("name").lower() in person_words:
            return called.span("name")
        if number - 1 not in numbers and len(text[before_start:before_end].split()) <= _MAX_CALL_WORDS:
            return None  # 'Go ahead.': a reporter the transcript does not name
    return next((turn.asker for turn in reversed(turns) if turn.is_question), None)


def _bold_closed(match: re.Match) -> bool:
    """Whether a turn's name opened in Markdown bold closes it once, before the colon or after
    it ('**Kestrel:**', '**Kestrel**:'), and one not opened in bold closes none."""
    closed = (match.group("shut") is not None) + (match.group("shut_after") is not None)
    return closed == (match.group("bold") is not None)


def _surname(word: str) -> str:
    return word.lower().rstrip(".")


def _is_person_word(word: str, person_words: Collection[str]) -> bool:
    """Whether a lower-cased surname is a person's: 'seitz-wald' when 'seitz' and 'wald' are
    (the tokenizer splits a double-barrelled name at its hyphen)."""
    return word in person_words or ("-" in word and all(part in person_words for part in word.split("-") if part))


def _is_direction(text: str, start: int, end: int) -> bool:
    """A stage direction or an elision between turns: '(END VIDEO CLIP.)', '[crosstalk]', '….',
    and one written without brackets ('END VIDEO CLIP', 'END OF EXCERPT': the capitalised word
    'END' alone, not 'Ending …' nor 'End of story, he said'; leftovers62)."""
    line = text[start:end].strip()
    return line[:1] in "([" or not _WORD_RE.search(line) or _BARE_END_RE.match(line) is not None


# A stage direction without brackets: 'END' in capitals as the line's first word.
_BARE_END_RE = re.compile(r"END\b")
# An editor's note between turns ("Editor's note: Ruiz raised the fares in 2024.") is the
# outlet's, not the turn's speaker's: it ends the turn (leftovers62). Its all-capitals form
# ("EDITOR'S NOTE: …") reads as a name turn, which ends the turn already. The plural possessive
# too ("Editors' Note:", as The New York Times writes it; review62a).
_EDITORS_NOTE_RE = re.compile(r"[ \t]*editor(?:['’]s|s['’])\s+note\b", re.IGNORECASE)


def _only_directions(text: str, lines: list[tuple[int, int]], first: int, stop: int) -> bool:
    """Whether the lines [first, stop) are all stage directions (none is true too)."""
    return all(_is_direction(text, *lines[k]) for k in range(first, stop))
