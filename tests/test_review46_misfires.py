"""Session 46 (review46): misfires of the session's merged rules on invented news text.

Each test is text where a rule of lead46, desc46, direct46, probe46b or seen46 fired and should
not have (or fired wrongly), with the near-miss that must keep firing beside it where the rule's
own tests do not already hold one. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from newsmine.layout import find_headline
from tests.conftest import speaker_of


def _quote(record, snippet):
    found = [q for q in record.quotes if snippet in q.text]
    assert found, [q.text for q in record.quotes]
    return found[0]


# --- seen46: "parish" among words no surname is -----------------------------------------------


def test_a_surname_parish_stays_a_person(pipeline):
    # "Parish" ended the names of places named after someone: Neil Parish became a place and his
    # "Parish said" an organisation's quote
    text = (
        "MP quits after row\n\nNeil Parish said on Saturday he would stand down as the member for the seat.\n\n"
        '"I have made a mistake and I am sorry," Parish said.\n'
    )
    record = pipeline.analyze(text)
    labels = {e.name: e.label for e in record.entities}
    assert labels.get("Neil Parish") == "PERSON", labels
    assert speaker_of(record, "made a mistake").name == "Neil Parish"


# --- probe46b: a kicker glued to the headline ---------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    ["LIVE-STREAMED CONCERT DRAWS TWO MILLION VIEWERS", "REVIEW-BOARD CLEARS OFFICER IN CRASH"],
)
def test_an_all_capitals_headline_keeps_its_hyphenated_first_word(headline):
    # "LIVE-" and "REVIEW-" were cut as wire kickers ("STREAMED CONCERT DRAWS …")
    text = f"{headline}\n\nThe band played for three hours on Sunday from an empty hall.\n"
    assert find_headline(text) == headline


def test_a_kicker_glued_to_a_mixed_case_headline_is_still_cut():
    text = "EXCLUSIVE-Harbour operator weighs sale of two terminals\n\nThe operator has hired advisers.\n"
    assert find_headline(text) == "Harbour operator weighs sale of two terminals"


def test_a_headline_in_guillemets_keeps_them_in_the_title(pipeline):
    # the parser reads «…» as curly marks; the title took the parser's text, not the article's
    text = "«Never again», says mayor of flooded town\n\nThe river rose. «We will rebuild,» said Mayor Anne Roux.\n"
    record = pipeline.analyze(text)
    assert record.title == "«Never again», says mayor of flooded town"
    assert _quote(record, "will rebuild").speaker.name == "Anne Roux"


@pytest.mark.xfail(
    strict=True,
    reason=(
        "the kicker is cut from the title but the parser still reads it: 'EXCLUSIVE-Minister' (or "
        "'EXCLUSIVE\\nMinister') is the headline's speaker span, though the resolution is right; "
        "blanking the kicker in the parser's text was not tried (review46)"
    ),
)
def test_a_kicker_is_no_part_of_the_headline_speaker(pipeline):
    text = (
        "EXCLUSIVE-Minister promises new hospital for Dunmore\n\n"
        "Health Minister Paul Grant told parliament on Tuesday that the hospital would open in 2029.\n"
    )
    assert _quote(pipeline.analyze(text), "new hospital").speaker.text == "Minister"


# --- seen46: slash dates read by the article's own order of day and month -----------------------


@pytest.mark.parametrize("words", ["3 Marines were hurt", "The 12 Mayors met", "5 Junior doctors walked out"])
def test_a_word_opening_like_a_month_does_not_make_an_article_day_first(pipeline, words):
    # "3 Marines" read as "3 Mar…" made an American article day first: 04/05/2026 was 4 May
    text = f"Crash at base\n\nCAMP HALE, N.C. — {words} on 04/05/2026, officials said.\n"
    dates = {d.text: d.value for d in pipeline.analyze(text).dates}
    assert dates.get("04/05/2026") == "2026-04-05", dates


def test_a_month_written_short_still_makes_an_article_day_first(pipeline):
    text = "Library approved\n\nMembers voted on 12 Mar. to build it. Work starts on 04/05/2026.\n"
    dates = {d.text: d.value for d in pipeline.analyze(text).dates}
    assert dates.get("04/05/2026") == "2026-05-04", dates


# --- direct46: the speaker's next act ends the quote run ----------------------------------------


@pytest.mark.parametrize("act", ["and smiled at the players", "then nodded to the bench", "and shook his head at the question"])
def test_a_face_after_the_cue_leaves_the_quote_running(pipeline, act):
    # a smile or a nod with an object counted as the speaker's next act: the run was cut, and
    # the quotation after it was credited to no one (lost from the record)
    text = (
        "Cup run goes on\n\nThe home side won 2-1 in extra time.\n\n"
        f'"I am proud of them," the manager said, {act}. "They ran until the end."\n'
    )
    record = pipeline.analyze(text)
    assert "ran until the end" in _quote(record, "proud of them").text


def test_a_quotation_the_same_speaker_goes_on_with_keeps_the_first(pipeline):
    # the run was cut at a quotation credited right after it ("she added"), and the first
    # quotation, inside the stretch the parse gave that credit, was lost from the record
    text = (
        "Union rejects offer\n\n"
        '"We will not accept this," the union leader, Rosa Kim, said, and then, after a pause, '
        '"Not today, not next week," she added.\n'
    )
    quotes = [q for q in pipeline.analyze(text).quotes if q.type.value == "direct"]
    assert any("will not accept this" in q.text and q.speaker.name == "Rosa Kim" for q in quotes), [q.text for q in quotes]


# --- desc46: a headline's bare role word as the person the lead names ---------------------------


def test_a_headline_role_is_not_a_lead_subject_of_another_role(pipeline):
    # "Coach" was taken for the midfielder the lead opens with
    text = (
        "Coach says season is not over\n\n"
        "Midfielder Tom Baines was carried off on Saturday as Eastfield lost 2-0 at home.\n\n"
        "Eastfield manager Rob Kerr said the injury was not as bad as it looked.\n"
    )
    quote = _quote(pipeline.analyze(text), "season is not over")
    assert quote.speaker is None or quote.speaker.name != "Tom Baines"


@pytest.mark.parametrize("lead", ["Sen. Mark Dalby on Monday asked", "Mark Dalby on Monday asked"])
def test_a_headline_role_is_the_lead_subject_holding_it_or_untitled(pipeline, lead):
    # the near-miss: "Sen." is the senator's title written short; a name with no title may be the role
    text = f"Senator seeks inquiry into port contract\n\n{lead} the inspector general for an inquiry into the deal.\n"
    assert speaker_of(pipeline.analyze(text), "inquiry into port contract").name == "Mark Dalby"


# --- direct46: an invisible format character where a space would be --------------------------


# review46 left this a strict xfail (the zero-width space, the mark and the first word one token);
# layout59 made the parser not read invisible characters (layout/flowing.py, unread_spans), and it
# passes. U+202A and the other bidi embeddings are still read (2 train articles hold them; not measured).
def test_a_quotation_after_a_format_character_is_its_words_only(pipeline):
    text = 'Talks stall\n\n\u200b"Nothing is settled yet," a German diplomat said.\n'
    assert _quote(pipeline.analyze(text), "settled").text == "Nothing is settled yet,"
