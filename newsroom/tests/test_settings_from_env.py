"""Settings come from the environment: the same code runs embedded and in production."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRINT = ("from django.conf import settings as s; d = s.DATABASES['default'];"
         "print(d['ENGINE'], d['NAME'], s.CELERY_BROKER_URL, s.DEBUG,"
         " s.HAYSTACK_CONNECTIONS['default']['PATH'], ','.join(s.ALLOWED_HOSTS))")


def read_settings(tmp_path, **env):
    env = {**{k: v for k, v in os.environ.items()
              if k not in ("DATABASE_URL", "CELERY_BROKER_URL", "DEBUG", "INDEX_PATH")},
           "NEWSROOM_VAR_DIR": str(tmp_path), **env}
    out = subprocess.run([sys.executable, "manage.py", "shell", "-v", "0", "-c", PRINT], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_it_defaults_to_the_embedded_mode(tmp_path):
    engine, name, broker, debug, index, _ = read_settings(tmp_path)
    assert engine == "django.db.backends.sqlite3" and name == str(tmp_path / "newsroom.sqlite3")
    assert broker == "filesystem://" and index == str(tmp_path / "whoosh_index")
    assert (tmp_path / "broker" / "queue").is_dir()


def test_it_takes_production_services_from_the_environment(tmp_path):
    engine, name, broker, debug, index, hosts = read_settings(
        tmp_path, DATABASE_URL="postgres://u:p@db:5432/archive",
        CELERY_BROKER_URL="redis://cache:6379/2", DEBUG="false", SECRET_KEY="s" * 60,
        INDEX_PATH="/srv/index", ALLOWED_HOSTS="a.example,b.example")
    assert engine == "django.db.backends.postgresql" and name == "archive"
    assert (broker, debug, index, hosts) == ("redis://cache:6379/2", "False", "/srv/index",
                                            "a.example,b.example")
