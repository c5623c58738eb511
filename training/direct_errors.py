"""The gold direct quotes newsmine loses, by class: what direct-quote attribution recall counts.

    python training/direct_errors.py train
    python training/direct_errors.py train --show boundary 10      # examples of the classes holding 'boundary'

For every gold attribution of the split whose content holds a quotation mark (the scorer's
"direct" contents), matched to the kept quotes one-to-one as the shared scorer matches them
(IoU of trimmed non-space characters >= 0.5), the class of the miss:

- ``wrong source``: matched, but the speaker does not overlap the gold Source (or is absent,
  or present when the gold has none); split by how the quote was found (its relation) and
  whether a speaker was given at all;
- ``no prediction``: no kept quote touches the content; split by whether the content is one
  quotation newsmine's marks pairing finds (``quotation found``), a fragment inside a longer
  clause (``fragment``), or a quotation the pairing does not find (``marks not paired``);
- ``joined``: the kept quote overlapping it most also holds most of another gold content;
- ``split``: two or more kept quotes share it and none matches;
- ``taken``: the kept quote overlapping it matched another gold content;
- ``boundary``: one kept quote overlaps it without matching, by where it is off
  (``start early`` / ``start late`` / ``end early`` / ``end late``).

With ``--candidates``, each ``no prediction`` is also split by what the candidates say
(:func:`candidate_reasons`): no candidate matches the gold content, the cue filter left its
cue word out, the best matching candidate scored under the decision's threshold (by score
band: the content model's doubt) or reached it and lost to another attribution. With
``--sources``, each ``wrong source`` likewise (:func:`source_reasons`): a gold swap, a
right-source candidate that lost, the gold cue's candidate with another source, or none.
With ``--reach``, each boundary, joined, split and no-prediction miss by whether any
candidate reaches the gold content (:func:`reach_reasons`): none (a candidate-generation
miss), the cue filter's, or a ranking miss (the kept quote's relation -> the matching one's).
With ``--runs``, how the gold reads the quote runs the candidates offer (:func:`run_readings`).
With ``--mixed``, every gold direct content and every miss is also split by
:func:`quotation_kind`: ``pure`` (one quotation or a run of quotations with their marks),
``mixed`` (a quoted phrase inside otherwise reported text: 'said the plan was "a disaster"')
or ``unpaired`` (no quotation the marks pairing finds overlaps it), and the mixed ones by
:func:`mixed_shape` (the gold cue's kind, where the quotation sits); ``--show mixed N``
then shows the mixed misses of each class.

Counts, then examples with the gold and kept texts. Study train, never dev.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import add_split_arguments, chosen_model, content_iou, parsed, predicted_quotes, prepare

from newsmine.evaluate import _greedy_match, _overlap, gold_chars, gold_gaps, is_direct, score_predictions, span_chars
from newsmine.nlp.attribution import AttributionModel, Candidate, find_candidates, score_candidates
from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import DocContext, doc_text
from newsmine.nlp.attribution.sources import noun_phrase
from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.quotes import find_quotes

# A kept quote "holds" another gold content when it covers this share of its characters.
_HOLDS = 0.5


def _side(predicted: int, gold: int, before: str, after: str) -> str | None:
    return before if predicted < gold else after if predicted > gold else None


def _no_prediction_kind(text: str, content: tuple[tuple[int, int], ...], stretches: list[tuple[int, int]]) -> str:
    """Why nothing was kept, as far as the quotation marks tell: the gold content is one
    quotation the pairing finds, a clause holding a quoted fragment, or marks not paired."""
    chars = set().union(*(span_chars(text, s, e) for s, e in content))
    for start, end in stretches:
        inner = span_chars(text, start, end)
        if inner and len(inner & chars) / len(inner | chars) >= 0.8:
            return "quotation found"
    if any(chars & span_chars(text, s, e) for s, e in stretches):
        return "fragment"
    return "marks not paired"


def quotation_kind(text: str, content: tuple[tuple[int, int], ...], stretches: list[tuple[int, int]]) -> str:
    """``pure`` when the gold content is quotations and their marks only (the words left once
    every quoted stretch, marks included, is taken out hold no letter or digit), ``mixed`` when
    reported words lie outside the quotation marks, ``unpaired`` when no quoted stretch
    overlaps it. ``stretches``: the quoted stretches, marks included."""
    chars = set().union(*(span_chars(text, s, e) for s, e in content))
    inside = {i for s, e in stretches for i in range(s, e)}
    if not chars & inside:
        return "unpaired"
    return "mixed" if any(text[i].isalnum() for i in chars - inside) else "pure"


def mixed_shape(doc, attribution, cues: frozenset[str]) -> tuple[str, str]:
    """(cue kind, place) of a mixed gold content. Cue kind: ``according to``, ``cue verb``
    (a verb of newsmine's cue lexicon: 'said', 'called', 'described'), ``other verb`` ('is
    sure', 'came out against', 'stood by'), ``noun`` ('her own admission', 'assertion of') or
    ``none``. Place: ``several parts``, ``ends with the quotation``, ``opens with the
    quotation`` or ``quotation inside``."""
    text = doc.text
    cue = [t for t in doc if any(s <= t.idx < e for s, e in attribution.cue or ())]
    lemmas = {t.lemma_.lower() for t in cue}
    verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")]
    if "accord" in lemmas:
        kind = "according to"
    elif any(t.lemma_.lower() in cues for t in verbs):
        kind = "cue verb"
    elif verbs:
        kind = "other verb"
    else:
        kind = "noun" if any(t.pos_ in ("NOUN", "PROPN") for t in cue) else "none"
    start, end = min(s for s, _ in attribution.content), max(e for _, e in attribution.content)
    if len(attribution.content) > 1:
        place = "several parts"
    elif text[start:end].rstrip(" .,;:").endswith(('"', "”")):
        place = "ends with the quotation"
    elif text[start:end].lstrip().startswith(('"', "“")):
        place = "opens with the quotation"
    else:
        place = "quotation inside"
    return kind, place


def classify(text: str, gold, found) -> list[tuple[str, int, int | None]]:
    """(class, gold index, kept quote index or None) for each gold direct content of one
    document that is not attributed right."""
    preds = predicted_quotes(found)
    attributions = gold.attributions
    gold_sets = [gold_chars(text, a) for a in attributions]
    gaps = [gold_gaps(a) for a in attributions]
    pred_sets = [span_chars(text, q.start, q.end) for q in preds]
    pairs = {i: j for _, i, j in _greedy_match(gold_sets, pred_sets, gaps, lenient=False)}
    matched_pred = set(pairs.values())
    stretches = [(s.inner_start, s.inner_end) for s in find_quoted(text)]
    out = []
    for i, a in enumerate(attributions):
        if not is_direct(text, a):
            continue
        if i in pairs:
            j = pairs[i]
            speaker = preds[j].speaker
            right = (speaker is not None and _overlap([speaker], a.source)) if a.source else speaker is None
            if not right:
                how = "no speaker" if speaker is None else "no gold source" if not a.source else "other speaker"
                out.append((f"wrong source/{how}/{found[j].relation.split(':')[0]}", i, j))
            continue
        chars = gold_sets[i]
        touching = [(len(chars & (pred_sets[j] - gaps[i])), j) for j in range(len(preds))]
        touching = sorted(((n, j) for n, j in touching if n), reverse=True)
        if not touching:
            out.append((f"no prediction/{_no_prediction_kind(text, a.content, stretches)}", i, None))
            continue
        _, j = touching[0]
        if j in matched_pred:
            out.append(("taken", i, j))
            continue
        others = [k for k in range(len(attributions)) if k != i and gold_sets[k] and len(gold_sets[k] & pred_sets[j]) >= _HOLDS * len(gold_sets[k])]
        if others:
            out.append(("joined", i, j))
            continue
        if len(touching) > 1 and touching[1][0] >= 0.2 * len(chars):
            out.append(("split", i, j))
            continue
        near = pred_sets[j] - gaps[i]
        sides = [_side(min(near), min(chars), "start early", "start late"), _side(max(near), max(chars), "end early", "end late")]
        out.append(("boundary/" + " + ".join(s for s in sides if s), i, j))
    return out


def _best_matching(text: str, chars: set[int], gaps: set[int], candidates: list[Candidate]) -> tuple[float, Candidate] | None:
    """The best-scoring candidate whose content matches ``chars`` as the scorer matches (IoU >= 0.5)."""
    best = None
    for cand in candidates:
        iou = content_iou(set().union(*(span_chars(text, s, e) for s, e in cand.parts)), (chars, gaps))
        if iou >= 0.5 and (best is None or cand.score > best[1].score):
            best = (iou, cand)
    return best


def _scored_candidates(doc, model: AttributionModel) -> tuple[DocContext, list[Candidate]]:
    """The document's context and its candidates (the cue filter applied), scored."""
    text = doc_text(doc)
    ctx = DocContext(doc, find_quoted(text), text)
    cands = find_candidates(ctx, model.cue, model.source, model.speaker)
    score_candidates(cands, model)
    return ctx, cands


def _reaching(
    doc, gold, indices: list[int], model: AttributionModel
) -> dict[int, tuple[Candidate | None, Candidate | None]]:
    """For each gold content of ``indices``: the best-scoring candidate that matches it and,
    when none does, the best one the cue filter left out (None: no candidate reaches it)."""
    if not indices:
        return {}
    ctx, filtered = _scored_candidates(doc, model)
    text = ctx.text
    unfiltered = None
    out = {}
    for i in indices:
        a = gold.attributions[i]
        chars, gaps = gold_chars(text, a), gold_gaps(a)
        best = _best_matching(text, chars, gaps, filtered)
        if best is not None:
            out[i] = (best[1], None)
            continue
        if unfiltered is None:
            unfiltered = find_candidates(ctx, None, model.source, model.speaker)
        other = _best_matching(text, chars, gaps, unfiltered)
        out[i] = (None, other[1] if other is not None else None)
    return out


def candidate_reasons(
    doc, gold, indices: list[int], model: AttributionModel, details: dict[int, str] | None = None
) -> dict[int, str]:
    """Why each gold content of ``indices`` (no kept quote touches it) was not kept, as the
    candidates tell: ``no candidate``, ``cue filtered``, ``under threshold/<score band>`` or
    ``over threshold, lost`` (another attribution took its place), with the candidate's
    relation. ``details`` (when given) gets, for the examples, the matching candidate's score,
    cue words and full relation."""
    out = {}
    for i, (cand, filtered_out) in _reaching(doc, gold, indices, model).items():
        if details is not None and cand is not None:
            cue = doc[cand.cue[0] : cand.cue[1]].text if cand.trigger >= 0 else ""
            details[i] = f"score {cand.score:.3f}, quoted share {cand.quoted_share:.2f}, cue {cue!r} {cand.relation}"
        if cand is None:
            out[i] = "no candidate" if filtered_out is None else f"cue filtered/{filtered_out.relation.split(':')[0]}"
            continue
        threshold = model.quoted_threshold if cand.quoted_share >= 0.5 else model.content.threshold
        relation = cand.relation.split(":")[0]
        if cand.score >= threshold:
            out[i] = f"over threshold, lost/{relation}"
        else:
            band = "0.3+" if cand.score >= 0.3 else "0.1-0.3" if cand.score >= 0.1 else "<0.1"
            out[i] = f"under threshold/{band}/{relation}"
    return out


def reach_reasons(doc, gold, lost: list[tuple[str, int, int | None]], found, model: AttributionModel) -> dict[int, str]:
    """For the misses that are not a wrong source (boundary, joined, split, no prediction):
    whether a candidate reaches the gold content (IoU >= 0.5) at all, and if so the relation
    of the quote kept there and of the best candidate that would have matched
    (``child -> vp``): a candidate-generation miss or a ranking one."""
    kept_at = {i: j for kind, i, j in lost if not kind.startswith(("wrong source", "taken"))}
    out = {}
    for i, (cand, filtered_out) in _reaching(doc, gold, list(kept_at), model).items():
        if cand is None:
            out[i] = "no candidate" if filtered_out is None else "cue filtered"
            continue
        j = kept_at[i]
        kept = found[j].relation.split(":")[0] if j is not None else "nothing"
        out[i] = f"{kept} -> {cand.relation.split(':')[0]}"
    return out


def _prefix(parts: list[tuple[int, int]], longer: list[tuple[int, int]]) -> bool:
    """Whether ``parts`` are the first parts of ``longer`` (a run's first quotation(s))."""
    return len(parts) < len(longer) and list(parts) == list(longer[: len(parts)])


def run_readings(doc, gold) -> Counter[str]:
    """How the gold reads each quote run a cue word's candidates offer ('"A," she said. "B."'
    as ``quote_run`` A … B beside A alone): one content holding both (``one``, split by
    whether A alone would still match it), ``separate`` contents, ``A only`` (B not
    attributed; split by whether the run would still match), ``B only`` or ``none``. What
    the candidates' run is worth against its first quotation, independent of any model."""
    text = doc_text(doc)
    ctx = DocContext(doc, find_quoted(text), text)
    cands = find_candidates(ctx)
    golds = [gold_chars(text, a) for a in gold.attributions]
    out: Counter[str] = Counter()
    seen = set()
    for run in cands:
        if not run.relation.endswith("_run") or (run.trigger, tuple(run.parts)) in seen:
            continue
        seen.add((run.trigger, tuple(run.parts)))
        bases = [b for b in cands if b.trigger == run.trigger and _prefix(b.parts, run.parts)]
        if not bases:
            continue
        base = max(bases, key=lambda b: len(b.parts))
        first = set().union(*(span_chars(text, s, e) for s, e in base.parts))
        rest = set().union(*(span_chars(text, s, e) for s, e in run.parts)) - first
        if not first or not rest:
            continue
        cover_first = {i for i, g in enumerate(golds) if len(g & first) >= 0.5 * len(first)}
        cover_rest = {i for i, g in enumerate(golds) if len(g & rest) >= 0.5 * len(rest)}
        both = cover_first & cover_rest
        if both:
            g = golds[min(both)]
            kind = "one (A alone matches)" if len(first & g) / len(first | g) >= 0.5 else "one (A alone fails)"
        elif cover_first and cover_rest:
            kind = "separate"
        elif cover_first:
            g, whole = golds[min(cover_first)], first | rest
            kind = "A only (run matches)" if len(whole & g) / len(whole | g) >= 0.5 else "A only (run fails)"
        else:
            kind = "B only" if cover_rest else "none"
        out[f"{run.relation.split(':')[0]}: {kind}"] += 1
    return out


def source_reasons(doc, gold, indices: list[int], model: AttributionModel) -> dict[int, str]:
    """Why each gold content of ``indices`` (matched, wrong source) got the wrong speaker, as
    the candidates tell: ``gold swap`` (the gold Source is a reporting word and its Cue a
    name: an annotation slip no speaker can match), ``right source lost`` (a candidate with
    the gold content and a speaker on the gold Source lost to one with another speaker),
    ``gold cue, other source`` (a candidate of the gold cue word reaches the content with
    another source: the source rules' miss) or ``no right candidate``."""
    if not indices:
        return {}
    ctx, cands = _scored_candidates(doc, model)
    text = ctx.text
    cues = lexicons.load("cues")
    out = {}
    for i in indices:
        a = gold.attributions[i]
        chars, gaps = gold_chars(text, a), gold_gaps(a)
        src_tokens = [t for t in doc if a.source and _overlap([(t.idx, t.idx + len(t))], a.source)]
        cue_tokens = [t for t in doc if a.cue and _overlap([(t.idx, t.idx + len(t))], a.cue)]
        if src_tokens and all(t.lemma_.lower() in cues or t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") for t in src_tokens) and any(
            t.pos_ in ("PROPN", "PRON", "NOUN") for t in cue_tokens
        ):
            out[i] = "gold swap"
            continue
        reaching = [
            c for c in cands
            if content_iou(set().union(*(span_chars(text, s, e) for s, e in c.parts)), (chars, gaps)) >= 0.5
        ]  # fmt: skip
        right = []
        for c in reaching:
            if c.source < 0:
                ok = not a.source
            else:
                span = noun_phrase(doc[c.source])
                ok = bool(a.source) and _overlap([(span.start_char, span.end_char)], a.source)
            if ok:
                right.append(c)
        if right:
            out[i] = f"right source lost/{max(right, key=lambda c: c.score).relation.split(':')[0]}"
        elif any(cue_tokens and c.trigger in {t.i for t in cue_tokens} for c in reaching):
            out[i] = "gold cue, other source"
        else:
            out[i] = "no right candidate"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap)
    ap.add_argument("--show", nargs=2, action="append", default=[], metavar=("KIND", "N"), help="N examples of the classes holding KIND")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--candidates", action="store_true", help="split the 'no prediction' misses by what the candidates say")
    ap.add_argument("--sources", action="store_true", help="split the 'wrong source' misses by what the candidates say")
    ap.add_argument("--reach", action="store_true", help="the other misses: does a candidate reach them")
    ap.add_argument("--runs", action="store_true", help="how the gold reads the candidates' quote runs")
    ap.add_argument("--mixed", action="store_true", help="split contents and misses into pure, mixed and unpaired quotations")
    args = ap.parse_args()
    model = chosen_model(args)
    counts: Counter[str] = Counter()
    by_candidates: Counter[str] = Counter()  # the 'no prediction' misses, with --candidates
    by_sources: Counter[str] = Counter()  # the 'wrong source' misses, with --sources
    by_reach: Counter[tuple[str, str]] = Counter()  # the other misses, with --reach
    runs: Counter[str] = Counter()  # the gold's reading of the quote runs, with --runs
    kinds: Counter[str] = Counter()  # gold direct contents by quotation kind, with --mixed
    shapes: Counter[tuple[str, str]] = Counter()  # mixed contents by ("cue"/"place", shape), with --mixed
    lost_shapes: Counter[tuple[str, str, str]] = Counter()  # the mixed misses: (..., shape, class)
    cue_words = lexicons.load("cues")
    lost_kinds: Counter[tuple[str, str]] = Counter()  # (quotation kind, miss class), with --mixed
    examples: dict[str, list[str]] = defaultdict(list)
    total = 0
    golds, predictions = [], {}
    for doc, gold in parsed(args.split, held_out=args.held_out):
        prepare(doc)
        text = gold.text
        found = find_quotes(doc, model)
        golds.append(gold)
        predictions[gold.id] = predicted_quotes(found)
        total += sum(is_direct(text, a) for a in gold.attributions)
        lost_here = classify(text, gold, found)
        kind_of: dict[int, str] = {}
        if args.mixed:
            marks = [(s.start, s.end) for s in find_quoted(text)]
            kind_of = {i: quotation_kind(text, a.content, marks) for i, a in enumerate(gold.attributions) if is_direct(text, a)}
            kinds.update(kind_of.values())
            lost_kinds.update((kind_of[i], kind.split("/")[0]) for kind, i, _ in lost_here)
            lost_class = {i: kind.split("/")[0] for kind, i, _ in lost_here}
            for i, qkind in kind_of.items():
                if qkind != "mixed":
                    continue
                for key in zip(("cue", "place"), mixed_shape(doc, gold.attributions[i], cue_words)):
                    shapes[key] += 1
                    if i in lost_class:
                        lost_shapes[key + (lost_class[i],)] += 1
        reasons: dict[int, str] = {}
        details: dict[int, str] = {}
        if args.candidates:
            reasons = candidate_reasons(doc, gold, [i for kind, i, _ in lost_here if kind.startswith("no prediction")], model, details)
            by_candidates.update(reasons.values())
        if args.runs:
            runs.update(run_readings(doc, gold))
        reach: dict[int, str] = {}
        if args.reach:
            reach = reach_reasons(doc, gold, lost_here, found, model)
            by_reach.update((kind.split("/")[0], reach[i]) for kind, i, _ in lost_here if i in reach)
        source_why: dict[int, str] = {}
        if args.sources:
            source_why = source_reasons(doc, gold, [i for kind, i, _ in lost_here if kind.startswith("wrong source")], model)
            by_sources.update(source_why.values())
        for kind, i, j in lost_here:
            counts[kind] += 1
            a = gold.attributions[i]
            kept = found[j] if j is not None else None
            line = f"[{gold.id}@{a.content[0][0]}]" + (f" ({source_why[i]})" if i in source_why else "") + (f" ({reach[i]})" if i in reach else "")
            line += (f" ({reasons[i]})" if i in reasons else "") + (f"\n    BEST {details[i]}" if i in details else "")
            line += f"\n    GOLD {' … '.join(text[s:e] for s, e in sorted(a.content))[:300]!r}"
            line += f"\n      src {' … '.join(text[s:e] for s, e in a.source or ())!r} cue {' … '.join(text[s:e] for s, e in a.cue or ())!r}"
            if kept is not None:
                line += f"\n    KEPT {kept.relation} {' … '.join(text[s:e] for s, e in kept.parts)[:300]!r}"
                line += f"\n      spk {kept.speaker.text if kept.speaker is not None else None!r} cue {kept.cue.text if kept.cue is not None else None!r}"
            para_start = text.rfind("\n", 0, a.content[0][0]) + 1
            para_end = text.find("\n", a.content[-1][1])
            line += f"\n    PARA {text[para_start : para_end if para_end >= 0 else len(text)][:400]!r}"
            examples[kind].append(line)
            if i in kind_of:
                examples[f"{kind_of[i]}: {kind}"].append(line)
    lost = sum(counts.values())
    scores = score_predictions(golds, predictions).scores
    print(f"content F1 {scores['content']['f1']}  attribution F1 {scores['attribution']['f1']}  "
          f"source accuracy {scores['source_accuracy_on_matched']}  direct recall {scores['direct_recall']}  "
          f"direct attribution recall {scores['direct_attrib_recall']}")
    print(f"{total} gold direct contents, {total - lost} attributed right ({(total - lost) / max(total, 1):.4f}), {lost} lost")
    by_class = Counter()
    for kind, n in counts.items():
        by_class[kind.split("/")[0]] += n
    for cls, n in by_class.most_common():
        print(f"{n:5d}  {cls}")
        for kind, m in counts.most_common():
            if kind.split("/")[0] == cls and kind != cls:
                print(f"{m:9d}  {kind[len(cls) + 1:]}")
    if by_candidates:
        print(f"{sum(by_candidates.values()):5d}  no prediction, as the candidates tell")
        for reason, m in sorted(by_candidates.items(), key=lambda item: (-item[1], item[0])):
            print(f"{m:9d}  {reason}")
    if by_sources:
        print(f"{sum(by_sources.values()):5d}  wrong source, as the candidates tell")
        for reason, m in sorted(by_sources.items(), key=lambda item: (-item[1], item[0])):
            print(f"{m:9d}  {reason}")
    if by_reach:
        print(f"{sum(by_reach.values()):5d}  boundary, joined, split, no prediction: kept -> matching candidate")
        for (cls, reason), m in sorted(by_reach.items(), key=lambda item: (item[0][0], -item[1], item[0][1])):
            print(f"{m:9d}  {cls}: {reason}")
    if kinds:
        print("quotation kind: gold direct contents, lost, then the lost by class")
        for qkind, n in kinds.most_common():
            m = sum(v for (k, _), v in lost_kinds.items() if k == qkind)
            print(f"{n:5d}  {qkind}: {m} lost ({1 - m / n:.4f} right)")
            for (k, cls), v in sorted(lost_kinds.items(), key=lambda item: -item[1]):
                if k == qkind:
                    print(f"{v:9d}  {cls}")
    if shapes:
        print("mixed contents by the gold cue's kind and where the quotation sits: n, lost, the lost by class")
        for key, n in sorted(shapes.items(), key=lambda item: (item[0][0], -item[1])):
            by = {cls: v for (*k, cls), v in lost_shapes.items() if tuple(k) == key}
            m = sum(by.values())
            classes = ", ".join(f"{cls} {v}" for cls, v in sorted(by.items(), key=lambda item: -item[1]))
            print(f"{n:5d}  {key[0]}: {key[1]}: {m} lost ({1 - m / n:.4f} right){'; ' + classes if classes else ''}")
    if runs:
        print(f"{sum(runs.values()):5d}  quote runs (A … B) offered, as the gold reads them")
        for reading, m in sorted(runs.items()):
            print(f"{m:9d}  {reading}")
    rng = random.Random(args.seed)
    for wanted, n in args.show:
        for kind in sorted(k for k in examples if wanted in k):
            print(f"===== {kind} ({len(examples[kind])})")
            for line in rng.sample(examples[kind], min(int(n), len(examples[kind]))):
                print(line)


if __name__ == "__main__":
    main()
