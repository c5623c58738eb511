"""Where each gold attribution is lost: the stage that misses it, counted, with examples.

    python training/missed.py train --held-out --model /tmp/held-out.json
    python training/missed.py train --direct --show "cue chose another content" 10
    python training/missed.py train --cue-kinds 8

For every gold attribution of the split (``--direct``: only those whose content holds a
quotation mark), the first stage that fails it:

- ``right``: a kept quote has its content (IoU >= 0.5) and source;
- ``kept, wrong source``: a kept quote has its content, not its source — split by whether
  some candidate had both (a choice error) or none (a source-finding error);
- ``no candidate has the content``: the candidate generator never proposes it (the
  ceiling of recall);
- ``no candidate with the content has the source``;
- for the best right candidate: ``cue word filtered out``, ``cue chose another content``,
  ``below threshold``, ``lost to an overlapping content`` or ``left out by the filters``.

``--cue-kinds N`` also counts the stages by the gold cue's kind (a verb of the cue lexicon,
another verb, a noun of the cue-noun lexicon, another noun, 'according to', other words, no
cue) and, for the nouns and the other verbs, by the construction around the cue word
(:func:`cue_construction`: 'NOUN that …', 'NOUN of …', 'in a NOUN', 'NOUN:', 'VERB … as',
'VERB ccomp', 'be ADJ' …) and by lemma (those with N gold or more): where quotes under weak
cues are lost (session 60, nouncue60).

Use it on train (``--held-out`` with a ``--held-out-model`` model for articles the model has
not seen), never to tune on dev.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import add_split_arguments, chosen_model, content_iou, gold_contents, gold_trigger, parsed, prepare, print_kinds, source_right

from newsmine.evaluate import span_chars
from newsmine.nlp import lexicons
from newsmine.nlp.attribution import (
    DocContext,
    choose,
    cue_features,
    decide,
    doc_text,
    find_candidates,
    score_candidates,
)
from newsmine.nlp.quote_marks import find_quoted

_MATCH = 0.5
_QUOTE_MARKS = '"“”'


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap)
    ap.add_argument("--direct", action="store_true", help="only gold contents holding a quotation mark")
    ap.add_argument("--show", nargs=2, action="append", default=[], metavar=("KIND", "N"), help="N examples of KIND")
    ap.add_argument("--by-lemma", type=int, default=0, metavar="N", help="also the N commonest gold cue lemmas of each lost kind")
    ap.add_argument("--cue-kinds", type=int, default=0, metavar="N", help="also the stages by the gold cue's kind, construction and lemma (lemmas with N gold or more)")
    ap.add_argument("--dump", type=Path, help="write one JSON line per gold attribution (article id, kind, cue, lemma, contents, the kept or best candidate) here")
    args = ap.parse_args()
    model = chosen_model(args)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    lemmas: dict[str, Counter[str]] = defaultdict(Counter)
    rows: list[dict] = []
    by_cue: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, gold in parsed(args.split, held_out=args.held_out):
        prepare(doc)
        text = doc_text(doc)
        ctx = DocContext(doc, find_quoted(text), text)
        candidates = find_candidates(ctx)
        score_candidates(candidates, model)
        passes = {c.trigger: model.cue.probability(cue_features(ctx, c.trigger)) >= model.cue.threshold for c in candidates}
        kept = [c for c in candidates if unfiltered(c) or passes[c.trigger]]
        score_candidates(kept, model)  # as inference scores them: the choice model sees the kept cue words only
        chosen = {id(c) for c in choose(kept, model.content.threshold, model.quoted_threshold)}
        final = decide(ctx, kept, model.content.threshold, model.quoted_threshold)
        best_of = {}
        for c in kept:
            if c.trigger not in best_of or c.score > best_of[c.trigger].score:
                best_of[c.trigger] = c
        chars = {id(c): span_chars(text, c.start, c.end) for c in candidates + final}
        for a, contents in zip(gold.attributions, gold_contents(gold)):
            if args.direct and not any(m in text[s:e] for s, e in a.content for m in _QUOTE_MARKS):
                continue

            def right_source(c) -> bool:
                return source_right(doc, c.source, a.source)

            matched = [c for c in final if content_iou(chars[id(c)], contents) >= _MATCH]
            reach = [c for c in candidates if content_iou(chars[id(c)], contents) >= _MATCH]
            good = [c for c in reach if right_source(c)]
            best = max(good, key=lambda c: c.score) if good else None
            if matched and right_source(matched[0]):
                kind = "right"
            elif matched:
                kind = "kept, wrong source" + (" (a right candidate existed)" if good else " (no candidate has it)")
            elif not reach:
                kind = "no candidate has the content"
            elif best is None:
                kind = "no candidate with the content has the source"
            elif not unfiltered(best) and not passes[best.trigger]:
                kind = "cue word filtered out"
            elif id(best) in chosen:
                kind = "left out by the filters"
            elif best_of[best.trigger] is not best:
                kind = "cue chose another content"
            elif best.score < (model.quoted_threshold if best.quoted_share >= 0.5 else model.content.threshold):
                kind = "below threshold"
            else:
                kind = "lost to an overlapping content"
            counts[kind] += 1
            shown = matched[0] if matched else best_of.get(best.trigger) if best else None
            trigger = gold_trigger(doc, a.cue) if a.cue else -1
            lemma = cue_key(doc, trigger)
            lemmas[kind][lemma] += 1
            cue_kind, shape = cue_construction(doc, a)
            if args.cue_kinds:
                by_cue[cue_kind][kind] += 1
                if cue_kind in ("other verb", "cue noun", "other noun"):
                    by_cue[f"{cue_kind}: {shape}"][kind] += 1
                    by_cue[f"lemma {lemma}"][kind] += 1
            if args.dump:
                rows.append({
                    "id": gold.id, "kind": kind, "lemma": lemma, "cue_kind": cue_kind, "construction": shape, "cue": [text[s:e] for s, e in a.cue or []],
                    "source": [text[s:e] for s, e in a.source or []],
                    "content": " … ".join(text[s:e] for s, e in a.content),
                    "best": best.relation if best else None, "score": round(best.score, 3) if best else None,
                    "chosen": text[shown.start:shown.end] if shown else None,
                    "chosen_relation": shown.relation if shown else None,
                    "chosen_source": doc[shown.source].text if shown and shown.source >= 0 else None,
                    "sentence": doc[trigger].sent.text if trigger >= 0 else None,
                })
            examples[kind].append(
                f"GOLD cue={[text[s:e] for s, e in a.cue or []]} source={[text[s:e] for s, e in a.source or []]} "
                f"content={' … '.join(text[s:e] for s, e in a.content)[:120]!r}\n"
                + (f"    RIGHT {best.relation} {best.score:.2f}\n" if best else "")
                + (f"    KEPT/CHOSEN {shown.relation} {shown.score:.2f} src="
                   f"{doc[shown.source].text if shown.source >= 0 else None} {text[shown.start:shown.end][:100]!r}" if shown else "")
            )
    print_kinds(counts, examples, args.show)
    for kind, n in counts.most_common():
        if args.by_lemma and kind != "right":
            print(f"== {kind}: " + ", ".join(f"{lemma} {k}" for lemma, k in lemmas[kind].most_common(args.by_lemma)))
    if args.cue_kinds:
        print_cue_kinds(by_cue, args.cue_kinds)
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows))


_STAGES = {
    "right": "right",
    "kept, wrong source (a right candidate existed)": "wrong source",
    "kept, wrong source (no candidate has it)": "wrong source",
    "no candidate has the content": "no candidate",
    "no candidate with the content has the source": "no candidate, source",
    "cue word filtered out": "cue filter",
    "below threshold": "threshold",
    "cue chose another content": "choice",
    "lost to an overlapping content": "overlap",
    "left out by the filters": "filters",
}


def print_cue_kinds(by_cue: dict[str, Counter[str]], min_lemma: int) -> None:
    """The stages as a Markdown table per group: cue kinds, then constructions, then lemmas
    with ``min_lemma`` gold or more."""
    columns = list(dict.fromkeys(_STAGES.values()))[1:]

    def table(title: str, keys: list[str]) -> None:
        print(f"\n{title}\n\n| | gold | right | " + " | ".join(columns) + " |\n|---|" + "---|" * (len(columns) + 2))
        for key in sorted(keys, key=lambda k: -sum(by_cue[k].values())):
            stages: Counter[str] = Counter()
            for kind, n in by_cue[key].items():
                stages[_STAGES[kind]] += n
            gold = sum(stages.values())
            print(f"| {key} | {gold} | {stages['right']} ({stages['right'] / gold:.2f}) | " + " | ".join(str(stages[c] or "") for c in columns) + " |")

    table("By the gold cue's kind", [k for k in by_cue if ":" not in k and not k.startswith("lemma ")])
    table("By construction (nouns, other verbs)", [k for k in by_cue if ": " in k and not k.startswith("lemma ")])
    table(f"By lemma (nouns, other verbs; {min_lemma} gold or more)", [k for k in by_cue if k.startswith("lemma ") and sum(by_cue[k].values()) >= min_lemma])


# Prepositions whose object, a reporting noun, sets the occasion: 'in a statement', 'on a call'.
_OCCASION_PREPOSITIONS = frozenset({"in", "during", "at", "on", "through", "via"})


def cue_construction(doc, attribution) -> tuple[str, str]:
    """(cue kind, construction) of a gold attribution. The kind: ``cue verb`` (a verb of
    the cue lexicon: 'said'), ``other verb`` ('came out against', 'is sure'), ``cue noun``
    (a noun of the cue-noun lexicon: 'claim'), ``other noun`` ('admission', 'supporter'),
    ``name`` (proper nouns only: mostly a gold Cue and Source swapped), ``according to``, ``other`` (punctuation, adjectives, adverbs) or ``none``. The
    construction, for nouns and other verbs, around the cue's head word (its root, as
    :func:`polnear.gold_trigger` finds it): ``in a NOUN`` (the occasion: 'in a statement'),
    ``NOUN:``, ``NOUN that`` (a that-clause), ``NOUN clause`` (another clause: 'his
    willingness to …'), ``NOUN of`` and the like (its first prepositional phrase), ``NOUN
    subject``, ``NOUN object``, ``NOUN other``; ``VERB as`` ('described X as "…"'), ``VERB
    ccomp``, ``be ADJ`` ('is sure that'), ``VERB xcomp``, ``VERB particle``, ``VERB dobj``,
    ``VERB prep``, ``VERB other``."""
    if not attribution.cue:
        return "none", "none"
    tokens = [t for t in doc if any(s <= t.idx < e for s, e in attribution.cue)]
    lemmas = {t.lemma_.lower() for t in tokens}
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    if "accord" in lemmas or "according" in lemmas:
        return "according to", "according to"
    if any(t.lemma_.lower() in lexicons.load("cues") for t in verbs):
        return "cue verb", "cue verb"
    head = doc[gold_trigger(doc, attribution.cue)]
    if verbs:
        return "other verb", _verb_construction(head)
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return "other", "other"
    if all(t.pos_ == "PROPN" for t in nouns):
        return "name", "name"  # mostly the gold's Source and Cue swapped ('Sanders' the cue, 'said' the source)
    noun = head if head in nouns else nouns[-1]
    kind = "cue noun" if any(t.lemma_.lower() in lexicons.load("cue_nouns") for t in nouns) else "other noun"
    return kind, _noun_construction(noun)


def _noun_construction(noun) -> str:
    doc = noun.doc
    if noun.dep_ == "pobj" and noun.head.lower_ in _OCCASION_PREPOSITIONS:
        return f"{noun.head.lower_} a NOUN"
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text == ":":
        return "NOUN:"
    clauses = [c for c in noun.children if c.i > noun.i and c.dep_ in ("acl", "ccomp", "relcl")]
    if any(m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in c.children):
        return "NOUN that"
    if any(c.dep_ != "relcl" for c in clauses):
        return "NOUN clause"
    prep = next((c for c in noun.children if c.i > noun.i and c.dep_ == "prep"), None)
    if prep is not None:
        return f"NOUN {prep.lower_}"
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return "NOUN subject"
    if noun.dep_ in ("dobj", "pobj", "attr", "appos"):
        return "NOUN object"
    return "NOUN other"


def _verb_construction(verb) -> str:
    deps = {c.dep_ for c in verb.children}
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return "VERB as"
    if "ccomp" in deps:
        return "VERB ccomp"
    if "acomp" in deps or verb.lemma_ == "be":
        return "be ADJ"
    for dep, name in (("xcomp", "VERB xcomp"), ("prt", "VERB particle"), ("dobj", "VERB dobj"), ("prep", "VERB prep")):
        if dep in deps:
            return name
    return "VERB other"


def unfiltered(cand) -> bool:
    """Whether a candidate is kept without the cue filter, as inference keeps it: a colon, a
    dash, a poll (fixed score)."""
    return cand.relation in ("colon", "dash") or cand.fixed_score is not None


def cue_key(doc, trigger: int) -> str:
    """A gold cue's head word as 'lemma/POS' ('say/VERB', 'statement/NOUN'), or '-' when
    the gold has no cue."""
    if trigger < 0:
        return "-"
    tok = doc[trigger]
    return "according to/ADP" if tok.lower_ == "according" else f"{tok.lemma_.lower()}/{tok.pos_}"


if __name__ == "__main__":
    main()
