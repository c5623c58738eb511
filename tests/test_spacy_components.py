"""newsmine's components as spaCy citizens: configurable, serialisable, loadable from disk.

Components that need no statistical model run on ``spacy.blank("en")`` with hand-built
Docs; the round trips (DocBin, pickle, two processes, a saved pipeline) run the whole
pipeline on a few short original texts and compare the records they give.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from importlib import import_module
from importlib.metadata import entry_points

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import newsmine.nlp  # noqa: F401  (registers the components)
from newsmine.articles import Article
from newsmine.extract import record_from_doc
from newsmine.nlp import dates_of, entities_of, quotes_of
from newsmine.nlp.entities import EntityCluster
from newsmine.errors import UsageError
from newsmine.nlp.array_lemmatizer import ARRAY_LEMMATIZER_FACTORY
from newsmine.nlp.attribute_rules import ARRAY_RULER_FACTORY
from newsmine.nlp.model import NEWSMINE_COMPONENTS, PARAGRAPHS_COMPONENT, add_newsmine_components
from newsmine.nlp.results import MENTIONS_KEY, REFERENCES_KEY, store_entities, store_quotes
from tests.conftest import REPO

TEXTS = [
    'Harbour works delayed\n\n"We need another month," said Maria Lopez, the harbour master, on Tuesday. '
    'She added that the council would meet on March 20. "It is a shame," Lopez told the Daily Ledger.',
    "Brightwater Foods will close its plant in Ostra, the company said on Friday.\n\n"
    "Chief executive Tom Berg said the decision was painful. He said workers would be paid until June.",
    "No one was quoted in this short report about the weather, which stayed mild all week.",
]


def _records(docs: list[Doc]) -> list[str]:
    """The JSON records of ``docs`` as newsmine.extract makes them (the article text is the Doc's)."""
    return [
        record_from_doc(doc, Article(id=str(n), text=doc.text), title=None, authors=[], outlet=None, published=None).model_dump_json()
        for n, doc in enumerate(docs)
    ]


def _annotated(nlp: Language, text: str) -> Doc:
    """A Doc with what newsmine.Pipeline sets before the components run, then processed."""
    doc = nlp.make_doc(text)
    doc._.newsmine_published = "2025-03-14"
    doc._.newsmine_excluded = [(0, 7)]
    doc._.newsmine_known_orgs = ["Daily Ledger"]
    return nlp(doc)


@pytest.fixture(scope="module")
def processed(nlp) -> list[Doc]:
    return [_annotated(nlp, text) for text in TEXTS]


# --- components on a blank pipeline, hand-built Docs --------------------------------------


def test_paragraph_component_starts_a_sentence_after_a_paragraph_break_only():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsmine_paragraphs_v1")
    doc = nlp('The mayor spoke.\n"We wait," she told\nreporters.\n\nThe end')
    starts = {token.text for token in doc if token.is_sent_start}
    assert '"' in starts  # a line break after a full stop ends a paragraph
    assert "reporters" not in starts  # a hard-wrapped line inside a sentence does not
    assert "The" in starts  # a blank line does


def _hand_built(nlp: Language) -> Doc:
    words = ["Maria", "Lopez", "joined", "Brightwater", "on", "Tuesday", ".", "Lopez", "left", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "B-DATE", "O", "B-PERSON", "O", "O"]
    return Doc(nlp.vocab, words=words, ents=ents, sent_starts=[True] + [False] * 9)


def test_entities_component_clusters_hand_built_mentions_and_takes_known_orgs_from_its_config():
    plain = spacy.blank("en")
    plain.add_pipe("newsmine_entities_v1")
    configured = spacy.blank("en")
    configured.add_pipe("newsmine_entities_v1", config={"known_orgs": ["Brightwater"]})

    clusters = entities_of(plain(_hand_built(plain)))
    assert [(c.id, c.label, c.name, [m.text for m in c.mentions]) for c in clusters] == [
        ("E1", "PERSON", "Maria Lopez", ["Maria Lopez", "Lopez"]),
        ("E2", "PERSON", "Brightwater", ["Brightwater"]),  # the recogniser's label, not fixed
    ]
    assert [c.label for c in entities_of(configured(_hand_built(configured)))] == ["PERSON", "ORG"]


def test_dates_component_resolves_against_its_default_published_when_the_doc_has_none():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsmine_dates_v1", config={"default_published": "2025-03-14"})
    dates = dates_of(nlp(_hand_built(nlp)))
    assert [(d.text, d.kind, d.value) for d in dates] == [("Tuesday", "date", "2025-03-11")]
    dated = _hand_built(nlp)
    dated._.newsmine_published = "2025-04-04"  # the Doc's own date wins
    assert [d.value for d in dates_of(nlp(dated))] == ["2025-04-01"]


def test_stored_entities_are_span_groups_and_plain_data_that_rebuild_the_clusters():
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Ana", "Ruiz", "said", "she", "would", "stay", "."], pos=["PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT"])
    cluster = EntityCluster(label="PERSON", name="Ana Ruiz", mentions=[doc[0:2]], titles=["mayor"], id="E1", references=[doc[3:4]])
    store_entities(doc, [cluster])
    assert doc._.newsmine_entities == [{"label": "PERSON", "name": "Ana Ruiz", "titles": ["mayor"], "id": "E1"}]
    assert [(s.text, s.label_, s.id_) for s in doc.spans[MENTIONS_KEY]] == [("Ana Ruiz", "PERSON", "E1")]
    assert [(s.text, s.label_, s.id_) for s in doc.spans[REFERENCES_KEY]] == [("she", "pronoun", "E1")]
    (rebuilt,) = entities_of(Doc(nlp.vocab).from_bytes(doc.to_bytes()))
    assert (rebuilt.id, rebuilt.name, rebuilt.titles) == ("E1", "Ana Ruiz", ["mayor"])
    assert [(m.start, m.end) for m in rebuilt.mentions] == [(0, 2)]
    assert [(r.start, r.end) for r in rebuilt.references] == [(3, 4)]


def test_a_result_field_that_is_not_plain_data_is_refused_by_name():
    from newsmine.nlp.quotes import QuoteFound

    doc = Doc(spacy.blank("en").vocab, words=["Yes", "."])
    quote = QuoteFound("direct", [(0, 3)], relation=doc[0:1])  # a Span where a string belongs
    with pytest.raises(TypeError, match="QuoteFound.relation"):
        store_quotes(doc, [quote])


# --- configuration ------------------------------------------------------------------------


def test_every_factory_has_a_default_config_and_declares_what_it_reads_and_assigns(nlp):
    # what each component requires, an earlier component of the standard pipeline assigns
    assert not any(nlp.analyze_pipes(pretty=False)["problems"].values())
    for factory in (*NEWSMINE_COMPONENTS, PARAGRAPHS_COMPONENT):
        meta = Language.get_factory_meta(factory)
        assert meta.assigns, factory
    quotes = Language.get_factory_meta("newsmine_quotes_v1")
    assert {"model", "threshold", "quoted_threshold", "orphan_min_words", "orphan_paragraphs"} <= set(quotes.default_config)
    # the quotes component adds the speakers' pronouns and descriptions to the entities
    assert "doc._.newsmine_entities" in quotes.assigns and "doc._.newsmine_entities" in quotes.requires
    assert Language.get_factory_meta(PARAGRAPHS_COMPONENT).assigns == ["token.is_sent_start"]


def test_the_quotes_thresholds_are_settings(nlp):
    doc = nlp(TEXTS[0])
    assert quotes_of(doc)  # the default settings keep the quotes
    strict = spacy.blank("en")
    settings = {"threshold": 1.01, "quoted_threshold": 1.01, "orphan_min_words": 1000}
    strict.add_pipe("newsmine_quotes_v1", config=settings)(doc)
    assert quotes_of(doc) == []  # no score reaches 1.01, no quotation is that long
    # A sure cue word left with no content keeps a short quoted one from a low content score
    # on (decide.choose's last pass): its cue word's probability must reach the threshold too.
    sure_cue = nlp('The new timetable signals "the end of an era" for the island, said Ana Ruiz, a harbour commissioner.')
    assert quotes_of(sure_cue)
    strict(sure_cue)
    assert quotes_of(sure_cue) == []


@pytest.mark.slow
def test_the_quotes_model_file_is_a_setting_and_travels_with_a_saved_component(tmp_path):
    from newsmine.nlp.attribution import AttributionModel
    from newsmine.nlp.components import QuotesComponent, with_thresholds

    own = tmp_path / "own-model.json"
    own.write_text(json.dumps(with_thresholds(AttributionModel.default(), 0.123, None).to_dict()), encoding="utf-8")
    component = spacy.blank("en").add_pipe("newsmine_quotes_v1", config={"model": str(own)})
    assert component.model.content.threshold == 0.123
    component.to_disk(tmp_path / "saved")
    own.unlink()  # a saved pipeline no longer needs the file it was made with
    assert QuotesComponent().from_disk(tmp_path / "saved").model.content.threshold == 0.123


def test_the_entry_points_in_pyproject_name_every_factory():
    tomllib = pytest.importorskip("tomllib")
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["entry-points"]["spacy_factories"]
    assert set(declared) == {*NEWSMINE_COMPONENTS, PARAGRAPHS_COMPONENT, ARRAY_RULER_FACTORY, ARRAY_LEMMATIZER_FACTORY}
    for factory, target in declared.items():
        module, _, attr = target.partition(":")
        assert getattr(import_module(module), attr)  # importing the module registers the factory
        assert Language.has_factory(factory)


# --- serialisation --------------------------------------------------------------------------


def test_a_processed_doc_survives_docbin_with_the_same_record(nlp, processed):
    assert any(c.references for doc in processed for c in entities_of(doc))  # references are carried too
    assert all(dates_of(doc) for doc in processed[:2]) and quotes_of(processed[0])
    store = DocBin(store_user_data=True)
    for doc in processed:
        store.add(doc)
    restored = list(DocBin().from_bytes(store.to_bytes()).get_docs(nlp.vocab))
    assert _records(restored) == _records(processed)
    assert [list(r) for r in restored[0]._.newsmine_excluded] == [[0, 7]]
    assert restored[0]._.newsmine_published == "2025-03-14"
    assert entities_of(restored[0])[0].titles == entities_of(processed[0])[0].titles  # lists stay lists


def test_a_processed_doc_survives_pickle_and_to_bytes_with_the_same_record(nlp, processed):
    # one dumps for all: each pickled Doc carries the vocab, pickled once per call
    assert _records(pickle.loads(pickle.dumps(processed))) == _records(processed)
    assert _records([Doc(nlp.vocab).from_bytes(doc.to_bytes()) for doc in processed]) == _records(processed)


def test_two_processes_give_the_records_of_one(nlp):
    one = _records(list(nlp.pipe(TEXTS)))
    assert _records(list(nlp.pipe(TEXTS, n_process=2, batch_size=1))) == one


@pytest.mark.slow
def test_a_saved_and_reloaded_pipeline_gives_the_same_records(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "newsmine_quotes_v1" / "attribution-model.json").is_file()
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    assert _records(list(reloaded.pipe(TEXTS))) == _records(list(nlp.pipe(TEXTS)))
    # newsmine.load_pipeline / extract --model on a saved pipeline keep its components, not add twice
    assert add_newsmine_components(reloaded).pipe_names == nlp.pipe_names


def test_settings_for_a_component_that_has_none_are_refused():
    with pytest.raises(UsageError, match="newsmine_quote_v1"):
        add_newsmine_components(spacy.blank("en"), config={"newsmine_quote_v1": {"threshold": 0.5}})


@pytest.mark.slow
def test_a_saved_pipeline_loads_in_a_python_that_never_imported_newsmine(nlp, tmp_path):
    if not any(ep.name == "newsmine_quotes_v1" for ep in entry_points(group="spacy_factories")):
        pytest.skip("newsmine is installed without its spacy_factories entry points: reinstall it (pip install -e .)")
    nlp.to_disk(tmp_path / "pipeline")
    code = (
        "import sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp('\"We need another month,\" said Maria Lopez.')\n"
        "print(len(doc._.newsmine_quotes), 'newsmine.nlp.components' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "pipeline")], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "True"]


def test_a_doc_annotated_by_pipeline_serialises_and_keeps_the_byline(nlp):
    # Pipeline puts the byline found in the text on the Doc for the record; as plain data, or
    # the Doc would no longer pickle or go through to_bytes.
    from newsmine.layout import read_layout
    from newsmine.pipeline import Pipeline

    text = "Harbour works delayed\n\nBy Ana Ruiz\n\n" + TEXTS[0].split("\n\n", 1)[1]
    pipeline = Pipeline(nlp)
    doc = nlp.make_doc(text)
    pipeline._annotate(doc, Article(id="a", text=text), read_layout(text))
    restored = Doc(nlp.vocab).from_bytes(pickle.loads(pickle.dumps(doc)).to_bytes())
    assert restored.user_data["newsmine_byline_authors"] == ["Ana Ruiz"]
    assert restored.user_data["newsmine_title"] == "Harbour works delayed"


def test_the_excluded_ranges_are_read_where_the_doc_extension_keeps_them():
    # excluded_ranges reads doc.user_data directly (doc._ is slow in hot loops): it must see
    # what doc._.newsmine_excluded was set to, restored Docs included, and nothing when unset.
    from newsmine.nlp.doc_attrs import excluded_ranges, in_excluded

    doc = spacy.blank("en")("By Ana Ruiz. The council met on Monday.")
    assert excluded_ranges(doc) == [] and not in_excluded(doc, 0, 2)
    doc._.newsmine_excluded = [(0, 11)]
    assert excluded_ranges(doc) == [(0, 11)] and in_excluded(doc, 3, 6) and not in_excluded(doc, 13, 20)
    restored = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert [tuple(r) for r in excluded_ranges(restored)] == [(0, 11)]
