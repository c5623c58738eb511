"""A description's referent: which rule reads a common-noun mention, in the order they are tried.

:func:`_described` tries titles, roles and occupations (:mod:`.people`), outlets and bodies
(:mod:`.organisations`), then a description named only in the sentences after it
(:func:`_introduced_after`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents.body_words import COMPANY_HEADS
from newsmine.nlp.antecedents.system_bodies import system_name_words
from newsmine.nlp.attribution.sources.dateline_subjects import dateline_dash
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.candidacy import runs_for_nothing as _runs_for_nothing
from newsmine.nlp.speakers.introduced_unnamed import _unnamed_one_since, _unnamed_subject_before
from newsmine.nlp.speakers.named_in_next_apposition import described_then_named
from newsmine.nlp.speakers.office_titles import _office_not_role
from newsmine.nlp.speakers.organisations import (
    _body_whose_board,
    _named_by_compound,
    _outlet_voice,
    _outlet_written_since,
    _police_of_place,
    _public_body_written,
    _subject_written,
    _unnamed_since,
    _written_outlet,
    bodies_of_kind,
    force_of_another_kind,
    force_of_place_beside,
)
from newsmine.nlp.speakers.owned_offices import _owned_elsewhere
from newsmine.nlp.speakers.people import (
    _EPITHET_NOUNS,
    QUIET_SENTENCES,
    _epithet_person,
    _person_just_named,
    _titled_or_just_named,
)
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.title_phrases import in_a_title_phrase_only
from newsmine.nlp.speakers.titled_people import _office_elsewhere, _only_lower_rank, _titled, _titled_only_later
from newsmine.nlp.speakers.unnamed import _ANONYMITY_WORDS, _RELATION_NOUNS, _is_person_noun
from newsmine.nlp.speakers.wire_credits import in_dateline
from newsmine.nlp.speakers.words import (
    _BODY_TYPES,
    _DEFINITE,
    _DETERMINERS,
    _OCCUPATIONS,
    _PUBLIC_TITLES,
    _ROLE_NOUNS,
    _TITLE_SYNONYMS,
    _VAGUE,
    _capitalised,
)

if TYPE_CHECKING:
    from newsmine.nlp.entities import EntityCluster
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# A role description ("the candidate") goes to the most prominent person rather than an office
# holder just named when the former is named this many times as often.
_ROLE_PROMINENCE_RATIO = 3

# "The dean of the journalism school has published a letter … Steve Coll, the dean of the
# school, said": a person introduced after an opening description by a title that fits its
# head may be named this many sentences later than a body is.
_TITLED_LATER_SENTENCES = 3

# Public bodies an article may name only in lower case by their place ("a New Hampshire ballot
# commission", "China's foreign ministry"): "the commission" then stands for it as written, a few
# sentences later at most.
_PUBLIC_BODIES = frozenset(
    {"commission", "committee", "board", "council", "court", "panel", "legislature", "agency", "ministry"}
)


def _force_speaks_here(resolver: SpeakerResolver, mention: Span, force: EntityCluster) -> bool:
    """Whether the force named further down that a "…, police said" is taken for is the one
    that speaks in the article, where the mention's sentence happens: named as a source after
    the mention (the subject of a verb of speech, a spokesperson's body, "according to" it),
    not only for something else ("had been wanted by the Dallas Police Department"), and its
    name holds every place that sentence names ("A tourist was stabbed in Marbella, police
    said … The Metropolitan Police said": the force at home is not the one on the spot)."""
    name_words = set(force.name.lower().split())
    if any(t.ent_type_ in ("GPE", "LOC") and t.lower_ not in name_words for t in mention.root.sent):
        return False
    cues = lexicons.load("cues")
    for named in force.mentions:
        if named.start_char < mention.start_char:
            continue
        root = named.root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in cues:
            return True  # "The Harwick Police Department said"
        if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "for" and _is_person_noun(root.head.head.lower_):
            return True  # "a spokeswoman for the Eastbridge Police Department"
    return False


def _described(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'the senator' -> the latest person titled senator; 'UN chief' -> the person whose
    title holds 'UN'; 'the newspaper' -> the latest outlet. A headline's description may
    name someone introduced only below it."""
    words = [
        t.lower_ for t in mention if t.lower_ not in _DETERMINERS and t.lower_ not in _VAGUE and not t.is_punct
    ]
    root = mention.root
    head = root.lower_
    headline = mention.start_char < resolver.headline_end
    first = mention[0].lower_
    if not words or not (first in _DETERMINERS or headline or mention[0].pos_ in ("PROPN", "ADJ", "NOUN")):
        return None
    modifiers = [_TITLE_SYNONYMS.get(w, w) for w in words if w != head and not w.isdigit()]
    index = resolver.index
    system_words = system_name_words(mention)  # "the hospital system": a body that runs one
    body_head = (
        system_words is not None or head in _BODY_TYPES or head in lexicons.load("organisation_nouns") or _ends_a_body_name(resolver, mention)
        or _kind_of_a_body(resolver, mention) or (head in COMPANY_HEADS and not _person_word(head))
    )  # fmt: skip
    proper_words = [t for t in mention if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")]
    if first in ("a", "an") and not headline:
        # "A senator said …": someone not named before, perhaps named just after.
        return _introduced_after(resolver, mention, head, modifiers, body_head)
    if first == "the" and not headline and not body_head and _unnamed_subject_before(resolver, mention):
        return Resolution("anonymous", None, mention.text)  # "One diplomat … said … the diplomat said"
    titled = None if body_head else _titled(resolver, mention, head, modifiers, headline)
    if titled is None and not body_head and first == "the" and not headline:
        titled = _titled_only_later(resolver, mention, head, modifiers)
    if titled is not None and (head in _PUBLIC_TITLES or head in _OCCUPATIONS or head in _ROLE_NOUNS) and first in _DEFINITE and not headline:
        titled = _titled_or_just_named(resolver, mention, head, modifiers, titled)
    if titled is not None:
        return _for_cluster(titled, "title")
    named_next = None if body_head or headline else described_then_named(resolver, mention)
    if named_next is not None:
        return _for_cluster(named_next, "description")  # "the president … / The president, Ann Lee,"
    if body_head and any(index.cluster_of.get(t.i) is not None and index.cluster_of[t.i].label == "PERSON" for t in root.lefts):
        return None  # "the Bush administration": named by its leader, written as it stands
    outlet = _outlet_voice(resolver, mention)
    if outlet is not None:
        return outlet
    if body_head and _BODY_TYPES.get(head) == ("outlet",):
        # "The Ledger newspaper", "the Daily Courier website": the outlet it names
        names = [t for t in root.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and _capitalised(t)]
        if names:
            outlet = index.by_name_word(names[-1].text, mention.start_char, ("ORG",))
            if outlet is not None:
                return _for_cluster(outlet, "name")
            return Resolution("organisation", None, resolver.doc[mention.start : root.i].text, "name")
    if body_head and first in _DEFINITE:
        named_by = _named_by_compound(resolver, mention)
        if named_by is not None:
            return named_by  # "The Future45 group, funded by …": the name it is written with
    placed = force_of_place_beside(resolver, mention) if body_head else None
    if placed is not None:
        return placed  # "police in Kettering said": that place's force, not the force named last
    other_force = force_of_another_kind(resolver, mention) if body_head else None
    if other_force is not None:
        return other_force  # "State police said": another kind of force, not the city's named
    bare_kind = body_head and first not in _DETERMINERS and not proper_words
    if bare_kind and len(bodies_of_kind(resolver, mention, before=not headline) or ()) > 1:
        # "police said" after two forces named: which spoke is not said (one named before and
        # one further down: the one before)
        return Resolution("organisation", None, None)
    if body_head:
        body = index.body_for_description(
            head, system_words or _BODY_TYPES.get(head, (head,)), mention.start_char, headline, index.sentence_of[root.i]
        )
        if body is not None and all(in_dateline(index.context, m.root) for m in body.mentions):
            body = None  # "EASTPORT, Oct 18 (Reuters) - …, the broadcaster said": the wire wrote it
        if body is not None and _BODY_TYPES.get(head) == ("gpe",) and _place_word_of_a_name(mention, body):
            return Resolution("organisation", None, resolver.doc[mention.start + (first in _DEFINITE) : mention.end].text, "name")
        written = _outlet_written_since(resolver, mention, body) if _BODY_TYPES.get(head) == ("outlet",) else None
        if written is not None:
            return written
        if body is not None and not _unnamed_since(resolver, mention, body):
            return _for_cluster(body, "description")
        if body is None and system_words is not None:
            return None  # "the school system" after "Meridian Health said": no body that runs one
        if body is None and _BODY_TYPES.get(head) == ("outlet",):
            written = _written_outlet(resolver, mention)
            if written is not None:
                return written
        if head == "police" and not proper_words:
            force = _police_of_place(resolver, mention)
            if force is not None:
                return Resolution("organisation", None, force, "description")
            if body is None:
                # "…, police said" in the lead, the force named only further down ("said
                # Carla Mendez, a spokeswoman for the Eastbridge Police Department"): an article
                # has one police force as a rule, so the one it names next
                sentence = index.sentence_of[root.i]
                ahead = index.body_for_description(head, _BODY_TYPES[head], mention.start_char, True, sentence)
                if ahead is not None and _force_speaks_here(resolver, mention, ahead):
                    return _for_cluster(ahead, "description")
        board_of = _body_whose_board(resolver, mention) if body is None else None
        if board_of is not None:
            return _for_cluster(board_of, "description")
        if body is None and head in _PUBLIC_BODIES and first in _DEFINITE:
            written = _public_body_written(resolver, mention)
            if written is not None:
                return Resolution("organisation", None, written, "description")
        if body is None and not headline:
            written_subject = _subject_written(resolver, mention)
            if written_subject is not None:
                return written_subject
        return _introduced_after(resolver, mention, head, modifiers, body_head)
    if (
        head in _ROLE_NOUNS
        and (first in _DEFINITE or headline)
        and not any(t.dep_ == "poss" for t in root.children)
    ):
        # "During a stop in Iowa, the Republican candidate repeated …": the person just named
        # as a pronoun would take it, else the most prominent one the description fits
        just = None if headline else _person_just_named(resolver, mention, head, modifiers)
        prominent = index.prominent_for_role(
            mention, modifiers, headline, lambda cluster: _runs_for_nothing(resolver, cluster, head)
        )
        person = just or prominent
        if just is not None and prominent is not None and _office_not_role(resolver, just, head) and not _office_not_role(resolver, prominent, head):
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
        person = _person_just_named(resolver, mention, head, modifiers, quiet_sentences=QUIET_SENTENCES)
        if person is not None and head in _OCCUPATIONS and _unnamed_one_since(resolver, mention, person):
            return Resolution("anonymous", None, mention.text)  # "An activist disagreed. … the activist said"
        if person is not None:
            return _for_cluster(person, "description")
    epithet = _epithet_person(resolver, mention, head, modifiers, headline)
    if epithet is not None:
        return _for_cluster(epithet, "description")
    return _introduced_after(resolver, mention, head, modifiers, body_head)


def _place_word_of_a_name(mention: Span, body: EntityCluster) -> bool:
    """'San Bernardino, Calif. The Islamic State said …': a place's noun written capitalised
    after capitalised words the recogniser left untagged is a name of its own ("Islamic
    State"), not a description of the latest place, unless that place's name holds it."""
    root = mention.root
    before = [t for t in mention if t.i < root.i and t.lower_ not in _DETERMINERS]
    if root.pos_ != "PROPN" or not root.text[:1].isupper() or not before:
        return False
    if not all(t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ") for t in before):
        return False
    return root.lower_ not in body.name.lower().split()


def _ends_a_body_name(resolver: SpeakerResolver, mention: Span) -> bool:
    """'Brightmoor Dairy … The dairy said', 'Westbrook General Hospital … The hospital said': a
    lower-case head that ends the name of an organisation named before is a description of
    that kind of body, though no list holds the noun (not a person's noun: "the doctor"; not a
    noun with a name of its own: "the Edgar A. Poe award" is not the award named before)."""
    root = mention.root
    if not root.is_lower or root.tag_ != "NN" or _person_word(root.lower_):
        return False
    if any(t.pos_ == "PROPN" for t in mention if t.i < root.i):
        return False
    return any(
        n.cluster.label in ("ORG", "FAC") and n.cluster.name.lower().split()[-1] == root.lower_
        for n in resolver.index.named if n.start_char < mention.start_char
    )  # fmt: skip


def _kind_of_a_body(resolver: SpeakerResolver, mention: Span) -> bool:
    """'The Lee Project, a nonpartisan watchdog, … The watchdog said': a lower-case head that
    an apposition gave as what an organisation named before is, is a description of it."""
    root = mention.root
    if not root.is_lower or root.tag_ != "NN" or _person_word(root.lower_):
        return False
    descriptors = resolver.index.descriptors
    return any(
        n.cluster.label == "ORG" and root.lower_ in descriptors.get(id(n.cluster), ())
        for n in resolver.index.named if n.start_char < mention.start_char
    )  # fmt: skip


def _introduced_after(resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], body_head: bool) -> Resolution | None:
    """A description that opens a headline or a paragraph and is named only in the next
    sentences ("A House panel voted … The Oversight Committee's vote …", "A spokeswoman
    for Ann Lee says … Lee spokeswoman Ida Moss said"): the person or organisation first
    named there whose titles or name fit the description; not a person named with an "of"
    phrase of another place (:func:`_office_elsewhere`)."""
    index = resolver.index
    headline = mention.start_char < resolver.headline_end
    sentence = index.sentence_of[mention.root.i]
    if not (headline or _opens_paragraph(resolver, mention.root.sent.start)):
        return None
    last_sentence = (
        index.sentence_of[min(len(resolver.doc) - 1, resolver.headline_tokens)] + 2 if headline else sentence + 2
    )
    after_head = {t.lower_ for t in mention if t.i > mention.root.i}  # whose office: "the sheriff of Lake County"
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
            if in_a_title_phrase_only(index, cluster, head):
                title_words = title_words - {head}  # "study finds" is no "author of a 2019 study"
            if (head in title_words or _TITLE_SYNONYMS.get(head) in title_words) and not (
                (after_head and _office_elsewhere(resolver, cluster, after_head))
                # not "Germany's president" for "Russia's leader, President X"
                or _owned_elsewhere(resolver, mention, cluster)
                # not "shadow education secretary" for "the education secretary"
                or _only_lower_rank(resolver, cluster, head, modifiers)
            ):  # not "The sheriff of Lake County said …" for "Sheriff Tom Dart of Cook County"
                return _for_cluster(cluster, "title")
    if headline and not body_head:
        return _headline_subject(resolver, mention, head)
    return None


def _named_next(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'The deputy head of the delegation said … / "…," Senior Colonel Zhou Liming told
    reporters': a definite singular description of one person opening a paragraph, that no
    rule resolved, is the person the next sentence names for the first time as a speaker (the
    subject of a cue), as a lead's description is (:func:`.headline_people._lead_speaker`); not when
    the article grants anonymity there. Not a span over a comma ("The source of it, union
    members and leaders say, is …": two phrases, and the speakers are the second's)."""
    root = mention.root
    if mention[0].lower_ != "the" or root.tag_ != "NN" or any(t.text == "," for t in mention):
        return None
    if not _person_word(root.lower_) or root.lower_ in _RELATION_NOUNS:
        return None
    index, doc = resolver.index, resolver.doc
    start = root.sent.start
    if mention.start != start or not _opens_paragraph(resolver, start) or mention.start_char < resolver.headline_end:
        return None
    sentence = index.sentence_of[root.i]
    cues = lexicons.load("cues")
    for n in index.named_after(mention.end_char):
        if n.sentence > sentence + 1:
            break
        if n.sentence <= sentence or n.cluster.label != "PERSON" or n.in_quote:
            continue
        token = doc[n.token]
        verb = token.head if token.dep_ == "nsubj" else _cue_of_a_torn_subject(token)
        if index.first_start(n.cluster) < mention.start_char or verb is None:
            continue  # named before: someone the article had in mind, not the one introduced
        if verb.lemma_.lower() in cues:
            anonymous = any(t.lower_ in _ANONYMITY_WORDS for t in doc[start : token.sent.end])
            return None if anonymous else n.cluster
    return None


def _opens_paragraph(resolver: SpeakerResolver, start: int) -> bool:
    """Whether the sentence at token ``start`` opens its paragraph, after the paragraph's
    dateline if it has one: 'WASHINGTON — The chief executive of … apologized …' is a news
    lede as it is without the dateline (the sentence splitter makes the place and its dash
    sentences of their own, so the description's sentence starts after the dash)."""
    doc = resolver.doc
    if start == 0 or "\n" in doc[start - 1].text_with_ws:
        return True
    dash = start - 1
    return dash > 0 and dateline_dash(resolver.index.context, dash - 1) == dash


def _cue_of_a_torn_subject(token: Token) -> Token | None:
    """'As part of his plea, Pieter Vos, 61, said …': the parser sets the name in apposition
    to the opening phrase's noun and leaves the verb with no subject; the name is the subject
    of the sentence's root verb when that verb has none and the name stands before it (desc47)."""
    root = token.sent.root
    if token.dep_ != "appos" or root.pos_ != "VERB" or not token.i < root.i:
        return None
    if any(c.dep_ in NOUN_SUBJECT_DEPS for c in root.children):
        return None
    return root


# Nouns for one person that no title or role list holds, as headlines use them ("Woman
# Reveals …", "Pastor Wants …", "Hacker who revealed …").
_PERSON_NOUNS = frozenset(
    {"man", "woman", "pastor", "priest", "hacker", "figure", "veteran", "mom", "dad", "speechwriter"}
)


def _person_word(head: str) -> bool:
    """Whether a noun names one person by what they are (a title, role, occupation, relation)."""
    return (
        head in lexicons.load("titles") or head in _ROLE_NOUNS or head in _OCCUPATIONS or head in _PUBLIC_TITLES
        or head in _EPITHET_NOUNS or head in _PERSON_NOUNS or _is_person_noun(head)
    )  # fmt: skip


def _headline_subject(resolver: SpeakerResolver, mention: Span, head: str) -> Resolution | None:
    """'SEIU chief says Trump can win', 'Sanders will back Clinton, former rival says': a
    headline's singular description of one person, whose title the body does not repeat,
    stands for the first person the body's lead sentences make a subject and the headline
    does not name (news introduce the headline's unnamed subject first)."""
    root = mention.root
    index = resolver.index
    if root.tag_ not in ("NN", "NNP") or not _person_word(head):
        return None
    if any(index.cluster_of.get(t.i) is not None for t in mention):
        return None  # a name in the description ("Clinton aide"): not someone else
    lead = index.sentence_of[min(len(resolver.doc) - 1, resolver.headline_tokens)] + 1
    headline_words = {t.lower_ for t in resolver.doc[: resolver.headline_tokens]}
    for n in index.named_after(resolver.headline_end):
        if n.sentence > lead:
            break
        if n.cluster.label != "PERSON" or not n.subject or n.in_quote:
            continue
        if index.first_start(n.cluster) < resolver.headline_end or n.cluster.name.lower().split()[-1] in headline_words:
            continue  # named in the headline: someone else than its description
        return _for_cluster(n.cluster, "description")
    return None
