"""Fixtures for search tests: a private Whoosh index per test and the sample page loaded."""
import datetime as dt
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DIR = ROOT / "articles" / "sample"
SHARED_DIR = ROOT.parent / "shared" / "pages"
SAMPLE_DATE = dt.date(2022, 4, 13)


def _sample(name):
    for d in (SAMPLE_DIR, SHARED_DIR):
        if (d / name).exists():
            return d / name
    pytest.skip(f"sample file {name} not available")


@pytest.fixture
def search_index(settings, tmp_path):
    """Point haystack's default connection at a fresh index under tmp_path."""
    from haystack import connections

    path = str(tmp_path / "whoosh_index")
    info = connections.connections_info["default"]
    old = info["PATH"]
    info["PATH"] = path
    settings.HAYSTACK_CONNECTIONS = {"default": dict(info)}
    connections.reload("default")
    yield path
    info["PATH"] = old
    connections.reload("default")


def _ingest_via_actions(data):
    from articles.actions import do_ingest_page

    return do_ingest_page(data, filename="seed-page.txt", date=SAMPLE_DATE, number=5,
                          page_name="党建", estimated=True)


def _ingest_from_expected():
    """Fallback while the parser is not there: the hand-checked structure, stored as rows."""
    from django.db import transaction

    from articles import regions as gaz
    from articles.models import Article, Credit, Page, Region, Reporter
    from search.indexing import index_articles

    expected = json.loads(_sample("seed-page.expected.json").read_text(encoding="utf-8"))
    by_code = {}
    for row in sorted(gaz.divisions(), key=lambda r: (len(r["parent_code"]), r["code"])):
        by_code[row["code"]], _ = Region.objects.get_or_create(
            code=row["code"], defaults={"name": row["name"], "level": row["level"],
                                        "parent": by_code.get(row["parent_code"])})
    by_name = {r.name: r for r in by_code.values()}
    with transaction.atomic():
        page = Page.objects.create(date=SAMPLE_DATE, number=5, name="党建",
                                   raw_text=_sample("seed-page.txt").read_text(encoding="utf-8"),
                                   content_hash="sample", estimated=True)
        ids = []
        for order, item in enumerate(expected["items"], start=1):
            a = Article.objects.create(page=page, order=order, kind=item["kind"],
                                       title=item["title"],
                                       paragraphs=item.get("paragraphs") or [],
                                       caption=item.get("caption") or "")
            for i, c in enumerate(item["credits"]):
                rep, _ = Reporter.objects.get_or_create(name=c["name"])
                Credit.objects.create(article=a, reporter=rep, role=c["role"], staff=c["staff"],
                                      order=i)
            a.regions.set([by_name[n] for n in item.get("regions", []) if n in by_name])
            ids.append(a.pk)
        transaction.on_commit(lambda: index_articles(ids))
    return page


@pytest.fixture
def sample_page(db, search_index, django_capture_on_commit_callbacks):
    """The real sample page, stored through articles.actions and indexed on commit."""
    with django_capture_on_commit_callbacks(execute=True):
        try:
            page = _ingest_via_actions(_sample("seed-page.txt").read_bytes())
        except ImportError:  # articles.parsing not written yet
            page = _ingest_from_expected()
    return page


def by_title(page, fragment):
    return next(a for a in page.articles.all() if fragment in a.title)


@pytest.fixture
def make_article(db, search_index):
    """make_article(title, paragraphs=[...], ...) -> a saved and indexed Article."""
    from articles.models import Article, Credit, Page, Region, Reporter
    from search.indexing import index_articles

    counter = {"n": 0}

    def make(title="", paragraphs=(), *, kind="article", caption="", date=SAMPLE_DATE,
             number=1, page_name="要闻", reporters=(), regions=(), index=True):
        counter["n"] += 1
        page, _ = Page.objects.get_or_create(
            newspaper="内蒙古日报", date=date, number=number,
            defaults={"name": page_name, "raw_text": "", "content_hash": f"h{date}{number}"})
        a = Article.objects.create(page=page, order=page.articles.count() + 1, kind=kind,
                                   title=title, paragraphs=list(paragraphs), caption=caption)
        for i, name in enumerate(reporters):
            rep, _ = Reporter.objects.get_or_create(name=name)
            Credit.objects.create(article=a, reporter=rep, role="记者", order=i)
        for code, name, level, parent in regions:
            parent_obj = Region.objects.get(code=parent) if parent else None
            r, _ = Region.objects.get_or_create(code=code, defaults={
                "name": name, "level": level, "parent": parent_obj})
            a.regions.add(r)
        if index:
            index_articles([a.pk])
        return a

    return make
