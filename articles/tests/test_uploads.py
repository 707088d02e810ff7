"""Splitting uploads into dumps: zips are opened defensively and every refusal says why."""
import datetime as dt
import io
import zipfile

import pytest

from articles.uploads import UploadError, page_key_from_name, split_upload


def make_zip(members, compression=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def test_it_reads_date_and_page_from_the_name():
    assert page_key_from_name("1998-01-03_04.txt") == (dt.date(1998, 1, 3), 4)
    assert page_key_from_name("dumps/2022-04-13_5.txt") == (dt.date(2022, 4, 13), 5)
    assert page_key_from_name("seed-page.txt") is None
    assert page_key_from_name("1998-02-30_01.txt") is None  # no such day


def test_it_passes_a_plain_dump_through(sample_bytes):
    [dump] = split_upload("seed-page.txt", sample_bytes)
    assert dump.name == "seed-page.txt" and dump.data == sample_bytes and not dump.error


def test_it_unpacks_every_dump_of_a_zip(sample_bytes):
    data = make_zip([("a/2022-04-13_05.txt", sample_bytes), ("2022-04-14_01.txt", b"x" * 10),
                     ("__MACOSX/._junk", b"meta")])
    dumps = split_upload("batch.zip", data)
    assert [d.name for d in dumps] == ["a/2022-04-13_05.txt", "2022-04-14_01.txt"]
    assert dumps[0].data == sample_bytes and not any(d.error for d in dumps)


@pytest.mark.parametrize("evil", ["../escape.txt", "a/../../escape.txt", "/etc/passwd",
                                  "..\\windows.txt", "C:/x.txt"])
def test_it_refuses_members_that_climb_out(evil):
    dumps = split_upload("evil.zip", make_zip([(evil, "内容"), ("2022-04-13_01.txt", "好")]))
    bad = [d for d in dumps if d.error]
    assert len(bad) == 1 and "outside the archive" in bad[0].error and bad[0].data == b""
    assert any(d.name == "2022-04-13_01.txt" and not d.error for d in dumps)


def test_it_refuses_a_zip_bomb(settings):
    settings.MAX_UPLOAD_BYTES = 10 * 1024 * 1024
    bomb = make_zip([(f"{i}.txt", b"\0" * (4 * 1024 * 1024)) for i in range(4)])
    assert len(bomb) < 100_000  # tiny on the wire, 16 MB unpacked
    with pytest.raises(UploadError, match="zip bomb"):
        split_upload("bomb.zip", bomb)


def test_it_refuses_a_member_larger_than_a_dump(settings):
    settings.MAX_DUMP_BYTES = 1000
    [dump] = split_upload("big.zip", make_zip([("2022-04-13_01.txt", "字" * 2000)]))
    assert "too large" in dump.error and dump.data == b""


def test_it_refuses_too_many_members(settings):
    settings.MAX_ZIP_MEMBERS = 3
    with pytest.raises(UploadError, match="more than the limit"):
        split_upload("many.zip", make_zip([(f"{i}.txt", "字") for i in range(5)]))


def test_it_refuses_a_huge_single_file(settings):
    settings.MAX_DUMP_BYTES = 100
    [dump] = split_upload("2022-04-13_01.txt", "字".encode() * 100)
    assert "too large" in dump.error


def test_it_says_when_a_zip_is_corrupt(sample_bytes):
    data = bytearray(make_zip([("2022-04-13_01.txt", sample_bytes)], zipfile.ZIP_DEFLATED))
    data[40:400] = b"\xff" * 360  # damage the compressed stream, keep the directory
    dumps = split_upload("broken.zip", bytes(data))
    assert len(dumps) == 1 and "cannot be read" in dumps[0].error
