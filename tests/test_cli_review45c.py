"""Session 45 (review45c): an earlier newsmine output gzipped after its run (as newsmine
advises for `-o out.jsonl.gz`) inside an input folder is left out like the plain one; a
gzipped feed is still read. Invented text only."""

from __future__ import annotations

import gzip
import json

from newsmine.readers import list_inputs

FERRY = ("Ferry crews walk out\n\nFerry crews on the northern route stopped work on Friday over pay. "
         '"We have waited two years for this offer," said union leader Ada Price.\n')


def test_a_gzipped_earlier_output_in_an_input_folder_is_left_out_and_a_gzipped_feed_read(tmp_path):
    # out.jsonl.gz was read as a feed: every article it held extracted again under its id
    feed = tmp_path / "feeds"
    feed.mkdir()
    record = {"schema_version": "2", "id": "r1", "status": "ok", "text": FERRY, "entities": [], "quotes": []}
    with gzip.open(feed / "out.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(record, separators=(",", ":")) + "\n")
    with gzip.open(feed / "wire.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "w1", "text": FERRY, "quotes": ["We have waited"]}) + "\n")
    (feed / "broken.jsonl.gz").write_bytes(b"\x1f\x8b not really gzip")
    skipped = []
    listed = [f.path for f in list_inputs([str(feed)], skipped=skipped)]
    assert listed == [str(feed / "broken.jsonl.gz"), str(feed / "wire.jsonl.gz")]  # the broken one gets its error record
    assert [(s.path, s.reason.value) for s in skipped] == [(str(feed / "out.jsonl.gz"), "newsmine records")]
