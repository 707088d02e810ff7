"""manage.py parse_page: prints the parser's structure, never touches the database."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

APP = Path(__file__).resolve().parent.parent
SAMPLE = APP / "sample" / "seed-page.txt"
EXPECTED = json.loads((APP / "sample" / "seed-page.expected.json").read_text(encoding="utf-8"))
DATA = APP / "tests" / "data"


def norm(s):
    return "".join((s or "").split()).replace("⋯", "…")


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("parse_page", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_prints_the_expected_schema_for_one_file_as_one_object():
    out, _ = run(str(SAMPLE), "--json")
    got = json.loads(out)
    assert got["source"] == "seed-page.txt"
    assert [list(it) for it in got["items"]] == [list(it) for it in EXPECTED["items"]]
    for mine, theirs in zip(got["items"], EXPECTED["items"]):
        assert norm(mine["title"]) == norm(theirs["title"])
        assert mine["credits"] == theirs["credits"]
        assert mine["regions"] == theirs["regions"]
        assert [norm(p) for p in mine.get("paragraphs", [])] == [norm(p) for p in theirs.get("paragraphs", [])]
        assert norm(mine.get("caption")) == norm(theirs.get("caption"))


def test_it_prints_a_list_for_several_files(tmp_path):
    gb = next(DATA.glob("mixed-gb18030__*.txt"))
    out, err = run(str(SAMPLE), str(gb), "--json")
    got = json.loads(out)
    assert isinstance(got, list) and [g["source"] for g in got] == ["seed-page.txt", gb.name]
    assert len(got[1]["items"]) > 3
    assert "2/2" in err  # the progress bar, on stderr so the JSON stays clean


def test_it_prints_a_readable_summary_without_json():
    out, _ = run(str(SAMPLE))
    assert "seed-page.txt" in out and "8 items" in out
    assert "党群携手 绘就“美丽河湖”新画卷" in out
    assert "鄂尔多斯市, 杭锦旗" in out


def test_it_reports_a_bad_file_by_name_and_fails(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as exc:
        call_command("parse_page", str(SAMPLE), str(empty), str(binary), "--json", stdout=out, stderr=err)
    assert "2 of 3" in str(exc.value)
    assert "empty.txt" in err.getvalue() and "photo.jpg" in err.getvalue()
    got = json.loads(out.getvalue())
    assert got[0]["source"] == "seed-page.txt" and len(got[0]["items"]) == 8
    assert got[1] == {"source": "empty.txt", "error": "the file is empty"}
    assert "binary" in got[2]["error"]
    assert "Traceback" not in err.getvalue()


def test_it_does_not_touch_the_database(tmp_path):
    """No django_db mark: pytest-django makes any query here an error."""
    copy = tmp_path / "page.txt"
    shutil.copy(SAMPLE, copy)
    out, _ = run(str(copy), "--json")
    assert json.loads(out)["source"] == "page.txt"
