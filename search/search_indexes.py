"""The article index: what is stored per article and how each field is analysed.

Each text goes in twice: as words (BM25 ranking) and as character bigrams (exact substring
matching: the recall guarantee). Titles also get their own pair so title matches can rank first.
Multi-valued fields (kind, page name, reporter names, region codes) become Whoosh KEYWORD
fields: filters and facet counts are plain term lookups.

`document()` builds the stored dict from plain values so the benchmark can index generated pages
without a database through exactly the same code.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

from haystack import indexes
from whoosh.analysis import IDTokenizer

from articles.models import Article

from .analysis import GramAnalyzer, WordAnalyzer

#: Bump when what is indexed changes: every document then reads as stale to index_check.
INDEX_VERSION = 1
#: Separates fields/paragraphs in the combined texts; a segment break for the bigram tokenizer.
SEP = "\n"


def published(date: dt.date, number: int, order: int) -> dt.datetime:
    """Date plus page and position packed into the time of day: one sortable column orders
    newest/oldest by (date, page, order)."""
    seconds = min(int(number or 0), 80) * 1000 + min(int(order or 0), 999)
    return dt.datetime(date.year, date.month, date.day) + dt.timedelta(seconds=seconds)


def document(*, pk, title, kind, body, credits, region_codes, date, number, page_name,
             order) -> dict:
    """The field values of one article (without haystack's id fields).

    credits: list of (name, role); body: paragraphs joined by "\n" (or the caption).
    """
    title = title or ""
    body = body or ""
    names = [n for n, _ in credits]
    content = SEP.join([title, body, *names])
    doc = {
        "text": content,
        "title": title,
        "grams": content,
        "title_grams": title,
        "kind": [kind],
        "page_name": [page_name.replace(",", " ")] if page_name else [],
        "reporters": sorted({n.replace(",", " ") for n in names}),
        "regions": sorted(set(region_codes)),
        "published": published(date, number, order),
    }
    payload = {k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in doc.items()}
    payload["credits"] = [list(c) for c in credits]
    payload["v"] = INDEX_VERSION
    doc["fingerprint"] = hashlib.sha256(
        json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()
    ).hexdigest()
    return doc


def article_document(article: Article) -> dict:
    """document() for a saved Article (expects page, credits__reporter, regions__parent loaded)."""
    codes = set()
    for r in article.regions.all():
        codes.add(r.code)
        # The parser lists a county's prefecture already; adding the parent again is cheap
        # insurance that a prefecture filter includes its counties.
        if r.parent_id and r.parent is not None and r.parent.level != "province":
            codes.add(r.parent.code)
    credits = [(c.reporter.name, c.role) for c in article.credits.all()]
    page = article.page
    return document(
        pk=article.pk, title=article.title, kind=article.kind, body=article.body,
        credits=credits, region_codes=codes, date=page.date, number=page.number,
        page_name=page.name, order=article.order,
    )


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True, analyzer=WordAnalyzer())
    title = indexes.CharField(analyzer=WordAnalyzer(), boost=2.0)
    grams = indexes.CharField(analyzer=GramAnalyzer())
    title_grams = indexes.CharField(analyzer=GramAnalyzer())
    kind = indexes.MultiValueField()
    page_name = indexes.MultiValueField()
    reporters = indexes.MultiValueField()
    regions = indexes.MultiValueField()
    published = indexes.DateTimeField()
    fingerprint = indexes.CharField(analyzer=IDTokenizer())

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return Article.objects.select_related("page").prefetch_related(
            "credits__reporter", "regions__parent"
        )

    def prepare(self, obj):
        data = super().prepare(obj)
        data.update(article_document(obj))
        return data

    def prepare_text(self, obj):  # filled in by prepare(); avoids haystack's template lookup
        return ""
