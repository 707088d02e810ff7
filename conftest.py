"""Fixtures shared by every app's tests: the sample page and a real Celery worker process."""
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent
SAMPLE = ROOT / "articles" / "sample" / "seed-page.txt"
SAMPLE_DATE = dt.date(2022, 4, 13)


@pytest.fixture
def sample_bytes():
    return SAMPLE.read_bytes()


@pytest.fixture
def sample_page(db, search_index, django_capture_on_commit_callbacks):
    """The real sample page, loaded through articles.actions and indexed on commit."""
    from articles.actions import do_ingest_page

    with django_capture_on_commit_callbacks(execute=True):
        return do_ingest_page(SAMPLE.read_bytes(), filename="seed-page.txt", date=SAMPLE_DATE,
                              number=5, page_name="党建", estimated=True)


def _test_database_url():
    """A DATABASE_URL for the database the tests are using right now (the test database)."""
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    user = db.get("USER") or ""
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}{port}/{db['NAME']}"


@pytest.fixture
def celery_worker_process(transactional_db, search_index, tmp_path):
    """A real `celery worker` consuming from the configured broker (filesystem or Redis),
    writing to the test database and the test's search index. Not eager mode, not a thread."""
    log = tmp_path / "worker.log"
    env = {**os.environ, "DATABASE_URL": _test_database_url(),
           "INDEX_PATH": settings.HAYSTACK_CONNECTIONS["default"]["PATH"],
           "CELERY_BROKER_URL": settings.CELERY_BROKER_URL, "PYTHONUNBUFFERED": "1"}
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "newsroom", "worker", "-P", "solo", "-c", "1",
             "--purge", "--without-gossip", "--without-mingle", "--without-heartbeat",
             "-l", "INFO", "-n", f"test-{os.getpid()}@%h"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 90
    while b"ready." not in log.read_bytes():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("Celery worker did not start:\n" + log.read_text(errors="replace"))
        time.sleep(0.3)
    proc.log_path = log
    yield proc
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


def wait_for(predicate, timeout=60, interval=0.3, what="condition"):
    """Poll until predicate() is truthy; the worker runs in another process."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout}s waiting for {what}")


@pytest.fixture
def search_index(settings, tmp_path):
    """A fresh Whoosh index of the test's own, so tests never see each other's documents."""
    from haystack import connections

    path = str(tmp_path / "whoosh_index")
    info = connections.connections_info["default"]
    old = info["PATH"]
    info["PATH"] = path
    settings.HAYSTACK_CONNECTIONS = {"default": dict(info)}
    connections.reload("default")
    yield path
    info["PATH"] = old
    connections.reload("default")
