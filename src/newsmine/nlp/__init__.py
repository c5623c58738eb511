"""spaCy side of newsmine: model loading and the pipeline components.

Importing this package registers the components (``newsmine_paragraphs_v1``,
``newsmine_entities_v1``, ``newsmine_dates_v1``, ``newsmine_quotes_v1``) with spaCy, so a pipeline config can name them.
"""

from newsmine.nlp import dates as _dates  # noqa: F401  (registers the factory)
from newsmine.nlp import entities as _entities  # noqa: F401
from newsmine.nlp import paragraphs as _paragraphs  # noqa: F401
from newsmine.nlp import quotes as _quotes  # noqa: F401
from newsmine.nlp.model import DEFAULT_MODEL, load_pipeline

__all__ = ["DEFAULT_MODEL", "load_pipeline"]
