"""Progress while no record comes: the run names the long article it is busy with.

A run of one very long article (a 360,000-character JSON Lines line) ran 1 min 48 s with
nothing on stderr, in a log or on a terminal, and looked hung (newuser50, newuser51). The
articles handed to the workers are now noted (``newsmine.runners.in_work``), and the progress
line's watch thread names the longest one in work when no record came for a while."""

from __future__ import annotations

import io
import json

from newsmine.articles import Article
from newsmine.batch import ExtractOptions, RunSummary, extract
from newsmine.cli.progress import ProgressLine
from newsmine.runners import PipelineSettings
from newsmine.runners.in_work import MOST_HELD, ArticlesInWork


def _article(article_id: str, chars: int, path: str = "feeds/day.jsonl") -> Article:
    return Article(id=article_id, text="x" * chars, source_path=path)


def test_articles_in_work_name_the_longest_and_forget_each_record_that_comes_back():
    now = [0.0]
    in_work = ArticlesInWork(clock=lambda: now[0])
    for article_id, chars in (("brief", 900), ("budget-speech", 360_000), ("weather", 400)):
        now[0] += 1
        in_work.handed_out(_article(article_id, chars))
    longest = in_work.longest()
    assert (longest.id, longest.path, longest.chars, longest.since) == ("budget-speech", "feeds/day.jsonl", 360_000, 2.0)
    assert len(in_work) == 3
    in_work.done(("feeds/day.jsonl", "budget-speech"))
    assert in_work.longest().id == "brief"
    in_work.done(("feeds/day.jsonl", "brief"))
    in_work.done(("feeds/day.jsonl", "weather"))
    assert in_work.longest() is None and len(in_work) == 0


def test_an_id_handed_out_twice_is_held_twice_and_an_unknown_record_changes_nothing():
    in_work = ArticlesInWork()
    in_work.handed_out(_article("wire-7", 100))
    in_work.handed_out(_article("wire-7", 5_000))  # the same id twice in one feed
    in_work.done(("other.jsonl", "wire-7"))  # not in work: nothing to forget
    assert len(in_work) == 2
    in_work.done(("feeds/day.jsonl", "wire-7"))  # the first handed out comes back first
    assert len(in_work) == 1 and in_work.longest().chars == 5_000


def test_articles_in_work_stay_bounded_when_records_never_come_back():
    in_work = ArticlesInWork()
    for number in range(MOST_HELD + 50):
        in_work.handed_out(_article(f"a{number}", 10))
    assert len(in_work) == MOST_HELD
    assert in_work.longest().id == "a50"  # the oldest were dropped


def test_a_log_names_the_long_article_a_quiet_run_is_busy_with():
    stream, now = io.StringIO(), [1000.0]
    progress = ProgressLine(total=3, stream=stream, clock=lambda: now[0])
    in_work = ArticlesInWork(clock=lambda: now[0])
    progress._in_work = in_work  # what watch() sets, without its thread
    in_work.handed_out(_article("speech-transcript", 360_000))
    in_work.handed_out(_article("brief", 300))
    now[0] += 30
    progress.quiet_beat()
    assert stream.getvalue() == ""  # half a minute: a log gets nothing yet
    now[0] += 35
    progress.quiet_beat()
    progress.quiet_beat()  # a second look in the same minute writes no second line
    assert stream.getvalue().splitlines() == [
        "newsmine: progress: 0/3 articles | 0.0 articles/s | 0 words/s | 0 failed | no record for 0:01:05; "
        "longest article in work: speech-transcript in feeds/day.jsonl, 360,000 characters (and 1 other)"
    ]


def test_a_terminal_line_names_the_long_article_after_ten_quiet_seconds():
    stream, now = io.StringIO(), [0.0]
    progress = ProgressLine(stream=stream, enabled=True, clock=lambda: now[0])
    in_work = ArticlesInWork(clock=lambda: now[0])
    progress._in_work = in_work
    in_work.handed_out(Article(id="long-1", text="y" * 120_000, source_path="long-1"))
    now[0] = 9.0
    progress.quiet_beat()
    assert stream.getvalue() == ""
    now[0] = 12.0
    progress.quiet_beat()
    assert stream.getvalue() == ("\r0 articles | 0.0 articles/s | 0 words/s | 0 failed | no record for 0:00:12; "
                                 "longest article in work: long-1, 120,000 characters\x1b[K")


def test_a_run_whose_records_come_steadily_gets_no_quiet_line():
    # the near miss: records every 20 s, the watch looking every second in between
    stream, now = io.StringIO(), [0.0]
    progress = ProgressLine(total=10, stream=stream, clock=lambda: now[0])
    in_work = ArticlesInWork(clock=lambda: now[0])
    progress._in_work = in_work
    in_work.handed_out(_article("next", 2_000))
    for second in range(1, 100):
        now[0] = float(second)
        if second % 20 == 0:
            progress(RunSummary(articles=second // 20, words=100))
        progress.quiet_beat()
    assert "no record" not in stream.getvalue()
    assert stream.getvalue().count("newsmine: progress:") == 2  # the ordinary lines: the first (20 s), a minute after


def test_nothing_in_work_says_nothing_and_finish_stops_the_watch():
    stream, now = io.StringIO(), [0.0]
    progress = ProgressLine(stream=stream, clock=lambda: now[0])
    progress._in_work = in_work = ArticlesInWork(clock=lambda: now[0])
    now[0] = 300.0
    progress.quiet_beat()  # the model still loading: nothing handed out yet
    in_work.handed_out(_article("late", 10))
    progress.finish()
    progress.quiet_beat()
    assert stream.getvalue() == ""


def test_a_batch_run_tells_in_work_of_each_article_and_each_record(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"n{n}", "text": f"The ferry to Port Ellis will run on day {n}, the "
                                                          "harbour office said on Monday."}) + "\n" for n in range(3)))
    seen = []

    class Noting(ArticlesInWork):
        def handed_out(self, article):
            seen.append(article.id)
            super().handed_out(article)

    in_work = Noting()
    summary = extract([feed], tmp_path / "out.jsonl", ExtractOptions(workers=1, pipeline=PipelineSettings()),
                      in_work=in_work)
    assert summary.articles == 3 and seen == ["n0", "n1", "n2"]
    assert len(in_work) == 0  # every record came back
