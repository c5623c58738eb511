"""A kept content ends before ', while Benning called …': a contrasting clause that is a second
report, with a reporting verb and a subject of its own.

'Whitfield said she had met the judge as a courtesy but would not change her mind, while Sen.
Laura Benning … called the blockade "…"': the parse hangs the 'while' clause on the last verb of
the reported clause, so the content ran on over another person's report, which is an
attribution of its own (PolNeAR keeps the two side by side). :mod:`~.quotation_tails` ends a
content before such a report only after a quotation closing inside it; this is the same cut for
a content with no quotation before the subordinator. On PolNeAR train (session 52, main's
records) the kept contents running on over ', while <subject> said/says …' stopped before it in
the gold ('they are set on voting for the real estate mogul, while 22 percent said they might
change their mind'; 'China has the most …, while another says …'). Where the content itself
reports with the same verb ('38 percent of voters said …, while 60 percent said …', a poll's
two findings), the 'while' clause is parallel to the report inside it and the gold keeps it:
left alone.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.cues import cue_category
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before, last_part_after_cue

__all__ = ["end_before_contrasting_report"]

# Subordinators of contrast: what follows is set beside the report, not part of it. 'although'
# and 'though' concede within the speaker's own argument; 'before' / 'after' may be the
# speaker's time (quotation_tails._TIMES).
_CONTRASTS = frozenset({"while", "whereas"})
# What the clause's verb must report to be a second report: words said or written. A verb of
# thought or perception is often the content's own contrast ('China is expecting a 6.5
# percent growth rate, while the U.S. will likely see a 2 percent growth rate', one gold
# content on train).
_REPORTING = frozenset({"speech", "writing"})
# What the clause's verb must carry to report anything: a clause ('aides said she was still
# counting votes'), a predicate of what it is called ('called the blockade "…"'). A verb of
# saying with a noun or an infinitive only is no second report but the speaker's own contrast
# ('her opponent wanted to close the library, while she wrote the bill that kept it open'; 'while
# she had promised to cut them'; 'while Democrats had asked for a vote': review52).
_REPORTED_DEPS = frozenset({"ccomp", "oprd"})


def end_before_contrasting_report(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part ends before the comma of ', while <subject> <cue
    verb> …' inside it: the subordinator marks a verb of saying or writing (outside quotation
    marks) with a subject of its own after the subordinator and a clause, a quotation or a
    predicate it reports, and no verb of the content before it has that
    verb's lemma (a report inside the content the clause would be parallel to)."""
    tokens = last_part_after_cue(ctx, cand)
    if tokens is None:
        return cand
    first, last = tokens
    for k in range(first + 2, last):
        if ctx.lower[k] not in _CONTRASTS or ctx.lower[k - 1] != "," or ctx.dep[k] != "mark" or ctx.quote_of[k] >= 0:
            continue
        verb = ctx.head[k]
        if not k < verb <= last or not ctx.cue_verb[verb] or cue_category(ctx.lemma[verb], False) not in _REPORTING:
            continue
        if not any(ctx.dep[c] in SUBJECT_DEPS and k < c < verb for c in ctx.children[verb]):
            continue  # 'while emphasizing it's not an endorsement': the same speaker going on
        if not any(ctx.dep[c] in _REPORTED_DEPS or ctx.quote_of[c] >= 0 for c in ctx.children[verb]):
            continue  # 'while she wrote the bill that kept it open': reports nothing
        if any(ctx.lemma[t] == ctx.lemma[verb] and ctx.pos[t] == "VERB" for t in range(first, k)):
            continue  # '38 percent said …, while 60 percent said …': parallel to a report inside
        return end_last_part_before(ctx, cand, k - 1)
    return cand
