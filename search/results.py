"""Search results as Django objects: articles loaded in result order, with marked titles and
snippets. Shared by the views and by callers that want hits, not index document numbers."""
from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch

from articles.models import Article, Credit

from . import engine, highlight


def load_articles(ids):
    """Articles for these ids, in this order; ids gone from the database are skipped."""
    ids = list(ids)
    qs = Article.objects.filter(pk__in=ids).select_related("page").prefetch_related(
        Prefetch("credits", queryset=Credit.objects.select_related("reporter").order_by("order")),
        "regions",
    )
    found = {a.pk: a for a in qs}
    return [found[i] for i in ids if i in found]


def decorate(articles, result):
    """Attach title_html, snippet_html and exact (contains every term as written)."""
    for a in articles:
        needles = highlight.needles_for(result.parsed, f"{a.title}\n{a.body}")
        a.title_html = highlight.mark(a.title or "", needles) if needles else None
        a.snippet_html = highlight.snippet(a.body, needles)
        a.exact = a.pk in result.exact_ids
    return articles


@dataclass
class Hit:
    article: Article
    title_html: str | None
    snippet: str
    exact: bool


@dataclass
class SearchPage:
    count: int
    hits: list[Hit] = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    message: str = ""
    page: int = 1
    page_size: int = 20


def search_page(q="", filters=None, sort="relevance", *, page=1, page_size=20,
                facets=True) -> SearchPage:
    result = engine.run(q, filters, sort, offset=(page - 1) * page_size, limit=page_size,
                        facets=facets)
    articles = decorate(load_articles(result.ids), result)
    return SearchPage(
        count=result.count, facets=result.facets, message=result.message, page=page,
        page_size=page_size,
        hits=[Hit(a, a.title_html, a.snippet_html, a.exact) for a in articles])
