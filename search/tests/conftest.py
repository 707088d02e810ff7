"""Search-only fixtures; search_index and sample_page come from the root conftest.py."""
import pytest

from conftest import SAMPLE_DATE


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
