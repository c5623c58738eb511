"""What the candidates read from the parse around one cue word before they propose contents.

Whether the cue word reports words at all (a telephone call, an absolute passive participle,
a report made twice, an infinitive whose own verb of speech is the cue, 'a driver named X',
'called up to the team', whoever holds a state of mind: 'Not everyone is persuaded'), and where its
complement really starts and ends (a reporting time before it, the speaker's next act
after it, a subject after the cue, the verb after an 'asked' aside; 'referring to' after a
report). Each is a small test of a cue word over :class:`~.context.DocContext`'s arrays,
and none proposes anything: :func:`~.candidates._propose` asks them, which keeps the
proposing (:mod:`.candidates`) apart from the parse's misreadings it guards against.
"""

from __future__ import annotations

import re

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import (
    CLAUSE_SUBJECT_DEPS,
    FINITE_VERB_OR_MODAL_TAGS,
    NOUN_SUBJECT_DEPS,
    SUBJECT_DEPS,
    DocContext,
)
from newsmine.nlp.attribution.cues import cue_category
from newsmine.nlp.attribution.sources.grammar import STATE_PARTICIPLES
from newsmine.nlp.attribution.sources.sourceless_cues import asked_aside, verb_after_aside
from newsmine.nlp.attribution.sources.speaking_heads import can_speak


def _verb_after_asked_aside(ctx: DocContext, i: int) -> int:
    """'Brandt, asked whether Kowalski would start the final, smiled': the verb after an
    'asked' aside (:func:`~.sources.sourceless_cues.asked_aside`) that the parse hung on 'asked' is
    the subject's own, no part of the question put to them; else -1."""
    if not asked_aside(ctx, i):
        return -1
    verb = verb_after_aside(ctx, i)
    return verb if ctx.head[verb] == i else -1


def _postposed_subject(ctx: DocContext, i: int) -> int:
    """The subject right after cue word ``i`` when it also has one before it, else -1.

    '…, said Ann Lee, a historian.' after a clause whose verb the tagger read as a noun ('The
    plan to "open the waterfront" appeals to older voters, said …': 'appeals' a noun) hangs
    that clause's subject on 'said' too. The subject after the cue is the speaker and the
    clause before it the content; taking the first subject made the sentence's rest the
    speaker's name and apposition. All 840 train articles (session 40): 3 quotes changed, all
    right (2 contents that were the speaker's name and apposition gone, 1 gold attribution
    found whole); without the noun guard 'Last month, 26 percent said the same' lost its
    content to 'said the same' read as a subject."""
    subjects = [c for c in ctx.children[i] if ctx.dep[c] in SUBJECT_DEPS]
    after = [c for c in subjects if c > i and ctx.left[c] == i + 1 and ctx.pos[c] in _NOMINAL_POS]
    if after and any(c < i for c in subjects):
        return after[0]
    return -1


# The head of a speaker named after the cue ('said Ann Lee', 'said the mayor'; not 'said the same').
_NOMINAL_POS = frozenset({"PROPN", "NOUN"})


def _absolute_passive(ctx: DocContext, i: int) -> bool:
    """Whether ``i`` is a passive participle with a subject of its own after a comma, the parse
    taking it for a finite verb: '"…," Ruiz told the crowd, her voice drowned out by waves of
    boos' (an absolute phrase, hung as the root over the report before it). A finite verb has
    an agent only in the passive, whose subject is ``nsubjpass`` and which has its auxiliary: a
    plain subject with an agent and no auxiliary is this misread participle, and what its agent
    makes (boos, applause) reports none of the words before it."""
    children = ctx.children[i]
    if not any(ctx.dep[c] == "agent" for c in children) or any(ctx.dep[c] in ("aux", "auxpass") for c in children):
        return False
    subject = next((c for c in children if ctx.dep[c] == "nsubj" and c < i), -1)
    return subject > 0 and ctx.left[subject] > 0 and ctx.lower[ctx.left[subject] - 1] == ","


def _telephone_call(ctx: DocContext, i: int) -> bool:
    """Whether ``i`` is 'call' with a person as its only complement and no quotation after it
    in its sentence: 'The mayor called both council members on Sunday night', 'Ruiz, who
    called Hale shortly after the vote, …' — a telephone call, which reports no words
    (PolNeAR annotates none), not 'called Hale a liar', 'called the plan "reckless"' (a second
    complement, or quoted words the parse hung elsewhere), 'called for …', 'called on …',
    'called a strike' (an object that is no person). On PolNeAR train the content model kept
    6 such objects as contents ('… called both candidates Tuesday night and was scheduled to
    meet …'), none matching a gold content."""
    if ctx.lemma[i] != "call" or ctx.pos[i] != "VERB":
        return False
    objects = []
    for c in ctx.children[i]:
        dep = ctx.dep[c]
        if dep in _SECOND_COMPLEMENT_DEPS or (dep == "prep" and (ctx.lower[c] == "for" or (ctx.lower[c] in _CALL_ON and c == i + 1))):
            return False
        if dep == "dobj" and c > i:
            objects.append(c)
    if len(objects) != 1 or not _names_a_person(ctx, objects[0]):
        return False
    s_end = ctx.sent_bounds[ctx.sent_of[i]][1]
    return all(ctx.quote_of[j] < 0 for j in range(i, s_end))


def _naming_participle(ctx: DocContext, i: int) -> bool:
    """Whether ``i`` is 'named' or 'called' as a participle after a noun, with a person's name
    as its complement: 'a retired bus driver named Samuel Okoro', 'a cleric named Fethullah
    Gülen', 'a friend called Jo Reyes' — how the writer introduces someone, no words reported
    (PolNeAR annotates none of train's two), not 'was named the executive director', 'named it
    as a reason' (a finite or passive verb, a complement that is no name), nor 'a group called
    the "We The People Foundation"' (a name in quotation marks, which the gold takes for a
    label the group gave itself: five on train)."""
    if ctx.lemma[i] not in _NAMING_LEMMAS or ctx.dep[i] != "acl" or ctx.tag[i] != "VBN":
        return False
    if ctx.pos[ctx.head[i]] not in ("NOUN", "PRON") or ctx.head[i] > i:
        return False
    names = [c for c in ctx.children[i] if ctx.dep[c] in ("oprd", "dobj", "attr", "xcomp") and c > i]
    if len(names) != 1 or ctx.left[names[0]] != i + 1 or ctx.ent[names[0]] != "PERSON":
        return False
    return all(ctx.quote_of[j] < 0 for j in range(i, ctx.right[names[0]] + 1))


_NAMING_LEMMAS = frozenset({"name", "call"})


def _holder_of_a_state(ctx: DocContext, i: int, subject: int) -> bool:
    """Whether the passive subject ``subject`` of cue word ``i`` holds a state of mind rather
    than being what is said: 'Not everyone is persuaded.', 'Most fans are convinced', 'The
    board was divided' — the people persuaded, convinced or divided (whose view the rest of the
    sentence may give), never a content. A passive of speech keeps its subject as content ('The
    plan was criticized', 'It was announced'). PolNeAR train keeps no such content (session 46)."""
    return ctx.dep[subject] == "nsubjpass" and ctx.lemma[i] in _STATE_OF_MIND_PARTICIPLES


# Participles whose passive subject is the one in that state of mind: the source rules' list
# (:data:`~.sources.grammar.STATE_PARTICIPLES`) and two of persuasion.
_STATE_OF_MIND_PARTICIPLES = STATE_PARTICIPLES | {"persuade", "sway"}


def _kind_of_show(ctx: DocContext, i: int) -> bool:
    """Whether ``i`` is 'shows' read as a verb after a word naming a kind of show: 'Talk shows
    that mock the senator drew large audiences', 'TV shows never die' — a plural noun compound,
    the tagger taking its first word for a subject, no finding shown. Only when that word opens
    the sentence or follows a determiner or an adjective ('The TV shows …', 'favorite TV shows
    …'): 'Their talk shows that they care' and 'Polling shows that …' stay cues. PolNeAR train: 3
    of its 88 VBZ 'shows' with a subject are such compounds, none a gold cue (leftovers61's count;
    leftovers62's guard). A word that is a noun of its own besides (:data:`_KINDS_AND_NOUNS`)
    must open the sentence, alone or after an adjective ('Game shows …', 'Daytime talk shows …'):
    after a determiner it is as often a finding's source ('The cable shows that the ambassador
    knew', 'This game shows that the Hawks can defend'; review62a). The words after 'shows' cannot
    tell the two apart in general: the tagger reads a relative clause's verb as a noun ('that
    mock', 'that air'), as if a complement's subject. They can when the clause after 'that' puts
    a show on the air with nothing aired (:func:`_airs_the_shows`: 'The game shows that the
    network airs at noon lost viewers', 'Daytime talk shows that she hosted were cancelled'):
    a compound of a show's kind is then shows wherever it stands (leftovers63)."""
    if ctx.lower[i] != "shows" or ctx.tag[i] != "VBZ" or i == 0:
        return False
    kind = i - 1
    if ctx.lower[kind] not in _SHOW_KINDS or ctx.head[kind] != i:
        return False
    if _airs_the_shows(ctx, i):
        return True
    opening = ctx.sent_bounds[ctx.sent_of[kind]][0]
    if ctx.lower[kind] in _KINDS_AND_NOUNS:
        return kind == opening or (kind - 1 == opening and ctx.tag[opening] == "JJ")
    return kind == opening or ctx.tag[kind - 1] in ("DT", "JJ")


# Words that name a kind of show before 'shows' ('talk shows', 'game shows'). Not 'news' ('The
# news shows the plan has failed' is a finding) nor 'morning' ('Monday morning shows …').
_SHOW_KINDS = frozenset({
    "talk", "game", "quiz", "chat", "reality", "cooking", "variety", "comedy", "tv", "television", "radio",
    "cable", "trade", "award", "awards",
})  # fmt: skip


def _airs_the_shows(ctx: DocContext, i: int) -> bool:
    """Whether 'shows' at ``i`` is followed by 'that' and a clause whose first verb is one of
    putting a show on (:data:`_PUTTING_ON`) with no object of its own: 'shows that the network
    airs at noon', 'shows that she hosted' — the object is the shows, gapped in an object
    relative, so no finding follows. Only verbs that want a show for object: not 'run' or
    'produce', which a team or a campaign does with no object ('The trade shows that the Lakers
    produced when it mattered'). The tagger reads 'the network airs' as a noun compound (NNS
    'airs'), which counts too. A verb with its own object is a finding's clause ('The cable
    shows that the network aired the interview'), and so is one whose first verb is another
    ('The cable shows that the embassy warned …') or whose subject is the thing aired
    (:func:`_puts_something_on`: 'The cable shows that the interview aired on Monday').
    PolNeAR train writes no such object relative after a kind of show (leftovers63's count).

    The shows so read are a subject, so the sentence needs its verb after the relative clause
    ('… were cancelled'): with none, 'shows' is the sentence's only verb, and a finding's
    ('The cable shows that the ambassador hosted on the night of the attack', review63a's
    left case; leftovers64)."""
    if i + 1 >= len(ctx.lower) or ctx.lower[i + 1] != "that":
        return False
    end = ctx.sent_bounds[ctx.sent_of[i]][1]
    for j in range(i + 2, end):
        if ctx.lower[j] in _PUTTING_ON and ctx.tag[j] == "NNS":
            # 'the network airs at noon', as the tagger reads it; not a plural noun that is the
            # clause's subject, its verb right after ('the summit's hosts feared an attack')
            after = j + 1 < end and (ctx.tag[j + 1].startswith("VB") or ctx.tag[j + 1] == "MD")
            return not after and _finite_verb_after(ctx, j, end)
        if ctx.tag[j].startswith("VB") or ctx.tag[j] == "MD":
            return ctx.lemma[j] in _PUTTING_ON_LEMMAS and _puts_something_on(ctx, j) and _finite_verb_after(ctx, j, end)
    return False


def _finite_verb_after(ctx: DocContext, j: int, end: int) -> bool:
    """Whether a finite verb or a modal stands between ``j`` and the sentence's ``end`` with no
    subject of its own after ``j``: the verb of the shows, as subject, after their relative
    clause ('… she hosted were cancelled', '… she hosted last year drew few viewers'; the parse
    may give it the relative clause's noun, 'the network airs at noon lost viewers', which
    stands at ``j``). A verb with a subject of its own after ``j`` is a clause of the finding's
    or another one's, no sign of a relative ('… hosted on the night the attack began', '…
    hosted, though he had been warned', '… and the guests left late', '…, officials said';
    review64b)."""
    return any(ctx.tag[k] in FINITE_VERB_OR_MODAL_TAGS and not _own_subject_after(ctx, k, j) for k in range(j + 1, end))


def _own_subject_after(ctx: DocContext, k: int, j: int) -> bool:
    """Whether the verb of the finite word ``k`` (itself, or the verb it is the auxiliary of:
    'had been warned') has a subject standing after ``j``."""
    verb = ctx.head[k] if ctx.dep[k] in ("aux", "auxpass") else k
    return any(ctx.dep[c] in CLAUSE_SUBJECT_DEPS and c > j for c in ctx.children[verb])


def _puts_something_on(ctx: DocContext, verb: int) -> bool:
    """Whether the verb of airing at ``verb`` has its object gapped: no object of its own, and
    a subject, if any, that can put a show on ('the network', 'she'). A subject that cannot is
    the thing aired, the verb's other use with no object: 'The cable shows that the interview
    aired on Monday', '… that the debate streamed online' are findings (review63a)."""
    if any(ctx.dep[c] == "dobj" for c in ctx.children[verb]):
        return False
    subject = ctx.child(verb, NOUN_SUBJECT_DEPS)
    return subject < 0 or can_speak(ctx, subject, documents=False)


# Verbs of putting a show on the air, by lemma, and their forms the tagger may read as plural
# nouns ('the network airs').
_PUTTING_ON_LEMMAS = frozenset({"air", "broadcast", "host", "stream", "tape", "televise"})
_PUTTING_ON = frozenset({"airs", "broadcasts", "hosts", "streams", "tapes"})


# Those of them that are nouns of their own too, whose 'The X shows that …' is a finding as often
# as a show ('The cable shows …' a diplomatic cable's, 'The quiz shows …' a survey's; review62a).
_KINDS_AND_NOUNS = frozenset({"talk", "game", "quiz", "chat", "reality", "variety", "comedy", "cable", "trade", "award"})


def _called_up(ctx: DocContext, i: int) -> bool:
    """Whether ``i`` is 'call' with the particle 'up': 'about to be called up to the national
    team' (picked for a squad), 'called up her old coach' (a telephone call), 'called up
    reservists' — no words reported. PolNeAR train has no gold cue 'call up' ('called upon' is
    a preposition, not this particle) and newsmine kept none."""
    return ctx.lemma[i] == "call" and any(ctx.dep[c] == "prt" and ctx.lower[c] == "up" for c in ctx.children[i])


def _pushed_up_or_down(ctx: DocContext, i: int) -> bool:
    """Whether ``i`` is 'push' with the particle 'up' or 'down': 'Glut pushes copper prices
    down', 'pushing up food prices' — a force moving a thing, no stance taken (a stance is
    'push for', 'push to', 'push back against'). PolNeAR train writes it once ('pushing up food
    prices', no gold cue there); the headline46 rule kept 'Glut pushes …' as a stance. The
    parse may hang the particle on the object as a preposition with no object of its own
    ('prices down' in a headline), which counts too."""
    if ctx.lemma[i] != "push":
        return False
    objects = [c for c in ctx.children[i] if ctx.dep[c] == "dobj"]
    words = [*ctx.children[i], *(c for o in objects for c in ctx.children[o])]
    return any(
        ctx.lower[c] in ("up", "down") and (ctx.tag[c] == "RP" or not any(ctx.dep[g] == "pobj" for g in ctx.children[c]))
        for c in words
    )


# The words of a count of votes besides its numbers: 'eight to three', '6-1', '5 to 4'.
_TALLY_WORDS = frozenset({"to", "-", "–", "—"})
_SPLIT_COUNT = re.compile(r"\d+[-–—]\d+")


def _vote_tally(ctx: DocContext, i: int, c: int) -> int:
    """The end (exclusive) of a count of votes that ``c``, the object of cue ``i`` or a noun
    phrase as its adverb, opens ('voted eight to three on Tuesday night to build …', 'ruled 5-4
    that …') before the cue's complement, else -1: what was decided is the complement, not the
    count (PolNeAR writes the count into the cue, 'voted 6-1 for', 'voted 5 to 4 in February',
    and the content after it). A count is numbers joined by 'to' or a dash, two numbers at least
    or one written '6-1'; the parse may hang its 'to three' on the cue ('voted two to one
    against'). Only after a verb a vote decides by (``_DECIDED_BY_VOTE``): 'predicted 2-1 for
    the home side' is a score and 'asked 10 to 12 to volunteer' a count of people, both what was
    said (review55b). Near misses: a single number ('asked for two'), a counted noun ('approved
    300 homes'), a count with no complement after it ('voted eight to three.')."""
    if ctx.lemma[i] not in _DECIDED_BY_VOTE:
        return -1
    end = ctx.right[c] + 1
    rest = next((k for k in ctx.children[i] if k > c and ctx.left[k] == end), -1)
    if rest >= 0 and ctx.lower[rest] == "to" and ctx.dep[rest] == "prep" and ctx.right[rest] == rest + 1:
        end = rest + 2  # 'two' + 'to one', each a dependent of the cue
    words = range(ctx.left[c], end)
    if not all(ctx.pos[w] == "NUM" or ctx.lower[w] in _TALLY_WORDS for w in words):
        return -1
    if sum(ctx.pos[w] == "NUM" for w in words) < 2 and not any(_SPLIT_COUNT.fullmatch(ctx.lower[w]) for w in words):
        return -1
    decided = any(ctx.dep[k] in _TALLIED_COMPLEMENTS and ctx.left[k] >= end for k in ctx.children[i])
    return end if decided else -1


# What a count of votes decided: 'voted 6-1 to …', '… for the resolution', '… that …'.
_TALLIED_COMPLEMENTS = frozenset({"xcomp", "ccomp", "prep"})

# The verbs whose count is one of votes: a body's or a court's decision ('voted 6-1', 'ruled
# 5-4', 'approved 7 to 2'), not a forecast, a request or a report of a number.
_DECIDED_BY_VOTE = frozenset({
    "vote", "rule", "decide", "approve", "reject", "pass", "adopt", "endorse", "back", "elect", "choose", "side",
    "split", "agree", "uphold", "overturn", "strike", "block", "confirm", "defeat", "find", "recommend", "oppose",
    "support", "favor", "favour",
})  # fmt: skip


# What makes 'call' name or ask rather than telephone: a second complement ('called him a
# liar', 'called it "absurd"', 'called them to testify'), a particle ('called off'), 'for', and
# 'on' right after it ('called on leaders to …'; 'called them on Sunday' is a time).
_SECOND_COMPLEMENT_DEPS = frozenset({"oprd", "attr", "acomp", "xcomp", "ccomp", "dative", "prt"})


_CALL_ON = frozenset({"on", "upon"})


def _names_a_person(ctx: DocContext, j: int) -> bool:
    """Whether noun ``j`` is a person by its name or its noun ('Hale', 'both council members',
    'the coach'); not a pronoun ('called him a liar' misparsed keeps its object)."""
    if ctx.pos[j] == "PROPN" or ctx.ent[j] == "PERSON":
        return True
    return ctx.pos[j] == "NOUN" and any(ctx.lemma[j] in lexicons.load(name) or ctx.lower[j] in lexicons.load(name) for name in _PERSON_LEXICONS)


_PERSON_LEXICONS = ("person_nouns", "titles", "anonymous")


def _reference_after_report(ctx: DocContext, i: int) -> bool:
    """Whether ``i`` is a participle 'referring' set off after a verb of speech: '"…,"
    Dalton said, referring to the seats the Greens hold', 'said Ann Lee, a historian,
    referring to …' (hung on the speaker's name). PolNeAR attributes the object of
    'to' to the speaker (on train, 32 of the 38 such participles after a comma are gold cues),
    but the content model, which sees few of them, scores it under its threshold about half
    the time: its 'to' object (``child:pobj:to``) is taken at a fixed score instead. Not with
    an object of its own: '"…," the company said, referring questions to its lawyers' sends
    reporters elsewhere and names nothing the speaker said."""
    if ctx.lemma[i] != "refer" or ctx.tag[i] != "VBG" or i == 0 or ctx.lower[i - 1] != "," or ctx.quote_of[i] >= 0:
        return False
    if any(ctx.dep[c] == "dobj" for c in ctx.children[i]):
        return False
    verb = ctx.head[i]
    if ctx.pos[verb] in _NOMINAL_POS and ctx.dep[verb] in SUBJECT_DEPS:
        verb = ctx.head[verb]
    return verb != i and ctx.pos[verb] == "VERB" and cue_category(ctx.lemma[verb], direct=False) == "speech"


def _said_twice(ctx: DocContext, cue: int, clause: int) -> bool:
    """Whether the cue word repeats the report its clause already made: a pronoun's verb
    after a clause headed by the same verb with a subject of its own, outside quotation marks
    ('Cruz spokesman Rick Tyler said that the campaign will … "guiding principles …," he
    said'). The writer attributed the sentence twice; the parser hangs the first report under
    the second, whose content would swallow the first's name and cue and give the quote to
    'he'. The first report is the attribution."""
    subject = ctx.child(cue, SUBJECT_DEPS)
    if subject < 0 or ctx.pos[subject] != "PRON" or clause > cue or ctx.quote_of[clause] >= 0:
        return False
    if ctx.lemma[clause] != ctx.lemma[cue] or not ctx.cue_verb[clause] or cue_category(ctx.lemma[cue], direct=False) != "speech":
        return False  # ('agencies are expected to …; rather, they are expected to …': no report)
    own = ctx.child(clause, SUBJECT_DEPS)
    if own < 0 or ctx.pos[own] == "PRON" or ctx.quote_of[own] >= 0:
        return False
    # The first report's words open outside quotation marks ('said that the campaign …'):
    # 'Feinstein said "I don't know …," she said.' leaves the quotation to 'she', as PolNeAR does.
    after = clause + 1
    while after < cue and ctx.punct[after] and ctx.quote_of[after] < 0:
        after += 1
    return after < cue and ctx.quote_of[after] < 0


def _reports_itself(ctx: DocContext, cue: int, clause: int) -> bool:
    """Whether the infinitive ``clause`` of the cue word is a verb of speech with a content of
    its own ('likes to say that "…"', 'continued to say he had …', 'is quick to add that …'):
    then the cue word proposes nothing: what is said is the inner verb's content, not 'to say …',
    nor the rest of the sentence (PolNeAR train writes the
    cue 'continued to say', 'went on to say', the content after it). Only when the cue word
    itself reports nothing (its category is "other": 'like', 'continue', 'go on'): a refusal,
    a promise or an intention is what is reported ('refused to say whether …', 'promises to
    declare it …', 'has sought to assure members that …': the gold keeps the infinitive in
    the content)."""
    if not ctx.cue_verb[clause] or cue_category(ctx.lemma[clause], direct=False) != "speech":
        return False  # 'wanted to know whether …', 'trying to show that …': the wish is the cue
    if cue_category(ctx.lemma[cue], direct=False) != "other":
        return False
    return ctx.child(clause, {"ccomp"}) >= 0  # 'continued to question the …': the cue is 'continued'


def _before_own_report(ctx: DocContext, cue: int, clause: int, end: int) -> int:
    """Where the complement ``clause`` of a cue ends when the parser hung the cue's own
    conjunct on it: 'said he did not doubt the danger but asked why …' ('asked' a conjunct
    of 'doubt'): a verb of speech ('… but asked', '… and called him', '… but warning that')
    joined with no subject of its own is the speaker's next act, not part of what was said,
    unless it shares the clause's modal ('says he'd sit Putin down and tell him …'). The
    token before its conjunction; else ``end``."""
    for r in ctx.children[clause]:
        if r <= clause or ctx.dep[r] != "conj" or not ctx.cue_verb[r] or ctx.child(r, SUBJECT_DEPS) >= 0:
            continue
        if ctx.tag[r] == "VB" and ctx.child(r, {"aux"}) < 0 and any(ctx.tag[a] == "MD" for a in ctx.children[clause]):
            continue  # 'he'd sit Putin down and tell him': 'tell' shares the clause's 'would'
        if cue_category(ctx.lemma[r], direct=False) != "speech":
            continue
        before = ctx.left[r] - 1
        if before > clause and ctx.dep[before] == "cc":
            while before > clause and ctx.punct[before - 1]:
                before -= 1  # '…, but asked': the comma before the conjunction too
            return min(end, before)
    return end


def _before_the_answer(ctx: DocContext, cue: int, clause: int, end: int) -> int:
    """Where the complement ``clause`` of a question put to someone ends when the parser made
    the answer its complement: 'When asked why, Sembler responded in a text message: "…"'
    ('responded' a ccomp of 'asked'). A passive 'asked' or 'pressed' with no subject, object or
    agent of its own reports the question (PolNeAR train: cue 'asked', content 'why', no
    source); a verb of speech after a comma with a subject of its own is the answer, another
    attribution, which the question's content swallowed with its speaker. The token before
    that comma; else ``end``."""
    if ctx.lemma[cue] not in ("ask", "press") or ctx.tag[cue] not in ("VBN", "VBD") or clause <= cue:
        return end
    if any(ctx.dep[c] in SUBJECT_DEPS or ctx.dep[c] in ("dobj", "dative", "agent") for c in ctx.children[cue]):
        return end
    own = ctx.child(clause, SUBJECT_DEPS)
    if not ctx.cue_verb[clause] or own < 0 or own > clause or ctx.quote_of[own] >= 0:
        return end
    comma = next((j for j in range(ctx.left[own] - 1, cue, -1) if ctx.lower[j] == "," and ctx.quote_of[j] < 0), -1)
    if comma < 0 or any(ctx.punct[j] or ctx.quote_of[j] >= 0 for j in range(comma + 1, ctx.left[own])):
        return end  # the subject right after the comma: 'When asked about it, Ruiz replied'
    return min(end, comma)


def _after_reporting_time(ctx: DocContext, cue_end: int, clause: int, start: int) -> int:
    """Where the complement ``clause`` of a cue really starts when the parser hung the
    cue's time on it: 'The ministry said on Monday it would …', 'said Tuesday his actions
    are …' (no 'that'): the time tells when the words were said, not what (on PolNeAR train
    the gold content of 'said (on) <weekday> <clause>' leaves the weekday out 83 times to 1).
    The words before the clause's subject, right after the cue, each a time or its
    preposition; else ``start``."""
    subject = ctx.child(clause, SUBJECT_DEPS)
    if start != cue_end or subject < 0 or ctx.left[subject] <= start:
        return start
    new_start = ctx.left[subject]
    for j in range(start, new_start):
        if ctx.punct[j]:
            continue
        if ctx.ent[j] not in _TIME_ENTITIES and not (ctx.dep[j] == "prep" and ctx.ent[j + 1] in _TIME_ENTITIES):
            return start  # 'said that …', 'said if …', 'said in a statement it …'
    return new_start


# Entity labels of a reporting verb's time ('on Monday', 'Tuesday night', 'last week').
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
