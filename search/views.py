"""Search results as HTML, JSON and CSV: one request format (search/params.py), one engine."""
from __future__ import annotations

import csv

from django.http import JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from articles.models import Region

from . import engine, indexing
from .params import KINDS, BadParams, parse
from .results import decorate as _decorate
from .results import load_articles

EXPORT_CHUNK = 200


def _region_names(codes):
    return dict(Region.objects.filter(code__in=list(codes)).values_list("code", "name"))


def facets_json(facets):
    names = _region_names(v for v, _ in facets.get("regions", []))
    return {
        "kind": [{"value": v, "label": KINDS.get(v, v), "count": n}
                 for v, n in facets.get("kind", [])],
        "reporter": [{"value": v, "count": n} for v, n in facets.get("reporters", [])],
        "region": [{"value": v, "label": names.get(v, v), "count": n}
                   for v, n in facets.get("regions", [])],
        "page_name": [{"value": v, "count": n} for v, n in facets.get("page_name", [])],
        "year": [{"value": v, "count": n} for v, n in facets.get("year", [])],
    }


def _execute(params, **kw):
    indexing.ensure_dictionary()
    return engine.run(params.q, params.filters, params.sort, offset=params.offset,
                      limit=params.page_size, **kw)


@require_GET
def search(request):
    """The results page. Any input renders a page: bad parameters become a message."""
    ctx = {"q": request.GET.get("q", ""), "kinds": KINDS.items(), "error": ""}
    try:
        params = parse(request.GET)
    except BadParams as exc:
        ctx["error"] = str(exc)
        return render(request, "search/search.html", ctx, status=400)
    result = _execute(params)
    articles = _decorate(load_articles(result.ids), result)
    facets = facets_json(result.facets) if result.facets else {}
    for key, param in (("kind", "kind"), ("reporter", "reporter"), ("region", "region"),
                       ("page_name", "page_name")):
        for f in facets.get(key, []):
            value = str(f["value"])
            f["active"] = (param, value) in params.raw
            f["url"] = params.url(drop=[(param, value)]) if f["active"] else params.url(
                add=[(param, value)])
    for f in facets.get("year", []):
        f["url"] = params.url(drop=["from", "to"], add=[("from", f"{f['value']}-01-01"),
                                                         ("to", f"{f['value']}-12-31")])
    active = []
    labels = {"reporter": "记者", "region": "地区", "kind": "类型", "page_name": "版面",
              "from": "起", "to": "止"}
    for k, v in params.raw:
        if k in labels:
            shown = params.region_labels.get(v, v) if k == "region" else KINDS.get(v, v) \
                if k == "kind" else v
            active.append({"label": labels[k], "value": shown, "url": params.url(drop=[(k, v)])})
    pages = max(1, -(-result.count // params.page_size))
    ctx.update({
        "params": params, "result": result, "articles": articles, "facets": facets,
        "active": active, "message": result.message,
        "prev_url": params.url(page=params.page - 1) if params.page > 1 else "",
        "next_url": params.url(page=params.page + 1) if params.page < pages else "",
        "pages": pages, "export_url": params.url(),
        "sort_urls": [(s, label, params.url(drop=["sort"], add=[("sort", s)]), s == params.sort)
                      for s, label in (("relevance", "相关度"), ("newest", "最新"),
                                       ("oldest", "最早"))],
        "date_from": request.GET.get("from", ""), "date_to": request.GET.get("to", ""),
        "hidden": [(k, v) for k, v in params.raw if k not in ("q", "from", "to", "sort", "kind")],
        "kind_selected": params.filters.kinds[0] if params.filters.kinds else "",
        "searched": bool(params.q.strip()) or params.filters.active,
    })
    return render(request, "search/search.html", ctx)


def article_json(a):
    page = a.page
    return {
        "id": a.pk,
        "url": a.get_absolute_url(),
        "title": a.title,
        "title_html": str(a.title_html) if a.title_html else None,
        "kind": a.kind,
        "date": page.date.isoformat(),
        "page": page.number,
        "page_name": page.name,
        "credits": [{"name": c.reporter.name, "role": c.role} for c in a.credits.all()],
        "regions": [{"code": r.code, "name": r.name} for r in a.regions.all()],
        "snippet": str(a.snippet_html),
        "exact": a.exact,
    }


def _json(data, status=200):
    """JSON with Chinese left readable (not \\u-escaped)."""
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


@require_GET
def api(request):
    """GET /api/search: results and facets as JSON; bad parameters are a 400 with a message."""
    try:
        params = parse(request.GET)
    except BadParams as exc:
        return _json({"error": str(exc)}, status=400)
    result = _execute(params)
    articles = _decorate(load_articles(result.ids), result)
    data = {
        "count": result.count,
        "page": params.page,
        "page_size": params.page_size,
        "sort": params.sort,
        "results": [article_json(a) for a in articles],
        "facets": facets_json(result.facets) if result.facets else {},
    }
    if result.message:
        data["message"] = result.message
    return _json(data)


class _Echo:
    def write(self, value):
        return value


def _cell(value):
    """Keep Excel from reading a cell as a formula (CSV injection)."""
    value = "" if value is None else str(value)
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


EXPORT_COLUMNS = ["id", "date", "page", "page_name", "kind", "title", "credits", "regions",
                  "url", "text"]


@require_GET
def export(request):
    """Every row matching the query as CSV, streamed; UTF-8 with BOM so Excel reads Chinese."""
    try:
        params = parse(request.GET)
    except BadParams as exc:
        return _json({"error": str(exc)}, status=400)
    result = engine.run(params.q, params.filters, params.sort, limit=None, facets=False)
    writer = csv.writer(_Echo())
    base = request.build_absolute_uri("/")[:-1]

    def rows():
        yield "\ufeff" + writer.writerow(EXPORT_COLUMNS)
        for start in range(0, len(result.ids), EXPORT_CHUNK):
            for a in load_articles(result.ids[start:start + EXPORT_CHUNK]):
                yield writer.writerow([_cell(v) for v in (
                    a.pk, a.page.date.isoformat(), a.page.number, a.page.name, a.kind, a.title,
                    "; ".join(f"{c.reporter.name}（{c.role}）" for c in a.credits.all()),
                    "; ".join(r.name for r in a.regions.all()),
                    base + a.get_absolute_url(), a.body)])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="search.csv"'
    return response
