"""'But a Republican close to Pruitt told The New York Times that …. "…," the Republican said':
"the Republican" is the unnamed source brought in just before, not the person just named.

:func:`.description_routes._party_member` reads "the Republican" as the person just named (or
the most prominent one of that party), as news mostly writes it ("Chaffetz … the Utah
Republican said"). An unnamed party member brought in with "a" or "one" and a phrase that
places them by someone else ("close to Pruitt", "familiar with the talks", "who …") is a
source of its own, who speaks again under the same noun; the small model parses "a Republican
close to Pruitt" as the noun "close" with an adjective, so the check reads the words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# Words that open the phrase placing an unnamed source ('a Republican close to …', 'a
# Democrat familiar with …', 'a Republican who …', 'a Democrat involved in …').
_PLACING_WORDS = frozenset({"close", "familiar", "who", "involved", "briefed", "aware", "knowledgeable", "with"})


def unnamed_member_before(resolver: SpeakerResolver, mention: Span, party: str) -> bool:
    """Whether the latest earlier ``party`` word ("republican", "democrat") of the article is
    an unnamed member brought in with "a", "an" or "one" and a placing phrase, with no name in
    apposition, outside quotation marks, and no person named since bears that party word in
    their titles."""
    index = resolver.index
    lower, quote_of = index.context.lower, index.context.quote_of
    for i in range(mention.root.i - 1, 0, -1):
        if lower[i] != party or quote_of[i] >= 0:
            continue
        if lower[i - 1] not in ("a", "an", "one") or i + 1 >= len(lower) or lower[i + 1] not in _PLACING_WORDS:
            return False
        word = resolver.doc[i]
        if word.dep_ == "appos" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in word.children):
            return False  # 'Rep. Jason Kell, a Republican who …': a named one's apposition
        start = resolver.doc[i].idx
        since = [n.cluster for n in index.named if start < n.start_char < mention.start_char]
        return not any(c.label == "PERSON" and party in index.title_words(c) for c in since)
    return False
