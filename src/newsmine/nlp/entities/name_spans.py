"""The recogniser's spans cut to the names they hold, and the spans that name no one.

A person's name without the clause, headline words, epithet or handle swept in with it, and
with a surname the recogniser left out; an organisation tagged over an owner and what it owns
split at the possessive ("Fox News Channel’s Hannity"); a headline's name cut to what the body
writes; an organisation's name without what it ran on into. No name at all: a pair of
surnames ("Obama-Clinton"), a prefixed adjective ("pro-Clinton"), a gerund, a headline's
common noun.
"""

from __future__ import annotations

import collections
import re
from functools import lru_cache

from spacy.attrs import IS_ALPHA, IS_LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.dates.spans import TIME_ZONES
from newsmine.nlp.doc_attrs import remembered, token_indices
from newsmine.nlp.entities.names import _LEADING_THE_RE
from newsmine.nlp.entities.word_lists import (
    _PLACE_AND_BODY_ENDINGS,
    _POSSESSIVE,
    _TITLE_MODIFIERS,
    HONORIFICS,
    _first_names,
    _honorific_and_first_name_before,
    _hyphenated_given_name,
    _known_first_name,
    _title_words,
)

# Lower-case words that may sit inside a person's name ("Ludwig van Beethoven", "Osama bin Laden").
_NAME_PARTICLES = frozenset({"van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "dos", "das", "ter", "ten", "st."})
# Words that end a person's name where a line in title case goes on past it ("Ana Ruiz Responds
# To …", "Tom Lee On Why …"): the capitalised forms of words the lower-case cut below stops at.
# Not "Will", "May", "Do", "In" (first names, Korean given names) nor name particles.
_TITLE_CASE_FUNCTION_WORDS = frozenset(
    {"to", "on", "of", "for", "with", "about", "why", "how", "what", "after", "over", "from", "into", "is", "are", "was", "were", "and", "the"}
)
# Verb endings that make a reporting verb of a headline word ("Says", "Slams", "Warned").
_VERB_ENDINGS = ("", "s", "es", "d", "ed", "ing")


def _lower_case_words(doc: Doc) -> frozenset[str]:
    """Words the article writes in lower case somewhere: a capitalised one of them at a name's
    edge in a headline is a headline word ("Obama Says", "Trump Speech"), not part of the name.
    Read once per Doc: the mentions and the clustering both ask."""
    return remembered(doc, _read_lower_case_words)


def _read_lower_case_words(doc: Doc) -> frozenset[str]:
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
        if tok.is_title and tok.lower_ in _TITLE_CASE_FUNCTION_WORDS and i > start + 1:
            end = i  # "Marco Rubio Responds To": a title-case line's words after the name
            break
    verbs = _reporting_verb_forms()
    first_names = _first_names()
    while end - start > 1:
        last = doc[end - 1]
        low = last.lower_
        if end - start == 2 and (
            _first_name_and_word_surname(doc[start], last, verbs, first_names) or _word_surname_in_prose(doc[start], last, first_names)
        ):
            break
        hyphenated = end - 2 > start and doc[end - 2].text in ("-", "–") and not doc[end - 2].whitespace_ and not doc[end - 3].whitespace_
        if hyphenated and not last.is_punct:
            break  # "al-Sayed", "Ki-moon": a hyphenated surname's last part is no verb ("Sayed" looks like one)
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
            and not (low in _NAME_PARTICLES and doc[start + 1].lower_ in _NAME_PARTICLES)  # "Van der Berg"
            and (low in lower_words or low in verbs or low in _NEVER_FIRST_NAMES or _not_a_name_word(first))
        ):
            start += 1
        else:
            break
    if end - start > 1 and _question_auxiliary(doc[start]):
        start += 1  # "Will Sanders come down?": the question's verb, not a first name
    if end - start >= 3 and _epithet_before_first_name(doc[start], doc[start + 1 : end], first_names):
        start += 1  # "Lyin' Ted Cruz", "fellow Kentuckian Rand Paul", "Filmmaker Jack Marino"
        while start < end - 1 and doc[start].is_punct:
            start += 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


# Endings of the capitalised words news put before a person's name that are no name: a
# demonym ("Kentuckian Rand Paul", "Floridians Jeb Bush"), a trade or office ("Filmmaker Jack
# Marino", "Moderator Hugh Hewitt", "Assemblywoman Claudia Tenney", "Alderman Jason Ervin").
_NOT_NAME_ENDINGS = ("ian", "ians", "maker", "makers", "ator", "ators", "man", "men", "woman", "women", "ist", "ists")


def _epithet_before_first_name(word, rest: Span, first_names: frozenset[str]) -> bool:
    """Whether ``word``, before a name ``rest`` of two words or more that opens with a known
    first name, is a word swept in before the name rather than part of it. Only a word that
    says it is no name: a demonym's or trade's ending (``_NOT_NAME_ENDINGS``), an abbreviation
    or initial ("N.J. Roger Ailes", "J. Christopher Stevens"), a possessive or other mark, or
    any word the article leaves out where it writes the name again (a headline's "Condemn
    Donald Trump’s Muslim Ban" over a body that names "Donald Trump"). Any other capitalised
    word is a given name the lists do not know, before a middle name ("Duncan Hunter Sr.",
    "San Pedro Sula"; "Moner" of "Moner Mohammad Abusalha", were "mohammad" listed); and an
    Arabic article is no first name ("Sami al-Hamad", "Asab Al-Tabchi"). Dropping every word
    the lists do not know cut those names to their middle: on all train it cut 7 names wrong
    and 10 right (initials aside); now the 7 stay whole and 9 of the 10 are still cut
    ("Cheeto Donald Trump", an epithet beside no other "Donald Trump", is kept whole)."""
    first = rest[0]
    if word.lower_ in first_names or first.lower_ not in first_names:
        return False
    if first.is_lower or (not first.whitespace_ and first.i + 1 < len(first.doc) and first.nbor().text in ("-", "–")):
        return False  # "al-Sharia", "Al-Tabchi": the article of an Arabic name
    text = word.text
    if not text.replace(".", "").isalpha():
        return True  # "’s", "Lyin'": a mark, not a name
    if "." in text:
        # "N.J. Roger Ailes"; and an initial before the first name news use ("J. Christopher
        # Stevens" -> "Christopher Stevens", as before this rule was narrowed: keeping initials
        # renamed 10 people on all train, the scorer reading the names alike)
        return True
    if word.lower_.endswith(_NOT_NAME_ENDINGS):
        return True
    without = re.compile(r"(?<!" + re.escape(text) + r" )\b" + re.escape(rest.text) + r"\b")
    return without.search(word.doc.text) is not None


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
    return _past_headline(first)


def _word_surname_in_prose(first, last, first_names: frozenset[str]) -> bool:
    """'Ian Read said', 'Al From, who': a known first name and a capitalised reporting verb or
    function word that running prose goes on after in lower case or at a comma is a surname,
    not the verb of a title-case line ("Bernie Says Clinton …", "Marco Rubio Responds To");
    never in the headline."""
    doc = first.doc
    if first.lower_ not in first_names or not first.is_title or not last.is_title or last.i + 1 >= len(doc):
        return False
    after = doc[last.i + 1]
    if not (after.is_lower or after.text == ","):
        return False
    return _past_headline(first)


def _past_headline(token) -> bool:
    """Whether ``token`` stands after the article's first line, its headline (an article of one
    line is all headline)."""
    headline_end = doc_text(token.doc).find("\n")  # cached per Doc (doc.text walks the tokens)
    return headline_end != -1 and token.idx > headline_end


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


def _pair_of_surnames(span: Span, surnames: collections.Counter[str], double_surnames: frozenset[tuple[str, str]]) -> bool:
    """'Obama-Clinton' ("Obama-Clinton policies"), each half the surname of another person
    the recogniser found: a pairing of two people, not one double-barrelled name
    ("Ocasio-Cortez" has no person named Ocasio); and a lawsuit ("Trump v. Trump"). A
    surname someone is named by in full is theirs (``double_surnames``, :func:`_double_surnames`):
    "Ms. Brinley-Shaw" after "Natalie Brinley-Shaw" is her, though her father is Walter
    Brinley and "Shaw" the last word of her own full name."""
    if any(token.lower_ in ("v.", "vs.", "v", "vs") for token in span[1:-1]):
        return True
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


def _split_joined_names(ents: list[Span], surnames: collections.Counter[str]) -> list[Span]:
    """An organisation or place tagged over names joined by "and" or commas ("Braynard and
    Chrabaszcz", "Alphabet and Facebook", "Crane, Kibbe"): each name on its own when
    every one of them is a surname of the article's people (then a person) or a name the
    recogniser found on its own elsewhere in the article. Not a name joined by "&" ("Procter
    & Gamble"), nor one whose parts the article never names alone ("Ways and Means
    Committee", "Henry Holt and Company", "Politics and Pies")."""
    alone = collections.Counter(ent.text for ent in ents)
    found: list[Span] = []
    for ent in ents:
        parts = _joined_parts(ent) if ent.label_ in ("ORG", "FAC") else None
        if parts is None or not all(surnames[part[-1].lower_] > 0 or alone[part.text] > 0 for part in parts):
            found.append(ent)
            continue
        for part in parts:
            label = "PERSON" if surnames[part[-1].lower_] > 0 else ent.label_
            found.append(Span(ent.doc, part.start, part.end, label=label))
    return found


# Labels of the spans cut at a spaced dash: the kinds whose names never hold one (titles of
# works and events do: "Jews Against Trump - Because We've Seen This Before").
_DASH_CUT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_DASHES = frozenset({"-", "–", "—"})


def _split_at_separators(ents: list[Span], lower_words: frozenset[str], surnames: collections.Counter[str]) -> list[Span]:
    """The recogniser's entities cut where a separator no name holds runs two things together:
    a dash with a space on each side ("CLEVELAND - Donald Trump", a dateline and the first
    name of the story; "the term used by Kingson - Deacon fought back"; "Deborah Jordan
    Reynolds - Santilli's girlfriend"), and for a person a slash ("John Moore/Getty Images", a
    photo credit; "Samantha-Jo Roth/HuffPost"). Hyphenated names have no spaces round their
    hyphen ("Ban Ki-moon", "Wasserman-Schultz") and stay whole. Each side keeps the span's
    label (the clustering and the lists fix it: "ROME" is a place), or a person's when it is a
    known first name and more ("BERLIN - Donald Trump" tagged ORG); a side that is no name is
    dropped: no capital, or one word the article writes in lower case elsewhere or the tagger
    reads as no noun ("NEW HAMPSHIRE - Since", "NEW YORK - Presidential campaigns"). The
    sides of a person's slash are people when they read as one (a known first name, or a
    surname of the article's people: "Cruz/Carly Fiorina"), else the agency or outlet of a
    credit ("Getty Images", "HuffPost"): an organisation."""
    found: list[Span] = []
    for ent in ents:
        doc = ent.doc
        cuts = [
            i for i in range(ent.start + 1, ent.end - 1)
            if (doc[i].text in _DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_ and ent.label_ in _DASH_CUT_LABELS)
            or (doc[i].text == "/" and ent.label_ == "PERSON")
        ]  # fmt: skip
        if not cuts:
            found.append(ent)
            continue
        bounds = [ent.start - 1, *cuts, ent.end]
        for start, end in zip(bounds, bounds[1:]):
            part = doc[start + 1 : end]
            if not any(t.is_title or t.is_upper for t in part if t.is_alpha):
                continue  # "power - Wall Street", "Trump - 60"
            if len(part) == 1 and (part[0].lower_ in lower_words or part[0].is_stop or part[0].pos_ in _NOT_NAME_POS):
                continue  # "NEW HAMPSHIRE - Since", "NEW YORK - Presidential campaigns"
            label = ent.label_
            if ent.label_ == "PERSON" and any(doc[i].text == "/" for i in cuts):
                person = _known_first_name(part[0].lower_) or (len(part) == 1 and surnames[part[0].lower_] > 0)
                label = "PERSON" if person else "ORG"
            elif len(part) >= 2 and part[0].is_title and _known_first_name(part[0].lower_):
                label = "PERSON"  # "BERLIN - Donald Trump" tagged ORG: the person after the dateline
            found.append(Span(doc, part.start, part.end, label=label))
    return found


# What a web page's markup or a link leaves in the text ("datetime=\"2016", "</tweet>",
# "http://bit.ly/1Tnr3QM"): never part of a name.
_MARKUP_RE = re.compile(r"://|^https?:?$|^www\.|=|</?[a-z]|>")


def _without_markup(span: Span) -> Span | None:
    """A name cut before the markup or link the recogniser ran it into ("Joseph P. Kahn:
    http://bit.ly/…" -> "Joseph P. Kahn"); None when the span starts with it ("datetime=\"2016"
    tagged a place, "https://twitter.com/JeffHorwitz" a person) or the markup is glued to a
    word of the name, which no token boundary cuts ("San Bernardino.</tweet>")."""
    for tok in span:
        found = _MARKUP_RE.search(tok.text)
        if found:
            if tok.i == span.start or found.start() > 0 and not tok.text.startswith("http"):
                return None  # or glued to a word ("Bernardino.</tweet"): no clean cut
            return Span(span.doc, span.start, tok.i, label=span.label)
    return span


def _with_court_circuit(ents: list[Span]) -> list[Span]:
    """'the U.S. Court of Appeals for the 6th Circuit', tagged as two organisations (the court,
    then "the 6th Circuit"): one court, named whole, so that two circuits of one article stay
    apart and the name is the court's own."""
    found: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        if k == skip:
            continue
        after = ents[k + 1] if k + 1 < len(ents) else None
        if (
            after is not None and ent.label_ == "ORG" and after.label_ == "ORG"
            and any(t.lower_ == "court" for t in ent) and after[-1].lower_ in ("circuit", "district")
            and after.start == ent.end + 1 and ent.doc[ent.end].lower_ == "for"
        ):  # fmt: skip
            found.append(Span(ent.doc, ent.start, after.end, label="ORG"))
            skip = k + 1
            continue
        found.append(ent)
    return found


# Last words of an institution named after a saint ("St. Brendan's Regional Hospital").
_INSTITUTION_WORDS = frozenset({
    "hospital", "church", "cathedral", "chapel", "basilica", "parish", "abbey", "college", "school", "academy",
    "university", "seminary", "cemetery", "hospice", "clinic", "center", "centre", "infirmary",
})  # fmt: skip
_SAINTS = frozenset({"st.", "st", "saint", "sts.", "saints"})


def _with_saints_institution(ents: list[Span]) -> list[Span]:
    """"St. Brendan's Regional Hospital", "St. Mark's Church": the recogniser ends a name at
    the saint's possessive and tags the rest apart ("Regional Hospital") or not at all. One
    organisation, named whole, up to the institution word within four capitalised words after
    the possessive (so that the hospital speaks as itself, not as "Regional Hospital"); named
    whole but tagged a person or a place ("St. Luke's Hospital"), an organisation all the same."""
    found: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        if k == skip:
            continue
        doc = ent.doc
        if ent[0].lower_ in _SAINTS and ent.end < len(doc) and doc[ent.end - 1].lower_ in ("'s", "’s"):
            end = ent.end
            while end < min(len(doc), ent.end + 4) and doc[end].is_title and doc[end].lower_ not in _INSTITUTION_WORDS:
                end += 1
            if end < len(doc) and doc[end].lower_ in _INSTITUTION_WORDS and doc[end].is_title:
                merged = Span(doc, ent.start, end + 1, label="ORG")
                after = ents[k + 1] if k + 1 < len(ents) else None
                if after is not None and after.start < merged.end:
                    if after.end > merged.end:
                        found.append(ent)
                        continue  # the next name runs on past the institution word: leave both
                    skip = k + 1
                found.append(merged)
                continue
        if ent.label_ not in ("ORG", "FAC") and ent[0].lower_ in _SAINTS and ent[-1].lower_ in _INSTITUTION_WORDS:
            # "St. Luke's Hospital" tagged whole, but as a person (then cut to "St. Luke")
            found.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue
        start = ent.start
        if ent[-1].lower_ in _INSTITUTION_WORDS and start >= 3 and doc[start - 1].lower_ in ("'s", "’s"):
            # "St. Brendan's" left untagged before "Regional Hospital"
            if doc[start - 2].is_title and doc[start - 3].lower_ in _SAINTS:
                if found and found[-1].end > start - 3:
                    found.pop()
                found.append(Span(doc, start - 3, ent.end, label="ORG"))
                continue
        found.append(ent)
    return found


# Last words of a body named after a possessor ("Alzheimer's Association", "Parkinson's Foundation").
_POSSESSED_BODY_WORDS = frozenset({
    "association", "foundation", "society", "institute", "fund", "council", "league", "alliance", "coalition",
    "federation", "union", "club", "march", "network", "trust", "guild",
})  # fmt: skip


def _with_possessor_of_body(ents: list[Span]) -> list[Span]:
    """"The Alzheimer's Association": the recogniser tags "Association" alone; the capitalised
    possessor right before it, which no entity holds and no person of the article is named by,
    is part of the body's name (so the body speaks as itself, not as "Association")."""
    doc = ents[0].doc if ents else None
    surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON"}
    found: list[Span] = []
    for ent in ents:
        start = ent.start
        if (
            ent.label_ == "ORG" and len(ent) <= 2 and ent[-1].lower_ in _POSSESSED_BODY_WORDS and start >= 2
            and doc[start - 1].lower_ in ("'s", "’s") and doc[start - 2].is_title and doc[start - 2].pos_ == "PROPN"
            and not doc[start - 2].ent_type_ and doc[start - 2].lower_ not in surnames
        ):  # fmt: skip
            found.append(Span(doc, start - 2, ent.end, label="ORG"))
            continue
        found.append(ent)
    return found


# Words that make a part of a country, not a body, of the country's name ("South Sudan", "New Britain").
_PLACE_QUALIFIERS = frozenset("north south east west northern southern eastern western central new great greater upper lower".split())


def _with_body_before_country(ents: list[Span]) -> list[Span]:
    """"Water UK said", "Energy UK said": the recogniser tags the country alone and leaves the
    capitalised word compounded onto it out (as it does not in "a spokesman for Water UK"),
    and the country then speaks. A country the subject of its clause, with an untagged
    capitalised word right before it that is no part of a place's name, is one body named so."""
    countries = lexicons.load_block("places", "Countries and common short forms")
    bodies: list[Span] = []
    for ent in ents:
        if ent.label_ != "GPE" or len(ent) != 1 or ent.start == 0 or ent[0].dep_ != "nsubj" or ent[0].lower_ not in countries:
            continue
        word = ent.doc[ent.start - 1]
        if word.ent_type_ or not (word.is_title and word.is_alpha) or word.whitespace_ != " ":
            continue
        if word.dep_ == "compound" and word.head.i == ent.start and word.lower_ not in _PLACE_QUALIFIERS:
            bodies.append(Span(ent.doc, word.i, ent.end, label="ORG"))
    return _giving_way(ents, bodies)


def _giving_way(ents: list[Span], names: list[Span]) -> list[Span]:
    """``ents`` with ``names`` in their place: the entities overlapping one of ``names`` give
    way to it, in text order (what a rule that reads a whole name the recogniser cut returns)."""
    if not names:
        return ents
    kept = [ent for ent in ents if not any(ent.start < name.end and name.start < ent.end for name in names)]
    return sorted(kept + names, key=lambda span: span.start)


# Words of newspapers' mastheads that American papers join with a hyphen ("Post-Dispatch",
# "Democrat-Gazette", "Star-Telegram", "Sun-Times", "Spokesman-Review", "Clarion-Ledger").
_MASTHEAD_WORDS = frozenset({
    "gazette", "dispatch", "news", "tribune", "telegram", "telegraph", "journal", "constitution", "herald",
    "press", "times", "post", "star", "sentinel", "courier", "enterprise", "review", "record", "register",
    "leader", "observer", "standard", "examiner", "bulletin", "mail", "democrat", "republican", "citizen",
    "picayune", "argus", "eagle", "ledger", "chronicle", "advocate", "banner", "inquirer", "union", "sun",
    "spokesman", "clarion", "globe", "statesman", "intelligencer", "item", "reporter", "messenger", "world",
})  # fmt: skip
_MASTHEAD_HYPHENS = frozenset({"-", "–"})
_MAX_MASTHEAD_PLACE = 3  # "Fort Worth Star-Telegram", "St. Louis Post-Dispatch"


def _with_hyphenated_masthead(ents: list[Span]) -> list[Span]:
    """"The Arkansas Democrat-Gazette", "the Marshall Democrat-News": the recogniser cuts a
    newspaper's name at the hyphen of its masthead and tags the pieces a place and a person
    ("Arkansas", "Marshall Democrat"), which clustering then joins to the town or a
    namesake. Two masthead words joined by a hyphen with no space round it, with the
    capitalised words right before them (the paper's place, at most three), name one
    organisation; the entities inside it give way to it. A party's "Democrat-Republican"
    stays as it is, and so does a compound a capitalised word goes on from ("Post-World War
    II": "post" a prefix there)."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    papers: list[Span] = []
    # Only the hyphens, from the Doc's word array: a loop over every word built three Token
    # objects a word, some 2,000 an article for a rule that rarely applies.
    for hyphen in token_indices(doc, ORTH, _MASTHEAD_HYPHENS):
        if not 0 < hyphen < len(doc) - 1:
            continue
        word, before, after = doc[hyphen], doc[hyphen - 1], doc[hyphen + 1]
        if word.whitespace_ or before.whitespace_:
            continue
        if not (before.is_title and after.is_title and before.lower_ in _MASTHEAD_WORDS and after.lower_ in _MASTHEAD_WORDS):
            continue
        if {before.lower_, after.lower_} == {"democrat", "republican"} or (papers and papers[-1].end > hyphen):
            continue
        if hyphen + 2 < len(doc) and doc[hyphen + 2].is_title and not doc[hyphen + 2].is_sent_start:
            continue  # a prefix of a longer name ("the Post-World War II order"): no masthead ends there
        start = hyphen - 1
        while start > 0 and hyphen - 1 - start < _MAX_MASTHEAD_PLACE and "\n" not in doc[start - 1].text_with_ws:
            previous = doc[start - 1]
            if not previous.is_title or previous.is_sent_start or previous.pos_ in ("DET", "ADP", "PRON", "VERB", "AUX"):
                break
            start -= 1
        papers.append(Span(doc, start, hyphen + 2, label="ORG"))
    return _giving_way(ents, papers)


# A dateline opening one of an article's first paragraphs: a place in capitals ("ST. PAUL",
# "FORT WORTH", "PENZANCE"), perhaps its state or country ("Minn.", "South Africa") and an
# agency in parentheses, then a dash.
_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]*[A-Z.](?: [A-Z][A-Z.'’-]*[A-Z.]){0,3})"
    r"(?:, (?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))?(?: \([A-Za-z .&-]+\))? ?(?:—|–|--|-) "
)
_DATELINE_PARAGRAPHS = 3  # the headline's, the byline's and the first paragraph of text
_DATELINE_KICKERS = frozenset({"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "LIVE", "CORRECTION"})


def _with_dateline_place(ents: list[Span]) -> list[Span]:
    """"ST. PAUL, Minn. —", "PENZANCE, England —": the recogniser tags a dateline's place in
    capitals in pieces ("ST", "PAUL"), or a place it does not know not at all, and may read
    the region after it as a person ("Cornwall"). The place of a dateline opening one of the
    article's first paragraphs is one place, named as written, and so is its state or country;
    the tags inside them give way (an agency in parentheses keeps its own). A kicker in
    capitals ("BREAKING —", "WARNING —") is no place (:func:`_kicker`)."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    text = doc_text(doc)
    places: list[Span] = []
    for start in _opening_paragraphs(text):
        match = _DATELINE_RE.match(text, start)
        if match is None or _kicker(text, match):
            continue
        for group in ("place", "region"):
            place = doc.char_span(*match.span(group), label="GPE", alignment_mode="expand") if match.group(group) else None
            if place is not None and not any(e.start == place.start and e.end == place.end and e.label_ == "GPE" for e in ents):
                places.append(place)
        break
    return _giving_way(ents, places)


def _kicker(text: str, match: re.Match[str]) -> bool:
    """Whether a dateline-like opening in capitals is a kicker or the first words of a sentence
    ("BREAKING —", "EDITOR'S NOTE —", "IT WAS —", "WARNING —" with a "warning" later), not a
    place. A place with its state or an agency after it, or one the places lexicon knows
    ("WASHINGTON —"), is a place. A bare one is not when it holds a function word or a
    possessive, or the article writes it in lower case elsewhere, as a common word ("heat
    wave"); the tagger is no help in capitals (it read "DES MOINES" a name and a noun)."""
    place = match.group("place")
    if place in _DATELINE_KICKERS:
        return True
    if match.group("region") or "(" in match.group(0) or place.lower() in lexicons.load("places"):
        return False
    words = re.findall(r"[A-Z.]+|['’]S\b", place)
    if any(word.lower() in STOP_WORDS or word in ("'S", "’S") for word in words):
        return True
    return re.search(r"\b" + re.escape(place.lower()) + r"\b", text) is not None


def _opening_paragraphs(text: str) -> list[int]:
    """Where the paragraphs that may hold a dateline start: the headline's and those after it
    up to and including the first paragraph of text (a byline "By …" or a short line with
    no full stop, such as a date, comes before it), at most :data:`_DATELINE_PARAGRAPHS`
    after the headline."""
    starts = [0]
    for match in re.finditer(r"\n\s*(?=\S)", text):
        starts.append(match.end())
        end = text.find("\n", match.end())
        paragraph = text[match.end() : end if end >= 0 else len(text)].strip()
        leads_in = paragraph.startswith("By ") or (len(paragraph.split()) < 8 and not paragraph.endswith((".", "!", "?", '"', "”")))
        if len(starts) > _DATELINE_PARAGRAPHS or not leads_in:
            break
    return starts


_MAX_PARTICLES = 3


def _with_name_particles(ents: list[Span]) -> list[Span]:
    """"Ursula von der Leyen": the recogniser ends the person at a particle ("Ursula von") and
    tags the rest a place ("Leyen"), and so every later "von der Leyen" / "Von der Leyen". A
    person's name runs on over up to three lower-case particles to the capitalised word after
    them; a later name written as those particles and that word ("von der Leyen", "De Gaulle"
    tagged a place) is that person's surname, a person. The entities inside give way."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    people: list[Span] = []
    surnames: set[tuple[str, ...]] = set()
    whole: list[Span] = []  # people tagged with their particles, whose inside no later name claims
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        inner = _surname_with_particles(ent)
        if inner is not None:
            # "Pieter van der Berg" tagged whole: a later "Van der Berg told reporters" (tagged a
            # work) or "der Berg" is his surname too
            surnames.add(inner)
            whole.append(ent)
        core_end = ent.end
        while core_end > ent.start + 1 and doc[core_end - 1].lower_ in _NAME_PARTICLES and doc[core_end - 1].is_lower:
            core_end -= 1
        end = core_end
        while end < len(doc) and end - core_end < _MAX_PARTICLES and doc[end].lower_ in _NAME_PARTICLES and doc[end].is_lower:
            end += 1
        if end == core_end or end >= len(doc) or not (doc[end].is_title and doc[end].is_alpha):
            continue
        person = Span(doc, ent.start, end + 1, label="PERSON")
        people.append(person)
        surnames.add(tuple(t.lower_ for t in doc[core_end : end + 1]))
    if not surnames:
        return ents
    longest = max(len(name) for name in surnames)
    for start in range(len(doc)):
        if doc[start].lower_ not in _NAME_PARTICLES or any(p.start <= start < p.end for p in (*people, *whole)):
            continue
        for size in range(longest, 1, -1):
            if tuple(t.lower_ for t in doc[start : start + size]) in surnames:
                people.append(Span(doc, start, start + size, label="PERSON"))
                break
    return _giving_way(ents, people)


def _surname_with_particles(ent: Span) -> tuple[str, ...] | None:
    """The lower-cased particles and last word of a person tagged whole ("van", "der", "berg"
    of "Pieter van der Berg"), or None when no lower-case particle stands right before the
    capitalised last word."""
    doc, last = ent.doc, ent.end - 1
    start = last
    while start - 1 > ent.start and doc[start - 1].lower_ in _NAME_PARTICLES and doc[start - 1].is_lower:
        start -= 1
    if start == last or not (doc[last].is_title and doc[last].is_alpha):
        return None
    return tuple(t.lower_ for t in doc[start : last + 1])


_MAX_GIVEN_NAMES = 2  # "Dmitry Sergeyevich| Volkov": a first name and a patronymic or middle name


def _with_given_names_before(ents: list[Span]) -> list[Span]:
    """"Dmitry Sergeyevich Volkov", "Marina Ivanovna Guseva": the recogniser tags the surname
    alone, or the patronymic and surname, and leaves the first name out; the bare "Volkov" of
    the person then joins another Volkov named in full (his son). A person runs back over up to
    two capitalised words (or name particles) right before it on its line, untagged, the first
    of them a first name of the lists that the article never writes in lower case ("Will
    Harbison keep …") and no title ("Senator", "Judge"). A capitalised word right before a
    lower-case particle is a given name too, listed or not: "Sanne ter Horst", not "Horst"."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    lower_words: frozenset[str] | None = None
    people: list[Span] = []
    for ent in ents:
        if not ent[0].is_title or not (ent.label_ == "PERSON" or _honorific_and_first_name_before(ent)):
            continue  # 'Dr Iain Ferguson-Baptiste' with the surname tagged a body: a person too
        start = ent.start
        best = None
        while start > 0 and ent.start - start < _MAX_GIVEN_NAMES:
            word = doc[start - 1]
            if word.ent_type_ or word.whitespace_ != " " or not word.is_alpha:
                break
            if not (word.is_title or (word.is_lower and word.lower_ in _NAME_PARTICLES)):
                break
            if word.lower_ in _title_words() or word.lower_ in _TITLE_MODIFIERS or word.lower_ in _NEVER_FIRST_NAMES:
                break
            start -= 1
            # a lower-case particle after it ("Sanne ter Horst") marks a given name the lists lack
            particle_after = doc[start + 1].is_lower and doc[start + 1].lower_ in _NAME_PARTICLES
            if word.is_title and (particle_after or _known_first_name(word.lower_)):
                if lower_words is None:
                    lower_words = _lower_case_words(doc)
                if word.lower_ not in lower_words:
                    best = start
        if best is not None and doc[best].is_title:
            people.append(Span(doc, best, ent.end, label="PERSON"))
    return _giving_way(ents, people)


_NICKNAME_OPENERS = frozenset({'"', "“", "‘", "'"})
_NICKNAME_CLOSERS = frozenset({'"', "”", "’", "'"})
# What the recogniser calls the surname after a nickname ("Tiegen" ORG, "Pillai" PERSON).
_NICKNAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def _with_nickname_between(ents: list[Span]) -> list[Span]:
    """'John “Tig” Tiegen', 'Rajesh "Raj" Pillai': the recogniser stops at the quotation marks
    and tags the surname alone, often as a body ("Tiegen" ORG), and the first name as a product
    or nothing. A first name of the lists, a capitalised word in quotation marks and the name
    right after it are one person, named in full ('Robert "Bobby" Tan', as the recogniser tags it
    when it sees it whole) — unless the article writes the first name in lower case: 'Will
    "Global" Britain survive?' opens a question."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    lower_words: frozenset[str] | None = None
    people: list[Span] = []
    for ent in ents:
        start = ent.start
        if ent.label_ not in _NICKNAMED_LABELS or start < 4 or not ent[0].is_title:
            continue
        closer = doc[start - 1]  # read first: most names have none before them
        if closer.text not in _NICKNAME_CLOSERS or not closer.whitespace_:
            continue
        first, opener, nickname = doc[start - 4], doc[start - 3], doc[start - 2]
        if opener.text not in _NICKNAME_OPENERS:
            continue
        if opener.whitespace_ or nickname.whitespace_ or not (nickname.is_title and nickname.is_alpha):
            continue
        if not (first.is_title and first.whitespace_ and _known_first_name(first.lower_)):
            continue
        if lower_words is None:
            lower_words = _lower_case_words(doc)
        if first.lower_ not in lower_words:
            people.append(Span(doc, start - 4, ent.end, label="PERSON"))
    return _giving_way(ents, people)


def _joined_parts(ent: Span) -> list[Span] | None:
    """The names of ``ent`` when it is nothing but capitalised names joined by commas and
    "and" (", and" too), at least two of them, else None."""
    if any(t.text == "&" for t in ent) or any(not t.is_title and t.text not in (",", "and") for t in ent):
        return None
    parts: list[Span] = []
    start = ent.start
    for i in range(ent.start, ent.end + 1):
        if i < ent.end and ent.doc[i].text not in (",", "and"):
            continue
        if i > start:
            parts.append(ent.doc[start:i])
        elif not (i < ent.end and ent.doc[i].text == "and" and ent.doc[i - 1].text == ","):
            return None  # a joint with no name before it
        start = i + 1
    if len(parts) < 2 or any(not t.is_alpha for part in parts for t in part):
        return None
    return parts


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
    if any(re.search(r"\b" + re.escape(t.text) + r"\b", body) for t in words):
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
    if any(re.search(r"\b" + re.escape(t.text) + r"\b", body) for t in words):
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
    span_text = span.text  # built from the tokens at every read: once here
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
    return len(span) == 1 and verb and word.lower_.endswith("ing") and word.dep_ not in ("nsubj", "nsubjpass")


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


def _with_body_name_before(span: Span, body_names: frozenset[str]) -> Span:
    """'Forward Colorado said' tagged a place 'Colorado': one or two capitalised words the
    recogniser left untagged before the name make with it a body the article names elsewhere, so
    the span is that body, an organisation."""
    doc = span.doc
    for start in (span.start - 1, span.start - 2):
        if start < 0 or not all(t.is_title and t.is_alpha and t.ent_iob_ == "O" for t in doc[start : span.start]):
            return span
        if doc[start : span.end].text.lower() in body_names:
            return Span(doc, start, span.end, label="ORG")
    return span


def _not_a_name_word(token) -> bool:
    """A capitalised word the tagger reads as a verb, adjective, determiner or the like in
    running text ("Combine Clinton and Sanders’ numbers", "Classic Clinton: optimistic"): not a
    first name. Headlines are left to the body's evidence, their words being tagged badly."""
    return token.pos_ in _NOT_NAME_POS and token.sent.start != 0


# Parts of speech a first name is not given in running text.
_NOT_NAME_POS = frozenset({"VERB", "ADJ", "DET", "CCONJ", "SCONJ", "ADV", "PRON", "AUX", "ADP"})


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


# A chamber named after the party that holds it or may win it ("a Democratic Senate", "a
# Republican Congress") is the chamber itself: the party is no part of its name.
_PARTIES = frozenset({"democratic", "democrat", "republican", "gop"})
_CHAMBERS = frozenset({"senate", "congress", "house", "legislature", "assembly"})


def _trim_body_name(span: Span) -> Span:
    """An organisation's name without what the recogniser ran on into: a dash and lower-case
    words ("Tax Policy Center - half of it"), an opening bracket never closed ("Department of
    Transportation (Caltrans"), a possessive determiner before it ("Its Clinton Health
    Access Initiative"), a party before a chamber ("a Democratic Senate"), or a flight's number
    after its airline ("Northline Airways Flight 2210": the flight is no body, and "the airline
    said" is the airline's)."""
    doc = span.doc
    start, end = span.start, span.end
    if doc[start].lower_ in ("its", "his", "her", "their") and end - start > 1:
        start += 1
    if end - start > 2 and doc[end - 2].lower_ == "flight" and any(c.isdigit() for c in doc[end - 1].text):
        end -= 2
    elif end - start > 1 and doc[end - 1].lower_ == "flight" and end < len(doc) and any(c.isdigit() for c in doc[end].text):
        end -= 1  # the number left out ("Coastal Air Flight| 419"; "Honor Flight" is a charity's name)
    if end - start == 2 and doc[start].lower_ in _PARTIES and doc[start + 1].lower_ in _CHAMBERS:
        start += 1  # "a Democratic Senate", "the Republican Congress": the chamber, whoever holds it
    for i in range(start + 1, end):
        # not the hyphen of a given name opening the name ("Hye-jin Dorsey", tagged a body)
        given_name = i == start + 1 and _given_name_hyphen(doc, i)
        dash_then_lower = doc[i].text in _DASHES and i + 1 < end and doc[i + 1].is_lower and not given_name
        open_bracket = doc[i].text == "(" and not any(doc[j].text == ")" for j in range(i, end))
        if dash_then_lower or open_bracket:
            end = i
            break
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


def _given_name_hyphen(doc: Doc, i: int) -> bool:
    """The hyphen at ``i`` joins a given name's halves ("Hye-jin"), not a name to the words the
    recogniser ran on into ("Tax Policy Center - half of it")."""
    return (
        i > 0 and i + 1 < len(doc) and not doc[i - 1].whitespace_ and not doc[i].whitespace_
        and _hyphenated_given_name(doc[i - 1].text, doc[i + 1].text)
    )  # fmt: skip


def _with_given_name_after(span: Span) -> Span:
    """'Kim Do-hyun', 'Moon Jae-in' with only the surname tagged: a hyphenated East Asian given
    name right after it (its second syllable in lower case) is the rest of the name, written
    surname first."""
    doc = span.doc
    end = span.end
    if end + 3 > len(doc) or not span[-1].whitespace_ or doc[end].ent_type_ or doc[end + 1].text != "-":
        return span
    if doc[end].whitespace_ or doc[end + 1].whitespace_ or not _given_name_hyphen(doc, end + 1):
        return span
    if doc[end + 2].is_title:
        return span  # "Jean-Marie" after a name opens the next person's name
    return Span(doc, span.start, end + 3, label=span.label_)


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
