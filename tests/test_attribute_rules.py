"""newsmine's array execution of spaCy's attribute_ruler and lemmatizer gives exactly what
spaCy's gives.

The model comparison runs the stock pipeline and newsmine's on original news-style texts
chosen to reach every kind of rule the English model has (tag maps, word-and-tag rules,
dependency rules, the two-token rules of "gonna", "let's", "y'all", "ain't", regexes,
whitespace tokens); the hand-built rulers check the rules of application spaCy defines
(later rules win, ``index``, patterns only a Matcher can run, extension attributes).
``benchmarks/attribute_rules.py`` makes the same comparison on every PolNeAR text.
"""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, SENT_START, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token

from newsmine.nlp.array_lemmatizer import ARRAY_LEMMATIZER_FACTORY
from newsmine.nlp.attribute_rules import ARRAY_RULER_FACTORY, ArrayAttributeRuler
from newsmine.nlp.model import DEFAULT_MODEL, load_pipeline, use_array_rules

# Everything the ruler sets, and what the components after it set from it.
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE, NORM]

TEXTS = [
    # quotes, titles, dates, numbers, possessives
    '"We are not going to let the port close," Mayor Helen Achebe told reporters on Monday, '
    "adding that the city's budget for 2026 had already been cut by $4.2 million.",
    # contractions and colloquial forms the ruler's two-token and regex rules are for
    "\"Y'all ain't seen nothin' yet,\" the coach said. \"We're gonna win, and I'm gotta say it: "
    "let's go!\" He didn't stop there: c'mon, he'd said, it's done. Nothin' else matters.",
    # existential "there", auxiliaries, objects "me"/"it"/"you", determiners used as pronouns
    "There is a plan, and there were doubts about it. Those who saw it liked that. "
    "The minister gave it to me and I gave it to you; she has done this before and will do so again.",
    # whitespace tokens, line breaks and odd spacing the tagger calls _SP
    "Council approves budget\n\n\nThe vote was 7-2.  Two members , both independents , abstained.\n \n"
    "Since 2019 , whether or not the fund grows , the levy stays.",
    # lists, brackets, symbols, all capitals
    "EXCLUSIVE: (Reuters) - Shares of Norvik Corp. rose 3% to $18; analysts (not all) expect more [sic].",
    "",
    " ",
]


@pytest.fixture(scope="module")
def stock_nlp():
    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def array_nlp():
    return use_array_rules(spacy.load(DEFAULT_MODEL))


def test_the_array_rules_give_every_token_attribute_the_stock_components_give(stock_nlp, array_nlp):
    assert array_nlp.get_pipe_meta("attribute_ruler").factory == ARRAY_RULER_FACTORY
    assert array_nlp.get_pipe_meta("lemmatizer").factory == ARRAY_LEMMATIZER_FACTORY
    assert array_nlp.pipe_names == stock_nlp.pipe_names
    ruler = array_nlp.get_pipe("attribute_ruler")
    assert ruler.compiled is not None and ruler.compiled.sequences  # the model's two-token rules are compiled too
    for _ in range(2):  # the second time from the lemmas and outcomes the first one kept
        for stock, fast in zip(stock_nlp.pipe(TEXTS), array_nlp.pipe(TEXTS)):
            assert [t.text for t in fast] == [t.text for t in stock]
            numpy.testing.assert_array_equal(fast.to_array(ATTRS), stock.to_array(ATTRS), err_msg=stock.text)
    # the texts do reach the model's rarer rules
    doc = array_nlp(TEXTS[1])
    assert {t.lower_: t.lemma_ for t in doc if t.lower_ in ("gon", "na", "ai", "nothin'")} == {
        "gon": "go", "na": "to", "ai": "be", "nothin'": "nothing"}


def test_the_array_rules_come_from_the_loaded_components(stock_nlp, array_nlp):
    fast = array_nlp.get_pipe("attribute_ruler")
    assert fast.patterns == stock_nlp.get_pipe("attribute_ruler").patterns
    assert isinstance(fast, AttributeRuler)  # serialised, scored and configured as spaCy's
    lemmatizer = array_nlp.get_pipe("lemmatizer")
    assert type(lemmatizer.stock) is type(stock_nlp.get_pipe("lemmatizer"))  # the model's own, its tables
    assert lemmatizer.mode == "rule" and lemmatizer.lookups.tables == stock_nlp.get_pipe("lemmatizer").lookups.tables


def test_newsmine_uses_the_array_rules_unless_told_to_keep_spacys(nlp):
    assert nlp.get_pipe_meta("attribute_ruler").factory == ARRAY_RULER_FACTORY
    assert nlp.get_pipe_meta("lemmatizer").factory == ARRAY_LEMMATIZER_FACTORY
    stock = load_pipeline(stock_spacy=True)
    assert [stock.get_pipe_meta(name).factory for name in ("attribute_ruler", "lemmatizer")] == ["attribute_ruler", "lemmatizer"]


# --- hand-built rulers: spaCy's rules of application ---------------------------------------


def _doc(vocab) -> Doc:
    words = ["The", "senator", "said", "she", "would", "n't", "go", "\n\n", "now"]
    tags = ["DT", "NN", "VBD", "PRP", "MD", "RB", "VB", "_SP", "RB"]
    heads = [1, 2, 2, 6, 6, 6, 2, 6, 6]
    deps = ["det", "nsubj", "ROOT", "nsubj", "aux", "neg", "ccomp", "dep", "advmod"]
    return Doc(vocab, words=words, tags=tags, heads=heads, deps=deps)


def _both(patterns: list[dict]) -> tuple[Doc, Doc]:
    nlp = spacy.blank("en")
    stock, fast = AttributeRuler(nlp.vocab), ArrayAttributeRuler(nlp.vocab)
    stock.add_patterns(patterns)
    fast.add_patterns(patterns)
    return stock(_doc(nlp.vocab)), fast(_doc(nlp.vocab))


def _assert_same(stock: Doc, fast: Doc) -> None:
    numpy.testing.assert_array_equal(fast.to_array(ATTRS), stock.to_array(ATTRS))


def test_a_later_rule_wins_and_each_rule_matches_the_unchanged_doc():
    patterns = [
        {"patterns": [[{"TAG": "RB"}]], "attrs": {"POS": "ADV", "LEMMA": "first"}},
        {"patterns": [[{"LOWER": "n't"}]], "attrs": {"POS": "PART", "TAG": "XX"}},
        # matches on the tag the rule before changed: spaCy matches before it writes anything
        {"patterns": [[{"TAG": "XX"}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"TAG": {"IN": ["RB", "MD"]}, "DEP": {"NOT_IN": ["aux"]}}]], "attrs": {"MORPH": "Polarity=Neg"}},
    ]
    stock, fast = _both(patterns)
    _assert_same(stock, fast)
    assert (fast[5].pos_, fast[5].tag_, fast[5].lemma_, str(fast[5].morph)) == ("PART", "XX", "first", "Polarity=Neg")
    assert fast[8].pos_ == "ADV" and fast[4].morph.to_dict() == {}


def test_the_index_picks_the_token_of_a_longer_match_from_either_end():
    patterns = [
        {"patterns": [[{"LOWER": "would"}, {"LOWER": "n't"}]], "attrs": {"LEMMA": "will"}, "index": 0},
        {"patterns": [[{"LOWER": "would"}, {"LOWER": "n't"}, {}]], "attrs": {"LEMMA": "not"}, "index": -2},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE", "DEP": "dep"}},
        {"patterns": [[{"LOWER": {"REGEX": "^s[ae]"}}]], "attrs": {"LEMMA": "s-word"}},
    ]
    stock, fast = _both(patterns)
    _assert_same(stock, fast)
    assert [t.lemma_ for t in fast[1:6]] == ["s-word", "s-word", "", "will", "not"]  # "she": no "se"/"sa"


def test_each_column_of_a_token_decides_its_tests_and_the_last_rule_setting_an_attribute_wins():
    """A token's outcome is put together from each column's answers (speed62e): a pattern
    passes only when every column it tests passes, and each attribute comes from the last
    passed rule that sets it, so one token's POS and lemma can come from different rules.
    Near misses: a token passing one column of a pattern and failing another."""
    patterns = [
        {"patterns": [[{}]], "attrs": {"LEMMA": "any"}},  # no test: every token
        # "now" only: "n't" is RB too, but not "now" (near miss)
        {"patterns": [[{"TAG": "RB", "LOWER": "now"}]], "attrs": {"POS": "ADV", "LEMMA": "now-lemma"}},
        # two tests on one column: "go" and "now"; "said" is IN but fails the regex, "n't" the reverse
        {"patterns": [[{"LOWER": {"IN": ["said", "go", "now"], "REGEX": "^[gn]"}}]], "attrs": {"POS": "VERB"}},
        # "she"; "senator" is nsubj too but NN (near miss)
        {"patterns": [[{"TAG": {"NOT_IN": ["DT", "NN"]}, "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom"}},
        # a two-token rule whose tokens test two columns each: "n't" after "would"
        {"patterns": [[{"TAG": "MD", "LOWER": "would"}, {"LOWER": {"REGEX": "^n"}, "TAG": "RB"}]],
         "attrs": {"LEMMA": "not"}, "index": 1},
    ]
    stock, fast = _both(patterns)
    _assert_same(stock, fast)
    assert [t.lemma_ for t in fast] == ["any", "any", "any", "any", "any", "not", "any", "any", "now-lemma"]
    assert [t.pos_ for t in fast] == ["", "", "", "", "", "", "VERB", "", "VERB"]  # "now": rule 3 after rule 2
    assert [str(t.morph) for t in fast] == ["", "", "", "Case=Nom", "", "", "", "", ""]


def test_patterns_with_operators_are_left_to_a_matcher_in_the_same_order():
    patterns = [
        {"patterns": [[{"TAG": "PRP"}, {"TAG": "MD", "OP": "?"}, {"TAG": "RB"}]], "attrs": {"LEMMA": "neg"}, "index": -1},
        {"patterns": [[{"TAG": "RB"}]], "attrs": {"LEMMA": "adverb"}},
        {"patterns": [[{"TAG": "DT"}, {"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}, "index": -1},
    ]
    nlp = spacy.blank("en")
    ruler = ArrayAttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    assert ruler.compiled.fallback is not None and len(ruler.compiled.fallback) == 2
    stock, fast = _both(patterns)
    _assert_same(stock, fast)
    assert fast[5].lemma_ == "adverb" and fast[1].pos_ == "NOUN"  # the later rule wins over the Matcher's


def test_rules_that_set_extension_attributes_run_through_spacys_own_code():
    Token.set_extension("newsmine_test_flag", default=False, force=True)
    patterns = [{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "_": {"newsmine_test_flag": True}}}]
    nlp = spacy.blank("en")
    ruler = ArrayAttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    assert ruler.compiled is None
    doc = ruler(_doc(nlp.vocab))
    assert doc[1]._.newsmine_test_flag and doc[1].pos_ == "NOUN"


def test_patterns_added_after_a_run_are_compiled_in():
    nlp = spacy.blank("en")
    ruler = ArrayAttributeRuler(nlp.vocab)
    ruler.add(patterns=[[{"TAG": "NN"}]], attrs={"POS": "NOUN"})
    assert ruler(_doc(nlp.vocab))[1].pos_ == "NOUN"
    ruler.add(patterns=[[{"LOWER": "senator"}]], attrs={"POS": "PROPN"})
    assert ruler(_doc(nlp.vocab))[1].pos_ == "PROPN"
    ruler.clear()
    with pytest.warns(UserWarning, match="W036"):  # as spaCy's own ruler warns without patterns
        assert ruler(_doc(nlp.vocab))[1].pos_ == ""


def test_an_index_outside_the_match_fails_as_spacy_fails():
    nlp = spacy.blank("en")
    stock, fast = AttributeRuler(nlp.vocab), ArrayAttributeRuler(nlp.vocab)
    for ruler in (stock, fast):
        ruler.add(patterns=[[{"LOWER": "she"}]], attrs={"LEMMA": "her"}, index=2)
    with pytest.raises(ValueError, match="E1001"):
        stock(_doc(nlp.vocab))
    with pytest.raises(ValueError, match="E1001"):
        fast(_doc(nlp.vocab))


def test_the_lemma_of_a_new_word_form_is_spacys_rule_lemma(stock_nlp, array_nlp):
    """The first time a (form, POS, morphology) is met, the array lemmatizer computes the lemma
    itself with set lookups in the lemma index; each branch of spaCy's rule_lemmatize agrees."""
    stock = stock_nlp.get_pipe("lemmatizer")
    fast = array_nlp.get_pipe("lemmatizer")
    # inflected forms in the index ("studies", "ran"), exceptions ("mice", "worse", "went"),
    # rule forms outside the index (invented words), non-alphabetic forms ("co-chairs",
    # "3Ds"), base forms (singular nouns, infinitives), proper nouns, numbers and spaces
    cases = [
        ("studies", "NOUN", "Number=Plur"), ("mice", "NOUN", "Number=Plur"), ("co-chairs", "NOUN", "Number=Plur"),
        ("3Ds", "NOUN", "Number=Plur"), ("zorblats", "NOUN", "Number=Plur"), ("budget", "NOUN", "Number=Sing"),
        ("ran", "VERB", "Tense=Past|VerbForm=Fin"), ("went", "VERB", "Tense=Past|VerbForm=Fin"),
        ("flibbered", "VERB", "Tense=Past|VerbForm=Fin"), ("studying", "VERB", "Aspect=Prog|Tense=Pres|VerbForm=Part"),
        ("go", "VERB", "VerbForm=Inf"), ("worse", "ADJ", "Degree=Cmp"), ("happiest", "ADJ", "Degree=Sup"),
        ("Achebe", "PROPN", "Number=Sing"), ("Achebes", "PROPN", "Number=Plur"), ("faster", "ADV", "Degree=Cmp"),
        ("7-2", "NUM", "NumType=Card"), ("them", "PRON", "Case=Acc|Number=Plur|Person=3|PronType=Prs"),
        ("\n\n", "SPACE", ""), ("Was", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ]
    doc = Doc(stock_nlp.vocab, words=[word for word, _, _ in cases], pos=[pos for _, pos, _ in cases],
              morphs=[morph for _, _, morph in cases])
    for token in doc:
        assert _new_lemma(fast, token) == stock.rule_lemmatize(token)[0], token.text
    assert [_new_lemma(fast, t) for t in doc][:2] == ["study", "mouse"]


def _new_lemma(lemmatizer, token: Token) -> str:
    """The array lemmatizer's answer for a token it has not met, as its run asks for it."""
    return lemmatizer._rule_lemma(token.doc, token.i, (token.orth, token.pos, token.morph.key))


def _fresh_array_lemmatizer(array_nlp):
    from newsmine.nlp.array_lemmatizer import ArrayLemmatizer

    return ArrayLemmatizer(array_nlp.get_pipe("lemmatizer").stock)


def test_a_new_word_form_reads_its_pos_and_morphology_once_for_all_forms_that_share_them(stock_nlp, array_nlp, monkeypatch):
    """``is_base_form`` (a parse of the morphology into a dict) is asked once a (POS,
    morphology), not once a new word form; the lemmas stay spaCy's, which differ by form."""
    fast = _fresh_array_lemmatizer(array_nlp)
    asked = []
    is_base_form = fast.stock.is_base_form
    monkeypatch.setattr(fast.stock, "is_base_form", lambda token: asked.append(token.text) or is_base_form(token))
    words = ["studies", "mice", "zorblats", "councils", "budget", "levies"]
    morphs = ["Number=Plur"] * 4 + ["Number=Sing", "Number=Plur"]
    doc = Doc(stock_nlp.vocab, words=words, pos=["NOUN"] * 6, morphs=morphs)
    lemmas = [_new_lemma(fast, token) for token in doc]
    assert lemmas == [stock_nlp.get_pipe("lemmatizer").rule_lemmatize(t)[0] for t in doc]
    assert lemmas == ["study", "mouse", "zorblat", "council", "budget", "levy"]
    assert asked == ["studies", "budget"]  # one a (POS, morphology): plural nouns, singular nouns


def test_a_form_with_another_pos_or_morphology_is_read_anew(stock_nlp, array_nlp):
    """Near miss: what is kept by (POS, morphology) is not reused for another POS or another
    morphology of the same word ("rose" the verb, "rose" the noun; "saw" past and "saw" noun)."""
    fast = _fresh_array_lemmatizer(array_nlp)
    stock = stock_nlp.get_pipe("lemmatizer")
    words = ["rose", "rose", "saw", "saws", "saw", "Roses"]
    pos = ["VERB", "NOUN", "VERB", "NOUN", "NOUN", "PROPN"]
    morphs = ["Tense=Past|VerbForm=Fin", "Number=Sing", "Tense=Past|VerbForm=Fin", "Number=Plur", "Number=Sing", "Number=Plur"]
    doc = Doc(stock_nlp.vocab, words=words, pos=pos, morphs=morphs)
    lemmas = [_new_lemma(fast, token) for token in doc]
    assert lemmas == [stock.rule_lemmatize(t)[0] for t in doc]
    assert lemmas == ["rise", "rose", "see", "saw", "saw", "Roses"]
