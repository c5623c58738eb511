"""The faster paths give exactly what the plain ones they replace gave (README "Speed";
each change's measurements in docs/history/speed.md).

- The model is loaded with the glued quotation marks' infix rules read along with its saved
  tokenizer (``nlp.model._load_splitting_glued_quotation_marks``), instead of set after the
  load: the same tokenizer, serialised byte for byte.
- The dates' reference words ("now", "recently", "the weekend") are searched with a lookahead
  on their first letters before the alternation: the same matches as the alternation alone.
- The attribution model's JSON is read by orjson: the same model, every weight to the last bit,
  as the standard library's reader gives; a file orjson refuses (NaN) is still read.
- The reranker's trees are walked only as far as each (row, tree) pair's leaf: the same
  log-odds, bit for bit, as walking every pair as deep as the deepest leaf.
- The content features read "a verb among the first 60 tokens" and "only punctuation up to the
  sentence's edges" from counts before each token (``DocContext.words_before``,
  ``verbs_before``), and the gap and quotation cover without building lists: the same answers
  as the loops over the tokens, for every candidate.
- ``token_indices`` reads a Doc's LOWER and ORTH arrays once, not at each call: the same
  indices for every Doc, whichever was asked about before.
- The candidates' scans of the document: the cue words (``cues.cue_words``) and the polls'
  'in' read from the columns, and ``DocContext.word_count`` from the counts before each token:
  the same words and counts as the loops over every token.
- The reranker's rows read each group's edges and scores once for the overlapping masses, and
  each relation's code once (``rerank_rows``); the walk gathers with ``ndarray.take``; the
  content features write their bools and numbers once as text: the same numbers and strings.
- The results kept on the Doc read each class's field names once and pass plain values through
  by exact type: the same stored dicts.
- The speaker ranking walks a name's clause up to the cue verbs above it once
  (``people._reporting_subjects``), not once for every person who might have said it: the same
  answer for every token and every person as the walk for each.
- The reranker's walk keeps node k at 2k with its right child's place first
  (``BoostedScorer.margins``): covered by the full-depth walk above.
- The pronouns' clause walks (``newsmine.nlp.pronouns``) compare the tokens' dependency, entity
  and POS ids instead of their strings: the same pronouns for every span of a text.
- Per-Doc tables kept while a Doc is read (``doc_attrs.remembered``; session 36): the
  honorifics (``honorific_gender_at``), the gendered pronouns' positions (a clause with none
  after the mention is not walked), whether an article may hold mojibake at all: the same
  answers as reading Token by Token; a new Doc or a retokenized one gets a table of its own.
- A name's text sliced from the Doc's text by its character offsets (``names._canonical_name``,
  ``mentions``; session 36): ``Span.text`` on every kind of Doc the pipeline builds.
- The content model weighs each candidate's features and its cue word's as their template
  and values (``LinearScorer.values_margin``; session 37), its weights remembered by value,
  not as ~60 strings written anew: the same margin, bit for bit, as the strings written from
  the same values; every weight is found by its template and values. At inference the
  candidates are weighed as they are found and keep no values: the same scores.
- ``entity_keys.country_name`` searches each of coco's patterns once on a name in ASCII that
  folding only lower-cased (the patterns ignore case): the same country for every name.
  It searches only the patterns whose needed strings the name holds (``pattern_screen``;
  session 62): the reference below searches all 256, and gives the same country.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from importlib.resources import files

import numpy as np
import pytest
import spacy
import srsly

from newsmine.nlp.attribution import model as attribution_model
from newsmine.nlp.attribution import reranker
from newsmine.nlp.attribution.candidates import find_candidates
from newsmine.nlp.attribution.decide import score_candidates
from newsmine.nlp.attribution.punctuation_candidates import poll_candidates
from newsmine.nlp.attribution.context import DocContext, doc_text
from newsmine.nlp.attribution.cues import cue_words, is_trigger, poll_cue
from newsmine.nlp.attribution.features import content as content_features
from newsmine.nlp.attribution.features import cue_features, cue_features_of, cue_values, feature_template, trigger_features
from newsmine.nlp.attribution.features.bins import BOOL_TEXT, feature_string
from newsmine.nlp.attribution.model import DEFAULT_MODEL_FILE, AttributionModel, LinearScorer
from newsmine.nlp.attribution.reranker import RERANK_FEATURES, BoostedScorer
from newsmine.nlp.dates.reference_words import _REFERENCE_WORDS_RE
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.model import DEFAULT_MODEL, _load_splitting_glued_quotation_marks, split_glued_quotation_marks
from newsmine.nlp.quote_marks import find_quoted

_SCREEN = "(?=[rncmtodeybg])"

# Original news-style text holding every reference word and phrase of the pattern, in upper,
# title and lower case, and the forms it must leave ("now-defunct", "today's", "the past
# three years", "current account").
_TEXT = """RIVERTON — Right now the council is short of money. It is now clear, and more recently
it cut the bus routes; most recently the library closed. The mayor currently heads the board,
as she does these days, and nowadays few object. In The Near Future the town will vote; the
distant future is anyone's guess, and so is the future. In the near term and the short term
nothing changes. Over the weekend, and during the weekend before, crowds came; the weekend
was warm. On Thanksgiving Day, Election Day and Christmas Day the offices close, and on
Christmas Eve, Boxing Day, New Year's Eve, New Year's Day, Good Friday, Easter Sunday and
Easter Monday they open late. Buses run
every day, every week, each month and each year; the paper is printed daily. TODAY the
council meets, tonight it votes, yesterday it argued and tomorrow it rests. In the past the
square was a market. The then-current budget, the then current plan and the current mayor
stand. Not matched: the now-defunct mill, today's vote, the past three years, the past
decade, the current account, current affairs."""


def test_the_reference_words_screen_finds_what_the_alternation_alone_finds():
    assert _REFERENCE_WORDS_RE.pattern.startswith(_SCREEN)
    plain = re.compile(_REFERENCE_WORDS_RE.pattern.removeprefix(_SCREEN), _REFERENCE_WORDS_RE.flags)
    found = [m.span() for m in _REFERENCE_WORDS_RE.finditer(_TEXT)]
    assert found == [m.span() for m in plain.finditer(_TEXT)]
    words = [_TEXT[start:end] for start, end in found]
    # every alternative's first letter passes the screen, whatever its case
    assert words[:4] == ["Right now", "now", "more recently", "most recently"]
    for phrase in ("TODAY", "The Near Future", "Over the weekend", "Thanksgiving Day", "each year", "daily",
                   "then-current", "then current", "current", "the past", "Christmas Eve", "Boxing Day",
                   "New Year's Eve", "Good Friday", "Easter Monday"):
        assert phrase in words, phrase
    assert all(start < _TEXT.index("Not matched") for start, _ in found)  # none of the forms it must leave


def test_the_model_loads_with_the_same_tokenizer_as_setting_the_rules_after_loading():
    loaded = _load_splitting_glued_quotation_marks(DEFAULT_MODEL)
    set_after = split_glued_quotation_marks(spacy.load(DEFAULT_MODEL))
    assert loaded.tokenizer.to_bytes(exclude=["vocab"]) == set_after.tokenizer.to_bytes(exclude=["vocab"])
    assert loaded.pipe_names == set_after.pipe_names
    text = 'Ryan said,“Look at this,”Clinton said. Gowdy (R-S.C.):"We know." Don\'t go.'
    tokens = [t.text for t in loaded.tokenizer(text)]
    assert tokens == [t.text for t in set_after.tokenizer(text)]
    assert tokens[:5] == ["Ryan", "said", ",", "“", "Look"]
    # setting the rules again changes nothing: they are there once
    pattern = loaded.tokenizer.infix_finditer.__self__.pattern
    assert split_glued_quotation_marks(loaded).tokenizer.infix_finditer.__self__.pattern == pattern


def test_the_model_loaded_without_building_the_default_tokenizer_is_the_one_spacy_loads():
    loaded = split_glued_quotation_marks(_load_splitting_glued_quotation_marks(DEFAULT_MODEL))
    plain = split_glued_quotation_marks(spacy.load(DEFAULT_MODEL))
    # the config still names spaCy's tokenizer (a saved pipeline loads as before), and the
    # vocabulary holds the same words with the same attributes
    assert loaded.config["nlp"]["tokenizer"] == {"@tokenizers": "spacy.Tokenizer.v1"}
    assert loaded.config.to_str() == plain.config.to_str()
    assert set(loaded.vocab.strings) == set(plain.vocab.strings)
    lexemes = {lexeme.orth_: (lexeme.norm_, lexeme.shape_, lexeme.prefix_, lexeme.suffix_, lexeme.is_stop)
               for lexeme in plain.vocab}
    assert {lexeme.orth_: (lexeme.norm_, lexeme.shape_, lexeme.prefix_, lexeme.suffix_, lexeme.is_stop)
            for lexeme in loaded.vocab} == lexemes
    text = "Sgt. Maria Delgado said,“We’re done.” She didn't say when the U.S. team would leave."
    assert [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in loaded(text)] == \
        [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in plain(text)]


@spacy.registry.tokenizers("test_speed_equivalence.whitespace_tokenizer.v1")
def _whitespace_tokenizer(lowercase: bool = False):
    def create(nlp):
        return _WhitespaceTokenizer(nlp.vocab, lowercase)

    return create


class _WhitespaceTokenizer:
    def __init__(self, vocab, lowercase):
        self.vocab, self.lowercase = vocab, lowercase

    def __call__(self, text):
        return spacy.tokens.Doc(self.vocab, words=(text.lower() if self.lowercase else text).split())

    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self

    def to_disk(self, path, **kwargs):
        path.write_bytes(srsly.msgpack_dumps({}))

    def from_disk(self, path, **kwargs):
        return self


@pytest.mark.parametrize("settings", [{}, {"lowercase": True}])
def test_a_model_whose_config_names_another_tokenizer_loads_with_it(tmp_path, settings):
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {
        "@tokenizers": "test_speed_equivalence.whitespace_tokenizer.v1", **settings}}})
    nlp.to_disk(tmp_path / "pipeline")
    loaded = _load_splitting_glued_quotation_marks(tmp_path / "pipeline")
    assert isinstance(loaded.tokenizer, _WhitespaceTokenizer)
    assert loaded.tokenizer.lowercase == settings.get("lowercase", False)
    assert loaded.config["nlp"]["tokenizer"] == nlp.config["nlp"]["tokenizer"]
    assert [t.text for t in loaded("Ryan said,“Look")] == ["ryan" if settings else "Ryan", "said,“look" if settings else "said,“Look"]


def test_a_model_without_a_saved_tokenizer_gets_the_one_its_config_builds(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "pipeline", exclude=["tokenizer"])
    loaded = _load_splitting_glued_quotation_marks(tmp_path / "pipeline")
    assert [t.text for t in loaded("She didn't go.")] == ["She", "did", "n't", "go", "."]
    assert loaded.config["nlp"]["tokenizer"] == {"@tokenizers": "spacy.Tokenizer.v1"}


def test_the_attribution_model_reads_the_same_weights_as_the_standard_json_reader():
    text = files("newsmine.nlp.models").joinpath(DEFAULT_MODEL_FILE).read_text(encoding="utf-8")
    plain = AttributionModel.from_dict(json.loads(text))
    fast = AttributionModel.default()
    assert fast == plain
    # The same floats bit for bit (== alone would pass -0.0 for 0.0), in the same order.
    for name in ("cue", "content", "source", "choice", "confidence"):
        plain_scorer, fast_scorer = getattr(plain, name), getattr(fast, name)
        if plain_scorer is None:
            assert fast_scorer is None
            continue
        assert list(fast_scorer.weights) == list(plain_scorer.weights)
        assert [w.hex() for w in fast_scorer.weights.values()] == [w.hex() for w in plain_scorer.weights.values()]


def test_a_model_file_holding_nan_is_still_read(tmp_path):
    data = AttributionModel.default().to_dict()
    data["cue"]["weights"] = {"lemma=say": float("nan"), "lemma=tell": 1.5}
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    model = AttributionModel.from_file(path)
    assert math.isnan(model.cue.weights["lemma=say"]) and model.cue.weights["lemma=tell"] == 1.5



def _margins_walking_every_pair_to_full_depth(scorer: BoostedScorer, rows: list[list[float]]) -> np.ndarray:
    """The reranker's first evaluation: every (row, tree) pair moved ``depth`` levels, a
    leaf staying put (its children are itself)."""
    trees = scorer.trees
    x = np.asarray(rows, dtype=np.float64)
    feature = np.maximum(np.asarray(trees["feature"]), 0)
    split, value = np.asarray(trees["threshold"], dtype=np.float64), np.asarray(trees["value"], dtype=np.float64)
    left, right = np.asarray(trees["left"]), np.asarray(trees["right"])
    nodes = np.broadcast_to(np.asarray(trees["roots"]), (len(x), len(trees["roots"]))).copy()
    for _ in range(trees["depth"]):
        go_left = x[np.arange(len(x))[:, None], feature[nodes]] <= split[nodes]
        nodes = np.where(go_left, left[nodes], right[nodes])
    return value[nodes].sum(axis=1)


@pytest.mark.parametrize("dense_levels", [0, 1, 3, 20])
def test_the_reranker_walk_stopping_at_leaves_gives_the_full_depth_walks_log_odds(monkeypatch, dense_levels):
    # Any number of first steps that move every pair, leaves included, ends at the same leaves.
    monkeypatch.setattr(reranker, "_DENSE_LEVELS", dense_levels)
    # Three trees: a lone leaf, a split with two leaves, and a chain three deep on the right.
    trees = {
        "feature": [-1, 0, -1, -1, 1, -1, 0, -1, 1, -1, -1],
        "threshold": [0.0, 0.5, 0.0, 0.0, 2.0, 0.0, -1.0, 0.0, 3.0, 0.0, 0.0],
        "left": [0, 2, 2, 3, 5, 5, 7, 7, 9, 9, 10],
        "right": [0, 3, 2, 3, 6, 5, 8, 7, 10, 9, 10],
        "value": [0.25, 0.0, -1.5, 2.0, 0.0, 0.125, 0.0, -0.75, 0.0, 1.0, -2.0],
        "roots": [0, 1, 4],
        "depth": 3,
    }
    hand = BoostedScorer(trees, 0.5, [], {})
    grid = [-2.0, -1.0, 0.0, 0.5, 1.0, 2.0, 3.0, 4.0]  # the thresholds themselves: ties go left
    rows = [[a, b] for a in grid for b in grid]
    assert np.array_equal(hand.margins(rows), _margins_walking_every_pair_to_full_depth(hand, rows))
    assert hand.margins([[0.5, 2.0]]).tolist() == [0.25 - 1.5 + 0.125]
    assert hand.margins([]).shape == (0,)
    shipped = AttributionModel.default().reranker
    if shipped is None:
        return
    # Rows whose values are the shipped trees' thresholds, and just either side of them.
    rng = np.random.default_rng(0)
    feature, split = np.asarray(shipped.trees["feature"]), np.asarray(shipped.trees["threshold"])
    columns = []
    for k in range(len(RERANK_FEATURES)):
        edges = split[feature == k]
        edges = np.concatenate([edges, np.nextafter(edges, -np.inf), np.nextafter(edges, np.inf)]) if len(edges) else np.zeros(1)
        columns.append(rng.choice(edges, 400))
    rows = np.stack(columns, axis=1).tolist()
    assert np.array_equal(shipped.margins(rows), _margins_walking_every_pair_to_full_depth(shipped, rows))

_BATCH_LIKE_FAULTS = """
import resource, sys
from newsmine.runners.work import tune_allocator
if sys.argv[1] == "tuned":
    assert tune_allocator()

def batch():  # what a batch does to the heap: 96 MB in blocks of 1 MB, written, then all freed
    blocks = [bytearray(1 << 20) for _ in range(96)]
    for block in blocks:
        block[::4096] = bytes(len(range(0, 1 << 20, 4096)))
    del blocks

batch()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
batch()
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator settings")
def test_a_tuned_worker_keeps_a_batchs_memory_for_the_next_batch():
    # Untuned, glibc gives the freed top of the heap back to the system after each batch and
    # the next batch faults every page in again (24,576 pages here); tuned, it reuses them.
    faults = {
        side: int(subprocess.run([sys.executable, "-c", _BATCH_LIKE_FAULTS, side], capture_output=True, text=True,
                                 check=True).stdout)
        for side in ("untuned", "tuned")
    }
    assert faults["untuned"] > 20_000
    assert faults["tuned"] < 2_000


# Original text with attributions of many shapes: quotes before and after their cues, split
# quotes, reported speech, a content at a sentence's start and one ending at its end.
_ARTICLE = """Harbour board backs ferry plan

"We cannot wait another winter," said Mara Okafor, who chairs the harbour board. "The old
ferry is failing, and the crews know it."

Okafor said the board would vote on Tuesday to lease two boats, adding that the council had
agreed to pay half of the cost. The mayor, Tomas Reyes, told reporters that he backed the plan.

"It is a good deal," Reyes said, "but not a cheap one." According to the treasurer, the lease
runs for five years.

Critics argued the lease was rushed. "Nobody asked the islanders," said Ida Fenn, a ferry
captain, who warned that fares would rise."""


def _plain_token_gap(cand, first: int, last: int) -> int:
    near = [cand.cue[0], cand.cue[1] - 1] + ([cand.source] if cand.source >= 0 else [])
    gaps = [first - j - 1 if j < first else j - last - 1 if j > last else 0 for j in near]
    return max(0, min(gaps))


def _plain_quote_cover(ctx, cand) -> str:
    ks = ctx.stretches_near(cand.trigger)
    if not ks:
        return "noq"
    total = covered = 0
    for k in ks:
        for s, e in ctx.stretches[k].pieces:
            total += e - s
            covered += sum(max(0, min(e, pe) - max(s, ps)) for ps, pe in cand.parts)
    share = covered / total if total else 0.0
    return "none" if share == 0 else "all" if share > 0.95 else "part"


def test_the_content_features_counts_give_what_the_loops_over_the_tokens_give(nlp):
    doc = nlp(_ARTICLE)
    text = doc_text(doc)
    ctx = DocContext(doc, find_quoted(text), text)
    for i in range(ctx.n + 1):
        for j in range(i, min(ctx.n, i + 80) + 1):
            only_punct = all(ctx.punct[k] for k in range(i, j))
            assert (ctx.words_before[j] == ctx.words_before[i]) == only_punct
            a_verb = any(ctx.pos[k] in ("VERB", "AUX") for k in range(i, j))
            assert (ctx.verbs_before[j] > ctx.verbs_before[i]) == a_verb
    candidates = find_candidates(ctx, AttributionModel.default().cue)
    assert len(candidates) > 10
    for cand in candidates:
        first = max(np.searchsorted(ctx.idx, cand.start, side="right") - 1, 0)
        last = max(first, np.searchsorted(ctx.idx, cand.end - 1, side="right") - 1)
        assert content_features.token_gap(ctx, cand, first, last) == _plain_token_gap(cand, first, last)
        assert content_features.quote_cover(ctx, cand) == _plain_quote_cover(ctx, cand)


# Original text with a poll cited in a clause and opening a sentence, 'according to', and
# reporting nouns and verbs.
_POLL_ARTICLE = _ARTICLE + """

Reyes leads by six points in a new Harbour Gazette poll of island voters. In a survey released
Monday, most captains backed the lease, and in the spring the board voiced concern that fares
would rise, according to the minutes. Critics' criticism of the plan, in short, was loud."""


def test_the_cue_word_poll_and_word_count_scans_give_what_the_loops_over_every_token_give(nlp):
    doc = nlp(_POLL_ARTICLE)
    text = doc_text(doc)
    ctx = DocContext(doc, find_quoted(text), text)
    words = cue_words(ctx)
    assert words == [i for i in range(ctx.n) if is_trigger(ctx, i)]
    assert any(ctx.lower[i] == "according" for i in words) and any(ctx.pos[i] == "NOUN" for i in words)
    polls = poll_candidates(ctx)
    assert polls  # 'in a new Harbour Gazette poll'
    assert [c.trigger for c in polls] == [i for i in range(ctx.n) if poll_cue(ctx, i) is not None]
    for i in range(ctx.n + 1):
        for j in range(i, min(ctx.n, i + 80) + 1):
            assert ctx.word_count(i, j) == sum(not ctx.punct[k] for k in range(i, j))


def test_the_cue_filters_remembered_probability_is_the_one_computed_anew(nlp):
    doc = nlp(_ARTICLE)
    text = doc_text(doc)
    ctx = DocContext(doc, find_quoted(text), text)
    cue = AttributionModel.default().cue
    fresh = LinearScorer(cue.weights, cue.threshold)  # nothing remembered yet
    words = [i for i in range(ctx.n) if is_trigger(ctx, i)]
    assert len(words) > 10 and len({cue_values(ctx, i) for i in words}) < len(words)  # some values repeat
    for _ in range(2):  # computed, then remembered
        for i in words:
            assert fresh.remembered_probability(cue_values(ctx, i), cue_features_of) == cue.probability(cue_features(ctx, i))
    assert fresh == cue  # what it remembers is no part of the model


def test_a_scorer_forgets_what_it_remembered_past_its_limit(monkeypatch):
    monkeypatch.setattr(attribution_model, "_REMEMBERED_LIMIT", 3)
    scorer = LinearScorer({"a": 1.0, "b": -2.0}, 0.5)
    for k in range(10):
        values = ("a",) * (k % 2) + ("b",) * k
        assert scorer.remembered_probability(values, list) == scorer.probability(list(values))
        assert len(scorer._remembered) <= 3  # noqa: SLF001 (the memo's bound)


def test_party_words_read_after_a_name_from_the_docs_text_as_from_the_tokens(nlp):
    from types import SimpleNamespace

    from newsmine.nlp.antecedents import _party_words

    doc = nlp("Rep. Ann Lee (D-Ohio) met Sen. Bob Hart, R-Texas, and Republican Cal Ortiz (R) in Lee")
    people = {name: doc.char_span(doc.text.index(name), doc.text.index(name) + len(name)) for name in ("Ann Lee", "Bob Hart", "Cal Ortiz")}
    people = {name: (span.start, span.end) for name, span in people.items()} | {"Lee": (len(doc) - 1, len(doc))}
    for start, end in people.values():  # the next three tokens' text, up to the Doc's end
        following = doc[end : end + 3]
        assert doc_text(doc)[following.start_char : following.end_char] == following.text
    party = {name: _party_words(doc, SimpleNamespace(mentions=[doc[s:e]], titles=[])) for name, (s, e) in people.items()}
    assert party == {"Ann Lee": {"democratic"}, "Bob Hart": {"republican"}, "Cal Ortiz": {"republican"}, "Lee": set()}


def _plain_capitalised_inside_sentence(token) -> bool:
    """speakers._capitalised_inside_sentence as it read, over every token of the Doc."""
    from newsmine.nlp.speakers import _capitalised

    headline_end = next((t.i for t in token.doc if "\n" in t.text_with_ws), 0)
    inside = False
    for t in token.doc:
        if t.lower_ != token.lower_ or t.i == token.i:
            continue
        if t.is_lower:
            return False
        inside = inside or (
            t.text == token.text and t.i > t.sent.start and t.i > headline_end
            and (t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and _capitalised(t.doc[t.i - 1])))
        )  # fmt: skip
    return inside


def test_a_word_capitalised_inside_a_sentence_is_found_among_the_same_words_as_among_all(nlp):
    from newsmine.nlp.speakers import _capitalised_inside_sentence

    doc = nlp("Video Shows Souza Rally\nDinesh D'Souza made a video. D'Souza went on. Video clips ran, "
              "and the video aired. Marsh Kell said Kell would stay. Marsh land is wet. KELL agreed.")
    found = [_capitalised_inside_sentence(token) for token in doc]
    assert found == [_plain_capitalised_inside_sentence(token) for token in doc]
    assert any(found) and not all(found)


def test_token_indices_read_once_per_doc_gives_each_docs_own_words(nlp):
    from spacy.attrs import LOWER, ORTH

    first = nlp.make_doc("The ferry is late. The crews said the ferry was full.")
    second = nlp.make_doc("A ferry, another ferry and the ferry again")
    for _ in range(2):  # alternating Docs: each read anew
        assert token_indices(first, LOWER, frozenset({"ferry", "the"})) == [0, 1, 5, 8, 9]
        assert token_indices(first, ORTH, frozenset({"The"})) == [0, 5]
        assert token_indices(second, LOWER, frozenset({"ferry"})) == [1, 4, 7]
        assert token_indices(second, ORTH, ("the",)) == [6]
    for words in ("One boat sails", "Two boats sail today"):  # a new Doc, perhaps at a freed Doc's address
        doc = nlp.make_doc(words)
        assert token_indices(doc, LOWER, frozenset({"boat", "boats"})) == [1]



def test_token_indices_cache_is_per_thread(nlp):
    """A Dask worker with several threads parses several articles at once: one thread's Doc
    must not evict (or, mid-read, replace) another thread's cached word arrays."""
    import threading

    from spacy.attrs import LOWER

    from newsmine.nlp import doc_attrs

    mine = nlp.make_doc("The ferry is late.")
    theirs = nlp.make_doc("Another ferry sails.")
    before = doc_attrs._token_array(mine, LOWER)
    thread = threading.Thread(target=doc_attrs._token_array, args=(theirs, LOWER))
    thread.start()
    thread.join()
    assert doc_attrs._token_array(mine, LOWER) is before  # still this thread's cached array
    assert token_indices(mine, LOWER, frozenset({"ferry"})) == [1]


def _plain_rerank_columns(group, cand, relations) -> list[float]:
    """The reranker's columns the group-wise reading changed, as first written for each
    candidate: its overlapping mass summed by a pass over its group (as log-odds), its
    relation's code from the split relation, its length, its side and distance."""
    from newsmine.nlp.attribution.features.bins import logit
    from newsmine.nlp.attribution.features.content import short_relation
    from newsmine.nlp.attribution.features.content_choice import MASS_LIMIT

    t = cand.trigger_char
    mass = sum([o.score for o in group if o.start < cand.end and cand.start < o.end])
    side = 0 if t < cand.start else 1 if t >= cand.end else 2
    distance = cand.start - t if side == 0 else t - cand.end if side == 1 else 0
    return [len(group), logit(min(mass, MASS_LIMIT)), relations.get(short_relation(cand.relation), -1),
            math.log1p(cand.end - cand.start), side, math.log1p(max(distance, 0))]  # fmt: skip


_CHANGED_COLUMNS = [RERANK_FEATURES.index(n) for n in ("size", "mass", "relation", "log_chars", "side", "log_distance")]


def test_the_reranker_rows_read_once_per_group_are_the_rows_computed_candidate_by_candidate(nlp):
    # The overlapping masses summed for a whole group at once (its edges and scores read once)
    # and the relation codes remembered by relation: the same numbers, bit for bit, as the
    # plain rows; on the shipped model's scores and on scores drawn at random (ties, sums
    # near the mass limit).
    from newsmine.nlp.attribution import score_candidates
    from newsmine.nlp.attribution.decide import cue_groups

    model = AttributionModel.default()
    doc = nlp(_POLL_ARTICLE)
    text = doc_text(doc)
    candidates = find_candidates(DocContext(doc, find_quoted(text), text), model.cue)
    score_candidates(candidates, model)
    groups = cue_groups(candidates)
    assert any(len(group) > 2 for group in groups)
    relations = model.reranker.relation_codes if model.reranker is not None else {"child:ccomp": 0}
    rng = np.random.default_rng(1)
    for draw in range(4):
        if draw:
            for cand in candidates:
                cand.score = float(rng.choice([0.0, 0.3, 0.5, 0.999, 1.0, rng.random()]))
        rows = [row for group_rows in reranker.rerank_rows(groups, relations) for row in group_rows]
        plain = [_plain_rerank_columns(group, cand, relations) for group in groups for cand in group]
        assert np.asarray(rows)[:, _CHANGED_COLUMNS].tobytes() == np.asarray(plain, dtype=np.float64).tobytes()


def test_the_content_features_bools_written_once_read_as_an_f_string_writes_them():
    # features() writes its bools and the sentence edges' pair once, as text, for the strings
    # that repeat them: the same text as the f-strings gave, numpy's bools included.
    for value in (False, True, np.False_, np.True_):
        assert BOOL_TEXT[value] == f"{value}"
        for other in (False, np.True_):
            assert content_features._EDGES[value, other] == f"{value}|{other}"


def test_results_stored_through_the_remembered_field_names_are_what_dataclasses_fields_gives():
    # The results kept on the Doc read each class's field names once and pass plain values
    # through by exact type: the same dicts as reading dataclasses.fields at every call, an
    # Enum of str still stored as its value (a plain str), tuples still stored as lists.
    from dataclasses import fields

    from newsmine.nlp import results
    from newsmine.nlp.dates import DateFound
    from newsmine.records import DateKind

    date = DateFound(start_char=3, end_char=9, text="Monday", value=None, kind=DateKind.date)
    for _ in range(2):  # the first call remembers the names, the second reads them
        stored = results._plain_fields(date)
        assert stored == {f.name: getattr(date, f.name) for f in fields(date)}
        assert type(stored["kind"]) is str and stored["kind"] == "date"
    assert results._plain((1, ("a", 2.5), None, True), "Owner", "field") == [1, ["a", 2.5], None, True]
    assert results._as_list(("a", (1, {"k": (2,)}), 3.0)) == ["a", [1, {"k": [2]}], 3.0]


def _reported_by_walking_for_each_speaker(index, token, speaker, speaker_at) -> bool:
    """What the speaker ranking asked before session 30, once for every speaker: is ``token``
    under a cue verb one of whose subjects (or their appositions; for a verb with none, the
    recent mentions just before it) is ``speaker``?"""
    from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
    from newsmine.nlp.antecedents.weights import _SUBJECTLESS_GAP

    for verb in index.doc[token].ancestors:
        if index.context.cue_verb[verb.i]:
            named = [child for child in verb.children if child.dep_ in NOUN_SUBJECT_DEPS]
            named += [apposed for child in named for apposed in child.children if apposed.dep_ == "appos"]
            near = [t.i for t in named] or [i for i in speaker_at if verb.i - _SUBJECTLESS_GAP <= i < verb.i]
            if any(speaker_at.get(i) is speaker for i in near):
                return True
    return False


def test_the_reporting_subjects_read_once_answer_as_the_walk_for_each_speaker(nlp):
    from newsmine.nlp.antecedents import DocIndex
    from newsmine.nlp.antecedents.people import _reporting_subjects
    from newsmine.nlp.entities import EntityCluster

    doc = nlp(
        "Tomas Berg, in Harlow, said Mark Ruiz is a liar. Joe Lee, a radio host, recalled that Ruiz was not "
        "taken seriously, and Ana Ruiz's lawyer, Carla Dunn, said Lee knew it. Dunn told reporters that Berg "
        "would lose, Lee said on Monday, and Berg, asked about it, insisted Dunn was wrong."
    )
    people: dict[str, EntityCluster] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            surname = ent[-1].text
            if surname in people:
                people[surname].mentions.append(ent)
            else:
                people[surname] = EntityCluster("PERSON", ent.text, [ent])
    clusters = list(people.values())
    assert len(clusters) >= 4
    index = DocIndex(doc, clusters)
    every = {m.root.i: c for c in clusters for m in c.mentions}
    # All recent mentions known, and every other one left out (the subjectless verbs then look
    # for a speaker named just before them, among fewer).
    for speaker_at in (every, dict(list(every.items())[::2])):
        for token in range(len(doc)):
            reporting = _reporting_subjects(index, token, speaker_at)
            for speaker in clusters:
                expected = _reported_by_walking_for_each_speaker(index, token, speaker, speaker_at)
                assert any(r is speaker for r in reporting) == expected, (doc[token].text, speaker.name)


# The clause walks of newsmine.nlp.pronouns as they were written over the labels' strings.
_PLAIN_SUBJECTS = ("nsubj", "nsubjpass")
_PLAIN_OTHER_CLAUSES = frozenset({"conj", "advcl", "relcl", "acl", "parataxis"})


def _plain_own_clauses(token) -> list:
    """The token and, through every child but a clause with a subject of its own, theirs."""
    own = [token]
    for child in token.children:
        if child.dep_ not in _PLAIN_OTHER_CLAUSES or not any(c.dep_ in _PLAIN_SUBJECTS for c in child.children):
            own += _plain_own_clauses(child)
    return own


def _plain_clause_pronouns(verb, after: int, skip: range) -> list:
    from newsmine.nlp.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS

    found = []
    for token in sorted(_plain_own_clauses(verb), key=lambda t: t.i):
        if token.i < after or token.i in skip:
            continue
        if token.ent_type_ == "PERSON" or (token.pos_ == "PRON" and token.lower_ in {"i", "me", "we", "us", "you"}):
            break
        word = token.lower_
        if token.dep_ in (*_PLAIN_SUBJECTS, "poss") and (word in MALE_PRONOUNS or word in FEMALE_PRONOUNS):
            opening = verb.doc[verb.sent.start : token.i].text
            if sum(opening.count(mark) for mark in ('"', "“", "”")) % 2 == 0:
                found.append(token)
    return found


def _plain_one_gender(found: list) -> list[int]:
    from newsmine.nlp.pronouns import MALE_PRONOUNS

    return [] if len({t.lower_ in MALE_PRONOUNS for t in found}) > 1 else [t.i for t in found]


def _plain_pronouns_in_own_clause(mention) -> list[int]:
    root = mention.root
    if root.dep_ == "appos" and root.head.dep_ in _PLAIN_SUBJECTS:
        root = root.head
    if root.dep_ not in _PLAIN_SUBJECTS:
        return []
    subject = range(root.left_edge.i, root.right_edge.i + 1)
    return _plain_one_gender(_plain_clause_pronouns(root.head, mention.end, subject))


def _plain_pronouns_in_relative_clause(mention) -> list[int]:
    found = []
    for verb in mention.root.children:
        if verb.dep_ == "relcl" and any(c.dep_ in _PLAIN_SUBJECTS and c.lower_ == "who" for c in verb.children):
            found += _plain_clause_pronouns(verb, mention.end, range(0))
    return _plain_one_gender(found)


def test_the_clause_pronouns_read_by_label_ids_are_those_read_by_label_strings(nlp):
    from newsmine.nlp.pronouns import pronouns_in_own_clause, pronouns_in_relative_clause

    doc = nlp(
        "Marta Kolar, the mayor, said she would run again and her staff agreed. Paul Dunn said he and "
        "Lena Ortiz had met, but she said \"he never called me\" and Dunn denied it. Grace Obi, 67, who was "
        "cooking in her kitchen, said her son had left. Tom Reyes started the race and he finished it, "
        "and Reyes, who lost his seat, said we would see. The council said Kolar told them she was leaving."
    )
    spans = [*doc.ents, *(doc[i : i + 1] for i in range(len(doc))), *doc.noun_chunks]
    found = 0
    for span in spans:
        own = [t.i for t in pronouns_in_own_clause(span)]
        assert own == _plain_pronouns_in_own_clause(span), span.text
        relative = [t.i for t in pronouns_in_relative_clause(span)]
        assert relative == _plain_pronouns_in_relative_clause(span), span.text
        found += bool(own) + bool(relative)
    assert found >= 4  # the text exercises the clauses, not only the early returns


def _country_name_searching_both_forms(name: str) -> str | None:
    from newsmine.entity_keys import _COUNTRY_ALIASES, _NOT_COUNTRIES, _coco_table, _covers, fold

    written = re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.IGNORECASE)
    folded = fold(written)
    if folded in _COUNTRY_ALIASES or not folded or folded in _NOT_COUNTRIES:
        return None if not folded or folded in _NOT_COUNTRIES else _COUNTRY_ALIASES[folded]
    both = [short for pattern, short, names in _coco_table() if any(_covers(pattern, text) for text in (written, folded))]
    found = set(both) | {short for _, short, names in _coco_table() if folded in names}
    return next(iter(found)) if len(found) == 1 else None


def test_a_country_name_searched_once_on_a_lower_cased_name_is_the_one_both_searches_give():
    from newsmine.entity_keys import _coco_table, country_name

    names = {short for _, short, _ in _coco_table()} | {n for _, _, folded in _coco_table() for n in folded}
    names |= {name.upper() for name in names} | {name.lower() for name in names}
    names |= {
        "Iowa", "New Jersey", "NEW MEXICO", "the Netherlands", "U.S.", "U.K.", "Côte d'Ivoire", "Türkiye",
        "Congo-Brazzaville", "Iran-Iraq", "Panama City", "Guinea-Bissau", "South Sudan", "Korea", "Afghan",
        "Dominica", "Dominican Republic", "Georgia", "St. Lucia", "Åland", "Macau", "Jersey City", "the Gambia",
        "Sudan's",  # folded "sudans": a country only the folded form's search finds
    }  # fmt: skip
    for name in sorted(names):
        assert country_name.__wrapped__(name) == _country_name_searching_both_forms(name), name


def test_a_per_doc_table_is_built_anew_for_another_doc_and_after_a_retokenize(nlp):
    """``doc_attrs.remembered`` keeps one table for the Doc being read: another Doc, or the
    same one retokenized (its length changed), must get its own, never the stale one."""
    from newsmine.nlp.doc_attrs import remembered

    def words(doc):
        return [t.text for t in doc]

    first = nlp.make_doc("Mr. Okafor met Ms. Lind in Port Alden.")
    second = nlp.make_doc("The ferry sailed late.")
    for _ in range(2):  # alternating Docs: each read anew
        assert remembered(first, words) == [t.text for t in first]
        assert remembered(second, words) == ["The", "ferry", "sailed", "late", "."]
    with first.retokenize() as retokenizer:
        retokenizer.merge(first[6:8])  # "Port Alden"
    assert remembered(first, words) == ["Mr.", "Okafor", "met", "Ms.", "Lind", "in", "Port Alden", "."]


def _plain_honorific_gender_at(doc, i: int) -> str | None:
    """``honorific_gender_at`` as it read one Token at each call."""
    from newsmine.nlp.entities import FEMALE_HONORIFICS, MALE_HONORIFICS

    if not 0 <= i < len(doc) or doc[i].is_lower:
        return None
    word = doc[i].lower_
    return "m" if word in MALE_HONORIFICS else "f" if word in FEMALE_HONORIFICS else None


def test_the_honorifics_read_from_a_table_are_those_read_token_by_token(nlp):
    from newsmine.nlp.entities import honorific_gender_at

    doc = nlp.make_doc(
        "Mr. Okafor and MRS. Lind met Ms Park, Sir Alan and Queen Mara; polls miss the mr. who "
        "spoke, and Miss Lane said King Street was closed. Lady Ashford thanked Dr. Pell."
    )
    found = [honorific_gender_at(doc, i) for i in range(-2, len(doc) + 2)]
    assert found == [_plain_honorific_gender_at(doc, i) for i in range(-2, len(doc) + 2)]
    assert found.count("m") == 3 and found.count("f") == 5  # "miss" and "mr." in lower case are verbs and slips


def test_the_mojibake_edge_words_read_from_a_table_are_those_read_token_by_token(nlp):
    """``with_glued_mojibake`` reads which tokens hold a lead character or are second bytes
    from a table built from the few tokens holding such characters: the same tokens as
    testing each one, in an article with mojibake, no-break spaces and curly quotes, and in
    one without; a cut name is still extended."""
    from spacy.tokens import Span

    from newsmine.nlp.entities.mojibake import _has_lead, _latin1_tail, _mojibake_edges, with_glued_mojibake

    for text in (
        "“We will rebuild,” said Marc TrÃ©vidic\xa0— the judge — on Monday in GuantÃ¡namo Bay.",
        "SÃ©golÃ\u0308ne Royal met FranA\u0303§ois Hollande ; © 2016 Ã‚ Â« news",
        "“We will rebuild,” said Marc Trevidic — the judge — on Monday.",
    ):
        doc = nlp.make_doc(text)
        assert _mojibake_edges(doc) == {t.i for t in doc if _has_lead(t.text) or _latin1_tail(t.text)}, text
    plain = nlp.make_doc("“We will rebuild,” said Marc Trevidic — the judge — on Monday.")
    assert not _mojibake_edges(plain)
    assert with_glued_mojibake(Span(plain, 7, 9, label="PERSON")).text == "Marc Trevidic"
    glued = nlp.make_doc("“We will rebuild,” said Marc TrÃ©vidic — the judge — on Monday.")
    assert [t.text for t in glued[7:11]] == ["Marc", "TrÃ", "©", "vidic"]  # the tokenizer cut the word
    assert with_glued_mojibake(Span(glued, 7, 9, label="PERSON")).text == "Marc TrÃ©vidic"


def test_a_span_sliced_from_the_docs_text_is_the_spans_text_on_every_doc_the_pipeline_builds(pipeline, nlp):
    """``names._canonical_name`` and ``mentions._mention_candidates`` read a span's text sliced
    from ``doc_text`` by the span's character offsets, not ``Span.text`` (session 36): the same
    only while the text the pipeline remembers for a Doc is its tokens' text joined. Checked on
    the Docs the pipeline makes: hard-wrapped lines (the parser reads them flowed, the record
    keeps the breaks), a whitespace-free run tokenised by hand, and pieces parsed apart and
    joined (``Doc.from_docs``)."""
    import textwrap

    from newsmine import Article
    from newsmine.chunking import parse_in_chunks
    from newsmine.layout import flow_text

    paragraph = (
        "The mayor of Port Alden, Dana Ward, said on Tuesday that the north pier would close for the "
        "winter. “It is over for this season,” said Marc TrÃ©vidic of the harbour council, who had "
        "asked the board in May to find the money for new piles. KELL AGREED, and the ferry crews "
        "said they would move to the south quay until the repairs were done in the spring."
    )
    wrapped = "Harbour vote\n\n" + textwrap.fill(paragraph, 60) + "\n"
    assert flow_text(wrapped) != wrapped  # the parser reads it flowed
    long_run = "Ward said it at https://example.org/" + "a" * 150 + "?q=1  and left.\n\nReyes agreed."
    docs = [pipeline._prepare(Article(id="wrapped", text=text)) for text in (wrapped, long_run)]
    docs.append(parse_in_chunks(nlp, wrapped, chunk_chars=40))
    for doc in docs:
        text = doc_text(doc)
        assert text == doc.text
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 8) + 1):
                span = doc[start:end]
                assert text[span.start_char : span.end_char] == span.text


# Original text whose contents end before a dash, a pipe, a parenthesis and a relative clause
# set off by a comma (values holding '|': 'advcl|True'), with a headline cue and a colon.
_PIPED_ARTICLE = """Council says budget will hold | Riverton Weekly

Treasurer Lena Voss said the budget would hold — for now. The council warned that repairs
could wait | a reader's note followed. "The roads come first," Voss said (in a memo), adding
that the bridge, which opened in 1962, would be inspected, which pleased the drivers.

The mayor had one message: "We will not raise taxes this year." Critics said that was a
promise she could not keep, according to the minutes."""


def test_the_content_models_margin_of_the_feature_values_is_the_margin_of_their_strings(nlp):
    # The content model weighs each candidate's feature values (template and values) as they
    # are, its weights remembered by value (values_margin); the training scripts read the
    # strings written from the same values: the same margin to the last bit, met first or again.
    content = AttributionModel.default().content
    fresh = LinearScorer(content.weights, content.threshold)  # nothing remembered yet
    piped = 0
    for article in (_ARTICLE, _POLL_ARTICLE, _PIPED_ARTICLE):
        doc = nlp(article)
        text = doc_text(doc)
        ctx = DocContext(doc, find_quoted(text), text)
        candidates = find_candidates(ctx, AttributionModel.default().cue)
        assert len(candidates) > 10
        for cand in candidates:
            strings, shared = cand.features, cand.shared
            assert strings == content_features.features(ctx, cand) == [feature_string(v) for v in cand.values]
            assert shared == trigger_features(ctx, cand) == [feature_string(v) for v in cand.shared_values]
            assert len(strings) == 50 and len(shared) == 13 and shared[0] == "bias"
            for _ in range(2):  # computed, then remembered
                assert fresh.values_margin(cand.values) == content.margin(strings)
                assert fresh.values_margin(cand.shared_values) == content.margin(shared)
            piped += any("|" in value for v in cand.values for value in v[1:])
    assert piped > 10  # values that hold the separator ('advcl|True'): the same strings, the same weights
    assert fresh == content  # what it remembers is no part of the model


def test_candidates_weighed_as_they_are_found_keep_no_features_and_score_the_same(nlp):
    # attribute() hands the content model to find_candidates, which weighs each candidate's
    # features at once and keeps none of them (the tuples held till the decision started the
    # garbage collector): the same margins, the same scores.
    model = AttributionModel.default()
    for article in (_ARTICLE, _PIPED_ARTICLE):
        doc = nlp(article)
        text = doc_text(doc)
        ctx = DocContext(doc, find_quoted(text), text)
        kept = find_candidates(ctx, model.cue)
        weighed = find_candidates(ctx, model.cue, content_scorer=model.content)
        assert [(c.trigger, c.parts) for c in weighed] == [(c.trigger, c.parts) for c in kept]
        for a, b in zip(kept, weighed):
            assert a.content_margin is None and len(a.values) == 50
            assert b.values == [] and b.content_margin == model.content.margin(a.features)
        score_candidates(kept, model)
        score_candidates(weighed, model)
        assert [c.score for c in weighed] == [c.score for c in kept]


def test_every_content_weight_is_found_by_its_template_and_values(nlp):
    # Each weight of the content model is a feature of a template the code computes, and
    # values_margin finds it from its template and values, however its value splits at '|'.
    content = AttributionModel.default().content
    doc = nlp(_ARTICLE)
    text = doc_text(doc)
    ctx = DocContext(doc, find_quoted(text), text)
    candidates = find_candidates(ctx, AttributionModel.default().cue)
    templates = {v[0] for cand in candidates for v in cand.values}
    shared = {v[0] for cand in candidates for v in cand.shared_values}
    assert len(templates) == 50 and len(shared) == 13 and not templates & shared
    fresh = LinearScorer(content.weights, content.threshold)
    for feature, weight in content.weights.items():
        template = feature_template(feature)
        assert template in templates | shared, feature
        if "=" not in feature:  # 'bias'
            assert fresh.values_margin([(feature,)]) == weight
            continue
        values = feature.split("=", 1)[1]
        assert fresh.values_margin([(template, values)]) == weight, feature
        assert fresh.values_margin([(template, *values.split("|"))]) == weight, feature
    assert fresh.values_margin([("rel", "no such relation")]) == 0.0


def test_a_scorer_forgets_the_weights_it_remembered_by_value_past_its_limit(monkeypatch):
    monkeypatch.setattr(attribution_model, "_VALUE_WEIGHTS_LIMIT", 3)
    scorer = LinearScorer({"a=x": 1.0, "b=x|y": -2.0, "c=1": 0.25}, 0.5)
    values = [("a", "x"), ("b", "x", "y"), ("c", "1"), ("a", "z"), ("b", "x|y")]
    for k in range(12):
        some = values[k % 5 :] + values[: k % 3]
        assert scorer.values_margin(some) == scorer.margin([feature_string(v) for v in some])
        assert len(scorer._value_weights) <= 3  # noqa: SLF001 (the memo's bound)
