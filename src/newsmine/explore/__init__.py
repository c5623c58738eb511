"""Browse a SQLite output in Datasette (``newsmine explore``): the tables with their
descriptions and facets, canned queries, and each quote in its paragraph.

Needs the ``explore`` extra (``pip install 'newsmine[explore]'``); :func:`paragraph_bounds`
and :func:`quote_in_context` do not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsmine.explore.context import QuoteInContext, paragraph_bounds, quote_in_context
from newsmine.explore.metadata import datasette_metadata

__all__ = ["QuoteInContext", "datasette_metadata", "open_datasette", "paragraph_bounds", "quote_in_context"]

_PLUGIN_NAME = "newsmine"


def open_datasette(path: str | Path, *, settings: dict[str, Any] | None = None):
    """A Datasette instance serving the newsmine SQLite output at ``path``, with newsmine's
    metadata and plugin. Serve it with ``uvicorn.run(datasette.app())`` or query it with
    ``await datasette.client.get(...)``."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from newsmine.explore import plugin

    metadata = datasette_metadata(path)  # refuses a file that is not a newsmine SQLite output
    if pm.get_plugin(_PLUGIN_NAME) is None:
        pm.register(plugin, name=_PLUGIN_NAME)
    return Datasette([str(path)], metadata=metadata, settings=settings)
