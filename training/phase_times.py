"""Time the phases of the quotes component on cached PolNeAR dev parses (best of 3 rounds)."""
import sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import parsed, prepare
from newsmine.nlp.attribution import DocContext, _propose, is_trigger, cue_features, features, trigger_features, _punctuation_candidates
from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.quotes import score_candidates, choose, find_quotes
from newsmine.nlp.attribution_model import AttributionModel
model = AttributionModel.default()
pairs = parsed(sys.argv[1] if len(sys.argv) > 1 else "dev")
for d, g in pairs: prepare(d)
texts = [d.text for d, g in pairs]
best = {}
for rnd in range(3):
    T = {}
    def tick(k, t0): T[k] = T.get(k, 0) + time.perf_counter() - t0
    ncue = ncand = 0
    for (d, g), text in zip(pairs, texts):
        t0 = time.perf_counter(); st = find_quoted(text); tick("marks", t0)
        t0 = time.perf_counter(); ctx = DocContext(d, st, text); tick("context", t0)
        t0 = time.perf_counter()
        keep = [i for i in range(ctx.n) if is_trigger(ctx, i) and model.cue.probability(cue_features(ctx, i)) >= model.cue.threshold]; tick("cue filter", t0)
        ncue += len(keep)
        t0 = time.perf_counter()
        cands = []
        for i in keep:
            props = _propose(ctx, i)
            if props:
                sh = trigger_features(ctx, props[0])
                for c in props: c.shared = sh
                cands += props
        for c in _punctuation_candidates(ctx):
            c.shared = trigger_features(ctx, c); cands.append(c)
        tick("propose", t0)
        ncand += len(cands)
        t0 = time.perf_counter()
        for c in cands:
            c.quoted_share = ctx.quoted_share(c.parts); c.features = features(ctx, c)
        tick("features", t0)
        t0 = time.perf_counter(); score_candidates(cands, model); tick("score", t0)
        t0 = time.perf_counter(); choose(cands, model.content.threshold, model.quoted_threshold); tick("choose", t0)
    t0 = time.perf_counter()
    for d, g in pairs: find_quotes(d)
    tick("find_quotes (all, incl. speakers)", t0)
    for k, v in T.items(): best[k] = min(best.get(k, 1e9), v)
print({k: round(v, 3) for k, v in best.items()}, "cue words", ncue, "candidates", ncand)
