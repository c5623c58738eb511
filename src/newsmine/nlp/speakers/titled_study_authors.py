"""A study with no author in its own phrase: the one person the article titles its author.

"A new study of city traffic was published on Monday. The study found … '…,' said Dana Whitcomb,
the study's lead author." News name a study first and its author after, as a title in apposition
("the study's lead author", "one of the paper's authors", "an author of the report"). The gold
gives a study its author when the article makes it clear (desc42: "research to be released this
week by four leading academic economists suggests …" is David Autor's, "one of the paper's
authors" three sentences on); the rules read only authors named in the document's phrase or
before it, so the study stayed no one's.

Only a study-family noun ("study", "research", "report", "analysis"), only when nothing else
gives its author, only when the article titles exactly one person an author of research, and not
"another study" or "a separate report" (another one than the titled author's).

Review53h: a title on another piece of research is no title of the article's study: "the author
of a 2019 study on buses", "the earlier study's lead author" (an indefinite, dated or "other"
research noun), and an author "who was not involved in the new report" is an outside voice asked
about it, not its author.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.speakers.resolution import Resolution, _for_cluster

if TYPE_CHECKING:
    from newsmine.nlp.entities import EntityCluster
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["titled_study_author"]

# The research nouns whose author a title names ("the study's author", "the paper's authors").
_RESEARCH_NOUNS = frozenset({"study", "research", "report", "analysis", "paper", "review", "audit"})
# The author titles ("the study's lead author", "one of the paper's co-authors").
_AUTHOR_WORDS = frozenset({"author", "authors", "co-author", "co-authors", "coauthor", "coauthors"})
# Words that make a study another one than the article's titled author's.
_ANOTHER = frozenset({"another", "separate", "other", "second", "different", "earlier", "previous"})


def titled_study_author(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """The one person the article titles the author of its research (:func:`_titled_authors`),
    for a study-family ``mention`` not qualified as another study; else None."""
    if mention.root.lower_ not in _RESEARCH_NOUNS:
        return None
    if any(t.lower_ in _ANOTHER for t in mention if t.i < mention.root.i):
        return None
    authors = _titled_authors(resolver)
    if len(authors) != 1:
        return None
    return _for_cluster(next(iter(authors.values())), "description")


def _titled_authors(resolver: SpeakerResolver) -> dict[int, EntityCluster]:
    """The people the article titles authors of research, by cluster id: a named person with an
    apposition "the <research noun>'s author(s)" or "one of the <research noun>'s authors"."""
    index = resolver.index
    found: dict[int, EntityCluster] = {}
    for token in resolver.doc:
        if token.lower_ not in _AUTHOR_WORDS or token.pos_ != "NOUN" or not _of_research(token):
            continue
        titled = token
        if titled.head.lower_ == "of" and titled.head.head.lower_ == "one":
            titled = titled.head.head  # "one of the paper's authors"
        while titled.dep_ == "conj" and titled.head.i < titled.i:
            titled = titled.head  # "David Autor, a scholar of trade … and one of the paper's authors"
        if titled.dep_ != "appos":
            continue
        if _not_involved(titled.head):
            continue  # "Dana Whitcomb, the lead author of a similar study, who was not involved in …"
        cluster = index.cluster_of.get(titled.head.i)
        if cluster is not None and cluster.label == "PERSON":
            found[id(cluster)] = cluster
    return found


def _of_research(author: Token) -> bool:
    """Whether ``author`` is titled of a research noun: "the study's author" (a possessive) or
    "author of the report" (an "of")."""
    for child in author.children:
        if child.dep_ == "poss" and child.lower_ in _RESEARCH_NOUNS:
            return _the_same_research(child)
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(o.dep_ == "pobj" and o.lower_ in _RESEARCH_NOUNS and _the_same_research(o) for o in child.children):
                return True
    return False


# Words before a research noun that make it some other piece of research than the article's
# ("the author of a 2019 study", "the earlier study's lead author"; review53h).
_OTHER_RESEARCH = _ANOTHER | {"a", "an", "similar", "older", "last", "prior", "past"}


def _the_same_research(noun: Token) -> bool:
    """Whether the research ``noun`` a title names can be the article's own: not indefinite, not
    dated ("a 2019 study") and not another one ("the earlier study")."""
    return not any(c.lower_ in _OTHER_RESEARCH or c.dep_ == "nummod" for c in noun.children if c.i < noun.i)


def _not_involved(person: Token) -> bool:
    """Whether the apposition on ``person`` says they were "not involved" in the research (an
    outside researcher asked about it)."""
    return any(t.lemma_.lower() == "involve" and any(c.dep_ == "neg" for c in t.children) for t in person.subtree)
