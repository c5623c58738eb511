"""The entry point: an article's mentions clustered into :class:`EntityCluster` records.

:func:`cluster_entities` (the ``newsmine_entities_v1`` component's work) clusters the
mentions (:mod:`.mentions`) longest name first, a short form joining the cluster
:mod:`.cluster_builder` chooses; each cluster becomes an
:class:`~newsmine.nlp.entities.entity_cluster.EntityCluster` with its label, its written name
and, for a person, its titles.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsmine.nlp.attribution import doc_text
from newsmine.nlp.entities.cluster_builder import _ClusterBuilder, _gender_fits, _joins, _leading_short_form
from newsmine.nlp.entities.entity_cluster import EntityCluster
from newsmine.nlp.entities.gender_cues import _honorific_gender
from newsmine.nlp.entities.mentions import _mention_candidates
from newsmine.nlp.entities.names import _canonical_name, _name_tokens, _nickname_form, _with_outlet_article, clean_name
from newsmine.nlp.entities.titles import _appositive_title, _title_before_comma, _titles_before


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
        if any(clusters.label(c) == "PERSON" for c in matches):
            # "Trump" is the person named in full, never "Trump University" (its first word)
            matches = [c for c in matches if clusters.label(c) == "PERSON" or not _leading_short_form(cand.tokens, c.tokens)]
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
    result.sort(key=lambda c: c.mentions[0].start_char)
    for number, cluster in enumerate(result, start=1):
        cluster.id = f"E{number}"
    return result
