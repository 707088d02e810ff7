"""`manage.py check --deploy` with production settings reports nothing (README says so)."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_it_passes_the_deploy_check_with_production_settings(tmp_path):
    env = {**os.environ, "DEBUG": "false", "SECRET_KEY": "k3y-" + "x9Q!z" * 12,
           "ALLOWED_HOSTS": "archive.example", "NEWSROOM_VAR_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level",
                             "WARNING"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
