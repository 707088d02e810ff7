#!/usr/bin/env python
"""How close the reflow's wrong paragraphs are to being right.

    python bench/reflow_margin.py DIR [DIR...] [--list] [--column]

For every body the parser cuts out of a page whose text is exactly one
expected item's (so only the paragraph breaks can be wrong), it prices the
expected paragraphs with the reflow's own costs (articles/reflow.py, _solve
with `forced`) and compares them with the labelling the reflow chose.  The
difference is the margin, in the reflow's log-odds: a wrong body with a small
margin is a coin the text and the widths leave nearly even (a short sign-off
after a line that fills its column, inline or on its own), one with a large
margin is a kind of text the costs do not know (a form, a table, verse).  A
negative margin would mean the search missed a cheaper labelling.

With --column it also asks whether the column width is what the wrong
bodies lack: each is solved again in the one column that prices its expected
paragraphs cheapest (the column those paragraphs were set in, as far as the
lines tell), and it counts the bodies that come out right.  Few would mean
the widths are read well and the text decides what stays wrong.

Bodies are priced with the page's quote setting and the ordinary overrun
price, also on the few pages the reflow solves on a tight grid.  Bodies
whose item boundaries are wrong are counted apart: parse_accuracy.py shows
those.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles import parsing, reflow  # noqa: E402
from bench.parse_accuracy import norm  # noqa: E402  (compared as parse_accuracy compares)

BINS = ((0.5, "under 0.5"), (1.5, "0.5 to 1.5"), (float("inf"), "1.5 or more"))


def openings(lines, paragraphs):
    """1 where a line opens one of `paragraphs`, else 0; None if a paragraph
    starts inside a line."""
    starts, n = set(), 0
    for p in paragraphs[:-1]:
        n += len(p)
        starts.add(n)
    out, n = [], 0
    for ln in lines:
        out.append(1 if n == 0 or n in starts else 0)
        starts.discard(n)
        n += len(norm(ln))
    return None if starts else out


def expected_column(lines, blank_after, half, want):
    """The candidate column that prices the expected paragraphs cheapest."""
    cols = reflow.candidate_columns(max(reflow.width(ln, half) - reflow.squeeze(ln) for ln in lines))
    return min(cols, key=lambda c: reflow._solve(lines, blank_after, half, forced=want, columns=[c])[0])


def page_margins(path, column=False):
    """[(margin, first differing line, right in the expected column or None)]
    for the page's bodies with wrong paragraphs, and how many bodies matched
    an expected item."""
    expected = json.loads(path.with_name(path.name[: -len(".txt")] + ".expected.json").read_text(encoding="utf-8"))
    truth = {}
    for it in expected["items"]:
        if it.get("paragraphs"):
            ps = [norm(p) for p in it["paragraphs"]]
            truth["".join(ps)] = ps
    text, _ = parsing.decode_dump(path.read_bytes(), path.name)
    units = parsing._units(parsing._blocks(text))
    spans = parsing.body_spans(parsing._plan(units)).values()
    half, flat, starts = reflow._page([[units[u].lines for u in range(*sp)] for sp in spans])
    out, matched = [], 0
    for (lines, blank_after), chosen in zip(flat, starts):
        ps = truth.get(norm("".join(lines))) if lines else None
        if ps is None:
            continue
        matched += 1
        want = openings(lines, ps)
        got = [1 if k in chosen else 0 for k in range(len(lines))]
        if want is None or want == got:
            continue
        right = reflow._solve(lines, blank_after, half, forced=want)[0]
        wrong = reflow._solve(lines, blank_after, half, forced=got)[0]
        line = next(ln for ln, a, b in zip(lines, want, got) if a != b)
        fixed = None
        if column:
            col = expected_column(lines, blank_after, half, want)
            starts = reflow._solve(lines, blank_after, half, columns=[col])[1]
            fixed = [1 if k in starts else 0 for k in range(len(lines))] == want
        out.append((right - wrong, line, fixed))
    return out, matched


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--list", action="store_true", help="print each wrong body's margin and first differing line")
    ap.add_argument("--column", action="store_true", help="solve each wrong body again in its expected paragraphs' column")
    args = ap.parse_args(argv)
    for d in args.dirs:
        margins, matched = [], 0
        for path in sorted(Path(d).glob("*.txt")):
            found, m = page_margins(path, args.column)
            matched += m
            margins += [(x, path.name, line, fixed) for x, line, fixed in found]
        counts = Counter(next(label for top, label in BINS if x < top) if x >= 0 else "negative"
                         for x, _, _, _ in margins)
        print("%s: %d bodies with the expected text, %d with wrong paragraphs; margin %s" % (
            d, matched, len(margins),
            ", ".join("%s: %d" % (label, counts[label]) for label in ["negative"] + [b[1] for b in BINS])))
        if args.column:
            print("  in the expected paragraphs' column: %d of the %d right" % (
                sum(1 for m in margins if m[3]), len(margins)))
        if args.list:
            for x, name, line, fixed in sorted(margins):
                print("  %6.2f  %s  %s%s" % (x, name, line, "  (right in its column)" if fixed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
