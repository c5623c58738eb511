"""The orphan quotations: quoted sentences the cue-driven choice left uncovered.

News quotations are nearly always someone's words: a quotation that no chosen content
touches goes on with the quote before it ('"X," Novak said. "Y."'), or becomes a quote of
its own — when it has six words or more, or opens its sentence and has a cue right after
it ('"Savage," she said.') — with the speaker of that cue, of a lead-in and a colon, of the
best candidate covering it, or of the attribution just before it.

The quotations an orphan goes on with or is introduced by are found in modules of their own:
:mod:`~newsmine.nlp.attribution.orphan_continuations` (the attribution a quotation continues,
a second report of the same speaker), :mod:`~newsmine.nlp.attribution.orphan_clauses` (a short
quotation closing a clause its attribution follows: the clause is the quote) and
:mod:`~newsmine.nlp.attribution.orphan_lead_ins` (a lead-in and colon, a report sentence right
before).
"""

from __future__ import annotations

from dataclasses import replace

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.after_quotation import attribution_after, speaker_after
from newsmine.nlp.attribution.candidate import QUOTATION_SHARE
from newsmine.nlp.attribution.candidates import Candidate, Intervals
from newsmine.nlp.attribution.context import NOUN_SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.credit_lines import credit_line_speaker
from newsmine.nlp.attribution.cues import cue_range
from newsmine.nlp.attribution.introduced_speakers import introduced_speaker
from newsmine.nlp.attribution.orphan_clauses import _clause_before_cue, _clause_before_sentence_cue
from newsmine.nlp.attribution.orphan_continuations import (
    _continued,
    _note_end,
    _opens_sentence,
    _reach,
    _second_report_before,
)
from newsmine.nlp.attribution.orphan_lead_ins import _lead_in, _report_before
from newsmine.nlp.attribution.orphan_turn_takers import turn_taken_before
from newsmine.nlp.attribution.question_turns import short_question_lead_in
from newsmine.nlp.attribution.side_by_side import credit_after_the_next_quotation
from newsmine.nlp.attribution.sources import relative_antecedent
from newsmine.nlp.attribution.speech_noun_turns import speech_noun_before
from newsmine.nlp.attribution.taken_up import attribution_taking_up
from newsmine.nlp.quote_marks import QuotedStretch

__all__ = ["ORPHAN_MIN_WORDS", "ORPHAN_PARAGRAPHS", "orphan_quotations"]


# Uncovered quotations of this many words or more are quotes of their own,
# their speaker looked for this many paragraphs back.
ORPHAN_MIN_WORDS = 6
ORPHAN_PARAGRAPHS = 2


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
       clause is the quote (:func:`~.orphan_clauses._clause_before_cue`), and so are the
       sentence's words before a closing ', SOURCE VERB.' a few words after it
       (:func:`~.orphan_clauses._clause_before_sentence_cue`);
    2. else, right after an attributed quotation of its paragraph with only that quote's
       cue between, goes on with that quote (:func:`~.orphan_continuations._continued`);
    3. else, of ``min_words`` or more, gets the best candidate covering it that overlaps
       nothing chosen (its cue's best content was another);
    4. else the lead-in before a colon introducing it ('Jeffrey M. Jones: "…"'), or the
       sentence right after it that takes it up again ('"…" ¶ That is how Maria Ortega
       describes the night.', :func:`~.taken_up.attribution_taking_up`), or the report right
       before it in its paragraph ('Dianne Bystrom agreed. "…"',
       :func:`~.orphan_lead_ins._report_before`), or the one taking the floor right before
       it ('…, and her brother cut in. "…"', :func:`~.orphan_turn_takers.turn_taken_before`),
       or the one announcing it with a noun of speech ('Then a farmer had a question for the
       mayor. "…"', :func:`~.speech_noun_turns.speech_noun_before`);
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
    # The same, leaving out reports inside a bracketed aside of the writer's ('(The bill also
    # requires …)'): the speaker a quotation after the aside goes on with.
    last_outside: Candidate | None = None
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
                if _aside_end(ctx, last) is None:
                    last_outside = last
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
            if last_outside is owner:
                last_outside = joined
            continue
        lent = _display_source(ctx, k, out) if trigger < 0 else None
        if lent is not None:
            # A pull-quote, or a display quotation credited on the line under it.
            pick = Candidate(-1, stretch.start, (0, 0), list(stretch.pieces), "orphan", lent, quoted_share=1.0)
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
            lead_in = short_question_lead_in(ctx, k) if trigger < 0 else None
            if lead_in is not None:
                # 'The reporter followed up: "Is it more than 10,000?"': the asker's (session 53)
                pick = Candidate(lead_in[0], ctx.idx[lead_in[0]], cue_range(ctx, lead_in[0]), list(stretch.pieces), "orphan", lead_in[1], quoted_share=1.0)
            else:
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
            aside = _aside_end(ctx, last) if last is not None else None
            before_aside = last_outside if aside is not None and aside <= stretch.start else last
            pick = _own_quote(ctx, k, trigger, source, covering, taken, before_aside, paragraphs_back)
        position[id(pick)] = len(out)
        out.append(pick)
        taken.add(pick)
        _note_end(ctx, pick, ends_with)
        if pick.source >= 0:
            last = pick
            if _aside_end(ctx, pick) is None:
                last_outside = pick
    out.sort(key=lambda c: c.start)
    return out


def _display_source(ctx: DocContext, k: int, attributions: list[Candidate]) -> int | None:
    """The source a display quotation ``k`` with no cue word of its own takes from elsewhere: a
    pull-quote's is the quotation's it repeats, not the last one's (-1 when that one has none);
    one credited on the line under it, that name's. None for any other quotation."""
    repeated = ctx.pull_quotes().get(k, -1)
    if repeated >= 0:
        return _source_of(attributions, ctx.stretches[repeated])
    credit = credit_line_speaker(ctx, k)
    return credit if credit >= 0 else None


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
        # '"…." "…," Mayor Ann Lee said.': the credit after the next quotation (xfail54).
        trigger, source = credit_after_the_next_quotation(ctx, k)
        if trigger < 0:
            trigger, source = _lead_in(ctx, k)
        if trigger < 0:
            # '"…" ¶ That is how Maria Ortega describes the night.': named in the sentence after,
            # before a report in the sentence before ('Voss asked for the maximum. "…" That was
            # the verdict of the jury.': the credit after names the quotation's own speaker)
            trigger, source = attribution_taking_up(ctx, k)
        if trigger < 0:
            trigger, source = _report_before(ctx, k)
        if trigger < 0:
            # '"…," Ms. Alvarez said, and her brother cut in. "…"': the one taking the floor.
            trigger, source = turn_taken_before(ctx, k)
        if trigger < 0:
            # 'Then a farmer had a question for the mayor. "…"': the one announcing the words.
            trigger, source = speech_noun_before(ctx, k)
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
    # 'Terrence Boyd, 34, owns a tire shop. ¶ "…"': the person the narration just introduced.
    introduced = introduced_speaker(ctx, k, last)
    if introduced >= 0:
        source = introduced
    return Candidate(-1, stretch.start, (0, 0), list(stretch.pieces), "orphan", source, quoted_share=1.0)


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
            return any(ctx.dep[c] in NOUN_SUBJECT_DEPS and ctx.tag[c] == "WDT" for c in ctx.children[k])
        k = ctx.head[k]
    return False


def _aside_end(ctx: DocContext, cand: Candidate) -> int | None:
    """Where the round brackets holding attribution ``cand``'s cue word close (its start
    when it has none), or None when it is outside any. A report in brackets is an aside of
    the writer's ('Lee spoke about the ferry plan. ¶ (The plan requires two piers. The board
    also demands a survey.) ¶ "The harbor is …"'): a quotation after the aside with no
    attribution of its own goes on with the speaker before it, not with the aside's subject
    (PolNeAR train: the one such orphan's gold speaker is the one before the aside)."""
    token = cand.trigger if cand.trigger >= 0 else ctx.token_at_char(cand.start)
    brackets = ctx.parenthesis_of(token)
    return None if brackets is None else brackets[1]
