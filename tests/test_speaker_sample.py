"""The converter of our hand-annotated speaker sample (training/speakers/build_gold.py).

The compact format is the one the shared dev gold was written in; the converter must rebuild
that gold exactly (a test that skips without ../shared), and read aliases, alternatives,
notes, unsure marks and forced classes as the format says.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("build_gold", ROOT / "training" / "speakers" / "build_gold.py")
build_gold = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build_gold)


def test_the_compact_format_reads_aliases_alternatives_notes_and_marks():
    articles = build_gold.parse_compact(
        "# a comment\n"
        "@3 some-article-id\n"
        "=L Ana Lee || Lee campaign ## her full name\n"
        "0 P =L\n"
        "1 A - || =L ## an unnamed aide\n"
        "2 O?:n Harbour Trust || Harbor Trust ## misspelt\n"
    )
    first, aide, trust = (articles[3][i] for i in range(3))
    assert first["referent"] == "Ana Lee" and first["alt"] == ["Lee campaign"] and first["kind"] == "person"
    assert aide["referent"] is None and aide["alt"] == ["Ana Lee", "Lee campaign"] and aide["note"] == "an unnamed aide"
    assert trust["unsure"] and trust["forced_class"] == "name" and trust["alt"] == ["Harbor Trust"]


def test_a_span_is_a_name_only_when_a_capitalised_word_of_it_names_the_referent():
    assert build_gold.span_class("she", "Ana Lee", []) == "pronoun"
    assert build_gold.span_class("Mrs. Lee", "Ana Lee", []) == "name"
    assert build_gold.span_class("The newspaper", "The Dunmore Ledger", []) == "description"
    assert build_gold.span_class("Police", "Dover police", []) == "description"
    assert build_gold.span_class("the S.E.C.", "Securities and Exchange Commission", ["S.E.C."]) == "name"
    assert build_gold.span_class("Clinton aides", None, ["Clinton campaign"]) == "description"


def test_the_converter_rebuilds_the_shared_dev_gold_exactly(capsys):
    if not (build_gold.POLNEAR / "dev-speakers.ann.txt").is_file():
        pytest.skip("../shared/benchmarks/polnear is not here")
    assert build_gold.check_dev() == 0
    assert " 0 differ" in capsys.readouterr().out


_SAMPLES = sorted((ROOT / "training" / "speakers").glob("train-*.ann.txt"))
_TRAIN = ROOT.parent / "shared" / "benchmarks" / "polnear" / "train"
# A sample that annotates only one class of its articles' sources says so on a header line
# (train-extra, train-names37/39/43/46/47/48/48b/49: names; train-extra-desc, train-desc37/39/42/43/46/47/54/55:
# descriptions; train-pron37: pronouns); train-sample, train-fresh, train-holdout, train-blind and
# train-all47 judge every source of their articles.
_is_partial = build_gold.is_partial


def test_a_marker_line_makes_a_sample_partial_for_each_class():
    for kind in ("names", "descriptions", "pronouns"):
        assert build_gold.is_partial(f"# a header\n# {kind} only\n@3 some-id\n0 P Ana Lee\n")
    assert not build_gold.is_partial("# only the pronouns only of some articles\n@3 some-id\n")
    assert build_gold.parse_compact("# pronouns only\n@3 some-id\n4 P Ana Lee\n")[3][4]["referent"] == "Ana Lee"


def test_the_train_samples_never_share_an_article():
    # The held-out sample measures rules read off the others only while no article is in two.
    # Two partial study samples (names only, descriptions only) may judge different sources of
    # one article, never the same source.
    seen: dict[int, tuple[str, set[int] | None]] = {}
    for path in _SAMPLES:
        text = path.read_text(encoding="utf-8")
        for article, judgements in build_gold.parse_compact(text).items():
            spans = set(judgements) if _is_partial(text) else None
            if article in seen:
                other, other_spans = seen[article]
                shared = spans is None or other_spans is None or spans & other_spans
                assert not shared, f"@{article} is judged in {other} and {path.name}"
                spans = spans | other_spans
            seen[article] = (path.name, spans)
    assert len(_SAMPLES) >= 3 and len(seen) >= 400


@pytest.mark.skipif(not _TRAIN.is_dir(), reason="PolNeAR train (../shared) is not here")
@pytest.mark.parametrize("path", _SAMPLES, ids=lambda p: p.name)
def test_each_train_sample_names_its_articles_rightly_and_judges_every_gold_source(path):
    doc_ids = sorted(p.stem for p in (_TRAIN / "text").glob("*.txt"))
    text = path.read_text(encoding="utf-8")
    named = {int(line[1:].split()[0]): line.split()[1] for line in text.splitlines() if line.startswith("@") and len(line.split()) > 1}
    for article, judgements in build_gold.parse_compact(text).items():
        doc = doc_ids[article]
        if article in named:  # '@k id' names a prefix of the article's id
            assert doc.startswith(named[article]), f"@{article} says {named[article]}, the {article}th train article is {doc}"
        spans = build_gold.source_spans(_TRAIN / "attributions" / f"{doc}.ann")
        if _is_partial(text):  # a sample of one class of sources judges some of them, each one that exists
            assert judgements and set(judgements) <= set(range(len(spans))), f"@{article} {doc}"
        else:
            assert sorted(judgements) == list(range(len(spans))), f"@{article} {doc}"
