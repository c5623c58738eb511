"""Show the candidates around a snippet of a PolNeAR article, with the model's scores.

    python training/debug_near.py dev 'snippet' [min_score]
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import parsed, prepare
from newsmine.nlp.attribution import DocContext, find_candidates, cue_features
from newsmine.nlp.attribution_model import AttributionModel
from newsmine.nlp.quote_marks import find_quoted
split, snippet = sys.argv[1], sys.argv[2]
floor = float(sys.argv[3]) if len(sys.argv) > 3 else 0.05
model = AttributionModel.default()
for doc, gold in parsed(split):
    pos = doc.text.find(snippet)
    if pos < 0: continue
    prepare(doc)
    ctx = DocContext(doc, find_quoted(doc.text))
    sent = doc.char_span(pos, pos + 1, alignment_mode="expand")[0].sent
    print("SENT:", repr(sent.text))
    print([(t.i, t.text, t.dep_, t.head.i, t.pos_) for t in sent])
    for s in ctx.stretches:
        if abs(s.start - pos) < 400: print("STRETCH", repr(doc.text[s.start:s.end][:120]))
    for c in find_candidates(ctx):
        if abs(ctx.idx[c.trigger] - pos) < 300:
            p = c.fixed_score if c.fixed_score is not None else model.content.probability(c.shared + c.features)
            pc = model.cue.probability(cue_features(ctx, c.trigger))
            if p >= floor:
                print(f"{p:.3f} (cue {pc:.3f}) {doc[c.trigger].text}/{c.relation} src={doc[c.source] if c.source >= 0 else None} :: {' | '.join(doc.text[s:e] for s, e in c.parts)[:150]!r}")
    for a in gold.attributions:
        if any(abs(s - pos) < 300 for s, e in a.content):
            print("GOLD", [doc.text[s:e] for s, e in a.cue or []], [doc.text[s:e] for s, e in a.source or []], [doc.text[s:e][:80] for s, e in a.content])
    break
