"""Rules that look for a few words in the whole Doc read the words' positions from its word
arrays (``token_indices``), not a Token per word: the same findings as the loops over every
token they replace (docs/history/speed.md, session 24 — speed5); and per-Doc tables several
rules ask for are read once (session 44 — speed44)."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER

from newsmine.nlp import quote_marks
from newsmine.nlp.attribution import DocContext
from newsmine.nlp.dates import not_dates, untagged_dates
from newsmine.nlp.dates.candidate import Candidate
from newsmine.nlp.dates.untagged_dates import _bare_seasons
from newsmine.nlp.entities import missed_names, name_spans, titles, whole_bodies, whole_names
from newsmine.nlp.entities.mentions import _mention_candidates
from newsmine.nlp.entities.missed_names import _missed_institutions
from newsmine.nlp.entities.name_spans import lower_case_words
from newsmine.nlp.entities.not_names import _word_not_name
from newsmine.nlp.quote_marks import bounds as quote_bounds
from newsmine.nlp.speakers.resolver import _headline_tokens

# Original text: bare seasons that are dates and those that are not ("spring training", "the
# summer of 1968", "the Arab Spring", "winter coats"), in upper, title and lower case.
_SEASONS = """Spring Plans Stall
The council met before winter even starts. Over the summer the roads were fixed, and in the
spring the library opened. Winter coats sold out; spring training began. The summer of 1968
was hot. Protesters recalled the Arab Spring. By autumn, and again last winter, the mayor
spoke. SUMMER came early; the summer, everyone said, was long."""

# Original text: institutions the recogniser may miss or cut, after "the", at a sentence's
# start, before "of", in a headline, and head words in lower case or alone.
_INSTITUTIONS = """Harwood University Agreed To Talks
He joined the Woods Hole Oceanographic Institution in 1957. The Campaign Integrity Project, a
watchdog, said so. Harwood University agreed. The study came from the Peterson Institute for
International Economics. A university and a museum closed; the Museum reopened. Kelso Valley
Regional Transit Authority raised fares, said the Brightwater Marine Laboratory. Lee Chu and
the Dockside Workers Association met at the Riverside Community Center."""


def _plain_token_indices(doc, attr, words):
    """The tokens whose word is one of ``words``, found Token by Token as the rules' loops over
    the whole Doc found them before."""
    return [t.i for t in doc if (t.lower_ if attr == LOWER else t.text) in words]


def _as_tuples(candidates):
    return [(c.span.start, c.span.end, c.label, c.tokens) for c in candidates]


def test_bare_seasons_found_by_their_words_are_those_found_over_every_token(nlp, monkeypatch):
    doc = nlp(_SEASONS)
    taken_by_spacy = [Candidate(ent.start_char, ent.end_char, "DATE") for ent in doc.ents if ent.label_ == "DATE"]
    by_arrays = [_bare_seasons(doc, found) for found in ([], taken_by_spacy)]
    monkeypatch.setattr(untagged_dates, "token_indices", _plain_token_indices)
    assert by_arrays == [_bare_seasons(doc, found) for found in ([], taken_by_spacy)]
    assert _bare_seasons(doc, []), "the text must reach the rule"
    assert _bare_seasons(nlp("The council met on Tuesday."), []) == []


def test_missed_institutions_found_by_their_head_words_are_those_found_over_every_token(nlp, monkeypatch):
    doc = nlp(_INSTITUTIONS)
    lower_words = lower_case_words(doc)
    candidates = _mention_candidates(doc, add_missed_names=False)
    given = (candidates, [], [c for c in candidates if c.label == "PERSON"])
    by_arrays = [_as_tuples(_missed_institutions(doc, list(cands), lower_words)) for cands in given]
    monkeypatch.setattr(missed_names, "token_indices", _plain_token_indices)
    assert by_arrays == [_as_tuples(_missed_institutions(doc, list(cands), lower_words)) for cands in given]
    assert len(by_arrays[1]) >= 5, "the text must reach the rule"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("I'm O.K. with it, she said.", "O.K.", True),
        ("The vote closed at 10:22 GMT on Monday.", "GMT", True),
        ("The GMT desk answered.", "GMT", False),
        ("He said so.\nX.\nThe post was removed.", "X.", True),
        ("Lee, of Hartford, said J. Lee was right.", "J.", False),
        ("Ana Ruiz spoke.", "Ana Ruiz", False),
    ],
)
def test_a_word_never_a_name_is_told_from_its_text_read_once(nlp, text, name, expected):
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    assert _word_not_name(span) is expected


# Original text: a person named in full beside "dean" (before the name, and after it behind a
# comma), and another with the title after the name without one.
_DEANS = """Law School Names New Head
Vikram Arroway, dean of the law school, spoke first. Later law dean Mara Quill agreed, and
Tomas Brandt said the dean would answer. Dean Arroway left early."""


def test_titled_surnames_are_looked_for_only_in_articles_that_write_the_title_word(nlp, monkeypatch):
    doc = nlp(_DEANS)
    found = titles._surnames_titled_in_words(doc)
    assert found, "the text must reach the rule"
    # the gate lets every entity through: the same surnames as the rule's loop over them all
    monkeypatch.setattr(titles, "token_indices", lambda doc, attr, words: [0])
    assert titles._surnames_titled_in_words(doc) == found
    monkeypatch.undo()
    without_title = nlp("Vikram Arroway, head of the law school, spoke. Mara Quill agreed.")
    assert titles._surnames_titled_in_words(without_title) == {}


def test_missed_names_are_kept_off_the_recogniser_entities_read_once(nlp):
    # Original text: a surname, a first name and surname, and a place, each once tagged and once not.
    doc = nlp("Ana Ruiz met Lena Ortiz in Paris. Later Ruiz and Ortiz flew to Kenya, said Ortiz.")
    tagged = frozenset(i for ent in doc.ents for i in range(ent.start, ent.end))
    candidates = _mention_candidates(doc, add_missed_names=False)
    taken = missed_names._taken(candidates, tagged)
    assert taken == {i for c in candidates for i in range(c.span.start, c.span.end)} | {
        i for ent in doc.ents for i in range(ent.start, ent.end)
    }
    for found in (
        missed_names._missed_surnames(doc, candidates, tagged),
        missed_names._missed_places(doc, candidates, tagged),
        missed_names._missed_people(doc, candidates, lower_case_words(doc), doc.text, tagged),
    ):
        assert all(i not in taken for cand in found for i in range(cand.span.start, cand.span.end))


# Original text: mastheads joined by a hyphen after their town ("the Arkansas Democrat-Gazette",
# "the St. Louis Post-Dispatch"), a party's "Democrat-Republican", a prefix before a longer
# name ("Post-World War II") and a hyphen opening and closing the text.
_MASTHEADS = """- Paper Wins Award
The Arkansas Democrat-Gazette reported the vote, and the St. Louis Post-Dispatch agreed. A
Democrat-Republican alliance formed in the Post-World War II order, said Ana Ruiz of the
Marshall Democrat-News. The Fort Worth Star-Telegram said so -"""


def test_mastheads_found_at_their_hyphens_are_those_found_over_every_token(nlp, monkeypatch):
    doc = nlp(_MASTHEADS)
    ents = list(doc.ents)
    found = [(s.start, s.end, s.label_) for s in whole_bodies._with_hyphenated_masthead(ents)]
    monkeypatch.setattr(whole_bodies, "token_indices", _plain_token_indices)
    assert found == [(s.start, s.end, s.label_) for s in whole_bodies._with_hyphenated_masthead(ents)]
    made = set(found) - {(ent.start, ent.end, ent.label_) for ent in ents}
    papers = {doc[start:end].text for start, end, label in made}
    assert {"Arkansas Democrat-Gazette", "St. Louis Post-Dispatch"} <= papers, "the text must reach the rule"
    assert not any("Republican" in paper or "World" in paper for paper in papers)


def test_the_headline_tokens_are_found_from_the_first_two_line_breaks(nlp):
    # Original text: a headline ending in ";" over its subhead, and one without.
    subhead = nlp("Council split on budget;\nMayor says cuts are final\nThe council met.\nIt voted.\nIt left.")
    assert _headline_tokens(subhead) == [t.i + 1 for t in subhead if "\n" in t.text_with_ws][1]
    plain = nlp("Council split on budget\nThe council met.\nIt voted.")
    assert _headline_tokens(plain) == [t.i + 1 for t in plain if "\n" in t.text_with_ws][0]
    assert _headline_tokens(nlp("The council met and voted.")) == 0


def test_the_lower_case_words_are_read_once_per_doc(nlp, monkeypatch):
    # Original text: a capitalised headline word the body writes in lower case.
    doc = nlp("Mayor Speech Draws Crowd\nThe mayor gave a speech.")
    reads = []
    read = name_spans._read_lower_case_words
    monkeypatch.setattr(name_spans, "_read_lower_case_words", lambda d: reads.append(d) or read(d))
    first = lower_case_words(doc)
    assert {"speech", "mayor"} <= first and "Speech" not in first
    assert lower_case_words(doc) is first and len(reads) == 1
    other = nlp("The senator spoke.")
    assert lower_case_words(other) == read(other) and len(reads) == 2


def test_an_articles_paragraphs_are_read_once_for_its_quotes_and_their_context(nlp, monkeypatch):
    # Original text: a quotation over two paragraphs, a blank line between others.
    text = 'Port reopens\n\n"The harbour is open," Ana Ruiz said.\n"We worked all night.\n"It held."\n   \nShips left.'
    reads = []
    read = quote_bounds._read_paragraph_bounds
    monkeypatch.setattr(quote_bounds, "_read_paragraph_bounds", lambda t: reads.append(t) or read(t))
    stretches = quote_marks.find_quoted(text)
    context = DocContext(nlp(text), stretches, text)
    assert context.paragraphs == read(text) and len(reads) == 1
    context.paragraphs.append((0, 1))  # a caller's list is its own
    assert quote_marks.paragraph_bounds(text) == read(text) and len(reads) == 1
    assert quote_marks.paragraph_bounds("Ships left.") == [(0, 11)] and len(reads) == 2


def _names_tagged_dates_from_every_entity(doc):
    """names_tagged_dates as it read the entities of every article before."""
    lone = [ent for ent in doc.ents if ent.label_ == "DATE" and len(ent) == 1 and not_dates._may_be_a_name(ent.text)]
    words = not_dates._name_words_of(doc) if lone else frozenset()
    return [ent for ent in lone if ent.text in words]


@pytest.mark.parametrize(
    "text",
    [
        # Original texts: a surname the model may tag a date after the full name, dates that
        # are no names (a weekday, a month, a year), and no date at all.
        "Sparks coach Dalia Voss said forward Kemi Adeyemi would miss a week. Adeyemi told reporters on Friday she felt fine.",
        "The council met on Tuesday, March 3, 2020, and again in 2021.",
        "Ana Ruiz said the vote would pass.",
        "",
    ],
)
def test_names_tagged_dates_are_those_read_from_every_entity(nlp, text):
    doc = nlp(text)
    assert [(e.start, e.end) for e in not_dates.names_tagged_dates(doc)] == [
        (e.start, e.end) for e in _names_tagged_dates_from_every_entity(doc)
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Original texts: nicknames in straight and curly marks, and marks that hold no nickname.
        ('The promoter, Rajesh "Raj" Pillai, said tickets sold out.', 'Rajesh "Raj" Pillai'),
        ("Veteran John “Tig” Tiegen spoke at the rally.", "John “Tig” Tiegen"),
        ('The "Global" Britain plan and the word "Ana" Ruiz wrote were dropped.', None),
    ],
)
def test_a_nickname_between_names_is_read_from_the_mark_before_the_surname(nlp, text, person):
    doc = nlp(text)
    people = [s.text for s in whole_names._with_nickname_between(list(doc.ents)) if s.label_ == "PERSON"]
    if person is None:
        assert not any("“" in p or '"' in p for p in people)
    else:
        assert person in people
