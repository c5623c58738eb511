"""How many gold attributions the candidate generator can reach (upper bound of recall)."""
import sys, collections, time
sys.path.insert(0, "training")
from polnear import parsed, prepare
from newsmine.nlp.attribution import DocContext, find_candidates
from newsmine.nlp.quote_marks import find_quoted
from newsmine.evaluate import gold_chars, gold_gaps, span_chars

split = sys.argv[1] if len(sys.argv) > 1 else "dev"
pairs = parsed(split)
tot = reach = reach_cue = ncand = 0
rels = collections.Counter(); miss = []
t0 = time.time()
for doc, gold in pairs:
    prepare(doc)
    text = doc.text
    ctx = DocContext(doc, find_quoted(text))
    cands = find_candidates(ctx)
    ncand += len(cands)
    csets = [span_chars(text, c.start, c.end) for c in cands]
    for a in gold.attributions:
        tot += 1
        gs = gold_chars(text, a)
        gap = gold_gaps(a)
        best = (0, None)
        bestcue = (0, None)
        for c, cs in zip(cands, csets):
            cs = cs - gap
            if not cs or not gs: continue
            iou = len(gs & cs) / len(gs | cs)
            if iou > best[0]: best = (iou, c)
            if a.cue and any(s <= ctx.idx[c.trigger] < e for s, e in a.cue) and iou > bestcue[0]: bestcue = (iou, c)
        reach += best[0] >= 0.5
        reach_cue += bestcue[0] >= 0.5
        if bestcue[0] >= 0.5: rels[bestcue[1].relation.split(":")[0]] += 1
        else: miss.append((gold.id, a))
print(f"{split}: gold {tot} candidates {ncand} reach(any) {reach/tot:.3f} reach(cue) {reach_cue/tot:.3f} {time.time()-t0:.1f}s")
print(rels.most_common())
if len(sys.argv) > 2:
    import random; random.seed(0)
    texts = {g.id: g.text for _, g in pairs}
    for gid, a in random.sample(miss, int(sys.argv[2])):
        t = texts[gid]
        print("CUE", [t[s:e] for s, e in (a.cue or [])], "SRC", [t[s:e] for s, e in (a.source or [])], "C:", " || ".join(t[s:e] for s, e in a.content)[:200])
