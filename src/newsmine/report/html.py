"""The report as one self-contained HTML page.

Self-contained means: one file, styles inline, charts as inline SVG drawn by
:mod:`newsmine.report.svg`, no script, no font, no image, nothing that makes a browser ask
the network for anything. It can be mailed, archived or opened offline and looks the same.
"""

from __future__ import annotations

from newsmine.report import svg
from newsmine.report.sections import THIN_WORDS, CorpusReport
from newsmine.report.text import shorten

__all__ = ["render_html"]

_KIND_CSS = {"person": "bar-person", "organisation": "bar-org"}
_ENTITY_PANELS = 6  # entity types shown as small multiples (by total mentions)
_ENTITY_PANEL_ROWS = 8


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def render_html(report: CorpusReport) -> str:
    import jinja2

    from newsmine import __version__

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsmine.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    s = report.sources
    charts = {
        "sources": svg.share_bar([
            ("named", s.named, "share-named"), ("anonymous", s.anonymous, "share-anon"),
            ("unresolved", s.unresolved, "share-unresolved"), ("no speaker found", s.none, "share-none"),
        ], title="Who the quotes are attributed to"),
        "gender": svg.share_bar([
            ("women", report.gender.female, "share-female"), ("men", report.gender.male, "share-male"),
            ("unknown", report.gender.unknown, "share-none"),
        ], title="Quotes by people, by the gender the article states"),
        "speakers": svg.hbar_chart(
            [svg.Bar(r.name, r.quotes, _KIND_CSS.get(r.kind, "bar")) for r in report.top_speakers],
            title="Top quoted speakers" + (f" ({report.speakers_count})" if report.speakers_count else ""), width=560),
        "entity_types": svg.hbar_chart(
            [svg.Bar(t.label, t.mentions) for t in report.entity_types], title="Entity mentions by type", width=560),
        "entity_panels": [
            (t, svg.hbar_chart([svg.Bar(r.name, r.mentions, f"bar-{t.label.lower()}")
                                for r in report.top_entities[t.label][:_ENTITY_PANEL_ROWS]],
                               title=f"Most mentioned {t.label}", width=330, bar_height=15, label_chars=24))
            for t in report.entity_types[:_ENTITY_PANELS]
        ],
        "timeline": svg.column_chart([b.label for b in report.timeline], [b.quotes for b in report.timeline],
                                     title=f"Quotes per {report.timeline_unit} published"),
        "co_mentions": svg.heatmap(report.co_mentions.speakers, report.co_mentions.entities, report.co_mentions.counts,
                                   title="Entities mentioned inside each speaker's quotes"),
        "outlets": svg.hbar_chart(
            [svg.Bar(o.outlet, o.quotes, note=f" ({_percent(o.anonymous, o.quotes)} anon.)") for o in report.outlets[:15]],
            title="Quotes per outlet", width=560),
    }
    template = env.get_template("report.html.j2")
    return template.render(report=report, t=report.totals, s=s, charts=charts, percent=_percent, version=__version__,
                           markup=jinja2.utils.markupsafe.Markup, shorten=shorten, thin_words=THIN_WORDS)
