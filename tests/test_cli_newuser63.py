"""What a demanding user still met after newuser62 (newuser63): a sharded run's summary shows the
first failure of the most common type, as a streamed run's does; a run logged to a file says at
once what it reads and where it writes; the report's speaker table says what an outlet count of
none means; a saved page whose outlet is only its <title>'s last part gets it. Invented texts only."""

from __future__ import annotations

import json

import pytest

from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.shards import ShardRun
from newsmine.shards.task import ShardSummary
from tests.test_cli_newuser62 import _WIRE, _folder

runner = CliRunner()


def test_a_sharded_run_shows_the_first_failure_of_the_most_common_type(tmp_path):
    """`newsmine extract desk/ --shards` said `first failure: brief: EmptyArticle: …`, the empty file's
    shard done first, where the same folder streamed names the feed's MissingText and its option."""
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(_folder(tmp_path, _WIRE)), "--shards", "--format", "jsonl",
                                 "-o", str(out), "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert "(3 failed: MissingText 2, EmptyArticle 1)" in result.stderr
    assert ("; first of the 2 MissingText failures: wire.jsonl:1: MissingText: the object has no 'text' "
            "field (its fields: 'uid', 'body'); name the text field with --text-field") in result.stderr
    assert "first failure" not in result.stderr
    markers = [json.loads(path.read_text()) for path in (out / "_shards").glob("*.json")]
    assert sorted(kind for marker in markers for kind in marker["failed_examples_by_type"]) == [
        "EmptyArticle", "MissingText"]


def test_a_sharded_tie_between_failure_types_keeps_the_first_failure(tmp_path):
    """The near miss: a type each, the first failure as before."""
    result = runner.invoke(app, ["extract", str(_folder(tmp_path, _WIRE[:1])), "--shards", "--format", "jsonl",
                                 "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert "(2 failed: EmptyArticle 1, MissingText 1)" in result.stderr
    assert "; first failure: brief: EmptyArticle: " in result.stderr and "first of the" not in result.stderr


def test_the_run_keeps_the_first_example_of_each_type_across_shards():
    """Each type's example is the first shard's that had one; a marker written before shards kept
    one per type (no such field) adds none and leaves the run's first failure."""
    run = ShardRun()
    run.add(ShardSummary(shard="a", input="a.jsonl", articles=1, failed=1, errors_by_type={"EmptyArticle": 1},
                         failed_example=["a", "EmptyArticle: empty"],
                         failed_examples_by_type={"EmptyArticle": ["a", "EmptyArticle: empty"]}))
    run.add(ShardSummary.from_json(json.dumps({"shard": "old", "input": "old.jsonl", "articles": 1, "failed": 1,
                                               "errors_by_type": {"MissingText": 1},
                                               "failed_example": ["old:1", "MissingText: no text"]}).encode()))
    run.add(ShardSummary(shard="b", input="b.jsonl", articles=2, failed=2, errors_by_type={"MissingText": 2},
                         failed_example=["b:1", "MissingText: no text"],
                         failed_examples_by_type={"MissingText": ["b:1", "MissingText: no text"],
                                                  "EmptyArticle": ["b:2", "EmptyArticle: later"]}))
    assert run.failed_example == ("a", "EmptyArticle: empty")
    assert run.failed_examples_by_type == {"EmptyArticle": ("a", "EmptyArticle: empty"),
                                           "MissingText": ("b:1", "MissingText: no text")}


# --- a run whose stderr is a log says at once what it reads and where it writes ---


def test_a_logged_run_says_first_what_it_reads_and_where_it_writes(tmp_path):
    """`nohup newsmine extract big.jsonl -o out.jsonl > log 2>&1 &` left the log empty for its first
    minute, model load included: a user could not tell a working run from a stuck one."""
    folder = _folder(tmp_path, _WIRE)
    (folder / "ferry.txt").write_text("The ferry fares will rise in May, the harbour board said.", encoding="utf-8")
    size = sum(path.stat().st_size for path in folder.iterdir())
    output = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(output), "--workers", "1", "--text-field", "body"])
    assert result.stderr.splitlines()[0] == (
        f"newsmine: reading 3 input files (.txt 2, .jsonl 1; {size:,} bytes) -> {output}; a progress line here "
        "10 seconds in and every minute after while the run lasts, the summary at the end")


def test_a_sharded_logged_run_says_it_too(tmp_path):
    result = runner.invoke(app, ["extract", str(_folder(tmp_path, _WIRE)), "--shards", "--format", "jsonl",
                                 "-o", str(tmp_path / "out"), "--workers", "1", "--text-field", "body"])
    assert result.exit_code == 1, result.output  # the empty brief.txt
    assert result.stderr.splitlines()[0].startswith("newsmine: reading 2 input files (.txt 1, .jsonl 1; ")


def test_the_start_line_names_standard_input_sizes_and_the_cadence():
    from newsmine.cli.progress import start_line

    assert start_line(["-"], "-", 60.0) == ("reading standard input -> standard output; a progress line here 10 "
                                            "seconds in and every minute after while the run lasts, the summary at "
                                            "the end")
    assert start_line(["s3://bucket/a.warc.gz", "-"], "out", 30.0) == (
        "reading 1 input file (.warc.gz 1) and standard input -> out; a progress line here 10 seconds in and every 30 "
        "seconds after while the run lasts, the summary at the end")



def test_the_start_line_names_compressed_inputs_by_what_they_hold_and_addresses_as_urls():
    """review63c: '.gz 2' for a crawl's files and a page, ' 1' for an address ending in '/', and an
    address's last segment as a type; a plain .gz keeps its name."""
    from newsmine.cli.progress import start_line

    assert start_line(["s3://bucket/a.warc.gz", "https://news.example/b.WARC.gz", "https://news.example/",
                       "https://news.example/2025/05/ferry-fares", "day1.html.gz", "notes.gz", "feed"], "out", 60.0) == (
        "reading 7 input files (.warc.gz 2, URL 2, .html.gz 1, .gz 1, no suffix 1; 0 bytes) -> out; a progress line "
        "here 10 seconds in and every minute after while the run lasts, the summary at the end")

def test_a_drawn_progress_line_has_no_start_line():
    """The near miss: on a terminal the redrawn line shows the run at once; and a run without an
    input says so in its own one line."""
    import io

    from newsmine.cli.progress import ProgressLine

    drawn = io.StringIO()
    ProgressLine(stream=drawn, enabled=True).announce(["a.txt"], "out.jsonl")
    logged = io.StringIO()
    ProgressLine(stream=logged).announce([], "out.jsonl")
    assert drawn.getvalue() == logged.getvalue() == ""


# --- the report's speaker table: '-' and a note for a speaker quoted only where no outlet is named ---


def _speaker_rows(report_text: str) -> dict[str, list[str]]:
    """The text report's speaker table, by name: its cells after the name."""
    table = report_text.split("Top quoted speakers", 1)[1].split("\n\n", 1)[0]
    return {name: line.split(name, 1)[1].split() for line in table.splitlines()
            for name in ("Dana Reyes", "Tom Okafor") if name in line}


def _report_of(tmp_path, records, *flags):
    from tests.test_report import _write

    records_jsonl = tmp_path / "records.jsonl"
    if not records_jsonl.exists():
        _write(records_jsonl, records)
    result = runner.invoke(app, ["report", str(records_jsonl), *flags])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_speaker_quoted_only_where_no_outlet_is_named_is_told_so(tmp_path):
    """`newsmine report` on a CSV without an outlet column: "Alan Price … 1 article, 0 outlets", which
    read as an error. Tom Okafor is quoted only in harbour-2, here without its outlet; Dana Reyes in
    harbour-1 (Eastmere Gazette) too."""
    from tests.corpus import broken, harbour_1, harbour_2, harbour_3

    records = [harbour_1(), harbour_2().model_copy(update={"outlet": None}), broken(), harbour_3()]
    text = _report_of(tmp_path, records)
    rows = _speaker_rows(text)
    assert rows["Tom Okafor"][:4] == ["person", "1", "1", "-"]
    assert rows["Dana Reyes"][:4] == ["person", "3", "2", "1"]
    assert ("  note: outlets '-': quoted only in articles that name no outlet (name it with extract --outlet NAME, "
            "or --field outlet=FIELD)\n") in text
    _report_of(tmp_path, records, "--html", str(tmp_path / "report.html"))
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<td>Tom Okafor</td><td>person</td><td class=\"n\">1</td><td class=\"n\">1</td>" \
        "<td class=\"n\">-</td>" in html and "outlets &#39;-&#39;: quoted only in articles that name no outlet" in html


def test_speakers_quoted_where_outlets_are_named_keep_their_counts(tmp_path):
    """The near miss: the hand-counted corpus, every article with its outlet: counts, no note."""
    from tests.corpus import sample_records

    text = _report_of(tmp_path, sample_records())
    rows = _speaker_rows(text)
    assert rows["Tom Okafor"][:4] == ["person", "1", "1", "1"] and rows["Dana Reyes"][:4] == ["person", "3", "2", "2"]
    assert "outlets '-'" not in text


def test_a_corpus_whose_articles_name_no_outlet_says_so_beside_its_zero(tmp_path):
    """The Corpus table's "outlets 0" beside ok articles read as an error too (newuser63, review63c
    left it): it says no article names its outlet, and how to name them."""
    from tests.corpus import harbour_1, harbour_2

    records = [record.model_copy(update={"outlet": None}) for record in (harbour_1(), harbour_2())]
    text = _report_of(tmp_path, records)
    corpus = text.split("Corpus", 1)[1].split("Quote sources", 1)[0]
    outlets = [line.split(None, 1)[1] for line in corpus.splitlines() if line.split()[:1] == ["outlets"]]
    assert outlets == ["0 (no article names its outlet: name it with extract --outlet NAME, or --field outlet=FIELD)"]
    _report_of(tmp_path, records, "--html", str(tmp_path / "report.html"))
    assert "<span>outlets (none named)</span>" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_near_miss_a_corpus_naming_its_outlets_shows_the_plain_count(tmp_path):
    from tests.corpus import harbour_1, harbour_2

    text = _report_of(tmp_path, [harbour_1(), harbour_2()])
    corpus = text.split("Corpus", 1)[1].split("Quote sources", 1)[0]
    assert [line.split()[1:] for line in corpus.splitlines() if line.split()[:1] == ["outlets"]] == [["2"]]  # Eastmere, Coastline
    assert "no article names its outlet" not in text


# --- a saved page whose outlet is only its <title>'s last part ---


def _saved_page(title: str, h1: str, head: str = "") -> str:
    from tests.test_html import page

    return page(f"<title>{title}</title>{head}", h1=h1)


@pytest.mark.parametrize(("title", "outlet"), [
    ("New school opens in Eastfield | Valley Courier", "Valley Courier"),
    ("Council votes on the harbour budget - Riverside Courier", "Riverside Courier"),
    ("Ferry fares to rise in May | The Daily Ledger", "The Daily Ledger"),
    ("Harbour board votes to rebuild ferry pier – The Eastfield Times-Herald", "The Eastfield Times-Herald"),
])
def test_a_saved_page_whose_outlet_is_only_its_title_suffix_gets_it(title, outlet):
    """A page saved from a browser with no og:site_name, no publisher and no address gave no outlet,
    though its <title> named it; trafilatura's sitename is None there (it takes a title part holding a
    dot only). The title keeps the headline alone."""
    from tests.test_html import read

    headline = title.rsplit(outlet, 1)[0].rstrip(" |-–")
    article = read(_saved_page(title, headline))
    assert article.outlet == outlet
    assert article.title == headline


@pytest.mark.parametrize("title", [
    "Covid-19 – what we know",  # a dash in a headline, a subtitle after it
    "Budget 2025 – Live Updates",  # a capitalised subtitle, no outlet's word
    "Times Square reopens – the crowds return",  # an outlet's word in the headline, not its last part
    "Harbour Board Votes To Rebuild Ferry Pier",  # no separator
    "Pier vote: what the board said | Eastfield",  # a place, not an outlet
])
def test_a_title_whose_last_part_is_no_outlet_name_gives_none(title):
    from tests.test_html import read

    assert read(_saved_page(title, "Harbour board votes to rebuild ferry pier")).outlet is None


def test_a_declared_site_name_or_an_address_still_comes_first():
    """The near miss: the title's suffix is the last resort; og:site_name, and a page's address,
    give the outlet as before."""
    from tests.test_html import read

    title = "Ferry fares to rise in May | The Daily Ledger"
    declared = read(_saved_page(title, "Ferry fares to rise in May", '<meta property="og:site_name" content="Ledger Online">'))
    assert declared.outlet == "Ledger Online"
    addressed = read(_saved_page(title, "Ferry fares to rise in May",
                                 '<link rel="canonical" href="https://www.harbourwatch.example/fares">'))
    assert addressed.outlet == "Harbourwatch"



@pytest.mark.parametrize(("title", "h1"), [
    # review63c: a title-case subtitle that the page's own headline ends with is the headline's
    ("Film review – A Star Is Born", "Film review – A Star Is Born"),
    ("Book review: The Sun Also Rises – The Daily Star", "Book review: The Sun Also Rises – The Daily Star"),
    # a section's name, not an outlet's
    ("Council votes on the harbour budget - News", "Council votes on the harbour budget"),
    ("Council votes on the harbour budget | Latest News", "Council votes on the harbour budget"),
    ("Council votes on the harbour budget | Today", "Council votes on the harbour budget"),
])
def test_a_title_part_of_the_headline_or_a_section_gives_no_outlet(title, h1):
    """review63c: each was taken as the outlet ('A Star Is Born', 'News') and cut off the title."""
    from tests.test_html import read

    article = read(_saved_page(title, h1))
    assert article.outlet is None
    assert article.title == h1


@pytest.mark.parametrize(("title", "outlet"), [
    ("Ferry fares to rise in May | The Times", "The Times"),  # an outlet's word with its article
    ("Ferry fares to rise in May | Daily Mail", "Daily Mail"),  # two outlet words
    ("Ferry fares to rise in May - National Post", "National Post"),  # not "… News"
    ("Ferry fares to rise in May | Eastfield News", "Eastfield News"),  # a place's news, no section word
])
def test_an_outlet_named_like_a_section_is_still_taken(title, outlet):
    """The near miss of the section guard (review63c)."""
    from tests.test_html import read

    assert read(_saved_page(title, "Ferry fares to rise in May")).outlet == outlet


def test_a_page_that_declares_its_site_keeps_a_title_case_subtitle():
    """review63c: the title's last part was a site name on every page, so one declaring
    og:site_name lost a subtitle ('Interview – Meet the Press Herald' gave 'Interview') when its
    <h1> is not the headline (here the section's)."""
    from tests.test_html import read

    head = ('<meta property="og:site_name" content="Valley Courier">'
            '<meta property="og:title" content="Interview – Meet the Press Herald">')
    article = read(_saved_page("Interview – Meet the Press Herald", "Harbour board votes to rebuild ferry pier", head))
    assert (article.outlet, article.title) == ("Valley Courier", "Interview – Meet the Press Herald")

# --- eval: a gold span whose END comes before its START ---


def test_a_gold_span_ending_before_it_starts_is_refused_with_its_line(tmp_path):
    """A hand-typed `T3<tab>Content 24 3` (END before START, one number mistyped) scored as a missed
    quote and spurious prediction, exit 0, with no word of the gold's fault."""
    from tests.test_evaluate import _eval_of_one_article

    bad = "T1\tContent 19 1\tThe port stays shut"
    ann, result = _eval_of_one_article(tmp_path, f"T2\tSource 23 36\tInes Calloway\n{bad}\nE1\tContent:T1 Source:T2\n")
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"newsmine: error: {ann}, line 2: {bad!r} is not BRAT standoff: a span's END comes before "
                             "its START (offsets count characters from the start of the .txt file: 'T1<tab>Label START "
                             "END<tab>text'); fix the line\n")


def test_a_gold_span_of_no_characters_is_still_read(tmp_path):
    """The near miss: START equal to END (an empty span) is no typing error the reader can tell; it
    reads as before, and so does a span in pieces."""
    from newsmine.evaluate.gold import read_brat

    ann = tmp_path / "d1.ann"
    ann.write_text("T1\tContent 5 5\t\nT2\tContent 0 4;6 9\tThe port\nE1\tContent:T1\nE2\tContent:T2\n", encoding="utf-8")
    assert [gold.content for gold in read_brat(ann)] == [((5, 5),), ((0, 4), (6, 9))]
