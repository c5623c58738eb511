"""Resolve a speaker mention, as written, to the canonical entity it stands for.

Resolved in text order (the previous speaker matters), per document. Each case says how the
name was reached (:class:`newsmine.records.SpeakerResolution`):

- a **name** (the mention's head word belongs to a named-entity mention, or a capitalised word
  of the mention names an entity of the article) resolves to that entity; a name nobody
  clustered is kept as written ("Politifact said"). A document named with its author
  ("a Harlow poll", "a report by the Daily Ledger", "Mr. Lee's memo") resolves to the author;
- a **name in apposition** ("the mayor, Ana Ruiz, said") resolves to that name;
- **he / she** rank the people named before them (:mod:`newsmine.nlp.antecedents`): gender
  (honorifics, first names, earlier pronouns), recency in sentences, the subject role, the
  previous speaker and how often the person was named; names inside quotation marks are not
  candidates ('"I met Lee," he said' is not Lee);
- **it** / **they** resolve to the previous speaker when it is an organisation or a group,
  else to an organisation or group that was the subject of a recent sentence;
- a **relative pronoun** ("Smith, who said …") resolves as its antecedent;
- a **description** of a person ("the senator", "the Republican nominee") resolves to the
  person whose titles, as written in the article, hold its words (``title``), else — for a
  definite description headed by a role noun — to the most prominent recent person
  (``description``); a description of an organisation ("the newspaper", "the agency", "the
  union") to the recent organisation of a compatible type; "the campaign" / "her campaign"
  to the campaign of its candidate; "the poll" / "the report" to the author of the latest
  poll or report named with one;
- an **unnamed source** ("a senior official", "sources familiar with the talks", "aides")
  is ``kind: anonymous`` with the mention as its name;
- anything else is ``unresolved``.

The resolver does not change the clusters: a pronoun it resolves comes back as
``Resolution.added_mention``, and :func:`add_resolved_references` adds those to their clusters' references.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import DocIndex, rank_pair
from newsmine.nlp.attribution import DocContext
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities import HONORIFICS, EntityCluster, clean_name
from newsmine.nlp.speakers.authors import _document_authors, _joint_outlet
from newsmine.nlp.speakers.body_pronouns import _body_pronoun
from newsmine.nlp.speakers.campaigns import _administration, _campaign, _government
from newsmine.nlp.speakers.descriptions import _described
from newsmine.nlp.speakers.documents import _authored_within, _document_author, _headline_label
from newsmine.nlp.speakers.groups import _group_named, _is_pair, _pair_again, _titled_group
from newsmine.nlp.speakers.organisations import _body_it_belongs_to, _outlets_written
from newsmine.nlp.speakers.people import (
    _headline_person,
    _lead_speaker,
    _person_just_named,
    _relative,
    _speaker_continued,
    _titled,
)
from newsmine.nlp.speakers.pronouns import (
    _antecedent,
    _person_of_place,
    _person_pronoun,
    _possessor_person,
    _unnamed_speaker_again,
)
from newsmine.nlp.speakers.resolution import (
    Resolution,
    _for_cluster,
    add_resolved_references,  # noqa: F401  (imported from the package elsewhere)
)
from newsmine.nlp.speakers.unnamed import (
    _GROUP_NOUNS,
    _QUANTIFIERS,  # noqa: F401  (imported from the package elsewhere)
    _is_person_noun,
    _qualified_group,
    _quantified,
    _unnamed_people,
)
from newsmine.nlp.speakers.words import (
    _BODY_TYPES,
    _DETERMINERS,
    _DOCUMENT_NOUNS,
    _FEMALE,
    _MALE,
    _ORG_LABELS,
    _OUTLET_VOICES,
    _PARTY_OF_GROUP,
    _PUBLIC_TITLES,
    _ROLE_NOUNS,
    _TITLE_SYNONYMS,
    _VAGUE,
    _aged,
    _capitalised,
    _has_name,
)

__all__ = ["Resolution", "SpeakerResolver", "add_resolved_references"]

_THEY = frozenset({"they", "them", "their", "themselves"})
_IT = frozenset({"it", "its"})
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})

_NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")

# A person's own channels: "her Twitter account posted", "his communications show" speak for
# the person the possessive stands for (documents proper are in document_nouns.txt).
_CHANNEL_NOUNS = frozenset({"account", "accounts", "feed", "communications", "tweets", "blog", "page"})

# Words that never stand for a named speaker of the article.
_SPEAKER_SELF = frozenset({"i", "me", "we", "us", "you"})


class SpeakerResolver:
    """Resolves the speakers of one document, in text order (it remembers the previous speaker)."""


    def __init__(self, doc: Doc, clusters: list[EntityCluster], context: DocContext | None = None):
        self.doc = doc
        self.clusters = clusters
        self.index = DocIndex(doc, clusters, context)
        self.previous: Resolution | None = None
        self.previous_token = -1  # the root token of the previous speaker's mention
        # The headline: the first line of the article.
        self.headline_end = next((t.idx + len(t.text) for t in doc if "\n" in t.text_with_ws), 0)
        self.headline_tokens = next((t.i + 1 for t in doc if "\n" in t.text_with_ws), 0)
        self.documents = _document_authors(doc, self.index)
        self.outlets_written = _outlets_written(doc, self.index)
        self._index_titled_descriptions()
        self.last_pair: tuple[int, EntityCluster] | None = None  # root token and first member of the latest "the two"


    def resolve(self, mention: Span) -> Resolution:
        resolution = self._resolve(mention, depth=0)
        cluster = resolution.cluster
        if cluster is not None and resolution.how == "description" and self.index.first_start(cluster) > mention.end_char:
            # "A lawmaker … is calling for Trump to be banned after the candidate said": someone
            # named only below is no antecedent yet for what follows the description
            return resolution
        if resolution.kind != "unresolved" or (resolution.name and resolution.how == "name"):
            self.previous = resolution  # a name as written counts too ("D’Souza replied")
            self.previous_token = mention.root.i
        if resolution.added_mention is not None and resolution.cluster is not None:
            self.index.learn_gender(resolution.cluster, resolution.added_mention.root.lower_)
        if resolution.cluster is not None and resolution.how != "name":
            self.index.note_mention(mention, resolution.cluster)
        return resolution


    def _index_titled_descriptions(self) -> None:
        """'The senator's plan … he said': a definite description by a public title ("the
        senator", "the former president") stands for the person titled so, and counts as a
        mention of that person for the pronouns after it, as a name would."""
        index = self.index
        for i in token_indices(self.doc, LOWER, _PUBLIC_TITLES):
            token = self.doc[i]
            if token.pos_ != "NOUN" or index.in_quote[i]:
                continue
            if token.i in index.cluster_of or token.i < self.headline_tokens:
                continue
            determiners = [c for c in token.lefts if c.dep_ == "det"]
            if not determiners or determiners[0].lower_ != "the":
                continue
            mention = self.doc[determiners[0].i : token.i + 1]
            modifiers = [
                _TITLE_SYNONYMS.get(t.lower_, t.lower_) for t in mention[1:-1]
                if t.lower_ not in _VAGUE and not t.is_punct
            ]  # fmt: skip
            person = _titled(self, mention, token.lower_, modifiers, False)
            if person is not None:
                index.note_mention(mention, person)


    # --- the cases -----------------------------------------------------------------

    def _resolve(self, mention: Span, depth: int) -> Resolution:
        root = mention.root
        low = root.lower_
        index = self.index
        if low in _SPEAKER_SELF:
            return Resolution("unresolved")  # the writer, the reader, a generic "we"
        if depth == 0 and len(mention) > 2 and mention[0].lower_ in ("he", "she") and mention[1].lower_ == "and":
            # "He and Senate Budget Committee Chairwoman Ana Lee both faulted": the first of a
            # conjunction (the gold's convention), a pronoun the parse hung under "both"
            return self._resolve(self.doc[mention.start : mention.start + 1], depth)
        cluster = index.cluster_of.get(root.i)
        if cluster is not None and self._headline_word_only(cluster, root):
            return Resolution("unresolved")  # a headline's "Underdog sees …", "Justice vows …" tagged as entities
        if mention[0].lower_ in ("a", "an") and depth == 0:
            # "said Rep. Tom Lee, a Dunmore Democrat": the indefinite apposition is Lee
            in_apposition = self._named_in_apposition(mention)
            if in_apposition is not None:
                return in_apposition
        if low in ("republican", "democrat") and mention[0].lower_ == "the":
            # "the Republican", "the Kentucky Republican": a person, mostly the one just named
            modifiers = [t.lower_ for t in mention[1:] if t.i != root.i and not t.is_punct]
            person = _person_just_named(self, mention, low, [low]) or index.prominent_for_role(
                mention, [low, *modifiers], False
            )
            return _for_cluster(person, "description") if person is not None else Resolution("unresolved")
        if cluster is not None and cluster.label == "NORP" and cluster.name.lower() not in _PARTY_OF_GROUP:
            return Resolution("anonymous", None, mention.text)  # "Europeans", "Mexicans": a group, no one named
        if cluster is not None and cluster.label == "NORP" and _qualified_group(mention):
            return Resolution("anonymous", None, mention.text)  # "some Democrats", "Republicans on the committee"
        if cluster is not None and cluster.label not in _NAME_LABELS and root.is_title:
            # "Trump" swept into a misread title ("Trump Accused Holt …" as a work of art)
            named = index.by_name_word(root.text, mention.start_char, _NAME_LABELS)
            cluster = named or cluster
        if cluster is not None and (cluster.name.lower() in _BODY_TYPES or cluster.name.lower() in lexicons.load("titles")):
            cluster = None  # "The bank" tagged as an organisation named "Bank", "the Judge" as a person: a description
        if cluster is not None and _unnamed_people(mention):
            cluster = None  # "Aides said" tagged as a person named "Aides"
        if cluster is not None and cluster.label == "PERSON":
            cluster = _first_person_joined(mention, cluster, index)  # "Khizr and Ghazala Khan" -> Khizr Khan
        if cluster is not None and (root.pos_ == "PROPN" or root.ent_type_ or root.is_title):
            member = self._first_of_family(cluster)
            return _for_cluster(member, "description") if member is not None else _for_cluster(_joint_outlet(cluster, index), "name")
        if cluster is None and root.is_title and sum(not t.is_space for t in mention) <= 2 and not _unnamed_people(mention):
            # A name the tagger read as a common noun ("Trump knows", a headline's "Politifact:").
            named = index.by_name_word(root.text, mention.start_char, _NAME_LABELS)
            if named is not None and named.name.lower() not in lexicons.load("titles"):
                return _for_cluster(named, "name")  # (not "Justice" tagged an organisation: a description)
        if low in _RELATIVE and root.pos_ in ("PRON", "DET") and depth == 0:
            # "…, LaBelle and Stevie Wonder, who": the name right before, else the parse's antecedent.
            before = _person_of_place(index, index.cluster_just_before(root.i), root.i)
            if before is not None:
                return _for_cluster(before, "name")
            antecedent = _antecedent(root)
            if antecedent is not None:
                named = self._named_in_apposition(antecedent, ("PERSON",) if low in ("who", "whom", "whose") else ("ORG",))
                return named or self._resolve(antecedent, depth + 1)
        if (low in _MALE or low in _FEMALE) and _unnamed_speaker_again(self, mention):
            return Resolution("anonymous", None, mention.text)
        if low in _MALE or low in _FEMALE:
            return _person_pronoun(self, mention, "m" if low in _MALE else "f")
        if low in _IT:
            return _body_pronoun(self, mention, plural=False)
        if low in _THEY:
            return _body_pronoun(self, mention, plural=True)
        if _is_pair(mention):
            pair = rank_pair(index, mention) or _pair_again(self, mention)
            if pair is not None:
                self.last_pair = (root.i, pair)
                return _for_cluster(pair, "description")  # not a reference: it stands for both
        if root.pos_ == "PRON":
            return Resolution("unresolved")
        label = _headline_label(self, mention)
        if label is not None:
            return label
        titled = _titles_joined_to_name(mention, index) if depth == 0 else None
        if titled is not None:
            return _for_cluster(titled, "name")
        for token in (*mention, *root.children):
            # "Kenya's environment minister, Amina Odhiambo, said": the name in apposition.
            if token.dep_ == "appos" and token.i in index.cluster_of and token.ent_type_:
                if index.cluster_of[token.i].name.lower() in _BODY_TYPES:
                    continue  # "Harbor Fund, a super PAC,": "PAC" tagged as an organisation is a description
                return _for_cluster(index.cluster_of[token.i], "apposition")
        in_apposition = _people_named_after_comma(root, index)
        if in_apposition is not None:
            return _for_cluster(in_apposition, "apposition")
        places = _places_of(root, index)
        if places is not None:
            return places
        named_next = self._name_right_after(mention)
        if named_next is not None:
            return _for_cluster(named_next, "apposition")
        if low in _CHANNEL_NOUNS:
            owner = _possessor_person(self, mention)
            if owner is not None:
                return _for_cluster(owner, "pronoun")  # "her Twitter account posted", "his communications show"
        if low in _DOCUMENT_NOUNS:
            author = _document_author(self, mention)
            if author is not None:
                return author
        campaign = _campaign(self, mention) or _administration(self, mention) or _government(self, mention)
        if campaign is not None:
            return campaign
        if _unnamed_people(mention) or (mention[0].lower_ == "the" and root.tag_ == "NNS"):
            titled = _titled_group(self, mention)
            if titled is not None:
                return titled  # "the committee chairmen" after "Chairman Lee … and Chairman Ruiz"
            group = _group_named(self, mention)
            if group is not None:
                return group  # "the leading candidates" after "… joined Clinton and Sanders"
        if _unnamed_people(mention):
            lead = _lead_speaker(self, mention) if root.tag_ not in ("NNS", "NNPS") else None
            if lead is not None:
                return lead  # "A lawmaker in the Philippines is calling for …" -> the one quoted just below
            return Resolution("anonymous", None, mention.text)  # "Lee's opponents", "a Republican delegate"
        named = self._named_in(mention)
        if named is not None:
            return named
        if low in _PARTY_OF_GROUP and not _qualified_group(mention):
            return Resolution("organisation", None, _PARTY_OF_GROUP[low], "name")
        if low in lexicons.load("titles") or low in _ROLE_NOUNS or root.pos_ == "NOUN" or low in _BODY_TYPES or _aged(mention):
            described = _described(self, mention)
            if described is not None:
                return described
            subject = _headline_person(self, mention) if low in lexicons.load("titles") else None
            if subject is not None:
                return _for_cluster(subject, "description")  # "Ginsburg apologizes …; Justice vows to be …"
        if (low in lexicons.load("anonymous") or _is_person_noun(low) or low in _GROUP_NOUNS) and not _has_name(
            mention
        ):
            continued = _speaker_continued(self, mention) or _lead_speaker(self, mention)
            if continued is not None:
                return continued
            return Resolution("anonymous", None, mention.text)
        if low in lexicons.load("organisation_nouns"):
            # An organisation the article does not name ("a group of parents", "the agency"
            # with no agency named before): known to be an organisation, but no name.
            body = _body_it_belongs_to(self, mention)
            if body is not None:
                return body  # "the executive council of the AFT"
            if (mention[0].lower_ in _DETERMINERS or _quantified(mention[0])) and not any(t.pos_ == "PROPN" for t in mention[: root.i - mention.start + 1]):
                return Resolution("organisation", None, None)
            first = 1 if mention[0].lower_ in _DETERMINERS else 0
            words = self.doc[mention.start + first : root.i + 1]  # not a clause after the head
            if len(words) == 1 and _BODY_TYPES.get(low) == ("outlet",):
                return Resolution("organisation", None, None)  # a headline's "Newspaper Says …" is no name
            return Resolution("organisation", None, words.text, "name")  # "Police said", "the Obama administration"
        if root.pos_ == "PROPN" or (
            _capitalised(root)
            and not (root.is_upper and len(root) > 1)
            and (root.i > root.sent.start or _capitalised_inside_sentence(root))
        ):
            return self._written_name(mention)  # "Politifact said", "according to HuffPo", "D’Souza went on"
        if root.pos_ == "NOUN" and depth == 0:
            within = _authored_within(self, mention)
            if within is not None:
                return within
        return Resolution("unresolved")


    def _first_of_family(self, cluster: EntityCluster) -> EntityCluster | None:
        """'the Khans say' after "Khizr and Ghazala Khan": a surname in the plural stands for
        the family, and the gold's convention for a group of named people is its first named
        member: the person of that surname the article names first."""
        words = cluster.name.split()
        if cluster.label not in ("PERSON", "ORG", "NORP") or len(words) != 1 or not words[0].endswith("s"):
            return None
        surname = words[0][:-1]
        members = [
            c for c in self.clusters
            if c is not cluster and c.label == "PERSON" and len(c.name.split()) > 1 and c.name.split()[-1] == surname
        ]  # fmt: skip
        return min(members, key=self.index.first_start, default=None)


    def _name_right_after(self, mention: Span) -> EntityCluster | None:
        """'Democratic candidates Ana Ruiz and Tom Berger did respond' parsed with the title
        as a subject of its own: the person named right after a role noun (the first of them,
        the gold's convention for conjunctions)."""
        root, doc = mention.root, self.doc
        if root.pos_ != "NOUN" or mention.end >= len(doc) or root.i != mention.end - 1:
            return None
        lemma = root.lemma_.lower()
        if not (lemma in _ROLE_NOUNS or lemma in _PUBLIC_TITLES or lemma in lexicons.load("titles")):
            return None
        at = mention.end
        titles = lexicons.load("titles")
        while at < min(len(doc), mention.end + 3) and (
            doc[at].lower_ == "the" or doc[at].lower_ in HONORIFICS or doc[at].lower_.rstrip(".") in titles
            or doc[at].lower_ in ("rev.", "rev")
        ):
            at += 1  # "Vatican spokesman the Rev. Federico Lombardi"
        cluster = self.index.cluster_of.get(at) if at < len(doc) else None
        return cluster if cluster is not None and cluster.label == "PERSON" and doc[at].is_title else None


    def _named_in_apposition(self, phrase: Span, labels: tuple[str, ...] = ("PERSON",)) -> Resolution | None:
        """'said Bob Lin, a superdelegate and Ruiz supporter who has …': a singular
        description in apposition to a person's name stands for that person (to an
        organisation's for "which"/"that": "started Harlow Trust, a foundation that …")."""
        noun = phrase.root
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head  # "a superdelegate and Ruiz supporter"
        while noun.dep_ == "appos" and noun.head.pos_ == "NOUN" and noun.head.i not in self.index.cluster_of:
            noun = noun.head  # "… are newcomers to politics, naturalized citizens who": the noun described first
        if noun.dep_ in ("attr", "dep") and noun.head.lemma_ == "be":
            # ("dep": a second predicate noun after a comma, "are newcomers, naturalized citizens who")
            # "Ruiz and her husband are naturalized citizens who …": the subject the noun describes
            subjects = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            cluster = self.index.cluster_of.get(subjects[0].i) if subjects else None
            return _for_cluster(cluster, "apposition") if cluster is not None and cluster.label in labels else None
        if noun.dep_ != "appos" or noun.tag_ in ("NNS", "NNPS"):
            return None
        cluster = self.index.cluster_of.get(noun.head.i)
        return _for_cluster(cluster, "apposition") if cluster is not None and cluster.label in labels else None


    def _named_in(self, mention: Span) -> Resolution | None:
        """A capitalised word of the mention that names an entity ('Trump' tagged as a verb),
        or a possessor ('Mr. Lee's memo' -> Lee)."""
        root = mention.root
        relative = _relative(self, mention)
        if relative is not None:
            return relative
        if root.pos_ == "NOUN" and (
            _is_person_noun(root.lower_) or root.lower_ in _GROUP_NOUNS or root.lower_ in lexicons.load("titles")
        ):
            # "a Clinton aide", "his lawyer", "Lee's family": an unnamed source, not Lee; unless
            # the article gave someone that title ("Pagliano's lawyer, Mark Ruiz").
            words = [t.lower_ for t in mention if t.lower_ not in _DETERMINERS and not t.is_punct and t.i != root.i]
            titled = (
                _titled(self, mention, root.lower_, [w for w in words if w not in ("'s", "’s")], False)
                if words
                else None
            )
            return (
                _for_cluster(titled, "title") if titled is not None and mention[0].lower_ not in ("a", "an") else None
            )
        for child in root.children:
            if child.dep_ == "poss" and child.i in self.index.cluster_of:
                return _for_cluster(self.index.cluster_of[child.i], "name")
            if child.dep_ == "poss" and root.lower_ in _OUTLET_VOICES and _BODY_TYPES.get(child.lower_) == ("outlet",):
                # "the paper's editorial board wrote": the outlet "the paper" stands for
                return _described(self, self.doc[child.left_edge.i : child.i + 1])
        for token in mention:
            if (
                token.i in self.index.cluster_of
                and token.is_title
                and token.dep_ in ("compound", "nsubj", "ROOT", "poss", "appos")
            ):
                cluster = self.index.cluster_of[token.i]
                if cluster.label == "PERSON" and root.pos_ == "PROPN":
                    return _for_cluster(cluster, "name")
        first = mention[0]
        if (
            first.i in self.index.cluster_of
            and first.dep_ == "compound"
            and root.pos_ == "NOUN"
            and root.lower_ not in lexicons.load("organisation_nouns")
        ):
            cluster = self.index.cluster_of[first.i]  # "Trump demands accountability" misparsed as one noun phrase
            if cluster.label == "PERSON" and root.lower_ not in _DOCUMENT_NOUNS:
                return _for_cluster(cluster, "name")
        return None


    def _written_name(self, mention: Span) -> Resolution:
        """A proper name no entity holds: the latest entity whose name holds its head word,
        else the name as written (without determiners and honorifics)."""
        root = mention.root
        named = self.index.by_name_word(root.text, mention.start_char)
        if named is not None and not _names_another(mention, named):
            return _for_cluster(named, "name")
        if root.i < self.headline_tokens and not self._capitalised_in_body(root):
            return Resolution("unresolved")  # a headline's "Justice vows …", "Underdog sees …": a description
        titles = lexicons.load("titles")
        words = [t for t in mention if t.lower_ not in _DETERMINERS and t.lower_ not in HONORIFICS and not t.is_punct]
        while len(words) > 1 and clean_name(words[0].lower_) in titles:
            words = words[1:]  # "Mayor Ana Ruiz" -> "Ana Ruiz"
        words = [t for t in words if _capitalised(t) or t.i == root.i]
        if not words or not any(_capitalised(t) for t in words):
            return Resolution("unresolved")
        name = clean_name(self.doc[words[0].i : words[-1].i + 1].text)  # "-Todd Rogers" in a list
        if not name:
            return Resolution("unresolved")
        first = clean_name(words[0].text).lower()
        if first in lexicons.load("first_names_female") or first in lexicons.load("first_names_male"):
            kind = "person"
        else:
            kind = (
                "organisation"
                if root.ent_type_ in _ORG_LABELS
                else "person"
                if root.ent_type_ == "PERSON"
                else "unresolved"
            )
        return Resolution(kind, None, name, "name")


    def _headline_word_only(self, cluster: EntityCluster, root: Token) -> bool:
        """An entity of one word named only in the headline, whose word the body never
        capitalises: title case made a description ("Underdog", "Justice") look like a name."""
        return (
            root.i < self.headline_tokens
            and cluster.label != "NORP"  # "Republicans said …": the party rules decide
            and len(cluster.name.split()) == 1
            and all(m.start < self.headline_tokens for m in cluster.mentions)
            and not self._capitalised_in_body(root)
        )


    def _capitalised_in_body(self, token: Token) -> bool:
        """Whether the article's body (below the headline) writes the word capitalised inside
        a sentence: a headline's title case makes every word look like a name."""
        doc = self.doc
        return any(
            i >= self.headline_tokens and _capitalised(doc[i]) and i != doc[i].sent.start
            for i in token_indices(doc, LOWER, (token.lower_,))
        )  # fmt: skip


def _titles_joined_to_name(mention: Span, index: DocIndex) -> EntityCluster | None:
    """'said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell'
    with the span cut at "and": two titles of one person joined before the name, written
    with no determiner (not "the governor and Mayor Tom Berg", two people). The person named
    at the end of the conjunct."""
    root = mention.root
    if mention[0].lower_ in _DETERMINERS or root.lower_ not in lexicons.load("titles") or not root.is_title:
        return None
    if any(t.i in index.cluster_of and index.cluster_of[t.i].label == "PERSON" for t in mention):
        return None
    for conj in root.children:
        if conj.dep_ != "conj" or conj.i not in index.cluster_of:
            continue
        cluster = index.cluster_of[conj.i]
        words = root.doc[root.i + 1 : conj.left_edge.i]
        if cluster.label == "PERSON" and [t.lower_ for t in words] == ["and"]:
            return cluster
    return None


def _capitalised_inside_sentence(token: Token) -> bool:
    """Whether the article writes the word, capitalised, elsewhere than at a sentence start:
    a name the tagger missed ("D’Souza went on" after "Dinesh D’Souza made"), not a common
    word that opens a sentence (never one the article also writes in lower case)."""
    doc = token.doc
    headline_end = next((t.i for t in doc if "\n" in t.text_with_ws), 0)
    inside = False
    for i in token_indices(doc, LOWER, (token.lower_,)):  # the same word, in any case (not a Token per word)
        t = doc[i]
        if i == token.i:
            continue
        if t.is_lower:
            return False  # "video" elsewhere: a common word
        inside = inside or (
            t.text == token.text
            and t.i > t.sent.start
            and t.i > headline_end
            and (t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and _capitalised(t.doc[t.i - 1])))
        )  # written as (part of) a name: "Dinesh D’Souza made"
    return inside


def _names_another(mention: Span, cluster: EntityCluster) -> bool:
    """'Our Principles PAC' is not the 'Super PAC' named before, though both end in "PAC":
    the capitalised word before the head is a name word the cluster's name lacks."""
    root = mention.root
    before = root.nbor(-1) if root.i > mention.start else None
    if before is None or not _capitalised(before) or before.lower_ in HONORIFICS:
        return False
    if clean_name(before.lower_) in lexicons.load("titles"):
        return False
    return before.lower_ not in cluster.name.lower().split()


def _people_named_after_comma(root: Token, index: DocIndex) -> EntityCluster | None:
    """"Ruth Calloway's biographers, Peter and Ella Dunmore, wrote": people named right after a
    comma behind a plural common noun, which the parse joined as a conjunct instead of an
    apposition; the first of them (the gold's convention for a conjunction)."""
    if root.pos_ != "NOUN" or root.tag_ != "NNS" or root.i + 2 >= len(root.doc) or root.nbor(1).text != ",":
        return None
    named = root.doc[root.i + 2]
    cluster = index.cluster_of.get(named.i)
    if named.dep_ in ("conj", "appos") and named.head.i == root.i and cluster is not None and cluster.label == "PERSON":
        return cluster
    return None


def _places_of(root: Token, index: DocIndex) -> Resolution | None:
    """'the cities of Dayton and Akron said': the first place named after a plural place noun
    ("cities", "states", "countries"), as the gold takes a conjunction's first; as written
    when the recogniser left it untagged."""
    if root.tag_ != "NNS" or _BODY_TYPES.get(root.lemma_.lower()) != ("gpe",):
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            cluster = index.cluster_of.get(place.i) if place is not None else None
            if cluster is not None and cluster.label in ("GPE", "ORG"):  # "Dayton" tagged ORG
                return _for_cluster(cluster, "name")
            if cluster is None and place is not None and place.pos_ == "PROPN" and _capitalised(place):
                return Resolution("organisation", None, place.text, "name")
    return None


def _first_person_joined(mention: Span, cluster: EntityCluster, index: DocIndex) -> EntityCluster:
    """The person named first in a mention that joins people with "and" before its head word
    ("Khizr and Ghazala Khan", parsed with "Khan" as the head): the gold's convention for a
    conjunction is its first named member; so is a relative sharing the surname joined just
    before it, which a broken parse leaves out of the mention ("Daniel and [Rosa Whitcombe]";
    not "Obama and [Clinton]", where the mention is one person). Else ``cluster``."""
    root, doc = mention.root, mention.doc
    before = mention.start - 2
    if before >= 0 and doc[before + 1].lower_ in ("and", "&") and before in index.cluster_of:
        first = index.cluster_of[before]
        if first is not cluster and first.label == "PERSON" and first.name.split()[-1:] == cluster.name.split()[-1:]:
            return first
    if not any(t.lower_ in ("and", "&") for t in mention if t.i < root.i):
        return cluster
    first = next((index.cluster_of[t.i] for t in mention if t.i < root.i and t.i in index.cluster_of), None)
    return first if first is not None and first.label == "PERSON" else cluster
