#!/usr/bin/env python
"""Which wrong paragraphs could the dumps have told apart?

    python bench/paragraph_ceiling.py [--layout L] [--seed N] [--gb18030 F]
                                      [--limit-pages N] [--make-pages PATH] [--list]
    python bench/paragraph_ceiling.py --signoffs

make_pages.py draws each article's column width and wraps its paragraphs to
it; the dump keeps only the lines.  This runs make_pages.py in-process (PATH,
default ../shared/tools/make_pages.py) with its `wrap` watched, so that each
expected article also carries the column it was set in and the lines its
paragraphs were wrapped to, parses every page as parse_accuracy.py does, and
sorts each article whose paragraphs come out wrong:

- boundary: the parser's item has other text (a headline, a neighbour's text,
  or part of its own is elsewhere);
- missing: no parsed item matches it;
- layout: the right text, and the parser's paragraphs break the typesetting at
  the true column (a line past its column after squeezing, or a line that runs
  on though the next unit had room): the widths alone could have told;
- ambiguous: the right text, and the parser's paragraphs obey the typesetting
  at the true column as exactly as the expected ones do.  Nothing in the
  widths tells the two readings apart; only the text's odds can.

The ceiling is the share of articles right if every boundary, missing and
layout item were mended and the ambiguous ones stayed wrong.

It also takes every line boundary after a sentence's end where the expected
paragraphs, and the same with that one break flipped, both obey the
typesetting at the true column (a full line ending in a full stop, then a
line that can open a paragraph or end one: a sign-off, a short closing
sentence), and counts how often the parser chose right there, against a baseline
measured on the same boundaries: the commoner reading of each class (how the
line before ends; whether the next line is a sign-off), chosen knowing the
counts.  That says how far the text's odds already carry those choices.

With --signoffs it counts instead, over the corpus's articles as make_pages.py
renders them, the short sign-offs (a bracket alone, under 17 characters, as
reflow.SIGNOFF_RE and LONG_SIGNOFF_LEN read them) after a sentence's end that
stand alone against those written inline, by kind and by length: the odds
the text gives where a full line leaves both readings open.
"""

import argparse
import importlib.util
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles import reflow  # noqa: E402
from articles.parsing import parse_page, page_to_json  # noqa: E402
from bench.parse_accuracy import norm, pair_items  # noqa: E402
from bench.reflow_margin import openings  # noqa: E402

MAKE_PAGES = ROOT.parent / "shared" / "tools" / "make_pages.py"


def set_width(line, cap):
    """The width `line` is set to in `cap` if the typesetter could have set it
    there (one more unit fits after squeezing up to one character of
    punctuation), else None."""
    w, sq = 0.0, 0
    for k, unit in enumerate(reflow.UNIT_RE.findall(line)):
        uw = reflow.width(unit)
        usq = sum(1 for c in unit if c in reflow.SQUEEZABLE)
        if k and w + uw > cap and w + uw - min(1.0, 0.5 * (sq + usq)) > cap:
            return None
        w += uw
        sq += usq
    return w


def typeset(lines, starts, column):
    """Do paragraphs opening at line indexes `starts` obey the typesetting in
    `column`: every line fits (a paragraph's first line two short), and every
    line that runs on had no room for the next line's first unit?"""
    opens = set(starts)
    for k, line in enumerate(lines):
        cap = column - 2.0 if k in opens else column
        w = set_width(line, cap)
        if w is None:
            return False
        if k + 1 < len(lines) and k + 1 not in opens:
            nxt = lines[k + 1]
            room = cap - w - reflow.width(reflow.UNIT_RE.match(nxt).group())
            # a stray space before a figure (等 9个) took its room, then the
            # line's end lost it
            if nxt[:1] in reflow.DIGITS and reflow.HAN_TAIL_RE.search(line):
                room -= 0.5
            if room >= 0:
                return False
    return True


def line_starts(paragraphs, lines):
    """Index of the line each paragraph opens, or None where one opens inside a line."""
    opens = openings(lines, [norm(p) for p in paragraphs])
    return None if opens is None else [k for k, f in enumerate(opens) if f]


def load_make_pages(path):
    spec = importlib.util.spec_from_file_location("make_pages", path)
    mp = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mp)
    return mp


def generate(path, out_dir, argv):
    """Run make_pages.py into `out_dir`; each article's expected item also gets
    `_column` and `_lines` (its paragraphs' wrapped lines)."""
    mp = load_make_pages(path)
    seen = []
    wrap, article = mp.wrap, mp.PageRenderer.article

    def watched_wrap(text, width, rng, *args, **kwargs):
        lines = wrap(text, width, rng, *args, **kwargs)
        seen.append((width, list(lines)))
        return lines

    def watched_article(self, item):
        seen.clear()
        lines, gt = article(self, item)
        gt["_column"] = seen[0][0]
        gt["_lines"] = [ls for _, ls in seen]
        return lines, gt

    mp.wrap = watched_wrap
    mp.PageRenderer.article = watched_article
    mp.main([str(out_dir)] + argv)


SENTENCE_ENDS = ("stop", "quote", "signoff")


def next_class(line):
    """For the baseline's classes, beside how the line before ends: is `line` a sign-off?"""
    return "sign-off" if reflow.SIGNOFF_RE.fullmatch(line.strip()) else "line"


def sort_page(txt, counts, flips, listing):
    expected = json.loads(txt.with_name(txt.stem + ".expected.json").read_text(encoding="utf-8"))
    got = page_to_json(parse_page(txt.read_bytes(), txt.name), txt.name)
    e_items, g_items = expected["items"], got["items"]
    pairs = pair_items(e_items, g_items)
    for ei, e in enumerate(e_items):
        if e["kind"] == "photo":
            continue
        counts["articles"] += 1
        lines = [ln for para in e["_lines"] for ln in para]
        want = line_starts(e["paragraphs"], lines)
        counts["expected fit"] += want is not None and typeset(lines, want, e["_column"])
        g = g_items[pairs[ei]] if ei in pairs else None
        same_text = g is not None and norm("".join(g["paragraphs"])) == norm("".join(e["paragraphs"]))
        chosen = line_starts(g["paragraphs"], lines) if same_text else None
        if same_text and want is not None:
            for b in range(1, len(lines)):
                end = reflow._end_class(lines[b - 1])
                if end not in SENTENCE_ENDS:
                    continue
                flipped = sorted(set(want) ^ {b})
                if typeset(lines, flipped, e["_column"]):
                    right = chosen is not None and (b in chosen) == (b in want)
                    flips[(end, next_class(lines[b]), b in want, right)] += 1
        if g is not None and [norm(p) for p in g["paragraphs"]] == [norm(p) for p in e["paragraphs"]]:
            continue
        if g is None:
            kind = "missing"
        elif not same_text:
            kind = "boundary"
        else:
            kind = "ambiguous" if chosen is not None and typeset(lines, chosen, e["_column"]) else "layout"
        counts[kind] += 1
        if listing:
            got_paras = g["paragraphs"] if g is not None else []
            first = next((i for i, (a, b) in enumerate(zip(e["paragraphs"], got_paras)) if norm(a) != norm(b)), 0)
            print("  %-9s %s  %s  column %.1f  at %s" % (kind, txt.name, e["title"], e["_column"],
                                                       norm(e["paragraphs"][first])[:24]))


def report(counts, flips):
    n = counts["articles"]
    kinds = ("boundary", "missing", "layout", "ambiguous")
    wrong = sum(counts[k] for k in kinds)
    print("articles %d, paragraphs right %.2f %% (%d wrong: %s)" % (
        n, 100.0 * (n - wrong) / n, wrong, ", ".join("%s %d" % (k, counts[k]) for k in kinds)))
    print("expected paragraphs that fit their column by these rules: %d of %d" % (counts["expected fit"], n))
    print("ceiling, every boundary, missing and layout item mended: %.2f %%" % (100.0 * (n - counts["ambiguous"]) / n))
    total = sum(flips.values())
    right = sum(v for (_, _, _, ok), v in flips.items() if ok)
    classes = Counter()
    for (end, nxt, brk, _), v in flips.items():
        classes[(end, nxt, brk)] += v
    majority = sum(max(classes[(end, nxt, True)], classes[(end, nxt, False)])
                   for end, nxt in {(e, x) for e, x, _ in classes})
    if total:
        print("boundaries after a sentence's end that both readings fit: %d; the parser right at %d (%.1f %%), the commoner reading"
              " of each class at %d (%.1f %%): %.2f x the baseline's errors" % (
                  total, right, 100.0 * right / total, majority, 100.0 * majority / total,
                  (total - right) / max(1, total - majority)))


SIGNOFF_END_RE = re.compile(reflow.SIGNOFF_RE.pattern + "$")


def signoff_kind(s):
    return "photo credit" if s.endswith("摄）") else "dateline" if s.endswith("电）") else "other"


def signoff_counts(path):
    """Counter of (feature, value, alone?) over the rendered corpus's articles."""
    mp = load_make_pages(path)
    pages, _ = mp.build_pages(mp.read_corpus(mp.DEFAULT_CORPUS), False)
    c = Counter()
    for _, _, groups in pages:
        for group in groups:
            if group[0]["kind"] != "article":
                continue
            paras = group[0]["paragraphs"]
            for k, p in enumerate(paras):
                m = SIGNOFF_END_RE.search(p)
                if not m or len(m.group()) >= reflow.LONG_SIGNOFF_LEN:
                    continue
                before = p[:m.start()] or (paras[k - 1] if k else "")
                if not before or before[-1] not in "。！？”":
                    continue
                alone = not p[:m.start()]
                c[("all", "", alone)] += 1
                c[("kind", signoff_kind(m.group()), alone)] += 1
                c[("length", "%d-%d" % (len(m.group()) // 3 * 3, len(m.group()) // 3 * 3 + 2), alone)] += 1
    return c


def print_signoffs(c):
    for feature, value in sorted({(f, v) for f, v, _ in c}):
        print("%-7s %-13s alone %4d, inline %4d" % (feature, value, c[(feature, value, True)], c[(feature, value, False)]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--layout", default="seed", choices=("seed", "headline-first", "mixed"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--gb18030", type=float, default=0.0)
    ap.add_argument("--limit-pages", type=int, default=None)
    ap.add_argument("--make-pages", default=str(MAKE_PAGES), help="path of make_pages.py")
    ap.add_argument("--list", action="store_true", help="name each wrong item and its kind")
    ap.add_argument("--signoffs", action="store_true", help="count lone and inline sign-offs in the corpus")
    args = ap.parse_args(argv)
    if args.signoffs:
        print_signoffs(signoff_counts(args.make_pages))
        return 0
    gen = ["--layout", args.layout, "--seed", str(args.seed), "--gb18030", str(args.gb18030)]
    if args.limit_pages is not None:
        gen += ["--limit-pages", str(args.limit_pages)]
    counts, flips = Counter(), Counter()
    with tempfile.TemporaryDirectory() as out:
        generate(args.make_pages, out, gen)
        for txt in sorted(Path(out).glob("*.txt")):
            sort_page(txt, counts, flips, args.list)
    print("layout %s, seed %d%s:" % (args.layout, args.seed, ", --gb18030 %s" % args.gb18030 if args.gb18030 else ""))
    report(counts, flips)
    return 0


if __name__ == "__main__":
    sys.exit(main())
