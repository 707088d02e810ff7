"""python manage.py index_check [--fix]: is every article in the index, and up to date?"""
from django.core.management.base import BaseCommand, CommandError

from search.checking import check
from search.indexing import index_articles, load_dictionary


class Command(BaseCommand):
    help = ("Report articles missing from the search index, stale in it (content changed since "
            "indexing) or indexed but deleted; --fix reindexes them.")

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="reindex what is wrong")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, fix=False, no_progress=False, **options):
        progress = not no_progress and self.stdout.isatty()
        report = check(progress=progress)
        self.stdout.write(
            f"database: {report.in_database} articles; index: {report.in_index} documents")
        for name in ("missing", "stale", "orphaned"):
            ids = getattr(report, name)
            sample = ", ".join(map(str, ids[:20])) + (" …" if len(ids) > 20 else "")
            self.stdout.write(f"{name}: {len(ids)}" + (f" ({sample})" if ids else ""))
        if report.ok:
            self.stdout.write(self.style.SUCCESS("index OK"))
            return
        if not fix:
            raise CommandError("index out of date: run with --fix")
        load_dictionary()
        index_articles(report.to_fix)
        after = check()
        if not after.ok:
            raise CommandError(f"still wrong after fixing: missing {len(after.missing)}, "
                               f"stale {len(after.stale)}, orphaned {len(after.orphaned)}")
        self.stdout.write(self.style.SUCCESS(f"fixed {len(report.to_fix)} articles; index OK"))
