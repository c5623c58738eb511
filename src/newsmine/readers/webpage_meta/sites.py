"""The site a page belongs to: its names, cutting them off titles, and the outlet field.

A page names its site in several places (``og:site_name``, the JSON-LD publisher, the host
name, the ends of its ``<title>``); :func:`site_names` gathers them so that the title and
author pickers can recognise the site's name where it is not the article's ("Headline |
Site", "Rob Picheta, CNN"), and :func:`pick_outlet` chooses the one the record shows.
"""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from urllib.parse import urlparse

from newsmine.nlp import lexicons
from newsmine.readers.webpage_meta.declared import DeclaredMetadata

# Title separators between a headline and the site's name ("Headline | Site", "Site » Headline").
_SEPARATORS = re.compile(r"\s+(?:[|\-–—·•»~/]|::)\s+")
# Title parts that name a kind of page, not the article (WordPress: "Site » Blog Archive » Post").
_GENERIC_SEGMENTS = frozenset({"blogarchive", "blog", "home", "news", "article"})
_WORD = re.compile(r"\w+")
_SITE_META = ("og:site_name", "application-name", "site_name", "twitter:app:name:iphone")
_HOST_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.I)


def _words(text: str) -> list[str]:
    """The words, case-folded: 'The Local Sweden' -> ['the', 'local', 'sweden']."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _norm(text: str) -> str:
    """Letters and digits only, case-folded: 'The Local Sweden' -> 'thelocalsweden'."""
    return "".join(_words(text)).replace("_", "")


def site_names(declared: DeclaredMetadata, sitename: str | None = None) -> list[str]:
    """Every name the page gives its site (and trafilatura's ``sitename``, and the host's main label):
    what the title and author pickers recognise as the site rather than the article."""
    names = declared.meta_values(_SITE_META)
    for publisher in declared.ld_values("publisher"):
        for item in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                names.append(item["name"])
    if sitename:
        names.append(sitename)
    host = _host(declared.url)
    if host:
        names.append(host.split(".")[0])
    # The title's last part only where nothing else names the site, as pick_outlet takes it: on a
    # page that declares its name, a title-case subtitle ("Film review – A Star Is Born") was cut
    # off the title as a site name (review63c).
    if not names and (from_title := outlet_from_title(declared)):
        names.append(from_title)  # the title picker then leaves it off
    return [html_lib.unescape(n).strip() for n in names if n and n.strip()]


# trafilatura's split of a <title> into two parts (metadata.HTMLTITLE_REGEX, trafilatura 2.x): the
# parts its extract_sitename chooses a site's name from.
_TRAFILATURA_TITLE_PARTS = re.compile(r"^(.+)?\s+[–•·—|⁄*⋆~‹«<›»>:-]\s+(.+)$")


def trafilatura_sitename(sitename: str | None, declared: DeclaredMetadata) -> str | None:
    """trafilatura's ``sitename``, or None where it is a part of the ``<title>`` holding a dot that is
    no host name.

    Without a declared name trafilatura takes the first part of the title holding a dot as the
    site's name, meant for "Headline - example.com"; a headline with an abbreviation ("Dr. Lopez on
    sleep - Health Desk") was made the outlet, and cut off the title as the site's name, leaving
    "Health Desk" as the title (web65). The names a page declares are read by :func:`site_names`
    and :func:`pick_outlet` themselves; this leaves only trafilatura's guess from the title.

    Only the title's first part, or a part the page shows as its headline: the last part with a dot
    is the site's name ("… - St. Louis Post-Dispatch", "… - Mr. Money Mustache"), as sites append
    their names, and was lost with the headline's (review65a)."""
    if not sitename or "." not in sitename or _HOST_LIKE.match(sitename.strip()):
        return sitename
    split = _TRAFILATURA_TITLE_PARTS.match(" ".join((declared.html_title or "").split()))
    if not split:
        return sitename
    first = (split.group(1) or "").strip()
    headlines = {_norm(html_lib.unescape(shown)) for shown in declared.h1 + _declared_headlines(declared)}
    return None if sitename.strip() == first or _norm(sitename) in headlines else sitename


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def _names_site(segment: str, sites: list[str]) -> bool:
    key = _norm(segment)
    if not key:
        return False
    for site in sites:
        site_key = _norm(site)
        if len(site_key) < 2:
            continue
        if key == site_key or key.endswith(site_key) or (len(key) >= 4 and site_key.startswith(key)):
            return True
    return False


def strip_site_suffix(title: str, sites: list[str]) -> str:
    """``title`` without a leading or trailing part that names the site.

    "Peanut Butter Truffles - Elavegan" -> "Peanut Butter Truffles" when the site is Elavegan;
    "The iPhone SE is in India - Not a flagship" stays whole: its last part is a subtitle.
    """
    parts = _SEPARATORS.split(title.strip())
    if len(parts) < 2:
        return title.strip()
    while len(parts) > 1 and _names_site(parts[-1], sites):
        parts.pop()
    while len(parts) > 1 and (_names_site(parts[0], sites) or _norm(parts[0]) in _GENERIC_SEGMENTS):
        parts.pop(0)
    # Rejoin with the separators the title used between the parts that stay.
    kept_start = title.find(parts[0])
    kept_end = title.rfind(parts[-1]) + len(parts[-1])
    return title[kept_start:kept_end].strip() if 0 <= kept_start < kept_end else " ".join(parts)


def outlet_from_host(host_or_name: str, title: str | None = None) -> str:
    """A readable outlet name for a host name: "DW.COM" -> "DW", "nationnews.com" -> "Nation News" when
    the page's title spells it so (:func:`_title_spelling`), else the host's main label capitalised."""
    label = _host_label(host_or_name)
    return _title_spelling(label, title) or (label.upper() if len(label) <= 4 else label.capitalize())


def _host_label(host_or_name: str) -> str:
    """'www.timesofisrael.com' -> 'timesofisrael'."""
    label = host_or_name.lower()
    return (label[4:] if label.startswith("www.") else label).split(".")[0]


def _title_spelling(label: str, title: str | None, *, begun: bool = True) -> str | None:
    """The part of the page's title that spells the host's label, or None.

    Its letters are the label's, case, spaces and a "the" aside: "timesofisrael.com" is "The Times of
    Israel", "theguardian.com" is "Guardian" where the title says so (newuser64: the "the" was not
    aside, and "Timesofisrael" was shown while the title named the site); else, when ``begun``, a
    part of four letters or more that begins the label ("nationnews" for "Nation").

    A part spelling the whole label wins over one that begins it, and the last parts are read
    first, where sites put their names: "Pier vote | Eastfield | Eastfield Times" on
    eastfieldtimes.com gave "Eastfield", its section (review64d)."""
    parts = [part for part in reversed(_SEPARATORS.split(title or "")) if _norm(part)]
    spelled = [part for part in parts if _norm(part) == label or _spells_without_the(part, label)]
    begins = [part for part in parts if len(_norm(part)) >= 4 and label.startswith(_norm(part))] if begun else []
    return next((part.strip() for part in spelled + begins), None)


def _spells_without_the(part: str, label: str) -> bool:
    words = [word for word in _words(part) if word != "the"]
    letters = "".join(words).replace("_", "")
    return len(letters) >= 4 and letters == label.removeprefix("the")


def pick_outlet(declared: DeclaredMetadata, sitename: str | None) -> str | None:
    """The outlet the record shows: the first declared site name (a host name made readable), else
    one made from the page's host, else the ``<title>``'s last part when it is an outlet's name
    (:func:`outlet_from_title`).

    A one-word name that is the address's label ("Timesofisrael", as trafilatura makes its
    ``sitename`` from the host) is written as the title spells it ("The Times of Israel"): the same
    name, as its site writes it (newuser64). Only a part spelling it whole: a declared "Newsweek"
    stayed itself, not the "News" a title ending "| News" begins it with (review64d)."""
    candidates = declared.meta_values(("og:site_name",)) + [
        item["name"] for publisher in declared.ld_values("publisher")
        for item in (publisher if isinstance(publisher, list) else [publisher])
        if isinstance(item, dict) and isinstance(item.get("name"), str)
    ]
    candidates += declared.meta_values(("application-name",)) + ([sitename] if sitename else [])
    host = _host(declared.url)
    for candidate in candidates:
        candidate = html_lib.unescape(candidate).strip()
        if _HOST_LIKE.match(candidate):
            return outlet_from_host(candidate, declared.html_title)
        if host and " " not in candidate and candidate.casefold() == _host_label(host):
            return _title_spelling(_host_label(host), declared.html_title, begun=False) or candidate
        if candidate:
            return candidate
    if host:
        return outlet_from_host(host, declared.html_title)
    return outlet_from_title(declared)


# Words of outlet names, for a <title>'s last part to be taken as one (outlet_from_title).
_OUTLET_WORDS = frozenset("""
    times post news courier herald gazette journal tribune daily chronicle ledger observer guardian
    telegraph mail express star sun record press review standard independent mirror examiner inquirer
    enquirer register dispatch bulletin sentinel monitor reporter today weekly magazine radio television tv
    network media online echo argus advertiser citizen globe free
""".split())
# Periodicals' words that name a city's paper or magazine ("Austin Monthly", "Victoria Advocate",
# "Dallas Voice", "Chicago Reader") whose city is also a first name: without an outlet's word such a
# part read as a person's name (_reads_as_a_persons_name) and was no outlet (web66). Words no
# surname commonly is: "Austin Reed", "Jackson Browne" stay people. Not pages' kinds when alone, as
# "News" and "Today" are (_names_a_section): a brand "Voice" stays one.
_PERIODICAL_WORDS = frozenset({"monthly", "quarterly", "advocate", "voice", "reader", "beacon"})
_NAMES_OUTLET_WORDS = _OUTLET_WORDS | _PERIODICAL_WORDS
# Lower-case words an outlet's name may hold between capitalised ones ("Gazette of the Valley").
_NAME_LINKS = frozenset({"of", "the", "and", "&", "on", "in", "at", "for"})
_NAME_WORDS = 6
_BRAND_WORDS = 4  # a name without an outlet's word: "POLITICO", "Gothamist", "The Times of Israel"
_NAME_PIECES = re.compile(r"[-'’]")  # "Times-Herald", "Reader's": each piece is looked up
# Words that make "News" a section's name, not an outlet's ("Latest News", "Local News").
_SECTION_WORDS = frozenset({"latest", "breaking", "top", "local", "world", "national", "business", "sport", "sports",
                            "more", "all"})
# Words that name a kind of page, a section or a place in a series, never a site: a title part made of
# them alone ("Opinion", "Live Updates", "Page Two", "Photos") is no brand (outlet_from_title).
_PAGE_KINDS = _SECTION_WORDS | frozenset("""
    news opinion opinions comment commentary analysis editorial editorials letters video videos photo photos
    pictures gallery live updates update updated podcast podcasts explainer explained interview interviews
    review reviews obituary obituaries politics culture science health travel style tech technology
    entertainment weather home homepage blog archive archives page part chapter episode transcript exclusive
    watch listen read feature features column columns lifestyle money economy markets education environment
    climate arts books music film films movies events stories articles posts search results index section
    topics tag tags category full text one two three four five six seven eight nine ten
    transport transportation traffic crime courts justice elections food drink recipes property housing real
    estate jobs careers motoring cars autos fashion beauty wellness family parenting religion faith regional us uk
    sponsored advertisement partner newsletter newsletters briefing q&a ii iii iv vi vii viii ix
    monday tuesday wednesday thursday friday saturday sunday english español espanol français francais deutsch
    fact check checks factcheck fact-check developing
""".split())
# Words after a site's name that make it a byline of its own people ("Gothamist Staff"; _signs_as_the_site).
_COLLECTIVE_WORDS = frozenset({"staff", "team", "desk", "newsroom", "editors", "editorial", "reporters", "reports",
                               "writers", "wire"})
# The first or last word of a place's name ("Fort Lauderdale", "Orange County"): a title part so shaped is a
# place (a dateline's, a local edition's), never a brand (outlet_from_title; review64d).
_PLACE_FIRST_WORDS = frozenset({"fort", "port", "mount", "lake", "san", "santa", "los", "las", "saint"})
# A world's regions, which the places lexicon (countries, capitals, states, cities) leaves out.
_REGIONS = frozenset({"europe", "asia", "africa", "americas", "middle east", "latin america", "north america",
                      "south america", "caribbean"})
# Words of the bodies a site may be named after a person for ("Jane Austen Society"), which the speakers'
# organisation_nouns lexicon (foundation, institute, association…) leaves out: no person's name holds them.
_BODY_WORDS = frozenset({"society", "trust", "fund", "project", "center", "centre", "collective", "academy",
                         "school", "college", "library", "museum", "books", "studios", "kitchen", "company"})
_PLACE_LAST_WORDS = frozenset({"county", "city", "beach", "springs", "heights", "township", "parish", "borough",
                               "falls"})


def outlet_from_title(declared: DeclaredMetadata) -> str | None:
    """The outlet a page names only as its ``<title>``'s last part ("New school opens | The Daily
    Ledger", "Council votes - POLITICO"), for a page that declares no site name and has no address
    (a page saved from a browser without ``og:site_name``), or None.

    trafilatura gives no ``sitename`` there: it takes a part of the title only when the part holds
    a dot ("example.com"). So the part is taken here only when it reads as a name (capitalised
    words, no sentence punctuation: "Covid-19 – what we know" is a subtitle; a site's leading name
    is left alone, as "Times Square reopens – …" is a headline), and either

    - holds a word outlets are named with (Courier, Ledger, Times, News…; up to six words), or
    - is a brand (up to four words: "POLITICO", "Gothamist"; newuser64) that the page confirms: one
      of its other titles (the ``<h1>``, ``og:title``, the JSON-LD headline) is the ``<title>``
      without it, so the part was appended to the headline, as a site appends its name. A brand
      has no outlet's word to tell it from a subtitle ("Budget 2025 – Live Updates") or a place
      ("… | Eastfield"), so the page must show the headline alone; and it is refused when its
      words all name a kind of page ("Opinion", "Page 2", "Live Updates"), when it names one of
      the page's people (an author page, or a blog signed with the name its title ends with; or,
      web65, a name a person's shape, "Dana Whitcomb", on a blog that declares no author), and
      (review64d) when it is a place ("Miami", "Fort Lauderdale"), the section or the headline the
      page declares: a site appends those as it appends its name, with the headline shown alone.

    Failing the last part, the first part is the outlet when the page shows it as a logo, an
    ``<h1>`` of its own before the headline's (:func:`_leading_brand`; web65), or one its markup
    marks as the logo wherever it is (:func:`_first_is_the_logo`; web66).

    Never a part the page's own ``<h1>`` ends with: there it is the headline's ("Film review – A
    Star Is Born" as both title and <h1>), and a site's name is no part of its headline. Nor a
    section's name: an outlet's word alone ("News", "Today"), or "News" after words that make it a
    section ("Latest News", "Local News"): those are pages' kinds, and "The Times" (with its
    article) or "Daily Mail" stay names (review63c)."""
    parts = _SEPARATORS.split((declared.html_title or "").strip())
    if len(parts) < 2 or not parts[0].strip():
        return None
    return _last_part_outlet(parts, declared) or _leading_brand(parts, declared)


def _last_part_outlet(parts: list[str], declared: DeclaredMetadata) -> str | None:
    """The title's last part when it is an outlet's name or a confirmed brand (outlet_from_title)."""
    name = html_lib.unescape(parts[-1]).strip()
    words = name.split()
    if not _reads_as_a_name(name, words) or _names_a_section(words):
        return None
    if any(_norm(h1) != _norm(name) and _norm(h1).endswith(_norm(name)) for h1 in declared.h1):
        return None
    if len(words) <= _NAME_WORDS and any(piece.casefold() in _NAMES_OUTLET_WORDS
                                         for word in words for piece in _NAME_PIECES.split(word)):
        return name
    return name if len(words) <= _BRAND_WORDS and _is_a_confirmed_brand(name, words, declared) else None


def _reads_as_a_name(name: str, words: list[str]) -> bool:
    """Capitalised words (links such as "of", "the" between them), no sentence punctuation."""
    if not words or any(mark in name for mark in ".,;:!?\"()"):
        return False
    return words[0][:1].isupper() and all(word[:1].isupper() or word in _NAME_LINKS for word in words)


def _is_a_confirmed_brand(name: str, words: list[str], declared: DeclaredMetadata) -> bool:
    """A title part with no outlet's word is a brand when it names nothing else on the page and the
    page shows its headline without it (outlet_from_title), not as a headline after a label's <h1>
    (:func:`_label_h1_before`)."""
    parts = _SEPARATORS.split((declared.html_title or "").strip())
    return (not _names_something_else(name, words, declared) and _shows_its_headline_alone(declared)
            and not _label_h1_before(declared, " ".join(parts[:-1]), name))


def _label_h1_before(declared: DeclaredMetadata, first: str, last: str) -> bool:
    """Whether the title's part(s) before ``last`` read as a label (a logo, a section, a place: up to
    four capitalised words) in an ``<h1>`` before the one reading ``last``: then ``last`` is the
    headline ("Gothamist | Mayor Resigns Amid Scandal", "Opinion | …"; web65).

    Only a label: a sentence headline's <h1> before the site's ("Why the levy failed | Gothamist",
    a logo's <h1> below the article) left the page with no outlet (review65a)."""
    words = first.split()
    return _reads_as_a_name(first, words) and len(words) <= _BRAND_WORDS and _first_is_the_logo(declared, first, last)


def _leading_brand(parts: list[str], declared: DeclaredMetadata) -> str | None:
    """The ``<title>``'s first part when the page shows it as a logo: an ``<h1>`` of its own before the
    ``<h1>`` of the rest of the title ("Gothamist | Mayor Resigns Amid Scandal", the logo's <h1>
    then the headline's), and it names nothing else on the page (web65).

    A site's leading name is otherwise left alone ("Times Square reopens – …" is a headline): the
    order of the two <h1>s is what tells the logo from the headline, as a page's header comes
    before its article. Without it the later <h1>, the headline, was taken as the outlet and the
    logo as the title (review64d's strict xfail)."""
    name = html_lib.unescape(parts[0]).strip()
    words = name.split()
    if not (_reads_as_a_name(name, words) and len(words) <= _BRAND_WORDS) or _names_a_section(words):
        return None
    if not _first_is_the_logo(declared, name, " ".join(parts[1:])) or _names_something_else(name, words, declared):
        return None
    return name


def _first_is_the_logo(declared: DeclaredMetadata, first: str, later: str) -> bool:
    """Whether ``first`` is the site's logo and ``later`` the headline, by the page's markup where it
    marks one of them as its logo (``DeclaredMetadata.logo_h1``: a "site-title" class, a link
    home), else by the order of their ``<h1>``s (:func:`_h1_after`).

    The order alone cannot tell "Gothamist | Mayor Resigns Amid Scandal" (the logo's <h1> first)
    from its mirror, "Mayor Resigns Amid Scandal | Gothamist" with the headline's <h1> first and
    the logo's after it: the second gave the headline as the outlet (web66). A logo's markup
    decides both ways, where both are <h1>s: a short headline inside a header marked "masthead",
    with no <h1> of the site's name, is not made the logo by it."""
    marked = {_norm(html_lib.unescape(logo)) for logo in declared.logo_h1}
    first_marked, later_marked = _norm(first) in marked, _norm(later) in marked
    shown = {_norm(html_lib.unescape(h1)) for h1 in declared.h1}
    if first_marked != later_marked and {_norm(first), _norm(later)} <= shown:
        return first_marked
    return _h1_after(declared, first, later)


def _h1_after(declared: DeclaredMetadata, first: str, later: str) -> bool:
    """Whether the page has an ``<h1>`` reading ``first`` and, after it, one reading ``later``: the
    first a logo's, the later the headline's (sites put their logo in an <h1> at the top)."""
    keys = [_norm(html_lib.unescape(h1)) for h1 in declared.h1]
    first_key, later_key = _norm(first), _norm(later)
    if not first_key or not later_key or first_key not in keys:
        return False
    return later_key in keys[keys.index(first_key) + 1:]


def _names_something_else(name: str, words: list[str], declared: DeclaredMetadata) -> bool:
    """Whether a brand-shaped title part is a kind of page, a place, one of the page's people, or the
    section or headline the page declares: a site appends each of these as it appends its name.

    The declared headline (review64d): "Gothamist | Mayor Resigns Amid Scandal" with that og:title
    put the site's name first. An <h1> equal to the part says nothing: sites put their logo in one,
    beside the headline's (refusing it lost a POLITICO whose logo was an <h1>)."""
    if all(word.casefold() in _PAGE_KINDS or word.casefold() in _NAME_LINKS for word in words) or _names_a_place(words):
        return True
    if _names_a_person_of(declared, name) or _reads_as_a_persons_name(words) or _names_a_section_of(declared, name):
        return True
    return _norm(name) in {_norm(html_lib.unescape(headline)) for headline in _declared_headlines(declared)}


def _declared_headlines(declared: DeclaredMetadata) -> list[str]:
    """The headlines a page declares: og:title, twitter:title, the JSON-LD headline."""
    headlines = declared.meta_values(("og:title", "twitter:title"))
    return headlines + [headline for headline in declared.ld_values("headline") if isinstance(headline, str)]


def _shows_its_headline_alone(declared: DeclaredMetadata) -> bool:
    """Whether one of the page's other titles (its <h1>s, declared headlines) is its <title> without the
    last part: the part was appended to the headline, as a site appends its name (newuser64)."""
    parts = _SEPARATORS.split((declared.html_title or "").strip())
    # The headline without the brand: all the parts before it, or the first one when those between
    # read as names ("Headline | Education | Brand"), not as a tagline ("Headline | Brand | News,
    # weather and sport | Eastfield", whose last part is a place).
    headlines = {_norm(" ".join(parts[:-1]))}
    if all(_reads_as_a_name(part, part.split()) for part in parts[1:-1]):
        headlines.add(_norm(parts[0]))
    others = declared.h1 + _declared_headlines(declared)
    return any(_norm(html_lib.unescape(other)) in headlines - {""} for other in others)


def _names_a_person_of(declared: DeclaredMetadata, name: str) -> bool:
    """Whether ``name`` is an author the page declares or shows, or the page is a profile (an author's
    page: og:type "profile")."""
    if any(kind.casefold() == "profile" for kind in declared.meta_values(("og:type",))):
        return True
    words = _words(name)
    # Words, not letters: an author's address ("https://gothamist.com/staff/…") names no person.
    people = [person for person in declared.people_named() if "://" not in person]
    return any(_holds_run(_words(person), words) and not _signs_as_the_site(person, words) for person in people)


# Words no person's name holds: pages' kinds, outlets', collectives', linking and bodies' words.
_NO_PERSONS_NAME_WORDS = _PAGE_KINDS | _NAMES_OUTLET_WORDS | _COLLECTIVE_WORDS | _NAME_LINKS | _BODY_WORDS


def _reads_as_a_persons_name(words: list[str]) -> bool:
    """Whether a title part is a person's name by its shape: two or three words, the first a listed
    first name, the last none ("Dana Whitcomb", "Maria Ana Lopez"), and no word of outlets,
    institutions or kinds of page (web65).

    A personal blog appends its author's name as a site appends its own ("Why the levy failed -
    Dana Whitcomb"), on a page that may declare no author for the person guard
    (:func:`_names_a_person_of`) to find. The last word a first name too keeps brands made of two
    ("Marie Claire", "Mary Sue"); a listed outlet stays one ("Al Jazeera")."""
    folded = [word.casefold() for word in words]
    if not 2 <= len(folded) <= 3 or " ".join(folded) in lexicons.load("outlets"):
        return False
    if not _a_first_name(folded[0]) or _a_first_name(folded[-1]):
        return False
    organisation_nouns = lexicons.load("organisation_nouns")
    return not any(word in _NO_PERSONS_NAME_WORDS or word in organisation_nouns for word in folded)


def _a_first_name(word: str) -> bool:
    """Whether ``word`` (folded) is in either first-name list (tested in each: no union per call)."""
    return word in lexicons.load("first_names_female") or word in lexicons.load("first_names_male")


def _signs_as_the_site(person: str, name: list[str]) -> bool:
    """Whether an author is the site signing with its name and a collective's word: "Gothamist
    Staff", "The Verge Team" for a title ending "| Gothamist", "| The Verge" (review64d); not a
    person and a role ("Maria Lopez, staff")."""
    words = _words(person)
    return "," not in person and len(words) > len(name) and words[:len(name)] == name and all(
        word in _COLLECTIVE_WORDS for word in words[len(name):])


def _names_a_place(words: list[str]) -> bool:
    """Whether a title part is a place: a listed country, capital, US state or large city ("… |
    Miami", "… | Texas"), a region ("… | Middle East"), or a name shaped as a place's ("Fort Lauderdale", "Orange County").

    A site appends its place to a local edition's or a dateline's page ("… - WSVN 7News | Miami
    News, Weather, Sports | Fort Lauderdale" was taken as the outlet "Fort Lauderdale"; newuser64
    caught it only by the tagline before it): the page's headline is then shown alone all the
    same, and a place reads as a brand. A brand that is only a place's name ("Boston" for Boston
    magazine) is refused with them: no outlet rather than a place for one (review64d)."""
    folded = [word.casefold() for word in words]
    folded = folded[1:] if folded[:1] == ["the"] else folded
    if not folded:
        return False
    joined = " ".join(folded)
    if joined in _REGIONS or joined in lexicons.load("places"):
        return True
    return len(folded) > 1 and (folded[0] in _PLACE_FIRST_WORDS or folded[-1] in _PLACE_LAST_WORDS)


def _names_a_section_of(declared: DeclaredMetadata, name: str) -> bool:
    """Whether ``name`` is the section the page declares itself in (``article:section``, the JSON-LD
    ``articleSection``): "… | Transport", "… | Ask Amy" (a column) on a page of that section is the
    section's name, appended as a site appends its own, and the page says so (review64d)."""
    sections = declared.meta_values(("article:section",))
    for section in declared.ld_values("articleSection"):
        sections += [item for item in (section if isinstance(section, list) else [section]) if isinstance(item, str)]
    return any(_norm(section) == _norm(name) for section in sections)


def _holds_run(words: list[str], run: list[str]) -> bool:
    """Whether ``run`` occurs in ``words`` as consecutive words ("maria lopez" in "by maria lopez")."""
    return any(words[start:start + len(run)] == run for start in range(len(words) - len(run) + 1))


def _names_a_section(words: list[str]) -> bool:
    """'News', 'Today', 'Latest News', 'Local News': a title part naming a kind of page (outlet_from_title)."""
    folded = [word.casefold() for word in words]
    if len(folded) == 1:
        return folded[0] in _OUTLET_WORDS
    return folded[-1] == "news" and all(word in _SECTION_WORDS for word in folded[:-1])
