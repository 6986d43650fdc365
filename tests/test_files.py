"""The one file writer: whole files or nothing, permissions kept or set, one located error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from easyread import cache
from easyread.errors import SourceError
from easyread.files import NEW_FILE_MODE, replace_file, write_file


def _parts(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def test_a_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "booklet.pdf"
    write_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o7777 == NEW_FILE_MODE
    assert not _parts(tmp_path)


def test_a_replaced_file_keeps_its_mode_unless_one_is_given(tmp_path: Path) -> None:
    target = tmp_path / "booklet.md"
    target.write_bytes(b"old")
    os.chmod(target, 0o600)
    write_file(target, b"new")
    assert (target.read_bytes(), target.stat().st_mode & 0o7777) == (b"new", 0o600)
    write_file(target, b"newer", mode=0o640)
    assert target.stat().st_mode & 0o7777 == 0o640


def test_an_error_in_the_body_leaves_the_old_file_and_no_part(tmp_path: Path) -> None:
    target = tmp_path / "booklet.pdf"
    target.write_bytes(b"the earlier booklet")

    def half_a_booklet() -> None:
        with replace_file(target) as out:
            out.write(b"half a booklet")
            raise ValueError("the writer failed")

    with pytest.raises(ValueError, match="the writer failed"):
        half_a_booklet()
    assert target.read_bytes() == b"the earlier booklet"
    assert not _parts(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write in a read-only folder")
def test_a_folder_that_cannot_be_written_is_one_located_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        with pytest.raises(SourceError) as caught:
            write_file(folder / "b.pdf", b"x", hint="choose another folder")
    finally:
        os.chmod(folder, 0o700)
    assert caught.value.loc.file == str(folder / "b.pdf")
    assert caught.value.hint == "choose another folder"


def test_a_missing_folder_is_one_located_error(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "b.pdf"
    with pytest.raises(SourceError) as caught:
        write_file(target, b"x")
    assert str(caught.value).startswith(f"{target}:1:1: error: cannot write the file b.pdf")


def test_the_cache_skips_a_file_it_cannot_write(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"a file where the cache folder should be")
    cache.store(blocker / "entry.png", b"png")  # no error: the cache is only a help
    cache.store(tmp_path / "kind" / "entry.png", b"png")
    assert (tmp_path / "kind" / "entry.png").read_bytes() == b"png"
    assert not _parts(tmp_path / "kind")
