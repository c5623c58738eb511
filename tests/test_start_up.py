"""What a plain `newsmine extract` run pays for at start-up (README "Speed").

A run over text files into JSON Lines imports neither the readers and writers of other
formats nor what only some articles need: those modules cost CPU time in every process, and
the speed target (``--workers 1`` at 0.95x bare spaCy) counts whole processes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from tests.conftest import REPO

# Original news-style text: a place (the entity key's country table is read from
# country_converter's data file, without importing the package, which imports pandas), a
# quotation and dates the rules read on their own ("Tuesday", "last year").
_ARTICLE = """GLENHAVEN — The harbour board approved a new ferry route to France on Tuesday, ending a
dispute that began last year.

"This gives the island a second way out," said Marta Ellison, the board's chair. Fishermen
had asked for the route since the old pier closed.
"""

# Modules no plain text-to-JSON-Lines run needs: other formats' readers and writers, the
# cluster and object-storage stacks, pandas (country_converter's import), PyYAML (Markdown
# front matter only), and dateparser, imported at the first date expression the rules leave to
# it (none in this article).
_NOT_NEEDED = ["pyarrow", "duckdb", "trafilatura", "warcio", "lxml", "fsspec", "distributed", "dask", "pandas",
               "country_converter", "gender_guesser", "dateparser", "yaml", "newsmine.readers.html", "newsmine.readers.warc",
               "newsmine.writers.parquet", "newsmine.writers.duckdb", "newsmine.writers.tables",
               "newsmine.evaluate", "newsmine.report"]


def test_a_plain_json_lines_run_imports_no_other_formats_or_unneeded_libraries(tmp_path):
    (tmp_path / "ferry.txt").write_text(_ARTICLE, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    script = (
        "import sys\n"
        "from newsmine.cli import main\n"
        f"sys.argv = ['newsmine', 'extract', {str(tmp_path / 'ferry.txt')!r}, '-o', {str(output)!r}, '--workers', '1']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        f"print(' '.join(m for m in {_NOT_NEEDED!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []
    record = output.read_text(encoding="utf-8")
    # The run did reach the code whose imports are checked: the country key and the quote.
    assert '"GPE:france"' in record and "Marta Ellison" in record
