"""The tests a probe file runs on its invented articles, written once: a probe file names its
articles, its cases and its known faults, and inherits the tests.

Until session 66 each probe file of sessions 61, 64 and 65 repeated the same wiring — a fixture
analysing the articles, then one parametrised test per check (content, speaker, cue, date), each
calling a check of :mod:`tests.quote_checks` — about forty lines a file, copied and renamed. The
tests are now methods of two classes here, and pytest's ``pytest_generate_tests`` (looked up on a
test class too) parametrises each with the subclass's cases, so a new probe file adds articles,
not wiring. The checks themselves stay in :mod:`tests.quote_checks`; what a test asserts is
unchanged.

Usage (probe66's file, say): the module-level names probes 64 and 65 define, then a class::

    from tests.conftest import REPO
    from tests.probe_wiring import KindsProbe

    ARTICLES = REPO / "tests" / "fixtures" / "probe66"
    EXPECTED = [  # (article, snippet, speaker as written, resolved speaker, cue, content)
        ("council", "the library hours", "one parent", "anonymous", "said", "…"),
    ]
    DATES = [("council", "Tuesday", "2016-05-10")]  # (article, expression, values)
    CONTENT_FAULTS = {("council", "the library hours"): "why it fails"}  # strict xfails
    SPEAKER_FAULTS = {**CONTENT_FAULTS}
    CUE_FAULTS = dict(CONTENT_FAULTS)
    DATE_FAULTS = {}


    class TestProbe66(KindsProbe):
        # the tests of KindsProbe run on the names above; a test of this probe's own, if any:
        def test_a_fix_of_this_probe(self, probe_records):
            _, record = probe_records["council"]
            ...

The class takes each of :data:`PROBE_NAMES` from its module when it does not set it itself
(``FIELDS = …`` in the class body, say), so the module's names are the probe's whole declaration.
A class is collected when its name starts with ``Test``; the two bases here do not, so they are
never run on their own. Its tests read ``test_quote_content[council:the library hours]`` under the
class's name; a case whose (article, snippet) a ``*_FAULTS`` mapping lists is a strict xfail with
that reason (:func:`tests.conftest.probe_params`). A case's fields are named by ``FIELDS``, so a
probe whose tuples are ordered otherwise (probe61's carries a shape, not the speaker as written)
says so instead of rewriting its cases.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import ClassVar

import pytest

from tests.conftest import analyze_probe_texts, probe_params
from tests.quote_checks import (
    assert_date_value,
    assert_dated_and_bylined,
    assert_expected_contents_stand,
    assert_overlapping_cue,
    assert_overlapping_speaker,
    overlapping_quote,
)

# The fields of a case as probes 64 and 65 write them.
KINDS_FIELDS = ("article", "snippet", "written", "speaker", "cue", "content")

# The names a probe class takes from its module when its body does not set them.
PROBE_NAMES = ("ARTICLES", "EXPECTED", "FIELDS", "CONTENT_FAULTS", "SPEAKER_FAULTS", "DATES", "YEAR", "CUE_FAULTS",
               "DATE_FAULTS")  # fmt: skip


def _over(cases: str, faults: str, fields: str = "FIELDS"):
    """Marks a test method as run once per case of the class attribute ``cases`` (its fields named
    by the class attribute ``fields``), each one the class attribute ``faults`` lists a strict
    xfail: the names :meth:`ContentsProbe.pytest_generate_tests` reads."""

    def mark(method):
        method.probe_cases = (cases, faults, fields)
        return method

    return mark


class ContentsProbe:
    """A probe's contents and speakers, found as the shared scorer finds them (an overlap of half
    at least): its expected contents stand in the articles, each is found, each found quote has the
    expected speaker. ``ARTICLES`` is the folder of ``<article>.txt`` files, ``EXPECTED`` the
    cases (fields named by ``FIELDS``; ``article``, ``snippet``, ``speaker`` and ``content`` are
    read)."""

    ARTICLES: ClassVar[Path]
    EXPECTED: ClassVar[list[tuple]]
    FIELDS: ClassVar[tuple[str, ...]] = KINDS_FIELDS
    CONTENT_FAULTS: ClassVar[dict[tuple[str, str], str]] = {}
    SPEAKER_FAULTS: ClassVar[dict[tuple[str, str], str]] = {}

    def __init_subclass__(cls, **kwargs):
        """The probe's module-level names (:data:`PROBE_NAMES`) as the class's own, unless its body
        sets them: the module, executing, already holds every name defined above the class."""
        super().__init_subclass__(**kwargs)
        module = vars(sys.modules[cls.__module__])
        for name in PROBE_NAMES:
            if name in module and name not in vars(cls):
                setattr(cls, name, module[name])

    def pytest_generate_tests(self, metafunc):
        """Each test marked by :func:`_over` once per case, as one ``case`` argument (a dict of the
        case's fields by name, a date's too); pytest calls this for every test of the class."""
        spec = getattr(metafunc.function, "probe_cases", None)
        if spec is None:
            return
        cases, faults, fields = (getattr(self, name) for name in spec)
        metafunc.parametrize("case", probe_params(cases, faults, fields=fields))

    @pytest.fixture(scope="class")
    @classmethod
    def probe_records(cls, pipeline):
        """(text, record) of each article the cases name, by name, analysed once per class (a class
        method: pytest deprecates class-scoped fixtures on the instance)."""
        return analyze_probe_texts(pipeline, cls.ARTICLES, cls.EXPECTED)

    def test_expected_contents_stand_in_their_articles(self):
        """Each expected content is found in its article, the first part once only."""
        assert_expected_contents_stand(self.ARTICLES, self.EXPECTED)

    @_over("EXPECTED", "CONTENT_FAULTS")
    def test_quote_content(self, probe_records, case):
        overlapping_quote(probe_records, case["article"], case["content"])

    @_over("EXPECTED", "SPEAKER_FAULTS")
    def test_quote_speaker(self, probe_records, case):
        assert_overlapping_speaker(probe_records, case["article"], case["content"], case["speaker"])


class KindsProbe(ContentsProbe):
    """:class:`ContentsProbe` and, as probes 64 and 65 check them, each found quote's cue, the
    date expressions' values (``DATES``: article, expression as written, accepted values with
    ``|`` between them) and each article's date line and byline (read in ``YEAR``)."""

    DATES: ClassVar[list[tuple[str, str, str]]] = []
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("article", "expression", "values")
    YEAR: ClassVar[str] = "2016"
    CUE_FAULTS: ClassVar[dict[tuple[str, str], str]] = {}
    DATE_FAULTS: ClassVar[dict[tuple[str, str], str]] = {}

    def test_articles_are_dated_and_bylined(self, probe_records):
        """Each article's date line is read as its publication date and its byline as its authors."""
        assert_dated_and_bylined(probe_records, self.YEAR)

    @_over("EXPECTED", "CUE_FAULTS")
    def test_quote_cue(self, probe_records, case):
        assert_overlapping_cue(probe_records, case["article"], case["content"], case["cue"])

    @_over("DATES", "DATE_FAULTS", "DATE_FIELDS")
    def test_date_value(self, probe_records, case):
        assert_date_value(probe_records, case["article"], case["expression"], case["values"])
