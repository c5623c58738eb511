"""The model's contextual token vectors (``doc.tensor``) of PolNeAR's cached parses.

The parse cache (:func:`polnear.parsed`, a ``DocBin``) keeps no tensors. The pipeline's
``tok2vec`` reads token attributes only (NORM, PREFIX, SUFFIX, SHAPE, SPACY, IS_SPACE), so
running it alone on a cached Doc gives the vectors a fresh parse writes; ``--check N``
compares them on the first N articles with a parse by newsmine's own pipeline
(:func:`newsmine.nlp.model.load_pipeline`). Computed once per split and cached in
``.cache/polnear/SPLIT-v3-tensors.npz`` (ignored by git): one float32 array per article,
its tokens by 96 columns.

    python training/token_vectors.py train --check 20
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import CACHE, CACHE_VERSION, parsed

from newsmine.nlp.model import load_pipeline


def _path(split: str) -> Path:
    return CACHE / f"{split}-{CACHE_VERSION}-tensors.npz"


def tensors(split: str, docs=None) -> list[np.ndarray]:
    """Each article's token vectors (tokens x width, float32), in :func:`polnear.parsed`'s
    order; computed from ``docs`` (default: the split's cached parses) the first time."""
    path = _path(split)
    if path.exists():
        with np.load(path) as data:
            return [data[f"a{k}"] for k in range(len(data.files))]
    if docs is None:
        docs = [doc for doc, _ in parsed(split)]
    tok2vec = load_pipeline().get_pipe("tok2vec")
    started = time.time()
    copies = (doc.copy() for doc in docs)
    out = [np.asarray(doc.tensor, dtype=np.float32) for doc in tok2vec.pipe(copies, batch_size=16)]
    print(f"token vectors of {len(out)} articles in {time.time() - started:.0f}s; cached in {path}", file=sys.stderr)
    np.savez(path, **{f"a{k}": t for k, t in enumerate(out)})
    return out


# The tokens of a candidate whose vectors the reranker variants read, in this order.
ROLES = ("cue", "first", "last", "before", "after", "source")


def candidate_tokens(starts: np.ndarray, spaces: np.ndarray, cand) -> list[int]:
    """The token positions of ``cand``'s :data:`ROLES` (-1: none): its cue word, its
    content's first and last tokens, the nearest non-space tokens before and after the
    content, its source's head. ``starts``: each token's first character; ``spaces``: whether
    it is whitespace (paragraph breaks are tokens)."""
    n = len(starts)
    first = int(np.searchsorted(starts, cand.start, side="right")) - 1
    last = int(np.searchsorted(starts, cand.end - 1, side="right")) - 1
    before = first - 1
    while before >= 0 and spaces[before]:
        before -= 1
    after = last + 1
    while after < n and spaces[after]:
        after += 1
    return [cand.trigger, max(first, 0), last, before, after if after < n else -1, cand.source]


def _unit(v: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(norms == 0, 1.0, norms)


def role_vectors(doc, tensor: np.ndarray, cands) -> np.ndarray:
    """(candidates x roles x width) token vectors of ``cands`` (zeros where a role has no token)."""
    starts = np.fromiter((t.idx for t in doc), dtype=np.int64, count=len(doc))
    spaces = np.fromiter((t.is_space for t in doc), dtype=bool, count=len(doc))
    index = np.array([candidate_tokens(starts, spaces, c) for c in cands], dtype=np.int64).reshape(-1, len(ROLES))
    padded = np.vstack([tensor, np.zeros((1, tensor.shape[1]), dtype=tensor.dtype)])
    return padded[index]  # -1 reads the zero row


def similarities(vectors: np.ndarray) -> np.ndarray:
    """Cosines between roles (candidates x 5): last-after, before-first (a boundary that cuts
    a phrase joins similar vectors), cue-first, cue-last, source-first; 0 where one is missing."""
    u = _unit(vectors)
    r = {name: k for k, name in enumerate(ROLES)}
    pairs = (("last", "after"), ("before", "first"), ("cue", "first"), ("cue", "last"), ("source", "first"))
    return np.stack([(u[:, r[a]] * u[:, r[b]]).sum(axis=1) for a, b in pairs], axis=1)


def check(split: str, n: int) -> None:
    """Compare the vectors of the first ``n`` articles with a fresh parse's."""
    pairs = parsed(split)[:n]
    cached = tensors(split)
    nlp = load_pipeline()
    worst = 0.0
    for k, (doc, gold) in enumerate(pairs):
        fresh = nlp(gold.text)
        if [t.text for t in fresh] != [t.text for t in doc]:
            print(f"article {k}: tokens differ", file=sys.stderr)
            continue
        worst = max(worst, float(np.abs(fresh.tensor - cached[k]).max()))
        if not np.allclose(fresh.tensor, cached[k], atol=1e-5):
            print(f"article {k}: vectors differ (max {np.abs(fresh.tensor - cached[k]).max():.2g})", file=sys.stderr)
    print(f"{len(pairs)} articles checked; largest difference {worst:.2g}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("split", nargs="?", default="train")
    ap.add_argument("--check", type=int, default=0, help="compare the first N articles with a fresh parse")
    args = ap.parse_args()
    if args.check:
        check(args.split, args.check)
    else:
        cached = tensors(args.split)
        print(f"{len(cached)} articles, {sum(len(t) for t in cached)} tokens")


if __name__ == "__main__":
    main()
