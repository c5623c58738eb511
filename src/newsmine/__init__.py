"""newsmine: news articles in, structured records out.

Who is mentioned, who is quoted, what they said, to whom and when: one
:class:`ArticleRecord` per article, from the command line (``newsmine extract``) or from
Python::

    import newsmine
    record = newsmine.analyze(text, published="2025-03-20")
    for quote in record.quotes:
        print(quote.speaker.name if quote.speaker else None, quote.text)

    pipeline = newsmine.Pipeline()          # loads the model once
    for record in pipeline.process(newsmine.read_articles(["articles/"])):
        ...
"""

from importlib.metadata import PackageNotFoundError, version

from newsmine.articles import Article
from newsmine.errors import NewsmineError, UsageError
from newsmine.nlp.model import add_newsmine_components, load_pipeline
from newsmine.pipeline import Pipeline, analyze
from newsmine.readers import read_articles
from newsmine.records import SCHEMA_VERSION, ArticleRecord, record_json_schema

try:
    __version__ = version("newsmine")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+unknown"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticleRecord",
    "NewsmineError",
    "Pipeline",
    "UsageError",
    "__version__",
    "add_newsmine_components",
    "analyze",
    "load_pipeline",
    "read_articles",
    "record_json_schema",
]
