"""The query language, parsed by hand so that no input can make it fail.

    鄂尔多斯 杭锦旗          both must appear (AND)
    "内蒙古日报"  “内蒙古日报”  exactly this string
    包头 OR 鄂尔多斯          either
    -赤峰  -"赤峰市"          must not appear

Every term is a substring test on the bigram field, so it finds the string wherever it occurs.
An unquoted term also matches articles that contain all its jieba parts (`内蒙古日报` →
内蒙古 + 日报) but ranks them below articles containing the term as written; a quoted term is
exact only. Unbalanced quotes, stray operators and punctuation degrade to plain terms.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from whoosh import query as wq

from . import analysis

MAX_QUERY_CHARS = 500
MAX_TERMS = 16
QUOTES = '"\uff02'  # " and ＂ delimit phrases; “…” only around a whole token (see _unquote)
NEGATE = "-\uff0d\u2212"  # - － −


@dataclass(frozen=True)
class Term:
    raw: str  # as typed (for messages)
    chars: str  # normalised matchable characters
    quoted: bool = False
    parts: tuple[str, ...] = ()  # jieba parts (unquoted terms only), normalised

    @property
    def needles(self) -> tuple[str, ...]:
        return (self.chars,)


@dataclass
class ParsedQuery:
    groups: list[list[Term]] = field(default_factory=list)  # AND of ORs
    excluded: list[Term] = field(default_factory=list)
    message: str = ""

    @property
    def terms(self) -> list[Term]:
        return [t for g in self.groups for t in g]

    @property
    def empty(self) -> bool:
        return not self.groups


def _tokens(s: str):
    """Yield (kind, text, negated): kind is "word", "phrase" or "or"."""
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        neg = False
        if c in NEGATE and i + 1 < n and not s[i + 1].isspace():
            neg, i = True, i + 1
            c = s[i]
        elif c == "+" and i + 1 < n and not s[i + 1].isspace():
            i += 1
            c = s[i]
        if c in QUOTES:
            j = i + 1
            while j < n and s[j] not in QUOTES:
                j += 1
            yield "phrase", s[i + 1:j], neg
            i = j + 1
            continue
        j = i
        while j < n and not s[j].isspace() and s[j] not in QUOTES:
            j += 1
        word = s[i:j]
        i = j
        if not neg and word in ("OR", "|", "||"):
            yield "or", "", False
        elif not neg and word in ("AND", "&&", "&"):
            continue
        elif len(word) > 2 and word[0] == "\u201c" and word[-1] == "\u201d" \
                and "\u201c" not in word[1:-1] and "\u201d" not in word[1:-1]:
            yield "phrase", word[1:-1], neg
        else:
            yield "word", word, neg


def _parts(chars: str) -> tuple[str, ...]:
    """Sub-words worth matching on their own: at least two, each of two or more characters."""
    parts = []
    for w in analysis.words(chars):
        w = analysis.query_chars(w)
        if len(w) >= 2 and w != chars and w not in parts:
            parts.append(w)
    return tuple(parts) if len(parts) >= 2 else ()


def parse(q: str) -> ParsedQuery:
    pq = ParsedQuery()
    q = (q or "").replace("\x00", "")
    if len(q) > MAX_QUERY_CHARS:
        q = q[:MAX_QUERY_CHARS]
        pq.message = f"检索式过长，只使用了前 {MAX_QUERY_CHARS} 个字符。"
    pending_or = False
    count = 0
    for kind, text, neg in _tokens(q):
        if kind == "or":
            pending_or = bool(pq.groups)
            continue
        chars = analysis.query_chars(text)
        if not chars:
            continue
        count += 1
        if count > MAX_TERMS:
            pq.message = f"检索词过多，只使用了前 {MAX_TERMS} 个。"
            break
        quoted = kind == "phrase"
        term = Term(text, chars, quoted, () if quoted else _parts(chars))
        if neg:
            pq.excluded.append(term)
        elif pending_or:
            pq.groups[-1].append(term)
        else:
            pq.groups.append([term])
        pending_or = False
    if not pq.groups and pq.excluded:
        pq.message = "只有排除词：请至少输入一个要查找的词。"
    return pq


# --- Whoosh queries ----------------------------------------------------------------------------

def substring(chars: str, fieldname: str = "grams") -> wq.Query:
    """Documents whose field contains `chars` (normalised) as a substring."""
    grams = analysis.bigrams(chars)
    if len(chars) == 1:
        return wq.Prefix(fieldname, chars)
    if len(grams) == 1:
        return wq.Term(fieldname, grams[0])
    return wq.Phrase(fieldname, grams, slop=1)


def term_query(term: Term, *, exact_only=False, fieldname="grams") -> wq.Query:
    exact = substring(term.chars, fieldname)
    if exact_only or not term.parts:
        return exact
    return wq.Or([exact, wq.And([substring(p, fieldname) for p in term.parts])])


def _combine(groups, excluded, **kw):
    q = wq.And([wq.Or([term_query(t, **kw) for t in g]) for g in groups])
    if excluded:
        q = wq.AndNot(q, wq.Or([substring(t.chars) for t in excluded]))
    return q


def match_query(pq: ParsedQuery) -> wq.Query:
    """The result set: every term (or one of each OR group) found, no excluded term."""
    return _combine(pq.groups, pq.excluded)


def exact_query(pq: ParsedQuery) -> wq.Query:
    """The subset that contains every term as written (ranks first)."""
    return _combine(pq.groups, pq.excluded, exact_only=True)


def scoring_query(pq: ParsedQuery) -> wq.Query:
    """BM25 over words and grams, titles boosted; only orders documents already matched."""
    subs = []
    for t in pq.terms:
        subs.append(substring(t.chars, "grams"))
        subs.append(substring(t.chars, "title_grams").with_boost(2.0))
        for w in set(analysis.words(t.chars)):
            subs.append(wq.Term("text", w))
            subs.append(wq.Term("title", w, boost=2.0))
    return wq.Or(subs)
