"""manage.py parse_page FILE... [--json]: show what the parser makes of dumps.

Read-only: it never touches the database, so it is safe to run on any file
before an import.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.parsing import ParseError, page_to_json, parse_page, unaccounted


class Command(BaseCommand):
    help = (
        "Parse page dumps and print their structure without touching the database. "
        "With --json, one file prints one JSON object in the schema of "
        "articles/sample/seed-page.expected.json ({source, items}); several files print "
        "a JSON list of such objects, in the order given. A file that cannot be parsed "
        "is reported on stderr (with --json it appears as {source, error}) and makes the "
        "command exit with status 1."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--json", action="store_true", help="machine-readable output (stable schema)")
        parser.add_argument("--no-progress", action="store_true",
                            help="no progress bar (shown on stderr for several files)")

    def handle(self, *args, **opts):
        results, failed = [], 0
        files = tqdm(opts["files"], unit="file", file=self.stderr._out,
                     disable=len(opts["files"]) < 2 or opts["no_progress"])
        for name in files:
            path = Path(name)
            try:
                try:
                    data = path.read_bytes()
                except OSError as e:
                    raise ParseError(name, "it cannot be read (%s)" % (e.strerror or e))
                page = parse_page(data, path.name)
            except ParseError as e:
                failed += 1
                self.stderr.write(str(e))
                results.append({"source": path.name, "error": e.reason})
                continue
            if opts["json"]:
                results.append(page_to_json(page, path.name))
            else:
                self._print_text(path.name, page)
        if opts["json"]:
            out = results[0] if len(opts["files"]) == 1 else results
            self.stdout.write(json.dumps(out, ensure_ascii=False, indent=1))
        if failed:
            raise CommandError("%d of %d file(s) could not be parsed" % (failed, len(opts["files"])),
                               returncode=1)

    def _print_text(self, name, page):
        from articles.regions import region_name

        w = self.stdout.write
        w("== %s (%s): %d items" % (name, page.encoding, len(page.items)))
        for k, it in enumerate(page.items, 1):
            credits = ", ".join("%s %s%s" % (c.role, c.name, " (staff)" if c.staff else "") for c in it.credits)
            w("%2d. [%s] %s" % (k, it.kind, it.title or "(untitled)"))
            if credits:
                w("    credits: %s" % credits)
            if it.regions:
                w("    regions: %s" % ", ".join(region_name(c) for c in it.regions))
            if it.kind == "photo":
                w("    caption: %s" % it.caption)
            for p in it.paragraphs:
                w("    | %s" % p)
        if page.leftover:
            w("!! %d fragment(s) not placed in any item:" % len(page.leftover))
            for frag in page.leftover:
                w("    ? %s" % frag)
        lost = unaccounted(page)
        if lost:
            w("!! %d character(s) of the dump not accounted for" % sum(lost.values()))
