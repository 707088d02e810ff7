"""Index writes. Called only after the database transaction commits (articles/actions.py uses
transaction.on_commit), so the index never holds what the database rolled back.

We write with our own Whoosh writer rather than haystack's backend.update(): haystack swallows
write errors (silently_fail) and gives up at once on a locked index, and a missed write here is
an article that search silently never finds.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterable

from django.db.models import Prefetch
from haystack import connections
from haystack.constants import DJANGO_CT, DJANGO_ID, ID

from articles.models import Article, Credit

from . import analysis
from .search_indexes import article_document

CT = "articles.article"
BATCH = 500
LOCK_TIMEOUT = 60.0  # seconds to wait for another process's writer


def backend():
    """The haystack Whoosh backend, set up (schema built from search_indexes.py)."""
    b = connections["default"].get_backend()
    if not b.setup_complete:
        b.setup()
    return b


def open_index():
    """The current Whoosh index (re-read, so writes by other processes are visible)."""
    return backend().index.refresh()


def whoosh_id(pk) -> str:
    return f"{CT}.{int(pk)}"


def with_ids(pk, fields: dict) -> dict:
    doc = dict(fields)
    doc.update({ID: whoosh_id(pk), DJANGO_CT: CT, DJANGO_ID: str(int(pk))})
    return doc


def to_whoosh(doc: dict) -> dict:
    """haystack's value conversion (lists -> comma strings for KEYWORD fields)."""
    b = backend()
    return {k: b._from_python(v) for k, v in doc.items()}


def write(docs: Iterable[dict] = (), delete_pks: Iterable[int] = (), *, clear=False) -> int:
    """Add/replace `docs` (dicts with id fields) and delete `delete_pks` in one commit."""
    ix = open_index()
    writer = ix.writer(timeout=LOCK_TIMEOUT, limitmb=256)
    n = 0
    try:
        if clear:
            from whoosh.query import Every

            writer.delete_by_query(Every())
        for pk in delete_pks:
            writer.delete_by_term(ID, whoosh_id(pk))
        for doc in docs:
            writer.update_document(**to_whoosh(doc))
            n += 1
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    return n


def _queryset():
    return Article.objects.select_related("page").prefetch_related(
        Prefetch("credits", queryset=Credit.objects.select_related("reporter").order_by("order")),
        "regions__parent",
    )


def _docs(articles) -> list[dict]:
    articles = list(articles)
    analysis.add_words({c.reporter.name for a in articles for c in a.credits.all()})
    return [with_ids(a.pk, article_document(a)) for a in articles]


def load_dictionary() -> None:
    """Every reporter name into jieba (gazetteer names are added on first use)."""
    from articles.models import Reporter

    analysis.add_words(Reporter.objects.values_list("name", flat=True))


_dictionary_loaded = False


def ensure_dictionary() -> None:
    """load_dictionary() once per process, so queries segment names as indexing did."""
    global _dictionary_loaded
    if not _dictionary_loaded:
        _dictionary_loaded = True
        load_dictionary()


_held = threading.local()


@contextmanager
def batched(flush_every: int = 2000):
    """Hold index_articles() calls in this thread and write them in a few large commits.

    Whoosh's cost is mostly per commit (every distinct term, then segment merges), so a bulk
    load indexes several times faster this way (bench/ingest_speed.py). Writes still happen
    only after their database transactions committed; what was held is written on the way
    out even when the block fails, so nothing committed is left out of the index.
    """
    if getattr(_held, "ids", None) is not None:  # nested: the outer block flushes
        yield
        return
    _held.ids, _held.flush_every = set(), flush_every
    try:
        yield
    finally:
        ids, _held.ids = _held.ids, None
        _write_articles(ids)


def index_articles(article_ids: Iterable[int]) -> None:
    """(Re)index these articles; ids no longer in the database are removed from the index."""
    held = getattr(_held, "ids", None)
    if held is not None:
        held.update(int(i) for i in article_ids)
        if len(held) >= _held.flush_every:
            _write_articles(held)
            held.clear()
        return
    _write_articles(article_ids)


def _write_articles(article_ids: Iterable[int]) -> None:
    ids = sorted({int(i) for i in article_ids})
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        articles = list(_queryset().filter(pk__in=chunk))
        found = {a.pk for a in articles}
        write(_docs(articles), [pk for pk in chunk if pk not in found])


def remove_articles(article_ids: Iterable[int]) -> None:
    ids = sorted({int(i) for i in article_ids})
    if ids:
        write((), ids)


def rebuild_index(progress: bool = False) -> int:
    """Replace the whole index with every article in the database. Returns the count."""
    load_dictionary()
    qs = _queryset().order_by("pk")
    total = qs.count()
    ids = list(qs.values_list("pk", flat=True))
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="article")

    def gen():
        for start in range(0, len(ids), BATCH):
            batch = _docs(_queryset().filter(pk__in=ids[start:start + BATCH]).order_by("pk"))
            yield from batch
            if bar is not None:
                bar.update(len(batch))

    n = write(gen(), clear=True)
    if bar is not None:
        bar.close()
    return n
