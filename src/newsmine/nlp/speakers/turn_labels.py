"""Two readings of a transcript turn's name ('HENDRY: …', 'QUESTION: …') that the resolver got
wrong in write-ups of interviews and hearings (session 53, probe53).

- A turn named for the question, not a person ('QUESTION: Is the state liable …?',
  'INTERVIEWER: …'): a newspaper's Q&A marks its own questions so, the answers by the
  interviewee's surname. The turn is the interviewer's, as a 'Q: …' turn is
  (:func:`~.interviews.asks_as_interviewer`): the one the introduction says the interviewee
  spoke with, else the writer, whom nobody names. Before, the label was kept as a person named
  'QUESTION'.
- A one-word name the resolver read as another entity ('OBI: Mr. Mayor, did anyone …': the
  recogniser ran 'OBI' into the vocative after it, a cluster named 'Mayor'): when the resolved
  entity's name does not hold the word and a person of the article is named with it
  ('Councilwoman Grace Obi'), the turn is that person's. A title standing alone ('THE
  PRESIDENT:', 'MODERATOR:') names nobody with its word and is left to the title rules.
  Review (session 53, review53d): a one-word name the recogniser read as a place or a body
  whose name is the word ('WASHINGTON: Mr. Mayor, …' read as the city, Senator Grace Washington
  asking) is that person's too: a transcript's turns are people's. Without a person named with
  the word the place stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmine.nlp.speakers.resolution import Resolution

if TYPE_CHECKING:
    from newsmine.nlp.antecedents import DocIndex
    from newsmine.nlp.entities import EntityCluster

__all__ = ["is_question_label", "person_named_by_turn"]

# Names of a turn that mark the interviewer's question, in capitals or not.
_QUESTION_LABELS = frozenset({"question", "questions", "interviewer"})


def is_question_label(name: str) -> bool:
    """Whether a turn's whole name (``name`` as written) marks a question: 'QUESTION', 'Question',
    'INTERVIEWER'."""
    return name.strip(" .*_").lower() in _QUESTION_LABELS


def person_named_by_turn(resolution: Resolution, name: str, index: DocIndex, offset: int) -> EntityCluster | None:
    """The person a one-word turn name (``name``, at ``offset``) names when the resolver read it
    as an entity whose name does not hold the word ('OBI' read as 'Mayor', Grace Obi named in
    the article) or as a place or body ('WASHINGTON' read as the city); None when the reading is
    a person whose name holds the word, the name is more than one word, or no person of the
    article is named with it."""
    words = name.split()
    if len(words) != 1 or resolution.cluster is None:
        return None
    word = words[0].strip(".").lower()
    held = word in (resolution.cluster.name or "").lower().replace("-", " ").split()
    if held and resolution.cluster.label == "PERSON":
        return None
    person = index.by_name_word(word[:1].upper() + word[1:], offset, ("PERSON",))
    return person if person is not None and person is not resolution.cluster else None
