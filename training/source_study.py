"""How often the grammar's source (subject_of) overlaps the gold Source, over all gold attributions."""
import sys, collections
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import parsed
from newsmine.nlp.attribution import DocContext, subject_of
from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.quotes import noun_phrase
split = sys.argv[1] if len(sys.argv) > 1 else "train"
ok = tot = 0
kinds = collections.Counter()
for doc, gold in parsed(split):
    ctx = DocContext(doc, find_quoted(doc.text))
    for a in gold.attributions:
        if not a.cue: continue
        cue = doc.char_span(a.cue[0][0], a.cue[-1][1], alignment_mode="expand")
        trig = cue.root.i
        if ctx.lower[trig] == "to" and trig > 0 and ctx.lower[trig - 1] == "according": trig -= 1
        src = subject_of(ctx, trig)
        span = noun_phrase(doc[src]) if src >= 0 else None
        tot += 1
        if a.source is None:
            good = span is None; kinds["nosrc:" + ("ok" if good else "pred")] += 1
        else:
            good = span is not None and any(s < span.end_char and span.start_char < e for s, e in a.source)
            kinds["src:" + ("ok" if good else "none" if span is None else "wrong")] += 1
        ok += good
print(f"{split}: source right {ok}/{tot} = {ok/tot:.3f}", dict(kinds))
