"""Bulk loading from the shell, through the same actions as the browser upload."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.actions import DuplicatePage, IngestError, do_create_ingest_job, do_ingest_page
from articles.parsing import ParseError
from articles.uploads import page_key_from_name
from search.indexing import batched


def collect(paths):
    """Dump files named on the command line, or found (recursively) in the folders named."""
    files = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise CommandError(f"{raw}: no such file or folder")
    return files


class Command(BaseCommand):
    help = ("Load page dumps named YYYY-MM-DD_PP.txt (files or folders of them). By default each "
            "file is queued for the Celery worker; --sync loads in this process. Exits non-zero "
            "if any file failed, naming the file and the reason.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--sync", action="store_true", help="load now, without a worker")
        parser.add_argument("--page-name", default="", help="版名 for every file")
        parser.add_argument("--newspaper", default="内蒙古日报")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, paths, sync, page_name, newspaper, no_progress, **options):
        files = collect(paths)
        counts = {"done": 0, "skipped": 0}
        failed = []
        bar = tqdm(files, unit="page", disable=no_progress, file=self.stderr._out)
        with batched():  # one index commit per few thousand articles, not one per page
            for path in bar:
                bar.set_postfix_str(path.name, refresh=False)
                outcome = self.load(path, sync=sync, page_name=page_name, newspaper=newspaper)
                if outcome in counts:
                    counts[outcome] += 1
                else:
                    failed.append((path, outcome))
        verb = "loaded" if sync else "queued"
        self.stdout.write(f"{len(files)} files: {counts['done']} {verb}, {counts['skipped']} "
                          f"already in the archive, {len(failed)} failed")
        for path, reason in failed:
            self.stdout.write(f"FAILED {path}: {reason}")
        if failed:
            raise CommandError(f"{len(failed)} of {len(files)} files failed")

    def load(self, path, *, sync, page_name, newspaper):
        """'done', 'skipped' (same text already loaded) or the reason it failed."""
        key = page_key_from_name(path.name)
        if key is None:
            return "name is not YYYY-MM-DD_PP.txt, so date and page are unknown"
        data = path.read_bytes()
        if not sync:
            do_create_ingest_job(filename=path.name, data=data, date=key[0], number=key[1],
                                 page_name=page_name, newspaper=newspaper)
            return "done"
        try:
            do_ingest_page(data, filename=path.name, date=key[0], number=key[1],
                           page_name=page_name, newspaper=newspaper)
        except DuplicatePage as exc:
            return "skipped" if exc.same_text else str(exc)
        except (ParseError, IngestError) as exc:
            return str(exc)
        return "done"
