"""The outlets named with ``newsmine report --outlet`` that no record holds, said in the report.

``--outlet`` matches the records' ``outlet`` exactly, as the researcher's own SQL would. A name
written otherwise ("Harbor Times" for "Harbour Times", "the guardian" for "The Guardian") matched
nothing without a word: alone it gave an all-zero report whose note said only that outlets must
be written as in the records; beside a right name (``--outlet "Le Monde" --outlet "Harbor
Times"``) the report of one outlet read as the comparison of two. The note names each such
outlet, the nearest names the records hold, and how many outlets they hold, so the fix is on the
screen. Matching stays exact: a report that guessed would count another outlet's articles.
"""

from __future__ import annotations

import difflib
import shlex

from newsmine.report.text import _plural

__all__ = ["unknown_outlet_notes"]

# How many of the records' outlets a note names when none is near the name given.
_OUTLETS_SHOWN = 5
# difflib's cutoff for "did you mean": close enough for a letter or two, a case, a "The".
_NEAR = 0.6


def unknown_outlet_notes(named: tuple[str, ...] | list[str], held: list[tuple[str, int]]) -> list[str]:
    """One note per outlet in ``named`` that no article of ``held`` has. ``held``: (outlet,
    articles) of the records, before any limit, most articles first.

    The names after ``--outlet`` are quoted for the shell (:func:`shlex.quote`), so the suggestion
    can be pasted as it stands: "Reader's Digest" written in bare single quotes left the command
    with an unclosed quote. The names a list only shows stay in plain single quotes."""
    counts = dict(held)
    by_fold: dict[str, str] = {}
    for outlet, _ in held:
        by_fold.setdefault(outlet.casefold(), outlet)
    notes = []
    for name in named:
        if name in counts:
            continue
        near = [by_fold[fold] for fold in difflib.get_close_matches(name.casefold(), list(by_fold), n=3, cutoff=_NEAR)]
        if near:
            hint = "did you mean " + " or ".join(f"--outlet {shlex.quote(outlet)} ({_plural(counts[outlet], 'article')})" for outlet in near) + "?"
        elif held:
            shown = ", ".join(f"'{outlet}' ({n:,})" for outlet, n in held[:_OUTLETS_SHOWN])
            more = f" and {len(held) - _OUTLETS_SHOWN:,} more" if len(held) > _OUTLETS_SHOWN else ""
            hint = f"the records' outlets are {shown}{more}"
        else:
            hint = "the records name no outlet (give one at extraction: newsmine extract --outlet NAME)"
        notes.append(f"--outlet {shlex.quote(name)} matches no article (outlets are matched exactly); {hint}")
    return notes
