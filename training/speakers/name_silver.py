"""A silver check of speaker names over all of PolNeAR train, from its attribution gold alone.

    python training/speakers/name_silver.py RECORDS.jsonl [--show CLASS N] [--compare OTHER.jsonl]
    python training/speakers/name_silver.py RECORDS.jsonl --validate GOLD.jsonl [GOLD.jsonl ...]

Speaker gold exists on train only for small hand-annotated samples, but PolNeAR's attribution
gold (``attributions/*.ann``) gives every attribution's Source span in all 840 articles. When
that span *is* a name ("Mr. Trump", "Sen. Lindsey Graham", "Clinton", "The Washington Post"),
the quote's speaker name must name the same person or body, so the span's own text serves as
a silver referent, judged with the shared scorer's rules (its helpers are imported from
``../shared/tools/speaker_score.py``, never copied): a predicted quote is matched to a gold
attribution as the scorer matches it, and its ``speaker.name`` is right when
``speaker_score.judge`` accepts it against the span's name, or when one name's words are the
other's in order and both end in the same word ("Hillary Clinton" for "Hillary Rodham Clinton"),
or when a titled surname is the first of a double surname ("Melba Acosta Febo" for "Ms. Acosta").
The scorer's tail rule already lets a fuller name pass ("Hillary Clinton" for "Clinton"); a
wrong fuller name ("Bill Clinton") passes too, so silver accuracy is an upper bound of a kind
that only reading fixes.

Which Source spans are names (``name_of``). Spans that are one noun phrase ending in a run of
capitalised words: a trailing parenthetical ("(R-S.C.)") and edge punctuation are dropped; the
span must not start with a determiner other than "the" ("a Bloomberg poll", "some
Republicans"), hold no pronoun ("his campaign"), conjunction or comma ("Trump and Clinton",
"Graham, R-S.C."), and must end in the run ("Trump aides", "the Clinton campaign" are
descriptions). Lower-case premodifiers before the run may stay ("Republican presidential
nominee Donald Trump": the run is "Donald Trump"). Leading words of the run that the article
also writes in lower case are common nouns capitalised by their place ("Officials",
"Attorney General Loretta Lynch" -> "Loretta Lynch") and go; an empty run is no name. Bare
"Republicans" / "Democrats" / "GOP" follow the gold's party convention (the party's name
passes). The gold's other conventions (an official speaking for a named body is null,
a conjunction denotes its first member) need no silver rule: such spans are not names here.

Disagreements are classed as the scorer's ``pattern`` classes them (no speaker, another
mention, name null, the mention text, another entity); ``--show CLASS N`` prints examples
spread over articles, leaving out the held-out samples' articles (train-holdout, train-blind:
never study their errors). ``--compare`` lists the quotes whose verdict changes between two
record files (base first). ``--validate`` checks the silver verdict against the scorer's on
hand-annotated samples (build_gold.py output), on the sources both call names.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "benchmarks" / "polnear" / "train"
sys.path.insert(0, str(SHARED / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from attrib_score import parse_ann
from held_out import held_out_docs
from speaker_score import SUFFIXES, TITLES, judge, load_gold, load_records, match_contents, name_match, pattern, words

_DETERMINERS = frozenset({"a", "an", "some", "many", "most", "all", "both", "each", "every", "several", "few", "no", "any", "another", "other", "two", "three", "four", "five"})  # fmt: skip
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs", "who", "whom", "whose", "which", "i", "we", "you", "me", "us", "my", "our", "your", "this", "these", "those"})  # fmt: skip
_CONNECTORS = frozenset(("and", "or", "nor", "&", "but"))
_PARTICLES = frozenset(
    {"of", "for", "de", "van", "von", "al", "bin", "el", "la", "del", "da", "di", "du", "le"}
)  # inside a name run
_PARTIES = {
    "republicans": ("Republican Party", ["GOP", "Republicans"]),
    "gop": ("Republican Party", ["GOP", "Republicans"]),
    "democrats": ("Democratic Party", ["Democrats"]),
}
_PARTY_WORDS = frozenset(("gop", "republican", "democratic", "democrat"))
_MEMBERS = frozenset(("republican", "democrat", "star", "winner"))  # "the Wisconsin Republican"
_DATE_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "today"})  # fmt: skip
_PREPOSITIONS = frozenset(
    {"of", "for", "to", "in", "on", "at", "from", "with", "by", "like", "including", "close", "near"}
)
_TITLE_HEADS = frozenset({"secretary", "director", "minister", "chairman", "chairwoman", "chair", "president", "speaker", "attorney", "chief", "supervisor", "pres", "ag"})  # fmt: skip
_NUMBER = re.compile(
    r"\d|(one|two|three|four|five|six|seven|eight|nine|ten|half|dozens|hundreds|thousands|millions|majority|more|less|only|nearly|almost|about|over|just|neither|none|nobody|someone|anyone|everyone|others|another)\b"
)
_TOKEN = re.compile(r"[\w][\w'’.&-]*|&")
CLASSES = (
    "no speaker on the matched quote",
    "speaker is another mention (span off the gold source)",
    "gold source found, left unresolved (name null)",
    "gold source found, name is just the mention text",
    "gold source found, resolved to the wrong entity",
)
SHORT = dict(zip(CLASSES, ("no_speaker", "other_mention", "name_null", "mention_text", "other_entity")))


def lower_words(text: str) -> set[str]:
    """The words an article writes in lower case (a capitalised one of them is a common noun)."""
    return set(re.findall(r"\b[a-z][a-z'-]*\b", text))


def mid_capitals(text: str) -> set[str]:
    """Capitalised words the article writes inside a sentence (after a lower-case word or a
    comma): a sentence's first word is a name only if the article capitalises it there too."""
    return set(re.findall(r"(?<=[a-z,;] )([A-Z][\w'’.-]*)", text))


def _sentence_start(text: str, start: int) -> bool:
    before = re.sub(r"[\s\"“‘'(]+$", "", text[:start])
    return not before or before[-1] in ".!?:" or "\n" in text[len(before) : start]


def _headline(text: str, start: int) -> bool:
    """Whether the span is in a Title-Case headline (the first line), where capitals say nothing."""
    line_end = text.find("\n")
    if start >= line_end >= 0:
        return False
    line = text[: line_end if line_end >= 0 else len(text)]
    first = re.search(r"[.!?]\s", line[start:])  # the headline's sentence that holds the span
    cut = max(line.rfind(". ", 0, start), line.rfind("? ", 0, start), line.rfind("! ", 0, start))
    words = re.findall(r"[A-Za-z][\w'’-]*", line[cut + 1 : start + first.start() if first else len(line)])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _run(tokens: list[str], lowered: set[str], initial: bool, mid: set[str]) -> list[str]:
    """The capitalised run that ends the tokens, less its leading common nouns (``initial``:
    the tokens start a sentence; None: they are in a Title-Case headline)."""
    run: list[str] = []
    for token in reversed(tokens):
        if token[:1].isupper() or (run and token.lower() in _PARTICLES):
            run.insert(0, token)
        else:
            break
    for i, token in enumerate(run[:-1]):
        if re.search(r"['’]s$", token):
            run = run[i + 1 :]  # "Purple PAC's Crane": the name after the possessive
            break
    while run and (
        run[0].lower() in _PARTICLES
        or re.sub(r"['’]s$", "", run[0]).lower() in lowered
        or (initial and run[0] is tokens[0] and run[0] not in mid)
    ):
        run.pop(0)  # "Officials", "Attorney General Loretta Lynch": capitalised common nouns
    if initial is None and any(t not in mid and t.lower() not in _PARTICLES for t in run):
        return []  # "NFL Legend", "Former Clinton Pollster" in a headline
    return run


def name_of(
    span: str, lowered: set[str], initial: bool | None = False, mid: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """(head name, whole name) a gold Source span consists of, or None when it is no name.

    The head is the name before a preposition ("Angela Merkel" of "Chancellor Angela Merkel of
    Germany"); the whole name keeps it ("Bank of America"), and only equals that whole."""
    span = " ".join(span.split()).strip(" ,.;:\"'“”‘’—–-")
    span = re.sub(r"\s*\([^()]*\)\s*$", "", span).strip(" ,.;:\"'“”‘’—–-")
    if not span or "," in span or "%" in span:
        return None
    tokens = _TOKEN.findall(span)
    if not tokens:
        return None
    low = [t.lower().rstrip(".") for t in tokens]
    if low[0] in _DETERMINERS or _NUMBER.match(low[0]) or any(t in _PRONOUNS or t in _CONNECTORS for t in low):
        return None
    head = tokens
    for i, t in enumerate(low[1:], 1):
        if t in _PREPOSITIONS and tokens[i][:1].islower():
            if low[i - 1] not in _TITLE_HEADS:  # "Secretary of State Jason Kander" goes on
                head = tokens[:i]
            break
    run = _run(head, lowered, initial, mid)
    if not run:
        return None
    if head[0].lower() == "the" and len(run) < len(head) - 1:
        return None  # "the Republican nominee Donald Trump": a determiner-led description
    last = run[-1].lower().rstrip(".")
    if run[0].lower() in _DATE_WORDS:
        return None  # "data released Friday by …": a date, not a name
    if last in _MEMBERS or last in TITLES or last in _TITLE_HEADS:
        return None  # "the Kentucky Republican", "CNN President": a member or an office described
    if len(run) == 1 and last.endswith("s") and run[0][:-1] in mid and last not in _PARTIES:
        return None  # "the Clintons", "the Saudis": a family or a people, not one name
    if len(run) >= 3 and all(t.isupper() for t in run):
        return None  # a headline in capitals
    run[-1] = re.sub(r"['’]s?$", "", run[-1])  # "HP's"
    whole = re.sub(r"^the\s+", "", span, flags=re.IGNORECASE)  # "the U.S. Court of Appeals for the 3rd Circuit"
    return " ".join(run), whole


def _plain(name: str) -> str:
    """Accents off ("François" = "Francois"), for the scorer's word comparison."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def silver_gold(name: str) -> dict:
    """The span's name as a referent for ``speaker_score.judge`` (parties as the gold has them:
    "Republicans", "Senate Republicans" -> the party)."""
    last = name.split()[-1].lower()
    if last in _PARTIES:
        return {"referent": _PARTIES[last][0], "alt": _PARTIES[last][1] + [name]}
    return {"referent": name, "alt": []}


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _acronym(short: str, long: str) -> bool:
    """ "AP" of "Associated Press", "NRA" of "National Rifle Association", "U.S." of "United States"."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", long) if w[0].isupper())
    return len(letters) >= 2 and letters.isupper() and letters == initials


def _titled(name: str) -> bool:
    """Whether a name opens on a courtesy title ("Ms. Acosta"): the surname follows, the way
    the article calls someone it has named in full."""
    first = name.split()[0].lower().rstrip(".") if name.split() else ""
    return first in ("mr", "mrs", "ms", "miss", "dr")


def right(name: str | None, span_names: tuple[str, str]) -> tuple[bool, str]:
    """(right, how): the scorer's judgement against the span's name, or one of the rules for a
    name the span gives in part (see the module docstring)."""
    head, whole = span_names
    if not name:
        return False, ""
    pred = _plain(name)
    ok, _, how = judge(silver_gold(_plain(head)), {"name": pred}, set())
    if ok:
        return True, how
    if whole != head:
        w = [x for x, _ in words(_plain(whole))]
        q = [x for x, _ in words(pred)]
        if name_match(pred, _plain(whole)) == 2:
            return True, "equal whole"
        h = [x for x, _ in words(_plain(head))]
        if (
            len(q) > len(h)
            and q[: len(h)] == h
            and w[: len(q)] == q
            and (len(w) == len(q) or w[len(q)] in _PREPOSITIONS)
        ):
            return True, "prefix of whole"  # "Joint Committee on Taxation" of "... on Taxation at ..."
        before = w[-len(q) - 1] if len(w) > len(q) else ""
        if len(q) >= 2 and w[-len(q) :] == q and before not in _PREPOSITIONS and before != "the":
            return True, "tail of whole"  # "Susan Bucher" of "Supervisor of Elections Susan Bucher"
    p = [w for w, _ in words(pred) if w not in SUFFIXES and w not in TITLES]
    g = [w for w, _ in words(_plain(head)) if w not in SUFFIXES | TITLES | _TITLE_HEADS | _PARTY_WORDS]
    if p and g and p[-1] == g[-1] and (_subsequence(p, g) or _subsequence(g, p)):
        return True, "same last word"
    if len(g) == 1 and len(p) > 1 and p[0] == g[0] and pred.split()[0][:1].isupper() and whole.endswith(head):
        return True, "first word"  # "Hillary" -> "Hillary Clinton", "Pew" -> "Pew Research"
    if len(g) == 1 and len(p) >= 3 and p[-2] == g[0] and _titled(head):
        return True, "first surname"  # "Ms. Acosta" -> "Melba Acosta Febo": a Spanish double surname
    if _acronym(head.replace("The ", ""), pred) or _acronym(pred, head):
        return True, "acronym"
    return False, ""


def verdicts(records: str, split_dir: Path = TRAIN) -> list[dict]:
    """One dict per matched gold attribution whose Source span is a name."""
    preds = load_records(records)
    out = []
    for path in sorted((split_dir / "text").glob("*.txt")):
        doc = path.stem
        text = path.read_text(encoding="utf-8")
        lowered, mid = lower_words(text), mid_capitals(text)
        gold = parse_ann(str(split_dir / "attributions" / f"{doc}.ann"))
        quotes = [
            q
            for q in (preds.get(doc) or {}).get("quotes") or []
            if isinstance(q.get("start"), int)
            and isinstance(q.get("end"), int)
            and 0 <= q["start"] < q["end"] <= len(text)
        ]
        for i, j in match_contents(text, gold, quotes).items():
            g = gold[i]
            if not g["source"]:
                continue
            span = " ".join(text[s:e] for s, e in g["source"])
            start = g["source"][0][0]
            initial = None if _headline(text, start) else _sentence_start(text, start)
            span_name = name_of(span, lowered, initial, mid)
            if span_name is None:
                continue
            q = quotes[j]
            sp = q.get("speaker") or None
            ok, how = right((sp or {}).get("name"), span_name)
            cls = "" if ok else pattern({"referent": span_name[0], "source": g["source"]}, q, sp, text)
            out.append(
                {
                    "doc": doc, "source": (g["source"][0][0], g["source"][-1][1]), "span": span,
                    "span_name": span_name[0], "whole": span_name[1], "quote": (q["start"], q["end"]),
                    "name": (sp or {}).get("name"), "mention": (sp or {}).get("text"), "right": ok, "how": how, "cls": cls,
                }
            )  # fmt: skip
    return out


def report(rows: list[dict]) -> str:
    n, ok = len(rows), sum(r["right"] for r in rows)
    docs = {r["doc"] for r in rows}
    lines = [
        (
            f"{n} matched gold attributions whose Source span is a name, in {len(docs)} articles "
            f"({len({(r['doc'], r['source']) for r in rows})} distinct spans)"
        ),
        f"silver accuracy {ok / n:.4f} ({ok} right, {n - ok} disagreements)" if n else "nothing matched",
        "right by: "
        + ", ".join(f"{k} {v}" for k, v in collections.Counter(r["how"] for r in rows if r["right"]).most_common()),
        "",
        "disagreements                flags  articles  publishers",
    ]
    for cls in CLASSES:
        bad = [r for r in rows if r["cls"] == cls]
        pubs = {r["doc"].split("_")[0] for r in bad}
        lines.append(f"  {SHORT[cls]:<26} {len(bad):5}  {len({r['doc'] for r in bad}):8}  {len(pubs):10}")
    return "\n".join(lines)


def show(rows: list[dict], short: str, count: int, split_dir: Path = TRAIN, seed: int = 41) -> str:
    """``count`` disagreements of one class, one article each, leaving out held-out articles."""
    held = held_out_docs(split_dir)
    by_doc = collections.defaultdict(list)
    for r in rows:
        if not r["right"] and SHORT.get(r["cls"]) == short and r["doc"] not in held:
            by_doc[r["doc"]].append(r)
    docs = sorted(by_doc)
    random.Random(seed).shuffle(docs)
    lines = []
    for doc in docs[:count]:
        r = by_doc[doc][0]
        text = (split_dir / "text" / f"{doc}.txt").read_text(encoding="utf-8")
        s, e = r["source"]
        qs, qe = r["quote"]
        left, right_ = max(0, min(s, qs) - 150), min(len(text), max(e, qe) + 60)
        ctx = text[left:s] + "[[" + text[s:e] + "]]" + text[e:right_]
        lines += [
            f"## {doc} ({len(by_doc[doc])} in article)",
            f"   span {r['span']!r} -> {r['span_name']!r}; predicted name {r['name']!r} (mention {r['mention']!r})",
            "   quote: " + " ".join(text[qs:qe].split())[:160],
            "   " + " ".join(ctx.split()),
            "",
        ]
    return "\n".join(lines)


def compare(base: list[dict], other: list[dict]) -> str:
    """Verdicts that change between two record files: to right, to wrong, name changes."""
    key = lambda r: (r["doc"], r["source"], r["quote"])
    a, b = {key(r): r for r in base}, {key(r): r for r in other}
    gained = [b[k] for k in b if b[k]["right"] and (k not in a or not a[k]["right"])]
    lost = [a[k] for k in a if a[k]["right"] and (k not in b or not b[k]["right"])]
    renamed = [(a[k], b[k]) for k in a.keys() & b.keys() if a[k]["name"] != b[k]["name"]]
    lines = [f"right {sum(r['right'] for r in base)} of {len(base)} -> {sum(r['right'] for r in other)} of {len(other)}",
             f"became right {len(gained)}, became wrong or unmatched {len(lost)}, names changed {len(renamed)}"]  # fmt: skip
    for r in gained:
        lines.append(f"  + {r['doc']} {r['span_name']!r}: {r['name']!r}")
    for r in lost:
        now = b.get(key(r))
        lines.append(f"  - {r['doc']} {r['span_name']!r}: {r['name']!r} -> {(now or {}).get('name', 'unmatched')!r}")
    return "\n".join(lines)


def validate(rows: list[dict], gold_files: list[str]) -> str:
    """Agreement of the silver verdict with the scorer's on hand-annotated samples."""
    silver = {(r["doc"], *r["source"], r["quote"]): r for r in rows}
    lines = []
    for path in gold_files:
        spk = load_gold(path)
        referents = collections.defaultdict(set)
        for (doc, _, _), o in spk.items():
            if o["referent"]:
                referents[doc].add(o["referent"])
        agree, total, names, not_silver, silver_other = 0, 0, 0, 0, collections.Counter()
        confusion = collections.Counter()
        by_source = collections.defaultdict(list)
        for r in silver.values():
            by_source[(r["doc"], *r["source"])].append(r)
        for key, o in spk.items():
            hits = by_source.get(key, [])
            if o["class"] != "name":
                silver_other[o["class"]] += len(hits)
                continue
            names += 1
            if not hits:
                not_silver += 1
            for r in hits:
                ok, _, _ = judge(o, {"name": r["name"]} if r["name"] else None, referents[o["doc"]])
                total += 1
                agree += ok == r["right"]
                confusion[
                    ("scorer right" if ok else "scorer wrong", "silver right" if r["right"] else "silver wrong")
                ] += 1
        lines.append(
            f"{Path(path).name}: {names} name-class sources, {not_silver} without a silver-name matched attribution; "
            f"{total} matched attributions judged by both, agreement {agree}/{total}"
            + (f" = {agree / total:.3f}" if total else "")
            + f"; silver names on other classes {dict(silver_other)}; "
            + ", ".join(f"{a}/{b} {v}" for (a, b), v in sorted(confusion.items()))
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("records")
    ap.add_argument("--show", nargs=2, metavar=("CLASS", "N"), help="classes: " + " ".join(SHORT.values()))
    ap.add_argument("--compare", metavar="OTHER.jsonl")
    ap.add_argument("--validate", nargs="+", metavar="GOLD.jsonl")
    ap.add_argument("--json", metavar="OUT.jsonl", help="write every verdict")
    args = ap.parse_args(argv)
    rows = verdicts(args.records)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(r) + "\n" for r in rows)
    if args.validate:
        print(validate(rows, args.validate))
    elif args.compare:
        print(compare(rows, verdicts(args.compare)))
    elif args.show:
        print(show(rows, args.show[0], int(args.show[1])))
    else:
        print(report(rows))


if __name__ == "__main__":
    main()
