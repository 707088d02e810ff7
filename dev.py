#!/usr/bin/env python3
"""The two commands of the README: `python3 dev.py run` and `python3 dev.py test`.

Each does its own set-up on a fresh machine with nothing but Python 3.11: a virtualenv in .venv,
the pinned requirements, the database, the regions and the sample page. Standard library only,
because it runs before anything is installed.
"""
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PY = VENV / "bin" / "python"
CHROMIUM = Path("/usr/bin/chromium")


def say(msg):
    print(f"==> {msg}", flush=True)


def sh(*args, env=None, check=True):
    return subprocess.run([str(a) for a in args], cwd=ROOT, env=env, check=check)


def ensure_venv():
    """Create .venv and install requirements.txt, again only when the file changed."""
    if sys.version_info[:2] != (3, 11):
        say(f"warning: Python 3.11 expected, this is {sys.version.split()[0]}")
    if not PY.exists():
        say("creating virtualenv .venv")
        sh(sys.executable, "-m", "venv", VENV)
    req = (ROOT / "requirements.txt").read_bytes()
    stamp = VENV / ".requirements.sha256"
    digest = hashlib.sha256(req).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        say("installing requirements.txt")
        sh(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
           "-r", ROOT / "requirements.txt")
        stamp.write_text(digest)


def ensure_chromium():
    """The browser tests drive Debian's chromium; install it when we can (root with apt)."""
    if CHROMIUM.exists():
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing Debian's chromium for the browser tests")
        quiet = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        sh("apt-get", "update", "-qq", env=quiet)
        sh("apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium",
           "fonts-noto-cjk", env=quiet)
    else:
        say("chromium is not installed and cannot be installed here (need root and apt-get): "
            "browser tests will be skipped")


def manage(*args, env=None):
    sh(PY, ROOT / "manage.py", *args, env=env)


def wait_for_port(port, proc, timeout=120):
    """Print the address only once the server answers, so it can be opened straight away."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)


def run(argv):
    port = argv[0] if argv else os.environ.get("PORT", "8000")
    ensure_venv()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    say("preparing the database, regions, sample page and search index")
    manage("migrate", "--noinput", env=env)
    manage("load_regions", env=env)
    manage("load_sample", env=env)
    manage("index_check", "--fix", env=env)
    say("starting the Celery worker and the web server")
    worker = subprocess.Popen(
        [str(PY), "-m", "celery", "-A", "newsroom", "worker", "-P", "solo", "-c", "1",
         "--without-gossip", "--without-mingle", "-l", "WARNING"], cwd=ROOT, env=env)
    web = subprocess.Popen(
        [str(PY), str(ROOT / "manage.py"), "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT, env=env)
    wait_for_port(int(port), web)
    print(f"\n  The archive is running at http://127.0.0.1:{port}/\n"
          f"  Make an admin for uploads: .venv/bin/python manage.py createsuperuser\n"
          f"  Stop with Ctrl-C.\n", flush=True)

    def stop(*_):
        for proc in (web, worker):
            if proc.poll() is None:
                proc.terminate()
        for proc in (web, worker):
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while web.poll() is None and worker.poll() is None:
        time.sleep(1)
    say("a process stopped; shutting down")
    stop()


def test(argv):
    ensure_venv()
    ensure_chromium()
    env = {**os.environ,
           # Tests get their own database file, broker folder and index, apart from `run`'s.
           "NEWSROOM_VAR_DIR": os.environ.get("NEWSROOM_VAR_DIR", str(ROOT / "var" / "test"))}
    say("running the test suite on " + env.get("DATABASE_URL", "SQLite") + " with broker "
        + env.get("CELERY_BROKER_URL", "filesystem://"))
    result = subprocess.run([str(PY), "-m", "pytest", *argv], cwd=ROOT, env=env)
    sys.exit(result.returncode)


if __name__ == "__main__":
    commands = {"run": run, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit("usage: python3 dev.py run [PORT] | python3 dev.py test [pytest args]")
    commands[sys.argv[1]](sys.argv[2:])
