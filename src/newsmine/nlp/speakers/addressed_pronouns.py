"""'When a reporter pressed him on whether the ambassador would be recalled, he said, "…"': an
unnamed asker whose verb takes "him" (or "her") as its object addressed someone else, so the
"he" (or "she") who answers in the same sentence is the one addressed, not the asker speaking
again nor the unnamed subject just before (:func:`addressed_by_the_asker`, asked by
:func:`.pronouns._previous_unnamed_again` and :func:`.pronouns._unnamed_subject_before`).
Probe51c.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS

# A subject pronoun and the object form of the same person.
_OBJECT_OF = {"he": "him", "she": "her"}
# Verbs of putting a question: the one asked answers in the next sentence too.
_ASKING_VERBS = frozenset({"ask", "press", "question", "quiz", "query", "interrupt"})
# Of those, the verbs that put a question to the one named as their object, who answers next:
# not "Holt interrupted Fairbanks. \"That is enough,\" she said.", the one interrupting going on (review59d).
_QUESTIONING_VERBS = _ASKING_VERBS - {"interrupt"}
# Marks that open a quotation: a sentence opening with one is quoted words, no narration.
_OPENING_MARKS = ('"', "\u201c", "\u2018", "'")


def addressed_by_the_asker(asker: Token, pronoun: Token) -> bool:
    """Whether ``asker`` is the subject of a verb in ``pronoun``'s sentence, or in the sentence
    right before it, whose object is the object form of ``pronoun`` ("a reporter pressed him …
    he said"; "A reporter asked her what came next. \"We wait,\" she said.": the answer a
    sentence on, xfail54 — only after a verb of asking: "What a partner told him to do. After
    …, he recommended" is the partner going on, PolNeAR train): not a reflexive or a
    possessive ("asked his aide" is no one addressed as "him")."""
    wanted = _OBJECT_OF.get(pronoun.lower_)
    if wanted is None or asker.dep_ not in NOUN_SUBJECT_DEPS:
        return False
    verb = asker.head
    if asker.sent.start != pronoun.sent.start and not (verb.lemma_ in _ASKING_VERBS and _next_sentence(asker, pronoun)):
        return False
    return any(c.dep_ in ("dobj", "dative") and c.lower_ == wanted and c.tag_ == "PRP" for c in verb.children)


def _next_sentence(asker: Token, pronoun: Token) -> bool:
    """Whether ``pronoun`` is in the sentence after ``asker``'s; a quotation the parse made a
    sentence of its own ('"We wait,"| she said.') does not count between them. Not when the
    words quoted before ``pronoun`` are a question: 'A reporter asked her what came next. "Will
    you run again?" she said.' is the asker asking again, no answer (review54c)."""
    first, start = asker.sent.end, pronoun.sent.start
    if first > start:
        return False
    doc = pronoun.doc
    if _a_question_before(doc[first].idx if first < len(doc) else pronoun.idx, pronoun):
        return False
    sentences = 0
    i = first
    while i < start:
        sent = doc[i].sent
        if not sent.text.lstrip().startswith(_OPENING_MARKS):
            sentences += 1
        i = sent.end
    return sentences == 0


# What may close a quotation after its last word: marks, and the comma before the credit.
_CLOSING = "\"\u201d\u2019', "


def _a_question_before(start: int, pronoun: Token) -> bool:
    """Whether the text from ``start`` to ``pronoun`` ends in a quoted question ('"Will you run
    again?" she'): its last word before the closing marks is a question mark."""
    before = pronoun.doc.text[start : pronoun.idx].rstrip()
    if not before or before[-1] not in "\"\u201d\u2019'":
        return False
    return before.rstrip(_CLOSING).endswith("?")


def named_one_asked(cluster_of: dict, gender_of: dict, pronoun: Token, gender: str):
    """The person a verb of asking in the narrative sentence right before ``pronoun``'s takes as
    its object, by name ("Rick Alvarez asked Holt whether she had spoken … ¶ "Not this month,"
    she said."; "I asked Stroud what it would take. ¶ "A visit," he said."): the one asked
    answers, not the person a pronoun's ranking would take (another woman quoted before,
    the chairman quoted before). Only when ``gender`` does not contradict theirs, the asker is
    someone else, and the words quoted before ``pronoun`` are no question (the asker asking
    again, :func:`_next_sentence`), and the asking is what the sentence tells, not an event a
    clause of it recalls ('What got under her skin, she said, was a question …, when a young man
    asked Clinton why …. "I really got pissed off," she said.': the one telling goes on, PolNeAR
    train), nor a favour asked ("asked Berg to step down"). The question
    :func:`newsmine.nlp.antecedents.people._asked_just_before` reads when the last name outside
    quotation marks is the asker's or the asked one's, read also when a name inside the question
    comes after them ("asked Holt whether she had spoken with House Speaker Glenn Treadway") or
    the asker is the writer ("I asked Stroud …"). ``cluster_of`` and ``gender_of`` are the
    index's (probe59)."""
    doc = pronoun.doc
    sent = pronoun.sent
    if not sent.text.lstrip().startswith(_OPENING_MARKS):
        # the quotation before the credit, parsed as a sentence of its own ('"A visit,"| he said.')
        before = doc[sent.start - 1].sent if sent.start > 0 else None
        if before is None or sent.start != pronoun.i or not before.text.lstrip().startswith(_OPENING_MARKS):
            return None  # not the credit of a quotation ("Lee held up a memo that he said showed …")
        sent = before
    i = sent.start - 1
    if i < 0:
        return None
    for verb in doc[i].sent:
        if verb.lemma_ not in _QUESTIONING_VERBS or verb.pos_ != "VERB" or not _narrates(verb):
            continue
        if any(c.dep_ == "xcomp" for c in verb.children):
            continue  # a favour ("Morrow asked Berg to step down"): the asker goes on (test_speaker_pronouns.py)
        subjects = [c for c in verb.children if c.dep_ in NOUN_SUBJECT_DEPS]
        if not subjects or not _next_sentence(subjects[0], pronoun):
            continue
        asker = cluster_of.get(subjects[0].i)
        for child in verb.children:
            asked = cluster_of.get(child.i) if child.dep_ in ("dobj", "dative") else None
            fits = asked is not None and asked.label == "PERSON" and gender_of.get(id(asked)) in (None, gender)
            if fits and asked is not asker:
                return asked
    return None


def _narrates(verb: Token) -> bool:
    """Whether ``verb`` is its sentence's main verb, or one joined to it by "and"."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
