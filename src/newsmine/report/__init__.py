"""Corpus reports: what a set of records holds, at a glance.

:func:`build_report` reads records (JSON Lines, JSON, a DuckDB or SQLite output, or a Parquet
or CSV output directory), limited by a :class:`ReportFilter`, and computes the numbers;
:func:`render_text` lays them out as aligned tables for a terminal and :func:`render_html` as
one self-contained HTML page with inline SVG charts.
``newsmine report`` is the command-line layer over these three.
"""

from newsmine.report.data import CorpusReport, build_report
from newsmine.report.html import render_html
from newsmine.report.sources import ReportFilter
from newsmine.report.text import render_text

__all__ = ["CorpusReport", "ReportFilter", "build_report", "render_html", "render_text"]
