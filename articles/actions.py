"""Every write to the archive goes through a do_* function here.

Keeping writes in one place is what lets us promise that a page is either loaded whole or not
at all, that the search index is updated only after the database has committed, and that an
upload is never lost whatever happens to its parse.
"""
import hashlib
import logging

from django.db import IntegrityError, transaction

from search.indexing import index_articles, remove_articles

from . import regions as gazetteer
from .models import Article, Credit, IngestJob, Page, Region, Reporter
from .parsing import ParseError, parse_page

log = logging.getLogger(__name__)

DEFAULT_NEWSPAPER = "内蒙古日报"


class IngestError(Exception):
    """A dump that cannot be loaded, with a message fit for the admin who uploaded it."""


class DuplicatePage(IngestError):
    """The same text, or the same newspaper/date/page number, is already in the archive."""

    def __init__(self, message, page, same_text=False):
        super().__init__(message)
        self.page = page
        self.same_text = same_text


def content_hash(text):
    """Hash of the decoded text, so the same page re-encoded (GB18030, CRLF...) is a duplicate."""
    normalised = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def do_sync_regions():
    """Create or update the Region rows from the gazetteer shipped with the project."""
    rows = sorted(gazetteer.divisions(), key=lambda r: (len(r["parent_code"] or ""), r["code"]))
    by_code = {r.code: r for r in Region.objects.all()}
    with transaction.atomic():
        for row in rows:
            parent = by_code.get(row["parent_code"]) if row["parent_code"] else None
            region = by_code.get(row["code"])
            if region is None:
                region = Region(code=row["code"])
            region.name, region.level, region.parent = row["name"], row["level"], parent
            region.save()
            by_code[region.code] = region
    return len(rows)


def ensure_regions():
    if not Region.objects.exists():
        do_sync_regions()


def do_ingest_page(data, *, filename, date, number, page_name="", newspaper=DEFAULT_NEWSPAPER,
                   estimated=False):
    """Parse one dump and store the page with all its items, or nothing at all.

    Raises ParseError for a dump that is not a page and DuplicatePage when the archive already
    has it; the search index is updated once the transaction has committed.
    """
    parsed = parse_page(data, filename)
    digest = content_hash(parsed.text)
    ensure_regions()
    existing = Page.objects.filter(content_hash=digest).first()
    if existing:
        raise DuplicatePage(f"{filename}: already in the archive as {existing} (same text)",
                            existing, same_text=True)
    existing = Page.objects.filter(newspaper=newspaper, date=date, number=number).first()
    if existing:
        raise DuplicatePage(
            f"{filename}: {newspaper} {date:%Y-%m-%d} page {number} is already in the archive "
            f"with different text; delete that page first to replace it", existing)
    regions = {r.code: r for r in Region.objects.all()}
    try:
        with transaction.atomic():
            page = Page.objects.create(
                newspaper=newspaper, date=date, number=number, name=page_name,
                raw_text=parsed.text, encoding=parsed.encoding, source_name=filename[:255],
                content_hash=digest, leftover="\n".join(parsed.leftover), estimated=estimated)
            article_ids = [_store_item(page, order, item, regions)
                           for order, item in enumerate(parsed.items, start=1)]
            transaction.on_commit(lambda: index_articles(article_ids))
    except IntegrityError as exc:
        # Another process loaded the same page between our check and our insert.
        raise DuplicatePage(f"{filename}: already in the archive ({exc})", None) from exc
    return page


def _store_item(page, order, item, regions):
    article = Article.objects.create(
        page=page, order=order, kind=item.kind, title=item.title[:255],
        paragraphs=list(item.paragraphs), caption=item.caption)
    for position, credit in enumerate(item.credits):
        reporter, _ = Reporter.objects.get_or_create(name=credit.name[:64])
        Credit.objects.create(article=article, reporter=reporter, role=credit.role,
                              staff=credit.staff, order=position)
    article.regions.set([regions[code] for code in item.regions if code in regions])
    return article.id


def do_delete_page(page):
    """Remove a page, its items and their index entries (e.g. to replace a bad upload)."""
    with transaction.atomic():
        ids = list(page.articles.values_list("id", flat=True))
        page.delete()
        transaction.on_commit(lambda: remove_articles(ids))


def do_create_ingest_job(*, filename, data, date=None, number=None, page_name="",
                         newspaper=DEFAULT_NEWSPAPER, user=None, error=""):
    """Keep an uploaded dump and queue its parse; a dump already known to be bad is kept too,
    marked failed with the reason, so the admin sees every file they sent."""
    from .tasks import ingest_job

    job = IngestJob.objects.create(
        filename=filename[:255], data=data, date=date, number=number, page_name=page_name,
        newspaper=newspaper, created_by=user if user and user.is_authenticated else None,
        status=IngestJob.FAILED if error else IngestJob.QUEUED, message=error)
    if not error:
        transaction.on_commit(lambda: ingest_job.delay(job.id))
    return job


def do_run_ingest_job(job_id):
    """Run one queued job to the end; its status and message say what happened."""
    with transaction.atomic():
        job = IngestJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status != IngestJob.QUEUED:
            return job
        job.status = IngestJob.RUNNING
        job.save(update_fields=["status", "updated_at"])
    try:
        if job.date is None or job.number is None:
            raise IngestError(f"{job.filename}: no date or page number: name the file "
                              "YYYY-MM-DD_PP.txt or give them in the upload form")
        page = do_ingest_page(bytes(job.data), filename=job.filename, date=job.date,
                              number=job.number, page_name=job.page_name,
                              newspaper=job.newspaper)
    except DuplicatePage as exc:
        job.status, job.message, job.page = IngestJob.FAILED, str(exc), exc.page
    except (ParseError, IngestError) as exc:
        job.status, job.message = IngestJob.FAILED, str(exc)
    except Exception as exc:  # keep the job and say so; the bytes stay for a retry
        log.exception("ingest job %s failed", job_id)
        job.status, job.message = IngestJob.FAILED, f"{job.filename}: internal error: {exc!r}"
    else:
        n = page.articles.count()
        job.status, job.page = IngestJob.DONE, page
        job.message = f"{n} items loaded" + (
            f"; warning: text the parser could not place: {page.leftover[:200]}"
            if page.leftover else "")
    job.save(update_fields=["status", "message", "page", "updated_at"])
    return job


def do_accept_upload(files, *, date=None, number=None, page_name="",
                     newspaper=DEFAULT_NEWSPAPER, user=None):
    """Record every dump of an upload as a job and queue the good ones.

    The form's date and page number apply when the upload is a single dump; otherwise each
    file's name (YYYY-MM-DD_PP.txt) says where it belongs. Raises UploadError when the upload
    as a whole is unusable (a zip bomb, an unreadable zip), before anything is recorded.
    """
    from .uploads import page_key_from_name, split_upload

    dumps = [d for f in files for d in split_upload(f.name, f.read())]
    jobs = []
    with transaction.atomic():
        for dump in dumps:
            key = (date, number) if (date and number and len(dumps) == 1) else (
                page_key_from_name(dump.name) or (None, None))
            error = dump.error
            if not error and not dump.data.strip():
                error = f"{dump.name}: the file is empty"
            jobs.append(do_create_ingest_job(
                filename=dump.name, data=dump.data, date=key[0], number=key[1],
                page_name=page_name, newspaper=newspaper, user=user, error=error))
    return jobs
