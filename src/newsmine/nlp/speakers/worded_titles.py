"""A title description with words of its own ("the former governor") that the titled person's
titles do not hold weighs the person just named as the bare title does.

"The governor" goes from the person the article titled governor to the one a pronoun would take
when that titled one was last named sentences ago (:func:`.people._titled_or_just_named`);
"the former governor", read earlier by :func:`.names._named_in` (a noun with words beside it),
went straight to the titled one, the governor in office: "Indiana Gov. Mark Pruitt said … Paul
Whitman … said he would not respond. '…,' the former governor said" gave the sitting governor
the words of the man the quote follows (probe51). Now:

- a titled person whose titles hold every word keeps it ("Former Gov. Paul Whitman … Indiana
  Gov. Mark Pruitt said … the former governor said": Whitman);
- otherwise the weighing of the bare title decides;
- and "former", which a title in office contradicts, gives the person just named (the one a
  pronoun would take, of no other public title and not holding the office himself) even when
  the titled one was named a sentence before. Not a president: "the former president" after
  "President George W. Bush" is Bush in a story whose last name is Trump's (a PolNeAR train
  article, probe51), as the bare title keeps the sitting president.

Session 52 (seen52). review52d: "of no other public title" let a man the article titled with a
trade of another kind take the office: "Gov. Nora Pike signed … Reporter Sam Lowe asked about
the cuts. '…,' the former governor said" gave the reporter the words. A person just named with
any title word of their own other than the office (:func:`.other_titles.titled_otherwise`) is not taken.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.other_titles import titled_otherwise as _titled_otherwise
from newsmine.nlp.speakers.people import _person_just_named, _titled_or_just_named
from newsmine.nlp.speakers.words import _DEFINITE, _OCCUPATIONS, _PUBLIC_TITLES, _ROLE_NOUNS, _TITLE_SYNONYMS

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


def titled_or_just_named(resolver: SpeakerResolver, mention: Span, words: list[str], titled: EntityCluster) -> EntityCluster:
    """``titled``, or the person just named when a definite public title, occupation or role
    noun with ``words`` beside its head, words the titled person's titles lack, stands where a
    pronoun would take them."""
    head = mention.root.lower_
    if mention[0].lower_ not in _DEFINITE or mention.start_char < resolver.headline_end:
        return titled
    if head not in _PUBLIC_TITLES and head not in _OCCUPATIONS and head not in _ROLE_NOUNS:
        return titled
    modifiers = [_TITLE_SYNONYMS.get(w, w) for w in words if not w.isdigit()]
    title_words = resolver.index.title_words(titled)
    unfitting = [w for w in modifiers if w not in title_words]
    if not unfitting:
        return titled
    weighed = _titled_or_just_named(resolver, mention, head, modifiers, titled)
    if weighed is not titled:
        theirs = resolver.index.title_words(weighed)
        return weighed if head in theirs or not _titled_otherwise(theirs, head) else titled
    if "former" not in unfitting or head == "president":
        return weighed
    just = _person_just_named(resolver, mention, head, modifiers)
    if just is None or just is titled:
        return titled
    theirs = resolver.index.title_words(just)
    if head in theirs or _titled_otherwise(theirs, head):
        return titled  # in office himself, or of another title ("Sen. Ana Ruiz", "Reporter Sam Lowe")
    return just
