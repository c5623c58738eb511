"""A description set in apposition to a body named right before it speaks for that body.

"Harbor Fund, the super PAC backing Mayor Ames, spent $2 million": the cue is the participle
inside the apposition ("backing"), so the speaker span is the description, not the name.
Read on its own, "the super PAC" went to the latest super PAC the article names (often another
one), "a super PAC" to its tagged word "PAC" as a name, and "a group" or "a firm" to no one. The
comma and the parse say which body the description means: the one it stands beside (desc50;
session 50). A person in apposition has its own rule (:func:`.names._named_in_apposition`).

The body's name need not be tagged: the small model misses many a committee's name ("Right to
Rise USA, the super PAC supporting Jeb Bush,", "Priorities USA, a Democratic super PAC,"), tags
only the description's "PAC", and the description then went to the latest tagged super PAC or
to no one. PolNeAR's gold gives such a description the name before it (desc64's pool: two
publishers), so the capitalised run right before the comma is read as the body's name when no
entity holds it (:mod:`.untagged_bodies`; desc65).

A later "the super PAC" is the body the earlier description stood beside
(:func:`body_described_before`; session 66).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.antecedents.groups import people_noun
from newsmine.nlp.entities.torn_subjects import right_before_a_subjectless_verb
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.untagged_bodies import (
    _PLACES,
    body_written_as,
    set_off_from_its_verb,
    torn_from_its_description,
    untagged_name_before,
)
from newsmine.nlp.speakers.words import _BODY_TYPES

if TYPE_CHECKING:
    from newsmine.nlp.entities import EntityCluster
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# The determiners of a description that describes one body ("the super PAC", "a group",
# "its parent company" is a possessive and stays with the possessive rules).
_ONE_BODY = frozenset({"a", "an", "the"})


def body_in_apposition(resolver: SpeakerResolver, mention: Span, depth: int) -> Resolution | None:
    """'Harbor Fund, the super PAC backing Ames,' / 'Harbor Fund, a group set up to …':
    a singular description opening with "a", "an" or "the", written right after an
    organisation's name and a comma, whose head the parse sets in apposition to that name (or
    reads as a second subject of the name's verb), is that organisation. Not a plural ("Harbor Fund, one of the groups"), not a person's
    noun ("…, now called Harbor Links, the candidate boasted": the parser tore a subject from
    its verb), not a description before a verb left with no subject ("In addition to the
    Harbor Fund, a coalition of lawyers have vouched …": that verb's subject), not a
    description naming someone else ("Harbor Fund, the group Ana Ruiz founded"), not a
    description whose relative clause has a speaker of its own ("a group whose founder … says")."""
    if depth != 0 or mention[0].lower_ not in _ONE_BODY or mention.start < 2:
        return None
    root, index, doc = mention.root, resolver.index, mention.doc
    if people_noun(root.lower_) or doc[mention.start - 1].text != ",":
        return None
    if root.tag_ != "NN" and not (root.tag_ == "NNP" and root.lower_ in _BODY_TYPES):
        return None  # a common noun ("the group"), or a body's type written in capitals ("the super PAC")
    name = doc[mention.start - 2]  # the name ends right before the comma: "Harbor Fund, the …"
    body = index.cluster_of.get(name.i)
    if body is not None and body.label == "ORG":
        if not _set_beside(root, name, lambda t: index.cluster_of.get(t.i) is body):
            return None
        answer = _for_cluster(body, "apposition")
    elif body is None or body.label in _PLACES:
        # a place tagged at the end of a committee's name ("Stand Tall Ohio, the super PAC …")
        # is no reason to give up on the name: the untagged run is read whole
        run = untagged_name_before(resolver, mention.start - 1)
        if run is None:
            return None
        if not (
            _set_beside(root, run[-1], lambda t: run.start <= t.i < run.end) or torn_from_its_description(run, root)
        ):
            return None
        answer = body_written_as(resolver, run, root)
        if answer is None:
            return None
    else:
        return None  # a person's name before the comma has its own rule
    if any(
        t.ent_type_ and index.cluster_of.get(t.i) not in (None, body) and index.cluster_of[t.i].label != "ORG"
        for t in mention
    ):
        return None  # another name in the phrase: the name route reads it
    if right_before_a_subjectless_verb(root):
        return None
    if any(t.lower_ == "whose" for t in root.subtree):
        return None  # "Harbor Fund, a group whose founder, Tom Hale, says …": the founder speaks (review50)
    return answer


def body_described_before(resolver: SpeakerResolver, mention: Span, depth: int) -> Resolution | None:
    """'Right to Rise, a super PAC backing Bush, has raised … The super PAC said …': a later
    "the" description is the body the article set the same description beside
    (:func:`body_in_apposition`), read at the latest earlier phrase with the same head noun
    (session 66). The resolver keeps no memory of the body an apposition named, and "PAC"
    alone names no entity, so the later "the super PAC" stayed anonymous, though the article
    has said which super PAC it writes about. Only the latest phrase with that head counts: a
    phrase between that sets the noun beside no body ("another super PAC, backing …") leaves
    the mention to the other rules, as does a later description with words the earlier one
    lacks ("the Democratic super PAC" after "a super PAC"), which may be another body, or an
    organisation named between the two (the description rules then take the nearer one)."""
    if depth != 0 or mention[0].lower_ != "the" or len(mention) > 4:
        return None
    root, doc = mention.root, mention.doc
    if root.tag_ not in ("NN", "NNP") or root.lower_ not in _BODY_TYPES or people_noun(root.lower_):
        return None
    words = {t.lower_ for t in mention[1:]}
    for i in range(mention.start - 1, -1, -1):
        earlier = doc[i]
        if earlier.lower_ != root.lower_ or earlier.tag_ != root.tag_:
            continue
        phrase = doc[earlier.left_edge.i : earlier.i + 1]
        if not words <= {t.lower_ for t in phrase}:
            return None
        answer = body_in_apposition(resolver, phrase, 0)
        if answer is None or answer.kind.value != "organisation":
            return None
        if _another_body_between(resolver, earlier.i + 1, mention.start, answer.cluster):
            return None  # "… the oil giant Brantley Petroleum. The company said": the nearer body's
        return Resolution(answer.kind, answer.cluster, answer.name, "description", mention)
    return None


def _another_body_between(resolver: SpeakerResolver, start: int, end: int, body: EntityCluster | None) -> bool:
    """Whether a token from ``start`` to ``end`` belongs to an organisation other than ``body``."""
    clusters = (resolver.index.cluster_of.get(i) for i in range(start, end))
    return any(c is not None and c is not body and c.label == "ORG" for c in clusters)


def _set_beside(root: Token, name: Token, in_name: Callable[[Token], bool]) -> bool:
    """Whether the parse sets the description headed by ``root`` beside the name ending at
    ``name``: in apposition to a word of the name, or — the parse's other reading of the same
    words — as a second subject of the name's verb ("Harbor Fund, a super PAC backing Ames,
    spent …" with both "Fund" and "PAC" its nsubj), set off from that verb by a comma as an
    apposition is (:func:`.untagged_bodies.set_off_from_its_verb`)."""
    apposed = root.dep_ == "appos" and in_name(root.head)
    two_subjects = root.dep_ == name.dep_ == "nsubj" and root.head.i == name.head.i and set_off_from_its_verb(root)
    return apposed or two_subjects
