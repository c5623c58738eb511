"""Wrong source phrases on a cue that is right, from ``newsmine extract`` records, by construction.

    python training/source_misses.py RECORDS.jsonl [--split train] [--show N] [--kind TEXT]
    python training/source_misses.py NEW.jsonl --base OLD.jsonl     # the sources that changed

The quotes the shared scorer matches to a gold attribution (content IoU >= 0.5, one-to-one,
as ``attrib_score.py`` matches) whose cue overlaps the gold Cue but whose speaker misses the
gold Source (another phrase, none given, or one given where the gold has none), classed by
the cue's construction (an opening participle 'Emphasizing …, X said', a participle after a
comma '…, telling reporters', 'according to', a passive with 'by', a coordinated verb, a
relative clause, a noun cue, an inverted verb …) and by what the speaker is against the gold
(a pronoun for a name, none, …). The parse is the base model's (``polnear.parsed``, cached),
the records' offsets are the pipeline's. ``source_errors.py`` reruns the pipeline instead;
this reads the records a change produced, so two extractions compare (``--base``: every
matched quote whose source is right in one and wrong in the other, with the passage). Never
run on dev's errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import gold_contents, parsed, print_kinds

from newsmine.evaluate import _greedy_match, _overlap, span_chars

_PRONOUNS = frozenset("i we he she they it you who that which one".split())


def records(path: Path) -> dict[str, dict]:
    out = {}
    for line in path.open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out[Path(r.get("id") or r["source"]["path"]).stem] = r
    return out


def matched(gold, record) -> list[tuple[int, dict]]:
    """(gold index, predicted quote) pairs the scorer matches."""
    text = gold.text
    quotes = [q for q in record.get("quotes") or [] if 0 <= q["start"] < q["end"] <= len(text)]
    contents = gold_contents(gold)
    pred_chars = [span_chars(text, q["start"], q["end"]) for q in quotes]
    pairs = _greedy_match([c for c, _ in contents], pred_chars, [g for _, g in contents], lenient=False)
    return [(i, quotes[j]) for _, i, j in pairs]


def source_ok(g, q) -> bool:
    sp = q.get("speaker")
    if g.source:
        return sp is not None and _overlap([(sp["start"], sp["end"])], g.source)
    return sp is None


def cue_ok(g, q) -> bool:
    cue = q.get("cue")
    return bool(g.cue and cue and _overlap([(cue["start"], cue["end"])], g.cue))


def token_at(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def construction(doc, cue) -> str:
    """The cue word's construction, as the parse gives it."""
    t = cue
    if t.lower_ == "according" or (t.lower_ == "to" and t.i > 0 and doc[t.i - 1].lower_ == "according"):
        return "according to"
    if t.pos_ == "NOUN":
        return "noun cue"
    sent = t.sent
    before = doc[sent.start : t.i]
    words_before = [w for w in before if not w.is_punct and w.pos_ not in ("ADV", "CCONJ")]
    comma_before = t.i > sent.start and doc[t.i - 1].text in (",", ";", "—", "–", "-")
    if t.tag_ == "VBG":
        if not words_before:
            return "participle opening ('Emphasizing …, X said')"
        if comma_before or (t.i > 1 and doc[t.i - 1].pos_ in ("CCONJ", "ADV") and doc[t.i - 2].text == ","):
            return "participle after comma (', telling')"
        if t.i > 0 and doc[t.i - 1].pos_ == "ADP":
            return "participle after preposition ('after saying')"
        if t.i > 0 and doc[t.i - 1].lower_ in ("and", "or"):
            return "participle after and"
        return "participle other"
    if t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
        return "passive with by" if any(c.dep_ == "agent" for c in t.children) else "passive"
    if t.tag_ == "VBN" and any(c.dep_ == "agent" for c in t.children):
        return "passive with by"
    if t.tag_ == "VBN" and not words_before:
        return "participle opening ('Asked …')"
    if t.dep_ == "conj" and t.pos_ == "VERB":
        return "coordinated verb"
    if t.dep_ == "relcl":
        return "relative clause"
    if t.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children):
        return "infinitive"
    subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if subj and subj[0].i > t.i:
        return "inverted verb"
    if not subj and comma_before and t.tag_ in ("VBD", "VBZ", "VBP"):
        return "finite verb after comma, no subject"
    if not subj:
        return "verb without subject"
    return "verb with subject"


def against(doc, g, q) -> str:
    """What the predicted speaker is against the gold Source."""
    sp = q.get("speaker")
    if not g.source:
        return "speaker where gold has none"
    if sp is None:
        return "none given"
    gold_tok = token_at(doc, g.source[0][0], g.source[-1][1])
    pred_tok = token_at(doc, sp["start"], sp["end"])
    if gold_tok is None or pred_tok is None:
        return "other"
    gp, pp = gold_tok.lower_ in _PRONOUNS, pred_tok.lower_ in _PRONOUNS
    if gold_tok.sent != pred_tok.sent:
        return "another sentence"
    if pp and not gp:
        return "pronoun for a noun phrase"
    if gp and not pp:
        return "noun phrase for a pronoun"
    return "another noun phrase"


def mark(text: str, spans: list[tuple[int, int, str, str]], lo: int, hi: int) -> str:
    out, pos = [], lo
    events = sorted([(s, 0, a) for s, e, a, b in spans] + [(e, 1, b) for s, e, a, b in spans], key=lambda x: (x[0], -x[1]))
    for at, _, tag in events:
        if lo <= at <= hi:
            out.append(text[pos:at])
            out.append(tag)
            pos = at
    out.append(text[pos:hi])
    return "".join(out).replace("\n", " ")


def passage(doc, g, q) -> str:
    text = doc.text
    cue = q["cue"]
    sent = doc.char_span(cue["start"], cue["end"], alignment_mode="expand")[0].sent
    lo, hi = sent.start_char, sent.end_char
    spans = [(cue["start"], cue["end"], "<", ">")]
    for s, e in g.source or []:
        spans.append((s, e, "[", "]"))
        lo, hi = min(lo, s), max(hi, e)
    if q.get("speaker"):
        s, e = q["speaker"]["start"], q["speaker"]["end"]
        spans.append((s, e, "{", "}"))
        lo, hi = min(lo, s), max(hi, e)
    return mark(text, spans, max(0, lo - 40), min(len(text), hi + 40))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("records", type=Path)
    ap.add_argument("--split", default="train")
    ap.add_argument("--base", type=Path, help="records to compare against: list the sources that changed")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--kind", default="")
    args = ap.parse_args()
    recs = records(args.records)
    base = records(args.base) if args.base else None
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    total = wrong = 0
    for doc, gold in parsed(args.split):
        rec = recs.get(gold.id)
        if rec is None:
            continue
        if base is not None:
            before = {(i): q for i, q in matched(gold, base[gold.id])}
            for i, q in matched(gold, rec):
                g = gold.attributions[i]
                old = before.get(i)
                if old is None or source_ok(g, q) == source_ok(g, old):
                    continue
                if (q.get("speaker") or {}).get("start") == (old.get("speaker") or {}).get("start"):
                    continue
                tag = "gained" if source_ok(g, q) else "lost"
                kinds[tag] += 1
                was = (old.get("speaker") or {}).get("text")
                print(f"{tag}  {gold.id}  was {was!r}\n    {passage(doc, g, q)}")
            continue
        for i, q in matched(gold, rec):
            g = gold.attributions[i]
            if g.source:
                total += 1
            if not q.get("cue") or not cue_ok(g, q):
                continue
            if source_ok(g, q):
                continue
            wrong += 1
            cue = token_at(doc, q["cue"]["start"], q["cue"]["end"])
            kind = f"{construction(doc, cue):45s} {against(doc, g, q)}"
            kinds[kind] += 1
            examples[kind].append(f"  {gold.id}: {passage(doc, g, q)}")
    if base is not None:
        print(dict(kinds))
        return
    print(f"{wrong} wrong sources with the cue right ({total} matched gold sources)")
    by_construction: Counter[str] = Counter()
    for kind, n in kinds.items():
        by_construction[kind[:45].strip()] += n
    for kind, n in by_construction.most_common():
        print(f"{n:5d}  {kind}")
    print()
    print_kinds(kinds, examples, [(kind, args.show) for kind in kinds if args.show and args.kind in kind])

if __name__ == "__main__":
    main()
