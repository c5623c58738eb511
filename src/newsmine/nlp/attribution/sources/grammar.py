"""The source the grammar gives a cue word: :func:`_grammatical_subject` (the subject,
the agent of a passive, the object of "according to", the owner of a noun cue, inherited
from the governing verb) and the rules that call it back for another word — a document's
publisher, a message's sender, a noun cue carried on by a verb, a noun cue after "said in", a
coordinated verb the parse hung on a word of the clause before — with the rules for noun cues
whose verb provokes or receives what they report.

The rules that never call :func:`_grammatical_subject` back moved out (split by what they hold,
session 50): who holds what a noun cue reports when its verb's subject does not
(:mod:`.noun_cue_holders`), and the subject the parse gave a verb set right
(:mod:`.subject_repairs`). The rules here call it back, and it calls them: they stay together.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import FINITE_VERB_TAGS, NOMINAL_POS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.cues import view_owner, view_phrase
from newsmine.nlp.attribution.sources.clauses import (
    _addressed_without_subject,
    _after_conjunction,
    _tensed_by_own_aux,
    _contracted_has,
    _credited_after,
    _main_clause_subject,
    _nearest_subject,
    _object_controller,
    _object_verb_subject,
    _out_of_aside,
    _out_of_relative_clause,
    _parallel_participle,
    _parenthetical_reporter,
    _participle_after_preposition,
    _perfect_with_own_aux,
    _predicate_noun_subject,
    _prepositional_controller,
    _recipient_of_object,
    _reporter_across_tense,
    _reporting_subject,
    _scene_subject,
)
from newsmine.nlp.attribution.sources.inverted_speakers import _loose_subject
from newsmine.nlp.attribution.sources.leaving import _left_doing, _subject_leaving
from newsmine.nlp.attribution.sources.misparsed import (
    _agent_hung_below,
    _conjunct_before_verb,
    _modifier_as_subject,
    _name_hung_as_compound,
    _name_read_as_object,
    _noun_before_verb,
    _plural_subject_read_as_verb,
    _subject_of_noun_read_as_verb,
    _subject_read_as_object,
)
from newsmine.nlp.attribution.sources.noun_cue_holders import (
    _PROVOKING_VERBS,
    _RECEIVING_VERBS,
    _holder_among,
    _is_person,
    _owner_of_noun_said_of,
    _provoked_holder,
)
from newsmine.nlp.attribution.sources.participle_speakers import (
    _named_subject_before_participle,
    _root_subject_before,
    _root_subject_outside_quotation,
    _subject_after_opening_participle,
    _subject_after_with,
)
from newsmine.nlp.attribution.sources.relative_clauses import relative_series_subject
from newsmine.nlp.attribution.sources.set_off_subjects import (
    _apposition_before,
    _name_before_parenthesis,
    _name_before_participle,
    _name_before_set_off,
    _speaker_after_quotation,
    _subject_of_clause_before,
)
from newsmine.nlp.attribution.sources.subject_repairs import (
    _interrupting_speaker,
    _name_read_as_modal,
    _preposition_read_as_subject,
    _second_passive_verb,
)
from newsmine.nlp.attribution.sources.words import (
    _TIME_ENTS,
    _after_comma,
    _document_family,
)

_SUBJECT_INHERITING_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "acl", "relcl", "pcomp", "acomp"})


# The means a word was said by, never who said it: 'said by phone from Lisbon that …', where a
# name the parse broke ('João dos Santos', 'dos' read as a verb) leaves 'said' no subject and
# the parse makes 'by phone' its agent (probe59b). A closed class: the channels of speech.
_CHANNELS = frozenset(
    {"phone", "telephone", "cellphone", "email", "e-mail", "text", "videoconference", "videolink", "satellite", "skype"}
)


def _speaking_agent(ctx: DocContext, verb: int) -> int:
    """The first agent phrase of ``verb`` ('by Smith') whose object is no channel of speech
    ('by phone', 'by email'); -1 if none, so the subject rules speak. The parse hangs both
    'by's of 'was told by phone by his aide' on the verb as agents: the aide speaks."""
    for agent in ctx.children[verb]:
        if ctx.dep[agent] != "agent":
            continue
        pobj = ctx.child(agent, {"pobj"})
        if pobj < 0 or ctx.lower[pobj] not in _CHANNELS or any(ctx.dep[c] == "det" for c in ctx.children[pobj]):
            return agent
    return -1


def _grammatical_subject(ctx: DocContext, i: int, outside: bool, pairing: bool = True) -> int:
    """The source the grammar gives cue word ``i`` (token index, -1 if none).

    Its subject, the agent of a passive ('brokered by Merkel'), the object of 'according
    to', the owner of a noun cue ('her criticism'); inherited from the governing verb for
    participles and coordinated verbs ('…, adding that'; a participle inside reported words is
    the reporter's, :func:`_reporting_subject`); for a finite verb whose subject the parse
    hung elsewhere, the apposition right before it (:func:`_apposition_before`). A relative
    pronoun ('Smith, who said …') is the source as written; speaker resolution maps it to its
    antecedent.
    """
    if ctx.lower[i] == "according":
        pobj = ctx.child(i + 1, {"pobj"}) if i + 1 < ctx.n else -1
        pobj = pobj if pobj >= 0 else ctx.child(i, {"pobj"})
        if pobj >= 0 and ctx.quote_of[pobj] >= 0 and ctx.quote_of[i] < 0:
            return _title_author(ctx, pobj)
        return pobj
    if ctx.pos[i] == "NOUN":
        if view_phrase(ctx, i) is not None:
            return view_owner(ctx, i)  # 'in Ruiz's view, …', 'in the words of one aide, …'
        renewed = _renewing_subject(ctx, i, outside)
        if renewed >= 0:
            return renewed
        # 'The candidate plans to be back', a headline's 'Ruiz Claims …': a noun the parse gave
        # a subject of its own is read as a verb.
        subject = ctx.child(i, {"nsubj"})
        if subject >= 0 and subject < i and ctx.pos[subject] in NOMINAL_POS and (ctx.quote_of[subject] < 0 or not outside):
            return subject
        plural = _plural_subject_read_as_verb(ctx, i)
        if plural >= 0:
            return plural
        speaker = _speaker_of_speech_verb(ctx, i, outside)
        if speaker >= 0:
            return speaker
        holder = _holder_among(ctx, i)
        if holder >= 0:
            return holder  # 'growing unease among Jewish leaders'
        for c in ctx.children[i]:
            if ctx.dep[c] == "poss" or (ctx.dep[c] == "compound" and ctx.pos[c] == "PROPN"):
                return c
        for c in ctx.children[i]:
            # 'criticism from Republicans', 'a statement by the ministry'
            if ctx.dep[c] == "prep" and ctx.lower[c] in ("from", "by") and c > i:
                pobj = ctx.child(c, {"pobj"})
                if pobj >= 0 and ctx.pos[pobj] in NOMINAL_POS and ctx.ent[pobj] not in _TIME_ENTS:
                    return pobj
        misread = _subject_of_noun_read_as_verb(ctx, i)
        if misread >= 0:
            return misread
        head = ctx.head[i]
        if ctx.dep[i] == "dobj" and head != i and ctx.pos[head] == "VERB":
            if ctx.lemma[head] in _RECEIVING_VERBS:
                return _provoked_holder(ctx, head)
            # 'The ministry released a statement', 'Her office put out a statement saying …'
            subject = _grammatical_subject(ctx, head, outside)
            if ctx.lemma[head] in _PROVOKING_VERBS and not (subject >= 0 and _is_person(ctx, subject)):
                return _provoked_holder(ctx, head)
            return subject
        verb = ctx.head[head]
        after_verb = ctx.lower[head] in ("with", "to") and head > verb
        if ctx.dep[i] == "pobj" and (ctx.lower[head] == "in" or after_verb) and verb != head and ctx.pos[verb] == "VERB":
            # 'Mellody said in a statement that …', 'Sanders has been barnstorming in hopes of …';
            # after the verb, 'stirred controversy with an assertion that …', 'took issue with
            # the suggestion', 'clung to the hope' (not 'To a question, Ruiz said …').
            return _grammatical_subject(ctx, verb, outside)
        return _owner_of_noun_said_of(ctx, i)
    publisher = _publisher(ctx, i, outside)
    if publisher >= 0:
        return publisher
    sender = _sender(ctx, i, outside)
    if sender >= 0:
        return sender
    named = _name_read_as_modal(ctx, i)
    if named >= 0:
        return named
    parallel = _parallel_participle(ctx, i) if pairing else -1
    if parallel >= 0:
        found = _grammatical_subject(ctx, i, outside, pairing=False)
        # Only a subject of the clause between the two participles is a misreading ('saying he
        # has been …'): one before the first is usually the right speaker already.
        return _grammatical_subject(ctx, parallel, outside) if found < 0 or parallel < found < i else found
    paired = _participle_after_preposition(ctx, i) if pairing else -1
    if paired >= 0:
        found = _grammatical_subject(ctx, i, outside, pairing=False)
        # The noun the parse hung the participle on is no speaker ('hinted at Trump by …').
        return _grammatical_subject(ctx, paired, outside) if found < 0 or ctx.dep[found] not in SUBJECT_DEPS else found
    series = relative_series_subject(ctx, i)
    if series >= 0:
        return series  # '… the mayor who questions …, who fights …, claims that …'
    current, inherited = i, False
    # A participle without a subject ('…, all but begging a woman', '… upstate and pounding him
    # on the gun issue') speaks for the nearest subject above it, however the parse hung it.
    inherited_participle = ctx.tag[i] == "VBG"
    absolute = _subject_after_with(ctx, i) if inherited_participle else -1
    if absolute < 0 and inherited_participle:
        absolute = _named_subject_before_participle(ctx, i)  # 'interviewed about Bishop Ramos calling'
    if absolute >= 0:
        return absolute  # 'closed with Rachel Lindqvist asking'
    scene = _scene_subject(ctx, i) if inherited_participle else -1
    if scene >= 0:
        return scene  # '…, where protesters had gathered, chanting'
    for _ in range(5):
        # An opening prepositional phrase the parse made the subject ('Of Ruiz, Tom Reed, who
        # backed her rival, said …') is none: the name set off after it speaks.
        subjects = [c for c in ctx.children[current] if ctx.dep[c] in SUBJECT_DEPS and not _preposition_read_as_subject(ctx, c)]
        on_auxiliary = not subjects and not inherited and ctx.tag[current] == "VBN" and ctx.lemma[current] in STATE_PARTICIPLES
        if on_auxiliary:
            # 'those polled were evenly split on …', 'Not everyone is convinced …': the
            # subject of a state of mind hung on the passive auxiliary.
            subjects = [c for a in ctx.children[current] if ctx.dep[a] == "auxpass" for c in ctx.children[a] if ctx.dep[c] in SUBJECT_DEPS]
            subjects = [c for c in subjects if c < current][:1]
        if outside and len(subjects) > 1:
            # '"… a total shambles," said Ines Duarte': two subjects, one inside the quote.
            subjects = [c for c in subjects if ctx.quote_of[c] < 0] or subjects
        agent = _speaking_agent(ctx, current)
        if current == i and not subjects and _addressed_without_subject(ctx, i):
            return -1  # 'without being told to "smile"': the governing verb's subject was told
        # A participle after a preposition, hung on a passive, speaks for its subject, not its
        # agent: 'Silverman was booed by the crowd after telling them …' (the subject controls
        # the participle; '…, saying' alone is left to the agent).
        # A verb coordinated with a passive shares its subject, not its agent: 'Silverman was
        # joined on stage by Franken and joked, "…"'. The passive may itself be coordinated,
        # the agent on its second verb: 'Silverman was booed and shouted down by the crowd
        # after telling them …'.
        controlled = inherited and (
            (inherited_participle and ctx.dep[i] == "pcomp") or (ctx.dep[i] == "conj" and ctx.head[i] == current)
        ) and (any(ctx.dep[c] == "nsubjpass" for c in subjects) or _second_passive_verb(ctx, current, subjects))
        if agent >= 0 and not controlled:  # 'the deal brokered by Merkel', 'was criticized by Smith'
            return ctx.child(agent, {"pobj"})
        if len(subjects) > 1:
            subjects = [_nearest_subject(ctx, subjects, current)]
        if subjects:
            # The passive subject of the cue itself is what was said about ('Smith was
            # asked'); that of a governing verb is who spoke ('After saying …, she was taken').
            if not inherited:
                passive = ctx.dep[subjects[0]] == "nsubjpass" or on_auxiliary
                if not passive or _contracted_has(ctx, current) or ctx.lemma[current] in STATE_PARTICIPLES:
                    return _interrupting_speaker(ctx, subjects[0], current)
                return _agent_hung_below(ctx, current)
            if ctx.dep[i] == "conj" and ctx.head[i] == current:
                reporter = _out_of_aside(ctx, current, i)
                if reporter < 0:
                    reporter = _reporter_across_tense(ctx, current, i)
                if reporter < 0:
                    reporter = _out_of_relative_clause(ctx, current, i)
                if reporter >= 0:
                    return reporter
            if inherited_participle and _parenthetical_reporter(ctx, current):
                return subjects[0]  # '…, Berg added, saying'
            if inherited_participle or (ctx.dep[i] == "conj" and (ctx.tag[i] in FINITE_VERB_TAGS or _perfect_with_own_aux(ctx, i))):
                reporter = _reporting_subject(ctx, current)
                if reporter >= 0:
                    return subjects[0] if inherited_participle and _credited_after(ctx, i, reporter) else reporter
            if inherited_participle and _after_comma(ctx, i):
                main = _main_clause_subject(ctx, current)
                if main >= 0:
                    return main
            return subjects[0]
        if current != i and ctx.dep[i] == "conj" and ctx.head[i] == current and ctx.tag[i] == "VBD":
            # 'Ruiz went after Lee for backing the council's refusal to cut taxes and called for
            # her to quit': a past tense the parse coordinated with a subjectless infinitive
            # cannot share its 'to'; it goes on the clause above (:func:`_reporter_across_tense`).
            # Not a present: '… the chants to "build the wall" and promises to …' is a noun.
            reporter = _reporter_across_tense(ctx, current, i)
            if reporter >= 0:
                return reporter
        conjunct = _conjunct_before_verb(ctx, current)
        if conjunct >= 0:
            return conjunct  # '… with murder and the mayor fired his chief(, acknowledging …)'
        opened = _subject_read_as_object(ctx, current)
        if opened >= 0:
            return opened  # '… after Chairman Ruiz earlier in the day touted progress'
        opened = _name_read_as_object(ctx, current) if current == i else -1
        if opened >= 0:
            return opened  # 'resistant to the Lee/Park calls for a levy'
        if current == i:
            controller = _prepositional_controller(ctx, i)
            if controller >= 0:
                return controller  # 'an opening for Ruiz to highlight'
            named = _name_hung_as_compound(ctx, i)
            if named >= 0:
                return named  # 'When someone shouted, "…," Beck joked'
        dep, head = ctx.dep[current], ctx.head[current]
        if dep in ("relcl", "acl") and ctx.pos[head] in NOMINAL_POS:
            leaving = _subject_leaving(ctx, current)
            if leaving >= 0:
                return leaving  # 'The senator left the hearing saying "…"' (the hearing no speaker)
            if dep == "acl" and ctx.tag[current] == "VBG" and _after_comma(ctx, current) and _document_family(ctx, head) is None:
                # 'Trump made a third attempt to deflect …, writing on Twitter that …': a
                # participle after a comma hung on an object that is no document speaks for
                # the subject of the object's verb ('issued a statement, saying': the statement).
                subject = _object_verb_subject(ctx, head)
                if subject >= 0:
                    return subject
            if ctx.tag[current] == "VB" and ctx.lower[ctx.left[current]] == "to":
                # 'The unions are taking pains to say', 'held a briefing to brag': an
                # infinitive on an object speaks for the subject of the object's verb.
                subject = _object_verb_subject(ctx, head)
                if subject < 0:
                    subject = _recipient_of_object(ctx, head)
                if subject < 0:
                    subject = _predicate_noun_subject(ctx, head, current)  # 'was the first Democrat to endorse'
                if subject >= 0:
                    return subject
            return head
        controller = _object_controller(ctx, current) if dep in ("xcomp", "advcl") else -1
        if controller < 0 and dep in ("xcomp", "advcl", "ccomp", "oprd"):
            controller = _left_doing(ctx, current)  # 'left many voters wondering'
        if controller >= 0:
            return controller
        if inherited_participle and ctx.quote_of[i] < 0 and ctx.quote_of[head] >= 0 and head > i:
            # '…, telling the crowd, "Some people get carried away"' hung on the quoted verb.
            root_subject = _root_subject_outside_quotation(ctx, i)
            if root_subject >= 0:
                return root_subject
        if head != current and (
            dep in _SUBJECT_INHERITING_DEPS
            or (dep == "prep" and ctx.pos[current] in ("ADP", "SCONJ"))  # 'upon saying' tags 'upon' SCONJ
            or (dep == "dep" and ctx.pos[current] == "VERB" and ctx.pos[head] == "VERB")  # '…, then stood up and declared:'
            or (inherited_participle and dep in _PARTICIPLE_CLIMB_DEPS)
        ):
            # '…, adding that', 'began by saying', 'after saying': the governing verb's subject.
            current, inherited = head, True
            continue
        break
    # The governing verb's loose subject ('…, telling delegates' after a verb whose subject the parse lost).
    found = _loose_subject(ctx, current) if current != i else -1
    if found < 0:
        found = _loose_subject(ctx, i)
    # A perfect with its own 'have' ('Ruiz, asked about …, had said'), a base form with its
    # own 'do' or modal ('Jolly, who …, doesn't see') or a progressive with its own 'be' ('was
    # bracing') is as finite as 'said'.
    finite = ctx.tag[current] in FINITE_VERB_TAGS or _perfect_with_own_aux(ctx, current) or _tensed_by_own_aux(ctx, current)
    if found < 0 and finite:
        found = _apposition_before(ctx, current)
    if found < 0 and finite:
        found = _name_before_parenthesis(ctx, current)
    if found < 0 and finite:
        found = _name_before_participle(ctx, current)
    if found < 0 and ctx.tag[current] in FINITE_VERB_TAGS:
        found = _speaker_after_quotation(ctx, current)
    if found < 0 and finite:
        found = _subject_of_clause_before(ctx, current)
    if found < 0 and finite:
        found = _name_before_set_off(ctx, current)
    if found < 0 and current != i:
        found = _name_read_as_modal(ctx, current)  # 'Citing the attack, Will urged …'
    if found < 0 and inherited_participle:
        found = _subject_after_opening_participle(ctx, i)
    if found < 0 and current == i:
        found = _modifier_as_subject(ctx, i)
    if found < 0 and inherited_participle and _after_comma(ctx, i):
        found = _root_subject_before(ctx, i)
    if found < 0 and ctx.dep[i] == "conj":
        found = _coordinated_subject(ctx, i, outside)
    if found < 0 and current == i and ctx.tag[i] in FINITE_VERB_TAGS:
        found = _noun_before_verb(ctx, i)
    return found


def _publisher(ctx: DocContext, i: int, outside: bool) -> int:
    """'Trump issued a statement saying …', 'she released a statement saying, "…"', 'hoisted a
    sign that read "…"', 'added the caption which reads': a verb on a document (or a message,
    a sign) that the subject of a verb of publishing puts out speaks for that subject. On
    PolNeAR train's gold cues with such a structure (a document object of a verb), the cue
    spans the publishing verb and the source is its subject 41 times ('issued a statement
    saying'); the cue is the participle alone and the source the document 15 times. The
    publisher; else -1. A verb with a subject of its own ('a speech in which he pledged')
    keeps it."""
    if ctx.pos[i] != "VERB" or ctx.dep[i] not in ("acl", "relcl"):
        return -1
    document, verb = ctx.head[i], ctx.head[ctx.head[i]]
    if ctx.pos[document] != "NOUN" or ctx.dep[document] != "dobj" or ctx.lemma[verb] not in _PUBLISHING_VERBS:
        return -1
    if _document_family(ctx, document) is None and ctx.lemma[document] not in _MESSAGE_NOUNS:
        return -1
    own = ctx.child(i, SUBJECT_DEPS)
    if own >= 0 and ctx.lower[own] not in ("that", "which"):
        return -1
    publisher = _grammatical_subject(ctx, verb, outside)
    return publisher if publisher >= 0 and ctx.quote_of[publisher] < 0 else -1


# Verbs whose subject puts out the document that is their object ('issued a statement').
_PUBLISHING_VERBS = frozenset("""release issue put publish send email run place post launch revise fire write draft
 plant file tweet retweet unveil circulate distribute blast hoist carry add approve pen deliver""".split())
# Things written or shown that are no documents of lexicons/document_nouns.txt.
_MESSAGE_NOUNS = frozenset("message sign banner caption robocall resolution placard".split())


def _sender(ctx: DocContext, i: int, outside: bool) -> int:
    """'The senator emailed supporters saying: "…"', 'his campaign sent out a text message to
    supporters saying: "…"': a participle of saying hung on the people a message goes to (the
    object of a verb of messaging, or the object of 'to' after a verb of sending or its
    message) speaks for the sender, the subject of that verb, not for the recipients. On
    PolNeAR train's gold cues of that shape, the sender is the source 3 times of 3. The
    sender; else -1."""
    if ctx.tag[i] != "VBG" or ctx.dep[i] != "acl" or ctx.lemma[i] not in _SAYING_PARTICIPLES:
        return -1
    recipient = ctx.head[i]
    if ctx.pos[recipient] not in NOMINAL_POS or recipient > i or ctx.quote_of[recipient] >= 0:
        return -1
    verb, above = -1, ctx.head[recipient]
    if ctx.dep[recipient] == "dobj" and ctx.lemma[above] in _MESSAGING_VERBS:
        verb = above  # 'emailed supporters'
    elif ctx.dep[recipient] == "pobj" and ctx.lower[above] == "to" and ctx.head[above] != above:
        verb = ctx.head[above]
        if ctx.pos[verb] == "NOUN" and ctx.dep[verb] == "dobj":
            verb = ctx.head[verb]  # 'sent a text message to supporters'
        verb = verb if ctx.pos[verb] == "VERB" and ctx.lemma[verb] in _SENDING_VERBS else -1
    if verb < 0:
        return -1
    sender = _grammatical_subject(ctx, verb, outside)
    return sender if sender >= 0 and ctx.quote_of[sender] < 0 else -1


# Participles that report what a message says ('… to supporters saying: "…"').
_SAYING_PARTICIPLES = frozenset("say state tell announce declare urge ask warn proclaim write read claim insist".split())
# Verbs whose object is whom the message goes to ('emailed supporters').
_MESSAGING_VERBS = frozenset("email e-mail text texte message mail".split())  # the lemmatizer gives "texte" for "texted"
# Verbs that send a message to someone ('sent out a text message to supporters').
_SENDING_VERBS = frozenset("send email e-mail mail text texte write blast fire forward circulate distribute".split())


def _reporter_before(ctx: DocContext, i: int) -> int:
    """'Maher stated that the report "wasn't good." Adding, "Now, …"': a participle of going
    on ('Adding', 'Continuing') that opens its sentence with no subject outside quotation
    marks (the parse may hang it on the quotation it introduces) continues the speaker of the
    sentence before, in its paragraph or the one before: the source of that sentence's last
    reporting verb outside quotation marks; else -1. Not other opening participles without a
    subject ('Demanding equality.', 'Slashing the capital gains tax.': headings and lists,
    which PolNeAR gives no source). Called by :func:`~.subject.subject_of` when it found none."""
    sent = ctx.sent_of[i]
    s_start = ctx.sent_bounds[sent][0]
    if ctx.tag[i] != "VBG" or ctx.lemma[i] not in _CONTINUING_PARTICIPLES or sent == 0 or ctx.quote_of[i] >= 0:
        return -1
    if any(not (ctx.punct[j] or ctx.pos[j] in ("ADV", "CCONJ")) for j in range(s_start, i)):
        return -1
    p_start, p_end = ctx.sent_bounds[sent - 1]
    if ctx.para_of[p_start] < ctx.para_of[i] - 1:
        return -1
    cues = lexicons.load("cues")
    for verb in range(p_end - 1, p_start - 1, -1):
        if ctx.pos[verb] == "VERB" and ctx.lemma[verb] in cues and ctx.quote_of[verb] < 0:
            found = _grammatical_subject(ctx, verb, outside=True)
            if found >= 0 and ctx.quote_of[found] < 0:
                return found
    return -1


# Participles that carry on what the speaker before said ('Adding, "…"').
_CONTINUING_PARTICIPLES = frozenset({"add", "continue"})


def _coordinated_subject(ctx: DocContext, i: int, outside: bool, any_tense: bool = False) -> int:
    """'He called it "shameful" and called on leaders …', 'Trump cast the blame on his rivals,
    and emphasized …': a verb after 'and' left without a subject because the parse hung it on
    a word of the clause before (a quoted word, most often). The subject of the nearest verb
    above it; else, on the surface, of the nearest verb of the same tense (``any_tense``: of
    any finite tense) before it in its sentence; else -1."""
    if not _after_conjunction(ctx, i) or ctx.pos[i] != "VERB":
        return -1
    k = ctx.head[i]
    for _ in range(6 if ctx.pos[k] not in ("VERB", "AUX") else 0):
        if k == ctx.head[k] or k > i:
            break
        if ctx.pos[k] in ("VERB", "AUX"):
            subject = _grammatical_subject(ctx, k, outside) if ctx.pos[k] == "VERB" else ctx.child(k, SUBJECT_DEPS)
            if subject >= 0 and not (outside and ctx.quote_of[subject] >= 0):
                return subject
            break
        k = ctx.head[k]
    if ctx.tag[i] not in FINITE_VERB_TAGS:
        return -1
    s_start = ctx.sent_bounds[ctx.sent_of[i]][0]
    for k in range(i - 1, s_start - 1, -1):
        tense = ctx.tag[k] in FINITE_VERB_TAGS if any_tense else ctx.tag[k] == ctx.tag[i]
        if tense and ctx.pos[k] == "VERB" and ctx.quote_of[k] < 0:
            subject = ctx.child(k, {"nsubj"})
            if subject >= 0 and ctx.quote_of[subject] < 0:
                return subject
    return -1


def _speaker_of_speech_verb(ctx: DocContext, noun: int, outside: bool) -> int:
    """'Trump said in his formal statement: "…"': a noun cue after 'in' on a reporting verb
    before it holds the verb's words; the verb's subject speaks (PolNeAR marks it, not the
    owner pronoun). That subject; else -1. ('said of Trump's desire to …' is left alone:
    the desire is Trump's own attribution.)"""
    prep = ctx.head[noun]
    verb = ctx.head[prep]
    if ctx.dep[noun] != "pobj" or ctx.lower[prep] != "in" or not verb < prep < noun:
        return -1
    if ctx.pos[verb] != "VERB" or ctx.lemma[verb] not in lexicons.load("cues"):
        return -1
    subject = _grammatical_subject(ctx, verb, outside)
    return subject if subject >= 0 and not (outside and ctx.quote_of[subject] >= 0) else -1


def _title_author(ctx: DocContext, title: int) -> int:
    """'according to "Salt and Steel" by Tomas Berg', 'according to the "Ferries for all"
    document': the object of 'according to' inside quotation marks is a title, not speech.
    The author named after 'by' right after the closing mark; else the title (PolNeAR's
    Source spans the title and its author, or the title and its document)."""
    k = ctx.stretch_tokens[ctx.quote_of[title]][1]
    while k < ctx.n and ctx.punct[k] and ctx.quote_of[k] < 0 and k - title <= 40:
        k += 1
    if k + 1 < ctx.n and ctx.lower[k] == "by" and ctx.pos[k + 1] == "PROPN":
        end = k + 1
        while end + 1 < ctx.n and ctx.pos[end + 1] == "PROPN" and ctx.quote_of[end + 1] < 0:
            end += 1
        return end
    return title


def _renewing_subject(ctx: DocContext, noun: int, outside: bool) -> int:
    """'Trump ratcheted up his attacks on Rubio', 'she escalated her attacks', 'the campaign
    kept up its criticism': a noun cue owned by a pronoun, the object of a verb that carries
    it on, is the verb's (PolNeAR marks the verb phrase as the cue and its subject as the
    source; on train's matched quotes 7 such sources gained, 1 lost). Else -1."""
    head = ctx.head[noun]
    if ctx.dep[noun] != "dobj" or head == noun or ctx.lemma[head] not in _RENEWING_VERBS:
        return -1
    if not any(ctx.dep[c] == "poss" and ctx.pos[c] == "PRON" for c in ctx.children[noun]):
        return -1
    subject = ctx.child(head, {"nsubj"})
    if subject < 0 or ctx.quote_of[subject] >= 0:
        return -1
    return _grammatical_subject(ctx, head, outside)


# Verbs that carry on what their object does ('stepped up his attacks', 'renewed her call').
_RENEWING_VERBS = frozenset("""continue keep step ratchet escalate reboot renew resume intensify sharpen ramp amp
 redouble double press broaden widen expand""".split())

# Participles of a state of mind: their passive subject holds the view ('The voters are
# split on …', 'Not everyone is convinced …').
STATE_PARTICIPLES = frozenset("split divide convince assure concern worry torn tear determine commit disappoint frustrate miff alarm".split())

_PARTICIPLE_CLIMB_DEPS = frozenset({"dobj", "pobj", "attr", "npadvmod", "prep", "conj", "advmod", "oprd"})
