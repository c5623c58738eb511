"""Why direct quotes (gold contents holding a quotation mark) are missed: per-gold diagnosis."""
import sys, collections, random
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import parsed, prepare
from newsmine.evaluate import _trim, _chars
from newsmine.nlp.attribution import DocContext, find_candidates
from newsmine.nlp.attribution_model import AttributionModel
from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.quotes import choose, noun_phrase, score_candidates
split = sys.argv[1] if len(sys.argv) > 1 else "dev"
show = sys.argv[2:]
model = AttributionModel.default()
cat = collections.Counter(); ex = collections.defaultdict(list)
for doc, gold in parsed(split):
    text = doc.text
    ctx = DocContext(doc, find_quoted(text), text)
    cands = find_candidates(ctx, model.cue)
    score_candidates(cands, model)
    chosen = choose(cands, model.content.threshold, model.quoted_threshold)
    def iou(c, a, gs, gap):
        cs = _chars(text, *_trim(text, c.start, c.end)) - gap
        return len(cs & gs) / len(cs | gs) if cs and gs else 0
    for a in gold.attributions:
        if not any(m in text[s:e] for s, e in a.content for m in '"“”'): continue
        gs = set().union(*(_chars(text, *_trim(text, s, e)) for s, e in a.content))
        parts = sorted(a.content); gap = {i for (_, e1), (s2, _) in zip(parts, parts[1:]) for i in range(e1, s2)}
        def src_ok(c):
            if a.source is None: return c.source < 0
            if c.source < 0: return False
            np_ = noun_phrase(doc[c.source]); return any(s < np_.end_char and np_.start_char < e for s, e in a.source)
        m = [c for c in chosen if iou(c, a, gs, gap) >= 0.5]
        cue_hit = lambda c: a.cue and any(s < ctx.idx[c.cue[1] - 1] + ctx.length[c.cue[1] - 1] and ctx.idx[c.cue[0]] < e for s, e in a.cue)
        good = [c for c in cands if cue_hit(c) and iou(c, a, gs, gap) >= 0.5]
        if m:
            k = "ok" if src_ok(m[0]) else ("wrongsrc:cue-right" if cue_hit(m[0]) else "wrongsrc:other-cue")
            if k != "ok" and good and any(src_ok(g) for g in good): k += "(good exists)"
        elif good:
            best = max(good, key=lambda c: c.score)
            if best.score < model.content.threshold: k = "cand-low"
            else:
                comp = [c for c in chosen if c.trigger == best.trigger]
                k = "lost-same-cue" if comp else "lost-dedupe"
        else:
            near = [c for c in cands if cue_hit(c)]
            k = "no-cand(cue has cands)" if near else "no-cand(no cue cands)"
        cat[k] += 1
        ex[k].append((text[a.cue[0][0]:a.cue[-1][1]] if a.cue else None, [text[s:e] for s, e in a.source or []], " … ".join(text[s:e] for s, e in a.content)[:140]))
for k, v in cat.most_common(): print(v, k)
random.seed(0)
for k in show:
    print("=====", k)
    for e in random.sample(ex[k], min(12, len(ex[k]))): print(e)
