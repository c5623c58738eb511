"""The speaker resolver: one document's state, and the order its rules are tried in.

:class:`SpeakerResolver` keeps what the rules read about a document (its index of named
entities, the headline, the documents and outlets it names with their authors, the previous
speaker) and tries the rules of the sibling modules for each mention in order
(:meth:`SpeakerResolver._resolve`, which lists the routes, one method each). Each rule is a
function that takes the resolver as its first argument.
"""

from __future__ import annotations

from functools import cached_property
from itertools import islice

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import DocIndex, rank_former_or_latter, rank_pair
from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.attribution.transcripts import NameTurn
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.authors import _document_authors
from newsmine.nlp.speakers.body_pronouns import _body_pronoun
from newsmine.nlp.speakers.campaigns import _administration, _campaign, _government
from newsmine.nlp.speakers.descriptions import _described, _named_next
from newsmine.nlp.speakers.document_parts import part_of_a_document
from newsmine.nlp.speakers.documents import (
    _ad_voice,
    _authored_within,
    _court_document,
    _document_author,
    _headline_label,
    document_family,
)
from newsmine.nlp.speakers.groups import (
    _group_named,
    _is_pair,
    _pair_again,
    _pair_of_headline,
    _titled_group,
    _whole_group_relative,
)
from newsmine.nlp.speakers.headline_people import (
    _headline_opener_in_lead,
    _headline_person,
    _lead_speaker,
)
from newsmine.nlp.speakers.identified import identified_next
from newsmine.nlp.speakers.interviews import (
    FIRST_PERSON,
    TurnSpeakers,
    addressed_as_interviewee,
    asks_as_interviewer,
    end_note_author,
    interviewee,
    interviewer,
    speaks_as_interviewee,
)
from newsmine.nlp.speakers.names import (
    _headline_word_only,
    _name_right_after,
    _named_across_copula,
    _named_in,
    _named_in_apposition,
    _named_member,
    _people_named_after_comma,
    _places_of,
    _titles_joined_to_name,
)
from newsmine.nlp.speakers.naming import _called_by_name
from newsmine.nlp.speakers.nations import (
    _description_of_its_nation,
    _national,
    _national_described,
    _nationality_group,
)
from newsmine.nlp.speakers.newcomers import (
    _group_named_next,
    _newcomer_again,
    _one_named_next,
)
from newsmine.nlp.speakers.office_acronyms import office_by_initials
from newsmine.nlp.speakers.organisations import _organisation_noun, _outlets_written
from newsmine.nlp.speakers.people import (
    _introduced_unnamed,
    _person_just_named,
    _speaker_continued,
    _titled,
)
from newsmine.nlp.speakers.pronouns import (
    _antecedent,
    _owner_of_thing,
    _people_of_place,
    _person_before_apposition,
    _person_of_description,
    _person_of_place,
    _person_pronoun,
    _possessor_person,
    _unnamed_speaker_again,
)
from newsmine.nlp.speakers.research_authors import research_authors
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.spokespeople import _counsel_named, _spokesperson_named
from newsmine.nlp.speakers.tagged_names import (
    _capitalised_name,
    _name_then_verb,
    _named_entity,
)
from newsmine.nlp.speakers.unnamed import (
    _GROUP_NOUNS,
    _grants_anonymity,
    _group_of_people,
    _is_person_noun,
    _partitive_of_people,
    _qualified_group,
    _quantified,
    _the_other_of_them,
    _unnamed_people,
    kin_of_a_pronoun,
)
from newsmine.nlp.speakers.words import (
    _BODY_TYPES,
    _CAMPAIGN_NOUNS,
    _DEFINITE,
    _FEMALE,
    _MALE,
    _PARTY_OF_GROUP,
    _PUBLIC_TITLES,
    _ROLE_NOUNS,
    _TITLE_SYNONYMS,
    _VAGUE,
    _aged,
    _has_name,
)

_THEY = frozenset({"they", "them", "their", "themselves"})
_IT = frozenset({"it", "its"})
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})

# A person's own channels: "her Twitter account posted", "his communications show" speak for
# the person the possessive stands for (documents proper are in document_nouns.txt).
_CHANNEL_NOUNS = frozenset({"account", "accounts", "feed", "communications", "tweets", "blog", "page"})
# A site speaks for its owner when the mention names one ("its website", "the company website",
# "the state agency's site"); alone ("the website") it is an outlet's, as "the newspaper" is.
_SITE_NOUNS = frozenset({"website", "site"})

# Places: one named in apposition inside a mention ("in Pasadena, Calif.", "in Merrillville,
# Indiana") is an address; it speaks only when it stands beside the mention's head word.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

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
        # the latest speaker "they" that stood for named people, with its token ("… they concluded")
        self.people_they: tuple[int, Resolution] | None = None
        # The headline: the first line of the article, with its subhead when it ends in ";".
        self.headline_tokens = _headline_tokens(doc)
        last = doc[self.headline_tokens - 1] if self.headline_tokens else None
        self.headline_end = last.idx + len(last.text) if last is not None else 0
        self.documents = _document_authors(doc, self.index)
        self.outlets_written = _outlets_written(doc, self.index)
        self._index_titled_descriptions()
        self.last_pair: tuple[int, EntityCluster] | None = None  # root token and first member of the latest "the two"
        self._epithets: dict[str, EntityCluster] = {}  # a demonym taken for a person of no nation said (_epithet_person)
        context = self.index.context  # the one the candidates read, or the index's own
        self.answers = context.answer_paragraphs()  # an interview transcript's 'A: …' paragraphs, if any
        self.interviewer = interviewer(doc, self.answers, self.index)  # who asks its 'Q: …', if named
        self.interviewee = interviewee(doc, clusters, self.answers, self.interviewer)
        self.turns = TurnSpeakers(context.text, context.name_turns())  # a debate's or hearing's 'TAPPER: …' turns
        self._turn_speaker: dict[int, Resolution] = {}

    def resolve(self, mention: Span) -> Resolution:
        if self._writer_speaks(mention):
            # an op-ed's 'I', its end note or byline naming the writer: no antecedent for the 'he' after it
            return self.writer
        resolution = self._resolve(mention, depth=0)
        if resolution.cluster is None and resolution.kind in ("unresolved", "anonymous"):
            member = _named_member(self, mention)  # "Several groups and the Harbor League said"
            resolution = _for_cluster(member, "apposition") if member is not None else resolution
        if resolution.cluster is None and resolution.kind in ("unresolved", "anonymous"):
            # "A spokesman for Lee" and "Lee spokesman Ida Moss"; "Lee's lawyer" and "His attorney, Ida Moss,"
            named = _spokesperson_named(self, mention)
            named = named if named is not None else _counsel_named(self, mention)
            named = named if named is not None else _named_next(self, mention)  # "… / '…,' Lee said"
            named = named if named is not None else _one_named_next(self, mention)  # "A Lee ally … / Ida Moss, …,"
            named = named if named is not None else identified_next(self, mention)  # "… the lead author / The ecologist is Ida Moss"
            named = named if named is not None else _newcomer_again(self, mention)  # "A rancher … / '…,' Jim Ortega said / the rancher"
            resolution = _for_cluster(named, "description") if named is not None else resolution
        if resolution.cluster is None and (resolution.kind in ("unresolved", "anonymous") or not resolution.name):
            resolution = _called_by_name(self, mention) or resolution  # "a man calling himself Paul Paul"
        if resolution.kind == "unresolved" and resolution.cluster is None and not resolution.name:
            resolution = _owner_of_thing(self, mention) or resolution  # "his eyes gleaming", "whose task is"
        unplaced = resolution.kind == "unresolved" and resolution.cluster is None and not resolution.name
        if (resolution.cluster is not None or unplaced) and self._unnamed_by_its_sentence(mention):
            # "…, who declined to be identified": also a description of no listed kind ("one app maker")
            resolution = Resolution("anonymous", None, mention.text)
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
                if mention.root.lower_ in _THEY:
                    self.people_they = (mention.root.i, resolution)
        if resolution.added_mention is not None and resolution.cluster is not None:
            self.index.learn_gender(resolution.cluster, resolution.added_mention.root.lower_)
        if resolution.cluster is not None and (resolution.how != "name" or self._untagged_name(mention)):
            self.index.note_mention(mention, resolution.cluster)
        if resolution.how == "description" and resolution.kind == "person" and resolution.cluster is not None:
            self._hold_title(mention, resolution.cluster)
        return resolution

    def _untagged_name(self, mention: Span) -> bool:
        """Whether the mention is a capitalised name the recogniser left untagged ("Sofia, who
        trained …, said" after "Sofia Marchetti"): resolved by its word, it is a mention of the
        person for the pronouns after it, as a tagged name is (not "who", resolved by "name" too)."""
        root = mention.root
        return root.i not in self.index.cluster_of and root.pos_ == "PROPN" and root.is_title

    def _hold_title(self, mention: Span, cluster: EntityCluster) -> None:
        """'Conservative Leader Joanne Whitcombe … the premier said': a public title the
        article gave someone by a definite description is theirs from then on, as if written
        by the name, so a later "the premier" two quiet sentences after a pundit is named is
        still Whitcombe, not the pundit. An office, not a role many share ("the candidate")."""
        head = mention.root.lower_
        if head in _PUBLIC_TITLES and head not in _ROLE_NOUNS and mention[0].lower_ in _DEFINITE:
            self.index.described_as.setdefault(id(cluster), set()).add(head)

    def _unnamed_by_its_sentence(self, mention: Span) -> bool:
        """"said a longtime adviser to Trump, who declined to be identified", "Federal officials
        familiar with the server …, speaking on condition of anonymity": a pronoun or a
        description without a name, in a sentence saying someone goes unnamed, is that someone,
        not the person or body named beside it (he and she have their own test, in
        :func:`_unnamed_speaker_again`)."""
        root = mention.root
        if self.index.in_quote[root.i] or _has_name(mention) or root.lower_ in _MALE or root.lower_ in _FEMALE:
            return False
        if not (root.pos_ == "NOUN" or root.lower_ in _THEY or root.lower_ in ("who", "whom")):
            return False
        return _grants_anonymity(root.sent)

    def _writer_speaks(self, mention: Span) -> bool:
        """'I', 'me' or 'my' outside quotation marks, outside a transcript's turns, in an article
        whose end note or byline names its writer (:attr:`writer`)."""
        if len(mention) != 1 or mention[0].lower_ not in FIRST_PERSON or self.index.in_quote[mention[0].i]:
            return False
        if self.writer is None or speaks_as_interviewee(mention, self.answers, self.index):
            return False
        return not (self.turns.turns and self.turns.turn_spoken_in(mention, self.index) is not None)

    @cached_property
    def writer(self) -> Resolution | None:
        """An op-ed's or a column's writer: the person its end note names (:func:`end_note_author`),
        else the one author of its byline ('By Margaret Olsen'), as the body names them if it does.
        The byline was the record's author already; the writer's own 'I believe …' outside
        quotation marks was left unresolved when no end note followed, though a reader takes it
        for the byline's (PolNeAR's convention makes the writer's 'I' null with the writer
        accepted, so either reading scores right there). Two authors or none: no writer. Looked
        for at the article's first 'I' outside quotation marks, not for every article."""
        cluster = end_note_author(self.doc, self.index)
        if cluster is not None:
            return _for_cluster(cluster, "pronoun")
        authors = self.doc.user_data.get("newsmine_byline_authors") or []
        if len(authors) != 1:
            return None
        author = authors[0]
        named = next((c for c in self.index.cluster_of.values() if c.label == "PERSON" and c.name == author), None)
        return _for_cluster(named, "pronoun") if named is not None else Resolution("person", None, author, "pronoun")

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

    # --- the routes, in the order _resolve tries them --------------------------------

    def _resolve(self, mention: Span, depth: int) -> Resolution:
        """The first route that answers for the mention. Transcripts first (their 'I' and
        'Q' belong to the turn, not to the writer); then the entities the recogniser tagged,
        once the tags that mislead are set aside; then pronouns; then names in apposition,
        before the description rules; a capitalised word nobody tagged, and a document's
        author, last.

        ``depth`` is 0 for a speaker mention and more for a phrase a route resolves on its
        behalf (an antecedent, a turn's name); the routes that take ``depth`` are tried at
        depth 0 only (those that resolve a phrase of their own, and a few that read around
        the mention). Each route returns a :class:`Resolution` (a dataclass, never false) or
        None to pass the mention on."""
        return (
            self._transcript_speaker(mention)
            or self._first_or_second_person(mention)
            or self._pronoun_and_another(mention, depth)
            or self._turn_name(mention, depth)
            or self._group_then_members(mention, depth)
            or self._headline_word_tagged(mention)
            or _named_across_copula(self, mention)
            or self._indefinite_apposition(mention, depth)
            or self._party_member(mention)
            or _national(self, mention)
            or _nationality_group(self, mention)
            or _name_then_verb(self, mention)
            or office_by_initials(self, mention)
            or _named_entity(self, mention)
            or self._relative_pronoun(mention, depth)
            or self._all_of_whom(mention, depth)
            or self._personal_pronoun(mention)
            or self._pair(mention)
            or self._former_or_latter(mention)
            or self._other_pronoun(mention)
            or _headline_label(self, mention)
            or self._titles_joined(mention, depth)
            or self._apposition(mention)
            or self._channel_owner(mention)
            or self._document_speaker(mention)
            or research_authors(self, mention)
            or _campaign(self, mention)
            or _administration(self, mention)
            or _government(self, mention)
            or self._group_described(mention)
            or self._unnamed_described(mention)
            or _named_in(self, mention)
            or self._party(mention)
            or _description_of_its_nation(self, mention)
            or _national_described(self, mention)
            or self._trade_after_quote(mention)
            or self._unnamed_source(mention)
            or _organisation_noun(self, mention)
            or _capitalised_name(self, mention)
            or part_of_a_document(self, mention, depth)
            or self._inside_a_document(mention, depth)
            or Resolution("unresolved")
        )

    def _transcript_speaker(self, mention: Span) -> Resolution | None:
        """A transcript's 'A: …' and the 'I' of its answers, the 'I' of a turn marked by a
        name ('FALLIN: I think …'), and its 'Q: …'. First: in a transcript "I" is the one
        whose turn it is, where outside one it is the writer."""
        index = self.index
        if self.interviewee is not None and speaks_as_interviewee(mention, self.answers, index):
            return _for_cluster(self.interviewee, "pronoun" if mention.root.lower_ in FIRST_PERSON else "description")
        if self.interviewee is not None and addressed_as_interviewee(mention, self.answers, index):
            return _for_cluster(self.interviewee, "pronoun")  # "You have said that …" in a question
        turn = self.turns.turn_spoken_in(mention, index) if self.turns.turns else None
        if turn is not None:
            speaker = self._speaker_of_turn(turn)  # 'FALLIN: I think …': the turn's speaker
            return Resolution(speaker.kind, speaker.cluster, speaker.name, "pronoun")
        if asks_as_interviewer(mention, self.answers):
            # a transcript's 'Q: …': the one the introduction says the interviewee spoke with,
            # else the writer, whom the article does not name as a speaker (as the writer's 'I')
            asker = self.interviewer
            return _for_cluster(asker, "description") if asker is not None else Resolution("unresolved")
        return None

    def _first_or_second_person(self, mention: Span) -> Resolution | None:
        """'I', 'we', 'you' outside a transcript's turns: the writer, the reader, a generic
        "we"; so that no rule after it gives them to someone the article names."""
        if mention.root.lower_ in _SPEAKER_SELF:
            return Resolution("unresolved")
        return None

    def _pronoun_and_another(self, mention: Span, depth: int) -> Resolution | None:
        """"He and Senate Budget Committee Chairwoman Ana Lee both faulted": the first of a
        conjunction (the gold's convention), a pronoun the parse hung under "both"; resolved
        as the pronoun alone, before any rule reads the conjunction's head."""
        if depth == 0 and len(mention) > 2 and mention[0].lower_ in ("he", "she") and mention[1].lower_ == "and":
            return self._resolve(self.doc[mention.start : mention.start + 1], depth)
        return None

    def _turn_name(self, mention: Span, depth: int) -> Resolution | None:
        """A transcript turn's name ('TAPPER: …') as a mention: the turn's speaker, before
        the name rules read the capitals as written. At depth 0 only: the turn's speaker is
        itself found by resolving that name at depth 1."""
        turn = self.turns.turn_named(mention) if self.turns.turns and depth == 0 else None
        return self._speaker_of_turn(turn) if turn is not None else None

    def _group_then_members(self, mention: Span, depth: int) -> Resolution | None:
        """"Two of the Republicans … have released …. Ben Carson and Ted Cruz raised …": a group
        whose members are named only after it (:mod:`.newcomers`). Before the entity rules,
        which take a counted group of a party ("two Republicans") for unnamed people."""
        return _group_named_next(self, mention) if depth == 0 else None

    def _headline_word_tagged(self, mention: Span) -> Resolution | None:
        """A headline's "Underdog sees …", "Justice vows …" tagged as entities: no name. Before
        the other rules read the tag as a name. A word the description rules know stands for
        what they find ("Network has offered path …": the network the article is about; the
        subhead's "Justice": the judge the headline names)."""
        root = mention.root
        cluster = self.index.cluster_of.get(root.i)
        if cluster is not None and _headline_word_only(self, cluster, root):
            return self._description(mention) or Resolution("unresolved")
        return None

    def _indefinite_apposition(self, mention: Span, depth: int) -> Resolution | None:
        """"said Rep. Tom Lee, a Dunmore Democrat": the indefinite apposition is Lee. Before
        the entity rules, which would take a tagged "Democrat" for a group, no one named."""
        if mention[0].lower_ in ("a", "an") and depth == 0:
            return _named_in_apposition(self, mention)
        return None

    def _party_member(self, mention: Span) -> Resolution | None:
        """"the Republican", "the Kentucky Republican": a person, mostly the one just named.
        Before the entity rules, which would take the tagged word for a group, no one named."""
        root = mention.root
        low = root.lower_
        if low in ("republican", "democrat") and len(mention) == 1:
            opener = _headline_opener_in_lead(self, mention)  # "Republican seeks new inquiry" above Chaffetz
            return _for_cluster(opener, "description") if opener is not None else None
        if low not in ("republican", "democrat") or mention[0].lower_ != "the":
            return None
        modifiers = [t.lower_ for t in mention[1:] if t.i != root.i and not t.is_punct]
        person = _person_just_named(self, mention, low, [low]) or self.index.prominent_for_role(
            mention, [low, *modifiers], False
        )
        return _for_cluster(person, "description") if person is not None else Resolution("unresolved")


    @cached_property
    def _nations_and_places(self) -> frozenset[str]:
        """The names of the article's nationalities and places, in lower case ("kenyan",
        "texas", "u.s."): the words that say where a person is from."""
        clusters = {id(c): c for c in self.index.cluster_of.values()}.values()
        return frozenset(c.name.lower() for c in clusters if c.label in ("NORP", "GPE"))


    def _relative_pronoun(self, mention: Span, depth: int) -> Resolution | None:
        """"…, LaBelle and Stevie Wonder, who": the name right before, else the parse's
        antecedent, resolved as a mention of its own. Before the pronoun rules, which would
        read "who" as a pronoun of no one."""
        root = mention.root
        low = root.lower_
        if low not in _RELATIVE or root.pos_ not in ("PRON", "DET") or depth != 0:
            return None
        index = self.index
        just_before = index.cluster_just_before(root.i)
        before = _person_of_place(index, just_before, root.i)
        if before is None or (before is just_before and before.label in ("GPE", "LOC")):
            people = _people_of_place(index, root.i)
            if people is not None:
                return self._resolve(people, depth + 1)  # "workers in Seattle who …": the workers
        if before is not None:
            return _for_cluster(before, "name")
        antecedent = _antecedent(root)
        if antecedent is None:
            return None
        described = _person_of_description(index, antecedent.root, root.i)
        if described is not None:
            return _for_cluster(described, "name")  # "Ann Lee, an engineer hired by the coroner, who"
        apposed = _person_before_apposition(index, antecedent.root, root.i)
        if apposed is not None:
            return _for_cluster(apposed, "apposition")  # "Eva Miller and Gloria Major, African American women who"
        named = _named_in_apposition(self, antecedent, ("PERSON",) if low in ("who", "whom", "whose") else ("ORG",))
        # "a 70-year-old academic named Ray Tull, who …": the name the naming participle gives
        # the antecedent (what resolve() would try for the description itself)
        return named or _called_by_name(self, antecedent) or self._resolve(antecedent, depth + 1)

    def _all_of_whom(self, mention: Span, depth: int) -> Resolution | None:
        """"Lee, Ruiz and Moss, all of whom": the group the relative clause hangs from,
        resolved as "who" would be."""
        group = _whole_group_relative(mention) if depth == 0 else None
        return self._resolve(group, depth + 1) if group is not None else None

    def _personal_pronoun(self, mention: Span) -> Resolution | None:
        """he / she (an unnamed speaker again, else a person ranked by :mod:`.pronouns`), it
        and they (:mod:`.body_pronouns`)."""
        low = mention.root.lower_
        if low in _MALE or low in _FEMALE:
            again = _unnamed_speaker_again(self, mention)
            if again is not None:
                return again
            return _person_pronoun(self, mention, "m" if low in _MALE else "f")
        if low in _IT:
            return _body_pronoun(self, mention, plural=False)
        if low in _THEY:
            return _body_pronoun(self, mention, plural=True)
        return None

    def _pair(self, mention: Span) -> Resolution | None:
        """'both', 'the two men': the pair (or few) named just before, kept as the latest pair
        for the group rules. Not a reference: it stands for both."""
        if not _is_pair(mention):
            return None
        pair = rank_pair(self.index, mention) or _pair_again(self, mention) or _pair_of_headline(self, mention)
        if pair is None:
            return None
        self.last_pair = (mention.root.i, pair)
        return _for_cluster(pair, "description")

    def _former_or_latter(self, mention: Span) -> Resolution | None:
        """'the former', 'the latter' standing alone: one of the last two people named
        (:func:`~newsmine.nlp.antecedents.groups.rank_former_or_latter`); "the former
        president" is a description, which this leaves alone."""
        words = [t.lower_ for t in mention if not t.is_punct]
        if words not in (["the", "former"], ["the", "latter"]):
            return None
        cluster = rank_former_or_latter(self.index, mention, latter=words[1] == "latter")
        return _for_cluster(cluster, "pronoun") if cluster is not None else None

    def _other_pronoun(self, mention: Span) -> Resolution | None:
        """Any other pronoun ("someone", "this"): no one. After the pair rule, as the parse
        may make "both" a pronoun."""
        return Resolution("unresolved") if mention.root.pos_ == "PRON" else None

    def _titles_joined(self, mention: Span, depth: int) -> Resolution | None:
        """'said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell'
        cut at "and": the person named at the end of the conjunct."""
        titled = _titles_joined_to_name(mention, self.index) if depth == 0 else None
        return _for_cluster(titled, "name") if titled is not None else None

    def _apposition(self, mention: Span) -> Resolution | None:
        """A description with the name beside it: in apposition ("Kenya's environment minister,
        Amina Odhiambo, said"), after a comma the parse made a conjunct, places after a plural
        place noun, a person named right after a role noun. Before the description rules:
        the name says who the description means."""
        root, index = mention.root, self.index
        for token in (*mention, *root.children):
            if token.dep_ == "appos" and token.i in index.cluster_of and token.ent_type_:
                if index.cluster_of[token.i].name.lower() in _BODY_TYPES:
                    continue  # "Harbor Fund, a super PAC,": "PAC" tagged as an organisation is a description
                if index.cluster_of[token.i].label in _PLACE_LABELS and token.head.i != root.i:
                    continue  # "A handful of skywriters in Pasadena, Calif.,": an address, not who speaks
                return _for_cluster(index.cluster_of[token.i], "apposition")
        in_apposition = _people_named_after_comma(root, index)
        if in_apposition is not None:
            return _for_cluster(in_apposition, "apposition")
        places = _places_of(root, index)
        if places is not None:
            return places
        named_next = _name_right_after(self, mention)
        return _for_cluster(named_next, "apposition") if named_next is not None else None

    def _channel_owner(self, mention: Span) -> Resolution | None:
        """"her Twitter account posted", "his communications show": the person the possessive
        stands for; a website, its owner (:meth:`_site_owner`)."""
        if mention.root.lower_ in _SITE_NOUNS:
            return self._site_owner(mention)
        if mention.root.lower_ not in _CHANNEL_NOUNS:
            return None
        owner = _possessor_person(self, mention)
        return _for_cluster(owner, "pronoun") if owner is not None else None

    def _site_owner(self, mention: Span) -> Resolution | None:
        """'a gifts store, …, according to its website', 'The company website suggests', "the
        agency's website": a website the mention gives an owner speaks for that owner — a
        possessive resolved as it would be alone, or the body a compound noun describes — not
        for the latest news outlet."""
        root = mention.root
        for child in root.children:
            if child.dep_ != "poss" or child.i < mention.start:
                continue
            words = [t for t in self.doc[child.left_edge.i : child.right_edge.i + 1] if t.dep_ != "case"]
            owner = self._resolve(self.doc[words[0].i : words[-1].i + 1], depth=0 if child.pos_ == "PRON" else 1)
            if child.lower_ == "its" and owner.kind == "person":
                return None  # "its" is a body's, whatever a pronoun's ranking takes
            if owner.cluster is None and not owner.name:
                # "its website" with "its" unresolved: the other routes; "the state agency's
                # website" with no agency named: that owner, unnamed
                return None if child.pos_ == "PRON" else Resolution("anonymous", None, self.doc[words[0].i : words[-1].i + 1].text)
            how = "pronoun" if child.pos_ == "PRON" else owner.how
            return Resolution(owner.kind, owner.cluster, owner.name, how)
        determiner = next((t for t in root.lefts if t.dep_ == "det"), None)
        if determiner is None or determiner.lower_ not in _DEFINITE:
            return None  # "a company website": some company
        for child in root.lefts:
            # "The company website": the body "the company" would be; not "the state website", a
            # place's, nor a campaign's (its own route)
            if child.dep_ != "compound" or child.pos_ != "NOUN" or child.lower_ in _CAMPAIGN_NOUNS:
                continue
            if "gpe" in _BODY_TYPES.get(child.lower_, ("gpe",)):
                continue
            described = _described(self, self.doc[child.i : child.i + 1])
            if described is not None and described.kind == "organisation" and (described.cluster or described.name):
                return described
        return None

    def _document_speaker(self, mention: Span) -> Resolution | None:
        """"a Harlow poll", "the report": the document's author; "the order" of a court: the
        court's or the judge's; "the narrator" of an ad: the ad's (:mod:`.documents`)."""
        if document_family(mention) is not None:
            return _document_author(self, mention)
        return _court_document(self, mention) or _ad_voice(self, mention)  # "the order said": the court's

    def _group_described(self, mention: Span) -> Resolution | None:
        """A plural description of people named together before it: "the committee chairmen"
        after "Chairman Lee … and Chairman Ruiz", "the leading candidates" after "… joined
        Clinton and Sanders". Before the unnamed-people rule, which makes them no one."""
        root = mention.root
        if not (_unnamed_people(mention) or (mention[0].lower_ == "the" and root.tag_ == "NNS")):
            return None
        return _titled_group(self, mention) or _group_named(self, mention)

    def _unnamed_described(self, mention: Span) -> Resolution | None:
        """"A lawmaker in the Philippines is calling for …": the one quoted just below, else
        no one named ("Lee's opponents", "a Republican delegate")."""
        if _partitive_of_people(mention) or _group_of_people(mention) or _the_other_of_them(mention):
            return Resolution("anonymous", None, mention.text)  # "two of the people", "one of them", "the other"
        if not _unnamed_people(mention):
            return None
        lead = _lead_speaker(self, mention) if mention.root.tag_ not in ("NNS", "NNPS") else None
        return lead or Resolution("anonymous", None, mention.text)

    def _party(self, mention: Span) -> Resolution | None:
        """"Republicans said", not "some Republicans": the party."""
        low = mention.root.lower_
        if low in _PARTY_OF_GROUP and not _qualified_group(mention):
            return Resolution("organisation", None, _PARTY_OF_GROUP[low], "name")
        return None

    def _description(self, mention: Span) -> Resolution | None:
        """A description by title, role, occupation or body (:mod:`.descriptions`), else a
        headline's bare title for the person it names ("Ginsburg apologizes …; Justice vows to
        be …")."""
        root = mention.root
        low = root.lower_
        titles = lexicons.load("titles")
        # a hyphenated title's last part may be tagged a proper noun ("the president-elect")
        title_word = low in titles or mention.text.lower().split()[-1] in titles
        if not (title_word or low in _ROLE_NOUNS or root.pos_ == "NOUN" or low in _BODY_TYPES or _aged(mention)):
            return None
        described = _described(self, mention)
        if described is not None:
            return described
        subject = (_headline_person(self, mention) or _headline_opener_in_lead(self, mention)) if low in titles else None
        return _for_cluster(subject, "description") if subject is not None else None

    def _trade_after_quote(self, mention: Span) -> Resolution | None:
        """'"I still have a tarp over my bedroom," the retired teacher said': a trade no other
        list holds, inverted after a quotation, is the named speaker going on. After the
        description rules, which know the titles and roles."""
        low = mention.root.lower_
        if low in lexicons.load("person_nouns") and not _has_name(mention) and _right_after_a_quote(mention):
            return _speaker_continued(self, mention)
        return None

    def _unnamed_source(self, mention: Span) -> Resolution | None:
        """"the official", "the spokesman" with no name: the named speaker going on or the
        lead's speaker, else no one named. So too a trade the article introduced unnamed ("an
        aid worker who was not authorized to speak … the aid worker said"): that one again."""
        low = mention.root.lower_
        if _has_name(mention):
            return None
        if mention.root.dep_ != "attr" and (low in _GATHERINGS or (low in _BY_SEX and _quantified(mention[0]))):
            # "a man near the front shouted", "two women said", "the crowd chanted": unnamed
            # people, never the named speaker going on (as "the man" may be someone named);
            # not what someone is said to be ("This is a man who said …": the one spoken of)
            return Resolution("anonymous", None, mention.text)
        if kin_of_a_pronoun(mention):
            return Resolution("anonymous", None, mention.text)
        if not (low in lexicons.load("anonymous") or _is_person_noun(low) or low in _GROUP_NOUNS):
            unnamed_trade = low in lexicons.load("person_nouns") and _introduced_unnamed(self, mention)
            # that one, never the lead's speaker ("a nurse … the governor ordered … The nurse sued")
            return Resolution("anonymous", None, mention.text) if unnamed_trade else None
        continued = _speaker_continued(self, mention) or _lead_speaker(self, mention)
        return continued or Resolution("anonymous", None, mention.text)


    def _inside_a_document(self, mention: Span, depth: int) -> Resolution | None:
        """"exit polls conducted by Edison Research", "data available from the FBI": a common
        noun no other rule knows speaks for the one its own phrase says it comes from
        (:func:`_authored_within`). The last resort."""
        if mention.root.pos_ == "NOUN" and depth == 0:
            return _authored_within(self, mention)
        return None


# Nouns that name a person only by sex, unnamed when introduced so ("a man", "one woman", "two
# men"; "the woman" may be someone named), and a gathering heard as one voice ("the crowd").
_BY_SEX = frozenset({"man", "woman", "men", "women"})
_GATHERINGS = frozenset({"crowd", "crowds"})


def _headline_tokens(doc: Doc) -> int:
    """The tokens of the headline: its first line, and the subhead line right below it when the
    first ends in ";" ("Political future unsure at Fox; / Network has offered path …", the print
    form of NYT and USA Today headlines): the subhead's "Network", "candidate", "Crowds" describe
    as the headline's words do, before the body has named anyone."""
    # The first two line breaks only: the rest of the article is not read.
    breaks = list(islice((t.i + 1 for t in doc if "\n" in t.text_with_ws), 2))
    if not breaks:
        return 0
    last = next((t for t in reversed(doc[: breaks[0]]) if not t.is_space), None)
    subhead = last is not None and last.text == ";" and doc[breaks[0] - 1].text_with_ws.count("\n") == 1
    return breaks[1] if subhead and len(breaks) > 1 else breaks[0]
