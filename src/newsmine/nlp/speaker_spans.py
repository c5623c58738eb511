"""Which mention a quote's speaker is, when the attribution's choice is a share of people or
the subject of another clause than the cue's.

The attribution stage picks the source token from the cue's grammar: in "In a Harlow poll
released Monday, 31% of Republicans said they were enthusiastic" that is the subject "31% of
Republicans". But a share of the people polled is no speaker the article names: the poll is
("a Harlow poll" -> Harlow), and PolNeAR's gold takes the poll as the Source of what they said
(56 gold sources of train are a poll or survey written right after "In"; on the train speaker
sample four such quotes had the share as speaker and no name). The speaker layer moves the
speaker there; which quotes exist and what they say stay the attribution's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import SPEAKER_ENTITIES
from newsmine.nlp.entities.word_lists import TITLE_MODIFIERS
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.results import MENTIONS_KEY

__all__ = [
    "named_subject_of_cue",
    "person_after_split_title",
    "person_after_title_of_two_fields",
    "person_in_bodys_titled_apposition",
    "person_read_as_object",
    "person_titled_by_body",
    "poll_behind_share",
]

# Nouns of a poll the share of respondents was measured in.
_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "polling"})
# Heads of a share of people: "31% of Republicans", "a majority of voters", "six in 10 voters".
_SHARE_NOUNS = frozenset({"percent", "%", "majority", "plurality", "half", "third", "quarter", "fifth", "two-thirds"})


# Trades written with a hyphen after a prefix that is no word of its own, which the tokenizer
# splits ('co-ordinator' -> "co" "-" "ordinator"), spelt without the hyphen: the person named
# right after one is the speaker, not the prefix (review46b: 'Labour co-ordinator Aisha Khan'
# was "Labour co"). Not in titles.txt: elsewhere a coordinator is a description, not a title
# cut from a name.
_SPLIT_TITLE_WORDS = frozenset({"coordinator", "cochair", "cochairman", "cochairwoman", "cohost", "cofounder", "coowner"})


def _is_share(token: Token) -> bool:
    """'31%', '75 percent of Republicans', 'a majority of Democrats', 'six in 10 voters'."""
    if token.lower_ in _SHARE_NOUNS or token.ent_type_ == "PERCENT":
        return True
    # "Six in 10 Republicans": a number, "in", a number before the head
    words = [t.lower_ for t in token.lefts]
    return "in" in words and any(t.like_num for t in token.lefts)


def poll_behind_share(speaker: Span, noun_phrase) -> Span | None:
    """The poll a share of people was measured in, written before it in its clause: 'In a
    Harlow poll released Monday, 31% of Republicans said …' -> 'a Harlow poll'. ``noun_phrase``
    is the attribution's function that writes a token's noun phrase. None when the speaker is no
    share of people or no poll opens the clause."""
    root = speaker.root
    if not _is_share(root) or root.dep_ not in NOUN_SUBJECT_DEPS:
        return None
    for prep in root.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > speaker.start:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lower_ in _POLL_NOUNS:
                return noun_phrase(obj)
    return None


def person_titled_by_body(speaker: Span) -> Span | None:
    """The person a body's title names: 'The Council on Foreign Relations President Richard
    Haass said', 'The National Association of Home Builders Chief Economist Robert Dietz said'.
    The parse makes the body's head the subject and hangs the rest on its preposition, the
    person's name last ("Haass" the object of "on", or an apposition of "Council"), so the
    speaker was the body, or the whole phrase resolved to the body. The speaker is the person
    with the title words written before the name ('President Richard Haass'); None unless the
    subject is a body with a preposition whose phrase closes with a person's name right after
    a title word."""
    root = speaker.root
    if root.ent_type_ != "ORG" or root.dep_ not in NOUN_SUBJECT_DEPS:
        return None
    doc = root.doc
    person = doc[root.right_edge.i]
    if person.ent_type_ != "PERSON" or person.dep_ not in ("pobj", "appos"):
        return None
    if not any(c.dep_ == "prep" and root.i < c.i < person.i for c in root.children):
        return None  # 'Acme Foods Vice President Tom Reyes': read whole, as it was
    if not any(c.dep_ == "prep" and root.i < c.i < person.i and c.ent_type_ == "ORG" for c in root.children):
        return None  # 'The Committee to Elect Sheriff Bill Dunn', 'The Adler Foundation for Senator Ruth Adler': the body's, for the person
    first = person.i
    while doc[first].ent_iob_ == "I" and doc[first - 1].ent_type_ == "PERSON":
        first -= 1
    titles = lexicons.load("titles")
    start = first
    while start > root.i + 2 and doc[start - 1].is_title and doc[start - 1].lower_ in titles:
        start -= 1
    if start == first:
        return None  # no title before the name: 'Friends of Ana Ruiz said' is the body's
    return doc[start : person.i + 1]


def person_in_bodys_titled_apposition(speaker: Span) -> Span | None:
    """The person named after a body's title set off by commas: 'The Federal Road Safety Corps
    (FRSC) Sector Commander in Kano, Mr. Yakubu Dan-Asabe, confirmed'. The parse makes the body's
    head the subject, the title ("Commander") its apposition and the name the title's apposition
    (or a conjunct with no "and" before it, a misread apposition), so the speaker was the body. The speaker is the name in apposition to the title; None unless
    the subject is a body's name whose apposition is a title word with a person's name as its own
    apposition ('The Traders Union, the group Mr. Tunde Bakare founded, said' stays the union's), and
    unless the title follows the body's name with no comma between them ('The Harbor Caucus, the
    senator, Tom Reed, and the mayor said' lists speakers; found in the lead's last read)."""
    root = speaker.root
    if root.ent_type_ != "ORG" or root.dep_ not in NOUN_SUBJECT_DEPS:
        return None
    titles = lexicons.load("titles")
    for title in root.children:
        if title.dep_ != "appos" or title.lower_ not in titles or title.tag_ in ("NNS", "NNPS"):
            continue
        if any(t.text == "," for t in root.doc[root.i + 1 : title.i]):
            continue  # 'The Harbor Caucus, the senator, Tom Reed, and the mayor said': a list, not the body's title
        # a conjunct with no "and" or "or" before it is an apposition the parse misread
        joined = ("appos",) if any(c.dep_ == "cc" for c in title.children) else ("appos", "conj")
        for person in title.children:
            if person.dep_ in joined and person.ent_type_ == "PERSON" and person.i > title.i:
                return root.doc[person.left_edge.i : person.i + 1]
    return None


def person_after_title_of_two_fields(speaker: Span) -> Span | None:
    """The person a title with a field of two names: 'Coastal Radio Vice President for news and
    talk Dana Morrow called the show …' parsed with "President" the subject, "news" the object of
    its "for" and the name a conjunct of the title joined by the field's "and", so the speaker was
    'Coastal Radio Vice President for news' (once on train; names54's xfail). The speaker is the name;
    None unless the subject is a capitalised title word with a "for"/"of" phrase, and its
    conjunct a person's name after its "and" with only lower-case words that are no title
    between them ('President for news and talk'). Not two people: 'Vice President Ana Ruiz and
    Senator Tom Reed' (a capitalised title before the second name), 'the secretary of state and
    former senator Tom Reed' (a title lower-case), 'President for news and Tom Reed' (no field
    word after the "and")."""
    root = speaker.root
    if root.dep_ not in NOUN_SUBJECT_DEPS or not root.is_title:
        return None
    titles = lexicons.load("titles")
    if root.lower_ not in titles or not any(c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i > root.i for c in root.children):
        return None
    joins = [c for c in root.children if c.dep_ == "cc" and c.lower_ in ("and", "&")]
    people = [c for c in root.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    if len(joins) != 1 or len(people) != 1 or people[0].i < joins[0].i:
        return None
    doc, person = root.doc, people[0]
    first = person.i
    while doc[first - 1].ent_type_ == "PERSON" and doc[first].ent_iob_ == "I":
        first -= 1
    field = doc[joins[0].i + 1 : first]
    if not field or not all(t.is_lower and t.is_alpha and t.lower_ not in titles for t in field):
        return None
    return doc[first : person.i + 1]


def person_read_as_object(speaker: Span) -> Span | None:
    """The person a company's title names when the parse read the company's last word as a
    verb: 'said Johnson Controls chief executive George Oliver' parsed "Johnson Controls" the
    subject and "George Oliver" its direct object ("controls Oliver"), so the speaker was
    "Controls". The speaker is the titled name ('chief executive George Oliver'); None unless
    the subject is a proper noun with a person's name as its direct object and every word
    between them a title word or a title's modifier, the last a title word."""
    root = speaker.root
    if root.pos_ != "PROPN" or root.dep_ not in NOUN_SUBJECT_DEPS:
        return None
    people = [c for c in root.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
    if len(people) != 1:
        return None
    doc, person = root.doc, people[0]
    first = person.i
    while first > root.i + 1 and doc[first - 1].ent_iob_ != "O" and doc[first].ent_iob_ == "I":
        first -= 1
    between = doc[root.i + 1 : first]
    titles = lexicons.load("titles")
    if not between or between[-1].lower_ not in titles:
        return None
    if not all(t.lower_ in titles or t.lower_ in TITLE_MODIFIERS or t.text == "-" for t in between):
        return None
    return doc[root.i + 1 : person.i + 1]


def person_after_split_title(speaker: Span, noun_phrase) -> Span | None:
    """The person a hyphenated title names when the parse took the title's prefix for the
    speaker: 'mused Blaze co-host Stu Burguiere' is split "co" "-" "host", and the parse
    made "co" a subject of its own, so the speaker was "Blaze co", naming no one (a train
    article; "co-founder", "co-chair", "ex-president" split alike). The speaker is the
    name's own noun phrase (``noun_phrase`` writes it: 'host Stu Burguiere', or 'Dana Pell
    of the show' when the parse hung the title beside the name); None unless the speaker ends
    right before a hyphen written between two words and every word from there to a
    person's name is a title word or a title's modifier, the last a title word. The word the
    hyphen cuts counts whole: 'Labour co-ordinator Aisha Khan' splits "co" "-" "ordinator",
    and "ordinator" is no word, but "coordinator" is a trade (:data:`_SPLIT_TITLE_WORDS`). Not a
    hyphenated word with no name after it ('nearly two-thirds of voters', 'the
    back-and-forth'), nor a name after a word that is no title ('the co-op Ana Ruiz runs')."""
    doc, end = speaker.doc, speaker.end
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return None
    titles = lexicons.load("titles")
    whole = doc[end - 1].lower_ + doc[end + 1].lower_  # the hyphenated word, its hyphen dropped

    def title_word(k: int) -> bool:
        return doc[k].lower_ in titles or (k == end + 1 and (whole in titles or whole in _SPLIT_TITLE_WORDS))

    # People by the article's entities too: the recogniser may tag the name otherwise ('said
    # co-founder Tomas Okafor' tagged a place), which newsmine's labels mend.
    people = {m.start: m.end for m in doc.spans.get(MENTIONS_KEY, ()) if m.label_ == "PERSON"}
    k = end + 1
    while k < len(doc) and doc[k].ent_type_ != "PERSON" and k not in people:
        if not title_word(k) and doc[k].lower_ not in TITLE_MODIFIERS:
            return None
        k += 1
    if k == end + 1 or k >= len(doc) or not title_word(k - 1):
        return None
    if k in people:
        last = people[k] - 1
    elif doc[k].ent_iob_ == "B":
        last = k
        while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            last += 1
    else:
        return None
    return noun_phrase(doc[last])


def named_subject_of_cue(speaker: Span, trigger: Token, noun_phrase) -> Span | None:
    """The cue verb's own named subject when the attribution chose a noun phrase outside the
    cue's clause that names no one: 'The drumbeat of critics grew louder as Ana Ruiz attacked
    Berg' -> 'Ana Ruiz', not "The drumbeat of critics" (the subject of the clause the cue's
    hangs from). None otherwise: a speaker inside the cue's clause, one with a name, a
    pronoun, or a cue with no named subject of its own."""
    root = speaker.root
    if root.ent_type_ or root.pos_ in ("PRON", "PROPN") or any(t.ent_type_ in SPEAKER_ENTITIES for t in speaker):
        return None
    if trigger.pos_ not in ("VERB", "AUX") or trigger.left_edge.i <= root.i <= trigger.right_edge.i:
        return None  # the speaker sits in the cue's own clause: the attribution's reading stands
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"] or _subject_read_as_object(trigger)
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or not subjects[0].is_title:
        return None
    if subjects[0].ent_type_ and subjects[0].ent_type_ not in SPEAKER_ENTITIES:
        return None
    if _in_quotation_marks(subjects[0]):
        return None  # 'trashed Comey on MSNBC's “Morning Joe,” calling it …': a title, no one speaking
    return noun_phrase(subjects[0])


def _in_quotation_marks(token: Token) -> bool:
    """Whether ``token``'s phrase opens with (or right after) an opening quotation mark and
    closes with (or right before) a closing one: a quoted title the parse made a subject."""
    doc = token.doc
    first, last = token.left_edge.i, token.right_edge.i
    opened = doc[first].text in _OPENING_MARKS or (first > 0 and doc[first - 1].text in _OPENING_MARKS)
    closed = doc[last].text in _CLOSING_MARKS or (last + 1 < len(doc) and doc[last + 1].text in _CLOSING_MARKS)
    return opened and closed


_OPENING_MARKS = frozenset({"“", '"', "``"})
_CLOSING_MARKS = frozenset({"”", '"', "''"})


# Conjunctions the parse reads as prepositions before a clause ("as Ana Ruiz attacked").
_CLAUSE_PREPOSITIONS = frozenset({"as", "while", "after", "before", "when", "because", "since"})


def _subject_read_as_object(trigger: Token) -> list[Token]:
    """'… grew louder as Ana Ruiz, the mayor's daughter, attacked Berg' parsed with "Ruiz" the
    object of "as" and the cue with no subject: the name whose phrase ends right before the cue."""
    doc = trigger.doc
    if trigger.dep_ != "advcl" or trigger.i == 0:
        return []
    before = doc[trigger.i - 1]
    while before.is_punct and before.i > 0:
        before = doc[before.i - 1]
    top = before
    while top.dep_ in ("appos", "compound", "poss", "case", "det", "amod") or (top.dep_ == "punct" and top.head.i != top.i):
        top = top.head
    if top.dep_ == "pobj" and top.head.lower_ in _CLAUSE_PREPOSITIONS and top.head.head.i == trigger.head.i:
        return [top]
    return []
