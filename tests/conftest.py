"""Shared fixtures. The spaCy pipeline is loaded once per test session (about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

# The probes' shared checks (tests/quote_checks.py) explain a failed assertion as the test files'
# own do; registered before any test module imports them.
pytest.register_assert_rewrite("tests.quote_checks")

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "data" / "samples"
# PolNeAR lives beside the repository, never inside it (third-party text).
POLNEAR = REPO.parent / "shared" / "benchmarks" / "polnear"


@pytest.fixture(scope="session")
def pipeline():
    from newsmine import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    """The loaded spaCy Language with newsmine's components."""
    return pipeline.nlp


@pytest.fixture(scope="session")
def polnear_dev_report(pipeline):
    """newsmine eval of PolNeAR dev with default settings, computed once for every gate."""
    from newsmine.evaluate import evaluate

    dev = POLNEAR / "dev"
    if not (dev / "attributions").is_dir():
        pytest.skip("PolNeAR dev is not beside the repository (../shared)")
    return evaluate(dev, pipeline=pipeline)


def speaker_of(record, snippet: str):
    """The speaker of the first quote of ``record`` whose text holds ``snippet`` (failing the
    test, with the quotes found, when there is none or it has no speaker)."""
    found = [q for q in record.quotes if snippet in q.text]
    assert found, f"no quote holds {snippet!r}: {[q.text for q in record.quotes]}"
    assert found[0].speaker is not None, f"the quote holding {snippet!r} has no speaker"
    return found[0].speaker


def first_quote_in(pipeline, text: str, snippet: str):
    """The first quote of ``text``'s record whose text holds ``snippet`` (failing the test when
    none does)."""
    found = [q for q in pipeline.analyze(text).quotes if snippet in q.text]
    assert found, f"no quote holds {snippet!r}"
    return found[0]


def only_quote(pipeline, text: str):
    """The one quote of ``text``'s record (failing the test, with the quotes found, when there
    is not exactly one): the sentence tests of one credit each."""
    quotes = pipeline.analyze(text).quotes
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


def only_speaker_text(pipeline, text: str) -> str | None:
    """The speaker as written of :func:`only_quote`, None when it has none."""
    speaker = only_quote(pipeline, text).speaker
    return None if speaker is None else speaker.text


def read_probe_articles(folder: Path, cases) -> dict[str, str]:
    """The texts of the probe articles ``folder/<article>.txt`` that ``cases`` (tuples opening
    with the article's name) name, by name."""
    names = sorted({case[0] for case in cases})
    return {name: (folder / f"{name}.txt").read_text(encoding="utf-8") for name in names}


def analyze_probe_articles(pipeline, folder: Path, cases) -> dict:
    """The records of the probe articles ``folder/<article>.txt`` that ``cases`` name, by name."""
    return {name: pipeline.analyze(text) for name, text in read_probe_articles(folder, cases).items()}


def analyze_probe_texts(pipeline, folder: Path, cases) -> dict:
    """(text, record) of the probe articles ``folder/<article>.txt`` that ``cases`` name, by
    name: the checks that measure a content's overlap need the text beside the record."""
    return {name: (text, pipeline.analyze(text)) for name, text in read_probe_articles(folder, cases).items()}


def probe_params(cases, known_faults: dict, fields: tuple[str, ...] | None = None) -> list:
    """``cases`` (article, snippet, …) as pytest params, a strict xfail on each one whose
    (article, snippet) ``known_faults`` lists with its reason; with ``fields``, each case is one
    param, a dict of its values by those names (the probe classes of ``tests/probe_wiring.py``)."""
    params = []
    for case in cases:
        fault = known_faults.get(case[:2])
        marks = [pytest.mark.xfail(reason=fault, strict=True)] if fault else []
        values = case if fields is None else (dict(zip(fields, case, strict=True)),)
        params.append(pytest.param(*values, marks=marks, id=f"{case[0]}:{case[1][:30]}"))
    return params


def flat(text: str) -> str:
    """``text`` with its runs of whitespace one space: a probe's snippet matches a quote whose
    text a hard wrap or a paragraph break cuts."""
    return " ".join(text.split())


def shortest_quote_holding(record, snippet: str):
    """The shortest quote of ``record`` holding ``snippet``: a quotation nested in another, or
    hearsay inside a turn, may be a quote of its own beside the one holding it."""
    found = [q for q in record.quotes if snippet in flat(q.text)]
    assert found, f"no quote holds {snippet!r}: {[q.text for q in record.quotes]}"
    return min(found, key=lambda q: len(q.text))


def assert_speaker_is(speaker, expected: str) -> None:
    """A probe's expected speaker: its name, or "anonymous" for a source left unnamed."""
    if expected == "anonymous":
        assert speaker.kind == "anonymous", (speaker.text, speaker.name, speaker.kind)
    else:
        assert speaker.name == expected, (speaker.text, speaker.name, speaker.kind)


def doc_context(nlp, text: str):
    """The attribution's view of ``text`` parsed by ``nlp`` (its quotations found), as the
    pipeline builds it: what tests of candidates, sources and extents read."""
    from newsmine.nlp.attribution import DocContext, doc_text
    from newsmine.nlp.quote_marks import find_quoted

    doc = nlp(text)
    return DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))


def candidate_to_sentence_end(ctx, cue_word: str, first_words: str, relation: str, source_word: str | None = None):
    """A candidate of ``cue_word`` whose content runs from ``first_words`` (the first such
    words after the cue word) to the sentence's end, its full stop left out, as the parse's
    object, clause and prepositional candidates do; ``source_word`` is its source, if given.
    What tests of the extent stages (cue_prepositions, raised_subjects, trailing_phrases)
    hand them."""
    from newsmine.nlp.attribution.candidate import Candidate

    text = ctx.text
    trigger = next(t.i for t in ctx.doc if t.text == cue_word)
    start = text.index(first_words, ctx.idx[trigger])
    end = len(text.rstrip().rstrip("."))
    source = next(t.i for t in ctx.doc if t.text == source_word) if source_word else -1
    return Candidate(trigger, ctx.idx[trigger], (trigger, trigger + 1), [(start, end)], relation, source)
