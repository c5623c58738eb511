"""A content opening its paragraph starts after the paragraph's dateline ('VALPARAÍSO, Chile —
Voters … turned out, officials said'); a name set off by dashes is no dateline. Every text
here is invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.quotes import find_quotes


def _contents(nlp, text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(nlp(text))]


@pytest.mark.parametrize(
    ("paragraph", "content"),
    [
        (
            "VALPARAÍSO, Chile — Voters in the port city turned out in record numbers on Sunday, election officials said.",
            "Voters in the port city turned out in record numbers on Sunday",
        ),
        (
            "PORTLAND, Ore. - The ferry crews will return to work on Monday, the union said.",
            "The ferry crews will return to work on Monday",
        ),
        (
            "HALDEN, Norway, June 3 (Reuters) — Dockworkers at the port walked out on Tuesday, union leaders said.",
            "Dockworkers at the port walked out on Tuesday",
        ),
    ],
)
def test_a_content_starts_after_its_paragraphs_dateline(nlp, paragraph, content):
    assert _contents(nlp, f"Port news\n\n{paragraph}\n") == [content]


@pytest.mark.parametrize(
    ("stamp", "content"),
    [
        ("6:40 a.m. — ", "The mayor has declared an emergency for the valley"),
        ("Tuesday, 9:30 p.m. — ", "The mayor has declared an emergency for the valley"),
    ],
)
def test_a_live_blog_entry_content_starts_after_its_time_stamp(nlp, stamp, content):
    # A live blog opens each entry with the time it was posted and a dash: a time marks the
    # dateline as a date does (before, the content started with the stamp).
    text = (
        "Storm near Dalton: live updates\n\n"
        f"{stamp}The mayor has declared an emergency for the valley, her office said in a statement.\n"
    )
    assert _contents(nlp, text) == [content]


def test_a_dateline_after_a_byline_whose_place_the_tagger_reads_as_a_common_noun(nlp):
    """'GLENWOOD' after a byline paragraph is tagged NOUN, not PROPN: its capitals still make it a
    place, so the content does not open with the dateline."""
    text = (
        "Hospital to close maternity ward\n\nBy Ruth Okafor\n\nGLENWOOD — The hospital will stop delivering "
        "babies at the end of March, hospital officials said Wednesday.\n"
    )
    assert _contents(nlp, text) == ["The hospital will stop delivering babies at the end of March"]


def test_a_subheading_in_capitals_further_down_is_no_dateline(nlp):
    """Only the story's first paragraphs open with a dateline: a subheading in capitals with a
    dash later on is the writer's words run into the content, left as they are."""
    text = (
        "Doctor under fire\n\nThe show aired on Monday.\n\nViewers wrote in.\n\nMany were angry.\n\n"
        "MEDICAL CLAIMS — The doctor said the pills cured colds, his critics said.\n"
    )
    assert _contents(nlp, text) == ["MEDICAL CLAIMS — The doctor said the pills cured colds"]


@pytest.mark.parametrize(
    ("paragraph", "content"),
    [
        # extract66: a date's hyphen is no dateline's dash (main cut the content to 'five years ago, …')
        ("Twenty-five years ago, she won an election here, the paper said.",
         "Twenty-five years ago, she won an election here"),
        # near misses, unchanged: a number's hyphen with no date; a dateline's hyphen spaced, a dash unspaced
        ("Twenty-five people were hurt in the crash on Monday, police said.",
         "Twenty-five people were hurt in the crash on Monday"),
        ("WASHINGTON - Thirty homes were flooded, the mayor said.", "Thirty homes were flooded"),
        ("WASHINGTON—Thirty homes were flooded, the mayor said.", "Thirty homes were flooded"),
        # review66d: a dateline its date alone marks, closed by a spaced hyphen, a dash glued or not, or a
        # hyphen glued to the date's number before a capital (extract66 kept the last whole); a word's
        # hyphen before a capital closes none
        ("Boston, Jan. 5 - Thirty homes were flooded, the mayor said.", "Thirty homes were flooded"),
        ("Boston, Jan. 5—Thirty homes were flooded, the mayor said.", "Thirty homes were flooded"),
        ("Boston, Jan. 5-Thirty homes were flooded, the mayor said.", "Thirty homes were flooded"),
        ("Mid-March floods hurt thirty homes, the paper said.", "Mid-March floods hurt thirty homes"),
    ],
)
def test_a_words_hyphen_closes_no_dateline(nlp, paragraph, content):
    assert _contents(nlp, paragraph) == [content]


def test_a_name_set_off_by_dashes_keeps_its_words(nlp):
    text = "Harbour plan\n\nThe harbour plan was sound, Ana Ruiz — the mayor — told reporters.\n"
    assert _contents(nlp, text) == ["The harbour plan was sound"]


def test_a_press_release_dateline_with_its_wire_between_slashes(pipeline):
    # '/PRNewswire/' is one token the parse tags punctuation: the dateline went unrecognised
    # and its place ('England') was the speaker of the release's "announced".
    record = pipeline.analyze(
        "Bakery to expand\n\n"
        "DOVER, England, 9 April 2025 /PRNewswire/ -- Harbour Bakes Ltd, a maker of bread for hotels, "
        "today announced plans to open a second bakery in Deal.\n\n"
        "The firm said it would hire 40 people.\n"
    )
    plans = next(q for q in record.quotes if "second bakery" in q.text)
    assert plans.speaker.name == "Harbour Bakes Ltd"


# wrap52 (left), seen52c (fixed): a dateline before the lead moved its speaker. The parse makes
# the dateline the subject of "said" and the senator its apposition, so the speaker is looked
# for after the dash, where the first subject was the relative clause's "who" ("a Democrat
# who …"); a relative clause's subject is skipped now (attribution/sources/relative_clauses.py).
_DATELINE_LEAD = (
    "Senator backs rival party's nominee for governor\n\nBy Jane Doe\n\n"
    "{dateline}Sen. Ruth Calloway of Oregon, a Democrat who has often split with her caucus, said "
    "Monday that she would vote for Republican Aaron Pike, the first senior Democrat in the state "
    "to back him.\n\n"
    '"I did not reach this lightly," Calloway said in a statement.\n'
)


def _vote_speaker(pipeline, text: str):
    """The speaker of the lead's "she would vote …" (None when it has none)."""
    record = pipeline.analyze(text)
    return next(q for q in record.quotes if q.text.startswith("she would vote")).speaker


def _opening(lead: str) -> str:
    return (
        f"Senator backs rival\n\nBy Jane Doe\n\nPORTLAND, Maine — {lead} said Monday that she would vote "
        "for Republican Aaron Pike.\n"
    )


def test_a_lead_without_a_dateline_gives_the_senator(pipeline):
    assert _vote_speaker(pipeline, _DATELINE_LEAD.format(dateline="")).name == "Ruth Calloway"


@pytest.mark.parametrize("dateline", ["PORTLAND, Maine — ", "SPRINGFIELD — "])
def test_a_dateline_before_the_lead_keeps_its_speaker(pipeline, dateline):
    assert _vote_speaker(pipeline, _DATELINE_LEAD.format(dateline=dateline)).name == "Ruth Calloway"


def test_a_relative_clause_after_the_dateline_lead_does_not_speak(pipeline):
    # seen52c: "whom voters elected" made "voters" the speaker before
    lead = "Ruth Calloway, the senator whom voters elected in 2020,"
    assert _vote_speaker(pipeline, _opening(lead)).name == "Ruth Calloway"


def test_a_description_with_a_relative_clause_after_the_dateline_still_speaks(pipeline):
    # seen52c near miss: the noun the relative clause describes opens the lead and speaks
    speaker = _vote_speaker(pipeline, _opening("A Democrat who has often split with her caucus"))
    assert speaker is not None and speaker.text == "A Democrat"


# review52g: near misses for seen52c's relative-clause skip (invented). The noun a relative
# clause describes still speaks after a dateline; so does a named, titled lead.
@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("The senator who chairs the committee", "The senator"),
        ("The union that represents hospital workers", "The union"),
        ("Gov. Ann Cole, who faces re-election next year,", "Gov. Ann Cole"),
        ("Sen. Mark Dunmore, whose committee wrote the bill,", "Sen. Mark Dunmore"),
    ],
)
def test_the_antecedent_of_a_relative_clause_after_a_dateline_speaks(pipeline, lead, expected):
    speaker = _vote_speaker(pipeline, _opening(lead))
    assert speaker is not None and speaker.text == expected


@pytest.mark.xfail(
    strict=True,
    reason="review52g (older, not the relative-clause rule): 'The senator whom party leaders picked to "
    "chair the committee said' — the parser makes 'committee' a second subject of 'said'; the same "
    "without a dateline",
)
def test_an_object_relative_clause_with_an_infinitive_keeps_its_antecedent(pipeline):
    speaker = _vote_speaker(pipeline, _opening("The senator whom party leaders picked to chair the committee"))
    assert speaker is not None and speaker.text == "The senator"


@pytest.mark.parametrize("indent", ["    ", "\t", "  "])
def test_a_dateline_after_the_texts_opening_indent_is_no_part_of_the_content(nlp, indent):
    # Session 53 (wrap53): copy that indents each paragraph's first line opens with a whitespace
    # token; the dateline was not found past it, and the lead's content began with the place.
    text = (
        f"{indent}BRANDLE, Norvia — Floodwater cut the rail line to the coast overnight, stranding two freight "
        "trains, railway officials said on Tuesday.\n    The line will reopen on Friday.\n"
    )
    assert _contents(nlp, text) == ["Floodwater cut the rail line to the coast overnight, stranding two freight trains"]


def test_a_name_set_off_by_dashes_after_an_opening_indent_keeps_its_words(nlp):
    # Near miss: past the indent, a name between dashes is still no dateline.
    text = "    Tobias Renn — the harbour master — said the quay would stay shut until the spring tides had passed.\n"
    assert "the quay would stay shut until the spring tides had passed" in _contents(nlp, text)
