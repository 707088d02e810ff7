"""Hard-wrapped body lines -> paragraphs.

The typesetter fills every line of a paragraph to the column width W, starts
a paragraph two characters short (the indent the extraction loses) and may
squeeze up to one character of punctuation to fit one more unit.  A line
therefore ended its paragraph exactly when the next line's first unit would
still have fitted, or when the text could end there and the next line reads
like a paragraph's first line.  Rather than guess W and then decide line by
line, every plausible width is tried and a small dynamic programme labels the
lines (first / middle / last of a paragraph) at the lowest cost; the width
that explains the body best wins.  Curly quotes are set half width by some
pages and full width by others, so that is chosen the same way, once per page
(reflow_page), and so is how strictly the page keeps to its columns (a page
typeset on a grid never runs a line past one; an extraction that measures
punctuation loosely does).  Blank lines are evidence, not boundaries: the
extraction mostly drops them right after a paragraph's first line.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter

STOPS = "。！？!?…⋯"
CLOSERS = "”’」』）)》"
SQUEEZABLE = frozenset("，。、；：？！（）《》『』「」")
QUOTES = frozenset("“”‘’")
FULL_DIGITS = frozenset("０１２３４５６７８９")
FULL_TO_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")
ASCII_TO_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
BULLETS = "●■▲◆△○◇★☆"
MIN_COLUMN = 14.0   # the narrowest body column the paper sets
UNIT_RE = re.compile("[“‘（《〈「『【〔［]*(?:[0-9A-Za-z０-９][0-9A-Za-z０-９.．,%％]*|.)"
                     "[，。、；：∶？！”’）》〉」』】〕］…⋯—·％% ]*")

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_TAIL_RE = re.compile("[%s]{1,4}$" % HAN)
HAN_HEAD_RE = re.compile("[%s]{1,4}" % HAN)

# costs (log-odds-ish)
OVERFLOW = 2.0       # per character a line runs past its column (after squeezing)
OVERFLOW_BASE = 1.5  # a real page squeezes a little more than one character; the rest is a miss
# A page set on a grid, where no more than 1 line in 50 runs past its column
# even at the loose price, has no line that does: there a line that would is
# priced like the text's strongest evidence, so a stray blank or a cheap break
# after a stop cannot buy it.  The seed page's extraction measures 1 line in
# 20 over (its punctuation is set proportionally), pages from make_pages.py at
# most 1 in 60.
GRID_SHARE = 0.02
TIGHT = 6.0
MASS_RANGE = 12.0    # columns costing this much more than the best carry no weight (e^-12)
WIDE = 22.0          # columns up to this wide (+2.5) are always candidates: the widest body column a paper sets
# A paragraph set in another column width (around a photo): dearer than
# three breaks at open ends less one, or a form's short fields (荣誉：… /
# 工作单位：… / 目前状况：…) read as one paragraph in a narrower column.  The
# seed page widens its column once, beside a photo, and still does so up to
# 10 (not at 12); generated pages never change it.  Bad paragraph items on
# the eight README runs 553 -> 551 from 6 (10 the same).
CHANGE = 8.0
UNFILLED = 3.0       # a line that had room for the next unit but did not end its paragraph
UNFILLED_BASE = 3.0
# A line runs on where the next unit did not fit.  Where squeezing would
# have fitted it, the typesetter squeezes about half the time, so a line
# that stopped short of that is weaker evidence of a run-on than one that
# had no choice.  ln 2 in theory; 0.3 measured best with the other costs as
# they are (bad paragraph items on the eight README runs 640 -> 628, 0.15
# and 0.45 worse; 0.69 much worse).
NO_CHOICE = 0.3
OPEN_END = 3.0       # a paragraph ending where no sentence ends
SLACK = 0.15         # per character a running-on line stops short (a wide next unit is rarer)
BREAK = 0.4          # prior against a paragraph break where the evidence is even
VERSE_OPEN_END = 0.5
# In verse, a line that ends no clause running on into a next line that ends
# none either makes one clause of the two: the longer the next line's words
# before any mark, the less likely (clause lengths in the corpus fall off
# about as e^(-L/8.5)).  Per character: 1/8.5 in theory, 0.06 measured best
# on the README runs (the poem 一片雪花再大 no longer joins its lines at the
# narrowest column), 0.12 worse; applied to prose too, worse.
VERSE_RUN = 0.06
RUN_RE = re.compile("[^，。、；：∶？！“”‘’（）《》—…⋯·,.;:?!()]*")
TAIL = 2.0           # a paragraph that ends without a stop right after a line that had one
BLANK_FIRST = -1.5   # a blank line right after a paragraph's first line: the usual stray blank
BLANK_MIDDLE = 1.0   # a blank line inside a paragraph elsewhere
# and no blank after a first line that runs on: the extraction drops one
# there 2 times in 5 and between paragraphs 3 times in 100 (ln .97/.6); not
# so after the body's first line, which seldom gets the stray blank
NO_BLANK_FIRST = 0.45
# A paragraph ends between words: where a break between two Han characters
# would cut a word in two (jieba: 森 / 永”牌婴儿奶粉, a list's item running
# on), it is no paragraph's end.  In the corpus a paragraph that ends without
# punctuation splits a word with the next one 86 times in 3,782 (jieba sees a
# headline's last word run on), a line-internal position between two Han
# characters 54 times in 100: ln(.54/.023) = 3.2, priced on top of OPEN_END,
# which is capped far below that end's real odds (bench/break_odds.py).  Bad
# paragraph items on the eight README runs 593 -> 580, the same at 1.5 and 5.
BROKEN_WORD = 3.0
# A paragraph leaves no bracket open: of the corpus's 19,484 paragraphs, 3,288
# hold a （ and 1,134 a 《, and none ends with one unclosed.  A line that
# leaves one open (一、“三下乡”先进集体（共 / １００个）, …编写《李素丽服务 / 法》…)
# runs on, however short: a list of names, priced as verse, breaks its lines
# cheaply elsewhere.  Priced on top of the capped text cost, as BROKEN_WORD.
# Bad items on five README runs (seed 0 in each layout, seed layout seed 1,
# mixed seed 13) 307 -> 305, 2 better; with 《 too 304.  The quotation mark,
# which a paragraph leaves open 18 times in 4,472 (a quotation over several
# paragraphs), at 2.5 changed nothing there nor on the twelve measure-only runs.
UNCLOSED = 4.0
# A paragraph does not end inside a figure.  The wrap may cut one at its
# decimal point, which closes a unit as any mark does (上证３０３９４３·…３８２２· /
# ０９): of the corpus's 19,484 paragraphs none ends with a digit and a point,
# and 2,162 points sit between two digits inside one.  A table, priced as
# verse, breaks its lines cheaply, so this is priced on top of the capped
# text cost, as UNCLOSED.  Items wrong in any field on the 23 default runs
# 1,512 -> 1,506 (6 better, none worse), with parsing.py's like rule for
# headlines.
CUT_FIGURE = 4.0
CUT_FIGURE_RE = re.compile("[0-9０-９][·．.]$")
# Nor between a row's label with its unit and the row's figures, which the
# wrap set on the next line as one unit (小型拖拉机（万台） / ５０３．８８５１７．８８…):
# in the corpus 6 rows run so inside a paragraph, and no paragraph is such a
# label alone before one of figures.  A bracket ends a paragraph cheaply, so
# this too is priced on top of the cap.  Items wrong on the 23 default runs
# 1,506 -> 1,504 (2 better, none worse).
CUT_ROW = 3.0
UNIT_LABEL_RE = re.compile("[%s]{2,8}（[^（）0-9０-９]{1,6}）" % HAN)


EDITOR_RE = re.compile("[。！？…⋯”）]—{1,3}编者$")
# A reader's letter signed with a dash, the name and the place (…方向。 /
# ———李东旭马丽静（辽宁）): in the corpus all 7 such signatures end a paragraph.
SIGNED_RE = re.compile("(?:^|[。！？…⋯”])—{1,3}[%s·]{2,12}（[%s]{2,6}）$" % (HAN, HAN))


# A photo's credit run on after the last sentence, without brackets: the
# seed page's convention (…本报记者 王紫琦 摄) and, once, the corpus's
# (…每天至少可分流１２对以上。崔（摇音）摄, a name with a rare character
# described in brackets).  The article ends there.  In the corpus one
# paragraph ends so, and 3 line-internal positions read so, each the 摄 of
# 摄影 (据这位摄影师说): a wrap would have to fall right after it.  Items
# wrong in any field on the 23 default runs 1,504 -> 1,492 (14 better, 2
# worse), all on that page, which every run prints in its own layout.
CREDIT_END_RE = re.compile("[。！？][”’]?(?:(?:本报|新华社)(?:特约)?记者 ?)?"
                           "(?:[%s]{2,4}|[%s]{1,3}（[%s]{1,4}）[%s]{0,2}) ?摄$" % (HAN, HAN, HAN, HAN))


def ends_sentence(s: str) -> bool:
    s = s.rstrip()
    if not s:
        return False
    if s[-1] in STOPS or s[-1] in "；：;:":
        return True
    if s[-1] in "）)":            # 。（刘玉红肖荻）: a sign-off after the last sentence
        k = max(s.rfind("（"), s.rfind("("))
        if k == 0 or (k < 0 and len(s) <= 8) or (
                k > 0 and len(s) - k <= 30 and (s[k - 1] in STOPS or s[k - 1] in CLOSERS)):
            return True
    # signed off: 。———编者, ———王文西（山东）, 。崔（摇音）摄
    if EDITOR_RE.search(s) or SIGNED_RE.search(s) or CREDIT_END_RE.search(s):
        return True
    t = s.rstrip(CLOSERS)
    return bool(t) and t != s and t[-1] in STOPS


# What the text says about a paragraph break between two lines: log-odds
# against a break, by how the first line ends and the next begins, relative to
# a full stop followed by a plain character.  Measured on the People's Daily
# 1998 corpus by bench/break_odds.py (paragraph ends against line-internal
# positions of the same kind) and rounded: a colon or semicolon ends a
# paragraph about 13 and 28 times less often than a full stop does, unless a
# list item follows; a plain character, some 1,500 times less often (capped at
# OPEN_END: subheads end so, and the widths settle those).
END_COST = {"stop": 0.0, "quote": 0.0, "signoff": 0.0, "paren": 1.4, "colon": 2.6,
            "semicolon": 3.3, "dash": 2.5, "open": OPEN_END}
START_BONUS = {"quote": 0.8, "paren": 0.1, "enum": 1.2, "number": 4.5, "clause": 5.4, "digit": 0.2, "bullet": 4.8,
               "title": 0.9, "plain": 0.0, "dots": 4.5}
# A row of dots after a sentence (…珍稀。 / ⋯⋯⋯⋯ / 由于悲剧一再…) sets a passage
# apart: in the corpus both rows of four or more are paragraphs of their own,
# and no sentence inside a paragraph is followed by so many (by two, 8 times)
DOTS_RE = re.compile("[…⋯]{4,}")
# （二）… or 二、… after a colon or semicolon: the next item of a list; so is
# a dash's item (…主要措施有： / ———明确一把手负总责。): in the corpus 10
# paragraphs open with a dash after a colon, and no line-internal position
# does (2 items better on the README runs, none worse).  Any other bracket
# after a colon runs on (…问题：（附图片１张）, 监督电话：（０２７）—…): in the
# corpus 2 inside a paragraph, no paragraph break; an item's number, 31 breaks
# for 12 inside.
LIST_BONUS = 4.4
# An item that counts itself, 一是… / 其一，… / 首先… / 第二，…, after a colon
# or semicolon: in the corpus 15 and 9 paragraph breaks for 77 and 127
# positions inside a paragraph, a cost of 0.6 and 1.6 against a full stop's,
# where a colon costs 2.6 and a semicolon 3.3 (bench/break_odds.py).  (After
# a full stop it opens a paragraph as often as a plain character does.)  Bad
# paragraph items on the 137 pages of the eight README runs where a line
# opens so: 2 better, none worse (3.0, beyond the odds, 2 more).
ORDINAL = 2.0
ORDINAL_RE = re.compile("[一二三四五六七八九十]是|其[一二三四五六七八九十][，、]|首先|第[一二三四五六七八九十]+[，、是]")
# A line ending in a semicolon that is a paragraph by itself right after one
# ending in a colon or semicolon: a list's next item (独自直接举办…运动队； /
# 独自直接组织…赛事；).  There the corpus ends a paragraph at a semicolon
# 114 times for 61 inside one, at a full stop 153 for 328: log-odds 1.4
# better than a stop, where elsewhere a semicolon is 3.3 worse.  (Bad
# paragraph items on the eight README runs 609 -> 606; 0.0 gives 607, -3.0
# the same 606.)
LIST_SEMICOLON = -1.4
# An item that counts itself (第二，, 三是, 其四，, 五、, （六）) goes on as its
# list began.  Where the number before it or after it stands inside a
# paragraph after a sentence's or a clause's end (…通知》。一是… / …曝光。三是…),
# the items run on: in the corpus such an item opens a paragraph 17 times for
# 479 inside one.  Else, where the number before it opens a line after a
# sentence's end (in the corpus, a paragraph), it opens one too: 247 times for
# 1; with neither, 91 for 27 (bench/break_odds.py).  In the dump a line's start
# stands for a paragraph's, the widths settle the rest.  Bad paragraph items on
# the twelve README runs 743 -> 726, none worse (1.0 and 1.5: 5 worse than
# that; 3.0 and 5.0: 2 worse).
SERIES_OPEN = 2.0
SERIES_INSIDE = 3.0
NUMERALS = "一二三四五六七八九十"
SERIES_RE = re.compile("(第|其|（|\\()?([一二三四五六七八九])([，、是）)])")
# Items numbered in figures, （５） or ５、, count themselves the same way: in
# the corpus, with the number before or after inside a paragraph, 0 breaks
# for 51 inside; with the number before opening one, 47 for 0; neither, 70
# for 0 (bench/break_odds.py).  A summary's ten points (1998-01-17, page 5:
# …（４）社会主义根本任务论。 / （５）市场经济论。（６）…) ran on, where the line
# before had room for （５） only squeezed, and read as paragraphs.
DIGIT_SERIES_RE = re.compile("([（(])([0-9０-９]{1,2})([）)])|()([0-9０-９]{1,2})(、)")
# A paragraph that opens as another of its body does (故乡的竹桥，… / 故乡的
# 竹桥，之所以…; 江泽民说，我们要继续…): where a line after a sentence's end
# opens with the same four Han characters as another line after one (or the
# body's first), a break before it is likelier.  In the corpus, after a full
# stop or a closing quote, four Han characters that open another paragraph of
# the article open a paragraph 632 times for 449 inside one, any others 6,657
# for 18,075: log-odds 1.3 (bench/break_odds.py).  Bad paragraph items on the
# twelve README runs 726 -> 714 (1.0: 715; three characters: more worse than
# better; with brackets, digits and quotes as well as Han: 7 worse, the photo
# notes' （新华社记者…摄） among them).
ANAPHORA = 1.5
ANAPHORA_RE = re.compile("[%s]{4}" % HAN)
# A line printed verbatim three times or more in one body, short of its
# column, neither a row of figures nor over one, is a label the body repeats
# under each of its entries (the journal column's issue line １９９８年第一期 under
# 《夏秋冬》作者王跃文《当代》): it opens a paragraph of its own, though a wide
# first unit (the digits １９９８ would not have fitted the line before)
# leaves the widths no say.  4.0 outweighs an open end's cost and BREAK.
REFRAIN = 4.0
REFRAIN_TIMES = 3
COLON_QUOTE = 1.4    # ：“ runs on far more often than it opens a paragraph
# (an item's number in brackets has one or two digits: （０２７）—２８５６７７２ after
# 监督电话： is a telephone's area code; in the corpus 14 paragraphs open with a
# bracketed number of digits, all of one, and none of three or more)
ENUM_RE = re.compile("[一二三四五六七八九十]+、|[（(](?:[一二三四五六七八九十]+|[0-9０-９]{1,2})[）)]")
# a law's clause, chapter or section (第十三条国家对地震监测台网…): after a
# full stop it opens a paragraph 125 times in the corpus for once inside one
CLAUSE_RE = re.compile("第[一二三四五六七八九十百零]+[条章节款]")
# numbered items and photo keys: ２、送束鲜花传友情 / １．按照… / （Ａ、Ｂ）对新建…
NUMBER_RE = re.compile("[0-9０-９]{1,2}(?:、|[．.](?![0-9０-９]))|[（(][A-ZＡ-Ｚ][、）)]")
# A bulleted list ends its entries without punctuation: after an open end a
# bullet (●) opens the next entry about as often as a full stop ends a
# paragraph, and more often still after a one-line entry (same corpus).
OPEN_BULLET = -0.4
OPEN_BULLET_ALONE = -2.0
# A figure is one unit that never wraps, so a line that ends in a digit and a
# next line that starts with one are two figures: in the corpus 90 paragraph
# breaks and not one line-internal position (table rows).
FIGURES = -2.0
# A sign-off after the last sentence (（侯伟生）, （新华社北京１月１日电）) is
# written inline about three times as often as on its own, but a long one,
# an author's post or a reader's address, stands alone: of the distinct
# sign-offs of 17 characters or more on the corpus's pages, 16 are a paragraph
# of their own and 5 inline.
LONG_SIGNOFF = 1.1
LONG_SIGNOFF_LEN = 17
# A shorter one, （侯伟生）, after a full stop: in the corpus 613 inline for 390
# on a line of its own (ln 613/390).  After a line that fills its column the
# layout cannot tell the two apart, so these odds decide.
SHORT_SIGNOFF = 0.45
# A roster's group heading alone on its line (九三学社（３５人）, 宗教界（６０人）)
# opens a paragraph whatever the line before ends with (a name, 程津培): the
# corpus has 37 paragraphs that are such a heading alone, every one after
# another paragraph of its article (28 after one that ends on a name, with no
# punctuation), and no line-internal position where a whole line's worth of
# text could read so.  It closes its paragraph too: no paragraph of the corpus
# opens with one and goes on, so the names after a heading as wide as their column
# (中国国民党革命委员会（６５人） / 万彤、万鄂湘…, 1998-01-24, page 3) open their own.
ROSTER = -2.0
# A body with two such headings or more whose entries stand one to a line
# (a prize list: work, author, post) ends each entry open, on a name or a post
# (…高存德咸阳市市长 / 走向世界的桥梁李东生…): there a line ending so is no more
# a sign of a sentence running on than in verse (VERSE_OPEN_END).  Not a list
# of names run on with 、 (more than ROSTER_RUN_ON of its lines hold one),
# whose lines wrap inside a name (…乌拉迪米尔·尼克来 / 耶维奇·孜缅科…).  The
# corpus has two bodies with two headings or more, one of each kind; 21 of the
# prize list's 22 other paragraphs end open.  Only their two pages change in the
# twenty-three default and four --untitled keep runs: 7 items better, none worse
# (without the 、 test, 7 better and 2 worse, the list of members).
ROSTER_GROUPS = 2
ROSTER_RUN_ON = 0.25
ROSTER_RE = re.compile("[^，。；：、（）“”()]{2,14}[（(][0-9０-９]+[人名位][）)]")
# a bracket and nothing else: a sign-off, or an artwork's artist
SIGNOFF_RE = re.compile(r"[（(][^（）()]{1,30}[）)]")
DIGITS = FULL_DIGITS | frozenset("0123456789")
FIGURE = "[0-9０-９.．·％%－-]"     # a figure's characters
# A table's row: its label (东部地区, 小型拖拉机（万台）) and then nothing but
# figures.  A line that reads so opens a paragraph whatever the line before
# ends with (a header's 比重（％）, a row's last figure): in the corpus 113
# paragraphs are a row by themselves, and 3 line-internal positions start a
# run that reads as one at least 12 wide, long enough to fill a line.
ROW_RE = re.compile("[%s]{2,8}(?:（[^（）]{1,6}）)?%s{6,}" % (HAN, FIGURE))
# And a row wrapped after its label (东部地区 / １４９１４．１３６６．５０７５１１．８９３３．５０ /
# 中部地区): a run of 12 figures or more, which never wraps, ends a paragraph
# 113 times in the corpus and runs on into a character 0 times.
FIGURE_RUN_RE = re.compile(FIGURE + "{12,}")
FIGURE_TAIL_RE = re.compile(FIGURE + "{12,}$")
# And a table's column names, then its first row (…上周收盘涨跌幅成交金额 /
# １２１３·９６２·０９…): ten Han characters or more without a mark before
# a run of 12 figures or more.  A row's label is shorter (上证Ａ股, 东部地区,
# 大型拖拉机（万台）): in the corpus such a run of ten opens a paragraph of
# figures 4 times, and no figures inside a paragraph follow one.
HEADER_RE = re.compile("[%s]{10,}$" % HAN)
# A deck's dash, then the text opening with its reporter (…熊猫数字彩电不久也将面世——— /
# 本报记者王政): in the corpus 2 paragraphs open so after a dash, and of 1,129
# dashes inside a paragraph none comes before a reporter's label.  Smoothed
# (+0.5), that is about 2.3 better than a full stop; rounded like FIGURES.
DASH_BYLINE = -2.0
BYLINE_START_RE = re.compile("本报(?:特约)?记者|新华社(?:特约)?记者")
# An author's name alone on its line after a deck that ends without a mark
# (…现代流通组织形式 / 纪力清 / 一、以深化…), not after a reporter's label (a
# byline).  In the corpus's body paragraphs, 5 paragraphs of names alone
# follow one that ends in a Han character, and 8 line-internal positions
# could read so (中日友好医院医务处住院医师 / 田献氢): about 0.5 better than a
# full stop (bench/break_odds.py).  Few cases; -1.0 measured best: bad
# paragraph items on the eight README runs 562 -> 553 (-0.5 gives 559, 0.0
# 560, -2.0 556).
NAME_LINE = -1.0
NAME_LINE_RE = re.compile("[%s·]{3,16}" % HAN)
# A date with its year and nothing else on its line after one that ends
# without a mark: a law's date under the president's signature (…主席江泽民 /
# １９９７年１２月２９日), a letter's under its sender.  Not a date without its
# year, an entry's in a dated list (…没出息的嘴？瓜田 / 七月十六日 / 凤头郭振亚…),
# nor the rest of a date the line before began (陈四长十一月 / 二十一日).  In
# the corpus 8 paragraphs are such a date after an open end, and none ends in
# one 12 characters in or more (bench/break_odds.py): smoothed (+0.5), about
# 3.8 better than a full stop; rounded like FIGURES.  Bad paragraph items on
# the eight README runs 551 -> 549.
DATE_RE = re.compile("(?:[一二三四五六七八九十〇零两0-9０-９]+[年月日号])+")
DATE_PART_RE = re.compile("[一二三四五六七八九十〇零两0-9０-９年月]$")
DATE_LINE = -2.0
# A form's field after a field, each opening with its label, a noun and a
# colon, the first ending without a mark (开户银行：中国银行总行营业部 /
# 人民币账号：１４４１３２—５５; 荣誉：… / 工作单位：…): in the corpus 25
# paragraph breaks, against 34 line-internal positions in such a paragraph
# where a label could open a line, about 0.7 better than a full stop
# (bench/break_odds.py).  Set like NAME_LINE and not tuned further: bad
# paragraph items on the eight README runs 549 -> 542 (7 better, none worse).
# (A verb or a measure before a colon, 嘀咕： / 一句：, is a sentence's, not a label.)
FIELD_START_RE = re.compile("[%s]{2,5}[：:]" % HAN)
FIELD_PAIR = -1.0
# A label opens a paragraph: a short clause without a verb and a colon, a
# letter's greeting (胡信平朋友：, 编辑同志：), a speaker in an interview
# (记者：), a heading (结束语：, 合格产品：, 原因之一：).  After a full stop the
# corpus opens a paragraph with one 142 times for 58 inside a paragraph:
# 1.9 better than a plain character (bench/break_odds.py).  A clause with a
# verb (通知要求：, 名单如下：) introduces what follows inside its paragraph
# as often as it opens one.  Bad paragraph items on the eight README runs
# 511 -> 501 (10 better, none worse; 0.6 gives 502, 3.0 the same 501); on
# the seed 11 and measure-only runs 408 -> 402 (7 better, 1 worse: 电传：,
# a fax number after the phone's).
LABEL = 1.9
# A paragraph opens with its source, a topic or a summing-up: 据了解，… /
# 据新华社… / 本报… / 新华社… / 此间…, ———配备…, 在谈到… / 关于… / 出席…的有,
# 总之，… after a full stop, in the corpus 456 times for 243 inside a
# paragraph: 1.6 better than a plain character (bench/break_odds.py).  (A
# connective, 所以 / 因此 / 但 / 甚至…,
# opens one 1.5 worse, but the join is already the cheaper reading wherever
# the layout leaves it open: priced so, no labelling changed on the eight
# README runs.  Time openers, 今天 / 日前 / 会上, 1.1 better, and 记者, 1.0,
# made as many worse as better.)  Bad paragraph items on the eight README
# runs 501 -> 494 (8 better, 1 worse; the sources alone at 1.0, 1.5 or 2.5:
# 499), seed 11 and measure-only runs 402 -> 397 (5 better, none worse).
OPENER = 1.6
OPENER_RE = re.compile("据(?:了解|介绍|悉|报道|统计|新华社|本报|透露|调查|测算|估计|初步统计|有关部门|记者了解|不完全统计)"
                       "|本报|新华社|—|在?谈(?:到|及)|总之|总而言之|综上所述|由此可见|此间|出席|关于")
LABEL_RE = re.compile("([^，。；：！？“”（）《》,.;:!?]{2,12})[：:]")
# A paragraph of few lines is rarer than a sentence's end at a full line
# suggests: where a full line ends in a full stop and the next opens with a
# plain character, the corpus set in every column from 14 to 24 ends its
# paragraph there about 4.6 times less often (against all such lines) after
# its first line, 2.5 after its second, 1.2 after its third, and 1.3 times
# more often later (bench/break_odds.py).  Priced per line so far, from one
# line to four or more; only at a full line, as elsewhere the widths settle
# it.  Bad paragraph items on the eight README runs 542 -> 540; on the seed 11
# and measure-only runs 436 -> 431 (20 better, 13 worse in all).
SHORT_PARAGRAPH = (1.5, 0.9, 0.2, -0.3)


def dated(line: str, nxt: str) -> bool:
    """Is `nxt` a date with its year and nothing else, and no date's rest?"""
    nxt = nxt.strip()
    return "年" in nxt and bool(DATE_RE.fullmatch(nxt)) and not DATE_PART_RE.search(line.rstrip())


def _end_class(s: str) -> str:
    s = s.rstrip()
    c = s[-1] if s else ""
    if c in STOPS:
        return "stop"
    if c in "：:":
        return "colon"
    if c in "；;":
        return "semicolon"
    # (——－: the extraction prints a dash's last third as a full-width hyphen;
    # the corpus ends 4 paragraphs so, 2 of them a deck before its reporter)
    if c == "—" or s.endswith("—－"):
        return "dash"
    if c in "）)":
        return "signoff" if ends_sentence(s) else "paren"
    # a quotation closed after a semicolon, a law's clause quoted whole
    # (…站内的设施；” / 这一条第二项中增加…): in the corpus 2 paragraphs end
    # so and no line-internal position does
    if c in CLOSERS and (ends_sentence(s) or s.rstrip(CLOSERS)[-1:] == "；"):
        return "quote"
    if CREDIT_END_RE.search(s):
        return "signoff"
    return "open"


def _start_class(s: str) -> str:
    s = s.lstrip()
    if not s:
        return "plain"
    if ENUM_RE.match(s):
        return "enum"
    if CLAUSE_RE.match(s):
        return "clause"
    if NUMBER_RE.match(s):
        return "number"
    if DOTS_RE.match(s):
        return "dots"
    c = s[0]
    if c in "“‘":
        return "quote"
    if c in "（(":
        return "paren"
    if c in "《":
        return "title"
    if c in BULLETS:
        return "bullet"
    if c in DIGITS:
        return "digit"
    return "plain"


FIGURE_ROW_RE = re.compile(FIGURE + "{6,}")
ROW_LABEL_RE = re.compile("[%s·Ａ-Ｚ（）()]{2,8}" % HAN)
PROSE_MARKS = frozenset("，。；：、？！")
TABLE_SHARE = 0.8   # share of figure rows that makes a block a table


def tabular(lines, labels: bool = True) -> bool:
    """Rows of a table or a ranking (１冰熊股份２１．０５): figures and no
    punctuation on most lines.  Such a body ends without a full stop.  A
    row's label wrapped onto a line of its own, before or after a line of
    nothing but figures (上证Ａ股 / ９５４．９８９５１．８０…), is a row's too
    (`labels`): without it a table set so reads as half prose."""
    row = [not PROSE_MARKS.intersection(ln) and any(c in DIGITS for c in ln) for ln in lines]
    if labels:
        # (one False more: fig[-1], before the first line, is none)
        fig = [bool(FIGURE_ROW_RE.fullmatch(ln.strip())) for ln in lines] + [False]
        row = [r or ((fig[k + 1] or fig[k - 1]) and bool(ROW_LABEL_RE.fullmatch(ln.strip())))
               for k, (r, ln) in enumerate(zip(row, lines))]
    return sum(row) >= TABLE_SHARE * len(lines)


def break_cost(line: str, nxt: str, alone: bool = False, table: bool = False, listed: bool = False) -> float:
    """Log-odds against a paragraph break between two lines, from their text
    alone; `alone`: the first line would be a paragraph by itself, `table`:
    the body is rows of figures, where a row ends in one and the next row
    opens with its label (a figure never wraps, so a wrapped row breaks
    before one)."""
    e, s = _end_class(line), _start_class(nxt)
    cost = END_COST[e]
    if e == "open" and (s == "digit" or (table and s == "plain")) and line.rstrip()[-1:] in DIGITS:
        return FIGURES
    if ROW_RE.fullmatch(nxt.strip()):
        return FIGURES
    if e == "dash" and BYLINE_START_RE.match(nxt.lstrip()):
        return DASH_BYLINE
    if e == "open" and s != "digit" and FIGURE_TAIL_RE.search(line.rstrip()):
        return FIGURES
    if e == "open" and HEADER_RE.search(line.rstrip()) and FIGURE_RUN_RE.match(nxt.lstrip()):
        return FIGURES
    if ROSTER_RE.fullmatch(nxt.strip()) or ROSTER_RE.fullmatch(line.strip()):
        return ROSTER
    if e == "open" and name_line(line, nxt):
        return NAME_LINE
    if e == "open" and dated(line, nxt):
        return DATE_LINE
    if e == "open" and field_label(line) and field_label(nxt):
        return FIELD_PAIR
    if e == "open" and s == "bullet":
        return OPEN_BULLET_ALONE if alone else OPEN_BULLET
    if e in ("colon", "semicolon") and (s == "enum" or nxt.lstrip()[:1] == "—"):
        return cost - LIST_BONUS
    if e in ("colon", "semicolon") and s == "plain" and ORDINAL_RE.match(nxt.lstrip()):
        return cost - ORDINAL
    if e == "semicolon" and alone and listed:
        cost = LIST_SEMICOLON
    if e == "colon" and s == "quote":
        return cost + COLON_QUOTE
    if s == "plain" and e != "open" and label_start(nxt):
        return cost - LABEL
    if s == "plain" and e in ("stop", "quote") and OPENER_RE.match(nxt.lstrip()):
        return cost - OPENER
    if s == "paren" and e != "open" and SIGNOFF_RE.fullmatch(nxt.strip()):
        # a sign-off alone on the line
        if len(nxt.strip()) >= LONG_SIGNOFF_LEN:
            return cost - LONG_SIGNOFF
        return cost - START_BONUS[s] + SHORT_SIGNOFF
    return cost if e == "open" else cost - START_BONUS[s]


def series_neighbours(m) -> tuple:
    """The items before and after the one `m` (SERIES_RE or DIGIT_SERIES_RE)
    matched, as they would be printed: (None for the first item, the next)."""
    if m.re is SERIES_RE:
        pre, num, post = m.groups()
        i = NUMERALS.index(num)
        return ((pre or "") + NUMERALS[i - 1] + post if i else None), (pre or "") + NUMERALS[i + 1] + post
    g = m.groups()
    pre, num, post = g[:3] if g[1] else g[3:]
    n = int(num.translate(FULL_TO_ASCII))

    def figures(v):   # as the number is printed, full-width or not
        return str(v).translate(ASCII_TO_FULL) if num[0] in FULL_DIGITS else str(v)

    return ((pre + figures(n - 1) + post) if n > 1 else None), pre + figures(n + 1) + post


def series_cost(lines, k: int) -> float:
    """What the list says of a break before lines[k + 1], when that line
    opens with an item's number (第二，, 三是, （四）, （５）, ５、): the number
    before or after it inside a line, after a sentence's end (the items run
    on), or the number before it at a line's start after one (they are
    paragraphs)."""
    s = lines[k + 1].lstrip()
    m = SERIES_RE.match(s) or DIGIT_SERIES_RE.match(s)
    if not m:
        return 0.0
    prev, after = series_neighbours(m)

    def inside(ln, token):
        pos = ln.find(token, 1)
        while pos > 0:
            if ln[pos - 1] in STOPS + "；;：:”":
                return True
            pos = ln.find(token, pos + 1)
        return False

    if (prev and any(inside(ln.lstrip(), prev) for ln in lines[:k + 1])) or any(
            inside(ln.lstrip(), after) for ln in lines[k + 1:]):
        return SERIES_INSIDE
    if prev and any(ln.lstrip().startswith(prev) and (h == 0 or ends_sentence(lines[h - 1]))
                    for h, ln in enumerate(lines[:k + 1])):
        return -SERIES_OPEN
    return 0.0


def anaphora(lines) -> list[float]:
    """ANAPHORA before each line that opens with the four Han characters
    another line after a sentence's end (or the first) opens with, else 0."""
    heads = Counter(m.group() for h, ln in enumerate(lines)
                    if (h == 0 or ends_sentence(lines[h - 1])) and (m := ANAPHORA_RE.match(ln.lstrip())))
    out = []
    for k in range(len(lines) - 1):
        m = ANAPHORA_RE.match(lines[k + 1].lstrip())
        out.append(ANAPHORA if m and heads[m.group()] >= 2 else 0.0)
    return out


def refrains(lines, ws, sq, top) -> list[float]:
    """REFRAIN before each line the body repeats verbatim (REFRAIN_TIMES),
    neither a row of figures nor over one, else 0.  A table repeats its
    column heads (总量平均每镇, 西部地区) over its rows of figures."""
    texts = [ln.strip() for ln in lines]
    row = [bool(FIGURE_RUN_RE.search(t)) for t in texts] + [True]   # the body's end: no prose after
    after = {}
    for k, t in enumerate(texts):
        after.setdefault(t, []).append(not row[k + 1])
    return [REFRAIN if len(after[texts[k + 1]]) >= REFRAIN_TIMES and all(after[texts[k + 1]])
            and len(texts[k + 1]) >= 4 and not row[k + 1]
            and ws[k + 1] - sq[k + 1] <= top - 3.0 else 0.0
            for k in range(len(lines) - 1)]


@functools.lru_cache(maxsize=4096)
def names_only(s: str) -> bool:
    """Is `s` nothing but person names (jieba's nr), three characters or more?
    Two-character lines (庄村) and four-character words (明显增强) are too
    often tagged so by mistake."""
    from search.analysis import tagged_words
    s = s.strip()
    return bool(NAME_LINE_RE.fullmatch(s)) and all(
        (f == "nr" and len(w) <= 3) or w == "·" for w, f in tagged_words(s))


@functools.lru_cache(maxsize=4096)
def field_label(s: str) -> bool:
    """Does `s` open with a field's label, a noun (jieba) and a colon?"""
    from search.analysis import tagged_words
    m = FIELD_START_RE.match(s.lstrip())
    return bool(m) and tagged_words(m.group()[:-1])[-1][1].startswith("n")


@functools.lru_cache(maxsize=4096)
def label_start(s: str) -> bool:
    """Does `s` open with a label, a short clause without a verb (jieba) and a colon?"""
    from search.analysis import tagged_words
    m = LABEL_RE.match(s.lstrip())
    return bool(m) and not any(f.startswith("v") for _, f in tagged_words(m.group(1)))


def name_line(line: str, nxt: str) -> bool:
    """Is `nxt` an author's name alone, after a line that ends in a Han character but not a reporter's label?"""
    line = line.rstrip()
    return bool(HAN_TAIL_RE.search(line)) and not line.endswith("记者") and names_only(nxt)


def leaves_open(line: str) -> bool:
    """Does the line open a bracket or a title mark (（, 《) that it does not close?"""
    for o, c in (("（", "）"), ("(", ")"), ("《", "》")):
        k = line.rfind(o)
        if k >= 0 and c not in line[k:]:
            return True
    return False


@functools.lru_cache(maxsize=4096)
def splits_word(left: str, right: str) -> bool:
    """Does a word run on from the end of `left` into `right`?  Body text
    breaks its lines wherever the column ends, a paragraph or a headline
    between words.  The search side's segmentation (jieba, with the
    gazetteer's names) decides; cached, as each body is solved for both
    quote settings and again on a tight grid."""
    from search.analysis import words
    a = HAN_TAIL_RE.search(left.rstrip())
    b = HAN_HEAD_RE.match(right.lstrip())
    if not (a and b):
        return False
    k = 0
    for w in words(a.group() + b.group()):
        if k < len(a.group()) < k + len(w):
            return True
        k += len(w)
    return False


def join_lines(lines: list[str]) -> str:
    """Chinese joins with nothing; two Latin words split by the wrap get their space back."""
    out = ""
    for ln in lines:
        if out and ln and out[-1].isascii() and out[-1].isalpha() and ln[0].isascii() and ln[0].isalpha():
            out += " "
        out += ln
    return out


def width(s: str, half_quotes: bool = True) -> float:
    """Printed width in full-width characters: ASCII and digits are set half
    width, curly quotes too on most pages."""
    return sum(0.5 if (c < "\x7f" or c in FULL_DIGITS or (half_quotes and c in QUOTES)) else 1.0
               for c in s)


def first_unit_width(line: str, half_quotes: bool = True) -> float:
    """Width of the first unbreakable unit (opening marks, a character or a
    digit run, closing marks): what the previous line had no room for."""
    m = UNIT_RE.match(line)
    return width(m.group().rstrip(), half_quotes) if m else 1.0


def _widths(lines, half_quotes):
    return ([width(ln, half_quotes) for ln in lines],
            [first_unit_width(ln, half_quotes) for ln in lines])


def squeeze(line: str) -> float:
    """How far past its column a line may run: half a character per squeezable mark, one at most."""
    return min(1.0, 0.5 * sum(1 for c in line if c in SQUEEZABLE))


def _label(ws, us, sq, fit, clause, blank_after, ends, sentence, bc, cols, overflow=OVERFLOW, forced=None):
    """Lowest cost labelling of the lines for the candidate column widths:
    (cost, indexes of the lines that open a paragraph, how many lines of that
    labelling run past their column).  `forced` (1 or 0 per line) allows only
    the labelling that opens a paragraph where it says: bench/reflow_margin.py
    prices the expected paragraphs so.

    State per line: (its place in its paragraph, 0 for the first line up to
    len(SHORT_PARAGRAPH) - 1 for any later one; column width).  The width may change
    only where a paragraph opens (text set around a photo), at a price.
    bc[f][k]: the text's cost of a break after line k, f=1 where line k
    would be a paragraph by itself; fit[k]: how much squeezing could have
    won for the next line's first unit on line k; clause[k]: the text's
    cost of line k running on (verse); sentence[k]: line k ends a sentence,
    where a paragraph of few lines is rarer (SHORT_PARAGRAPH)."""
    n = len(ws)
    INF = float("inf")
    m = len(cols)
    J = len(SHORT_PARAGRAPH)
    # cost[j][c]: best cost with line k the j-th of its paragraph, column c
    cost = [[0.0] * m] + [[INF] * m for _ in range(J - 1)]
    back = []
    for k in range(n):
        new = [[INF] * m for _ in range(J)]
        arg = [[None] * m for _ in range(J)]
        new0, arg0 = new[0], arg[0]
        last = k == n - 1
        w = ws[k] - sq[k]
        for f in (0, 1):
            caps = [col - 2.0 if f else col for col in cols]
            # a line past its column: priced per character, and a miss beyond
            # what a page squeezes
            ovc = [0.0 if w <= cap else overflow * (w - cap) + (OVERFLOW_BASE if w - cap > 0.5 else 0.0)
                   for cap in caps]
            # a paragraph that ends without a stop right after a line with
            # one: a subhead, not the tail of the paragraph before
            tail = TAIL if not ends[k] and not f and k and ends[k - 1] else 0.0
            if not last:
                # line k ends its paragraph: the text's cost, and one of few
                # lines is rarer where the line is full and ends a sentence
                brk = tail + BREAK + bc[f][k]
                # line k runs on: the next line's first unit must not have fitted
                short, run = [], []
                for cap in caps:
                    room = cap - ws[k] - us[k + 1]
                    short.append(sentence[k] and room < 0)
                    slack = cap - ws[k] - 1.0     # a wide unit left over: rarer the wider
                    cc = ((UNFILLED_BASE + UNFILLED * room) if room >= 0 else
                          SLACK * slack if slack > 0 else 0.0)
                    if room + fit[k] < 0:
                        cc -= NO_CHOICE
                    cc += clause[k]
                    if blank_after[k]:
                        cc += BLANK_FIRST if f else BLANK_MIDDLE
                    elif f and k:
                        cc += NO_BLANK_FIRST
                    run.append(cc)
            for j in ((0,) if f else range(J - 1, 0, -1)):   # ties go to the longer paragraph
                row = cost[j]
                if last:
                    for c in range(m):
                        v = row[c] + ovc[c] + tail
                        if v < new0[c]:
                            new0[c], arg0[c] = v, (j, c)
                    continue
                sp = SHORT_PARAGRAPH[j]
                nj = min(j + 1, J - 1)
                newj, argj = new[nj], arg[nj]
                for c in range(m):
                    base = row[c]
                    if base == INF:
                        continue
                    base += ovc[c]
                    v = base + brk + (sp if short[c] else 0.0)
                    if v < new0[c]:
                        new0[c], arg0[c] = v, (j, c)
                    v = base + run[c]
                    if v < newj[c]:
                        newj[c], argj[c] = v, (j, c)
        if forced is not None and k < n - 1:
            if forced[k + 1]:
                new[1:] = [[INF] * m for _ in range(J - 1)]
            else:
                new[0] = [INF] * m
        # a paragraph may open in another column
        if k < n - 1:
            c0 = min(range(m), key=lambda c: new[0][c])
            switched = new[0][c0] + CHANGE
            for c in range(m):
                if switched < new[0][c]:
                    new[0][c], arg[0][c] = switched, arg[0][c0]
        back.append(arg)
        cost = new
    def trace(c):
        starts, overs, state = [], 0, (0, c)
        for k in range(n - 1, -1, -1):
            j, c = back[k][state[0]][state[1]]
            if j == 0:
                starts.append(k)
            if ws[k] - sq[k] > cols[c] - 2.0 * (j == 0):
                overs += 1
            state = (j, c)
        return tuple(starts[::-1]), overs

    # The column is not known: each labelling is worth the probability mass
    # of all the columns whose best labelling it is (a uniform prior over
    # columns).  Prose pins its column, so this seldom matters there; verse
    # that never wraps fits many columns, and a narrow column that would make
    # a short line "full" is only one of them.
    best = min(cost[0])
    groups = {}
    for c in range(m):
        if cost[0][c] - best < MASS_RANGE:
            key, overs = trace(c)
            g = groups.setdefault(key, [0.0, INF, overs])
            g[0] += math.exp(best - cost[0][c])
            if cost[0][c] < g[1]:
                g[1], g[2] = cost[0][c], overs
    key = max(groups, key=lambda k: groups[k][0])
    _, total, overs = groups[key]
    return total, list(key), overs


def _flatten(blocks):
    lines, blank_after = [], []
    for b in blocks:
        for k, ln in enumerate(b):
            lines.append(ln)
            blank_after.append(k == len(b) - 1)
    return lines, blank_after


def candidate_columns(top: float) -> list[float]:
    """The column widths a body whose widest line, squeezed, is `top` wide may
    be set in: from the narrowest a paper sets, in half characters, to two
    wider than that line (a one-line paragraph's column)."""
    return [MIN_COLUMN + 0.5 * i for i in range(min(48, int(2 * (max(top, WIDE) - MIN_COLUMN)) + 6))]


def _solve(lines, blank_after, half_quotes, overflow=OVERFLOW, forced=None, columns=None):
    """(cost, paragraph starts, lines over the column) of one body with quotes
    set half or full width.  `columns`: the candidate column widths, where not
    every width a body can be set in (bench/reflow_margin.py --column asks what
    knowing the column would change)."""
    n = len(lines)
    ends = [ends_sentence(ln) for ln in lines]
    sq = [squeeze(ln) for ln in lines]
    ws, us = _widths(lines, half_quotes)
    top = max(w - s for w, s in zip(ws, sq))
    cols = columns or candidate_columns(top)
    # verse: most lines end short of the body's widest line, where prose
    # fills all but its last lines; there a line ends its paragraph (a verse
    # line) wherever the text allows
    short = sum(1 for k in range(n - 1) if ws[k] + us[k + 1] <= max(MIN_COLUMN, top) - 2.0)
    # (not a bulleted list, whose entries end short too: ●京广线每天增２１对客车)
    bullets = sum(1 for ln in lines if ln[:1] in BULLETS)
    # a roster under its group headings (二等奖（５名）) ends every entry open,
    # on a name or a post, as verse ends its lines (ROSTER_GROUPS)
    roster = (sum(1 for ln in lines if ROSTER_RE.fullmatch(ln.strip())) >= ROSTER_GROUPS
              and sum(1 for ln in lines if "、" in ln) <= ROSTER_RUN_ON * n)
    open_end = (VERSE_OPEN_END if (n >= 4 and short >= 0.5 * (n - 1) and bullets < 2) or roster
                else OPEN_END)
    table = n > 1 and tabular(lines)
    end_class = [_end_class(ln) for ln in lines]
    # the text's cost of a break after each line, capped at an open end's
    # (subheads and verse end so), plus BROKEN_WORD where it would cut a word
    broken = [(BROKEN_WORD if end_class[k] == "open" and splits_word(lines[k], lines[k + 1]) else 0.0)
              + (UNCLOSED if leaves_open(lines[k]) else 0.0)
              + (CUT_FIGURE if CUT_FIGURE_RE.search(lines[k].rstrip()) else 0.0)
              + (CUT_ROW if UNIT_LABEL_RE.fullmatch(lines[k].strip())
                 and ROW_RE.fullmatch(lines[k].strip() + lines[k + 1].strip()) else 0.0)
              for k in range(n - 1)]
    series = [series_cost(lines, k) for k in range(n - 1)]
    echo = anaphora(lines)
    refrain = refrains(lines, ws, sq, top)
    bc = tuple([min(break_cost(lines[k], lines[k + 1], alone=alone, table=table,
                               listed=k > 0 and end_class[k - 1] in ("colon", "semicolon")),
                    open_end) + broken[k] + (series[k] if end_class[k] != "open" else 0.0)
                - (echo[k] if end_class[k] in ("stop", "quote") and not series[k] else 0.0)
                - refrain[k]
                for k in range(n - 1)] for alone in (False, True))
    fit = [squeeze(lines[k] + UNIT_RE.match(lines[k + 1]).group()) for k in range(n - 1)] + [0.0]
    clause = [VERSE_RUN * len(RUN_RE.match(lines[k + 1]).group())
              if open_end == VERSE_OPEN_END and end_class[k] == "open" and not ends[k + 1] else 0.0
              for k in range(n - 1)] + [0.0]
    sentence = [end_class[k] == "stop" and _start_class(lines[k + 1]) == "plain" for k in range(n - 1)] + [False]
    return _label(ws, us, sq, fit, clause, blank_after, ends, sentence, bc, cols, overflow, forced)


def _page(bodies):
    """(quote setting, paragraph starts per body) for one page's bodies.
    One typesetting per page: the setting that explains all the bodies with
    curly quotes best.  Each of those is solved once per setting; the others
    do not depend on it.  If either setting leaves (almost) no line past its
    column, the page is on a grid and is solved again with overruns priced
    TIGHT: only the bodies whose chosen labelling has a line over.  A body
    with none keeps it: its cost is the same at either price and every other
    labelling costs more (only the weight of the other columns, see _label,
    could move; on the seed 11 and seed 21 runs that changes 4 of 556 pages,
    2 items better and 2 worse)."""
    flat = [_flatten(blocks) for blocks in bodies]
    quoted = [bool(lines) and any(c in QUOTES for ln in lines for c in ln) for lines, _ in flat]

    def solve_all(overflow, prev=None):
        def solve(i, hq):
            if prev is not None and prev[hq][i][2] == 0:
                return prev[hq][i]
            lines, ba = flat[i]
            return _solve(lines, ba, hq, overflow) if lines else (0.0, [], 0)
        plain = [None if q else solve(i, True) for i, q in enumerate(quoted)]
        return {hq: [solve(i, hq) if q else plain[i] for i, q in enumerate(quoted)] for hq in (True, False)}

    solved = solve_all(OVERFLOW)
    n = sum(len(lines) for lines, _ in flat)
    overs = min(sum(r[2] for r in solved[hq]) for hq in solved)
    if overs <= GRID_SHARE * n:
        solved = solve_all(TIGHT, solved)
    half = sum(r[0] for r in solved[True]) <= sum(r[0] for r in solved[False])
    return half, flat, [r[1] for r in solved[half]]


def _paragraphs(lines, starts):
    bounds = starts + [len(lines)]
    return [join_lines(lines[a:b]) for a, b in zip(bounds, bounds[1:])]


def quote_setting(bodies: list[list[list[str]]]) -> bool:
    """Does this page set curly quotes half width?"""
    return _page(bodies)[0]


def reflow_page(bodies: list[list[list[str]]]) -> list[list[str]]:
    """Each body of a page (blocks of lines, split where the dump had blank
    lines) -> its paragraphs, with the page's one quote setting."""
    _, flat, starts = _page(bodies)
    return [_paragraphs(lines, st) for (lines, _), st in zip(flat, starts)]


def reflow(blocks: list[list[str]], half_quotes: bool = True) -> list[str]:
    """One body's blocks of lines -> paragraphs."""
    lines, blank_after = _flatten(blocks)
    if not lines:
        return []
    return _paragraphs(lines, _solve(lines, blank_after, half_quotes)[1])
