"""spaCy's attribute_ruler, executed as array operations: the same rules, the same results.

The English models' ``attribute_ruler`` maps the tagger's fine tags to coarse POS tags and
morphology and fixes a few lemmas, through about 180 Matcher patterns, nearly all of one
token. spaCy runs them through its general ``Matcher`` and then sets each match's attributes
token by token: about 35 ms of CPU an article, more than any newsmine component.
:class:`ArrayAttributeRuler` is the same component (a subclass of spaCy's ``AttributeRuler``,
holding the same patterns, saved and loaded the same way) that reads the attributes the
patterns test with one ``Doc.to_array``, decides each distinct combination of values once
(a token's outcome depends on nothing else), and writes the attributes back with one
``Doc.from_array``.

Exactness, in spaCy's own terms (``spacy/pipeline/attributeruler.py``, ``spacy/matcher``):

- All patterns are matched against the Doc before any attribute is written, and the matches
  are applied in the order the rules were added, so that a later rule wins; here too, every
  rule's target tokens (the match's token at the rule's ``index``) are found on the unchanged
  values, and each token takes each attribute from the last rule that sets it.
- A token pattern is compiled when each of its keys reads a token attribute the way the
  Matcher reads it (``Doc.to_array`` and the Matcher share ``get_token_attr``; not
  ``SENT_START``, ``ENT_IOB`` or extensions) with an exact value, ``IN``, ``NOT_IN`` or
  ``REGEX``, and the pattern has no operators (``OP``): then its matches are exactly the
  runs of tokens that pass each test in turn. Any other pattern stays with a Matcher of its
  own (the stock one, holding only those patterns), whose matches join the same ordered
  application.
- Rules that set anything but TAG, POS, MORPH, LEMMA and DEP (extension attributes; lexical
  attributes, which spaCy also writes to the shared lexeme) make the whole component run
  spaCy's own code.

A new combination is decided from its columns' answers: each test reads one column, so the
patterns a token passes are the ones every column passes, a bitmask kept per column and value
code (at most 58, 1,128, 18 and 3 codes in the English model's four columns), and each attribute's last rule is the highest passed bit
among the rules that set it. Testing ~180 patterns one by one for each new combination cost
about 0.4 ms of CPU an article on a fresh process's first pass (678 new combinations over
100 train articles; speed62e).

The rules are compiled from the component's own patterns the first time it runs (again
after patterns are added or cleared), never from a copied table; ``tests/test_attribute_rules.py``
and ``benchmarks/attribute_rules.py`` check that every token attribute comes out identical.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, ENT_IOB, IDS, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["ARRAY_RULER_FACTORY", "ArrayAttributeRuler", "compile_rules", "use_array_attribute_ruler"]

ARRAY_RULER_FACTORY = "newsmine_attribute_ruler_v1"

# What a compiled rule may set: attributes of the token alone. spaCy's set_token_attrs also
# writes each attribute to the token's lexeme, shared by every Doc, but the lexeme ignores
# these five (spacy/lexeme.pxd, Lexeme.set_struct_attr), so a column write is the same.
_WRITABLE = frozenset({TAG, POS, MORPH, LEMMA, DEP})
# Attributes the Matcher reads differently from Doc.to_array, or converts its values for.
_NOT_READABLE = frozenset({SENT_START, ENT_IOB})

# Decisions kept per ruler, by the code of a token's values; a long run meets new word forms
# for ever, so the tables are emptied when they grow this large.
_MAX_KEPT = 200_000
# The codes are products of each column's number of distinct outcomes; beyond this a
# ruler's patterns are left to spaCy (no model comes near it).
_MAX_CODE = 2**62


@dataclass(frozen=True)
class _TokenTest:
    """One condition of a token pattern on one attribute, on the attribute's code (see
    :class:`_Columns`): the value's position among the values the patterns name (``in`` /
    ``not_in`` a set of positions; ``eq`` is ``in`` one) or a regex's bit."""

    position: int  # the attribute's column
    kind: str  # "in", "not_in", "regex"
    value: frozenset[int] | int  # named positions, or the regex's bit

    def accepts(self, named: int, bits: int) -> bool:
        """Whether a value at this named position (``named``) with these regex answers
        (``bits``), in this test's column, passes."""
        if self.kind == "in":
            return named in self.value
        if self.kind == "not_in":
            return named not in self.value
        return bool(bits & self.value)


@dataclass
class _Columns:
    """The attributes the compiled patterns read, and how a token's values become one code:
    each value becomes its position among the values the patterns name for that attribute
    (one past the last for any other value: the tests cannot tell those apart) together with
    the answers of the regexes on that attribute, and the columns' codes are combined in
    mixed radix."""

    attrs: list[int]
    named: list[dict[int, int]]  # by column: value -> position
    regexes: list[list[re.Pattern]]  # by column

    def radix(self, position: int) -> int:
        return (len(self.named[position]) + 1) << len(self.regexes[position])

    def digits(self, code: int) -> list[int]:
        """Each column's code (its digit) in ``code``, in column order."""
        digits = []
        for position in reversed(range(len(self.attrs))):
            code, digit = divmod(code, self.radix(position))
            digits.append(digit)
        digits.reverse()
        return digits

    def split(self, position: int, digit: int) -> tuple[int, int]:
        """A column's digit as the value's named position and its regex answers."""
        width = len(self.regexes[position])
        return digit >> width, digit & ((1 << width) - 1)


@dataclass(frozen=True)
class _Pattern:
    """One compiled Matcher pattern of rule ``rule_id``: the tests of each of its tokens, and
    which of its tokens the rule sets (``index`` modulo the pattern's length, as Span[index])."""

    rule_id: int
    tokens: tuple[tuple[_TokenTest, ...], ...]
    target: int


@dataclass
class CompiledRules:
    """A ruler's patterns, compiled: the one-token ones, the longer ones (``sequences``; each
    token's tests are in ``sequence_tests``), and a Matcher for the patterns not compiled
    (None when every pattern compiled)."""

    columns: _Columns
    write: list[int]  # the attributes the rules set, in column order
    sets: list[list[tuple[int, int]]]  # by rule: (write column, value) in the rule's order
    singles: list[_Pattern]
    sequences: list[_Pattern]
    sequence_tests: list[tuple[_TokenTest, ...]]
    fallback: Matcher | None
    # by write column: the one-token patterns (bit i: singles[i]) whose rule sets it
    setters: list[int]


def compile_rules(ruler: AttributeRuler) -> CompiledRules | None:
    """The ruler's rules compiled for :class:`ArrayAttributeRuler`, or None when one of them
    sets an attribute that only spaCy's own code sets the same way."""
    vocab = ruler.vocab
    settings = ruler.attrs  # what each rule sets, normalised by spaCy (intify_attrs, morphology.add)
    if not all(isinstance(attr, int) and attr in _WRITABLE for sets in settings for attr in sets):
        return None
    write = sorted({attr for sets in settings for attr in sets})
    columns = _Columns([], [], [])
    compiled: list[_Pattern] = []
    fallback: Matcher | None = None
    for rule_id, rule in enumerate(ruler.patterns):
        left_to_matcher = []
        for token_specs in rule["patterns"]:
            tokens = _compile_pattern(token_specs, vocab, rule["index"], columns)
            if tokens is None:
                left_to_matcher.append(token_specs)
            else:
                compiled.append(_Pattern(rule_id, tokens, rule["index"] % len(tokens)))
        if left_to_matcher:
            if fallback is None:
                fallback = Matcher(vocab, validate=ruler.validate)
            fallback.add(vocab.strings.add(str(rule_id)), left_to_matcher)
    size = 1
    for position in range(len(columns.attrs)):
        size *= columns.radix(position)
    if size > _MAX_CODE:
        return None
    write_column = {attr: j for j, attr in enumerate(write)}
    sequences = [pattern for pattern in compiled if len(pattern.tokens) > 1]
    singles = [pattern for pattern in compiled if len(pattern.tokens) == 1]
    sets = [[(write_column[attr], value) for attr, value in rule_sets.items()] for rule_sets in settings]
    setters = [0] * len(write)
    for i, pattern in enumerate(singles):
        for column, _ in sets[pattern.rule_id]:
            setters[column] |= 1 << i
    return CompiledRules(
        columns=columns,
        write=write,
        sets=sets,
        singles=singles,
        sequences=sequences,
        sequence_tests=list(dict.fromkeys(tests for pattern in sequences for tests in pattern.tokens)),
        fallback=fallback,
        setters=setters,
    )


def _column_passes(compiled: CompiledRules, position: int, digit: int) -> tuple[int, int]:
    """Which one-token patterns (bit i: ``singles[i]``) and which of the longer patterns'
    token tests (bit j: ``sequence_tests[j]``) a token with this digit in this column does not
    fail on this column. Each test reads one column, so a token passes a pattern exactly when
    every column's answer has the pattern's bit (:meth:`ArrayAttributeRuler._decide`)."""
    named, bits = compiled.columns.split(position, digit)

    def passes(tests: tuple[_TokenTest, ...]) -> bool:
        return all(test.accepts(named, bits) for test in tests if test.position == position)

    singles = sum(1 << i for i, pattern in enumerate(compiled.singles) if passes(pattern.tokens[0]))
    sequences = sum(1 << j for j, tests in enumerate(compiled.sequence_tests) if passes(tests))
    return singles, sequences


def _compile_pattern(
    token_specs: list[dict], vocab: Vocab, index: int, columns: _Columns
) -> tuple[tuple[_TokenTest, ...], ...] | None:
    """Each token's tests, or None when the pattern needs the Matcher: operators, extension
    attributes, other predicates, an index outside the pattern (spaCy raises E1001 for it).
    Adds what the tests read and name to ``columns``."""
    if not token_specs or not -len(token_specs) <= index < len(token_specs):
        return None
    wanted: list[list[tuple[int, str, object]]] = []
    for spec in token_specs:
        tests = []
        for key, value in spec.items():
            if not isinstance(key, str):
                return None
            name = key.upper()
            name = {"TEXT": "ORTH", "IS_SENT_START": "SENT_START"}.get(name, name)
            attr = IDS.get(name)
            if name in ("_", "OP") or attr is None or attr in _NOT_READABLE:
                return None
            token_tests = _compile_value(attr, value, vocab)
            if token_tests is None:
                return None
            tests.extend(token_tests)
        wanted.append(tests)
    return tuple(tuple(_coded(columns, *test) for test in tests) for tests in wanted)


def _compile_value(attr: int, value, vocab: Vocab) -> list[tuple[int, str, object]] | None:
    # as spacy.matcher.matcher._get_attr_values and _get_extra_predicates read a pattern value
    if isinstance(value, str):
        return [(attr, "in", frozenset({vocab.strings.add(value)}))]
    if isinstance(value, bool):
        return [(attr, "in", frozenset({int(value)}))]
    if isinstance(value, int):
        return [(attr, "in", frozenset({value}))]
    if not isinstance(value, dict):
        return None
    tests = []
    for predicate, argument in value.items():
        predicate = predicate.upper() if isinstance(predicate, str) else predicate
        if predicate in ("IN", "NOT_IN") and isinstance(argument, list) and all(
            isinstance(item, (str, int)) and not isinstance(item, bool) for item in argument
        ):
            if attr == MORPH:
                members = frozenset(vocab.morphology.add(item) for item in argument)
            else:
                members = frozenset(get_string_id(item) for item in argument)
            tests.append((attr, predicate.lower(), members))
        elif predicate == "REGEX" and isinstance(argument, str):
            tests.append((attr, "regex", re.compile(argument)))
        else:
            return None
    return tests


def _coded(columns: _Columns, attr: int, kind: str, value) -> _TokenTest:
    """The test on the attribute's code; registers the attribute and the values it names."""
    if attr not in columns.attrs:
        columns.attrs.append(attr)
        columns.named.append({})
        columns.regexes.append([])
    position = columns.attrs.index(attr)
    if kind == "regex":
        regexes = columns.regexes[position]
        if value not in regexes:
            regexes.append(value)
        return _TokenTest(position, kind, 1 << regexes.index(value))
    named = columns.named[position]
    for member in sorted(value):
        named.setdefault(member, len(named))
    return _TokenTest(position, kind, frozenset(named[member] for member in value))


class ArrayAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with its patterns evaluated over token arrays where that is
    exactly equivalent (see the module's documentation), spaCy's own code elsewhere."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", *, validate: bool = False,
                 scorer: Callable | None = attribute_ruler_score) -> None:
        super().__init__(vocab, name, validate=validate, scorer=scorer)
        self._compiled_for = -1  # len(self.attrs) when compiled; -1: not yet
        self._compiled: CompiledRules | None = None
        self._value_codes: list[dict[int, int]] = []  # by column: value -> its code
        self._column_passes: list[dict[int, tuple[int, int]]] = []  # by column: digit -> _column_passes
        self._decisions: dict[int, tuple[list[int], list[int], list[bool]]] = {}

    def clear(self) -> None:
        super().clear()
        self._compiled_for = -1

    def add(self, patterns: Iterable, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._compiled_for = -1

    @property
    def compiled(self) -> CompiledRules | None:
        """The compiled rules (None: spaCy's own code runs them all)."""
        if self._compiled_for != len(self.attrs):
            self._compiled = compile_rules(self)
            self._compiled_for = len(self.attrs)
            self._value_codes = [{} for _ in self._compiled.columns.attrs] if self._compiled else []
            self._column_passes = [{} for _ in self._value_codes]
            self._decisions = {}
        return self._compiled

    def __call__(self, doc: Doc) -> Doc:
        compiled = self.compiled
        if compiled is None or not compiled.write:
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            if len(doc):
                self._apply(doc, compiled)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def _apply(self, doc: Doc, compiled: CompiledRules) -> None:
        """Find every rule's tokens on the unchanged Doc, then write the attributes, each
        token's value of an attribute coming from the last rule that sets it."""
        length = len(doc)
        if len(self._decisions) > _MAX_KEPT or sum(map(len, self._value_codes)) > _MAX_KEPT:
            self._value_codes = [{} for _ in compiled.columns.attrs]
            self._decisions = {}
        distinct, rows = numpy.unique(self._codes(doc, compiled.columns), return_inverse=True)
        rows = rows.reshape(length)
        decisions = [self._decide(code, compiled) for code in distinct.tolist()]
        width = len(compiled.write)
        winner = numpy.array([rule_ids for rule_ids, _, _ in decisions], dtype=numpy.int64).reshape(-1, width)[rows]
        found = numpy.array([values for _, values, _ in decisions], dtype=numpy.uint64).reshape(-1, width)[rows]
        values = _columns(doc, compiled.write)
        numpy.copyto(values, found, where=winner >= 0)
        # longer patterns and the Matcher's: where their rule comes later, it wins
        passed = numpy.array([passes for _, _, passes in decisions], dtype=bool).reshape(
            len(decisions), len(compiled.sequence_tests))[rows]
        targets = self._sequence_targets(doc, compiled, passed)
        for rule_id in sorted(targets):
            for column, value in compiled.sets[rule_id]:
                later = targets[rule_id] & (winner[:, column] < rule_id)
                values[later, column] = value
                winner[later, column] = rule_id
        doc.from_array(compiled.write, values)

    def _codes(self, doc: Doc, columns: _Columns) -> numpy.ndarray:
        """Each token's code (:class:`_Columns`)."""
        codes = numpy.zeros(len(doc), dtype=numpy.int64)
        strings = self.vocab.strings
        for position, column in enumerate(_columns(doc, columns.attrs).T):
            values, rows = numpy.unique(column, return_inverse=True)
            known = self._value_codes[position]
            named, regexes = columns.named[position], columns.regexes[position]
            digits = []
            for value in values.tolist():
                digit = known.get(value)
                if digit is None:
                    # the Matcher's regex reads the value's string (spacy.matcher._RegexPredicate)
                    bits = sum(1 << i for i, regex in enumerate(regexes) if regex.search(strings[value]))
                    digit = known[value] = (named.get(value, len(named)) << len(regexes)) | bits
                digits.append(digit)
            codes *= columns.radix(position)
            codes += numpy.array(digits, dtype=numpy.int64)[rows.reshape(len(doc))]
        return codes

    def _decide(self, code: int, compiled: CompiledRules) -> tuple[list[int], list[int], list[bool]]:
        """For a token of this code, by write column, the last one-token rule that sets it
        (-1: none) and the value it sets; and whether it passes each of the longer patterns'
        token tests."""
        known = self._decisions.get(code)
        if known is not None:
            return known
        singles = sequences = -1  # every bit: no column has failed a test yet
        for position, digit in enumerate(compiled.columns.digits(code)):
            column_passes = self._column_passes[position].get(digit)
            if column_passes is None:
                column_passes = self._column_passes[position][digit] = _column_passes(compiled, position, digit)
            singles &= column_passes[0]
            sequences &= column_passes[1]
        rule_ids, values = [], []
        for column, setters in enumerate(compiled.setters):
            # singles are in rule order: the last one passed that sets the column wins
            last = (singles & setters).bit_length() - 1
            if last < 0:
                rule_ids.append(-1)
                values.append(0)
            else:
                rule_id = compiled.singles[last].rule_id
                rule_ids.append(rule_id)
                values.append(dict(compiled.sets[rule_id])[column])
        passes = [bool(sequences >> j & 1) for j in range(len(compiled.sequence_tests))]
        self._decisions[code] = decision = (rule_ids, values, passes)
        return decision

    def _sequence_targets(self, doc: Doc, compiled: CompiledRules, passed: numpy.ndarray) -> dict[int, numpy.ndarray]:
        """The tokens the longer patterns and the Matcher's set, by rule."""
        length = len(doc)
        targets: dict[int, numpy.ndarray] = {}
        test_column = {tests: j for j, tests in enumerate(compiled.sequence_tests)}
        for pattern in compiled.sequences:
            size = len(pattern.tokens)
            if size > length:
                continue
            starts = length - size + 1
            hits = passed[:starts, test_column[pattern.tokens[0]]].copy()
            for offset in range(1, size):
                hits &= passed[offset:offset + starts, test_column[pattern.tokens[offset]]]
            if hits.any():
                mask = targets.setdefault(pattern.rule_id, numpy.zeros(length, dtype=bool))
                mask[pattern.target:pattern.target + starts] |= hits
        if compiled.fallback is not None:
            for match_id, start, end in compiled.fallback(doc, allow_missing=True, as_spans=False):
                rule_id = int(self.vocab.strings[match_id])
                index, size = self.indices[rule_id], end - start
                if not -size <= index < size:
                    raise ValueError(Errors.E1001.format(
                        patterns=self.matcher.get(str(rule_id)), span=[t.text for t in doc[start:end]], index=index))
                targets.setdefault(rule_id, numpy.zeros(length, dtype=bool))[start + index % size] = True
        return targets


def _columns(doc: Doc, attrs: list[int]) -> numpy.ndarray:
    """``doc.to_array(attrs)``, always two-dimensional (one row per token)."""
    if not attrs:
        return numpy.zeros((len(doc), 0), dtype=numpy.uint64)
    return doc.to_array(attrs).reshape((len(doc), len(attrs)))


@Language.factory(
    ARRAY_RULER_FACTORY,
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_array_attribute_ruler(nlp: Language, name: str, validate: bool, scorer: Callable | None) -> ArrayAttributeRuler:
    """spaCy's ``attribute_ruler``, executed over token arrays (:mod:`newsmine.nlp.attribute_rules`)."""
    return ArrayAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def use_array_attribute_ruler(nlp: Language) -> Language:
    """Replace each of ``nlp``'s stock ``attribute_ruler`` components by an
    :class:`ArrayAttributeRuler` holding the same patterns, in the same place and under the
    same name. Returns ``nlp``."""
    for name in list(nlp.pipe_names):
        if nlp.get_pipe_meta(name).factory != "attribute_ruler":
            continue
        patterns = nlp.get_pipe(name).patterns
        settings = {key: value for key, value in nlp.config["components"][name].items() if key != "factory"}
        nlp.replace_pipe(name, ARRAY_RULER_FACTORY, config=settings).add_patterns(patterns)
    return nlp
