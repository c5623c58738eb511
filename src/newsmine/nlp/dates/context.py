"""What a relative date is resolved against: the publication date, the tense around it, and
the dates the article has already named.

HeidelTime resolves news against the document's date and narratives against the last date
mentioned; news needs a bit of both. "The quarter" and "a year earlier" in an earnings
report mean the quarter the report is about (the last quarter named), "that day" the last
day named, while "Tuesday" and "last year" count from the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span

from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS, PRESENT_VERB_TAGS, RELATIVE_PRONOUN_TAGS

__all__ = ["DateContext", "finite_verb_above", "habitual", "tense", "verb_of_date"]

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
# "could have", "could've", "could’ve": the perfect of a past possibility.
_HAVE_FORMS = frozenset({"have", "'ve", "\u2019ve"})
# Adverbs that deny like "not": "could hardly walk Monday" is a past inability.
_NEGATIVE_ADVERBS = frozenset({"hardly", "barely", "scarcely", "never"})
# Prepositions and words that put the date ahead of the event: "until Tuesday", "by May",
# "effective Feb. 1", "payable Dec. 15", "as soon as Tuesday".
_FUTURE_MARKER_RE = re.compile(r"\b(?:until|till|by|effective|payable|as (?:early|soon) as|ahead of|upcoming|next|no later than)\s+(?:the\s+)?$")
# "set to resume Monday", "scheduled to expire Friday", "due to close Nov. 6".
_SCHEDULING_VERBS = frozenset({"set", "schedule", "due", "expect", "plan", "slate", "intend", "aim", "hope", "prepare", "agree"})
# Nouns of a scheduled event: "in Tuesday's round", "before Friday's vote". A weekday's
# possessive before one of them is the event's day, which a sentence without a past verb has
# still to come; before other nouns ("Tuesday's paper", "Friday's close") it stays a report.
_EVENT_NOUNS = frozenset({
    "round", "game", "match", "final", "semifinal", "race", "bout", "fight", "vote", "election", "primary",
    "runoff", "referendum", "ballot", "meeting", "summit", "session", "hearing", "debate", "talks", "rally",
    "concert", "ceremony", "parade", "launch", "opener", "deadline", "auction", "sentencing",
})
# Nouns of what is got ready for an event: "tickets for the final round on Thursday",
# "preparations for Friday's summit" name an event still ahead of them. Not what is there while
# the event lasts (review66b): "Security for Tuesday's rally was tight", "Seats for Saturday's
# game were half empty" tell of an event over, and their clause's tense says so.
_READYING_NOUNS = frozenset({"ticket", "preparation", "rehearsal", "registration", "plan"})
# Verbs that act on an event's outcome: "will challenge Tuesday's vote", "said they will review
# Saturday's game" are about an event over, whatever the tense of the verb.
_AFTERMATH_VERBS = frozenset({
    "challenge", "appeal", "contest", "dispute", "review", "investigate", "probe", "certify", "recount",
    "overturn", "annul", "discuss", "analyze", "analyse", "celebrate", "mourn",
})
_VALUE_DAY_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_VALUE_QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")
_NAMED_QUARTER_RE = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\b", re.I)
# "the nine months", "the first half": a report's period of several months, whose year-ago is
# that period a year back (written at the year's grain), not the quarter named before it.
_PERIOD_OF_MONTHS_RE = re.compile(r"(?:the|its)\s+(?:(?:first|latest|past)\s+)?(?:six|nine|6|9)\s+months|(?:the|its)\s+(?:first|second)\s+half", re.I)
_YEAR_BACK_RE = re.compile(r"year-ago|year-earlier|year ago|year earlier|last year|previous year|prior year", re.I)


@dataclass(slots=True)
class DateContext:
    """The publication date and what the article named so far (updated as dates are read)."""

    published: date | None = None
    quarter: tuple[int, int] | None = None  # (year, quarter) the text is about
    day: date | None = None
    year: int | None = None
    month: tuple[int, int] | None = None
    # The year of each (month, day) the article gave in full: a later "Aug. 7" is that one.
    full_days: dict[tuple[int, int], int] = field(default_factory=dict)
    # The report's last period named is several months ("For the nine months, …"), not a quarter.
    months_period: bool = False

    def remember(self, value: str | None, text: str = "") -> None:
        """Note a resolved value as the latest one of its grain."""
        if not value:
            return
        if _PERIOD_OF_MONTHS_RE.fullmatch(text.strip()):
            self.months_period = True
        quarter = _VALUE_QUARTER_RE.match(value)
        if quarter:
            if not _YEAR_BACK_RE.search(text):
                self.months_period = False  # "the quarter", "the third quarter": a quarter again
            year, number = int(quarter.group(1)), int(quarter.group(2))
            # Only a quarter the text names, and one already over, is what "the quarter"
            # means later; "a year ago" -> 1988-Q3 or "next year's first quarter" is not.
            ended = self.published is None or date(year + number // 4, 3 * number % 12 + 1, 1) <= self.published
            if _NAMED_QUARTER_RE.search(text) and not _YEAR_BACK_RE.search(text) and ended:
                self.quarter = (year, number)
            return
        day = _VALUE_DAY_RE.match(value)
        if day:
            try:
                self.day = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
            except ValueError:
                return
            if re.search(r"\d{4}", text):
                self.full_days[(self.day.month, self.day.day)] = self.day.year
            self.month = (self.day.year, self.day.month)
            self.year = self.day.year
            return
        month = re.match(r"^(\d{4})-(\d\d)$", value)
        if month:
            self.month = (int(month.group(1)), int(month.group(2)))
            self.year = self.month[0]
            return
        if re.fullmatch(r"\d{4}", value):
            self.year = int(value)


def tense(span: Span) -> str:
    """'future' or 'past': which way a relative date points, from the words around it.

    News reports the past in the past tense and schedules in the present or with a modal:
    "declined to comment on Thursday" (past), "the summit ends on Sunday", "should return
    by Friday", "will meet on Tuesday", "is set to expire Nov. 6", "postponed until
    Tuesday" (future).
    """
    doc = span.doc
    before = doc[max(span.start - 5, 0) : span.start].text.lower() + " "
    if _readied_event(span):
        return "future"  # "tickets for the final round on Thursday had sold out by Monday"
    event_verb = _verb_of_an_event(span)
    if (span.root.dep_ == "poss" or doc[span.end - 1].tag_ == "POS") and event_verb is None:
        return "past"  # "Friday's close", "Wednesday's ruling": an event already reported
    if span.start and doc[span.start - 1].lower_ == "since":
        return "past"  # "the highest since October", whatever the tense of the verb
    # an event's day takes its verb's tense, however deep the noun ("open at 7 a.m. for Tuesday's vote")
    head = event_verb or verb_of_date(span)
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries and auxiliaries[0].tag_ == "TO":
        # "had been due to expire Friday" (past), "is set to expire Nov. 6", "planned to
        # leave on Thursday" (future): an infinitive points ahead of the verb it depends
        # on, which says whether that is still ahead.
        governing = _verb_above(head.head) if head.head != head else head
        if governing == head or _headline_subject(governing):
            return "future"
        head = governing
        auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ == "had" for a in auxiliaries):
            return "past"
        if head.lemma_ in _SCHEDULING_VERBS or any(c.lemma_ in _SCHEDULING_VERBS for c in head.children if c.dep_ == "acomp"):
            return "future"
    marker = _FUTURE_MARKER_RE.search(before)
    if marker and not any(a.lower_ == "had" for a in auxiliaries):
        # "completed its offer by the Tuesday deadline": "by" with a plain past is over, as with
        # a past auxiliary opening the clause ("by Saturday night we were preparing the family",
        # probe65); "postponed until Tuesday" is still ahead.
        past = (head.tag_ == "VBD" and not auxiliaries) or _narrated_through_a_past_auxiliary(span, head, auxiliaries)
        if not (marker.group(0).startswith("by") and past):
            return "future"
    if head.lemma_ in ("schedule", "reschedule", "slate", "plan") and not any(a.lower_ == "had" for a in auxiliaries):
        if not _before_the_subject(span, head) or any(a.lemma_ == "have" for a in auxiliaries):
            return "future"  # "scheduled a news conference Thursday": what was scheduled is still ahead
        # "On Friday, the government planned to pay …": a date fronted before the subject is
        # when the planning was done, and takes the verb's own tense; not before a present
        # perfect, which takes no past day ("On Friday the team has scheduled a news
        # conference": the conference's day)
    direction = _verb_tense(head, auxiliaries, span)
    if direction == "present" and (_directly_on(span.root, head) or _after_an_infinitive(span, head)):
        return "future"  # "the show opens in August": a present that schedules
    return direction


def _headline_subject(token) -> bool:
    """True for a noun heading a verbless sentence, on which an infinitive hangs: a headline's
    "Storm To Hit Coast Tuesday Morning", "Fed to raise rates Wednesday", where "to" is
    headline writing's future ("is to hit"). A headline's present reports what happened
    ("Tuesday Morning Fire Kills Two") and stays past, as body text's present of a result does;
    headlines carry no other tense marks, so nothing else in them is read ahead (dates66)."""
    return token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN")


def _narrated_through_a_past_auxiliary(span: Span, verb, auxiliaries) -> bool:
    """Whether a 'by' date stands before the subject of a verb in the past through its
    auxiliary ("By Saturday night we were preparing the family", "By Friday the river was
    rising"): a story telling how far things had come by a day already over (probe65).

    After the verb the date is the verb's deadline, which reported plans set ahead of the
    report ("crews were working to restore power by Friday", "the lawyers were told to file
    their briefs by Friday", "was hoping for a decision by Friday": review65c found them all
    turned to the past Friday); so is a scheduling verb's, wherever the date stands ("By
    Friday, the crews were expected to finish")."""
    return (
        any(a.tag_ == "VBD" for a in auxiliaries) and _before_the_subject(span, verb) and not _schedules_a_verb(verb)
    )


def _verb_of_an_event(span: Span):
    """The verb whose tense a weekday's possessive before an event noun takes, or None when it
    keeps the reported past. The event's day takes the tense of its own clause as "on Tuesday"
    would: "Wei plays Keller in Tuesday's round" (a schedule's present), "Polls open at 7 a.m.
    for Tuesday's vote", "Coach Ruiz said Diaz will miss Saturday's game" (dates66: the reported
    clause's future decides, not the reporting verb's past, which dates65 let keep the past),
    "Ruiz said Diaz missed Saturday's game" (past). Kept in the past: the possessive before its
    verb ("Tuesday's vote shows", a headline's present of a result), a noun that names no event
    ("Friday's close"), a perfect ("would have played in Saturday's game"), and a verb that acts
    on the outcome ("will challenge Tuesday's vote")."""
    noun = _possessed_noun(span)
    if noun.lemma_.lower() not in _EVENT_NOUNS:
        return None
    verb = finite_verb_above(noun)
    if not verb.tag_.startswith("VB") or span.start < verb.i or verb.lemma_ in _AFTERMATH_VERBS:
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children):
        return None
    return verb


def _possessed_noun(span: Span):
    """The noun a possessive expression ("Tuesday's", "Tuesday 's") hangs on."""
    return span.root.head if span.root.dep_ == "poss" else span.doc[span.end - 1].head


def _readied_event(span: Span) -> bool:
    """True for a weekday of an event that something is got ready for: "tickets for the final
    round on Thursday had sold out by Monday", "preparations for Friday's summit were under way"
    (dates66). The clause's tense says when the tickets went, not when the event is: a Monday
    story's past perfect still means the Thursday ahead. Only after a noun of readying: "for"
    after a verb ("praised for the speech on Thursday") or another noun ("a fine for the match on
    Thursday") is as often past, and keeps the clause's tense; so does "The final round on
    Thursday was drawn"."""
    if span.root.dep_ == "poss" or span.doc[span.end - 1].tag_ == "POS":
        noun = _possessed_noun(span)
    elif span.root.dep_ == "pobj" and span.root.head.lower_ == "on":
        noun = span.root.head.head
    else:
        return False
    if noun.lemma_.lower() not in _EVENT_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    return noun.head.head.lemma_.lower() in _READYING_NOUNS


def _after_an_infinitive(span: Span, verb) -> bool:
    """True when an infinitive of ``verb``'s clause comes between it and the expression: "earns
    the right to challenge the champion for the title in November" (an April story) is the
    November ahead, as the infinitive's own would be; the present alone ("is worth half what it
    was worth in October") points nowhere and takes the nearest. Only a date that is a
    preposition's object: a month that modifies a noun ("is continuing to try to sell itself,
    under a June agreement", TimeBank's wsj_0736) dates that thing, made before."""
    if span.root.dep_ != "pobj":
        return False
    return any(
        t.tag_ == "VB" and any(c.tag_ == "TO" and c.dep_ == "aux" for c in t.children)
        for t in span.doc[verb.i + 1 : span.start]
        if verb in t.ancestors
    )


def _schedules_a_verb(verb) -> bool:
    """Whether ``verb`` is a scheduling verb with a verb of its own to come ("were expected to
    finish", "was preparing to leave"), not one with an object ("were preparing the family")."""
    return verb.lemma_ in _SCHEDULING_VERBS and any(c.dep_ == "xcomp" for c in verb.children)


def _before_the_subject(span: Span, verb) -> bool:
    """True when the expression opens the clause of ``verb``, before its subject ("On Friday,
    the company scheduled a vote"), rather than following the verb ("scheduled a vote on Friday")."""
    return any(c.dep_ in NOUN_SUBJECT_DEPS and c.i >= span.end for c in verb.children)


def _directly_on(token, verb) -> bool:
    """True when the date hangs off ``verb`` through prepositions only ("opens in August"),
    not through a noun or an adjective ("under a June agreement", "worth $2 million in
    October"), where the verb's present tense says nothing about the date."""
    for _ in range(6):
        token = token.head
        if token == verb or token.head == token:
            return token == verb
        if token.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "PRON"):
            return False
    return False


def habitual(span: Span) -> bool:
    """True when the expression hangs off a plain present-tense verb: "schools start after
    8:30 a.m." is every school day, not the publication day."""
    head = _verb_above(span.root)
    if head.dep_ == "conj" and head.tag_ in ("VB", "NN", "NNS"):
        head = head.head  # "start at 8:30 a.m. and end at 3 p.m.": the first verb's tense
    if head.tag_ not in PRESENT_VERB_TAGS:
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def verb_of_date(span: Span):
    """The verb whose tense ``span`` takes: :func:`finite_verb_above`, except for a date right
    after a verb and before the subject of that verb's complement clause, which dates the verb
    before it (dates66): "Officials said Friday the bridge would reopen", "The company said in
    February it would close the plant". The small parse hangs the date on the complement's verb
    and read the saying's Friday ahead, its February in the next year. Unchanged: a date after
    the complement's subject ("said the bridge would reopen Friday"), or with "that" before it
    ("said that on Friday the bridge would reopen"), is the complement's. Only after a verb in
    the past (review66b): "said Friday" is news writing's day of a saying, but a present verb of
    saying or thinking takes no day so, and the date is the complement's ("Officials say Friday
    the bridge reopened", "Police believe Saturday the suspect fled": the days before)."""
    head = finite_verb_above(span.root)
    above = head.head
    if head.dep_ != "ccomp" or above.tag_ != "VBD" or above.i >= span.start:
        return head
    first = span.start - 1 if span.doc[span.start - 1].pos_ == "ADP" else span.start  # "said on Friday"
    if first != above.i + 1 or not _before_the_subject(span, head):
        return head
    return above


def finite_verb_above(token):
    """The verb whose tense an expression rooted at ``token`` takes (see :func:`_finite_verb`)."""
    return _finite_verb(_verb_above(token))


def _verb_above(token):
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            break
        token = token.head
    return token


def _finite_verb(head):
    """The verb whose tense a date hanging off ``head`` takes: a gerund without auxiliary
    ("with the third flight departing each Thursday from August 6", "shareholders tendering
    shares by the Tuesday deadline") has none of its own, nor has a bare infinitive after
    "let" or "make" ("let the offensive begin Saturday night"): the verb above them has."""
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") for c in head.children) or head.dep_ == "ROOT":
            return head
        if head.tag_ == "VBG" and head.dep_ in ("pcomp", "pobj", "advcl", "acl", "xcomp", "conj"):
            above = _verb_above(head.head)
        elif head.tag_ == "VB" and head.dep_ == "ccomp" and head.head.tag_.startswith("VB"):
            above = head.head
        else:
            return head
        if above == head or not above.tag_.startswith("VB"):
            return head
        head = above
    return head


def _could_tense(head, auxiliaries, span: Span) -> str:
    """Which way "could" points. News writes it both ways: a past inability, negated or
    passive ("could not be reached Wednesday", "could hardly walk Monday", "could be located
    Wednesday"), or a past possibility with "have" ("the role he could have played Tuesday",
    "could've won Monday", "the spoiler that he could have Tuesday"), against a possibility still
    ahead ("copper could open higher on Monday"; "could have a ruling on Tuesday": "have" with
    an object is the verb itself, no perfect). An active, unnegated "could" with the date after
    its verb, or fronted in its clause ("On Monday, the Senate could vote"), is read forward;
    the rest stays in the past as before: a date before the verb is mostly another verb's,
    which the parse may have hung on the later clause ("said Monday the strike could end",
    "warnings from Moscow on Thursday that air strikes could do harm"). PolNeAR train's
    "could … <weekday>" sentences (nine) split that way."""
    negated = any(c.dep_ == "neg" or c.lower_ in _NEGATIVE_ADVERBS for c in head.children)
    passive = any(a.dep_ == "auxpass" for a in auxiliaries)
    # the words between "could" and its verb, not the auxiliaries: the parse takes "’ve" for a noun
    between = head.doc[auxiliaries[0].i + 1 : head.i]
    perfect = any(t.lower_ in _HAVE_FORMS for t in between) or (
        head.lemma_ == "have" and not any(c.dep_ == "dobj" and c.i > head.i for c in head.children)
    )
    before = span.start < head.i and not _fronted(span, head)
    return "past" if negated or passive or perfect or before else "future"


def _fronted(span: Span, verb) -> bool:
    """True when the expression opens the sentence of ``verb`` ("On Monday, the Senate could
    vote"): no verb before it, and no 'that' or relative word of the verb's between them."""
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in span.doc[span.sent.start : span.start]):
        return False
    return not any(span.end <= c.i < verb.i and (c.dep_ == "mark" or c.tag_ in RELATIVE_PRONOUN_TAGS) for c in verb.children)


def _verb_tense(head, auxiliaries, span: Span) -> str:
    if auxiliaries:
        first = auxiliaries[0]
        if first.lower_ == "could":
            return _could_tense(head, auxiliaries, span)
        if first.tag_ == "MD" or first.lower_ in _FUTURE_AUX or first.tag_ == "TO":
            return "future"  # "will meet", "plans to meet"
        if first.lemma_ == "have" or first.tag_ == "VBD":
            return "past"
        if first.tag_ in PRESENT_VERB_TAGS:
            return "present"  # "is expected to", "are meeting"
        return "past"
    if head.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in head.children):
        return "past"  # "weakness ... hurt the index on Friday": a singular subject, so not "hurts"
    if head.tag_ in PRESENT_VERB_TAGS:
        return "present"  # "the summit ends on Sunday": ahead, for a weekday; see values
    if head.tag_ == "VB":
        return "future"
    return "past"
