"""Ingest speed: what one page costs to parse, store and index, and what batching the index
writes saves on a bulk load. Figures are ratios against parsing alone, measured in the same run.

    .venv/bin/python bench/ingest_speed.py [--pages 40] [--make-pages PATH]

Pages come from /work/shared/tools/make_pages.py (People's Daily, January 1998). Each mode
starts from an empty SQLite database and an empty index in a temporary folder.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--make-pages", default=str(ROOT.parent / "shared/tools/make_pages.py"))
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    pages_dir = work / "pages"
    subprocess.run([sys.executable, args.make_pages, str(pages_dir), "--seed", "7",
                    "--limit-pages", str(args.pages)], check=True, capture_output=True)
    files = sorted(pages_dir.glob("*.txt"))

    os.environ["NEWSROOM_VAR_DIR"] = str(work / "var")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from haystack import connections

    from articles.actions import do_ingest_page
    from articles.models import Article
    from articles.parsing import parse_page
    from articles.uploads import page_key_from_name
    from search.indexing import batched

    call_command("migrate", verbosity=0)

    def fresh():
        Article.objects.all().delete()
        from articles.models import Page

        Page.objects.all().delete()
        path = tempfile.mkdtemp(dir=work)
        connections.connections_info["default"]["PATH"] = path
        settings.HAYSTACK_CONNECTIONS["default"]["PATH"] = path
        connections.reload("default")

    def ingest_all():
        for f in files:
            date, number = page_key_from_name(f.name)
            do_ingest_page(f.read_bytes(), filename=f.name, date=date, number=number)

    def parse_all():
        for f in files:
            parse_page(f.read_bytes(), f.name)

    def timed(fn):
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    def ingest_batched():
        with batched():
            ingest_all()

    results = []
    for label, fn in [("parse only (baseline)", parse_all),
                      ("ingest, index commit per page (upload, worker)", ingest_all),
                      ("ingest, batched index commits (`ingest --sync`)", ingest_batched)]:
        fresh()
        results.append((label, timed(fn)))
    articles = Article.objects.count()
    base = results[0][1]
    print(f"{len(files)} pages, {articles} items; python {sys.version.split()[0]}\n")
    print("| mode | time per page | × baseline |")
    print("|---|---:|---:|")
    for label, secs in results:
        print(f"| {label} | {secs / len(files) * 1000:.0f} ms | {secs / base:.1f} |")


if __name__ == "__main__":
    main()
