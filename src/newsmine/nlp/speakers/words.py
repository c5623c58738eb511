"""Word lists and word tests that several kinds of speaker rule read.

Pronoun and determiner words, the title, role and occupation nouns descriptions use, the
document and organisation heads, party words, and small tests on a token or a mention (written
capitalised, naming a person, described by an age, the gender a noun gives). A list that one
kind of rule reads alone lives in that rule's module.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons

_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})

_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Words of a description that say nothing about who is meant.
_VAGUE = frozenset({"former", "then", "current", "new", "top", "longtime", "senior", "same", "other", "'s", "’s", "of", "also"})  # fmt: skip

# Synonyms a description may use for a title written next to a name.
# "watchdog": the press's word for an inspector general ("the agency's watchdog").
# "the congressman" is the person titled "Rep." ("representative" in the titles' words; probe47c)
_TITLE_SYNONYMS = {"gop": "republican", "dem": "democratic", "democrat": "democratic", "candidate": "nominee", "nominee": "candidate", "lawyer": "attorney", "watchdog": "inspector", "pontiff": "pope", "congressman": "representative", "congresswoman": "representative"}  # fmt: skip

# Heads of a definite description that stand for a prominent named person of the article
# ("the Republican nominee", "the New York businessman") even without a title written next
# to the name. Kept to public roles: "the woman", "the officer" are as often unnamed.
_ROLE_NOUNS = frozenset({
    "nominee", "candidate", "businessman", "businesswoman", "billionaire", "mogul", "front-runner", "frontrunner", "hopeful", "contender", "challenger",
    "incumbent", "democrat", "republican", "developer", "runner",
    "tycoon", "star", "magnate", "politician", "veteran", "real-estate", "nominee-in-waiting",
})  # fmt: skip
# Public titles a description uses for someone just named, as a pronoun would ("the senator").
_PUBLIC_TITLES = frozenset({
    "senator", "governor", "president", "secretary", "lady", "congressman", "congresswoman", "mayor", "chairman",
    "chairwoman", "lawmaker", "nominee", "candidate", "businessman", "businesswoman", "billionaire", "mogul",
    "front-runner", "frontrunner", "hopeful", "contender", "challenger", "incumbent", "minister", "premier",
    "chancellor", "ambassador", "representative", "politician",
})  # fmt: skip

# Occupations a definite description uses, like a pronoun, for the person just named ("the
# mega donor", "the star journalist", "the actress"). Not "man", "woman", "official",
# "spokesman", "lawyer": those are as often someone unnamed (the gold's null referents); nor
# "host", "moderator": the person just named is mostly the one they question.
_OCCUPATIONS = frozenset({
    "donor", "megadonor", "journalist", "anchor", "anchorman", "anchorwoman", "actor", "actress", "comedian", "singer",
    "rapper", "author", "novelist", "writer", "columnist", "commentator", "pundit", "activist", "preacher", "evangelist",
    "filmmaker", "director", "producer", "entrepreneur", "investor", "financier", "executive", "ceo", "heiress", "socialite",
    "celebrity", "athlete", "quarterback", "pollster", "strategist", "economist", "historian", "physician", "surgeon",
    "neurosurgeon", "scientist", "professor", "scholar", "conservative", "liberal", "progressive",
    "socialist", "populist", "legislator", "rival", "opponent", "challenger", "veteran", "model", "businessman",
    "businesswoman", "runner", "prosecutor", "diplomat", "banker", "leader", "justice",
    # a convention report's "the influential delegate … warned" after the delegate is quoted (session 46)
    "delegate",
    # a sports report's "the coach said" after the coach is named (session 37)
    "coach", "striker", "goalkeeper", "pitcher", "midfielder", "linebacker",
})  # fmt: skip

# The press's trade: one of the trades below, and the people who question a campaign rather
# than run one (``campaigns._RUN_NO_CAMPAIGN``). "sportswriter" is a byline's or an interview's
# title ("Sportswriter Ken Alvarez talked with the coach" asks the 'Q' turns; leftovers62). Not
# "contributor": a campaign's contributor is a donor.
_JOURNALISTS = frozenset({
    "journalist", "reporter", "anchor", "anchorman", "anchorwoman", "correspondent", "columnist",
    "commentator", "newsman", "newswoman", "broadcaster", "newscaster", "sportswriter",
})  # fmt: skip
# The press's titles that are other trades' too: "Staff writer Ana Ruiz", "Editor Ken Alvarez"
# are the press in a byline or an interview's introduction (leftovers62), but "Ann Tully, a
# writer, is running for the state Senate" is an author who may be "the candidate", as "a retired
# teacher" may (``candidacy.NO_CANDIDATES`` leaves them out; review62a); "writer" is an author's
# trade too (:func:`_trade_of`).
_PRESS_WRITERS = frozenset({"writer", "editor"})
# The press's titles: the journalists' trades and those who put the questions on air. One list
# for every caller (leftovers63: ``campaigns``, ``candidacy`` and ``press_people`` each kept a
# near-copy); a caller that counts writers and editors as press adds ``_PRESS_WRITERS`` itself.
# "co-host" is kept whole for a title that is only that word (``DocIndex.title_words`` adds it
# whole beside its hyphen-split words); in a parse it is three tokens, where "host" finds it.
PRESS_TITLES = _JOURNALISTS | frozenset({"host", "co-host", "cohost", "moderator", "interviewer"})
# Words that put a title in the past ("former Fox News host", "a onetime reporter"): a trade
# no longer held.
_BYGONE = frozenset({"former", "ex", "onetime", "one-time", "erstwhile", "retired"})
# Trades whose nouns stand for one another in a description: "the anchor" is the person the
# article called a reporter, "the actress" one it called an actor. Not "star" (a reality
# star, a rising star) nor "host" (the one who asks): no trade of their own.
_TRADES = (
    _JOURNALISTS | _PRESS_WRITERS,
    frozenset({"actor", "actress", "comedian", "comedienne", "performer"}),
    frozenset({"physician", "surgeon", "neurosurgeon", "doctor"}),
    frozenset({"author", "novelist", "writer"}),
    frozenset({"singer", "rapper", "musician", "songwriter"}),
)  # fmt: skip


def _trade_of(noun: str) -> frozenset[str]:
    """The nouns of the trades ``noun`` names, or an empty set: "the writer" may be the
    reporter or the novelist named before, "the novelist" only the latter."""
    return frozenset().union(*(trade for trade in _TRADES if noun in trade))


# Gendered person nouns ("the actress", "the congressman").
_FEMALE_NOUNS = frozenset({"actress", "heiress", "lady", "woman", "anchorwoman", "businesswoman", "congresswoman", "chairwoman", "spokeswoman", "mother", "wife", "daughter", "sister", "widow", "queen", "princess"})  # fmt: skip
_MALE_NOUNS = frozenset({"actor", "man", "anchorman", "businessman", "congressman", "chairman", "spokesman", "father", "husband", "son", "brother", "widower", "king", "prince"})  # fmt: skip


def _gender_of_noun(noun: str) -> str | None:
    return "f" if noun in _FEMALE_NOUNS else "m" if noun in _MALE_NOUNS else None


def _gender_of_pronoun(pronoun: str) -> str | None:
    return "m" if pronoun in _MALE else "f" if pronoun in _FEMALE else None


# Documents that speak for their author or publisher ("a Harlow poll found", "the report says"),
# as written, with their family (lexicons/document_nouns.txt, shared with the source rules).
# A bill speaks for its sponsor ("Lee introduced a bill … The legislation would bar …"): a
# speakers-only family (the source rules keep "a bill by Lee" as the bill's words).
_BILL_NOUNS = {"bill": "bill", "bills": "bill", "legislation": "bill"}
_DOCUMENT_NOUNS = {**lexicons.load_sections("document_nouns"), **_BILL_NOUNS}

# Organisation description heads, and the words an organisation's name or the descriptors
# written next to it must hold for the description to fit ("the newspaper" -> "... Times").
_BODY_TYPES = {
    "newspaper": ("outlet",), "paper": ("outlet",), "network": ("outlet",), "channel": ("outlet",),
    "magazine": ("outlet",), "website": ("outlet",), "site": ("outlet",), "outlet": ("outlet",),
    "publication": ("outlet",), "broadcaster": ("outlet",), "station": ("outlet",), "daily": ("outlet",),
    "tabloid": ("outlet",), "church": ("church",), "diocese": ("diocese", "archdiocese"),
    "airline": ("airline", "airlines", "airways"),
    "agency": ("agency", "administration", "bureau", "service", "commission", "department", "office", "authority"),
    "regulator": ("agency", "administration", "bureau", "service", "commission", "department", "office", "authority"),
    "department": ("department",), "ministry": ("ministry",), "bureau": ("bureau",), "office": ("office",),
    "union": ("union", "federation", "workers", "association", "brotherhood", "teamsters", "afl-cio"),
    "bank": ("bank", "bancorp"), "fund": ("fund",),
    "company": ("company",), "firm": ("company",), "group": ("group",), "organization": ("group",),
    "organisation": ("group",), "foundation": ("foundation",), "nonprofit": ("group",), "non-profit": ("group",),
    "charity": ("group",), "institute": ("institute",), "center": ("center",), "centre": ("center",),
    "court": ("court",), "committee": ("committee",), "panel": ("committee", "commission"),
    "commission": ("commission",), "council": ("council",), "league": ("league",),
    "party": ("party",), "university": ("university", "college"),
    "school": ("school", "university", "college", "academy"),  # "Baylor University … The school"
    "state": ("gpe",), "country": ("gpe",), "city": ("gpe",), "nation": ("gpe",), "town": ("gpe",),
    "county": ("gpe",), "village": ("gpe",), "province": ("gpe",), "kingdom": ("gpe",), "republic": ("gpe",),
    "bloc": ("union",), "alliance": ("alliance",), "coalition": ("coalition",), "board": ("board",),
    "police": ("police",), "army": ("army",), "military": ("army", "defense", "defence", "pentagon"),
    "administration": ("administration",), "regime": ("gpe",), "team": ("team",), "club": ("club",),
    "pac": ("pac",), "super pac": ("pac",),
}  # fmt: skip
# What speaks for an outlet it belongs to ("the paper's editorial board").
_OUTLET_VOICES = frozenset({"board", "editors", "editorial", "editorials"})

# Titles too common to pick a person on the head word alone.
_GENERIC_TITLES = frozenset({"official", "officer", "leader", "head", "chief", "director", "executive", "manager", "member"})  # fmt: skip
_PARTY_WORDS = frozenset({"republican", "democratic", "democrat", "gop", "independent", "libertarian"})
_CAMPAIGN_NOUNS = frozenset({"campaign", "team", "camp"})
# Parties that bare group names stand for ("Republicans said" -> the party).
_PARTY_OF_GROUP = {"republicans": "Republican Party", "democrats": "Democratic Party", "gop": "Republican Party"}


def _aged(mention: Span) -> bool:
    """'the 46-year-old': a person described by their age alone."""
    return mention.root.lower_ in ("old", "year-old") and mention.text.lower().endswith("year-old") and len(mention) <= 6


def _capitalised(token: Token) -> bool:
    """A word written with a capital first letter: 'Lee', 'FBI', 'HuffPo', 'McCain'."""
    letters = [c for c in token.text if c.isalpha()]
    return bool(letters) and letters[0].isupper()


def _has_name(mention: Span) -> bool:
    """'spokesman Tom Lee': the mention names its person (not 'attorneys for Lee': the client;
    nor "Lee's most ardent fans": the people of a possessor are not the possessor)."""
    root = mention.root
    return any(
        t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and not _after_preposition(t, root) and not _possessor(t, root)
        for t in mention
    )


def _possessor(token: Token, root: Token) -> bool:
    """Whether a word of a mention belongs to a possessor of its head ("Lee's rivals")."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ == "poss" and token.head.i == root.i:
            return True
        token = token.head
    return False


def _after_preposition(token: Token, root: Token) -> bool:
    """Whether a word of a mention hangs from a preposition after its head ('lawyers for Lee')."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.i > root.i:
            return True
        token = token.head
    return False

# Titles of people who work for a politician or a campaign and hold no office of their own.
_STAFF_TITLES = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "manager", "strategist", "pollster",
    "consultant",
})  # fmt: skip
# Trades of private life, whose holder is no office holder: "Jane Cole, a nurse, … '…,' the
# mayor said" is someone else, not the nurse just named.
_PRIVATE_TRADES = frozenset({
    "nurse", "teacher", "farmer", "fisherman", "student", "resident", "retiree", "shopkeeper", "driver",
    "mechanic", "engineer", "pilot", "chef", "waiter", "waitress", "plumber", "electrician", "homeowner",
    "landlord", "tenant", "worker", "baker",
})  # fmt: skip
