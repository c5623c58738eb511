"""A royal or noble style ("the Prince of Wessex", "the Duchess of Harwick") joined to the one
person the article names with that title ("Prince Edmund").

Royal copy names a person by title and given name and then by style, without saying the two
are one: "Prince Edmund will step down … 'The Prince of Wessex has decided …'". The recogniser
tags the style a work of art or a body, so the article had two entities, and a user counting
the prince's mentions found half of them (probe45). A style is joined to a person only when
nothing else can hold it: one person titled so (``EntityCluster.titles``), named before it;
one style of that title in the article ("the Prince of Wales" beside "the Prince of Monaco"
says nothing of who is who); and the style never stands in a sentence with the person's name
(unless set beside it in apposition, "Prince Edmund, the Prince of Wessex,"), after a common
noun ("his brother, the Prince of Wales"), or with another person as the sentence's object
("The Prince of Monaco greeted him"), and never a style of a country or a capital ("the
Prince of Monaco", "the King of Jordan": a sovereign's, whom a visit names by it alone).
Other offices are never joined: "The President of France said" is no President named before
(seen46 left those for that reason). A speaker written as a style the recogniser left untagged
('The Prince of Wessex said') goes to the same person by the same rules (:func:`holder_of_style`,
read by the speaker resolver where it would make the office's holder an unnamed source).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities.entity_cluster import EntityCluster

__all__ = ["holder_of_style", "with_royal_styles_joined"]

# Titles of royalty and nobility written as a style, "TITLE of PLACE", that one person holds.
_STYLE_TITLES = frozenset({
    "prince", "princess", "duke", "duchess", "earl", "countess", "marquess", "marchioness", "viscount",
    "viscountess", "baron", "baroness",
})  # fmt: skip
# Words before a style that set it beside a name: "Prince Edmund, the Prince of Wessex,".
_APPOSITION_WORDS = frozenset({",", "the"})
# Words before a style that make it an earlier holder's ("the late Prince of Wessex", "the then
# Duke"), and words in its sentence that speak of a death: styles pass down, and an article about
# today's holder tells of the ancestors who held the style before (review47).
_EARLIER_HOLDER_WORDS = frozenset({"late", "then", "former", "first", "last"})
_DEATH_WORDS = frozenset({"died", "dies", "death", "late", "deceased", "buried"})
# Object pronouns: a sentence holding one besides the style speaks of someone else too.
_OTHER_PERSON_PRONOUNS = frozenset({"him", "her", "them"})


def with_royal_styles_joined(clusters: list[EntityCluster]) -> list[EntityCluster]:
    """``clusters`` with each royal style joined, by the rules of the module's docstring, to
    the person titled so: its mentions become the person's."""
    styles: dict[str, list[EntityCluster]] = {}
    for cluster in clusters:
        titles = {_style_title(mention) for mention in cluster.mentions}
        if len(titles) == 1 and (title := titles.pop()) is not None:
            styles.setdefault(title, []).append(cluster)
    joined: set[int] = set()
    for title, found in styles.items():
        if len(found) != 1:
            continue  # two styles of one title tagged: which is the named person's?
        style = found[0]
        person = _holder(title, style.mentions, [c for c in clusters if c is not style])
        if person is not None:
            person.mentions = sorted([*person.mentions, *style.mentions], key=lambda m: m.start_char)
            joined.add(id(style))
    return [c for c in clusters if id(c) not in joined]


def holder_of_style(mention: Span, clusters: list[EntityCluster]) -> EntityCluster | None:
    """The person a speaker's mention written as a style names ('The Prince of Wessex said',
    a style the recogniser left untagged, so no cluster holds it), by the same rules; None
    when the mention is no royal style or they find no one."""
    root = mention.root
    style = mention.doc[root.i : mention.end]
    title = _style_title(style)
    return _holder(title, [style], clusters) if title is not None else None


def _holder(title: str, mentions: list[Span], clusters: list[EntityCluster]) -> EntityCluster | None:
    """The one person of ``clusters`` titled ``title``, named before the style's ``mentions``,
    none of which says it may be another (:func:`_someone_else`); None otherwise."""
    if len(_styles_written(mentions[0].doc, title)) != 1:
        return None  # "the Prince of Monaco" written too, tagged or not
    if _an_earlier_holder_written(mentions[0].doc, title):
        return None  # "The Prince of Wessex, who died in 1931, founded the hospital": an ancestor
    if any(_of_a_country_or_capital(mention) for mention in mentions):
        return None  # "The Prince of Monaco said" after "Prince Edmund arrived": a sovereign's style, another man
    holders = [c for c in clusters if c.label == "PERSON" and any(t.lower().split()[-1] == title for t in c.titles if t)]
    if len(holders) != 1 or not holders[0].mentions:
        return None
    person = holders[0]
    if person.mentions[0].start_char > mentions[0].start_char:
        return None
    if any(_someone_else(mention, person) for mention in mentions):
        return None
    return person


def _style_title(mention: Span) -> str | None:
    """The title of a mention written as a style ('Prince of Wessex': a capitalised title
    word, "of", capitalised words), lower-cased; None for any other mention."""
    if len(mention) < 3 or mention[1].lower_ != "of" or not mention[0].is_title:
        return None
    if mention[0].lower_ not in _STYLE_TITLES or not all(t.is_title for t in mention[2:]):
        return None
    return mention[0].lower_


def _of_a_country_or_capital(mention: Span) -> bool:
    """Whether the style is of a country or a capital (places.txt): "the Prince of Monaco",
    "the King of Jordan" rule it, and a visit names its ruler by the style alone — not a title
    of the person the article named ("Prince of Wales" is left too: Wales is listed)."""
    place = mention[2:].text.lower()
    return place in lexicons.load_block("places", "Countries and common short forms") or place in lexicons.load_block(
        "places", "Capitals"
    )


def _styles_written(doc: Doc, title: str) -> set[str]:
    """The places of every style of ``title`` the article writes ("Wessex", "Monaco"), tagged
    or not: the recogniser tags one and cuts or leaves another ("Prince of| Monaco")."""
    places = set()
    for token in doc:
        if token.lower_ == title and token.is_title and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of":
            if doc[token.i + 2].is_title:
                places.add(doc[token.i + 2].text)
    return places


def _an_earlier_holder_written(doc: Doc, title: str) -> bool:
    """Whether the article writes a style of ``title``, tagged or not, as an earlier holder's:
    after an ordinal or 'late'/'then'/'former' ("the third Earl of Harwick", "the late Prince
    of Wessex"), or in a sentence that tells of a death ("The Prince of Wessex, who died in
    1931, founded the hospital"). Styles pass down, and an article about today's holder tells
    of those who held it before, whom the recogniser tags alike (review47)."""
    for token in doc:
        if token.lower_ != title or not token.is_title or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of":
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and (before.ent_type_ == "ORDINAL" or before.lower_ in _EARLIER_HOLDER_WORDS):
            return True
        if any(t.lemma_ == "die" or t.lower_ in _DEATH_WORDS for t in token.sent):
            return True
    return False


def _someone_else(mention: Span, person: EntityCluster) -> bool:
    """Whether the sentence of a style's mention says it may be another than ``person``: it
    names the person too (not in apposition right before it), a common noun stands right
    before it ("his brother, the Prince of Wales"), or an object pronoun speaks of another."""
    doc = mention.doc
    before = mention.start
    while before > 0 and doc[before - 1].lower_ in _APPOSITION_WORDS:
        before -= 1
    if before > 0 and before < mention.start and doc[before - 1].pos_ == "NOUN":
        return True  # "his brother, the Prince of Wales"
    sentence = mention.sent
    for named in person.mentions:
        if sentence.start <= named.start < sentence.end and not (named.end == before and before < mention.start):
            return True
    return any(t.lower_ in _OTHER_PERSON_PRONOUNS for t in sentence if not mention.start <= t.i < mention.end)
