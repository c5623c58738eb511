"""Readers: formats by extension, ids, metadata fields, decoding, failures as articles."""

from __future__ import annotations

import gzip
import json
import os

import pytest

from newsmine.errors import UnsupportedFormat, UsageError
from newsmine.readers import ReadOptions, SkippedFile, detect_format, list_inputs, read_articles
from newsmine.readers.json_lines import JsonFields
from tests.conftest import SAMPLES


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.txt", "text"), ("a.MD", "text"), ("a.htm", "html"), ("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"),
     ("a.json", "json"), ("a.warc.gz", "warc"), ("a.csv", "csv"), ("a.xlsx", None), ("a.jsonl.gz", "jsonl"), ("a.txt.gz", "text"),
     ("a.html.gz", "html"), ("a.csv.gz", None)],
)
def test_formats_come_from_the_extension(name, fmt):
    assert detect_format(name) == fmt


def test_directories_are_walked_recursively_in_sorted_order_skipping_and_counting_the_rest(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "notes.xlsx").write_text("x,y", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "inside.txt").write_text("Hidden too.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would wait for a writer forever
    skipped: list[SkippedFile] = []
    files = list(list_inputs([tmp_path], skipped=skipped))
    assert [f.path for f in files] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]
    assert sorted(skipped) == sorted([
        SkippedFile(str(tmp_path / ".git"), "hidden"), SkippedFile(str(tmp_path / ".draft.txt"), "hidden"),
        SkippedFile(str(tmp_path / "notes.xlsx"), "unknown type"), SkippedFile(str(tmp_path / "pipe.txt"), "not a regular file"),
    ])


def test_a_quoted_glob_in_a_streamed_run_says_that_only_shards_expand_globs(tmp_path):
    """`newsmine extract 'corpus/*.txt' -o x.jsonl` (the README quotes globs for --shards) said
    only "no such file or directory", though the files are there."""
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match="no such file or directory; newsmine expands a glob only with --shards"):
        list(list_inputs([str(tmp_path / "*.txt")]))
    with pytest.raises(UsageError, match="no such file or directory$"):
        list(list_inputs([str(tmp_path / "missing.txt")]))


def test_missing_paths_and_unknown_explicit_files_are_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        list(list_inputs([tmp_path / "missing.txt"]))
    (tmp_path / "table.xlsx").write_text("x", encoding="utf-8")
    with pytest.raises(UnsupportedFormat, match="unknown file type"):
        list(list_inputs([tmp_path / "table.xlsx"]))


@pytest.mark.parametrize(("name", "fmt"), [("feed.jsonl.gz", "jsonl"), ("dump.JSON.gz", "json"), ("story.txt.gz", "text"),
                                         ("notes.md.gz", "text"), ("wire.ndjson.gz", "jsonl")])
def test_a_gzipped_feed_is_listed_as_its_format_named_or_in_a_directory(tmp_path, name, fmt):
    """It was refused ("newsmine does not read gzipped .jsonl files; decompress it first"), and
    skipped inside a directory as a file of unknown type."""
    import gzip

    path = tmp_path / "my crawl" / name
    path.parent.mkdir()
    path.write_bytes(gzip.compress(b'{"id": "a1", "text": "Mayor Ines Calloway spoke."}\n'))
    assert [(f.path, f.format) for f in list_inputs([str(path)])] == [(str(path), fmt)]
    skipped: list[SkippedFile] = []
    assert [(f.path, f.format) for f in list_inputs([path.parent], skipped=skipped)] == [(str(path), fmt)]
    assert skipped == []
    with pytest.raises(UnsupportedFormat, match=r"unknown file type; newsmine reads .*\.jsonl\.gz"):
        list(list_inputs([str(_touch(tmp_path / "table.csv.gz"))]))


def _touch(path):
    path.write_bytes(b"")
    return path


def test_plain_text_id_is_the_file_stem_and_text_is_kept_exactly(tmp_path):
    path = tmp_path / "story-1.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\r\n\r\nBody \xe2\x80\x9cquoted\xe2\x80\x9d.\r\n")
    [article] = read_articles([path])
    assert article.id == "story-1"
    assert article.text == "Headline\r\n\r\nBody “quoted”.\r\n"  # BOM dropped, nothing else changed
    assert article.encoding == "utf-8-sig"


def test_json_lines_fields_ids_and_broken_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "First.", "title": "T", "published": "2025-03-14T10:00:00Z", "authors": ["Ana Ruiz"], "outlet": "Wire"}),
        "{broken json",
        json.dumps({"body": "no text field"}),
        json.dumps({"text": "No id."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles = list(read_articles([path]))
    assert [a.id for a in articles] == ["a1", "feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4"]
    first = articles[0]
    assert (first.title, first.published, first.authors, first.outlet) == ("T", "2025-03-14", ["Ana Ruiz"], "Wire")
    assert articles[1].failure.type == "InvalidJSON"
    assert articles[2].failure.type == "MissingText"
    assert "--text-field" in articles[2].failure.message
    assert articles[3].failure is None and articles[3].text == "No id."


def test_json_metadata_of_the_wrong_type_is_said_in_the_warnings_not_dropped_silently(tmp_path):
    # A title that is a list, a URL that is a number, an outlet object, a numeric date: each was
    # set to null without a word, as if the feed had none.
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Body.", "title": ["Main", "Sub"], "url": 17, "outlet": {"name": "Wire"},
                                "published": 20250314, "authors": ["Ana Ruiz", ["Tom"], 3.5]}) + "\n", encoding="utf-8")
    (article,) = read_articles([path])
    assert (article.title, article.url, article.outlet, article.published, article.authors) == (None, None, None, None, ["Ana Ruiz"])
    assert article.warnings == [
        "'title' is a JSON array, not a string; set to null",
        "'url' is a JSON number, not a string; set to null",
        "'authors' holds 2 values that are not names (JSON array, number); left out",
        "'outlet' is a JSON object, not a string; set to null",
        "'published' is a JSON number, not a date string (e.g. 2025-03-14); set to null",
    ]


def test_json_authors_given_as_objects_with_a_name_are_read(tmp_path):
    # JSON Feed and JSON-LD write authors as {"name": ...}; they were dropped without a word.
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Body.", "authors": [{"name": "Ana Ruiz", "url": "https://x.example/ana"},
                                                             {"url": "https://x.example/anon"}]}) + "\n"
                    + json.dumps({"text": "Body.", "author": {"name": "Tom Reed"}}) + "\n", encoding="utf-8")
    first, second = read_articles([path])
    assert first.authors == ["Ana Ruiz"] and first.warnings == [
        "'authors' holds a JSON object, not a name (a string, or an object with a \"name\"); left out"]
    assert second.authors == ["Tom Reed"] and second.warnings == []


def test_a_missing_text_field_names_the_fields_the_object_has(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"uid": "x9", "body": "Text.", "headline": "H"}) + "\n{}\n"
                    + json.dumps({"text": None, "body": "Text."}) + "\n", encoding="utf-8")
    no_field, empty, null = read_articles([path])
    assert no_field.failure.message == ("the object has no 'text' field (its fields: 'uid', 'body', 'headline'); "
                                        "name the text field with --text-field (JsonFields(text=...) in Python)")
    assert empty.failure.message == ("the object has no 'text' field (the object is empty); name the text field with "
                                     "--text-field (JsonFields(text=...) in Python)")
    assert null.failure.message.startswith("the object's 'text' field is null: the feed gave no text for this article "
                                           "(its fields: 'text', 'body'); if another field holds its text, name it")


def test_a_text_a_news_api_cut_short_is_read_with_a_warning(tmp_path):
    """A news API's 'content' is the first ~200 characters and '[+N chars]': read as the article, its
    record was 'ok' with no word that most of the article, and its quotes, were not in it."""
    path = tmp_path / "api dump.json"
    cut = ('Senator Ruth Calloway denied on Friday that she had promised a tax cut. "I said we would look at it," '
           "Calloway told reporters. Her opponent said she was \u201crewriting history\u201d. \u2026 [+2140 chars]")
    whole = "The ferry operator confirmed a rise of 6 percent [+3 on last year] in the spring timetable."
    path.write_text(json.dumps([{"content": cut, "title": "Senator denies tax promise"},
                                {"content": whole}, {"content": "Fares rise. [+12 chars] was its headline."}]),
                    encoding="utf-8")
    first, second, third = read_articles([path], ReadOptions(fields=JsonFields(text="content")))
    assert first.text.endswith("[+2140 chars]")  # the text as the feed gave it
    assert first.warnings == ["'content' ends with '[+2140 chars]': the feed cut the article short, and the 2140 "
                              "characters after the cut are not in this record, nor the quotes they hold; read the "
                              "article at its url"]
    # the near misses: a bracket that counts something else, or a mark not at the end
    assert second.warnings == [] and third.warnings == []


def test_an_api_response_wrapping_its_articles_is_told_how_to_unwrap_them(tmp_path):
    # {"status": "ok", "articles": [...]} was one MissingText record saying to use --text-field,
    # which no field name can satisfy.
    path = tmp_path / "api response.json"
    path.write_text(json.dumps({"status": "ok", "articles": [{"content": "One."}, {"content": "Two."}]}), encoding="utf-8")
    (article,) = read_articles([path])
    assert article.failure.message.endswith(
        "; or, if the 2 objects of its 'articles' field are the articles, give them one a line: "
        f"jq -c '.articles[]' '{path}' > 'api response-articles.jsonl'")
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps({"body": "No text field.", "tags": ["a", "b"]}) + "\n", encoding="utf-8")
    (article,) = read_articles([plain])
    assert "jq" not in article.failure.message  # no array of objects: no such hint
    # jq takes no non-ASCII .name and reads no gzip: the commands given must run.
    packed = tmp_path / "resp.json.gz"
    packed.write_bytes(gzip.compress(json.dumps({"artículos": [{"cuerpo": "Uno."}]}).encode()))
    (article,) = read_articles([packed])
    assert article.failure.message.endswith(
        "; or, if the object in its 'artículos' field is the article, write it on a line of its own: "
        f"gzip -dc {packed} | jq -c '.[\"artículos\"][]' > resp-articles.jsonl")


def _news_api_item(uri: str, **fields) -> dict:
    # An article as a news API's export gives it (Event Registry's shape): arrays of objects of its
    # own (authors, categories) beside the text.
    item = {"uri": uri, "dateTime": "2026-02-03T07:30:00Z", "title": "Ferry fares to rise",
            "body": "The harbour board said on Monday that ferry fares would rise in April.",
            "source": {"uri": "harborledger.com", "title": "Harbor Ledger"},
            "authors": [{"name": "Mara Lindqvist", "type": "author"}],
            "categories": [{"uri": "news/Business", "label": "Business", "wgt": 80}]}
    item.update(fields)
    return {key: value for key, value in item.items() if value is not None}


def test_a_bad_line_of_an_export_whose_items_have_ids_names_its_line(tmp_path):
    # An item with an id of its own named no line: "bad-nobody: MissingText: the object has no
    # 'body' field", and a date set to null said which value but not where; in an export of
    # thousands of lines the line is what a researcher opens.
    path = tmp_path / "export.jsonl"
    lines = [_news_api_item("ok-1"), _news_api_item("no-body", body=None),
             _news_api_item("bad-date", dateTime="31/02/2026 25:00"), {"body": "No id here, but a text."},
             {"title": "No id and no text"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    fields = JsonFields(text="body", id="uri", published="dateTime")
    ok, no_body, bad_date, no_id, no_id_no_text = read_articles([path], ReadOptions(fields=fields))
    assert no_body.failure.type == "MissingText" and no_body.failure.message.startswith("line 2: the object has no 'body'")
    assert bad_date.failure is None and bad_date.warnings == [
        "line 3: 'dateTime' '31/02/2026 25:00' is not a date newsmine can read; set to null (use YYYY-MM-DD)"]
    # near misses: a good line says nothing; an item without an id is named by its line already
    # (export.jsonl:5), so its message is not prefixed twice
    assert ok.failure is None and ok.warnings == [] and no_id.warnings == []
    assert no_id_no_text.id == "export.jsonl:5" and not no_id_no_text.failure.message.startswith("line ")


def test_a_date_warning_names_the_users_own_field(tmp_path):
    # 'published' named no field of the user's export ("date"): the one to mend is theirs
    # (review61a); near miss: without a field of their own, 'published' it is
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps({"text": "Council meets.", "date": "03/04/2026"}) + "\n"
                    + json.dumps({"text": "Council meets again.", "published": "next week"}) + "\n"
                    + json.dumps({"text": "Council adjourns.", "date": "1650-01-01"}) + "\n", encoding="utf-8")
    ambiguous, _, too_old = read_articles([path], ReadOptions(fields=JsonFields(published="date")))
    assert ambiguous.warnings[0].startswith("'date' '03/04/2026' may be day/month or month/day")
    assert too_old.warnings[0].startswith("'date' '1650-01-01' is outside the years")
    ordered = list(read_articles([path], ReadOptions(fields=JsonFields(published="date"), date_order="MDY")))
    assert ordered[0].warnings == [] and ordered[0].published == "2026-03-04"
    (relative,) = [a for a in read_articles([path]) if a.warnings]
    assert relative.warnings[0].startswith("'published' 'next week' is relative")


def test_an_export_item_with_an_empty_text_is_an_empty_article_naming_its_field_and_line(tmp_path):
    # "body": "" was EmptyArticle "the article holds no text; check the input file or the
    # --text-field", though the field was the right one and only this item's was empty.
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(_news_api_item("one")) + "\n" + json.dumps(_news_api_item("empty", body=" \n ")) + "\n",
                    encoding="utf-8")
    one, empty = read_articles([path], ReadOptions(fields=JsonFields(text="body", id="uri")))
    assert one.failure is None
    assert (empty.failure.type, empty.failure.message) == (
        "EmptyArticle", "line 2: the object's 'body' field is empty or only white space: the feed gave no text for this article")
    # near miss: an empty cell of a CSV's text column is no "object's field": the pipeline says it
    table = tmp_path / "export.csv"
    table.write_text("uri,body\nc1,Some text here.\nc2,\n", encoding="utf-8")
    _, blank = read_articles([table], ReadOptions(fields=JsonFields(text="body", id="uri")))
    assert blank.failure is None and blank.text == ""


def test_a_line_that_is_not_json_is_located_by_its_line_and_column_only(tmp_path):
    # "line 2 is not valid JSON (unexpected character: line 1 column 9 (char 8))": orjson's "line 1"
    # is of the one line it parsed, and read as a contradiction of "line 2".
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(_news_api_item("ok")) + '\n{"uri": 1,, "body": "x"}\n', encoding="utf-8")
    _, broken = read_articles([path])
    assert broken.failure.type == "InvalidJSON"
    message = broken.failure.message
    assert message.startswith("line 2 is not valid JSON (unexpected character") and " at column 11" in message
    assert "line 1" not in message and message.endswith("; fix or remove the line")


def test_an_item_without_its_text_is_not_told_its_authors_are_the_articles(tmp_path):
    # An Event Registry item without "body" was told "or, if the object in its 'authors' field is
    # the article, write it on a line of its own: jq -c '.authors[]' …": its byline's objects.
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(_news_api_item("no-body", body=None)) + "\n", encoding="utf-8")
    (article,) = read_articles([path], ReadOptions(fields=JsonFields(text="body", id="uri")))
    assert article.failure.type == "MissingText" and "jq" not in article.failure.message
    # near miss: a response wrapping articles that hold the text field is told to unwrap them,
    # whatever arrays of named things come before
    wrapped = tmp_path / "response.json"
    wrapped.write_text(json.dumps({"categories": [{"label": "News"}],
                                   "results": [_news_api_item("a"), _news_api_item("b")]}), encoding="utf-8")
    (article,) = read_articles([wrapped], ReadOptions(fields=JsonFields(text="body", id="uri")))
    assert article.failure.message.endswith("give them one a line: "
                                            f"jq -c '.results[]' {wrapped} > response-articles.jsonl")


def test_metadata_fields_renamed_with_field_are_read_nested_ones_by_a_dotted_name(tmp_path):
    # A NewsAPI-like feed: only text and id could be renamed, so its title, date, byline, outlet and
    # link were lost without a word.
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"content": "Body.", "headline": "Quay shut", "publishedAt": "2026-03-03T10:00:00Z",
                                "byline": [{"name": "Lena Ortiz"}], "source": {"id": None, "name": "Harbor Post"},
                                "link": "https://harbor.example/quay", "title": "not this one"}) + "\n"
                    + json.dumps({"content": "Body.", "publishedAt": 1772532000, "source": "Harbor Post"}) + "\n",
                    encoding="utf-8")
    fields = JsonFields(text="content", title="headline", published="publishedAt", authors="byline", outlet="source.name",
                        url="link")
    first, second = read_articles([path], ReadOptions(fields=fields))
    assert (first.title, first.published, first.authors, first.outlet, first.url, first.warnings) == (
        "Quay shut", "2026-03-03", ["Lena Ortiz"], "Harbor Post", "https://harbor.example/quay", [])
    assert second.outlet is None and second.published is None  # "source" is a string: no "name" in it
    assert second.warnings == ["'source.name': 'source' is a JSON string, not an object; set to null",
                               "'publishedAt' is a JSON number, not a date string (e.g. 2025-03-14); set to null"]
    nested = tmp_path / "nested.jsonl"
    nested.write_text(json.dumps({"article": {"body": "Body.", "guid": 7}}) + "\n", encoding="utf-8")
    (article,) = read_articles([nested], ReadOptions(fields=JsonFields(text="article.body", id="article.guid")))
    assert (article.text, article.id, article.failure) == ("Body.", "7", None)


FRONT_MATTER_BODY = "The Harbor Town council delayed its vote on ferry fares, chair Rosa Lind said.\n"


def test_markdown_front_matter_is_read_as_metadata_not_as_text(tmp_path):
    # It was read as prose: the title was "---" and the keys and tags went into the entities.
    page = tmp_path / "ferry.md"
    page.write_text('---\ntitle: "Ferry vote delayed"\ndate: 2026-03-03 10:00:00 +0100\nauthors:\n  - Lena Ortiz\n'
                    "  - Tom Reed\ntags: [harbor, ferry]\n# a comment\n---\n\n" + FRONT_MATTER_BODY, encoding="utf-8")
    (article,) = read_articles([page])
    assert (article.title, article.published, article.authors) == ("Ferry vote delayed", "2026-03-03", ["Lena Ortiz", "Tom Reed"])
    assert article.text == "\n" + FRONT_MATTER_BODY and article.warnings == []
    single = tmp_path / "single.md"
    single.write_text("---\nauthor: 'Ana Ruiz and Tom Reed'\ndate: next week\n---\n" + FRONT_MATTER_BODY, encoding="utf-8")
    (article,) = read_articles([single])
    assert (article.authors, article.published, article.text) == (["Ana Ruiz", "Tom Reed"], None, FRONT_MATTER_BODY)
    assert article.warnings and article.warnings[0].startswith("front matter: 'published' 'next week' is relative")


def test_front_matter_is_read_as_yaml_nested_values_and_author_objects_included(tmp_path):
    page = tmp_path / "budget.md"
    page.write_text("---\ntitle: >-\n  Council passes\n  budget\nauthors:\n  - name: Rosa Kim\n    email: rk@example.org\n"
                    "  - Dev Patel\ndate: '2026-04-09'\ndraft: no\nextra:\n  section: local\n---\n" + FRONT_MATTER_BODY,
                    encoding="utf-8")
    (article,) = read_articles([page])
    assert (article.title, article.authors, article.published) == ("Council passes budget", ["Rosa Kim", "Dev Patel"],
                                                                   "2026-04-09")
    assert article.text == FRONT_MATTER_BODY


@pytest.mark.parametrize(("name", "text"), [
    ("rules.md", "---\nThe council met on Tuesday. It said little.\n---\n" + FRONT_MATTER_BODY),  # prose between rules
    ("notes.txt", "---\ntitle: Not read in a .txt\n---\n" + FRONT_MATTER_BODY),
    ("open.md", "---\ntitle: never closed\n" + FRONT_MATTER_BODY),
    ("broken.md", "---\ntitle: [unclosed\n---\n" + FRONT_MATTER_BODY),  # not YAML
    # A note between rules is a YAML mapping too, but of no front matter key (or of prose).
    ("note.md", "---\nUpdate: This story was corrected on March 3 to fix the chair's name.\n---\n" + FRONT_MATTER_BODY),
    ("editor.md", "---\nEditor's note: The chair is a reader of this paper.\n---\n" + FRONT_MATTER_BODY),
])
def test_what_is_not_markdown_front_matter_stays_text(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (article,) = read_articles([path])
    assert (article.text, article.title, article.authors) == (text, None, [])


def test_renamed_json_fields(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"uid": "x9", "body": "Text in body."}) + "\n", encoding="utf-8")
    [article] = read_articles([path], ReadOptions(fields=JsonFields(text="body", id="uid")))
    assert (article.id, article.text) == ("x9", "Text in body.")


def test_json_array_files_give_one_article_per_object(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"text": "One."}, {"id": "two", "text": "Two."}]), encoding="utf-8")
    assert [a.id for a in read_articles([path])] == ["batch.json:1", "two"]


def test_html_metadata_comes_from_the_page(tmp_path):
    [article] = read_articles([SAMPLES / "port-strike.html"])
    assert article.title == "Dockworkers walk out at Port Halden as wage talks collapse"
    assert article.authors == ["Priya Raman"]
    assert article.published == "2025-06-03"
    assert article.outlet == "The Coastal Ledger"
    assert "Marta Kowalski" in article.text
    assert "All rights reserved" not in article.text  # boilerplate left out


def test_latin1_text_is_decoded_and_the_encoding_noted(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Le ministre a déclaré que la réforme était prête. Les élèves étaient là.".encode("cp1252"))
    [article] = read_articles([path])
    assert "déclaré" in article.text
    assert article.encoding is not None and article.encoding != "utf-8"


def test_binary_content_becomes_a_failure_not_text(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 4)
    [article] = read_articles([path])
    assert article.failure is not None and article.failure.type == "DecodeError"


def test_a_json_array_is_read_an_element_at_a_time_and_a_break_keeps_what_came_before(tmp_path):
    broken = tmp_path / "feed.json"
    broken.write_bytes(b'\xef\xbb\xbf[{"id": "a", "text": "One."}, {"text": "Two.", "published": "2025-03-14"}, {"text": "Thr')
    articles = list(read_articles([broken]))
    assert [(a.id, a.failure.type if a.failure else None) for a in articles] == [
        ("a", None), ("feed.json:2", None), ("feed.json:3", "InvalidJSON")]
    assert articles[1].published == "2025-03-14"
    assert "after its 2 elements" in articles[2].failure.message


def test_a_json_file_too_big_for_one_article_and_not_a_utf8_array_is_refused_unread(tmp_path):
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"text": "word " * 250_000}), encoding="utf-8")  # over 12 bytes a character + 1 MiB
    [article] = read_articles([big], max_chars=1_000)
    assert article.failure.type == "InputTooLarge" and "JSON Lines" in article.failure.message


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_endless_zeros_named_json_are_one_bounded_error(tmp_path):
    os.symlink("/dev/zero", tmp_path / "zeros.json")
    [article] = read_articles([tmp_path / "zeros.json"], max_chars=1_000)  # before: 3 GB in 9 s
    assert article.failure.type in ("DecodeError", "InputTooLarge")


def test_standard_input_is_streamed_and_sniffed(monkeypatch):
    import io
    import sys

    lines = b"".join(json.dumps({"id": f"s{n}", "text": "Text."}).encode() + b"\n" for n in range(3))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    assert [a.id for a in read_articles(["-"])] == ["s0", "s1", "s2"]
