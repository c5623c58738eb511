"""Consistency checks of speaker names and entities over a whole corpus, without gold.

    python training/speakers/name_check.py RECORDS.jsonl [--show CLASS N] [--compare OTHER.jsonl]

PolNeAR train has speaker gold only for the hand-annotated sample, and rules read off that
sample overfit it. These checks need no gold: each flags a speaker name or an entity that is
suspicious on the article's own evidence, so a class that occurs across many articles and
publishers is a broad error of the clustering or of name resolution, not one sample's case:

- ``short_speaker``: a person speaker's name is one word (a surname or a first name) while the
  article names a longer person holding that word ("Clinton" when "Hillary Clinton" is named);
- ``short_entity``: a one-word PERSON entity whose word is a word of a longer PERSON of the same
  article (a surname or first name left out of its person's cluster);
- ``mention_text``: a capitalised speaker mention whose name is its own text and no entity
  holds it (the name was never resolved, only copied);
- ``no_entity_name``: a capitalised speaker mention with no name at all;
- ``shared_surname``: two PERSON entities of one article sharing a surname (relatives, "Bill" and
  "Hillary Clinton"): a bare-surname speaker of such an article (``shared_surname_speaker``)
  may be given to the wrong one;
- ``title_word``: a name holding a title, a lower-case word, a headline verb ("Says") or a
  reporting verb;
- ``person_not_person``: an entity that is not a PERSON whose name is a known first name and
  a capitalised surname ("Eswar Prasad" ORG), or a non-person speaker of that shape;
- ``possessive`` / ``hyphenated``: a name ending in 's, or two capitalised names joined by a
  hyphen ("Trump-Pence");
- ``all_caps``: a name in capitals (a headline's), ``byline``: a name starting with "By";
- ``split_entity``: two entities of one article with the same name (one referent, two ids);
- ``cut_name``: a PERSON named by a first name alone whose mention is followed by a capitalised
  word the article writes in lower case elsewhere ("Wendy" of "Wendy Long");
- ``gender_clash``: a bare-surname speaker shared by relatives given to a person whose first name's gender is not
  the gender of the pronouns after it in its own sentence, outside quotation marks ("Trump
  cast himself" given to Ivanka Trump).

Each class is counted by flags, articles and publishers (the article id's prefix); ``--show``
prints examples with their sentence. ``--compare`` prints the counts of two record files side
by side (main against a branch).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from collections.abc import Iterator

from newsmine.nlp import lexicons

CLASSES = (
    "short_speaker",
    "short_entity",
    "mention_text",
    "no_entity_name",
    "shared_surname",
    "shared_surname_speaker",
    "title_word",
    "person_not_person",
    "possessive",
    "hyphenated",
    "all_caps",
    "byline",
    "split_entity",
    "cut_name",
    "gender_clash",
)
_HEADLINE_VERBS = frozenset({"says", "said", "say", "slams", "blasts", "calls", "vows", "warns", "claims", "wins", "tells", "asks", "urges", "rips", "hits", "defends", "admits", "denies", "reveals", "responds", "attacks", "praises", "mocks", "accuses", "insists", "suggests"})  # fmt: skip
_PARTICLES = frozenset({"van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "dos", "das", "of", "the", "and", "for", "on", "in", "&", "at", "to", "a"})  # fmt: skip
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _titles() -> frozenset[str]:
    words = set()
    for line in lexicons.load("titles"):
        words.update(line.split())
    return frozenset(w for w in words if w not in _PARTICLES)


_TITLE_WORDS = _titles() | frozenset({"sen.", "rep.", "gov.", "pres.", "mr.", "mrs.", "ms.", "dr.", "president", "senator", "governor"})
_FEMALE, _MALE = lexicons.load("first_names_female"), lexicons.load("first_names_male")
_FIRST_NAMES = _FEMALE | _MALE
_PLACES = lexicons.load("places")


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", name.strip()) if w]


def _surname(name: str) -> str | None:
    words = [w for w in _words(name) if w.lower().strip(".,") not in _SUFFIXES]
    return words[-1] if len(words) >= 2 else None


def _publisher(article_id: str) -> str:
    return article_id.split("_", 1)[0]


def _sentence(text: str, start: int, end: int, width: int = 110) -> str:
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start - 1) + 1, start - width)
    right = min(x for x in (text.find("\n", end), text.find(". ", end), end + 60) if x >= 0)
    return (text[left:start] + "[" + text[start:end] + "]" + text[end:right]).replace("\n", " ").strip()


def _capitalised(text: str) -> bool:
    return any(w[:1].isupper() for w in _words(text))


def _clause_gender(text: str, end: int) -> str | None:
    """'m' or 'f' from the pronouns between a mention and the end of its sentence, outside
    quotation marks, when only one gender appears (a rough reading, for counting)."""
    rest = re.split(r"(?<=[.!?])\s|\n", text[end:], maxsplit=1)[0]
    rest = re.sub(r"[“\"][^”\"]*[”\"]", " ", rest)
    male = re.search(r"\b(he|him|his|himself)\b", rest, re.IGNORECASE)
    female = re.search(r"\b(she|her|hers|herself)\b", rest, re.IGNORECASE)
    if bool(male) == bool(female):
        return None
    return "m" if male else "f"


def _has_name(mention: str, mentioned: set[str]) -> bool:
    """A capitalised word past the first (sentence-initial capitals are no name), or a mention
    the article's entities hold."""
    words = _words(mention)
    return any(w[:1].isupper() and w != "I" for w in words[1:]) or mention.lower() in mentioned


def flags(record: dict) -> Iterator[tuple[str, str, str]]:
    """(class, what, context) for each suspicious name of one article."""
    text = record.get("text") or ""
    entities = record.get("entities") or []
    people = [e for e in entities if e["label"] == "PERSON"]
    long_people = [e for e in people if len(_words(e["name"])) >= 2]

    def longer_person(word: str, exclude: str | None = None) -> str | None:
        word = word.lower()
        for e in long_people:
            if e["id"] != exclude and word in [w.lower() for w in _words(e["name"])]:
                return e["name"]
        return None

    # entities
    by_name = collections.defaultdict(list)
    for e in entities:
        by_name[(e["name"].lower(), e["label"])].append(e)
        name = e["name"]
        first = e["mentions"][0] if e["mentions"] else {"start": 0, "end": 0}
        where = _sentence(text, first["start"], first["end"])
        words = _words(name)
        if e["label"] == "PERSON" and len(words) == 1:
            other = longer_person(words[0], e["id"])
            if other:
                yield "short_entity", f"{name!r} beside {other!r} ({len(e['mentions'])} mentions)", where
        if e["label"] in ("PERSON", "ORG", "GPE", "NORP"):
            lowered = [w for w in words if w.lower().strip(".,") in _HEADLINE_VERBS]
            titles = [w for w in words[:-1] if w.lower() in _TITLE_WORDS] if e["label"] == "PERSON" else []
            lower = [w for w in words if w[:1].islower() and w.lower() not in _PARTICLES and e["label"] == "PERSON"]
            if lowered or titles or lower:
                yield "title_word", f"{e['label']} {name!r}", where
            if re.search(r"[’']s?$", name):
                yield "possessive", f"{e['label']} {name!r}", where
            if re.search(r"[A-Za-z][-–][A-Z]", name) and e["label"] == "PERSON":
                yield "hyphenated", f"{e['label']} {name!r}", where
            if len(name) > 3 and name.isupper() and " " in name:
                yield "all_caps", f"{e['label']} {name!r}", where
            if re.match(r"(?i)by\s", name):
                yield "byline", f"{e['label']} {name!r}", where
        if (
            e["label"] in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC")
            and 2 <= len(words) <= 3
            and words[0].lower() in _FIRST_NAMES
            and words[0].lower() not in _PLACES
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and name.lower() not in _PLACES
        ):
            yield "person_not_person", f"{e['label']} {name!r}", where
    for (name, label), same in by_name.items():
        if len(same) > 1 and label in ("PERSON", "ORG"):
            yield "split_entity", f"{label} {same[0]['name']!r} x{len(same)}", ""
    surnames = collections.defaultdict(list)
    for e in long_people:
        s = _surname(e["name"])
        if s:
            surnames[s.lower()].append(e["name"])
    shared = {s: names for s, names in surnames.items() if len(set(n.lower() for n in names)) > 1}
    for s, names in shared.items():
        yield "shared_surname", " / ".join(names), ""

    lower = set(re.findall(r"\b[a-z]+\b", text))
    for e in people:
        if len(_words(e["name"])) == 1 and e["name"].lower() in _FIRST_NAMES:
            for m in e["mentions"]:
                after = re.match(r" ([A-Z][a-z]+)\b", text[m["end"] : m["end"] + 30])
                if after and after.group(1).lower() in lower:
                    yield "cut_name", f"{e['name']!r} + {after.group(1)!r}", _sentence(text, m["start"], m["end"])
    by_id = {e["id"]: e for e in entities}

    # speakers
    mentioned = {m["text"].lower() for e in entities for m in e["mentions"]}
    for q in record.get("quotes") or []:
        sp = q.get("speaker")
        if not sp or not sp.get("text"):
            continue
        mention, name, kind = sp["text"], sp.get("name"), sp.get("kind")
        where = _sentence(text, sp["start"], sp["end"])
        if not _capitalised(mention) or kind in ("anonymous",):
            continue
        if mention.split()[0].lower() in ("he", "she", "it", "they", "i", "we", "who", "you", "this", "that", "the", "a", "an", "his", "her", "their", "its"):
            continue
        if name is None:
            if _has_name(mention, mentioned):
                yield "no_entity_name", f"{kind} {mention!r}", where
            continue
        if kind == "person" and len(_words(name)) == 1:
            other = longer_person(name)
            if other:
                yield "short_speaker", f"{name!r} ({sp.get('resolution')}) beside {other!r}", where
        if sp.get("entity_id") is None and name.strip().lower() == mention.strip().lower():
            yield "mention_text", f"{kind} {mention!r}", where
        if kind != "person" and 2 <= len(_words(name)) <= 3 and _words(name)[0].lower() in _FIRST_NAMES and _words(name)[0].lower() not in _PLACES and name.lower() not in _PLACES and all(w[:1].isupper() and w.isalpha() for w in _words(name)):
            yield "person_not_person", f"speaker {kind} {name!r}", where
        words = _words(mention)
        entity = by_id.get(sp.get("entity_id"))
        if len(words) == 1 and entity is not None and kind == "person" and words[0].lower() in shared:
            gender = _clause_gender(text, sp["end"])
            first = _words(entity["name"])[0].lower()
            named = "f" if first in _FEMALE and first not in _MALE else "m" if first in _MALE and first not in _FEMALE else None
            if gender and named and gender != named:
                yield "gender_clash", f"{mention!r} -> {entity['name']!r}, pronoun {gender}", where
        if len(words) == 1 and words[0].lower() in shared:
            yield "shared_surname_speaker", f"{mention!r} -> {name!r} of {' / '.join(shared[words[0].lower()])}", where


def count(path: str) -> tuple[dict, dict]:
    by_class = {c: [] for c in CLASSES}
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        if record.get("status") != "ok":
            continue
        for cls, what, where in flags(record):
            by_class[cls].append((record["id"], what, where))
    summary = {
        c: (len(v), len({a for a, _, _ in v}), len({_publisher(a) for a, _, _ in v})) for c, v in by_class.items()
    }
    return summary, by_class


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("records")
    parser.add_argument("--compare", help="a second record file: counts side by side")
    parser.add_argument("--show", nargs=2, metavar=("CLASS", "N"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--diff", action="store_true", help="with --compare and --show: only flags not in both")
    args = parser.parse_args(argv)
    summary, by_class = count(args.records)
    other = count(args.compare) if args.compare else None
    print(f"{'class':24} {'flags':>6} {'articles':>8} {'publ':>4}" + ("   | other: flags articles" if other else ""))
    for c in CLASSES:
        n, a, p = summary[c]
        line = f"{c:24} {n:6} {a:8} {p:4}"
        if other:
            line += f"   | {other[0][c][0]:6} {other[0][c][1]:8}"
        print(line)
    if args.show:
        cls, n = args.show[0], int(args.show[1])
        items = by_class[cls]
        if args.diff and other:
            theirs = set(other[1][cls])
            mine = set(items)
            print(f"\nonly in {args.records}:")
            for a, w, s in sorted(mine - theirs)[:n]:
                print(f"  {a[:40]:40} {w}\n      {s}")
            print(f"\nonly in {args.compare}:")
            for a, w, s in sorted(theirs - mine)[:n]:
                print(f"  {a[:40]:40} {w}\n      {s}")
            return 0
        random.Random(args.seed).shuffle(items)
        for a, w, s in items[:n]:
            print(f"  {a[:40]:40} {w}\n      {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
