"""A browser's "Web Page, Complete" save: ``Story.html`` and its ``Story_files/`` folder.

The pages below are invented."""

from __future__ import annotations

from newsmine.readers import SkippedFile, list_inputs, read_articles

FRAME = "<html><body><p>Subscribe for one euro a month and read every story, every day, on every device.</p></body></html>"


def _save(folder, stem):
    (folder / f"{stem}.html").write_text(f"<html><body><h1>{stem}</h1></body></html>", encoding="utf-8")
    (folder / f"{stem}_files").mkdir()
    (folder / f"{stem}_files" / "ad-frame.html").write_text(FRAME, encoding="utf-8")
    (folder / f"{stem}_files" / "style.css").write_text("body {}", encoding="utf-8")


def test_the_files_of_a_saved_page_are_left_out_and_counted(tmp_path):
    _save(tmp_path, "Ferry fares frozen")
    skipped: list[SkippedFile] = []
    files = [f.path for f in list_inputs([tmp_path], skipped=skipped)]
    assert files == [str(tmp_path / "Ferry fares frozen.html")]
    assert skipped == [SkippedFile(str(tmp_path / "Ferry fares frozen_files"), "saved page's files")]


def test_a_files_folder_without_its_page_is_read(tmp_path):
    """The near miss: 'court_files/' holds articles about court files, beside no 'court.html'."""
    (tmp_path / "court_files").mkdir()
    (tmp_path / "court_files" / "ruling.html").write_text(FRAME, encoding="utf-8")
    (tmp_path / "other.html").write_text(FRAME, encoding="utf-8")
    assert sorted(f.path for f in list_inputs([tmp_path])) == [str(tmp_path / "court_files" / "ruling.html"),
                                                                str(tmp_path / "other.html")]


STORY = ("<p>The Eastbank footbridge will stay closed until June, the county engineer announced on Thursday, after "
         "inspectors found corrosion in two of its main cables and a crack in one of the deck beams. Shop owners on "
         "Quay Street said the closure had already cut their weekend trade by a third, and asked for help.</p>")


def _page(head: str = "") -> str:
    return (f"<!DOCTYPE html>\n<!-- saved from url=(0045)https://eastbank.example/news/footbridge?x=1 -->\n<html><head>"
            f"<title>Footbridge to stay shut</title>{head}</head><body><article><h1>Footbridge to stay shut</h1>{STORY}"
            "</article></body></html>")


def test_a_saved_page_keeps_the_address_it_was_saved_from(tmp_path):
    """A page saved by a browser without a canonical link had no URL in its record, though the file
    says where it came from: a fact-checker could not cite where the words were read."""
    (tmp_path / "Footbridge.html").write_text(_page(), encoding="utf-8")
    [article] = read_articles([tmp_path / "Footbridge.html"])
    assert article.url == "https://eastbank.example/news/footbridge?x=1"


def test_the_canonical_link_wins_over_the_saved_from_address(tmp_path):
    """The near miss: the page's own address, when it declares one, is the one to cite."""
    (tmp_path / "Footbridge.html").write_text(_page('<link rel="canonical" href="https://eastbank.example/footbridge">'),
                                              encoding="utf-8")
    (tmp_path / "local.html").write_text(_page().replace("https://eastbank.example/news/footbridge?x=1",
                                                         "about:internet"), encoding="utf-8")
    canonical, local = read_articles([tmp_path / "Footbridge.html", tmp_path / "local.html"])
    assert canonical.url == "https://eastbank.example/footbridge"
    assert local.url is None
