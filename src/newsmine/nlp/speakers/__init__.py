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
from newsmine.nlp.antecedents import DocIndex, outlet_name, people_noun, rank_bodies, rank_group, rank_pair, rank_people
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
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster, add_resolved_references
from newsmine.nlp.speakers.unnamed import (
    _ANONYMITY_WORDS,
    _GROUP_NOUNS,
    _QUANTIFIERS,  # noqa: F401  (read by training/speakers/describe_features.py)
    _RELATION_NOUNS,
    _is_person_noun,
    _qualified_group,
    _quantified,
    _unnamed_people,
)
from newsmine.nlp.speakers.words import (
    _BODY_TYPES,
    _CAMPAIGN_NOUNS,
    _DOCUMENT_NOUNS,
    _FEMALE,
    _MALE,
    _OCCUPATIONS,
    _ORG_LABELS,
    _PARTY_OF_GROUP,
    _PARTY_WORDS,
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
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Words of a description that say nothing about who is meant.
_VAGUE = frozenset({"former", "then", "current", "new", "top", "longtime", "senior", "same", "other", "'s", "’s", "of", "also"})  # fmt: skip

# Synonyms a description may use for a title written next to a name.
_TITLE_SYNONYMS = {"gop": "republican", "dem": "democratic", "democrat": "democratic", "candidate": "nominee", "nominee": "candidate", "lawyer": "attorney"}  # fmt: skip
# Description heads that stand for whoever leads what the other words name ("UN chief").
_LEADER_NOUNS = frozenset({"chief", "head", "leader", "boss"})
# Heads of a definite description that stand for a prominent named person of the article
# ("the Republican nominee", "the New York businessman") even without a title written next
# to the name. Kept to public roles: "the woman", "the officer" are as often unnamed.
_ROLE_NOUNS = frozenset({
    "nominee", "candidate", "businessman", "businesswoman", "billionaire", "mogul", "front-runner", "frontrunner", "hopeful", "contender", "challenger",
    "incumbent", "democrat", "republican", "developer", "runner",
    "tycoon", "star", "magnate", "politician", "veteran", "real-estate", "nominee-in-waiting",
})  # fmt: skip
# Public titles a description uses for someone just named, as a pronoun would ("the senator").
_PUBLIC_TITLES = frozenset({
    "senator", "governor", "president", "secretary", "lady", "congressman", "congresswoman", "mayor", "chairman",
    "chairwoman", "lawmaker", "nominee", "candidate", "businessman", "businesswoman", "billionaire", "mogul",
    "front-runner", "frontrunner", "hopeful", "contender", "challenger", "incumbent", "minister", "premier",
    "chancellor", "ambassador", "representative", "politician",
})  # fmt: skip
# Offices a description names that another office of the person contradicts ("the senator"
# is not the police chief just named); the words of a title that name such an office.
_OFFICES = frozenset({
    "senator", "governor", "mayor", "president", "minister", "premier", "chancellor", "ambassador",
    "representative", "congressman", "congresswoman", "secretary",
})  # fmt: skip
_OFFICES_HELD = _OFFICES | frozenset({"chief", "judge", "sheriff", "commissioner"})
# A role description ("the candidate") goes to the most prominent person rather than an office
# holder just named when the former is named this many times as often.
_ROLE_PROMINENCE_RATIO = 3
_OFFICE_SYNONYMS = {"congressman": "representative", "congresswoman": "representative", "rep": "representative"}

# Person nouns a definite description uses for someone the article names, as it would an
# occupation ("The NFL legend said", "the Stanford graduate"); an age ("the 46-year-old") too.
_EPITHET_NOUNS = frozenset({
    "legend", "icon", "graduate", "alumnus", "native", "winner", "champion", "radioman", "philanthropist",
})  # fmt: skip
# The topic person is this many times as often named as anyone else before an epithet may
# stand for them without being named just before ("The retired neurosurgeon" in a Carson story).
_TOPIC_RATIO = 2
_TOPIC_MENTIONS = 4

# Document families one of which may stand for the other when only one was named with its
# author: an investigation's findings are written up as its report.
_FINDINGS_FAMILIES = frozenset({"study", "inquiry"})

# What speaks for an outlet it belongs to ("the paper's editorial board").
_OUTLET_VOICES = frozenset({"board", "editors", "editorial", "editorials"})
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
# A person described in the headline or the lead (characters after the headline) may be
# named as a speaker in the sentences after it (counted from the first body sentence).
_LEAD_CHARS = 300
# "The dean of the journalism school has published a letter … Steve Coll, the dean of the
# school, said": a person introduced after an opening description by a title that fits its
# head may be named this many sentences later than a body is.
_TITLED_LATER_SENTENCES = 3
# "the two" this many sentences after a resolved "the two lawmakers" is the same pair.
_PAIR_AGAIN_SENTENCES = 3
_LEAD_SPEAKER_SENTENCES = 4
# A person titled so and named within this many sentences (outside quotations) keeps a title
# description ("the senator") against someone of no such title named just before.
_TITLE_FLOOR_SENTENCES = 2
# Public bodies an article may name only in lower case by their place ("a New Hampshire ballot
# commission"): "the commission" then stands for it as written, this many sentences later at most.
_PUBLIC_BODIES = frozenset({"commission", "committee", "board", "council", "court", "panel", "legislature", "agency"})
_WRITTEN_BODY_SENTENCES = 5
# Relatives named by their relation to someone, and the gender the relation gives them.
_RELATIONS = {
    "wife": "f", "ex-wife": "f", "widow": "f", "mother": "f", "daughter": "f", "sister": "f", "husband": "m",
    "ex-husband": "m", "widower": "m", "father": "m", "son": "m", "brother": "m", "ex": None,
}  # fmt: skip
# Titles too common to pick a person on the head word alone.
_GENERIC_TITLES = frozenset({"official", "officer", "leader", "head", "chief", "director", "executive", "manager", "member"})  # fmt: skip

# Words that never stand for a named speaker of the article.
_SPEAKER_SELF = frozenset({"i", "me", "we", "us", "you"})

# Plural nouns "both" / "the two" may head when they stand for two people or bodies just named.
_PAIR_NOUNS = frozenset({
    "men", "women", "candidates", "rivals", "senators", "lawmakers", "leaders", "politicians", "nominees",
    "contenders", "companies", "firms", "groups", "sides", "campaigns", "brothers", "sisters", "sons", "friends",
    "camps", "rivals", "hopefuls", "countries", "nations", "governments", "parties", "presidents", "leaders",
})  # fmt: skip


_EACH_NOUNS = frozenset({"man", "woman", "candidate", "rival", "senator", "side", "campaign", "company", "nominee"})


# Plural heads that stand for bodies, not people, when a group description names no one.
_BODY_PLURALS = frozenset({"companies", "firms", "groups", "campaigns", "countries", "nations", "governments", "parties", "unions"})  # fmt: skip
# Words that make a plural a subset of the people named, not all of them ("the other candidates").
_SUBSET_WORDS = frozenset({"some", "many", "most", "few", "several", "other", "others", "only", "more", "fewer", "remaining", "rest", "any", "no", "fellow", "all"})  # fmt: skip

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
            person = self._titled(mention, token.lower_, modifiers, False)
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
            person = self._person_just_named(mention, low, [low]) or index.prominent_for_role(
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
            pair = rank_pair(index, mention) or self._pair_again(mention)
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
        campaign = self._campaign(mention) or self._administration(mention) or self._government(mention)
        if campaign is not None:
            return campaign
        if _unnamed_people(mention) or (mention[0].lower_ == "the" and root.tag_ == "NNS"):
            titled = self._titled_group(mention)
            if titled is not None:
                return titled  # "the committee chairmen" after "Chairman Lee … and Chairman Ruiz"
            group = self._group_named(mention)
            if group is not None:
                return group  # "the leading candidates" after "… joined Clinton and Sanders"
        if _unnamed_people(mention):
            lead = self._lead_speaker(mention) if root.tag_ not in ("NNS", "NNPS") else None
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
            subject = self._headline_person(mention) if low in lexicons.load("titles") else None
            if subject is not None:
                return _for_cluster(subject, "description")  # "Ginsburg apologizes …; Justice vows to be …"
        if (low in lexicons.load("anonymous") or _is_person_noun(low) or low in _GROUP_NOUNS) and not _has_name(
            mention
        ):
            continued = self._speaker_continued(mention) or self._lead_speaker(mention)
            if continued is not None:
                return continued
            return Resolution("anonymous", None, mention.text)
        if low in lexicons.load("organisation_nouns"):
            # An organisation the article does not name ("a group of parents", "the agency"
            # with no agency named before): known to be an organisation, but no name.
            body = self._body_it_belongs_to(mention)
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


    def _speaker_continued(self, mention: Span) -> Resolution | None:
        """'Ari Lee, one of its authors, said … "…," said the former top aide to the governor':
        a definite singular person description right after a named person's quote, with nobody
        else made a subject between, is that person going on (an unnamed aide is "an aide", or is
        introduced with a name of the body they speak for: "the Lee aide")."""
        root = mention.root
        if mention[0].lower_ != "the" or root.tag_ in ("NNS", "NNPS") or root.pos_ != "NOUN":
            return None
        if any(t.i < root.i and (t.dep_ == "poss" or t.i in self.index.cluster_of) for t in mention):
            return None  # "the Clinton aide", "her lawyer": someone of another person
        previous = self._previous_near(mention, sentences=1)
        if previous is None or previous.cluster is None or previous.cluster.label != "PERSON":
            return None
        gender = _gender_of_noun(root.lower_)
        if gender and self.index.gender.get(id(previous.cluster), gender) != gender:
            return None
        index = self.index
        between = [
            n for n in index.named_after(self.doc[self.previous_token].idx + 1)
            if n.start_char < mention.start_char and not n.in_quote and n.cluster is not previous.cluster
            and n.cluster.label == "PERSON" and n.subject and n.sentence > index.sentence_of[self.previous_token]
        ]  # fmt: skip (a new subject takes the floor; "Lee said Trump's nomination …", what Lee said, does not)
        return None if between else _for_cluster(previous.cluster, "description")


    def _headline_person(self, mention: Span) -> EntityCluster | None:
        """'Ginsburg apologizes for Trump comments; / Justice vows to be …': a bare title (no
        determiner, no other word) opening a clause of the headline or of the subhead right
        below it is the one person the headline names as a subject before it."""
        root, index = mention.root, self.index
        if len(mention) != 1 or root.lower_ in _GENERIC_TITLES or not 0 < self.headline_tokens < len(self.doc):
            return None
        if index.sentence_of[root.i] > index.sentence_of[self.headline_tokens]:
            return None  # below the headline and its first following sentence
        before = next((t for t in reversed(self.doc[root.sent.start : root.i]) if not t.is_space), None)
        if before is not None and before.text not in (";", ":") and "\n" not in before.text_with_ws:
            return None  # "Historians: Clinton …, analyst says": a source of its own, named in the body
        people = {
            id(n.cluster): n.cluster for n in index.named if n.token < root.i and n.subject
            and n.cluster.label == "PERSON" and not n.in_quote
        }  # fmt: skip
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        gender = _gender_of_noun(root.lower_)
        return person if gender is None or index.gender.get(id(person), gender) == gender else None


    def _group_named(self, mention: Span) -> Resolution | None:
        """'The leading candidates', 'the rivals': a group description stands for the people or
        bodies named together just before (:func:`rank_group`); right after a pair or group
        resolved in the sentence before ("The two voters said … The friends admitted"), for
        that one, whoever its sentence named since."""
        labels = _group_labels(mention)
        if labels is None:
            return None
        root = mention.root
        last = self.last_pair
        if last is not None and 0 <= self.index.sentence_of[root.i] - self.index.sentence_of[last[0]] <= 1:
            group = last[1]
        else:
            group = rank_group(self.index, mention, labels)
        if group is None:
            return None
        self.last_pair = (root.i, group)
        return _for_cluster(group, "description")


    def _pair_again(self, mention: Span) -> EntityCluster | None:
        """'The two lawmakers, however, argue … "…," the two write': a pair right after a pair
        resolved in the last sentences is the same pair, when no other person was named since
        outside quotations (what their quotation names does not count)."""
        if self.last_pair is None:
            return None
        token, first = self.last_pair
        index, root = self.index, mention.root
        if not 0 <= index.sentence_of[root.i] - index.sentence_of[token] <= _PAIR_AGAIN_SENTENCES:
            return None
        others = [
            n for n in index.named_after(self.doc[token].idx + 1)
            if n.token < root.i and not n.in_quote and n.cluster is not first and n.cluster.label == "PERSON"
        ]  # fmt: skip
        return None if others else first


    def _titled_group(self, mention: Span) -> Resolution | None:
        """'the committee chairmen' after "Oversight Committee Chairman Ann Lee and Judiciary
        Committee Chairman Bo Ruiz": a definite plural of a title that the article gave to
        two or more people named before stands for them; the gold's convention for a group of
        named people is its first named member."""
        root = mention.root
        if mention[0].lower_ != "the" or root.tag_ != "NNS" or _has_name(mention):
            return None
        title = root.lemma_.lower()
        if title not in lexicons.load("titles") or title in _GENERIC_TITLES:
            return None
        modifiers = [t.lower_ for t in mention[1:] if t.i < root.i and not t.is_punct and t.lower_ not in _VAGUE]
        index = self.index
        titled = [
            c for c in index.people_before(mention.start_char, everyone=True)
            if title in index.title_words(c) and all(w in index.title_words(c) for w in modifiers)
        ]  # fmt: skip
        if len(titled) < 2:
            return None
        return _for_cluster(min(titled, key=index.first_start), "description")


    def _lead_speaker(self, mention: Span) -> Resolution | None:
        """'Philippine lawmaker wants Trump banned' / 'A lawmaker in the Philippines is calling
        for …' / '…, analyst says': a person described in the headline or the lead, not named
        there, is the person first introduced just below as a speaker ("…," Joey Salceda said)
        — unless the article grants someone anonymity there."""
        root = mention.root
        if mention.start_char >= self.headline_end + _LEAD_CHARS or _has_name(mention) or root.tag_ in ("NNS", "NNPS"):
            return None
        if mention[0].lower_ in _DETERMINERS - {"a", "an"} or any(c.dep_ == "poss" for c in root.children):
            return None  # "the candidate", "Lee's lawyer": someone the article already has in mind
        if root.lower_ in _RELATION_NOUNS:
            return None  # "Chelsea Clinton, husband expecting child": someone's relative, not the next speaker
        indefinite = mention[0].lower_ in ("a", "an")
        index = self.index
        sentence = index.sentence_of[root.i]
        first_body = index.sentence_of[min(len(self.doc) - 1, self.headline_tokens)]
        last_sentence = max(sentence, first_body) + _LEAD_SPEAKER_SENTENCES
        cues = lexicons.load("cues")
        for n in index.named_after(mention.end_char):
            if n.sentence > last_sentence:
                break
            token = self.doc[n.token]
            if n.cluster.label != "PERSON" or n.in_quote or index.first_start(n.cluster) < mention.start_char:
                continue
            speaks = token.dep_ == "nsubj" and token.head.lemma_.lower() in cues
            according = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
            if not (speaks or according):
                continue
            words = index.title_words(n.cluster)
            if indefinite and words - _PARTY_WORDS and root.lower_ not in words:
                # "a veteran diplomat said …" then "said Jeff Bechdel, communications director
                # for …": an indefinite newcomer is not someone the article titles otherwise
                # (a headline's bare "analyst says" is shorthand for the story's source)
                continue
            between = self.doc[root.sent.start : token.sent.end]
            if any(t.lower_ in _ANONYMITY_WORDS for t in between):
                return None  # "…," said the official, who spoke on condition of anonymity
            again = [t for t in between if t.i > root.i and t.lower_ == root.lower_ and t.i < token.i]
            if any(c.dep_ == "det" and c.lower_ == "the" for t in again for c in t.lefts):
                return None  # "said the official" before anyone is named: still the unnamed one
            return _for_cluster(n.cluster, "description")
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


    def _body_it_belongs_to(self, mention: Span) -> Resolution | None:
        """'the executive council for the AFT', 'the board of the Lee Foundation': the named
        body the organisation noun belongs to (its spokespeople and organs speak for it), as
        its entity, else as written when no entity holds it."""
        for prep in mention.root.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                cluster = self.index.cluster_of.get(obj.i)
                if cluster is not None:
                    return _for_cluster(cluster, "description") if cluster.label == "ORG" else None
                if obj.pos_ == "PROPN" and _capitalised(obj):
                    start = min((c.i for c in obj.lefts if c.dep_ == "compound"), default=obj.i)
                    return Resolution("organisation", None, self.doc[start : obj.i + 1].text, "description")
        return None


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
        relative = self._relative(mention)
        if relative is not None:
            return relative
        if root.pos_ == "NOUN" and (
            _is_person_noun(root.lower_) or root.lower_ in _GROUP_NOUNS or root.lower_ in lexicons.load("titles")
        ):
            # "a Clinton aide", "his lawyer", "Lee's family": an unnamed source, not Lee; unless
            # the article gave someone that title ("Pagliano's lawyer, Mark Ruiz").
            words = [t.lower_ for t in mention if t.lower_ not in _DETERMINERS and not t.is_punct and t.i != root.i]
            titled = (
                self._titled(mention, root.lower_, [w for w in words if w not in ("'s", "’s")], False)
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
            previous = self._previous_near(mention, sentences=2)
            if root.lower_ in _STATEMENT_NOUNS and previous is not None and previous.kind != "anonymous":
                # '… the Lee campaign responded. "…," the statement said': no statement named
                # before, so the one just reported speaking put it out
                return Resolution(previous.kind, previous.cluster, previous.name, "previous_speaker")
        outlet = self._outlet_voice(mention)
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
        return self._written_outlet(mention) if outlet_noun else None


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
                return self._campaign(self.doc[token.left_edge.i : token.i + 1])
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


    def _outlet_voice(self, mention: Span) -> Resolution | None:
        """'the editorial said', 'the editorial board wrote', 'the editors' with no outlet
        named in the phrase: the latest outlet, as "the newspaper" would be."""
        root = mention.root
        # the determiner may lie outside a source span cut to its noun ("the [editorial] read")
        determiner = mention[0].lower_
        if determiner not in _DETERMINERS and mention.start > 0:
            determiner = self.doc[mention.start - 1].lower_
        if root.lower_ not in _OUTLET_VOICES or determiner not in _DEFINITE:
            return None
        if root.lower_ == "board" and not any(c.lower_ == "editorial" for c in root.lefts):
            return None  # "the board" of a company, a school
        index = self.index
        outlet = index.body_for_description(
            "newspaper",
            _BODY_TYPES["newspaper"],
            mention.start_char,
            mention.start_char < self.headline_end,
            index.sentence_of[root.i],
        )
        return _for_cluster(outlet, "description") if outlet is not None else self._written_outlet(mention)


    def _written_outlet(self, mention: Span) -> Resolution | None:
        """'the newspaper' where no entity is an outlet, but the article writes one's name the
        recogniser missed ("the editors of The Advocate"): the latest such name before the
        mention, else the first after it."""
        before = [(name, c) for start, name, c in self.outlets_written if start < mention.start_char]
        after = [(name, c) for start, name, c in self.outlets_written if start >= mention.end_char]
        found = before[-1] if before else after[0] if after else None
        if found is None:
            return None
        name, cluster = found
        # an outlet read as a work of art is still the organisation that speaks
        return Resolution("organisation", cluster, name, "description")


    def _outlet_written_since(self, mention: Span, body: EntityCluster | None) -> Resolution | None:
        """'… told The Hill. … recipes for Family Circle magazine's poll. The magazine said':
        an outlet the recogniser missed, written with its noun after the outlet entity was last
        named, is the one "the magazine" stands for."""
        if body is None:
            return None
        since = self.doc[max(self.index.latest_token(body, mention.start_char), 0)].idx
        written = [(name, c) for start, name, c in self.outlets_written if since < start < mention.start_char]
        if not written:
            return None
        name, cluster = written[-1]
        return Resolution("organisation", cluster, name, "description")


    def _previous_near(self, mention: Span, sentences: int) -> Resolution | None:
        """The previous speaker when it has a name and was quoted in the mention's sentence or
        one of the ``sentences`` before it."""
        prev = self.previous
        if prev is None or not prev.name or self.previous_token < 0:
            return None
        since = self.index.sentence_of[mention.root.i] - self.index.sentence_of[self.previous_token]
        return prev if 0 <= since <= sentences else None


    def _campaign(self, mention: Span) -> Resolution | None:
        """'the campaign', 'her campaign', "Clinton's team", 'the campaign of Hillary Clinton'
        -> '<surname> campaign'."""
        root = mention.root
        if root.lower_ not in _CAMPAIGN_NOUNS:
            return None
        owner: EntityCluster | None = None
        for child in root.children:
            if child.dep_ in ("poss", "compound"):
                if child.i in self.index.cluster_of:
                    owner = self.index.cluster_of[child.i]
                elif child.lower_ in _MALE | _FEMALE:
                    ranked = rank_people(self.index, mention, "m" if child.lower_ in _MALE else "f", None)
                    owner = ranked[0][0] if ranked else None
                elif child.lower_ in ("its", "their"):
                    return None
            elif child.dep_ == "prep" and child.lower_ == "of" and mention.start <= child.i < mention.end and owner is None:
                # "the campaign of presumptive Democratic nominee Hillary Clinton"
                named = [self.index.cluster_of.get(t.i) for t in child.children if t.dep_ == "pobj"]
                owner = next((c for c in named if c is not None and c.label == "PERSON"), owner)
        if owner is None:
            if mention[0].lower_ != "the":
                return None
            named = self.index.latest_named_campaign(mention.start_char)
            if named is not None:
                return _for_cluster(named, "description")
            owner = self._latest_campaign_owner(mention) or self.index.most_prominent_person(mention.start_char)
        if owner is not None and owner.label != "PERSON":
            # "the Sanders camp" with "Sanders" tagged an organisation: the person of that
            # surname, else a one-word name as written (never an acronym or a place: "the NRA campaign", "the Iowa campaign")
            person = self.index.by_name_word(owner.name, mention.start_char, ("PERSON",))
            one_word = owner.label == "ORG" and len(owner.name.split()) == 1 and not owner.name.isupper()
            owner = person if person is not None else owner if one_word else None
        if owner is None:
            return None
        surname = owner.name.split()[-1]
        return Resolution("organisation", None, f"{surname} campaign", "description")


    def _administration(self, mention: Span) -> Resolution | None:
        """'the administration', 'his administration' -> '<surname> administration': the
        possessor, else the person the article titles president (not former) most often, else
        the latest administration named by its leader ("the Obama administration")."""
        root = mention.root
        if root.lower_ != "administration" or any(t.pos_ == "PROPN" or t.ent_type_ for t in mention):
            return None
        owner: EntityCluster | None = None
        for child in root.children:
            if child.dep_ == "poss" and child.lower_ in _MALE | _FEMALE:
                previous = self.previous.cluster if self.previous is not None else None
                ranked = rank_people(self.index, mention, "m" if child.lower_ in _MALE else "f", previous)
                owner = ranked[0][0] if ranked else None
            elif child.dep_ == "poss":
                return None  # "the state's administration", "its administration": not a president's
        if owner is None and mention[0].lower_ == "the":
            # the sitting president first: "the Bush administration" may be named only in passing
            owner = self._president(mention) or self._latest_owner(mention, frozenset({"administration"}))
        if owner is None or owner.label != "PERSON":
            return None
        return Resolution("organisation", None, f"{owner.name.split()[-1]} administration", "description")


    def _government(self, mention: Span) -> Resolution | None:
        """'the Turkish government' -> 'Turkish government' (the gold's name for a state's
        government); a bare 'the government' -> the latest government so named before it."""
        root = mention.root
        if root.lower_ != "government" or root.pos_ != "NOUN":
            return None
        nation = _nation_of_government(root)
        if nation is not None:
            return Resolution("organisation", None, f"{nation} government", "description")
        if mention[0].lower_ != "the" or any(t.dep_ in ("amod", "compound", "poss") for t in root.lefts):
            return None  # "the federal government", "its government": not one the article named
        lower = self.index.context.lower
        for i in range(root.i - 1, -1, -1):
            if lower[i] == "government" and self.doc[i].pos_ == "NOUN":
                nation = _nation_of_government(self.doc[i])
                if nation is not None:
                    return Resolution("organisation", None, f"{nation} government", "description")
        return None


    def _president(self, mention: Span) -> EntityCluster | None:
        """The person titled president (not former) named most often before ``mention``."""
        index = self.index
        titled = [
            c for c in index.people_before(mention.start_char, everyone=True)
            if "president" in index.title_words(c) and "former" not in index.title_words(c)
        ]  # fmt: skip
        return max(titled, key=lambda c: index.mention_count.get(id(c), 0), default=None)


    def _latest_campaign_owner(self, mention: Span) -> EntityCluster | None:
        """'the campaign' after "Lee's campaign" / "the Lee campaign": Lee."""
        return self._latest_owner(mention, _CAMPAIGN_NOUNS)


    def _latest_owner(self, mention: Span, nouns: frozenset[str]) -> EntityCluster | None:
        """The person named as the owner of the latest of ``nouns`` before the mention ("Lee's
        campaign", "the Lee administration")."""
        lower = self.index.context.lower
        for i in range(mention.root.i - 1, -1, -1):
            if lower[i] in nouns:
                for child in self.doc[i].children:
                    owner = self.index.cluster_of.get(child.i)
                    if child.dep_ in ("poss", "compound") and owner is not None and owner.label == "PERSON":
                        return owner
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
        titled = None if body_head else self._titled(mention, head, modifiers, headline)
        if titled is None and not body_head and first == "the" and not headline:
            titled = self._titled_only_later(mention, head, modifiers)
        if titled is not None and head in _PUBLIC_TITLES and first in _DEFINITE and not headline:
            titled = self._titled_or_just_named(mention, head, modifiers, titled)
        if titled is not None:
            return _for_cluster(titled, "title")
        if body_head and any(index.cluster_of.get(t.i) is not None and index.cluster_of[t.i].label == "PERSON" for t in root.lefts):
            return None  # "the Bush administration": named by its leader, written as it stands
        outlet = self._outlet_voice(mention)
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
            named_by = self._named_by_compound(mention)
            if named_by is not None:
                return named_by  # "The Future45 group, funded by …": the name it is written with
        if body_head:
            body = index.body_for_description(
                head, _BODY_TYPES.get(head, (head,)), mention.start_char, headline, index.sentence_of[root.i]
            )
            written = self._outlet_written_since(mention, body) if _BODY_TYPES.get(head) == ("outlet",) else None
            if written is not None:
                return written
            if body is not None and not self._unnamed_since(mention, body):
                return _for_cluster(body, "description")
            if body is None and _BODY_TYPES.get(head) == ("outlet",):
                written = self._written_outlet(mention)
                if written is not None:
                    return written
            if head == "police" and not proper_words:
                force = self._police_of_place(mention)
                if force is not None:
                    return Resolution("organisation", None, force, "description")
            if body is None and head in _PUBLIC_BODIES and first in _DEFINITE:
                written = self._public_body_written(mention)
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
            just = None if headline else self._person_just_named(mention, head, modifiers)
            prominent = index.prominent_for_role(mention, modifiers, headline)
            person = just or prominent
            if just is not None and prominent is not None and self._office_not_role(just, head) and not self._office_not_role(prominent, head):
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
            person = self._person_just_named(mention, head, modifiers, quiet_sentences=1)
            if person is not None:
                return _for_cluster(person, "description")
        epithet = self._epithet_person(mention, head, modifiers, headline)
        if epithet is not None:
            return _for_cluster(epithet, "description")
        return self._introduced_after(mention, head, modifiers, body_head)


    def _epithet_person(self, mention: Span, head: str, modifiers: list[str], headline: bool) -> EntityCluster | None:
        """'Just ask former NFL star Herschel Walker. … The NFL legend said', 'The retired
        neurosurgeon' in a story on Ben Carson: a definite description by a person noun that
        no title of the article holds stands, like a pronoun, for the person just named (as
        occupations do, above), else for the article's topic person — named far more often
        than anyone else and the one a pronoun here would take. Not a noun the article first
        introduced unnamed ("a nurse … the nurse"), not an office ("the governor": a title
        the rules above read), not a noun as often for someone never named ("the man", "the
        official")."""
        root = mention.root
        age = _aged(mention)
        if headline or mention[0].lower_ != "the" or (root.tag_ != "NN" and not age):
            return None
        if any(t.dep_ == "poss" for t in root.children):
            return None
        occupation = head in _OCCUPATIONS or head in _ROLE_NOUNS
        if not (age or occupation or head in _EPITHET_NOUNS):
            return None
        if head in _OFFICES_HELD or head in lexicons.load("anonymous") or self._introduced_unnamed(mention):
            return None
        index = self.index
        if head not in _PUBLIC_TITLES and head not in _OCCUPATIONS:  # those were tried just above
            person = self._person_just_named(mention, head, modifiers, quiet_sentences=1)
            if person is not None:
                return person
        previous = self.previous.cluster if self.previous is not None else None
        ranked = rank_people(index, mention, _gender_of_noun(head), previous)
        if not ranked:
            return None
        top = ranked[0][0]
        runner_up = max(
            (index.mention_count.get(id(c), 0) for c in index.people_before(mention.start_char, everyone=True) if c is not top),
            default=0,
        )  # fmt: skip
        mine = index.mention_count.get(id(top), 0)
        if mine < _TOPIC_MENTIONS or mine < _TOPIC_RATIO * runner_up:
            return None
        return top


    def _introduced_unnamed(self, mention: Span) -> bool:
        """'… were greeted by an organizer … the organizer said': the description's noun written
        before with an indefinite article is that unnamed one."""
        head = mention.root.lower_
        lower = self.index.context.lower
        for i in range(mention.root.i - 1, -1, -1):
            if lower[i] == head and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in self.doc[i].lefts):
                return True
        return False


    def _public_body_written(self, mention: Span) -> str | None:
        """'a New Hampshire ballot commission … the commission said': a public body the article
        names only in lower case by its place, within the last few sentences, as written."""
        index = self.index
        root = mention.root
        sentence = index.sentence_of[root.i]
        for i in range(root.i - 1, -1, -1):
            if sentence - index.sentence_of[i] > _WRITTEN_BODY_SENTENCES:
                break
            token = self.doc[i]
            if token.lower_ != root.lower_ or i in index.cluster_of or index.in_quote[i]:
                continue
            modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")]
            if any(c.ent_type_ == "GPE" for c in modifiers):
                start = min(c.left_edge.i for c in modifiers)
                return self.doc[start : i + 1].text
            if modifiers or any(c.dep_ == "det" and c.lower_ != "the" for c in token.lefts):
                return None  # another commission, or a new one ("a commission"): nothing to write
        return None
        return None


    def _named_by_compound(self, mention: Span) -> Resolution | None:
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
        clusters = {id(c): c for t in names if (c := self.index.cluster_of.get(t.i)) is not None}
        if len(clusters) == 1:
            cluster = next(iter(clusters.values()))
            return _for_cluster(cluster, "name") if cluster.label == "ORG" else None
        if clusters or any(t.ent_type_ or t.lower_ in _PARTY_WORDS for t in names):
            return None
        return Resolution("organisation", None, self.doc[names[0].i : root.i].text, "name")


    def _titled_or_just_named(
        self, mention: Span, head: str, modifiers: list[str], titled: EntityCluster
    ) -> EntityCluster:
        """'Rubio stopped by his headquarters … "…," the senator said' when the senator the
        article titled so was last named sentences ago: the person a pronoun would take, named
        in this or the last sentence, unless another public title of theirs contradicts the head."""
        index = self.index
        just = self._person_just_named(mention, head, modifiers)
        if just is None or just is titled:
            return titled
        words = index.title_words(just)
        if head in words or _TITLE_SYNONYMS.get(head) in words:
            return just  # both hold the title: the one just named
        if head == "president":
            return titled  # the sitting president, whoever was named just before
        latest = index.latest_token(titled, mention.start_char)
        since = index.narrative_sentences_between(latest, mention.root.i) if latest >= 0 else _TITLE_FLOOR_SENTENCES
        other_title = words & (_PUBLIC_TITLES - {head, _TITLE_SYNONYMS.get(head)})
        return just if since >= _TITLE_FLOOR_SENTENCES and not other_title else titled


    def _person_just_named(
        self, mention: Span, head: str, modifiers: list[str], quiet_sentences: int = 0
    ) -> EntityCluster | None:
        """The person a pronoun in the mention's place would stand for, when named in this or the
        previous sentence (or up to ``quiet_sentences`` more that name nobody else) and not
        contradicted by the description's party or gender words."""
        index = self.index
        previous = self.previous.cluster if self.previous is not None else None
        gender = _gender_of_noun(head)
        party = {_TITLE_SYNONYMS.get(w, w) for w in modifiers} & _PARTY_WORDS
        for cluster, _ in rank_people(index, mention, gender, previous)[:1]:
            latest = index.latest_token(cluster, mention.start_char)
            if latest < 0:
                return None
            gap = index.narrative_sentences_between(latest, mention.root.i)
            if gap > quiet_sentences or (gap and self._other_person_since(latest, mention, cluster)):
                # "Chris Christie learned … Another crowd, another town hall. Sooner or later,
                # the New Jersey governor told reporters": one sentence naming nobody between
                return None
            if id(cluster) in index.named_later_in_sentence(mention):
                return None  # "the Republican nominee has not stepped forward to defend Manafort"
            known = {_TITLE_SYNONYMS.get(w, w) for w in index.party.get(id(cluster), ())}
            if party and known and not party & known:
                return None
            if self._holds_another_office(cluster, head) and not any(t.lower_ == "former" for t in mention):
                # "Police Chief Dan Moss said …" is not "the senator" just after; a former office
                # is no contradiction ("Sen. Lee … The former congressman thinks")
                return None
            return cluster
        return None


    def _other_person_since(self, token: int, mention: Span, cluster: EntityCluster) -> bool:
        """Whether a person other than ``cluster`` is named between ``token`` and the mention."""
        start = self.doc[token].idx
        return any(
            n.cluster.label == "PERSON" and n.cluster is not cluster
            for n in self.index.named_after(start) if n.start_char < mention.start_char
        )  # fmt: skip


    def _office_not_role(self, cluster: EntityCluster, head: str) -> bool:
        """Whether the person's titles name an office but not the role ("Mayor" for "the candidate")."""
        words = self.index.title_words(cluster)
        return head not in words and _TITLE_SYNONYMS.get(head) not in words and bool(words & _OFFICES_HELD)


    def _holds_another_office(self, cluster: EntityCluster, head: str) -> bool:
        """Whether the description names an office ("the senator") and the person's titles
        name another one and not this ("Police Chief", "Mayor")."""
        if head not in _OFFICES:
            return False
        words = {_OFFICE_SYNONYMS.get(w, w) for w in self.index.title_words(cluster)}
        return _OFFICE_SYNONYMS.get(head, head) not in words and bool(words & _OFFICES_HELD)


    def _unnamed_since(self, mention: Span, body: EntityCluster) -> bool:
        """'A group of parents gathered … the group said': the description's noun introduced
        with an indefinite article after ``body`` was last named stands for that unnamed one."""
        head = mention.root.lower_
        lower = self.index.context.lower
        since = max(self.index.latest_token(body, mention.start_char), 0)
        for i in range(mention.root.i - 1, since, -1):
            if lower[i] == head and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in self.doc[i].lefts):
                return True
        return False


    def _police_of_place(self, mention: Span) -> str | None:
        """'police said' after "Tulsa police" (no police department named): the latest place's
        police as written, else the first after a headline's mention."""
        lower = self.index.context.lower
        headline = mention.start_char < self.headline_end
        before = range(mention.root.i - 1, -1, -1)
        after = range(mention.root.i + 1, len(self.doc)) if headline else range(0)
        for i in (*before, *after):
            if lower[i] != "police" or i == mention.root.i:
                continue
            places = [
                c for c in self.doc[i].lefts
                if c.dep_ in ("compound", "nmod", "amod") and (c.ent_type_ in ("GPE", "ORG") or c.pos_ == "PROPN")
            ]  # fmt: skip
            if places:
                return self.doc[places[0].left_edge.i : i + 1].text
        return None


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


    def _titled(self, mention: Span, head: str, modifiers: list[str], headline: bool) -> EntityCluster | None:
        """The latest person whose titles hold the description's head and all its other words;
        else the latest (of the last few) whose titles hold the head, when no other word of the
        description contradicts them ('the Vermont senator' -> the only senator named lately)."""
        index = self.index
        people = index.people_before(mention.start_char, everyone=True)  # a judge named long before is still the judge
        if headline:
            people += [c for c in index.people_after(mention.end_char) if c not in people]
        head_only: EntityCluster | None = None
        proper = {t.lower_ for t in mention if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")}
        for cluster in people:
            title_words = index.title_words(cluster)
            if head in title_words or head.replace("-", " ") in title_words or _TITLE_SYNONYMS.get(head) in title_words:
                if all(w in title_words or w.replace("-", " ") in title_words for w in modifiers):
                    return cluster
                # "the Vermont senator" is not any senator: a party or a proper name the titles lack contradicts
                contradicts = any((w in _PARTY_WORDS or w in proper) and w not in title_words for w in modifiers)
                if head_only is None and not contradicts:
                    head_only = cluster
            elif head in _LEADER_NOUNS and modifiers and all(w in title_words for w in modifiers):
                return cluster
        return head_only if head not in _GENERIC_TITLES else None


    def _titled_only_later(self, mention: Span, head: str, modifiers: list[str]) -> EntityCluster | None:
        """'The judge rubbed his chin …' paragraphs before "Judge Berman" is named: a definite
        title of an office nobody held before stands for the one person the article titles so
        later (not "the aide", "the official", "the spokesman": as often someone never named;
        two people titled so leave it open)."""
        if head not in _OFFICES_HELD or head in _GENERIC_TITLES:
            return None
        titled = [
            c for c in self.index.people_after(mention.end_char)
            if head in (words := self.index.title_words(c)) and all(w in words for w in modifiers)
        ]  # fmt: skip
        return titled[0] if len(titled) == 1 else None


    def _relative(self, mention: Span) -> Resolution | None:
        """ "Lee's wife", 'his ex-wife': the other person of the article with the possessor's surname."""
        root = mention.root
        relation = root.lower_
        if relation not in _RELATIONS:
            return None
        owner: EntityCluster | None = None
        for child in root.children:
            if child.dep_ == "poss":
                if child.i in self.index.cluster_of:
                    owner = self.index.cluster_of[child.i]
                elif child.lower_ in _MALE | _FEMALE:
                    previous = self.previous.cluster if self.previous is not None else None
                    ranked = rank_people(self.index, mention, "m" if child.lower_ in _MALE else "f", previous)
                    owner = ranked[0][0] if ranked else None
        if owner is None or owner.label != "PERSON":
            return None
        surname = owner.name.split()[-1]
        gender = _RELATIONS[relation]
        for cluster in self.index.people_before(mention.start_char) + self.index.people_after(mention.end_char):
            if cluster is owner or cluster.name.split()[-1] != surname or len(cluster.name.split()) < 2:
                continue
            if gender and self.index.gender.get(id(cluster), gender) != gender:
                continue
            return _for_cluster(cluster, "description")
        return None


def _group_labels(mention: Span) -> tuple[str, ...] | None:
    """'the leading candidates', 'the rivals', 'these companies': a definite plural of a noun
    for people in public life (the pair nouns) or for bodies, standing for people or bodies
    just named together; the entity labels of the names it may stand for. Not a subset ("the other
    candidates", "the only candidates") nor a plural qualified after its head ("the candidates
    in the race", "the lawmakers who voted"): those are null referents, no one's name."""
    root = mention.root
    if mention[0].lower_ not in ("the", "these", "those") or root.tag_ != "NNS" or _has_name(mention):
        return None
    if any(t.lower_ in _SUBSET_WORDS or t.like_num for t in mention if t.i != root.i):
        return None
    if any(child.dep_ in ("prep", "acl", "relcl") and child.i > root.i for child in root.children):
        return None
    word = root.lower_
    if word in _BODY_PLURALS:
        return ("ORG", "GPE", "NORP")
    if word in ("sides", "camps"):
        return ("PERSON", "ORG")
    return ("PERSON",) if word in _PAIR_NOUNS else None  # not "the lawyers" after two people they cite


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


def _is_pair(mention: Span) -> bool:
    """'both', 'the two', 'both candidates', 'the two men', 'the pair': two named just before;
    'the three', 'all three candidates': the few named just before, a conjunction as well."""
    words = [t.lower_ for t in mention if not t.is_punct]
    if words[:1] == ["two"] and mention.start > 0 and mention.doc[mention.start - 1].lower_ == "the":
        words = ["the", *words]  # '"…," the two write' with the source span cut to "two"
    if words[:1] in (["the"], ["all"]) and words[1:2] in (["three"], ["four"]):
        words = ["the", "two", *words[2:]]  # "all three candidates" after "Lee, Ruiz and Berg"
    if words[:1] == ["each"]:
        return len(words) == 1 or (len(words) == 2 and words[1] in _EACH_NOUNS)  # "each candidate"
    if words[:1] == ["the"]:
        words = words[1:]
        if words in (["pair"], ["duo"], ["couple"]):
            return True
        if words[:1] != ["two"]:
            return False
    elif words[:1] != ["both"]:
        return False
    # "the two", "both candidates", "the two Democratic Party contenders", "the two voters"
    root = mention.root
    # "the two voters", "the two Democratic Party contenders": any plural of a person noun or a title
    return len(words) == 1 or words[-1] in _PAIR_NOUNS or (root.tag_ == "NNS" and people_noun(root.lower_))


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


def _nation_of_government(noun: Token) -> str | None:
    """'Venezuelan' in 'the Venezuelan government', 'U.S.' in 'the U.S. government'."""
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE") and _capitalised(child):
            return child.text
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
    return sorted(found, key=lambda entry: entry[0])
