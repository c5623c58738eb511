"""The writer's own 'I' in an op-ed signed by an end note ("Rep. Ana Ruiz, D-Ohio, chairs the
caucus." as the last paragraph) or bylined by one author ("By Ana Ruiz" under the headline): the
writer the note or the byline names, outside quotation marks only; no writer without either, nor
for a byline of two; and the 'he' after it keeps its own antecedent.

Every article here is invented for newsmine.
"""

from __future__ import annotations

from tests.conftest import speaker_of

_OP_ED = (
    "Why the valley needs its mills\n\n"
    "Every week I hear from families in the valley who cannot find work. I believe that the "
    "state must reopen the old mill on the river before the winter.\n\n"
    "Governor Paul Hanson says the budget cannot pay for it. He argues that the money should go "
    "to the roads instead. \"We cannot do both,\" he said at a town hall on Monday.\n\n"
    "I hope that the legislature will prove him wrong.\n\n"
)


def test_the_writers_i_is_the_writer_an_end_note_names(pipeline):
    record = pipeline.analyze(_OP_ED + "Ana Ruiz is a state senator from Harlow County.\n")
    assert speaker_of(record, "the state must reopen the old mill").name == "Ana Ruiz"
    assert speaker_of(record, "the legislature will prove him wrong").name == "Ana Ruiz"
    # the writer's 'I' is no antecedent: the governor's 'he' stays his
    assert speaker_of(record, "the money should go to the roads").name == "Paul Hanson"
    assert speaker_of(record, "We cannot do both").name == "Paul Hanson"


def _bylined(byline: str) -> str:
    headline, body = _OP_ED.split("\n\n", 1)
    return f"{headline}\n\n{byline}\n\n{body}Follow the debate on the valley's radio station.\n"


def test_the_writers_i_is_the_one_author_of_the_byline(pipeline):
    record = pipeline.analyze(_bylined("By Ana Ruiz"))
    mill = speaker_of(record, "the state must reopen the old mill")
    assert (mill.kind, mill.name) == ("person", "Ana Ruiz")
    assert speaker_of(record, "the legislature will prove him wrong").name == "Ana Ruiz"
    assert speaker_of(record, "We cannot do both").name == "Paul Hanson"
    # inside quotation marks an 'I' is the quoted speaker's, never the writer's
    quoted = pipeline.analyze(_bylined("By Ana Ruiz").replace('"We cannot do both,"', '"I cannot do both,"'))
    assert speaker_of(quoted, "cannot do both").name == "Paul Hanson"


def test_a_byline_of_two_names_no_writer(pipeline):
    mill = speaker_of(pipeline.analyze(_bylined("By Ana Ruiz and Tom Berg")), "the state must reopen the old mill")
    assert mill.kind == "unresolved" and mill.name is None


def test_the_writers_i_stays_unresolved_without_an_end_note(pipeline):
    record = pipeline.analyze(_OP_ED + "Follow the debate on the valley's radio station.\n")
    mill = speaker_of(record, "the state must reopen the old mill")
    assert mill.kind == "unresolved" and mill.name is None


# A transcript whose last turn opens with a verb ('Berg: Thank you all for coming.'): the parse
# made the turn's name the subject, the turn was read as an op-ed's end note, and every 'I'
# outside the turns (the writer's introduction, probe47a's call operator) became Berg's.
_LAST_TURN = """Ruiz and Berg on the pier

I asked Mayor Ana Ruiz and her challenger, Tomas Berg, about the pier on Tuesday. Their answers, edited for length:

Ruiz: The pier brought four hundred jobs. I would build a second one.

Berg: Thank you all for coming. The pier cost twice what the council voted for. I would finish it.
"""


def test_a_transcripts_last_turn_is_no_end_note(pipeline):
    record = pipeline.analyze(_LAST_TURN)
    intro = speaker_of(record, "Mayor Ana Ruiz and her challenger")
    assert intro.name is None, (intro.text, intro.name)
    assert speaker_of(record, "The pier cost twice").name == "Tomas Berg"


def test_an_end_note_with_a_colon_later_still_names_the_writer(pipeline):
    # near miss: the colon comes after the note's verb, not right after the name
    record = pipeline.analyze(_OP_ED + "Ana Ruiz is a state senator. Her new book: The Valley at Night.\n")
    assert speaker_of(record, "the state must reopen the old mill").name == "Ana Ruiz"
