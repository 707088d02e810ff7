#!/usr/bin/env python
"""Accuracy of the page-dump parser against pages with known structure.

    python bench/parse_accuracy.py DIR [DIR...] [--label NAME] [--markdown] [--worst N]

DIR holds dumps `X.txt` with ground truth `X.expected.json` (as written by
make_pages.py, or articles/sample/).  Each dump goes through
articles.parsing.parse_page and page_to_json in-process: the same result as
`manage.py parse_page --json`.  Items are matched in dump order (a sequence
alignment on their text, so one missing item does not shift all the others);
unmatched expected items count as missing, unmatched parsed items as extra.

Per field it prints the share of expected items exactly right (title, credits,
paragraphs for articles and commentaries, caption for photos), compared as the
expected files say: whitespace removed, U+22EF (⋯) read as U+2026 (…).  It also
prints the share of the expected text's Han characters found in the output
(multiset), and a markdown table row to paste in the README.

Generate pages with:
    python ../shared/tools/make_pages.py /tmp/pages_seed --layout seed --seed 1
    python bench/parse_accuracy.py /tmp/pages_seed
"""

import argparse
import difflib
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles.parsing import ParseError, parse_page, page_to_json  # noqa: E402

HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def norm(s):
    return "".join((s or "").split()).replace("⋯", "…")


def key(item):
    body = item.get("caption") or "".join(item.get("paragraphs") or [])
    return item["kind"][0] + norm(body)[:16]


def item_text(item):
    parts = [item.get("title", ""), item.get("caption", "")] + list(item.get("paragraphs") or [])
    parts += [c["name"] for c in item.get("credits", [])]
    return "".join(parts)


def pair_items(e_items, g_items):
    """{expected index: parsed index}, aligned in dump order."""
    sm = difflib.SequenceMatcher(None, [key(x) for x in e_items], [key(x) for x in g_items], autojunk=False)
    pairs = {}
    for a, b, size in sm.get_matching_blocks():
        for k in range(size):
            pairs[a + k] = b + k
    # fill gaps positionally when both sides have the same number of items there
    for tag, a0, a1, b0, b1 in sm.get_opcodes():
        if tag == "replace" and a1 - a0 == b1 - b0:
            for k in range(a1 - a0):
                pairs[a0 + k] = b0 + k
    return pairs


def compare_page(expected, got):
    """Counts for one page."""
    c = Counter()
    e_items, g_items = expected["items"], got["items"]
    pairs = pair_items(e_items, g_items)
    c["items"] += len(e_items)
    c["missing"] += len(e_items) - len(pairs)
    c["extra"] += len(g_items) - len(pairs)
    for ei, e in enumerate(e_items):
        g = g_items[pairs[ei]] if ei in pairs else None
        c["title_n"] += 1
        c["credits_n"] += 1
        if g is not None and norm(g["title"]) == norm(e["title"]) and g["kind"] == e["kind"]:
            c["title_ok"] += 1
        if g is not None and g["credits"] == e["credits"]:
            c["credits_ok"] += 1
        if e["kind"] == "photo":
            c["caption_n"] += 1
            if g is not None and norm(g.get("caption")) == norm(e["caption"]):
                c["caption_ok"] += 1
        else:
            c["paragraphs_n"] += 1
            if g is not None and [norm(p) for p in g.get("paragraphs", [])] == [norm(p) for p in e["paragraphs"]]:
                c["paragraphs_ok"] += 1
    exp_han = Counter(HAN_RE.findall("".join(item_text(x) for x in e_items)))
    got_han = Counter(HAN_RE.findall("".join(item_text(x) for x in g_items)))
    c["han_n"] += sum(exp_han.values())
    c["han_ok"] += sum((exp_han & got_han).values())
    return c


def run(dirs, worst=0):
    total = Counter()
    errors = []
    per_page = []
    for d in dirs:
        for exp_path in sorted(Path(d).glob("*.expected.json")):
            txt = exp_path.with_name(exp_path.name[: -len(".expected.json")] + ".txt")
            expected = json.loads(exp_path.read_text(encoding="utf-8"))
            try:
                page = parse_page(txt.read_bytes(), txt.name)
                got = page_to_json(page, txt.name)
            except ParseError as e:
                errors.append(str(e))
                got = {"items": []}
            c = compare_page(expected, got)
            c["pages"] += 1
            total += c
            bad = (c["title_n"] - c["title_ok"]) + (c["credits_n"] - c["credits_ok"]) + \
                  (c["paragraphs_n"] - c["paragraphs_ok"]) + (c["caption_n"] - c["caption_ok"])
            per_page.append((bad, str(txt)))
    for e in errors:
        print("error:", e, file=sys.stderr)
    if worst:
        for bad, name in sorted(per_page, reverse=True)[:worst]:
            print("  %3d wrong fields  %s" % (bad, name))
    return total


def share(c, f):
    n = c[f + "_n"]
    return 100.0 * c[f + "_ok"] / n if n else 100.0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--label", default=None, help="row label for the markdown table")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with most wrong fields")
    args = ap.parse_args(argv)
    c = run(args.dirs, args.worst)
    label = args.label or ", ".join(os.path.basename(os.path.normpath(d)) for d in args.dirs)
    print("pages %d, expected items %d (missing %d, extra %d)" % (c["pages"], c["items"], c["missing"], c["extra"]))
    for f in ("title", "credits", "paragraphs", "caption", "han"):
        name = "characters kept" if f == "han" else f
        print("%-16s %6.2f %%  (%d / %d)" % (name, share(c, f), c[f + "_ok"], c[f + "_n"]))
    print()
    print("| pages | items | titles | credits | paragraphs | captions | Han chars kept | missing / extra items |")
    print("|---|---|---|---|---|---|---|---|")
    print("| %s: %d | %d | %.2f %% | %.2f %% | %.2f %% | %.2f %% | %.3f %% | %d / %d |" % (
        label, c["pages"], c["items"], share(c, "title"), share(c, "credits"), share(c, "paragraphs"),
        share(c, "caption"), share(c, "han"), c["missing"], c["extra"]))
    print()
    print("command: python bench/parse_accuracy.py %s" % " ".join(args.dirs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
