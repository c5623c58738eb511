"""How the gold source relates to the cue word in the parse, and how often subject_of() finds it."""
import sys, collections, random
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import parsed
from newsmine.nlp.attribution import subject_of
from newsmine.nlp.quotes import noun_phrase
split = sys.argv[1] if len(sys.argv) > 1 else "train"
ok = tot = 0
rel = collections.Counter(); fails = collections.Counter(); ex = collections.defaultdict(list)
for doc, gold in parsed(split):
    for a in gold.attributions:
        if not a.cue: continue
        cue = doc.char_span(a.cue[0][0], a.cue[-1][1], alignment_mode="expand")
        trig = cue.root
        if trig.lower_ == "to" and trig.i > 0 and doc[trig.i-1].lower_ == "according": trig = doc[trig.i-1]
        src = subject_of(trig)
        span = noun_phrase(src) if src is not None else None
        tot += 1
        if a.source is None:
            good = span is None; key = "nosrc:" + ("ok" if good else "pred")
        else:
            good = span is not None and any(s < span.end_char and span.start_char < e for s, e in a.source)
            gs = doc.char_span(a.source[0][0], a.source[-1][1], alignment_mode="expand")
            g = gs.root
            if g.head.i == trig.i: key = "child:" + g.dep_
            elif g.head.i == trig.head.i: key = f"sib:{trig.dep_}->{g.dep_}"
            elif trig.head.i == g.i: key = f"head:{trig.dep_}"
            else: key = "far"
            key += ":" + ("ok" if good else ("none" if span is None else "wrong"))
        ok += good
        rel[key] += 1
        if not good and len(ex[key]) < 300: ex[key].append((trig.text, span.text if span is not None else None, [doc.text[s:e] for s, e in a.source or []], trig.sent.text[:200]))
print(f"{split}: source right {ok}/{tot} = {ok/tot:.3f}")
for k, v in rel.most_common(40): print(v, k)
random.seed(0)
for k in sys.argv[2:]:
    print("=====", k)
    for e in random.sample(ex[k], min(10, len(ex[k]))): print(e)
