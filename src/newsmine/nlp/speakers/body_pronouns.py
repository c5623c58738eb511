"""The pronouns "it" and "they": the organisation or group they stand for.

A body named as a subject of the pronoun's sentence, the people joined as a subject, the
previous speaker when it is an organisation or a group, an organisation a description made the
subject of, else a document just named (speaking for its author) for "it", and for "they" the
people last named together in any role (not examples of a larger group nor alternatives). An
"it" that stands for nothing, a place-holder for its verb's clause ("it turned out that …", "it
remains to be seen whether …"), stands for no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import rank_bodies, rank_group, rank_people_named_together
from newsmine.nlp.parser_labels import CLAUSE_SUBJECT_DEPS, NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.documents import _document_author
from newsmine.nlp.speakers.research_authors import RESEARCH_PEOPLE
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.unnamed import _unnamed_people
from newsmine.nlp.speakers.verb_documents import described_author, put_out
from newsmine.nlp.speakers.words import _DOCUMENT_NOUNS, _PARTY_OF_GROUP

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


def _body_pronoun(resolver: SpeakerResolver, mention: Span, plural: bool) -> Resolution:
    if not plural and len(mention) == 1 and _expletive_it(mention.root):
        return Resolution("unresolved")  # "it turns out that …", "it's safe to say …": no one
    prev = resolver.previous
    group = rank_group(resolver.index, mention, ("PERSON", "ORG"), subject_only=True) if plural else None
    body = rank_bodies(resolver.index, mention, plural)
    body_token = resolver.index.latest_token(body, mention.start_char) if body is not None else -1
    body_here = body_token >= 0 and resolver.index.sentence_of[body_token] == resolver.index.sentence_of[mention.root.i]
    body_speaks = body_here and not _in_their_words(mention, body_token)  # "Democrats … because they said"
    if group is None and plural and not body_speaks and _unnamed_many_just_before(resolver, mention):
        # "…, two of the people said. No decision has been made, and Acme could keep the unit,
        # they said": the unnamed people speaking again, not the body their words name
        return Resolution(prev.kind, None, prev.name, "previous_speaker")
    if body_here:
        return _for_cluster(body, "pronoun", added=mention)  # "Republicans called it because they …"
    if group is not None:
        return _for_cluster(group, "pronoun")  # "Lee and Ruiz met …; they said": the first of them
    if (
        not plural
        and prev is not None
        and resolver.doc[resolver.previous_token].lower_ in _DOCUMENT_NOUNS
        and resolver.index.narrative_sentences_between(resolver.previous_token, mention.root.i) == 0
    ):
        # "Lee's press release does not mention it. It also points out …": the document again
        return Resolution(prev.kind, prev.cluster, prev.name, "previous_speaker")
    if (
        not plural
        and prev is not None
        and prev.kind == "person"
        and prev.name
        and resolver.doc[resolver.previous_token].lower_ == "it"
        and resolver.index.narrative_sentences_between(resolver.previous_token, mention.root.i) == 0
        and not _names_another_document(resolver, mention)
    ):
        # '"…," it reads. "…," it said.': a speaking "it" given a person is a document of
        # theirs, and the next "it" with only quotation between is that document again
        return Resolution(prev.kind, prev.cluster, prev.name, "previous_speaker")
    near = (
        prev is not None
        and resolver.index.sentence_of[mention.root.i] - resolver.index.sentence_of[resolver.previous_token] <= 1
    )
    country = prev is not None and prev.cluster is not None and prev.cluster.label == "GPE"
    group = prev is not None and (
        prev.kind == "anonymous"
        or prev.name in _PARTY_OF_GROUP.values()
        or (near and prev.kind == "organisation" and not country)  # a country is "it", not "they"
        # researchers speaking as the one who leads them ("The authors wrote …", for the
        # researchers led by Sorensen: probe49): "they" right after are the same people (not
        # "The results show …", a poll speaking for its author: "They" there are the voters)
        or (near and prev.kind == "person" and resolver.doc[resolver.previous_token].lower_ in RESEARCH_PEOPLE)
    )
    if not plural and prev is not None and prev.kind == "organisation":
        # "The union said …. Acme Steel released a statement within the hour. '…,' it said":
        # a document put out since the previous speaker spoke is what "it" stands for, and it
        # speaks for its author (xfail55)
        released = _document_just_named(resolver, mention, after=resolver.previous_token)
        if released is not None:
            return released
    if prev is not None and (group if plural else prev.kind == "organisation"):
        if prev.cluster is not None:
            return _for_cluster(prev.cluster, "previous_speaker", added=mention)
        return Resolution(prev.kind, None, prev.name, "previous_speaker")
    if body is None:
        described = _described_subject(resolver, mention, plural)
        if described is None and not plural:
            described = _document_just_named(resolver, mention)
        if described is None and plural:
            # "Take Sens. Lee and Ruiz. Last week, they endorsed …": no body or group named as a
            # subject, so the people last named together (the first of them, the gold's
            # convention), in any role and up to three sentences back; not "Lee or Ruiz" nor
            # "stars like Lee and Ruiz" (all train: 9 wrong→right, 1 right→wrong in session 19)
            pair = rank_people_named_together(resolver.index, mention)
            if pair is not None:
                return _for_cluster(pair, "pronoun")
            described = _same_people_again(resolver, mention)
        return described or Resolution("unresolved")
    return _for_cluster(body, "pronoun", added=mention)


def _unnamed_many_just_before(resolver: SpeakerResolver, mention: Span) -> bool:
    """The previous speaker is unnamed people (a plural or a share of them: "people familiar
    with the matter", "two of the people") of this sentence or the one before, in the same
    paragraph."""
    prev, index = resolver.previous, resolver.index
    if prev is None or prev.kind != "anonymous" or prev.cluster is not None or resolver.previous_token < 0:
        return False
    before = resolver.doc[resolver.previous_token]
    if not (before.tag_ == "NNS" or before.like_num or before.lower_ in ("some", "many", "several", "both", "they")):
        return False
    if index.context.para_of[before.i] != index.context.para_of[mention.root.i]:
        return False
    return 0 <= index.sentence_of[mention.root.i] - index.sentence_of[before.i] <= 1


def _in_their_words(mention: Span, token: int) -> bool:
    """Whether ``token`` lies in what the pronoun's verb governs ("Acme could keep the unit, they
    said": a body named in their words), not in a clause that governs the pronoun's own
    ("Democrats blocked the bill because they said it was too costly": the body is the one
    speaking, whoever spoke the sentence before)."""
    verb = mention.root.head
    return verb.left_edge.i <= token <= verb.right_edge.i


def _names_another_document(resolver: SpeakerResolver, mention: Span) -> bool:
    """Whether the speaking "it"'s own sentence, outside quotation marks, names a document not
    written as the one before ("the email"): '"…," it said in a statement from the Pentagon',
    '"…," it said, in a reply memo Gen. Ann Cole sent' are another document than the first
    (review56c: the document-again rule gave them the first email's author). Not a place, an
    addressee or the author named there ('it said, referring to troops near Baghdad', 'it told
    Gen. Ann Cole'): the document again."""
    index = resolver.index
    for token in mention.root.sent:
        if index.in_quote[token.i] or token.lower_ not in _DOCUMENT_NOUNS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            return True
    return False


def _expletive_it(it: Token) -> bool:
    """An "it" that stands for nothing, a place-holder for the clause its verb carries: "it
    turned out that …", "it seems that …", "it remains to be seen whether …", "when it comes
    to …", "it's hard to imagine …", "it's safe to say …", "it is clear that …", "it's
    assumed (that) the ruling …". Not "it is ready to fight", "it is confident that …" nor "it
    is expected to pass", which a body or a document may be."""
    if it.lower_ != "it" or it.dep_ not in CLAUSE_SUBJECT_DEPS:
        return False
    if it.dep_ == "expl":
        return True
    verb = it.head
    deps = {c.dep_: c for c in verb.children}
    lemma = verb.lemma_.lower()
    if lemma in ("seem", "appear") or (lemma == "turn" and "prt" in deps and deps["prt"].lower_ == "out"):
        return "ccomp" in deps  # not "it turned out a record profit", "it appears to back"
    if lemma == "remain":
        return "xcomp" in deps and deps["xcomp"].lemma_.lower() == "see"
    if lemma == "come":
        return "prep" in deps and deps["prep"].lower_ == "to" and any(c.lower_ == "when" for c in verb.children)
    if it.dep_ == "nsubjpass" or "auxpass" in deps:
        return lemma in _PASSIVE_REPORTS and "ccomp" in deps  # "it was reported that", not "it is expected to"
    if (lemma == "be" or verb.lower_ in ("'s", "’s")) and "acomp" in deps:  # the tagger leaves "it’s" unlemmatised
        adjective = deps["acomp"]
        clause = {c.dep_ for c in adjective.children} | set(deps)
        word = adjective.lower_
        return word in _EXPLETIVE_ADJECTIVES and ("ccomp" in clause or ("xcomp" in clause and word not in _RAISING))
    return False


# Adjectives whose "it is …" is about the clause after it ("it's hard to imagine", "it is clear that").
_EXPLETIVE_ADJECTIVES = frozenset({
    "hard", "easy", "safe", "difficult", "impossible", "possible", "important", "necessary", "fair", "worth",
    "clear", "unclear", "obvious", "evident", "apparent", "true", "likely", "unlikely", "doubtful",
    "surprising", "ironic", "striking", "remarkable", "notable", "noteworthy", "odd", "strange", "interesting",
})  # fmt: skip
# Of those, the ones whose "it is … to" a body may be ("it is likely to appeal"): an "it" only before "that".
_RAISING = frozenset({"likely", "unlikely"})
# Verbs whose passive with a that-clause has no one behind it ("it was reported that", "it's assumed").
_PASSIVE_REPORTS = frozenset({
    "assume", "believe", "expect", "report", "say", "think", "know", "estimate", "understand", "fear",
    "rumor", "rumour", "suggest", "claim", "hope", "predict", "feel", "argue", "note",
})  # fmt: skip


def _same_people_again(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Three economists, Ana Lee, Tom Ruiz and Eva Moss, … they concluded. … What's more,
    they found …': a "they" nothing else resolved, after a speaker "they" that stood for people
    named together (the first of them, the gold's convention), is those people again — up to
    a few sentences on, and while no plural subject of people has come between ("Voters
    disagreed", "Democrats say"). Another speaker between does not matter ("they argue …. It
    might have tried …. Even at best, they write")."""
    if resolver.people_they is None:
        return None
    index, doc = resolver.index, resolver.doc
    token_i, people = resolver.people_they
    if token_i >= mention.start or index.sentence_of[mention.root.i] - index.sentence_of[token_i] > _THEY_AGAIN_SENTENCES:
        return None
    for token in doc[token_i + 1 : mention.start]:
        if token.dep_ not in NOUN_SUBJECT_DEPS or token.tag_ not in ("NNS", "NNPS") or index.in_quote[token.i]:
            continue
        if token.i in index.cluster_of or _unnamed_people(doc[token.left_edge.i : token.i + 1]):
            return None  # other people made the subject since
    return Resolution(people.kind, people.cluster, people.name, "pronoun")


# Sentences after a "they" that stood for named people within which a "they" is those people again.
_THEY_AGAIN_SENTENCES = 5


def _document_just_named(resolver: SpeakerResolver, mention: Span, after: int = -1) -> Resolution | None:
    """'Lee cited a memorandum issued by the immigration agency. It says …', 'Trump will
    unveil his second ad. It will focus on …': with no body named as a subject, a speaking
    "it" is the document named last in its own sentence or the one before (outside
    quotations), and speaks for that document's author. With ``after`` (the previous speaker's
    token) only a document put out since, the object of a verb that authors it, counts ("Acme
    released a statement"; not "…, contradicting his earlier comments", nor one named before the
    previous speaker spoke); the sentence before is then the latest with words outside quotation
    marks ('… released a statement. "A. B," it said': the quotation's own sentences between)."""
    index, doc = resolver.index, resolver.doc
    sentence = index.sentence_of[mention.root.i]
    before = None  # with ``after``: the latest sentence before the pronoun's with narrative words
    for i in range(mention.start - 1, after, -1):
        token, at = doc[i], index.sentence_of[i]
        if after < 0 and at < sentence - 1:
            return None
        if after >= 0 and at < sentence and not (index.in_quote[i] or token.is_punct or token.is_space):
            if before is None:
                before = at
            elif at < before:
                return None
        if token.pos_ != "NOUN" or token.lower_ not in _DOCUMENT_NOUNS or index.in_quote[i]:
            continue
        if after >= 0 and not put_out(token):
            continue
        authored = _document_author(resolver, doc[token.left_edge.i : token.right_edge.i + 1])
        if authored is not None and authored.name:
            return Resolution(authored.kind, authored.cluster, authored.name, "pronoun")
        if after >= 0:
            return described_author(resolver, token)  # "Garrity's office released a statement"
        return None  # the latest document has no author the article names
    return None


def _described_subject(resolver: SpeakerResolver, mention: Span, plural: bool) -> Resolution | None:
    """'Murphy’s campaign is tying the bill to Rubio. They are saying …', 'Thursday's memo
    from the panel … "…," it stated': with no body named as a subject, "it"/"they" is the
    organisation a description as subject stands for — of the pronoun's own sentence before
    it, else of the sentence before (a campaign is "they" as often as "it"; a document only
    "it")."""
    index, doc = resolver.index, resolver.doc
    sentence = index.sentence_of[mention.root.i]
    organisation_nouns = lexicons.load("organisation_nouns")
    i = mention.start - 1
    while i >= 0 and index.sentence_of[i] >= sentence - 1:
        token = doc[i]
        i -= 1
        if token.dep_ not in NOUN_SUBJECT_DEPS or token.pos_ != "NOUN" or token.tag_ != "NN":
            continue
        if index.in_quote[token.i] or token.i in index.cluster_of or not _main_clause_subject(token):
            continue  # "People said that his campaign was at a crisis point. But it …": what they said
        low = token.lower_
        if not (low in organisation_nouns or (not plural and low in _DOCUMENT_NOUNS)):
            continue
        phrase = doc[token.left_edge.i : token.i + 1]
        resolution = resolver._resolve(phrase, depth=1)
        if resolution.kind == "organisation" and (resolution.cluster is not None or resolution.name):
            if resolution.cluster is not None:
                return _for_cluster(resolution.cluster, "pronoun", added=mention)
            return Resolution("organisation", None, resolution.name, "pronoun")
        return None  # the latest such subject decides: "the company … it" with no company named is no one
    return None


def _main_clause_subject(token: Token) -> bool:
    """The subject of its sentence's main verb (or of a verb joined to it), not of a clause below."""
    verb, root = token.head, token.sent.root
    return verb.i == root.i or (verb.dep_ == "conj" and verb.head.i == root.i)
