"""The orphan quotations: quoted sentences the cue-driven choice left uncovered.

News quotations are nearly always someone's words: a quotation that no chosen content
touches goes on with the quote before it ('"X," Novak said. "Y."'), or becomes a quote of
its own — when it has six words or more, or opens its sentence and has a cue right after
it ('"Savage," she said.') — with the speaker of that cue, of a lead-in and a colon, of the
best candidate covering it, or of the attribution just before it.
"""

from __future__ import annotations

from dataclasses import replace

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.after_quotation import attribution_after, phrase_head, speaker_after, words_after
from newsmine.nlp.attribution.candidate import QUOTATION_SHARE
from newsmine.nlp.attribution.candidates import Candidate, Intervals
from newsmine.nlp.attribution.context import FINITE_TAGS, NEGATION_DEPS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.credit_lines import credit_line_speaker
from newsmine.nlp.attribution.cues import cue_range
from newsmine.nlp.attribution.narration import narration_between
from newsmine.nlp.attribution.punctuation_candidates import lead_in_subject, section_heading
from newsmine.nlp.attribution.sources import relative_antecedent, subject_of
from newsmine.nlp.attribution.taken_up import attribution_taking_up
from newsmine.nlp.quote_marks import QuotedStretch

__all__ = ["ORPHAN_MIN_WORDS", "ORPHAN_PARAGRAPHS", "orphan_quotations"]

# Uncovered quotations of this many words or more are quotes of their own,
# their speaker looked for this many paragraphs back.
ORPHAN_MIN_WORDS = 6
ORPHAN_PARAGRAPHS = 2
_SENTENCE_END = ".!?:;—–\n\"”'’"
# A lead-in before a colon ('From the report: "…"') is at most this many words, after a
# sentence end or a dash.
_LEAD_IN_WORDS = 10
_LEAD_IN_STOPS = frozenset({".", "!", "?", ";", "-", "—", "–", "--"})
# At most this many characters between a quotation and the next one that continues its
# quote ('," said Steven Aftergood, director of the Project on Government Secrecy, …. "').
_MAX_CONTINUATION_GAP = 200
# The links by which a word hangs below a cue word inside the cue's own sentence without
# reporting anything new: adverbial and relative clauses, phrases, the cue's own arguments
# ('told the Journal in July, after de Blasio stated …', 'told Reuters when asked …'), an open
# complement on the way ('declared, a point he likes to make after an appearance during which
# callers asked …': 'make' is no new report). Coordination ('and Ruiz replied') and reported
# clauses are not among them.
_SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "prep", "pobj", "pcomp", "appos", "npadvmod", "dobj", "nsubj", "nsubjpass", "attr", "xcomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# At most this many words name the speaker after a cue that comes first ('said Jacobs, …').
_ATTRIBUTION_WORDS = 8
# At most this many words between a quotation and the comma before its sentence's closing
# attribution ('"the beginning of the end" for the EU, said Geert Wilders').
_WORDS_TO_ATTRIBUTION = 25
# ... and between the quotation and its sentence's full stop.
_SENTENCE_TAIL_WORDS = 40
# A report's sentence right before a quotation ('Bystrom agreed.') is at most this many words.
_REPORT_SENTENCE_WORDS = 25


def orphan_quotations(
    ctx: DocContext,
    candidates: list[Candidate],
    chosen: list[Candidate],
    min_words: int = ORPHAN_MIN_WORDS,
    paragraphs_back: int = ORPHAN_PARAGRAPHS,
) -> list[Candidate]:
    """``chosen`` plus a quote for each quoted sentence no chosen content touches.

    News quotations are nearly always someone's words, and PolNeAR annotates them: of the
    quotations of six words or more that the cue-driven choice leaves uncovered on PolNeAR
    train, 276 are part of a gold attribution and 60 are not. Each, in this order:

    1. with a cue word right after it ('"…," the editorial thundered.', '"…," said the
       woman'), is that cue's quote (see :func:`~.after_quotation.attribution_after`), even when shorter
       than ``min_words`` if it opens its sentence and the word is a reporting verb; shorter
       and inside its sentence, closing the sentence's first clause with a comma right before
       that attribution ('He would be better "no matter what," one user commented.'), the
       clause is the quote (:func:`_clause_before_cue`), and so are the sentence's words
       before a closing ', SOURCE VERB.' a few words after it (:func:`_clause_before_sentence_cue`);
    2. else, right after an attributed quotation of its paragraph with only that quote's
       cue between, goes on with that quote (:func:`_continued`);
    3. else, of ``min_words`` or more, gets the best candidate covering it that overlaps
       nothing chosen (its cue's best content was another);
    4. else the lead-in before a colon introducing it ('Jeffrey M. Jones: "…"'), or the
       report right before it in its paragraph ('Dianne Bystrom agreed. "…"',
       :func:`_report_before`), or the sentence right after it that takes it up again
       ('"…" ¶ That is how Maria Ortega describes the night.',
       :func:`~.taken_up.attribution_taking_up`);
    5. else the speaker of the nearest attribution ending before it within the two
       paragraphs before ('Brandt said. ¶ "The rest of the gap …"'), with no cue; else no
       speaker.

    A pull-quote, a paragraph-long quotation with no cue after it repeating words quoted
    elsewhere in the article, takes the speaker of the quotation it repeats
    (:meth:`.context.DocContext.pull_quotes`); one credited on the line under it, that name
    (:func:`~.credit_lines.credit_line_speaker`).

    First, a chosen quotation whose cue word comes right after it and has no source (the
    parse hung the words around the cue elsewhere) takes the speaker written there
    (:func:`_speaker_written_after`).
    """
    chosen = [_speaker_written_after(ctx, cand) for cand in chosen]
    taken = Intervals()
    for cand in chosen:
        taken.add(cand)
    covering: dict[int, list[Candidate]] = {}
    for cand in candidates:
        if cand.relation.startswith("quote"):
            for start, _ in cand.parts:
                k = ctx.quote_of[ctx.token_at_char(start)]
                if k >= 0:
                    covering.setdefault(k, []).append(cand)
    out = list(chosen)
    position = {id(cand): n for n, cand in enumerate(out)}  # where each attribution sits in out
    extended: set[int] = set()  # the joined copies made below
    with_source = sorted((c for c in chosen if c.source >= 0), key=_reach)
    before = 0  # with_source[:before] end before the current quotation
    last: Candidate | None = None  # the attribution with a source ending last before it
    text = ctx.text
    # The kept attribution whose content ends with quotation k ('"X," he said.' ends with X).
    ends_with: dict[int, Candidate] = {}
    for cand in chosen:
        _note_end(ctx, cand, ends_with)
    for k, stretch in enumerate(ctx.stretches):
        while before < len(with_source) and _reach(with_source[before]) <= stretch.start:
            later = last is None or _reach(with_source[before]) >= _reach(last)
            if later and not _in_relative_clause(ctx, with_source[before].trigger):
                last = with_source[before]
            before += 1
        if taken.overlapping(stretch.inner_start, stretch.inner_end):
            continue
        trigger, source = attribution_after(ctx, k)
        owner = _continued(ctx, k, ends_with) if trigger < 0 else None
        if owner is not None:
            # '"X," Novak said. "Y." Ruiz said she …': Y goes on with Novak's quote.
            if id(owner) in extended:
                # A copy made here already ('"X," he said. "Y." "Z."'): grown in place, so a
                # long run of quotations costs its pieces, not their square.
                joined = owner
                joined.parts.extend(stretch.pieces)
            else:
                # A copy: the candidates are the caller's (training decides on them again).
                joined = replace(owner, parts=owner.parts + list(stretch.pieces))
                extended.add(id(joined))
                out[position[id(owner)]] = joined
                position[id(joined)] = position.pop(id(owner))
            taken.add(joined)
            ends_with[k] = joined
            if last is owner:
                last = joined
            continue
        repeated = ctx.pull_quotes().get(k, -1) if trigger < 0 else -1
        if repeated >= 0:
            # A pull-quote: its speaker is the quotation's it repeats, not the last one's.
            pick = Candidate(-1, stretch.start, (0, 0), list(stretch.pieces), "orphan", _source_of(out, ctx.stretches[repeated]), quoted_share=1.0)
            position[id(pick)] = len(out)
            out.append(pick)
            taken.add(pick)
            continue
        credit = credit_line_speaker(ctx, k) if trigger < 0 else -1
        if credit >= 0:
            # A display quotation credited on the line under it: that name's.
            pick = Candidate(-1, stretch.start, (0, 0), list(stretch.pieces), "orphan", credit, quoted_share=1.0)
            position[id(pick)] = len(out)
            out.append(pick)
            taken.add(pick)
            continue
        words = len(text[stretch.inner_start : stretch.inner_end].split())
        second = _second_report_before(ctx, k, ends_with) if trigger < 0 and words < min_words else None
        reporting_after = trigger >= 0 and ctx.lemma[trigger] in lexicons.load("cues")
        if second is not None:
            # '"…," Lee said and praised the crews. "Nobody was hurt."': too short to stand
            # alone, but the same speaker's second report introduces it.
            owner, verb = second
            pick = Candidate(verb, ctx.idx[verb], cue_range(ctx, verb), list(stretch.pieces), "orphan", owner.source, quoted_share=1.0)
        elif words < min_words and not (
            # '"Savage," she said.': opening its sentence, a reporting verb after it; needs five
            # words less than ``min_words`` (one by default; raising ``min_words`` still
            # turns the orphans off).
            words > min_words - ORPHAN_MIN_WORDS
            and reporting_after
            and _opens_sentence(text, stretch.start)
        ):
            if words <= min_words - ORPHAN_MIN_WORDS:
                continue  # the clause rules too: a large ``min_words`` turns every orphan off
            # 'He would be a better president "no matter what," one user commented.', 'The
            # treaty signals "the beginning of the end" for the EU, said Geert Wilders.'
            clause = _clause_before_cue(ctx, k, trigger, taken) if reporting_after else None
            if clause is None:
                found = _clause_before_sentence_cue(ctx, k, taken)
                if found is None:
                    continue
                clause, trigger, source = found
            pick = Candidate(trigger, ctx.idx[trigger], cue_range(ctx, trigger), [clause], "orphan_clause", source, quoted_share=ctx.quoted_share([clause]))
        else:
            pick = _own_quote(ctx, k, trigger, source, covering, taken, last, paragraphs_back)
        position[id(pick)] = len(out)
        out.append(pick)
        taken.add(pick)
        _note_end(ctx, pick, ends_with)
        if pick.source >= 0:
            last = pick
    out.sort(key=lambda c: c.start)
    return out


def _source_of(attributions: list[Candidate], stretch: QuotedStretch) -> int:
    """The source of the attribution covering ``stretch`` (a quotation), -1 if none has one."""
    for cand in attributions:
        if cand.source >= 0 and any(start < stretch.inner_end and stretch.inner_start < end for start, end in cand.parts):
            return cand.source
    return -1


def _own_quote(
    ctx: DocContext,
    k: int,
    trigger: int,
    source: int,
    covering: dict[int, list[Candidate]],
    taken: Intervals,
    last: Candidate | None,
    paragraphs_back: int,
) -> Candidate:
    """The quote uncovered quotation ``k`` becomes (steps 1 and 3 to 5 of
    :func:`orphan_quotations`): the cue word ``trigger`` after it with ``source``, the best free
    candidate covering it, a lead-in's, or the speaker of ``last`` nearby, else nobody's."""
    stretch = ctx.stretches[k]
    free = [c for c in sorted(covering.get(k, ()), key=lambda c: -c.score) if not taken.overlapping(c.start, c.end)]
    if trigger < 0 and not free:
        trigger, source = _lead_in(ctx, k)
        if trigger < 0:
            trigger, source = _report_before(ctx, k)
        if trigger < 0:
            # '"…" ¶ That is how Maria Ortega describes the night.': named in the sentence after
            trigger, source = attribution_taking_up(ctx, k)
    if trigger >= 0:
        # The cue right after the quotation is its own ('"…," the editorial read.'): its
        # candidate covering the quotation if it has one, else the quotation alone.
        pick = next((c for c in free if c.trigger == trigger), None)
        if pick is None:
            return Candidate(trigger, ctx.idx[trigger], cue_range(ctx, trigger), list(stretch.pieces), "orphan", source, quoted_share=1.0)
        return pick
    if free:
        return free[0]
    source = -1
    if last is not None:
        para = ctx.paragraph_of_char(stretch.start)
        if para - paragraphs_back <= ctx.paragraph_of_char(last.end) <= para:
            source = relative_antecedent(ctx, last.source)
    return Candidate(-1, stretch.start, (0, 0), list(stretch.pieces), "orphan", source, quoted_share=1.0)


def _clause_before_cue(ctx: DocContext, k: int, trigger: int, taken: Intervals) -> tuple[int, int] | None:
    """The clause quotation ``k`` closes, as a character range from its sentence's start
    through the quotation, when the quotation ends that opening clause with a comma and the
    attribution follows ('Comey cannot say that "from his perspective," Lewandowski added');
    None when the quotation opens its sentence, another quotation or paragraph break comes
    between, or a chosen content already holds any of those words.

    A few quoted words inside a clause are a label as often as speech ('the "experts" said'),
    but closing the sentence's first clause right before ', SOURCE VERB' they are the end of
    what that source said, and PolNeAR gives the source the whole clause, not the quoted words.
    """
    stretch = ctx.stretches[k]
    if _opens_sentence(ctx.text, stretch.start) or not _bare_attribution_after(ctx, k, trigger):
        return None
    first = ctx.stretch_tokens[k][0]
    s_start = _sentence_start_before(ctx, k)
    if s_start < 0:
        return None
    if any(ctx.quote_of[i] >= 0 for i in range(s_start, first)) or not any(ctx.pos[i] in ("VERB", "AUX") for i in range(s_start, first)):
        return None
    start = ctx.idx[s_start]
    if not _opens_sentence(ctx.text, start) or taken.overlapping(start, stretch.end):
        return None
    return start, stretch.end


def _sentence_start_before(ctx: DocContext, k: int) -> int:
    """The first token of the sentence holding quotation ``k`` when words of that sentence and
    paragraph come before the quotation; -1 otherwise, and for a quotation inside one token
    ('0«0': no words of its own)."""
    first, last = ctx.stretch_tokens[k]
    if first >= last:
        return -1
    s_start = ctx.sent_bounds[ctx.sent_of[first]][0]
    return s_start if s_start < first and ctx.para_of[s_start] == ctx.para_of[first] else -1


def _clause_before_sentence_cue(ctx: DocContext, k: int, taken: Intervals) -> tuple[tuple[int, int], int, int] | None:
    """The sentence's words before its closing attribution when quotation ``k`` is among them,
    as (character range, cue word, source); None when there is none.

    'The rejection of the treaty signals "the beginning of the end" for the EU, said Geert
    Wilders, founder of …', 'Those who take on heavy debt struggle, even with a "good" job, he
    said.': after the quotation, within a few words and before the sentence's full stop, a
    comma and 'SOURCE VERB' or 'VERB SOURCE …' with a reporting verb and no other verb. The
    words from the sentence's start to that comma are the quote (the parse often hangs them
    elsewhere or splits the sentence at the quotation), unless another quotation or a chosen
    content is among them.
    """
    first, last = ctx.stretch_tokens[k]
    s_start = _sentence_start_before(ctx, k)
    if s_start < 0:
        return None
    stop = last + 1
    while stop < min(ctx.n, last + _SENTENCE_TAIL_WORDS) and ctx.lower[stop] not in (".", "!", "?") and ctx.para_of[stop] == ctx.para_of[first]:
        if ctx.quote_of[stop] >= 0:
            return None
        stop += 1
    if stop >= ctx.n or ctx.lower[stop] != "." or ctx.para_of[stop] != ctx.para_of[first]:
        return None
    cues = lexicons.load("cues")
    for comma in range(last, stop):
        if comma - last > _WORDS_TO_ATTRIBUTION:
            break
        if ctx.lower[comma] != ",":
            continue
        words = range(comma + 1, stop)
        verbs = [i for i in words if ctx.pos[i] in ("VERB", "AUX")]
        if len(verbs) != 1 or ctx.lemma[verbs[0]] not in cues:
            continue
        trigger = verbs[0]
        if trigger == stop - 1 and not any(ctx.punct[i] for i in range(comma + 1, trigger)):
            source = phrase_head(ctx, comma + 1, trigger)
        elif trigger == comma + 1:
            source = phrase_head(ctx, trigger + 1, stop)
        else:
            continue
        if source < 0:
            return None
        if any(ctx.quote_of[i] >= 0 and ctx.quote_of[i] != k for i in range(s_start, comma)):
            return None
        start, end = ctx.idx[s_start], ctx.idx[comma]
        if not _opens_sentence(ctx.text, start) or taken.overlapping(start, end):
            return None
        return (start, end), trigger, source
    return None


def _bare_attribution_after(ctx: DocContext, k: int, trigger: int) -> bool:
    """Whether a comma closes quotation ``k`` and only its attribution follows, ending the
    clause: 'SOURCE VERB' or 'VERB SOURCE' and then punctuation ('," one user commented.',
    '," Lewandowski added, saying …', '," said Jacobs.'). A quotation a clause goes on after
    ('the "pivot" that China resents', '"a faker," questioning …') is a label in the writer's
    sentence, not the end of someone's words."""
    j, comma = words_after(ctx, k)
    if j < 0 or not comma or trigger < j:
        return False
    if trigger > j:
        # 'one user commented': a noun phrase, no verb of its own, then the cue and a stop.
        if any(ctx.pos[i] in ("VERB", "AUX") or ctx.punct[i] for i in range(j, trigger)):
            return False
        return trigger + 1 < ctx.n and ctx.punct[trigger + 1] and ctx.quote_of[trigger + 1] < 0
    # 'said Jacobs, the editor.': the cue first, then a noun phrase up to a stop.
    i = trigger + 1
    while i < min(ctx.n, trigger + 1 + _ATTRIBUTION_WORDS) and not ctx.punct[i]:
        if ctx.pos[i] in ("VERB", "AUX"):
            return False
        i += 1
    return i < ctx.n and ctx.punct[i] and i > trigger + 1


def _speaker_written_after(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy of it with the speaker written after its quotation when it has no
    source: '"…," Nate Silver, the polling guru who founded the site, tweeted', '"…," tweeted
    Rubio spokesman Alex Conant', '"…," Braynard is quoted as saying' — the parse gave the cue
    word no subject, the words between the quotation and the cue (or right after it) name
    the speaker. Not a chant's noun written after it ('… and "Tom!" chants. ¶ "…," Reyes
    said'): a chant is its crowd's, and the name after it speaks the next quotation."""
    if cand.source >= 0 or cand.trigger < 0 or cand.quoted_share < QUOTATION_SHARE or cand.relation == "chant":
        return cand
    before = [s for s, e in cand.parts if e <= cand.trigger_char]
    if not before:
        return cand
    k = ctx.quote_of[ctx.token_at_char(before[-1])]
    source = speaker_after(ctx, k, cand.trigger) if k >= 0 else -1
    return replace(cand, source=source) if source >= 0 else cand


def _in_relative_clause(ctx: DocContext, trigger: int) -> bool:
    """Whether cue word ``trigger`` reports inside a relative clause about a thing ('the
    emails, which included staff members suggesting …'): words describing a thing of the
    sentence, whose speaker does not go on into the quotation after it. A relative clause
    with a speaker of its own ('a news conference in which he continued his assault,
    mocking …') still reports."""
    k = trigger
    for _ in range(6):
        if k < 0 or ctx.head[k] == k:
            return False
        if ctx.dep[k] == "relcl":
            return any(ctx.dep[c] in ("nsubj", "nsubjpass") and ctx.tag[c] == "WDT" for c in ctx.children[k])
        k = ctx.head[k]
    return False


def _reach(cand: Candidate) -> int:
    """Where an attribution ends in the text, its cue word included: of '… the ACLU plans to
    watch the case, dos Santos says.' the attribution of 'says' ends last, not that of 'plans'."""
    return max(cand.end, cand.trigger_char + 1)


def _note_end(ctx: DocContext, cand: Candidate, ends_with: dict[int, Candidate]) -> None:
    """Record ``cand`` as ending with the quotation its content's last characters are in, or
    with the last quotation of a content that reports a report: '"X," Obama said of the
    families, according to a pool report.' — the pool report's content is the quotation and
    the words up to its cue, and a quotation after its cue goes on with it (PolNeAR's gold
    joins them) just as after '"X," he said.'."""
    last = ctx.token_at_char(max(cand.start, cand.end - 1))
    k = ctx.quote_of[last]
    if k >= 0:
        if abs(ctx.stretches[k].inner_end - cand.end) <= 2:
            ends_with[k] = cand
        return
    if cand.trigger_char < cand.end:
        return
    j = last
    while j >= 0 and ctx.quote_of[j] < 0 and ctx.idx[j] >= max(cand.start, cand.end - _MAX_CONTINUATION_GAP):
        j -= 1
    k = ctx.quote_of[j] if j >= 0 else -1
    # The quotation inside the content's last part, a reporting verb after it: a nested
    # report ('Obama said of …'); not a quoted fragment inside a paraphrase ('Obama "felt a
    # moral obligation to do something about" climate change, Axelrod said').
    if k >= 0 and ctx.stretches[k].inner_start >= cand.parts[-1][0] and any(ctx.cue_verb[i] for i in range(j + 1, last + 1)):
        ends_with.setdefault(k, cand)


def _continued(ctx: DocContext, k: int, ends_with: dict[int, Candidate]) -> Candidate | None:
    """The attribution quotation ``k`` continues, or None.

    '"X," Novak said. "Y."': in news a quoted sentence right after an attributed quotation,
    in the same paragraph, goes on with it; on PolNeAR train 1,422 such pairs are one gold
    content and 134 two. That attribution ends with the quotation before ``k``, its cue
    word stands between the two (or nothing does), no other cue word does, and ``k`` opens
    a sentence. A reporting verb hanging below that cue word in its sentence tells no new
    report ('"…," Marsh told the Journal in July, after the mayor stated an interest in
    selling it. "…"': :func:`_subordinate`); one coordinated with it does ('…, and Ruiz
    replied that …')."""
    if k == 0 or k - 1 not in ends_with:
        return None
    owner = ends_with[k - 1]
    before, stretch = ctx.stretches[k - 1], ctx.stretches[k]
    if ctx.paragraph_of_char(before.start) != ctx.paragraph_of_char(stretch.start) or not _opens_sentence(ctx.text, stretch.start):
        return None
    gap = ctx.text[before.end : stretch.start]
    if gap.strip():
        if not (before.end <= owner.trigger_char < stretch.start) or len(gap) > _MAX_CONTINUATION_GAP:
            return None
        if narration_between(ctx, before.end, stretch.start, owner.trigger):
            return None  # '"…," says Ana Ruiz, 32. Ruiz supports Clinton. "…"'
        first = ctx.token_at_char(before.end)
        # A reporting verb inside the speaker's own description does not report anything
        # new ('"…," said Rep. Ana Ruiz, a port commissioner who argued that …. "…"').
        lo, hi = (ctx.left[owner.source], ctx.right[owner.source]) if owner.source >= 0 else (-1, -1)
        if any(
            ctx.cue_verb[j]
            and j != owner.trigger
            and not lo <= j <= hi
            and not _subordinate(ctx, j, owner.trigger)
            # a report inside the content itself ('"…," Obama said, according to a pool report.')
            and not any(s <= ctx.idx[j] < e for s, e in owner.parts)
            for j in range(first, ctx.token_at_char(stretch.start))
        ):
            return None
    return owner


def _second_report_before(ctx: DocContext, k: int, ends_with: dict[int, Candidate]) -> tuple[Candidate, int] | None:
    """The attribution ending with the quotation before ``k`` in its paragraph and the
    reporting verb coordinated with its cue word, with no subject of its own, between the two
    quotations ('"…," Lee said on Tuesday and praised the crews. "…"'): the same speaker
    reporting again, whose words the quotation ``k`` that opens the next sentence are
    (:func:`~.quotation_candidates.cue_between` ends the first quote's run there); None
    otherwise."""
    if k == 0 or k - 1 not in ends_with:
        return None
    owner = ends_with[k - 1]
    before, stretch = ctx.stretches[k - 1], ctx.stretches[k]
    if owner.source < 0 or owner.trigger < 0 or ctx.paragraph_of_char(before.start) != ctx.paragraph_of_char(stretch.start):
        return None
    if not _opens_sentence(ctx.text, stretch.start) or not before.end <= owner.trigger_char < stretch.start:
        return None
    for j in range(ctx.token_at_char(before.end), ctx.token_at_char(stretch.start)):
        if (
            ctx.cue_verb[j] and ctx.head[j] == owner.trigger and ctx.dep[j] in ("conj", "advcl")
            and ctx.child(j, SUBJECT_DEPS) < 0 and ctx.child(j, NEGATION_DEPS) < 0
        ):  # fmt: skip
            return owner, j
    return None


def _subordinate(ctx: DocContext, j: int, trigger: int) -> bool:
    """Whether reporting verb ``j`` is narration below cue word ``trigger``: it has a subject
    of its own and hangs below ``trigger`` in its sentence through subordinate clauses and
    phrases only (no coordination, no reported clause). A participle without a subject goes
    on with the speaker's report ('"…," Novak said, adding that …. "…"': PolNeAR gives the
    quotation after it to 'adding'), so it still stops the quote before."""
    if trigger < 0 or ctx.sent_of[j] != ctx.sent_of[trigger] or ctx.child(j, _SUBJECTS) < 0:
        return False
    steps = 0
    while j != trigger and steps < 30:
        if ctx.dep[j] not in _SUBORDINATE_DEPS or ctx.head[j] == j:
            return False
        j = ctx.head[j]
        steps += 1
    return j == trigger


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation mark at ``start`` opens a sentence or a paragraph: a quoted
    word or two there is speech ('"Savage," she said'), inside a sentence a label ('the
    "experts" said')."""
    j = start - 1
    while j >= 0 and text[j] in " \t\xa0":
        j -= 1
    return j < 0 or text[j] in _SENTENCE_END


# Prepositions that credit an author after a quoted headline ('"…," by the Journal's Ann Lee: "…"').
_CREDIT_WORDS = frozenset({"by", "from", "via"})


def _lead_in(ctx: DocContext, k: int) -> tuple[int, int]:
    """The lead-in before a colon that introduces quotation ``k``, as (cue, source); (-1, -1)
    when there is none.

    'Jeffrey M. Jones: "…"', 'From the report: "…"', 'Rep. Ana Ruiz (D-Ore.): "…"': a
    few words with no verb before the colon, the colon as cue and their noun phrase as
    source. 'Article 33 affirms: "…"', 'Stated Stone: ¶ "…"': a cue word before the colon
    and its subject (or the name after it). The lead-in may end the paragraph before."""
    start = ctx.stretches[k].start
    j = start - 1
    while j >= 0 and ctx.text[j].isspace():
        j -= 1
    if j < 0 or ctx.text[j] != ":":
        return -1, -1
    colon = ctx.token_at_char(j)
    if not ctx.lower[colon].endswith(":") or ctx.quote_of[colon] >= 0 or ctx.paragraph_of_char(start) - ctx.para_of[colon] > 1:
        return -1, -1
    first = colon
    while first > 0 and colon - first < _LEAD_IN_WORDS and ctx.para_of[first - 1] == ctx.para_of[colon]:
        if (ctx.lower[first - 1] in _LEAD_IN_STOPS and not _hyphen_in_word(ctx, first - 1)) or ctx.quote_of[first - 1] >= 0:
            break
        first -= 1
    if first > 0 and ctx.quote_of[first - 1] >= 0 and all(ctx.punct[j] for j in range(first, colon)):
        # 'Gerson calls Cruz "a conviction candidate": "…"': a quoted fragment right before the
        # colon; the verb introducing it is the lead-in's.
        return _fragment_lead_in(ctx, ctx.quote_of[first - 1], colon)
    if first == colon:
        return -1, -1
    cues = lexicons.load("cues")
    verbs = [i for i in range(first, colon) if ctx.pos[i] in ("VERB", "AUX")]
    if not verbs:
        if section_heading(ctx, [i for i in range(first, colon) if not ctx.punct[i]]):
            return -1, -1  # 'QUOTE OF THE DAY: "…"': a newsletter's heading, no one's name
        opening = next((i for i in range(first, colon) if not ctx.punct[i]), colon)
        if ctx.quote_of[first - 1] >= 0 and ctx.pos[opening] == "ADP" and ctx.lower[opening] not in _CREDIT_WORDS:
            # '… whom he described as "volatile," with Clinton: "…"': a phrase going on from the
            # clause before the quoted words names no speaker; the clause's verb has the speaker
            # (a credit names one: '"A museum's new director," by the Journal's Ann Lee: "…"').
            verb = ctx.head[opening]
            source = subject_of(ctx, verb) if ctx.pos[verb] == "VERB" and ctx.quote_of[verb] < 0 else -1
            return (colon, source) if source >= 0 else (-1, -1)
        main = _main_verb_before(ctx, first, colon)
        if main >= 0:
            # 'The brochure turns to the history of the mill on its last page: "…"': the words
            # before the colon end a clause whose verb lies further back; no noun of their tail
            # speaks. The verb introduces the quotation when it reports.
            source = subject_of(ctx, main) if ctx.lemma[main] in cues else -1
            return (main, source) if source >= 0 else (-1, -1)
        head = phrase_head(ctx, first, colon)
        return colon, lead_in_subject(ctx, head, first, colon) if head >= 0 else head
    trigger = verbs[-1]
    if ctx.lemma[trigger] not in cues:
        return -1, -1
    source = subject_of(ctx, trigger)
    if source < 0 or not first <= source < colon:
        source = phrase_head(ctx, trigger + 1, colon)
    return (trigger, source) if source >= 0 else (-1, -1)


def _hyphen_in_word(ctx: DocContext, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word ('a 30-minute spree', 'anti-war'), written
    with no space on either side, not a dash setting off a lead-in."""
    start, text = ctx.idx[i], ctx.text
    return (
        ctx.lower[i] == "-"
        and 0 < start < len(text) - 1
        and text[start - 1].isalnum()
        and text[start + 1].isalnum()
    )


def _main_verb_before(ctx: DocContext, first: int, colon: int) -> int:
    """The root verb of the colon's sentence when it lies before the lead-in window
    ``first``…``colon`` (outside quotation marks), else -1: the window then holds only the
    tail of that verb's clause ('… spends most of its space on the stadium's cost:'), not a
    name or a heading ('Rep. Ana Ruiz (D-Ore.):', 'From the report:')."""
    s_start = ctx.sent_bounds[ctx.sent_of[colon]][0]
    if s_start >= first:
        return -1
    root = ctx.head[colon]
    while ctx.head[root] != root:
        root = ctx.head[root]
    inside = s_start <= root < first and ctx.quote_of[root] < 0
    return root if inside and ctx.pos[root] in ("VERB", "AUX") else -1


def _report_before(ctx: DocContext, k: int) -> tuple[int, int]:
    """The reporting verb and its subject of the sentence right before quotation ``k`` in its
    paragraph, when that sentence is a report: its root a finite reporting verb with a
    subject ('Iowa State University's Dianne Bystrom agreed. "…"', 'Sam Lau, the party's
    spokesman, said in a statement. "…"', 'Greene added that the Fed wants out. "…"'); (-1,
    -1) otherwise.

    The quotation goes on with that report. A verb that says no more than that someone spoke
    gets no content from the parse, so it is no attribution the quotation could take the
    speaker of (step 5 of :func:`orphan_quotations`), and the speaker of one further back,
    another person, took it (PolNeAR train: 2 such quotations, both now the gold's speaker).
    In the other 10 train quotations this changes, the attribution before was the same
    person's: the speaker stays and the verb becomes the quotation's cue, the gold's in 9."""
    mark = ctx.token_at_char(ctx.stretches[k].start)
    end = mark - 1
    if end < 0 or ctx.lower[end] != "." or ctx.para_of[end] != ctx.para_of[mark]:
        return -1, -1
    first, last = ctx.sent_bounds[ctx.sent_of[end]]
    if last > mark or ctx.word_count(first, last) > _REPORT_SENTENCE_WORDS or any(ctx.quote_of[i] >= 0 for i in range(first, last)):
        return -1, -1
    root = next((i for i in range(first, last) if ctx.head[i] == i), -1)
    if root < 0 or not ctx.cue_verb[root] or ctx.tag[root] not in FINITE_TAGS:
        return -1, -1
    if ctx.child(root, NEGATION_DEPS) >= 0:
        return -1, -1  # 'Ruiz never answered. "…"': the quotation is not what she did not say
    source = ctx.child(root, SUBJECT_DEPS)
    return (root, source) if source >= 0 else (-1, -1)


def _fragment_lead_in(ctx: DocContext, fragment: int, colon: int) -> tuple[int, int]:
    """The cue and source of a lead-in ending with quotation ``fragment`` before ``colon``:
    the last reporting verb of the sentence before the fragment, within a few words, and its
    subject; (-1, -1) when there is none."""
    first = ctx.stretch_tokens[fragment][0]
    s_start = ctx.sent_bounds[ctx.sent_of[colon]][0]
    cues = lexicons.load("cues")
    for trigger in range(first - 1, max(s_start, first - _LEAD_IN_WORDS) - 1, -1):
        if ctx.quote_of[trigger] >= 0 or ctx.lower[trigger] in _LEAD_IN_STOPS:
            break
        if ctx.pos[trigger] == "VERB" and ctx.lemma[trigger] in cues:
            source = subject_of(ctx, trigger)
            return (trigger, source) if source >= 0 and ctx.quote_of[source] < 0 else (-1, -1)
    return -1, -1
