"""The pooled name errors read by mechanism: which mention the speaker is, and which stage chose it.

    python training/speakers/name_mechanisms.py RECORDS.jsonl [--shared DIR] [--show MECHANISM]

``name_pool.py`` counts the study samples' name errors by the shared scorer's final pattern
(another mention, no speaker, unresolved, …); sessions 62 and 63 read them so and found no
class one rule takes. This reads the same errors (the thirteen study files, never
train-holdout or train-blind) by **mechanism** instead: for each error the matched quote is
found again (the scorer's own matching, imported at run time), and the error is classed by

- the stage: the kept quote's cue is another word than the gold Cue (the **cue choice**: the
  source then belongs to that cue, not to the gold one), a quote with no cue of its own (the
  **orphan or run rule**: ``orphan``, ``quote_next`` …), or the gold cue's own source (the
  **grammar**), and for a speaker written as a pronoun the **pronoun resolver**;
- the mention taken, from the parse: the kept cue's subject, its object ('told X'), an
  appositive, a possessive, a noun phrase of another clause, a name in an earlier sentence;
- for no speaker and unresolved: whether the gold Source holds an entity the recogniser tagged,
  a title word, a possessive, or a name written only in the headline.

Each line ends with the publisher, so a mechanism is judged by how many outlets it reaches
(session 64). Train only: never run on dev or the held-out samples.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold import build
from name_pool import HERE, STUDY_FILES, records_arguments, shared_scorer
from polnear import parsed

_PRONOUNS = frozenset(
    ["he", "she", "they", "it", "who", "which", "that", "his", "her", "their", "its", "him", "them", "we", "i"]
)


def _span(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def mention_role(doc, sp: dict, cue: dict | None) -> str:
    """What the kept speaker is to the kept cue, read from the parse."""
    span = _span(doc, sp["start"], sp["end"])
    if span is None:
        return "no token"
    root = span.root
    if span.text.lower() in _PRONOUNS:
        return f"pronoun:{root.dep_}"
    cue_span = _span(doc, cue["start"], cue["end"]) if cue else None
    cue_tok = cue_span.root if cue_span is not None else None
    if cue_tok is not None and root.head == cue_tok:
        return f"cue's {root.dep_}"
    if root.dep_ == "poss":
        return "possessive"
    if root.dep_ == "appos":
        return "appositive"
    if cue_tok is not None and root.sent != cue_tok.sent:
        return "another sentence"
    return f"same sentence:{root.dep_}"


def stage(q: dict, gold_cue: list[tuple[int, int]]) -> str:
    """The stage that chose the speaker: the cue choice, the orphan/run rule or the grammar."""
    cue = q.get("cue")
    if cue is None:
        return f"no cue ({q.get('relation')})"
    if not gold_cue or not any(_overlap((cue["start"], cue["end"]), g) for g in gold_cue):
        return "another cue"
    return "gold cue"


def source_shape(doc, source: list[tuple[int, int]], title_end: int) -> str:
    """Why a gold name Source may find no entity: its entity, a title, a possessive, the headline."""
    span = _span(doc, source[0][0], source[-1][1])
    if span is None:
        return "no token"
    if span.end_char <= title_end:
        return "headline"
    ents = [e for e in doc.ents if e.start < span.end and span.start < e.end]
    if not ents:
        return "no entity tagged"
    if any(e.start < span.start or e.end > span.end for e in ents):
        return "entity crosses the source"
    if any(t.dep_ == "poss" or t.text in ("'s", "’s") for t in span):
        return "possessive"
    labels = "/".join(sorted({e.label_ for e in ents}))
    return f"entity {labels}"


def study(records_path: str, shared: Path) -> list[dict]:
    """Every pooled name error with its stage and mention, de-duplicated across study files."""
    scorer, split = shared_scorer(shared, "name_mechanisms.py")
    preds = scorer.load_records(records_path)
    wanted: dict[str, dict] = defaultdict(dict)
    for name in STUDY_FILES:
        for line in build(HERE / f"{name}.ann.txt", split):
            if line["class"] == "name":
                wanted[line["doc"]][(line["start"], line["end"])] = line
    rows = []
    for doc, gold in parsed("train"):
        doc_id = gold.id
        if doc_id not in wanted:
            continue
        text = doc.text
        atts = scorer.parse_ann(str(split / "attributions" / f"{doc_id}.ann"))
        quotes = [q for q in (preds.get(doc_id) or {}).get("quotes") or [] if 0 <= q["start"] < q["end"] <= len(text)]
        matches = scorer.match_contents(text, atts, quotes, 0.5)
        referents = {o["referent"] for o in wanted[doc_id].values() if o["referent"]}
        title_end = text.find("\n") if "\n" in text else 0
        for i, g in enumerate(atts):
            if not g["source"] or i not in matches:
                continue
            o = wanted[doc_id].get((g["source"][0][0], g["source"][-1][1]))
            if o is None:
                continue
            q = quotes[matches[i]]
            sp = q.get("speaker") or None
            ok, _, _ = scorer.judge(o, sp, referents)
            if ok:
                continue
            pattern = scorer.pattern({**o, "source": g["source"]}, q, sp, text)
            row = {
                "doc": doc_id,
                "outlet": doc_id.split("_")[0],
                "pattern": pattern.split(" (")[0],
                "stage": stage(q, g.get("cue") or []),
                "gold_source": o["source_text"],
                "gold_cue": " ".join(text[s:e] for s, e in g.get("cue") or []),
                "kept_cue": (q.get("cue") or {}).get("text"),
                "relation": q.get("relation"),
                "speaker": (sp or {}).get("text"),
                "resolution": (sp or {}).get("resolution"),
                "name": (sp or {}).get("name"),
                "mention": mention_role(doc, sp, q.get("cue")) if sp else "-",
                "shape": source_shape(doc, g["source"], title_end),
                "context": scorer.context(text, o["start"], o["end"], 30),
            }
            rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = records_arguments(__doc__.split("\n\n")[0])
    ap.add_argument("--show", default="", metavar="TEXT", help="list the errors whose mechanism holds TEXT")
    ap.add_argument("--dump", default="", metavar="F.jsonl", help="write every error as a JSON line")
    args = ap.parse_args(argv)
    rows = study(args.records, Path(args.shared))
    if args.dump:
        Path(args.dump).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for pattern in sorted({r["pattern"] for r in rows}):
        mine = [r for r in rows if r["pattern"] == pattern]
        print(f"\n{pattern}: {len(mine)}")
        key = (
            (lambda r: f"{r['stage']} | {r['mention']}")
            if "another" in pattern
            else (lambda r: f"{r['stage']} | {r['shape']}")
        )
        by = Counter(key(r) for r in mine)
        outlets = defaultdict(set)
        for r in mine:
            outlets[key(r)].add(r["outlet"])
        for k, n in by.most_common():
            print(f"  {n:4d}  {k}  ({len(outlets[k])} outlets)")
    if args.show:
        for r in rows:
            mech = f"{r['pattern']} | {r['stage']} | {r['mention']} | {r['shape']}"
            if args.show in mech:
                print(
                    f"\n[{r['outlet']}] {r['doc']} | {mech}\n  gold {r['gold_source']!r} cue {r['gold_cue']!r}"
                    f" | kept {r['speaker']!r} ({r['resolution']}) cue {r['kept_cue']!r} {r['relation']}\n  {r['context']}"
                )


if __name__ == "__main__":
    main()
