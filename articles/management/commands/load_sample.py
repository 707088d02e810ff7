import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand

from articles.actions import DuplicatePage, do_ingest_page

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "sample"


class Command(BaseCommand):
    help = ("Load the sample page (articles/sample/) with the date, page number and page name "
            "its manifest gives. Safe to run again: an already loaded sample is left alone.")

    def handle(self, *args, **options):
        manifest = json.loads((SAMPLE_DIR / "manifest.json").read_text(encoding="utf-8"))
        for entry in manifest["pages"]:
            path = SAMPLE_DIR / entry["file"]
            try:
                page = do_ingest_page(
                    path.read_bytes(), filename=entry["file"],
                    date=dt.date.fromisoformat(entry["date"]), number=entry["page"],
                    page_name=entry.get("page_name", ""), newspaper=entry["newspaper"],
                    estimated=entry.get("estimated", False))
            except DuplicatePage as exc:
                self.stdout.write(f"sample already loaded: {exc.page or exc}")
            else:
                self.stdout.write(f"loaded {page} with {page.articles.count()} items")
