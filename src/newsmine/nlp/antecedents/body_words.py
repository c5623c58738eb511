"""The words that say what an organisation is: descriptors, outlets, parties, companies.

Read by :meth:`DocIndex.body_for_description` ("the newspaper", "the company", "the
group") and by the descriptor words of a cluster; :func:`outlet_name` is also the speaker
resolver's test of a news outlet.
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.entities.body_labels import COMPANY_WORDS, NEWSPAPER_NAME_ENDINGS

_BODY_LABELS = ("ORG", "GPE", "NORP", "FAC")
# Descriptors that say an organisation is a business ("the oil giant Exxon Mobil", "the
# automaker Ford"): "the company" / "the firm" fits them as well as one called a company.
_COMPANY_DESCRIPTORS = frozenset({
    "company", "firm", "giant", "maker", "automaker", "carmaker", "retailer", "insurer", "conglomerate",
    "corporation", "manufacturer", "producer", "chain", "airline", "lender", "startup", "supplier",
    "carrier", "utility", "drugmaker", "chipmaker",
})  # fmt: skip
# Heads of a description of a business ("the company", "the manufacturer", "the retailer"):
# any organisation named before that is not a public body, a union or the like may be it.
COMPANY_HEADS = frozenset({"company", "firm", *_COMPANY_DESCRIPTORS})
_ORG_DESCRIPTORS = frozenset({
    "newspaper", "paper", "network", "channel", "magazine", "website", "site", "outlet", "broadcaster", "agency",
    "union", "bank", "lender", "fund", "company", "firm", "group", "organization", "organisation", "foundation",
    "institute", "court", "committee", "panel", "commission", "council", "party", "university", "state", "country",
    "city", "publication", "daily", "station", "department", "bureau", "league", "alliance", "coalition", "tabloid",
    *_COMPANY_DESCRIPTORS,
})  # fmt: skip
_PLACE_DESCRIPTORS = frozenset({"state", "country", "city"})


# British spellings of organisation heads, read as the American ones when a head is matched
# against a name ("the center" is the "European Centre …").
_US_SPELLING = {"centre": "center", "organisation": "organization", "defence": "defense", "labour": "labor", "programme": "program"}  # fmt: skip


# Words anywhere in a name that say it names a news outlet ("Tribune Publishing", "Fox News
# Channel"); a newspaper's ending (:data:`NEWSPAPER_NAME_ENDINGS`, the one list of them) says so
# as the name's last word too ("the Cedar Valley Sentinel", review52d), but not inside a
# company's name ("Millbrook Bulletin Inc.").
_OUTLET_WORDS_SET = frozenset({"times", "post", "news", "journal", "herald", "tribune", "gazette", "ledger", "daily", "press",
                               "magazine", "reuters", "cnn", "msnbc", "abc", "nbc", "cbs", "fox", "bbc", "npr", "hill",
                               "politico", "breitbart", "guardian", "telegraph", "chronicle", "globe", "examiner",
                               "bloomberg", "register", "inquirer", "courier", "today", "wire", "radio", "tv"})  # fmt: skip


def _outlet_words(name_words: set[str], last_word: str) -> set[str]:
    """The words of a name that say it is an outlet's: :data:`_OUTLET_WORDS_SET` anywhere, a
    newspaper's ending as the last word."""
    return (name_words & _OUTLET_WORDS_SET) | ({last_word} & NEWSPAPER_NAME_ENDINGS)


# Words in a name that say it names an event, which no description of a body stands for ("the
# company" is not the Republican National Convention, "the group" not the Iowa caucuses).
_EVENT_WORDS = frozenset({
    "convention", "conference", "summit", "debate", "debates", "election", "primary", "primaries", "caucuses",
    "olympics", "games", "festival", "rally", "hearing", "trial",
})  # fmt: skip
# Words of advocacy groups' names ("Diabetes Patient Alliance", "River Watch", "the Innocence
# Project"): "the company" named once far back is not the group named since (desc52). Brands
# open names with them too ("Alliance Data Systems", "Hamilton Watch Company"): a name that ends in
# a company's word is still a company's (:func:`no_company_name`, review52).
_ADVOCACY_WORDS = frozenset({"alliance", "watch", "project", "initiative"})


def no_company_name(name_words: set[str], last_word: str) -> bool:
    """Whether a name says its body is no company ("the company" is none of them): a word of
    :data:`_NOT_COMPANY_WORDS` or of an outlet's name in it; an advocacy group's word only when
    the name does not end in a company's word ("Alliance Data Systems" is a company)."""
    words = _outlet_words(name_words, last_word) | (name_words & _NOT_COMPANY_WORDS)
    return bool(words) and not (words <= _ADVOCACY_WORDS and last_word in COMPANY_WORDS)


# Words in a name that say the organisation is not a company ("the company" is not the
# Communications Workers of America nor the Labor Department).
_NOT_COMPANY_WORDS = frozenset({
    "workers", "union", "association", "federation", "department", "ministry", "committee", "commission", "council",
    "authority",
    "party", "campaign", "university", "college", "school", "court", "agency", "bureau", "office", "administration",
    "foundation", "institute", "league", "coalition", "congress", "senate", "house", "police", "board", "caucus",
    "society", "center", "centre", "government", "state", "city", "county", "pac", "fund", "labor", "labour",
    *_ADVOCACY_WORDS,
    *_EVENT_WORDS,
})  # fmt: skip
_PARTY_ACRONYMS = frozenset({"GOP", "DNC", "RNC", "NRA", "PAC"})
# Words in a name holding "Police" that say it is the officers' union or club, not the force
# ("the Police Benevolent Association", "the Fraternal Order of Police", "the Police Federation").
POLICE_UNION_WORDS = frozenset({
    "union", "unions", "association", "benevolent", "fraternal", "federation", "brotherhood", "guild", "foundation",
})  # fmt: skip


def names_police_union(name: str) -> bool:
    """Whether a body's name holds a word of :data:`POLICE_UNION_WORDS`: the officers' union or
    club, never the force a bare "police" means."""
    return not POLICE_UNION_WORDS.isdisjoint(name.lower().split())
# Names a party goes by other than "… Party" ("the party" may stand for them).
_PARTY_NAMES = frozenset({"gop", "republicans", "democrats"})
# Heads that any organisation of civil society may be called ("the group").
_ANY_BODY_HEADS = frozenset({"group", "organization", "organisation", "non-profit", "nonprofit", "charity"})
_NOT_GROUP_WORDS = frozenset({
    "party", "department", "ministry", "agency", "bureau", "office", "administration", "court", "congress", "senate",
    "house", "police", "government", "campaign", "university", "college", "school", "inc", "corp", "company",
    *_EVENT_WORDS,
})  # fmt: skip
# Heads that say a body is not run for profit, and the legal forms of a company's name that say
# it is: "Kessler Group Inc." is no nonprofit, though "group" fits "the nonprofit" otherwise.
NONPROFIT_HEADS = frozenset({"non-profit", "nonprofit", "charity"})
COMPANY_LEGAL_FORMS = frozenset({"inc", "inc.", "corp", "corp.", "co.", "llc", "l.l.c.", "ltd", "ltd.", "plc"})
# Words of a name that say the body is a nonprofit whatever its legal form: "Harbor Food Bank
# Inc.", "the Kessler Foundation Inc." are charities incorporated as US nonprofits mostly are.
NONPROFIT_NAME_WORDS = frozenset({"foundation", "charity", "charities", "ministries", "pantry", "nonprofit"})


def outlet_name(name: str) -> bool:
    """Whether an organisation's name is a news outlet's (the curated list, or a newspaper word)."""
    low = name.lower()
    outlets = lexicons.load("outlets")
    words = low.replace("-", " ").split()
    return low in outlets or re_the(low) in outlets or bool(words and _outlet_words(set(words), words[-1]))


def re_the(name: str) -> str:
    return name[4:] if name.startswith("the ") else name
