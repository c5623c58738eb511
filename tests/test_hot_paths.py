"""The speed-minded paths give the same answers as the plain loops they replaced."""

from __future__ import annotations

import gc

import spacy
from spacy.attrs import LOWER, ORTH

from newsmine.nlp.doc_attrs import token_indices
from newsmine.runners.work import tune_garbage_collector


def test_token_indices_finds_every_token_whose_lower_form_or_text_is_wanted():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("The Senator met the senator and a SENATOR, Ana Ruiz, in Ruiz Park.")
    by_loop = [t.i for t in doc if t.lower_ in {"senator", "the"}]
    assert token_indices(doc, LOWER, frozenset({"senator", "the"})) == by_loop == [0, 1, 3, 4, 7]
    # A plain set (built per Doc) works too; ORTH is the text as written.
    assert token_indices(doc, ORTH, {"Ruiz"}) == [10, 13]
    assert token_indices(doc, ORTH, {"ruiz"}) == []
    assert token_indices(nlp.make_doc(""), LOWER, frozenset({"the"})) == []


def test_token_indices_agrees_with_a_loop_for_every_word_of_a_text_and_for_empty_word_sets():
    # The binary search must find the words whose hashes are the smallest and the largest of
    # the set as well as those between, and nothing for words absent or an empty set.
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Mayor Lena Okafor of Port Alden said the harbour plan would go to a vote in May.")
    words = sorted({t.lower_ for t in doc})
    for k in range(len(words)):
        for wanted in (frozenset(words[: k + 1]), frozenset(words[k:]), frozenset(words[k::3]), set(words[k::2])):
            assert token_indices(doc, LOWER, wanted) == [t.i for t in doc if t.lower_ in wanted]
    assert token_indices(doc, LOWER, frozenset()) == []
    assert token_indices(doc, LOWER, frozenset({"zebra", "quay"})) == []


def test_the_worker_garbage_collector_freezes_the_model_and_collects_rarely():
    threshold = gc.get_threshold()
    try:
        tune_garbage_collector()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == 10_000
        assert gc.get_threshold()[1:] == threshold[1:]
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def test_the_pipeline_gives_the_components_the_text_its_doc_was_made_from(pipeline):
    # The text doc_text() is handed must be the Doc's own: wrapped lines joined, a long
    # whitespace-free run (a URL) cut into pieces by the tokeniser's guard, spaces kept (but the
    # second after a sentence in copy that ends its sentences so, which the parser does not read:
    # layout61).
    from newsmine.articles import Article
    from newsmine.nlp.attribution.context import _TEXT_KEY

    url = "https://example.org/" + "x" * 240
    text = "Harbor Board Backs Plan\n\nThe board voted 5-2 on Tuesday to\nrepair the pier, its chair said.  See " + url + " for the plan.\n"
    doc = pipeline._prepare(Article(id="pier", text=text))
    assert doc.user_data[_TEXT_KEY] == doc.text
    assert len(doc.text) == len(text) - 1 and "said. See https" in doc.text
