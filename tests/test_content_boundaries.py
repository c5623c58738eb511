"""Where an indirect content may end: the cuts the candidates offer the content model.

Every text here is invented for newsmine. Each test checks that a content ending before a
trailing clause is among a cue's candidates (the model chooses among them), for clauses
hung deeper than the complement's own verb.
"""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution import DocContext, find_candidates
from newsmine.nlp.quote_marks import find_quoted


def _contents(nlp, text: str, cue_word: str) -> set[str]:
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc.text))
    cue = next(t.i for t in doc if t.text == cue_word)
    return {" … ".join(doc.text[s:e] for s, e in c.parts) for c in find_candidates(ctx) if c.trigger == cue}


def test_a_relative_clause_on_the_complements_object_can_be_left_out(nlp):
    text = "Port director Ana Silva said she had met the new minister, who took office in March.\n"
    contents = _contents(nlp, text, "said")
    assert "she had met the new minister, who took office in March" in contents
    assert "she had met the new minister" in contents


def test_an_aside_after_a_dash_can_be_left_out(nlp):
    text = "The harbour master said the ferry would resume on Friday — a promise few believed.\n"
    contents = _contents(nlp, text, "said")
    assert "the ferry would resume on Friday" in contents


def _end_features(nlp, text: str, cue_word: str) -> dict[str, dict[str, str]]:
    """Each content of the cue word -> its content-end features (template -> value)."""
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc.text))
    cue = next(t.i for t in doc if t.text == cue_word)
    ends = ("after", "rel|after2", "rel|cutdep", "rel|rest", "rel|lastdep")
    out = {}
    for cand in find_candidates(ctx):
        if cand.trigger == cue:
            values = dict(f.split("=", 1) for f in cand.features if f.split("=", 1)[0] in ends)
            out[" … ".join(doc.text[s:e] for s, e in cand.parts)] = values
    return out


def test_the_features_say_what_a_content_leaves_out_at_its_end(nlp):
    text = "The treasurer said the budget would balance, according to a memo seen by reporters.\n\nShe left.\n"
    features = _end_features(nlp, text, "said")
    core = features["the budget would balance"]
    assert core["after"] == ","
    assert core["rel|after2"].endswith("|,|according")  # a left-out 'according to …'
    assert core["rel|cutdep"].endswith("|prep")
    assert core["rel|rest"].endswith("|3")  # 'according to a memo seen by reporters': 7 words, bucket [6, 12)
    whole = features["the budget would balance, according to a memo seen by reporters"]
    assert whole["after"] == "para"  # only the full stop left, and the paragraph ends there
    assert whole["rel|lastdep"].endswith("|prep|True")  # it ends with a phrase set off by a comma


def test_the_features_name_a_left_out_relative_clause(nlp):
    text = "Ana Silva said she had met the minister, who took office in March.\n"
    features = _end_features(nlp, text, "said")
    core = features["she had met the minister"]
    assert core["rel|after2"].endswith("|,|who")
    assert core["rel|cutdep"].endswith("|relcl")
    assert core["rel|lastdep"].endswith("|dobj|False")
    assert features["she had met the minister, who took office in March"]["rel|lastdep"].endswith("|relcl|True")


def _relations(nlp, text: str, cue_word: str) -> dict[str, tuple[str, str]]:
    """Each content of the cue word -> (its relation, the relation its features are computed with)."""
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc.text))
    cue = next(t.i for t in doc if t.text == cue_word)
    out = {}
    for cand in find_candidates(ctx):
        if cand.trigger == cue:
            relfull = next(f.split("=", 1)[1] for f in cand.features if f.startswith("relfull="))
            out[" … ".join(doc.text[s:e] for s, e in cand.parts)] = (cand.relation, relfull)
    return out


def test_a_front_clause_before_its_source_and_cue_counts_as_the_complement_however_parsed(nlp):
    # The parser hangs 'reports' beside the clause (a parataxis), not over it (a ccomp).
    text = "Shipbuilder Keltmar will delay work on its new dry dock by at least a year, the Coastal Courier reports, citing people close to the board.\n"
    front = _relations(nlp, text, "reports")[
        "Shipbuilder Keltmar will delay work on its new dry dock by at least a year"
    ]
    assert front[0].startswith("rest:parataxis")
    assert front[1] == "child:ccomp"


def test_a_parataxis_content_not_starting_its_sentence_or_without_its_source_keeps_its_relation(nlp):
    from dataclasses import replace

    from newsmine.nlp.attribution.features import features

    text = "Shipbuilder Keltmar will delay work on its new dry dock by at least a year, the Coastal Courier reports, citing people close to the board.\n"
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc.text))
    cue = next(t.i for t in doc if t.text == "reports")
    front = next(c for c in find_candidates(ctx) if c.trigger == cue and c.relation.startswith("rest:parataxis"))
    will = text.index("will")
    for changed in (replace(front, parts=[(will, front.end)]), replace(front, source=-1)):
        assert "relfull=" + front.relation in features(ctx, changed)


def test_the_front_clause_before_an_outlet_that_reports_it_is_kept(pipeline):
    text = (
        "Dry dock delayed\n\n"
        "Shipbuilder Keltmar will delay work on its new dry dock by at least a year, the Coastal Courier reports, "
        "citing people close to the board.\n"
    )
    record = pipeline.analyze(text)
    quote = next(q for q in record.quotes if "delay work on its new dry dock" in q.text)
    assert quote.speaker is not None and "Coastal Courier" in quote.speaker.text


def _by_relation(nlp, text: str, cue_word: str) -> dict[str, set[str]]:
    """The cue word's contents, by candidate relation."""
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc.text))
    cue = next(t.i for t in doc if t.text == cue_word)
    out: dict[str, set[str]] = {}
    for c in find_candidates(ctx):
        if c.trigger == cue:
            out.setdefault(c.relation, set()).add(" … ".join(doc.text[s:e] for s, e in c.parts))
    return out


@pytest.mark.parametrize(
    ("text", "cue_word", "relation", "content"),
    [
        # The parser hangs 'according to' on the second conjunct: the head's clause is half the statement.
        (
            "The ferry line was profitable, and its crews were deeply valued, according to fishermen who worked with them.\n",
            "according", "according:before", "The ferry line was profitable, and its crews were deeply valued",
        ),
        # Inside its sentence, the words around it.
        (
            "The mayor's plan, according to two aides who saw it, was to sell the old pier to a hotel chain.\n",
            "according", "according:around", "The mayor's plan … was to sell the old pier to a hotel chain",
        ),
        # Opening a paragraph, it may speak for the sentences after it.
        (
            "According to the port authority, traffic fell by a third last year. Freight rose slightly. Passenger numbers were flat.\n\nThe bridge opened.\n",
            "According", "according:after_run", "traffic fell by a third last year. Freight rose slightly. Passenger numbers were flat",
        ),
        # Closing a paragraph, it may speak for the sentences before it.
        (
            "The old bridge will close in May. Repairs will take a year, according to the engineers.\n\nThe ferry will run.\n",
            "according", "according:before_run", "The old bridge will close in May. Repairs will take a year",
        ),
    ],
)  # fmt: skip
def test_according_to_offers_its_sentence_and_paragraph_whatever_verb_it_hangs_on(
    nlp, text, cue_word, relation, content
):
    assert content in _by_relation(nlp, text, cue_word)[relation]


def test_an_interview_turn_speaks_for_its_whole_paragraph(nlp):
    # A transcript (two answers or more, in the first person: attribution/transcripts.py);
    # a column's single 'Q:'/'A:' makes no quote (test_transcripts.py).
    text = (
        "Ferry captain looks back on forty years\n\n"
        "Q: There is a lot of talk about the new bridge this year. What do you make of it?\n\n"
        "A: I think it will change the island. The ferries carried everyone for a century. Nobody asked us.\n\n"
        "Q: Will you miss the crossings?\n\n"
        "A: I will miss the people most. My crew were my family for forty years.\n"
    )
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc.text))
    colons = {(doc[c.source].text, doc.text[c.start : c.end]) for c in find_candidates(ctx) if c.relation == "colon"}
    assert ("Q", "There is a lot of talk about the new bridge this year. What do you make of it") in colons
    assert (
        "A",
        "I think it will change the island. The ferries carried everyone for a century. Nobody asked us",
    ) in colons


@pytest.mark.parametrize(
    "text, cue_word, content",
    [
        (
            "The clinic had no funds left, the nurses added, and had closed its doors.\n",
            "added",
            "The clinic had no funds left … and had closed its doors",
        ),
        (
            "Most of the new flats, she said, have gone to nurses and teachers.\n",
            "said",
            "Most of the new flats … have gone to nurses and teachers",
        ),
        (
            "The bridge, the council added on Tuesday, will reopen in June.\n",
            "added",
            "The bridge … will reopen in June",
        ),
    ],
)
def test_a_source_and_cue_set_off_inside_a_sentence_offer_the_sentence_around_them(nlp, text, cue_word, content):
    assert content in _contents(nlp, text, cue_word)


def test_an_aside_after_an_interjected_cue_is_not_taken_into_the_sentence(nlp):
    text = "The levy would fall on shipping firms, Moreau said, a plan that could raise fares.\n"
    assert not any(" … " in c for c in _contents(nlp, text, "said"))


def test_the_sentence_around_an_interjected_cue_is_offered_without_its_trailing_clause(nlp):
    text = "The new budget, officials said, will be hard to pass, because the council is split.\n"
    contents = _contents(nlp, text, "said")
    assert "The new budget … will be hard to pass" in contents
    assert "The new budget … will be hard to pass, because the council is split" in contents


def test_a_quotation_around_an_interjected_cue_is_left_to_the_quotation_candidates(nlp):
    text = 'The levy, Moreau said, "would be paid by the largest shipping firms."\n'
    contents = _contents(nlp, text, "said")
    assert not any(" … " in c and c.startswith("The levy") for c in contents)


def test_a_quoted_fragment_inside_one_side_of_an_interjected_cue_keeps_both_sides(nlp):
    text = 'Most of the new flats, she said, have gone to "hard-working" nurses and teachers.\n'
    assert 'Most of the new flats … have gone to "hard-working" nurses and teachers' in _contents(nlp, text, "said")


def test_the_interjected_cue_no_longer_offers_one_side_alone(nlp):
    text = "Most of the new flats, she said, have gone to nurses and teachers.\n"
    contents = _contents(nlp, text, "said")
    assert "have gone to nurses and teachers" not in contents
    assert "Most of the new flats" not in contents


def test_a_participle_after_an_interjected_cue_is_no_predicate(nlp):
    text = "The port will close for a month, the harbour board said, citing storm damage to the piers.\n"
    assert not any(" … " in c for c in _contents(nlp, text, "said"))


def test_a_hyphen_before_an_interjected_cue_does_not_start_the_clause(nlp):
    text = "After the court upheld the state's voter-identification law, the lawyer said, most such laws were thought safe.\n"
    contents = _contents(nlp, text, "said")
    assert "After the court upheld the state's voter-identification law … most such laws were thought safe" in contents
    assert not any(c.startswith("identification") for c in contents)


def test_a_passive_cue_offers_its_subject_and_complement_together(nlp):
    text = "The harbour authority is expected to approve the new ferry timetable in May.\n"
    assert "The harbour authority … to approve the new ferry timetable in May" in _contents(nlp, text, "expected")


def test_a_passive_verb_reporting_nobody_offers_no_subject_and_complement(nlp):
    text = "The new ferry timetable was designed to cut waiting times at the harbour.\n"
    assert not any(" … " in c for c in _contents(nlp, text, "designed"))


def test_a_figure_keeps_its_percent_sign(pipeline):
    """The tokenizer marks "%" as punctuation, and the content's edge punctuation was cut: "cut
    water use by 15%" became "by 15", a different claim."""
    record = pipeline.analyze(
        "Gov. Lena Ortiz urged Californians to cut water use by 15%. The mayor said taxes would rise 5%."
    )
    assert [q.text for q in record.quotes] == ["Californians to cut water use by 15%", "taxes would rise 5%"]


# --- session 55 (newuser55): a count of votes is no content; what the vote decided is ---


def test_a_count_of_votes_before_the_complement_is_not_the_content(pipeline):
    """'voted eight to three on Tuesday night to build …' gave 'eight to three on Tuesday night
    to build …' as the quote: the count opened the verb phrase and the sentence's rest."""
    text = "Riverside council voted eight to three on Tuesday night to build new cycle lanes along the river road.\n"
    quotes = pipeline.analyze(text).quotes
    assert [(q.cue.text, q.text) for q in quotes] == [("voted", "to build new cycle lanes along the river road")]


def test_a_count_of_votes_offers_no_content_starting_at_the_count(nlp):
    for text in ("The board voted two to one against the plan to close the pier.\n",
                 "The council voted 6-1 for the resolution on Monday.\n"):
        contents = _contents(nlp, text, "voted")
        assert not any(c.split()[0] in ("two", "6") for c in contents), contents


@pytest.mark.parametrize(
    ("text", "cue_word", "content"),
    [
        # one number, no count of votes: the object is the content
        ("The union asked for two more weeks of talks.\n", "asked", "two more weeks of talks"),
        # a counted noun is what was approved
        ("Members of the board approved 300 new homes on the old dock.\n", "approved", "300 new homes on the old dock"),
        # a count with nothing decided after it: left as the parse reads it
        ("The committee voted eight to three.\n", "voted", "eight to three"),
    ],
    ids=["one-number", "counted-noun", "count-alone"],
)  # fmt: skip
def test_near_misses_numbers_that_are_no_count_of_votes_stay_contents(nlp, text, cue_word, content):
    assert any(c.startswith(content) for c in _contents(nlp, text, cue_word))


@pytest.mark.parametrize(
    ("text", "cue_word", "content"),
    [
        # review55b: a score predicted and a count of people asked are what was said, not votes
        ("The coach predicted 2-1 for the home side.\n", "predicted", "2-1 for the home side"),
        ("The mayor asked 10 to 12 to volunteer for the clean-up.\n", "asked", "10 to 12 to volunteer"),
    ],
    ids=["score", "count-of-people"],
)  # fmt: skip
def test_a_count_after_a_verb_no_vote_decides_stays_in_the_content(pipeline, text, cue_word, content):
    quotes = pipeline.analyze(text).quotes
    assert [q.text for q in quotes if q.cue.text == cue_word and q.text.startswith(content)], [q.text for q in quotes]


@pytest.mark.xfail(
    strict=True,
    reason="review55b: after a count of votes the verb phrase is no longer proposed, and 'in favour of "
    "acquittal' as the complement scores low (its object 'favour of acquittal' 0.15, the phrase 0.01), so "
    "the vote keeps no quote where '10 to 2 in favour of acquittal' was kept before newuser55; the content "
    "the gold convention wants ('acquittal', with 'in favour of' in the cue) needs a candidate of its own. "
    "Train has two counted votes ('for', 'in February to'), neither so",
)
def test_a_count_of_votes_in_favour_of_something_keeps_a_quote(pipeline):
    quotes = pipeline.analyze("The jury voted 10 to 2 in favour of acquittal.\n").quotes
    assert any("acquittal" in q.text for q in quotes)
