"""``newsmine report --outlet`` naming an outlet the records do not hold (newuser62): the report
says so, with the nearest names held. On the hand-counted corpus of tests/corpus.py (Eastmere
Gazette 2 articles, Coastline Post 1) and invented outlet lists."""

from __future__ import annotations

import shlex

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.report.outlet_limits import unknown_outlet_notes
from tests.test_report import _write

runner = CliRunner()


@pytest.fixture(scope="module")
def records_jsonl(tmp_path_factory):
    return _write(tmp_path_factory.mktemp("outlet-limits") / "records.jsonl")


def _report(records_jsonl, *flags: str) -> str:
    """The text report of the corpus under ``flags``, which is never refused."""
    result = runner.invoke(app, ["report", str(records_jsonl), *flags])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_misspelt_outlet_is_named_with_the_outlet_it_is_near(records_jsonl):
    """`--outlet "Eastmere Gazete"` gave an all-zero report whose note said outlets must be written
    as in the records, and left her to find how."""
    report = _report(records_jsonl, "--outlet", "Eastmere Gazete")
    assert ("note: --outlet 'Eastmere Gazete' matches no article (outlets are matched exactly); did you mean "
            "--outlet 'Eastmere Gazette' (2 articles)?") in report
    assert "articles   0 (0 ok, 0 failed)" in report  # matching stays exact


def test_a_misspelt_outlet_beside_a_right_one_is_named_too(records_jsonl):
    """Beside a right name the report of one outlet read as the report of two, without a word."""
    report = _report(records_jsonl, "--outlet", "Coastline Post", "--outlet", "eastmere gazette")
    assert "articles   1 (1 ok, 0 failed)" in report
    assert ("note: --outlet 'eastmere gazette' matches no article (outlets are matched exactly); did you mean "
            "--outlet 'Eastmere Gazette' (2 articles)?") in report
    assert "'Coastline Post' matches no article" not in report


def test_an_outlet_near_none_lists_the_outlets_the_records_hold(records_jsonl):
    assert ("note: --outlet 'Le Monde' matches no article (outlets are matched exactly); the records' outlets are "
            "'Eastmere Gazette' (2), 'Coastline Post' (1)") in _report(records_jsonl, "--outlet", "Le Monde")


def test_outlets_the_records_hold_get_no_note(records_jsonl):
    """The near miss: right names, and a report without --outlet, say nothing of outlets."""
    for flags in (["--outlet", "Coastline Post", "--outlet", "Eastmere Gazette"], []):
        assert "matches no article" not in _report(records_jsonl, *flags)


def test_the_notes_count_and_cut_the_outlets_they_list():
    held = [(f"Paper {letter}", 10 - n) for n, letter in enumerate("ABCDEFG")]
    assert unknown_outlet_notes(["Le Monde"], held) == [(
        "--outlet 'Le Monde' matches no article (outlets are matched exactly); the records' outlets are "
        "'Paper A' (10), 'Paper B' (9), 'Paper C' (8), 'Paper D' (7), 'Paper E' (6) and 2 more")]
    assert unknown_outlet_notes(["Le Monde"], []) == [(
        "--outlet 'Le Monde' matches no article (outlets are matched exactly); the records name no outlet (give one "
        "at extraction: newsmine extract --outlet NAME)")]
    assert unknown_outlet_notes(["Paper B"], held) == []


def test_an_outlet_with_an_apostrophe_is_suggested_quoted_for_the_shell():
    """review62b: "--outlet 'Reader's Digest'" left the pasted command an unclosed quote."""
    held = [("Reader's Digest", 4), ("Harbour Times", 2)]
    (note,) = unknown_outlet_notes(["Readers Digest"], held)
    assert note == ("--outlet 'Readers Digest' matches no article (outlets are matched exactly); did you mean "
                    "--outlet 'Reader'\"'\"'s Digest' (4 articles)?")
    suggested = note.split("did you mean ")[1].split(" (4 articles)")[0]
    assert shlex.split(suggested) == ["--outlet", "Reader's Digest"]


def test_a_name_the_shell_reads_as_it_stands_is_left_bare():
    """The near miss: a name of one plain word needs no quotes, and a list shows its names quoted."""
    assert unknown_outlet_notes(["Reuter"], [("Reuters", 3)]) == [
        "--outlet Reuter matches no article (outlets are matched exactly); did you mean --outlet Reuters (3 articles)?"]
    assert unknown_outlet_notes(["Le Monde"], [("Reader's Digest", 4)]) == [
        "--outlet 'Le Monde' matches no article (outlets are matched exactly); the records' outlets are "
        "'Reader's Digest' (4)"]
