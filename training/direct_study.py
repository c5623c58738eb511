"""Why direct quotes (gold contents holding a quotation mark) are not attributed right, when
a right candidate (content IoU >= 0.5 and right source) exists."""
import sys, collections, random
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import parsed
from newsmine.evaluate import gold_chars, gold_gaps, span_chars
from newsmine.nlp.attribution import DocContext, find_candidates
from newsmine.nlp.attribution_model import AttributionModel
from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.quotes import choose, noun_phrase, score_candidates
# python training/direct_study.py SPLIT [KIND ...] [--held-out] [--model FILE]
args = sys.argv[1:]
held_out = "--held-out" in args
model_file = args[args.index("--model") + 1] if "--model" in args else None
args = [a for a in args if a not in ("--held-out", "--model", model_file)]
split = args[0] if args else "dev"
show = args[1:]
model = AttributionModel.from_file(model_file) if model_file else AttributionModel.default()
pairs = parsed(split)
if held_out:
    pairs = pairs[len(pairs) * 4 // 5 :]  # train's last fifth: unseen by a --held-out-model model
cat = collections.Counter(); ex = collections.defaultdict(list)
for doc, gold in pairs:
    text = doc.text
    ctx = DocContext(doc, find_quoted(text), text)
    cands = find_candidates(ctx, model.cue)
    score_candidates(cands, model)
    chosen = choose(cands, model.content.threshold, model.quoted_threshold)
    csets = {id(c): span_chars(text, c.start, c.end) for c in cands}
    best_of = {}
    for c in cands:
        if c.trigger not in best_of or c.score > best_of[c.trigger].score: best_of[c.trigger] = c
    for a in gold.attributions:
        if not any(m in text[s:e] for s, e in a.content for m in '"“”'): continue
        gs = gold_chars(text, a)
        gap = gold_gaps(a)
        def iou(c):
            cs = csets[id(c)] - gap
            return len(cs & gs) / len(cs | gs) if cs else 0
        def src_ok(c):
            if a.source is None: return c.source < 0
            if c.source < 0: return False
            np_ = noun_phrase(doc[c.source]); return any(s < np_.end_char and np_.start_char < e for s, e in a.source)
        m = [c for c in chosen if iou(c) >= 0.5]
        good = [c for c in cands if iou(c) >= 0.5 and src_ok(c)]
        if m and src_ok(m[0]): k = "ok"
        elif not good: k = "no right candidate"
        else:
            g = max(good, key=lambda c: c.score)
            if g in chosen: k = "right chosen but another matched first"
            elif best_of[g.trigger] is not g:
                k = "cue chose another content" + (" (which was chosen)" if best_of[g.trigger] in chosen else " (not chosen)")
            elif g.score < (model.quoted_threshold if g.quoted_share >= 0.5 else model.content.threshold): k = "below threshold"
            else: k = "lost to an overlapping content"
        cat[k] += 1
        g = max(good, key=lambda c: c.score) if good else None
        w = best_of.get(g.trigger) if g else None
        ex[k].append((text[a.cue[0][0]:a.cue[-1][1]] if a.cue else None, " … ".join(text[s:e] for s, e in a.content)[:100],
                      f"RIGHT {g.relation} {g.score:.2f}" if g else "", f"CHOSEN {w.relation} {w.score:.2f} {text[w.start:w.end][:80]!r}" if w is not None and w is not g else ""))
for k, v in cat.most_common(): print(v, k)
random.seed(0)
for k in show:
    print("=====", k)
    for e in random.sample(ex[k], min(15, len(ex[k]))): print(e)
