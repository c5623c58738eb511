"""Campaigns, administrations and governments, named as the gold names them.

"Her campaign" is "<surname> campaign", "the administration" the sitting president's
"<surname> administration", "the Turkish government" "Turkish government".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.antecedents import rank_people
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.entities.names import NAME_SUFFIXES as _NAME_SUFFIXES
from newsmine.nlp.speakers.campaign_owners import campaign_owner
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.words import (
    _BYGONE,
    _CAMPAIGN_NOUNS,
    _FEMALE,
    _MALE,
    _PRESS_WRITERS,
    PRESS_TITLES,
    _capitalised,
)

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


def _campaign(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'the campaign', 'her campaign', "Clinton's team", 'the campaign of Hillary Clinton'
    -> '<surname> campaign'."""
    root = mention.root
    noun, owner_deps = root.lower_, _OWNER_DEPS
    if noun not in _CAMPAIGN_NOUNS:
        if not _campaigns_of_a_pair(root):
            return None
        noun, owner_deps = root.lemma_, _PAIR_OWNER_DEPS
    if noun != "campaign" and not _about_a_race(resolver):
        return None  # "Her team plans to repeat the survey": a scientist's team runs no campaign
    owner: EntityCluster | None = None
    for child in root.children:
        if child.dep_ in owner_deps:
            if child.i in resolver.index.cluster_of:
                owner = resolver.index.cluster_of[child.i]
            elif child.lower_ in _MALE | _FEMALE:
                ranked = rank_people(resolver.index, mention, "m" if child.lower_ in _MALE else "f", None)
                owner = campaign_owner(resolver, [cluster for cluster, _ in ranked])  # never a pollster's
            elif child.lower_ in ("its", "their"):
                return None
            else:
                # "Ruiz' team" with "Ruiz" untagged there: the person of that name; else "the
                # Vermont senator's campaign"
                by_word = (
                    resolver.index.by_name_word(child.text, mention.start_char, ("PERSON",))
                    if _capitalised(child)
                    else None
                )
                owner = by_word or _person_described(resolver, child)
        elif child.dep_ == "prep" and child.lower_ == "of" and mention.start <= child.i < mention.end and owner is None:
            # "the campaign of presumptive Democratic nominee Hillary Clinton", "the campaign of
            # the former senator from Pennsylvania"
            objects = [t for t in child.children if t.dep_ == "pobj"]
            named = [resolver.index.cluster_of.get(t.i) for t in objects]
            owner = next((c for c in named if c is not None and c.label == "PERSON"), owner)
            if owner is None and objects and named[0] is None:
                owner = _person_described(resolver, objects[0])
    if owner is None and noun != root.lower_:
        # "The Harper and Lowe campaigns" with only "Lowe" tagged: still the first name's
        # campaign, as written, never the second's through the latest name before (review49)
        first = next((c for c in root.children if c.dep_ in _PAIR_OWNER_DEPS and c.i < root.i and _capitalised(c)), None)
        return Resolution("organisation", None, f"{first.text} campaign", "description") if first is not None else None
    if owner is None:
        owner = _named_before_head(resolver, mention)
    untagged = _untagged_name_before(mention) if owner is None else None
    if untagged is not None:
        # "the Ruiz campaign" with "Ruiz" untagged there: the person of that surname; "The
        # Not1More campaign" names itself, and is not the latest candidate's
        owner = resolver.index.by_name_word(untagged.text, mention.start_char, ("PERSON",))
        if owner is None:
            return None
    if owner is None:
        if mention[0].lower_ != "the":
            return None
        subject = _subject_just_before(resolver, mention)
        if subject is not None:
            return Resolution("organisation", None, f"{_surname(subject)} campaign", "description")
        named = resolver.index.latest_named_campaign(mention.start_char)
        if named is not None:
            return _for_cluster(named, "description")
        owner = _latest_campaign_owner(resolver, mention) or resolver.index.most_prominent_person(mention.start_char)
    if owner is not None and owner.label != "PERSON":
        # "the Sanders camp" with "Sanders" tagged an organisation: the person of that
        # surname, else a one-word name as written (never an acronym or a place: "the NRA campaign", "the Iowa campaign")
        person = resolver.index.by_name_word(owner.name, mention.start_char, ("PERSON",))
        one_word = owner.label == "ORG" and len(owner.name.split()) == 1 and not owner.name.isupper()
        owner = person if person is not None else owner if one_word else None
    if owner is None:
        return None
    return Resolution("organisation", None, f"{_surname(owner)} campaign", "description")


_OWNER_DEPS = frozenset({"poss", "compound"})
# "The Whitfield and Blake campaigns": the parse hangs the first name on the plural as "nmod".
_PAIR_OWNER_DEPS = frozenset({"poss", "compound", "nmod"})


def _campaigns_of_a_pair(root: Token) -> bool:
    """Whether ``root`` is a plural campaign noun whose owners are a conjunction of names written
    before it ("The Whitfield and Blake campaigns", "the Sanders and Clinton camps"): the gold
    names a conjunction by its first member (speakers/joined_names.py), here the first name's campaign.
    A plural with one owner ("the Whitfield campaigns of 2012 and 2016") is left as it was."""
    if root.tag_ != "NNS" or root.lemma_ not in _CAMPAIGN_NOUNS:
        return False
    return any(
        c.dep_ in _PAIR_OWNER_DEPS and c.i < root.i and _capitalised(c) and any(g.dep_ == "conj" for g in c.children)
        for c in root.children
    )


# Words of an article about a race for office: there, a person's "team" or "camp" is the
# campaign (PolNeAR's convention: "Clinton's team" -> "Clinton campaign").
_RACE_WORDS = frozenset({
    "campaign", "campaigns", "campaigned", "campaigning", "election", "elections", "primary", "primaries",
    "caucus", "caucuses", "nominee", "nomination", "candidate", "candidates", "candidacy", "voters",
    "ballot", "delegates", "electoral",
})  # fmt: skip


def _about_a_race(resolver: SpeakerResolver) -> bool:
    """Whether the article speaks of a race for office anywhere: a person's "team" or "camp"
    is a campaign only there ("Lead author Dr. Miriam Hale … Her team plans to repeat the
    survey" is a research team, not the "Hale campaign")."""
    return not _RACE_WORDS.isdisjoint(resolver.index.context.lower)


# Titles of people who work for a campaign rather than run it.
_CAMPAIGN_STAFF = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "manager", "strategist",
    "chairman", "chairwoman", "director", "pollster", "consultant", "attorney", "lawyer",
})  # fmt: skip

# The press that questions a campaign and runs none ("Local reporter Tom Reyes asked about the
# votes. The campaign said …"); writers and editors too, read where the name stands ("Staff
# writer Tom Reyes asked …"), not from a title the article gives elsewhere.
_PRESS = PRESS_TITLES | _PRESS_WRITERS


def _subject_just_before(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """"Clinton is likely to cement her dominance … There are 384 delegates at stake, and the
    campaign believes …": a bare "the campaign" is that of the person the passage is about —
    the latest person named as a subject outside quotations, in the mention's sentence or the
    one before — rather than the latest campaign named further back or the most prominent
    person. Not when those sentences speak of a campaign already
    ("The Lee campaign said … The campaign added": that one goes on), nor for a campaign the
    mention gives an owner of its own. None otherwise."""
    index, root = resolver.index, mention.root
    if any(c.dep_ in ("poss", "compound", "prep", "amod") for c in root.children):
        return None  # "the Democratic nominee's campaign", "the campaign of …": its own owner
    sentence = index.sentence_of[root.i]
    lower = index.context.lower
    for i in range(root.i - 1, -1, -1):
        if index.sentence_of[i] < sentence - 1:
            break
        if lower[i] in _CAMPAIGN_NOUNS:
            return None  # "The Clinton campaign suggested … the campaign said": the one named goes on
    for n in index._recent(mention.start_char):
        if n.sentence < sentence - 1:
            break
        if n.cluster.label == "PERSON" and n.subject and not n.in_quote and not n.possessor:
            # "The senator's spokesman, Tom Reyes, said …": staff speak for a campaign, own
            # none; "Local reporter Tom Reyes asked …": the press asks, runs none
            staff = index.title_words(n.cluster) & _CAMPAIGN_STAFF
            if staff:
                return _employer_where_named(resolver, resolver.doc[n.token], n.cluster)
            return None if _press_where_named(resolver.doc[n.token]) else n.cluster
    return None


def _employer_where_named(resolver: SpeakerResolver, name: Token, staff: EntityCluster) -> EntityCluster | None:
    """The person a campaign worker is said to work for where named, written before the
    title ("Lee aide Rachel Stein wrote …", "Ruiz spokesman Tom Reyes said …"): the campaign
    such a worker's words lead to is that person's. None when the title has no named owner
    there ("The senator's spokesman, Tom Reyes, said …")."""
    index = resolver.index
    for token in name.doc[name.left_edge.i : name.i]:
        if not _capitalised(token):
            continue
        cluster = index.cluster_of.get(token.i)
        if cluster is None or cluster.label != "PERSON":
            # "Ruiz aide Rachel Stein", the surname read into the aide's name: Dana Ruiz
            cluster = index.by_name_word(token.text, token.idx, ("PERSON",))
        if cluster is not None and cluster is not staff:
            return cluster
    return None


def _press_where_named(name: Token) -> bool:
    """Whether the name is given a journalist's trade where it stands ("Local reporter Tom
    Reyes", "Tom Reyes, a reporter for the Dayton Herald,", "CNN anchor Tom Reyes"), and not a
    former one. Read at the mention, not from every title the article gives the person: a
    candidate may have hosted a show or written a column before running ("Former talk show
    host Dana Ward came second. Ward told reporters … The campaign said …" is Ward's)."""
    words = list(name.doc[name.left_edge.i : name.i])
    for child in name.children:
        if child.dep_ == "appos":
            words.extend(child.subtree)
    return any(w.lower_ in _PRESS for w in words) and not any(w.lower_ in _BYGONE for w in words)


def _named_before_head(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The person named last inside the mention before its head: "The Dana Ortiz presidential
    campaign", where the parse hangs the name on the adjective, not on "campaign" (the latest
    campaign named before was taken for it). Not a place or a party ("the Brooklyn-based
    campaign team", "the Democratic nominee's campaign": a description). None when the mention
    names no person before its head."""
    root, index = mention.root, resolver.index
    for token in reversed(mention[: root.i - mention.start]):
        cluster = index.cluster_of.get(token.i)
        if cluster is not None and cluster.label == "PERSON" and _capitalised(token):
            return cluster
    return None


def _untagged_name_before(mention: Span) -> Token | None:
    """The capitalised word no entity holds right before the mention's head, inside the
    sentence ("The Not1More campaign", tagged a common noun): the campaign is named, not
    described. None when there is none."""
    root = mention.root
    before = root.nbor(-1) if root.i > mention.start else None
    if before is None or before.pos_ not in ("PROPN", "NOUN") or before.is_sent_start or before.ent_type_:
        return None
    return before if _capitalised(before) else None


def _surname(person: EntityCluster) -> str:
    """A person's surname as written, before a generational suffix ("Biden" of "Joseph R. Biden
    Jr.": "the Biden administration", never "Jr. administration")."""
    words = person.name.split()
    if len(words) >= 3 and words[-1].lower().strip(".,") in _NAME_SUFFIXES:
        return words[-2].rstrip(",")
    return words[-1]


def _person_described(resolver: SpeakerResolver, noun: Token) -> EntityCluster | None:
    """The person a definite description owning a campaign stands for ("the Vermont senator's
    campaign", "the campaign of the former senator from Pennsylvania"): the description up to
    its head, resolved as a speaker's description would be, when a person the article titles
    so is found (a role's reading, "the Democratic nominee's campaign", passes over whoever is
    named in the sentence, and the owner mostly is: "Obama and Biden will campaign for Clinton
    …, the Democratic nominee's campaign announced"); else None."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts):
        return None
    phrase = resolver.doc[noun.left_edge.i : noun.i + 1]
    resolution = resolver._resolve(phrase, depth=1)
    cluster = resolution.cluster
    return cluster if cluster is not None and cluster.label == "PERSON" and resolution.how == "title" else None


def _administration(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'the administration', 'his administration' -> '<surname> administration': the
    possessor, else the person the article titles president (not former) most often, else
    the latest administration named by its leader ("the Obama administration")."""
    root = mention.root
    if root.lower_ != "administration" or any(t.pos_ == "PROPN" or t.ent_type_ for t in mention):
        return None
    owner: EntityCluster | None = None
    for child in root.children:
        if child.dep_ == "poss" and child.lower_ in _MALE | _FEMALE:
            previous = resolver.previous.cluster if resolver.previous is not None else None
            ranked = rank_people(resolver.index, mention, "m" if child.lower_ in _MALE else "f", previous)
            owner = ranked[0][0] if ranked else None
        elif child.dep_ == "poss":
            return None  # "the state's administration", "its administration": not a president's
    if owner is None and mention[0].lower_ == "the":
        # the sitting president first: "the Bush administration" may be named only in passing
        owner = _president(resolver, mention) or _latest_owner(resolver, mention, frozenset({"administration"}))
    if owner is None or owner.label != "PERSON":
        return None
    return Resolution("organisation", None, f"{_surname(owner)} administration", "description")


def _government(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
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
    lower = resolver.index.context.lower
    for i in range(root.i - 1, -1, -1):
        if lower[i] == "government" and resolver.doc[i].pos_ == "NOUN":
            nation = _nation_of_government(resolver.doc[i])
            if nation is not None:
                return Resolution("organisation", None, f"{nation} government", "description")
    return None


def _president(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The person titled president (not former, nor elect: no administration yet; nor vice
    president: "Vice President Joseph R. Biden Jr." has no administration) named most often
    before ``mention``."""
    index = resolver.index
    titled = [
        c for c in index.people_before(mention.start_char, everyone=True)
        if "president" in (words := index.title_words(c)) and not words & {"former", "elect", "vice"}
    ]  # fmt: skip
    return max(titled, key=lambda c: index.mention_count.get(id(c), 0), default=None)


def _latest_campaign_owner(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'the campaign' after "Lee's campaign" / "the Lee campaign": Lee."""
    return _latest_owner(resolver, mention, _CAMPAIGN_NOUNS)


def _latest_owner(resolver: SpeakerResolver, mention: Span, nouns: frozenset[str]) -> EntityCluster | None:
    """The person named as the owner of the latest of ``nouns`` before the mention ("Lee's
    campaign", "the Lee administration")."""
    lower = resolver.index.context.lower
    for i in range(mention.root.i - 1, -1, -1):
        if lower[i] in nouns:
            for child in resolver.doc[i].children:
                owner = resolver.index.cluster_of.get(child.i)
                if child.dep_ in ("poss", "compound") and owner is not None and owner.label == "PERSON":
                    return owner
    return None


def _nation_of_government(noun: Token) -> str | None:
    """'Venezuelan' in 'the Venezuelan government', 'U.S.' in 'the U.S. government'."""
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE") and _capitalised(child):
            return child.text
    return None
