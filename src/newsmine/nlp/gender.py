"""A person's gender as the article states it, and (only when asked) as a first name suggests.

Source-diversity audits count the quoted people who are women. The article itself says so
in two ways this module reads: pronouns the speaker resolver tied to the person ("she said",
in :attr:`EntityCluster.references`) and honorifics before a mention ("Ms. Ruiz",
"Mr. Sand"). Each piece is kept as evidence (``pronoun:she×3``, ``honorific:Ms.``); when the
pieces disagree the gender is ``unknown`` and both stay listed, so an analyst sees why.

A first name is no statement by the article: guessing from it runs only behind an explicit
option (``--guess-gender``, ``Pipeline(guess_gender=True)``), with the name lists of the
maintained ``gender-guesser`` package (the optional extra ``newsmine[gender]``), and is
marked ``guessed:first-name``.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.errors import UsageError
from newsmine.nlp.antecedents import _FEMALE_PRONOUNS, _MALE_PRONOUNS
from newsmine.nlp.entities import FEMALE_HONORIFICS, MALE_HONORIFICS, EntityCluster

if TYPE_CHECKING:
    from newsmine.records import ArticleRecord

__all__ = ["GUESSED", "guess_missing_genders", "guessed_gender", "stated_gender"]

GUESSED = "guessed:first-name"
_GENDER_OF = {"m": "male", "f": "female"}


def stated_gender(cluster: EntityCluster) -> tuple[str, list[str]]:
    """``(gender, evidence)`` of a person from its resolved pronouns and honorifics:
    ``("female", ["pronoun:she×2", "honorific:Ms."])``; ``("unknown", [])`` for a person the
    article states nothing of, and for every other label. Conflicting evidence gives
    ``unknown`` with all of it listed."""
    if cluster.label != "PERSON":
        return "unknown", []
    pronouns: Counter[str] = Counter()
    resolved = [r[0] for r in cluster.references if len(r) == 1]
    for mention in cluster.mentions:
        resolved.extend(_pronouns_in_own_clause(mention))
    seen: set[int] = set()
    for token in resolved:
        word = token.lower_
        if token.i not in seen and (word in _MALE_PRONOUNS or word in _FEMALE_PRONOUNS):
            seen.add(token.i)
            pronouns[word] += 1
    honorifics: Counter[str] = Counter()
    for mention in cluster.mentions:
        honorific = _honorific_of(mention)
        if honorific is not None:
            honorifics[honorific] += 1
    sides: set[str] = set()
    evidence = []
    for word, count in pronouns.items():
        sides.add("m" if word in _MALE_PRONOUNS else "f")
        evidence.append(f"pronoun:{word}" + (f"×{count}" if count > 1 else ""))
    for honorific, count in honorifics.items():
        sides.add("m" if honorific.lower() in MALE_HONORIFICS else "f")
        evidence.append(f"honorific:{honorific}" + (f"×{count}" if count > 1 else ""))
    if len(sides) != 1:
        return "unknown", evidence
    return _GENDER_OF[sides.pop()], evidence


def _pronouns_in_own_clause(mention: Span) -> list[Token]:
    """Pronouns the sentence itself ties to a person who is the subject of its verb (or in
    apposition to it: 'Their manager, Erik Sand, said') and the only person in that verb's
    clauses: 'Ana Ruiz said she would run', 'Lopez said her players had earned the win'.
    Only subjects and possessives count ('Mr. Eze said he backed her': 'her' is another
    person), none when both genders appear, and none inside quotation marks (the speaker's
    words, not the reporter's)."""
    root = mention.root
    if root.dep_ == "appos" and root.head.dep_ in _SUBJECT_DEPS:
        root = root.head
    if root.dep_ not in _SUBJECT_DEPS:
        return []
    verb = root.head
    doc = mention.doc
    found = []
    subject = range(root.left_edge.i, root.right_edge.i + 1)  # with its appositive ("her husband")
    for token in verb.subtree:
        if token.i < mention.end or token.i in subject:
            continue
        if token.ent_type_ == "PERSON" or (token.pos_ == "PRON" and token.lower_ in _OTHER_PEOPLE):
            break  # another person enters the clause: the pronoun may be theirs
        word = token.lower_
        if token.dep_ in _SUBJECT_DEPS + ("poss",) and (word in _MALE_PRONOUNS or word in _FEMALE_PRONOUNS):
            opening = doc[verb.sent.start : token.i].text
            if sum(opening.count(mark) for mark in _QUOTE_MARKS) % 2 == 0:
                found.append(token)
    if len({t.lower_ in _MALE_PRONOUNS for t in found}) > 1:
        return []  # 'he' and 'she' in one clause: two people, whichever is which
    return found


_SUBJECT_DEPS = ("nsubj", "nsubjpass")


_QUOTE_MARKS = ('"', "“", "”")
_OTHER_PEOPLE = frozenset({"i", "me", "we", "us", "you"})


def _honorific_of(mention) -> str | None:
    """The gendered honorific written inside or right before a mention, as written ('Ms.' of
    'Ms. Ruiz'); None when there is none or it says nothing of gender ('Dr.')."""
    doc = mention.doc
    # Inside the mention only before the name: "King" alone is a surname (Billie Jean King).
    for i in (mention.start, mention.start - 1) if len(mention) > 1 else (mention.start - 1,):
        if 0 <= i < len(doc) and (doc[i].lower_ in MALE_HONORIFICS or doc[i].lower_ in FEMALE_HONORIFICS):
            return doc[i].text
    return None


@lru_cache(maxsize=1)
def _detector():
    try:
        import gender_guesser.detector as detector
    except ImportError as exc:  # an optional extra: say how to get it
        raise UsageError(
            "guessing gender from first names needs the gender-guesser package: pip install 'newsmine[gender]'"
        ) from exc
    return detector.Detector(case_sensitive=False)


def guessed_gender(name: str) -> str:
    """'female', 'male' or 'unknown' for a person's full name, from its first word, by the
    name lists of gender-guesser; names it calls androgynous or 'mostly' one are unknown."""
    words = name.split()  # the entity's name holds no honorific (EntityCluster.name)
    if len(words) < 2 or len(words[0].rstrip(".")) < 2:
        return "unknown"  # a surname alone, or an initial ("J. Smith"), says nothing
    guess = _detector().get_gender(words[0])
    return guess if guess in ("female", "male") else "unknown"


def guess_missing_genders(record: ArticleRecord) -> ArticleRecord:
    """Fill the gender of the record's people the article states none of from their first
    names, marked ``guessed:first-name``; a stated or conflicting gender is left alone."""
    for entity in record.entities:
        if entity.label != "PERSON" or entity.gender != "unknown" or entity.gender_evidence:
            continue
        guess = guessed_gender(entity.name)
        if guess != "unknown":
            entity.gender = guess
            entity.gender_evidence = [GUESSED]
    return record
