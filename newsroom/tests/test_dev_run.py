"""The README's first command starts the archive, sample page loaded, in the embedded mode
(SQLite, filesystem broker, no servers) and stops cleanly."""
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode()


def test_it_starts_the_archive_with_the_sample_page(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "CELERY_BROKER_URL", "INDEX_PATH")}
    env["NEWSROOM_VAR_DIR"] = str(tmp_path / "var")
    log = tmp_path / "run.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "dev.py", "run", str(port)], cwd=ROOT, env=env,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 180
        while f"running at {base}/" not in log.read_text(errors="replace"):
            assert proc.poll() is None, log.read_text(errors="replace")
            assert time.monotonic() < deadline, log.read_text(errors="replace")
            time.sleep(0.5)
        status, html = get(base + "/")
        assert status == 200 and "党建" in html
        _, body = get(base + "/api/search?" + urllib.parse.urlencode({"q": "杭锦旗"}))
        assert [r["title"] for r in json.loads(body)["results"]] == ["“硬”措施优化“软”实力"]
        assert (tmp_path / "var" / "newsroom.sqlite3").exists()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=60)
    assert proc.returncode == 0, log.read_text(errors="replace")
