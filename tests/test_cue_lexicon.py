"""training/cue_lexicon.py and ``train_attribution.py --cue-lexicon`` (session 63): a cue lemma's
rate learned from gold, smoothed toward its class, cross-fitted by fifth. Invented text and
counts only."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import doc_context

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
from cue_lexicon import SMOOTHING, LemmaCounts, fold_rates, lexicon_features, rate_bin  # noqa: E402

# A weak cue outside the cue lexicon, cue of a mixed quote in every sentence of the first article.
LEARNED = (
    'Officials dismissed the audit as "a political stunt" on Monday.\n\n'
    'The union dismissed the offer as "an insult to every nurse."\n\n'
    'Critics dismissed the budget as "smoke and mirrors" last week.\n\n'
    'Farmers dismissed the subsidy as "too little, too late."\n\n'
    'The senator dismissed the poll as "meaningless noise."\n'
)
# The same weak cue in another article: what the lexicon is for.
WEAK = 'The governor dismissed the report as "a fairy tale" on Friday.\n'


def _counts(lemma_hits: dict[str, tuple[int, int, int, int]], klass: str = "class:False|VERB") -> LemmaCounts:
    """Counts from (seen, cue, near a quotation, quoted) by lemma, all of one class."""
    counts = LemmaCounts()
    for lemma, (seen, cue, near, quoted) in lemma_hits.items():
        for k in range(seen):
            counts.add(lemma, klass, k < cue, k < near, k < quoted)
    return counts


def test_a_lemma_seen_once_reads_as_its_class():
    counts = _counts({"remark": (1, 1, 1, 1), "note": (199, 19, 99, 9)})
    any_rate, quoted_rate = counts.rates("remark", "class:False|VERB")
    class_any = (20 + 1) / (200 + 2)
    assert any_rate == pytest.approx((1 + SMOOTHING * class_any) / (1 + SMOOTHING))
    assert any_rate < 0.2  # one hit of one does not make 'remark' a sure cue


def test_a_lemma_seen_often_reads_its_own_rate():
    counts = _counts({"insist": (400, 360, 200, 180), "note": (400, 20, 200, 10)})
    any_rate, quoted_rate = counts.rates("insist", "class:False|VERB")
    assert any_rate == pytest.approx(0.9, abs=0.02)
    assert quoted_rate == pytest.approx(0.9, abs=0.03)  # 180 of the 200 near a quotation
    assert counts.rates("note", "class:False|VERB")[0] < 0.1


def test_an_unseen_lemma_reads_its_class_rate():
    counts = _counts({"note": (98, 48, 10, 2)})
    assert counts.rates("unseen", "class:False|VERB")[0] == pytest.approx((48 + 1) / (98 + 2))


def test_fold_rates_never_count_an_articles_own_fifth():
    one, two, three = _counts({"quip": (3, 3, 3, 3)}), _counts({"jest": (2, 2, 2, 2)}), _counts({"quip": (1, 0, 0, 0)})
    rates = fold_rates([one, two, three], [(0, 2), (2, 3)])
    assert rates[0].seen["quip"] == 1 and rates[0].seen["jest"] == 0  # the other fifth: the third article
    assert rates[1] is rates[0]
    assert rates[2].seen["quip"] == 3 and rates[2].seen["jest"] == 2


def test_rate_bins_order_the_rates():
    assert [rate_bin(r) for r in (0.0, 0.02, 0.1, 0.4, 0.95)] == ["0", "1", "3", "5", "7"]


def test_lexicon_features_cross_the_rates_with_the_quoted_share_and_relation():
    assert lexicon_features("2", "5", "some", "child:dobj") == [
        "cuelex=2", "cuelexq=5", "cuelex|q=2|some", "cuelexq|q=5|some", "cuelex|rel=2|child:dobj",
    ]  # fmt: skip


@pytest.fixture(scope="module")
def trainer():
    pytest.importorskip("sklearn")
    pytest.importorskip("lightgbm")
    import train_attribution

    return train_attribution


def _article(nlp, text: str, cue_lemma: str):
    """An article as ``DocCandidates`` holds it, its labels by hand: the cue word ``cue_lemma``'s
    candidates holding a quotation mark are right, every other candidate wrong."""
    from newsmine.nlp.attribution import find_candidates, is_trigger

    ctx = doc_context(nlp, text)
    candidates = find_candidates(ctx, None, None)
    labels = [int(ctx.lemma[c.trigger] == cue_lemma and c.quoted_share > 0) for c in candidates]
    cue_words = [i for i in range(ctx.n) if is_trigger(ctx, i)]
    positive = {c.trigger for c, label in zip(candidates, labels) if label}
    return SimpleNamespace(
        ctx=ctx, candidates=candidates, labels=labels, content_ids=[[] for _ in candidates],
        cue_words=cue_words, cue_labels=[int(i in positive) for i in cue_words],
    )  # fmt: skip


def _dismissed_quoted_bins(nlp, trainer, folds) -> set[str]:
    """The quoted rate's bins the second article's quoted candidates of 'dismissed' get."""
    learned, weak = _article(nlp, LEARNED, "dismiss"), _article(nlp, WEAK, "dismiss")
    vocab = trainer.Vocabulary()
    trainer.add_lexicon_features([learned, weak], folds, vocab)
    names = vocab.names()
    return {
        names[k].split("=")[1]
        for c, ids in zip(weak.candidates, weak.content_ids)
        if weak.ctx.lemma[c.trigger] == "dismiss" and c.quoted_share > 0
        for k in ids
        if names[k].startswith("cuelexq=")
    }


def test_a_weak_cue_learned_in_another_fifth_reads_a_high_rate(nlp, trainer):
    # 'dismiss' is no cue-lexicon verb; the first article's five mixed quotes under it make it
    # one in the second article's features
    learned = _dismissed_quoted_bins(nlp, trainer, [(0, 1), (1, 2)])
    assert learned == {"7"}


def test_the_same_fifth_s_gold_is_not_counted(nlp, trainer):
    # near miss: both articles in one fifth, so no other fifth's counts: 'dismiss' reads the
    # unseen class rate (one hit in two: 0.5, bin 6), not its own article's
    assert _dismissed_quoted_bins(nlp, trainer, [(0, 2)]) == {"6"}


def test_colon_and_dash_candidates_get_no_lexicon_features(nlp, trainer):
    art = _article(nlp, 'The memo: "We will not back down."\n', "say")
    trainer.add_lexicon_features([art], [(0, 1)], trainer.Vocabulary())
    kinds = {c.relation: ids for c, ids in zip(art.candidates, art.content_ids)}
    assert "colon" in kinds and kinds["colon"] == []
