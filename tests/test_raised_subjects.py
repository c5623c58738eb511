"""A kept infinitive of 'seem' or 'appear' takes the verb's subject into its content ('The
night ferry appears … to have been cancelled'), and a source that was that subject is
dropped; other cue words and contents are left alone. Every text here is invented for
newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution import DocContext
from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.raised_subjects import with_passive_phrase_subject, with_passive_predicate, with_passive_subject, with_raised_subject
from tests.conftest import candidate_to_sentence_end, doc_context


def _infinitive_of(ctx: DocContext, cue_word: str, source_word: str | None = None) -> Candidate:
    """The candidate of ``cue_word`` holding the infinitive after it, with ``source_word`` as its source."""
    return candidate_to_sentence_end(ctx, cue_word, "to ", "child:xcomp", source_word)


def _to_next_comma(ctx: DocContext, cue_word: str, first_words: str, relation: str) -> Candidate:
    """The candidate of ``cue_word`` holding the words from ``first_words`` to the next comma."""
    text = ctx.text
    trigger = next(t.i for t in ctx.doc if t.text == cue_word)
    start = text.index(first_words)
    return Candidate(trigger, ctx.idx[trigger], (trigger, trigger + 1), [(start, text.index(",", start))], relation, -1)


@pytest.mark.parametrize(
    ("text", "cue_word", "subject"),
    [
        ("The night ferry to Okafor Island appears to have been cancelled.\n", "appears", "The night ferry to Okafor Island"),
        ("The harbour board did not seem to be ready for the levy.\n", "seem", "The harbour board"),
    ],
)
def test_the_subject_of_seem_or_appear_joins_its_infinitive(nlp, text, cue_word, subject):
    ctx = doc_context(nlp, text)
    kept = with_raised_subject(ctx, _infinitive_of(ctx, cue_word, "board" if "board" in text else "ferry"))
    assert ctx.text[kept.parts[0][0] : kept.parts[0][1]] == subject
    assert len(kept.parts) == 2
    assert kept.source == -1


def test_another_cue_word_keeps_its_infinitive_alone(nlp):
    ctx = doc_context(nlp, "The harbour board wants to raise the levy.\n")
    cand = _infinitive_of(ctx, "wants", "board")
    assert with_raised_subject(ctx, cand) is cand


def test_an_infinitive_that_reports_is_left_to_its_own_verb(nlp):
    ctx = doc_context(nlp, "The harbour master appeared to admit that the levy was a mistake.\n")
    cand = _infinitive_of(ctx, "appeared", "master")
    assert with_raised_subject(ctx, cand) is cand


def test_a_relative_clause_with_a_possessive_subject_is_left_alone(nlp):
    ctx = doc_context(nlp, "The harbour master, whose levy appeared to be failing, left the pier early.\n")
    cand = _to_next_comma(ctx, "appeared", "to be", "child:xcomp")
    assert with_raised_subject(ctx, cand) is cand


def test_a_subject_holding_a_relative_clause_joins_its_infinitive(nlp):
    ctx = doc_context(nlp, "The levy that the harbour board passed appears to have been cancelled.\n")
    kept = with_raised_subject(ctx, _infinitive_of(ctx, "appears"))
    assert ctx.text[kept.parts[0][0] : kept.parts[0][1]] == "The levy that the harbour board passed"


@pytest.mark.parametrize(
    "text",
    [
        "The secure fax machine at the harbour office appears to have been broken for weeks.\n",
        "The old pier was eventually permitted to reopen for the summer.\n",
    ],
)
def test_the_pipeline_adds_the_raised_or_passive_subject(nlp, text):
    from newsmine.nlp.quotes import find_quotes

    quotes = find_quotes(nlp(text))
    assert [(text[q.start : q.end], q.speaker) for q in quotes] == [(text.rstrip().rstrip("."), None)]


@pytest.mark.parametrize(
    ("text", "first_words", "relation", "parts"),
    [
        ("The harbour board seems unlikely to approve the levy.\n", "unlikely", "child:acomp", ["The harbour board", "unlikely to approve the levy"]),
        ("This seems like a fair price for the ferry.\n", "like", "rest:prep", ["This", "like a fair price for the ferry"]),
    ],
)
def test_the_subject_of_seem_joins_its_adjective_or_likeness(nlp, text, first_words, relation, parts):
    ctx = doc_context(nlp, text)
    kept = with_raised_subject(ctx, candidate_to_sentence_end(ctx, "seems", first_words, relation))
    assert [ctx.text[s:e] for s, e in kept.parts] == parts


def test_the_subject_of_appear_joins_its_adjective(nlp):
    ctx = doc_context(nlp, "The mayor appeared calm after the vote.\n")
    kept = with_raised_subject(ctx, candidate_to_sentence_end(ctx, "appeared", "calm", "child:acomp"))
    assert ctx.text[kept.parts[0][0] : kept.parts[0][1]] == "The mayor"


def test_it_seems_likely_that_keeps_the_clause_alone(nlp):
    ctx = doc_context(nlp, "It seems likely that the ferry will stop.\n")
    cand = candidate_to_sentence_end(ctx, "seems", "likely", "child:acomp")
    assert with_raised_subject(ctx, cand) is cand


@pytest.mark.parametrize(
    ("text", "cue_word", "first_words", "subject"),
    [
        ("The new harbour levy was expected to raise four million pounds by March.\n", "expected", "to ", "The new harbour levy"),
        ("The night ferry is widely regarded as a lifeline for the island.\n", "regarded", "as ", "The night ferry"),
        ("Mr. Okafor was formally nominated as the board's treasurer on Tuesday.\n", "nominated", "as ", "Mr. Okafor"),
    ],
)
def test_the_subject_of_a_passive_cue_joins_its_infinitive_or_as_phrase(nlp, text, cue_word, first_words, subject):
    ctx = doc_context(nlp, text)
    relation = "child:xcomp" if first_words == "to " else "rest:prep"
    # the subject's head as the source, as the candidates give it: the joined subject is no source
    cand = candidate_to_sentence_end(ctx, cue_word, first_words, relation, subject.split()[-1])
    assert cand.source >= 0
    kept = with_passive_subject(ctx, cand)
    assert [ctx.text[s:e] for s, e in kept.parts] == [subject, ctx.text[cand.parts[0][0] : cand.parts[0][1]]]
    assert kept.source == -1


def test_a_relative_subject_of_a_passive_cue_joins_it(nlp):
    ctx = doc_context(nlp, "The harbour board, which is widely seen as a rival of the council, met on Monday.\n")
    kept = with_passive_subject(ctx, _to_next_comma(ctx, "seen", "as a rival", "rest:prep"))
    assert [ctx.text[s:e] for s, e in kept.parts] == ["which", "as a rival of the council"]


def test_an_active_cue_or_a_passive_without_its_own_subject_is_left_alone(nlp):
    ctx = doc_context(nlp, "The harbour board expected to raise the levy by March.\n")
    cand = _infinitive_of(ctx, "expected", "board")
    assert with_passive_subject(ctx, cand) is cand
    ctx = doc_context(nlp, "The mayor is due at the pier but is not expected to speak about the levy.\n")
    cand = _infinitive_of(ctx, "expected")
    assert with_passive_subject(ctx, cand) is cand


def test_a_passive_infinitive_that_reports_is_left_to_its_own_verb(nlp):
    ctx = doc_context(nlp, "The harbour master is reported to have said that the levy was a mistake.\n")
    cand = _infinitive_of(ctx, "reported")
    assert with_passive_subject(ctx, cand) is cand


def test_the_subject_joins_over_adverbials_before_the_cue(nlp):
    ctx = doc_context(nlp, "The harbour economy, until recently, seemed impervious to the storms.\n")
    kept = with_raised_subject(ctx, candidate_to_sentence_end(ctx, "seemed", "impervious", "child:acomp"))
    assert [ctx.text[s:e] for s, e in kept.parts] == ["The harbour economy, until recently", "impervious to the storms"]
    ctx = doc_context(nlp, "The new levy, by most accounts, was expected to raise four million pounds.\n")
    kept = with_passive_subject(ctx, _infinitive_of(ctx, "expected"))
    assert [ctx.text[s:e] for s, e in kept.parts] == ["The new levy, by most accounts", "to raise four million pounds"]


def test_a_relative_clause_s_own_pronoun_joins_the_raised_subject(nlp):
    ctx = doc_context(nlp, "The mayor met a pilot who seemed to be confused by the new timetable, and left.\n")
    kept = with_raised_subject(ctx, _to_next_comma(ctx, "seemed", "to be", "child:xcomp"))
    assert [ctx.text[s:e] for s, e in kept.parts] == ["who", "to be confused by the new timetable"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Mr. Okafor was criticized for closing the pier without notice.\n", "Mr. Okafor"),
        ("The ferry captain was accused of a string of thefts at the pier.\n", "The ferry captain"),
        ("Three ferry captains were charged with smuggling diesel into the port.\n", "Three ferry captains"),
    ],
)
def test_the_pipeline_adds_the_subject_of_a_passive_cue_s_phrase(nlp, text, subject):
    from newsmine.nlp.quotes import find_quotes

    quotes = find_quotes(nlp(text))
    assert [(text[q.start : q.end], text[q.parts[0][0] : q.parts[0][1]]) for q in quotes] == [(text.rstrip().rstrip("."), subject)]


def test_the_subject_of_a_passive_cue_joins_the_object_of_its_preposition(nlp):
    ctx = doc_context(nlp, "The harbour master is accused of hiding the repair bills.\n")
    kept = with_passive_phrase_subject(ctx, candidate_to_sentence_end(ctx, "accused", "hiding", "child:pobj:of", "master"))
    assert [ctx.text[s:e] for s, e in kept.parts] == ["The harbour master", "hiding the repair bills"]
    assert kept.source == -1


@pytest.mark.parametrize(
    ("text", "cue_word", "first_words"),
    [
        # whom the question was put to is not what it was about
        ("The harbour master was asked about the levy on Tuesday.\n", "asked", "about"),
        # a state, not a report (cue category "other")
        ("The captains were glued to the radio all night.\n", "glued", "to the"),
        # a perfect's 's that the parse takes for a passive auxiliary
        ("She's spoken often about the levy.\n", "spoken", "about"),
        # an active cue word
        ("Mr. Okafor criticized the board for closing the pier.\n", "criticized", "for"),
    ],
)
def test_a_passive_phrase_is_left_alone_where_its_subject_is_no_part_of_it(nlp, text, cue_word, first_words):
    ctx = doc_context(nlp, text)
    cand = candidate_to_sentence_end(ctx, cue_word, first_words, "child:prep")
    assert with_passive_phrase_subject(ctx, cand) is cand


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Two of the harbour pilots have been identified as former navy officers.\n", ["Two of the harbour pilots", "as former navy officers"]),
        ("No repair permits were deemed valid.\n", ["No repair permits", "valid"]),
        ("The new levy was billed as temporary.\n", ["The new levy", "as temporary"]),
    ],
)
def test_the_pipeline_adds_the_as_phrase_or_predicate_to_a_passive_subject(nlp, text, parts):
    from newsmine.nlp.quotes import find_quotes

    quotes = find_quotes(nlp(text))
    assert [[text[s:e] for s, e in q.parts] for q in quotes] == [parts]


def _subject_of(ctx: DocContext, cue_word: str, subject: str) -> Candidate:
    """The candidate of ``cue_word`` holding its subject alone, as ``child:nsubjpass`` proposes it."""
    trigger = next(t.i for t in ctx.doc if t.text == cue_word)
    start = ctx.text.index(subject)
    return Candidate(trigger, ctx.idx[trigger], (trigger, trigger + 1), [(start, start + len(subject))], "child:nsubjpass", -1)


@pytest.mark.parametrize(
    "text",
    ['The plan was described by critics as\n"a blank check."\n', 'The plan was dismissed by critics as "a blank\ncheck" on Tuesday.\n'],
)
def test_an_as_whose_object_a_line_break_cut_off_is_no_part(nlp, text):
    # the trees are cut at line breaks (paragraphs): 'as' alone would be the second part
    ctx = doc_context(nlp, text)
    cand = _subject_of(ctx, "described" if "described" in text else "dismissed", "The plan")
    assert with_passive_predicate(ctx, cand) is cand


def test_a_passive_subject_keeps_a_phrase_other_than_as_out(nlp):
    ctx = doc_context(nlp, "Mr. Okafor was appointed in May after a long search.\n")
    cand = _subject_of(ctx, "appointed", "Mr. Okafor")
    assert with_passive_predicate(ctx, cand) is cand
    ctx = doc_context(nlp, "Mr. Okafor was appointed as treasurer in May.\n")
    kept = with_passive_predicate(ctx, _subject_of(ctx, "appointed", "Mr. Okafor"))
    assert [ctx.text[s:e] for s, e in kept.parts] == ["Mr. Okafor", "as treasurer"]
