"""A newsroom data team on a fresh machine (newuser57): a confidence written as a percentage, and
an empty saved page. Invented texts only."""

from __future__ import annotations

import math

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.errors import UsageError
from newsmine.pipeline import Pipeline, check_min_confidence
from newsmine.readers import read_articles

runner = CliRunner()


@pytest.mark.parametrize("value", ["80", "1.5", "-0.2", "nan"])
def test_min_confidence_outside_0_to_1_is_refused_as_a_probability(value, tmp_path):
    """`--min-confidence 80` said "Input should be less than or equal to 1" (and so did "nan")."""
    story = tmp_path / "pier.txt"
    story.write_text("The pier reopens on Friday, the harbour master said.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(story), "-o", str(tmp_path / "out.jsonl"), "--min-confidence", value])
    assert result.exit_code == 2
    assert "it is a probability from 0 to 1" in result.output
    assert "Input should be" not in result.output
    assert not (tmp_path / "out.jsonl").exists()


def test_a_percentage_is_told_how_to_write_it():
    with pytest.raises(UsageError, match=r"min_confidence is a probability from 0 to 1 \(0\.8 for 80%\)"):
        check_min_confidence(80)
    # near misses: a value that is no whole percentage gets no "for N%" hint; the bounds are kept
    with pytest.raises(UsageError) as raised:
        check_min_confidence(1.5)
    assert "for 1.5%" not in str(raised.value)
    with pytest.raises(UsageError):
        check_min_confidence(math.nan)
    for value in (0, 0.0, 0.8, 1, 1.0):
        check_min_confidence(value)


def test_pipeline_refuses_a_percentage_before_loading_the_model():
    """`Pipeline(min_confidence=80)` took it and left out every quote."""
    with pytest.raises(UsageError, match="got 80"):
        Pipeline("no-such-model-is-loaded", min_confidence=80)


def test_extract_help_says_min_confidence_is_from_0_to_1():
    result = runner.invoke(app, ["extract", "--help"])
    assert "from 0 to 1 (0.8, not 80)" in " ".join(result.output.split())


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t"])
def test_an_empty_html_file_is_an_empty_article(tmp_path, content):
    """An empty .html file was NoArticleText "(it holds no HTML document); is it an article page?";
    the README's EmptyArticle is a file holding nothing but whitespace."""
    (tmp_path / "story.html").write_bytes(content)
    [article] = read_articles([tmp_path / "story.html"])
    assert article.failure.type == "EmptyArticle"
    assert article.failure.message.startswith("the page is empty")


def test_a_page_without_article_text_stays_no_article_text(tmp_path):
    # near miss: a page that holds markup but no article is not empty
    (tmp_path / "gallery.html").write_text("<html><head><title>Gallery</title></head><body></body></html>",
                                           encoding="utf-8")
    [article] = read_articles([tmp_path / "gallery.html"])
    assert article.failure.type == "NoArticleText"


def test_an_empty_rss_file_holds_no_article_as_an_empty_jsonl(tmp_path):
    """An empty .rss was a MissingText record "the file is not an RSS or Atom feed; check it is a
    feed" and exit 1; an empty .jsonl or .csv holds no article (exit 4 when alone)."""
    (tmp_path / "empty.rss").write_bytes(b"")
    assert list(read_articles([tmp_path / "empty.rss"])) == []
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.rss"), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 4
    assert "empty.rss holds none (an empty file)" in result.output


def test_a_file_that_is_no_feed_is_still_told_so(tmp_path):
    # near miss: a .rss holding something else than a feed is an error record, as before
    (tmp_path / "page.rss").write_text("<html><body>Not a feed.</body></html>", encoding="utf-8")
    [article] = read_articles([tmp_path / "page.rss"])
    assert article.failure.type == "MissingText"
    assert article.failure.message.startswith("the file is not an RSS or Atom feed")
