"""What a user reads of a long run (output66): the message of an article past ``--article-timeout``,
and (below) what a new user met following the README from a fresh clone. Invented texts only."""

from __future__ import annotations

import pytest

from newsmine.articles import Article
from newsmine.errors import ArticleTimeout
from newsmine.failed_articles import timeout_record
from newsmine.time_limit import _processor_share


def test_a_timed_out_article_says_its_length_and_what_to_do_first():
    """Said "the article was skipped (raise --article-timeout, or report the article if it is not
    huge)": whether it is huge was left to opening the article."""
    article = Article(id="budget-story", text="The council met. " * 1_000)
    record = timeout_record(article, ArticleTimeout("the analysis took longer than 2 s"))
    assert record.error.type == "ArticleTimeout"
    assert record.error.message == ("the analysis took longer than 2 s; the article (17,000 characters) was skipped: run "
                                    "it again with a longer --article-timeout, or report it if it is not huge")


@pytest.mark.parametrize(("limit", "on_a_processor", "said"), [
    (2.0, 0.4, ", though it had 0.4 s on a processor (the machine was busy with other work)"),  # said "0 s"
    (30.0, 9.96, ", though it had 10.0 s on a processor (the machine was busy with other work)"),
    (600.0, 110.4, ", though it had 110 s on a processor (the machine was busy with other work)"),  # near miss: as before
    (2.0, 1.5, ""),  # near miss: it had the time
])
def test_the_processor_share_of_a_short_limit_is_said_in_tenths(limit, on_a_processor, said):
    assert _processor_share(limit, on_a_processor) == said


# --- the README from a fresh clone ---


def _readme_sql(heading: str) -> str:
    import re

    from tests.conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return next(block for block in re.findall(r"```sql\n(.*?)```", readme, re.S) if block.startswith(f"-- {heading}"))


def _tiny_tables(db) -> None:
    """Two articles by hand: one titled as a plain-text file is (its headline opens its text, and a
    quote lies in it), one from a feed or CSV export, with no title (null)."""
    db.execute("CREATE TABLE articles (article_id VARCHAR, title VARCHAR, text VARCHAR, outlet VARCHAR)")
    db.execute("CREATE TABLE quotes (article_id VARCHAR, speaker_key VARCHAR, category VARCHAR, start_char INTEGER)")
    db.execute("INSERT INTO articles VALUES ('titled', 'Lopez says fares will rise', "
               "'Lopez says fares will rise\n\nThe board met. \"We had no choice,\" said Maria Lopez.', 'Daily Ledger'), "
               "('feed', NULL, 'The board met. \"It is a tax,\" said Maria Lopez.', 'Wire')")
    db.execute("INSERT INTO quotes VALUES ('titled', 'PERSON:maria lopez', 'speech', 0), "
               "('titled', 'PERSON:maria lopez', 'speech', 43), ('feed', 'PERSON:maria lopez', 'speech', 15)")


@pytest.mark.parametrize("engine", ["sqlite", "duckdb"])
def test_the_readme_speech_recipe_counts_the_quotes_of_articles_without_a_title(engine):
    """The recipe left headline quotes out with ``NOT (substr(text, 1, length(title)) = title AND …)``:
    for a null title that is NOT NULL, so every quote of an untitled article (a CSV export, most
    feeds) was left out too: Maria Lopez counted 1 here, not 2. The headline's quote stays out
    (the near miss)."""
    sql = _readme_sql("speech and writing per person")
    if engine == "sqlite":
        import sqlite3

        db = sqlite3.connect(":memory:")
        _tiny_tables(db)
        rows = db.execute(sql).fetchall()
    else:
        import duckdb

        db = duckdb.connect()
        _tiny_tables(db)
        rows = db.execute(sql).fetchall()
    assert rows == [("PERSON:maria lopez", 2, 2)]
