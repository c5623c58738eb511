"""Per-article entity reasoning on top of spaCy's NER: label fixes, clustering, titles.

spaCy tags mentions one sentence at a time; an analyst wants one entity per real-world
referent in the article. The ``newsmine_entities_v1`` component:

1. keeps named-entity mentions of the kinds analysts count (people, organisations, places,
   groups, works...) and drops those inside excluded ranges (the byline); a person's name
   holds the name only: cut at its first lower-case word ("Trump accused Holt of being a"),
   without headline words at its edge ("Obama Says"), an epithet ("Crooked Hillary
   Clinton") or a title or sports position ("Defender Ana Ruiz" -> "Ana Ruiz", title
   "Defender"); people the recogniser missed are added from a known first name and a
   surname; names in lines of capitals ("MAYOR OKAFOR WINS SECOND TERM") are found by the
   names the rest of the article gives;
2. fixes obvious model slips with curated lists that ship with the package: a capital or a
   country is a place (GPE), a news outlet or agency is an organisation (ORG); a name with a
   person's title and first name, or right after a title or position, is a person ("fire
   chief Marcus Phoenix", "Goalkeeper Jonas Berg"), a newspaper taken for a work ("The Daily
   Ledger") an organisation, a name ending like a club's ("Riverside United") an
   organisation; in sports copy a city the model calls an organisation stays the team, and a
   lone name the sentence goes on to call "they" is a club;
3. clusters mentions: "António Guterres" / "Guterres" / "Mr. Guterres"; "United Nations" /
   "UN"; "The New York Post" / "the Post". A short mention joins the most recent cluster
   whose name contains it; between relatives who share it, it goes to the one an honorific
   fits ("Mrs. Clinton"), then to the one the article names in full first; a surname with an
   honorific no one named in full fits ("Mr. Obama" beside "Michelle Obama") is a person of
   its own, and a bare surname goes to whichever of the two was named last. Relatives are
   never merged; a nickname and the formal first name are one person ("Bill" / "William"),
   and an outlet's informal short forms join it ("WaPo", "HuffPo");
4. makes labels consistent per cluster: a lone "Merkel" tagged ORG that joins
   "Angela Merkel" (PERSON) becomes PERSON, and a person named in full stays a person
   whatever the curated lists or the recogniser said of the short forms ("Michael R.
   Bloomberg" is not the outlet; "Phoenix said" joins a person Phoenix): the surname's
   slips never outvote the full name ("Rahane" tagged PRODUCT six times);
5. collects titles written next to a person ("UN Secretary-General António Guterres",
   "Guterres, the foreign minister, said").

Pronouns and descriptions are added to a cluster's ``references`` later, by the quotes
component, when the speaker resolver (:mod:`newsmine.nlp.speakers`) ties a speaker to it;
a person's gender is read from them and from honorifics by :mod:`newsmine.nlp.gender`.
"""

from __future__ import annotations

import collections
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IS_ALPHA, IS_LOWER, LOWER, ORTH
from spacy.tokens import Doc, Span

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.doc_attrs import in_excluded, register_extensions, token_indices
from newsmine.nlp.pronouns import MALE_PRONOUNS, pronouns_in_own_clause

__all__ = ["ENTITY_LABELS", "EntityCluster", "clean_name", "cluster_entities", "cluster_at"]

register_extensions()

# OntoNotes labels that name things; numbers, money and dates are not entities here (dates
# have their own section of the record).
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "dr.", "dr", "sir", "dame", "lord", "lady"})
_ACRONYM_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "&"})
_TITLE_MODIFIERS = frozenset({"former", "acting", "deputy", "vice", "senior", "interim", "then", "outgoing", "incoming", "assistant", "associate", "foreign", "defense", "defence", "interior", "finance", "health", "prime", "attorney", "press", "general", "state", "house", "white", "secretary", "chief", "executive", "national", "security", "communications", "campaign", "special", "counsel", "majority", "minority", "democratic", "republican", "senate", "supreme", "court", "federal", "u.s.", "us", "un", "eu"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# "Semiconductor maker Veltron", "retailer Brightway": a name right after one of these is a company.
_ORG_DESCRIPTORS = frozenset({
    "maker", "company", "firm", "giant", "group", "startup", "start-up", "retailer", "carrier", "bank", "lender",
    "insurer", "automaker", "carmaker", "chipmaker", "drugmaker", "manufacturer", "operator", "conglomerate",
    "airline", "brand", "platform", "developer", "producer", "supplier", "publisher", "broadcaster", "newspaper",
    "agency", "union", "party", "club", "team", "chain", "fund", "provider", "utility", "exchange", "network",
})
# "the mayor of Lindholm", "residents of Ostra": the name after "of" is a place.
_PLACE_OF_NOUNS = frozenset({
    "mayor", "governor", "city", "town", "village", "residents", "people", "outskirts", "capital", "province",
    "state", "county", "region", "suburb", "suburbs", "centre", "center", "streets", "port", "island", "district",
})


@dataclass(slots=True)
class EntityCluster:
    """One canonical entity of an article: its mentions by name and the pronouns and
    descriptions resolved to it (token spans into the Doc)."""

    label: str
    name: str
    mentions: list[Span]
    titles: list[str] = field(default_factory=list)
    id: str = ""
    references: list[Span] = field(default_factory=list)

    def add_mention(self, span: Span) -> bool:
        """Add a mention by name in text order unless the cluster has it already; whether it was added."""
        return _insert_in_text_order(self.mentions, span)

    def add_reference(self, span: Span) -> bool:
        """Add a pronoun or description resolved to this entity; whether it was added."""
        return _insert_in_text_order(self.references, span)


def _insert_in_text_order(spans: list[Span], span: Span) -> bool:
    # A bisection, not a scan and a sort: pronouns resolved to one person can number thousands.
    position = bisect_right(spans, span.start_char, key=lambda m: m.start_char)
    k = position
    while k > 0 and spans[k - 1].start_char == span.start_char:
        if spans[k - 1].end_char == span.end_char:
            return False
        k -= 1
    spans.insert(position, span)
    return True


def _strip_span(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive: 'the United States's' -> 'United States';
    and the line breaks a tagged name may run into ("Hale\n\n" at a headline's end)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


# Lower-case words that may sit inside a person's name ("Ludwig van Beethoven", "Osama bin Laden").
_NAME_PARTICLES = frozenset({"van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "dos", "das", "ter", "ten", "st."})
# Verb endings that make a reporting verb of a headline word ("Says", "Slams", "Warned").
_VERB_ENDINGS = ("", "s", "es", "d", "ed", "ing")


def _lower_case_words(doc: Doc) -> frozenset[str]:
    """Words the article writes in lower case somewhere: a capitalised one of them at a name's
    edge in a headline is a headline word ("Obama Says", "Trump Speech"), not part of the name."""
    if not len(doc):
        return frozenset()
    array = doc.to_array([IS_LOWER, IS_ALPHA, ORTH])  # one array, not a Token object per word
    mask = (array[:, 0] == 1) & (array[:, 1] == 1)
    return frozenset(doc.vocab.strings[h] for h in set(array[mask, 2].tolist()))


@lru_cache(maxsize=1)
def _reporting_verb_forms() -> frozenset[str]:
    forms = {"said", "told", "wrote", "thought", "spoke", "sought", "saw", "took", "gave", "made", "speech", "interview"}
    for cue in lexicons.load("cues"):
        if " " not in cue:
            stem = cue[:-1] if cue.endswith("e") else cue
            forms.update(cue + ending for ending in _VERB_ENDINGS)
            forms.update(stem + ending for ending in ("ed", "ing"))
    return frozenset(forms)


# Capitalised words that stand before a surname but are never a first name ("Team Clinton",
# "Candidate Sanders"), even when the article never writes them in lower case.
# Also the words of a byline's "Follow Pam Key on Twitter", a "Neither Cruz nor Christie", and
# titles written without their period ("Gov Fallin", "AG Mukasey", "Presidents Obama and Bush").
_NEVER_FIRST_NAMES = frozenset({
    "team", "crooked", "candidate", "nominee", "citizen", "follow", "neither", "either", "both", "gov", "sen",
    "rep", "ag", "atty", "presidents", "senators",
})  # fmt: skip


def _trim_person(span: Span, lower_words: frozenset[str]) -> Span:
    """A person's name without the words the recogniser swept in with it: the rest of a clause
    ("Trump accused Holt of being a" -> "Trump"), a headline verb or noun at the end ("Obama
    Says" -> "Obama") and an epithet before a first name ("Crooked Hillary Clinton")."""
    doc = span.doc
    start, end = span.start, span.end
    for i in range(start + 1, end - 1):
        if doc[i].text in _POSSESSIVE:
            if end - i > 2 and _known_first_name(doc[i + 1].lower_):
                start = i + 1  # "Breitbart’s Joel Pollak": the name after the possessive
            else:
                end = i  # a headline's "Gregory Marlow’s Rivals": the name before it
                break
    for i in range(start + 1, end):
        if doc[i].text.startswith("@"):
            end = i  # "Ian Hanchett @IanHanchett": a handle is not part of the name
            break
    for i in range(start + 1, end):
        tok = doc[i]
        glued = not doc[i - 1].whitespace_ and doc[i - 1].text in ("-", "–")  # "Ban Ki-moon"
        if tok.is_lower and tok.is_alpha and tok.lower_ not in _NAME_PARTICLES and not glued:
            end = i
            break
    verbs = _reporting_verb_forms()
    first_names = _first_names()
    while end - start > 1:
        last = doc[end - 1]
        low = last.lower_
        if end - start == 2 and _first_name_and_word_surname(doc[start], last, verbs, first_names):
            break
        if last.is_punct or ((last.is_title or last.is_upper) and low not in first_names and (low in verbs or low in lower_words) and len(low) > 2):
            end -= 1
        else:
            break
    while end - start > 1:
        # "Top Clinton adviser", "Team Clinton", a headline's "Asserting Clinton": a capitalised
        # word the article writes in lower case elsewhere, before a surname, is no first name
        first = doc[start]
        low = first.lower_
        if (
            first.is_title
            and first.is_alpha
            and len(low) > 2
            and low not in first_names
            and low not in _title_words()
            and low not in _TITLE_MODIFIERS
            and low not in HONORIFICS
            and (low in lower_words or low in verbs or low in _NEVER_FIRST_NAMES or _not_a_name_word(first))
        ):
            start += 1
        else:
            break
    if end - start > 1 and _question_auxiliary(doc[start]):
        start += 1  # "Will Sanders come down?": the question's verb, not a first name
    if end - start >= 3 and doc[start].lower_ not in first_names and doc[start + 1].lower_ in first_names:
        start += 1  # "Crooked Hillary Clinton", "Lyin' Ted Cruz"
        while start < end - 1 and doc[start].is_punct:
            start += 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


_QUESTION_AUXILIARIES = frozenset({"will", "can", "could", "would", "should", "may", "might", "did", "does", "is", "has"})


def _question_auxiliary(token) -> bool:
    """An auxiliary opening a question ("Will Sanders come down off the pique?", "Will Cruz's
    gambit do any better?"), which the recogniser reads as a first name ("Will")."""
    if token.lower_ not in _QUESTION_AUXILIARIES or not token.is_sent_start:
        return False
    return token.sent.text.rstrip().endswith("?")


def _first_name_and_word_surname(first, last, verbs: frozenset[str], first_names: frozenset[str]) -> bool:
    """'Patty Judge', 'Dana Bash', 'Marty Small', 'Donald Trump' in an article that writes
    "trump card": a known first name and a capitalised word in running text are a full name,
    even when the article writes the word in lower case elsewhere. Not in the headline (the
    article's first line), where "Hillary Rally" is a headline's noun, nor a reporting verb or
    a function word ("Bernie Says", "Hillary And")."""
    if first.lower_ not in first_names or not first.is_title or not last.is_title or last.is_stop:
        return False
    if last.lower_ in verbs:
        return False
    headline_end = doc_text(first.doc).find("\n")  # cached per Doc (doc.text walks the tokens)
    return headline_end != -1 and first.idx > headline_end


def _with_surname_after_first_name(span: Span) -> Span:
    """A known first name the recogniser tagged alone, with the capitalised word right after it
    in running text: its surname ("Patty" of "Patty Judge" when the article also writes "a
    judge"). Not a word the recogniser gave another type ("Hillary Tuesday"), a title, a
    reporting verb or a function word, nor at a line break or in the headline."""
    if len(span) != 1 or span.end >= len(span.doc) or span[0].whitespace_ != " ":
        return span
    first, word = span[0], span.doc[span.end]
    if not _known_first_name(first.lower_) or not word.is_alpha or word.is_sent_start:
        return span
    if word.ent_type_ not in ("", "PERSON"):
        return span
    if word.lower_ in _first_names() or word.lower_ in _title_words() or word.lower_ in _TITLE_MODIFIERS:
        return span
    if not _first_name_and_word_surname(first, word, _reporting_verb_forms(), _first_names()):
        return span
    return Span(span.doc, span.start, span.end + 1, label=span.label)


def _pair_of_surnames(span: Span, surnames: collections.Counter[str]) -> bool:
    """'Obama-Clinton' ("Obama-Clinton policies"), each half the surname of another person
    the recogniser found: a pairing of two people, not one double-barrelled name
    ("Ocasio-Cortez" has no person named Ocasio); and a lawsuit ("Trump v. Trump")."""
    if any(token.lower_ in ("v.", "vs.", "v", "vs") for token in span[1:-1]):
        return True
    if len(span) != 3 or span[1].text not in ("-", "–") or span[0].whitespace_ or span[1].whitespace_:
        return False
    first, last = span[0].lower_, span[2].lower_
    return span[0].is_title and span[2].is_title and surnames[first] > 0 and surnames[last] > 1


def _split_at_possessives(ents: tuple[Span, ...], surnames: collections.Counter[str], headline_end: int) -> list[Span]:
    """The recogniser's entities, with an organisation tagged over an owner and what it owns
    split in two: "Fox News Channel’s Hannity" is the outlet and the host, "Obama’s State
    Department" the person and the department. The owner must be a body (an outlet, a name
    ending in an institution's noun) or a surname of the article's people, so that names
    holding a possessive stay whole ("Women’s Media Center", "Emily’s List"). Not in the
    headline, whose capitals make any noun look a name ("Obama’s Initial Briefing")."""
    found: list[Span] = []
    for ent in ents:
        cut = _possessive_cut(ent, surnames) if ent.label_ in _POSSESSIVE_CUT_LABELS and ent.end_char > headline_end else None
        if cut is None:
            found.append(ent)
            continue
        owner_label, owned_label = cut
        doc = ent.doc
        i = next(t.i for t in ent if t.text in _POSSESSIVE)
        found.append(Span(doc, ent.start, i, label=owner_label))
        found.append(Span(doc, i + 1, ent.end, label=owned_label))
    return found


# The labels the recogniser gives an owner and a person together ("Commentary’s Noah Rothman"
# ORG, "New Republic’s Jeet Heer" GPE, "Twitter's Adam Sharp" WORK_OF_ART).
_POSSESSIVE_CUT_LABELS = frozenset({"ORG", "GPE", "WORK_OF_ART", "FAC", "NORP"})


def _possessive_cut(ent: Span, surnames: collections.Counter[str]) -> tuple[str, str] | None:
    """(owner label, owned label) when :func:`_split_at_possessives` splits ``ent``, else None."""
    marks = [t.i for t in ent if t.text in _POSSESSIVE]
    if len(marks) != 1 or not ent.start < marks[0] < ent.end - 1:
        return None
    doc = ent.doc
    owner, owned = doc[ent.start : marks[0]], doc[marks[0] + 1 : ent.end]
    if not (owned[0].is_title or owned[0].is_upper):
        return None
    owner_key = _LEADING_THE_RE.sub("", owner.text.lower())
    owned_person = _owned_person(owned, surnames)
    if owner_key in lexicons.load("outlets") or owner[-1].lower_ in lexicons.load("organisation_nouns"):
        owner_label = "ORG"
    elif len(owner) == 1 and surnames[owner[0].lower_]:
        owner_label = "PERSON"
    elif owned_person:
        # "Commentary’s Noah Rothman", "Boston’s Walsh": whoever the owner, a person named in
        # full (or by a surname of the article's people) after it is a person of the owner's
        owner_label = "GPE" if owner_key in lexicons.load("places") else "ORG"
    else:
        return None
    if ent.label_ != "ORG" and not owned_person:
        return None  # "Clinton’s War on Women" (a title): other tags are split before a person only
    person = _known_first_name(owned[0].lower_) or (len(owned) == 1 and surnames[owned[0].lower_] > 0)
    if not person and len(owned) < 2:
        return None  # "Columbia University’s Institute": the recogniser cut the name short
    return owner_label, "PERSON" if person else "ORG"


def _owned_person(owned: Span, surnames: collections.Counter[str]) -> bool:
    """The part after an owner's possessive is a person: a known first name and one or two
    capitalised words ("Noah Rothman", "Ben Shapiro"), or a surname of the article's people."""
    last = owned[-1].lower_
    if last in _PLACE_AND_BODY_ENDINGS or last in lexicons.load("organisation_nouns"):
        return False  # "Swiss People’s Party", even with a "… Party" tagged a person elsewhere
    if len(owned) == 1:
        return owned[0].is_title and surnames[owned[0].lower_] > 0
    words = [t for t in owned if t.text != "."]
    return (
        len(owned) <= 3
        and _known_first_name(owned[0].lower_)
        and all(t.is_title or (len(t.text) <= 2 and t.text[:1].isupper()) for t in words)
    )


def _headline_common_noun(span: Span, body: str, lower_words: frozenset[str]) -> bool:
    """A headline's capitalised common noun tagged a name ("Hacker who exposed …" above "the
    Romanian hacker who"): one word the body writes in lower case and never capitalised."""
    if len(span) != 1 or span[0].lower_ not in lower_words or _known_first_name(span[0].lower_):
        return False
    return re.search(r"\b" + re.escape(span.text) + r"\b", body) is None


def _gerund_not_name(span: Span) -> bool:
    """A participle opening a sentence tagged a person ("Conceding that …, he warned"): one
    word the parser reads as a verb or the head of an adverbial clause, ending in -ing, and
    not the subject (a surname such as
    "Manning said" is)."""
    word = span[0]
    verb = word.pos_ == "VERB" or word.dep_ == "advcl"  # the clause it opens hangs on the main verb
    return len(span) == 1 and verb and word.lower_.endswith("ing") and word.dep_ not in ("nsubj", "nsubjpass")


def _prefixed_name(span: Span) -> bool:
    """A name with a lower-case prefix glued to it by a hyphen ("pro-Clinton", "anti-Trump"):
    an adjective, which as a "full name" would take the bare surnames of the person."""
    first = span[0]
    return len(span) >= 3 and first.is_lower and not first.whitespace_ and span[1].text in ("-", "–") and not span[1].whitespace_


def _with_rest_of_body_name(span: Span, body_names: frozenset[str]) -> Span:
    """'The Obama White House' tagged a person 'Obama White': the words after a surname and
    the next one make a body the article names elsewhere ("White House"), so the span is
    that body named after the person, an organisation (see :func:`_named_after_a_person`)."""
    doc = span.doc
    if len(span) < 2 or span.end >= len(doc) or not doc[span.end].is_title or span[0].whitespace_ == "":
        return span
    for start in range(span.start + 1, span.end):
        if doc[start : span.end + 1].text.lower() in body_names or doc[start : span.end + 1].text == "White House":
            # (the White House by its own name even when the article names it only so)
            return Span(doc, span.start, span.end + 1, label="ORG")
    return span


def _not_a_name_word(token) -> bool:
    """A capitalised word the tagger reads as a verb, adjective, determiner or the like in
    running text ("Combine Clinton and Sanders’ numbers", "Classic Clinton: optimistic"): not a
    first name. Headlines are left to the body's evidence, their words being tagged badly."""
    return token.pos_ in _NOT_NAME_POS and token.sent.start != 0


# Parts of speech a first name is not given in running text.
_NOT_NAME_POS = frozenset({"VERB", "ADJ", "DET", "CCONJ", "SCONJ", "ADV", "PRON", "AUX", "ADP"})


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words of a person's title or role: 'minister', 'coach', and sports positions ('defender')."""
    return lexicons.load("titles") | lexicons.load("positions")


def _leading_title_end(span: Span) -> int:
    """Where the name starts after title words the recogniser swept into it ("Defender Ana
    Ruiz", "Finance Minister Okonkwo Adeyemi", "Centre Tom Reed"): the token index after the
    run of title words and their modifiers, or ``span.start`` when there is none."""
    titles = _title_words()
    i, has_title = span.start, False
    while i < span.end - 1 and (span.doc[i].lower_ in titles or span.doc[i].lower_ in _TITLE_MODIFIERS):
        has_title = has_title or span.doc[i].lower_ in titles
        i += 1
    if not has_title or not span.doc[i].is_title:
        return span.start
    if span.label_ != "PERSON" and not _titled_person(span.doc[i : span.end]):
        return span.start  # "Justice Department", "General Assembly": not a titled person
    return i


# Titles that are also first names, so not in the titles list ("Dean Baker" is a name).
_TITLES_AS_FIRST_NAMES = frozenset({"dean"})


def _surnames_titled_in_words(doc: Doc) -> dict[str, set[str]]:
    """Surname -> the title words of _TITLES_AS_FIRST_NAMES written beside a person named in
    full with another first name ("Vikram Amar, dean of the law school", "law dean Vikram
    Amar"): a later "Dean Amar" is that person with the title."""
    found: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or ent[0].lower_ in _TITLES_AS_FIRST_NAMES:
            continue
        near = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]]
        if ent.end < len(doc) and doc[ent.end].text == ",":
            near += [t.lower_ for t in doc[ent.end + 1 : ent.end + 4]]
        titles = set(near) & _TITLES_AS_FIRST_NAMES
        if titles:
            found.setdefault(ent[-1].text, set()).update(titles)
    return found


def _title_as_first_name(span: Span, titled_surnames: dict[str, set[str]]) -> bool:
    """'Dean Amar' after 'Vikram Amar, dean of …': a title that is also a first name, before
    the surname of someone the article gave that title in words."""
    if span.label_ != "PERSON" or len(span) != 2 or span[0].lower_ not in _TITLES_AS_FIRST_NAMES:
        return False
    return span[0].lower_ in titled_surnames.get(span[-1].text, ())


def _title_of_the_next_name(span: Span) -> bool:
    """A PERSON tag that ends in a title word right before a person's name tagged on its own:
    'Charlotte Mayor' in 'Charlotte Mayor Jennifer Roberts' (not 'Larry King Live')."""
    doc = span.doc
    return (
        span.label_ == "PERSON"
        and len(span) >= 2
        and span[-1].lower_ in _title_words()
        and span.end < len(doc)
        and doc[span.end].ent_iob_ == "B"  # the name after it is tagged on its own
        and doc[span.end].ent_type_ == "PERSON"
    )


def _listed_place(span: Span) -> bool:
    return " ".join(t.lower_ for t in span) in lexicons.load("places")


def _title_before_a_name(span: Span) -> bool:
    """A lone title or position word the recogniser tagged on its own right before a name
    ("Centre" GPE in "through Centre Tom Reed"): the person's title, not an entity."""
    doc = span.doc
    return (
        len(span) == 1
        and span[0].lower_ in _title_words()
        and span.end < len(doc)
        and doc[span.end].ent_type_ == "PERSON"
    )


def _trim_headline_name(span: Span, body: str, lower_words: frozenset[str]) -> Span:
    """A headline's title-cased words run into the name ("Obama Seeks More"): when the body
    never writes the name so but does write a shorter start of it, that start is the name."""
    doc = span.doc

    def in_body(start: int, end: int) -> bool:
        return re.search(r"\b" + re.escape(doc[start:end].text) + r"\b", body) is not None

    if len(span) < 2 or in_body(span.start, span.end):
        return span
    for end in range(span.end - 1, span.start, -1):
        if in_body(span.start, end):
            return Span(doc, span.start, end, label=span.label)
    # "Moderators Ignore Clinton Scandals", "Backs Trump And Denounces Clinton": the body writes
    # the end of it ("Clinton"); the words before are the headline's when they read as no
    # name (a verb, a word the article writes in lower case) or the body gives that surname
    # a first name of the lists ("Hillary Clinton"); never a first name ("Jana Novak, the
    # harbour master, spoke" on the first line, "Novak said" below)
    first_names = _first_names()
    verbs = _reporting_verb_forms()
    for start in range(span.start + 1, span.end):
        word = doc[start - 1]
        if word.lower_ in first_names:
            break
        if not in_body(start, span.end):
            continue
        tail = re.escape(doc[start : span.end].text)
        named_so = any(m.group(1).lower() in first_names for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + tail + r"\b", body))
        if named_so or word.pos_ != "PROPN" or word.lower_ in lower_words or word.lower_ in verbs:
            return Span(doc, start, span.end, label=span.label)
    return span


# Characters glued to a name's words that are not part of them: a list dash ("-Donald
# Trump leads"), an editor's brackets ("[Hillary] Clinton"), quote marks.
_EDGE_MARKS = "-–—[](){}\"“”‘’'*•"


def _name_tokens(span: Span) -> tuple[str, ...]:
    """Lower-cased tokens of a name without honorifics or punctuation, for matching."""
    words = (
        _fold(t.lower_).replace(".", "").strip(_EDGE_MARKS)
        for t in span
        if t.lower_ not in HONORIFICS and not t.is_punct and t.text not in _POSSESSIVE
    )
    return tuple(w for w in words if w)


def _name_tokens_of_text(text: str) -> tuple[str, ...]:
    """:func:`_name_tokens` of a piece of a token's text ("New York Times" of "Times/CBS")."""
    words = (_fold(w.lower()).replace(".", "").strip(_EDGE_MARKS) for w in text.split())
    return tuple(w for w in words if w and w not in HONORIFICS and w not in {"the", "a", "an"})


def _trim_body_name(span: Span) -> Span:
    """An organisation's name without what the recogniser ran on into: a dash and lower-case
    words ("Tax Policy Center - half of it"), an opening bracket never closed ("Department of
    Transportation (Caltrans"), or a possessive determiner before it ("Its Clinton Health
    Access Initiative")."""
    doc = span.doc
    start, end = span.start, span.end
    if doc[start].lower_ in ("its", "his", "her", "their") and end - start > 1:
        start += 1
    for i in range(start + 1, end):
        dash_then_lower = doc[i].text in ("-", "–", "—") and i + 1 < end and doc[i + 1].is_lower
        open_bracket = doc[i].text == "(" and not any(doc[j].text == ")" for j in range(i, end))
        if dash_then_lower or open_bracket:
            end = i
            break
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


def _outlet_alias(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The name tokens of the outlet an informal short form stands for ("wash post" ->
    ("washington", "post")), or None."""
    canonical = lexicons.load_aliases("outlet_aliases").get(" ".join(tokens))
    return tuple(canonical.lower().split()) if canonical is not None else None


def _fold(word: str) -> str:
    """A word without its diacritics: 'François' and 'Francois' are one name."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _acronym(tokens: tuple[str, ...]) -> str:
    return "".join(t[0] for t in tokens if t and t not in _ACRONYM_STOPWORDS)


def _acronyms(tokens: tuple[str, ...]) -> frozenset[str]:
    """The initials a body goes by: without its small words ("FBI"), or keeping "of" ("DOJ"
    for the Department of Justice, "DOD")."""
    with_of = "".join(t[0] for t in tokens if t and (t == "of" or t not in _ACRONYM_STOPWORDS))
    return frozenset({_acronym(tokens), with_of})


# Government bodies written either way round: "the Justice Department" is the Department
# of Justice, "the Defense Ministry" the Ministry of Defense.
_INVERTIBLE_BODIES = frozenset({"department", "ministry"})


def _inverted_body(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """'Justice Department' for 'Department of Justice'."""
    return len(short) >= 2 and short[-1] in _INVERTIBLE_BODIES and full == (short[-1], "of", *short[:-1])


def _fixed_label(span: Span, known_orgs: frozenset[str] = frozenset(), sports: bool = False) -> str:
    """spaCy's label, corrected with the curated lists and the words around the mention.
    ``sports``: the article is sports copy, where a city's name is often its team's."""
    key = " ".join(t.lower_ for t in span)
    key_no_the = _LEADING_THE_RE.sub("", key)
    if key in lexicons.load("outlets") or key_no_the in lexicons.load("outlets") or key_no_the in known_orgs:
        return "ORG"
    if key in _PLATFORMS:
        return "ORG"  # "Twitter said", which the small model takes for a person
    if span.label_ == "PERSON" and _named_after_a_person(span):
        return "ORG"  # "Obama White House", "Trump University", "Clinton Foundation"
    if len(span) >= 2 and span[-1].lower_ in _CLUB_WORDS and span.label_ in ("GPE", "LOC", "PERSON", "NORP", "FAC"):
        return "ORG"  # "Riverside United", "Harbor Rovers": a club, not a place or a person
    if sports and span.label_ == "PERSON" and _club_not_person(span):
        return "ORG"
    if key in lexicons.load("places") or key_no_the in lexicons.load("places"):
        # "Georgia" the state and the country are both places; "Paris Hilton" is not in the list.
        # In sports copy the model's ORG stands: "Liverpool beat Leeds" are teams.
        return "ORG" if sports and span.label_ == "ORG" else "GPE"
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in HONORIFICS:
        return "PERSON"
    if span.label_ in ("ORG", "GPE", "NORP", "FAC") and _titled_person(span):
        return "PERSON"  # "fire chief Marcus Phoenix", "The fire chief, Marcus Phoenix,"
    if span.label_ in ("WORK_OF_ART", "PRODUCT", "PERSON") and span[-1].lower_ in _NEWSPAPER_WORDS and len(span) >= 2:
        return "ORG"  # "The Daily Ledger", "Harlow Tribune": a newspaper, not a book
    if span.label_ in ("PERSON", "NORP", "LOC", "FAC") and before in _ORG_DESCRIPTORS:
        return "ORG"
    if span.label_ in ("PERSON", "ORG", "NORP") and before == "of" and span.start > 1 and doc[span.start - 2].lower_ in _PLACE_OF_NOUNS:
        return "GPE"
    return span.label_


def _named_after_a_person(span: Span) -> bool:
    """A body named after a person, which the recogniser tags as the person: a surname and an
    institution's noun ("Trump University", "Clinton Foundation", "Obama White House"), with
    no first name before them ("Arsenio Hall" and "Mary Church" stay people)."""
    if len(span) < 2 or _known_first_name(span[0].lower_) or span[0].lower_ in HONORIFICS:
        return False
    words = [t.lower_ for t in span]
    return (
        words[-1] in lexicons.load("organisation_nouns")
        or words[-1] in _COMPANY_ENDINGS
        or words[-2:] == ["white", "house"]
    )


# Last words of the names of committees and companies ("Our Principles PAC", "Acme Inc."),
# which the recogniser sometimes tags as people.
_COMPANY_ENDINGS = frozenset({"pac", "inc", "inc.", "llc", "corp", "corp.", "ltd", "ltd.", "plc"})


# Online platforms, companies whose one-word names the recogniser often takes for people.
_PLATFORMS = frozenset({"twitter", "facebook", "youtube", "instagram", "google", "snapchat", "reddit", "linkedin", "tiktok", "whatsapp", "tumblr"})  # fmt: skip
# Last words of newspaper names, which the recogniser often takes for titles of works.
_NEWSPAPER_WORDS = frozenset({"times", "post", "journal", "herald", "tribune", "gazette", "ledger", "chronicle", "courier", "examiner", "inquirer", "observer", "sentinel", "dispatch", "register", "star-ledger", "bulletin"})


def _titled_person(span: Span) -> bool:
    """A name written with a title word of a person and a first name: 'fire chief Marcus Lee',
    'The fire chief, Marcus Lee,'; or a name of two or three capitalised words right after a
    title: 'Karnataka captain Mayank Agarwal', 'Goalkeeper Jonas Berg'. A company named after
    its founder ('Morgan Stanley') has neither."""
    first = span[0].lower_
    doc = span.doc
    titles = _title_words()
    before = doc[span.start - 1] if span.start > 0 else None
    # "Mayor", "captain", "Goalkeeper" as nouns; not "a major General Assembly vote"
    titled = before is not None and before.lower_ in titles and before.pos_ in ("NOUN", "PROPN") and not _body_name(span)
    if titled and 2 <= len(span) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in span):
        return True
    if first not in _first_names():
        return False
    if first in lexicons.load("places"):
        return False
    if titled:
        return True
    root = span.root
    return root.dep_ == "appos" and root.head.lower_ in titles


# Words of sports copy: an article with several of them reports games, where places' names
# stand for teams and a lone capitalised name may be a club ("Everton said they").
# Words political or business copy also uses ("goal", "match", "season", "club") are not among them.
_SPORTS_WORDS = frozenset({
    "league", "scored", "wicket", "wickets", "innings", "touchdown", "touchdowns", "half-time", "halftime",
    "kick-off", "striker", "strikers", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher",
    "semifinal", "semi-final", "playoff", "playoffs", "derby", "penalty", "header", "equaliser", "equalizer",
})  # fmt: skip
_PLURAL_PRONOUNS = frozenset({"they", "their", "them", "theirs"})
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"})


def _is_sports_copy(lower_words: frozenset[str], doc: Doc) -> bool:
    """Three words of sports copy, two of them different."""
    if len(lower_words & _SPORTS_WORDS) < 2:
        return False
    return sum(1 for t in doc if t.lower_ in _SPORTS_WORDS) >= 3


def _club_not_person(span: Span) -> bool:
    """In sports copy, a lone name tagged PERSON that the sentence goes on to call 'they' and
    never 'he' or 'she' ("Everton said they were disappointed") is a club. A known first name,
    an honorific or a title before it keeps it a person."""
    if len(span) != 1 or span[0].lower_ in _first_names():
        return False
    doc = span.doc
    if span.start > 0 and (doc[span.start - 1].lower_ in HONORIFICS or doc[span.start - 1].lower_ in _title_words()):
        return False
    after = [t.lower_ for t in doc[span.end : span.sent.end]]
    return any(w in _PLURAL_PRONOUNS for w in after) and not any(w in _PERSON_PRONOUNS for w in after)


# Last words of the names of clubs and teams ("Riverside United", "Arsenal FC").
_CLUB_WORDS = frozenset({"fc", "afc", "cf", "sc", "united", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers", "dynamo", "sporting", "olympique"})


def _body_name(span: Span) -> bool:
    """A name that ends like an organisation's or a club's ("Acme Group", "Riverside United")."""
    last = span[-1].lower_
    return last in _CLUB_WORDS or last in lexicons.load("organisation_nouns") or last in _ORG_DESCRIPTORS


@dataclass(slots=True)
class _Candidate:
    span: Span
    label: str
    tokens: tuple[str, ...]
    # The surname a lone first name shares with the name after "and" ("Khizr and Ghazala Khan").
    written_surname: str | None = None


# The generic last word of a pollster's name that articles drop before "poll" ("a Quinnipiac
# poll" for "Quinnipiac University", "a Marist poll" for "Marist College").
_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "polling"})
_POLLSTER_ENDINGS = frozenset({"university", "college", "reports", "institute", "polling", "poll", "research", "inc", "corp", "group"})  # fmt: skip


# Short forms of first names news use for people whose full names also appear ("Bill
# Clinton" / "William Jefferson Clinton", "Jeb Bush" / "John Ellis Bush", "Ted Cruz" /
# "Rafael Edward Cruz"): the nickname and the formal name are one first name for clustering.
_NICKNAMES = {
    "bill": "william", "billy": "william", "will": "william", "willie": "william", "bob": "robert",
    "bobby": "robert", "rob": "robert", "bernie": "bernard", "jeb": "john", "jack": "john", "johnny": "john",
    "mike": "michael", "jim": "james", "jimmy": "james", "joe": "joseph", "dick": "richard", "rick": "richard",
    "tom": "thomas", "ted": "edward", "ed": "edward", "chris": "christopher", "dan": "daniel", "dave": "david",
    "liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth", "kate": "katherine", "tony": "anthony",
    "nick": "nicholas", "steve": "steven", "newt": "newton", "chuck": "charles", "charlie": "charles",
    "larry": "lawrence", "jerry": "gerald", "ben": "benjamin", "sam": "samuel", "andy": "andrew",
    "pete": "peter", "ron": "ronald", "don": "donald", "greg": "gregory", "matt": "matthew", "tim": "timothy",
    "ken": "kenneth", "kenny": "kenneth", "sandy": "sandra", "mitch": "mitchell", "alex": "alexander",
    "fred": "frederick", "becky": "rebecca", "jenny": "jennifer", "abby": "abigail", "sue": "susan",
}  # fmt: skip


def _formal_names(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name tokens with the first name in its formal form ("bill" -> "william")."""
    return (_NICKNAMES.get(tokens[0], tokens[0]), *tokens[1:]) if tokens else tokens


def _nickname_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """'Bill Clinton' for 'William Jefferson Clinton' (or 'William Clinton'): same surname,
    the first name a nickname of the other's, the rest of the words among its words."""
    if len(short) < 2 or len(short) > len(full) or short[-1] != full[-1] or short[0] == full[0]:
        return False
    formal = _formal_names(short)
    return formal[0] == _formal_names(full)[0] and set(formal) <= set(_formal_names(full))


# Generational suffixes: "Donald Trump Jr." is Mr. Trump, "Joseph R. Biden Jr." is Biden.
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _surname(tokens: tuple[str, ...]) -> str:
    """The last name of a name's tokens, before a generational suffix ("jr")."""
    if len(tokens) >= 3 and tokens[-1] in _NAME_SUFFIXES:
        return tokens[-2]
    return tokens[-1]


def _joins(short: _Candidate, cluster_tokens: tuple[str, ...], cluster_label: str) -> bool:
    """Whether a shorter mention can be a short form of a cluster's name."""
    toks = short.tokens
    if cluster_label == "PERSON" and short.label == "PERSON" and _nickname_form(toks, cluster_tokens):
        return True
    if not toks or len(toks) >= len(cluster_tokens):
        return False
    if cluster_label == "PERSON":
        # "Guterres" or "António" for "António Guterres"; "Hillary Clinton" for "Hillary Rodham Clinton".
        if short.label in ("EVENT", "LAW"):
            # "Pelosi" tagged an event, "Icahn" a law: the surname alone of a person named in full
            return len(toks) == 1 and toks[0] == _surname(cluster_tokens) and short.span[0].is_title
        if short.label not in ("PERSON", "ORG", "NORP", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "FAC"):
            return False
        if short.label == "GPE" and " ".join(toks) in lexicons.load("places"):
            # "Phoenix" is the city, unless the article names a person Phoenix and this one
            # acts or speaks ("Phoenix said"): then it is the person's surname.
            acting = short.span.root.dep_ in ("nsubj", "nsubjpass", "poss")
            return len(toks) == 1 and toks[0] == _surname(cluster_tokens) and acting
        if len(toks) == 1:
            return toks[0] in (cluster_tokens[0], _surname(cluster_tokens))
        return toks[-1] == cluster_tokens[-1] and set(toks) <= set(cluster_tokens)
    if (
        short.label == "PERSON"
        and len(toks) == 1
        and len(cluster_tokens) == 2
        and toks[0] == cluster_tokens[-1]
        and _known_first_name(cluster_tokens[0])
    ):
        return True  # "Fiorina said" joins "Carly Fiorina", which the model called an organisation
    if short.label != cluster_label and not (short.label in _NAME_LABELS and cluster_label in _NAME_LABELS):
        return False
    if len(toks) == 1 and len(toks[0]) >= 2 and toks[0] in _acronyms(cluster_tokens):
        return True  # "UN" -> "United Nations", "FBI" -> "Federal Bureau of Investigation", "DOJ"
    if cluster_label == "ORG" and _inverted_body(toks, cluster_tokens):
        return True  # "the Justice Department" -> "Department of Justice"
    if (
        cluster_label == "ORG"
        and len(toks) == 1
        and len(cluster_tokens) == 2
        and toks[0] == cluster_tokens[0]
        and cluster_tokens[1] in _POLLSTER_ENDINGS
        and short.span.end < len(short.span.doc)
        and short.span.doc[short.span.end].lower_ in _POLL_WORDS
    ):
        return True  # "a Quinnipiac poll" -> "Quinnipiac University" (never "Trump" -> "Trump University")
    if cluster_label == "ORG" and len(toks) == 1 and cluster_tokens == (toks[0], "news"):
        return True  # "NBC" -> "NBC News", "Fox" -> "Fox News": the network by its short name
    if cluster_label in ("ORG", "FAC") and short.label == cluster_label:
        # "the Post" -> "The New York Post": a trailing part of the name.
        n = len(toks)
        return cluster_tokens[-n:] == toks
    return False


def _titles_before(span: Span) -> str | None:
    """A title written right before a person's name: 'UN Secretary-General' in
    'UN Secretary-General António Guterres'."""
    doc = span.doc
    titles = _title_words()
    i = span.start - 1
    start = span.start
    has_title_word = False
    while i >= 0:
        tok = doc[i]
        low = tok.lower_
        if low in HONORIFICS:
            break
        glued_hyphen = tok.text in {"-", "–"} and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_
        if low in titles:
            has_title_word = True
        elif glued_hyphen or low in _TITLE_MODIFIERS:
            pass
        elif tok.ent_type_ in ("ORG", "GPE", "NORP") and tok.pos_ in ("PROPN", "ADJ", "NOUN"):
            pass  # "UN", "U.S.", "Democratic" in "U.S. Sen.", "Democratic nominee"
        elif tok.is_title and tok.pos_ == "PROPN" and tok.ent_type_ == "" and i == span.start - 1:
            pass  # "Sen." tagged as a name piece
        elif tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ") and i + 1 < span.start and doc[i + 1].lower_ in titles:
            pass  # "Transport Minister", "Finance Minister"
        else:
            break
        start = i
        i -= 1
    if not has_title_word or start == span.start:
        return None
    # Do not start on a connector or modifier that belongs to the sentence ("said former").
    while start < span.start and doc[start].lower_ in {"-", "–", "the", "a"}:
        start += 1
    text = doc[start : span.start].text.strip()
    return text or None


def _title_before_comma(span: Span) -> str | None:
    """'Kenya's environment minister, Amina Odhiambo,' -> 'Kenya's environment minister'.

    spaCy often attaches such a name as an appositive of the wrong word ('The mayor of
    Lindholm, Erik Sand' -> appos of 'Lindholm'), so this reads the words instead: a short
    noun phrase holding a title word, right before a comma right before the name.
    """
    doc = span.doc
    comma = span.start - 1
    if comma < 1 or doc[comma].text != "," or doc[comma].sent.start > comma - 1:
        return None
    sent_start = doc[comma].sent.start
    start = comma
    while start > sent_start and comma - start < 8:
        tok = doc[start - 1]
        if tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or (tok.is_punct and tok.text not in ("-", "–")) or tok.is_quote:
            break
        start -= 1
    words = doc[start:comma]
    titles = _title_words()
    if not len(words) or not any(t.lower_ in titles for t in words) or words[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    if all(t.ent_type_ == "PERSON" for t in words if t.lower_ not in ("the", "a", "an")):
        return None  # a list of names ("Ana Ruiz, Erik Sand"), not a title
    while start < comma and doc[start].lower_ in {"the", "a", "an", "their", "its", "his", "her", "our"}:
        start += 1
    return doc[start:comma].text or None


def _appositive_title(span: Span) -> str | None:
    """'Guterres, the UN secretary-general, said' -> 'UN secretary-general'."""
    head = span.root
    titles = _title_words()
    for child in head.children:
        if child.dep_ != "appos" or child.i < span.end:
            continue
        sub = list(child.subtree)
        if len(sub) > 8 or child.ent_type_ == "PERSON":
            continue
        if not any(t.lower_ in titles for t in sub):
            continue
        start = sub[0].i
        end = sub[-1].i + 1
        while start < end and span.doc[start].lower_ in {"the", "a", "an", ","}:
            start += 1
        while end > start and span.doc[end - 1].is_punct:
            end -= 1
        text = span.doc[start:end].text
        return text or None
    return None


# Labels the recogniser gives a titled person's name ("Goalkeeper Tom Brandt" ORG).
_TITLED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT"})


def _mention_candidates(doc: Doc, *, add_missed_names: bool) -> list[_Candidate]:
    """The article's mentions by name, each cut to the name and labelled, that
    :func:`~newsmine.nlp.entities.clustering.cluster_entities` clusters (see it for
    ``add_missed_names``)."""
    known_orgs = frozenset(_LEADING_THE_RE.sub("", name.lower()) for name in (doc._.newsmine_known_orgs or ()))
    candidates: list[_Candidate] = []
    lower_words = _lower_case_words(doc)
    text = doc_text(doc)  # doc.text walks the tokens in Python; this reads one array
    headline_end = len(text.split("\n", 1)[0])  # characters
    sports = _is_sports_copy(lower_words, doc)
    ents = doc.ents  # spaCy builds the spans anew on every read
    surnames = collections.Counter(ent[-1].lower_ for ent in ents if ent.label_ == "PERSON")
    body_names = frozenset(ent.text.lower() for ent in ents if ent.label_ in ("ORG", "FAC") and len(ent) >= 2)
    titled_surnames = _surnames_titled_in_words(doc)
    for ent in _split_at_possessives(ents, surnames, headline_end):
        if ent.label_ not in ENTITY_LABELS:
            continue
        span = _strip_span(ent)
        if span.label_ == "PERSON" and _pair_of_surnames(span, surnames):
            continue  # "Obama-Clinton policies", "the Trump-Pence ticket": two people, no name
        if span.label_ in ("PERSON", "ORG") and _prefixed_name(span):
            continue  # "pro-Clinton voters", "anti-Trump groups": about a person, not a name
        if span.label_ == "PERSON":
            span = _with_rest_of_body_name(span, body_names)  # "The Obama White| House"
        name_start = _leading_title_end(span) if span.label_ in _TITLED_LABELS else span.start
        if name_start == span.start and _title_as_first_name(span, titled_surnames):
            name_start = span.start + 1  # "Dean Amar" after "Vikram Amar, dean of the law school"
        if name_start > span.start:
            # The title stays in the text before the name, where _titles_before finds it.
            span = Span(doc, name_start, span.end, label="PERSON")
        elif _title_of_the_next_name(span):
            # "Charlotte Mayor Jennifer Roberts" with "Charlotte Mayor" tagged PERSON: the words
            # before the title say where or whose the title is; the other mentions of them decide.
            if not _listed_place(span[:-1]):
                continue
            span = Span(doc, span.start, span.end - 1, label="GPE")
        after_person = _named_after_a_person(span) and (surnames[span[0].lower_] or span[-1].lower_ == "house")
        if span.label_ == "PERSON" and not after_person:
            # "The Obama White House" beside "Barack Obama" keeps "House" (a body named after a
            # person of the article, or a White House of any president); "Dish Network" is
            # trimmed as before
            span = _with_surname_after_first_name(span)  # "Patty" of "Patty Judge"
            span = _strip_span(_with_apostrophe_surname(_trim_person(span, lower_words)))  # "Twitter\xa0@handle"
        if span.label_ in ("PERSON", "ORG", "WORK_OF_ART") and span.end_char <= headline_end:
            span = _strip_span(_trim_headline_name(span, text[headline_end:], lower_words))  # "Donald Trump’s"
            if _headline_common_noun(span, text[headline_end:], lower_words):
                continue
        if span.label_ == "PERSON" and _gerund_not_name(span):
            continue
        if in_excluded(doc, span.start_char, span.end_char) or not any(c.isupper() or c.isdigit() for c in span.text):
            continue  # names are capitalised: a lower-case "entity" ("n’t") is a model slip
        if span.label_ in ("ORG", "FAC", "WORK_OF_ART"):
            span = _strip_span(_trim_body_name(span))  # "Tax Policy Center - half", "(Caltrans"
        tokens = _name_tokens(span)
        if not tokens or _title_before_a_name(span):
            continue
        if span.label_ == "ORG" and _first_of_joint_name(span.text) != span.text:
            # "a New York Times/CBS News poll": two pollsters, the gold's first named member
            tokens = _name_tokens_of_text(_first_of_joint_name(span.text)) or tokens
        outlet = _outlet_alias(tokens)
        if outlet is not None:
            # "WaPo", "Wash Post", "HuffPo": one outlet with its full name, whatever the tag
            candidates.append(_Candidate(span, "ORG", outlet))
            continue
        candidates.append(_Candidate(span, _fixed_label(span, known_orgs, sports), tokens))
    _people_by_honorific(doc, candidates)  # before the surnames the recogniser missed are looked for
    if add_missed_names:
        candidates.extend(_missed_people(doc, candidates, lower_words, text))
        candidates.extend(_missed_surnames(doc, candidates))
        candidates.extend(_missed_places(doc, candidates))
        candidates = _with_missed_outlets(doc, candidates)
        candidates = _with_missed_committees(doc, candidates, lower_words)
    candidates = _with_caps_line_names(doc, text, candidates)
    _share_surnames(candidates)
    return candidates


def cluster_entities(doc: Doc, *, add_missed_names: bool = True) -> list[EntityCluster]:
    """Cluster the document's named-entity mentions into canonical entities; with
    ``add_missed_names``, people and places the recogniser missed are added from the curated
    first names and places and from the surnames of people it found."""
    candidates = _mention_candidates(doc, add_missed_names=add_missed_names)
    text = doc_text(doc)  # cached per Doc by _mention_candidates' read

    # Longer names first found clusters; shorter forms then join the most recent compatible
    # cluster mentioned before them (or the nearest after, for a name given late).
    # A surname with an honorific goes before the bare ones: "Mr. Obama" that no Obama named
    # in full fits (only "Michelle Obama" is) founds a person of its own, whom a bare "Obama"
    # can then join.
    order = sorted(
        range(len(candidates)),
        key=lambda k: (-len(candidates[k].tokens), _honorific_gender(candidates[k].span) is None, candidates[k].span.start),
    )
    clusters = _ClusterBuilder(candidates, text)
    for k in order:
        cand = candidates[k]
        exact = clusters.by_name.get(cand.tokens)
        if exact is not None and not _gender_fits(cand, exact):
            exact = None  # "Mr. Trump" after "Ms. Trump's speech" founded a "Trump" of her own
        matches = [c for c in clusters.could_join(cand) if _joins(cand, c.tokens, clusters.label(c)) and _gender_fits(cand, c)]
        if exact is not None and len(cand.tokens) == 1 and clusters.label(exact) == "PERSON" and matches:
            # "Obama" between the president known only by "Mr. Obama" and "Michelle Obama": the
            # one named most recently ("Ms. Trump" founds no claim on every later "Trump"); before
            # either, not the one the article introduces in full later ("As President Obama …")
            others = [c for c in matches if c is not exact]
            named_before = any(c.starts[0] < cand.span.start for c in (exact, *others))
            if named_before:
                clusters.add(clusters.nearest(cand, [exact, *others]), k)
            else:
                # a headline's "Trump" before anyone is named: the one the article names
                # most ("Mr. Trump" throughout, not his wife's one "Ms. Trump")
                clusters.add(max((exact, *others), key=lambda c: len(c.members)), k)
            continue
        if exact is not None:
            clusters.add(exact, k)
            continue
        if matches:
            clusters.add(clusters.nearest(cand, matches), k)
        else:
            clusters.found(k)

    result = []
    for cluster in clusters.clusters:
        name_tokens, members = cluster.tokens, cluster.members
        members.sort(key=lambda k: candidates[k].span.start)
        label = clusters.label(cluster)  # a tie goes to the label of the earliest mention
        spans = [candidates[k].span for k in members]
        if label == "PERSON" and any(_nickname_form(candidates[k].tokens, name_tokens) for k in members):
            # "Jeb Bush … John Ellis Bush": named as the article first names the person in full
            name_tokens = next(
                candidates[k].tokens for k in members
                if candidates[k].tokens == name_tokens or _nickname_form(candidates[k].tokens, name_tokens)
            )
        name = _canonical_name(spans, name_tokens)
        shared = [candidates[k] for k in members if candidates[k].written_surname and candidates[k].tokens == name_tokens]
        if shared and not any(_name_tokens(span) == name_tokens for span in spans):
            name = f"{clean_name(shared[0].span.text)} {shared[0].written_surname}"  # "Khizr Khan", named so nowhere
        titles: list[str] = []
        if label == "PERSON":
            for span in spans:
                for title in (_titles_before(span), _title_before_comma(span), _appositive_title(span)):
                    if title and title.lower() not in (t.lower() for t in titles):
                        titles.append(title)
        result.append(EntityCluster(label=label, name=name, mentions=spans, titles=titles))
    result.sort(key=lambda c: c.mentions[0].start_char)
    for number, cluster in enumerate(result, start=1):
        cluster.id = f"E{number}"
    return result


# A line of capitals ("MAYOR OKAFOR WINS SECOND TERM"): three words or more and no lower
# case (a dateline "WASHINGTON (AP) —" is not one).
_CAPS_LINE_RE = re.compile(r"^(?=(?:[^\n]*?[A-Z]{2,}\b){3})[^a-z\n]+$", re.MULTILINE)
_LONGEST_NAME = 6  # tokens


def _with_caps_line_names(doc: Doc, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Names in lines written in capitals, found by the names of the rest of the article.

    The recogniser reads an all-caps headline badly: it misses the names ("MAYOR OKAFOR WINS
    SECOND TERM") or tags runs of words. Every name the body gives (and a person's surname)
    is looked for in such a line, case aside, and takes the body's label; the recogniser's
    own tags there stand only where they are such a name."""
    lines = [(m.start(), m.end()) for m in _CAPS_LINE_RE.finditer(text)]
    if not lines:
        return candidates

    def in_caps_line(span: Span) -> bool:
        return any(start <= span.start_char and span.end_char <= end for start, end in lines)

    # The curated lists' places and outlets stand in a caps line too ("CHINA", "REUTERS").
    listed = lexicons.load("places") | lexicons.load("outlets")
    body = [cand for cand in candidates if not in_caps_line(cand.span)]
    kept = [cand for cand in candidates if in_caps_line(cand.span) and " ".join(cand.tokens) in listed]
    known: dict[tuple[str, ...], str] = {}
    for cand in body:
        known.setdefault(cand.tokens, cand.label)
        if cand.label == "PERSON" and len(cand.tokens) >= 2:
            known.setdefault(cand.tokens[-1:], "PERSON")  # "OKAFOR" for Linda Okafor
    found = []
    for start, end in lines:
        line = doc.char_span(start, end, alignment_mode="expand")
        if line is None:
            continue
        i = line.start
        while i < line.end:
            match = None
            for j in range(min(line.end, i + _LONGEST_NAME), i, -1):
                tokens = tuple(t.lower_.replace(".", "") for t in doc[i:j])
                if tokens in known and doc[i].is_alpha:
                    match = j
                    break
            if match is None:
                i += 1
                continue
            span = Span(doc, i, match, label=known[tokens])
            if not in_excluded(doc, span.start_char, span.end_char) and not any(c.span.start == i for c in kept):
                found.append(_Candidate(span, known[tokens], tokens))
            i = match
    return body + kept + found


# Last words of names of places and bodies that start with a first name ("Rose Bowl").
_PLACE_AND_BODY_ENDINGS = frozenset({
    "foundation", "bowl", "institute", "center", "centre", "university", "college", "street", "avenue", "park",
    "hall", "square", "bridge", "river", "county", "city", "school", "library", "museum", "award", "prize", "act",
})  # fmt: skip


# Two capitalised words in a row: where a missed "First Last" name can be.
_TWO_NAMES_RE = re.compile(r"\b(?=([A-Z][a-z]+)[ \t]+([A-Z][\w’'-]*[a-z]))")  # overlapping: "Mayor Ana Ruiz"


def _missed_people(doc: Doc, candidates: list[_Candidate], lower_words: frozenset[str], text: str) -> list[_Candidate]:
    """People the recogniser missed, written as a known first name and a capitalised surname
    ("Mayor Ana Ruiz said"). A first name that is also a place ("Virginia Beach") or a word
    before another name ("Jordan River Road") is left alone."""
    female, male = lexicons.load("first_names_female"), lexicons.load("first_names_male")
    places, outlets = lexicons.load("places"), lexicons.load("outlets")
    taken: set[int] | None = None
    found = []
    end = -1
    for match in _TWO_NAMES_RE.finditer(text):
        word = match.group(1).lower()
        # a known first name, or any first word before a surname of the "O’Keeffe" shape
        apostrophe = _APOSTROPHE_SURNAME.match(match.group(2)) is not None and word not in lower_words
        if match.start() < end or (word not in female and word not in male and not apostrophe) or word in places:
            continue
        span = doc.char_span(match.start(1), match.end(2), alignment_mode="expand")
        if span is None or len(span) != 2 or span[0].text.lstrip(_EDGE_MARKS) != match.group(1):
            continue  # ("-Todd Rogers and …": a list dash glued to the first name is one token)
        first, last = span[0], span[1]
        if taken is None:  # built only for articles with a candidate
            taken = {i for cand in candidates for i in range(cand.span.start, cand.span.end)}
            for ent in doc.ents:
                taken.update(range(ent.start, ent.end))
        if (
            (last.pos_ != "PROPN" and not apostrophe)
            or first.i in taken
            or last.i in taken
            or last.lower_ in places
            or last.lower_ in outlets
            or last.lower_ in lower_words  # "Zoe Questioned", "Graham Endorsement": a headline's word
            or last.lower_ in _PLACE_AND_BODY_ENDINGS
            or (last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN" and doc[last.i + 1].is_title)
            or in_excluded(doc, first.idx, last.idx + len(last))
        ):
            continue
        found.append(_Candidate(Span(doc, first.i, last.i + 1, label="PERSON"), "PERSON", _name_tokens(span)))
        end = match.end(2)
    return found


# A surname with an apostrophe ("O’Keeffe", "D’Souza"), which the recogniser often leaves
# out of the name before it and tags as a common noun at a sentence start.
_APOSTROPHE_SURNAME = re.compile(r"^[A-Z][’'][A-Z][a-z]+$")


def _with_apostrophe_surname(span: Span) -> Span:
    """'Kemal O’Keeffe' with only "Kemal" tagged: the surname right after joins the name."""
    doc = span.doc
    if span.end >= len(doc) or not span[-1].whitespace_:
        return span
    after = doc[span.end]
    if after.ent_type_ or not _APOSTROPHE_SURNAME.match(after.text):
        return span
    return Span(doc, span.start, span.end + 1, label=span.label_)


def _missed_surnames(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """Later mentions of a person by surname that the NER missed ("Hale cautioned ...")."""
    surnames: dict[str, str] = {}
    for cand in candidates:
        if (cand.label == "PERSON" and len(cand.tokens) >= 2) or _first_named_body(cand):
            last = cand.span[-1]
            if last.is_title and len(last.text) > 2:
                surnames[last.text] = last.text
    if not surnames:
        return []
    taken = {i for cand in candidates for i in range(cand.span.start, cand.span.end)}
    for ent in doc.ents:
        taken.update(range(ent.start, ent.end))
    found = []
    for i in token_indices(doc, ORTH, surnames):
        token = doc[i]
        if i in taken or (token.pos_ != "PROPN" and not _APOSTROPHE_SURNAME.match(token.text)):
            continue
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        if any(n.pos_ == "PROPN" and n.lower_ not in HONORIFICS for n in neighbours):
            continue  # part of another name ("Hale Street", "Nathan Hale")
        if in_excluded(doc, token.idx, token.idx + len(token)):
            continue
        span = Span(doc, token.i, token.i + 1, label="PERSON")
        found.append(_Candidate(span, "PERSON", _name_tokens(span)))
    return found


# Places in the list that are also common first names or words: never added when the
# model did not tag them ("Jordan said", "Chad Smith", "Victoria").
_AMBIGUOUS_PLACES = frozenset({
    "jordan", "chad", "victoria", "georgia", "washington", "male", "kingston", "georgetown", "santiago", "lima",
    "sofia", "austin", "phoenix", "victoria", "niger", "turkey", "guinea", "china", "israel", "america", "us",
    "vatican", "luxembourg", "monaco", "djibouti", "kuwait", "panama", "mexico", "singapore", "georgia", "paris",
})


@lru_cache(maxsize=1)
def _places_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for place in lexicons.load("places"):
        if place in _AMBIGUOUS_PLACES:
            continue
        words = tuple(place.split())
        index.setdefault(words[0], []).append(words)
    for entries in index.values():
        entries.sort(key=len, reverse=True)
    return index


@lru_cache(maxsize=1)
def _place_first_words() -> frozenset[str]:
    return frozenset(_places_by_first_word())


def _missed_places(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """Capitals, countries and states from the curated list that the NER did not tag."""
    taken = {i for cand in candidates for i in range(cand.span.start, cand.span.end)}
    for ent in doc.ents:
        taken.update(range(ent.start, ent.end))
    index = _places_by_first_word()
    found = []
    resume = 0  # a place found ends here: the next one starts after it
    for i in token_indices(doc, LOWER, _place_first_words()):
        token = doc[i]
        if i < resume or not (token.is_title or token.is_upper):
            continue
        match = None
        for words in index[token.lower_]:
            end = i + len(words)
            if end <= len(doc) and all(doc[j].lower_ == w for j, w in zip(range(i, end), words)):
                match = end
                break
        if match is None or any(j in taken for j in range(i, match)):
            continue
        neighbours = [doc[j] for j in (i - 1, match) if 0 <= j < len(doc)]
        if any(n.pos_ == "PROPN" and (n.is_title or n.is_upper) for n in neighbours):
            resume = match
            continue  # part of a longer name ("Kyiv Independent", "New Lindholm")
        if not in_excluded(doc, doc[i].idx, doc[match - 1].idx + len(doc[match - 1])):
            span = Span(doc, i, match, label="GPE")
            found.append(_Candidate(span, "GPE", _name_tokens(span)))
        resume = match
    return found


@lru_cache(maxsize=1)
def _outlets_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    """The curated outlets of two words or more ("Washington Post", "New Hampshire Union
    Leader") and the informal short forms ("HuffPo"), by first word, longest first. One-word
    outlets are left out ("Time", "Fortune" and "Slate" are also words) unless listed with
    "the" ("The Advocate"), which then has to be written."""
    names = {re.sub(r"^the\s+(?=\S+\s)", "", name) for name in lexicons.load("outlets")}
    names |= set(lexicons.load_aliases("outlet_aliases"))
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(name.split())
        if len(words) >= 2 or name in lexicons.load_aliases("outlet_aliases"):
            index.setdefault(words[0], []).append(words)
    for entries in index.values():
        entries.sort(key=len, reverse=True)
    return index


def _with_missed_outlets(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """Curated outlets the recogniser missed or cut ("The Washington Post gave", "HuffPo
    reported", "New Hampshire Union Leader" tagged as a place and an organisation): the
    outlet's whole name replaces the pieces it holds."""
    index = _outlets_by_first_word()
    found: list[Span] = []
    resume = 0
    for i in token_indices(doc, LOWER, frozenset(index)):
        token = doc[i]
        if i < resume or not (token.is_title or token.is_upper or any(c.isupper() for c in token.text[1:])):
            continue
        match = None
        for words in index[token.lower_]:
            end = i + len(words)
            if end <= len(doc) and all(doc[j].lower_ == w and doc[j].text[:1].isupper() for j, w in zip(range(i, end), words)):
                match = end
                break
        if match is None:
            continue
        resume = match
        if token.lower_ == "the":
            if doc[i + 1].pos_ != "PROPN":
                continue  # "The Nation" the magazine, not "the nation"
            i += 1
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.is_title and before.lower_ != "the":
            continue  # part of a longer name
        if not in_excluded(doc, token.idx, doc[match - 1].idx + len(doc[match - 1])):
            found.append(Span(doc, i, match, label="ORG"))
    if not found:
        return candidates
    kept = [
        cand for cand in candidates
        if not any(s.start <= cand.span.start and cand.span.end <= s.end for s in found)
    ]  # fmt: skip
    for span in found:
        if any(c.span.start < span.end and span.start < c.span.end for c in kept):
            continue  # a longer name holds it ("Washington Post Co.")
        tokens = _name_tokens(span)
        kept.append(_Candidate(span, "ORG", _outlet_alias(tokens) or tokens))
    return kept


_ARTICLES = frozenset({"the", "a", "an"})


def _with_missed_committees(doc: Doc, candidates: list[_Candidate], lower_words: frozenset[str]) -> list[_Candidate]:
    """Committees and companies the recogniser missed or cut, written as capitalised words
    before "PAC", "Inc." or "LLC" ("The ads come from Our Principles PAC", "Neighbors First
    PAC" tagged as "PAC" alone, which then joined another PAC). A sentence's capitalised
    first word belongs to the name only where the article writes the name so inside a
    sentence ("Our Principles PAC, which …" after "from Our Principles PAC") or where it is
    no word the article writes in lower case and the tagger reads as a name."""
    owner = {i: k for k, cand in enumerate(candidates) for i in range(cand.span.start, cand.span.end)}
    found: list[tuple[int, int]] = []
    for i in token_indices(doc, LOWER, _COMPANY_ENDINGS):
        if not doc[i].text[:1].isupper() or (i in owner and candidates[owner[i]].span.end != i + 1):
            continue  # "PAC" inside a longer name
        start = candidates[owner[i]].span.start if i in owner else i  # "Tall PAC" of "Stand Tall PAC"
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and start - 1 not in owner:
            if doc[start - 1].lower_ in _ARTICLES or doc[start - 1].whitespace_ == "":
                break
            start -= 1
        if start < i:
            found.append((start, i + 1))
    inside = {doc[start:end].text for start, end in found if not doc[start].is_sent_start}
    replaced: set[int] = set()
    committees = []
    for start, end in found:
        first = doc[start]
        if first.is_sent_start and doc[start:end].text not in inside and (first.lower_ in lower_words or first.pos_ != "PROPN"):
            start += 1  # "Yesterday Acme Inc. said": the capital may be the sentence's
        if start < end - 1 and not in_excluded(doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
            span = Span(doc, start, end, label="ORG")
            committees.append(_Candidate(span, "ORG", _name_tokens(span)))
            replaced.update(owner[i] for i in range(start, end) if i in owner)
    return [cand for k, cand in enumerate(candidates) if k not in replaced] + committees


def _share_surnames(candidates: list[_Candidate]) -> None:
    """'Khizr and Ghazala Khan', 'Bill and Hillary Clinton': a lone first name joined by "and"
    to a person named in full shares that person's surname, and is named with it (the gold's
    "Khizr Khan"), not clustered as a person called "Khizr". A word that is some person's
    surname in the article ("Obama and Hillary Clinton") keeps its own name."""
    people = {c.span.start: c for c in candidates if c.label == "PERSON"}
    surnames = {_surname(c.tokens) for c in people.values() if len(c.tokens) >= 2}
    for cand in people.values():
        span, doc = cand.span, cand.span.doc
        if len(cand.tokens) != 1 or cand.tokens[0] in surnames or span.end + 1 >= len(doc):
            continue
        if span.start > 0 and doc[span.start - 1].lower_ in HONORIFICS:
            continue  # "Mr. Lee and Ana Ruiz": a surname
        partner = people.get(span.end + 1)
        if doc[span.end].lower_ not in ("and", "&") or partner is None or len(partner.tokens) != 2:
            continue
        if partner.tokens[0] == cand.tokens[0]:
            continue
        if not (_known_first_name(cand.tokens[0]) or span[-1].head.i == partner.span.end - 1):
            continue  # "Cruz and Marco Rubio": a first name by the lists, or by the parse (a modifier of "Khan")
        cand.tokens = (cand.tokens[0], partner.tokens[1])
        cand.written_surname = partner.span[-1].text


# Honorifics as written before a surname ("Mr. Prasad"); the lower-case HONORIFICS are for LOWER.
_WRITTEN_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr"})
# Labels the recogniser gives a person's unfamiliar name ("Eswar Prasad" ORG).
_PERSON_SLIP_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})


def _people_by_honorific(doc: Doc, candidates: list[_Candidate]) -> None:
    """'Eswar Prasad, a professor …' tagged an organisation, and 'Mr. Prasad' later: a name of
    two or three capitalised words, none of which ends a body's name, whose last word the
    article writes after Mr./Ms./Dr. is a person's (relabelled in place). The first-name lists
    miss many names ("Eswar"); news style's honorific does not."""
    honorific_surnames = {
        doc[i + 1].text for i in token_indices(doc, ORTH, _WRITTEN_HONORIFICS) if i + 1 < len(doc) and doc[i + 1].is_title
    }
    if not honorific_surnames:
        return
    for cand in candidates:
        span = cand.span
        if cand.label not in _PERSON_SLIP_LABELS or not 2 <= len(span) <= 3 or span[-1].text not in honorific_surnames:
            continue
        if not all(t.is_title and t.is_alpha for t in span) or _body_name(span) or span[-1].lower_ in _PLACE_AND_BODY_ENDINGS:
            continue  # "Harlow University", "Dunmore Bank": a body by its last word
        key = " ".join(t.lower_ for t in span)
        if key in lexicons.load("places") or key in lexicons.load("outlets"):
            continue
        cand.label = "PERSON"


def _full_person_name(cand: _Candidate) -> bool:
    """A first name and a surname tagged as a person: 'Ivana Trump', 'Michael R. Lee'."""
    if cand.label != "PERSON" or len(cand.tokens) < 2:
        return False
    first = cand.tokens[0]
    if cand.span[0].lower_ in HONORIFICS:
        return True
    if first in lexicons.load("places"):
        return False  # "Charlotte Mayor", "Jordan River": the first name may be the place
    return first in _first_names()


def _first_named_body(cand: _Candidate) -> bool:
    """'Carly Fiorina' tagged as an organisation: a known first name and one capitalised
    surname, with no word that ends the names of bodies ("Grace Church", "Rose Bowl")."""
    if cand.label not in ("ORG", "PRODUCT", "WORK_OF_ART") or len(cand.tokens) != 2 or not cand.span[-1].is_title:
        return False
    if _body_name(cand.span) or cand.tokens[-1] in _PLACE_AND_BODY_ENDINGS:
        return False
    return _known_first_name(cand.tokens[0])


_LISTED_BODY_TYPES = frozenset({"PERSON", "ORG", "GPE", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def _listed_with(span: Span) -> frozenset[str]:
    """The recogniser's types of the other names of a list the span is in ("Ben Carson, and
    Carly Fiorina", "economists Peter Schott and Justin Pierce": PERSON)."""
    root = span.root
    joined = [t for t in root.children if t.dep_ == "conj"]
    if root.dep_ == "conj":
        joined += [root.head, *(t for t in root.head.children if t.dep_ == "conj" and t is not root)]
    return frozenset(
        t.ent_type_ for t in joined if t.ent_type_ in _LISTED_BODY_TYPES and not span.start <= t.i < span.end
    )


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """The first names of both lists, joined once (not at every span that asks)."""
    return lexicons.load("first_names_female") | lexicons.load("first_names_male")


def _known_first_name(word: str) -> bool:
    """A first name of the lists that is not also a place ("Charlotte", "Jordan")."""
    if word in lexicons.load("places"):
        return False
    return word in _first_names()


def _vote(votes: dict[str, float], cand: _Candidate) -> None:
    votes[cand.label] = votes.get(cand.label, 0.0) + 1.0 + (len(cand.tokens) > 1)


def _majority(votes: dict[str, float], first: str) -> str:
    # Deterministic tie-break: the label of the longest, earliest mention (the first member).
    return max(votes, key=lambda lab: (votes[lab], lab == first))


@dataclass(slots=True)
class _Cluster:
    tokens: tuple[str, ...]  # the name tokens of the mention that founded it
    members: list[int]  # candidate indices, in the order they joined
    votes: dict[str, float]
    starts: list[int]  # token starts of the members, sorted
    number: int  # creation order: ties go to the earlier cluster
    # Votes of its surname alone tagged other than PERSON ("Rahane" PRODUCT six times): they
    # count only when the full name was never tagged a person.
    surname_slips: dict[str, float] = field(default_factory=dict)
    full_name_person: bool = False  # the founding name (two words or more) was tagged PERSON
    named_person: bool = False  # a member is a person by first name or honorific (_full_person_name)
    honorific_gender: str | None = None  # 'm' or 'f' from the first member written with Mr./Ms./...
    first_named_body: bool = False  # a member is a known first name and a surname the model called a body
    listed_with_people: bool = False  # such a member is joined by "and" / a comma to a person's name
    listed_with_bodies: bool = False  # … or to an organisation's ("Goldman Sachs, Morgan Stanley")
    surname_alone: bool = False  # a member is the founding name's last word alone ("Fiorina")


class _ClusterBuilder:
    """Clusters under construction, indexed so that a mention meets only the clusters it could
    join (same last or first name token, or an acronym), and a cluster's label and nearest
    mention come from running tallies: a pass over every cluster and member for every mention
    made an article with thousands of entities take minutes. Same results as those passes.
    """

    def __init__(self, candidates: list[_Candidate], text: str):
        self.candidates = candidates
        self.text = text  # the article, to tell whether two mentions share a paragraph
        self.clusters: list[_Cluster] = []
        self.by_name: dict[tuple[str, ...], _Cluster] = {}
        self._by_first: dict[str, list[_Cluster]] = {}
        self._by_last: dict[str, list[_Cluster]] = {}
        self._by_acronym: dict[str, list[_Cluster]] = {}
        self._surname_genders: dict[str, str | None] = {}

    def found(self, k: int) -> None:
        tokens = self.candidates[k].tokens
        cluster = _Cluster(tokens, [], {}, [], len(self.clusters))
        self.clusters.append(cluster)
        self.by_name[tokens] = cluster
        self._by_first.setdefault(tokens[0], []).append(cluster)
        self._by_last.setdefault(tokens[-1], []).append(cluster)
        if _surname(tokens) != tokens[-1]:
            self._by_last.setdefault(_surname(tokens), []).append(cluster)  # "Trump" for "Donald Trump Jr."
        for acronym in _acronyms(tokens):
            self._by_acronym.setdefault(acronym, []).append(cluster)
        self.add(cluster, k)

    def add(self, cluster: _Cluster, k: int) -> None:
        cand = self.candidates[k]
        cluster.members.append(k)
        surname_alone = len(cluster.tokens) >= 2 and cand.tokens == (_surname(cluster.tokens),)
        surname_slip = cand.label != "PERSON" and surname_alone
        _vote(cluster.surname_slips if surname_slip else cluster.votes, cand)
        if cand.label == "PERSON" and len(cand.tokens) >= 2 and cand.tokens == cluster.tokens:
            cluster.full_name_person = True
        cluster.named_person = cluster.named_person or _full_person_name(cand)
        cluster.first_named_body = cluster.first_named_body or _first_named_body(cand)
        if _first_named_body(cand):
            listed = _listed_with(cand.span)
            cluster.listed_with_people = cluster.listed_with_people or "PERSON" in listed
            cluster.listed_with_bodies = cluster.listed_with_bodies or bool(listed - {"PERSON"})
        cluster.surname_alone = cluster.surname_alone or (
            surname_alone and cand.span[0].is_title
        )
        cluster.honorific_gender = cluster.honorific_gender or _honorific_gender(cand.span)
        cluster.starts.insert(bisect_right(cluster.starts, cand.span.start), cand.span.start)

    def label(self, cluster: _Cluster) -> str:
        """The majority label of the members, except that a person named in full stays a
        person: whatever its short forms were tagged when the first name or an honorific
        says so ("Michael R. Lee" with "Lee" an outlet by the curated list), and whatever its
        surname alone was tagged otherwise ("Rahane" PRODUCT six times, "Adeyemi" LOC)."""
        if cluster.named_person or (cluster.first_named_body and (cluster.surname_alone or self._listed_as_person(cluster))):
            # "Carly Fiorina … Fiorina said", both called an organisation: a known first name,
            # and the surname alone for short, as news write people (never "Stanley" for
            # Morgan Stanley)
            return "PERSON"
        votes = cluster.votes
        if not cluster.full_name_person and cluster.surname_slips:
            votes = dict(votes)
            for label, count in cluster.surname_slips.items():
                votes[label] = votes.get(label, 0.0) + count
        return _majority(votes, self.candidates[cluster.members[0]].label)

    @staticmethod
    def _listed_as_person(cluster: _Cluster) -> bool:
        # "Ben Carson, and Carly Fiorina": listed with people, and never with bodies
        # ("Goldman Sachs, Morgan Stanley and JPMorgan Chase")
        return cluster.listed_with_people and not cluster.listed_with_bodies

    def could_join(self, cand: _Candidate) -> list[_Cluster]:
        """Every cluster :func:`_joins` can accept ``cand`` into (and some it will not), in creation order."""
        toks = cand.tokens
        pool = {c.number: c for c in self._by_last.get(toks[-1], ())}
        if len(toks) == 1:
            pool.update((c.number, c) for c in self._by_first.get(toks[0], ()))
            pool.update((c.number, c) for c in self._by_acronym.get(toks[0], ()))
        elif toks[-1] in _INVERTIBLE_BODIES:
            pool.update((c.number, c) for c in self._by_first.get(toks[-1], ()))  # "Department of Justice"
        return [pool[number] for number in sorted(pool)]

    def nearest(self, cand: _Candidate, matches: list[_Cluster]) -> _Cluster:
        """The cluster a short form joins. Between people who share it ("Clinton" for Bill and
        Hillary Clinton, "Cruz" for Ted and Heidi Cruz): the one whose gender fits an honorific
        ("Mrs. Clinton"), then, with no honorific, the one the paragraph has just named in
        full ("Bill Clinton greeted voters. … Clinton said") unless the pronouns of its own
        clause say otherwise ("Anson said she"), then the one the article names in full
        first: news introduce the person the story is about first and relatives after ("his
        brother, Freddy Trump"), and keep
        the bare surname for the first ("Mr. Trump said he had learned"); a relative named in
        full often (a former president father) does not take it over. A father and a son
        named "Jr.": the father, unless "the younger" says the son. A person named in full
        before an organisation whose name starts with the surname ("Fox said": Vicente Fox,
        not Fox News). Otherwise the matching cluster mentioned most recently before
        ``cand``, else the nearest after."""

        def distance(cluster: _Cluster) -> tuple[int, int]:
            before = bisect_left(cluster.starts, cand.span.start)
            if before:
                return (0, cand.span.start - cluster.starts[before - 1])
            return (1, cluster.starts[0] - cand.span.start)

        people = [c for c in matches if self.label(c) == "PERSON" and len(c.tokens) >= 2]
        if (
            len(cand.tokens) == 1
            and any(_surname(c.tokens) == cand.tokens[0] for c in people)
            and len(people) < len(matches)
            and cand.span.root.dep_ != "compound"
        ):
            # A surname alone is how news refer to a person named in full, while an outlet
            # keeps its full name: "Fox said" is Vicente Fox, not Fox News ("a Fox anchor",
            # a modifier, stays the outlet's)
            matches = [c for c in matches if self.label(c) == "PERSON"]
        if len(cand.tokens) == 1 and len(people) >= 2 and cand.tokens[0] == _surname(people[0].tokens):
            people = self._of_the_generation_said(cand.span, people)
            if len(people) == 1:
                return people[0]
            gender = _honorific_gender(cand.span)
            if gender is not None:
                fitting = [c for c in people if _first_name_gender(c.tokens[0]) in (gender, None)]
                people = fitting or people
            else:
                # The mention's own clause may say which relative it is ("Trump cast himself
                # as …" after "his daughter Ivanka Trump"): only a first name of the other
                # gender is left out, so a pronoun never picks among same-gender relatives
                people = self._fitting_own_clause(cand.span, people)
                if len(people) == 1:
                    return people[0]
                # An honorific is how the paper tells relatives apart ("Mrs. Clinton" right
                # after "Chelsea Clinton" is still her mother); without one, the paragraph.
                just_named = self._named_in_full_just_before(cand, people)
                if just_named is not None and _pronoun_gender(cand.span) in (None, _first_name_gender(just_named.tokens[0])):
                    return just_named

            def introduced(cluster: _Cluster) -> int:
                # where the article first names it in full (the founding member may be a
                # headline's short form that joined later: members are in joining order)
                return min(self.candidates[k].span.start for k in cluster.members if len(self.candidates[k].tokens) >= 2)

            kept_for = self._surname_kept_for(cand.tokens[0])
            fitting = [c for c in people if kept_for is not None and _first_name_gender(c.tokens[0]) == kept_for]
            return min(fitting if len(fitting) == 1 else people, key=introduced)
        return min(matches, key=distance)

    def _surname_kept_for(self, surname: str) -> str | None:
        """The gender of the relative an article keeps a shared bare surname for, when the
        pronouns its bare-surname mentions' own clauses take say one gender at least twice and
        the other never ("Trump said he …", "Trump cast himself as …" in a story that named his
        daughter first); else None, and the one introduced first keeps it."""
        if surname not in self._surname_genders:
            votes = collections.Counter()
            for cand in self.candidates:
                if cand.tokens == (surname,) and _honorific_gender(cand.span) is None:
                    gender = _subject_pronoun_gender(cand.span)
                    if gender is not None:
                        votes[gender] += 1
            kept = None
            if len(votes) == 1:
                gender, count = votes.most_common(1)[0]
                kept = gender if count >= 2 else None
            self._surname_genders[surname] = kept
        return self._surname_genders[surname]

    @staticmethod
    def _fitting_own_clause(cand_span: Span, people: list[_Cluster]) -> list[_Cluster]:
        """Those of ``people`` whose first name's gender fits the pronouns the mention's own
        clause ties to it ("Trump said she would", "Trump cast herself as"); all of them when
        the clause says nothing, or when none or all fit."""
        gender = _subject_pronoun_gender(cand_span)
        if gender is None:
            return people
        fitting = [c for c in people if _first_name_gender(c.tokens[0]) == gender]
        unfit = [c for c in people if _first_name_gender(c.tokens[0]) not in (gender, None)]
        return [c for c in people if c not in unfit] if fitting and unfit else people

    @staticmethod
    def _of_the_generation_said(cand_span: Span, people: list[_Cluster]) -> list[_Cluster]:
        """Between a father and a son named "Jr.": the son for "the younger Mr. Harlan", else
        the father ("Haller Jr." is how news shorten the son's name; "Haller", "the elder
        Haller" and "Mr. Haller" are the father). ``people`` unchanged when no one of them
        carries the suffix, or all do."""
        juniors = [c for c in people if c.tokens[-1] == "jr"]
        if not juniors or len(juniors) == len(people):
            return people
        doc = cand_span.doc
        if "younger" in {t.lower_ for t in doc[max(0, cand_span.start - 2) : cand_span.start]}:
            return juniors
        return [c for c in people if c.tokens[-1] != "jr"]

    def _named_in_full_just_before(self, cand: _Candidate, people: list[_Cluster]) -> _Cluster | None:
        """The one of ``people`` whose full name is the last mention of any of them before
        ``cand``, in the same paragraph: "Bill Clinton spoke with voters. … Clinton said" is
        the husband even in a story on his wife; a paragraph later, the story's subject again."""
        latest: tuple[int, int] | None = None  # (token start, candidate index)
        for cluster in people:
            for k in cluster.members:
                start = self.candidates[k].span.start
                if start < cand.span.start and (latest is None or start > latest[0]):
                    latest = (start, k)
        if latest is None or len(self.candidates[latest[1]].tokens) < 2:
            return None
        named = self.candidates[latest[1]].span
        if "\n" in self.text[named.end_char : cand.span.start_char]:
            return None
        return next(c for c in people if latest[1] in c.members)


MALE_HONORIFICS = frozenset({"mr.", "mr", "sir", "lord", "king", "prince"})
FEMALE_HONORIFICS = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess"})


def _gender_fits(cand: _Candidate, cluster: _Cluster) -> bool:
    """'Mr. Obama' does not join 'Michelle Obama', nor 'Mr. Eze' 'Ms. Ngozi Eze'."""
    gender = _honorific_gender(cand.span)
    if gender is None:
        return True
    known = cluster.honorific_gender or _first_name_gender(cluster.tokens[0])
    return known in (gender, None)


def _honorific_gender(span: Span) -> str | None:
    """'Mr. Obama' -> 'm', 'Mrs. Clinton' -> 'f' (the honorific inside or right before the span)."""
    return honorific_gender_at(span.doc, span.start) or honorific_gender_at(span.doc, span.start - 1)


def honorific_gender_at(doc: Doc, i: int) -> str | None:
    """'m' or 'f' when token ``i`` is a male or female honorific ("Mr.", "Mrs."), else None.
    Honorifics are written capitalised: "Polls miss Trump's fall" has a verb, not Miss Trump."""
    if not 0 <= i < len(doc):
        return None
    token = doc[i]  # one Token object (each doc[i] builds one)
    if token.is_lower:
        return None
    word = token.lower_
    return "m" if word in MALE_HONORIFICS else "f" if word in FEMALE_HONORIFICS else None


def _pronoun_gender(span: Span) -> str | None:
    """'m' or 'f' from the pronouns a mention's own clause ties to it ("Clinton said she
    would", "Clinton arrived and he met"), as the gender module reads them."""
    pronouns = {token.lower_ in MALE_PRONOUNS for token in pronouns_in_own_clause(span)}
    return None if len(pronouns) != 1 else "m" if pronouns.pop() else "f"


_REFLEXIVES = {"himself": "m", "herself": "f"}


def _subject_pronoun_gender(span: Span) -> str | None:
    """'m' or 'f' from the pronouns that can only be the mention itself: a subject pronoun of
    its own clause ("Trump said he would") or a reflexive object of its verb ("Trump cast
    himself as …"). Possessives are left out: "Clinton called his vote irresponsible" is
    another man's vote."""
    found = {
        "m" if t.lower_ in MALE_PRONOUNS else "f"
        for t in pronouns_in_own_clause(span)
        if t.dep_ in ("nsubj", "nsubjpass")
    }
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        found.update(_REFLEXIVES[t.lower_] for t in root.head.children if t.lower_ in _REFLEXIVES)
    return found.pop() if len(found) == 1 else None


def _first_name_gender(word: str) -> str | None:
    female, male = word in lexicons.load("first_names_female"), word in lexicons.load("first_names_male")
    return "f" if female and not male else "m" if male and not female else None


def _canonical_name(spans: list[Span], name_tokens: tuple[str, ...]) -> str:
    # A name as the body writes it ("Harbor Rovers"), before its headline capitals ("HARBOR
    # ROVERS"), and before a form with marks glued to it ("-Donald Trump", "[Hillary] Clinton").
    def rank(span: Span) -> tuple[bool, bool, bool]:
        # and the spelling with its accents ("François Hollande", not "Francois Hollande")
        text = span.text  # built from the tokens at each read
        return (text.isupper() and len(text) > 3, clean_name(text) != text, text.isascii())

    for span in sorted(spans, key=rank):
        if _name_tokens(span) == name_tokens:
            words = [t for t in span if t.lower_ not in HONORIFICS and t.text not in _POSSESSIVE]
            if words:
                return clean_name(span.doc[words[0].i : words[-1].i + 1].text) or spans[0].text
    outlet = lexicons.load_aliases("outlet_aliases").get(" ".join(name_tokens))
    if outlet is not None:
        return outlet  # "HuffPo" alone: Huffington Post
    for span in spans:
        first = _first_of_joint_name(span.text)
        if first != span.text and _name_tokens_of_text(first) == name_tokens:
            return clean_name(re.sub(r"^(?:the|a|an)\s+", "", first, flags=re.IGNORECASE))  # "New York Times/CBS News"
    return spans[0].text


_JOINT_HYPHEN = re.compile(r"(?<=\w)[-–](?=[A-Z])")


def _first_of_joint_name(text: str) -> str:
    """The first of two bodies named jointly ("New York Times/CBS News" -> "New York Times",
    "NBC News-Wall Street Journal" -> "NBC News"; a hyphen only between two curated
    outlets: "CNN-ORC" is the pollster's own name), else ``text``."""
    if "/" in text:
        return text.split("/", 1)[0]
    parts = _JOINT_HYPHEN.split(text, maxsplit=1)
    outlets = lexicons.load("outlets")
    if len(parts) == 2 and all(_LEADING_THE_RE.sub("", part.strip().lower()) in outlets for part in parts):
        return parts[0]
    return text


# Compiled once: clean_name and _fixed_label run for every mention, and re's own cache of
# compiled patterns costs a look-up per call.
_BRACKETS_RE = re.compile(r"[\[\]{}]")
_POSSESSIVE_END_RE = re.compile(r"[’']s$")
_LEADING_THE_RE = re.compile(r"^the\s+")


def clean_name(text: str) -> str:
    """A name without an editor's brackets or marks at its edges: '[Hillary] Clinton' ->
    'Hillary Clinton', '-Donald Trump' -> 'Donald Trump', "Trump’s" -> 'Trump', a line break
    inside it a space."""
    text = _BRACKETS_RE.sub("", text)
    text = _POSSESSIVE_END_RE.sub("", text)
    text = " ".join(text.split())  # "Hillary\nClinton" cut by a hard-wrapped line
    return text.strip().strip(_EDGE_MARKS).strip()


def cluster_at(clusters: list[EntityCluster], start_char: int, end_char: int) -> EntityCluster | None:
    """The cluster with a mention overlapping the character range, preferring the longest overlap."""
    best, best_overlap = None, 0
    for cluster in clusters:
        for m in cluster.mentions:
            overlap = min(end_char, m.end_char) - max(start_char, m.start_char)
            if overlap > best_overlap:
                best, best_overlap = cluster, overlap
    return best
