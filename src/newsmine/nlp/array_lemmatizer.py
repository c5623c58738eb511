"""spaCy's rule lemmatizer with its answers kept by token values: the same lemmas, sooner.

spaCy's ``Lemmatizer`` in ``rule`` mode walks every token in Python (``token.morph``,
``token.lemma_ =``), about 5 ms of CPU an article, although its answer depends on the
token's form, coarse POS tag and morphology alone: spaCy itself caches it under
``(orth, pos, morph)``. :class:`ArrayLemmatizer` reads those three and the lemma with one
``Doc.to_array``, asks the loaded lemmatizer (the model's own component, its own lookup
tables) once for each combination it has not seen, and writes the lemmas back with one
``Doc.from_array``. Tokens the stock component leaves alone (a lemma already set, unless
``overwrite``) are left alone; tokens without a POS tag, for which spaCy warns each time,
are asked every time.

It is used for spaCy's ``Lemmatizer`` and ``EnglishLemmatizer`` in ``rule`` mode only (their
answers are known to depend on nothing else); any other lemmatizer stays as it is.
``benchmarks/attribute_rules.py`` and ``tests/test_attribute_rules.py`` check the lemmas
against the stock pipeline's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.util import registry

__all__ = ["ARRAY_LEMMATIZER_FACTORY", "ArrayLemmatizer", "use_array_lemmatizer"]

ARRAY_LEMMATIZER_FACTORY = "newsmine_lemmatizer_v1"
_KNOWN_CLASSES = (Lemmatizer, EnglishLemmatizer)
# a long run meets new word forms for ever: the table is emptied when it grows this large
_MAX_KEPT = 200_000
# A POS's lemma index (as a set), its exceptions and its suffix rules
_PosTables = tuple[frozenset[str], dict[str, list[str]], list[list[str]]]


class ArrayLemmatizer:
    """A pipeline component around a loaded spaCy rule lemmatizer (``stock``), which it asks
    once per (form, POS, morphology); saving, loading, scoring and settings are the stock
    component's."""

    def __init__(self, stock: Lemmatizer) -> None:
        self.stock = stock
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._readings: dict[tuple[int, int], tuple[str, bool]] = {}
        self._tables: dict[str, _PosTables | None] = {}

    def __getattr__(self, name: str) -> Any:
        if name == "stock" or name.startswith("__"):  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.stock, name)

    def __call__(self, doc: Doc) -> Doc:
        stock = self.stock
        if stock.mode != "rule" or type(stock) not in _KNOWN_CLASSES:
            return stock(doc)
        if not stock._validated:  # noqa: SLF001 (as Lemmatizer.__call__ does)
            stock._validate_tables(Errors.E1004)  # noqa: SLF001
        error_handler = stock.get_error_handler()
        try:
            self._lemmatize(doc)
            return doc
        except Exception as e:
            return error_handler(stock.name, stock, [doc], e)

    def _lemmatize(self, doc: Doc) -> None:
        if not len(doc):
            return
        stock, strings, known = self.stock, doc.vocab.strings, self._lemmas
        if len(known) > _MAX_KEPT:
            known.clear()
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = values[:, 3].copy()
        asked = numpy.arange(len(doc)) if stock.overwrite else numpy.flatnonzero(lemmas == 0)
        keys = list(zip(*values[asked, :3].T.tolist()))  # (orth, pos, morph) of each token asked
        found = list(map(known.get, keys))
        for j, lemma in enumerate(found):
            if lemma is None:
                found[j] = strings.add(self._rule_lemma(doc, int(asked[j]), keys[j]))
                if keys[j][1]:  # spaCy warns (W108) for each token without a POS tag: ask each time
                    known[keys[j]] = found[j]
        if found:
            lemmas[asked] = found
        doc.from_array([LEMMA], lemmas)

    def _rule_lemma(self, doc: Doc, i: int, key: tuple[int, int, int]) -> str:
        """The first of ``Lemmatizer.rule_lemmatize(doc[i])``'s lemmas, computed the same way
        from the token's ``(orth, pos, morph)`` ``key`` but with each POS's lemma index as a set:
        spaCy's index is a list (57,528 nouns), so each of its ``form in index`` tests scans it,
        and a word form met for the first time cost 56 microseconds of CPU (a few tenths of a
        second on the first 30 train articles). Tokens without a POS tag go to spaCy's own
        method (its W108 warning); spaCy's answer cache is not needed (``_lemmas``).

        A new word form is most of a first pass's keys (~93 an article on train), and what
        spaCy reads of the token besides its form depends on its POS and morphology alone:
        the POS's name, ``is_base_form`` (``EnglishLemmatizer``'s reads ``token.pos_`` and
        ``token.morph``; ``Lemmatizer``'s answers False; no other class gets here) and the
        POS's three tables. Those are kept by ``(pos, morph)`` and by POS (:meth:`_reading`,
        :meth:`_pos_tables`), so a new form costs neither a ``Token`` nor a parse of its
        morphology into a dict (session 63: 1.5 → ~1.0 ms an article on a first pass)."""
        orth, pos, morph = key
        univ_pos, base_form = self._reading(doc, i, pos, morph)
        if univ_pos in ("", "eol", "space"):
            return self.stock.rule_lemmatize(doc[i])[0]
        string = doc.vocab.strings[orth]
        if base_form:
            return string.lower()
        tables = self._pos_tables(univ_pos)
        if tables is None:
            return string if univ_pos == "propn" else string.lower()
        index, exceptions, rules = tables
        orig, string = string, string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [orig])[0]

    def _reading(self, doc: Doc, i: int, pos: int, morph: int) -> tuple[str, bool]:
        """``(token.pos_.lower(), is_base_form(token))`` of ``doc[i]``, whose POS and morphology
        ids are ``pos`` and ``morph``: asked of the first token with them, then kept."""
        reading = self._readings.get((pos, morph))
        if reading is None:
            token = doc[i]
            univ_pos = token.pos_.lower()
            base_form = univ_pos not in ("", "eol", "space") and self.stock.is_base_form(token)
            reading = self._readings[(pos, morph)] = (univ_pos, base_form)
        return reading

    def _pos_tables(self, univ_pos: str) -> _PosTables | None:
        """The lemma index (as a set), exceptions and suffix rules of a POS, kept; None when the
        tables have none of the three for it (spaCy then returns the form as it is)."""
        if univ_pos not in self._tables:
            lookups = self.stock.lookups
            index_table = lookups.get_table("lemma_index", {})
            exc_table = lookups.get_table("lemma_exc", {})
            rules_table = lookups.get_table("lemma_rules", {})
            found = (index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))
            self._tables[univ_pos] = (
                (frozenset(index_table.get(univ_pos, {})), exc_table.get(univ_pos, {}), rules_table.get(univ_pos, {}))
                if any(found) else None
            )  # fmt: skip
        return self._tables[univ_pos]

    def _forget(self) -> None:
        """Empty what is kept of the stock component's answers and tables (new tables loaded)."""
        self._lemmas, self._readings, self._tables = {}, {}, {}

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def to_disk(self, path: str | Path, *, exclude=()) -> None:
        self.stock.to_disk(path, exclude=exclude)

    def from_disk(self, path: str | Path, *, exclude=()) -> ArrayLemmatizer:
        self.stock.from_disk(path, exclude=exclude)
        self._forget()
        return self

    def to_bytes(self, *, exclude=()) -> bytes:
        return self.stock.to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *, exclude=()) -> ArrayLemmatizer:
        self.stock.from_bytes(data, exclude=exclude)
        self._forget()
        return self

    def initialize(self, *args, **kwargs) -> None:
        self.stock.initialize(*args, **kwargs)
        self._forget()


@Language.factory(
    ARRAY_LEMMATIZER_FACTORY,
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": False, "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
)
def make_array_lemmatizer(nlp: Language, name: str, model, mode: str, overwrite: bool, scorer) -> ArrayLemmatizer:
    """The language's own ``lemmatizer`` with these settings, asked once per token values
    (:mod:`newsmine.nlp.array_lemmatizer`)."""
    internal = nlp.get_factory_name("lemmatizer")  # "en.lemmatizer": English's own class
    make_stock = registry.factories.get(internal if internal in registry.factories else "lemmatizer")
    return ArrayLemmatizer(make_stock(nlp=nlp, name=name, model=model, mode=mode, overwrite=overwrite, scorer=scorer))


def use_array_lemmatizer(nlp: Language) -> Language:
    """Put each of ``nlp``'s rule lemmatizers of a known class inside an
    :class:`ArrayLemmatizer`, in the same place and under the same name, keeping the loaded
    component (its tables) itself. Returns ``nlp``."""
    for name in list(nlp.pipe_names):
        stock = nlp.get_pipe(name)
        if nlp.get_pipe_meta(name).factory != "lemmatizer" or type(stock) not in _KNOWN_CLASSES or stock.mode != "rule":
            continue
        settings = {key: value for key, value in nlp.config["components"][name].items() if key != "factory"}
        nlp.replace_pipe(name, ARRAY_LEMMATIZER_FACTORY, config=settings).stock = stock
    return nlp
