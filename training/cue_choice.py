"""Where the cue choice goes wrong: matched quotes kept with another cue word than the gold one.

    python training/cue_choice.py [VARIANT] [--threshold T --quoted Q] [--show CLASS N]

Train 5-fold as ``rerank_study.py`` measures it (its cache of out-of-fold cue and content
scores; ``VARIANT``: one of its reranker variants, ``base`` by default): each fifth's
candidates reranked by trees fitted on the other four, decided at the base thresholds. For
every gold content a kept quote matches (one-to-one, as the shared scorer) whose cue does not
overlap the gold cue, the kept cue word against the gold one: inside the gold content or not,
same sentence, lemmas, relations, whether the gold cue word passed the cue filter, had a
candidate reaching the gold content (IoU >= 0.5) and what that candidate scored against the
kept one, and whether the kept source is right. Also the matched quotes kept with the gold
cue although another cue word had a candidate on the same content (the choices a cue-choice
change could lose). Study train, never dev.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rerank_study as rs
import train_attribution as ta
from polnear import content_iou, gold_contents, gold_trigger, source_right

from newsmine.evaluate import _greedy_match, span_chars
from newsmine.nlp.attribution import reranker
from newsmine.nlp.attribution.decide import decide
from newsmine.nlp.attribution.features.bins import logit


def _lemma(doc, cand) -> str:
    if cand.trigger < 0:
        return cand.relation
    words = [doc[k].lemma_.lower() for k in range(*cand.cue)]
    text = " ".join(words)
    return "according to" if text.startswith("accord") else text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("variant", nargs="?", default="base", choices=sorted(rs.VARIANTS))
    ap.add_argument("--threshold", type=float, default=None, help="decision threshold (default: chosen as rerank_study does)")
    ap.add_argument("--quoted", type=float, default=None)
    ap.add_argument("--show", nargs=2, action="append", default=[], metavar=("CLASS", "N"))
    args = ap.parse_args()
    started = time.time()
    state = rs._state(started)
    docs, cue_p, cue_threshold, content_p = state
    rows, features = rs.VARIANTS[args.variant]
    reranker.rerank_rows = ta.rerank_rows = rows
    reranker.RERANK_FEATURES = ta.RERANK_FEATURES = features
    ta.RERANK_PARAMS = {**rs._BASE_PARAMS, **rs.PARAMS.get(args.variant, {})}
    cv = ta.CrossValidation(docs, cue_p, cue_threshold, content_p, "reranker")
    threshold, quoted = args.threshold, args.quoted
    if threshold is None:
        _, threshold, _ = ta._best_threshold(cv, args.variant)
        quoted, scores = ta._quoted_threshold(cv, threshold)
    print(f"thresholds {threshold} / {quoted}; {time.time() - started:.0f}s", file=sys.stderr)
    content_z = {}
    for d, _, doc_content_p in ta._per_doc(docs, cue_p, content_p):
        content_z.update((id(c), logit(float(p))) for c, p in zip(d.candidates, doc_content_p))

    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    gaps: dict[str, list[float]] = defaultdict(list)

    def count(table: str, key, example: str | None = None) -> None:
        counts[table][key] += 1
        if example is not None:
            examples[f"{table}:{key}"].append(example)

    for d, kept, scores in cv._scored():
        for cand, score in zip(kept, scores):
            cand.score = score
        doc, gold, text = d.doc, d.gold, d.gold.text
        chosen = decide(d.ctx, kept, threshold, quoted)
        contents = gold_contents(gold)
        pairs = _greedy_match([c for c, _ in contents], [span_chars(text, q.start, q.end) for q in chosen], [g for _, g in contents], lenient=False)
        by_trigger = defaultdict(list)
        for cand in kept:
            by_trigger[cand.trigger].append(cand)
        chosen_triggers = {c.trigger for c in chosen}
        for _, i, j in pairs:
            g, q = gold.attributions[i], chosen[j]
            if not g.cue:
                count("matched", "gold without cue")
                continue
            gt = gold_trigger(doc, g.cue)
            q_cue = (doc[q.cue[0]].idx, doc[q.cue[1] - 1].idx + len(doc[q.cue[1] - 1])) if q.trigger >= 0 else None
            same_cue = q_cue is not None and any(s < q_cue[1] and q_cue[0] < e for s, e in g.cue)
            direct = any(m in text[s:e] for s, e in g.content for m in '"“”')
            q_source_ok = source_right(doc, q.source, g.source)
            # the gold cue word's candidates reaching this content
            reach = [c for c in by_trigger.get(gt, []) if content_iou(span_chars(text, c.start, c.end), contents[i]) >= 0.5]
            if same_cue:
                # another cue word had a candidate on this content: a choice the change could lose
                rivals = [
                    c for t, cs in by_trigger.items() if t != gt and t >= 0 for c in cs
                    if content_iou(span_chars(text, c.start, c.end), contents[i]) >= 0.5
                ]
                count("matched", "gold cue" + (", rival cue" if rivals else ""))
                continue
            lemma_q, lemma_g = _lemma(doc, q), doc[gt].lemma_.lower()
            inside = q.trigger >= 0 and any(s <= doc[q.trigger].idx < e for s, e in g.content)
            same_sentence = q.trigger >= 0 and doc[q.trigger].sent.start == doc[gt].sent.start
            where = "no cue word" if q.trigger < 0 else "inside gold content" if inside else "same sentence" if same_sentence else "other sentence"
            if gt not in by_trigger:
                fate = "gold cue filtered out" if q.relation not in ("colon", "dash") else "gold cue filtered out (colon)"
            elif not reach:
                fate = "gold cue: no candidate reaches"
            else:
                best = max(reach, key=lambda c: c.score)
                fate = "gold cue kept elsewhere" if gt in chosen_triggers else "gold cue reaches, lost"
                gaps[where].append(best.score - q.score)
                if not q_source_ok:
                    # the bound on what the cue choice could give the attribution figure
                    count("swap fixable", f"{where}: gold cue's candidate source {'right' if source_right(doc, best.source, g.source) else 'wrong too'}")
            key = f"{where} / {fate}"
            ex = (
                f"[{'direct' if direct else 'indirect'}; source {'ok' if q_source_ok else 'WRONG'}] kept {lemma_q!r} ({q.relation}, "
                f"{q.score:.2f}, content {content_z.get(id(q), float('nan')):.1f}) gold {lemma_g!r}"
                + (f" (best reaching {max(reach, key=lambda c: c.score).relation}, {max(c.score for c in reach):.2f}, content {max(content_z.get(id(c), -30) for c in reach):.1f})" if reach else "")
                + f"\n      {text[doc[gt].sent.start_char : doc[gt].sent.end_char][:400]!r}"
            )
            count("swap", key, ex)
            count("swap source", f"{where}: source {'ok' if q_source_ok else 'wrong'}")
            count("swap lemma", f"{lemma_q} -> {lemma_g}")
            count("swap relation", f"{q.relation} ({where})")
            count("swap direct", f"{'direct' if direct else 'indirect'}: {where}, source {'ok' if q_source_ok else 'wrong'}")
    for table, c in counts.items():
        print(f"\n{table}: {sum(c.values())}")
        for key, n in c.most_common(40):
            print(f"  {n:5d}  {key}")
    for where, values in gaps.items():
        v = sorted(values)
        print(f"\nscore of the gold cue's best reaching candidate minus the kept one's ({where}, {len(v)}): "
              f"quartiles {v[len(v) // 4]:.2f} {v[len(v) // 2]:.2f} {v[3 * len(v) // 4]:.2f}; above -0.1: {sum(x > -0.1 for x in v)}")
    for pattern, n in args.show:
        for key, exs in examples.items():
            if pattern in key:
                print(f"\n== {key}")
                for ex in exs[: int(n)]:
                    print("   ", ex)


if __name__ == "__main__":
    main()
