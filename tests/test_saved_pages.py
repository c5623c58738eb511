"""A browser's "Web Page, Complete" save: ``Story.html`` and its ``Story_files/`` folder.

The pages below are invented."""

from __future__ import annotations

from newsmine.readers import SkippedFile, list_inputs

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
