"""A person's gender as the article states it, and (only when asked) as a first name suggests.

Source-diversity audits count the quoted people who are women. The article itself says so
in two ways this module reads: pronouns that refer to the person (those the speaker
resolver tied to it, "she said", in :attr:`EntityCluster.references`, and those the syntax
ties to it, "Ruiz said she would run") and honorifics before a mention ("Ms. Ruiz",
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

from spacy.tokens import Span

from newsmine.errors import UsageError
from newsmine.nlp.entities import MALE_HONORIFICS, EntityCluster, honorific_gender_at
from newsmine.nlp.entities.gender_cues import first_name_gender
from newsmine.nlp.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS, pronouns_in_own_clause, pronouns_in_relative_clause

if TYPE_CHECKING:
    from newsmine.records import ArticleRecord

__all__ = ["GUESSED", "guess_missing_genders", "guessed_gender", "stated_gender"]

GUESSED = "guessed:first-name"
_GENDER_OF = {"m": "male", "f": "female"}


def stated_gender(cluster: EntityCluster) -> tuple[str, list[str]]:
    """``(gender, evidence)`` of a person from its resolved pronouns and honorifics:
    ``("female", ["pronoun:she×2", "honorific:Ms."])``; ``("unknown", [])`` for a person the
    article states nothing of, and for every other label. Conflicting evidence (honorifics
    that disagree with each other or with the pronouns, or pronouns of both genders where
    neither has four times the other's count) gives ``unknown`` with all of it listed."""
    if cluster.label != "PERSON":
        return "unknown", []
    pronouns: Counter[str] = Counter()
    resolved = [r[0] for r in cluster.references if len(r) == 1]
    for mention in cluster.mentions:
        resolved.extend(pronouns_in_own_clause(mention))
        # "Ana Ruiz, who was cooking in her kitchen"; but a "who" clause often ties the person
        # to another ("Jacob Sullivan, who was her deputy", "who took a shot at her"): its
        # pronoun counts only where the first name is not the other sex's
        resolved.extend(
            token for token in pronouns_in_relative_clause(mention)
            if not _first_name_against(cluster.name, "m" if token.lower_ in MALE_PRONOUNS else "f")
        )  # fmt: skip
    seen: set[int] = set()
    for token in resolved:
        word = token.lower_
        if token.i not in seen and (word in MALE_PRONOUNS or word in FEMALE_PRONOUNS):
            seen.add(token.i)
            pronouns[word] += 1
    honorifics: Counter[str] = Counter()
    for mention in cluster.mentions:
        honorific = _honorific_of(mention)
        if honorific is not None:
            honorifics[honorific] += 1
    titles: Counter[str] = Counter()
    for mention in cluster.mentions:
        title = _gendered_title_of(mention)
        if title is not None:
            titles[title] += 1
    evidence = [f"pronoun:{word}" + (f"×{count}" if count > 1 else "") for word, count in pronouns.items()]
    evidence += [f"honorific:{word}" + (f"×{count}" if count > 1 else "") for word, count in honorifics.items()]
    evidence += [f"title:{word}" + (f"×{count}" if count > 1 else "") for word, count in titles.items()]
    by_pronoun = _prevailing(pronouns, MALE_PRONOUNS)
    by_honorific = _prevailing(honorifics, MALE_HONORIFICS, ratio=None)
    by_title = _prevailing(titles, _MALE_TITLES, ratio=None)
    if by_title == "f" or (by_title == "m" and not pronouns and not honorifics):
        # "spokeswoman Aigerim Saparova" is a statement; "chairman" is written of women too
        # ("Chairman Debbie Wasserman Schultz"), so a -man title speaks only when nothing else does
        honorifics.update(titles)
        by_honorific = _prevailing(honorifics, MALE_HONORIFICS | _MALE_TITLES, ratio=None)
    elif titles and by_title is None:
        return "unknown", evidence  # "spokesman" and "spokeswoman" of one name
    sides = {side for side in (by_pronoun, by_honorific) if side}
    if len(sides) != 1 or (by_pronoun is None and pronouns) or (by_honorific is None and honorifics):
        return "unknown", evidence
    side = sides.pop()
    if (by_honorific is None or not (set(honorifics) - set(titles))) and _first_name_against(cluster.name, side):
        # "Her campaign manager, Robby Mook, ran her 2008 effort"; "spokesman Hope Hicks": pronouns
        # and titles state less than a first name of the other sex does (honorifics more)
        return "unknown", evidence
    return _GENDER_OF[side], evidence


# Titles that state their holder's sex. Those in -woman state it always; those in -man are
# now and then written of women (and read only where the article says nothing else).
_MALE_TITLES = frozenset({
    "spokesman", "chairman", "congressman", "assemblyman", "councilman", "alderman", "businessman",
    "anchorman", "policeman", "sportsman", "frontman",
})  # fmt: skip


def _gendered_title_of(mention: Span) -> str | None:
    """The gendered title word right before a mention, lower-cased ('spokeswoman' of
    'Ministry spokeswoman Aigerim Saparova', 'congressman' of 'Congressman Tom Reed'); None
    when there is none. Any noun in -woman ("businesswoman") is one; -man ones only from
    :data:`_MALE_TITLES` ("German", "human" are none)."""
    if mention.start == 0:
        return None
    token = mention.doc[mention.start - 1]
    word = token.lower_
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_alpha:
        return None
    if word.endswith("woman") and len(word) > len("woman"):
        return word
    return word if word in _MALE_TITLES else None


def _first_name_against(name: str, side: str) -> bool:
    """Whether a person's name opens with a first name that the curated lists give only the
    other sex ("Robby Mook" against "her"). Pronouns alone then do not state the gender: the
    one the sentence ties to a person is most often another's ("Gov. Jerry Brown endorsed her,
    citing her experience", "Clinton … attacking Sanders and his supporters"). A surname alone
    says nothing ("Warren")."""
    words = name.split()
    return len(words) >= 2 and first_name_gender(words[0].lower()) not in (None, side)


# Pronoun resolution errs now and then: one stray "his" among twenty "she" of Hillary Clinton
# is noise, two against three is a conflict. Honorifics must agree (ratio None).
_PRONOUN_RATIO = 4


def _prevailing(counts: Counter[str], male_words: frozenset[str], ratio: int | None = _PRONOUN_RATIO) -> str | None:
    """'m' or 'f' when only one side has evidence, or (with ``ratio``) when it has at least
    ``ratio`` times the other's; else None. ``counts`` holds gendered words only."""
    male = sum(count for word, count in counts.items() if word.lower() in male_words)
    female = sum(counts.values()) - male
    if male and not female:
        return "m"
    if female and not male:
        return "f"
    if ratio is not None and male and female:
        return "m" if male >= ratio * female else "f" if female >= ratio * male else None
    return None


def _honorific_of(mention: Span) -> str | None:
    """The gendered honorific written inside or right before a mention, as written ('Ms.' of
    'Ms. Ruiz'); None when there is none or it says nothing of gender ('Dr.')."""
    doc = mention.doc
    # Inside the mention only before the name: "King" alone is a surname (Billie Jean King).
    for i in (mention.start, mention.start - 1) if len(mention) > 1 else (mention.start - 1,):
        # Capitalised: "first lady Laura Bush" holds a title, not the honorific "Lady".
        if honorific_gender_at(doc, i) is not None:
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
