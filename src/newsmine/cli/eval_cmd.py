"""``newsmine eval``: quote attribution quality against BRAT gold (the PolNeAR layout)."""

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

__all__ = ["eval_cli", "format_report"]


def eval_cli(
    gold_dir: Annotated[
        Path,
        typer.Argument(
            exists=True,
            file_okay=False,
            metavar="GOLD_DIR",
            help="Gold directory: text/<id>.txt (articles) and attributions/<id>.ann (BRAT standoff), "
                 "as PolNeAR; or a brat annotation folder, each <id>.ann beside its <id>.txt.",
            show_default=False,
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON (the shared scorer's keys plus 'errors').")] = False,
    model: ModelOption = DEFAULT_MODEL,
    examples: Annotated[int, typer.Option(min=0, metavar="N", help="Also show this many examples of each kind of error.")] = 0,
) -> None:
    """Score newsmine's quotes against hand-annotated attributions.

    Runs extraction (default settings) over GOLD_DIR/text/*.txt and compares the quotes with
    GOLD_DIR/attributions/*.ann (or, in a folder of the brat annotation tool, with the .ann
    beside each .txt): content, attribution (content + source), source, cue and
    direct-quote figures, with the definitions of PolNeAR's shared scorer, and the errors
    by kind (missed, wrong span, spurious, wrong speaker).

    Example: newsmine eval ../shared/benchmarks/polnear/dev
    """
    # Imported here: every `newsmine extract` loads this module and does not need the scorer.
    from newsmine.evaluate import evaluate

    # Progress on stderr as extract draws it: scoring PolNeAR dev printed nothing for a minute.
    progress, done = ProgressLine(), RunSummary()

    def on_record(record: ArticleRecord, total: int) -> None:
        progress.total = total
        done.articles += 1
        done.words += len(record.text.split())
        done.failed += record.status == "error"
        progress(done)

    with reported_errors(on_stop=progress.finish,
                         stopped=lambda: f"; nothing was scored; {START_OVER}"):  # it said "interrupted" alone
        report = evaluate(gold_dir, model, on_record=on_record)
    progress.finish()
    if as_json:
        typer.echo(json.dumps(report.to_dict(examples=examples), indent=1, ensure_ascii=False))
    else:
        typer.echo(format_report(report, examples=examples))


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
        f"{counted(report.documents, 'article')}, {counted(c['gold'], 'gold attribution')} ({c['gold_direct']} with a "
        f"quotation mark), {counted(c['pred'], 'predicted quote')}",
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
    return "\n".join(lines)


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
