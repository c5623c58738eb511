"""``newsmine eval``: quote attribution quality against BRAT gold (the PolNeAR layout), and
speaker resolution against speaker gold (``--speakers``) from the same extraction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsmine.batch import RunSummary
from newsmine.cli.common import START_OVER, ModelOption, reported_errors
from newsmine.cli.progress import ProgressLine, counted
from newsmine.nlp.model import DEFAULT_MODEL

if TYPE_CHECKING:
    from newsmine.evaluate import EvaluationReport
    from newsmine.records import ArticleRecord

__all__ = ["eval_cli", "format_dates", "format_metadata", "format_report", "format_speakers"]


def eval_cli(
    gold_dir: Annotated[
        Path | None,
        typer.Argument(
            exists=True,
            file_okay=False,
            metavar="GOLD_DIR",
            help="Attribution gold: text/<id>.txt (articles) and attributions/<id>.ann (BRAT standoff), "
                 "as PolNeAR; or a brat annotation folder, each <id>.ann beside its <id>.txt. "
                 "May be left out with --dates or --metadata.",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON: each shared scorer's keys (attributions at the top level, plus "
                                         "'errors'; the others under 'speakers', 'dates', 'metadata').")] = False,
    model: ModelOption = DEFAULT_MODEL,
    examples: Annotated[int, typer.Option(min=0, metavar="N", help="Also show this many examples of each kind of error "
                                                                  "(for speakers, this many in all, as speaker_score.py).")] = 0,
    speakers: Annotated[
        Path | None,
        typer.Option(
            "--speakers",
            exists=True,
            dir_okay=False,
            metavar="GOLD.jsonl",
            help="Also score speaker resolution against this speaker gold (JSON Lines, one line per gold "
                 "Source span of GOLD_DIR's articles: doc, start, end, class, referent, kind, alt; as "
                 "PolNeAR's dev-speakers.jsonl), with the figures of the shared speaker_score.py.",
            show_default=False,
        ),
    ] = None,
    dates: Annotated[
        Path | None,
        typer.Option(
            "--dates",
            exists=True,
            file_okay=False,
            metavar="TIMEX_DIR",
            help="Also score dates against TimeML (TIMEX3) gold: a folder with gold.jsonl (one document a "
                 "line: id, timexes [{start, end, text, type, value}]) and input.jsonl (the articles: id, "
                 "text, published), as ../shared/benchmarks/timebank; the figures of the shared dates_score.py.",
            show_default=False,
        ),
    ] = None,
    metadata: Annotated[
        Path | None,
        typer.Option(
            "--metadata",
            exists=True,
            metavar="PAGES_GOLD_DIR",
            help="Also score web pages' title, authors, date and main text: a folder with gold.jsonl (one "
                 "page a line: id, file, title, authors, date, with, without snippets) and pages/ (the HTML), "
                 "as ../shared/benchmarks/webpages/dev; the figures of the shared metadata_score.py.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Score newsmine against hand-annotated gold: quotes, speakers, dates, web pages.

    Runs extraction (default settings) over GOLD_DIR/text/*.txt and compares the quotes with
    GOLD_DIR/attributions/*.ann (or, in a folder of the brat annotation tool, with the .ann
    beside each .txt): content, attribution (content + source), source, cue and
    direct-quote figures, with the definitions of PolNeAR's shared scorer, and the errors
    by kind (missed, wrong span, spurious, wrong speaker). With --speakers, the same quotes'
    speaker names are judged against the referents of the gold Source spans (accuracy overall
    and by pronoun / description / name, named vs null referents, strict, sure gold only,
    coverage), with the definitions of the shared speaker_score.py.

    With --dates TIMEX_DIR, the dates of that folder's articles are scored against its TIMEX3
    gold as TempEval-3 scores timexes (strict and relaxed span P/R/F1, type and value
    accuracy, value F1), with the definitions of the shared dates_score.py.

    With --metadata PAGES_GOLD_DIR, that folder's pages/ are extracted and their title,
    authors, date and main text scored against its gold.jsonl, with the definitions of the
    shared metadata_score.py.

    One command shape: each kind of gold is named by the argument or an option (GOLD_DIR for
    attributions, --speakers for speaker names on the same articles, --dates and --metadata
    for their folders' own articles); everything named is scored in one run. With --json,
    attribution figures are at the top level as before, the others under "speakers", "dates"
    and "metadata".

    Examples: newsmine eval ../shared/benchmarks/polnear/dev;
    newsmine eval ../shared/benchmarks/polnear/dev --speakers ../shared/benchmarks/polnear/dev-speakers.jsonl;
    newsmine eval --dates ../shared/benchmarks/timebank;
    newsmine eval --metadata ../shared/benchmarks/webpages/dev
    """
    # Imported here: every `newsmine extract` loads this module and does not need the scorer.
    from newsmine.errors import UsageError
    from newsmine.evaluate import evaluate, read_gold_dir, read_speaker_gold
    from newsmine.evaluate.dates import evaluate_dates, read_timex_gold
    from newsmine.evaluate.metadata import evaluate_metadata, read_metadata_gold
    from newsmine.pipeline import Pipeline

    # Progress on stderr as extract draws it: scoring PolNeAR dev printed nothing for a minute.
    progress, done = ProgressLine(), RunSummary()

    def on_record(record: ArticleRecord, total: int) -> None:
        progress.total = total
        done.articles += 1
        done.words += len(record.text.split())
        done.failed += record.status == "error"
        progress(done)

    report, date_figures, metadata_figures = None, None, None
    with reported_errors(on_stop=progress.finish,
                         stopped=lambda: f"; nothing was scored; {START_OVER}"):  # it said "interrupted" alone
        if gold_dir is None and dates is None and metadata is None:
            raise UsageError("nothing to score: give GOLD_DIR (attribution gold), --dates TIMEX_DIR or --metadata "
                             "PAGES_GOLD_DIR; see newsmine eval --help")
        if gold_dir is None and speakers is not None:
            raise UsageError("--speakers scores the quotes of GOLD_DIR's articles: give GOLD_DIR as well")
        if dates is not None:
            read_timex_gold(dates)  # a bad gold is refused before a long run over another
        if metadata is not None:
            read_metadata_gold(metadata)
        pipeline = None
        if sum(gold is not None for gold in (gold_dir, dates, metadata)) > 1:
            # Several golds: the model is loaded once for all (each evaluate_* would load its own).
            if speakers is not None:
                read_speaker_gold(speakers, list(read_gold_dir(gold_dir)))
            pipeline = Pipeline(model) if model else Pipeline()
        if gold_dir is not None:
            report = evaluate(gold_dir, model, pipeline=pipeline, on_record=on_record, speakers=speakers,
                              speaker_examples=examples)
            progress.finish()
        if dates is not None:
            progress, done = ProgressLine(), RunSummary()
            date_figures = evaluate_dates(dates, model, pipeline=pipeline, on_record=on_record, examples=examples)
            progress.finish()
        if metadata is not None:
            progress, done = ProgressLine(), RunSummary()
            metadata_figures = evaluate_metadata(metadata, model, pipeline=pipeline, on_record=on_record, examples=examples)
    progress.finish()
    if as_json:
        result = report.to_dict(examples=examples) if report is not None else {}
        if date_figures is not None:
            result["dates"] = date_figures
        if metadata_figures is not None:
            result["metadata"] = metadata_figures
        typer.echo(json.dumps(result, indent=1, ensure_ascii=False))
        return
    parts = [format_report(report, examples=examples)] if report is not None else []
    if date_figures is not None:
        parts.append("\n".join(format_dates(date_figures)))
    if metadata_figures is not None:
        parts.append("\n".join(format_metadata(metadata_figures)))
    typer.echo("\n\n".join(parts))


def _prf(figures: dict[str, float]) -> str:
    return f"P {figures['p']:.3f}  R {figures['r']:.3f}  F1 {figures['f1']:.3f}"


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_report(report: EvaluationReport, *, examples: int = 0) -> str:
    """The report as text for a terminal. Counts agree with their nouns ("1 article", which a
    one-article gold folder printed as "1 articles"), and a kind of error without examples
    says "(none)" rather than leaving its heading empty."""
    s = report.scores
    c = s["counts"]
    e = report.errors
    lines = [
        (f"{counted(report.documents, 'article')}, {counted(c['gold'], 'gold attribution')} ({c['gold_direct']} with a "
        f"quotation mark), {counted(c['pred'], 'predicted quote')}"),
        f"content            {_prf(s['content'])}",
        f"attribution        {_prf(s['attribution'])}   (content and source right)",
        f"content, lenient   {_prf(s['content_lenient'])}   (prediction covers >= 30% of the gold)",
        f"source accuracy    {_ratio(s['source_accuracy_on_matched'])}   (matched contents with a gold source)",
        f"cue accuracy       {_ratio(s['cue_accuracy_on_matched'])}   (matched contents)",
        f"exact contents     {_ratio(s['exact_content_share'])}   (matched contents)",
        f"direct quotes      recall {_ratio(s['direct_recall'])}, attribution recall {_ratio(s['direct_attrib_recall'])}",
        f"errors             missed {e.missed}, wrong span {e.wrong_span}, spurious {e.spurious}, wrong speaker {e.wrong_speaker}",
    ]
    if examples:
        by_kind: dict[str, list] = {}
        for example in e.examples:
            bucket = by_kind.setdefault(example.kind, [])
            if len(bucket) < examples:
                bucket.append(example)
        for kind in ("missed", "wrong_span", "spurious", "wrong_speaker"):
            lines.append(f"\n{kind.replace('_', ' ')}:")
            if not by_kind.get(kind):
                lines.append("  (none)")
            for ex in by_kind.get(kind, []):
                lines.append(f"  [{ex.document}]")
                if ex.gold is not None:
                    lines.append(f"    gold: {_short(ex.gold)}  <- {ex.gold_source!r} ({ex.gold_cue!r})")
                if ex.predicted is not None:
                    lines.append(f"    ours: {_short(ex.predicted)}  <- {ex.predicted_speaker!r} ({ex.predicted_cue!r})")
    if report.speakers is not None:
        lines += ["", *format_speakers(report.speakers)]
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "  -  " if value is None else f"{100 * value:5.1f}"


def format_speakers(figures: dict) -> list[str]:
    """The speaker figures as the shared speaker_score.py prints them (its rows, its percentages)."""
    classes = ("pronoun", "description", "name")
    c = figures["counts"]

    def row(label: str, values: dict) -> str:
        return f"{label:<26} {_pct(values['overall'])}   " + "   ".join(_pct(values[k]) for k in classes)

    scored, total = sum(c["scored_attributions"].values()), sum(c["gold_attributions"].values())
    lines = [
        f"speaker resolution against {figures['gold']}",
        (f"{scored} of {total} gold attributions with an annotated source are matched by a predicted quote; "
        f"{sum(c['gold_sources_matched'].values())} of {sum(c['gold_sources'].values())} gold sources have one"),
        "",
        f"{'% right':<26} {'all':>5}   {'pron':>5}   {'desc':>5}   {'name':>5}",
        row("accuracy", figures["accuracy"]),
    ]
    for half in ("named", "null"):
        right, n = (sum(c["named_vs_null"][k][half][i] for k in classes) for i in (0, 1))
        split = {"overall": right / n if n else None, **{k: figures["accuracy_named_vs_null"][k][half] for k in classes}}
        lines.append(row(f"  {half} referents ({n})", split))
    coverage = figures["coverage"]
    lines += [
        row("accuracy_strict", figures["accuracy_strict"]),
        row("accuracy_sure_gold_only", figures["accuracy_sure_gold_only"]),
        row("coverage (sources)", {"overall": coverage["sources"], **{k: coverage[k] for k in classes}}),
        "",
        f"speaker span on the gold source: {c['speaker_span_on_gold_source']} of {scored} scored; right by: "
        + ", ".join(f"{how} {count}" for how, count in sorted(c["right_by"].items(), key=lambda kv: -kv[1])),
    ]
    if c["missing_docs"]:
        lines.append(f"articles with no record: {c['missing_docs']}")
    if figures["error_patterns"]:
        lines += ["", "speaker errors:", *(f"  {count:4d}  {pattern}" for pattern, count in figures["error_patterns"].items())]
    for ex in figures.get("examples") or []:
        mention = '"' + " ".join(ex["pred_text"].split()) + '"' if ex["pred_text"] is not None else None
        lines += ["", f"[{ex['class']}] {ex['doc']}", "  " + ex["context"],
                  f"  gold: {ex['referent']} | predicted: {ex['pred_name']} (mention {mention}, kind {ex['pred_kind']}) -- {ex['pattern']}"]
    return lines


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _date_row(name: str, docs: int, s: dict) -> str:
    return (f"{name:<10} {docs:>5} {s['gold']:>6} {s['pred']:>6}  "
            f"{s['strict']['p']:.3f} {s['strict']['r']:.3f} {s['strict']['f1']:.3f}   "
            f"{s['relaxed']['p']:.3f} {s['relaxed']['r']:.3f} {s['relaxed']['f1']:.3f}   "
            f"{s['type_accuracy']:.3f}     {s['value_accuracy']:.3f}     {s['value_f1']:.3f}")


def format_dates(figures: dict) -> list[str]:
    """The date figures as the shared dates_score.py prints its table (examples as in its --json)."""
    info, scores, gold = figures["records"], figures["scores"], figures["gold"]
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(info["kinds"].items(), key=lambda kv: -kv[1]))
    lines = [
        (f"gold: {gold['docs']} docs, {gold['timexes']} timexes | records: {info['records']} "
        f"(error {info['error_records']}, text mismatch {info['text_mismatch']}, missing docs {info['missing_docs']})"
        f" | predicted kinds: {kinds or 'none'}"),
        "",
        (f"{'':<10} {'docs':>5} {'gold':>6} {'pred':>6}  {'strict P/R/F1':<17}   {'relaxed P/R/F1':<17}   "
        "type acc  value acc  value F1"),
        _date_row("all", gold["docs"], scores),
        *(_date_row(corpus, s["docs"], s) for corpus, s in (figures.get("by_corpus") or {}).items()),
        "",
        f"by gold type (all docs): {'gold':>5}  relaxed R  strict R  value acc (on matched)",
    ]
    for t, c in scores["by_gold_type"].items():
        va = "-" if c["value_accuracy_on_matched"] is None else f"{c['value_accuracy_on_matched']:.3f}"
        lines.append(f"  {t:<22} {c['gold']:>5}  {c['relaxed_recall']:>9.3f}  {c['strict_recall']:>8.3f}  {va:>9}")
    lines += [
        "",
        (f"value right: {scores['value_correct']} of {scores['relaxed_matches']} pairs "
        f"({scores['value_correct_exact_strings']} as exact strings); null value on {scores['value_null_on_matches']} pairs"),
        "errors: " + ", ".join(f"{k} {v}" for k, v in scores["errors"].items()),
    ]
    for kind, found in (figures.get("examples") or {}).items():
        if not found["count"]:
            continue
        lines.append(f"\n== {kind} ({found['count']}) ==")
        for row in found["shown"]:
            parts = [row["doc"]] + [f"{key} {row[key]['context']} {row[key]['type']} {row[key]['value']}"
                                    for key in ("gold", "pred") if key in row]
            lines.append("  " + " | ".join(parts))
    return lines


def _json_short(value: object, width: int = 90) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def format_metadata(figures: dict) -> list[str]:
    """The page figures as the shared metadata_score.py prints its table."""
    c, t, a, d, x = figures["counts"], figures["title"], figures["authors"], figures["date"], figures["text"]
    n = figures["pages"]
    lines = [
        f"pages {n}: records matched {c['records_matched']}, missing {c['missing_records']}, "
        f"error records {c['error_records']}" + (f" {c['errors_by_type']}" if c["errors_by_type"] else "")
        + f", not in gold {c['records_not_in_gold']}"
        + (f", duplicate ids {c['duplicate_ids']}" if c["duplicate_ids"] else "")
        + (f", unreadable lines {c['unreadable_lines']}" if c["unreadable_lines"] else ""),
        (f"title    accuracy {t['accuracy']:.3f} ({t['exact']}/{n}); wrong: site suffix {t['site_suffix']}, "
        f"other containing {t['other_contains']}, missing {t['missing']}, other {t['wrong']}"),
        (f"authors  exact set {a['exact']:.3f} ({a['exact_count']}/{n}); names P {a['precision']:.3f} "
        f"R {a['recall']:.3f} F1 {a['f1']:.3f}; empty predictions {a['empty_predictions']}"),
        (f"date     accuracy {d['accuracy']:.3f} ({d['exact']}/{n}); wrong: off by one day {d['off_by_one']}, "
        f"missing {d['missing']}, other {d['wrong']}"),
        (f"text     with recall {x['with_recall']:.3f} ({x['with_found']}/{x['with_total']}); without absent "
        f"{x['without_absent']:.3f} ({x['without_total'] - x['without_found']}/{x['without_total']}); "
        f"trafilatura P {x['precision']:.3f} F1 {x['f1']:.3f}"),
    ]
    for field, items in figures["examples"].items():
        if not items:
            continue
        lines.append(f"\n{field}: wrong examples")
        for e in items:
            if field == "text":
                lines.append(f"  {e['id']} [{e['status']}]: missed {_json_short(e['with_missed'])}; "
                             f"boilerplate kept {_json_short(e['without_found'])}")
            else:
                outcome = f" [{e['outcome']}]" if "outcome" in e else ""
                lines.append(f"  {e['id']}{outcome}: gold {_json_short(e['gold'], 70)} | pred {_json_short(e['pred'], 70)}")
    return lines
