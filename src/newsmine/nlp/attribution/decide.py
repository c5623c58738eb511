"""The decision: scored candidates -> the attributions kept.

One path for inference and training (``training/train_attribution.py`` tunes its
thresholds on what :func:`decide` returns, not on a part of it):

1. :func:`score_candidates`: each candidate's probability under the content model, then,
   when the model has a choice model (or a reranker, :mod:`~.reranker`), under that one,
   which reads the content scores of all of the cue's candidates (and of the cue words
   around) at once;
2. :func:`choose`: each cue's best content, then the best attributions first, one per
   content, from a threshold (a lower one for quotations; two contents are one when they
   overlap enough as proposed and still touch once the stages below have set their extents);
   a clause running on past a comma-closed quotation into the writer's words ends at the quotation
   (:func:`~newsmine.nlp.attribution.quotation_tails.end_at_quotation`), and a content ends
   before the writer's apposition closing it ('backing Bush, the former Florida governor':
   :func:`~newsmine.nlp.attribution.trailing_phrases.end_before_apposition`) and before a
   ', which …' clause closing it that is longer than the words before it
   (:func:`~newsmine.nlp.attribution.trailing_phrases.end_before_long_which_clause`), and a
   content with no verb of its own before what it was said in or at ('claimed victory in a
   tweet': :func:`~newsmine.nlp.attribution.trailing_phrases.end_before_report_medium`), and before
   the writer's ', drawing sharp questions' (:func:`~newsmine.nlp.attribution.reaction_participles.
   end_before_reaction_participle`) and ', and she asked the crowd …' (:func:`~newsmine.nlp.attribution.
   reporter_conjuncts.end_before_reporter_conjunct`) and ', while Benning called …', a second report
   (:func:`~newsmine.nlp.attribution.contrast_reports.end_before_contrasting_report`), and a content
   of quotations alone before the writer's 'as' clause ('chanted "…" as supporters filed past':
   :func:`~newsmine.nlp.attribution.quoted_objects.end_before_scene_after_quotations`); a content
   starts after its cue's preposition ('called for a ban': :func:`~newsmine.nlp.attribution.
   cue_prepositions.start_after_preposition`) and at the first piece of a hyphenated word it opens
   inside ('the e-mails reflected' kept from 'mails': :func:`~newsmine.nlp.attribution.
   hyphenated_starts.start_at_whole_word`) and after a "that" the parse hung on the noun of the cue's
   last phrase ('said in a statement after the hearing that it …': :func:`~newsmine.nlp.attribution.
   phrase_that_clauses.start_after_phrase_that`), a content of 'be' opening with its adjective starts
   at the adjective's complement ('are wary of the levy': :func:`~newsmine.nlp.attribution.
   adjective_complements.start_at_adjective_complement`), the infinitive or adjective of 'seem' or 'appear'
   takes the verb's subject (:func:`~newsmine.nlp.attribution.raised_subjects.with_raised_subject`),
   and so does the infinitive or 'as' phrase of a passive cue word ('The kingdom is viewed as a
   bulwark': :func:`~newsmine.nlp.attribution.raised_subjects.with_passive_subject`) and its
   prepositional phrase or predicate ('Roof is accused of …': :func:`~newsmine.nlp.attribution.
   raised_subjects.with_passive_phrase_subject`), and a passive cue's subject kept alone takes
   its 'as' phrase or predicate ('The operation was billed as humanitarian':
   :func:`~newsmine.nlp.attribution.raised_subjects.with_passive_predicate`),
   the complement of a cue heading a bare relative clause takes the noun the clause describes
   ('the last thing … to cut': :func:`~newsmine.nlp.attribution.relative_heads.with_relative_head`),
   and so does the infinitive or 'as' phrase of a passive participle after a noun ('a developer
   known to be bullish …': :func:`~newsmine.nlp.attribution.relative_heads.with_participle_head`),
   and the noun such a participle describes, kept alone, takes its 'as' phrase ('The plan,
   described by critics as "a blank check,"': :func:`~newsmine.nlp.attribution.relative_heads.
   with_participle_as_phrase`),
   and a content ends before a verb conjoined to it in the cue's form ('vowed to keep the
   ferry running and celebrated the ruling': :func:`~newsmine.nlp.attribution.cue_conjuncts.
   end_before_cue_conjunct`), a relative-clause content ends before a second relative clause
   joined to it ('who officials say is tied to …, and who claimed …': :func:`~newsmine.nlp.
   attribution.relative_conjuncts.end_before_second_relative_clause`) and before the main
   clause's predicate the parse made its conjunct ('which officials said will take effect in
   March, do not apply …': :func:`~newsmine.nlp.attribution.relative_predicates.
   end_before_main_predicate`), a content kept as the writer's absolute phrase after ', the
   chief said,' is moved to the statement before the cue ('…, the blaze spreading to the roof':
   :func:`~newsmine.nlp.attribution.absolute_phrases.before_absolute_phrase`), a content stopped
   at a place noun goes on over the place's name set off after it ('in the county seat, Ames,
   the clerk's office said': :func:`~newsmine.nlp.attribution.sources.named_places.
   with_named_place`), and a content before a cue set inside its sentence runs on after it
   when the words there open as its own ('The plan would be helped, Okafor said, by the tides':
   :func:`~newsmine.nlp.attribution.interrupting_cues.with_words_after_cue`), and a content after such
   a cue that opens at a subjectless verb takes the subject before it ('The fix, Okafor said, was
   simple': :func:`~newsmine.nlp.attribution.interrupting_cues.with_subject_before_cue`), and one that
   opens with the source named after such a cue drops it and takes that subject ('The contrast,
   said Doyle and others, would be clear': :func:`~newsmine.nlp.attribution.interrupting_cues.
   without_source_after_cue`), a content ending on 'and', 'or' or 'but' goes on over the conjunct
   after it or stops before the coordinator ('talked about the border and how many …':
   :func:`~newsmine.nlp.attribution.dangling_coordinators.over_dangling_coordinator`), and a noun content
   runs on over the list a colon after it opens ('one of their methods: freeing the delegates':
   :func:`~newsmine.nlp.attribution.colon_lists.with_colon_list`);
   a verb that 'reportedly' sits on loses its attribution inside the adverb's clause
   (:func:`~newsmine.nlp.attribution.hearsay.without_hearsay_verbs`); a passive of hearsay
   kept with its infinitive of speech and no source takes its subject as the speaker ('The
   governor is reported to have called …': :func:`~newsmine.nlp.attribution.raised_speakers.
   with_raised_speaker`);
3. :func:`~newsmine.nlp.attribution.orphans.orphan_quotations`: quoted sentences no chosen
   content touches become quotes of their own, after the chants a noun names ('chants
   of "…"': :func:`~newsmine.nlp.attribution.chants.chant_quotations`, first, so that a long
   chant is the chanters', not an orphan given to the last speaker); then a run of quoted
   sentences kept with no source under a cue word with no subject outside the marks (the
   writer's verb whose subject is the quotation: '"…" were provoking violence. "…"') goes on
   with the speaker before it, as an orphan does
   (:func:`~newsmine.nlp.attribution.sourceless_runs.with_run_speakers`);
4. words reported through another's account ('"…," Sanders said, according to CNN') are
   that account's: its source and cue (:func:`reported_through`);
5. what reports nobody's words is dropped: byline text, titles in quotation marks, page
   furniture, imperatives and questions put to the reader, what the writer says could be
   said, what is likely or possible ('is likely to …')
   (:mod:`~newsmine.nlp.attribution.not_speech`).

:func:`attribute` runs every stage on a parsed Doc.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from newsmine.nlp.attribution.absolute_phrases import before_absolute_phrase
from newsmine.nlp.attribution.according_relatives import within_relative_clause
from newsmine.nlp.attribution.adjective_complements import start_at_adjective_complement
from newsmine.nlp.attribution.asides import start_after_aside
from newsmine.nlp.attribution.candidate import QUOTATION_SHARE
from newsmine.nlp.attribution.candidates import MISATTACHED_THAT_CLAUSE, Candidate, Intervals, find_candidates
from newsmine.nlp.attribution.chants import chant_quotations
from newsmine.nlp.attribution.colon_lists import with_colon_list
from newsmine.nlp.attribution.colon_quotations import start_at_colon_quotation
from newsmine.nlp.attribution.context import DocContext, doc_text
from newsmine.nlp.attribution.contrast_reports import end_before_contrasting_report
from newsmine.nlp.attribution.cue_conjuncts import end_before_cue_conjunct
from newsmine.nlp.attribution.cue_particles import start_after_cue_particle
from newsmine.nlp.attribution.cue_prepositions import start_after_preposition
from newsmine.nlp.attribution.dangling_coordinators import over_dangling_coordinator
from newsmine.nlp.attribution.datelines import start_after_dateline
from newsmine.nlp.attribution.cues import cue_category
from newsmine.nlp.attribution.features import choice_features
from newsmine.nlp.attribution.hearsay import without_hearsay_verbs
from newsmine.nlp.attribution.hyphenated_starts import start_at_whole_word
from newsmine.nlp.attribution.interrupting_cues import with_subject_before_cue, with_words_after_cue, without_source_after_cue
from newsmine.nlp.attribution.model import AttributionModel, LinearScorer, sigmoid
from newsmine.nlp.attribution.not_speech import not_speech
from newsmine.nlp.attribution.only_that import start_after_only_that
from newsmine.nlp.attribution.phrase_that_clauses import start_after_phrase_that
from newsmine.nlp.attribution.orphans import ORPHAN_MIN_WORDS, ORPHAN_PARAGRAPHS, orphan_quotations
from newsmine.nlp.attribution.quotation_tails import end_at_quotation
from newsmine.nlp.attribution.quoted_objects import end_before_scene_after_quotations
from newsmine.nlp.attribution.raised_speakers import with_raised_speaker
from newsmine.nlp.attribution.raised_subjects import with_passive_phrase_subject, with_passive_predicate, with_passive_subject, with_raised_subject
from newsmine.nlp.attribution.relative_clause_cues import quoted_predicate_of_relative
from newsmine.nlp.attribution.relative_heads import with_participle_as_phrase, with_participle_head, with_relative_head
from newsmine.nlp.attribution.relative_conjuncts import end_before_second_relative_clause
from newsmine.nlp.attribution.relative_predicates import end_before_main_predicate
from newsmine.nlp.attribution.responding_acts import responds_with_an_act
from newsmine.nlp.attribution.reranker import rerank
from newsmine.nlp.attribution.second_that_clauses import over_second_that_clause
from newsmine.nlp.attribution.sourceless_runs import with_run_speakers
from newsmine.nlp.attribution.sources.chained_names import with_chained_name
from newsmine.nlp.attribution.sources.named_places import with_named_place
from newsmine.nlp.attribution.that_conjuncts import with_quoted_conjunct, with_that_conjunct
from newsmine.nlp.attribution.own_source_ends import end_before_own_source
from newsmine.nlp.attribution.trailing_phrases import end_before_apposition, end_before_long_which_clause, end_before_report_medium
from newsmine.nlp.attribution.reaction_participles import end_before_reaction_participle
from newsmine.nlp.attribution.reporter_conjuncts import end_before_reporter_conjunct
from newsmine.nlp.doc_attrs import in_excluded
from newsmine.nlp.quote_marks import find_quoted

__all__ = ["attribute", "choose", "cue_groups", "decide", "reported_through", "rescore", "score_candidates"]

# Two attributions whose contents overlap this much (IoU of characters) report the same thing.
_DUPLICATE_IOU = 0.5
# A cue word the cue filter is this sure of ('said', 'argued', 'told') that kept no content
# keeps its best one holding a quoted fragment (:func:`choose`) ...
_SURE_CUE = 0.9
# ... from this content score on: far below the threshold, because the quoted words already
# say someone spoke there.
_QUOTING_FLOOR = 0.1


def attribute(
    doc: Doc,
    model: AttributionModel,
    *,
    orphan_min_words: int = ORPHAN_MIN_WORDS,
    orphan_paragraphs: int = ORPHAN_PARAGRAPHS,
) -> tuple[DocContext, list[Candidate]]:
    """Every stage on a parsed Doc: the document's context and the attributions kept, in
    text order (``orphan_*``: see :func:`~.orphans.orphan_quotations`)."""
    text = doc_text(doc)
    ctx = DocContext(doc, find_quoted(text), text)
    candidates = find_candidates(ctx, model.cue, model.source, model.speaker, model.content)
    score_candidates(candidates, model)
    return ctx, decide(
        ctx, candidates, model.content.threshold, model.quoted_threshold, orphan_min_words=orphan_min_words, orphan_paragraphs=orphan_paragraphs
    )


# Where a chosen content starts and ends (step 2 of the module docstring), in the order the
# stages run: each takes a candidate and returns it or a copy with other parts.
_EXTENT_STAGES = (
    before_absolute_phrase,
    start_after_dateline,
    start_at_whole_word,
    start_at_adjective_complement,
    start_after_preposition,
    start_at_colon_quotation,
    start_after_phrase_that,
    start_after_cue_particle,
    start_after_only_that,
    start_after_aside,
    end_at_quotation,
    with_raised_subject,
    with_passive_subject,
    with_passive_phrase_subject,
    with_passive_predicate,
    with_relative_head,
    with_participle_head,
    with_participle_as_phrase,
    end_before_cue_conjunct,
    end_before_second_relative_clause,
    end_before_main_predicate,
    with_that_conjunct,
    with_quoted_conjunct,
    end_before_apposition,
    end_before_own_source,
    with_named_place,
    with_chained_name,
    end_before_long_which_clause,
    end_before_report_medium,
    end_before_reaction_participle,
    end_before_reporter_conjunct,
    end_before_contrasting_report,
    end_before_scene_after_quotations,
    over_dangling_coordinator,
    over_second_that_clause,
    with_colon_list,
    with_words_after_cue,
    with_subject_before_cue,
    without_source_after_cue,
    within_relative_clause,
)


def _with_extents(ctx: DocContext, cand: Candidate) -> Candidate:
    for stage in _EXTENT_STAGES:
        cand = stage(ctx, cand)
    return cand


def decide(
    ctx: DocContext,
    candidates: list[Candidate],
    threshold: float,
    quoted_threshold: float | None = None,
    *,
    orphan_min_words: int = ORPHAN_MIN_WORDS,
    orphan_paragraphs: int = ORPHAN_PARAGRAPHS,
) -> list[Candidate]:
    """The attributions kept among scored ``candidates``, in text order: :func:`choose`, the
    contents started after their cue's preposition, the clauses ended at their quotation, the
    raised subjects added, the contents ended before the writer's apposition, long ', which …'
    clause or the report's occasion at their end, the chants, the orphan quotations, then what reports nobody's words left out."""
    # 'Nothing the president said "will calm the markets," the senator said': the relative
    # clause's cue is no cue of the quotation; left out before the choice, the senator's may win
    candidates = [cand for cand in candidates if not quoted_predicate_of_relative(ctx, cand)]
    chosen = choose(candidates, threshold, quoted_threshold, extents=lambda cand: _with_extents(ctx, cand))
    chosen = without_hearsay_verbs(ctx, chosen)
    # 'Police responded with tear gas.': no report, and no speaker for the quotation after it
    chosen = [cand for cand in chosen if not responds_with_an_act(ctx, cand)]
    chosen = [with_raised_speaker(ctx, cand) for cand in chosen]
    chosen = orphan_quotations(ctx, candidates, chant_quotations(ctx, chosen, orphan_min_words), orphan_min_words, orphan_paragraphs)
    chosen = with_run_speakers(ctx, chosen, orphan_paragraphs)
    doc = ctx.doc
    return [reported_through(ctx, cand) for cand in chosen if not in_excluded(doc, cand.start, cand.end) and not not_speech(ctx, cand)]


# What a cue reports for 'according to' on it to name whose account the words come from.
_REPORTED_CATEGORIES = frozenset({"speech", "writing"})


def reported_through(ctx: DocContext, cand: Candidate) -> Candidate:
    """The candidate as PolNeAR attributes words said through another's account: '"…,"
    Sanders said, according to CNN' and 'Kasich said he would have fired him, according to
    press reports' are CNN's and the press reports' (the speaker's verb is part of what
    they report), so 'according to' becomes the cue and its object the source. Else the
    candidate unchanged."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.pos[i] != "VERB" or cue_category(ctx.lemma[i], False) not in _REPORTED_CATEGORIES:
        return cand
    according = next((c for c in ctx.children[i] if ctx.lower[c] == "according" and c + 1 < ctx.n and ctx.lower[c + 1] == "to"), -1)
    if according < 0 or (ctx.quote_of[according] >= 0 and ctx.quote_of[i] < 0):
        # '… told TV that "the driver fired on the crowd, according to the police."': inside
        # the quotation marks the phrase is the speaker's own words, whatever the parse hung it on.
        return cand
    source = ctx.child(according + 1, {"pobj"})
    if source < 0:
        source = ctx.child(according, {"pobj"})
    if source < 0:
        return cand
    return replace(cand, cue=(according, according + 2), source=source)


def _overlap_iou(a: Candidate, b: Candidate) -> float:
    """Intersection over union of two contents' characters.

    One walk over both lists of parts (each in text order, not overlapping): a quote
    continued over hundreds of paragraphs costs its parts, not their square.
    """
    inter, i, j = 0, 0, 0
    parts_a, parts_b = a.parts, b.parts
    while i < len(parts_a) and j < len(parts_b):
        (s1, e1), (s2, e2) = parts_a[i], parts_b[j]
        inter += max(0, min(e1, e2) - max(s1, s2))
        if e1 <= e2:
            i += 1
        else:
            j += 1
    if not inter:
        return 0.0
    size_a = sum(e - s for s, e in a.parts)
    size_b = sum(e - s for s, e in b.parts)
    return inter / (size_a + size_b - inter)


def choose(
    candidates: list[Candidate],
    threshold: float,
    quoted_threshold: float | None = None,
    *,
    extents: Callable[[Candidate], Candidate] | None = None,
) -> list[Candidate]:
    """Each cue's best content; then the best attributions first, one per content; each kept
    content through ``extents`` (the decision's extent stages; default: as it is).

    A content that is mostly quotation is kept from ``quoted_threshold`` on (default: the
    same threshold): news quotations are nearly always attributed, so the model's doubt about
    them costs less than missing them. A cue left without a content because a better one
    took it gets its best remaining content that overlaps nothing chosen. A cue word the
    cue filter is sure of (``_SURE_CUE``, and at least ``threshold``, so that a stricter
    threshold keeps fewer) left with none keeps its best content that quotes a few words and
    overlaps nothing chosen from a low score on (``_QUOTING_FLOOR``): the quoted words say
    someone spoke there, and on PolNeAR train the three such contents are all the gold's.

    Two contents report the same thing when they overlap enough as proposed, unless their
    extents part them: 'called out Trump for alienating Hispanics, which he believes will
    make it impossible …' proposes for 'called' a content running over the 'which' clause,
    which the extent stages end before it
    (:func:`~newsmine.nlp.attribution.trailing_phrases.end_before_long_which_clause`);
    'believes' keeps its clause when, once both contents have their extents, the two share
    no stretch of text. Contents that still overlap stay repeats, as proposed (a cue inside
    another kept content is the gold's only half the time), except that a that-clause the
    parser hung away from its verb is weighed before the cues inside it
    (:func:`_that_clauses_before_their_reports`).
    """
    if quoted_threshold is None:
        quoted_threshold = threshold
    if extents is None:
        extents = _as_proposed
    best: dict[int, Candidate] = {}
    split: dict[int, Candidate] = {}
    for cand in candidates:
        key = cand.trigger
        if key not in best or cand.score > best[key].score:
            best[key] = cand
        if _is_split_quote(cand) and cand.score >= quoted_threshold:
            split[key] = cand
    for key, quote in split.items():
        # '"X," he said, "Y."': one quote in two parts, not the part the parse hung on the verb.
        if best[key] is not quote and _within(best[key], quote):
            best[key] = quote
    chosen: list[tuple[Candidate, Candidate]] = []  # (as proposed, with extents)
    taken = Intervals()  # the chosen contents as proposed
    kept = Intervals()  # the same with their extents
    for cand in _that_clauses_before_their_reports(sorted(best.values(), key=lambda c: -c.score)):
        if cand.score < _threshold_for(cand, threshold, quoted_threshold):
            continue
        extended = extents(cand)
        if any(_overlap_iou(cand, other) >= _DUPLICATE_IOU for other in taken.overlapping(cand.start, cand.end)) and kept.overlapping(
            extended.start, extended.end
        ):
            continue
        _keep(cand, extended, chosen, taken, kept)
    # A cue whose best content went to a better-scoring cue ('"…," Okafor told the host,
    # noting that …' where both verbs want the that-clause) takes its best content that
    # touches nothing chosen, if that one reaches the threshold too.
    done = {c.trigger for c, _ in chosen}
    others: dict[int, list[Candidate]] = {}
    for cand in candidates:
        if cand.trigger not in done:
            others.setdefault(cand.trigger, []).append(cand)
    for key in sorted(others, key=lambda key: -best[key].score):
        if best[key].score < _threshold_for(best[key], threshold, quoted_threshold):
            continue
        for cand in sorted(others[key], key=lambda c: -c.score):
            if cand.score >= _threshold_for(cand, threshold, quoted_threshold) and not taken.overlapping(cand.start, cand.end):
                _keep(cand, extents(cand), chosen, taken, kept)
                break
    # A sure reporting verb left with no content at all ('The senator said the financial
    # system was "corrupt," noting that …', where 'noting' took the clause after) keeps its
    # best content quoting a few words, however unsure the content model, if it touches
    # nothing chosen.
    done = {c.trigger for c, _ in chosen}
    for key in sorted(others, key=lambda key: -best[key].score):
        # The pass trusts the cue filter instead of the content model, so the cue word must
        # reach the threshold too: a stricter threshold keeps fewer of these, 1.01 none.
        if key in done or not best[key].cue_probability >= max(_SURE_CUE, threshold):
            continue
        for cand in sorted(others[key], key=lambda c: -c.score):
            if 0 < cand.quoted_share < QUOTATION_SHARE and cand.score >= _QUOTING_FLOOR and not taken.overlapping(cand.start, cand.end):
                _keep(cand, extents(cand), chosen, taken, kept)
                break
    chosen.sort(key=lambda pair: pair[0].start)
    return [extended for _, extended in chosen]


def _keep(
    cand: Candidate, extended: Candidate, chosen: list[tuple[Candidate, Candidate]], taken: Intervals, kept: Intervals
) -> None:
    """Choose ``cand`` (``extended`` with its extents): the later passes of :func:`choose` test
    overlaps against ``taken`` (contents as proposed) and ``kept`` (with extents)."""
    chosen.append((cand, extended))
    taken.add(cand)
    kept.add(extended)


def _that_clauses_before_their_reports(ranked: list[Candidate]) -> list[Candidate]:
    """``ranked`` with each misattached that-clause content moved before the better-scored
    cues inside it.

    A that-clause is what the verb before it reports, and a report inside it is part of that
    content: PolNeAR keeps the outer attribution whole ('Devine made it clear that his boss
    wanted to see something firmer' is Devine's, not the boss's 'wanted'; 'insisted in the same
    interview that Mr. Khan was wrong to say …' is the insister's). The content model trusts a
    that-clause the parser hung away from its verb less than the nested cue's own content, so
    without this the inner cue takes the words and the outer one is dropped as their repeat.
    """
    for outer in [cand for cand in ranked if cand.relation == MISATTACHED_THAT_CLAUSE]:
        at = ranked.index(outer)
        inner = next((k for k, cand in enumerate(ranked[:at]) if any(s <= cand.trigger_char < e for s, e in outer.parts)), -1)
        if inner >= 0:
            ranked.insert(inner, ranked.pop(at))
    return ranked


def _as_proposed(cand: Candidate) -> Candidate:
    """:func:`choose`'s default extents: each candidate itself, as proposed, so that a caller
    without the stages finds the chosen among its candidates by identity (training/missed.py)."""
    return cand


def _threshold_for(cand: Candidate, threshold: float, quoted_threshold: float) -> float:
    return quoted_threshold if cand.quoted_share >= QUOTATION_SHARE else threshold



def _is_split_quote(cand: Candidate) -> bool:
    """Quotations on both sides of their cue, in one sentence or running on."""
    return cand.relation.startswith("quote") and len(cand.parts) > 1 and cand.parts[0][1] <= cand.trigger_char < cand.parts[-1][0]


def _within(inner: Candidate, outer: Candidate) -> bool:
    """Whether ``inner``'s content lies inside ``outer``'s parts (give or take edge marks)."""
    return all(any(s - 2 <= a and b <= e + 2 for s, e in outer.parts) for a, b in inner.parts)


def score_candidates(candidates: list[Candidate], model: AttributionModel) -> None:
    """Set each candidate's score: the content model's probability, or its fixed score;
    then, with a choice model, its probability among its cue's candidates (:func:`rescore`).

    The model is linear, so the weight of the features a cue word's candidates share is
    summed once per cue word.
    """
    content = model.content
    shared_margin: dict[int, float] = {}
    for cand in candidates:
        if cand.fixed_score is not None:
            cand.score = cand.fixed_score
            continue
        key = id(cand.shared_values)
        base = shared_margin.get(key)
        if base is None:
            base = shared_margin[key] = content.values_margin(cand.shared_values)
        margin = cand.content_margin if cand.content_margin is not None else content.values_margin(cand.values)
        cand.score = sigmoid(base + margin)
    if model.reranker is not None:
        rerank(candidates, model.reranker)
    elif model.choice is not None:
        rescore(candidates, model.choice)


def cue_groups(candidates: list[Candidate]) -> list[list[Candidate]]:
    """The candidates the choice model rescores, by cue word (those of fixed score left out)."""
    groups: dict[int, list[Candidate]] = {}
    for cand in candidates:
        if cand.fixed_score is None:
            groups.setdefault(cand.trigger, []).append(cand)
    return list(groups.values())


def rescore(candidates: list[Candidate], choice: LinearScorer) -> None:
    """Replace the content scores of ``candidates`` by the choice model's probabilities,
    computed for each candidate among its cue's others from the content scores (all read
    before any is replaced)."""
    groups = cue_groups(candidates)
    new_scores = [[choice.probability(f) for f in group_features] for group_features in choice_features(groups)]
    for group, scores in zip(groups, new_scores):
        for cand, score in zip(group, scores):
            cand.score = score
