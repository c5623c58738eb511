"""Small SVG charts, drawn here rather than by a charting library so the report needs no
JavaScript and no network: each function returns one ``<svg>`` element as a string, to be
placed inline in the HTML page (no ``xmlns`` needed there). Colours come from CSS classes
the page defines (``bar``, ``bar-person``, ``cell``, ...), so the charts follow its style.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

__all__ = ["Bar", "column_chart", "heatmap", "hbar_chart", "share_bar"]

_CHAR_WIDTH = 6.6  # average glyph width at 12px in the page's sans-serif font, for layout


def _text_width(text: str) -> float:
    """Rough width in pixels of ``text`` at 12px: capitals and wide letters count more, so
    labels are not clipped (the page does not run script, so text cannot be measured)."""
    width = 0.0
    for ch in text:
        if ch.isupper() or ch in "mwMW@%":
            width += 9.0
        elif ch in "ilj.,;:'|!() ":
            width += 4.0
        else:
            width += 7.5
    return width


def _text(x: float, y: float, content: str, *, anchor: str = "start", css: str = "label", extra: str = "") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" class="{css}"{extra}>{escape(content)}</text>'


def _shorten(label: str, max_chars: int) -> str:
    return label if len(label) <= max_chars else label[: max_chars - 1] + "…"


def _svg(width: float, height: float, body: list[str], title: str) -> str:
    return (f'<svg viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}" role="img" '
            f'aria-label="{escape(title)}"><title>{escape(title)}</title>{"".join(body)}</svg>')


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    css: str = "bar"  # CSS class of the bar's rectangle
    note: str = ""  # shown after the value, e.g. a share


def hbar_chart(bars: Sequence[Bar], *, title: str, width: int = 520, bar_height: int = 18, label_chars: int = 26) -> str:
    """Horizontal bars, longest first as given; labels left, values at the bar ends."""
    if not bars:
        return _svg(width, 30, [_text(0, 20, "nothing to show", css="muted")], title)
    label_width = max(_text_width(_shorten(b.label, label_chars)) for b in bars) + 10
    value_width = max(_text_width(f"{b.value:,.0f}{b.note}") for b in bars) + 12
    plot = max(width - label_width - value_width, 40)
    top = max(b.value for b in bars) or 1
    step = bar_height + 6
    body = []
    for i, bar in enumerate(bars):
        y = i * step
        length = plot * bar.value / top
        shown = _shorten(bar.label, label_chars)
        tooltip = f"<title>{escape(bar.label)}: {bar.value:,.0f}{escape(bar.note)}</title>"
        body.append(f"<g>{tooltip}{_text(label_width - 8, y + bar_height * 0.72, shown, anchor='end')}"
                    f'<rect x="{label_width:.1f}" y="{y}" width="{max(length, 1):.1f}" height="{bar_height}" class="{bar.css}"/>'
                    f"{_text(label_width + length + 5, y + bar_height * 0.72, f'{bar.value:,.0f}{bar.note}', css='value')}</g>")
    return _svg(width, len(bars) * step, body, title)


def _nice_step(top: float, ticks: int = 4) -> float:
    raw = max(top, 1) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return max(factor * magnitude, 1)
    return 10 * magnitude


def column_chart(labels: Sequence[str], values: Sequence[float], *, title: str, width: int = 1000, height: int = 240) -> str:
    """Vertical columns on a labelled axis (a time series); x labels thinned so they never overlap."""
    if not values:
        return _svg(width, 30, [_text(0, 20, "nothing to show", css="muted")], title)
    left, bottom, top_pad = 44, 58, 10
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    step = _nice_step(max(values))
    y_max = step * math.ceil(max(max(values), 1) / step)
    slot = plot_w / len(values)
    body = []
    tick = 0.0
    while tick <= y_max + 1e-9:
        y = top_pad + plot_h * (1 - tick / y_max)
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" class="grid"/>')
        body.append(_text(left - 6, y + 4, f"{tick:,.0f}", anchor="end", css="axis"))
        tick += step
    label_every = max(1, math.ceil(max(len(label) for label in labels) * _CHAR_WIDTH * 0.75 / slot))
    for i, (label, value) in enumerate(zip(labels, values)):
        x = left + i * slot
        h = plot_h * value / y_max
        body.append(f'<rect x="{x + slot * 0.12:.1f}" y="{top_pad + plot_h - h:.1f}" width="{slot * 0.76:.1f}" '
                    f'height="{h:.1f}" class="bar"><title>{escape(label)}: {value:,.0f}</title></rect>')
        if i % label_every == 0:
            cx, cy = x + slot / 2, top_pad + plot_h + 12
            body.append(_text(cx, cy, label, anchor="end", css="axis", extra=f' transform="rotate(-40 {cx:.1f} {cy:.1f})"'))
    body.append(f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{left + plot_w}" y2="{top_pad + plot_h}" class="axis-line"/>')
    return _svg(width, height, body, title)


def heatmap(rows: Sequence[str], columns: Sequence[str], counts: dict[tuple[str, str], int], *, title: str,
            cell: int = 40, label_chars: int = 24) -> str:
    """A grid of counts: darker cells for larger counts, the count written in each non-empty cell."""
    if not rows or not columns:
        return _svg(400, 30, [_text(0, 20, "no co-mentions to show", css="muted")], title)
    label_width = max(_text_width(_shorten(r, label_chars)) for r in rows) + 10
    header = max(_text_width(_shorten(c, label_chars)) for c in columns) * 0.72 + 16
    top = max(counts.values(), default=1) or 1
    body = []
    for j, column in enumerate(columns):
        cx, cy = label_width + j * cell + cell / 2, header - 6
        body.append(_text(cx, cy, _shorten(column, label_chars), css="axis",
                          extra=f' transform="rotate(-45 {cx:.1f} {cy:.1f})"'))
    for i, row in enumerate(rows):
        y = header + i * cell
        body.append(_text(label_width - 8, y + cell / 2 + 4, _shorten(row, label_chars), anchor="end"))
        for j, column in enumerate(columns):
            n = counts.get((row, column), 0)
            x = label_width + j * cell
            opacity = 0.12 + 0.88 * n / top if n else 0
            css = "cell" if n else "cell-empty"
            body.append(f'<rect x="{x + 1}" y="{y + 1}" width="{cell - 2}" height="{cell - 2}" class="{css}" '
                        f'fill-opacity="{opacity:.2f}"><title>{escape(row)} quoted on {escape(column)}: {n}</title></rect>')
            if n:
                body.append(_text(x + cell / 2, y + cell / 2 + 4, str(n), anchor="middle",
                                  css="cell-text-dark" if opacity > 0.55 else "cell-text"))
    return _svg(label_width + len(columns) * cell + header * 0.7, header + len(rows) * cell + 4, body, title)


def share_bar(parts: Sequence[tuple[str, int, str]], *, title: str, width: int = 1000, height: int = 26) -> str:
    """One bar split into shares (label, count, CSS class), with a legend below."""
    total = sum(n for _, n, _ in parts)
    body = []
    x = 0.0
    for label, n, css in parts:
        if not n:
            continue
        w = width * n / total
        body.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{height}" class="{css}">'
                    f"<title>{escape(label)}: {n:,} ({100 * n / total:.1f}%)</title></rect>")
        if w > 60:
            body.append(_text(x + 6, height * 0.68, f"{100 * n / total:.0f}%", css="on-bar"))
        x += w
    legend_x = 0.0
    for label, n, css in parts:
        body.append(f'<rect x="{legend_x:.1f}" y="{height + 10}" width="12" height="12" class="{css}"/>')
        entry = f"{label}: {n:,}"
        body.append(_text(legend_x + 17, height + 20, entry))
        legend_x += 17 + _text_width(entry) + 22
    if not total:
        body.insert(0, _text(0, height * 0.68, "no quotes", css="muted"))
    return _svg(width, height + 28, body, title)
