"""A name given to a thing by "called" or "named": a product, not the company it is named after.

"Pellucid, the San Francisco start-up, … unveiled a pair of glasses. The glasses, called
Pellucid Frame, will cost $499" (probe49's launch): the recogniser tags "Pellucid Frame" an
organisation, the only one tagged, so the company's short name "Pellucid" joins it as a
shorter form and "The company said" speaks as "Pellucid Frame". A name the text gives a
thing with "called", "named" or "dubbed" right after the thing's noun names that thing: a
product (PRODUCT, no speaker). Only after a noun of the things (:data:`_THING_NOUNS`): a name
after a noun of people, of a body or of a business ("a start-up called Pellucid", "a group
called Parents First", "a cafe called Luma", "a man named Frame") is who they are, and the
nouns of bodies and businesses are too many to list.
"""

from __future__ import annotations

from spacy.tokens import Span

# Verbs that give a name ("a drug called Lumora", "a storm named Ida", "a robot dubbed Rex").
_NAMING_VERBS = frozenset({"call", "name", "dub", "brand"})

# Nouns of things made, sold, launched or named as a product is (singular lemmas); not "model"
# or "speaker", which are people as often ("a model named …"), nor "program" or "platform",
# a body's initiative as often (PolNeAR train: "a program called Sandy Hook Promise. The group …").
_THING_NOUNS = frozenset({
    "product", "device", "gadget", "glass", "glasses", "headset", "phone", "smartphone", "handset", "tablet",
    "laptop", "computer", "console", "watch", "camera", "app", "software", "tool", "chatbot", "chip", "processor",
    "robot", "drone", "car", "vehicle", "truck", "bike", "scooter", "jet", "aircraft", "plane", "rocket",
    "satellite", "ship", "vessel", "boat", "drug", "pill", "vaccine", "medication", "medicine", "treatment",
    "therapy", "supplement", "drink", "beverage", "cereal", "snack", "toy", "game", "film", "movie",
    "documentary", "series", "show", "book", "novel", "album", "song", "single", "podcast", "storm",
    "hurricane", "typhoon", "cyclone", "dog", "horse", "cat",
})  # fmt: skip


def _thing_called(span: Span) -> bool:
    """Whether ``span`` is the name a naming participle set right after a common noun gives
    it ('The glasses, called Pellucid Frame,'; the parse: the name the participle's ``oprd``,
    the participle an ``acl`` of the noun), the noun one of :data:`_THING_NOUNS`."""
    root = span.root
    verb = root.head
    if root.dep_ not in ("oprd", "dobj") or verb.dep_ != "acl" or verb.lemma_.lower() not in _NAMING_VERBS or verb.i > root.i:
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.i > verb.i:
        return False
    return noun.lemma_.lower() in _THING_NOUNS or noun.lower_ in _THING_NOUNS
