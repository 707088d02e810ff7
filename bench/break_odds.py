#!/usr/bin/env python
"""Where reflow.py's text costs come from: how often a paragraph ends after
each kind of line ending (and starts with each kind of opening), against how
often the same kind occurs at a line break inside a paragraph.

    python bench/break_odds.py [CORPUS]     (default ../shared/corpus/pd199801.txt.xz)

Reads the People's Daily 1998 annotated corpus (one paragraph per line, words
tagged `迈向/v`), classifies every paragraph end and every unit boundary inside
a paragraph with reflow's own _end_class/_start_class, and prints for each
class the log-odds of a paragraph break there, relative to a full stop
followed by a plain character (and by a label, reflow.label_start: LABEL, or
by the paragraph's source, topic or summing-up, reflow.OPENER_RE: OPENER;
after a colon or semicolon, by an item that counts itself, ORDINAL, or a dash):
the figures END_COST and START_BONUS in
articles/reflow.py are these, rounded (paragraphs of 25 characters or more, so
headlines and subheads, which the column widths settle, do not count).
Then how many paragraphs are a table's row (reflow.ROW_RE) against how many
line-internal positions start a run that reads as one at least 12 wide (ROW_RE),
how often a run of 12 figures or more ends a paragraph or runs on into a
Han character (FIGURE_TAIL_RE) or follows ten Han characters or more, a
table's column names (HEADER_RE), and how often a reporter's label follows a dash
at a paragraph break and inside a paragraph (DASH_BYLINE), and how often a
quotation closed after a semicolon (；”) ends a paragraph or sits inside one,
how often a date with its year alone follows a paragraph that ends without a
mark against how often a paragraph ends in one (DATE_LINE),
how often a paragraph opening with a field's label (工作单位：) and ending
without a mark is followed by another field, against the positions inside such
a paragraph where a field's label could open a line (FIELD_PAIR),
and how often a paragraph of names alone follows one ending in a Han character
against how often a paragraph ends in them (NAME_LINE).
How an item that counts itself (第二，, 三是, （四）; in figures, （５）, ５、) after
a sentence's end sits, by where the numbers on either side of it stand in its article
(SERIES_INSIDE, SERIES_OPEN), and how often four Han characters that open
another paragraph of the article open one after a full stop or a closing
quote, against how often they follow one inside a paragraph (ANAPHORA).
Last, how often a break between two Han characters cuts a jieba word
(reflow.splits_word): at paragraph ends without punctuation against every
50th line-internal position between two Han characters (BROKEN_WORD).
"""

import lzma
import math
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles.reflow import (ANAPHORA_RE, BYLINE_START_RE, DATE_RE, DIGITS, FIGURE_RUN_RE, HAN, HEADER_RE,  # noqa: E402
                             ROW_RE, SERIES_RE, DIGIT_SERIES_RE, STOPS, UNIT_RE, ends_sentence, LABEL_RE, OPENER_RE, ORDINAL_RE, _end_class, _start_class, dated, field_label, first_unit_width,
                             label_start, name_line, series_neighbours, splits_word, width)

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "pd199801.txt.xz"
TAG_RE = re.compile(r"/[A-Za-z]+$")


def paragraphs(path):
    """(article id, paragraph text) in corpus order."""
    opener = lzma.open if str(path).endswith(".xz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            toks = line.split()
            if len(toks) < 2:
                continue
            text = "".join(TAG_RE.sub("", t.lstrip("[").split("]")[0]) for t in toks[1:])
            yield toks[0].rsplit("-", 1)[0], text


def count(path):
    """(at_break, inside, figures): class pairs at paragraph breaks and at unit
    boundaries inside paragraphs, and how often a digit meets a digit at each."""
    at_break, inside, figures = Counter(), Counter(), Counter()
    prev = None
    for art, text in paragraphs(path):
        if prev and prev[0] == art and text:
            if len(prev[1]) >= 25:
                at_break[(_end_class(prev[1]), _start_class(text))] += 1
                at_break["label"] += _end_class(prev[1]) == "stop" and labelled(text)
                at_break["opener"] += _end_class(prev[1]) == "stop" and sourced(text)
                at_break.update(extras(prev[1], text))
            # a digit before a digit, in paragraphs of any length (table rows are short)
            if prev[1][-1] in DIGITS and text[0] in DIGITS:
                figures["breaks"] += 1
        prev = (art, text)
        for m in UNIT_RE.finditer(text):
            if 0 < m.start() < len(text):
                if text[m.start() - 1] in DIGITS and text[m.start()] in DIGITS:
                    figures["inside"] += 1
                if len(text) >= 25:
                    inside[(_end_class(text[:m.start()]), _start_class(text[m.start():]))] += 1
                    inside["label"] += _end_class(text[:m.start()]) == "stop" and labelled(text[m.start():])
                    inside["opener"] += _end_class(text[:m.start()]) == "stop" and sourced(text[m.start():])
                    inside.update(extras(text[:m.start()], text[m.start():]))
    return at_break, inside, figures


EXTRAS = ("label", "opener", "ordinal colon", "ordinal semicolon", "dash colon", "dash semicolon")


def extras(before, text):
    """The finer classes after a colon or semicolon: an item that counts
    itself (reflow.ORDINAL_RE: ORDINAL) or a dash's item (LIST_BONUS)."""
    e = _end_class(before)
    if e not in ("colon", "semicolon"):
        return {}
    if text[:1] == "—":
        return {"dash " + e: 1}
    return {"ordinal " + e: 1} if _start_class(text) == "plain" and ORDINAL_RE.match(text) else {}


def labelled(text):
    """Does `text` open with a label (reflow.label_start) where _start_class says plain?  The
    pattern first: label_start caches its argument, here the rest of a paragraph, and most
    positions open no label."""
    return _start_class(text) == "plain" and bool(LABEL_RE.match(text)) and label_start(text)


def sourced(text):
    """Does `text` open with its source, a topic or a summing-up (reflow.OPENER_RE) where _start_class says plain?"""
    return _start_class(text) == "plain" and bool(OPENER_RE.match(text))


HAN_CHAR_RE = re.compile("[%s]" % HAN)


def rows(path):
    """Counts of paragraphs that are a row, line-internal row-shaped runs at
    least 12 wide, long figure runs that end a paragraph and that run on
    into a Han character, and of reporters' labels after a dash at a
    paragraph break and inside a paragraph."""
    c = Counter()
    last = (None, "")
    for art, text in paragraphs(path):
        if not text:
            continue
        if last[0] == art:
            c["paragraphs"] += bool(ROW_RE.fullmatch(text))
            c["header_break"] += bool(HEADER_RE.search(last[1]) and FIGURE_RUN_RE.match(text))
            c["dash_byline_break"] += bool(last[1][-1:] in "—－" and BYLINE_START_RE.match(text))
            c["semicolon_quote_break"] += last[1].endswith("；”")
            c["date_break"] += _end_class(last[1]) == "open" and dated(last[1], text)
            c["field_break"] += _end_class(last[1]) == "open" and field_label(last[1]) and field_label(text)
        c["semicolon_quote_inside"] += len(re.findall("；”(?!$)", text))
        c["date_inside"] += any(m.end() == len(text) and m.start() >= 12 and _end_class(text[:m.start()]) == "open"
                                and dated(text[:m.start()], m.group()) for m in DATE_RE.finditer(text))
        if field_label(text):
            c["field_inside"] += sum(_end_class(text[:k]) == "open" and field_label(text[k:])
                                     for k in range(3, len(text) - 3) if text[k + 2:k + 7].find("：") >= 0)
        last = (art, text)
        for m in ROW_RE.finditer(text):
            if m.start() > 0 and not HAN_CHAR_RE.match(text[m.start() - 1]) and width(m.group()) >= 12:
                c["inside"] += 1
        for m in FIGURE_RUN_RE.finditer(text):
            if m.end() == len(text) or HAN_CHAR_RE.match(text[m.end()]):
                c["tail_end" if m.end() == len(text) else "tail_inside"] += 1
            c["header_inside"] += bool(m.start() and HEADER_RE.search(text[:m.start()]))
        for k in range(1, len(text)):
            if text[k - 1] in "—－" and text[k] not in "—－":
                c["dash_inside"] += 1
                c["dash_byline_inside"] += bool(BYLINE_START_RE.match(text, k))
    return c


def broken_words(path, every=50):
    """(breaks, of them cutting a word, internal positions, of them cutting a
    word) between two Han characters; internal positions sampled every
    `every`th, as jieba is slow."""
    c = Counter()
    prev = None
    seen = 0
    for art, text in paragraphs(path):
        if not text:
            continue
        if prev and prev[0] == art and HAN_CHAR_RE.match(prev[1][-1]) and HAN_CHAR_RE.match(text[0]):
            c["breaks"] += 1
            c["breaks_cut"] += splits_word(prev[1], text)
        prev = (art, text)
        for k in range(1, len(text)):
            if HAN_CHAR_RE.match(text[k - 1]) and HAN_CHAR_RE.match(text[k]):
                seen += 1
                if seen % every == 0:
                    c["inside"] += 1
                    c["inside_cut"] += splits_word(text[:k], text[k:])
    return c


def name_lines(path):
    """Paragraphs that are names only after one ending in a Han character
    (reflow.name_line), against positions where a paragraph's last names
    follow a Han character.  Only paragraphs that stay in a body, as
    make_pages.py sets it: not an article's headline (its first paragraph),
    not a short deck without a full stop right after it, not a byline (记者,
    通讯员); and no position within the first 12 characters, the narrowest
    first line, where no column wraps, or inside a word (BROKEN_WORD)."""
    def body(text, index):
        deck = index == 1 and "。" not in text and len(text) <= 40
        return index > 0 and not deck and not re.search("记者|通讯员", text)

    c = Counter()
    prev = None
    for art, text in paragraphs(path):
        if not text:
            continue
        index = prev[2] + 1 if prev and prev[0] == art else 0
        if index and body(prev[1], prev[2]):
            c["breaks"] += name_line(prev[1], text)
        prev = (art, text, index)
        if body(text, index) and HAN_CHAR_RE.match(text[-1]):
            c["inside"] += sum(name_line(text[:k], text[k:]) and not splits_word(text[:k], text[k:])
                               for k in range(max(12, len(text) - 16), len(text) - 2))
    return c


def wrapped(text, col):
    """`text` set greedily in a column `col` wide, the first line two short
    (the indent): its lines, as the units reflow.py reads them."""
    lines, cur, w, cap = [], "", 0.0, col - 2.0
    for m in UNIT_RE.finditer(text):
        u = m.group()
        uw = width(u)
        if cur and w + uw > cap:
            lines.append(cur)
            cur, w, cap = "", 0.0, float(col)
        cur += u
        w += uw
    return lines + [cur] if cur else lines


def short_paragraphs(path, cols=range(14, 25)):
    """By how many lines its paragraph has so far, how often a full line
    that ends in a full stop, before a plain character, ends its paragraph
    (SHORT_PARAGRAPH): each article's body (its paragraphs after the
    headline) set in every column from 14 to 24 wide.  A line is full where
    the next unit would not have fitted; inside a paragraph every line but
    its last is."""
    arts = {}
    for art, text in paragraphs(path):
        if text:
            arts.setdefault(art, []).append(text)
    c = Counter()
    for body in arts.values():
        body = body[1:]
        for col in cols:
            for i, text in enumerate(body):
                lines = wrapped(text, col)
                for j, line in enumerate(lines):
                    if j + 1 < len(lines):
                        nxt, brk = lines[j + 1], False
                    elif i + 1 < len(body):
                        nxt, brk = body[i + 1], True
                        cap = col - 2.0 if j == 0 else float(col)
                        if width(line) + first_unit_width(nxt) <= cap:
                            continue
                    else:
                        continue
                    if _end_class(line) == "stop" and _start_class(nxt) == "plain":
                        c[min(j, 3), brk] += 1
    return c


def series(path):
    """Counter of (evidence, at a break?) over the items that count themselves
    (reflow.SERIES_RE: 第二，, 三是, （四）) at a paragraph's start after one
    that ends a sentence, or inside a paragraph after a sentence's or a
    clause's end, by what the rest of the article says (reflow.series_cost):
    "runs on", the number before or after it inside a paragraph so; "opened",
    else the number before it opening a paragraph; "none", neither."""
    c = Counter()
    arts = {}
    for art, text in paragraphs(path):
        if text:
            arts.setdefault(art, []).append(text)
    marks = STOPS + "；;：:”"
    for paras in arts.values():
        def inside(token):
            return any(p.find(token, 1) > 0 and any(p[k - 1] in marks for k in range(1, len(p))
                                                     if p.startswith(token, k)) for p in paras)

        def opened(token):
            return any(p.startswith(token) and (h == 0 or ends_sentence(paras[h - 1])) for h, p in enumerate(paras))

        for h, p in enumerate(paras):
            for rx in (SERIES_RE, DIGIT_SERIES_RE):
                for m in rx.finditer(p):
                    k = m.start()
                    if k == 0:
                        if h == 0 or not ends_sentence(paras[h - 1]):
                            continue
                    elif p[k - 1] not in marks:
                        continue
                    prev, nxt = series_neighbours(m)
                    evidence = ("runs on" if (prev and inside(prev)) or inside(nxt) else
                                "opened" if prev and opened(prev) else "none")
                    c[(evidence, k == 0, rx is DIGIT_SERIES_RE)] += 1
    return c


def anaphora(path):
    """Counter of (at a break?, opens like another paragraph?) over the
    places after a full stop or a closing quote where four Han characters
    follow (reflow.ANAPHORA_RE): a paragraph's opening, or inside one.  The
    other paragraphs counted are those after a sentence's end, or the first,
    as reflow.anaphora reads the dump's lines."""
    arts = {}
    for art, text in paragraphs(path):
        if text:
            arts.setdefault(art, []).append(text)
    c = Counter()
    for paras in arts.values():
        heads = Counter(p[:4] for h, p in enumerate(paras) if h == 0 or ends_sentence(paras[h - 1]))
        for h, p in enumerate(paras):
            if h and _end_class(paras[h - 1]) in ("stop", "quote") and ANAPHORA_RE.match(p):
                c[(True, heads[p[:4]] >= 2)] += 1
            for k in range(1, len(p) - 4):
                if _end_class(p[:k]) in ("stop", "quote") and ANAPHORA_RE.match(p, k):
                    c[(False, heads[p[k:k + 4]] >= 1)] += 1
    return c


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else DEFAULT
    if not path.exists():
        print("corpus not found: %s" % path, file=sys.stderr)
        return 1
    at_break, inside, figures = count(path)
    nb = sum(v for k, v in at_break.items() if k not in EXTRAS)
    ni = sum(v for k, v in inside.items() if k not in EXTRAS)

    def logodds(keys):
        b = sum(at_break[k] for k in keys)
        i = sum(inside[k] for k in keys)
        return math.log(((b + 0.5) / nb) / ((i + 0.5) / ni)), b, i

    base, _, _ = logodds([("stop", "plain")])
    print("paragraph breaks %d, line-internal unit boundaries %d" % (nb, ni))
    print("\ncost of a break after a line ending in ..., before a plain character (0 = full stop)")
    for e in ("stop", "quote", "signoff", "paren", "colon", "semicolon", "dash", "open"):
        lo, b, i = logodds([(e, "plain")])
        print("  %-10s %6.2f   (%d breaks, %d inside)" % (e, base - lo, b, i))
    print("\nbonus for a next line starting with ..., after a full stop (0 = plain character)")
    for s in ("quote", "paren", "enum", "number", "clause", "digit", "bullet", "title", "plain"):
        lo, b, i = logodds([("stop", s)])
        print("  %-10s %6.2f   (%d breaks, %d inside)" % (s, lo - base, b, i))
    for s, what in (("label", "a label: 记者：, 编辑同志："),
                    ("opener", "its source, a topic or a summing-up: 据了解，, 本报, ———, 在谈到, 关于, 总之")):
        lo, b, i = logodds([s])
        print("  %-10s %6.2f   (%d breaks, %d inside; plain, opening with %s)" % (s, lo - base, b, i, what))
    print("\nafter a colon or semicolon")
    for e in ("colon", "semicolon"):
        for s in ("enum", "number", "paren", "quote", "plain"):
            lo, b, i = logodds([(e, s)])
            print("  %-10s %-6s %6.2f   (%d breaks, %d inside)" % (e, s, base - lo, b, i))
        for s in ("ordinal", "dash"):
            lo, b, i = logodds([s + " " + e])
            print("  %-10s %-6s %6.2f   (%d breaks, %d inside; plain, opening with %s)" % (
                e, s, base - lo, b, i, "一是, 其一，, 首先 (ORDINAL)" if s == "ordinal" else "a dash (LIST_BONUS)"))
    print("\na line ending in a digit before one starting with a digit (FIGURES): "
          "%d breaks, %d inside" % (figures["breaks"], figures["inside"]))
    r = rows(path)
    print("\na table's row (ROW_RE): %d paragraphs, %d line-internal runs" % (r["paragraphs"], r["inside"]))
    print("12 figures or more (FIGURE_TAIL_RE): %d end a paragraph, %d run on into a character" % (
        r["tail_end"], r["tail_inside"]))
    print("12 figures or more after ten Han characters or more (HEADER_RE): %d open a paragraph, %d inside one" % (
        r["header_break"], r["header_inside"]))
    print("a reporter's label after a dash (DASH_BYLINE): %d at a paragraph break, %d of %d dashes inside one" % (
        r["dash_byline_break"], r["dash_byline_inside"], r["dash_inside"]))
    print("a quotation closed after a semicolon (；”, read as a quote's end): %d at a paragraph break, %d inside" % (
        r["semicolon_quote_break"], r["semicolon_quote_inside"]))
    print("a date with its year alone after an open end (DATE_LINE): %d paragraphs, "
          "%d paragraphs end in one 12 characters in or more" % (
        r["date_break"], r["date_inside"]))
    print("a field after a field (FIELD_PAIR): %d paragraphs, %d line-internal positions" % (
        r["field_break"], r["field_inside"]))
    n = name_lines(path)
    print("names alone after a Han character (NAME_LINE): %d paragraphs, %d paragraphs end in them" % (
        n["breaks"], n["inside"]))
    sp = short_paragraphs(path)
    nb_sp, ni_sp = sum(v for (j, b), v in sp.items() if b), sum(v for (j, b), v in sp.items() if not b)
    print("\na full line ending in a full stop before a plain character ends its paragraph (SHORT_PARAGRAPH), "
          "by the paragraph's lines so far (all: %d breaks, %d inside):" % (nb_sp, ni_sp))
    for j in range(4):
        b, i = sp[j, True], sp[j, False]
        print("  %-10s %6.2f   (%d breaks, %d inside)" % (("1 line", "2 lines", "3 lines", "4 or more")[j],
                                                         -math.log((b / nb_sp) / (i / ni_sp)), b, i))
    sc = series(path)
    for figures, label in ((False, "SERIES_RE: 第二，, 三是, （四）"), (True, "DIGIT_SERIES_RE: （５）, ５、")):
        print("\nan item that counts itself (%s) after a sentence's end, by the list so far "
              "(series_cost): the number before or after it inside a paragraph (SERIES_INSIDE): %d breaks, %d inside; "
              "else the number before it opening one (SERIES_OPEN): %d breaks, %d inside; neither: %d breaks, %d inside" % (
                  label, sc["runs on", True, figures], sc["runs on", False, figures], sc["opened", True, figures],
                  sc["opened", False, figures], sc["none", True, figures], sc["none", False, figures]))
    an = anaphora(path)
    print("four Han characters that open another paragraph of the article, after a full stop or a closing quote "
          "(ANAPHORA): %d breaks, %d inside; any others: %d breaks, %d inside" % (
              an[True, True], an[False, True], an[True, False], an[False, False]))
    w = broken_words(path)
    pb, pi = w["breaks_cut"] / max(1, w["breaks"]), w["inside_cut"] / max(1, w["inside"])
    print("\na break between two Han characters that cuts a word (BROKEN_WORD): %d of %d paragraph ends, "
          "%d of %d sampled line-internal positions; cost %.2f" % (
              w["breaks_cut"], w["breaks"], w["inside_cut"], w["inside"], math.log(pi / max(pb, 1e-9))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
