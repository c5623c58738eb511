"""Progress while no record comes, in a sharded run: the line names the long article a shard parses.

A streamed run names the longest article in work when no record came for a while
(``tests/test_progress_in_work.py``); a sharded run's counts moved per record, so a shard on one
360,000-character article left its line standing still with nothing said (newuser51, left open).
A shard now reports the longest article of a heavy batch as the batch starts
(``ShardSummary.in_work``), the client's ``ShardsInWork`` answers the progress line's watch, and
the run's ticks (unchanged counts a few times a second) are no records."""

from __future__ import annotations

import io
import json

from newsmine.batch import RunSummary
from newsmine.cli.progress import ProgressLine
from newsmine.readers import ReadOptions
from newsmine.runners import PipelineSettings
from newsmine.shards import ShardSettings, ShardsInWork, ShardSummary, run_shards, task
from newsmine.shards import progress as shard_progress

SPEECH = "The mayor said the harbour plan would go ahead. " * 1_300  # about 63,000 characters


def _feed(path, items):
    path.write_text("".join(json.dumps({"id": article_id, "text": text}) + "\n" for article_id, text in items),
                    encoding="utf-8")


def test_a_shard_says_which_article_it_parses_before_a_heavy_batch_and_nothing_before_a_light_one(tmp_path, monkeypatch):
    feed = tmp_path / "council.jsonl"
    _feed(feed, [("brief-1", "The library opens at nine, a spokesman said."),
                 ("brief-2", "Buses will run late on Friday, the operator said."),
                 ("speech", SPEECH)])
    summary = ShardSummary(shard="council", input=str(feed))
    parsed, reported = [], []

    def parse(_pipeline, batch):
        parsed.append(([article.id for article in batch], summary.in_work))
        return [object() for _ in batch], 0

    monkeypatch.setattr(task, "process_exclusively", parse)
    settings = ShardSettings(read=ReadOptions(), batch_chars=50_000)
    records = list(task._records(None, str(feed), str(feed), None, settings, summary,
                                 lambda running: reported.append(running.in_work)))
    assert len(records) == 3
    # the two briefs are one light batch (reported by the records' own throttled reports only)
    assert parsed == [(["brief-1", "brief-2"], None), (["speech"], ["speech", str(feed), len(SPEECH), 1])]
    assert reported == [["speech", str(feed), len(SPEECH), 1]]  # before its parse, not after
    assert summary.in_work is None  # done: no longer in work
    assert "in_work" not in json.loads(summary.to_json())  # never in the shard's marker


def test_a_heavy_batch_is_half_a_batchs_characters():
    article = type("A", (), {})
    short, long = article(), article()
    short.text, long.text = "x" * 100, "y" * 25_000
    assert task.heavy_batch([long], 50_000)
    assert not task.heavy_batch([short] * 16, 50_000)  # the near miss: a full batch of briefs


def test_the_report_of_a_heavy_batch_passes_the_throttle_and_the_counts_keep_theirs():
    sent = []
    report = shard_progress._throttled(3600.0, sent.append)  # one counts report an hour
    summary = ShardSummary(shard="council", input="council.jsonl", articles=2)
    report(summary)
    summary.articles = 3
    report(summary)  # the near miss: counts within the hour wait
    summary.in_work = ["speech", "council.jsonl", 63_000, 1]
    report(summary)  # the worker is about to be busy: sent at once
    summary.in_work = None
    report(summary)  # and done with it
    assert [(counts["articles"], counts["in_work"]) for counts in sent] == [
        (2, None), (3, ["speech", "council.jsonl", 63_000, 1]), (3, None)]


def test_shards_in_work_name_the_longest_article_since_it_was_first_heard_of():
    now = [0.0]
    in_work = ShardsInWork(clock=lambda: now[0])
    in_work.update(ShardSummary(shard="a", input="a.jsonl", articles=4, in_work=["memo", "a.jsonl", 30_000, 2]))
    now[0] = 5.0
    in_work.update(ShardSummary(shard="b", input="b.jsonl", in_work=["speech", "b.jsonl", 360_000, 1]))
    now[0] = 9.0
    in_work.update(ShardSummary(shard="b", input="b.jsonl", in_work=["speech", "b.jsonl", 360_000, 1]))  # heard again
    longest = in_work.longest()
    assert (longest.id, longest.path, longest.chars, longest.since) == ("speech", "b.jsonl", 360_000, 5.0)
    assert len(in_work) == 3  # the articles of both heavy batches
    in_work.update(ShardSummary(shard="b", input="b.jsonl", articles=1))  # its batch done
    assert in_work.longest().id == "memo"
    in_work.finish("a")
    assert in_work.longest() is None and len(in_work) == 0


def test_a_sharded_runs_ticks_are_no_records_and_its_log_names_the_article_a_shard_parses():
    stream, now = io.StringIO(), [1000.0]
    progress = ProgressLine(total=40, stream=stream, clock=lambda: now[0], log_every=60.0)
    in_work = ShardsInWork(clock=lambda: now[0])
    progress._in_work = in_work  # what watch() sets, without its thread
    progress(RunSummary(articles=12, words=4_000))  # records came
    in_work.update(ShardSummary(shard="day-2", input="feeds/day-2.jsonl", articles=12,
                                in_work=["speech-transcript", "feeds/day-2.jsonl", 360_000, 1]))
    for _ in range(300):  # the run's ticks, four a second, the counts standing still
        now[0] += 0.25
        progress(RunSummary(articles=12, words=4_000))
        progress.quiet_beat()
    lines = stream.getvalue().splitlines()
    # the log's first line, 10 s in (newuser64); the next a minute later, naming the article in work;
    # neither has an ETA: no article came after the first record, whose rate is unknown (review64d)
    assert lines[0] == "newsmine: progress: 12/40 articles | 1.2 articles/s | 400 words/s | 0 failed"
    assert lines[-1] == ("newsmine: progress: 12/40 articles | 0.2 articles/s | 57 words/s | 0 failed | "
                         "no record for 0:01:10; longest article in work: speech-transcript in feeds/day-2.jsonl, "
                         "360,000 characters")
    assert len(lines) == 2  # the ticks did not log a line without it


def test_a_sharded_run_whose_records_come_gets_no_quiet_line():
    # the near miss: one shard parses a long article while another's records keep coming
    stream, now = io.StringIO(), [0.0]
    progress = ProgressLine(total=400, stream=stream, clock=lambda: now[0], log_every=60.0)
    in_work = ShardsInWork(clock=lambda: now[0])
    progress._in_work = in_work
    in_work.update(ShardSummary(shard="day-2", input="day-2.jsonl", in_work=["speech", "day-2.jsonl", 360_000, 1]))
    for tick in range(1, 600):
        now[0] = tick * 0.25
        progress(RunSummary(articles=tick // 8, words=100))  # a record every two seconds
        progress.quiet_beat()
    assert "no record" not in stream.getvalue()
    assert stream.getvalue().count("newsmine: progress:") == 3  # the ordinary lines: 10 s in, then a minute apart


def test_clearing_a_drawn_line_leaves_the_watch_on_and_finishing_stops_it():
    stream, now = io.StringIO(), [0.0]
    progress = ProgressLine(stream=stream, enabled=True, clock=lambda: now[0])
    in_work = ShardsInWork(clock=lambda: now[0])
    progress._in_work = in_work
    in_work.update(ShardSummary(shard="a", input="a.jsonl", in_work=["speech", "a.jsonl", 90_000, 1]))
    progress.clear()  # a shard's line took the place of the drawn one
    now[0] = 12.0
    progress.quiet_beat()
    assert "longest article in work: speech in a.jsonl, 90,000 characters" in stream.getvalue()
    progress.finish()
    written = stream.getvalue()
    now[0] = 20.0
    progress.quiet_beat()
    assert stream.getvalue() == written + ""


def test_a_sharded_run_in_this_process_tells_its_store_of_each_heavy_batch(tmp_path):
    feed = tmp_path / "wire.jsonl"
    _feed(feed, [("ferry", "The ferry to Port Ellis will run on Sundays, the harbour office said on Monday."),
                 ("speech", "The mayor said the harbour plan would go ahead. " * 40)])
    store = ShardsInWork()
    heard = []

    def on_progress(_run, running):
        heard.extend(summary.in_work for summary in running.values() if summary.in_work)

    run = run_shards([str(feed)], str(tmp_path / "out"), ShardSettings(format="jsonl", batch_chars=1_000,
                                                                       pipeline=PipelineSettings()),
                     workers=1, on_progress=on_progress, in_work=store)
    assert run.articles == 2
    assert ["speech", str(feed), 1_920, 1] in heard  # the long one (a batch of its own) was named
    assert all(in_work[0] == "speech" for in_work in heard)  # the short one was light
    assert store.longest() is None  # the shard ended
