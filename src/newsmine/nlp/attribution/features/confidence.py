"""Features of a chosen quote, for the confidence model."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsmine.nlp.quotes import QuoteFound

__all__ = ["confidence_features"]


def confidence_features(quote: QuoteFound) -> list[str]:
    """What the confidence model looks at: the content model's score (in tenths), how the
    content was found, its type, and what the speaker resolved to."""
    tenth = min(int(quote.score * 10), 9)
    kind = quote.relation.split(":")[0].removesuffix("_run")
    speaker = "none" if quote.speaker is None else quote.speaker_kind.value
    named = quote.entity is not None
    return [
        "bias",
        f"score={tenth}",
        f"rel={kind}",
        f"type={quote.type.value}",
        f"speaker={speaker}",
        f"named={named}",
        f"type|speaker={quote.type.value}|{speaker}",
        f"rel|score={kind}|{tenth}",
    ]
