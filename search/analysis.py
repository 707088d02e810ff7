"""Text analysis shared by the index and the query side.

Two token streams are indexed for every text:

* **grams**: overlapping character bigrams of the normalised text, position = index in the
  character stream. A query string then becomes a Phrase of its own bigrams, which is an exact
  substring test whatever jieba thinks the word boundaries are (`鄂尔多斯` inside `鄂尔多斯市`).
  Paragraph and field boundaries leave a position gap so no phrase can span them, and the last
  character of each segment is also emitted alone so one-character queries work as a prefix.
* **words**: jieba words with *sequential* positions (the stock ChineseAnalyzer stores character
  offsets as positions, which breaks phrases), Mongolian words and Latin words. Used for BM25
  scoring only, so a dictionary that changes between indexing and querying costs ranking, never
  recall.

Normalisation is per character and never changes the length of the text, so offsets in the
normalised text are offsets in the original (highlighting relies on it).
"""
from __future__ import annotations

import csv
import functools
import re
import threading
import unicodedata
from pathlib import Path

from whoosh.analysis import Token, Tokenizer

#: Characters that carry no letters: Mongolian free variation selectors and vowel separator,
#: zero-width (non-)joiners and spaces, soft hyphen, BOM. Ignored by both token streams.
FORMAT_CHARS = frozenset("\u180b\u180c\u180d\u180e\u180f\u200b\u200c\u200d\u00ad\ufeff\u2060")
#: Segment breaks: paragraphs (body is paragraphs joined by "\n") and fields.
BREAK_CHARS = frozenset("\n\r\u2028\u2029\x1e")
#: Position gap between segments; Phrase(slop=1) can never bridge it.
SEGMENT_GAP = 16

_SPECIAL = {"\u22ef": "\u2026", "\u3000": " "}  # ⋯ is printed for …; ideographic space


@functools.cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=65536)
def normalize_char(c: str) -> str:
    """One character in, one character out: width, case, traditional->simplified."""
    if c in _SPECIAL:
        return _SPECIAL[c]
    n = unicodedata.normalize("NFKC", c)
    if len(n) != 1:
        n = c
    low = n.lower()
    if len(low) == 1:
        n = low
    if "\u3400" <= n <= "\u9fff" or "\uf900" <= n <= "\ufaff" or n >= "\U00020000":
        s = _t2s().convert(n)
        if len(s) == 1:
            n = s
    return n


def normalize(text: str) -> str:
    """Normalise `text` keeping its length, so offsets map 1:1 back to the original."""
    return "".join(normalize_char(c) for c in text)


def is_ignorable(c: str) -> bool:
    """Whitespace and format characters do not take part in substring matching."""
    return c.isspace() or c in FORMAT_CHARS


def char_stream(text: str) -> list[tuple[str, int]]:
    """(normalised char, original offset) for every matchable char; segment breaks kept as "\n"."""
    out = []
    for i, c in enumerate(text):
        if c in BREAK_CHARS:
            if out and out[-1][0] != "\n":
                out.append(("\n", i))
            continue
        if is_ignorable(c):
            continue
        out.append((normalize_char(c), i))
    return out


def query_chars(text: str) -> str:
    """The normalised, matchable characters of a query string (no whitespace, no breaks)."""
    return "".join(c for c, _ in char_stream(text) if c != "\n")


def bigrams(chars: str) -> list[str]:
    """The gram terms of a normalised query string, in order (one char gives itself)."""
    if len(chars) <= 1:
        return [chars] if chars else []
    return [chars[i:i + 2] for i in range(len(chars) - 1)]


class _Base(Tokenizer):
    """Whoosh tokenizer plumbing; subclasses yield (text, pos, startchar, endchar)."""

    def __eq__(self, other):
        return other is not None and self.__class__ is other.__class__

    def __hash__(self):
        return hash(self.__class__.__name__)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="",
                 **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for text, pos, sc, ec in self.tokens(value or ""):
            t.text = text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = text
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + sc
                t.endchar = start_char + ec
            yield t

    def tokens(self, value):  # pragma: no cover - abstract
        raise NotImplementedError


class BigramTokenizer(_Base):
    """Overlapping bigrams of normalised text; see the module docstring."""

    def tokens(self, value):
        pos = 0
        seg: list[tuple[str, int]] = []
        for c, i in char_stream(value) + [("\n", len(value))]:
            if c != "\n":
                seg.append((c, i))
                continue
            n = len(seg)
            for k in range(n - 1):
                yield seg[k][0] + seg[k + 1][0], pos + k, seg[k][1], seg[k + 1][1] + 1
            if n:
                yield seg[-1][0], pos + n - 1, seg[-1][1], seg[-1][1] + 1
                pos += n + SEGMENT_GAP
            seg = []


# Mongolian letters and digits (U+1810-U+18AF) plus the format characters inside words;
# Latin/digits; everything else goes to jieba.
_MONGOLIAN_WORD = re.compile("[\u1810-\u18af\u180b-\u180f\u200c\u200d]+")
_SPLIT = re.compile("([\u1810-\u18af\u180b-\u180f\u200c\u200d]+)")
_WORDCHAR = re.compile(r"\w", re.UNICODE)


class WordTokenizer(_Base):
    """jieba words (sequential positions), Mongolian and Latin words; punctuation dropped."""

    def tokens(self, value):
        norm = normalize(value)
        pos = 0
        offset = 0
        for part in _SPLIT.split(norm):
            if not part:
                continue
            if _MONGOLIAN_WORD.fullmatch(part):
                word = "".join(c for c in part if c not in FORMAT_CHARS)
                if word:
                    yield word, pos, offset, offset + len(part)
                    pos += 1
            else:
                o = offset
                for w in _tokenizer().cut(part):
                    if _WORDCHAR.search(w) and not w.isspace():
                        yield w, pos, o, o + len(w)
                        pos += 1
                    o += len(w)
            offset += len(part)


def GramAnalyzer():
    """Analyzer for the `*grams` fields (a function so the schema pickles by reference)."""
    return BigramTokenizer()


def WordAnalyzer():
    return WordTokenizer()


# --- jieba with the archive's own dictionary -------------------------------------------------

_lock = threading.Lock()
_added: set[str] = set()


@functools.cache
def _base_tokenizer():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


def _tokenizer():
    tk = _base_tokenizer()
    if not _added:
        with _lock:
            if not _added:
                _add(gazetteer_names(), "ns")
    return tk


def _add(words, tag):
    tk = _base_tokenizer()
    for w in words:
        w = normalize(w.strip())
        if len(w) < 2 or w in _added or any(c.isspace() for c in w):
            continue
        _added.add(w)
        tk.add_word(w, freq=max(tk.suggest_freq(w, False), 50), tag=tag)


def add_words(words) -> None:
    """Keep these reporter names whole in jieba's segmentation, tagged as names (nr)."""
    _tokenizer()
    with _lock:
        _add(words, "nr")


@functools.cache
def _pos_tokenizer():
    import jieba.posseg

    return jieba.posseg.POSTokenizer(_tokenizer())


def tagged_words(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) by jieba over the archive's dictionary; the
    parser asks it whether a line is nothing but person names (nr) and
    whether a field's label before a colon is a noun.  The places the
    archive added are tagged ns, its reporters nr."""
    return [(p.word, p.flag) for p in _pos_tokenizer().cut(text)]


def words(text: str) -> list[str]:
    """The word tokens of `text` as the word fields index them."""
    return [w for w, *_ in WordTokenizer().tokens(text)]


def gazetteer_names() -> list[str]:
    """Region names and short names; from articles.regions when the parser provides it."""
    try:
        from articles.regions import all_names  # written by the parser engineer
    except ImportError:
        all_names = None
    if all_names is not None:
        try:
            return list(all_names())
        except Exception:  # a half-written module must not break search
            pass
    names = []
    here = Path(__file__).resolve().parent.parent
    for d in (here / "articles" / "data" / "gazetteer", here.parent / "shared" / "gazetteer",
              Path("/work/shared/gazetteer")):
        if not d.is_dir():
            continue
        for f in sorted(d.glob("*.csv")):
            with open(f, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    n = row.get("name") or row.get("alias")
                    if n:
                        names.append(n)
        break
    return names
