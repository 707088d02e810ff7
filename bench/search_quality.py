"""Search quality: recall and top-10 precision of our search against the stock jieba recipe.

    .venv/bin/python bench/search_quality.py [--limit-pages 60 | --all-pages] [--queries 300]

Pages come from /work/shared/tools/make_pages.py (People's Daily, January 1998, with ground
truth). Their expected items are indexed without a database, through the same document builder,
analyzers and schema as the real index (search_indexes.document, haystack's build_schema), and
queried through the real query path (search.engine.run). The stock recipe is what the haystack
docs suggest for Chinese: one TEXT field with jieba.analyse.ChineseAnalyzer, queries built by
haystack's WhooshSearchQuery from an AutoQuery and parsed by Whoosh's QueryParser, as haystack's
Whoosh backend does.

Queries: random substrings (2-8 characters, random offsets) of the article texts, plus every
credited name and every gazetteer place name that occurs. A result "contains the query" when the
normalised query string is a substring of one of its texts (title, a paragraph, the caption, a
credited name), whitespace ignored; that set is the ground truth for recall.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_MAKE_PAGES = ROOT.parent / "shared" / "tools" / "make_pages.py"
NAME = re.compile(r"(\d{4}-\d{2}-\d{2})_(\d+)\.expected\.json$")


def load_pages(out_dir: Path):
    """[(pk, item, date, number)] from make_pages' expected JSON files."""
    rows = []
    for f in sorted(out_dir.glob("*.expected.json")):
        m = NAME.search(f.name)
        date, number = dt.date.fromisoformat(m.group(1)), int(m.group(2))
        for item in json.loads(f.read_text(encoding="utf-8"))["items"]:
            rows.append((len(rows) + 1, item, date, number))
    return rows


def texts_of(item):
    yield item.get("title") or ""
    yield from (item.get("paragraphs") or [])
    yield item.get("caption") or ""
    for c in item.get("credits", []):
        yield c["name"]


def build_ours(rows):
    from search import analysis
    from search.indexing import with_ids, write
    from search.search_indexes import document

    analysis.add_words({c["name"] for _, item, _, _ in rows for c in item.get("credits", [])})
    docs = []
    for pk, item, date, number in rows:
        body = item.get("caption") if item["kind"] == "photo" else "\n".join(
            item.get("paragraphs") or [])
        docs.append(with_ids(pk, document(
            pk=pk, title=item.get("title", ""), kind=item["kind"], body=body,
            credits=[(c["name"], c["role"]) for c in item.get("credits", [])],
            region_codes=[], date=date, number=number, page_name="", order=pk)))
    write(docs, clear=True)


def build_stock(rows, path):
    from jieba.analyse import ChineseAnalyzer
    from whoosh import index
    from whoosh.fields import ID, TEXT, Schema

    schema = Schema(id=ID(stored=True, unique=True), text=TEXT(analyzer=ChineseAnalyzer()))
    ix = index.create_in(path, schema)
    w = ix.writer(limitmb=256)
    for pk, item, _, _ in rows:
        w.add_document(id=str(pk), text="\n".join(t for t in texts_of(item) if t))
    w.commit()
    return ix


def stock_search(ix, q):
    """haystack's AutoQuery -> query string -> Whoosh QueryParser (as WhooshSearchBackend)."""
    from haystack.backends.whoosh_backend import WhooshSearchQuery
    from haystack.inputs import AutoQuery
    from haystack.query import SQ
    from whoosh.qparser import FuzzyTermPlugin, QueryParser

    sq = WhooshSearchQuery(using="default")
    sq.add_filter(SQ(content=AutoQuery(q)))
    parser = QueryParser("text", schema=ix.schema)
    parser.add_plugins([FuzzyTermPlugin])
    parsed = parser.parse(sq.build_query())
    with ix.searcher() as s:
        return [int(h["id"]) for h in s.search(parsed, limit=None)]


def draw_queries(rows, n, seed):
    from search import analysis

    rng = random.Random(seed)
    out = []
    while len(out) < n:
        _, item, _, _ = rng.choice(rows)
        texts = [t for t in texts_of(item) if len(t) >= 8]
        if not texts:
            continue
        chars = "".join(c for c in rng.choice(texts) if not analysis.is_ignorable(c))
        k = rng.randint(2, 8)
        if len(chars) < k:
            continue
        start = rng.randrange(0, len(chars) - k + 1)
        q = chars[start:start + k]
        if usable(q):
            out.append(("substring", q))
    names = sorted({c["name"] for _, item, _, _ in rows for c in item.get("credits", [])})
    rng.shuffle(names)
    out += [("name", q) for q in names[:50] if usable(q) and len(q) >= 2]
    try:
        from articles.regions import all_names
        places = all_names()
    except Exception:
        places = []
    blob = "\n".join(t for _, item, _, _ in rows for t in texts_of(item))
    out += [("place", p) for p in places if len(p) >= 2 and p in blob][:50]
    return out


def usable(q):
    return '"' not in q and "＂" not in q and q[0] not in "-－−+" and q not in ("OR", "AND")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--make-pages", default=str(DEFAULT_MAKE_PAGES))
    ap.add_argument("--limit-pages", type=int, default=60)
    ap.add_argument("--all-pages", action="store_true", help="all 278 pages of the corpus")
    ap.add_argument("--queries", type=int, default=300, help="random substring queries")
    ap.add_argument("--seed", type=int, default=1998)
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="search-quality-"))
    os.environ["INDEX_PATH"] = str(tmp / "ours")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    from search import analysis, engine

    pages = tmp / "pages"
    cmd = [sys.executable, args.make_pages, str(pages), "--seed", str(args.seed)]
    if not args.all_pages:
        cmd += ["--limit-pages", str(args.limit_pages)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    rows = load_pages(pages)
    n_pages = len(list(pages.glob("*.expected.json")))

    t0 = time.perf_counter()
    build_ours(rows)
    (tmp / "stock").mkdir()
    stock_ix = build_stock(rows, str(tmp / "stock"))
    print(f"indexed {len(rows)} items from {n_pages} pages in {time.perf_counter() - t0:.0f}s",
          file=sys.stderr)

    norm_texts = {pk: [analysis.query_chars(t) for t in texts_of(item) if t]
                  for pk, item, _, _ in rows}
    queries = draw_queries(rows, args.queries, args.seed)

    methods = {
        "stock, unquoted": lambda q: stock_search(stock_ix, q),
        "stock, quoted": lambda q: stock_search(stock_ix, f'"{q}"'),
        "ours, unquoted": lambda q: engine.run(q, limit=None, facets=False).ids,
        "ours, quoted": lambda q: engine.run(f'"{q}"', limit=None, facets=False).ids,
    }
    stats = {m: {"rel": 0, "found": 0, "full": 0, "top": 0, "top_ok": 0, "n": 0, "tiered": 0}
             for m in methods}
    by_kind = {}
    for kind, q in queries:
        nq = analysis.query_chars(q)
        relevant = {pk for pk, ts in norm_texts.items() if any(nq in t for t in ts)}
        if not relevant:
            continue
        for m, fn in methods.items():
            got = fn(q)
            s = stats[m]
            s["n"] += 1
            found = len(relevant & set(got))
            s["rel"] += len(relevant)
            s["found"] += found
            s["full"] += found == len(relevant)
            top = got[:10]
            s["top"] += len(top)
            s["top_ok"] += sum(1 for pk in top if pk in relevant)
            flags = [pk in relevant for pk in got]
            s["tiered"] += flags == sorted(flags, reverse=True)  # every containing result first
            k = by_kind.setdefault((m, kind), {"rel": 0, "found": 0})
            k["rel"] += len(relevant)
            k["found"] += found

    def pct(a, b):
        return f"{100 * a / b:.1f} %" if b else "n/a"

    kinds = sorted({k for k, _ in queries})
    cols = list(methods)
    print()
    print(f"Command: `.venv/bin/python bench/search_quality.py "
          f"{'--all-pages' if args.all_pages else f'--limit-pages {args.limit_pages}'} "
          f"--queries {args.queries} --seed {args.seed}`  ")
    print(f"{n_pages} pages, {len(rows)} items, {stats[cols[0]]['n']} queries "
          f"({', '.join(f'{sum(1 for kk, _ in queries if kk == k)} {k}' for k in kinds)}).")
    print()
    print("| metric | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    print("| recall (relevant articles found) | "
          + " | ".join(pct(stats[m]["found"], stats[m]["rel"]) for m in cols) + " |")
    print("| queries with full recall | "
          + " | ".join(pct(stats[m]["full"], stats[m]["n"]) for m in cols) + " |")
    for k in kinds:
        print(f"| recall, {k} queries | " + " | ".join(
            pct(by_kind.get((m, k), {}).get("found", 0), by_kind.get((m, k), {}).get("rel", 0))
            for m in cols) + " |")
    print("| top-10 results containing the query | "
          + " | ".join(pct(stats[m]["top_ok"], stats[m]["top"]) for m in cols) + " |")
    print("| queries whose containing results all rank first | "
          + " | ".join(pct(stats[m]["tiered"], stats[m]["n"]) for m in cols) + " |")
    print()


if __name__ == "__main__":
    main()
