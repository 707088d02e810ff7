#!/usr/bin/env python
"""Where parsing.py's COHESION costs come from: how many character bigrams
the text on either side of a break shares, inside one article and from one
article to the next.

    python bench/cohesion_odds.py DIR [DIR...]

DIR holds `X.expected.json` files as make_pages.py writes them (any seed and
layout: the text is the corpus's).  For every paragraph break inside an
article ("same") and every break from one article to the next on its page
("next"), it takes up to COHESION_SPAN Han characters on either side, counts
the distinct bigrams the two sides share, leaving out the page's theme (those
found in COHESION_COMMON of its articles or more), and prints per count the
number of breaks of each kind and the log-odds of "same" (smoothed by 0.5),
by the length of the shorter side as parsing.cohesion bins it.
COHESION_BASE and COHESION_SLOPE are a straight line through these.
"""

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles.parsing import COHESION_BINS, COHESION_COMMON, COHESION_MIN, COHESION_SPAN, HAN_RE, _bigrams  # noqa: E402

_EDGES = (COHESION_MIN,) + COHESION_BINS + (COHESION_SPAN + 1,)
BINS = tuple(zip(_EDGES, _EDGES[1:]))   # as parsing.cohesion bins the shorter side
TOP = 12


def han(s):
    return "".join(HAN_RE.findall(s))


def breaks(expected):
    """(kind, before, after) for each break of one page, and the page's theme."""
    bodies = ["|".join(han(p) for p in x["paragraphs"]) for x in expected["items"] if x.get("paragraphs")]
    df = Counter(g for body in bodies for g in _bigrams(body.replace("|", "")))
    theme = frozenset(g for g, c in df.items() if c >= COHESION_COMMON)
    for body in bodies:
        parts = body.split("|")
        for k in range(1, len(parts)):
            yield "same", "".join(parts[:k])[-COHESION_SPAN:], "".join(parts[k:])[:COHESION_SPAN], theme
    for a, b in zip(bodies, bodies[1:]):
        yield "next", a.replace("|", "")[-COHESION_SPAN:], b.replace("|", "")[:COHESION_SPAN], theme


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args(argv)
    counts = {b: {"same": Counter(), "next": Counter()} for b in BINS}
    for d in args.dirs:
        for path in sorted(Path(d).glob("*.expected.json")):
            for kind, before, after, theme in breaks(json.loads(path.read_text(encoding="utf-8"))):
                n = min(len(before), len(after))
                for lo, hi in BINS:
                    if lo <= n < hi:
                        shared = min(TOP, len((_bigrams(before) & _bigrams(after)) - theme))
                        counts[(lo, hi)][kind][shared] += 1
    for (lo, hi), c in counts.items():
        ns, nn = sum(c["same"].values()), sum(c["next"].values())
        print("shorter side %d-%d characters: %d breaks inside an article, %d between two" % (lo, hi - 1, ns, nn))
        if not ns or not nn:
            continue
        for s in range(TOP + 1):
            odds = math.log(((c["same"][s] + 0.5) / ns) / ((c["next"][s] + 0.5) / nn))
            print("  %s%2d shared  same %5d  next %4d  log-odds %+.1f" % (
                ">=" if s == TOP else "  ", s, c["same"][s], c["next"][s], odds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
