"""Word lists and first-name look-ups that several steps of the entity reasoning share.

Honorifics, title words and their modifiers, possessive marks, the last words of the names of
places and bodies, and the curated first names (joined once, cached).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from newsmine.nlp import lexicons

# Honorifics of English-language news outside the US and UK are honorifics too: South Asia's
# "Shri", "Smt." (Shrimati), West Africa's "Alhaji", "Alhaja", "Hajiya", "Malam", "Engr.",
# "Barr." (barrister), Malaysia's "Datuk", "Dato'", "Datin", and the pilgrim's "Haji"
# of Malaysian and South Asian copy (intl64b: "Haji Musa Hassan" was named so, honorific and
# all). Without them "Alhaji Musa Danladi" and a later "Alhaji Danladi" were two people, and the
# name kept the honorific. Not "Sri" (Sri Lanka), "Tan" (a surname; "Tan Sri" below), "Seri"
# (Bandar Seri Begawan) nor Malaysia's highest title "Tun" (a Burmese given name: "Tun Tun Oo",
# "Than Tun"); "Barr" only with its full stop (a surname without it).
_HONORIFICS_OUTSIDE_US_UK = frozenset({
    "shri", "shri.", "smt", "smt.", "alhaji", "alhaja", "hajiya", "haji", "malam", "mallam",
    "engr.", "barr.", "datuk", "dato", "dato'", "dato’", "datin",
})  # fmt: skip
HONORIFICS = frozenset(
    {"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "dr.", "dr", "sir", "dame", "lord", "lady"}
) | _HONORIFICS_OUTSIDE_US_UK

# Malaysia's compound honorifics ("Datuk Seri Najib Razak", "Dato' Sri", "Tan Sri Muhyiddin
# Yassin", "Puan Sri", a Tan Sri's wife): the federal titles' two-word forms, whose words are
# honorifics only together. "Seri"/"Sri" after the first word ("Bandar Seri Begawan", "Sri Lanka"
# are names); "Tan" and "Puan" only before "Sri" ("Amy Tan", "Tan Chee Keong" keep their surname).
_SECOND_HONORIFIC_WORDS = frozenset({"seri", "sri"})
_FIRST_OF_TWO_WORD_HONORIFICS = frozenset({"datuk", "dato", "dato'", "dato’", "datin", "tan", "puan"})
# First words that are honorifics only with their second ("Tan Sri"); the others are on their own.
_FIRST_WORDS_ONLY_PAIRED = frozenset({"tan", "puan"})


def compound_honorific_word(token) -> bool:
    """Whether ``token`` is a word of a compound honorific that is no honorific alone: "Seri" or
    "Sri" of "Datuk Seri", "Tan Sri", and "Tan" or "Puan" of "Tan Sri", "Puan Sri"."""
    doc = token.doc
    if token.lower_ in _FIRST_WORDS_ONLY_PAIRED:
        return token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "sri"
    if token.lower_ not in _SECOND_HONORIFIC_WORDS or token.i == 0:
        return False
    before = doc[token.i - 1]
    if before.text in ("'", "’") and token.i > 1:
        before = doc[token.i - 2]  # "Dato' Seri" cut at its apostrophe
    return before.lower_ in _FIRST_OF_TWO_WORD_HONORIFICS


def malaysian_honorific_word(token) -> bool:
    """Whether ``token`` is a word of a Malaysian honorific: one of a compound ("Tan Sri",
    "Datuk Seri") or one that is an honorific alone ("Datuk", "Dato'", "Datin")."""
    return compound_honorific_word(token) or (
        token.lower_ in _FIRST_OF_TWO_WORD_HONORIFICS and token.lower_ not in _FIRST_WORDS_ONLY_PAIRED
    )


# Honorifics spelled with a closing apostrophe, which the tokenizer cuts off ("Dato'": "Dato", "'").
_APOSTROPHE_HONORIFICS = frozenset({"dato"})


def cut_honorific_apostrophe(token) -> bool:
    """Whether ``token`` is the apostrophe the tokenizer cut from the honorific right before it
    ("Dato'" written as "Dato", "'"): part of the word, so a speaker written "the Dato'" keeps
    it (intl64b; it was written 'the Dato'). Not a possessive's mark after a space or another
    word ("the Datins' husbands", "the players' union")."""
    doc = token.doc
    if token.text not in ("'", "’") or token.i == 0:
        return False
    before = doc[token.i - 1]
    return not before.whitespace_ and before.lower_ in _APOSTROPHE_HONORIFICS


# Arabic names' "son of" / "daughter of" ("Turki bin Mansour"), written in lower case.
_ARABIC_NAME_PARTICLES = frozenset({"bin", "bint", "ibn"})

TITLE_MODIFIERS = frozenset({"former", "acting", "deputy", "vice", "senior", "interim", "then", "outgoing", "incoming", "assistant", "associate", "foreign", "defense", "defence", "interior", "finance", "health", "prime", "attorney", "press", "general", "state", "house", "white", "secretary", "chief", "executive", "national", "security", "communications", "campaign", "special", "counsel", "majority", "minority", "democratic", "republican", "labour", "tory", "senate", "supreme", "court", "federal", "u.s.", "us", "un", "eu"})
# A service named before its title ("Fire Chief Dennis Walsh", "police officer"); also verbs
# ("to fire campaign manager Corey Lewandowski"), so a modifier only as a noun.
_SERVICE_MODIFIERS = frozenset({"fire", "police"})
# Abbreviated titles spelled out, so that "Gov. Ruiz" and "Governor Ana Ruiz", "Sgt. Ruiz" and
# "Sergeant Maria Ruiz" carry one title. The military and police ones are those the tokenizer
# keeps whole (nlp/model.py, _TITLE_ABBREVIATIONS) whose full word is a title word too.
ABBREVIATIONS = {"sen.": "senator", "sens.": "senator", "rep.": "representative", "reps.": "representative",
                  "gov.": "governor", "govs.": "governor", "gen.": "general", "gens.": "general",
                  "dr.": "doctor", "pres.": "president", "sec.": "secretary", "atty.": "attorney", "lt.": "lieutenant",
                  "sgt.": "sergeant", "capt.": "captain", "col.": "colonel", "maj.": "major", "cmdr.": "commander",
                  "cdr.": "commander", "insp.": "inspector", "supt.": "superintendent", "amb.": "ambassador",
                  "ofc.": "officer", "cllr": "councillor"}  # fmt: skip
# Titles of nobility are titles before "of" ("the Duke of Sussex", "Countess of Wessex"), not
# before a name: "Duke" is also a given name or nickname ("Duke Bennett", a mayor), so a name
# that opens with one keeps it.
_OF_TITLES = frozenset({"duke", "duchess", "marquess", "marchioness", "countess", "viscount", "viscountess", "baroness"})
_POSSESSIVE = frozenset({"'s", "’s", "‘s", "'", "’"})  # "‘s": "Trump‘s" (see newsmine.nlp.model)


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words of a person's title or role: 'minister', 'coach', and sports positions ('defender')."""
    return lexicons.load("titles") | lexicons.load("positions")


# Last words of names of places and bodies that start with a first name ("Rose Bowl").
PLACE_AND_BODY_ENDINGS = frozenset({
    "foundation", "bowl", "institute", "center", "centre", "university", "college", "street", "avenue", "park",
    "hall", "square", "bridge", "river", "county", "city", "school", "library", "museum", "award", "prize", "act",
})  # fmt: skip


# Words of places' and institutions' names that are nobody's surname: after a royal title they
# make the words a place or an institution named after a royal ("Prince Edward Island", "Queen
# Elizabeth Hospital", "Prince Charles Cinema", "King County Sheriff"), which the small model
# tags PERSON; cutting the title there left a person "Edward Island". Not "Hall", "Park",
# "Street", "Ridge", "Bay", "Parish": surnames ("Senator Ralph Hall", "President Park Geun-hye",
# the British MP Neil Parish, whom "parish" here made a place, his "Parish said" an organisation).
_NO_SURNAME_PLACE_WORDS = frozenset({
    "island", "islands", "isle", "county", "hospital", "infirmary", "clinic", "cinema", "theatre", "theater",
    "university", "college", "school", "museum", "library", "institute", "airport", "stadium", "cathedral",
    "avenue", "square", "province",
})  # fmt: skip


# How the words for one of a people end ("Kenyan", "Israeli", "Spaniard", "Swede", "Dane",
# "Briton", "Pole", "Finn", "Turk", "Scot", "Greek").
ONE_OF_A_PEOPLE_ENDINGS = ("an", "i", "ard", "ede", "ane", "ton", "ole", "inn", "urk", "cot", "eek")


# Words for a nation's people whose country is not their stem (or no stem of four letters
# :func:`same_nation` would find: "thai" leaves four of "thailand"), with the country's names
# and short forms in lower case: "the Emirati said" after "Rashid Khalfan of the UAE".
# The adjectives whose country shares only a letter or two with them ("french", "dutch") are
# here too: the organisation rules read them (``speakers.organisations``), where a stem alone
# would let "the Australian foreign ministry" be Austria's.
IRREGULAR_DEMONYMS: dict[str, tuple[str, ...]] = {
    "french": ("france",), "british": ("britain",), "dutch": ("netherlands",), "swiss": ("switzerland",),
    "spanish": ("spain",), "polish": ("poland",), "danish": ("denmark",), "irish": ("ireland",), "welsh": ("wales",),
    "scottish": ("scotland",), "english": ("england",), "finnish": ("finland",),
    "portuguese": ("portugal",), "czech": ("czechia",), "thai": ("thailand",), "philippine": ("philippines",),
    "norwegian": ("norway",), "swedish": ("sweden",), "belgian": ("belgium",), "greek": ("greece",),
    "turkish": ("turkey",), "lebanese": ("lebanon",), "cypriot": ("cyprus",), "slovak": ("slovakia",),
    "emirati": ("united arab emirates", "uae", "emirates"), "filipino": ("philippines", "philippine"),
    "filipina": ("philippines", "philippine"), "malagasy": ("madagascar",), "monegasque": ("monaco",),
    "saudi": ("saudi arabia", "ksa"), "omani": ("oman",), "bahraini": ("bahrain",), "kuwaiti": ("kuwait",),
    # a state's people by its nickname ("recent Hoosier polls": no pollster)
    "hoosier": ("indiana",), "buckeye": ("ohio",), "sooner": ("oklahoma",),
}  # fmt: skip


# Those of :data:`IRREGULAR_DEMONYMS` that name one person ("the Filipino said", "the Thai")
# and do not end as :data:`ONE_OF_A_PEOPLE_ENDINGS`; not those that name a whole people with
# "the" ("the French", "the Dutch", "the Portuguese").
ONE_OF_A_PEOPLE_IRREGULAR = frozenset({"thai", "filipino", "filipina", "malagasy", "monegasque", "czech", "slovak", "cypriot"})


def same_nation(word: str, demonym: str) -> bool:
    """'norwegian' is of 'norway', 'kenyan' of 'kenya', 'dutchman' of 'dutch': a stem of four
    letters or more that leaves at most two of the written word ("australian" is not of
    "austrian", nor "austrian" of "australia"; "austria" and "the Australian" still meet).
    A demonym of :data:`IRREGULAR_DEMONYMS` meets its country's names either way round
    ("emirati" and "uae", "thailand" and "thai", "filipino" and "philippines")."""
    if word in IRREGULAR_DEMONYMS.get(demonym, ()) or demonym in IRREGULAR_DEMONYMS.get(word, ()):
        return True
    stem = 0
    while stem < min(len(word), len(demonym)) and word[stem] == demonym[stem]:
        stem += 1
    return word == demonym or (stem >= 4 and len(word) - stem <= 2)


def demonym_of_a_country(word: str) -> bool:
    """Whether ``word`` (lower case) is the word for one of a listed country's people
    ("qatari", "saudi", "kuwaiti", "syrian"): it ends as such words do and meets a country of
    ``places.txt`` by :func:`same_nation`. The entity rules read it before a name as an epithet
    ("Qatari Al Thani"), never a given name (review64f)."""
    if word in IRREGULAR_DEMONYMS:
        return True  # "emirati", "filipino", "monegasque"
    if not word.endswith(ONE_OF_A_PEOPLE_ENDINGS):
        return False
    countries = lexicons.load_block("places", "Countries and common short forms")
    return any(same_nation(word, country) for country in countries)


@lru_cache(maxsize=1)
def all_first_names() -> frozenset[str]:
    """The first names of both lists, joined once (not at every span that asks)."""
    return lexicons.load("first_names_female") | lexicons.load("first_names_male")


@lru_cache(maxsize=1)
def _first_names_not_places() -> frozenset[str]:
    """The first names of the lists that are not also places, taken apart once: the entity
    rules ask :func:`known_first_name` of some 70 words an article (session 55)."""
    return all_first_names() - lexicons.load("places")


def known_first_name(word: str) -> bool:
    """A first name of the lists that is not also a place ("Charlotte", "Jordan")."""
    return word in _first_names_not_places()


# A word with a capital inside it after its first lower-case letters ("LaToya", "McCain").
_INNER_CAPITAL_RE = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")


def inner_capital_given_name(word: str) -> bool:
    """'LaToya', 'DeShawn': a first name of the lists written with a capital inside it, which
    opens a person's name as "Latoya" would (probe55); not "McCain", "DeVos" (no first name)."""
    return _INNER_CAPITAL_RE.fullmatch(word) is not None and known_first_name(word.lower())


# One syllable of a romanised Korean or Chinese given name ("Soo", "jin", "Kyung", "Hye", "wen",
# "ah" of "Soo-ah"): an onset, a vowel of up to three letters, an n/ng/m/l/h coda. English words after a hyphen in
# capitalised compounds ("Texas-based", "Cuban-born", "Bush-era", "Oscar-winner") have none of
# this shape on both sides.
_GIVEN_NAME_SYLLABLE_RE = re.compile(r"(?:[bcdghjkmnprstwy]|ch|kh|sh|ts|zh)?[aeiouy]{1,3}(?:ng|n|m|l|h)?", re.IGNORECASE)
# English prefixes of that shape, which open capitalised compounds ("Neo-con hawks", "Re-run
# elections", "Co-op"), never a given name.
_PREFIXES_LIKE_SYLLABLES = frozenset({"neo", "non", "re", "co", "de", "bi"})


def _hyphenated_given_name(first: str, second: str) -> bool:
    """'Jean-Marie', 'Anne-Sophie', 'Hans-Peter' (a first name of the lists before a capitalised
    word) or 'Soo-jin', 'Ji-hoon', 'Ing-wen' (two syllables of a romanised East Asian given name,
    the second in lower case): one given name, which the tokenizer splits at the hyphen and the
    small model then often takes for a body ("Jean-Marie Dufour" ORG). Not 'Ritz-Carlton' or
    'Dodd-Frank', whose first part is no first name."""
    if known_first_name(first.lower()):
        return first.istitle() and second.istitle() and second.isalpha()
    return syllables_of_a_given_name(first, second)


# Korean family names, and the Chinese ones written before a hyphenated given name ("Tsai
# Ing-wen"), in their usual romanisations. A closed list, as the family names are: some 250 in
# Korea, where Kim, Lee and Park alone name nearly half the people. Any capitalised word before
# a hyphenated pair of syllables was read as one ("Daily Tai-chi sessions", "Weekly Mah-jong
# nights", "Table Ping-pong", "Movie Tie-in toys" were people; review65f).
EAST_ASIAN_FAMILY_NAMES = frozenset({
    "kim", "gim", "lee", "yi", "rhee", "ri", "park", "pak", "bak", "choi", "choe", "jung", "jeong", "chung",
    "kang", "gang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "suh",
    "shin", "sin", "kwon", "gwon", "hwang", "ahn", "song", "yoo", "yu", "ryu", "hong", "jeon", "jun",
    "chun", "ko", "go", "moon", "mun", "yang", "son", "sohn", "bae", "baek", "heo", "hur", "nam", "shim",
    "sim", "noh", "roh", "ha", "kwak", "sung", "seong", "cha", "joo", "ju", "woo", "koo", "gu", "min",
    "na", "jin", "ji", "um", "eom", "chae", "won", "bang", "kong", "hyun", "ham", "byun", "byeon",
    "yeom", "yeo", "chu", "seok", "seol", "ma", "gil", "pyo", "myung", "ki", "ban", "wang", "yook", "tak",
    # Chinese, Taiwanese and Hong Kong family names so written
    "tsai", "chen", "lin", "huang", "lai", "hou", "su", "hsieh", "wu", "liu", "lu", "kuo", "hsu", "tseng",
    "chiang", "lien", "soong", "teng", "hung", "yeh", "tsao", "cheng", "kao", "chou", "lo", "pan", "fu",
    "hsiao", "ho", "leung", "wong", "cheung", "chan", "lam", "tang", "tsang", "ng", "yip", "kwok", "fung",
})  # fmt: skip


def syllables_of_a_given_name(first: str, second: str) -> bool:
    """'Soo-jin', 'Min-jun', 'Jae-myung': two syllables of a romanised East Asian given name,
    the first capitalised, the second in lower case (:data:`_GIVEN_NAME_SYLLABLE_RE`), whether
    or not the first is also a Western first name of the lists ("Min", "Jae")."""
    return (
        first.istitle() and second.islower() and first.lower() not in _PREFIXES_LIKE_SYLLABLES
        and _GIVEN_NAME_SYLLABLE_RE.fullmatch(first) is not None and _GIVEN_NAME_SYLLABLE_RE.fullmatch(second) is not None
    )  # fmt: skip


def _honorific_and_first_name_before(span: Span) -> bool:
    """'Dr Iain Ferguson-Baptiste' with only the surname tagged (a body, for its hyphen): an
    honorific and a listed first name the tag left out stand right before it."""
    doc = span.doc
    if span.start < 2:
        return False
    first, honorific = doc[span.start - 1], doc[span.start - 2]
    return honorific.lower_ in HONORIFICS and first.is_title and known_first_name(first.lower_)


def _surname_written_alone(span: Span) -> bool:
    """The name's last word is tagged a name on its own elsewhere in the article, bare or after
    an honorific ("Turner wrote", "Mr. Brandt"): how news write a person named in full
    before, never a building or a company named after one ("Madison Square Garden")."""
    last = span[-1].text
    return any(
        ent[-1].text == last and all(t.lower_ in HONORIFICS for t in ent[:-1]) and not span.start <= ent.start < span.end
        for ent in span.doc.ents
    )
