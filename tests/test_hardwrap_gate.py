"""Quality gate: hard-wrapped articles keep their quotes.

Wire feeds, e-mail newsletters and archive exports arrive hard-wrapped (a line break every
70-odd columns, inside sentences). The shared tool ``hardwrap.py`` writes a copy of PolNeAR dev
wrapped at 72 columns with identical offsets; the attribution F1 on that copy must stay within
0.01 of the figure on the original (issue 10). Before newsmine joined wrapped lines
(:func:`newsmine.layout.flow_text`) it fell from 0.65 to 0.19.

SLOW (parses dev, and again wrapped, unless the other gates already did: about 40-80 s); skipped where ``../shared`` is absent.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsmine.evaluate import evaluate
from tests.conftest import POLNEAR

DEV = POLNEAR / "dev"
HARDWRAP = POLNEAR.parent.parent / "tools" / "hardwrap.py"
WIDTH = 72
MAX_LOSS = 0.01


@pytest.mark.polnear
@pytest.mark.skipif(not (DEV / "attributions").is_dir() or not HARDWRAP.is_file(), reason="PolNeAR dev or hardwrap.py is not in ../shared")
def test_hard_wrapped_dev_keeps_its_attribution_f1(pipeline, polnear_dev_report, tmp_path):
    wrapped = tmp_path / f"dev-{WIDTH}"
    subprocess.run([sys.executable, str(HARDWRAP), str(DEV), str(wrapped), str(WIDTH)], check=True, capture_output=True)
    assert any("\n" in p.read_text(encoding="utf-8")[:200] for p in (wrapped / "text").glob("*.txt"))
    plain = polnear_dev_report.scores["attribution"]["f1"]
    hard_wrapped = evaluate(wrapped, pipeline=pipeline).scores["attribution"]["f1"]
    assert hard_wrapped >= plain - MAX_LOSS, f"hard-wrapped at {WIDTH}: {hard_wrapped:.4f}, unwrapped {plain:.4f}"
