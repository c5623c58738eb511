"""Person pronouns, possessives and relative pronouns.

"He" / "she" rank the people named before them (:mod:`newsmine.nlp.antecedents`) unless a
subject named after an opening clause, or an unnamed person who just spoke or was made the
subject, or a description made the subject of a named person ("the admiral"), comes first; "his" / "her" on a noun stand for a person the same way; a relative
pronoun ("Smith, who said") resolves as its antecedent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import DocIndex, outlet_name, rank_people
from newsmine.nlp.attribution.sources.dateline_subjects import dateline_dash
from newsmine.nlp.doc_attrs import in_excluded
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.addressed_pronouns import addressed_by_the_asker, named_one_asked
from newsmine.nlp.speakers.introduced_unnamed import _introduced_unnamed as _introduced_with_article
from newsmine.nlp.speakers.introduced_unnamed import _unnamed_one_since
from newsmine.nlp.speakers.naming import _called_by_name
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.unnamed import (
    _ANONYMITY_WORDS,
    _GROUP_NOUNS,
    _PEOPLE_HEADS,
    _RELATION_NOUNS,
    _is_person_noun,
    _quantified,
)
from newsmine.nlp.speakers.words import (
    _DOCUMENT_NOUNS,
    _FEMALE_NOUNS,
    _MALE_NOUNS,
    _OCCUPATIONS,
    _ROLE_NOUNS,
    _gender_of_noun,
    _gender_of_pronoun,
    _has_name,
)

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


def _unnamed_speaker_again(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'A senior official said …. "…," he said': he / she right after an unnamed person
    ("a"/"one" …, or "the" one introduced so: 'a palace spokesman … the spokesman said: "…"
    He said …') spoke, with nobody named between, is that person again, listed by the
    phrase that introduced them (so an analyst counting one source's quotes finds both); and
    a pronoun in a sentence granting anonymity ('he said, on condition of anonymity') names
    no one. None when neither holds."""
    if _previous_unnamed_again(resolver, mention):
        return Resolution("anonymous", None, resolver.previous.name or mention.text, "previous_speaker")
    if any(t.lower_ in _ANONYMITY_WORDS for t in mention.root.sent):
        return Resolution("anonymous", None, mention.text)
    return None


def _previous_unnamed_again(resolver: SpeakerResolver, mention: Span) -> bool:
    """Whether he / she is the unnamed person who spoke right before (see :func:`_unnamed_speaker_again`)."""
    root, index = mention.root, resolver.index
    previous = resolver.previous
    if previous is None or previous.kind != "anonymous" or resolver.previous_token < 0:
        return False
    before = resolver.doc[resolver.previous_token]
    gender = _gender_of_pronoun(before.lower_) if before.tag_ == "PRP" else _gender_of_noun(before.lower_)
    one_of = before.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in before.children)
    if not (before.tag_ in ("NN", "PRP") or one_of) or gender not in (None, _gender_of_pronoun(root.lower_)):
        return False  # "aides" are no "he"; "the spokeswoman" no "he"; "one of the survivors" may be
    if before.tag_ == "PRP" and gender is None:
        return False  # "they" (unnamed people speaking again) are no "she"
    if before.tag_ == "NN" and not any(c.dep_ in ("det", "nummod") and _quantified(c) for c in before.lefts) and not _the_one_introduced(resolver, before):
        return False  # "the securities analyst" may be someone the article named before (not after "a … analyst")
    if index.narrative_sentences_between(resolver.previous_token, root.i) > 0:
        return False
    if addressed_by_the_asker(before, root):
        return False  # "When a reporter pressed him …, he said": the one pressed answers
    # named between: not in the unnamed speaker's own phrase ("a lawyer for Mr. Lee"), nor in
    # what someone is reported to have said ("One adviser said Lee wanted a deal. '…,' he said"
    # is the adviser: a name in the words reported is rarely the next speaker), nor of the other gender
    own = range(before.left_edge.i, before.right_edge.i + 1)
    wanted = _gender_of_pronoun(root.lower_)
    return not any(
        index.cluster_of[i].label == "PERSON" and not index.in_quote[i] and i not in own
        and not _in_reported_clause(resolver.doc[i], index)
        and index.gender.get(id(index.cluster_of[i]), wanted) == wanted
        for i in range(resolver.previous_token + 1, root.i) if i in index.cluster_of
    )  # fmt: skip


def _the_one_introduced(resolver: SpeakerResolver, noun: Token) -> bool:
    """'the spokesman' after 'a palace spokesman', anywhere before: that unnamed one again."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts)
    return definite and _introduced_with_article(resolver, resolver.doc[noun.i : noun.i + 1])


def _person_pronoun(resolver: SpeakerResolver, mention: Span, gender: str) -> Resolution:
    ahead = _subject_ahead(resolver, mention, gender)
    if ahead is not None:
        return _for_cluster(ahead, "pronoun", added=mention)
    asked = named_one_asked(resolver.index.cluster_of, resolver.index.gender, mention.root, gender)
    if asked is not None:
        return _for_cluster(asked, "pronoun", added=mention)
    unnamed = _unnamed_subject_before(resolver, mention, gender)
    if unnamed is not None:
        return unnamed
    previous = resolver.previous.cluster if resolver.previous is not None else None
    if _unnamed_many(resolver):
        previous = resolver.previous_person  # "Lee said …. His aides said …. He added": not the aides
    ranked = rank_people(resolver.index, mention, gender, previous)
    prev = resolver.previous
    if prev is not None and prev.cluster is None and prev.name and _may_be_person(prev):
        # A speaker no entity holds ("Bozell says", "D’Souza replied"): still the likeliest "he" right after.
        near = resolver.index.narrative_sentences_between(resolver.previous_token, mention.root.i) == 0
        latest = max((resolver.index.latest_token(c, mention.start_char) for c, _ in ranked[:1]), default=-1)
        if near and latest < resolver.previous_token:
            return Resolution("person", None, prev.name, "previous_speaker")
    if not ranked:
        return Resolution("unresolved")
    chosen, by_previous = ranked[0]
    how = "previous_speaker" if by_previous else "pronoun"
    return _for_cluster(chosen, how, added=mention)


def _unnamed_many(resolver: SpeakerResolver) -> bool:
    """Whether the previous speaker is unnamed people ("his aides", "they"), whom a "he" or
    "she" cannot be: the person who spoke before them keeps the floor."""
    previous = resolver.previous
    if previous is None or previous.kind != "anonymous" or resolver.previous_token < 0:
        return False
    root = resolver.doc[resolver.previous_token]
    return root.tag_ in ("NNS", "NNPS") or root.lower_ in ("they", "them")


# What an interpreter does: the words that follow are the speaker's, not the voice's (probe51b:
# "The ambassador spoke briefly in Japanese, and an aide translated. '…,' he said").
_VOICE_VERBS = frozenset({"translate", "interpret"})
# What an interpreter translates when the verb has an object: someone's words ("an aide
# translated his remarks"). Any other object is no interpreting of a speaker: "an analyst
# translated the figures into plain terms", "a judge interpreted the order narrowly" (review51b)
# are the person's own work, and the "he"/"she" after it is that person.
_WORDS_TRANSLATED = frozenset({
    "remark", "remarks", "word", "words", "answer", "answers", "question", "questions", "comment",
    "comments", "speech", "statement", "reply", "message",
})  # fmt: skip


def _voices_another(token: Token) -> bool:
    """Whether ``token``, a subject, is an interpreter: the subject of "translate"/"interpret"
    with no object ("an aide translated") or with someone's words as its object ("an aide
    translated his remarks"); not "an analyst translated the figures" (his own work)."""
    verb = token.head
    if verb.lemma_ not in _VOICE_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return all(o.lower_ in _WORDS_TRANSLATED for o in objects)


def _unnamed_subject_before(resolver: SpeakerResolver, mention: Span, gender: str) -> Resolution | None:
    """'Or do what a partner at Lee's firm told him to do. After getting them up to speed, he
    recommended …': "he"/"she" right after an unnamed person made the subject ("a partner",
    "the partner"), with no one named since, is that person again — not the last person
    named. Subjects inside what someone is reported to have said do not count ("Lee said a
    partner was wrong. '…,' he said" is Lee). A definite description the article does not
    introduce as unnamed ("the admiral") stands for the named person it resolves to
    (:func:`_described_person`). The sentence before is the last one with words outside
    quotation marks, however many sentences a quotation between has."""
    index, doc = resolver.index, resolver.doc
    sentence = index.sentence_of[mention.root.i]
    first = _previous_narrative_sentence(index, mention.start, sentence)
    i = mention.start - 1
    while i >= 0 and index.sentence_of[i] >= first:
        token = doc[i]
        i -= 1
        if index.in_quote[token.i]:
            continue
        cluster = index.cluster_of.get(token.i)
        if cluster is not None and cluster.label == "PERSON" and not _in_noun_subject(token):
            return None  # someone named since ("a partner at Lee's firm": Lee is part of the subject)
        if token.dep_ not in NOUN_SUBJECT_DEPS or token.pos_ != "NOUN" or token.tag_ != "NN":
            continue
        if _voices_another(token):
            continue  # "… spoke in Japanese, and an aide translated. '…,' he said": the one translated speaks
        if addressed_by_the_asker(token, mention.root):
            continue  # "When a reporter pressed him …, he said": the one pressed answers
        low = token.lower_
        noun_gender = _gender_of_noun(low)
        if noun_gender not in (None, gender):
            continue
        if not (
            _is_person_noun(low) or low in lexicons.load("person_nouns") or low in lexicons.load("titles")
            or noun_gender is not None  # "A 29-year-old woman … after she had posted"
        ):
            continue
        if _in_reported_clause(token, index):
            continue
        lefts = [c for c in token.lefts if c.dep_ in _NOUN_PHRASE_DEPS and c.lower_ not in ("what", "which")]
        phrase_start = min((c.left_edge.i for c in lefts), default=token.i)
        phrase = doc[phrase_start : token.i + 1]
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in lefts)
        # a name set off in apposition in the subject's phrase (the parse may hang it on "Grimes")
        named = next(
            (
                index.cluster_of[t.i] for t in doc[token.i + 1 : token.right_edge.i + 1]
                if t.dep_ == "appos" and index.cluster_of.get(t.i) is not None and doc[t.left_edge.i - 1].text == ","
            ),
            None,
        )  # fmt: skip
        if named is not None and named.label == "PERSON" and index.gender.get(id(named)) in (None, gender):
            # "A spokeswoman for Grimes, Nora Feld, said …. She declined …", "Margaret's lawyer,
            # Dana Whitcomb, disagreed. She argued …": the name beside the subject, not its owner
            return _for_cluster(named, "pronoun", added=mention)
        # the subject's whole phrase, as a speaker's mention: its "of" phrase, and any relative
        # clause ("The man who robbed Pinnacle National Bank", which the descriptions give no one)
        whole = doc[phrase_start : token.right_edge.i + 1]
        owners = [index.cluster_of[t.i] for t in whole if t.i in index.cluster_of]
        if owners and not indefinite:
            if all(owner.label != "PERSON" for owner in owners):
                # "The chief executive of Pinnacle National Bank apologized …, but he said …": one
                # of a body, not of a person; the person the descriptions find for it (named
                # after it, in the lede's next sentences), as when the description speaks itself
                described = _described_person(resolver, whole, gender)
                if described is not None:
                    return _for_cluster(described, "pronoun", added=mention)
            continue  # "the Lee aide", "Lee's lawyer": someone of a named person, left to the descriptions
        if not indefinite and not _introduced_unnamed(token):
            described = _described_person(resolver, phrase, gender)
            if described is not None:
                return _for_cluster(described, "pronoun", added=mention)
            continue  # "the base chief", "the author": often someone named, whom the descriptions find
        resolution = resolver._resolve(phrase, depth=1)
        if resolution.kind not in ("anonymous", "unresolved"):
            named = resolution.cluster
            if (
                named is not None and named.label == "PERSON" and index.gender.get(id(named)) in (None, gender)
                and not _unnamed_one_since(resolver, phrase, named)
            ):  # fmt: skip
                # "A federal judge on Wednesday sentenced … U.S. District Judge Helen Marsh … The judge
                # was not persuaded. She noted …": introduced with "a" but named since, so the
                # person the descriptions find, as _described_person gives one never introduced;
                # not when another "a judge" came after the name ("Judge Helen Marsh sentenced him.
                # … A judge had once freed him. The judge was lenient then. She said …")
                return _for_cluster(named, "pronoun", added=mention)
            return None  # "the senator": someone the article named
        named = _called_by_name(resolver, phrase)
        if named is not None:
            # "A teacher, who gave her name only as Kirsty, said …. '…,' she said": the name
            # the subject was given, as for the subject itself (SpeakerResolver.resolve)
            return _for_cluster(named.cluster, "pronoun", added=mention) if named.cluster is not None else Resolution(named.kind, None, named.name, "pronoun")
        return Resolution("anonymous", None, resolution.name or mention.text, "pronoun")  # listed as introduced
    return None


def _described_person(resolver: SpeakerResolver, phrase: Span, gender: str) -> EntityCluster | None:
    """'Gen. Dunford asked Admiral Harris …. Asked later, the admiral chuckled. "…," he said':
    a definite description made the subject just before the pronoun, with nobody named since,
    is the pronoun's referent when the descriptions resolve it to a named person of its
    gender; the ranking, which counts names only, would give "he" to the last man named."""
    resolution = resolver._resolve(phrase, depth=1)
    cluster = resolution.cluster
    if cluster is None or cluster.label != "PERSON":
        return None
    return cluster if resolver.index.gender.get(id(cluster)) in (None, gender) else None


def _previous_narrative_sentence(index: DocIndex, start: int, sentence: int) -> int:
    """The sentence before ``sentence`` that holds words outside quotation marks ('The admiral
    chuckled. "It is good. I will say it," he said': the quotation's own sentences are skipped).
    A dateline is no such sentence: the parse makes "SPRINGFIELD, Ill. —" one of its own, and a
    lead's "She was the first woman …" then looked back at it rather than at the headline's
    subject it stands for (layout53b: the probes with a dateline added lost those speakers).
    Nor is a byline ('By Jane Doe' between the headline and the dateline): the layout marks it
    no body text, and it named the writer, not the lead's 'He' (xfail54)."""
    doc = index.doc
    for i in range(start - 1, -1, -1):
        if index.sentence_of[i] < sentence and not index.in_quote[i] and not doc[i].is_punct:
            if dateline_dash(index.context, i) >= 0 or _not_body_text(doc, i):
                continue
            return index.sentence_of[i]
    return sentence - 1


def _not_body_text(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is in a range the layout marks no body text (a byline), or is the
    line break right after one."""
    start = doc[i].idx
    if doc[i].is_space:
        return start > 0 and in_excluded(doc, start - 1, start)
    return in_excluded(doc, start, start + len(doc[i]))


def _subject_ahead(resolver: SpeakerResolver, mention: Span, gender: str) -> EntityCluster | None:
    """'Months after he savaged her, Donald Trump tells Kelly …': a pronoun in a clause
    that opens its sentence stands for the subject of the main clause named after it. Not a
    subject inside quotation marks (desc54): in 'Lee was known for his speech in Dayton:
    "Mr. Hale, open the books!"' the parse makes the quotation's verb the main one and the
    person spoken to its subject; a name in a quotation is the speaker's words, as
    :func:`~newsmine.nlp.antecedents.rank_people` holds for the pronoun's other candidates."""
    root = mention.root
    main = root.sent.root
    in_quote = resolver.index.in_quote
    if root.i == main.i or root.head.i == main.i or root.i > main.i or in_quote[root.i]:
        return None  # the pronoun is the main clause's own subject, or comes after its verb
    for child in main.children:
        if child.dep_ in NOUN_SUBJECT_DEPS and child.i > root.i and not in_quote[child.i]:
            cluster = resolver.index.cluster_of.get(child.i)
            known = resolver.index.gender.get(id(cluster)) if cluster is not None else None
            if cluster is not None and cluster.label == "PERSON" and known in (None, gender):
                return cluster
    return None


def _possessor_person(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The person a possessive "his" / "her" on the mention's head stands for."""
    for child in mention.root.children:
        if child.dep_ == "poss" and child.lower_ in ("his", "her"):
            return person_of_pronoun(resolver, mention, child)
    return None


def person_of_pronoun(resolver: SpeakerResolver, mention: Span, pronoun: Token) -> EntityCluster | None:
    """The person a "his" / "her" / "he" / "she" inside the mention stands for: the subject of
    the main clause named after an opening clause, else the pronoun's best-ranked person."""
    gender = "m" if pronoun.lower_ in ("his", "he") else "f"
    ahead = _subject_ahead(resolver, resolver.doc[pronoun.i : pronoun.i + 1], gender)
    if ahead is not None:
        return ahead  # "In her statement condemning the test, Clinton defended …"
    previous = resolver.previous.cluster if resolver.previous is not None else None
    ranked = rank_people(resolver.index, mention, gender, previous)
    return ranked[0][0] if ranked else None


def _owner_of_thing(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'His face darted from side to side, his eyes gleaming', 'Admiral Lee, whose task is
    to …', 'Their experience shows that …': a thing owned by a possessive pronoun, which no
    route resolved, speaks for its owner, resolved as the pronoun alone would be. Not a
    person, a group or a body the pronoun owns ("his boss", "their elders", "its members"):
    someone else, whom the other rules read."""
    root = mention.root
    if root.pos_ != "NOUN" or _has_name(mention):
        return None
    owners = [c for c in root.children if c.dep_ == "poss" and c.lower_ in _OWNER_WORDS]
    if len(owners) != 1 or _names_people(root):
        return None
    owner = resolver._resolve(resolver.doc[owners[0].i : owners[0].i + 1], depth=0)
    if owner.cluster is None and not owner.name:
        return None
    return Resolution(owner.kind, owner.cluster, owner.name, "pronoun")


# Possessive pronouns whose thing speaks for them ("his eyes", "whose task", "their experience").
_OWNER_WORDS = frozenset({"his", "her", "its", "their", "whose"})
# People a possessive may own that no word list holds ("his colleague", "their elders").
_PEOPLE_OWNED = frozenset({
    "colleague", "counterpart", "elder", "crowd", "child", "children", "kid", "family", "staff", "follower",
    "peer", "partner", "audience", "relative", "successor", "predecessor", "people", "base", "camp",
    "business", "trust",  # "her abortion business" (a body), "his own brain trust" (advisers)
})  # fmt: skip


def _names_people(noun: Token) -> bool:
    """Whether a noun names people or a body ("boss", "aides", "allies", "campaign", "team")."""
    words = {noun.lower_, noun.lemma_.lower()}
    lists = (
        _PEOPLE_OWNED, _RELATION_NOUNS, _PEOPLE_HEADS, _OCCUPATIONS, _ROLE_NOUNS, _GROUP_NOUNS,
        _FEMALE_NOUNS, _MALE_NOUNS, lexicons.load("anonymous"), lexicons.load("person_nouns"),
        lexicons.load("titles"), lexicons.load("organisation_nouns"),
    )  # fmt: skip
    if any(w in words_of for w in words for words_of in lists):
        return True
    # a noun of an agent no list holds ("his supervisor", "her employer", "their tenant"), but
    # not a document ("his letter", "her statement"), which speaks for its author
    lemma = noun.lemma_.lower()
    return lemma.endswith(_AGENT_ENDINGS) and lemma not in _DOCUMENT_NOUNS and noun.lower_ not in _DOCUMENT_NOUNS


# Endings of nouns of agents ("supervisor", "employer", "trainee", "tenant", "agent", "economist").
_AGENT_ENDINGS = ("er", "or", "ee", "ant", "ent", "ist", "ian")


def _person_of_place(index: DocIndex, before: EntityCluster | None, relative: int) -> EntityCluster | None:
    """'Sen. Ann Lee of Ohio, who said': the person, not the place that ends her description;
    for "who", not the body either ("Ana Lee, the reviews director at the Harlow Review, who
    said", "Lee, a graduate of Harlow Law School who has argued")."""
    if before is None:
        return before
    personal = index.doc[relative].lower_ in ("who", "whom", "whose")
    if before.label not in ("GPE", "LOC") and not (before.label == "ORG" and personal):
        return before
    j = relative - 1
    while j > 0 and index.doc[j].is_punct:
        j -= 1
    token = index.doc[j]
    while token.head.i != token.i and index.cluster_of.get(token.head.i) is before:
        token = token.head  # "New York": up to the place's head word
    if personal and token.dep_ == "appos" and token.head.i in index.cluster_of:
        head_place = index.cluster_of[token.head.i]
        if head_place.label in ("GPE", "LOC") and before.label in ("GPE", "LOC"):
            token = token.head  # "a gynecologist from Englewood, New Jersey, who": the town the state places
    preposition = token.head
    owner = index.cluster_of.get(preposition.head.i)
    if preposition.lower_ in ("of", "from") and owner is not None and owner.label == "PERSON":
        return owner
    # "Ana Lee, the leader of the opposition in Ohio, who said": up the prepositions to the
    # description, and from it to the person it stands in apposition to
    word = token
    for _ in range(_PLACE_CLIMB):
        if word.dep_ not in ("pobj", "prep") or word.head.i == word.i:
            break
        word = word.head
    named = index.cluster_of.get(word.i)
    described = word.pos_ == "NOUN" or (personal and word.pos_ == "PROPN" and (named is None or named.label == "NORP"))
    if word.dep_ == "appos" and described:
        # ("Senator Jeff Flake, Republican of Arizona, who": a party member's word for a description)
        owner = index.cluster_of.get(word.head.i)
        if owner is not None and owner.label == "PERSON":
            return owner
    return before


# Prepositions and their objects climbed from a place to the description holding it (two of each).
_PLACE_CLIMB = 4


def _person_of_description(index: DocIndex, antecedent: Token, relative: int) -> EntityCluster | None:
    """'Prof. Ann Lee, a structural engineer commissioned by the coroner, who said': a "who"
    right after the comma that closes a description in apposition to a named person is that
    person; the parse hangs the clause on the description's last noun ("the coroner"), the
    object of a preposition or a participle's agent in its tail. None otherwise (a "who" the
    parse hangs on the description itself is resolved through it, as before)."""
    doc = index.doc
    if doc[relative].lower_ not in ("who", "whom", "whose") or relative < 2 or doc[relative - 1].text != ",":
        return None
    if antecedent.dep_ != "pobj" or antecedent.i != relative - 2 or antecedent.i in index.cluster_of:
        return None
    word = antecedent
    for _ in range(_PLACE_CLIMB + 2):
        if word.dep_ not in ("pobj", "prep", "agent", "acl") or word.head.i == word.i:
            break
        word = word.head
    if word.dep_ != "appos" or word.pos_ != "NOUN" or word.head.i > word.i:
        return None
    owner = index.cluster_of.get(word.head.i)
    return owner if owner is not None and owner.label == "PERSON" else None


def _person_before_apposition(index: DocIndex, antecedent: Token, relative: int) -> EntityCluster | None:
    """'the volunteers are Eva Miller and Gloria Major, African American women who remember the
    struggle': a "who" the parse hangs on a common noun set in apposition after a named person
    is that person; a plural noun after people named together, the first of them (the
    convention for a conjunction, whichever name the parse hangs the apposition on), where the noun resolved as
    a description of its own is a group of no one ("women"). Only right after the name's
    comma: not a noun the parse hangs on a name further back ("support from superdelegates,
    the party leaders who …"), nor one hung elsewhere ("a friend of voters who …": "voters")."""
    if index.doc[relative].lower_ not in ("who", "whom", "whose"):
        return None
    if antecedent.dep_ != "appos" or antecedent.pos_ != "NOUN" or antecedent.head.i > antecedent.i:
        return None
    name = antecedent.head
    while name.dep_ == "conj" and name.head.i < name.i and name.head.i in index.cluster_of:
        name = name.head  # "Rosa Delgado and Nina Petrov, retired nurses who": the first named
    # the apposition follows the name(s) right after their comma: "endorsements from
    # superdelegates, the party leaders who" is a noun the parse hung on a name further back
    comma = antecedent.left_edge.i - 1
    before = index.doc[comma - 1] if comma > 0 and index.doc[comma].text == "," else None
    if before is None or before.i not in index.cluster_of or (before.i != name.i and not name.is_ancestor(before)):
        return None
    # one person's noun is the last name's ("Giles, Millis and Harold Doley, a banker who"),
    # people's nouns the first of the names'
    owner = index.cluster_of.get(name.i if antecedent.tag_ == "NNS" else before.i)
    return owner if owner is not None and owner.label == "PERSON" else None


# Nouns of places a "who" never stands for ('some Republicans in the state who suspect').
_PLACE_NOUNS = frozenset(
    "state country city town county region district area province village nation neighborhood neighbourhood capital".split()
)


def _people_of_place(index: DocIndex, relative: int) -> Span | None:
    """'workers in New York, Los Angeles and Seattle who demanded', 'some Republicans in the
    state who suspect': the people the place's preposition belongs to, for a "who" the parse
    (or the nearest name) hangs on the place; None when the word before is no place or the
    place belongs to no noun."""
    doc = index.doc
    if doc[relative].lower_ not in ("who", "whom", "whose"):
        return None
    j = relative - 1
    while j > 0 and doc[j].is_punct:
        j -= 1
    place = index.cluster_of.get(j)
    if not ((place is not None and place.label in ("GPE", "LOC")) or (place is None and doc[j].lemma_.lower() in _PLACE_NOUNS)):
        return None
    token = doc[j]
    parsed = _antecedent(doc[relative])
    if parsed is not None and parsed.root.is_ancestor(token) and _unnamed_noun(index, parsed.root):
        return parsed  # the parse hangs the clause on the people, past the places after them
    while token.dep_ in ("conj", "compound", "flat") and token.head.i < token.i:
        token = token.head  # "New York, Los Angeles and Seattle": up the list to its first place
    preposition = token.head
    if token.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    people = preposition.head
    for _ in range(_PLACE_CLIMB // 2):
        body = index.cluster_of.get(people.i)
        if body is None or body.label not in ("ORG", "FAC") or people.dep_ != "pobj" or people.head.dep_ != "prep":
            break
        people = people.head.head  # "students at the University of Texas at Austin": past the body the place places
    if not _unnamed_noun(index, people):
        return None  # a named holder is _person_of_place's; "cities in the state that": a place again
    left = min((c.left_edge.i for c in people.lefts if c.dep_ in _NOUN_PHRASE_DEPS), default=people.i)
    return doc[left : people.i + 1]


def _unnamed_noun(index: DocIndex, word: Token) -> bool:
    """A common noun of no entity that is no place ('workers', 'Republicans' aside)."""
    return word.pos_ in ("NOUN", "PROPN") and word.i not in index.cluster_of and word.lemma_.lower() not in _PLACE_NOUNS


# Tokens back in which "the partner" looks for "a partner".
_INTRODUCED_LOOKBACK = 300
# The dependents that belong to a noun phrase before its head ("a former partner", "Lee's lawyer").
_NOUN_PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod"})


def _introduced_unnamed(noun: Token) -> bool:
    """'a partner at Lee's firm … the partner told them': a definite person noun that the
    article introduced before with "a"/"an" (someone it never names)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts):
        return False
    doc = noun.doc
    return any(
        doc[i].lower_ == noun.lower_ and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in doc[i].lefts)
        for i in range(max(0, noun.i - _INTRODUCED_LOOKBACK), noun.i)
    )


def _in_reported_clause(token: Token, index: DocIndex) -> bool:
    """Whether ``token`` sits below a reporting verb ("Lee said a partner was wrong"); its own
    verb does not count ("a partner told him")."""
    word = token.head
    while word.head.i != word.i:
        word = word.head
        if index.context.cue_verb[word.i] and not _subjectless_participle(word):
            return True
    return False


def _subjectless_participle(verb: Token) -> bool:
    """'Asked later, the admiral chuckled': a past participle with no subject of its own frames
    the clause the parse may hang below it; it reports nobody's words. One in a perfect ('has
    argued') or joined to a verb before ('Lee has opposed it and has argued that …') has its
    subject elsewhere and reports as any verb does."""
    if verb.tag_ != "VBN" or verb.dep_ == "conj":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _in_noun_subject(token: Token) -> bool:
    """Whether ``token`` is inside a common-noun subject's phrase ("a partner at Lee's firm")."""
    word = token
    while word.dep_ not in NOUN_SUBJECT_DEPS and word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        word = word.head
    return word.i != token.i and word.dep_ in NOUN_SUBJECT_DEPS and word.pos_ == "NOUN"


def _may_be_person(resolution: Resolution) -> bool:
    """A person, or a name as written that the tagger did not type and that reads as no
    organisation (not an acronym, an outlet or a document's author kept as written)."""
    if resolution.kind == "person":
        return True
    name = resolution.name or ""
    return (
        resolution.kind == "unresolved"
        and resolution.how == "name"
        and not name.isupper()
        and not outlet_name(name)
        and len(name.split()) <= 3
    )


def _antecedent(pronoun: Token) -> Span | None:
    """'Smith, who said …': the noun phrase a relative clause hangs from (the first clause's for
    a second one joined to it: 'Smith, who … and who said …'). A possessive "whose" hangs on
    the noun it owns, the clause above that noun ("Ann Lee, the chairwoman, whose new book
    argues": the clause of "argues", from "book"; desc54)."""
    clause = pronoun.head.head if pronoun.dep_ == "poss" else pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl") or clause.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    noun = clause.head
    doc = noun.doc
    left = min(
        (c.left_edge.i for c in noun.lefts if c.dep_ in ("compound", "det", "amod", "poss", "nmod")), default=noun.i
    )
    return doc[left : noun.i + 1]
