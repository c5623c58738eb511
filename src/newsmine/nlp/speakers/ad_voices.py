"""An ad's narrator is the ad speaking, so the one who put the ad out ('"…," the narrator says',
:func:`_ad_voice`): not footage of a person shown in it (:func:`_footage_of_someone`); an author
written as a pronoun, as it resolves (:func:`_put_out_by_pronoun`). Split from
:mod:`.documents` (session 50).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.speakers.author_entities import _AUTHORING_VERBS
from newsmine.nlp.speakers.documents import _document_author
from newsmine.nlp.speakers.resolution import Resolution
from newsmine.nlp.speakers.words import _DOCUMENT_NOUNS

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# The voice of an ad ("the narrator says", "a voice-over in the ad states", "the ad's
# announcer"): it speaks for the ad, so for whoever put the ad out.
_AD_VOICES = frozenset({"narrator", "announcer", "voiceover"})
# How far back the ad a narrator speaks in may have been named (sentences).
_AD_VOICE_SENTENCES = 3


def _ad_voice(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Last month, she released a web ad … "…," the narrator says', 'a voice-over in the ad
    states': the narrator of an ad is the ad speaking, so the one who put it out (the gold's
    author of an ad): the latest ad named in the mention or in the sentences before it,
    resolved as that document would be."""
    root = mention.root
    doc = resolver.doc
    # "voice-over" is three tokens, and either end may head the phrase
    voice_over = (
        root.lower_ == "voice" and root.i + 2 < len(doc) and doc[root.i + 1].text == "-" and doc[root.i + 2].lower_ == "over"
    ) or (root.lower_ == "over" and root.i >= 2 and doc[root.i - 1].text == "-" and doc[root.i - 2].lower_ == "voice")
    if root.lower_ not in _AD_VOICES and not voice_over:
        return None
    index = resolver.index
    # the ad of its own phrase first ("the ad's narrator", "a voice-over in the ad", whose parse
    # may leave the ad outside the phrase); the sentences counted back are the article's own,
    # not those of the ad's words quoted before the narrator ('"… worse," says a narrator')
    last = max(mention.end, root.right_edge.i + 1, root.sent.end if voice_over else 0)
    sentences = {index.sentence_of[root.i]}
    for i in range(last - 1, -1, -1):
        if not index.in_quote[i] and not doc[i].is_punct:  # (a quotation mark is no sentence of its own)
            sentences.add(index.sentence_of[i])
        if len(sentences) > _AD_VOICE_SENTENCES + 1:
            return None
        token = doc[i]
        if _DOCUMENT_NOUNS.get(token.lower_) != _DOCUMENT_NOUNS["ad"] or token.pos_ != "NOUN" or index.in_quote[i]:
            continue
        if _footage_of_someone(token, index):
            continue  # "a web ad …, followed by a clip of McCain saying …": what the ad shows
        found = _document_author(resolver, doc[token.left_edge.i : i + 1]) or _put_out_by_pronoun(resolver, token)
        return found if found is not None and found.kind in ("person", "organisation") else None
    return None


def _footage_of_someone(token: Token, index: DocIndex) -> bool:
    """'a clip of McCain', 'video of Trump mocking a reporter': footage of a person named in its
    "of" phrase, shown in an ad, not an ad of its own."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                cluster = index.cluster_of.get(obj.i) if obj.dep_ == "pobj" else None
                if cluster is not None and cluster.label == "PERSON":
                    return True
    return False


def _put_out_by_pronoun(resolver: SpeakerResolver, document: Token) -> Resolution | None:
    """'she released a web ad': the document's author written as "he" or "she", as the
    pronoun resolves (the index lists documents by named authors only)."""
    verb = document.head
    if document.dep_ != "dobj" or verb.lemma_.lower() not in _AUTHORING_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she")]
    if not subjects:
        return None
    resolution = resolver._resolve(resolver.doc[subjects[0].i : subjects[0].i + 1], depth=1)
    return Resolution(resolution.kind, resolution.cluster, resolution.name, "description") if resolution.cluster is not None else None
