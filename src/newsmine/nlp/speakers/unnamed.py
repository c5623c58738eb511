"""Unnamed sources: the word tests that make a mention one of an unnamed many.

"A senior official", "Lee's lawyers", "aides", "some Democrats": people the article does not
name (the gold's null referents), kept as ``anonymous`` with the mention as their name.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.parser_labels import ANY_SUBJECT_DEPS, FINITE_VERB_OR_MODAL_TAGS, NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.words import _OCCUPATIONS, _PARTY_OF_GROUP, _PARTY_WORDS, _has_name

# Words of a sentence that grants its speaker anonymity ("spoke on condition of anonymity").
_ANONYMITY_WORDS = frozenset({"anonymity", "anonymously"})
# The same said without the word: "who declined to be identified", "asked not to be named".
_UNNAMED_BY_REQUEST = frozenset({"named", "identified"})

# People and groups named by what they are to someone: unnamed sources unless named beside.
_RELATION_NOUNS = frozenset({
    "lawyer", "lawyers", "attorney", "attorneys", "doctor", "doctors", "physician", "wife", "husband", "son",
    "daughter", "father", "mother", "brother", "sister", "ex-wife", "ex-husband", "widow", "family", "relatives",
    "campaign manager", "surrogate", "surrogates", "backers", "donors", "voters", "protesters", "residents",
    "students", "parents", "counsel", "representatives", "staff", "team members", "colleagues", "neighbors",
})  # fmt: skip
_GROUP_NOUNS = frozenset({"family", "people", "voters", "protesters", "students", "parents", "scholars", "doctors", "creditors", "americans"})  # fmt: skip

_QUANTIFIERS = frozenset({"some", "many", "most", "few", "several", "other", "fellow", "all", "both", "two", "three", "those", "these", "skittish", "nervous", "top", "senior", "leading", "prominent", "moderate", "conservative", "liberal", "more", "fewer", "key", "vulnerable", "establishment"})  # fmt: skip


def described_by_relative(mention: Span) -> str | None:
    """The description a relative 'who' stands for, as written up to its first comma ('a longtime
    adviser to Trump, who declined to be identified', 'A campaign official for Ann Lee, the
    nominee, who spoke on condition of anonymity'), climbing from the noun the parse hangs the
    clause on over a preposition's object and an apposition to a common noun; None when the
    climb ends on a name or a pronoun. An unnamed source's name, for 'who' was the name itself.

    The climb goes on through a modifier after the noun ('a person familiar with the talks', 'an
    official close to the mayor', 'a person briefed on the inspection', 'a lawyer representing the
    mayor': the parse hangs 'who' on 'the talks', the mayor, 'the inspection', what the source
    knows of or serves, not the source; review57c) and
    through a number's 'of' ('one of the engineers'), and no quotation mark opens the name."""
    root = mention.root
    if len(mention) != 1 or root.lower_ not in ("who", "whom") or root.head.dep_ != "relcl":
        return None
    noun = root.head.head
    while True:
        if noun.dep_ == "appos" and noun.head.i < noun.i:
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and _describes(noun.head.head):
            noun = _described(noun.head.head)
        elif noun.dep_ == "dobj" and noun.head.dep_ == "acl" and _modifies_a_noun(noun.head):
            noun = noun.head.head  # 'a lawyer representing the mayor'
        else:
            break
    if not _a_description(noun) or noun.i >= root.i:
        return None
    doc = root.doc
    start = next((j for j in range(noun.left_edge.i, noun.i) if not (doc[j].is_punct or doc[j].is_quote)), noun.i)
    end = next((j for j in range(noun.i + 1, root.i) if doc[j].text == ","), root.i)
    return doc[start:end].text or None


def _describes(head: Token) -> bool:
    """Whether a preposition hung on ``head`` belongs to the description: a noun's or a name's
    ('adviser to Trump'), a number's 'of' ('one of the engineers'), or a modifier's after a noun
    ('familiar with', 'close to', 'briefed on')."""
    return head.pos_ in ("NOUN", "PROPN") or _a_description(head) or _modifies_a_noun(head)


def _described(head: Token) -> Token:
    """The word a description climbs to from ``head``: the noun a modifier after it describes."""
    return head.head if _modifies_a_noun(head) else head


def _modifies_a_noun(word: Token) -> bool:
    """Whether ``word`` is an adjective or participle after the noun it describes; the noun by
    its place in the clause too, for the parse may tag it an adjective ('an official close to
    the mayor', then no description: 'who' stays, not 'the mayor')."""
    head = word.head
    nominal = head.pos_ == "NOUN" or head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos")
    return word.dep_ in ("amod", "acl") and word.pos_ in ("ADJ", "VERB") and nominal and head.i < word.i


def _a_description(word: Token) -> bool:
    """A common noun, or a number with its 'of' ('one of the engineers')."""
    return word.pos_ == "NOUN" or (word.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children))


def _is_person_noun(word: str) -> bool:
    return word in _RELATION_NOUNS or word in lexicons.load("anonymous")


def _qualified_group(mention: Span) -> bool:
    """'some Democrats', 'Democrats on the committee', 'veteran Republicans': a subset of a
    party, not the party."""
    root = mention.root
    if any(t.lower_ in _QUANTIFIERS or t.like_num for t in mention if t.i != root.i):
        return True
    if _described_members(mention):
        return True
    return any(child.dep_ in ("prep", "acl", "relcl") and child.i > root.i for child in root.children)


def _described_members(mention: Span) -> bool:
    """'veteran Republicans', 'frustrated Democrats', 'younger Democrats': the party's plural
    after a common word that says which of its members (the word lists cannot hold every
    such word). A name before it ("House Republicans", "Iowa Democrats") still says the party's
    own; "the national GOP" is the party, not its members. "a tactic Democrats hope will …" is
    a parse that hung the party on the noun before it: "a" says that noun is none of them, and
    so does a reporting verb whose clause has no subject ("the tactic Democrats say will win",
    :func:`_relative_clause_hung_on_the_party`)."""
    root = mention.root
    if root.lower_ not in ("republicans", "democrats") or any(t.lower_ in ("a", "an") for t in mention):
        return False
    if _relative_clause_hung_on_the_party(root):
        return False
    return any(
        t.head.i == root.i and t.dep_ in ("amod", "compound", "nmod") and t.is_lower and t.pos_ in ("ADJ", "NOUN", "VERB")
        for t in mention[: root.i - mention.start]
    )  # fmt: skip


def _relative_clause_hung_on_the_party(root: Token) -> bool:
    """'It is the tactic Democrats say will win the House': the party's verb is followed
    straight away by a clause with no subject of its own ("will win"), whose subject is the
    noun before the party ("tactic") — a relative clause the parse read as the party's words,
    with that noun as the party's modifier. 'the veteran Republicans say the plan will fail' has
    its clause's subject; 'frustrated Democrats said, "Go home."' sets its clause off."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.i != root.i + 1:
        return False
    return any(
        clause.dep_ == "ccomp" and clause.left_edge.i == verb.i + 1 and clause.left_edge.tag_ in FINITE_VERB_OR_MODAL_TAGS
        and not any(child.dep_ in ANY_SUBJECT_DEPS for child in clause.children)
        for clause in verb.children
    )  # fmt: skip


# Words that make a noun phrase one of an unnamed many ("one organization", "another aide").
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "any", "several", "many", "few"})
# Plural heads that are people or groups of people, beyond the lexicons' singulars.
_PEOPLE_HEADS = frozenset({
    "opponent", "consultant", "backer", "detractor", "advocate", "organizer", "organiser", "delegate", "donor",
    "lawyer", "attorney", "official", "adviser", "advisor", "ally", "member", "pollster", "operative", "rival",
    "critic", "supporter", "voter", "activist", "leader", "insider", "observer", "defender", "spokesperson",
    "fan", "follower",
    # those around someone ("Lee's boosters", "her handlers", "the mayor's first questioners",
    # "his running mate") and those before or after them in a post: others than the possessor
    "booster", "questioner", "handler", "admirer", "devotee", "acolyte", "loyalist", "cheerleader",
    "confidant", "confidante", "protege", "protégé", "henchman", "sidekick", "predecessor", "successor",
    "mate", "teammate", "classmate", "roommate", "bandmate",
})  # fmt: skip
# Words for the people gathered round someone ("his inner circle", "Lee's forces", "her old
# guard", "his army of volunteers"): people only when someone owns them, so neither unnamed
# people on their own ("Black circles show …" on a map) nor a place's ("China's army", a body;
# the tagger's label, as a possessor is often tagged ORG even when a person: "Trump's").
_FOLLOWINGS = frozenset({"circle", "entourage", "force", "guard", "army"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Occupation words that also name parties or movements ("Liberals", "Conservatives"): not counted.
_POLITICAL_LABELS = frozenset({"conservative", "liberal", "progressive", "socialist", "populist", "communist"})
# Endings of nouns that name a person by trade or calling ("pharmacists", "librarians",
# "dentists", "electricians"): the word lists cannot hold every trade, and a bare plural the
# lists missed was left unresolved ("Pharmacists said …") or read as an organisation the
# tagger saw in it ("Librarians said …"). Only for plurals, and only words of six letters or
# more, so "lists", "wrists" and "twists" never count.
_PERSON_ENDINGS = ("ist", "ian")


def _person_by_ending(word: str) -> bool:
    """'pharmacist', 'librarian': a trade or calling by its ending (a plural's lemma)."""
    return len(word) >= 6 and word.endswith(_PERSON_ENDINGS)


# Kin, partners and intimates beyond _RELATION_NOUNS ("Lee's girlfriend", "Lee's kids", "his
# right-hand woman"): someone close to the possessor, never the possessor.
_CLOSE_NOUNS = frozenset({
    "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "kid", "child", "grandson",
    "granddaughter", "grandchild", "nephew", "niece", "cousin", "uncle", "aunt", "stepson", "stepdaughter",
    "stepfather", "stepmother", "sibling", "mom", "dad", "grandmother", "grandfather", "man", "woman",
})  # fmt: skip


# Those close to the one a possessive pronoun names ("my grandmother", "his aunt", "our
# neighbour"): someone who goes unnamed, never the possessor nor a named speaker going on.
_KIN_OF_A_PRONOUN = (_CLOSE_NOUNS - {"man", "woman"}) | {"friend", "neighbour", "neighbor", "grandparent", "grandma", "grandpa"}
_POSSESSIVE_PRONOUNS = frozenset({"my", "our", "his", "her", "their", "your"})


def kin_of_a_pronoun(mention: Span) -> bool:
    """'As my grandmother used to say', 'his aunt said', 'our neighbour said': kin or a friend
    owned by a pronoun, with no name in the mention — an unnamed source (as "her lawyer"),
    where the word lists left it unresolved: a column's relatives, an interviewee's family.
    Not "my friend Ana Ruiz" (a name), nor "the grandmother" (who may be someone named)."""
    root = mention.root
    if root.pos_ != "NOUN" or root.lower_ not in _KIN_OF_A_PRONOUN or _has_name(mention):
        return False
    return any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in root.children)


def _people_of_someone(root: Token) -> bool:
    """'Lee's girlfriend', 'Lee delegates', 'Lee defenders', 'a Lee pollster': a head noun that
    names people by what they are (kin, followers, a trade), read by its lemma when plural, so
    that a name modifying it is whom they belong to, not who they are. Wider than
    :func:`_is_person_noun`, which reads the word as written and missed plurals ("delegates")
    and kin ("girlfriend", "kids"): the gold reads such a source as null (or the person named
    beside it), never the possessor."""
    if root.pos_ != "NOUN":
        return False
    word = root.lemma_.lower() if root.tag_ == "NNS" else root.lower_
    if _is_person_noun(root.lower_) or _is_person_noun(word):
        return True
    if word in _FOLLOWINGS:
        return any(c.dep_ == "poss" and c.ent_type_ not in _PLACE_TYPES for c in root.children)
    return (
        word in _CLOSE_NOUNS or word in _PEOPLE_HEADS or word in _OCCUPATIONS
        or word in lexicons.load("person_nouns")
    )  # fmt: skip


def _quantified(token: Token) -> bool:
    """'One organization', 'Two committees', 'another group': the first word counts, not names."""
    return token.lower_ in _INDEFINITE or token.like_num


def _unnamed_people(mention: Span) -> bool:
    """'Lee's opponents', 'political consultants', 'Aides', 'a Republican delegate': unnamed
    people — a plural of a person noun, or a singular one after "a"/"one" — that no name of
    the mention identifies. The gold's convention: null, never the possessor ("Lee")."""
    root = mention.root
    if root.pos_ != "NOUN" or _has_name(mention):
        return False
    plural = root.tag_ == "NNS"
    if not plural and not _quantified(mention[0]):
        return False
    word = root.lemma_.lower() if plural else root.lower_
    if word in _POLITICAL_LABELS or word in _PARTY_WORDS or word in _PARTY_OF_GROUP:
        return False
    return (
        word in _PEOPLE_HEADS or word in _OCCUPATIONS or word in lexicons.load("anonymous")
        or word in lexicons.load("person_nouns") or word in lexicons.load("titles")
        or (plural and _person_by_ending(word))
    )  # fmt: skip


# Nouns that gather people without making them a body ("a group of rabbis").
_GATHERING_NOUNS = frozenset({"group", "handful", "band", "bunch"})


def _group_of_people(mention: Span) -> bool:
    """'A group of rabbis', 'a handful of GOP senators': people gathered by what they are,
    not an organisation — the gold's unnamed people (null), never a body named near it (a
    "pro-Israel advocacy group" of the same sentence, "Rabbis" read as a name)."""
    root = mention.root
    if root.lower_ not in _GATHERING_NOUNS or mention[0].lower_ not in ("a", "an"):
        return False
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > root.i), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or whole.i >= mention.end:
        return False
    if not whole.lower_.endswith("s") and whole.tag_ != "NNS":
        # a plural, however tagged ("rabbis" may be read a proper noun), or an irregular one
        # ("women", "children": read by their lemma, :func:`_people_of_someone`)
        return False
    if whole.pos_ == "NOUN" and _people_of_someone(whole):
        return True
    singular = whole.lower_[:-1]
    return _is_person_noun(singular) or singular in lexicons.load("person_nouns")


# Heads of a partitive ("two of the people", "some of his lawyers", "one of them").
_PARTITIVE_HEADS = frozenset({"some", "many", "most", "several", "few", "none", "all", "both", "each", "any", "either", "neither"})


def _partitive_of_people(mention: Span) -> bool:
    """'two of the people', 'One of the officials', 'some of his lawyers', 'one of them': a
    share of unnamed people (or of a group a pronoun stands for) says no one in particular —
    the gold's subsets are null. Without this the number was left unresolved, so it was no
    previous speaker, and a 'they said' right after went to a body named earlier."""
    root = mention.root
    if not (root.like_num or root.lower_ in _PARTITIVE_HEADS) or _has_name(mention):
        return False
    if any(c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" for c in root.children):
        return False  # "Two of the candidates, Lee and Ruiz, said": named beside it (the parse: a conjunct)
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > root.i), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or whole.i >= mention.end:
        return False
    if whole.lower_ in ("them", "those", "us"):
        return True
    return whole.tag_ == "NNS" and _people_of_someone(whole)


def _the_other_of_them(mention: Span) -> bool:
    """'One of them said … The other said …': "the other" right after an unnamed one of a
    group spoke (in its sentence or the one before) is the group's other member, as unnamed."""
    root = mention.root
    if [t.lower_ for t in mention] != ["the", "other"] or root.dep_ not in NOUN_SUBJECT_DEPS:
        return False
    sentence = root.sent
    start = sentence.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in sentence.doc[start : mention.start]:
        if token.lower_ == "one" and token.dep_ in NOUN_SUBJECT_DEPS:
            return _partitive_of_people(sentence.doc[token.i : token.right_edge.i + 1])
    return False


def _grants_anonymity(sentence: Span) -> bool:
    """A sentence that says someone in it goes unnamed: "spoke on condition of anonymity",
    "who declined to be identified", "asked not to be named"."""
    for token in sentence:
        if token.lower_ in _ANONYMITY_WORDS:
            return True
        if token.lower_ in _UNNAMED_BY_REQUEST and token.i >= sentence.start + 3:
            before = [t.lower_ for t in sentence.doc[token.i - 3 : token.i]]
            if before[1:] == ["to", "be"] and before[0] in ("declined", "declining", "not", "refused"):
                return True
    return False


# A clause set off after an unnamed source's noun phrase: "one of the officials, who spoke on
# condition of anonymity because …", "a senior aide, speaking privately", "Residents of East
# Palestine, Ohio, where the train derailed".
_SET_OFF_CLAUSE_RE = re.compile(r",\s+(?:who|whom|whose|which|where|speaking|granted|requesting|asking|declining)\b.*\Z", re.S)


def unnamed_name(written: str) -> str:
    """The name an unnamed source is listed by: its noun phrase as written, without a clause
    set off by a comma after it ("one of the officials, who spoke on condition of anonymity
    because the deliberations are private" -> "one of the officials"), which says why it goes
    unnamed, not who it is."""
    return _SET_OFF_CLAUSE_RE.sub("", written).strip() or written
