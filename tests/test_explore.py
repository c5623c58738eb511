"""``newsmine explore``: quotes in their paragraph, the Datasette metadata, and Datasette itself
answering the canned queries (its test client: no network), on tests/corpus.py's records."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
import urllib.request

import pytest

from newsmine.errors import UsageError
from newsmine.explore import paragraph_bounds, quote_in_context
from newsmine.explore.metadata import datasette_metadata
from newsmine.writers import open_writer
from newsmine.writers.tables import TABLES
from tests.conftest import REPO
from tests.corpus import sample_records


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "harbour.db"
    writer = open_writer(str(path))
    for record in sample_records():
        writer.write(record)
    writer.close()
    return path


# --- a quote in its paragraph ---------------------------------------------------------------

def test_paragraph_is_the_text_between_hard_line_breaks():
    text = "Headline\n\nFirst paragraph, one line.\n\n  Second paragraph says \"yes\".  \nThird, on its own line."
    start = text.index("yes")
    assert text[slice(*paragraph_bounds(text, start, start + 3))] == 'Second paragraph says "yes".'
    assert text[slice(*paragraph_bounds(text, 0, 3))] == "Headline"


def test_a_hard_wrapped_paragraph_is_whole_not_one_line():
    body = ("The council voted on Tuesday to close the old ferry terminal, and the mayor said the decision "
            "\"was the hardest of my term\" before leaving the chamber without taking questions from reporters.")
    other = "Residents will be able to comment on the plan until the end of the month at the town hall office."
    text = "\n\n".join(textwrap.fill(paragraph, 60) for paragraph in (body, other, other))
    assert "\n" in text[: len(textwrap.fill(body, 60))]  # the paragraph really is wrapped
    start = text.index("was the hardest")
    bounds = paragraph_bounds(text, start, start + 10)
    assert text[slice(*bounds)] == textwrap.fill(body, 60)


def test_quote_in_context_marks_a_split_quote_s_parts_and_a_speaker_on_the_next_line():
    text = 'Intro.\n"We will rebuild," the mayor said, "and soon."\nSaid Dana Reyes, the mayor.'
    first, second = text.index("We will"), text.index("and soon.")
    speaker = text.index("Dana Reyes")
    found = quote_in_context(text, first, second + 9, [(first, first + 15), (second, second + 9)], speaker, speaker + 10)
    assert found.paragraph == '"We will rebuild," the mayor said, "and soon."\nSaid Dana Reyes, the mayor.'
    assert [found.paragraph[a:b] for a, b in found.quote] == ["We will rebuild", "and soon."]
    assert found.paragraph[slice(*found.speaker)] == "Dana Reyes"


# --- the metadata ---------------------------------------------------------------------------

def test_metadata_describes_every_column_from_the_table_layout(database):
    tables = datasette_metadata(database)["databases"]["harbour"]["tables"]
    for table, columns in TABLES.items():
        assert tables[table]["columns"] == {column.name: column.description for column in columns}
        assert tables[table]["description"]
    assert tables["quote_details"]["columns"]["outlet"] == "Publisher or site name."
    assert tables["newsmine_meta"] == {"hidden": True}


def test_facets_follow_the_columns_the_database_has(database):
    facets = datasette_metadata(database)["databases"]["harbour"]["tables"]["quote_details"]["facets"]
    assert facets == ["outlet", "speaker_name", "speaker_kind", "category"]
    tables = datasette_metadata(database)["databases"]["harbour"]["tables"]
    assert tables["quotes"]["facets"] == ["speaker_kind", "category", "type", "speaker_name"]
    with sqlite3.connect(database) as db:  # an earlier table layout, without quote categories
        for (view,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall():
            db.execute(f"DROP VIEW {view}")
        db.execute("ALTER TABLE quotes DROP COLUMN category")
    tables = datasette_metadata(database)["databases"]["harbour"]["tables"]
    assert tables["quotes"]["facets"] == ["speaker_kind", "type", "speaker_name"]


def test_metadata_refuses_a_database_newsmine_did_not_write(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE articles (id TEXT)")
    with pytest.raises(UsageError, match="no newsmine tables"):
        datasette_metadata(other)
    (tmp_path / "notes.db").write_text("not a database at all\n" * 100)
    with pytest.raises(UsageError, match="not a SQLite database"):
        datasette_metadata(tmp_path / "notes.db")


# --- Datasette ------------------------------------------------------------------------------

def _get(database, path: str):
    pytest.importorskip("datasette")
    from newsmine.explore import open_datasette

    datasette = open_datasette(database)

    async def fetch():
        await datasette.invoke_startup()
        return await datasette.client.get(path)

    return asyncio.run(fetch())


@pytest.mark.slow
def test_datasette_answers_quotes_by_a_speaker_with_each_quote_in_its_paragraph(database):
    response = _get(database, "/harbour/quotes_by_speaker.json?speaker=Reyes&_shape=array")
    assert response.status_code == 200
    rows = response.json()
    assert [(r["speaker"], r["article_id"], r["quote_id"]) for r in rows] == [
        ("Dana Reyes", "harbour-2", "Q1"), ("Dana Reyes", "harbour-1", "Q1"), ("Dana Reyes", "harbour-1", "Q2")]
    split = json.loads(rows[0]["in_context"])
    paragraph = split["paragraph"]
    assert [paragraph[a:b] for a, b in split["quote"]] == ["The ferry is safe,", "and it runs daily."]
    assert paragraph[slice(*split["speaker"])] == "Dana Reyes"


@pytest.mark.slow
def test_datasette_page_highlights_the_quote_and_the_speaker(database):
    page = _get(database, "/harbour/quotes_by_speaker?speaker=Okafor").text
    assert ('<mark class="newsmine-quote" style="background: #fde68a; padding: 0 1px">Reyes was wrong</mark>' in page)
    assert '<strong class="newsmine-speaker" style="font-weight: bold; text-decoration: underline">Tom Okafor</strong>' in page
    assert "&#34;The ferry is safe,&#34;" in page or "&quot;The ferry is safe,&quot;" in page  # article text escaped


def test_datasette_answers_who_is_quoted_about_an_entity(database):
    rows = _get(database, "/harbour/quoted_about_entity.json?entity=Dana&_shape=array").json()
    # Tom Okafor's quote names Reyes; Reyes's own quotes do not count as quotes about her.
    assert [(r["entity"], r["speaker"], r["article_id"], r["quote_id"]) for r in rows] == [
        ("Dana Reyes", "Tom Okafor", "harbour-2", "Q2")]


def test_datasette_answers_anonymous_sources_by_outlet(database):
    rows = _get(database, "/harbour/anonymous_sources_by_outlet.json?_shape=array").json()
    assert rows == [
        {"outlet": "Eastmere Gazette", "articles": 2, "quotes": 4, "anonymous": 1, "anonymous_percent": 25.0,
         "named_as": "a port official"},
        {"outlet": "Coastline Post", "articles": 1, "quotes": 2, "anonymous": 0, "anonymous_percent": 0.0, "named_as": None},
    ]


def test_datasette_searches_quotes_by_stem(database):
    rows = _get(database, "/harbour/search_quotes.json?words=ferries&_shape=array").json()
    assert [(r["article_id"], r["quote_id"]) for r in rows] == [("harbour-2", "Q1")]


def test_datasette_table_page_shows_descriptions_and_default_facets(database):
    page = _get(database, "/harbour/quote_details").text
    assert "Each quote with its article&#39;s outlet" in page or "Each quote with its article's outlet" in page
    for facet in ("outlet", "speaker_name", "speaker_kind"):
        assert f'data-column="{facet}"' in page
    columns = _get(database, "/harbour/quotes.json?_extra=columns").json()
    assert "speaker_kind" in columns["columns"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve_until_answering(database) -> tuple[subprocess.Popen, int]:
    """``newsmine explore`` in a subprocess on a free port, once it answers, and the port."""
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "newsmine", "explore", str(database), "--port", str(port)],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/harbour.json", timeout=5):
                return server, port
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise AssertionError(f"explore did not serve: {server.communicate()[1]}") from None
            time.sleep(0.3)


@pytest.mark.slow
def test_explore_command_serves_the_database_until_stopped(database):
    pytest.importorskip("datasette")
    server, port = _serve_until_answering(database)
    try:
        url = f"http://127.0.0.1:{port}/harbour/anonymous_sources_by_outlet.json?_shape=array"
        with urllib.request.urlopen(url, timeout=5) as response:
            rows = json.load(response)
        assert rows[0]["outlet"] == "Eastmere Gazette"
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert f"serving {database} at http://localhost:{port}/harbour" in stderr


@pytest.mark.slow
@pytest.mark.parametrize(("stop", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "Ctrl-C"])
def test_explore_stopped_by_its_user_exits_quietly_with_the_signal_s_status(database, stop, code):
    # newuser52: `timeout 20 newsmine explore x.db` ended "newsmine: error: terminated", and Ctrl-C
    # (how the command says to stop it) "newsmine: error: interrupted": stopping a server is its end
    pytest.importorskip("datasette")
    server, _ = _serve_until_answering(database)
    try:
        server.send_signal(stop)
        _, stderr = server.communicate(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()
    assert server.returncode == code
    assert "serving" in stderr
    assert "error" not in stderr and "Traceback" not in stderr, stderr


def test_explore_command_refuses_a_file_that_is_not_a_newsmine_database(tmp_path):
    pytest.importorskip("datasette")
    from typer.testing import CliRunner

    from newsmine.cli import app

    (tmp_path / "notes.db").write_text("not a database at all\n" * 100)
    result = CliRunner().invoke(app, ["explore", str(tmp_path / "notes.db")])
    assert result.exit_code == 2
    assert "not a SQLite database" in result.output


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="headless Chromium not installed (Debian: apt-get install chromium)")
def test_headless_chromium_shows_each_quote_marked_in_its_paragraph_and_the_speaker_in_bold(tmp_path, database):
    pytest.importorskip("datasette")
    spec = importlib.util.spec_from_file_location("explore_screenshot", REPO / "scripts" / "explore_screenshot.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    png = tmp_path / "explore.png"
    quotes, speakers = script.check(database, png, "Reyes", height=700)
    assert quotes == ["The ferry is safe,", "and it runs daily.", "the pier will reopen in May", "We are ready,"]
    assert speakers == ["Dana Reyes", "Mayor Dana Reyes", "Reyes"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_printed_address_of_a_database_named_with_a_space_and_an_accent_is_the_one_served():
    """'serving mes résultats.db at http://localhost:8001/mes résultats': the link a terminal
    shows stopped at the space, and the raw URL did not load; Datasette serves it tilde-encoded."""
    pytest.importorskip("datasette")
    from newsmine.cli.explore_cmd import serving_url

    assert serving_url("127.0.0.1", 8001, "mes résultats") == "http://localhost:8001/mes+r~C3~A9sultats"
    assert serving_url("127.0.0.1", 8001, "harbour") == "http://localhost:8001/harbour"  # a plain name unchanged
