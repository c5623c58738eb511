"""A fact-checker on a fresh machine (newuser54): a model not installed, given with
--overwrite, and an output named like a spreadsheet. Invented texts only."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.errors import UsageError
from newsmine.nlp.model import DEFAULT_MODEL, model_missing
from newsmine.runners import refuse_a_missing_model
from newsmine.writers import detect_output_format

runner = CliRunner()

MISSING_MODEL = "en_core_web_nosuchthing_sm"
STORY = ("Ferry fares rise\n\nThe harbour board said on Monday that fares would rise by a tenth in May. "
         '"We held them for six years," board chair Ilse Vandermeer said.\n')


def _corpus(tmp_path):
    corpus = tmp_path / "texts"
    corpus.mkdir()
    (corpus / "fares.txt").write_text(STORY, encoding="utf-8")
    return corpus


def test_overwrite_with_a_model_not_installed_leaves_the_records_as_they_were(tmp_path):
    """`--overwrite --model en_core_web_trf` without that model emptied records.jsonl (the
    writer truncates it before the workers load the model) and wrote the manifest of the run
    that never started, then exited 2, whose promise is "nothing written"."""
    output = tmp_path / "records.jsonl"
    output.write_text('{"id": "yesterday"}\n', encoding="utf-8")
    manifest = tmp_path / ".records.jsonl.newsmine-run.json"
    result = runner.invoke(app, ["extract", str(_corpus(tmp_path)), "-o", str(output), "--overwrite",
                                 "--model", MISSING_MODEL, "--workers", "1"])
    assert result.exit_code == 2, result.stderr
    assert f"cannot load spaCy model {MISSING_MODEL!r}" in result.stderr
    assert output.read_text(encoding="utf-8") == '{"id": "yesterday"}\n'
    assert not manifest.exists()


def test_a_sharded_run_with_a_model_not_installed_is_refused_before_its_shards_run(tmp_path):
    """A sharded `--overwrite` removed every part, then each shard failed on the model and the
    run said "rerun with --resume to retry them", which fails the same way."""
    output = tmp_path / "shards_out"
    result = runner.invoke(app, ["extract", str(_corpus(tmp_path)), "--shards", "--format", "jsonl", "-o", str(output),
                                 "--model", MISSING_MODEL, "--workers", "1"])
    assert result.exit_code == 2, result.stderr
    assert f"cannot load spaCy model {MISSING_MODEL!r}" in result.stderr
    assert "--resume" not in result.stderr
    assert not output.exists()


def test_a_folder_that_is_no_pipeline_given_as_model_leaves_the_records_and_is_named_so(tmp_path, monkeypatch):
    """`--model texts` (the articles' folder, named bare) emptied the output too, and was told
    "no installed pipeline package has that name" of a folder that exists."""
    corpus = _corpus(tmp_path)
    output = tmp_path / "records.jsonl"
    output.write_text('{"id": "yesterday"}\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", "texts", "-o", "records.jsonl", "--overwrite", "--model", "texts",
                                 "--workers", "1"])
    assert result.exit_code == 2, result.stderr
    assert "'texts' is no spaCy pipeline directory" in result.stderr
    assert output.read_text(encoding="utf-8") == '{"id": "yesterday"}\n'
    assert corpus.is_dir()


def test_a_model_is_told_missing_only_when_nothing_could_load_it(tmp_path):
    """Near misses: the default package, a directory holding a pipeline's config.cfg (spaCy
    reads a relative one without a slash too) and spaCy's `blank:en` are left to the loader."""
    assert model_missing(DEFAULT_MODEL) is None
    (tmp_path / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
    assert model_missing(str(tmp_path)) is None
    assert model_missing("blank:en") is None
    assert "not installed" in model_missing("en_core_web_trf_nosuch") or "no installed" in model_missing(MISSING_MODEL)
    assert "does not exist" in model_missing(str(tmp_path / "no-model-here"))


def test_a_dask_scheduler_s_workers_are_left_to_tell_of_their_model():
    """Near miss: a remote cluster may hold a model this machine lacks; a local one runs here."""
    refuse_a_missing_model(MISSING_MODEL, "tcp://10.0.0.5:8786")  # no error, no connection
    with pytest.raises(UsageError, match="cannot load spaCy model"):
        refuse_a_missing_model(MISSING_MODEL, "local:2")


@pytest.mark.parametrize("name", ["quotes.xlsx", "Quotes.XLS", "records.ods", "records.tsv"])
def test_an_output_named_like_a_spreadsheet_is_refused_with_the_csv_tables_named(tmp_path, name):
    """`-o quotes.xlsx` wrote JSON Lines under a name Excel then refused to open."""
    output = tmp_path / name
    result = runner.invoke(app, ["extract", str(_corpus(tmp_path)), "-o", str(output), "--workers", "1"])
    assert result.exit_code == 2, result.stderr
    assert "--format csv --output" in result.stderr and "quotes.csv" in result.stderr
    assert not output.exists()


def test_a_spreadsheet_name_is_refused_with_format_csv_too():
    """A CSV directory named `x.xlsx` would be a folder Excel cannot open either."""
    with pytest.raises(UsageError, match="writes no .xlsx file"):
        detect_output_format("x.xlsx", "csv")


@pytest.mark.parametrize("name", ["records.out", "xlsx_exports/records.jsonl", "tsv-notes"])
def test_other_names_are_still_json_lines(name):
    """Near miss: a name that only holds a spreadsheet's letters keeps the JSON Lines default."""
    assert detect_output_format(name) == "jsonl"


def test_the_warc_reader_s_line_per_file_reads_as_the_command_line_s_warnings(tmp_path):
    """The per-archive line came bare through Python's last-resort handler (`crawl.warc.gz: 0
    HTML responses …`) among the CLI's `newsmine: warning:` lines (newuser51, left)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    archive = tmp_path / "crawl.warc.gz"
    with open(archive, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, status, kind in [("https://ledger.example/logo.png", "200 OK", "image/png"),
                                  ("https://ledger.example/old", "301 Moved Permanently", "text/html")]:
            http = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(b"x"), http_headers=http))
    result = runner.invoke(app, ["extract", str(archive), "-o", str(tmp_path / "out.jsonl"), "--workers", "1"])
    assert result.exit_code == 4, result.stderr  # nothing to do: no page in it
    assert "newsmine: warning: crawl.warc.gz: 0 HTML responses read as articles; 2 responses skipped" in result.stderr


def test_the_library_s_information_lines_stay_quiet_and_no_handler_outlives_its_command(tmp_path, capsys):
    """Near misses: a WARC read with nothing skipped logs at INFO, which the command line does
    not print; and the handler is the command's only: a library call after a command (in a
    notebook, in this test process) prints nothing of its own."""
    import logging

    from newsmine.cli.log_lines import show_library_warnings

    take_off = show_library_warnings()
    logging.getLogger("newsmine.readers.warc").info("day.warc: 3 HTML responses read as articles")
    assert "day.warc" not in capsys.readouterr().err
    take_off()
    runner.invoke(app, ["extract", str(tmp_path / "absent.txt"), "-o", str(tmp_path / "o.jsonl")])
    assert not [handler for handler in logging.getLogger("newsmine").handlers
                if type(handler).__name__ == "_CommandLineLines"]
