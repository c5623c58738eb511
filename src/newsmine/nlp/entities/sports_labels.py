"""Clubs and teams: sports copy, where a place's name stands for its team.

An article with several words of sports copy reports games: there :func:`~.labels._fixed_label`
keeps a city the model calls an organisation the team, and a lone name the sentence goes on to
call "they" is a club (:func:`_club_not_person`). A place's name and a plural noun ("Denver
Broncos") is a team wherever it stands (:func:`_team_of_a_place`); the last words of clubs'
names (:data:`_CLUB_WORDS`) are also read by the body tests (:mod:`~.body_labels`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities.word_lists import HONORIFICS
from newsmine.nlp.entities.word_lists import all_first_names as _first_names
from newsmine.nlp.entities.word_lists import title_words as _title_words

# Plural last words of places and buildings named after a place ("Niagara Falls", "Chicago Heights").
_PLURAL_PLACE_WORDS = frozenset({"falls", "springs", "heights", "hills", "islands", "lakes", "mountains", "towers", "gardens", "grounds", "woods"})  # fmt: skip


def _team_of_a_place(span: Span) -> bool:
    """A place's name and one capitalised plural noun ("Denver Broncos", "Miami Dolphins",
    "Bay City Hawks"): a team. The place is listed or tagged a place in the article."""
    words = span[1:] if span[0].lower_ == "the" else span
    if len(words) < 2:
        return False
    last = words[-1]
    plural = last.tag_ == "NNPS" or (last.tag_ == "NNP" and last.lower_.endswith("s") and not last.lower_.endswith("ss"))
    if not (last.is_title and last.is_alpha and plural) or last.lower_ in _PLURAL_PLACE_WORDS:
        return False
    place = " ".join(t.lower_ for t in words[:-1])
    return place in lexicons.load("places") or any(
        e.label_ == "GPE" and e.text.lower() == place for e in span.doc.ents
    )


# Words of sports copy: an article with several of them reports games, where places' names
# stand for teams and a lone capitalised name may be a club ("Everton said they").
# Words political or business copy also uses ("goal", "match", "season", "club") are not among them.
_SPORTS_WORDS = frozenset({
    "league", "scored", "wicket", "wickets", "innings", "touchdown", "touchdowns", "half-time", "halftime",
    "kick-off", "striker", "strikers", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher",
    "semifinal", "semi-final", "playoff", "playoffs", "derby", "penalty", "header", "equaliser", "equalizer",
})  # fmt: skip
_PLURAL_PRONOUNS = frozenset({"they", "their", "them", "theirs"})
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"})


def _is_sports_copy(lower_words: frozenset[str], doc: Doc) -> bool:
    """Three words of sports copy, two of them different."""
    if len(lower_words & _SPORTS_WORDS) < 2:
        return False
    return sum(1 for t in doc if t.lower_ in _SPORTS_WORDS) >= 3


def _club_not_person(span: Span) -> bool:
    """In sports copy, a lone name tagged PERSON that the sentence goes on to call 'they' and
    never 'he' or 'she' ("Everton said they were disappointed") is a club. A known first name,
    an honorific or a title before it keeps it a person."""
    if len(span) != 1 or span[0].lower_ in _first_names():
        return False
    doc = span.doc
    if span.start > 0 and (doc[span.start - 1].lower_ in HONORIFICS or doc[span.start - 1].lower_ in _title_words()):
        return False
    after = [t.lower_ for t in doc[span.end : span.sent.end]]
    return any(w in _PLURAL_PRONOUNS for w in after) and not any(w in _PERSON_PRONOUNS for w in after)


# Last words of the names of clubs and teams ("Riverside United", "Arsenal FC").
_CLUB_WORDS = frozenset({"fc", "afc", "cf", "sc", "united", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers", "dynamo", "sporting", "olympique"})
