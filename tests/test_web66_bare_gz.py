"""A gzip file named without an inner extension ('page.gz', 'story.gz'): its format is told by its
content decompressed (web66; it was skipped as of an unknown type). Invented content only."""

from __future__ import annotations

import gzip
import io
import json
import tarfile

import pytest

from newsmine.errors import UnsupportedFormat
from newsmine.readers import list_inputs, read_articles
from newsmine.readers.formats import is_gzipped
from tests.test_html import page

STORY = ('Ferry back on Friday\n\nThe ferry to Kell Island resumes service on Friday, the operator Northline said. '
         '"The new hull passed every test," said captain Ruth Ambrose.\n')
FEED = [{"id": "quay-1", "text": STORY}, {"id": "quay-2", "text": STORY.replace("Friday", "Monday")}]


def _tar_of(text: str) -> bytes:
    packed = io.BytesIO()
    with tarfile.open(fileobj=packed, mode="w") as archive:
        member = tarfile.TarInfo("story.txt")
        member.size = len(text.encode())
        archive.addfile(member, io.BytesIO(text.encode()))
    return packed.getvalue()


_READ = {
    "page.gz": (page("<title>Harbour board votes to rebuild ferry pier</title>"), "html",
                ["page"]),
    "story.gz": (STORY, "text", ["story"]),
    "feed.gz": ("".join(json.dumps(item) + "\n" for item in FEED), "jsonl", ["quay-1", "quay-2"]),
    "one.gz": (json.dumps(FEED[0], indent=2), "json", ["quay-1"]),  # one object over many lines
}


@pytest.mark.parametrize("name", list(_READ))
def test_a_bare_gz_is_read_as_what_it_holds(tmp_path, name):
    content, fmt, ids = _READ[name]
    path = tmp_path / name
    path.write_bytes(gzip.compress(content.encode()))
    [listed] = list_inputs([path])
    articles = list(read_articles(path))
    assert listed.format == fmt and [article.id for article in articles] == ids
    assert all(article.failure is None and "ferry" in article.text.lower() for article in articles)


def test_a_bare_gz_page_gives_the_pages_title(tmp_path):
    path = tmp_path / "page.gz"
    path.write_bytes(gzip.compress(_READ["page.gz"][0].encode()))
    [article] = read_articles(path)
    assert article.title == "Harbour board votes to rebuild ferry pier" and article.source_format == "html"


@pytest.mark.parametrize("name, content, says", [
    ("bundle.gz", gzip.compress(_tar_of(STORY)), "a tar archive (unpack it: tar -xzf bundle.gz"),
    ("image.gz", gzip.compress(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4), "holds is a PNG image, not a web page"),
    ("noise.gz", gzip.compress(bytes(range(256)) * 40), "holds is binary data, not a web page, JSON or text"),
    ("plain.gz", STORY.encode(), "named .gz but is not gzipped; rename it with the extension of what it holds"),
])
def test_a_bare_gz_holding_nothing_newsmine_reads_is_refused_saying_what_it_holds(tmp_path, name, content, says):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(UnsupportedFormat) as refused:
        list(list_inputs([tmp_path / name]))
    assert says in str(refused.value)
    skipped = []
    assert list(list_inputs([tmp_path], skipped)) == [] and [s.reason.value for s in skipped] == ["unknown type"]


@pytest.mark.parametrize("name", ["data.csv.gz", "a.tar.gz", "clip.mp3.gz"])
def test_near_miss_a_gz_with_an_inner_extension_is_not_sniffed(tmp_path, name):
    """Its name says what it holds: a type newsmine does not read stays refused, text inside or not."""
    path = tmp_path / name
    path.write_bytes(gzip.compress(STORY.encode()))
    assert not is_gzipped(path)
    with pytest.raises(UnsupportedFormat, match="unknown file type"):
        list(list_inputs([path]))


@pytest.mark.parametrize("name, fmt", [("feed.jsonl.gz", "jsonl"), ("story.txt.gz", "text"), ("page.html.gz", "html")])
def test_near_miss_a_named_gz_keeps_the_format_its_name_gives(tmp_path, name, fmt):
    """Content of another kind (a page in a .jsonl.gz) is the name's format all the same, as before."""
    path = tmp_path / name
    path.write_bytes(gzip.compress(_READ["page.gz"][0].encode() if fmt != "html" else STORY.encode()))
    assert [listed.format for listed in list_inputs([path])] == [fmt]
