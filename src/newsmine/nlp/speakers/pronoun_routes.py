"""The resolver's routes for a pronoun, by its kind.

'I', 'we', 'you' outside a transcript's turns (:func:`_first_or_second_person`), a pronoun
joined to a name ("He and Senator Lee", :func:`_pronoun_and_another`), a relative pronoun and
"all of whom" (:func:`_relative_pronoun`, :func:`_all_of_whom`), he / she / it / they
(:func:`_personal_pronoun`), "both" and "the two men" (:func:`_pair`), "the former" and "the
latter" (:func:`_former_or_latter`), and any other pronoun (:func:`_other_pronoun`). The rules
that rank a pronoun's antecedents are in :mod:`.pronouns` and :mod:`.body_pronouns`. Moved
whole from :mod:`.resolver` (tidy49b); each takes the resolver as its first argument, as the
other rules of the package do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.antecedents import rank_former_or_latter, rank_pair
from newsmine.nlp.speakers.body_pronouns import _body_pronoun
from newsmine.nlp.speakers.campaign_pairs import campaign_of_pair
from newsmine.nlp.speakers.groups import _is_pair, _pair_again, _pair_of_headline, _whole_group_relative
from newsmine.nlp.speakers.names import _named_in_apposition
from newsmine.nlp.speakers.naming import _called_by_name
from newsmine.nlp.speakers.party_appositions import person_of_party_word
from newsmine.nlp.speakers.pronouns import (
    _antecedent,
    _people_of_place,
    _person_before_apposition,
    _person_of_description,
    _person_of_place,
    _person_pronoun,
    _unnamed_speaker_again,
)
from newsmine.nlp.speakers.relative_times import is_time, is_time_antecedent, noun_past_time
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.words import _FEMALE, _MALE

if TYPE_CHECKING:
    from newsmine.nlp.antecedents.doc_index import DocIndex
    from newsmine.nlp.speakers.resolver import SpeakerResolver


_THEY = frozenset({"they", "them", "their", "themselves"})


_IT = frozenset({"it", "its"})


_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})


# Words that never stand for a named speaker of the article.
_SPEAKER_SELF = frozenset({"i", "me", "we", "us", "you"})


def _first_or_second_person(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'I', 'we', 'you' outside a transcript's turns: the writer, the reader, a generic
    "we"; so that no rule after it gives them to someone the article names. In a headline
    after its speaker's label, 'I' or 'we' is the label's (:func:`_headline_label_speaks`)."""
    if mention.root.lower_ in _SPEAKER_SELF:
        return _headline_label_speaks(resolver, mention) or Resolution("unresolved")
    return None


# The first person a headline's label speaks for ("Rubio: I still believe …"); not "you".
_LABEL_SELF = _SPEAKER_SELF - {"you"}
_LABEL_MAX_TOKENS = 12
# An advice column's headline names the columnist the letter is written to.
_LETTER_OPENINGS = frozenset({"dear", "ask"})
# A label opening with a negation ("Not Ruiz:", "Never Hale:") is a slogan against the name.
_LABEL_NEGATIONS = frozenset({"not", "never", "no"})


def _headline_label_speaks(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Rubio: I Still Believe Trump Can't Be Trusted', 'Gillibrand on Hillary's Transcripts:
    "I Think She Will."': a headline that opens with its speaker's name and a colon quotes
    that speaker after it, so its 'I' or 'we' is the name's entity (session 58: both train
    headlines of this shape whose inner verb was kept as the cue left the 'I' unresolved).
    The label's head must be a word of the name the rules resolve it to, a person or body ("Big
    Win For Bernie:" is headed by "Win", "Poll:" by no word of its pollster's name, a kicker like
    "Breaking:" names no one), the colon the headline's first, and the label short; 'you' is
    the reader, never the label."""
    if mention.root.lower_ not in _LABEL_SELF or mention.start_char >= resolver.headline_end:
        return None
    doc = resolver.doc
    colon = next((t for t in doc[: mention.start] if t.text == ":"), None)
    if colon is None or colon.i == 0 or colon.i > _LABEL_MAX_TOKENS or colon.idx >= resolver.headline_end:
        return None
    label = doc[0 : colon.i]
    while len(label) and (label[0].is_space or label[0].is_punct):
        label = label[1:]
    if not len(label) or not (label.root.is_title or label.root.is_upper):
        return None
    if label[0].lower_ in _LETTER_OPENINGS:
        return None  # "Dear Abby: I …", "Ask Amy: I …": the letter writer speaks, not the columnist
    if label[0].lower_ in _LABEL_NEGATIONS:
        return None  # "Not Ruiz: I …", "Never Hale: We …": a slogan against the name, not its words
    resolution = resolver._resolve(label, depth=1)
    if resolution.cluster is None or resolution.kind not in ("person", "organisation"):
        return None
    if label.root.lower_ not in resolution.cluster.name.lower().split():
        return None  # the label's head is no word of the name resolved ("Big Win For Bernie", "Poll")
    return _for_cluster(resolution.cluster, "pronoun")  # as a transcript's "I" is its speaker's


def _pronoun_and_another(resolver: SpeakerResolver, mention: Span, depth: int) -> Resolution | None:
    """"He and Senate Budget Committee Chairwoman Ana Lee both faulted": the first of a
    conjunction (the gold's convention), a pronoun the parse hung under "both"; resolved
    as the pronoun alone, before any rule reads the conjunction's head."""
    if depth == 0 and len(mention) > 2 and mention[0].lower_ in ("he", "she") and mention[1].lower_ == "and":
        return resolver._resolve(resolver.doc[mention.start : mention.start + 1], depth)
    return None


def _relative_pronoun(resolver: SpeakerResolver, mention: Span, depth: int) -> Resolution | None:
    """"…, LaBelle and Stevie Wonder, who": the name right before, else the parse's
    antecedent, resolved as a mention of its own. Before the pronoun rules, which would
    read "who" as a pronoun of no one."""
    root = mention.root
    low = root.lower_
    if low not in _RELATIVE or root.pos_ not in ("PRON", "DET") or depth != 0:
        return None
    index = resolver.index
    just_before = index.cluster_just_before(root.i)
    if is_time(just_before):
        just_before = None  # 'a survey released Wednesday, which found': the survey, not the day
    party_member = person_of_party_word(index, just_before, root.i)
    if party_member is not None:
        return _for_cluster(party_member, "apposition")  # "Harkins, a Texas Republican who backed …"
    before = _person_of_place(index, just_before, root.i)
    if before is None or (before is just_before and before.label in ("GPE", "LOC")):
        people = _people_of_place(index, root.i)
        if people is not None:
            return resolver._resolve(people, depth + 1)  # "workers in Seattle who …": the workers
    if before is not None and low in ("who", "whom") and before.label in ("GPE", "LOC") and _place_after_preposition(index, root.i):
        # "the parents of an Army captain killed in Iraq, who had criticized him": a place is
        # never a "who", and no people noun holds the place's preposition (a participle does):
        # no one named rather than the place (probe57). A "place" that is no preposition's
        # object may be a person the recogniser mislabelled ("Shonda Rhimes and Rihanna who")
        return Resolution("unresolved")
    if before is not None:
        return _for_cluster(before, "name")
    antecedent = _antecedent(root)
    if antecedent is None:
        return None
    past = noun_past_time(antecedent, index.cluster_of)  # 'a survey released Wednesday, which'
    if past is None and is_time_antecedent(antecedent, index.cluster_of):
        return Resolution("unresolved")  # 'taken by Gallup on Monday, which said': no day speaks
    antecedent = past or antecedent
    described = _person_of_description(index, antecedent.root, root.i)
    if described is not None:
        return _for_cluster(described, "name")  # "Ann Lee, an engineer hired by the coroner, who"
    apposed = _person_before_apposition(index, antecedent.root, root.i)
    if apposed is not None:
        return _for_cluster(apposed, "apposition")  # "Eva Miller and Gloria Major, African American women who"
    named = _named_in_apposition(resolver, antecedent, ("PERSON",) if low in ("who", "whom", "whose") else ("ORG",))
    # "a 70-year-old academic named Ray Tull, who …": the name the naming participle gives
    # the antecedent (what resolve() would try for the description itself)
    return named or _called_by_name(resolver, antecedent) or resolver._resolve(antecedent, depth + 1)


def _place_after_preposition(index: DocIndex, relative: int) -> bool:
    """Whether the word before the relative pronoun at ``relative`` (past punctuation, up its
    name's words) is a preposition's object: "killed in Iraq, who"."""
    doc = index.doc
    j = relative - 1
    while j > 0 and doc[j].is_punct:
        j -= 1
    token = doc[j]
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token.dep_ == "pobj"


def _all_of_whom(resolver: SpeakerResolver, mention: Span, depth: int) -> Resolution | None:
    """"Lee, Ruiz and Moss, all of whom": the group the relative clause hangs from,
    resolved as "who" would be."""
    group = _whole_group_relative(mention) if depth == 0 else None
    return resolver._resolve(group, depth + 1) if group is not None else None


def _personal_pronoun(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """he / she (an unnamed speaker again, else a person ranked by :mod:`.pronouns`), it
    and they (:mod:`.body_pronouns`)."""
    low = mention.root.lower_
    if low in _MALE or low in _FEMALE:
        again = _unnamed_speaker_again(resolver, mention)
        if again is not None:
            return again
        return _person_pronoun(resolver, mention, "m" if low in _MALE else "f")
    if low in _IT:
        return _body_pronoun(resolver, mention, plural=False)
    if low in _THEY:
        return _body_pronoun(resolver, mention, plural=True)
    return None


def _pair(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'both', 'the two men': the pair (or few) named just before, kept as the latest pair
    for the group rules. Not a reference: it stands for both."""
    if not _is_pair(mention):
        return None
    pair = rank_pair(resolver.index, mention) or _pair_again(resolver, mention) or _pair_of_headline(resolver, mention)
    if pair is None:
        return None
    resolver.last_pair = (mention.root.i, pair)
    return campaign_of_pair(mention, pair) or _for_cluster(pair, "description")  # "Both campaigns": the first's campaign


def _former_or_latter(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'the former', 'the latter' standing alone: one of the last two people named
    (:func:`~newsmine.nlp.antecedents.groups.rank_former_or_latter`); "the former
    president" is a description, which this leaves alone."""
    words = [t.lower_ for t in mention if not t.is_punct]
    if words not in (["the", "former"], ["the", "latter"]):
        return None
    cluster = rank_former_or_latter(resolver.index, mention, latter=words[1] == "latter")
    return _for_cluster(cluster, "pronoun") if cluster is not None else None


def _other_pronoun(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """Any other pronoun ("someone", "this"): no one. After the pair rule, as the parse
    may make "both" a pronoun."""
    return Resolution("unresolved") if mention.root.pos_ == "PRON" else None
