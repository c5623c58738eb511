"""The report as plain text: aligned tables for a terminal (or a log, or an email)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmine.report.sections import THIN_WORDS, CorpusReport, DataQuality

_QUOTE_CHARS = 160  # example quotes longer than this are cut, with an ellipsis
_TITLE_CHARS = 40  # a speaker's titles, most common first, are cut to this

__all__ = ["format_table", "render_text"]


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return "" if value is None else str(value)


_NUMBER_TEXT = re.compile(r"^(-|[\d.,]+%?)$")


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) or (isinstance(value, str) and bool(_NUMBER_TEXT.match(value)))


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]], *, indent: str = "  ", header: bool = True) -> str:
    """Columns padded to a common width: numbers (and percentages) right-aligned, text left-aligned."""
    cells = [[_cell(v) for v in row] for row in rows]
    numeric = [bool(rows) and all(_is_number(row[i]) for row in rows) for i in range(len(headers))]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)]
        return (indent + "  ".join(parts)).rstrip()

    head = [line(headers), line(["-" * w for w in widths])] if header else []
    return "\n".join([*head, *(line(row) for row in cells)])


def _not_analysed(t) -> str:
    """The records read but not analysed (status "skipped": ThinPage, OtherLanguage), when any:
    "3 (1 ok, 0 failed)" left two of three articles unaccounted for."""
    skipped = t.articles - t.ok - t.failed
    return f"{skipped:,} not analysed, " if skipped > 0 else ""


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def render_text(report: CorpusReport) -> str:
    t, s = report.totals, report.sources
    if t.first_published:
        dates = f"{t.first_published.isoformat()} to {t.last_published.isoformat()}"
    else:
        dates = "no publication dates"
    if t.undated:
        dates += f" ({_plural(t.undated, 'ok article')} undated)"
    out = [
        f"newsmine report: {report.source}",
        *([f"limited to: {report.filters}"] if report.filters else []),
        "",
        "Corpus",
        format_table(["", ""], [
            ["articles", f"{t.articles:,} ({t.ok:,} ok, {_not_analysed(t)}{t.failed:,} failed)"],
            ["words", f"{t.words:,}"],
            ["outlets", t.outlets_in_words],
            ["published", dates],
            ["entities", f"{t.entities:,} ({t.mentions:,} mentions)"],
            ["quotes", f"{t.quotes:,}"],
        ], header=False),
        *("  note: " + note for note in report.notes),
        "",
        f"Quote sources (anonymous: {_percent(s.anonymous, s.total)} of {s.total:,} quotes)",
        format_table(["source", "quotes", "share"], [
            ["named (person or organisation)", s.named, _percent(s.named, s.total)],
            ["anonymous", s.anonymous, _percent(s.anonymous, s.total)],
            ["unresolved", s.unresolved, _percent(s.unresolved, s.total)],
            ["no speaker found", s.none, _percent(s.none, s.total)],
        ]),
        "",
        *_gender(report),
        f"Top quoted speakers (top {report.top})" + (f"; {report.speakers_count}" if report.speakers_count else ""),
        format_table(["#", "speaker", "kind", "quotes", "articles", "outlets", "titles"],
                     [[i, r.name, r.kind, r.quotes, r.articles, r.outlets or "-", shorten("; ".join(r.titles), _TITLE_CHARS)]
                      for i, r in enumerate(report.top_speakers, 1)])
        if report.top_speakers else "  (no named speakers)",
        *("  note: " + note for note in report.surname_notes),
        *(["  note: " + report.no_outlet_note] if report.no_outlet_note else []),
        "",
        *_examples(report),
        f"Most mentioned entities by type (top {report.top} each)",
    ]
    if not report.entity_types:
        out.append("  (no entities)")
    for entity_type in report.entity_types:
        out.append(f"  {entity_type.label}: {entity_type.entities:,} {'entity' if entity_type.entities == 1 else 'entities'}, "
                   f"{_plural(entity_type.mentions, 'mention')}")
        out.append(format_table(["name", "mentions", "articles"],
                                [[r.name, r.mentions, r.articles] for r in report.top_entities[entity_type.label]], indent="    "))
    out += [
        "",
        "Quotes per outlet (ok articles)",
        format_table(["outlet", "articles", "quotes", "quotes/article", "anonymous"],
                     [[r.outlet, r.articles, r.quotes, r.quotes_per_article, _percent(r.anonymous, r.quotes)] for r in report.outlets])
        if report.outlets else "  (no articles)",
        "",
        f"Quotes over time (by {report.timeline_unit} published; empty {report.timeline_unit}s left out)",
    ]
    dated = [[b.label, b.articles, b.quotes] for b in report.timeline if b.articles]
    if dated:
        out.append(format_table([report.timeline_unit, "articles", "quotes"], dated))
    else:
        out.append("  (no publication dates)")
    if report.undated_quotes:
        out.append(f"  {_plural(report.undated_quotes, 'quote')} in undated articles not shown")
    out += ["", *_outlets_compared(report)]
    if report.quality is not None:
        out += ["", *_quality(report.quality, report.totals.ok, report.sources.total, report.totals.articles)]
    return "\n".join(out) + "\n"


def shorten(text: str, limit: int = _QUOTE_CHARS) -> str:
    """``text`` on one line, cut at a word boundary with an ellipsis when longer than ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _examples(report: CorpusReport) -> list[str]:
    if not any(report.examples.values()):
        return []
    out = [("What the top speakers said (their own words in quotation marks; reported speech, mixed quotes included, "
           "marked; one per article first)")]
    for speaker in report.top_speakers:
        out.append(f"  {speaker.name}")
        for example in report.examples.get(speaker.name, []):
            where = ", ".join(part for part in (example.outlet, example.published.isoformat() if example.published else None)
                              if part)
            source = f"{example.title or example.article_id}" + (f" ({where})" if where else "")
            words = shorten(example.words)
            out.append(f"    “{words}”" if example.quoted else f"    (reported) {words}")
            out.append(f"        — {source}")
    return [*out, ""]


def _gender(report: CorpusReport) -> list[str]:
    g = report.gender
    title = (f"Quotes by gender (women: {_percent(g.female, g.total)} of {_plural(g.total, 'quote')} by people; "
             "the gender the article states)")
    if not g.total:
        return [title, "  (no quotes by people)", ""]
    rows = [[share.outlet or "all outlets", share.total, _percent(share.female, share.total),
             _percent(share.male, share.total), _percent(share.unknown, share.total)]
            for share in (g, *(report.gender_by_outlet if len(report.gender_by_outlet) > 1 else ()))]
    return [title, format_table(["", "quotes", "women", "men", "unknown"], rows), ""]


def _outlets_compared(report: CorpusReport) -> list[str]:
    title = "Outlets compared (share of each outlet's quotes by source; top speakers)"
    if not report.outlets_compared:
        return [title, "  (no outlets)"]
    headers = ["outlet", "quotes", "named", "anonymous", "unresolved", "no speaker",
               *report.category_names, "top speakers"]
    rows = []
    for o in report.outlets_compared:
        rows.append([o.outlet, o.quotes, _percent(o.named, o.quotes), _percent(o.anonymous, o.quotes),
                     _percent(o.unresolved, o.quotes), _percent(o.no_speaker, o.quotes),
                     *(_percent(o.categories.get(name, 0), o.quotes) for name in report.category_names),
                     ", ".join(f"{name} {n}" for name, n in o.top_speakers) or "-"])
    return [title, format_table(headers, rows)]


def _quality(q: DataQuality, ok_articles: int, quotes: int, articles: int) -> list[str]:
    out = ["Data quality"]
    if q.errors:
        out.append(format_table(["not analysed", "articles", "example"],
                                [[e.kind, e.articles, f"{e.example_id}: {shorten(e.example_message or '', 70)}"] for e in q.errors]))
    else:
        out.append("  every article was analysed (no error records)")
    thin = f"  thin articles (ok, under {THIN_WORDS} words): {q.thin:,} of {ok_articles:,}"
    if q.thin_examples:
        thin += f" (e.g. {', '.join(q.thin_examples[:3])})"
    out += [thin, f"  ok articles without an outlet: {q.no_outlet:,}; without a title: {q.no_title:,}"]
    unresolved = f"  quotes with an unresolved speaker: {q.unresolved_quotes:,} of {quotes:,} ({_percent(q.unresolved_quotes, quotes)})"
    if q.unresolved_speakers:
        unresolved += "; most often: " + ", ".join(f"'{words}' {n}" for words, n in q.unresolved_speakers[:5])
    out += [unresolved, f"  quotes with no speaker found: {q.no_speaker_quotes:,} of {quotes:,} ({_percent(q.no_speaker_quotes, quotes)})"]
    if q.languages is not None:
        # "-" when no article is left (limits matching nothing): the line ended blank.
        out.append("  languages: " + (", ".join(f"{language} {n:,}" for language, n in q.languages) or "-"))
    return out + _warnings(q, articles)


def _warnings(q: DataQuality, articles: int) -> list[str]:
    """The records' warnings (article_warnings): how many articles, and the commonest kinds."""
    if q.warned_articles is None:
        return ["  articles with warnings: not in these tables (written by a newsmine before article_warnings; "
                "extract again, or report on the JSON Lines records)"]
    out = [f"  articles with warnings (article_warnings): {q.warned_articles:,} of {articles:,}"
           + (f", {_plural(q.warnings, 'warning')}; most common:" if q.warnings else "")]
    if q.common_warnings:
        out.append(format_table(["warning (an example of each kind)", "articles", "e.g. article"],
                                [[shorten(w.example_warning, 90), w.articles, w.example_id] for w in q.common_warnings]))
    return out
