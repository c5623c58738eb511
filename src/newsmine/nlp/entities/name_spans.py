"""The recogniser's spans cut to the names they hold.

A person's name without the clause, headline words, epithet or handle swept in with it; a
headline's name cut to what the body writes; an organisation's name without what it ran on
into; any name without the markup or link after it. Also the word tests the sibling modules
share (the article's lower-case words, reporting verbs, words that are never a first name).

The recogniser's other mistakes over a name are in the siblings, each a different kind of
fix: :mod:`.name_splits` cuts one span into several names, :mod:`.whole_names` makes whole a
name it cut short or tagged in pieces, :mod:`.not_names` tells the spans that name no one.
This module changes only a span's own edges, one span at a time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.doc_attrs import remembered
from newsmine.nlp.entities.word_lists import (
    _POSSESSIVE,
    HONORIFICS,
    TITLE_MODIFIERS,
    _hyphenated_given_name,
)
from newsmine.nlp.entities.word_lists import all_first_names as _first_names
from newsmine.nlp.entities.word_lists import demonym_of_a_country as _demonym_of_a_country
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name
from newsmine.nlp.entities.word_lists import title_words as _title_words
from newsmine.nlp.whole_words import writes_word

_QUOTATION_MARKS = frozenset({'"', "“", "”", "‘", "’", "'"})


def _in_quotation_marks(span: Span) -> bool:
    """A name between quotation marks: a work's title or a nickname ("Queen Nancy"), no titled
    person (:mod:`.mentions`), nor a speaker run into an outlet (:mod:`.name_splits`)."""
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text in _QUOTATION_MARKS and doc[span.end].text in _QUOTATION_MARKS


# Lower-case words that may sit inside a person's name ("Ludwig van Beethoven", "Osama bin Laden").
NAME_PARTICLES = frozenset({"van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "la", "le", "bin", "bint", "ibn", "al", "el", "y", "dos", "das", "ter", "ten", "st."})


# Words that end a person's name where a line in title case goes on past it ("Ana Ruiz Responds
# To …", "Tom Lee On Why …"): the capitalised forms of words the lower-case cut below stops at.
# Not "Will", "May", "Do", "In" (first names, Korean given names) nor name particles.
_TITLE_CASE_FUNCTION_WORDS = frozenset(
    {"to", "on", "of", "for", "with", "about", "why", "how", "what", "after", "over", "from", "into", "is", "are", "was", "were", "and", "the"}
)


# Verb endings that make a reporting verb of a headline word ("Says", "Slams", "Warned").
_VERB_ENDINGS = ("", "s", "es", "d", "ed", "ing")


def lower_case_words(doc: Doc) -> frozenset[str]:
    """Words the article writes in lower case somewhere: a capitalised one of them at a name's
    edge in a headline is a headline word ("Obama Says", "Trump Speech"), not part of the name.
    Read once per Doc: the mentions and the clustering both ask."""
    return remembered(doc, _read_lower_case_words)


def _read_lower_case_words(doc: Doc) -> frozenset[str]:
    if not len(doc):
        return frozenset()
    hashes = set(doc.to_array(ORTH).tolist())  # one array, not a Token object per word
    try:
        words = set(map(_LOWER_CASE_WORD.__getitem__, hashes))
    except KeyError:
        if len(_LOWER_CASE_WORD) > _LOWER_CASE_WORD_LIMIT:
            _LOWER_CASE_WORD.clear()
        for h in hashes:
            if h not in _LOWER_CASE_WORD:
                lexeme = doc.vocab[h]
                _LOWER_CASE_WORD[h] = lexeme.orth_ if lexeme.is_lower and lexeme.is_alpha else ""
        words = set(map(_LOWER_CASE_WORD.__getitem__, hashes))
    words.discard("")
    return frozenset(words)


# Each word's hash -> the word when it is lower case and alphabetic (its lexeme's IS_LOWER and
# IS_ALPHA, set from its string), else "": the same answer for a hash in every Doc, so kept
# across Docs (an article's ~500 distinct words were each looked up in the string store and
# their flags read anew); at most some 25 MB, then all forgotten at once.
_LOWER_CASE_WORD: dict[int, str] = {}
_LOWER_CASE_WORD_LIMIT = 200_000


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
        if tok.is_lower and tok.is_alpha and tok.lower_ not in NAME_PARTICLES and not glued:
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
        if _number_after_name(doc[end - 2], last):
            end -= 1  # "Ted Cruz 1, John Kasich 2", "Donald Trump 384, Sen. Ted Cruz 300", "Barron 9."
            continue
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
            and low not in TITLE_MODIFIERS
            and low not in HONORIFICS
            and not (low in NAME_PARTICLES and doc[start + 1].lower_ in NAME_PARTICLES)  # "Van der Berg"
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


# Capitalised words a number names a thing or a person after ("House Bill 1523", "Teamsters Local
# 294", "Channel 4", "Flight 93", "Juror 4"): the number is that name's own, never a count glued
# to a person's.
_NUMBERED_THING_WORDS = frozenset({
    "bill", "act", "proposition", "prop", "amendment", "resolution", "measure", "local", "channel", "flight", "route",
    "highway", "interstate", "district", "precinct", "ward", "station", "room", "gate", "terminal", "pier", "unit",
    "episode", "season", "chapter", "section", "title", "article", "rule", "no", "number", "apollo", "studio",
    # people a court, the police or a health report number instead of naming them ("Juror 4", "Victim
    # 2", "Patient 31"), and fire companies ("Ladder 4"): the number tells one from another
    "juror", "witness", "victim", "patient", "individual", "official", "defendant", "plaintiff", "suspect",
    "inmate", "prisoner", "detainee", "engine", "ladder", "squad", "battalion",
})  # fmt: skip


def _number_after_name(before: Token, number: Token) -> bool:
    """Whether ``number``, the last token of a person's span after the word ``before``, is a
    figure the recogniser swept into the name: digits alone, apart from the name ("Ted Cruz 1,
    John Kasich 2" in a ranking, "Donald Trump 384" in a delegate count, "Barron 9" in a list of
    ages, "Laquan McDonald 16 times"); people's names never end in one (session 59). Not a
    version or decimal ("Guccifer 2.0"), not a number glued on ("Mig-29", "R2"), not a number
    naming the thing before it (``_NUMBERED_THING_WORDS``: "House Bill 1523")."""
    return (
        number.is_digit
        and number.is_ascii
        and before.is_alpha
        and bool(before.whitespace_)
        and before.lower_ not in _NUMBERED_THING_WORDS
    )


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
    if first.lower_ in NAME_PARTICLES and _family_name_of_a_relative(word, rest):
        return False
    # Written somewhere without the word before it; a pattern compiled for each name cost more
    # than the rest of this rule, and doc.text was joined anew at each call (session 58, speed58b)
    return writes_word(doc_text(word.doc), rest.text, not_after=text + " ")


def _family_name_of_a_relative(word, rest: Span) -> bool:
    """Whether ``rest``, a family name opening with a particle ("Al Thani", "Van der Berg"), is
    tagged elsewhere as the end of another person's name with another given name ("Hamad Al
    Thani" beside "Tamim Al Thani"): a relative's, so written there without ``word`` it is no
    sign ``word`` is an epithet. "Al" is a first name too ("Al Gore"), which alone made "Tamim"
    an epithet before "Al Thani", and the two men one person (session 64, intl64). An epithet
    before a particle name written alone elsewhere ("Crooked Al Gore" beside "Al Gore") is
    still cut, and so is a demonym before it ("Qatari Al Thani" beside "Hamad Al Thani", which
    this rule alone made a second person: review64f)."""
    if _demonym_of_a_country(word.lower_):
        return False
    size = len(rest)
    wanted = [t.lower_ for t in rest]
    for ent in word.doc.ents:
        if ent.label_ != "PERSON" or len(ent) <= size or ent.start == word.i:
            continue
        if [t.lower_ for t in ent[-size:]] == wanted and ent[-size - 1].lower_ != word.lower_:
            return True
    return False


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


def _in_title_case(sentence: Span) -> bool:
    """Whether every word of four letters or more in ``sentence`` is capitalised: a headline,
    where capitals mark no name ("Boeing Machinists for a Third Week Stay Off the Job")."""
    words = [t for t in sentence if t.is_alpha and len(t) >= 4]
    return bool(words) and all(t.text[0].isupper() for t in words)


def _past_headline(token) -> bool:
    """Whether ``token`` stands after the article's first line, its headline (an article of one
    line is all headline)."""
    headline_end = doc_text(token.doc).find("\n")  # cached per Doc (doc.text walks the tokens)
    return headline_end != -1 and token.idx > headline_end


_DASHES = frozenset({"-", "–", "—"})


# What a web page's markup or a link leaves in the text ("datetime=\"2016", "</tweet>",
# "http://bit.ly/1Tnr3QM"): never part of a name.
_MARKUP_RE = re.compile(r"://|^https?:?$|^www\.|=|</?[a-z]|>")
# What every match of _MARKUP_RE holds ("://" a colon, "^https?:?$" "http", "</?[a-z]" a "<"):
# a name without any of them has no markup to cut.
_MARKUP_MARKS = (":", "=", "<", ">", "www.", "http")


def _without_markup(span: Span) -> Span | None:
    """A name cut before the markup or link the recogniser ran it into ("Joseph P. Kahn:
    http://bit.ly/…" -> "Joseph P. Kahn"); None when the span starts with it ("datetime=\"2016"
    tagged a place, "https://twitter.com/JeffHorwitz" a person) or the markup is glued to a
    word of the name, which no token boundary cuts ("San Bernardino.</tweet>")."""
    written = doc_text(span.doc)[span.start_char : span.end_char]
    if not any(mark in written for mark in _MARKUP_MARKS):
        return span  # no token can match _MARKUP_RE: the names of most articles are read in one pass
    for tok in span:
        found = _MARKUP_RE.search(tok.text)
        if found:
            if tok.i == span.start or found.start() > 0 and not tok.text.startswith("http"):
                return None  # or glued to a word ("Bernardino.</tweet"): no clean cut
            return Span(span.doc, span.start, tok.i, label=span.label)
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
        return writes_word(body, doc[start:end].text)

    if len(span) < 2 or in_body(span.start, span.end):
        return span
    after = doc[span.end] if span.end < len(doc) else None
    lower_word_after = after is not None and after.is_lower and after.is_alpha and not after.is_stop
    sentence_case = lower_word_after and _lead_sentence(span)
    # "the Riverside Unified School District says …" on a first line that is a lead
    # paragraph (no headline above it): a lower-case word after the name, not one of the
    # small words a title-cased headline keeps in lower case, says the capitals are the
    # name's own, not the headline's; "Riverside" of a "Riverside Courier" below is no cut.
    for end in range(span.end - 1, span.start, -1):
        if not sentence_case and in_body(span.start, end):
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
        # The word's own tests first: the body searched with a pattern made for this name only
        # when none of them says the word is the headline's (session 58, speed58b)
        if word.pos_ != "PROPN" or word.lower_ in lower_words or word.lower_ in verbs or _person_noun(word):
            return Span(doc, start, span.end, label=span.label)
        tail = re.escape(doc[start : span.end].text)
        if any(m.group(1).lower() in first_names for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + tail + r"\b", body)):
            return Span(doc, start, span.end, label=span.label)
    return span


# Nouns for a person by age or standing that a headline sets before a name ("Teenager Wei Lan
# stuns …", "Rookie …"), beside the trades and roles of ``person_nouns`` (which holds "veteran"
# and "champion" already).
_HEADLINE_PERSON_NOUNS = frozenset({"teenager", "teen", "youngster", "rookie", "newcomer", "prodigy", "underdog"})


def _person_noun(word: Token) -> bool:
    """Whether a headline's capitalised ``word`` before a name the body writes without it is a
    noun for a person (a trade, a role, an age or standing): the headline's description of the
    person, not a first name, though the body never writes the word in lower case. probe65:
    "Teenager Wei Lan" kept whole left the body's "Wei" a person of its own (a family name
    written first is no last word to match); a known first name after the word was cut so
    already ("Teenager Tom Reyes")."""
    low = word.lower_
    return low in _HEADLINE_PERSON_NOUNS or low in lexicons.load("person_nouns")


# Words of a first line that make it a lead paragraph, not a headline: headlines run shorter.
_LEAD_SENTENCE_WORDS = 20


def _lead_sentence(span: Span) -> bool:
    """Whether the sentence holding ``span`` reads as a lead paragraph's, not a headline's:
    a full stop at its end and at least :data:`_LEAD_SENTENCE_WORDS` words ("AP-GfK Poll:
    Voters increasingly see Sanders as electable." is a headline with a full stop)."""
    sent = span.sent
    words = sum(t.is_alpha for t in sent)
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text == "." and words >= _LEAD_SENTENCE_WORDS


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
