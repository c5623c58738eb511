"""The entry point: an article's mentions clustered into :class:`EntityCluster` records.

:func:`cluster_entities` (the ``newsmine_entities_v1`` component's work) clusters the
mentions (:mod:`.mentions`) longest name first, a short form joining the cluster
:mod:`.cluster_builder` chooses; each cluster becomes an
:class:`~newsmine.nlp.entities.entity_cluster.EntityCluster` with its label, its written name
and, for a person, its titles.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsmine.nlp.attribution import doc_text
from newsmine.nlp.entities.bracketed_acronyms import with_bracketed_acronyms_joined
from newsmine.nlp.entities.cluster_builder import _ClusterBuilder
from newsmine.nlp.entities.entity_cluster import EntityCluster
from newsmine.nlp.entities.gender_cues import _honorific_gender
from newsmine.nlp.entities.mentions import _mention_candidates
from newsmine.nlp.entities.names import _canonical_name, _name_tokens, _nickname_form, _with_outlet_article, clean_name
from newsmine.nlp.entities.namesake_cues import _gender_fits
from newsmine.nlp.entities.royal_styles import with_royal_styles_joined
from newsmine.nlp.entities.shop_names import shop_in_apposition, written_as_the_shop
from newsmine.nlp.entities.short_forms import _joins, _leading_short_form
from newsmine.nlp.entities.spelling_variants import with_spelling_variants_joined
from newsmine.nlp.entities.titles import _appositive_title, _title_before_comma, _titles_before
from newsmine.nlp.entities.word_lists import ONE_OF_A_PEOPLE_ENDINGS
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS


def cluster_entities(doc: Doc, *, add_missed_names: bool = True) -> list[EntityCluster]:
    """Cluster the document's named-entity mentions into canonical entities; with
    ``add_missed_names``, people and places the recogniser missed are added from the curated
    first names and places and from the surnames of people it found."""
    candidates = _mention_candidates(doc, add_missed_names=add_missed_names)
    text = doc_text(doc)  # cached per Doc by _mention_candidates' read

    # Longer names first found clusters; shorter forms then join the most recent compatible
    # cluster mentioned before them (or the nearest after, for a name given late).
    # A surname with an honorific goes before the bare ones: "Mr. Obama" that no Obama named
    # in full fits (only "Michelle Obama" is) founds a person of its own, whom a bare "Obama"
    # can then join.
    order = sorted(
        range(len(candidates)),
        key=lambda k: (-len(candidates[k].tokens), _honorific_gender(candidates[k].span) is None, candidates[k].span.start),
    )
    clusters = _ClusterBuilder(candidates, text)
    for k in order:
        cand = candidates[k]
        exact = clusters.by_name.get(cand.tokens)
        if exact is not None and not _gender_fits(cand, exact):
            exact = None  # "Mr. Trump" after "Ms. Trump's speech" founded a "Trump" of her own
        matches = [c for c in clusters.could_join(cand) if _joins(cand, c.tokens, clusters.label(c), c.first_surname) and _gender_fits(cand, c)]
        people = [c for c in matches if clusters.label(c) == "PERSON"]
        if people and not clusters.body_named_first(cand, people, matches):
            # "Trump" is the person named in full, never "Trump University" (its first word)
            # — unless the body was named before and the person only after
            matches = [c for c in matches if clusters.label(c) == "PERSON" or not _leading_short_form(cand.tokens, c.tokens)]
        if (
            exact is not None and people and clusters.label(exact) != "PERSON"
            and shop_in_apposition(candidates[exact.members[0]].span) and not written_as_the_shop(cand.span)
        ):  # fmt: skip
            exact = None  # "Macy said" after "Macy's, the chain," and "Jane Macy": the person, not the shop
        if exact is not None and clusters.label(exact) != "PERSON" and any(_leading_short_form(cand.tokens, c.tokens) for c in matches):
            # "Centerview" tagged a nationality once founded a cluster of its own: the later
            # "Centerview" are still the short form of "Centerview Partners"
            exact = None
        if exact is not None and len(cand.tokens) == 1 and clusters.label(exact) == "PERSON" and matches:
            # "Obama" between the president known only by "Mr. Obama" and "Michelle Obama": the
            # one named most recently ("Ms. Trump" founds no claim on every later "Trump"); before
            # either, not the one the article introduces in full later ("As President Obama …")
            others = [c for c in matches if c is not exact]
            named_before = any(c.starts[0] < cand.span.start for c in (exact, *others))
            if named_before:
                # (None: a titled surname no relative holds keeps to the surname's own person)
                clusters.add(clusters.nearest(cand, [exact, *others]) or exact, k)
            else:
                # a headline's "Trump" before anyone is named: the one the article names
                # most ("Mr. Trump" throughout, not his wife's one "Ms. Trump")
                clusters.add(max((exact, *others), key=lambda c: len(c.members)), k)
            continue
        if exact is not None:
            clusters.add(exact, k)
            continue
        target = clusters.nearest(cand, matches) if matches else None
        if target is not None:
            clusters.add(target, k)
        else:
            clusters.found(k)  # no cluster fits, or a titled surname no relative holds

    result = []
    for cluster in clusters.clusters:
        name_tokens, members = cluster.tokens, cluster.members
        members.sort(key=lambda k: candidates[k].span.start)
        label = clusters.label(cluster)  # a tie goes to the label of the earliest mention
        spans = [candidates[k].span for k in members]
        if label == "PERSON" and any(_nickname_form(candidates[k].tokens, name_tokens) for k in members):
            # "Jeb Bush … John Ellis Bush": named as the article first names the person in full
            name_tokens = next(
                candidates[k].tokens for k in members
                if candidates[k].tokens == name_tokens or _nickname_form(candidates[k].tokens, name_tokens)
            )
        name = _canonical_name(spans, name_tokens)
        shared = [candidates[k] for k in members if candidates[k].written_surname and candidates[k].tokens == name_tokens]
        if shared and not any(_name_tokens(span) == name_tokens for span in spans):
            name = f"{clean_name(shared[0].span.text)} {shared[0].written_surname}"  # "Khizr Khan", named so nowhere
        if label == "ORG":
            name = _with_outlet_article(spans, name)  # "The Verge", not "Verge"
        if label == "PERSON" and _demonym_as_person(spans):
            label = "NORP"  # "the Briton said": one of a people, no one's name
        titles: list[str] = []
        if label == "PERSON":
            # a word the person's own name opens with is no title, though the recogniser left
            # it out of a later mention ("Duke Bennett … ¶ Duke Bennett said" tagged "Bennett")
            own = {name.split()[0].lower()} if name else set()
            for span in spans:
                for title in (_titles_before(span), _title_before_comma(span), _appositive_title(span)):
                    if title and title.lower() not in own and title.lower() not in (t.lower() for t in titles):
                        titles.append(title)
        result.append(EntityCluster(label=label, name=name, mentions=spans, titles=titles))
    result = _with_aliases_joined(result)
    result = with_spelling_variants_joined(result)  # "Hilary Clinton" above the body's "Hillary Clinton"
    result = with_royal_styles_joined(result)  # "the Prince of Wessex" is Prince Edmund
    result = with_bracketed_acronyms_joined(result)
    result.sort(key=lambda c: c.mentions[0].start_char)
    for number, cluster in enumerate(result, start=1):
        cluster.id = f"E{number}"
    return result


# Verbs that give a person's other name after them: "who performs as K. Sante", "known as La
# Reina", "who goes by Annie Gold", "nicknamed Tiger Tom" (with the preposition before the name,
# "" for the verb's own complement).
_ALIAS_VERBS = {"perform": "as", "know": "as", "go": "by", "write": "as", "record": "as", "nickname": "", "dub": ""}  # fmt: skip


# Prepositions before a place: "the Bataclan" after "at" is a hall, no one of a people.
_PLACE_PREPOSITIONS = frozenset({"at", "in", "inside", "into", "outside", "near"})


def _demonym_as_person(spans: list[Span]) -> bool:
    """Whether a "person" is a word for one of a people the recogniser tagged a person ("the
    Briton said", "the Spaniard"): one word, ending as such words do, and every mention of it
    after "the" and the head of its phrase — no one's name is written so always ("the Clinton
    campaign" is the name before a noun). Its cluster is then a nationality, as "German" is,
    so the speaker rules read it as the player or climber the article names."""
    return all(
        len(span) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ == "the"
        and span[0].lower_.endswith(ONE_OF_A_PEOPLE_ENDINGS)
        and span[0].dep_ not in ("compound", "amod", "poss")
        and not (span[0].dep_ == "pobj" and span[0].head.lower_ in _PLACE_PREPOSITIONS)  # "fans at the Bataclan"
        and (span.end == len(span.doc) or span.doc[span.end].pos_ not in ("NOUN", "PROPN", "ADJ", "PART"))
        for span in spans
    )


def _alias_holder(name: Span, person_at: dict[int, EntityCluster]) -> EntityCluster | None:
    """The person whose other name ``name`` is: the named person whose relative clause or
    participle gives it ("Kwame Asante, who performs as K. Sante", "Maria Lopez, known as La
    Reina"), or None. A stage name, a pen name or a nickname is the same person, so its later
    mentions ("Sante said") speak for the one named in full, not for a second person. A name
    the verb takes as its own complement is an alias only in the passive ("nicknamed Tiger
    Tom", "who was dubbed Tiger Tom"): "who dubbed Jack Hale a coward" names someone else."""
    root = name.root
    verb = root.head
    if root.dep_ == "pobj" and verb.dep_ == "prep":
        preposition, verb = verb.lower_, verb.head
    elif root.dep_ in ("oprd", "dobj"):
        preposition = ""
    else:
        return None
    if verb.dep_ not in ("relcl", "acl") or _ALIAS_VERBS.get(verb.lemma_.lower()) != preposition:
        return None
    if not preposition and (verb.tag_ != "VBN" or any(c.dep_ == "nsubj" for c in verb.children)):
        return None  # "Maria Lopez, who dubbed Jack Hale a coward,": she named another
    if preposition == "by" and name.root.ent_type_ in ("FAC", "GPE", "LOC"):
        return None  # "Tom Baker, who goes by Main Street every day,": a place he passes
    if verb.dep_ == "relcl" and not any(c.dep_ in NOUN_SUBJECT_DEPS and c.lower_ in ("who", "that") for c in verb.children):
        return None
    return person_at.get(verb.head.i)


def _with_aliases_joined(clusters: list[EntityCluster]) -> list[EntityCluster]:
    """``clusters`` with each name first given as another's alias (:func:`_alias_holder`)
    joined to that person: its mentions become the person's."""
    person_at = {i: c for c in clusters if c.label == "PERSON" for span in c.mentions for i in range(span.start, span.end)}
    joined = []
    for cluster in clusters:
        holder = _alias_holder(cluster.mentions[0], person_at) if cluster.mentions else None
        if holder is None or holder is cluster:
            joined.append(cluster)
            continue
        holder.mentions = sorted([*holder.mentions, *cluster.mentions], key=lambda m: m.start_char)
        person_at.update((i, holder) for span in cluster.mentions for i in range(span.start, span.end))
    return joined
