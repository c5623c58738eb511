"""spaCy side of newsmine: model loading, the pipeline components and their results.

Importing this package registers the components (``newsmine_paragraphs_v1``,
``newsmine_entities_v1``, ``newsmine_dates_v1``, ``newsmine_quotes_v1``; see
:mod:`newsmine.nlp.components`) with spaCy, so a pipeline config can name them.
:func:`entities_of`, :func:`dates_of` and :func:`quotes_of` read their results off a Doc.
"""

from newsmine.nlp import components as _components  # noqa: F401  (registers the factories)
from newsmine.nlp.model import DEFAULT_MODEL, load_pipeline
from newsmine.nlp.results import dates_of, entities_of, quotes_of

__all__ = ["DEFAULT_MODEL", "dates_of", "entities_of", "load_pipeline", "quotes_of"]
