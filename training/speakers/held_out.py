"""The PolNeAR train articles of the held-out speaker samples, whose errors are never studied.

``train-holdout.ann.txt`` and ``train-blind.ann.txt`` are measured by the lead only; a study
script that prints examples leaves their articles out, so that no rule is picked on them. Their
``@k`` lines name the k-th article of train in sorted order (``build_gold.py``: the index is
what counts, the id after it is optional), so the articles are found by index in train's text
folder, and a folder that is not train's gets none (its ids never meet these).

Kept apart from ``name_silver.py`` (which imports the shared speaker scorer) so that a script
needing only the ids, such as ``training/direct_misses.py``, loads nothing else.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["HELD_OUT_SAMPLES", "TRAIN", "held_out_docs"]

HERE = Path(__file__).resolve().parent
TRAIN = HERE.parents[1].parent / "shared" / "benchmarks" / "polnear" / "train"
HELD_OUT_SAMPLES = ("train-holdout.ann.txt", "train-blind.ann.txt")


def held_out_docs(split_dir: Path = TRAIN, samples_dir: Path = HERE) -> set[str]:
    """The article ids (file stems) of the held-out samples' ``@k`` lines, indexing the sorted
    ids of ``split_dir/text``; empty when ``split_dir`` is not a train folder or has no text."""
    split_dir = Path(split_dir)
    if split_dir.name != "train":
        return set()
    ids = sorted(p.stem for p in (split_dir / "text").glob("*.txt"))
    out: set[str] = set()
    for name in HELD_OUT_SAMPLES:
        for line in (samples_dir / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("@"):
                index = int(line[1:].split()[0])
                if index < len(ids):
                    out.add(ids[index])
    return out
