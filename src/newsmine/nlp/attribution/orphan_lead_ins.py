"""What introduces an orphan quotation no cue follows (step 4 of
:func:`~newsmine.nlp.attribution.orphans.orphan_quotations`): a lead-in before a colon
('Jeffrey M. Jones: "…"', 'Article 33 affirms: "…"': :func:`_lead_in`), or a report sentence
right before it in its paragraph ('Dianne Bystrom agreed. "…"': :func:`_report_before`),
as (cue, source).
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.after_quotation import phrase_head
from newsmine.nlp.attribution.context import FINITE_VERB_OR_MODAL_TAGS, NEGATION_DEPS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.credit_lead_ins import credited_lead_in
from newsmine.nlp.attribution.orphan_turn_takers import arrives_at_a_scene
from newsmine.nlp.attribution.punctuation_candidates import lead_in_subject, section_heading
from newsmine.nlp.attribution.question_turns import puts_question_again
from newsmine.nlp.attribution.sources.speaking_heads import can_speak
from newsmine.nlp.attribution.sources import subject_of
from newsmine.nlp.attribution.topic_labels import interviewee_before, is_topic_label

# A lead-in before a colon ('From the report: "…"') is at most this many words, after a
# sentence end or a dash.
_LEAD_IN_WORDS = 10
_LEAD_IN_STOPS = frozenset({".", "!", "?", ";", "-", "—", "–", "--"})


# A report's sentence right before a quotation ('Bystrom agreed.') is at most this many words.
_REPORT_SENTENCE_WORDS = 25


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
    credited = credited_lead_in(ctx, first, colon)
    if credited >= 0:
        # 'Signs of a shift were there all along - More from Blumenthal and Cohen: "…"': a lead-in
        # set off by a dash is no tail of the clause before it (credit_lead_ins, session 54). A
        # credit to an event or a place ('More from the hearing:', 'And this from the campaign
        # trail:') names no one: whoever spoke there is unnamed (review54b, session 54).
        return (colon, credited) if can_speak(ctx, credited) else (-1, -1)
    cues = lexicons.load("cues")
    verbs = [i for i in range(first, colon) if ctx.pos[i] in ("VERB", "AUX")]
    if not verbs:
        if is_topic_label(ctx, first, colon):
            # 'On the deficit: ¶ "…"': a Q&A's topic, the answer the interviewee's (topic_labels)
            source = interviewee_before(ctx, first)
            return (colon, source) if source >= 0 else (-1, -1)
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
    if ctx.lemma[trigger] not in cues and not puts_question_again(ctx, trigger):
        return -1, -1  # ('The reporter followed up: "…"': the asker's question, session 53)
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
    speaker of (step 5 of :func:`~.orphans.orphan_quotations`), and the speaker of one further back,
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
    if root < 0 or not ctx.cue_verb[root] or ctx.tag[root] not in FINITE_VERB_OR_MODAL_TAGS:
        return -1, -1
    if ctx.child(root, NEGATION_DEPS) >= 0:
        return -1, -1  # 'Ruiz never answered. "…"': the quotation is not what she did not say
    source = ctx.child(root, SUBJECT_DEPS)
    if source < 0 or _nobody(ctx, source):
        return -1, -1  # 'Nobody answered. "…"': no one spoke, the speaker before goes on
    if arrives_at_a_scene(ctx, root, source):
        return -1, -1  # 'Officers quickly responded. "…"': they came to the scene, the witness goes on
    return root, source


# Subjects that say nobody spoke: 'Nobody answered.', 'None replied.'
_NOBODY = frozenset({"nobody", "none", "noone"})


def _nobody(ctx: DocContext, subject: int) -> bool:
    """Whether ``subject`` is nobody ('Nobody answered.', 'No one replied.', 'No official
    responded.'): a report that nobody spoke gives the quotation after it no speaker of its
    own, so it stays with the speaker before (xfail53; orphan_turn_takers has the same guard)."""
    if ctx.lower[subject] in _NOBODY:
        return True
    return any(ctx.lower[c] == "no" for c in ctx.children[subject])


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
