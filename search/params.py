"""GET parameters -> a search request, shared by the HTML page, the JSON API and the export.

Every search state is a URL: the same parameters mean the same thing in all three.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from .engine import SORTS, Filters

KINDS = {"article": "文章", "commentary": "评论", "photo": "图片"}
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: parameters that define the search (kept when paging, changed when filtering)
KEYS = ("q", "reporter", "region", "kind", "page_name", "from", "to", "sort")


class BadParams(ValueError):
    """A parameter we cannot use; the message says which and why."""


@dataclass
class SearchParams:
    q: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: str = "relevance"
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    raw: list = field(default_factory=list)  # [(key, value)] as given, for URLs
    region_labels: dict = field(default_factory=dict)  # code -> name

    @property
    def offset(self):
        return (self.page - 1) * self.page_size

    def url(self, *, drop=(), add=(), page=None) -> str:
        """Query string for this state; `drop` holds keys or (key, value) pairs."""
        items = [(k, v) for k, v in self.raw if k not in drop and (k, v) not in drop]
        for kv in add:
            if kv not in items:
                items.append(kv)
        if page and page > 1:
            items.append(("page", str(page)))
        return "?" + urlencode(items)


def _date(value, name):
    value = value.strip()
    if not value:
        return None
    if not _DATE.match(value):
        raise BadParams(f"{name}: 日期格式应为 YYYY-MM-DD (got {value[:20]!r})")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadParams(f"{name}: 无效日期 {value!r}") from None


def _int(value, name, default):
    value = (value or "").strip()
    if not value:
        return default
    if not value.isdigit() or len(value) > 9 or int(value) < 1:
        raise BadParams(f"{name}: 应为正整数 (got {value[:20]!r})")
    return int(value)


def resolve_region(value: str) -> tuple[str, str]:
    """A region code or name (full or short) -> (code, name)."""
    from articles.models import Region

    value = value.strip()
    region = Region.objects.filter(code=value).first() or Region.objects.filter(
        name=value).first()
    if region:
        return region.code, region.name
    try:
        from articles import regions as gaz

        units = {d["code"]: d["name"] for d in gaz.divisions()}
        if value in units:
            return value, units[value]
        for code, name in units.items():
            if name == value:
                return code, name
        names = gaz._tables()[1]
        if value in names:
            code = names[value][0]
            return code, units.get(code, value)
    except Exception:  # gazetteer unavailable: only the database counts
        pass
    raise BadParams(f"region: 未知地区 {value[:40]!r}")


def parse(get) -> SearchParams:
    """Validate a QueryDict (request.GET). Raises BadParams."""
    p = SearchParams()
    p.raw = [(k, v.strip()) for k in KEYS for v in get.getlist(k) if v.strip()]
    p.q = get.get("q", "")
    p.filters.reporters = [v.strip() for v in get.getlist("reporter") if v.strip()]
    for v in get.getlist("region"):
        v = v.strip()
        if v:
            code, name = resolve_region(v)
            p.filters.regions.append(code)
            p.region_labels[code] = name
            p.raw = [(k, code if (k, x) == ("region", v) else x) for k, x in p.raw]
    for v in get.getlist("kind"):
        if not v.strip():
            continue
        if v.strip() not in KINDS:
            raise BadParams(f"kind: 应为 {', '.join(KINDS)} 之一 (got {v[:20]!r})")
        p.filters.kinds.append(v.strip())
    p.filters.page_names = [v.strip() for v in get.getlist("page_name") if v.strip()]
    p.filters.date_from = _date(get.get("from", ""), "from")
    p.filters.date_to = _date(get.get("to", ""), "to")
    if p.filters.date_from and p.filters.date_to and p.filters.date_from > p.filters.date_to:
        raise BadParams("from 晚于 to：日期范围为空")
    sort = get.get("sort", "").strip()
    if sort and sort not in SORTS:
        raise BadParams(f"sort: 应为 {', '.join(SORTS)} 之一 (got {sort[:20]!r})")
    p.sort = sort or ("relevance" if p.q.strip() else "newest")
    p.page = _int(get.get("page"), "page", 1)
    p.page_size = min(_int(get.get("page_size"), "page_size", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
    return p
