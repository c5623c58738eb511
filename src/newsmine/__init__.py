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

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsmine.articles import Article
    from newsmine.errors import NewsmineError, UsageError
    from newsmine.nlp.model import add_newsmine_components, load_pipeline
    from newsmine.pipeline import Pipeline, analyze
    from newsmine.readers import read_articles
    from newsmine.records import SCHEMA_VERSION, ArticleRecord, record_json_schema

    __version__: str  # made on first use by __getattr__ below; a str for type checkers, not Any

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

# Where each public name lives. They are imported on first use (PEP 562), not with the
# package: the command line's modules are in this package too, and importing spaCy here (5 s
# of imports on a busy machine) ran before `newsmine`'s script could set up its Ctrl-C and
# SIGTERM handling (newsmine.cli.main). `from newsmine import Pipeline` works as before.
_HOMES = {
    "Article": "newsmine.articles",
    "NewsmineError": "newsmine.errors",
    "UsageError": "newsmine.errors",
    "add_newsmine_components": "newsmine.nlp.model",
    "load_pipeline": "newsmine.nlp.model",
    "Pipeline": "newsmine.pipeline",
    "analyze": "newsmine.pipeline",
    "read_articles": "newsmine.readers",
    "SCHEMA_VERSION": "newsmine.records",
    "ArticleRecord": "newsmine.records",
    "record_json_schema": "newsmine.records",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value: Any = _version()
    elif name in _HOMES:
        from importlib import import_module

        value = getattr(import_module(_HOMES[name]), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsmine")
    except PackageNotFoundError:  # running from a source tree without installing
        return "0.0.0+unknown"
