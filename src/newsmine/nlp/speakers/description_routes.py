"""The resolver's routes for a common-noun mention: descriptions, unnamed sources, parties.

Each route says when a mention is its kind and hands it to the rules of the sibling modules: a
description with a name beside it (:func:`_apposition`), a document (:func:`_document_speaker`)
or a common noun inside one (:func:`_inside_a_document`), people named together or no one named
(:func:`_group_described`, :func:`_unnamed_described`, :func:`_unnamed_source`), a party
(:func:`_party`, :func:`_party_member`), a title, role or body (:func:`_description`, which
:mod:`.descriptions` reads in order), a headline's word tagged as a name
(:func:`_headline_word_tagged`) and a trade inverted after a quotation
(:func:`_trade_after_quote`). Moved whole from :mod:`.resolver` (tidy49b); each takes the
resolver as its first argument, as the other rules of the package do;
:meth:`~newsmine.nlp.speakers.resolver.SpeakerResolver._resolve` says the order they are tried in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.speakers.ad_voices import _ad_voice
from newsmine.nlp.speakers.court_documents import _court_document
from newsmine.nlp.speakers.descriptions import _described, _introduced_after
from newsmine.nlp.speakers.documents import (
    _authored_within,
    _document_author,
    document_family,
)
from newsmine.nlp.speakers.groups import _group_named, _titled_group
from newsmine.nlp.speakers.headline_case import _headline_word_only
from newsmine.nlp.speakers.headline_people import (
    _LEAD_CHARS,
    _headline_opener_in_lead,
    _headline_person,
    _lead_speaker,
    headline_phrase_again,
)
from newsmine.nlp.speakers.held_signs import holder_of_sign
from newsmine.nlp.speakers.introduced_unnamed import _introduced_unnamed
from newsmine.nlp.speakers.joined_names import _people_named_after_comma, _places_of
from newsmine.nlp.speakers.names import _name_right_after
from newsmine.nlp.speakers.partitive_names import one_named_after_comma
from newsmine.nlp.speakers.people import _person_just_named, _speaker_continued
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.spoken_in_documents import message_spoken_in_before
from newsmine.nlp.speakers.titled_pairs import one_of_a_titled_pair
from newsmine.nlp.speakers.trade_compounds import trade_by_its_compound
from newsmine.nlp.speakers.unnamed import (
    _GROUP_NOUNS,
    _group_of_people,
    _is_person_noun,
    _partitive_of_people,
    _qualified_group,
    _quantified,
    _the_other_of_them,
    _unnamed_people,
    kin_of_a_pronoun,
)
from newsmine.nlp.speakers.unnamed_party_members import unnamed_member_before
from newsmine.nlp.speakers.verb_documents import put_out_by_a_verb_before
from newsmine.nlp.speakers.web_pages import owner_of_web_page
from newsmine.nlp.speakers.words import _BODY_TYPES, _DETERMINERS, _PARTY_OF_GROUP, _ROLE_NOUNS, _aged, _has_name

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


# Places: one named in apposition inside a mention ("in Pasadena, Calif.", "in Merrillville,
# Indiana") is an address; it speaks only when it stands beside the mention's head word.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _right_after_a_quote(mention: Span) -> bool:
    """'"…," the retired teacher said', '"…," said the teacher': a closing quotation mark right
    before the mention, or before the cue verb before it."""
    doc = mention.doc
    before = mention.start - 1
    if before >= 0 and doc[before].pos_ == "VERB":
        before -= 1
    return before >= 0 and doc[before].is_quote


def _headline_word_tagged(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """A headline's "Underdog sees …", "Justice vows …" tagged as entities: no name. Before
    the other rules read the tag as a name. A word the description rules know stands for
    what they find ("Network has offered path …": the network the article is about; the
    subhead's "Justice": the judge the headline names)."""
    root = mention.root
    cluster = resolver.index.cluster_of.get(root.i)
    if cluster is not None and _headline_word_only(resolver, cluster, root):
        return _description(resolver, mention) or Resolution("unresolved")
    return None


def _party_member(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """"the Republican", "the Kentucky Republican": a person, mostly the one just named.
    Before the entity rules, which would take the tagged word for a group, no one named."""
    root = mention.root
    low = root.lower_
    if low in ("republican", "democrat") and len(mention) == 1:
        opener = _headline_opener_in_lead(resolver, mention)  # "Republican seeks new inquiry" above Chaffetz
        return _for_cluster(opener, "description") if opener is not None else None
    if low not in ("republican", "democrat") or mention[0].lower_ != "the":
        return None
    named = _named_beside_party_word(resolver, mention)
    if named is not None:
        return named
    if len(mention) == 2 and unnamed_member_before(resolver, mention, low):
        return Resolution("anonymous", None, mention.text)  # 'a Republican close to Pruitt … the Republican said'
    modifiers = [t.lower_ for t in mention[1:] if t.i != root.i and not t.is_punct]
    person = _person_just_named(resolver, mention, low, [low]) or resolver.index.prominent_for_role(
        mention, [low, *modifiers], False
    )
    return _for_cluster(person, "description") if person is not None else Resolution("unresolved")


def _named_beside_party_word(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'The committee's ranking Democrat, Sen. Ellen Marsh of Michigan, said': the name set off
    after a party word's description says who it is, as for any description
    (:func:`_apposition`); the party-word routes would take the person a pronoun would stand
    for (a Republican named the paragraph before). Only a name right after the mention's
    comma: 'the Republican said' and 'the Democrat, who …' keep the party-word routes."""
    after = mention.end
    if after >= len(mention.doc) or mention.doc[after].text != ",":
        return None
    return _apposition(resolver, mention)


def _apposition(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """A description with the name beside it: in apposition ("Kenya's environment minister,
    Amina Odhiambo, said"), after a comma the parse made a conjunct, places after a plural
    place noun, a person named right after a role noun. Before the description rules:
    the name says who the description means; so too for a partitive ("One of them, Rep. Karen
    Tully, R-Flagstaff, said", :mod:`.partitive_names`)."""
    root, index = mention.root, resolver.index
    for token in (*mention, *root.children):
        if token.dep_ == "appos" and token.i in index.cluster_of and token.ent_type_:
            if index.cluster_of[token.i].name.lower() in _BODY_TYPES:
                continue  # "Harbor Fund, a super PAC,": "PAC" tagged as an organisation is a description
            if index.cluster_of[token.i].label in _PLACE_LABELS and token.head.i != root.i:
                continue  # "A handful of skywriters in Pasadena, Calif.,": an address, not who speaks
            return _for_cluster(index.cluster_of[token.i], "apposition")
    in_apposition = _people_named_after_comma(root, index) or one_named_after_comma(root, index)
    if in_apposition is not None:
        return _for_cluster(in_apposition, "apposition")
    places = _places_of(root, index)
    if places is not None:
        return places
    named_next = _name_right_after(resolver, mention)
    return _for_cluster(named_next, "apposition") if named_next is not None else None


def _document_speaker(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """"a Harlow poll", "the report": the document's author; "the order" of a court: the
    court's or the judge's; "the narrator" of an ad: the ad's (:mod:`.documents`)."""
    if document_family(mention) is not None:
        return _document_author(resolver, mention)
    verbed = put_out_by_a_verb_before(resolver, mention)  # "Verdant Foods announced … The announcement said"
    if verbed is not None:
        return verbed[1]
    message = message_spoken_in_before(resolver, mention)  # "X wrote in an email. The message …"
    if message is not None:
        return message
    holder = holder_of_sign(resolver, mention)  # "Lori Bernstein held up a sign saying …"
    if holder is not None:
        return holder
    page = owner_of_web_page(resolver, mention)  # "the Sanders campaign website … The health care page"
    if page is not None:
        return page
    return _court_document(resolver, mention) or _ad_voice(resolver, mention)  # "the order said": the court's


def _group_described(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """A plural description of people named together before it: "the committee chairmen"
    after "Chairman Lee … and Chairman Ruiz", "the leading candidates" after "… joined
    Clinton and Sanders". Before the unnamed-people rule, which makes them no one."""
    root = mention.root
    if not (_unnamed_people(mention) or (mention[0].lower_ == "the" and root.tag_ == "NNS")):
        return None
    return _titled_group(resolver, mention) or _group_named(resolver, mention)


def _unnamed_described(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """"A lawmaker in the Philippines is calling for …": the one quoted just below, else
    no one named ("Lee's opponents", "a Republican delegate")."""
    if _partitive_of_people(mention) or _group_of_people(mention) or _the_other_of_them(mention):
        return Resolution("anonymous", None, mention.text)  # "two of the people", "one of them", "the other"
    if not _unnamed_people(mention):
        return None
    lead = _lead_speaker(resolver, mention) if mention.root.tag_ not in ("NNS", "NNPS") else None
    if lead is None and mention.root.tag_ == "NN" and mention[0].lower_ in ("a", "an"):
        # "A federal judge on Monday turned down … ¶ U.S. District Judge Ellen Voss set …": the
        # person first named just below with the description's head among their titles, though
        # not as a speaker (probe59); :func:`.descriptions._introduced_after` reads the titles
        lead = _titled_just_below(resolver, mention)
    return lead or Resolution("anonymous", None, mention.text)


# Words that put a title in the past: "a former judge", "a retired general" (review59d).
_BYGONE_MODIFIERS = frozenset({"former", "retired", "ex", "onetime", "erstwhile"})


def _titled_just_below(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """The person :func:`.descriptions._introduced_after` finds titled by the indefinite
    description's head in the sentences after it (a title word only: "a federal judge" and
    "Judge Ellen Voss", not "a senior official" and "Deputy Director Colin Maddox"). Only in
    the lead (as :func:`.headline_people._lead_speaker`) and for a description with no words
    after its head (not "an aide to Cole's rival, Ana Ruiz", test_names57): on PolNeAR train,
    deeper in an article "a Democratic senator said" went to the Republican senator named next,
    "a U.S. District Court judge" to the circuit judge who overturned her, "a spokesperson for
    the Parks and Recreation Department" to the spokesperson of another body."""
    head = mention.root.lower_
    if head not in lexicons.load("titles") or any(c.i > mention.root.i for c in mention.root.children):
        return None  # "an aide to Cole's rival, Ana Ruiz": the one the phrase after the head names
    if mention.start_char >= resolver.headline_end + _LEAD_CHARS:
        return None
    modifiers = [t.lower_ for t in mention if t.i != mention.root.i and t.lower_ not in _DETERMINERS and not t.is_punct]
    titled = _introduced_after(resolver, mention, head, modifiers, False)
    if titled is None or titled.cluster is None:
        return titled
    bygone = _BYGONE_MODIFIERS.intersection(modifiers)
    if bygone and not bygone & resolver.index.title_words(titled.cluster):
        # "A former judge said … ¶ U.S. District Judge Ellen Voss set …": one who held the title
        # once is not the one who holds it now (review59d)
        return None
    named_at = resolver.index.first_start(titled.cluster)
    named_sentence = next((t.sent.start for t in mention.doc if t.idx >= named_at), len(mention.doc))
    if any(t.lower_ == head for t in mention.doc[mention.end : named_sentence]):
        # "A former aide … testified … ¶ A second aide told the jury … ¶ The aide, Marisol Ortega,":
        # another of the kind introduced between is the one the name goes with
        return None
    return titled


def _party(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """"Republicans said", not "some Republicans": the party."""
    low = mention.root.lower_
    if low in _PARTY_OF_GROUP and not _qualified_group(mention):
        return Resolution("organisation", None, _PARTY_OF_GROUP[low], "name")
    return None


def _description(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """A description by title, role, occupation or body (:mod:`.descriptions`), else a
    headline's bare title for the person it names ("Ginsburg apologizes …; Justice vows to
    be …")."""
    root = mention.root
    low = root.lower_
    titles = lexicons.load("titles")
    # a hyphenated title's last part may be tagged a proper noun ("the president-elect")
    title_word = low in titles or mention.text.lower().split()[-1] in titles
    if not (title_word or low in _ROLE_NOUNS or root.pos_ == "NOUN" or low in _BODY_TYPES or _aged(mention)):
        # a proper-noun head: "NFL Legend …" (title case) above "The NFL legend said"
        return headline_phrase_again(resolver, mention)
    described = (
        _described(resolver, mention)
        or one_of_a_titled_pair(resolver, mention)  # "hosts Dan Lee and Ana Ruiz … the host" (desc51)
        or trade_by_its_compound(resolver, mention)  # "billionaire Carl Oster … The hedge fund manager"
    )
    if described is not None:
        return described
    subject = (_headline_person(resolver, mention) or _headline_opener_in_lead(resolver, mention)) if low in titles else None
    if subject is not None:
        return _for_cluster(subject, "description")
    return headline_phrase_again(resolver, mention)


def _trade_after_quote(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'"I still have a tarp over my bedroom," the retired teacher said': a trade no other
    list holds, inverted after a quotation, is the named speaker going on. After the
    description rules, which know the titles and roles."""
    low = mention.root.lower_
    if low in lexicons.load("person_nouns") and not _has_name(mention) and _right_after_a_quote(mention):
        return _speaker_continued(resolver, mention)
    return None


def _unnamed_source(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
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
        unnamed_trade = low in lexicons.load("person_nouns") and _introduced_unnamed(resolver, mention)
        # that one, never the lead's speaker ("a nurse … the governor ordered … The nurse sued")
        return Resolution("anonymous", None, mention.text) if unnamed_trade else None
    continued = _speaker_continued(resolver, mention) or _lead_speaker(resolver, mention)
    return continued or Resolution("anonymous", None, mention.text)


def _inside_a_document(resolver: SpeakerResolver, mention: Span, depth: int) -> Resolution | None:
    """"exit polls conducted by Edison Research", "data available from the FBI": a common
    noun no other rule knows speaks for the one its own phrase says it comes from
    (:func:`_authored_within`). The last resort."""
    if mention.root.pos_ == "NOUN" and depth == 0:
        return _authored_within(resolver, mention)
    return None


# Nouns that name a person only by sex, unnamed when introduced so ("a man", "one woman", "two
# men"; "the woman" may be someone named), and a gathering heard as one voice ("the crowd").
_BY_SEX = frozenset({"man", "woman", "men", "women"})


_GATHERINGS = frozenset({"crowd", "crowds"})
