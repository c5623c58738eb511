"""quote.category: what the cue reports (speech, writing, thought, stance, other).

Invented sentences, one category each; the lexicon and the lookup rules are tested without
the model.
"""

from __future__ import annotations

import pytest

from newsmine.nlp import lexicons
from newsmine.nlp.quotes import cue_category
from newsmine.records import Quote, QuoteCategory


def _category_of(pipeline, text: str, snippet: str) -> QuoteCategory:
    record = pipeline.analyze(text)
    found = [q for q in record.quotes if snippet in q.text]
    assert found, f"no quote holds {snippet!r}: {[q.text for q in record.quotes]}"
    return found[0].category


@pytest.mark.parametrize(
    ("text", "snippet", "category"),
    [
        ('"The ferry will run all winter," harbour master Jana Novak said on Tuesday.\n', "ferry will run", "speech"),
        ("Jana Novak told reporters that the ferry would run all winter.\n", "ferry would run", "speech"),
        ("Jana Novak wrote on her blog that the ferry would run all winter.\n", "ferry would run", "writing"),
        ("Jana Novak tweeted that the ferry would run all winter.\n", "ferry would run", "writing"),
        ("Jana Novak believes the ferry will run all winter.\n", "ferry will run", "thought"),
        ("Mayor Tomas Berg fears the ferry will stop in January.\n", "ferry will stop", "thought"),
        ("The fishermen's union endorsed the plan to extend the pier.\n", "plan to extend the pier", "stance"),
        ("Councillor Ada Ruiz opposes the plan to extend the pier.\n", "plan to extend the pier", "stance"),
        # a colon reports as "said" does, quotation marks or not (its cue is the colon itself)
        ("Ferry service\n\nMayor Maria Lopez on the timetable: the ferry will run all winter, with two sailings a day.\n",
         "ferry will run", "speech"),
        # a negated cue reports words nobody gave: not counted as what someone said
        ("The ferry operator did not respond to a request for comment on the new timetable.\n", "request for comment",
         "other"),
        ("Jana Novak never said that the ferry would run all winter.\n", "ferry would run", "other"),
        # a verb's particle makes the cue: 'shot back' answers in words, 'pushed back' takes a stance
        ("Councillor Ada Ruiz shot back that the ferry had never run in winter.\n", "ferry had never run", "speech"),
        ("Councillor Ada Ruiz pushed back on the claim that the ferry would stop.\n", "ferry would stop", "stance"),
    ],
)
def test_category_follows_what_the_cue_reports(pipeline, text, snippet, category):
    assert _category_of(pipeline, text, snippet) == QuoteCategory(category)


# A cue of speaking with an "in" phrase naming a written medium reports writing (probe47b).
@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Jana Novak said in a post on LinkedIn that the ferry would run all winter.\n", "ferry would run"),
        ("The harbour authority said in guidance issued last month that boats should carry two radios.\n",
         "boats should carry"),
        ("Mayor Tomas Berg noted in a letter to residents that the ferry would run all winter.\n", "ferry would run"),
        ("Mayor Tomas Berg argued in a guest column in the Harbor Gazette that the ferry should run all winter.\n",
         "ferry should run"),
    ],
    ids=["post", "guidance", "letter", "column-in-an-outlet"],
)  # fmt: skip
def test_words_said_in_a_written_medium_are_writing(pipeline, text, snippet):
    assert _category_of(pipeline, text, snippet) == QuoteCategory.writing


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        # near misses: the medium is spoken, or the "in" phrase belongs to what was said
        ("Jana Novak said in an interview that the ferry would run all winter.\n", "ferry would run"),
        ("Jana Novak said the mistake was in the report, not in the timetable.\n", "mistake was in the report"),
        ("Mayor Tomas Berg said in a report in the Harbor Gazette that the ferry would run all winter.\n",
         "ferry would run"),
        # a statement stays speech, as the lexicon has it
        ("The harbour authority said in a statement that the ferry would run all winter.\n", "ferry would run"),
    ],
    ids=["interview", "in-the-content", "report-in-an-outlet", "statement"],
)  # fmt: skip
def test_words_said_in_speech_or_about_a_document_stay_speech(pipeline, text, snippet):
    assert _category_of(pipeline, text, snippet) == QuoteCategory.speech


def test_lookup_takes_the_whole_cue_then_its_first_word():
    assert cue_category("make clear", direct=False) == "speech"
    assert cue_category("call for", direct=False) == "speech"  # 'call' listed, 'call for' not
    assert cue_category("according to", direct=False) == "speech"


def test_unlisted_cue_is_speech_only_for_a_quotation():
    assert cue_category("thunder", direct=True) == "speech"  # '"…," the editorial thundered'
    assert cue_category("thunder", direct=False) == "other"
    assert cue_category(None, direct=True) == "speech"  # an orphan quotation with no cue word
    assert cue_category(None, direct=False) == "other"


def test_every_category_of_the_lexicon_is_a_record_category():
    sections = lexicons.load_sections("cue_categories")
    assert set(sections.values()) <= {c.value for c in QuoteCategory}
    assert sections["say"] == "speech" and sections["tweet"] == "writing"
    assert sections["believe"] == "thought" and sections["endorse"] == "stance"


def test_a_record_written_before_the_category_existed_still_validates():
    quote = Quote.model_validate({"id": "Q1", "type": "direct", "start": 0, "end": 5, "text": "Hello"})
    assert quote.category is QuoteCategory.other


# --- session 55 (newuser55): 'announced' is speech, as 'announcement' is; its medium may make it writing ---


def test_an_announcement_made_is_speech(pipeline):
    """'…, superintendent Marcus Oyelaran announced on Tuesday' was writing: "announce" sat in
    the lexicon's writing section while the noun "announcement" was speech."""
    text = "The works start in May, superintendent Marcus Oyelaran announced on Tuesday.\n"
    assert _category_of(pipeline, text, "works start in May") == QuoteCategory.speech
    assert cue_category("announce", direct=False) == cue_category("announcement", direct=False) == "speech"


@pytest.mark.parametrize(
    "text",
    [
        "The works start in May, superintendent Marcus Oyelaran announced in a post on Facebook.\n",
        "Superintendent Marcus Oyelaran wrote that the works start in May.\n",
        # review55b: a press release and a website are written media too
        '"The works start in May," the school district announced in a press release.\n',
        "The school district announced on its website that the works start in May.\n",
    ],
    ids=["announced-in-a-post", "wrote", "announced-in-a-press-release", "announced-on-its-website"],
)  # fmt: skip
def test_near_misses_announced_in_a_post_and_verbs_of_writing_stay_writing(pipeline, text):
    assert _category_of(pipeline, text, "works start in May") == QuoteCategory.writing


def test_announced_at_a_news_conference_or_on_television_stays_speech(pipeline):
    # near misses of the written media: a place of speaking and a broadcast ("on" with no web page)
    for text in ('"The works start in May," the school district announced at a news conference.\n',
                 "The school district announced on Channel 4 News that the works start in May.\n"):
        assert _category_of(pipeline, text, "works start in May") == QuoteCategory.speech, text
