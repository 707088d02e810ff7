"""`manage.py ingest`: bulk loading from the shell through the same actions as uploads."""
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import IngestJob, Page
from search.results import search_page as search

CORPUS = Path(__file__).parent / "data"


@pytest.fixture
def dump_dir(tmp_path):
    """The corpus fixture pages (YYYY-MM-DD_PP.txt, several layouts and encodings)."""
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def run(*args):
    from io import StringIO

    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *args, stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue(), exc
    return out.getvalue(), err.getvalue(), None


@pytest.mark.django_db(transaction=True)
def test_it_loads_a_folder_of_dumps_in_process(dump_dir, search_index):
    files = sorted(dump_dir.glob("*.txt"))
    assert len(files) >= 5
    out, err, failure = run(str(dump_dir), "--sync")
    assert failure is None, out
    assert f"{len(files)} files: {len(files)} loaded, 0 already in the archive, 0 failed" in out
    assert Page.objects.count() == len(files)
    assert "100%" in err  # the progress bar
    first = Page.objects.order_by("date", "number").first()
    title = first.articles.exclude(title="").order_by("order").first().title
    assert search(f'"{title}"').count >= 1


@pytest.mark.django_db(transaction=True)
def test_it_skips_pages_already_loaded(dump_dir, search_index):
    run(str(dump_dir), "--sync")
    out, _, failure = run(str(dump_dir), "--sync")
    n = len(list(dump_dir.glob("*.txt")))
    assert failure is None and f"0 loaded, {n} already in the archive, 0 failed" in out


@pytest.mark.django_db(transaction=True)
def test_it_names_each_failed_file_and_exits_non_zero(dump_dir, search_index):
    (dump_dir / "1998-01-31_99.txt").write_bytes(b"\x00\xff" * 300)
    (dump_dir / "readme.txt").write_text("not a page name", encoding="utf-8")
    out, _, failure = run(str(dump_dir), "--sync")
    assert failure is not None and "2 of" in str(failure)
    assert "FAILED " + str(dump_dir / "1998-01-31_99.txt") in out
    assert "FAILED " + str(dump_dir / "readme.txt") + ": name is not YYYY-MM-DD_PP.txt" in out
    assert Page.objects.count() == len(list(dump_dir.glob("*.txt"))) - 2


@pytest.mark.django_db(transaction=True)
def test_it_queues_jobs_for_the_worker_by_default(dump_dir):
    out, _, failure = run(str(dump_dir))
    n = len(list(dump_dir.glob("*.txt")))
    assert failure is None and f"{n} queued" in out
    assert IngestJob.objects.filter(status="queued").count() == n and Page.objects.count() == 0


def test_it_says_when_a_path_does_not_exist(tmp_path):
    _, _, failure = run(str(tmp_path / "missing"))
    assert "no such file or folder" in str(failure)


def test_it_has_fixtures_that_load_as_one_archive():
    """The loading tests read the top folder as one archive: a second page for a date-page there
    is a duplicate upload, so such pages live in same-date/ (a failing CI once said so late)."""
    from articles.uploads import page_key_from_name

    seen = {}
    for path in sorted(CORPUS.glob("*.txt")):
        key = page_key_from_name(path.name)
        assert key not in seen, f"{path.name} has the date-page of {seen[key]}: move it to same-date/"
        seen[key] = path.name
    assert len(seen) > 50
