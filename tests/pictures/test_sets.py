"""Picture sets: one drawing style per booklet, Mulberry by default, people drawn as chosen."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from easyread.checker import check
from easyread.cli import main
from easyread.errors import SourceError
from easyread.model import iter_pictures
from easyread.pictures.library import PictureLibrary, bundled_dir, bundled_sets
from easyread.pictures.people import check_people, choose_variant
from easyread.pictures.suggest import Matcher
from easyread.read import parse
from easyread.writers.booklet import compose
from tests.pictures.test_library import REQUIRED


def _booklet(names: list[str], style: str = "") -> str:
    rows = "\n\n".join(f":{name}: Row {number}." for number, name in enumerate(names, 1))
    return f"---\ntitle: Sets\n{style}---\n\n# Part\n\n{rows}\n"


def _sets(text: str, **kwargs: object) -> set[str]:
    doc = parse(text, **kwargs)  # type: ignore[arg-type]
    return {p.picture_set for p in iter_pictures(doc)}


def test_four_sets_and_thousands_of_pictures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pictures", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    by_set: dict[str, int] = {}
    for item in listed:
        assert item["name"] and item["alt"] and item["licence"], item
        by_set[item["set"]] = by_set.get(item["set"], 0) + 1
    assert len(listed) >= 3000
    assert by_set["mulberry"] >= 2500
    assert set(by_set) == {"mulberry", "openmoji", "fluent", "healthicons"}
    assert bundled_sets()[0] == "mulberry"


def test_list_and_search_take_a_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pictures", "list", "--set", "openmoji", "--json"]) == 0
    assert {item["set"] for item in json.loads(capsys.readouterr().out)} == {"openmoji"}
    assert main(["pictures", "search", "doctor", "--set", "fluent", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["suggestions"]
    assert found and found[0]["name"] == "doctor"
    assert main(["pictures", "suggest", "The nurse helps you.", "--set", "openmoji"]) == 0
    assert ":nurse:" in capsys.readouterr().out
    assert main(["pictures", "list", "--set", "crayons"]) == 2
    assert "no picture set called 'crayons'" in capsys.readouterr().err


def test_the_pictures_option_works_after_the_action(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "our-garden.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" '
        'height="4"/></svg>', encoding="utf-8")
    assert main(["pictures", "list", "--pictures", str(tmp_path)]) == 0
    assert ":our-garden:" in capsys.readouterr().out


def test_a_users_own_set_is_still_the_users(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A user's index.json may name sets of its own (for the credits, docs/pictures.md): their
    pictures are still the user's, for the reader, the matcher and the list alike."""
    (tmp_path / "post-it.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" '
        'height="4"/></svg>', encoding="utf-8")
    (tmp_path / "our-bus.svg").write_text("not a picture", encoding="utf-8")
    (tmp_path / "index.json").write_text(json.dumps({
        "sets": {"ours": {"name": "Sunny Day Centre", "licence": "CC BY 4.0"}},
        "pictures": [
            {"name": "post-it", "file": "post-it.svg", "set": "ours", "alt": "Our note"},
            {"name": "our-bus", "file": "our-bus.svg", "set": "ours", "alt": "Our bus"},
        ],
    }), encoding="utf-8")
    library = PictureLibrary([tmp_path])
    note = library.resolve("post-it")
    assert note is not None and note.set == "ours" and not note.bundled
    assert all(p.bundled for p in library.in_set("mulberry"))
    # The reader checks the file, as it does every picture of the user's.
    with pytest.raises(SourceError, match="':our-bus:' is not a SVG picture"):
        parse(_booklet(["our-bus"]), picture_dirs=[tmp_path])
    # The style check leaves it be: it is the user's own picture, not another set's style.
    doc = parse(_booklet(["post-it"]), picture_dirs=[tmp_path])
    assert "IMG-CONSISTENT-STYLE" not in {f.rule for f in check(doc).findings}
    # The matcher lets the user's own picture win over the synonym table's phrase.
    assert Matcher(library).suggest("Post it to us.", 1)[0].name == "post-it"
    assert Matcher(PictureLibrary()).suggest("Post it to us.", 1)[0].name != "post-it"
    # The list shows it among the user's pictures.
    assert main(["pictures", "list", "--pictures", str(tmp_path), "--json"]) == 0
    listed = [item for item in json.loads(capsys.readouterr().out)
              if item["file"].startswith(str(tmp_path))]
    assert [(item["name"], item["set"]) for item in listed] == [
        ("post-it", "ours"), ("our-bus", "ours")]


def test_core_names_with_default_settings_resolve() -> None:
    library = PictureLibrary()
    for name in REQUIRED:
        assert library.resolve(name) is not None, name


def test_every_core_name_is_drawn_in_the_default_set_with_one_credit() -> None:
    library = PictureLibrary()
    for name in REQUIRED:
        assert library.resolve(f"mulberry/{name}") is not None, name
    doc = parse(_booklet(REQUIRED))
    assert {p.picture_set for p in iter_pictures(doc)} == {"mulberry"}
    assert [c.source for c in compose(doc).credits.pictures] == ["Mulberry Symbols"]
    assert not [f for f in check(doc).findings if f.rule == "IMG-CONSISTENT-STYLE"]


def test_core_names_give_the_pictures_chosen_for_them() -> None:
    # pictures-src/mulberry-core.tsv says which Mulberry symbol draws each core name.
    rows = (Path(__file__).resolve().parents[2] / "pictures-src" / "mulberry-core.tsv")
    library = PictureLibrary()
    for line in rows.read_text("utf-8").splitlines()[1:]:
        name, _, file = line.partition("\t")
        picture = library.resolve(f"mulberry/{name}")
        assert picture is not None, name
        if file.strip():
            stem = re.sub(r"_\d[ab]$", "", file.strip().removesuffix(".svg"))
            assert re.sub(r"_\d[ab]$", "", picture.source_id) == stem, (name, picture.source_id)
        else:
            assert picture.source_id == f"easyread:{name}", name


def test_a_booklet_in_openmoji_draws_only_openmoji() -> None:
    library = PictureLibrary()
    names = [n for n in ("doctor", "nurse", "ambulance", "medicine", "family", "baby", "pill")
             if all(library.resolve(f"{key}/{n}") for key in ("mulberry", "openmoji", "fluent"))]
    assert len(names) >= 3
    assert _sets(_booklet(names, "style:\n  picture_set: openmoji\n")) == {"openmoji"}
    assert _sets(_booklet(names, "style:\n  picture_set: mulberry\n")) == {"mulberry"}
    assert _sets(_booklet(names), picture_set="fluent") == {"fluent"}


def test_a_named_set_builds_and_the_checker_warns_at_its_line() -> None:
    text = _booklet(["doctor", "openmoji/nurse"])
    doc = parse(text)
    assert [p.picture_set for p in iter_pictures(doc)] == ["mulberry", "openmoji"]
    warned = [f for f in check(doc).findings if f.rule == "IMG-CONSISTENT-STYLE"]
    assert len(warned) == 1
    assert warned[0].loc.line == text.splitlines().index(":openmoji/nurse: Row 2.") + 1
    assert "mixed" in warned[0].message
    credits = {c.source for c in compose(doc).credits.pictures}
    assert credits == {"Mulberry Symbols", "OpenMoji"}


def test_set_names_are_read_in_any_case() -> None:
    assert _sets(_booklet(["OpenMoji/Nurse", "Doctor"])) == {"openmoji", "mulberry"}


def test_a_name_only_another_set_has_falls_back_and_warns() -> None:
    library = PictureLibrary()
    name = next(n for n in ("qr-code", "infinity", "sparkles", "chess")
                if library.resolve(f"mulberry/{n}") is None)
    doc = parse(_booklet([name]))
    assert [p.picture_set for p in iter_pictures(doc)] != ["mulberry"]
    assert [f.rule for f in check(doc).findings].count("IMG-CONSISTENT-STYLE") == 1


def test_unknown_sets_are_one_line_errors() -> None:
    with pytest.raises(SourceError, match="no picture set called 'crayons'") as raised:
        parse(_booklet(["doctor"], "style:\n  picture_set: crayons\n"))
    assert raised.value.loc.line == 4
    with pytest.raises(SourceError, match="no picture called 'crayons/doctor'") as raised:
        parse(_booklet(["crayons/doctor"]))
    assert "mulberry" in (raised.value.hint or "")


def test_the_command_line_set_wins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "b.md"
    source.write_text(_booklet(["doctor"], "style:\n  picture_set: openmoji\n"), "utf-8")
    assert main(["build", str(source), "-f", "html", "--picture-set", "fluent", "-q"]) == 0
    page = (tmp_path / "b.html").read_text("utf-8")
    assert "Fluent Emoji" in page and "OpenMoji" not in page
    assert main(["build", str(source), "--picture-set", "crayons"]) == 2
    assert "no picture set called 'crayons'" in capsys.readouterr().err


_LOOKS = {"women": "-woman-", "men": "-man-", "lighter-skin": "lighter", "darker-skin": "darker"}


@pytest.mark.parametrize("people", ["women", "men darker-skin", "lighter-skin"])
def test_people_setting_chooses_how_people_are_drawn(people: str) -> None:
    doc = parse(_booklet(["doctor", "nurse", "teacher", "paramedic"],
                         f"style:\n  people: {people}\n"))
    library = PictureLibrary(people=people)
    for picture in iter_pictures(doc):
        drawn = picture.path.stem  # for example doctor-woman-darker-skin
        for word in people.split():
            assert _LOOKS[word] in drawn, (people, drawn)
        assert picture.name in drawn
        assert library.resolve(picture.name).path == picture.path  # type: ignore[union-attr]


def test_mixed_people_keep_one_look_per_name_and_vary_between_names() -> None:
    library = PictureLibrary()
    kinds = [p for p in library.pictures if p.variants]
    assert len(kinds) >= 30
    looks = {library.resolve(p.name).path.stem.removeprefix(p.name)  # type: ignore[union-attr]
             for p in kinds}
    assert len(looks) >= 3
    assert library.resolve("doctor") == library.resolve("doctor")
    drawing = library.resolve("doctor-woman-darker-skin")
    assert drawing is not None and "woman with darker skin" in drawing.alt


def test_people_setting_is_checked() -> None:
    assert check_people("women darker-skin") is None
    assert check_people("mixed") is None
    assert check_people("women men")
    assert check_people("purple")
    with pytest.raises(SourceError, match="people 'purple'"):
        parse(_booklet(["doctor"], "style:\n  people: purple\n"))
    labels = ["man-lighter-skin", "man-darker-skin", "woman-lighter-skin", "woman-darker-skin"]
    assert choose_variant("doctor", labels, "women darker-skin") == "woman-darker-skin"
    assert choose_variant("dinner-lady", ["lighter-skin", "darker-skin"], "men") in (
        "lighter-skin", "darker-skin")


def test_languages_other_than_english() -> None:
    library = PictureLibrary()
    doctor = library.resolve("openmoji/doctor")
    assert doctor is not None
    assert doctor.keywords_by_language["fr"] and doctor.keywords_by_language["es"]
    bread = library.resolve("mulberry/bread")
    assert bread is not None and "pain" in bread.keywords_by_language["fr"]


def test_adapted_pictures_are_credited_as_adaptations() -> None:
    index = json.loads((bundled_dir() / "index.json").read_text("utf-8"))
    adapted = [p for p in index["pictures"] if p.get("adapted_from")]
    if not adapted:
        pytest.skip("the easyread team's Mulberry adaptations have not landed yet")
    doc = parse(_booklet([adapted[0]["name"], "doctor"]))
    credits = compose(doc).credits.pictures
    assert len(credits) == 1
    assert "adapted by the easyread team" in credits[0].attribution


def test_mulberry_provenance_is_recorded() -> None:
    index = json.loads((bundled_dir() / "index.json").read_text("utf-8"))
    mulberry = index["sets"]["mulberry"]
    assert re.fullmatch(r"[0-9a-f]{40}", mulberry["source_commit"])
    assert mulberry["licence"] == "CC BY-SA 4.0"
    rated = {"penis", "vagina", "chest-female", "chest-male", "female-body", "male-body"}
    assert not rated & {p["name"] for p in index["pictures"] if p["set"] == "mulberry"}
