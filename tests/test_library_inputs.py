"""What a program embedding newsmine gets for inputs of the wrong type, and from threads.

A backend developer's walk through the README's "Python library" (session 47, newuser47a):
an ``Article`` whose text was ``bytes`` (or whose id was an ``int``) vanished from
``Pipeline.process`` without a record, ``analyze(b"...")`` raised a bare ``StopIteration``
(which ends a ``map()`` without a word), ``authors="Jane Doe"`` became one author a letter,
``read_articles("folder/")`` walked "/" (the string's first character), and threads calling
``analyze`` at once loaded one model each. Texts are invented.
"""

from __future__ import annotations

import threading
import time

import pytest

import newsmine
import newsmine.pipeline as pipeline_module
from newsmine import Article
from newsmine.records import Status

SAID = '"The ferry slip will be ready by June," harbour master Odile Brandt said on Thursday.'
OTHER = "The Kellby council voted on Tuesday to pay for a second ferry from next spring."


@pytest.mark.parametrize(("fields", "says"), [
    ({"id": "a", "text": SAID.encode()}, "not bytes: decode it first"),
    ({"id": 7, "text": SAID}, "id must be a str"),
    ({"id": "a", "text": None}, "text must be a str"),
    ({"id": "a", "text": SAID, "title": 5}, "title must be a str or None"),
    ({"id": "a", "text": SAID, "url": 5}, "url must be a str or None"),
    ({"id": "a", "text": SAID, "published": 20260205}, "published must be"),
    ({"id": "a", "text": SAID, "authors": "Odile Brandt"}, "authors=['Odile Brandt']"),
    ({"id": "a", "text": SAID, "authors": ["Odile Brandt", 3]}, "list of names"),
])
def test_an_article_of_the_wrong_type_is_refused_when_made(fields, says):
    with pytest.raises(TypeError, match=says.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(")):
        Article(**fields)


def test_an_article_of_the_right_types_is_made_as_given():
    # Near miss: dates, datetimes and a tuple of names are what the README lets an Article hold.
    from datetime import date

    article = Article(id="a", text=SAID, published=date(2026, 2, 5), authors=["Mia Holt", "Ron Sage"], language="en")
    assert article.authors == ["Mia Holt", "Ron Sage"] and article.published == date(2026, 2, 5)


def test_an_article_takes_its_authors_as_a_tuple_too():
    assert Article(id="a", text=SAID, authors=("Mia Holt", "Ron Sage")).authors == ["Mia Holt", "Ron Sage"]


@pytest.mark.parametrize(("text", "says"), [(SAID.encode(), "not bytes"), (42, "not int"), (["a"], "not list")])
def test_analyze_of_a_text_that_is_no_str_raises_a_type_error_not_stop_iteration(pipeline, text, says):
    with pytest.raises(TypeError, match=says):
        pipeline.analyze(text)


def test_map_over_analyze_no_longer_ends_quietly_at_a_bytes_text(pipeline):
    with pytest.raises(TypeError):
        list(map(pipeline.analyze, [SAID.encode(), OTHER]))


def test_analyze_refuses_authors_given_as_one_string(pipeline):
    with pytest.raises(TypeError, match="not one string"):
        pipeline.analyze(SAID, authors="Odile Brandt")


def test_analyze_keeps_authors_given_as_a_list_or_tuple(pipeline):
    assert pipeline.analyze(SAID, authors=("Mia Holt",)).authors == ["Mia Holt"]


def test_analyze_of_a_page_refuses_a_title_of_the_wrong_type(pipeline):
    page = f"<html><body><article><p>{SAID}</p><p>{OTHER}</p></article></body></html>"
    with pytest.raises(TypeError, match="title must be a str"):
        pipeline.analyze(html=page, title=5)


def test_process_raises_for_a_field_set_to_bytes_after_the_article_was_made(pipeline):
    late = Article(id="late", text=SAID)
    late.text = SAID.encode()
    with pytest.raises(TypeError, match="not bytes"):
        list(pipeline.process([Article(id="first", text=OTHER), late]))


def test_process_of_plain_strings_says_to_make_articles(pipeline):
    with pytest.raises(TypeError, match=r"takes newsmine.Article objects, not str.*newsmine.Article\(id=..., text=...\)"):
        list(pipeline.process([OTHER]))


def test_an_article_that_fails_before_parsing_is_an_error_record_and_the_next_is_kept(pipeline, monkeypatch):
    # Preparing an article raised outside its guard: the retry path took the next article
    # and the one that raised was lost without a record.
    real = type(pipeline)._not_to_analyse

    def fails_on_one(self, article):
        if article.id == "b":
            raise RuntimeError("a bug in preparing")
        return real(self, article)

    monkeypatch.setattr(type(pipeline), "_not_to_analyse", fails_on_one)
    articles = [Article(id=name, text=OTHER if name != "c" else SAID) for name in "abcd"]
    records = list(pipeline.process(articles))
    assert [record.id for record in records] == ["a", "b", "c", "d"]
    assert [record.status for record in records] == [Status.ok, Status.error, Status.ok, Status.ok]
    assert records[1].error.type == "ProcessingError" and "a bug in preparing" in records[1].error.message
    assert records[2].quotes[0].speaker.name == "Odile Brandt"


def test_read_articles_takes_one_path_given_alone(tmp_path):
    (tmp_path / "ferry.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "slip.txt").write_text(SAID, encoding="utf-8")
    for given in (str(tmp_path), tmp_path, str(tmp_path / "ferry.txt")):
        ids = [article.id for article in newsmine.read_articles(given)]
        assert ids == (["ferry"] if str(given).endswith(".txt") else ["ferry", "slip"])


def test_read_articles_still_takes_a_list_of_paths(tmp_path):
    # Near miss: the README's call, a list, reads each path as before.
    (tmp_path / "ferry.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "slip.txt").write_text(SAID, encoding="utf-8")
    assert [a.id for a in newsmine.read_articles([str(tmp_path / "slip.txt"), str(tmp_path / "ferry.txt")])] == ["slip", "ferry"]


class _SlowToLoad:
    """Stands in for Pipeline: counts how many are made, slowly, as a model load is."""

    made = 0

    def __init__(self):
        type(self).made += 1
        time.sleep(0.3)

    def analyze(self, text, **kwargs):
        return text


def test_threads_calling_analyze_at_once_load_the_default_model_once(monkeypatch):
    monkeypatch.setattr(pipeline_module, "_DEFAULT_PIPELINE", None)
    monkeypatch.setattr(pipeline_module, "Pipeline", _SlowToLoad)
    _SlowToLoad.made = 0
    results = []
    threads = [threading.Thread(target=lambda n=n: results.append(pipeline_module.analyze(f"text {n}"))) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert _SlowToLoad.made == 1 and sorted(results) == [f"text {n}" for n in range(6)]


def test_analyze_shows_the_parameters_of_pipeline_analyze():
    import inspect

    assert list(inspect.signature(newsmine.analyze).parameters) == list(inspect.signature(newsmine.Pipeline.analyze).parameters)[1:]


@pytest.mark.slow
def test_type_checkers_see_the_parameters_of_analyze(tmp_path):
    # analyze() was (*args: Any, **kwargs: Any) to mypy: a misspelt keyword passed. mypy is a test
    # dependency (pyproject), so CI runs this; it skips only where someone installed newsmine without it.
    api = pytest.importorskip("mypy.api")
    program = tmp_path / "service.py"
    program.write_text("import newsmine\nrecord = newsmine.analyze('The council met.', publishd='2026-02-05')\n")
    out, _, status = api.run(["--follow-imports=silent", "--no-incremental", str(program)])
    assert status == 1 and 'Unexpected keyword argument "publishd"' in out


# --- What the records say to a caller in Python -----------------------------------------------

PAGE = ("<html><head><title>Slip works</title></head><body><article><h1>Slip works</h1>"
        f"<p>{SAID}</p><p>{OTHER}</p></article></body></html>")


def test_an_empty_text_given_in_python_is_not_told_to_check_a_file_or_text_field(pipeline):
    record = pipeline.analyze("   \n")
    assert record.status is Status.error and record.error.type == "EmptyArticle"
    assert "--text-field" not in record.error.message and "empty or only whitespace" in record.error.message


def test_an_empty_article_from_a_file_still_names_the_text_field(pipeline):
    # Near miss: a reader's article has a file, and the option to name its field.
    record = next(pipeline.process([Article(id="x", text="", source_path="feed.jsonl", source_format="jsonl")]))
    assert "--text-field" in record.error.message


def test_a_text_over_max_chars_says_how_to_raise_it_in_python(pipeline, monkeypatch):
    monkeypatch.setattr(pipeline, "max_chars", 40)  # as Pipeline(max_chars=40) sets it
    record = pipeline.analyze(OTHER)
    assert record.error.type == "InputTooLarge" and "Pipeline(max_chars=...)" in record.error.message


def test_analyze_of_a_short_page_takes_min_words(pipeline):
    thin = pipeline.analyze(html=PAGE)
    assert thin.status is Status.skipped and "min_words= in Python" in thin.error.message
    record = pipeline.analyze(html=PAGE, min_words=10)
    assert record.status is Status.ok and record.quotes[0].speaker.name == "Odile Brandt"
