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
from newsmine.nlp.antecedents import DocIndex, outlet_name, rank_bodies, rank_group, rank_pair, rank_people
from newsmine.nlp.attribution import DocContext
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities import HONORIFICS, EntityCluster, clean_name
from newsmine.nlp.speakers.authors import (
    _AUTHOR_VERBS,
    _AUTHORING_VERBS,
    _author_of,
    _authored,
    _document_authors,
    _joint_outlet,
    _singular,
    _subject_author,
    _written_author,
)
from newsmine.nlp.speakers.campaigns import _administration, _campaign, _government
from newsmine.nlp.speakers.groups import _group_named, _is_pair, _pair_again, _titled_group
from newsmine.nlp.speakers.organisations import (
    _body_it_belongs_to,
    _named_by_compound,
    _outlet_voice,
    _outlet_written_since,
    _outlets_written,
    _police_of_place,
    _public_body_written,
    _unnamed_since,
    _written_outlet,
)
from newsmine.nlp.speakers.people import (
    _epithet_person,
    _headline_person,
    _lead_speaker,
    _office_not_role,
    _person_just_named,
    _previous_near,
    _relative,
    _speaker_continued,
    _titled,
    _titled_only_later,
    _titled_or_just_named,
)
from newsmine.nlp.speakers.resolution import (
    Resolution,
    _for_cluster,
    add_resolved_references,  # noqa: F401  (imported from the package elsewhere)
)
from newsmine.nlp.speakers.unnamed import (
    _ANONYMITY_WORDS,
    _GROUP_NOUNS,
    _QUANTIFIERS,  # noqa: F401  (imported from the package elsewhere)
    _is_person_noun,
    _qualified_group,
    _quantified,
    _unnamed_people,
)
from newsmine.nlp.speakers.words import (
    _BODY_TYPES,
    _CAMPAIGN_NOUNS,
    _DEFINITE,
    _DETERMINERS,
    _DOCUMENT_NOUNS,
    _FEMALE,
    _MALE,
    _OCCUPATIONS,
    _ORG_LABELS,
    _OUTLET_VOICES,
    _PARTY_OF_GROUP,
    _PUBLIC_TITLES,
    _ROLE_NOUNS,
    _TITLE_SYNONYMS,
    _VAGUE,
    _aged,
    _capitalised,
    _gender_of_noun,
    _gender_of_pronoun,
    _has_name,
)

__all__ = ["Resolution", "SpeakerResolver", "add_resolved_references"]

_THEY = frozenset({"they", "them", "their", "themselves"})
_IT = frozenset({"it", "its"})
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})

_NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")

# A role description ("the candidate") goes to the most prominent person rather than an office
# holder just named when the former is named this many times as often.
_ROLE_PROMINENCE_RATIO = 3

# Document families one of which may stand for the other when only one was named with its
# author: an investigation's findings are written up as its report.
_FINDINGS_FAMILIES = frozenset({"study", "inquiry"})

# Documents that, with no author named, are the previous speaker's ("…," the statement said).
_STATEMENT_NOUNS = frozenset({"statement", "release", "letter", "missive", "memo", "memorandum", "remarks", "comments", "response"})
# Documents a later "this document" may take up, with their owner ("his written reply"): the
# document nouns and a reply (not one of them alone: "a FOIA reply" is no reply by FOIA).
_OWNED_DOCUMENTS = frozenset(_DOCUMENT_NOUNS) | {"reply"}
# Words that make an indefinite document a news outlet's ("a news report", "a media report"):
# the outlet named just after put it out.
_NEWS_WORDS = frozenset({"news", "media", "newspaper", "press"})
# How far after an indefinite "a new poll" its author may be named (characters).
_DOCUMENT_LOOKAHEAD = 400
# A person's own channels: "her Twitter account posted", "his communications show" speak for
# the person the possessive stands for (documents proper are in document_nouns.txt).
_CHANNEL_NOUNS = frozenset({"account", "accounts", "feed", "communications", "tweets", "blog", "page"})
# How far into the body a headline's "Poll:" / "Newspaper:" may find who put it out (characters).
_HEADLINE_LOOKAHEAD = 600

# "The dean of the journalism school has published a letter … Steve Coll, the dean of the
# school, said": a person introduced after an opening description by a title that fits its
# head may be named this many sentences later than a body is.
_TITLED_LATER_SENTENCES = 3

# Public bodies an article may name only in lower case by their place ("a New Hampshire ballot
# commission"): "the commission" then stands for it as written, this many sentences later at most.
_PUBLIC_BODIES = frozenset({"commission", "committee", "board", "council", "court", "panel", "legislature", "agency"})

# Words that never stand for a named speaker of the article.
_SPEAKER_SELF = frozenset({"i", "me", "we", "us", "you"})

# Tokens back in which "the partner" looks for "a partner".
_INTRODUCED_LOOKBACK = 300
# The dependents that belong to a noun phrase before its head ("a former partner", "Lee's lawyer").
_NOUN_PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod"})


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
        if (low in _MALE or low in _FEMALE) and self._unnamed_speaker_again(mention):
            return Resolution("anonymous", None, mention.text)
        if low in _MALE or low in _FEMALE:
            return self._person_pronoun(mention, "m" if low in _MALE else "f")
        if low in _IT:
            return self._body_pronoun(mention, plural=False)
        if low in _THEY:
            return self._body_pronoun(mention, plural=True)
        if _is_pair(mention):
            pair = rank_pair(index, mention) or _pair_again(self, mention)
            if pair is not None:
                self.last_pair = (root.i, pair)
                return _for_cluster(pair, "description")  # not a reference: it stands for both
        if root.pos_ == "PRON":
            return Resolution("unresolved")
        label = self._headline_label(mention)
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
            owner = self._possessor_person(mention)
            if owner is not None:
                return _for_cluster(owner, "pronoun")  # "her Twitter account posted", "his communications show"
        if low in _DOCUMENT_NOUNS:
            author = self._document_author(mention)
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
            described = self._described(mention)
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
            within = self._authored_within(mention)
            if within is not None:
                return within
        return Resolution("unresolved")


    def _authored_within(self, mention: Span) -> Resolution | None:
        """'early results of exit polls conducted by Edison Research', 'a gaffe by Majority
        Leader Kevin Lee', 'data available from the FBI': a common noun no other rule knows
        speaks for the person or body its own phrase names as the one it comes from ("by" /
        "from" on a noun, or after an authoring verb: not "a copy reviewed by the Ledger")."""
        root, index = mention.root, self.index
        for token in mention:
            prep = token.head
            if token.dep_ != "pobj" or prep.lower_ not in ("by", "from") or prep.head.i < root.i:
                continue
            source = prep.head
            if source.pos_ == "VERB" and source.lemma_.lower() not in _AUTHOR_VERBS:
                continue
            cluster = index.cluster_of.get(token.i)
            if cluster is not None and cluster.label in ("PERSON", "ORG"):
                return _for_cluster(cluster, "name")
        return None


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
                return self._described(self.doc[child.left_edge.i : child.i + 1])
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


    def _unnamed_speaker_again(self, mention: Span) -> bool:
        """'A senior official said …. "…," he said': he / she right after an unnamed person
        ("a"/"one" …) spoke, with nobody named between, is that person again; and a pronoun in a sentence
        granting anonymity ('he said, on condition of anonymity') names no one."""
        root, index = mention.root, self.index
        if any(t.lower_ in _ANONYMITY_WORDS for t in root.sent):
            return True
        previous = self.previous
        if previous is None or previous.kind != "anonymous" or self.previous_token < 0:
            return False
        before = self.doc[self.previous_token]
        gender = _gender_of_pronoun(before.lower_) if before.tag_ == "PRP" else _gender_of_noun(before.lower_)
        if before.tag_ not in ("NN", "PRP") or gender not in (None, _gender_of_pronoun(root.lower_)):
            return False  # "aides" are no "he"; "the spokeswoman" no "he"
        if before.tag_ == "NN" and not any(c.dep_ in ("det", "nummod") and _quantified(c) for c in before.lefts):
            return False  # "the securities analyst" may be someone the article named before
        if index.narrative_sentences_between(self.previous_token, root.i) > 0:
            return False
        # named between: not in the unnamed speaker's own phrase ("a lawyer for Mr. Lee"), nor of the other gender
        own = range(before.left_edge.i, before.right_edge.i + 1)
        wanted = _gender_of_pronoun(root.lower_)
        return not any(
            index.cluster_of[i].label == "PERSON" and not index.in_quote[i] and i not in own
            and index.gender.get(id(index.cluster_of[i]), wanted) == wanted
            for i in range(self.previous_token + 1, root.i) if i in index.cluster_of
        )  # fmt: skip


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


    def _person_pronoun(self, mention: Span, gender: str) -> Resolution:
        ahead = self._subject_ahead(mention, gender)
        if ahead is not None:
            return _for_cluster(ahead, "pronoun", added=mention)
        unnamed = self._unnamed_subject_before(mention, gender)
        if unnamed is not None:
            return unnamed
        previous = self.previous.cluster if self.previous is not None else None
        ranked = rank_people(self.index, mention, gender, previous)
        prev = self.previous
        if prev is not None and prev.cluster is None and prev.name and _may_be_person(prev):
            # A speaker no entity holds ("Bozell says", "D’Souza replied"): still the likeliest "he" right after.
            near = self.index.narrative_sentences_between(self.previous_token, mention.root.i) == 0
            latest = max((self.index.latest_token(c, mention.start_char) for c, _ in ranked[:1]), default=-1)
            if near and latest < self.previous_token:
                return Resolution("person", None, prev.name, "previous_speaker")
        if not ranked:
            return Resolution("unresolved")
        chosen, by_previous = ranked[0]
        how = "previous_speaker" if by_previous else "pronoun"
        return _for_cluster(chosen, how, added=mention)


    def _unnamed_subject_before(self, mention: Span, gender: str) -> Resolution | None:
        """'Or do what a partner at Lee's firm told him to do. After getting them up to speed, he
        recommended …': "he"/"she" right after an unnamed person made the subject ("a partner",
        "the partner"), with no one named since, is that person again — not the last person
        named. Subjects inside what someone is reported to have said do not count ("Lee said a
        partner was wrong. '…,' he said" is Lee)."""
        index, doc = self.index, self.doc
        sentence = index.sentence_of[mention.root.i]
        i = mention.start - 1
        while i >= 0 and index.sentence_of[i] >= sentence - 1:
            token = doc[i]
            i -= 1
            if index.in_quote[token.i]:
                continue
            cluster = index.cluster_of.get(token.i)
            if cluster is not None and cluster.label == "PERSON" and not _in_noun_subject(token):
                return None  # someone named since ("a partner at Lee's firm": Lee is part of the subject)
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or token.tag_ != "NN":
                continue
            low = token.lower_
            if not (_is_person_noun(low) or low in lexicons.load("person_nouns") or low in lexicons.load("titles")):
                continue
            if _gender_of_noun(low) not in (None, gender):
                continue
            if _in_reported_clause(token, index):
                continue
            lefts = [c for c in token.lefts if c.dep_ in _NOUN_PHRASE_DEPS and c.lower_ not in ("what", "which")]
            first = min((c.left_edge.i for c in lefts), default=token.i)
            phrase = doc[first : token.i + 1]
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in lefts)
            if any(t.i in index.cluster_of for t in doc[first : token.right_edge.i + 1]) and not indefinite:
                continue  # "the Lee aide", "Lee's lawyer": someone of a named person, left to the descriptions
            if not indefinite and not _introduced_unnamed(token):
                continue  # "the base chief", "the author": often someone named, whom the descriptions find
            resolution = self._resolve(phrase, depth=1)
            if resolution.kind not in ("anonymous", "unresolved"):
                return None  # "the senator": someone the article named
            return Resolution("anonymous", None, mention.text)
        return None


    def _subject_ahead(self, mention: Span, gender: str) -> EntityCluster | None:
        """'Months after he savaged her, Donald Trump tells Kelly …': a pronoun in a clause
        that opens its sentence stands for the subject of the main clause named after it."""
        root = mention.root
        main = root.sent.root
        if root.i == main.i or root.head.i == main.i or root.i > main.i or self.index.in_quote[root.i]:
            return None  # the pronoun is the main clause's own subject, or comes after its verb
        for child in main.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i > root.i:
                cluster = self.index.cluster_of.get(child.i)
                known = self.index.gender.get(id(cluster)) if cluster is not None else None
                if cluster is not None and cluster.label == "PERSON" and known in (None, gender):
                    return cluster
        return None


    def _body_pronoun(self, mention: Span, plural: bool) -> Resolution:
        body = rank_bodies(self.index, mention, plural)
        if (
            body is not None
            and self.index.latest_sentence(body, mention.start_char) == self.index.sentence_of[mention.root.i]
        ):
            return _for_cluster(body, "pronoun", added=mention)  # "Republicans called it because they …"
        group = rank_group(self.index, mention, ("PERSON", "ORG"), subject_only=True) if plural else None
        if group is not None:
            return _for_cluster(group, "pronoun")  # "Lee and Ruiz met …; they said": the first of them
        prev = self.previous
        if (
            not plural
            and prev is not None
            and self.doc[self.previous_token].lower_ in _DOCUMENT_NOUNS
            and self.index.narrative_sentences_between(self.previous_token, mention.root.i) == 0
        ):
            # "Lee's press release does not mention it. It also points out …": the document again
            return Resolution(prev.kind, prev.cluster, prev.name, "previous_speaker")
        near = (
            prev is not None
            and self.index.sentence_of[mention.root.i] - self.index.sentence_of[self.previous_token] <= 1
        )
        country = prev is not None and prev.cluster is not None and prev.cluster.label == "GPE"
        group = prev is not None and (
            prev.kind == "anonymous"
            or prev.name in _PARTY_OF_GROUP.values()
            or (near and prev.kind == "organisation" and not country)  # a country is "it", not "they"
        )
        if prev is not None and (group if plural else prev.kind == "organisation"):
            if prev.cluster is not None:
                return _for_cluster(prev.cluster, "previous_speaker", added=mention)
            return Resolution(prev.kind, None, prev.name, "previous_speaker")
        if body is None:
            described = self._described_subject(mention, plural)
            if described is None and not plural:
                described = self._document_just_named(mention)
            return described or Resolution("unresolved")
        return _for_cluster(body, "pronoun", added=mention)


    def _document_just_named(self, mention: Span) -> Resolution | None:
        """'Lee cited a memorandum issued by the immigration agency. It says …', 'Trump will
        unveil his second ad. It will focus on …': with no body named as a subject, a speaking
        "it" is the document named last in its own sentence or the one before (outside
        quotations), and speaks for that document's author."""
        index, doc = self.index, self.doc
        sentence = index.sentence_of[mention.root.i]
        for i in range(mention.start - 1, -1, -1):
            if index.sentence_of[i] < sentence - 1:
                return None
            token = doc[i]
            if token.pos_ != "NOUN" or token.lower_ not in _DOCUMENT_NOUNS or index.in_quote[i]:
                continue
            authored = self._document_author(doc[token.left_edge.i : token.right_edge.i + 1])
            if authored is not None and authored.name:
                return Resolution(authored.kind, authored.cluster, authored.name, "pronoun")
            return None  # the latest document has no author the article names
        return None


    def _described_subject(self, mention: Span, plural: bool) -> Resolution | None:
        """'Murphy’s campaign is tying the bill to Rubio. They are saying …', 'Thursday's memo
        from the panel … "…," it stated': with no body named as a subject, "it"/"they" is the
        organisation a description as subject stands for — of the pronoun's own sentence before
        it, else of the sentence before (a campaign is "they" as often as "it"; a document only
        "it")."""
        index, doc = self.index, self.doc
        sentence = index.sentence_of[mention.root.i]
        organisation_nouns = lexicons.load("organisation_nouns")
        i = mention.start - 1
        while i >= 0 and index.sentence_of[i] >= sentence - 1:
            token = doc[i]
            i -= 1
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or token.tag_ != "NN":
                continue
            if index.in_quote[token.i] or token.i in index.cluster_of or not _main_clause_subject(token):
                continue  # "People said that his campaign was at a crisis point. But it …": what they said
            low = token.lower_
            if not (low in organisation_nouns or (not plural and low in _DOCUMENT_NOUNS)):
                continue
            phrase = doc[token.left_edge.i : token.i + 1]
            resolution = self._resolve(phrase, depth=1)
            if resolution.kind == "organisation" and (resolution.cluster is not None or resolution.name):
                if resolution.cluster is not None:
                    return _for_cluster(resolution.cluster, "pronoun", added=mention)
                return Resolution("organisation", None, resolution.name, "pronoun")
            return None  # the latest such subject decides: "the company … it" with no company named is no one
        return None


    def _document_author(self, mention: Span) -> Resolution | None:
        """'a Harlow poll', 'a report by the Daily Ledger', 'the poll' (the latest poll named with its author)."""
        root = mention.root
        family = _DOCUMENT_NOUNS[root.lower_]
        owner = self._possessor_person(mention)
        if owner is not None:
            return _authored((owner, False), family, "pronoun")  # "his memoir", "her letter", "his speech from Trump Tower"
        campaign = self._campaign_behind(root)
        if campaign is not None:
            return campaign
        body = self._body_behind(root)
        if body is not None:
            return body
        author = (
            _author_of(root, self.index)
            or _subject_author(root, self.index)  # "Lee issued a statement saying"
            or next((a for start, _, _, a in self.documents if start == root.idx), None)
        )
        if author is not None:
            return _authored(author, family, "name")  # also "the Lee campaign issued a statement saying …"
        written = _written_author(root, self.index)
        if written is not None:
            return Resolution("organisation", None, written, "name")  # "a RealClearPolitics average"
        within = self._authored_within(mention)
        if within is not None:
            return within  # "the most recent figures available from the police"
        headline = mention.start_char < self.headline_end
        if mention[0].lower_ in _DEFINITE:
            # "the statement": the latest statement named with its author, else the latest such document
            before = [(w, c) for start, fam, w, c in self.documents if fam == family and start < mention.start_char]
            if not before and family in _FINDINGS_FAMILIES:
                # "The AP's lengthy investigation … The report published Tuesday showed": an
                # inquiry's findings are its report
                before = [(w, c) for start, fam, w, c in self.documents if fam in _FINDINGS_FAMILIES and start < mention.start_char]
            same = [c for w, c in before if w == _singular(root.lower_)]
            if before:
                return _authored(same[-1] if same else before[-1][1], family, "description")
            owner = self._owner_of_document_before(mention)
            if owner is not None:
                return _authored((owner, False), family, "description")  # "his written reply … This document"
            previous = _previous_near(self, mention, sentences=2)
            if root.lower_ in _STATEMENT_NOUNS and previous is not None and previous.kind != "anonymous":
                # '… the Lee campaign responded. "…," the statement said': no statement named
                # before, so the one just reported speaking put it out
                return Resolution(previous.kind, previous.cluster, previous.name, "previous_speaker")
        outlet = _outlet_voice(self, mention)
        if outlet is not None:
            return outlet
        if headline or mention[0].lower_ in ("a", "an"):
            # "New Poll Shows …" / "A new poll shows …": the poll named with its author just below.
            limit = mention.end_char + _DOCUMENT_LOOKAHEAD
            after = [c for start, fam, _, c in self.documents if fam == family and mention.end_char <= start < limit]
            if after:
                return _authored(after[0], family, "description")
            if any(t.lower_ in _NEWS_WORDS for t in root.lefts):
                outlet = self._outlet_named_after(mention)
                if outlet is not None:
                    return _for_cluster(outlet, "description")  # "A news report said … The Ledger reported"
        return None


    def _outlet_named_after(self, mention: Span) -> EntityCluster | None:
        """The first outlet named in the mention's sentence or the next, outside quotations and
        not as a dateline's wire ("WASHINGTON (AP) —")."""
        last = self.index.sentence_of[mention.root.i] + 1
        for n in self.index.named_after(mention.end_char):
            if n.sentence > last:
                return None
            cluster = n.cluster
            if not n.in_quote and cluster.label == "ORG" and outlet_name(cluster.name) and not _in_dateline(self.doc[n.token]):
                return cluster
        return None


    def _owner_of_document_before(self, mention: Span) -> EntityCluster | None:
        """'Brafman's proof was contained in his written reply … This document exposed …': a
        definite document with none of its kind named before is the document of a person's
        ("his reply", "Lee's letter") named in this or the previous sentence."""
        index = self.index
        sentence = index.sentence_of[mention.root.i]
        for i in range(mention.start - 1, -1, -1):
            if sentence - index.sentence_of[i] > 1:
                return None
            token = self.doc[i]
            if token.lower_ not in _OWNED_DOCUMENTS or index.in_quote[i] or token.pos_ != "NOUN":
                continue
            if any(a.lower_ in _OWNED_DOCUMENTS for a in token.ancestors if a.i < i and a.pos_ == "NOUN"):
                continue  # "his reply to the government's brief": the reply, not the brief it answers
            for child in token.lefts:
                if child.dep_ != "poss":
                    continue
                owner = index.cluster_of.get(child.i)
                if owner is None and child.lower_ in ("his", "her"):
                    owner = self._possessor_person(self.doc[token.left_edge.i : i + 1])
                return owner if owner is not None and owner.label == "PERSON" else None
            return None  # the latest document is no person's
        return None


    def _possessor_person(self, mention: Span) -> EntityCluster | None:
        """The person a possessive "his" / "her" on the mention's head stands for."""
        for child in mention.root.children:
            if child.dep_ == "poss" and child.lower_ in ("his", "her"):
                gender = "m" if child.lower_ == "his" else "f"
                ahead = self._subject_ahead(self.doc[child.i : child.i + 1], gender)
                if ahead is not None:
                    return ahead  # "In her statement condemning the test, Clinton defended …"
                previous = self.previous.cluster if self.previous is not None else None
                ranked = rank_people(self.index, mention, gender, previous)
                return ranked[0][0] if ranked else None
        return None


    def _headline_label(self, mention: Span) -> Resolution | None:
        """'Poll: Sanders leads', 'New Polls Show …', 'Newspaper: …', 'Report: …': a headline
        that names its source only by a document or outlet noun stands for whoever the body
        names first as putting it out: the author of the first such document in the opening
        paragraphs ("A Fox News poll shows"), or the first outlet named there ("the New York
        Times reported"; a dateline's "(AP)" is the wire, not the source)."""
        root = mention.root
        family = _DOCUMENT_NOUNS.get(root.lower_)
        outlet_noun = _BODY_TYPES.get(root.lower_) == ("outlet",)
        if mention.start_char >= self.headline_end or not (family or outlet_noun):
            return None
        if any(t.i != root.i and t.lower_ not in _DETERMINERS and t.lower_ not in _VAGUE for t in mention):
            return None  # "Fox poll", "Times report": named in the headline itself
        limit = self.headline_end + _HEADLINE_LOOKAHEAD
        documents = [
            (start, author) for start, fam, _, author in self.documents
            if (fam == family or outlet_noun) and self.headline_end <= start < limit
        ]  # fmt: skip
        outlets = [
            (n.start_char, (n.cluster, False)) for n in self.index.named_after(self.headline_end)
            if n.start_char < limit and not n.in_quote and n.cluster.label == "ORG" and outlet_name(n.cluster.name)
            and not _in_dateline(self.doc[n.token])
        ]  # fmt: skip
        candidates = sorted(documents + outlets, key=lambda pair: pair[0])
        if candidates:
            return _authored(candidates[0][1], family or "article", "description")
        return _written_outlet(self, mention) if outlet_noun else None


    def _campaign_behind(self, noun: Token) -> Resolution | None:
        """'her campaign finance documents', 'figures his campaign released': the campaign a
        document is written or put out by (a candidate's papers are the campaign's)."""
        campaigns = [t for t in noun.lefts if t.dep_ in ("compound", "nmod")]
        campaigns += [t for t in campaigns for t in t.lefts if t.dep_ in ("compound", "nmod")]
        for clause in noun.rights:
            if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in _AUTHORING_VERBS:
                campaigns += [t for t in clause.children if t.dep_ == "nsubj"]
        for token in campaigns:
            if token.lower_ in _CAMPAIGN_NOUNS and any(c.dep_ == "poss" for c in token.children):
                return _campaign(self, self.doc[token.left_edge.i : token.i + 1])
        return None


    def _body_behind(self, noun: Token) -> Resolution | None:
        """'company documents', 'agency records', 'the committee's report', 'a memo from the
        panel': a document named by the kind of body that wrote it stands for the body that
        description would be ("the company" -> the latest company named)."""
        for child in noun.lefts:
            if child.dep_ not in ("compound", "poss") or child.pos_ != "NOUN" or child.lower_ in _CAMPAIGN_NOUNS:
                continue
            if child.lower_ not in _BODY_TYPES and child.lower_ not in lexicons.load("organisation_nouns"):
                continue
            words = self.doc[child.left_edge.i : child.i + 1]
            if child.dep_ == "compound" and any(t.dep_ == "det" for t in noun.lefts):
                words = self.doc[noun.left_edge.i : child.i + 1]  # "the company documents": "the company"
            if words[0].lower_ in ("a", "an"):
                return None  # "a company memo": some company
            described = self._described(words)
            if described is not None and described.kind == "organisation":
                return described
        for prep in noun.rights:
            # "Thursday's memo from the panel", "a report by the agency": the body described after
            body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ in ("by", "from") else None
            if body is None or body.pos_ != "NOUN" or body.lower_ not in _BODY_TYPES or body.i in self.index.cluster_of:
                continue
            words = self.doc[body.left_edge.i : body.i + 1]
            if words[0].lower_ != "the":
                continue  # "a report by a watchdog group": some group
            described = self._described(words)
            if described is not None and described.kind == "organisation":
                return described
        return None


    def _described(self, mention: Span) -> Resolution | None:
        """'the senator' -> the latest person titled senator; 'UN chief' -> the person whose
        title holds 'UN'; 'the newspaper' -> the latest outlet. A headline's description may
        name someone introduced only below it."""
        words = [
            t.lower_ for t in mention if t.lower_ not in _DETERMINERS and t.lower_ not in _VAGUE and not t.is_punct
        ]
        root = mention.root
        head = root.lower_
        headline = mention.start_char < self.headline_end
        first = mention[0].lower_
        if not words or not (first in _DETERMINERS or headline or mention[0].pos_ in ("PROPN", "ADJ", "NOUN")):
            return None
        modifiers = [_TITLE_SYNONYMS.get(w, w) for w in words if w != head and not w.isdigit()]
        index = self.index
        body_head = head in _BODY_TYPES or head in lexicons.load("organisation_nouns")
        proper_words = [t for t in mention if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")]
        if first in ("a", "an") and not headline:
            # "A senator said …": someone not named before, perhaps named just after.
            return self._introduced_after(mention, head, modifiers, body_head)
        titled = None if body_head else _titled(self, mention, head, modifiers, headline)
        if titled is None and not body_head and first == "the" and not headline:
            titled = _titled_only_later(self, mention, head, modifiers)
        if titled is not None and head in _PUBLIC_TITLES and first in _DEFINITE and not headline:
            titled = _titled_or_just_named(self, mention, head, modifiers, titled)
        if titled is not None:
            return _for_cluster(titled, "title")
        if body_head and any(index.cluster_of.get(t.i) is not None and index.cluster_of[t.i].label == "PERSON" for t in root.lefts):
            return None  # "the Bush administration": named by its leader, written as it stands
        outlet = _outlet_voice(self, mention)
        if outlet is not None:
            return outlet
        if body_head and _BODY_TYPES.get(head) == ("outlet",):
            # "The Ledger newspaper", "the Daily Courier website": the outlet it names
            names = [t for t in root.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and _capitalised(t)]
            if names:
                outlet = index.by_name_word(names[-1].text, mention.start_char, ("ORG",))
                if outlet is not None:
                    return _for_cluster(outlet, "name")
                return Resolution("organisation", None, self.doc[mention.start : root.i].text, "name")
        if body_head and first in _DEFINITE:
            named_by = _named_by_compound(self, mention)
            if named_by is not None:
                return named_by  # "The Future45 group, funded by …": the name it is written with
        if body_head:
            body = index.body_for_description(
                head, _BODY_TYPES.get(head, (head,)), mention.start_char, headline, index.sentence_of[root.i]
            )
            written = _outlet_written_since(self, mention, body) if _BODY_TYPES.get(head) == ("outlet",) else None
            if written is not None:
                return written
            if body is not None and not _unnamed_since(self, mention, body):
                return _for_cluster(body, "description")
            if body is None and _BODY_TYPES.get(head) == ("outlet",):
                written = _written_outlet(self, mention)
                if written is not None:
                    return written
            if head == "police" and not proper_words:
                force = _police_of_place(self, mention)
                if force is not None:
                    return Resolution("organisation", None, force, "description")
            if body is None and head in _PUBLIC_BODIES and first in _DEFINITE:
                written = _public_body_written(self, mention)
                if written is not None:
                    return Resolution("organisation", None, written, "description")
            return self._introduced_after(mention, head, modifiers, body_head)
        if (
            head in _ROLE_NOUNS
            and (first in _DEFINITE or headline)
            and not any(t.dep_ == "poss" for t in root.children)
        ):
            # "During a stop in Iowa, the Republican candidate repeated …": the person just named
            # as a pronoun would take it, else the most prominent one the description fits
            just = None if headline else _person_just_named(self, mention, head, modifiers)
            prominent = index.prominent_for_role(mention, modifiers, headline)
            person = just or prominent
            if just is not None and prominent is not None and _office_not_role(self, just, head) and not _office_not_role(self, prominent, head):
                # "Trump called on Mayor Bill de Blasio … De Blasio disbanded the unit. '…,' the
                # Republican presidential candidate said": an office holder just named is not
                # the candidate when someone else is named far more often (not when that one
                # holds an office too: "Rubio says … the president's plans … the GOP candidate")
                counts = index.mention_count
                if counts.get(id(prominent), 0) >= _ROLE_PROMINENCE_RATIO * counts.get(id(just), 0):
                    person = prominent
            if person is not None:
                return _for_cluster(person, "description")
        if (head in _PUBLIC_TITLES or head in _OCCUPATIONS) and first in _DEFINITE and not headline:
            # "Sanders still senses anger, the Vermont senator acknowledged", "While the mega
            # donor didn't disclose …": a public title or an occupation used like a pronoun,
            # for the person just named as a subject or just quoted.
            person = _person_just_named(self, mention, head, modifiers, quiet_sentences=1)
            if person is not None:
                return _for_cluster(person, "description")
        epithet = _epithet_person(self, mention, head, modifiers, headline)
        if epithet is not None:
            return _for_cluster(epithet, "description")
        return self._introduced_after(mention, head, modifiers, body_head)


    def _introduced_after(self, mention: Span, head: str, modifiers: list[str], body_head: bool) -> Resolution | None:
        """A description that opens a headline or a paragraph and is named only in the next
        sentences ("A House panel voted … The Oversight Committee's vote …", "A spokeswoman
        for Ann Lee says … Lee spokeswoman Ida Moss said"): the person or organisation first
        named there whose titles or name fit the description."""
        index = self.index
        headline = mention.start_char < self.headline_end
        sentence = index.sentence_of[mention.root.i]
        sent_start = mention.root.sent.start
        opens_paragraph = sent_start == 0 or "\n" in self.doc[sent_start - 1].text_with_ws
        if not (headline or opens_paragraph):
            return None
        last_sentence = (
            index.sentence_of[min(len(self.doc) - 1, self.headline_tokens)] + 2 if headline else sentence + 2
        )
        for n in index.named_after(mention.end_char):
            if n.sentence > last_sentence + (0 if body_head else _TITLED_LATER_SENTENCES):
                break  # a person's title fitting the description's head may come a little later
            cluster = n.cluster
            if index.first_start(cluster) < mention.start_char or n.in_quote:
                continue  # named before: not introduced here
            if body_head and n.sentence <= last_sentence:
                fit = index.body_fit(cluster, head, _BODY_TYPES.get(head, (head,))) if cluster.label in ("ORG", "FAC", "GPE") else 0
                # "A major climate group is demanding … NextGen Climate, founded by …": any body
                # the description's own words name ("climate")
                shared = set(modifiers) & set(cluster.name.lower().split())
                if fit >= 2 or (fit >= 1 and shared):
                    return _for_cluster(cluster, "description")
            elif cluster.label == "PERSON":
                title_words = index.title_words(cluster)
                if head in title_words or _TITLE_SYNONYMS.get(head) in title_words:
                    return _for_cluster(cluster, "title")
        return None


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


def _person_of_place(index: DocIndex, before: EntityCluster | None, relative: int) -> EntityCluster | None:
    """'Sen. Ann Lee of Ohio, who said': the person, not the place that ends her description."""
    if before is None or before.label not in ("GPE", "LOC"):
        return before
    j = relative - 1
    while j > 0 and index.doc[j].is_punct:
        j -= 1
    token = index.doc[j]
    while token.head.i != token.i and index.cluster_of.get(token.head.i) is before:
        token = token.head  # "New York": up to the place's head word
    preposition = token.head
    owner = index.cluster_of.get(preposition.head.i)
    if preposition.lower_ in ("of", "from") and owner is not None and owner.label == "PERSON":
        return owner
    return before


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
        if index.context.cue_verb[word.i]:
            return True
    return False


def _in_noun_subject(token: Token) -> bool:
    """Whether ``token`` is inside a common-noun subject's phrase ("a partner at Lee's firm")."""
    word = token
    while word.dep_ not in ("nsubj", "nsubjpass") and word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        word = word.head
    return word.i != token.i and word.dep_ in ("nsubj", "nsubjpass") and word.pos_ == "NOUN"


def _main_clause_subject(token: Token) -> bool:
    """The subject of its sentence's main verb (or of a verb joined to it), not of a clause below."""
    verb, root = token.head, token.sent.root
    return verb.i == root.i or (verb.dep_ == "conj" and verb.head.i == root.i)


def _in_dateline(token: Token) -> bool:
    """'WASHINGTON (AP) —': a wire's name in parentheses at the start of the body's first line."""
    left = token.i - 1
    while left >= 0 and token.doc[left].pos_ == "PROPN":
        left -= 1
    return left > 0 and token.doc[left].text == "(" and token.doc[left - 1].is_upper and token.i - left <= 3


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


def _antecedent(pronoun: Token) -> Span | None:
    """'Smith, who said …': the noun phrase a relative clause hangs from (the first clause's for
    a second one joined to it: 'Smith, who … and who said …')."""
    clause = pronoun.head
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
