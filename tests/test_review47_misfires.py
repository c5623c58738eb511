"""Review47: session 47's first batch of rules (names47's participle after a preposition's named
object, probe47a's transcripts and court examinations, probe47c's described-then-named newcomer,
seen47's styles and titles) read against invented news of many kinds. Three misfires found and
guarded here: a document's participle given to the person it is aimed at ('a complaint against
Halvorsen Shipping alleging …'), a readers' column's answers given to a person a question names
('Q. My doctor says Mr. Kellerman, the author …, is wrong'), and 'the fan' who was detained read
as the footballer quoted next. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution.examinations import court_turns
from newsmine.nlp.attribution.transcripts import name_turns
from tests.conftest import speaker_of
from tests.test_names44_parenthetical_cues import _quotes

# --- names47: a participle after a preposition's named object (sources.participle_speakers) ----


@pytest.mark.parametrize(
    ("text", "cue", "not_speaker"),
    [
        (  # the complaint alleges; the shipping firm is whom it is against
            "Regulators opened a complaint against Halvorsen Shipping alleging that it dumped ballast water in the harbour.",
            "alleging",
            "Halvorsen Shipping",
        ),
        (  # the petition warns, not the councillor it opposes
            "Parents have signed a petition against Councillor Brandt warning that the school closure would hurt families.",
            "warning",
            "Brandt",
        ),
        (  # through the participle that carries the phrase: 'a lawsuit filed … against'
            "There was a lawsuit filed last year against Brightwater Council claiming the coast road was unsafe.",
            "claiming",
            "Brightwater Council",
        ),
    ],
)
def test_a_participle_after_a_documents_named_object_is_the_documents(nlp, text, cue, not_speaker):
    quotes = [q for q in _quotes(nlp, text) if q[1] == cue]
    assert quotes and all(not_speaker not in (q[2] or "") for q in quotes), quotes


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # near miss: 'of' names who is shown, and the one shown speaks
            "The campaign posted a video of Mayor Dana Whitfield saying the bridge would open in June.",
            ("the bridge would open in June", "saying", "Dana Whitfield"),
        ),
        (  # near miss: no document owns the phrase
            "Fans were angry about Kofi Mensah saying the club had let him down.",
            ("the club had let him down", "saying", "Kofi Mensah"),
        ),
    ],
)
def test_a_participle_after_a_named_object_without_a_document_stays_the_names(nlp, text, quote):
    quotes = _quotes(nlp, text)
    assert quote in quotes, quotes


# --- probe47a: 'Name — Role:' turns (attribution.transcripts) ------------------------------------

_WHOS_WHO = """Harbor Bank names new board

Harbor Bank named three new directors on Monday.

Mark Davies — Chief Executive: Joined from a rival lender in 2019 and led the bank's turnaround.

Ana Ruiz — Finance Director: Spent ten years at a consumer goods group before joining in 2021.

Kwame Asante — Chair: A former central bank deputy governor who has sat on the board since 2016.
"""
_BOARD_WORDS = {"mark", "davies", "ana", "ruiz", "kwame", "asante"}


def test_a_whos_who_of_names_with_roles_after_a_dash_is_no_transcript():
    # the three profiles followed each other, so they read as an exchange of three speakers
    assert name_turns(_WHOS_WHO, _BOARD_WORDS) == []


def test_turns_with_roles_after_a_dash_and_a_name_taken_twice_are_a_transcript():
    # near miss: a panel whose every turn carries the role, one panellist speaking twice
    text = _WHOS_WHO.replace(
        "Kwame Asante — Chair: A former", "Mark Davies — Chief Executive: We agree with that, a former"
    )
    assert len(name_turns(text, _BOARD_WORDS)) == 3


# --- probe47a: a court examination's witness (attribution.examinations) -------------------------

_COLUMN = """Readers ask, our expert answers

Each week our science editor, Dr. Amina Yusuf, answers readers' questions about health.

Q. My doctor says Mr. Kellerman, the author of a popular diet book, is wrong about fasting. Who is right?

A. Neither claim is proven. Small trials show some benefit, but the evidence is thin.

Q. Is it true that Ms. Lindgren, the Olympic swimmer, eats six meals a day?

A. Many elite athletes eat that often. It is not advice for the rest of us.
"""


def test_a_readers_column_naming_people_in_its_questions_has_no_witness(pipeline):
    # the questions speak of Mr. Kellerman; the answers were his
    assert court_turns(_COLUMN, {"amina", "yusuf", "kellerman", "lindgren"}) == []
    record = pipeline.analyze(_COLUMN)
    names = [q.speaker.name for q in record.quotes if "Neither claim" in q.text and q.speaker is not None]
    assert "Kellerman" not in names, names


@pytest.mark.parametrize("opening", ["Mr. Lund, how", "And Mr. Lund, how", "Tell us, Mr. Lund, how"])
def test_a_question_addressing_the_witness_still_names_him(opening):
    # near misses: the witness addressed first, after 'And', or set off by commas
    text = (
        "Ferry deposition\n\nThe captain, Erik Lund, was questioned in March.\n\n"
        f"Q. {opening} many hours had you slept?\n\nA. About four hours, no more.\n\n"
        "Q. Did you tell anyone?\n\nA. I did not, and nobody asked me.\n"
    )
    answers = [t for t in court_turns(text, {"erik", "lund"}) if text[t.colon : t.colon + 1] == "A"]
    assert len(answers) == 2 and all(text[slice(*t.name)] == "Lund" for t in answers), answers


# --- probe47c: a described-then-named newcomer (speakers.newcomers) -----------------------------


_CARDIFF = (
    "England win in Cardiff\n\n"
    "A fan who ran onto the pitch in the second half {what}. "
    '"It spoiled a great night," said Harry Kane, who scored twice.\n\n'
    "The fan said later that he had wanted a selfie.\n"
)


def _the_fan_is_not_kane(pipeline, what: str) -> None:
    speaker = speaker_of(pipeline.analyze(_CARDIFF.format(what=what)), "wanted a selfie")
    assert speaker is None or speaker.name != "Harry Kane", (speaker.text, speaker.name)


def test_a_newcomer_something_was_done_to_is_not_the_one_quoted_next(pipeline):
    _the_fan_is_not_kane(pipeline, "was detained by stewards")


@pytest.mark.xfail(
    strict=True,
    reason="review47, left: the newcomer acts ('hugged the goalkeeper') and the one quoted next is "
    "another (a player, a relative clause of his own): nothing in the text tells the feature's "
    "'A rancher … / \"…,\" Jim Ortega said' from it",
)
def test_an_acting_newcomer_followed_by_another_speaker_is_not_him(pipeline):
    _the_fan_is_not_kane(pipeline, "hugged the goalkeeper")


# --- seen47: royal styles (entities.royal_styles) ---------------------------------------------

_CENTENARY = (
    "Hospital centenary\n\n"
    "Prince Edmund unveiled a statue at Wessex General Hospital on Thursday to mark its hundredth year.\n\n"
    "The Prince of Wessex, {who}, met the nurses. "
    '"This hospital must never turn a patient away," the Prince of Wessex {wrote}.\n'
)


@pytest.mark.parametrize(
    ("who", "wrote", "is_edmund"),
    [
        ("who founded it and died in 1931", "wrote in 1920", False),  # an ancestor who held the style before
        ("who turned 40 in May", "said", True),  # near miss: nothing says the style is another's
    ],
)
def test_a_style_is_the_living_holders_unless_the_article_tells_of_a_death(pipeline, who, wrote, is_edmund):
    speaker = speaker_of(pipeline.analyze(_CENTENARY.format(who=who, wrote=wrote)), "never turn a patient away")
    assert (speaker.name == "Edmund") is is_edmund, (speaker.text, speaker.name)


# --- probe47c: a party set beside a name (antecedents.cluster_words) ----------------------------

_RACE = "Senate race\n\nSen. Mark Hale, a {party}, faces Tom Price in November. The Democrat said he was confident.\n"


@pytest.mark.parametrize(
    ("party", "is_hale"),
    [
        ("Democrat-turned-Republican", False),  # was read as 'a Democrat'
        ("Republican-turned-Democrat", True),  # was read as 'a Republican'
        ("Democrat", True),  # near miss: the party set beside the name, as probe47c read it
    ],
)
def test_a_party_turned_to_is_the_persons_party(pipeline, party, is_hale):
    speaker = speaker_of(pipeline.analyze(_RACE.format(party=party)), "confident")
    assert (speaker.name == "Mark Hale") is is_hale, (speaker.text, speaker.name)
