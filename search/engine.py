"""Running a parsed query against the Whoosh index: matching, ordering, facets.

We build Whoosh query objects ourselves instead of going through haystack's SearchQuerySet:
phrases over the bigram field, strict tiers (as-written before parts-only, title before body)
and facet counts over the matched set are not expressible there. The index itself is haystack's
(schema from search_indexes.py, opened through the haystack connection).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from whoosh import query as wq

from . import query as ql
from .indexing import open_index

SORTS = ("relevance", "newest", "oldest")
FACET_FIELDS = ("kind", "reporters", "regions", "page_name")
FACET_LIMITS = {"reporters": 30, "regions": 50, "page_name": 30, "kind": 10}


@dataclass
class Filters:
    reporters: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)  # region codes
    kinds: list[str] = field(default_factory=list)  # any of
    page_names: list[str] = field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def query(self):
        subs = [wq.Term("reporters", r) for r in self.reporters]
        subs += [wq.Term("regions", r) for r in self.regions]
        subs += [wq.Term("page_name", p) for p in self.page_names]
        if self.kinds:
            subs.append(wq.Or([wq.Term("kind", k) for k in self.kinds]))
        if self.date_from or self.date_to:
            start = dt.datetime.combine(self.date_from, dt.time.min) if self.date_from else None
            end = dt.datetime.combine(self.date_to, dt.time.max) if self.date_to else None
            subs.append(wq.DateRange("published", start, end))
        return wq.And(subs) if subs else None

    @property
    def active(self) -> bool:
        return bool(self.reporters or self.regions or self.kinds or self.page_names
                    or self.date_from or self.date_to)


@dataclass
class Result:
    count: int = 0
    ids: list[int] = field(default_factory=list)  # this page, in order
    facets: dict = field(default_factory=dict)  # field -> [(value, count)]
    parsed: ql.ParsedQuery = field(default_factory=ql.ParsedQuery)
    message: str = ""
    exact_ids: set = field(default_factory=set)  # ids on this page containing all terms as written


def _day_key(value, newest: bool):
    if value is None:
        return (1, 0, 0)
    ordinal = value.toordinal()
    secs = value.hour * 3600 + value.minute * 60 + value.second
    return (0, -ordinal if newest else ordinal, secs)


def _facets(reader, docset) -> dict:
    out = {}
    for fname in FACET_FIELDS:
        counts = []
        if docset and fname in reader.indexed_field_names():
            for term in reader.field_terms(fname):
                n = sum(1 for d in reader.postings(fname, term).all_ids() if d in docset)
                if n:
                    counts.append((term, n))
        counts.sort(key=lambda x: (-x[1], x[0]))
        out[fname] = counts[:FACET_LIMITS[fname]]
    years = {}
    if docset:
        col = reader.column_reader("published")
        for d in docset:
            v = col[d]
            if v is not None:
                years[v.year] = years.get(v.year, 0) + 1
    out["year"] = sorted(years.items(), reverse=True)
    return out


def _ordered(searcher, pq, docset, sort):
    reader = searcher.reader()
    if not docset:
        return [], set()
    exact = set(searcher.docs_for_query(ql.exact_query(pq))) & docset if not pq.empty else docset
    if sort != "relevance" or pq.empty:
        col = reader.column_reader("published")
        newest = sort != "oldest"
        return sorted(docset, key=lambda d: (_day_key(col[d], newest), d)), exact
    title_hits = {}
    for group in pq.groups:
        q = wq.Or([ql.term_query(t, exact_only=True, fieldname="title_grams") for t in group])
        for d in searcher.docs_for_query(q):
            title_hits[d] = title_hits.get(d, 0) + 1
    scores = {}
    res = searcher.search(ql.scoring_query(pq), filter=docset, limit=None)
    for hit_score, d in res.top_n:
        scores[d] = hit_score
    return sorted(
        docset,
        key=lambda d: (d not in exact, -title_hits.get(d, 0), -scores.get(d, 0.0), d),
    ), exact


def run(q: str, filters: Filters | None = None, sort: str = "relevance", *, offset: int = 0,
        limit: int | None = 20, facets: bool = True) -> Result:
    """Search. `limit=None` returns every matching id (export)."""
    filters = filters or Filters()
    if sort not in SORTS:
        sort = "relevance"
    pq = ql.parse(q)
    result = Result(parsed=pq, message=pq.message)
    if pq.empty and not filters.active:
        if not result.message and (q or "").strip():
            result.message = "检索式中没有可检索的字符。"
        return result
    base = ql.match_query(pq) if not pq.empty else wq.Every()
    fq = filters.query()
    if fq is not None:
        base = wq.And([base, fq])
    ix = open_index()
    with ix.searcher() as searcher:
        docset = set(searcher.docs_for_query(base))
        result.count = len(docset)
        order, exact = _ordered(searcher, pq, docset, sort)
        page = order[offset:] if limit is None else order[offset:offset + limit]
        for d in page:
            pk = int(searcher.stored_fields(d)["django_id"])
            result.ids.append(pk)
            if d in exact:
                result.exact_ids.add(pk)
        if facets:
            result.facets = _facets(searcher.reader(), docset)
    return result

