"""What a user reads of a long run (output66): the message of an article past ``--article-timeout``,
and (below) what a new user met following the README from a fresh clone. Invented texts only."""

from __future__ import annotations

import pytest

from newsmine.articles import Article
from newsmine.errors import ArticleTimeout
from newsmine.failed_articles import _timeout_record
from newsmine.time_limit import _processor_share


def test_a_timed_out_article_says_its_length_and_what_to_do_first():
    """Said "the article was skipped (raise --article-timeout, or report the article if it is not
    huge)": whether it is huge was left to opening the article."""
    article = Article(id="budget-story", text="The council met. " * 1_000)
    record = _timeout_record(article, ArticleTimeout("the analysis took longer than 2 s"))
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

