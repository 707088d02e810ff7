"""One page dump (the OCR/PDF text of a printed page) -> its items.

The only place in the project that parses dumps.  A dump is hard-wrapped at
each article's column width, has stray blank lines inside sentences, and puts
a headline either after its article's body (the paper's own layout, see
sample/seed-page.txt) or before it.  The page is cut into blocks at blank
lines; blocks that carry a marker (□ byline, ◎ author, "… 摄" photo credit)
are anchors, the rest are body text or headlines.  A small dynamic programme
then chooses the split into items that best explains the page: headlines look
like headlines, a body keeps one column width and ends a paragraph, and a
headline's words reappear in its own article.  Position only breaks ties.
Each body's lines are then joined into paragraphs by reflow.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby
from os.path import commonprefix

from . import regions as _regions
from .encoding import CONTROL_RE, detect
from .reflow import (BULLETS, CLOSERS, CUT_FIGURE_RE, DATE_RE, DIGITS, HAN, MIN_COLUMN, SIGNOFF_RE, STOPS, ends_sentence,
                     first_unit_width, join_lines, reflow_page, splits_word, squeeze, tabular, width)


class ParseError(ValueError):
    """A dump that cannot be read as a page; str() names the file and the reason."""

    def __init__(self, filename: str, reason: str):
        self.filename = filename
        self.reason = reason
        super().__init__("%s: cannot parse page dump: %s" % (filename, reason))


@dataclass
class Credit:
    name: str
    role: str        # 记者 | 通讯员 | 实习生 | 作者 | 摄影
    staff: bool


@dataclass
class Item:
    kind: str                 # "article" | "commentary" | "photo"
    title: str
    credits: list[Credit]
    paragraphs: list[str]     # [] for photos
    caption: str              # "" for non-photos
    regions: list[str]        # region codes


@dataclass
class ParsedPage:
    items: list[Item]
    leftover: list[str]       # text fragments not placed in any item
    encoding: str
    text: str                 # decoded dump, newlines normalised to \n
    # Credit labels and marks the parser consumed (本报记者, 摄, ◎...): not
    # content, but listed so a check can account for every character.
    markup: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ text bits

HAN_RE = re.compile("[%s\U00020000-\U0003134f]" % HAN)
# A name after a label may be long (乌力吉巴雅尔); a bare name before 摄 must
# look like one (2-4 characters, or a foreign name with ·), or a caption's
# last words would pass for photographers.
NAME = "[%s·]{2,8}" % HAN
SHORT_NAME = "(?:[%s]{2,4}|[%s]{1,6}·[%s·]{1,12})" % (HAN, HAN, HAN)
# a name in a credit without a label: never the label itself (京郊礼花 本报记者 孟仁泉 摄
# is a short caption, then a labelled credit, not three photographers)
BARE_NAME = "(?![%s]{0,2}记者)%s" % (HAN, SHORT_NAME)
ROLE_RE = re.compile("(特约记者|记者|通讯员|实习生)$")
PAPER = "(?:本报|新华社|[%s]{2,10}?(?:报|社|台))" % HAN
POSTED = "(?:驻[%s]{1,8}?)?" % HAN
LABEL = PAPER + "?" + POSTED + "(?:特约)?(?:记者|通讯员|实习生)"
LABEL_RE = re.compile(LABEL + "$")
# a byline printed as a line of text, with no □: 本报特派记者管彦忠, 新华社记者徐京跃
BARE_BYLINE_RE = re.compile(PAPER + POSTED + "(?:特派|特约)?(?:记者|通讯员)" + NAME)
EDITOR_LINE_RE = re.compile("(?:本版)?责任编辑[：:]?[%s·]{2,8}$" % HAN)
CREDIT_HEAD = 6.0  # a byline or an editor's credit as a headline
NAME_RE = re.compile(NAME + "$")
PHOTO_RE = re.compile(
    r"^(?:(?P<cap>.*?\S)\s+)??"
    r"(?:(?P<label>(?:本报|新华社)?(?:驻[%s]{1,8}?)?(?:特约)?记者)\s*(?P<names>%s(?:\s+%s)*)"
    r"|(?P<bare>%s(?:\s+%s)*))\s+(?P<mark>摄影|摄)$" % (HAN, NAME, NAME, BARE_NAME, BARE_NAME))
# column_floor() skips this share of the widest lines when telling blocks
# apart (robust to a stray wide line)
FLOOR_SKIP = 0.1
UNTITLED = 3.5    # an article with neither headline nor byline (brief items, --untitled keep)
# Papers run untitled briefs together, a column of them: on a page where the
# first reading already finds BRIEF_PAGE items with neither headline nor
# byline, a blank line between two blocks is more often the gap between two
# briefs than a stray blank inside one, so there an untitled item costs
# UNTITLED_BRIEFS (less than nothing: the blocks' columns, cohesion and
# endings still have to allow the split).  Measured on make_pages.py
# --untitled keep: seed layout and mixed, seed 3, wrong items 497 -> 338;
# not tuned on, headline-first seed 4 and mixed seed 8, 516 -> 347.  The
# eleven default runs and seeds 7, 33, 44 in each layout are unchanged
# item for item.
BRIEF_PAGE = 2
UNTITLED_BRIEFS = -1.0
DATELINE_RE = re.compile(r"(?:据)?(?:本报|新华社)[^，。：；“”]{0,24}?(?:讯|电)")
PHOTO_TWIN = 2.0  # a photo title candidate that repeats another headline
SERIES_BODY = 3.0  # a headline of a series (ending like another) inside a body
SERIES_TAIL = 5    # characters two headlines must end alike in to make a series
TWIN_BODY = 5.0   # such a block inside a body: as much as its words would lend a headline
STRAY_HEAD = 3.0  # a headline-like block inside a body
# A one-line block that completes a word the block above cut at a full line
# (…中共哈尔滨市委 / blank / 书记) is no headline: in the corpus a paragraph
# that ends without punctuation splits a word with the next one 86 times in
# 3,782, a line-internal break between Han characters 54 times in 100
# (reflow.BROKEN_WORD).  Over 23 runs (the README's eleven, seeds 7, 33, 44
# and 55 in each layout) items wrong 1,542 -> 1,535: 7 better, none worse.
# With any block above it was 1,537: a one-line headline above (冰暴横扫…险象生 /
# 英冻结贝·布托存款) broke 2, so the block above must be a body's, two lines or
# more that run full.  A block of two lines that opens so is no headline either
# (…一九九七年六月十六日中曾 / blank / 根康弘 / 基辛格１９９６年９月３日, tributes
# dated and signed in a narrow column, 1998-01-08, page 6): 1,456 -> 1,453, 3
# better, none worse; --untitled keep runs unchanged.  At 6.0 instead of 3.0:
# 1 better, 1 worse.
TAIL_CUT = 3.0
LEFTOVER_F = -14.0  # leaving a free block out of every item
SIGNOFF_HEAD = 3.0  # a bracket alone as a headline
# a ◎ headline and signature with no body of its own: the text after it is
# its body, even where a line after that body repeats its words as a headline
# would (奥山由美, the subject of 喜爱中国歌曲的日本姑娘, printed under it)
EMPTY_COMMENTARY = -12.0
OPEN_BRACKET = 4.0  # a block that leaves a bracket open as a headline
KNOWN_BODY = -5.0   # a block this unlike a headline, and 4 lines or more, is body text
ARTIST = 1.0      # a bracket block alone at either end of a longer body
BYLINE_END = 6.0  # a body that ends with a byline line
SIM_WEIGHT = 5.0  # how much a headline's words found in a body count
FIELDS = 3.0      # a block of two or more labelled fields
DECK = 3.0        # a block that opens with a dash
# a headline breaks its lines between words, a body's line wherever the
# column ends (邦德辈的对 / 手是否改变一下国籍？); jieba sometimes joins what
# the paper's own segmentation keeps apart (甘 / 为人民, 国家 / 安全部), so
# this is evidence, not a rule
WORD_SPLIT = 2.0
# a date and nothing else (十四日, １９９８年１月２４日): a list's last line cut off by a
# stray blank, or the date under a letter, never a headline
DATE_HEAD = 4.0
# A headline never ends in a comma, an enumeration comma or a semicolon: of
# the corpus's 2,821 titles none does.  A block that does is a verse line or
# a clause a stray blank sets off (是清冽的夜， / 在半梦半醒之间。, the second
# poem of 青花瓷（外一首）).  3.0 before; 6.0 and 10.0 measure the same: bad
# paragraph items on the eight README runs 513 -> 511 (2 better, none worse),
# seed 11 and measure-only runs 408 as before.
OPEN_CLAUSE = 6.0
FIGURE_LABEL = 4.0  # a graphic's label (泰国货币狙击战示意图, 上海综合指数周Ｋ线图): no headline
FIGURE_LABEL_RE = re.compile("(?:示意|线|走势|分布|运行|统计|位置|柱状|平面)图$")  # 线图 covers 曲线图, 路线图
FIGURE_HEAD = 4.0  # a block of figure rows (上证３０３９４３·１４…, １冰熊股份２１．０５) as a headline
# The extraction rarely drops a blank after an article's first line (1 in 20)
# and often after a later paragraph's (2 in 5): a body that opens with a
# cut-off first line more likely goes on one before it.
FIRST_CUT = 2.0
# A block that opens with a dateline (本报讯…, 新华社…电) after a block that
# ends an article opens an article of its own: an untitled brief, as papers
# run them one after another (make_pages.py --untitled keep prints the
# corpus's 392).  In the corpus 1,267 dateline paragraphs open an article
# (one of its first three) and about 100 stand further in, in roundups
# (东亚经济传真) and after an editor's note (编者按：…); a blank line falls
# before one of those only where a stray blank does, and the roundup keeps its
# one column, where each brief is set in its own.  So where both blocks tell a
# column and the two agree within half a character, the dateline proves
# nothing, and after an editor's note neither.  A block of fewer than three
# lines (a stray blank after the paragraph's first line) is read with the
# blocks beside it.  On the three --untitled keep runs in the README 276 items
# better, 2 worse; the eleven default runs unchanged item for item (4.0, each
# block read alone: 245 better, 1 worse; 2.5 mends fewer still; flat 4.0
# without the column and editor's-note tests lost 4 items on three of seven
# default runs: a roundup split twice, an article after its editor's note twice).
DATELINE_INSIDE = 6.0
# Each article keeps its own column, and make_pages.py draws each one's width
# afresh (14 to 24 characters, or half a character more), so two briefs
# seldom share one to the half character, and two stretches of one article
# mostly do.  On a page read as a column of briefs, where a blank line is
# otherwise taken for a brief's end, a brief that would start at a block
# whose column equals the one before it costs SAME_COLUMN.  Not a block that
# opens with its dateline: that tells the brief's start whatever the column
# (two dateline briefs in one width, 新华社西宁… / 新华社南昌…, are common
# enough to lose more than the rule mends).  On the --untitled keep runs
# seed layout seed 3, headline-first seed 4 and mixed seed 8, wrong items
# 441 -> 416; without that exemption 469; at 1.2 and 3.0, 413 and 420.  Off a
# page of briefs it mends nothing: the first reading has to find them.
# Both rules together: see the README.
SAME_COLUMN = 2.0
# A sign-off (（本报专电）, （张紫云）) ends an article: a body that goes on
# past a block ending with one, across a blank line, costs SIGNED_INSIDE.  Not
# past a photo's note (（新华社记者…摄）, （新华社发）) or before a numbered item
# (２、…): a group of photos under 图片新闻 numbers each and signs each off:
# without those two exemptions the rule took the three runs above 416 -> 386
# but the twenty-three default runs 1,535 -> 1,544, photo groups split up.
SIGNED_INSIDE = 4.0
PHOTO_NOTE_RE = re.compile("(?:摄|发)[）)]$")
EDITOR_NOTE_RE = re.compile("编者按|编者的话|编者[：:]|编辑点评|编辑手记|编前|编后")
OPEN_FULL = 2.5   # a body that stops mid-sentence at a full line
FIELD_RE = re.compile("[%s]{2,4}[：:]" % HAN)
# share of a block's lines that end short and open, rows of a list, past which its
# last line filling the column is no sign of a sentence running on (seed 11 and the
# eight README runs: 0.5 no worse anywhere, 0.3 more extra items).  0.4: a prize
# list whose entries (人到老年谢怀基十月十三日) are as often near the column as short
# of it, five of eleven, then its headline 一九九七年第三、 / 四季度杂文…获奖名单 after
# the last entry, which fills the column (1998-01-25, page 12): on the twenty-three
# default runs 2 items better, none worse; the --untitled keep runs unchanged item
# for item.  0.3 loses the poem page 1998-01-23, page 12 on three runs.
OPEN_ROWS = 0.4
VERSE_SHARE = 0.7  # share of short lines that makes a block verse
VERSE_WIDTH = MIN_COLUMN - 4.0   # a block of lines narrower than this sets no column
LEAD = 0.5        # a headline's words in its body's opening block: where the body starts
TIE = 0.2         # position breaks ties: the side the page's headlines are on
LAYOUT_ODD = 2.0  # a headline on the other side, where the page sets all others on one
LAYOUT_MAJORITY = 6
# Two stretches of one article share words; two articles seldom do, even on
# one page.  Leaving out the page's theme, the bigrams found in three of its
# articles or more, the up to 150 Han characters on either side of a
# paragraph break inside an article share 3 character bigrams or more in
# 86 cases of 100; across the break from one article to the next on its
# page, none or one in 81 of 100 (the corpus's 278 pages; bench/cohesion_odds.py
# prints the odds).  Each block boundary inside a body earns the log-odds of
# one article: a base by the shorter side's length (40-79, 80-119, 120 or
# more characters) plus 1.3 a shared bigram, at most COHESION_MAX, weighed
# at COHESION against the other costs, which were set without it.  Bad
# paragraph items on the eight README runs 532 -> 513 (19 better, none
# worse); on the seed 11 and measure-only runs 427 -> 408.  (Counting the
# theme's bigrams too, the odds separate the two kinds of break less well,
# and the eight runs read 523; weighed at 1.0, 558; at 0.25, 527.)  A side
# stops at the nearest unit that is not prose, a block with a headline score
# above COHESION_HS among them: a headline shares its own body's words, and
# read as body text it would earn their odds.  The parser does not know the
# page's articles, so the theme is counted in runs of prose, a body or a
# part of one.
COHESION = 0.4
COHESION_SPAN = 150
COHESION_MIN = 40
COHESION_BINS = (80, 120)           # the shorter side's length: below 80, below 120, or more
COHESION_BASE = (-2.5, -3.2, -3.5)  # one base a bin
COHESION_SLOPE = 1.3
COHESION_COMMON = 3                 # a bigram in this many runs of prose on the page is the page's theme
COHESION_MAX = 2.0
COHESION_HS = -5.0
BLANKS = " \t\u3000\ufeff\x0c\x0b\u00a0"
# a numbered item (１、农业，我们的农业; 二、…): no headline in the corpus opens so
ITEM_RE = re.compile("(?:[０-９0-9]{1,2}|[一二三四五六七八九十]{1,3})、")


def block_ends(lines) -> bool:
    """Does this block end a paragraph?  A sign-off in brackets may wrap, or
    stand on a line of its own under a table: （国家计委国家统计局）."""
    return ends_sentence("".join(lines[-3:])) or bracketed(lines[-1:])


def ends_article(lines) -> bool:
    """Could an article end here?  Not on a colon or semicolon: they
    announce more."""
    return block_ends(lines) and lines[-1].rstrip()[-1:] not in "：；:;"


def opens_article(line: str) -> bool:
    """Does this line (stripped, as _blocks leaves it) open an article with its
    dateline?  Not one that cites another's (据新华社…电), which may stand inside a body."""
    return bool(DATELINE_RE.match(line)) and line[0] != "据"


TITLE_NOTE_RE = re.compile(r"[（(][^（）()]{1,8}[）)]\s*$")


def opens_with_deck(lines) -> bool:
    """A block that opens with a deck (a dash, no sentence's end) and, on one of
    its next two lines, a name of up to four characters alone, with text after it:
    the corpus prints a deck and its author so twice, each time opening its article."""
    if not lines[0].startswith("—"):
        return False
    for k in (1, 2):
        name = lines[k].strip() if k + 1 < len(lines) else ""
        if NAME_RE.match(name) and len(name) <= 4 and not any(c in "。！？" for ln in lines[:k] for c in ln):
            return True
    return False


def bracketed(lines) -> bool:
    """A block that is one bracket and nothing else: （熊伯齐）, （新华社北京１月１日电）.
    A sign-off or an artwork's artist: it ends what comes before it, and is no headline."""
    return len(lines) == 1 and SIGNOFF_RE.fullmatch(lines[0].strip()) is not None


def han_count(s: str) -> int:
    return len(HAN_RE.findall(s))


def _bigrams(chars) -> frozenset:
    return frozenset(chars[k] + chars[k + 1] for k in range(len(chars) - 1))


def _kept(s: str) -> list[str]:
    """The characters a headline's words are compared on: Han, letters, digits."""
    return [c for c in s if HAN_RE.match(c) or c.isalnum()]


# ------------------------------------------------------------------ decoding

def decode_dump(data: bytes, filename: str = "<dump>") -> tuple[str, str]:
    if data is None or len(data) == 0:
        raise ParseError(filename, "the file is empty")
    text, enc = detect(bytes(data))
    if text is None:
        raise ParseError(filename, enc)
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    _check_text(text, filename)
    return text, enc


def _check_text(text: str, filename: str):
    if not text.strip(BLANKS + "\n"):
        raise ParseError(filename, "the file is empty (only whitespace)")
    visible = [c for c in text if not c.isspace()]
    controls = len(CONTROL_RE.findall(text))
    if controls > max(2, len(visible) * 0.01) or text.count("\ufffd") > max(2, len(visible) * 0.01):
        raise ParseError(filename, "it looks like binary data, not text (%d control characters)" % controls)
    han = han_count(text)
    mongolian = sum(1 for c in visible if "\u1800" <= c <= "\u18af")
    if han < 20 or han + mongolian < len(visible) * 0.3:
        raise ParseError(filename, "it does not look like a page dump: only %d Chinese characters "
                         "in %d visible characters" % (han, len(visible)))


# ------------------------------------------------------------------ credits

def _label_parts(label: str):
    label = label.strip()
    m = ROLE_RE.search(label)
    role = {"特约记者": "记者"}.get(m.group(1), m.group(1))
    org = label[:m.start()].replace("特约", "")
    return org, role


def byline_tokens(line: str):
    """A byline line as [(label, [names])], or None if it is not one."""
    toks = line.lstrip("□").split()
    if not toks or not LABEL_RE.match(toks[0]):
        return None
    groups = []
    for t in toks:
        if LABEL_RE.match(t):
            groups.append((t, []))
        elif NAME_RE.match(t) and not ROLE_RE.search(t):
            groups[-1][1].append(t)
        else:
            return None
    if any(not names for _, names in groups):
        return None
    return groups


def byline_credits(groups) -> list[Credit]:
    credits, home = [], None
    for label, names in groups:
        org, role = _label_parts(label)
        if home is None:
            home = org
        owner = org or home
        staff = role != "通讯员" and "本报" in owner
        credits += [Credit(n, role, staff) for n in names]
    return credits


# ------------------------------------------------------------------ units

@dataclass
class Unit:
    kind: str                     # B byline, C commentary head, P photo, F free
    lines: list[str]              # F/B: the block's lines; C: headline lines; P: caption lines
    credits: list = field(default_factory=list)
    markup: list = field(default_factory=list)
    blanks: list = field(default_factory=list)   # F: True where a blank line preceded the block

    @property
    def text(self):
        return "".join(self.lines)


def _blocks(text: str):
    lines = [ln.strip(BLANKS) for ln in text.split("\n")]
    blocks, cur = [], []
    for ln in lines:
        if ln:
            cur.append(ln)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def _units(blocks):
    units: list[Unit] = []
    for block in blocks:
        # photo credit lines
        ci = next((k for k, ln in enumerate(block) if PHOTO_RE.match(ln)), None)
        if ci is not None:
            m = PHOTO_RE.match(block[ci])
            label = (m.group("label") or "").strip()
            names = (m.group("names") or m.group("bare")).split()
            staff = "本报" in label
            credits = [Credit(n, "摄影", staff) for n in names]
            caption = block[:ci] + ([m.group("cap")] if m.group("cap") else [])
            markup = [label, m.group("mark")]
            if not caption and units and units[-1].kind == "F":
                caption = units.pop().lines
            units.append(Unit("P", caption, credits, markup))
            if block[ci + 1:]:
                units.append(Unit("F", block[ci + 1:]))
            continue
        ai = next((k for k, ln in enumerate(block) if ln.startswith("◎")), None)
        if ai is not None:
            names = block[ai][1:].split()
            groups = byline_tokens(block[ai][1:])
            if groups:
                credits = [Credit(c.name, "作者", c.staff) for c in byline_credits(groups)]
                markup = ["◎"] + [g for g, _ in groups]
            else:
                credits = [Credit(n, "作者", False) for n in names]
                markup = ["◎"]
            units.append(Unit("C", block[:ai], credits, markup))
            if block[ai + 1:]:
                units.append(Unit("F", block[ai + 1:]))
            continue
        if block[0].startswith("□") or (len(block) <= 3 and byline_tokens(block[0])):
            k, groups = 0, []
            while k < len(block):
                g = byline_tokens(block[k])
                if g is None:
                    break
                groups += g
                k += 1
            if groups:
                units.append(Unit("B", block[:k], byline_credits(groups),
                                  ["□"] + [g for g, _ in groups]))
                if block[k:]:
                    units.append(Unit("F", block[k:]))
                continue
        units.append(Unit("F", block))
    return units


# ------------------------------------------------------------------ scoring

def column(widths: list[float]) -> float:
    """The column width of a body: the most common width among the longest
    lines (a squeezed line runs up to one character over, a paragraph's
    first line two short, a kinsoku break a little short)."""
    ws = sorted(widths, reverse=True)
    if not ws:
        return 0.0
    while True:
        top = [w for w in ws if w >= ws[0] - 2.0]
        if len(top) >= max(2, 0.2 * len(ws)) or len(ws) <= 4:
            break
        ws = ws[1:]
    counts = {}
    for w in top:
        counts[w] = counts.get(w, 0) + 1
    return max(counts, key=lambda w: (counts[w], w))


def figures(line: str) -> bool:
    """A row of figures: at least half its characters digits and decimal points."""
    t = "".join(line.split())
    return bool(t) and 2 * sum(1 for c in t if c in DIGITS or c in "·．.") >= len(t)


def headline_score(u: Unit) -> float:
    """How much a free block looks like a headline (log-odds-ish, 0 = neutral)."""
    n = len(u.lines)
    if n > 8:
        return -99.0
    s = {1: 0.0, 2: -0.3, 3: -1.0, 4: -2.5, 5: -4.0, 6: -5.5, 7: -7.0, 8: -8.5}[n]
    for ln in u.lines:
        w = width(ln)
        if w > 30:
            return -99.0
        if w > 24:
            s -= 2.5
    last = u.lines[-1].rstrip()
    # a block that ends on a comma, or a word after one (…，以 / 深化改革生财: a
    # paragraph's first line cut off by a stray blank), leaves a clause open;
    # one that ends inside a figure (上证Ａ股１３１２．９９１３１５·) leaves a row open
    tail = last.rsplit("，", 1)[1] if "，" in last and len(last) > 2 else ""
    if last[-1] in "，、；" or 0 < len(tail) <= 2 or CUT_FIGURE_RE.search(last):
        s -= OPEN_CLAUSE
    # headlines have no full stop; a run-in subhead does (在改变生产条件中融入计划生育。),
    # alone when a stray blank cuts it off, and its words fill the text after it
    if "。" in u.text:
        s -= 8.0
    if u.lines[0][:1] in BULLETS or ITEM_RE.match(u.lines[0]):   # a list item of a deck or body (●…, １、…)
        s -= 4.0
    if u.lines[0][:1] == "—":          # a subtitle (——忆…) goes under its title, in the same block
        s -= DECK
    if bracketed(u.lines):
        s -= SIGNOFF_HEAD
    # a bracket left open: the block runs on into the next (（１９９７年…代表大会 /
    # blank / 常务委员会第二十九次会议通过）)
    if u.text.count("（") + u.text.count("(") > u.text.count("）") + u.text.count(")"):
        s -= OPEN_BRACKET
    # fields of a form (荣誉：全国劳动模范 / 工作单位：上海龙吴港务公司, 邮编：…);
    # a headline that quotes two speakers quotes clauses (张晓伟：救人不留名，…)
    if sum(1 for ln in u.lines if FIELD_RE.match(ln) and "，" not in ln) >= 2:
        s -= FIELDS
    if all(figures(ln) for ln in u.lines):
        s -= FIGURE_HEAD
    if any(splits_word(a, b) for a, b in zip(u.lines, u.lines[1:])):
        s -= WORD_SPLIT
    flat = "".join(u.text.split())
    # a byline printed as a line of text (本报记者田俊荣) or the page's editor
    # (本版新闻热线… / 责任编辑：周泓洋) names people, never what an article is about
    if BARE_BYLINE_RE.fullmatch(flat) or any(EDITOR_LINE_RE.match(ln) for ln in u.lines):
        s -= CREDIT_HEAD
    if DATE_RE.fullmatch(flat):
        s -= DATE_HEAD
    if FIGURE_LABEL_RE.search(flat):
        s -= FIGURE_LABEL
    return s


class _Page:
    def __init__(self, units):
        self.u = units
        self._cost, self._grams, self._title_grams = {}, {}, {}
        self._han = ["".join(HAN_RE.findall(x.text)) if x.kind == "F" else "" for x in units]   # for cohesion
        self._coh, self._common = {}, None
        self._kept = [_kept(x.text) for x in units]
        n = len(units)
        self.hs = [headline_score(x) if x.kind == "F" else -99.0 for x in units]
        # A one-line block that is really the first line of a paragraph
        # followed by a stray blank: same column as its neighbours, one
        # indent short, sentence running on into the next block.
        # each block's column, where it has enough lines to tell
        self.col = [block_column(x.lines) if x.kind == "F" and len(x.lines) >= 5 else None for x in units]
        self.tab = [tabular(x.lines) for x in units]     # each block a table's rows?
        self.bracket = [bracketed(x.lines) for x in units]  # each block a bracket alone?
        # each block ending in a byline printed as text (本报特派记者管彦忠)?
        self.byline = [x.kind == "F" and BARE_BYLINE_RE.fullmatch(x.lines[-1].strip()) is not None for x in units]
        self.deck = [x.kind == "F" and opens_with_deck(x.lines) for x in units]   # each block a deck and its author?
        # what a body pays to take in block k: a dateline's paragraph (本报讯…,
        # 新华社…电) after one that ends an article opens a brief of its own
        # (DATELINE_INSIDE, unless both set one column); and what a brief that
        # starts at block k pays on a page of briefs: the blocks on either side
        # set one column (SAME_COLUMN)
        self.dateline, self.joined = [0.0] * n, [0.0] * n
        for k in range(1, n):
            x, y = units[k - 1], units[k]
            if x.kind != "F" or y.kind != "F":
                continue
            dated = opens_article(y.lines[0])
            if dated and ends_article(x.lines) and not self._after_editors_note(k):
                a, b = self._column_near(k - 1, -1), self._column_near(k, 1)
                if a is None or b is None or abs(a - b) > 0.5:
                    self.dateline[k] = DATELINE_INSIDE
            elif not dated and self.hs[k - 1] < COHESION_HS:
                a, b = self._column_near(k - 1, -1), self._column_near(k, 1)
                if a is not None and a == b:
                    self.joined[k] = SAME_COLUMN
        raw = list(self.hs)
        # a photo printed with an article takes the article's main title: a
        # headline-like block whose text another one repeats (whole or before
        # its ——subtitle) is likely that photo's title
        flat = ["".join(x.text.split()) if x.kind == "F" and len(x.lines) <= 3 else None for x in units]
        self.twin = [0.0] * n
        for a, ta in enumerate(flat):
            if ta and any(b != a and tb and (tb == ta or tb.startswith(ta + "——"))
                          for b, tb in enumerate(flat)):
                self.twin[a] = PHOTO_TWIN
        # a series of headlines that end alike (王启民先进模范近如何⑵, 侯殿禄先进模范近如何⑵;
        # 沪市上周上涨前五名（％）, 深市上周上涨前五名（％）): each is a headline, and one
        # inside a body would lend the next its shared words.  Those words say
        # nothing of which body is whose: only the rest (王启民) is looked for
        short = [t if t and len(x.lines) <= 2 and raw[k] > -50 else None for k, (x, t) in enumerate(zip(units, flat))]
        self.series = [0.0] * n
        self.own = [x.text for x in units]     # the words of each block as a headline
        for a, ta in enumerate(short):
            tail = max([len(commonprefix([ta[::-1], tb[::-1]])) for tb in short if tb and tb != ta] or [0]) \
                if ta else 0
            if tail >= SERIES_TAIL:
                self.series[a] = SERIES_BODY
                self.own[a] = ta[:-tail]       # what tells it from the rest of the series
        # blocks after one whose last line signs an article off (…结书。（本版
        # 法律顾问））: the article is over, so a block there that reads as a
        # paragraph's cut-off first line is more likely the next one's opening
        self.signed = [k > 0 and units[k - 1].kind == "F" and block_signs_off(units[k - 1].lines)
                       for k in range(n)]
        # each block after one that signs an article off (SIGNED_INSIDE)
        self.ended = [signed and not PHOTO_NOTE_RE.search(units[k - 1].lines[-1])
                      and not ITEM_RE.match(units[k].lines[0]) for k, signed in enumerate(self.signed)]
        cut = set()                        # blocks found to be a paragraph's cut-off first line
        for i, x in enumerate(units):
            if x.kind != "F" or raw[i] < -50:
                continue
            prev = units[i - 1] if i and units[i - 1].kind == "F" else None
            nxt = units[i + 1] if i + 1 < n and units[i + 1].kind == "F" else None
            # a line, or two, that finishes the word a full line above it left
            # open (…李清林中共哈尔滨市委 / blank / 书记): the tail of a paragraph
            # that a stray blank cut, not a headline (see BROKEN_WORD in reflow.py)
            if (prev is not None and len(x.lines) <= 2 and len(prev.lines) >= 2 and runs_full(prev.lines)
                    and not ends_sentence(prev.lines[-1]) and splits_word(prev.lines[-1], x.lines[0])):
                self.hs[i] -= TAIL_CUT
            # an artwork's title, its kind in brackets, next to its artist
            # alone in brackets (国泰民安（篆刻） / （陈少华）): no line of a poem
            # before it, nor the opening lines of a paragraph a blank cut off
            artwork = (len(x.lines) <= 2 and TITLE_NOTE_RE.search(x.lines[-1])
                       and ((nxt is not None and self.bracket[i + 1]) or (prev is not None and self.bracket[i - 1])))
            if (prev is not None and not ends_article(prev.lines) and not artwork
                    and (i - 1 in cut or (raw[i - 1] < -50 and runs_full(prev.lines) and not open_rows(prev.lines)))):
                self.hs[i] -= 4.0          # the body before stops mid-sentence, at a full line
            if nxt is not None and len(x.lines) <= 4:
                # the column, from the next few body lines (stray blanks may
                # cut them into one-line blocks too)
                after = []
                for y in units[i + 1:i + 5]:
                    if y.kind != "F" or len(after) >= 4:
                        break
                    after += y.lines
                # (two lines are enough where they are body text: an article's
                # last paragraph cut after its first line, 劳动模范代表…要用新的工 /
                # blank / 作成就回报…, follows blocks a stray blank also cut short)
                # (not where that body has signed off and the block breaks a
                # word with the next one, …河北涿州市林家屯 / blank / 乡南史辛庄村…:
                # the line opens the next article, whose column may be another)
                known = (prev is not None and raw[i - 1] < KNOWN_BODY and len(prev.lines) >= 2
                         and not (self.signed[i] and len(x.lines) == 1
                                  and splits_word(x.lines[0], nxt.lines[0])))
                # a line of the column that ends inside a word (北京集 / blank /
                # 训，备战…。) and a block that closes the sentence at once: a last
                # paragraph, not a headline over a one-line article, whatever
                # the blocks after it (the next article's) say of the column
                if (len(x.lines) == 1 and not ends_sentence(x.lines[0]) and len(nxt.lines) <= 2
                        and block_ends(nxt.lines) and width(x.lines[0]) >= MIN_COLUMN - 1.0
                        and splits_word(x.lines[0], nxt.lines[0]) and not artwork):
                    self.hs[i] -= 6.0
                    cut.add(i)
                    continue
                if len(after) < 3 and not known:
                    continue                         # too little to tell a column (a headline before a byline)
                ws = [width(l) for l in after]
                floor = column_floor(after, ws) if len(after) >= 3 else 0.0   # the column is at least this
                top = max(ws)                        # and at most about this
                if known:
                    # the body before, when it is the same article, knows it better
                    pws = [width(l) for l in prev.lines]
                    floor, top = max(floor, column_floor(prev.lines, pws)), max(top, max(pws))
                w = width(x.lines[-1])
                u0 = first_unit_width(nxt.lines[0])
                # the last line is a paragraph's first line (one indent
                # short), or the block is a paragraph's opening lines, all
                # filled
                filled = floor - 2.0 < w + u0 and w <= top - 1.0
                if len(x.lines) > 1 and not filled:
                    filled = (floor < w + u0 and w <= top + 1.0
                              and all(width(l) >= floor - 3.0 for l in x.lines))
                # or a full line of the column, set off by a stray blank on
                # either side (one after a paragraph's first line, one inside it)
                if len(x.lines) == 1 and not filled:
                    filled = (max(floor, MIN_COLUMN) - 1.0 <= w
                              and w - squeeze(x.lines[0]) <= top + 1.0)
                # the block after goes on with a full line, or closes the
                # paragraph at once: not how an article starts
                closes = nxt.lines[0].rstrip(CLOSERS)[-1:] in tuple(STOPS)
                # (a full line: no room left for the unit after it, and no
                # narrower than the block, which would be its first line,
                # one indent short: 江城母虎觅配偶盼望虎年得虎仔 over
                # 时光如梭。去年这个时候，我 is a headline over a first line)
                full = ws[0] >= w and (ws[0] >= floor - 1.0 or (
                    len(after) > 1 and ws[0] + first_unit_width(after[1]) > floor))
                runs_on = (not ends_sentence(x.lines[-1])
                           and (full or closes or (len(x.lines) == 1 and splits_word(x.lines[-1], nxt.lines[0])))
                           and not DATELINE_RE.match(nxt.lines[0]))   # a dateline opens an article
                # (figures alone: a row's figures and the next row's label, set
                # off by stray blanks, are no more a headline for it)
                if filled and runs_on and not tabular(after, labels=False) and not artwork:
                    self.hs[i] -= 6.0      # a first line cut off by a stray blank
                    cut.add(i)
        self.cut = cut

    def _column_near(self, k, step):
        """block_column of block k, taking in the free blocks after it (step 1)
        or before it (step -1) until there are three lines to tell it: a stray
        blank after a paragraph's first line leaves a block of one.  None where
        fewer lines stand before the next dateline or another unit."""
        lines, j = [], k
        while 0 <= j < len(self.u) and self.u[j].kind == "F" and len(lines) < 3:
            if j != k and opens_article(self.u[j if step > 0 else j + 1].lines[0]):
                break
            lines = lines + self.u[j].lines if step > 0 else self.u[j].lines + lines
            j += step
        return block_column(lines) if len(lines) >= 3 else None

    def _after_editors_note(self, k):
        """Do the free blocks before block k, back to the last dateline, open with an editor's note?"""
        for x in reversed(self.u[:k]):
            if x.kind != "F" or opens_article(x.lines[0]):
                return False
            if EDITOR_NOTE_RE.match(x.lines[0]):
                return True
        return False

    def body(self, i, j):
        """body_cost, each span computed once."""
        if (i, j) not in self._cost:
            self._cost[(i, j)] = self.body_cost(i, j)
        return self._cost[(i, j)]

    def grams(self, i, j):
        """Character bigrams (of _kept) of the text of units[i:j], each span
        built once from the one before it (the segmentation grows a body a
        block at a time)."""
        g = self._grams.get((i, j))
        if g is None:
            if j - i == 1:
                g = _bigrams(self._kept[i])
            else:
                g = self.grams(i, j - 1) | self.grams(j - 1, j)
                a = next((self._kept[k][-1] for k in range(j - 2, i - 1, -1) if self._kept[k]), None)
                if a and self._kept[j - 1]:
                    g = g | {a + self._kept[j - 1][0]}
            self._grams[(i, j)] = g
        return g

    def sim(self, t, i, j):
        """Share of unit t's character bigrams (as a title) found in the text
        of units[i:j]: a headline's words reappear in its own article."""
        tb = self._title_grams.get(t)
        if tb is None:
            # a bracket after a title is the work's kind (峡山行（中国画）,
            # …（书法）): no word of any body
            tb = self._title_grams[t] = _bigrams(_kept(TITLE_NOTE_RE.sub("", self.own[t])) or self._kept[t])
        return len(tb & self.grams(i, j)) / len(tb) if tb else 0.0

    def body_cost(self, i, j):
        """Penalty for units[i:j] (all free blocks) forming one body."""
        lines = [ln for x in self.u[i:j] for ln in x.lines]
        ws = [width(ln) for ln in lines]
        W = column(ws)
        over = short = 0
        k = 0
        for x in self.u[i:j]:
            for li, ln in enumerate(x.lines):
                w = ws[k]
                k += 1
                if w > W + 1.6:
                    over += 1
                elif w < W - 3.6 and li < len(x.lines) - 1 and not ends_sentence(ln):
                    short += 1
        # capped: verse and tables are short lines by nature, and even a
        # poorly wrapped body is better in an item than left over
        cost = min(4.5, 1.5 * over) + min(3.0, 1.0 * short)
        # one line is no table: a paragraph's first line cut off by a stray
        # blank may be just as bare (伊拉克驻约旦的一名外交官３)
        table = len(lines) > 1 and tabular(lines)
        if not ends_article(lines) and not table:
            cost += 2.5
            # stopped mid-sentence at a full line: it runs on.  Not so verse,
            # four lines or more narrower than any column, which ends every
            # line so (a date line or two may still be a body's cut-off piece)
            if ws[-1] >= W - 2.0 and (W >= VERSE_WIDTH or len(lines) < 4):
                cost += OPEN_FULL
        # a block of short lines between blank lines that ends no sentence
        # and is no paragraph's cut-off first line: a headline (a subhead
        # inside a body is not set off by blanks).  In a "body" of one-line
        # blocks narrower than any column the paper sets (artworks and their
        # artists) the room test says nothing; nor in a table, where a block
        # of words among blocks of figures is the next table's heading (up to
        # five lines between two tables: one may carry the column names,
        # 上周股市概览 / 名称前周收盘上周 / 开盘上周最高上周最低 / …; a body's
        # first block of four may be the table's own header and first rows,
        # 题目作者发表日期 / 绿魂矫健１０月８日), or before a bracket alone
        # (an artwork's title, then its artist).  Not a body's first block
        # when it opens with a dash: a deck and its author (——怀念…何长工 /
        # 宋瑞祥) open an article whose headline comes after it.  And a
        # short block right above a dash is a headline over its deck, however
        # wide the dash.
        Wmin = max(W, MIN_COLUMN)
        narrow = W < MIN_COLUMN and all(len(x.lines) == 1 for x in self.u[i:j])
        tab = self.tab[i:j]
        for k, (b, c) in enumerate(zip(self.u[i:j], self.u[i + 1:j])):
            among_figures = not tab[k] and tab[k + 1] and (k == 0 or tab[k - 1])
            if among_figures and len(b.lines) <= (5 if k else 3) and not block_ends(b.lines):
                cost += STRAY_HEAD
            elif k == 0 and b.lines[0][:1] == "—":
                pass       # a deck and its author opening a body whose headline follows it
            elif c.lines[0][:1] == "—" and len(b.lines) <= 3 and not block_ends(b.lines):
                cost += STRAY_HEAD     # a headline over its deck (迎接新世纪铸造新辉煌 / ———人民日报…)
            elif (len(b.lines) <= 3 and not block_ends(b.lines)
                    and (narrow or self.bracket[i + k + 1]
                         or (not tab[k] if table else
                             (width(b.lines[-1]) + first_unit_width(c.lines[0]) < Wmin - 2.0
                              and all(width(ln) <= Wmin - 2.0 for ln in b.lines))))):
                cost += STRAY_HEAD
            elif (k and len(b.lines) <= 2 and self.hs[i + k] > -1.0 and not block_ends(b.lines)
                    and ends_article(self.u[i + k - 1].lines) and not splits_word(b.lines[-1], c.lines[0])):
                # a line or two that read as a headline right after a paragraph
                # that could end the article (…象。 / 一九九七，文学提供了什么 /
                # 为及时…; …画册。 / 中亚五国发表联合声明加强相互间 / 联系与合作
                # 独立自主地参加独联体 / 新华社…): as wide as a paragraph's lines,
                # they escape the room test above.  Not a block that breaks a word
                # with the next (…外部势 / 力对阿内政…): that is a paragraph's
                # opening cut off by a stray blank.  (Two lines, not just one:
                # 23 default runs 1,453 -> 1,444, 9 better and none worse;
                # --untitled keep runs 515 -> 511)
                cost += STRAY_HEAD
        # a deck and its author's name alone (——怀念…何长工 / 宋瑞祥) open an
        # article whose headline follows it: inside a body they start the next
        cost += STRAY_HEAD * sum(self.deck[i + 1:j])
        last = self.u[j - 1].lines
        if j - i >= 2 and tab[-2] and not tab[-1] and len(last) <= 3 and not block_ends(last):
            cost += STRAY_HEAD     # words after the figures: the next table's heading
        # a bracket alone ends what comes before it, and the page sets each
        # item off by a blank line, a sign-off seldom: a bracket block that
        # closes a longer body is more often an artwork's artist, whose title
        # follows (（孙日晓） / 峡山行（中国画）), and one that opens a body
        # belongs to the item before
        if j - i >= 2:
            cost += ARTIST * (self.bracket[j - 1] + self.bracket[i])
        # a byline with no □ (本报特派记者管彦忠) names who wrote what follows
        # it: it opens an article or a report in a roundup, never closes one
        if self.byline[j - 1]:
            cost += BYLINE_END
        # a block printed elsewhere on the page word for word (a photo group's
        # shared title) is a title, not body text: in a body it would also
        # lend its words to the twin headline after it
        cost += TWIN_BODY * sum(1 for x in range(i, j) if self.twin[x]) + sum(self.series[i:j])
        # one body keeps one column: a change of width means another article.
        # Verse sets none (couplets of five characters, then of seven); a
        # table's rows, as short, still tell one ranking from the next (its
        # heading stands between them).  Two blocks of rows with nothing but
        # rows between are one table that stray blanks cut, whatever their
        # widths: its columns of figures differ from one row group to the next
        # (上证指数９１７．０２… / blank / ５５．８８２１６．６３…), and a block
        # between them too short to tell a column (天津０．７－１．６０．５ /
        # 山东０．８－１．４０．５涨幅高于全, 1998-01-19, page 2) is rows as well
        cols = [(c, k) for k, (c, t) in enumerate(zip(self.col[i:j], tab))
                if c is not None and (c >= VERSE_WIDTH or t)]
        for (a, ka), (b, kb) in zip(cols, cols[1:]):
            if abs(a - b) > 1.5 and not all(tab[ka:kb + 1]):
                cost += 4.0
        cost -= COHESION * sum(self.cohesion(k) for k in range(i + 1, j) if self.prose(k - 1) and self.prose(k))
        cost += sum(self.dateline[i + 1:j])
        cost += SIGNED_INSIDE * sum(self.ended[i + 1:j])
        return cost

    def prose(self, k):
        """Is unit k a block that cannot be a headline, whose words are its article's?"""
        return self.u[k].kind == "F" and self.hs[k] < COHESION_HS

    def common(self):
        """Bigrams of the page's theme: found in COHESION_COMMON or more of its
        runs of prose (an article's body, or a part of it that a subhead or a
        photo sets apart), they tell one article from the next no better
        than the page's other words."""
        if self._common is None:
            runs = ["".join(h for _, h in run)
                    for prose, run in groupby(enumerate(self._han), key=lambda kh: self.prose(kh[0])) if prose]
            df = Counter(g for run in runs for g in _bigrams(run))
            self._common = frozenset(g for g, c in df.items() if c >= COHESION_COMMON)
        return self._common

    def cohesion(self, k):
        """Log-odds that the blocks before and after the start of block k are
        one article's, from the Han character bigrams the COHESION_SPAN
        characters on either side share; each side stops at the nearest unit
        that is not prose (a headline shares its own body's words)."""
        v = self._coh.get(k)
        if v is None:
            han = self._han
            a, before = k, ""
            while a > 0 and len(before) < COHESION_SPAN and self.prose(a - 1):
                a -= 1
                before = han[a] + before
            b, after = k, ""
            while b < len(han) and len(after) < COHESION_SPAN and self.prose(b):
                after += han[b]
                b += 1
            before, after = before[-COHESION_SPAN:], after[:COHESION_SPAN]
            n = min(len(before), len(after))
            if n < COHESION_MIN:
                v = 0.0
            else:
                shared = len((_bigrams(before) & _bigrams(after)) - self.common())
                v = min(COHESION_MAX, COHESION_BASE[bisect_right(COHESION_BINS, n)] + COHESION_SLOPE * shared)
            self._coh[k] = v
        return v


def _plan(units):
    """Best split of the page into items.  Where the text cannot tell whether
    a headline belongs to the body before or after it (a ranking table, an
    artwork and its artist), the page's own layout decides: the paper's,
    headline after its body, unless most of the page's headlines came first.
    A page is set in one layout more often than in a mix: where the first
    pass puts LAYOUT_MAJORITY headlines or more on one side and at most one
    on the other (that one may be a misreading: a paragraph alone between
    blanks, read as a headline), the second pass makes a headline on the
    other side pay LAYOUT_ODD (on a mixed page few come out so lopsided).
    Both passes share one _Page: its scores and body costs do not depend on
    the side ties go to.  A page whose reading so far holds BRIEF_PAGE
    untitled items or more is a column of briefs, and is read once more with
    an untitled item costing UNTITLED_BRIEFS."""
    P = _Page(units)
    plan = _segment(P, post_ties=True)
    arts = [e for e in plan if e[0] == "article" and e[2] is not None]
    pre = sum(1 for e in arts if e[5] is None)
    post = sum(1 for e in arts if e[5] == "post")
    odd = LAYOUT_ODD if max(pre, post) >= LAYOUT_MAJORITY and min(pre, post) <= 1 else 0.0
    ties = pre <= post
    if pre > post or odd:
        plan = _segment(P, post_ties=ties, odd=odd)
    briefs = sum(1 for e in plan if e[0] == "article" and e[1] is None and e[2] is None)
    if briefs >= BRIEF_PAGE:
        plan = _segment(P, post_ties=ties, odd=odd, untitled=UNTITLED_BRIEFS, joined=P.joined)
    return plan


def _segment(P, post_ties=True, odd=0.0, untitled=UNTITLED, joined=None):
    """Best split of the unit sequence into items (dynamic programme).  Ties
    go to the side post_ties names; `odd` is what a headline on the other
    side costs; `joined[k]`, what an item with no byline that starts at block
    k pays (a page of briefs: P.joined)."""
    units = P.u
    n = len(units)
    joined = joined or [0.0] * n
    NEG = float("-inf")
    best = [NEG] * (n + 1)
    back = [None] * (n + 1)
    best[0] = 0.0
    body = P.body

    MAXLEN = 80
    for i in range(n):
        if best[i] == NEG:
            continue
        base = best[i]

        def offer(j, score, item):
            if base + score > best[j]:
                best[j] = base + score
                back[j] = (i, item)

        u = units[i]
        # leftover: any unit can be left out, at a price (a byline with no
        # body after it, a stray line)
        offer(i + 1, LEFTOVER_F if u.kind == "F" else -12.0, ("leftover", i))
        if u.kind == "C":
            offer(i + 1, EMPTY_COMMENTARY, ("commentary", i, i + 1, i + 1))
        # photos: [P], [P,H], [H,P]
        if u.kind == "P":
            offer(i + 1, -4.0, ("photo", i, None))
            if i + 1 < n and units[i + 1].kind == "F" and P.hs[i + 1] > -50:
                sim = P.sim(i + 1, i, i + 1)
                offer(i + 2, P.hs[i + 1] + 2.0 * sim + 0.3 + P.twin[i + 1], ("photo", i, i + 1))
        if u.kind == "F" and i + 1 < n and units[i + 1].kind == "P" and P.hs[i] > -50:
            sim = P.sim(i, i + 1, i + 2)
            offer(i + 2, P.hs[i] + 2.0 * sim + P.twin[i], ("photo", i + 1, i))
        # articles / commentaries: [H?] [B|C]? F+ [H?]
        starts = []
        if u.kind in "BC":
            starts.append((i, None, i + 1, u.kind))
        if u.kind == "F":
            if P.hs[i] > -50 and i + 1 < n:
                if units[i + 1].kind == "B":
                    starts.append((i + 1, i, i + 2, "B"))
                elif units[i + 1].kind == "F":
                    starts.append((i, i, i + 1, "H"))
            starts.append((i, None, i, "F"))
        for anchor, head, bstart, kind in starts:
            # a pre-headline's words in the body's opening block: the same for every end j
            lead = 0.0 if head is None else LEAD * P.sim(head, bstart, bstart + 1)
            # a body that opens with a paragraph's cut-off first line, unless
            # that line opens with a dateline (本报讯…): an article's first line
            # (one that cites another's, 据新华社…电, may be inside a body too)
            opening = units[bstart].lines[0]
            first = FIRST_CUT if bstart in P.cut and not opens_article(opening) and not P.signed[bstart] else 0.0
            for j in range(bstart + 1, min(n, bstart + MAXLEN) + 1):
                if units[j - 1].kind != "F":
                    break
                cost = body(bstart, j) + first
                if kind == "C":
                    # the headline is printed with the ◎ line
                    offer(j, -cost + 1.0, ("commentary", i, bstart, j))
                    continue
                pre = 0.0 if head is None else (P.hs[head] + SIM_WEIGHT * P.sim(head, bstart, j)
                                                + lead + (-odd if post_ties else TIE))
                if head is not None:
                    offer(j, pre - cost, ("article", anchor, head, bstart, j, None))
                elif kind == "B":
                    offer(j, -cost - 3.0, ("article", anchor, None, bstart, j, None))   # untitled
                else:
                    # untitled, uncredited
                    offer(j, -cost - untitled - joined[bstart], ("article", None, None, bstart, j, None))
                # trailing headline (the paper's layout)
                if head is None and j < n and units[j].kind == "F" and P.hs[j] > -50:
                    post = (P.hs[j] + SIM_WEIGHT * P.sim(j, bstart, j)
                            + LEAD * P.sim(j, bstart, bstart + 1) + (TIE if post_ties else -odd))
                    offer(j + 1, post - cost - (joined[bstart] if kind == "F" else 0.0),
                          ("article", anchor if kind == "B" else None, j, bstart, j, "post"))
    # backtrack
    items = []
    j = n
    while j > 0:
        i, item = back[j]
        items.append(item)
        j = i
    items.reverse()
    return items


def signs_off(line: str) -> bool:
    """A line that ends with a sign-off in brackets after a full stop (or alone)."""
    line = line.rstrip()
    m = SIGNOFF_RE.search(line)
    if m is None or m.end() != len(line):
        return False
    before = line[:m.start()].rstrip()
    return not before or before[-1] in STOPS or before[-1] in CLOSERS and before.rstrip(CLOSERS)[-1:] in STOPS


def block_signs_off(lines) -> bool:
    """signs_off for a block's end, its sign-off whole or wrapped onto a last
    line of its own (…江西金溪县支行周小琴陈广华汤长 / 明）)."""
    last = lines[-1].strip()
    if signs_off(last):
        return True
    return (len(lines) >= 2 and last[-1:] in "）)" and not any(c in last for c in "（(")
            and signs_off(lines[-2].strip() + last))


def runs_full(lines) -> bool:
    """Could a sentence left open at the block's end run on into the next?
    After a full last line, yes.  After a short one, only in verse (short
    open lines throughout, stanza after stanza); prose, a list or a table
    ended there."""
    if len(lines) < 3:
        return True
    ws = [width(ln) for ln in lines]
    floor = column_floor(lines, ws)
    if ws[-1] >= floor - 2.5:
        return True
    if any(c in DIGITS for c in lines[-1]):
        return False
    return sum(1 for w in ws[:-1] if w < floor - 2.5) >= VERSE_SHARE * (len(ws) - 1)


def open_rows(lines) -> bool:
    """A list whose rows end without punctuation, short of the column
    (万紫千红总是春霍英东全国政协副主席 / 一等奖（３名）): its last line filling
    the column says nothing of a sentence running on."""
    if len(lines) < 5:
        return False
    ws = [width(ln) for ln in lines]
    floor = column_floor(lines, ws)
    rows = sum(1 for ln, w in zip(lines[:-1], ws) if w < floor - 2.5 and not ends_sentence(ln))
    return rows >= OPEN_ROWS * (len(lines) - 1)



def column_floor(lines, ws) -> float:
    """A lower bound of the column width: every line fits its column once its
    squeezable punctuation is squeezed (half a character each, one at most)."""
    return _floor([w - squeeze(ln) for ln, w in zip(lines, ws)])


def _floor(bounds) -> float:
    """The largest of the lines' bounds on the column, skipping the top tenth
    so that a few odd lines do not inflate it."""
    bounds = sorted(bounds, reverse=True)
    return bounds[min(len(bounds) - 1, int(len(bounds) * FLOOR_SKIP))]


LIST_ENDS = "。；！？"


def block_column(lines) -> float | None:
    """column_floor of a block, where a line after a short one that ends a
    sentence, or one that opens with a bullet or a dateline, counts as what it
    is, a paragraph's first line, set two short of the column: a block of one-
    and two-line paragraphs (●４年投资５４２亿元●竣工８０１２万平 / 方米 / ●建成住房…)
    would otherwise look two narrower than its body.  None where most lines
    end a clause (（二）资源稀缺的少数商品价格； / （三）…): a list of one-line
    paragraphs, each line a first or a last one, tells no column."""
    if 2 * sum(1 for ln in lines[:-1] if ln.rstrip()[-1:] in LIST_ENDS) > len(lines) - 1:
        return None
    ws = [width(ln) for ln in lines]
    floor = column_floor(lines, ws)
    return _floor([w - squeeze(ln) + (2.0 if k and ws[k - 1] < floor - 2.5 and (
        ln[:1] in BULLETS or DATELINE_RE.match(ln) or ends_sentence(lines[k - 1])) else 0.0)
        for k, (ln, w) in enumerate(zip(lines, ws))])


def _title(lines: list[str]) -> str:
    return " ".join(lines)


def _photo_title(lines: list[str]) -> str:
    t = _title(lines)
    flat = "".join(t.split())
    half = len(flat) // 2
    if len(flat) % 2 == 0 and half >= 2 and flat[:half] == flat[half:]:
        return flat[:half]            # printed twice: 义务植树义务植树
    return t


# ------------------------------------------------------------------ page

def body_spans(plan) -> dict[int, tuple[int, int]]:
    """The units of each article's or commentary's body, by its index in the
    plan: the bodies reflow_page reads (bench/reflow_margin.py reads them too)."""
    return {k: (e[2], e[3]) if e[0] == "commentary" else (e[3], e[4])
            for k, e in enumerate(plan) if e[0] in ("article", "commentary")}


def parse_page(data: bytes | str, filename: str = "<dump>") -> ParsedPage:
    if isinstance(data, str):
        text, enc = data.lstrip("\ufeff"), "str"
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise ParseError(filename, "the file is empty")
        _check_text(text, filename)
    else:
        text, enc = decode_dump(data, filename)
    try:
        units = _units(_blocks(text))
        plan = _plan(units)
    except ParseError:
        raise
    except Exception as e:  # never a traceback for a bad page
        raise ParseError(filename, "the page structure could not be read (%s)" % e) from e
    items, leftover, markup = [], [], []
    # every body's paragraphs at once: the page has one quote setting
    spans = body_spans(plan)
    paragraphs = dict(zip(spans, reflow_page([[units[u].lines for u in range(*span)]
                                              for span in spans.values()])))
    for k, entry in enumerate(plan):
        if entry[0] == "leftover":
            u = units[entry[1]]
            leftover.append(join_lines(u.lines) if u.kind == "F" else
                            " ".join(x for x in [join_lines(u.lines)] + [c.name for c in u.credits] if x))
            markup += u.markup
            continue
        if entry[0] == "photo":
            _, pi, hi = entry
            p = units[pi]
            title = _photo_title(units[hi].lines) if hi is not None else ""
            if hi is not None and title != _title(units[hi].lines):
                markup.append(title)        # the second printing of the title
            items.append(Item("photo", title, list(p.credits), [], join_lines(p.lines), []))
            markup += p.markup
            continue
        if entry[0] == "commentary":
            c = units[entry[1]]
            items.append(Item("commentary", _title(c.lines), list(c.credits), paragraphs[k], "", []))
            markup += c.markup
            continue
        _, anchor, head = entry[:3]
        credits = []
        if anchor is not None:
            credits = list(units[anchor].credits)
            markup += units[anchor].markup
        title = _title(units[head].lines) if head is not None else ""
        items.append(Item("article", title, credits, paragraphs[k], "", []))
    if not items:
        raise ParseError(filename, "no article, commentary or photo could be found in it")
    _propagate_staff(items)
    for it in items:
        it.regions = _regions.find_regions(it.title + "\n" + it.caption + "\n" + "\n".join(it.paragraphs))
    return ParsedPage(items, leftover, enc, text, [m for m in markup if m])


def unaccounted(page: ParsedPage) -> Counter:
    """Han characters of the dump that ended up nowhere (should be empty):
    every one must be in an item, the leftover list or the consumed markup."""
    placed = []
    for it in page.items:
        placed += [it.title, it.caption] + it.paragraphs + [c.name for c in it.credits]
    placed += page.leftover + page.markup
    return Counter(HAN_RE.findall(page.text)) - Counter(HAN_RE.findall("".join(placed)))


def _propagate_staff(items):
    """A name credited as 本报 anywhere on the page is staff everywhere on it
    (◎安寅东 is 本报记者 安寅东 in a photo credit); correspondents never are."""
    staff = {c.name for it in items for c in it.credits if c.staff}
    for it in items:
        for c in it.credits:
            if c.name in staff and c.role != "通讯员":
                c.staff = True


def page_to_json(page: ParsedPage, source: str) -> dict:
    """The schema of sample/seed-page.expected.json, regions by name."""
    out = []
    for it in page.items:
        d = {"kind": it.kind, "title": it.title}
        if it.kind == "photo":
            d["caption"] = it.caption
            d["credits"] = [{"name": c.name, "role": c.role, "staff": c.staff} for c in it.credits]
        else:
            d["credits"] = [{"name": c.name, "role": c.role, "staff": c.staff} for c in it.credits]
            d["paragraphs"] = list(it.paragraphs)
        d["regions"] = [_regions.region_name(c) for c in it.regions]
        out.append(d)
    return {"source": source, "items": out}
