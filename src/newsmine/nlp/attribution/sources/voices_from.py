"""The speaker of '"…," came shouts from the crowd': the words' source after "from".

After a quotation, "came" with a noun of voice inverted after it ('came shouts', 'came the
reply', 'came a cry') says where the quoted words came from: the parse makes the voice noun the
subject, so the shouts spoke (direct54's train article). The one who spoke is the object of the
"from" that hangs on the noun or on "came" ('came the reply from Mayor Tom Hale'), when it
names someone: a name, a pronoun, a noun of a person, a body or a crowd. 'came a cry from the
back of the hall' names a place, no one: the voice noun is left as parsed (seen54).
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.sources.speaking_heads import can_speak

__all__ = ["source_of_voice"]

# Nouns of a voice or a spoken answer that 'came' from someone.
_VOICE_NOUNS = frozenset({
    "shout", "cry", "chant", "call", "reply", "response", "answer", "retort", "yell", "scream", "roar", "jeer",
    "cheer", "voice", "plea", "word", "question", "heckle", "rejoinder",
})  # fmt: skip

# Nouns of people gathered, none of the speaking-noun lexicons: 'from the crowd'.
_GATHERINGS = frozenset({"crowd", "audience", "gallery", "onlooker", "spectator", "fan", "bystander", "protester"})


def source_of_voice(ctx: DocContext, i: int, found: int) -> int:
    """The object of "from" when cue word ``i`` is "come" and its subject ``found``, inverted
    after it, is a noun of :data:`_VOICE_NOUNS` ('"…," came shouts from the crowd'), and that
    object names someone (:func:`_names_someone`); ``found`` otherwise."""
    if found <= i or ctx.lemma[i] != "come" or ctx.pos[found] != "NOUN" or ctx.lemma[found] not in _VOICE_NOUNS:
        return found
    for owner in (found, i):
        for c in ctx.children[owner]:
            if c > found and ctx.lower[c] == "from" and ctx.dep[c] == "prep":
                source = ctx.child(c, {"pobj"})
                if source >= 0 and ctx.quote_of[source] < 0 and _names_someone(ctx, source):
                    return source
    return found


def _names_someone(ctx: DocContext, j: int) -> bool:
    """Whether token ``j`` names a person or a body (:func:`~.speaking_heads.can_speak`, no
    document: a reply comes from someone, not from a report) or people gathered
    (:data:`_GATHERINGS`)."""
    return ctx.lemma[j] in _GATHERINGS or can_speak(ctx, j, documents=False)
