"""The speaker resolver: one document's state, and the order its rules are tried in.

:class:`SpeakerResolver` keeps what the rules read about a document (its index of named
entities, the headline, the documents and outlets it names with their authors, the previous
speaker) and tries the rules of the sibling modules for each mention in order
(:meth:`SpeakerResolver._resolve`). Each rule is a function that takes the resolver as its
first argument.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import DocIndex, rank_pair
from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.attribution.transcripts import NameTurn
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.entities.labels import _NAME_LABELS
from newsmine.nlp.speakers.authors import _document_authors, _joint_outlet
from newsmine.nlp.speakers.body_pronouns import _body_pronoun
from newsmine.nlp.speakers.campaigns import _administration, _campaign, _government
from newsmine.nlp.speakers.descriptions import _described
from newsmine.nlp.speakers.documents import _authored_within, _document_author, _headline_label
from newsmine.nlp.speakers.groups import _group_named, _is_pair, _pair_again, _titled_group, _whole_group_relative
from newsmine.nlp.speakers.names import (
    _capitalised_inside_sentence,
    _first_of_family,
    _first_person_joined,
    _headline_word_only,
    _name_right_after,
    _named_in,
    _named_in_apposition,
    _people_named_after_comma,
    _places_of,
    _titles_joined_to_name,
    _written_name,
)
from newsmine.nlp.speakers.interviews import (
    FIRST_PERSON,
    TurnSpeakers,
    asks_as_interviewer,
    interviewee,
    interviewer,
    speaks_as_interviewee,
)
from newsmine.nlp.speakers.newcomers import _group_named_next
from newsmine.nlp.speakers.organisations import _body_it_belongs_to, _outlets_written
from newsmine.nlp.speakers.people import (
    _headline_person,
    _lead_speaker,
    _person_just_named,
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
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.unnamed import _GROUP_NOUNS, _is_person_noun, _qualified_group, _quantified, _unnamed_people
from newsmine.nlp.speakers.words import (
    _BODY_TYPES,
    _DETERMINERS,
    _DOCUMENT_NOUNS,
    _FEMALE,
    _MALE,
    _PARTY_OF_GROUP,
    _PUBLIC_TITLES,
    _ROLE_NOUNS,
    _TITLE_SYNONYMS,
    _VAGUE,
    _aged,
    _capitalised,
    _has_name,
)

_THEY = frozenset({"they", "them", "their", "themselves"})
_IT = frozenset({"it", "its"})
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})

# A person's own channels: "her Twitter account posted", "his communications show" speak for
# the person the possessive stands for (documents proper are in document_nouns.txt).
_CHANNEL_NOUNS = frozenset({"account", "accounts", "feed", "communications", "tweets", "blog", "page"})

# Words that never stand for a named speaker of the article.
_SPEAKER_SELF = frozenset({"i", "me", "we", "us", "you"})


def _right_after_a_quote(mention: Span) -> bool:
    """'"…," the retired teacher said', '"…," said the teacher': a closing quotation mark right
    before the mention, or before the cue verb before it."""
    doc = mention.doc
    before = mention.start - 1
    if before >= 0 and doc[before].pos_ == "VERB":
        before -= 1
    return before >= 0 and doc[before].is_quote


class SpeakerResolver:
    """Resolves the speakers of one document, in text order (it remembers the previous speaker).

    The rules (functions of the sibling modules) read its state: ``doc``, ``clusters``,
    ``index``, the previous speaker (``previous``, ``previous_token``), the headline's end
    (``headline_end`` in characters, ``headline_tokens`` in tokens), the documents named with
    their authors (``documents``), the outlet names the recogniser missed (``outlets_written``)
    and the latest pair (``last_pair``, which the group rules also set); a rule that needs the
    rules' answer for a phrase of its own calls :meth:`_resolve` (the previous speaker stays).
    """

    def __init__(self, doc: Doc, clusters: list[EntityCluster], context: DocContext | None = None):
        self.doc = doc
        self.clusters = clusters
        self.index = DocIndex(doc, clusters, context)
        self.previous: Resolution | None = None
        self.previous_token = -1  # the root token of the previous speaker's mention
        self.previous_person: EntityCluster | None = None  # the latest speaker resolved to a named person
        # The headline: the first line of the article.
        self.headline_end = next((t.idx + len(t.text) for t in doc if "\n" in t.text_with_ws), 0)
        self.headline_tokens = next((t.i + 1 for t in doc if "\n" in t.text_with_ws), 0)
        self.documents = _document_authors(doc, self.index)
        self.outlets_written = _outlets_written(doc, self.index)
        self._index_titled_descriptions()
        self.last_pair: tuple[int, EntityCluster] | None = None  # root token and first member of the latest "the two"
        context = self.index.context  # the one the candidates read, or the index's own
        self.answers = context.answer_paragraphs()  # an interview transcript's 'A: …' paragraphs, if any
        self.interviewee = interviewee(doc, clusters, self.answers)
        self.interviewer = interviewer(doc, self.answers, self.index)  # who asks its 'Q: …', if named
        self.turns = TurnSpeakers(context.text, context.name_turns())  # a debate's or hearing's 'TAPPER: …' turns
        self._turn_speaker: dict[int, Resolution] = {}

    def resolve(self, mention: Span) -> Resolution:
        resolution = self._resolve(mention, depth=0)
        if asks_as_interviewer(mention, self.answers) or (self.turns.turns and self.turns.turn_named(mention)):
            # A transcript's turn marker ('Q', 'TAPPER') is no antecedent: the 'he' of a
            # question or a turn is someone the speaker talks about, never the speaker.
            return resolution
        cluster = resolution.cluster
        if cluster is not None and resolution.how == "description" and self.index.first_start(cluster) > mention.end_char:
            # "A lawmaker … is calling for Trump to be banned after the candidate said": someone
            # named only below is no antecedent yet for what follows the description
            return resolution
        if resolution.kind != "unresolved" or (resolution.name and resolution.how == "name"):
            self.previous = resolution  # a name as written counts too ("D’Souza replied")
            self.previous_token = mention.root.i
            if resolution.kind == "person" and resolution.cluster is not None:
                self.previous_person = resolution.cluster
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

    def _speaker_of_turn(self, turn: NameTurn) -> Resolution:
        """A transcript turn's speaker: the entity its name stands for ('TRUMP' -> Donald
        Trump), else a person named as the turns write the name most fully ('JAKE TAPPER'
        for 'TAPPER', a name the recogniser missed in capitals)."""
        known = self._turn_speaker.get(turn.colon)
        if known is not None:
            return known
        doc = self.doc
        name = doc.char_span(turn.name[0], turn.name[1], alignment_mode="expand")
        resolution = self._resolve(name, depth=1) if name is not None else Resolution("unresolved")
        if resolution.cluster is None or resolution.kind not in ("person", "organisation"):
            surname = doc_text(doc)[turn.last[0] : turn.last[1]]
            named = self.index.by_name_word(surname[:1] + surname[1:].lower(), turn.colon, ("PERSON",))
            if named is not None:
                resolution = _for_cluster(named, "name")
            else:
                resolution = Resolution("person", None, self.turns.fullest.get(surname.lower(), surname), "name")
        self._turn_speaker[turn.colon] = resolution
        return resolution

    # --- the cases -----------------------------------------------------------------

    def _resolve(self, mention: Span, depth: int) -> Resolution:
        root = mention.root
        low = root.lower_
        index = self.index
        if self.interviewee is not None and speaks_as_interviewee(mention, self.answers, index):
            # a transcript's 'A: …' and the 'I' of its answers
            return _for_cluster(self.interviewee, "pronoun" if low in FIRST_PERSON else "description")
        turn = self.turns.turn_spoken_in(mention, index) if self.turns.turns else None
        if turn is not None:
            speaker = self._speaker_of_turn(turn)  # 'FALLIN: I think …': the turn's speaker
            return Resolution(speaker.kind, speaker.cluster, speaker.name, "pronoun")
        if asks_as_interviewer(mention, self.answers):
            # a transcript's 'Q: …': the one the introduction says the interviewee spoke with,
            # else the writer, whom the article does not name as a speaker (as the writer's 'I')
            asker = self.interviewer
            return _for_cluster(asker, "description") if asker is not None else Resolution("unresolved")
        if low in _SPEAKER_SELF:
            return Resolution("unresolved")  # the writer, the reader, a generic "we"
        if depth == 0 and len(mention) > 2 and mention[0].lower_ in ("he", "she") and mention[1].lower_ == "and":
            # "He and Senate Budget Committee Chairwoman Ana Lee both faulted": the first of a
            # conjunction (the gold's convention), a pronoun the parse hung under "both"
            return self._resolve(self.doc[mention.start : mention.start + 1], depth)
        turn = self.turns.turn_named(mention) if self.turns.turns and depth == 0 else None
        if turn is not None:
            return self._speaker_of_turn(turn)
        group = _group_named_next(self, mention) if depth == 0 else None
        if group is not None:
            return group  # "Two of the Republicans … have released …. Ben Carson and Ted Cruz raised …"
        cluster = index.cluster_of.get(root.i)
        if cluster is not None and _headline_word_only(self, cluster, root):
            return Resolution("unresolved")  # a headline's "Underdog sees …", "Justice vows …" tagged as entities
        if mention[0].lower_ in ("a", "an") and depth == 0:
            # "said Rep. Tom Lee, a Dunmore Democrat": the indefinite apposition is Lee
            in_apposition = _named_in_apposition(self, mention)
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
            member = _first_of_family(self, cluster)
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
                named = _named_in_apposition(self, antecedent, ("PERSON",) if low in ("who", "whom", "whose") else ("ORG",))
                return named or self._resolve(antecedent, depth + 1)
        group = _whole_group_relative(mention) if depth == 0 else None
        if group is not None:
            return self._resolve(group, depth + 1)  # "Lee, Ruiz and Moss, all of whom": as "who" would be
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
        named_next = _name_right_after(self, mention)
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
        named = _named_in(self, mention)
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
        if low in lexicons.load("person_nouns") and not _has_name(mention) and _right_after_a_quote(mention):
            # '"I still have a tarp over my bedroom," the retired teacher said': a trade no other
            # list holds, inverted after a quotation, is the named speaker going on
            continued = _speaker_continued(self, mention)
            if continued is not None:
                return continued
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
            return _written_name(self, mention)  # "Politifact said", "according to HuffPo", "D’Souza went on"
        if root.pos_ == "NOUN" and depth == 0:
            within = _authored_within(self, mention)
            if within is not None:
                return within
        return Resolution("unresolved")
