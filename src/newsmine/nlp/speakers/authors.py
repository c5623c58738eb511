"""Who put a document out, read from the parse.

The author a document noun names in its own phrase ("a Harlow poll", "a report by the Daily
Ledger", "Lee's memo"), as the subject of an authoring verb ("Lee released a statement"), as
an office ("the IG report"), or as written when no entity holds it ("a RealClearPolitics
average"); and :func:`_document_authors`, every document the article names with its author,
listed once per document. The resolver's document rules (:mod:`.documents`) read these.

Split by what it holds (session 51): the entity a noun names as an author and an author as the
speaker are in :mod:`.author_entities`, the author a document noun names in its own phrase in
:mod:`.named_authors`, the author the clause around it names (the subject of an authoring verb,
the speaker who speaks "in" it) in :mod:`.clause_authors`. Here stay the list of an article's
documents and an author's name as written.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities.word_lists import demonym_of_a_country as _demonym_of_a_country
from newsmine.nlp.speakers.author_entities import _Author, _author_entity
from newsmine.nlp.speakers.clause_authors import _subject_author
from newsmine.nlp.speakers.named_authors import _author_of
from newsmine.nlp.speakers.verb_subjects import nearest_subject
from newsmine.nlp.speakers.words import (
    _DOCUMENT_NOUNS,
    _capitalised,
)

# Lower-case words naming a document's kind between its author and its noun ("polling",
# "tracking"), at most this many.
_KIND_WORDS = 2


def _written_author(noun: Token, index: DocIndex) -> str | None:
    """The name of a document's author that no entity holds, as written: 'a RealClearPolitics
    average', 'the RealClearPolitics polling average', 'a USA TODAY investigation', 'an average
    of polls by RealClearPolitics' (not a date, a place or a people: 'a June poll', 'a New
    Hampshire ad', 'recent Hoosier polls')."""
    doc = noun.doc
    runs: list[tuple[int, int]] = []
    end = noun.i
    while end > noun.i - _KIND_WORDS and end > 0 and doc[end - 1].is_lower and doc[end - 1].dep_ == "compound":
        end -= 1  # "the RealClearPolitics polling average": the kind of document before its noun
    if end < noun.i and not (end > 0 and _author_word(doc[end - 1], index)):
        end = noun.i
    i = end
    while i > 0 and _author_word(doc[i - 1], index):
        i -= 1
        if i > 1 and doc[i - 1].lower_ in ("for", "of", "&") and _author_word(doc[i - 2], index):
            i -= 1  # "a Club for Growth ad"
    if i < end:
        runs.append((i, end))  # "a RealClearPolitics average", "FEC records"
    for prep in noun.rights:
        for obj in prep.children if prep.dep_ == "prep" and prep.lower_ in ("by", "of") else ():
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ == "of" and obj.lower_ in _DOCUMENT_NOUNS:
                inner = _written_author(obj, index)  # "an average of polls by RealClearPolitics"
                if inner is not None:
                    return inner
            elif prep.lower_ == "by" and _author_word(obj, index):
                start = obj.i
                while start > prep.i + 1 and _author_word(doc[start - 1], index):
                    start -= 1
                runs.append((start, obj.i + 1))
    for start, end in runs:
        if not _only_peoples_words(doc[start:end]):
            return doc[start:end].text
    return None


def _only_peoples_words(run: Span) -> bool:
    """Whether every word of an author's name as written is a people's or nation's word
    ("recent Hoosier polls", "a Qatari report"): no author's name, only whose the polls are.
    Inside a longer name such a word stays ("a Sooner Poll survey", "an American Bridge ad"):
    refused word by word, it cut the pollster to "Poll" (review65f)."""
    return all(_demonym_of_a_country(token.lower_) for token in run)


def _first_partner(noun: Token, index: DocIndex) -> _Author | None:
    """'A USA TODAY/Rock the Vote Millennial Poll', 'a Daily Ledger/Harbor Institute poll': a
    joint poll written with a slash stands for its first partner, as a conjunction does in
    PolNeAR's gold (the USA Today poll's "the survey" is USA Today's, Rock the Vote only its
    alternative) and as :func:`.author_entities._joint_outlet` reads "Post-ABC": the name right
    before the slash, in the run of names right before the noun — its entity, else its
    capitalised words as written, joiners inside ("Rock the Vote/Daily Ledger poll" is Rock the
    Vote's, not "Vote"'s; review65b). Before, the name nearest the noun won ("Vote Millennial",
    "Harbor Institute"), the second partner or a piece of it (desc65)."""
    doc = noun.doc
    start = _run_start(doc, noun.i, 0, lambda t: _joint_name_word(t, index))
    # the first slash from the start: "A/B/C poll" is A's as "A/B poll" is
    slash = next((i for i in range(start, noun.i) if doc[i].text == "/"), None)
    if slash is None or slash == 0:
        return None
    first = index.cluster_of.get(slash - 1)
    if first is not None:
        return (first, False) if first.label == "ORG" else None
    if not _author_word(doc[slash - 1], index):
        return None  # "a 9/11 poll": no partner before the slash
    return doc[_run_start(doc, slash, start, lambda t: _author_word(t, index)) : slash].text, False


def _run_start(doc: Doc, end: int, floor: int, is_name_word: Callable[[Token], bool]) -> int:
    """Where the run of name words ending right before ``end`` starts (not before ``floor``):
    words ``is_name_word`` accepts, and the lower-case joiners between two of them ("Rock the
    Vote", "Club for Growth", "Harbor & Main")."""
    i = end
    while i > floor:
        joiner = doc[i - 1].lower_ in _JOINERS and i - 1 > floor and is_name_word(doc[i - 2])
        if not (joiner or is_name_word(doc[i - 1])):
            break
        i -= 1
    return i


# Lower-case words inside a pollster's name ("Rock the Vote", "Club for Growth").
_JOINERS = frozenset({"the", "of", "for", "&"})


def _joint_name_word(token: Token, index: DocIndex) -> bool:
    """A word of a joint poll's names, read from the words (the parse may tear "Daily Ledger/Rock
    the Vote Youth Poll" apart): a slash, a name's word no entity holds, or an organisation's."""
    if token.text == "/" or _author_word(token, index):
        return True
    cluster = index.cluster_of.get(token.i)
    return cluster is not None and cluster.label == "ORG"


def _author_word(token: Token, index: DocIndex) -> bool:
    """A capitalised word of an author's name no entity holds ("RealClearPolitics", "USA TODAY")."""
    if token.pos_ != "PROPN" and (
        token.pos_ != "NOUN"
        or token.is_sent_start
        or token.i == token.sent.start
        or (token.is_upper and len(token) <= 2)
    ):
        return False  # "The", "Exit polling", "a TV spot": not a name
    cluster = index.cluster_of.get(token.i)
    return (
        _capitalised(token)
        and (cluster is None or cluster.label == "WORK_OF_ART")  # "The Morning Consult poll" read as a title
        and token.ent_type_ in ("", "ORG", "PRODUCT", "WORK_OF_ART")
        and not index.in_quote[token.i]
    )


# "sue" as written: the subject of each brings a lawsuit.
_SUE_WORDS = frozenset({"sue", "sues", "sued", "suing"})
_COUNSEL_WORDS = frozenset({"lawyer", "attorney", "counsel"})


def _sponsor(bill: Token, author: _Author) -> bool:
    """Whether a bill's author is its sponsor, who speaks for it: a person, not the one
    who signs it into law ("Bryant signed the bill") nor a place ("Texas legislation")."""
    return author[0].label == "PERSON" and not (bill.dep_ == "dobj" and bill.head.lemma_.lower() == "sign")


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


# The documents whose author written with no entity ("a Morning Consult poll") other mentions of
# their family ("a new poll", "the results") may take up: a poll or survey is one pollster's,
# often a firm the recogniser misses. Not an average ("the RealClearPolitics average" is of many
# polls: "the latest polls" after it are no one pollster's), and as a title-cased name's end only
# these ("a Morning Consult Poll"), where "Report" or "Research" ends a body's or a site's name.
_POLL_WORDS = frozenset({"poll", "survey"})


def _suing_agent(verb: Token) -> Token | None:
    """The one a passive "sue" says brings the suit ("Benning was sued … by the union": the
    union), the object of its "by"; None for an active verb or a passive with no agent (desc53b:
    the one sued never speaks for "the lawsuit")."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return agents[0] if agents else None


def _document_authors(doc: Doc, index: DocIndex) -> list[tuple[int, str, str, _Author]]:
    """(start, document family, noun, author) of every document the article names with its
    author or has its author put out, in order; a poll's author may be its pollster's name as
    written, when no entity holds it (spk47)."""
    found = []
    lower, pos = index.context.lower, index.context.pos
    # The few document nouns picked out in one comprehension, not a loop step a token (session 53b).
    for i in [i for i, word in enumerate(lower) if word in _DOCUMENT_NOUNS]:
        word = lower[i]
        family = _DOCUMENT_NOUNS[word]
        if pos[i] not in ("NOUN", "PROPN") or (pos[i] == "PROPN" and word not in _POLL_WORDS):
            continue  # "a Morning Consult Poll" may be read as a name's end; not "the Drudge Report"
        token = doc[i]
        partner = _first_partner(token, index) if word in _POLL_WORDS else None
        if partner is not None:
            found.append((token.idx, family, _singular(word), partner))
            continue
        author = (_author_of(token, index) or _subject_author(token, index)) if pos[i] == "NOUN" else None
        if author is not None and (family != "bill" or _sponsor(token, author)):
            found.append((token.idx, family, _singular(word), author))
        elif author is None and word in _POLL_WORDS:
            # "A new poll … a Morning Consult poll found … according to the results": a pollster
            # the recogniser missed still authors the poll the article goes on about
            written = _written_author(token, index)
            if written is not None:
                found.append((token.idx, family, _singular(word), (written, False)))
    for i in token_indices(doc, LOWER, _SUE_WORDS):
        # "The Democratic Party … will sue the state of Arizona … The lawsuit says": a lawsuit
        # speaks for whoever brings it (the gold's plaintiff), named as the subject of "sue"
        token = doc[i]
        subject = nearest_subject(token) if token.pos_ == "VERB" else None  # not a dateline (desc53b)
        if subject is None and token.pos_ == "VERB":
            subject = _suing_agent(token)  # "Benning was sued on Monday by the Harlow Tenants Union"
        author = _author_entity(subject, index) if subject is not None else None
        if author is not None and not index.title_words(author[0]) & _COUNSEL_WORDS:
            # (not "Elias is suing" for his clients: a lawyer's suit is the client's)
            found.append((token.idx, _DOCUMENT_NOUNS["lawsuit"], "lawsuit", author))
    return sorted(found, key=lambda entry: entry[0])
