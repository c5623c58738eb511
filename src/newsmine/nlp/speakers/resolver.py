"""The speaker resolver: one document's state, and the order its rules are tried in.

:class:`SpeakerResolver` keeps what the rules read about a document (its index of named
entities, the headline, the documents and outlets it names with their authors, the previous
speaker) and tries the rules of the sibling modules for each mention in order
(:meth:`SpeakerResolver._resolve`, which lists the routes). A route says what kind of mention it
reads and hands it to the rules; most are functions of a module by kind (:mod:`.pronoun_routes`,
:mod:`.tagged_names`, :mod:`.nations`, :mod:`.description_routes`, :mod:`.channels`), and those
that read a transcript's turns or only gate a rule by depth are methods here. Each rule, and
each route moved out, is a function that takes the resolver as its first argument.
"""

from __future__ import annotations

from functools import cached_property
from itertools import islice

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.attribution.transcripts import NameTurn
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.authors import _document_authors
from newsmine.nlp.speakers.body_appositions import body_described_before, body_in_apposition
from newsmine.nlp.speakers.campaigns import _administration, _campaign, _government
from newsmine.nlp.speakers.channels import _channel_owner
from newsmine.nlp.speakers.description_routes import (
    _apposition,
    _document_speaker,
    _group_described,
    _headline_word_tagged,
    _inside_a_document,
    _party,
    _party_member,
    _trade_after_quote,
    _unnamed_described,
    _unnamed_source,
)
from newsmine.nlp.speakers.descriptions import _named_next
from newsmine.nlp.speakers.document_parts import part_of_a_document
from newsmine.nlp.speakers.documents import (
    _headline_label,
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
    interviewer_sitting_with,
    speaks_as_interviewee,
)
from newsmine.nlp.speakers.joined_names import _named_member
from newsmine.nlp.speakers.names import (
    _named_across_copula,
    _named_in,
    _named_in_apposition,
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
from newsmine.nlp.speakers.pronoun_routes import (
    _THEY,
    _all_of_whom,
    _first_or_second_person,
    _former_or_latter,
    _other_pronoun,
    _pair,
    _personal_pronoun,
    _pronoun_and_another,
    _relative_pronoun,
)
from newsmine.nlp.speakers.pronouns import (
    _owner_of_thing,
)
from newsmine.nlp.speakers.research_authors import research_authors
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.spokespeople import _counsel_named, _spokesperson_named
from newsmine.nlp.speakers.tagged_names import (
    _capitalised_name,
    _name_then_verb,
    _named_entity,
)
from newsmine.nlp.speakers.titled_people import (
    _titled,
)
from newsmine.nlp.speakers.turn_labels import is_question_label, person_named_by_turn
from newsmine.nlp.speakers.turn_surnames import contradicts_full_name
from newsmine.nlp.speakers.type_names import without_type_name
from newsmine.nlp.speakers.unnamed import (
    _grants_anonymity,
    described_by_relative,
)
from newsmine.nlp.speakers.words import (
    _DEFINITE,
    _FEMALE,
    _MALE,
    _PUBLIC_TITLES,
    _ROLE_NOUNS,
    _TITLE_SYNONYMS,
    _VAGUE,
    _has_name,
)


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
        resolution = without_type_name(resolution, mention)  # "a super PAC": its tagged word "PAC" names no one
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
            # "…, who declined to be identified": also a description of no listed kind ("one app maker");
            # a relative 'who' is named by the description it stands for ("a longtime adviser to Trump")
            resolution = Resolution("anonymous", None, described_by_relative(mention) or mention.text)
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
            # "Ana Ruiz. The secretary of state … Ruiz and Lee, where the secretary of state said":
            # the description's own words too, which a later one repeats (desc61); a proper
            # word of it ("state" tagged so) would otherwise contradict every title
            words = {t.lower_ for t in mention if t.i != mention.root.i and t.pos_ in ("NOUN", "PROPN", "ADJ")}
            words = (words | {_TITLE_SYNONYMS.get(w, w) for w in words}) - _VAGUE
            self.index.title_phrase_words.setdefault(id(cluster), set()).update(words)

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
        written = doc_text(doc)[turn.name[0] : turn.name[1]]
        if turn.is_question:
            resolution = self._reporter_of_question(turn)
            self._turn_speaker[turn.colon] = resolution
            return resolution
        if is_question_label(written):
            # 'QUESTION: …': the interviewer's, as a 'Q: …' turn (turn_labels)
            asker = self.interviewer or interviewer(doc, [(self.turns.turns[0].name[0], turn.colon)], self.index)
            resolution = _for_cluster(asker, "description") if asker is not None else Resolution("unresolved")
            self._turn_speaker[turn.colon] = resolution
            return resolution
        name = doc.char_span(turn.name[0], turn.name[1], alignment_mode="expand")
        resolution = self._resolve(name, depth=1) if name is not None else Resolution("unresolved")
        surname = doc_text(doc)[turn.last[0] : turn.last[1]]
        if contradicts_full_name(resolution, surname, self.turns.fullest):
            resolution = Resolution("unresolved")  # 'OSEI' after 'MIRA OSEI, HOST': neither the role nor a guest
        person = person_named_by_turn(resolution, written, self.index, turn.colon)
        if person is not None:
            resolution = _for_cluster(person, "name")  # 'OBI: Mr. Mayor, …' read as 'Mayor' (turn_labels)
        if resolution.cluster is None or resolution.kind not in ("person", "organisation"):
            named = self.index.by_name_word(surname[:1] + surname[1:].lower(), turn.colon, ("PERSON",))
            if named is not None:
                resolution = _for_cluster(named, "name")
            else:
                resolution = Resolution("person", None, self.turns.fullest.get(surname.lower(), surname), "name")
        self._turn_speaker[turn.colon] = resolution
        return resolution

    @cached_property
    def _interviewer_of_questions(self) -> EntityCluster | None:
        """Who asks a transcript's unnamed 'Q' turns when its introduction says so: the one who
        sat down with a person answering the turns (a sports Q&A's 'Q:' beside 'HARMON:';
        :func:`.interviews.interviewer_sitting_with`); None for a briefing's room of reporters."""
        turns = self.turns.turns
        answering = [r.cluster for t in turns if not t.is_question and (r := self._speaker_of_turn(t)).cluster is not None]
        return interviewer_sitting_with(self.doc, turns[0].name[0], answering, self.index) if answering else None

    def _reporter_of_question(self, turn: NameTurn) -> Resolution:
        """A briefing transcript's 'Q' turn (:func:`.transcripts.name_turns`): the reporter its
        ``asker`` names ('Ken Oduya, Associated Press.', 'Olivia.'), else anonymous. Anonymous, not
        unresolved and not the writer: the White House's transcripts write 'Q' for whichever
        reporter the press secretary calls on, a source the text leaves unnamed on purpose, as
        PolNeAR's null referent ('a reporter asked'); the interview's 'Q:' is the interviewer's,
        whom the introduction may name (:func:`.interviews.asks_as_interviewer`), which a
        briefing's room of reporters is not."""
        if turn.asker is None:
            asker = self._interviewer_of_questions
            return _for_cluster(asker, "description") if asker is not None else Resolution("anonymous", None, "Q")
        asker = self.doc.char_span(turn.asker[0], turn.asker[1], alignment_mode="expand")
        resolution = self._resolve(asker, depth=1) if asker is not None else Resolution("unresolved")
        if resolution.kind != "person" or resolution.cluster is None:
            written = doc_text(self.doc)[turn.asker[0] : turn.asker[1]]
            named = self.index.by_name_word(written.split()[-1], turn.asker[0], ("PERSON",))
            resolution = _for_cluster(named, "name") if named is not None else Resolution("person", None, written, "name")
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
            or _first_or_second_person(self, mention)
            or _pronoun_and_another(self, mention, depth)
            or self._turn_name(mention, depth)
            or self._group_then_members(mention, depth)
            or _headline_word_tagged(self, mention)
            or _named_across_copula(self, mention)
            or self._indefinite_apposition(mention, depth)
            or body_in_apposition(self, mention, depth)
            or body_described_before(self, mention, depth)
            or _party_member(self, mention)
            or _national(self, mention)
            or _nationality_group(self, mention)
            or _name_then_verb(self, mention)
            or office_by_initials(self, mention)
            or _named_entity(self, mention)
            or _relative_pronoun(self, mention, depth)
            or _all_of_whom(self, mention, depth)
            or _personal_pronoun(self, mention)
            or _pair(self, mention)
            or _former_or_latter(self, mention)
            or _other_pronoun(self, mention)
            or _headline_label(self, mention)
            or self._titles_joined(mention, depth)
            or _apposition(self, mention)
            or _channel_owner(self, mention)
            or _document_speaker(self, mention)
            or research_authors(self, mention)
            or _campaign(self, mention)
            or _administration(self, mention)
            or _government(self, mention)
            or _group_described(self, mention)
            or _unnamed_described(self, mention)
            or _named_in(self, mention)
            or _party(self, mention)
            or _description_of_its_nation(self, mention)
            or _national_described(self, mention)
            or _trade_after_quote(self, mention)
            or _unnamed_source(self, mention)
            or _organisation_noun(self, mention)
            or _capitalised_name(self, mention)
            or part_of_a_document(self, mention, depth)
            or _inside_a_document(self, mention, depth)
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


    def _indefinite_apposition(self, mention: Span, depth: int) -> Resolution | None:
        """"said Rep. Tom Lee, a Dunmore Democrat": the indefinite apposition is Lee. Before
        the entity rules, which would take a tagged "Democrat" for a group, no one named."""
        if mention[0].lower_ in ("a", "an") and depth == 0:
            return _named_in_apposition(self, mention)
        return None


    @cached_property
    def _nations_and_places(self) -> frozenset[str]:
        """The names of the article's nationalities and places, in lower case ("kenyan",
        "texas", "u.s."): the words that say where a person is from."""
        clusters = {id(c): c for c in self.index.cluster_of.values()}.values()
        return frozenset(c.name.lower() for c in clusters if c.label in ("NORP", "GPE"))


    def _titles_joined(self, mention: Span, depth: int) -> Resolution | None:
        """'said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell'
        cut at "and": the person named at the end of the conjunct."""
        titled = _titles_joined_to_name(mention, self.index) if depth == 0 else None
        return _for_cluster(titled, "name") if titled is not None else None


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
