"""Marking query matches in titles and snippets.

haystack's highlighter splits on whitespace, which Chinese does not have, so it marks nothing.
We match on the same normalised character stream the bigram index uses (width, case,
traditional/simplified, whitespace inside a match ignored) and map back to original offsets.
Every piece of text is escaped before the <mark> tags go in, so nothing from a dump or a query
can inject HTML.
"""
from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .analysis import char_stream
from .query import ParsedQuery

SNIPPET_CHARS = 160


def needles_for(parsed: ParsedQuery, text: str) -> list[str]:
    """What to mark in `text`: each term as written when it occurs, else its parts."""
    s = _stream_text(char_stream(text))
    out = []
    for t in parsed.terms:
        if t.chars in s or not t.parts:
            out.append(t.chars)
        else:
            out.extend(t.parts)
    return out


def _stream_text(stream) -> str:
    return "".join(c for c, _ in stream)


def find_spans(text: str, needles) -> list[tuple[int, int, int]]:
    """(start, end, needle index) in original offsets, non-overlapping, in order."""
    stream = char_stream(text)
    s = _stream_text(stream)
    found = []
    for k, needle in enumerate(needles):
        if not needle:
            continue
        i = s.find(needle)
        while i >= 0:
            found.append((stream[i][1], stream[i + len(needle) - 1][1] + 1, k))
            i = s.find(needle, i + 1)
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    merged = []
    for start, end, k in found:
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end, merged[-1][2])
            continue
        merged.append((start, end, k))
    return merged


def _render(text: str, spans, start: int = 0, end: int | None = None) -> str:
    end = len(text) if end is None else end
    out, pos = [], start
    for s, e, _ in spans:
        s, e = max(s, start), min(e, end)
        if e <= s:
            continue
        out.append(escape(text[pos:s]))
        out.append("<mark>" + escape(text[s:e]) + "</mark>")
        pos = e
    out.append(escape(text[pos:end]))
    return "".join(out)


def mark(text: str, needles) -> SafeString:
    """All of `text`, escaped, with every match marked."""
    text = text or ""
    return mark_safe(_render(text, find_spans(text, needles)))


def snippet(text: str, needles, size: int = SNIPPET_CHARS) -> SafeString:
    """The passage of `text` (about `size` chars) with the most distinct matches, marked."""
    text = (text or "").replace("\r", "")
    spans = find_spans(text, needles)
    if not spans:
        start, end = 0, min(len(text), size)
    else:
        best, best_key = 0, None
        for i, (s, _, _) in enumerate(spans):
            inside = [sp for sp in spans[i:] if sp[1] <= s + size]
            key = (len({sp[2] for sp in inside}), len(inside), -i)
            if best_key is None or key > best_key:
                best, best_key = i, key
        first = spans[best][0]
        start = max(0, first - size // 4)
        # start at a sentence or paragraph boundary when one is close
        for j in range(first - 1, start - 1, -1):
            if text[j] in "\n。！？；":
                start = j + 1
                break
        end = min(len(text), start + size)
        last_inside = [sp for sp in spans if sp[0] < end]
        if last_inside and last_inside[-1][1] > end:
            end = last_inside[-1][1]
    body = _render(text, spans, start, end).replace("\n", " ")
    return mark_safe(("…" if start > 0 else "") + body + ("…" if end < len(text) else ""))
