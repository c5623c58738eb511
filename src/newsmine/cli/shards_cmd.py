"""``newsmine extract --shards`` (every input file a shard, see :mod:`newsmine.shards`) and
``newsmine merge`` (a sharded output directory into one DuckDB file)."""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsmine.batch import ExtractOptions, RunSummary
from newsmine.cli.common import (
    EXIT_NOTHING_FOUND, EXIT_PARTIAL, EXIT_STOPPED, NOTHING_WRITTEN, START_OVER, fail, reported_errors,
    terminate_like_interrupt,
)
from newsmine.cli import progress as progress_module
from newsmine.cli.progress import (
    ProgressLine, counted, failures, format_summary, nothing_found, repeated_id_warning, sharded_run_inputs,
)
from newsmine.readers import SkippedFile
from newsmine.runners import usable_runners
from newsmine.writers import named_format

if TYPE_CHECKING:
    from newsmine.shards import ShardRun

__all__ = ["merge_cli", "run_sharded"]


def run_sharded(inputs: list[str], output: str, options: ExtractOptions, *, inputs_from: str | None,
                download_timeout: float | None = None) -> None:
    """The sharded form of ``newsmine extract``: prints one line per finished shard to stderr
    and the run's summary at the end; exits 1 when articles failed, 3 when shards failed.

    Ctrl-C and SIGTERM stop it as they stop a streamed run (:func:`terminate_like_interrupt`:
    exit 130 or 143, one line): the stop is raised in this process, so the workers are ended
    (local processes killed, a LocalCluster closed within Dask's timeouts) and the parts of
    the shards they had in flight removed before the message; complete shards keep their
    parts and markers, and ``--resume`` runs the rest. Before, a SIGTERM killed this process
    where it stood: no message, its workers orphaned until they noticed, temporary files left.

    ``download_timeout``: seconds a URL input may send no data before its shard fails
    (:mod:`newsmine.shards.download`; None: its default, 0: no limit)."""
    from newsmine.shards import ShardSettings, ShardsInWork, expand_inputs, read_input_list, run_shards
    from newsmine.shards.download import DEFAULT_DOWNLOAD_TIMEOUT
    from newsmine.shards.inputs import one_article_shards_warning

    output_format = options.output_format
    skipped: list[SkippedFile] = []
    with reported_errors(stopped=lambda: NOTHING_WRITTEN):  # expanding globs, reading --inputs-from
        if output_format not in (None, "parquet", "jsonl"):
            fail(f"--shards writes --format parquet or jsonl (a directory of parts), not {output_format}")
        if options.append:
            # --append was ignored: a first night ran, the second was told to "pass --resume to continue
            # it or --overwrite to replace it", and --overwrite removes every earlier month's parts.
            fail("--append does not add to a --shards directory: --resume does (the shards of new inputs run, those "
                 f"already complete are skipped, the settings are checked): newsmine extract NEW_INPUTS --shards "
                 f"-o {output} --resume; --overwrite would remove every part it holds")
        if output == "-":  # it made a folder named "-" in the working directory and said "-> -"
            fail("--shards writes a directory of parts, which standard output (-) cannot hold: name a directory "
                 "(--output out/), or leave out --shards to stream JSON Lines to standard output")
        named = named_format(output)
        if named is not None and not named == (output_format or "parquet") == "parquet":
            # `--shards -o out.jsonl` wrote a directory of Parquet parts named out.jsonl
            fail(f"{output} is named like {named} output, but --shards writes a directory of "
                 f"{output_format or 'parquet'} parts; name the directory without that suffix (e.g. --output out/)")
        if not inputs and inputs_from is None:
            fail("no input files: name files, directories, globs or URLs, or --inputs-from FILE")
        paths = list(expand_inputs(inputs, skipped))
        if inputs_from is not None:
            paths += read_input_list(inputs_from)
        if not paths:  # a folder without articles, an empty list: nothing to do, as in a streamed run
            fail(nothing_found(RunSummary(skipped_files=skipped)), EXIT_NOTHING_FOUND)
    if advice := one_article_shards_warning(paths):
        print(f"newsmine: warning: {advice}", file=sys.stderr)
    settings = ShardSettings(pipeline=options.pipeline, read=options.read, format=output_format or "parquet",
                             batch_chars=options.batch_chars,
                             download_timeout=DEFAULT_DOWNLOAD_TIMEOUT if download_timeout is None else download_timeout or None)
    workers, dask, warning = usable_runners(options.workers, options.dask)
    if warning:
        print(f"newsmine: warning: {warning}", file=sys.stderr)

    written = 0
    progress: ShardRun | None = None
    # Articles done, inside the shards running too, at the streamed run's cadence (redrawn on a
    # terminal, a line a minute in a log): a run of a few huge shards was silent for hours.
    progress_line = ProgressLine(sharded_run_inputs(paths, resume=options.resume),
                                 log_every=progress_module._LOG_EVERY_SECONDS)
    # The article a running shard parses in a heavy batch, named while no record comes: a shard on
    # one long article left the line standing still, silent, for minutes (newuser51).
    in_work = ShardsInWork()
    progress_line.watch(in_work)

    def on_progress(run, running) -> None:
        progress_line(RunSummary(articles=run.articles + sum(shard.articles for shard in running.values()),
                                 failed=run.failed + sum(shard.failed for shard in running.values()),
                                 words=run.words + sum(shard.words for shard in running.values())))
        raise_if_stopped()

    def on_shard(run, summary) -> None:
        nonlocal written, progress
        written, progress = run.articles, run
        progress_line.clear()  # the shard's line replaces a drawn progress line; the watch goes on
        if summary.shard_error is not None:
            print(f"newsmine: shard {summary.shard} ({summary.input}) failed: {summary.shard_error}", file=sys.stderr)
        elif not summary.resumed:
            print(f"[{run.done + run.resumed + len(run.failed_shards):,}/{run.shards:,}] {summary.input}: "
                  f"{counted(summary.articles, 'article')}{failures(summary.failed, summary.errors_by_type)} "
                  f"in {summary.seconds:.1f} s", file=sys.stderr)
        raise_if_stopped()  # a stop whose exception something swallowed (see terminate_like_interrupt)

    started = time.monotonic()
    with (reported_errors(on_stop=progress_line.finish, records_written=lambda: written, output=output,
                          stopped=lambda: _stopped_note(progress, output, options)),
          terminate_like_interrupt() as raise_if_stopped):
        run = run_shards(paths, output, settings, workers=workers, dask=dask, resume=options.resume,
                         overwrite=options.overwrite, on_shard=on_shard,
                         on_warning=lambda message: print(f"newsmine: warning: {message}", file=sys.stderr),
                         on_progress=on_progress, in_work=in_work,
                         on_start=lambda: progress_line.announce(paths, output))
    progress_line.finish()
    totals = RunSummary(articles=run.articles, failed=run.failed, words=run.words,
                        errors_by_type=Counter(run.errors_by_type), skipped_files=skipped,
                        not_analysed_by_type=Counter(run.not_analysed_by_type), quotes_left_out=run.quotes_left_out,
                        repeated_ids=run.repeated_ids, repeated_id_examples=run.repeated_id_examples,
                        warned=run.warned, warned_example=run.warned_example, failed_example=run.failed_example,
                        failed_examples_by_type=run.failed_examples_by_type)
    if (repeated := repeated_id_warning(totals, output, settings.format, sharded=True)) is not None:
        # said as a streamed run says it; ids repeated across two shards are not counted (each
        # worker sees its own shard's ids only): `newsmine merge` keeps both rows as well
        print(f"newsmine: warning: {repeated}", file=sys.stderr)
    shards = f"; {counted(run.done, 'shard')} done" + (f", {run.resumed:,} complete before (--resume)" if run.resumed else "")
    print(format_summary(totals, time.monotonic() - started, output, min_confidence=options.pipeline.min_confidence)
          + shards, file=sys.stderr)
    if run.failed_shards:
        fail(f"{len(run.failed_shards):,} of {run.shards:,} shards failed (see above) and have no part; "
             "rerun with --resume to retry them", EXIT_STOPPED)
    if run.failed:
        raise typer.Exit(EXIT_PARTIAL)
    if not (run.failed_shards or run.resumed) and (empty := nothing_found(totals, written="its shards are complete, "
                                                                             "with empty parts")):
        fail(empty, EXIT_NOTHING_FOUND)


def _stopped_note(run: ShardRun | None, output: str, options: ExtractOptions) -> str:
    """What a stopped sharded run's message says after "interrupted": how many shards are
    complete (whole parts and a marker each, which a stop never touches) and how to run the
    rest, in the words of the streamed run's message (``cli.common.reported_errors``). Before,
    it said "the N records written to DIR before are intact", and nothing of shards or --resume."""
    again = "rerun the same command" + ("" if options.resume else " with --resume instead of --overwrite"
                                        if options.overwrite else " with --resume")
    complete = run.done + run.resumed if run is not None else 0
    if not complete:
        return f"; no shard was complete yet; {again} to continue"
    this_run = f", {counted(run.articles, 'record')} written by this run" if run.done else ""
    rest = run.shards - complete
    return (f"; {complete:,} of {run.shards:,} shards in {output} are complete and intact (whole parts and markers"
            f"{this_run}); {again} to run the other {rest:,}")


def merge_cli(
    directory: Annotated[Path, typer.Argument(exists=True, metavar="DIR",
                                              help="A --format parquet output directory (sharded or not), a "
                                                   "--shards --format jsonl one, or a streamed run's .jsonl file.")],
    output: Annotated[Path, typer.Option("--output", "-o", dir_okay=False, metavar="FILE", help="The DuckDB file to write (.duckdb).")],
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace the output file if it exists.")] = False,
    allow_incomplete: Annotated[
        bool, typer.Option("--allow-incomplete", help="Merge a --shards directory whose run did not complete every "
                           "shard (stopped, still running, or shards failed): its complete shards only, with a "
                           "warning. Without it such a directory is refused (exit 2) and nothing is written.")
    ] = False,
) -> None:
    """Merge a Parquet output directory (or a sharded JSON Lines one, or the JSON Lines records of
    a streamed run) into one DuckDB database with newsmine's tables and views. Not needed to query it: newsmine report DIR (any of them)
    and DuckDB's read_parquet('DIR/quotes/*.parquet') read the directory as it is.

    Example: newsmine merge cc-news-2024/ --output cc-news-2024.duckdb
    """
    from newsmine.shards.merge import merge
    from newsmine.shards.plan import incompleteness

    # A merged database is what a pipeline publishes, and no one reads its stderr: a directory
    # whose run completed part of its shards is refused before anything is written.
    if not allow_incomplete and (refusal := incompleteness(str(directory), allowed=False, command="merge")):
        fail(refusal)
    # merge writes under a temporary name, removed on a stop, and renames the database once whole.
    # The stop is the command's own block's (as extract's): DuckDB turns the KeyboardInterrupt a
    # SIGTERM raised mid-copy into "RuntimeError: Query interrupted", which was reported as an
    # unexpected error to report (exit 3), not as the stop it was (review48c).
    with (reported_errors(stopped=lambda: f"; the merge did not finish ({output} is written only once complete); "
                                          f"{START_OVER}"),
          terminate_like_interrupt()):
        counts = merge(str(directory), str(output), overwrite=overwrite)
    print(", ".join(f"{table} {rows:,}" for table, rows in counts.items()) + f" rows -> {output}", file=sys.stderr)
    if leftovers := _unfinished_merges(str(output)):
        print(f"newsmine: warning: {leftovers}", file=sys.stderr)
    if warning := incompleteness(str(directory), allowed=True, command="merge"):  # said last, where a log's reader looks
        print(f"newsmine: warning: {warning}", file=sys.stderr)


def _unfinished_merges(output: str) -> str | None:
    """The warning naming temporary databases of earlier merges into ``output`` left beside it,
    or None. A merge killed with SIGKILL (the OOM killer, a scheduler's hard limit) cannot remove
    its ``X.duckdb.tmp-PID`` (and ``.wal``), as big as it got, and the next merge said nothing of
    it (review48c). Named, not removed: on a shared disk another host's merge may be writing it."""
    import glob
    import os

    found = sorted(path for path in glob.glob(glob.escape(output) + ".tmp-*") if not path.endswith(".wal"))
    if not found:
        return None
    size = sum(os.path.getsize(path) for path in glob.glob(glob.escape(output) + ".tmp-*") if os.path.isfile(path))
    return (f"{', '.join(found)} {'is the temporary database' if len(found) == 1 else 'are the temporary databases'} "
            f"of a merge into {output} that did not finish (killed?), {size / 1e6:,.1f} MB with "
            f"{'its' if len(found) == 1 else 'their'} .wal; remove {'it' if len(found) == 1 else 'them'} unless a "
            "merge is still writing")
