"""Candidates and scores for a text: python training/debug_text.py FILE|- [min_score]"""
import sys
from newsmine import Pipeline
from newsmine.nlp.attribution import DocContext, find_candidates, cue_features, is_trigger
from newsmine.nlp.attribution_model import AttributionModel
from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.quotes import score_candidates
text = sys.stdin.read() if sys.argv[1] == "-" else open(sys.argv[1], encoding="utf-8").read()
floor = float(sys.argv[2]) if len(sys.argv) > 2 else 0.05
nlp = Pipeline().nlp
with nlp.select_pipes(disable=["newsmine_quotes_v1"]):
    doc = nlp(text)
model = AttributionModel.default()
ctx = DocContext(doc, find_quoted(text))
for i in range(ctx.n):
    if is_trigger(ctx, i):
        p = model.cue.probability(cue_features(ctx, i))
        if p >= 0.02: print(f"cue word {doc[i].text!r} {p:.3f} {'(filtered out)' if p < model.cue.threshold else ''}")
cands = find_candidates(ctx)
score_candidates(cands, model)
for c in cands:
    if c.score >= floor:
        print(f"{c.score:.3f} {doc[c.trigger].text}/{c.relation} src={doc[c.source] if c.source >= 0 else None} :: {' | '.join(text[s:e] for s, e in c.parts)[:120]!r}")
for s in doc.sents: print("SENT", [(t.text, t.dep_, t.head.i) for t in s][:40])
