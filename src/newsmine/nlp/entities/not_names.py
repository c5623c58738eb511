"""The spans the recogniser tags as names that name no one.

A pair of surnames ("Obama-Clinton") or a lawsuit; a prefixed adjective ("pro-Clinton"); a
gerund opening a sentence; a headline's common noun or title-case words the body never
writes; the portfolio of an office ("Secretary of State"); "O.K.", "Mum", a time zone after
a clock time, a capital letter alone on a line. Each is a yes-or-no test on one span, which
:mod:`.mentions` drops (or relabels); apart from :mod:`.name_spans`, :mod:`.name_splits` and
:mod:`.whole_names`, which change where a name starts and ends.
"""

from __future__ import annotations

import collections
import re

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.dates.untagged_dates import TIME_ZONES
from newsmine.nlp.entities.body_labels import _COMPANY_NOUNS, _OUTLET_NOUNS, PLATFORMS
from newsmine.nlp.entities.middle_initials import _versus_inside
from newsmine.nlp.entities.name_spans import _reporting_verb_forms
from newsmine.nlp.entities.names import _LEADING_THE_RE
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.whole_words import writes_word


def _pair_of_surnames(span: Span, surnames: collections.Counter[str], double_surnames: frozenset[tuple[str, str]]) -> bool:
    """'Obama-Clinton' ("Obama-Clinton policies"), each half the surname of another person
    the recogniser found: a pairing of two people, not one double-barrelled name
    ("Ocasio-Cortez" has no person named Ocasio); and a lawsuit ("Trump v. Trump"). A
    surname someone is named by in full is theirs (``double_surnames``, :func:`_double_surnames`):
    "Ms. Brinley-Shaw" after "Natalie Brinley-Shaw" is her, though her father is Walter
    Brinley and "Shaw" the last word of her own full name."""
    if _versus_inside(span):
        return True  # "Trump v. Trump"; not the initial of "Vladimir V. Putin"
    if len(span) != 3 or span[1].text not in ("-", "–") or span[0].whitespace_ or span[1].whitespace_:
        return False
    first, last = span[0].lower_, span[2].lower_
    if (first, last) in double_surnames:
        return False
    return span[0].is_title and span[2].is_title and surnames[first] > 0 and surnames[last] > 1


def _double_surnames(ents: tuple[Span, ...]) -> frozenset[tuple[str, str]]:
    """The halves of the double-barrelled surnames of people named with a first name before
    them ("natalie brinley-shaw" gives ("brinley", "shaw")): the article's own name for one
    person, not a pairing of two (:func:`_pair_of_surnames`)."""
    return frozenset(
        (ent[-3].lower_, ent[-1].lower_)
        for ent in ents
        if ent.label_ == "PERSON" and len(ent) >= 4 and ent[-2].text in ("-", "–") and ent[-4].is_title
        and not ent[-3].whitespace_ and not ent[-2].whitespace_
    )  # fmt: skip


def _headline_common_noun(span: Span, body: str, lower_words: frozenset[str]) -> bool:
    """A headline's capitalised common noun tagged a name ("Hacker who exposed …" above "the
    Romanian hacker who"): one word the body writes in lower case and never capitalised."""
    if len(span) != 1 or span[0].lower_ not in lower_words or _known_first_name(span[0].lower_):
        return False
    return not writes_word(body, span.text)


def _headline_words_not_a_person(span: Span, headline: str, body: str, lower_words: frozenset[str]) -> bool:
    """Words of a headline in title case tagged a person that the body never writes, not one of
    them ("… Primary Will Be A Battle", "Campaign Manager Laughs", "Exclusive Excerpt"): a
    person a headline names, the story names too. Not a known first name alone ("Hillary",
    whom the body calls "Clinton"; but "Will"), nor one before a word that may be a surname
    ("Ann Coulter" over her column, "How Paul Ryan Thinks …"); and only under a headline in
    title case, so that a text without one keeps the people of its first line ("Senator Lin
    Okafor spoke at the fair on Friday.")."""
    words = [t for t in span if t.is_alpha]
    if not words or not body.strip() or not _title_case(headline):
        return False
    if any(writes_word(body, t.text) for t in words):
        return False
    if _known_first_name(words[0].lower_) and not words[0].is_stop:
        last = words[-1]
        word_not_name = last.is_stop or last.lower_ in lower_words or last.lower_ in _reporting_verb_forms()
        if len(words) == 1 or not word_not_name:
            return False
    return True


def _headline_words_not_a_body(span: Span, headline: str, body: str, lower_words: frozenset[str]) -> bool:
    """Words of a headline in title case tagged an organisation, none of which the body writes
    capitalised and one of which it writes in lower case ("… to Be Bought by Private Equity
    Firm" over "a private equity firm", "Village Bakers Keep …"): a phrase of the headline, not
    a body's name. Two words or more, so that a short form the body spells out ("Fed") stays."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or not body.strip() or not _title_case(headline):
        return False
    if any(writes_word(body, t.text) for t in words):
        return False
    return any(t.lower_ in lower_words for t in words)


def _title_case(line: str) -> bool:
    """Whether a line is written in title case: its words of four letters or more capitalised
    (all but one in five), at least two of them."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


# Offices whose "of" phrase names a portfolio, not a body: "Secretary of State", "Minister of
# Finance" (a department's or ministry's "of" phrase is the body's name: "departments of State").
_OFFICE_HOLDERS = frozenset({"secretary", "secretaries", "minister", "ministers"})


# Government portfolios, written before the office of the person holding them.
_PORTFOLIOS = frozenset({
    "defense", "defence", "interior", "treasury", "health", "home", "foreign", "finance", "energy", "education",
    "transportation", "transport", "commerce", "labor", "labour", "agriculture", "justice", "state", "environment",
    "culture", "trade", "housing", "veterans affairs", "homeland security", "war", "navy", "army", "air force",
    "economy", "industry", "immigration", "communications", "infrastructure", "tourism", "fisheries", "science",
    "technology", "development", "welfare", "security", "intelligence", "budget", "planning", "water", "mines",
})  # fmt: skip


# Portfolios that are parties' names too: before an office in lower case ("Labour ministers
# said", "a Labour minister") the party's; the portfolio's office is capitalised ("Labor
# Secretary Tom Perez", "Labour Minister Seamus O'Regan").
_PARTY_PORTFOLIOS = frozenset({"labour", "labor"})


def _holders_portfolio(span: Span) -> bool:
    """The portfolio of an office held by a person, tagged an organisation on its own: "State"
    in "former Secretary of State Hillary Clinton", "Defense" in "Secretary of Defense". It is
    part of the person's title, no mention of the department."""
    doc, start = span.doc, span.start
    if span.label_ != "ORG" or any(_known_first_name(t.lower_) for t in span):
        return False  # "Secretary of Defense Leon Panetta" tagged ORG: the person is in it
    if _LEADING_THE_RE.sub("", span.text.lower()) in lexicons.load("places"):
        return False  # "the foreign minister of Moldova" names a country, whatever its tag
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _OFFICE_HOLDERS:
        return True
    # "Defense Secretary Lloyd Austin", "Interior Minister Ana Ruiz": the portfolio before the
    # office (a body's name before it, "UN Secretary-General", stays a body).
    before_office = span.end < len(doc) and doc[span.end].lower_ in _OFFICE_HOLDERS
    if before_office and span.text.lower() in _PARTY_PORTFOLIOS and not doc[span.end].is_title:
        return False  # "two Labour ministers": of the party, as British papers write it
    return before_office and span.text.lower() in _PORTFOLIOS


_CLOCK_RE = re.compile(r"\d{1,2}[:.]\d\d|[ap]\.?m\.?", re.I)


_LONE_INITIAL_RE = re.compile(r"[A-Z]\.")


# What a family calls its members, capitalised as a name ("Mum would read to me", "Mommy said").
_FAMILY_ADDRESS = frozenset({
    "mum", "mom", "dad", "mommy", "daddy", "mama", "papa", "grandma", "grandpa", "granny", "nan", "nana",
})  # fmt: skip


def _word_not_name(span: Span) -> bool:
    """A word or mark the recogniser tags a name that never is one: "O.K." as NYT style writes
    "OK" ("I'm O.K. with", "Are you O.K., honey?"), what a family calls a parent ("Mum"), a time
    zone after a clock time ("10:22 GMT"), and a capital letter standing alone as a paragraph
    ("X." where a page had an embedded post)."""
    span_text = doc_text(span.doc)[span.start_char : span.end_char]  # span.text, not joined from its tokens
    if span_text == "O.K." or (len(span) == 1 and span[0].lower_ in _FAMILY_ADDRESS):
        return True  # "Mum would read to me": what a child calls a parent, no one's name
    if span_text in TIME_ZONES and span.start > 0 and _CLOCK_RE.fullmatch(span.doc[span.start - 1].text):
        return True
    if _LONE_INITIAL_RE.fullmatch(span_text) is None:
        return False
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    return text[line_start : line_end if line_end != -1 else len(text)].strip() == span_text


def _gerund_not_name(span: Span) -> bool:
    """A participle opening a sentence tagged a person ("Conceding that …, he warned"): one
    word the parser reads as a verb or the head of an adverbial clause, ending in -ing, and
    not the subject (a surname such as
    "Manning said" is)."""
    word = span[0]
    verb = word.pos_ == "VERB" or word.dep_ == "advcl"  # the clause it opens hangs on the main verb
    return len(span) == 1 and verb and word.lower_.endswith("ing") and word.dep_ not in NOUN_SUBJECT_DEPS


def _common_word_before_a_noun(span: Span) -> bool:
    """One capitalised word tagged a person, after "the" and modifying the common noun after
    it ("The Moon landing", "the Tide pods"), that the article writes nowhere else: a thing's
    name or a common word in title case, not a person (session 66).

    A one-word person in that place is nearly always someone the article names again ("Hillary
    Clinton … the Clinton campaign", "Ban Ki-moon … the Moon visit", "Sun Myung Moon … the Moon
    family"), so a word written once only, not a first name of the lists, names no one. Kept: a
    noun of a person's own tenure, team or following after it, or of what the person wrote,
    proposed or had done to them (:data:`_A_PERSONS_NOUNS`: "the Obama administration", "the
    Bush era", "the Sanders camp", "the Mueller report", "the Kennedy assassination"), which
    news write of a president, candidate or investigator they need not name in full. Kept too: a
    noun saying the word names a paper, a firm or a chain (:data:`_A_BODYS_NOUNS`: "the Harlow
    newspaper chain", "the Dorsey company"), which the body rules label later, and a platform's
    name ("the Twitter handle"; lead, session 66: the rule had dropped them). A family's nouns
    ("the Kennedy clan", "the Koch brothers", "the Bush presidents") and a ruler's "regime" are
    a person's."""
    if len(span) != 1 or span.start == 0 or span.end >= len(span.doc):
        return False
    word, noun = span[0], span.doc[span.end]
    if span.doc[span.start - 1].lower_ != "the" or not (word.is_title and word.is_alpha) or _known_first_name(word.lower_):
        return False
    if word.head.i != noun.i or word.dep_ != "compound" or noun.tag_ not in ("NN", "NNS") or not noun.is_lower:
        return False
    if noun.lemma_ in _A_PERSONS_NOUNS or noun.lower_ in _A_BODYS_NOUNS or word.lower_ in PLATFORMS:
        return False
    text = doc_text(span.doc)
    elsewhere = len(re.findall(rf"(?<![\w-]){word.text}\b", text)) > 1
    return not elsewhere and re.search(rf"\w-{word.lower_}\b", text, re.IGNORECASE) is None  # "Ki-moon"


# Nouns of what belongs to a person named by the surname alone before them ("the Obama
# administration", "the Clinton campaign", "the Bush era", "the Trump children"), and of what
# a person wrote, proposed or had done to them ("the Mueller report", "the Schumer bill", "the
# Kennedy assassination", "the Nixon tapes": review66c), which news write of someone they may
# name nowhere else in the article.
_A_PERSONS_NOUNS = frozenset({
    "administration", "campaign", "presidency", "era", "year", "tenure", "term", "camp", "team", "government",
    "family", "aide", "staff", "adviser", "ally", "supporter", "voter", "child", "son", "daughter", "wife",
    "husband", "foundation", "doctrine", "plan", "policy", "speech", "rally", "victory", "win", "loss",
    "nomination", "candidacy", "agenda", "base", "wing", "surrogate", "spokesman", "spokeswoman", "brand",
    "report", "memo", "letter", "book", "memoir", "tape", "email", "interview", "bill", "act", "law",
    "amendment", "proposal", "budget", "rule", "hearing", "trial", "impeachment", "investigation", "probe",
    "inquiry", "assassination", "murder", "killing", "death", "funeral", "library", "estate", "fortune",
    "legacy", "dynasty", "clan", "regime", "brother", "sister", "president", "governor", "senator",
})  # fmt: skip

# Nouns after a one-word name that make it a paper's, a firm's or a chain's ("the Harlow
# newspaper chain", "the Dorsey company", "the Vance media group"): the outlet and company
# nouns the body labels read, and the words for a group of them.
_A_BODYS_NOUNS = _OUTLET_NOUNS | _COMPANY_NOUNS | frozenset({"chain", "group", "network", "empire", "holding"})


def _prefixed_name(span: Span) -> bool:
    """A name with a lower-case prefix glued to it by a hyphen ("pro-Clinton", "anti-Trump"):
    an adjective, which as a "full name" would take the bare surnames of the person. Not an
    Arabic surname's article or kin word ("al-Sayed", "el-Tayeb", "bin-Salman")."""
    first = span[0]
    if first.lower_ in _HYPHENED_PARTICLES:
        return False
    return len(span) >= 3 and first.is_lower and not first.whitespace_ and span[1].text in ("-", "–") and not span[1].whitespace_


# Particles glued by a hyphen to the surname they open ("al-Sayed", "el-Tayeb", "abu-Bakr").
_HYPHENED_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "ben", "bint", "ould"})
