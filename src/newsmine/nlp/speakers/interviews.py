"""Transcripts. An interview written with 'Q: …' turns for the interviewer's questions and
'A: …' turns for the answers: the answers are the interviewee's, and so is 'I' in them, the
person the introduction names most (the transcript itself names nobody as its speaker). Such a
transcript is two or more 'A:' paragraphs, at least half of them in the first person
(:func:`~newsmine.nlp.attribution.transcripts.answer_paragraphs`). A debate, hearing
or TV panel written with its speakers' names ('TAPPER: …', 'Rep. Trey Gowdy (R-S.C.): …';
:func:`~newsmine.nlp.attribution.transcripts.name_turns`): each turn is its named
speaker's, and so is 'I' in it (:class:`TurnSpeakers`). An op-ed signed in an end note
('Rep. Ana Ruiz, D-Ariz., chairs the caucus.' as the last paragraph): its 'I' outside quotation
marks is the writer the note names (:func:`end_note_author`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsmine.nlp.attribution import doc_text
from newsmine.nlp.attribution.transcripts import NameTurn
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.press_people import named_as_press_or_writer

if TYPE_CHECKING:
    from newsmine.nlp.antecedents import DocIndex

__all__ = ["FIRST_PERSON", "SECOND_PERSON", "TurnSpeakers", "addressed_as_interviewee", "asks_as_interviewer", "end_note_author", "interviewee", "interviewer", "interviewer_sitting_with", "speaks_as_interviewee"]

# The interviewer's turn, which ends the introduction.
_TURN_RE = re.compile(r"(?m)^[ \t]*[QA]:[ \t]")
# First-person words that, in an answer and outside quotation marks, are the interviewee.
FIRST_PERSON = frozenset({"i", "me", "my"})


def interviewee(
    doc: Doc, clusters: list[EntityCluster], answers: list[tuple[int, int]], asker: EntityCluster | None = None
) -> EntityCluster | None:
    """The person a transcript's introduction (the text before its first turn) names, the one
    named most often in the article when it names several; None without answers or a person.

    The paragraph right before the first turn leads into it: the person it names most as the
    subject of a sentence is the one answering, when it names anyone so (a news story that goes
    over to a short Q&A after its quotes, '… Asked why, Okafor said …. ¶ Q: …', answers with the
    person it just quoted, not the one it quoted most; an interview's introduction names its
    interviewee last too, 'Biden complained … Here is the edited transcript.'; a person named
    further down a sentence, 'The interview came days after her rival Tom Reyes called for an
    audit.', does not answer). The interviewer it names (``asker``,
    'She spoke with reporter Jim Fenwick') is not counted there. A text with blank lines between
    its paragraphs may wrap their lines: there the paragraph runs from the last blank line."""
    if not answers:
        return None
    intro_end = _introduction_end(doc, answers)
    named = [c for c in clusters if c.label == "PERSON" and c.mentions and c.mentions[0].start_char < intro_end]
    if not named:
        return None
    text = doc_text(doc)
    end = len(text[:intro_end].rstrip())
    blank = text.rfind("\n\n", 0, end)
    lead_in = blank + 2 if blank >= 0 else text.rfind("\n", 0, end) + 1
    in_lead_in = {id(c): 0 if c is asker else sum(lead_in <= m.start_char < intro_end and _main_subject(m) for m in c.mentions) for c in named}
    return max(named, key=lambda c: (in_lead_in[id(c)], len(c.mentions), -c.mentions[0].start_char))


def _main_subject(mention: Span) -> bool:
    """Whether ``mention`` is the subject of its sentence's main verb."""
    root = mention.root
    return root.dep_ in NOUN_SUBJECT_DEPS and root.head.dep_ == "ROOT"


# An end note is one short paragraph ('Ana Ruiz is the governor of Ohio.', a sentence or three).
_END_NOTE_TOKENS = 80


def end_note_author(doc: Doc, index: DocIndex) -> EntityCluster | None:
    """The writer an op-ed's end note names: a last paragraph of at most a few sentences that
    opens with a person's name (after a title: 'Rep. Ana Ruiz, D-Ariz., chairs …') as the subject
    of its first verb ('Ana Ruiz is the governor of Ohio', 'Lee, a law professor, is a member of
    our board'); None otherwise ('Follow Lee on Twitter', a last quote, a transcript's last
    turn 'Tomas Greer: Thank you all for joining.', whose name the parse may make the subject)."""
    text = doc_text(doc)
    body_end = len(text.rstrip())
    start = text.rfind("\n", 0, body_end) + 1
    if start == 0:
        return None
    tokens = [t for t in doc if t.idx >= start and not t.is_space]
    if not tokens or len(tokens) > _END_NOTE_TOKENS or index.in_quote[tokens[0].i]:
        return None
    for token in tokens[:4]:  # 'Rep.', 'Dr.', 'U.S. Rep.' before the name
        cluster = index.cluster_of.get(token.i)
        if cluster is not None:
            if cluster.label != "PERSON":
                return None
            head = token
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            if head.i + 1 < len(doc) and doc[head.i + 1].text == ":":
                return None  # a transcript's last turn ('Tomas Greer: Thank you all for joining.'), no note
            sentence = head.sent
            return cluster if head.dep_ == "nsubj" and head.head.i == sentence.root.i else None
        if not token.text[:1].isupper():
            return None
    return None


def _introduction_end(doc: Doc, answers: list[tuple[int, int]]) -> int:
    """Where a Q&A transcript's introduction ends: at its first 'Q:' or 'A:' turn."""
    first_turn = _TURN_RE.search(doc_text(doc))
    return first_turn.start() if first_turn else answers[0][0]


# 'She spoke with POLITICO's Jim Lee', 'sat down with', 'talked with': the interviewer after 'with'.
_INTERVIEW_VERBS = frozenset({"speak", "talk", "sit", "chat", "meet"})
# The interviewer after another preposition: 'She spoke to Coastline Weekly's Rory Dunne' (the
# British 'to'; not 'sat to', 'met to'), 'she was interviewed by Rory Dunne'.
_INTERVIEWER_AFTER = {"with": _INTERVIEW_VERBS, "to": frozenset({"speak", "talk"}), "by": frozenset({"interview"})}


def interviewer(doc: Doc, answers: list[tuple[int, int]], index: DocIndex) -> EntityCluster | None:
    """The person a transcript's introduction says the interviewee spoke with ('spoke with
    POLITICO senior writer Jim Lee and Post reporter Ana Ruiz': the first named, as for any
    conjunction; 'spoke to …', 'was interviewed by …' too: probe51b); None when it names no
    one so (the questions are then the writer's)."""
    if not answers:
        return None
    intro_end = _introduction_end(doc, answers)
    for token in doc:
        if token.idx >= intro_end:
            break
        if token.head.lemma_ not in _INTERVIEWER_AFTER.get(token.lower_, ()):
            continue
        for object_ in token.children:
            if object_.dep_ != "pobj":
                continue
            for word in _name_words(object_):  # the object's head first ('Gazette reporter Jim Fenwick')
                cluster = index.cluster_of.get(word.i)
                if cluster is not None and cluster.label == "PERSON" and word.idx < intro_end:
                    return cluster
    return None


def interviewer_sitting_with(doc: Doc, intro_end: int, answering: list[EntityCluster], index: DocIndex) -> EntityCluster | None:
    """The person an introduction before ``intro_end`` says sat down (spoke, talked, met) with
    one of the people ``answering`` the transcript's turns ('The Ledger's sports writer Ken
    Alvarez sat down with Hawks coach Dale Harmon', then 'Q: …' and 'HARMON: …'): the verb's
    subject, a person who answers no turn; None if no introduction says so. :func:`interviewer`
    reads the other order ('She spoke with POLITICO's Jim Lee'), where the subject answers;
    here the one answering is the object, so the subject asks ('President Ruiz met with
    Chancellor Berg', both answering a joint press conference's questions, names no asker).
    The verb says it happened ('Ken Alvarez did not sit down with …', '… will sit down with …'
    name no asker), and one who met, spoke or talked with the one answering is one of the press
    (:func:`.press_people.named_as_press_or_writer`): 'Mayor Ruiz met with coach Harmon', then the coach's
    press conference, names no asker; 'sat down with', 'chatted with' are an interview's words
    (review61b)."""
    for token in doc:
        if token.idx >= intro_end:
            break
        verb = token.head
        if token.lower_ != "with" or verb.lemma_ not in _INTERVIEW_VERBS or not _says_it_happened(verb):
            continue
        objects = [index.cluster_of.get(w.i) for o in token.children if o.dep_ == "pobj" for w in _name_words(o)]
        if not any(c is not None and any(c is a for a in answering) for c in objects):
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj":
                continue
            for word in _name_words(subject):
                cluster = index.cluster_of.get(word.i)
                if (
                    cluster is not None
                    and cluster.label == "PERSON"
                    and not any(cluster is a for a in answering)
                    and (verb.lemma_ in _INTERVIEW_ONLY_VERBS or named_as_press_or_writer(index, cluster))
                ):
                    return cluster
    return None


# 'sat down with', 'chatted with': an interview, whoever the subject; 'met with', 'spoke with' are
# as often leaders' or officials' meetings.
_INTERVIEW_ONLY_VERBS = frozenset({"sit", "chat"})


def _says_it_happened(verb: Token) -> bool:
    """Whether ``verb`` is neither negated nor under a modal ('did not sit down', 'will sit
    down', 'could meet'): only a meeting that took place brought the questions."""
    return not any(child.dep_ == "neg" or child.tag_ == "MD" for child in verb.children)


# How the words of the interviewer's own name and description hang on the object of "with"/"to"/
# "by" ("Coastline Weekly's Rory Dunne", "POLITICO senior writer Jim Lee and Post reporter …").
_NAME_DEPS = frozenset({"compound", "poss", "appos", "flat", "conj", "cc", "amod", "det", "case", "punct", "nmod"})


def _name_words(object_: Token) -> list[Token]:
    """``object_`` and the words of its own noun phrase, not those of a clause or an "of" phrase
    hung on it: "was interviewed by detectives investigating the death of Tom Reyes" names no
    interviewer (review51b; Reyes is the dead man), "spoke with the Gazette's Jim Lee" does."""
    words, todo = [], [object_]
    while todo:
        word = todo.pop(0)
        words.append(word)
        todo.extend(c for c in word.children if c.dep_ in _NAME_DEPS)
    return words


def asks_as_interviewer(mention: Span, answers: list[tuple[int, int]]) -> bool:
    """The turn marker 'Q' opening a question of a transcript (one with answers)."""
    if not answers or len(mention) != 1 or mention[0].text != "Q":
        return False
    text = doc_text(mention.doc)
    line_start = text.rfind("\n", 0, mention.start_char) + 1
    return not text[line_start : mention.start_char].strip() and text[mention.end_char : mention.end_char + 1] == ":"


def speaks_as_interviewee(mention: Span, answers: list[tuple[int, int]], index: DocIndex) -> bool:
    """The turn marker 'A' of an answer, or 'I'/'me'/'my' in an answer outside quotation marks."""
    start = mention.start_char
    inside = next(((s, e) for s, e in answers if s <= start < e), None)
    if inside is None or len(mention) != 1:
        return False
    word = mention[0]
    if word.text == "A":
        return not mention.doc.text[inside[0] : start].strip()  # the marker itself, opening the answer
    return word.lower_ in FIRST_PERSON and not index.in_quote[word.i]


# Second-person words that, in a question and outside quotation marks, are the interviewee.
SECOND_PERSON = frozenset({"you", "your"})


def addressed_as_interviewee(mention: Span, answers: list[tuple[int, int]], index: DocIndex) -> bool:
    """'You' or 'your' outside quotation marks in a transcript's question, the paragraph right
    before an answer ("You have said that closing your first restaurant was …"): the interviewer
    puts it to the interviewee."""
    if not answers or len(mention) != 1 or mention[0].lower_ not in SECOND_PERSON or index.in_quote[mention[0].i]:
        return False
    start = mention.start_char
    if any(s <= start < e for s, e in answers):
        return False
    text = doc_text(mention.doc)
    end = text.find("\n", start)
    if end < 0:
        return False
    following = next((s for s, _ in answers if s > start), -1)
    return following >= 0 and not text[end:following].strip()


class TurnSpeakers:
    """The turns of a transcript marked by names, and where a mention stands in them: on a
    turn's name (the speaker), or as 'I'/'me'/'my' in a turn's words outside quotation marks."""

    def __init__(self, text: str, turns: list[NameTurn]):
        self.turns = turns
        # The fullest name written for each surname ('JAKE TAPPER' for 'TAPPER: …').
        self.fullest: dict[str, str] = {}
        for turn in self.turns:
            name = text[turn.name[0] : turn.name[1]]
            surname = text[turn.last[0] : turn.last[1]].lower()
            if len(name) > len(self.fullest.get(surname, "")):
                self.fullest[surname] = name

    def turn_named(self, mention: Span) -> NameTurn | None:
        """The turn whose name the mention is (or is part of)."""
        start, end = mention.start_char, mention.end_char
        return next((t for t in self.turns if start < t.name[1] and t.name[0] < end), None)

    def turn_spoken_in(self, mention: Span, index: DocIndex) -> NameTurn | None:
        """The turn a first-person 'I', 'me', 'my' outside quotation marks stands in."""
        if not self.turns or len(mention) != 1 or mention[0].lower_ not in FIRST_PERSON or index.in_quote[mention[0].i]:
            return None
        start = mention.start_char
        return next((t for t in self.turns if any(s <= start < e for s, e in t.parts)), None)
