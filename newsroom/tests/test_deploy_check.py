"""`manage.py check --deploy` with production settings reports nothing the README does not
explain."""
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_it_reports_only_what_the_readme_explains(tmp_path):
    env = {**{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
           "DEBUG": "false", "SECRET_KEY": "k3y-" + "x9Q!z" * 12,
           "ALLOWED_HOSTS": "archive.example", "NEWSROOM_VAR_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy"], cwd=ROOT,
                            env=env, capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    reported = set(re.findall(r"\((\w+\.[A-Z]\d+)\)", output))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    unexplained = {check for check in reported if check not in readme}
    assert not unexplained, output
