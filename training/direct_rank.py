"""Decision rules (``decide()``) measured by train 5-fold without refitting anything.

    python training/direct_rank.py --seed 0 base any_quoted          # the shipped thresholds 0.3 / 0.25
    python training/direct_rank.py --seed 0 --quoted 0.225 any_quoted # another quotations' threshold
    python training/direct_rank.py --seed 0 --sweep any_quoted        # the threshold sweep, as rerank_study
    python training/direct_rank.py --seed 0 --diff 20 any_quoted      # the direct contents gained and lost
    python training/direct_rank.py --seed 0 --errors 8 base           # the direct misses, kept -> reaching

The reranked out-of-fold scores of ``rerank_study.py``'s ``base`` variant (its cached content
scores, ``rerank-study-v2.pkl``; one reranker per fifth with LightGBM's ``seed``) are computed
once per seed (~2.5 min) and kept in ``.cache/polnear/direct-rank-seedN.pkl``; each variant
then replaces the ``decide()`` the cross-validation calls, so a decision rule is measured in
about ten seconds at fixed thresholds (``base`` reproduces ``rerank_study.py base``'s figures
at 0.3 / 0.25). Variants: VARIANTS below; findings in docs/history/attribution.md (sixteenth
session). Study train only.
"""

from __future__ import annotations

import argparse
import importlib
import pickle
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rerank_study as rs
import train_attribution as ta
from polnear import CACHE, content_iou

from newsmine.evaluate import _overlap, gold_chars, gold_gaps, is_direct, span_chars
from newsmine.nlp.attribution.sources import noun_phrase

# The module, not the function the package exports under the same name.
decide_module = importlib.import_module("newsmine.nlp.attribution.decide")

# The decision's thresholds: the shipped model's (and rerank_study base's at seed 0).
THRESHOLDS = (0.3, 0.25)


def _cv(state, seed: int, started: float) -> ta.CrossValidation:
    """The cross-validation of the base reranker at ``seed``, its scored candidates cached."""
    reranker_columns, features = rs.VARIANTS["base"]
    rs.reranker.rerank_rows = ta.rerank_rows = reranker_columns
    rs.reranker.RERANK_FEATURES = ta.RERANK_FEATURES = features
    ta.RERANK_PARAMS = {**rs._BASE_PARAMS, "seed": seed}
    docs, cue_p, cue_threshold, content_p = state
    path = CACHE / f"direct-rank-seed{seed}.pkl"
    if path.exists():
        with path.open("rb") as f:
            saved = pickle.load(f)
        cv = ta.CrossValidation(docs, cue_p, cue_threshold, content_p, None)  # fits nothing: the scores are cached
        cv._cache = []
        for d, (indices, scores) in zip(docs, saved):
            cv._cache.append((d, [d.candidates[n] for n in indices], scores))
        return cv
    cv = ta.CrossValidation(docs, cue_p, cue_threshold, content_p, "reranker")
    cached = cv._scored()
    saved = []
    for d, kept, scores in cached:
        where = {id(c): n for n, c in enumerate(d.candidates)}
        saved.append(([where[id(c)] for c in kept], scores))
    with path.open("wb") as f:
        pickle.dump(saved, f)
    print(f"seed {seed}: rerankers fitted; {time.time() - started:.0f}s", file=sys.stderr)
    return cv


def _with(adjust):
    """decide() with ``adjust(ctx, candidates, chosen)`` run between choose() and the orphans."""
    dm = decide_module

    def decide(ctx, candidates, threshold, quoted_threshold=None, **_):
        chosen = dm.choose(candidates, threshold, quoted_threshold)
        chosen = adjust(ctx, candidates, chosen, threshold, quoted_threshold if quoted_threshold is not None else threshold)
        chosen = dm.orphan_quotations(ctx, candidates, chosen, dm.ORPHAN_MIN_WORDS, dm.ORPHAN_PARAGRAPHS)
        doc = ctx.doc
        return [dm.reported_through(ctx, c) for c in chosen if not dm.in_excluded(doc, c.start, c.end) and not dm.not_speech(ctx, c)]

    return decide


def _by_trigger(candidates):
    out = defaultdict(list)
    for c in candidates:
        out[c.trigger].append(c)
    return out


def _ending_quote(ctx, cand) -> int:
    """The quotation the content ends with (its inner end within 2 characters), or -1."""
    k = ctx.quote_of[ctx.token_at_char(max(cand.start, cand.end - 1))]
    return k if k >= 0 and abs(ctx.stretches[k].inner_end - cand.end) <= 2 else -1


def _extend_comma(floor: float | None):
    """A kept content that ends with a quotation closed by a comma in mid-sentence (no
    attribution after it: 'ready to "take on the cartel," secure the border, …') takes its
    cue's best candidate starting there and running on in the sentence."""
    from newsmine.nlp.attribution.after_quotation import attribution_after

    def adjust(ctx, candidates, chosen, threshold, quoted):
        by = None
        out = []
        text = ctx.text
        for cand in chosen:
            k = _ending_quote(ctx, cand) if cand.trigger >= 0 else -1
            if k >= 0:
                st = ctx.stretches[k]
                comma = text[st.inner_start : st.inner_end].rstrip()[-1:] == "," or text[st.end : st.end + 1] == ","
                last_tok = ctx.stretch_tokens[k][1]
                if comma and cand.trigger_char < st.start and last_tok < ctx.n and attribution_after(ctx, k)[0] < 0:
                    sent = ctx.sent_of[max(0, last_tok - 1)]
                    if by is None:
                        by = _by_trigger(candidates)
                    longer = [
                        c for c in by[cand.trigger]
                        if abs(c.start - cand.start) <= 2 and c.end > cand.end + 2 and ctx.sent_of[ctx.token_at_char(c.end - 1)] == sent
                        and (floor is None or c.score >= floor * cand.score)
                    ]
                    if longer:
                        cand = max(longer, key=lambda c: c.score)
            out.append(cand)
        return out

    return adjust


def _trim_tail(floor: float | None):
    """A kept content running on past its last quotation through a comma or dash ('he was
    "encouraged" by the plan — a modest boost for …') takes its cue's candidate that stops
    there: same start, every quotation kept, a comma or dash right after it."""

    def adjust(ctx, candidates, chosen, threshold, quoted):
        by = None
        out = []
        text = ctx.text
        for cand in chosen:
            if cand.trigger >= 0 and not cand.relation.startswith("quote") and len(cand.parts) == 1:
                if by is None:
                    by = _by_trigger(candidates)
                body = text[cand.start : cand.end]
                marks = [n for n, ch in enumerate(body) if ch in '"“”']
                if marks:
                    last_mark = cand.start + marks[-1]
                    shorter = []
                    for c in by[cand.trigger]:
                        if len(c.parts) != 1 or abs(c.start - cand.start) > 2 or not last_mark < c.end < cand.end - 2:
                            continue
                        after = text[c.end - 1 : c.end + 3].lstrip(' "”')
                        if after[:1] in (",", "—", "–", "-") and (floor is None or c.score >= floor * cand.score):
                            shorter.append(c)
                    if shorter:
                        cand = max(shorter, key=lambda c: c.end)
            out.append(cand)
        return out

    return adjust


def _setting(**kwargs):
    """decide() with keyword arguments (the orphans' settings)."""

    def decide(ctx, candidates, threshold, quoted_threshold=None, **_):
        return decide_module.decide(ctx, candidates, threshold, quoted_threshold, **kwargs)

    return decide


def _patched(name: str, value):
    """decide() with a module attribute of decide.py (a constant or a function) replaced."""

    def decide(ctx, candidates, threshold, quoted_threshold=None, **_):
        old = getattr(decide_module, name)
        setattr(decide_module, name, value)
        try:
            return decide_module.decide(ctx, candidates, threshold, quoted_threshold)
        finally:
            setattr(decide_module, name, old)

    return decide


def _quoted_from(share: float):
    """The quotations' threshold from ``share`` of quoted characters on (main: 0.5); 0: for
    any content holding a quotation."""
    if share <= 0:
        return lambda cand, threshold, quoted: quoted if cand.quoted_share > 0 else threshold
    return lambda cand, threshold, quoted: quoted if cand.quoted_share >= share else threshold


def _run_preferred(candidates, threshold, quoted_threshold=None):
    """choose() where a cue's quote run holding the quotation kept (its best content
    lying inside the run) is kept instead, from the quotations' threshold on — as main does
    for '"X," he said, "Y."' split around the cue."""
    dm = decide_module
    is_split = dm._is_split_quote
    dm._is_split_quote = lambda cand: is_split(cand) or cand.relation.endswith("_run")
    try:
        return _choose(candidates, threshold, quoted_threshold)
    finally:
        dm._is_split_quote = is_split


_choose = decide_module.choose


VARIANTS = {
    "base": decide_module.decide,
    # The brief's rule on runs: a quote run containing the cue's best content is kept instead.
    "run_preferred": _patched("choose", _run_preferred),
    # The quotations' threshold by quoted share (base: from half quoted on).
    "any_quoted": _patched("_threshold_for", _quoted_from(0)),
    "fifth_quoted": _patched("_threshold_for", _quoted_from(0.2)),
    # The orphan quotations' length and reach, the duplicates' overlap.
    "orphan4": _setting(orphan_min_words=4),
    "orphan5": _setting(orphan_min_words=5),
    "orphan8": _setting(orphan_min_words=8),
    "orphan_para3": _setting(orphan_paragraphs=3),
    "duplicate_03": _patched("_DUPLICATE_IOU", 0.3),
    "duplicate_07": _patched("_DUPLICATE_IOU", 0.7),
    # Extents: running on past a comma-closed quotation, stopping after the last one.
    "extend_comma": _with(_extend_comma(None)),
    "trim_tail": _with(_trim_tail(None)),
}


def _shown(text: str, parts, n: int = 250) -> str:
    """Parts of the text joined by ' … ', cut at ``n`` characters."""
    return " … ".join(text[s:e] for s, e in sorted(parts or ()))[:n]


def _chars(text: str, parts) -> set[int]:
    return set().union(*(span_chars(text, s, e) for s, e in parts))


def _decided(cv: ta.CrossValidation, threshold: float, quoted: float):
    """(article, its scored candidates, the quotes decide() keeps, their characters) for each
    article, each scored by its fifth's models."""
    for d, kept, scores in cv._scored():
        for cand, score in zip(kept, scores):
            cand.score = score
        chosen = ta.decide(d.ctx, kept, threshold, quoted)
        yield d, kept, chosen, [_chars(d.gold.text, c.parts) for c in chosen]


def _direct(gold):
    """(index, attribution) of the gold contents holding a quotation mark (the scorer's direct ones)."""
    return [(i, a) for i, a in enumerate(gold.attributions) if is_direct(gold.text, a)]


def errors(cv: ta.CrossValidation, threshold: float, quoted: float, show: int) -> None:
    """The gold direct contents the cross-validated decision misses (no kept quote matches
    them, IoU >= 0.5): the relation of the kept quote overlapping most -> that of the best
    cue-filtered candidate reaching the gold, with examples."""
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for d, kept, chosen, chosen_sets in _decided(cv, threshold, quoted):
        text = d.gold.text
        kept_sets = [_chars(text, c.parts) for c in kept]
        for _, a in _direct(d.gold):
            gold = (gold_chars(text, a), gold_gaps(a))
            match = next((n for n, c in enumerate(chosen_sets) if content_iou(c, gold) >= 0.5), -1)
            if match >= 0:
                c = chosen[match]
                if c.source >= 0:
                    phrase = noun_phrase(d.doc[c.source])
                    right = bool(a.source) and _overlap([(phrase.start_char, phrase.end_char)], a.source)
                else:
                    right = not a.source
                if not right:
                    key = f"SOURCE {c.relation.split(':')[0]} {'none' if c.source < 0 else 'other'}"
                    counts[key] += 1
                    src = noun_phrase(d.doc[c.source]).text if c.source >= 0 else None
                    examples[key].append(f"[{d.gold.id}@{a.content[0][0]}] GOLD {_shown(text, a.content, 200)!r}\n"
                                         f"    gold src {_shown(text, a.source)!r} cue {_shown(text, a.cue)!r}; kept src {src!r} cue {d.doc[c.cue[0]:c.cue[1]].text if c.trigger >= 0 else None!r}")
                continue
            over = max(((len(c & gold[0]), n) for n, c in enumerate(chosen_sets)), default=(0, -1))
            near = chosen[over[1]] if over[0] else None
            reach = [(c.score, n) for n, c in enumerate(kept) if content_iou(kept_sets[n], gold) >= 0.5]
            best = kept[max(reach)[1]] if reach else None
            key = f"{near.relation.split(':')[0] if near else 'nothing'} -> {best.relation.split(':')[0] if best else 'none'}"
            counts[key] += 1
            line = f"[{d.gold.id}@{a.content[0][0]}] GOLD {_shown(text, a.content)!r}"
            if near is not None:
                line += f"\n    KEPT {near.relation} {near.score:.2f} {_shown(text, near.parts)!r}"
            if best is not None:
                line += f"\n    BEST {best.relation} {best.score:.2f} {_shown(text, best.parts)!r}"
            examples[key].append(line)
    print(f"{sum(counts.values())} gold direct contents not attributed right (SOURCE: matched, wrong speaker)")
    for key, n in counts.most_common():
        print(f"{n:5d}  {key}")
    rng = random.Random(0)
    for key, n in counts.most_common(20):
        print(f"===== {key} ({n})")
        for line in rng.sample(examples[key], min(show, n)):
            print(line)


def _direct_right(cv, threshold, quoted) -> dict[tuple[str, int], tuple[bool, str]]:
    """For each gold direct content (article id, index): whether a kept quote matches it
    (IoU >= 0.5) and the kept quote overlapping it most, as text."""
    out = {}
    for d, _, chosen, sets in _decided(cv, threshold, quoted):
        text = d.gold.text
        for i, a in _direct(d.gold):
            gold = (gold_chars(text, a), gold_gaps(a))
            over = max(((len(c & gold[0]), n) for n, c in enumerate(sets)), default=(0, -1))
            near = chosen[over[1]] if over[0] else None
            shown = f"{near.relation} {_shown(text, near.parts)!r}" if near else "-"
            out[(d.gold.id, i)] = (any(content_iou(c, gold) >= 0.5 for c in sets), shown, _shown(text, a.content))
    return out


def diff(cv, name: str, show: int) -> None:
    """The gold direct contents ``name`` matches and the base does not, and the reverse."""
    ta.decide = VARIANTS["base"]
    before = _direct_right(cv, *THRESHOLDS)
    ta.decide = VARIANTS[name]
    after = _direct_right(cv, *THRESHOLDS)
    gained = [k for k in before if after[k][0] and not before[k][0]]
    lost = [k for k in before if before[k][0] and not after[k][0]]
    print(f"DIFF {name}: contents gained {len(gained)}, lost {len(lost)}")
    for label, keys in (("GAINED", gained), ("LOST", lost)):
        for k in keys[:show]:
            print(f"  {label} [{k[0]}] GOLD {after[k][2]!r}\n      base {before[k][1]}\n      now  {after[k][1]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("variants", nargs="+", choices=sorted(VARIANTS))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sweep", action="store_true", help="sweep the thresholds as rerank_study does")
    ap.add_argument("--quoted", type=float, default=THRESHOLDS[1], help="the quotations' threshold (without --sweep)")
    ap.add_argument("--diff", type=int, default=0, metavar="N", help="the contents each variant gains and loses against base, N examples")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="the direct misses by kept -> reaching relation, N examples each")
    args = ap.parse_args()
    started = time.time()
    state = rs._state(started)
    cv = _cv(state, args.seed, started)
    for name in args.variants:
        ta.decide = VARIANTS[name]
        if args.diff and name != "base":
            diff(cv, name, args.diff)
        if args.errors:
            errors(cv, *THRESHOLDS, args.errors)
        if args.sweep:
            _, threshold, _ = ta._best_threshold(cv, name)
            quoted, scores = ta._quoted_threshold(cv, threshold)
        else:
            threshold, quoted = THRESHOLDS[0], args.quoted
            scores = cv.scores(threshold, quoted)
        print(f"RESULT {name} seed {args.seed}: thresholds {threshold} / {quoted}; content F1 {scores['content']['f1']}, "
              f"attribution F1 {scores['attribution']['f1']}, direct attribution recall {scores['direct_attrib_recall']}, "
              f"source accuracy {scores['source_accuracy_on_matched']}; {time.time() - started:.0f}s", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
