"""Descriptions of organisations and outlets.

"The newspaper" and "the editorial board" stand for the latest outlet, or for an outlet name
the recogniser missed (:func:`_outlets_written`, listed once per document); "the Future45
group" for the body named beside its noun; "the board of the Lee Foundation" for the body it
belongs to, and "the board" for the company whose board the article named ("Orvane's board");
"the commission", "police" for a public body or force the article writes only in
lower case by its place; an organisation noun no rule resolved, by its words or as no name
(:func:`_organisation_noun`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import DocIndex, outlet_name
from newsmine.nlp.antecedents.body_words import names_police_union
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.entities.word_lists import IRREGULAR_DEMONYMS
from newsmine.nlp.entities.word_lists import all_first_names as _first_names
from newsmine.nlp.entities.word_lists import same_nation as _same_nation
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.bodies_as_written import body_named_as_written_before
from newsmine.nlp.speakers.cause_names import name_carried_by_preposition
from newsmine.nlp.speakers.missed_outlets import newspaper_names_missed
from newsmine.nlp.speakers.quoted_indefinites import quoted_indefinite
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.unnamed import _quantified
from newsmine.nlp.speakers.words import (
    _BODY_TYPES,
    _DEFINITE,
    _DETERMINERS,
    _OUTLET_VOICES,
    _PARTY_WORDS,
    _capitalised,
)

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

_WRITTEN_BODY_SENTENCES = 5


def _body_it_belongs_to(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'the executive council for the AFT', 'the board of the Lee Foundation': the named
    body the organisation noun belongs to (its spokespeople and organs speak for it), as
    its entity, else as written when no entity holds it."""
    for prep in mention.root.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            cluster = resolver.index.cluster_of.get(obj.i)
            if cluster is not None:
                return _for_cluster(cluster, "description") if cluster.label == "ORG" else None
            if obj.pos_ == "PROPN" and _capitalised(obj):
                start = min((c.i for c in obj.lefts if c.dep_ == "compound"), default=obj.i)
                return Resolution("organisation", None, resolver.doc[start : obj.i + 1].text, "description")
    return None


def _body_whose_board(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'Lopez was one of the trusted members of Orvane's board … The board said': a "board"
    that no body named a board fits stands for the organisation it belongs to ("the bank's
    board": the bank the article named), and a bare "the board" for the organisation whose
    board the article wrote before ("Orvane's board", "the board of Orvane"), the latest one:
    a company's board speaks for it, as its spokespeople do. A board written since that
    belongs to no organisation named ("the Dover school board") is the one meant, so it
    stops the search; a bare "the board" before goes on with the one before it."""
    root, doc, index = mention.root, resolver.doc, resolver.index
    if root.lower_ != "board":
        return None
    own = _board_owner(resolver, root)
    if own is not None or any(t.i != root.i and t.lower_ not in _DEFINITE for t in mention):
        return own
    for i in reversed(token_indices(doc, LOWER, _BOARD_WORDS)):  # not a Token per word of the article
        if i < root.i and not index.in_quote[i]:
            owner = _board_owner(resolver, doc[i])
            if owner is not None or _modified_board(doc[i]):
                return owner
    return None


def _modified_board(board: Token) -> bool:
    """Whether a board is written with words that say whose or which it is ("the school
    board", "the board of education"), not as a bare "the board"."""
    return any(c.dep_ in _BOARD_MODIFIERS or (c.dep_ == "prep" and c.lower_ == "of") for c in board.children)


_BOARD_WORDS = frozenset({"board"})
# Dependents that tell one board from another ("Orvane's", "school", "state", "the five-member").
_BOARD_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod", "nummod"})


def _board_owner(resolver: SpeakerResolver, board: Token) -> EntityCluster | None:
    """The organisation a board belongs to: a named one ("Orvane's board", "the Orvane board",
    "the board of Orvane") or one described by its kind ("the bank's board"), resolved as
    "the bank" would be there."""
    index = resolver.index
    owners = [c for c in board.children if c.dep_ in ("poss", "compound")]
    owners += [o for p in board.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for owner in owners:
        cluster = index.cluster_of.get(owner.i)
        if cluster is not None:
            return cluster if cluster.label == "ORG" else None
        if owner.pos_ == "NOUN" and owner.lower_ in _BODY_TYPES and any(c.lower_ == "the" for c in owner.children):
            return index.body_for_description(
                owner.lower_, _BODY_TYPES[owner.lower_], owner.idx, False, index.sentence_of[owner.i]
            )
    return None


def _outlet_voice(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'the editorial said', 'the editorial board wrote', 'the editors' with no outlet
    named in the phrase: the latest outlet, as "the newspaper" would be."""
    root = mention.root
    # the determiner may lie outside a source span cut to its noun ("the [editorial] read")
    determiner = mention[0].lower_
    if determiner not in _DETERMINERS and mention.start > 0:
        determiner = resolver.doc[mention.start - 1].lower_
    if root.lower_ not in _OUTLET_VOICES or determiner not in _DEFINITE:
        return None
    if root.lower_ == "board" and not any(c.lower_ == "editorial" for c in root.lefts):
        return None  # "the board" of a company, a school
    index = resolver.index
    outlet = index.body_for_description(
        "newspaper",
        _BODY_TYPES["newspaper"],
        mention.start_char,
        mention.start_char < resolver.headline_end,
        index.sentence_of[root.i],
    )
    return _for_cluster(outlet, "description") if outlet is not None else _written_outlet(resolver, mention)


def _written_outlet(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'the newspaper' where no entity is an outlet, but the article writes one's name the
    recogniser missed ("the editors of The Advocate"): the latest such name before the
    mention, else the first after it."""
    before = [(name, c) for start, name, c in resolver.outlets_written if start < mention.start_char]
    after = [(name, c) for start, name, c in resolver.outlets_written if start >= mention.end_char]
    found = before[-1] if before else after[0] if after else None
    if found is None:
        return None
    name, cluster = found
    # an outlet read as a work of art is still the organisation that speaks
    return Resolution("organisation", cluster, name, "description")


# How many sentences back a body described by its kind ("the group") may have been the subject
# under a name the recogniser missed.
_WRITTEN_SUBJECT_SENTENCES = 1
# The fewest letters of initials read as a body's name ('AARP said'): three, the floor the
# entities set for the initials a body goes by (``entities.names._acronyms``: never 'SC').
# Session 29 (desc11) gave the number no reason of its own.
_MIN_INITIALS = 3


def _subject_written(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'The pro-Christie Union Leader, New Hampshire's largest newspaper, … the editorial board
    wrote', 'Harbor Monthly retracted a story … The magazine said': a definite body description
    that no entity fits stands for the subject of its sentence or the one before written as a
    name the recogniser missed (capitalised proper nouns of more than one word, or initials; no
    person's first name, no entity or person tagged inside, outside quotation marks), as
    written."""
    root, index, doc = mention.root, resolver.index, resolver.doc
    if mention[0].lower_ not in _DEFINITE or root.tag_ != "NN" or any(t.pos_ == "PROPN" for t in mention):
        return None
    sentence = index.sentence_of[root.i]
    for i in range(mention.start - 1, -1, -1):
        if sentence - index.sentence_of[i] > _WRITTEN_SUBJECT_SENTENCES:
            return None
        token = doc[i]
        if token.dep_ not in NOUN_SUBJECT_DEPS or index.in_quote[i]:
            continue
        first = next((t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), token)
        words = doc[first.i : token.i + 1]
        initials = len(words) == 1 and token.is_upper and len(token) >= _MIN_INITIALS
        carried = name_carried_by_preposition(token) if len(words) == 1 and not initials else None
        if carried is not None:
            words = carried  # "Ohioans for Clean Elections, a nonpartisan watchdog, filed …"
        elif token.pos_ != "PROPN" or not (len(words) > 1 or initials) or not all(_capitalised(t) or t.is_upper for t in words):
            continue
        if any(t.i in index.cluster_of or t.ent_type_ == "PERSON" for t in words) or words[0].lower_ in _first_names():
            continue
        return Resolution("organisation", None, words.text, "description")
    return None


def _outlet_written_since(resolver: SpeakerResolver, mention: Span, body: EntityCluster | None) -> Resolution | None:
    """'… told The Hill. … recipes for Family Circle magazine's poll. The magazine said':
    an outlet the recogniser missed, written with its noun after the outlet entity was last
    named, is the one "the magazine" stands for."""
    if body is None:
        return None
    since = resolver.doc[max(resolver.index.latest_token(body, mention.start_char), 0)].idx
    written = [(name, c) for start, name, c in resolver.outlets_written if since < start < mention.start_char]
    if not written:
        return None
    name, cluster = written[-1]
    return Resolution("organisation", cluster, name, "description")


def _public_body_written(resolver: SpeakerResolver, mention: Span) -> str | None:
    """'a New Hampshire ballot commission … the commission said', "China's foreign ministry …
    the ministry said": a public body the article names only in lower case by its place,
    within the last few sentences, as written."""
    index = resolver.index
    root = mention.root
    nation = _nation_before_head(mention)
    sentence = index.sentence_of[root.i]
    for i in range(root.i - 1, -1, -1):
        if sentence - index.sentence_of[i] > _WRITTEN_BODY_SENTENCES:
            break
        token = resolver.doc[i]
        if token.lower_ != root.lower_ or i in index.cluster_of or index.in_quote[i]:
            continue
        modifiers = [
            c for c in token.lefts
            if c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "poss" and c.ent_type_ == "GPE")
        ]  # fmt: skip
        if nation is not None:
            # "the French foreign ministry" after "France's foreign ministry": the same one;
            # after "Karelia's foreign ministry" or "France's interior ministry": another one
            if _same_body_of_nation(mention, nation, modifiers):
                return resolver.doc[min(c.left_edge.i for c in modifiers) : i + 1].text
            continue
        if any(c.ent_type_ == "GPE" for c in modifiers):
            start = min(c.left_edge.i for c in modifiers)
            return resolver.doc[start : i + 1].text
        if modifiers or any(c.dep_ == "det" and c.lower_ != "the" for c in token.lefts):
            return None  # another commission, or a new one ("a commission"): nothing to write
    return None


def _same_body_of_nation(mention: Span, nation: Token, modifiers: list[Token]) -> bool:
    """Whether a body written before ("France's foreign ministry", its words ``modifiers``)
    is the one ``mention`` ("the French foreign ministry") names by its nation's adjective
    ``nation``: its place is that nation, and its other words are the mention's."""
    places = [c.lower_ for c in modifiers if c.ent_type_ == "GPE"]
    if len(places) != 1:
        return False
    place, adjective = places[0], nation.lower_
    if not (place == adjective or place in IRREGULAR_DEMONYMS.get(adjective, ()) or _stem_of_nation(place, adjective)):
        return False
    words = {c.lower_ for c in modifiers if c.ent_type_ != "GPE"}
    return words == {t.lower_ for t in mention if t.i < mention.root.i and t.i != nation.i and t.dep_ != "det"}


def _stem_of_nation(place: str, adjective: str) -> bool:
    """Whether a nationality adjective is built on the place's whole name but at most its last
    letter ("austrian" of "austria", "italian" of "italy"): the looser stem match the resolver
    uses lets "australian" be of "austria", another country's body."""
    return _same_nation(place, adjective) and adjective.startswith(place[:-1])


def _nation_before_head(mention: Span) -> Token | None:
    """The word before a body description's head that names its own country or place ("the
    Austrian foreign ministry", the adjective tagged a nationality, not a proper noun), or
    None: such a body is written as it stands, like "the Dutch foreign ministry", not taken
    for another body."""
    return next((t for t in mention if t.i < mention.root.i and t.ent_type_ in ("NORP", "GPE")), None)


def _named_by_compound(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'The Future45 group', 'the Acme company': a body description written with a name the
    recogniser left untagged (or tagged an organisation) right before its head is that body,
    by the name (not a place, people or party: "the Iowa group", "the Republican group")."""
    root = mention.root
    if not root.is_lower:
        return None  # "the Clinton Foundation": a name, not a description
    names = [
        t for t in root.lefts
        if t.dep_ == "compound" and t.pos_ in ("PROPN", "NOUN") and _capitalised(t) and t.i > t.sent.start
    ]  # fmt: skip
    if not names or names[-1].i != root.i - 1 or any(t.is_upper and len(t) > 1 and t.ent_type_ != "ORG" for t in names):
        return None
    clusters = {id(c): c for t in names if (c := resolver.index.cluster_of.get(t.i)) is not None}
    if len(clusters) == 1:
        cluster = next(iter(clusters.values()))
        return _for_cluster(cluster, "name") if cluster.label == "ORG" else None
    if clusters or any(t.ent_type_ or t.lower_ in _PARTY_WORDS for t in names):
        return None
    return Resolution("organisation", None, resolver.doc[names[0].i : root.i].text, "name")


def _unnamed_since(resolver: SpeakerResolver, mention: Span, body: EntityCluster) -> bool:
    """'A group of parents gathered … the group said': the description's noun introduced
    with an indefinite article after ``body`` was last named stands for that unnamed one (not
    when it describes the body in apposition: "the Lee Council, an industry group,", nor inside
    a quotation as a possessor: :mod:`.quoted_indefinites`, nor when it is what a subject is
    after a copula: '"We are a public university," Marsh wrote', probe55)."""
    head = mention.root.lower_
    index = resolver.index
    lower = index.context.lower
    since = max(index.latest_token(body, mention.start_char), 0)
    for i in range(mention.root.i - 1, since, -1):
        token = resolver.doc[i]
        if lower[i] != head or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.lefts):
            continue
        if quoted_indefinite(index, token):
            continue  # '"… cut an agency's staff …," she said': a speaker's generic possessor, no one brought in
        if token.dep_ == "attr" and _the_body_is(index, token, body):
            continue  # '"We are a public university," Marsh wrote': what a subject is, no other one brought in
        start = token.left_edge.i
        after_body = start >= 2 and resolver.doc[start - 1].text == "," and index.cluster_of.get(start - 2) is body
        if token.dep_ == "appos" and (index.cluster_of.get(token.head.i) is body or after_body):
            continue  # the body's own apposition ("the Lee Institute, a think tank,", wherever the parse hangs it)
        return True
    return False


# Subjects of a copula that stand for a body just named: '"We are a public university," Marsh wrote'.
_PRONOUNS_OF_A_BODY = frozenset({"we", "it", "they"})


def _the_body_is(index: DocIndex, attr: Token, body: EntityCluster) -> bool:
    """Whether the copula whose complement is ``attr`` says what ``body`` is: its subject a
    pronoun of a body ('"We are a public university,"', "It is a group of parents") or a
    mention of ``body`` ("The Alliance is a group of parents"). A copula with another subject
    brings in a new one ("There is a group of parents who …", "Its main rival is a group of
    parents …", "The plaintiffs are a group of parents …": review55)."""
    subjects = [t for t in attr.head.children if t.dep_ in NOUN_SUBJECT_DEPS]
    return any(t.lower_ in _PRONOUNS_OF_A_BODY or index.cluster_of.get(t.i) is body for t in subjects)


def _police_of_place(resolver: SpeakerResolver, mention: Span) -> str | None:
    """'police said' after "Tulsa police" (no police department named): the latest place's
    police as written, else the first after a headline's mention."""
    lower = resolver.index.context.lower
    headline = mention.start_char < resolver.headline_end
    before = range(mention.root.i - 1, -1, -1)
    after = range(mention.root.i + 1, len(resolver.doc)) if headline else range(0)
    for i in (*before, *after):
        if lower[i] != "police" or i == mention.root.i:
            continue
        places = [
            c for c in resolver.doc[i].lefts
            if c.dep_ in ("compound", "nmod", "amod") and (c.ent_type_ in ("GPE", "ORG") or c.pos_ == "PROPN")
        ]  # fmt: skip
        if places:
            return resolver.doc[places[0].left_edge.i : i + 1].text
    return None


def _outlets_written(doc: Doc, index: DocIndex) -> list[tuple[int, str, EntityCluster | None]]:
    """(start, name, entity) of the outlets the article names only where its editors or
    editorial board are ("the editors of The Advocate"), the name being in no entity, read as
    a one-word person's, or an organisation the outlet list lacks: the recogniser misses
    one-word titles of newspapers, and the list cannot hold every local paper."""
    found = []
    for i in token_indices(doc, LOWER, _OUTLET_VOICES):
        for prep in doc[i].rights:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or not _capitalised(obj):
                    continue
                cluster = index.cluster_of.get(obj.i)
                if cluster is not None and cluster.label in ("ORG", "WORK_OF_ART") and not outlet_name(cluster.name):
                    # "the editors of The Advocate" tagged a body or a work the outlet list does not know
                    found.append((doc[obj.i].idx, cluster.name, cluster))
                    continue
                if cluster is not None and (cluster.label != "PERSON" or len(cluster.name.split()) > 1):
                    continue  # an outlet the recogniser found, or a person ("the editors of Lee's memoir")
                start = min((c.i for c in obj.lefts if c.dep_ == "compound" and _capitalised(c)), default=obj.i)
                found.append((doc[start].idx, doc[start : obj.i + 1].text, None))
    outlet_nouns = [noun for noun, types in _BODY_TYPES.items() if types == ("outlet",)]
    for i in token_indices(doc, LOWER, outlet_nouns):
        # "Family Circle magazine's poll", "the Harlow Courier newspaper": a name written before its outlet noun
        names = [c for c in doc[i].lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and _capitalised(c)]
        if not names or index.in_quote[i]:
            continue
        cluster = index.cluster_of.get(names[-1].i)
        if cluster is not None and (cluster.label in ("PERSON", "GPE", "NORP") or outlet_name(cluster.name)):
            continue  # "the Lee website", "the Ohio newspaper"; an outlet the recogniser found is its entity
        start = min(c.left_edge.i for c in names)
        if all(doc[k].pos_ == "PROPN" and _capitalised(doc[k]) for k in range(start, i)):
            found.append((doc[start].idx, doc[start:i].text, cluster))  # a product or work: still the outlet
    found += newspaper_names_missed(doc, index)  # "the Des Moines Courier reported", tagged nothing
    return sorted(found, key=lambda entry: entry[0])


def _organisation_noun(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """An organisation noun no other rule resolved: the named body it belongs to ("the
    executive council of the AFT"); else, after a determiner or quantifier with no name before
    the head ("a group of parents", "the agency" with no agency named before), an organisation
    with no name; else, when a proper noun or "the" and a nation says which body, its words as the
    name ("Cologne police", "the Obama administration"; not "Police said", a kind of body: the
    one body of that kind the article names, else no name). Tried after the description rules,
    which look for the body meant."""
    root = mention.root
    low = root.lower_
    if low not in lexicons.load("organisation_nouns"):
        return _bodies_unnamed(mention)
    body = _body_it_belongs_to(resolver, mention)
    if body is not None:
        return body  # "the executive council of the AFT"
    proper = any(t.pos_ == "PROPN" for t in mention[: root.i - mention.start + 1]) or (
        mention[0].lower_ == "the" and _nation_before_head(mention) is not None
    )  # "the Austrian foreign ministry" is named, "an Israeli newspaper" is not
    if (mention[0].lower_ in _DETERMINERS or _quantified(mention[0])) and not proper:
        # "The Portland school board voted … The board said": the body just named as written
        return body_named_as_written_before(resolver, mention) or Resolution("organisation", None, None)
    first = 1 if mention[0].lower_ in _DETERMINERS else 0
    words = resolver.doc[mention.start + first : root.i + 1]  # not a clause after the head
    if len(words) == 1 and _BODY_TYPES.get(low) == ("outlet",):
        return Resolution("organisation", None, None)  # a headline's "Newspaper Says …" is no name
    headline_case = mention.start_char < resolver.headline_end or any(t.is_upper and len(t) > 1 for t in words)
    if not proper and not headline_case:
        # "Police said", "Brazilian police said", "the Republican hopefuls": a kind of body, no
        # name of one (as "an Israeli newspaper"); its words would pass for a body's name. A
        # headline, in title case or capitals ("Campaign for Trump Says …", "AUSTRALIAN OLYMPIC
        # TEAM REFUSES …"), has lost its proper nouns' tags: its words stay
        placed = force_of_place_beside(resolver, mention)
        if placed is not None:
            return placed  # "Kettering police" with the place parsed as a verb: not the force named
        only = _only_body_of_kind(resolver, mention)
        return _for_cluster(only, "description") if only is not None else Resolution("organisation", None, None)
    return Resolution("organisation", None, words.text, "name")  # "Cologne police", "the Obama administration"


# The kinds of body a bare kind word names, and the words a name of that kind holds: a police
# force ("Dayton Police Department", "Harris County Sheriff's Office"), a company.
# Words saying where a place lies, written before its name and no word of its force's name.
_PLACE_DESCRIBERS = frozenset("suburban nearby neighboring neighbouring rural downtown".split())
# ... and words saying which part of it, only in lower case: capitalised, they open a name of
# its own ("Northern Virginia", "Central Falls" police are not the Virginia State Police or the
# Cuyahoga Falls Police Department; review57d).
_PART_DESCRIBERS = frozenset("northern southern eastern western central".split())
_KIND_NAME_WORDS = {"police": frozenset({"police", "sheriff's", "sheriff", "constabulary"})}
_COMPANY_KINDS = frozenset({"company", "firm"})
# Words before the head that say no one body of the kind ("Neither company", "both firms").
_NO_ONE_BODY = frozenset({"neither", "no", "either", "both", "each", "every"})


def bodies_of_kind(resolver: SpeakerResolver, mention: Span, before: bool = False) -> list[EntityCluster] | None:
    """The bodies the article names of the kind a bare kind word says ("police": a force whose
    name holds Police, Sheriff's or Constabulary; "company": one named with its legal form or
    called a company), in order, anywhere or only ``before`` the mention; None when the word is
    no such kind or says no one body ("Neither company", "Brazilian police": a negation or a
    nation before the head)."""
    root = mention.root
    low = root.lower_
    if low not in _KIND_NAME_WORDS and low not in _COMPANY_KINDS:
        return None
    if any(t.i != root.i and (t.lower_ in _NO_ONE_BODY or t.ent_type_ in ("NORP", "GPE")) for t in mention):
        return None
    index = resolver.index
    found: dict[int, EntityCluster] = {}
    for n in index.named:
        cluster = n.cluster
        if before and n.start_char >= mention.start_char:
            break  # the named mentions are in the order of the text
        if cluster.label != "ORG" or id(cluster) in found:
            continue
        if low in _KIND_NAME_WORDS:
            words = set(cluster.name.lower().replace("’", "'").split())
            fits = bool(words & _KIND_NAME_WORDS[low]) and not names_police_union(cluster.name)  # not "… Benevolent Association"
        else:
            fits = index.body_fit(cluster, "company", ("company",)) >= 3 or index.is_company(cluster)
        if fits:
            found[id(cluster)] = cluster
    return list(found.values())


def force_of_place_beside(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Kettering police said', 'police in Kettering said': a bare 'police' with a place beside
    it is that place's force: the one force named whose name holds the place's words
    ("Kettering Police Department"; "Montgomery County" whole, not "County"), before or after;
    with none (or two) named, the words from the kind word to the place as its name ("Cologne
    police", "police in Cologne", "Montgomery County police"), as
    :func:`_organisation_noun` writes a body a proper noun says, never another place's force the
    article names (the recogniser often tags the place apart from the mention, so the
    description rules would take the force named last). None when no place stands beside it
    ("Police said", "Military police", "police in the city")."""
    root = mention.root
    if root.lower_ not in _KIND_NAME_WORDS:
        return None
    place = _place_beside(root)
    if place is None:
        return None
    # the place's whole name ("Montgomery County police": not "County" alone, which any county's
    # force holds), from its first word that is no determiner and no word placing it ("Suburban
    # Kettering police", tagged a proper noun as it opens a sentence, is the Kettering Police
    # Department; review57), which before "county" picks another county ("neighboring county police")
    first = next(t.i for t in resolver.doc[place.left_edge.i : place.i + 1] if t.lower_ not in _DETERMINERS)
    named_from = first + 1 if first < place.i and _is_place_describer(resolver.doc, first) else first
    place_words = {t.lower_ for t in resolver.doc[named_from : place.i + 1]}
    named = bodies_of_kind(resolver, resolver.doc[root.i : root.i + 1]) or ()
    forces = [c for c in named if place_words <= set(c.name.lower().split())]
    if len(forces) == 1:
        return _for_cluster(forces[0], "description")
    words = resolver.doc[min(named_from, root.i) : max(place.i, root.i) + 1]
    return Resolution("organisation", None, words.text, "name")


# Words before a bare "police" that say a force of another kind than a place's own ("State
# police", "Military police", "campus police"): never the city's force the article names.
_OTHER_FORCES = frozenset({
    "state", "military", "campus", "university", "transit", "federal", "border", "secret", "park", "port",
    "railway", "railroad", "capitol", "tribal", "highway",
})  # fmt: skip


def force_of_another_kind(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'State police said', 'Military police said', 'the campus police said': a bare 'police'
    after a word that says another kind of force, no place written with it, is that force as
    written, never the city force the article names (review56e). None when no such word comes
    before it or a place does ("Ohio state police", "the Ohio State Police": the place's rules
    and the name decide)."""
    root = mention.root
    if root.lower_ != "police":
        return None
    before = [t for t in mention[: root.i - mention.start] if t.lower_ not in _DETERMINERS]
    if not any(t.lower_ in _OTHER_FORCES for t in before):
        return None
    if any(t.lower_ not in _OTHER_FORCES and (_names_a_place(t) or t.ent_type_ in ("NORP", "GPE")) for t in before):
        return None  # "Ohio state police", "the Ohio State Police": a place says whose
    return Resolution("organisation", None, resolver.doc[before[0].i : root.i + 1].text, "name")


def _is_place_describer(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` says where a place named right after it lies ("suburban
    Kettering", "nearby Greene County"), not "county" it picks out ("neighboring county")."""
    word = doc[i]
    placing = word.lower_ in _PLACE_DESCRIBERS or (word.lower_ in _PART_DESCRIBERS and word.is_lower)
    return placing and doc[i + 1].lower_ != "county"


def _place_beside(root: Token) -> Token | None:
    """The place written before a bare kind word ("Kettering police", inside its mention or
    tagged alone outside it) or after it with 'in' ("police in Kettering"): a proper noun or a
    word tagged a place or body, or "county" in lower case ("…, county police said": xfail57);
    None when there is none."""
    for t in root.lefts:
        if t.dep_ in ("compound", "amod", "nmod") and (_names_a_place(t) or t.lower_ == "county"):
            return t  # a lower-case "county police" too, as "County police" opening a sentence
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            place = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if place is not None and _names_a_place(place):
                return place
    return None


def _names_a_place(token: Token) -> bool:
    """A capitalised word tagged a place or body ('Kettering' tagged ORG and parsed as a verb at
    a sentence's start) or an untagged proper noun; not 'Military' or 'Transit', common words,
    nor 'March', a date."""
    return _capitalised(token) and (
        token.ent_type_ in ("GPE", "LOC", "ORG", "FAC") or (token.pos_ == "PROPN" and not token.ent_type_)
    )


def _only_body_of_kind(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The one body of the bare word's kind the article names before it, which the description
    rules did not reach; none when it names none or two or more. A force named only further
    down is theirs to weigh ("… police said" in the lead, "wanted by the Dallas Police
    Department since a robbery" at the end is not the force that spoke)."""
    bodies = bodies_of_kind(resolver, mention, before=True)
    return bodies[0] if bodies is not None and len(bodies) == 1 else None


def _described_bare(mention: Span) -> bool:
    """Whether the plural opens the mention with no determiner after common words that say
    what kind of bodies they are ("Consumer groups said", "Environmental groups said"): a
    kind, never bodies named before."""
    before = mention[: mention.root.i - mention.start]
    return len(before) > 0 and all(t.pos_ in ("ADJ", "NOUN") and t.lower_ not in _DETERMINERS for t in before)


def _bodies_unnamed(mention: Span) -> Resolution | None:
    """"The unions representing workers at the plants said", "several agencies said": the
    plural of an organisation noun, with no name before its head, is several bodies nobody
    named, a group of no one named; so is a bare plural after words saying what kind
    ("Consumer groups said"). A definite one needs a phrase of its own that
    introduces it there: "the companies" alone are bodies named before (left open), and so
    are "the (two) companies, which have fought for years,": a clause set off by a comma says
    more of bodies known already, unless a word before the head describes them ("the lower
    courts, which have ruled …")."""
    root = mention.root
    if root.tag_ != "NNS" or root.lemma_ not in lexicons.load("organisation_nouns"):
        return None
    doc = mention.doc
    clauses = [c for c in root.rights if c.dep_ in ("acl", "relcl")]
    described = any(not t.like_num for t in doc[mention.start + 1 : root.i])
    introduced = any(doc[c.left_edge.i - 1].text != "," or described for c in clauses)
    if not (_quantified(mention[0]) or (mention[0].lower_ in _DETERMINERS and introduced) or _described_bare(mention)):
        return None
    if any(t.pos_ == "PROPN" for t in mention[: root.i - mention.start + 1]):
        return None  # "the Teamsters unions"
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in root.children):
        return None  # "Three unions — Unite, the GMB and Unison — said": named after all
    if any(c.dep_ == "prep" and c.lower_ in ("like", "as") and any(t.pos_ == "PROPN" for t in c.subtree) for c in root.children):
        return None  # "Consulting firms like McKinsey", "groups such as the ACLU": named by example
    return Resolution("anonymous", None, mention.text)
