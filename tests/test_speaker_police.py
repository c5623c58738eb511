"""A bare "police" ("Police said …", "…, police said") names no one unless the article writes
whose police they are ("Cleveland police"): the word is a common noun, capitalised only where it
opens a sentence, and unnamed police are a null referent in the gold's conventions, as "the
police" already was. Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

_FIRE = (
    "Fire destroys warehouse in Cleveland\n\n"
    "A fire destroyed a warehouse on Harlow Street early Sunday, sending smoke over the river.{place}\n\n"
    "Police said the fire started in a storage room and spread quickly to the roof.\n\n"
    "No one was hurt in the blaze, police said.\n"
)


def test_bare_police_name_no_one(pipeline):
    record = pipeline.analyze(_FIRE.format(place=""))
    for snippet in ("started in a storage room", "No one was hurt"):
        speaker = speaker_of(record, snippet)
        assert speaker.name is None, (snippet, speaker)  # was "Police" / "police", as if a name


def test_bare_police_are_the_police_of_the_place_the_article_writes(pipeline):
    record = pipeline.analyze(_FIRE.format(place=" Cleveland police closed the street for six hours."))
    for snippet in ("started in a storage room", "No one was hurt"):
        assert speaker_of(record, snippet).name == "Cleveland police", snippet
