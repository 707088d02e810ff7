"""Paragraph reflow of hard-wrapped body lines, on the real sample page and corpus text."""

import json
from pathlib import Path

from articles.parsing import parse_page
from articles.reflow import (ANAPHORA, SERIES_INSIDE, SERIES_OPEN, _flatten, _solve, anaphora, break_cost, ends_sentence,
                             join_lines, leaves_open, quote_setting, reflow, series_cost, splits_word, tabular)

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "sample" / "seed-page.txt"
EXPECTED = json.loads((HERE.parent / "sample" / "seed-page.expected.json").read_text(encoding="utf-8"))
DATA = HERE / "data"


def norm(s):
    return "".join(s.split()).replace("⋯", "…")


def dump_blocks(path, first, last):
    """The dump's lines from the one starting `first` to the one ending
    `last`, cut into blocks at blank lines (as the parser hands them over)."""
    lines = [ln.strip(" \u3000") for ln in path.read_text(encoding="utf-8").split("\n")]
    a = next(k for k, ln in enumerate(lines) if ln.startswith(first))
    b = next(k for k, ln in enumerate(lines) if k >= a and ln.endswith(last))
    blocks, cur = [], []
    for ln in lines[a:b + 1]:
        if ln:
            cur.append(ln)
        elif cur:
            blocks.append(cur)
            cur = []
    return blocks + [cur]


def corpus_paragraphs(stem, title):
    """(expected, parsed) paragraphs of the text item (not a photo of the
    same title) with this title on a corpus fixture page."""
    page = parse_page((DATA / (stem + ".txt")).read_bytes(), stem + ".txt")
    expected = json.loads((DATA / (stem + ".expected.json")).read_text(encoding="utf-8"))
    want, = [it for it in expected["items"] if it["title"] == title and it["kind"] != "photo"]
    got, = [it for it in page.items if norm(it.title) == norm(title) and it.kind != "photo"]
    return [norm(p) for p in want["paragraphs"]], [norm(p) for p in got.paragraphs]


def expected_paragraphs(first):
    item = next(it for it in EXPECTED["items"] if it.get("paragraphs") and it["paragraphs"][0].startswith(first))
    return [norm(p) for p in item["paragraphs"]]


def test_it_reflows_a_sample_article_whose_column_widens_at_a_paragraph():
    # set 20 wide beside a photo, then 22: a paragraph may open in another column
    blocks = dump_blocks(SAMPLE, "“设施设备这么齐全", "气，服务效能显著增强。")
    got = [norm(p) for p in reflow(blocks)]
    assert len(got) == 3
    assert got == expected_paragraphs("“设施设备这么齐全")[:3]


def test_it_ends_a_paragraph_on_a_full_width_last_line():
    page = parse_page(SAMPLE.read_bytes(), "seed-page.txt")
    paras = [p for it in page.items for p in it.paragraphs]
    # “…10%的人员轮流 / 上岗，及时了解辖区居民动态和存在的困难问题。” fills its line
    ending = [p for p in paras if p.endswith("上岗，及时了解辖区居民动态和存在的困难问题。")]
    assert len(ending) == 1
    after = paras[paras.index(ending[0]) + 1]
    assert after.startswith("居住在稀土路街道富林路社区的退伍军人")


def test_it_does_not_end_a_paragraph_at_a_stray_blank_line():
    blocks = dump_blocks(SAMPLE, "“设施设备这么齐全", "气，服务效能显著增强。")
    assert any(b[-1] == "永安镇四家子村党支部书记李志玲告诉记者，" for b in blocks)   # then a blank line
    paras = reflow(blocks)
    assert any(p.startswith("永安镇四家子村党支部书记李志玲告诉记者，按照自治区") for p in paras)


def test_it_reads_a_corpus_pages_quotes_as_half_width():
    # seed__1998-01-05_12: the CDMA article, quotes set half width as make_pages.py does
    path = DATA / "seed__1998-01-05_12.txt"
    blocks = dump_blocks(path, "市场调查表明，", "漫游工作也将随即开始。（蔡轶")
    assert any("“" in ln for b in blocks for ln in b)
    assert quote_setting([blocks]) is True


def test_it_reads_verse_one_line_a_paragraph():
    # People's Daily 1998-01-31, page 4: verse lines, some ending in a comma,
    # are paragraphs of their own however short
    lines = ["古琴与夜色", "是清冽的夜，", "在半梦半醒之间。", "月影轻移，", "寂静如雾缓缓漫开。",
             "一颗被抚慰得微醺的心，", "诠释一种千年的期待。", "玄奥在地下深埋，"]
    assert reflow([lines]) == lines


def test_it_joins_a_paragraph_wrapped_at_the_column():
    # a corpus paragraph as make_pages.py wraps it: first line two short of 18
    lines = ["１９９６年俄工农业生产降幅趋缓，", "不少行业生产逐步回升，经济趋向稳",
             "定，年通货膨胀率和物价上涨指数都", "保持在２２％左右，生产仅下降５％。１９９７",
             "年俄经济走出底谷，工业生产多年来首", "次出现增长，外贸开始出现顺差。经济",
             "和金融的稳定使人们逐步恢复对卢布", "的信心，为卢布改值创造了条件。"]
    assert reflow([lines[:1], lines[1:]]) == ["".join(lines)]


def test_it_gives_latin_words_split_by_the_wrap_their_space_back():
    assert join_lines(["the Inner", "Mongolia Daily"]) == "the Inner Mongolia Daily"
    assert join_lines(["杭", "锦旗"]) == "杭锦旗"


def test_it_opens_a_paragraph_for_each_item_of_a_list_after_a_semicolon():
    # People's Daily 1998-01-21, page 3, as make_pages.py wraps it at 14:
    # （一）… fills its line, so only the text says （二） opens the next item
    lines = ["（一）故意伤害案（轻伤）；", "（二）重婚案；", "（三）遗弃案；", "（四）妨害通信自由案；",
             "（五）非法侵入他人住宅案；", "（六）生产、销售伪劣商品案", "件（严重危害社会秩序和国家利",
             "益的除外）；"]
    assert reflow([lines]) == lines[:5] + ["".join(lines[5:])]


def test_it_runs_a_colon_on_into_the_quote_it_introduces():
    # a colon ends a paragraph far less often than a full stop, and ：“ less still
    assert break_cost("李鹏总理的题词为：", "“突破煤层气，开发新能源”。") > break_cost("条件。", "“突破煤层气")
    assert break_cost("刑事案件：", "（一）故意伤害案（轻伤）；") < break_cost("刑事案件：", "故意伤害案")


def test_it_reads_a_telephones_area_code_in_brackets_as_no_list_item():
    # People's Daily 1998-01-20, page 4 (headline-first, seed 0), as make_pages.py
    # wraps it: 长航集团推出春运优质服务标准 ends with its hotline, the area code in
    # brackets opening the last line, （０２７）—２８５６７７２…, after 监督电话：
    blocks = dump_blocks(DATA / "headline-first-s0__1998-01-20_04.txt", "一年一度的春运已经开始", "２７６６３５３。")
    want, got = corpus_paragraphs("headline-first-s0__1998-01-20_04", "长航集团推出春运优质服务标准公布监督电话请社会监督")
    assert [norm(p) for p in reflow(blocks)] == want == got
    assert break_cost("监督电话：", "（０２７）—２８５６７７２") > 0.0
    assert break_cost("刑事案件：", "（一）故意伤害案（轻伤）；") < 0.0


def test_it_prices_a_break_before_a_long_sign_off_below_one_before_a_short_one():
    # a reader's address or an author's post stands alone; a name is more often inline
    long_one = break_cost("情怀。", "（江西会昌县人民广播电台华子逸程业长）")
    assert long_one < break_cost("情怀。", "（侯伟生）")
    assert long_one < 0.0
    # a bracket that opens a sentence is no sign-off: priced as any line that
    # opens with one, below a short sign-off, which is more often inline
    opens = break_cost("情怀。", "（江西会昌县人民广播电台）华子逸程业长说")
    assert long_one < opens < break_cost("情怀。", "（侯伟生）")


def test_it_opens_a_paragraph_for_each_bullet_point():
    # People's Daily 1998-01-14, page 12: a deck of bullet points, none ending
    # in punctuation; the first two fill their column, so only the bullet says
    # a new entry begins
    lines = ["●一个中国的原则在国际上得到广泛确认", "●两岸交流与合作保持良好势头",
             "●中国人民完成祖国和平统一的决心坚定", "不移"]
    assert reflow([lines]) == lines[:2] + ["".join(lines[2:])]
    assert break_cost("●两岸交流与合作保持良好势头", "●中国人民", alone=True) < \
        break_cost("●两岸交流与合作保持良好势头", "●中国人民") < break_cost("保持良好势头", "中国人民")


def test_it_opens_a_paragraph_at_a_tables_first_row_after_its_column_names():
    # 1998-01-26, page 10 (seed layout, seed 1): 上周股市概览 sets its second
    # half's column names, 上周收盘涨跌幅成交金额, on a line that fills the
    # column, then the first row, figures only; the two are paragraphs apart
    want, got = corpus_paragraphs("same-date/seed-s1__1998-01-26_10",
                                  "上周股市概览 名称前周收盘上周开盘上周最高上周最低 "
                                  "上证指数１２１３·９６１２１５·４１１２２４·１２１１９４·３８")
    assert "上周收盘涨跌幅成交金额" in got
    assert got == want


def test_it_keeps_a_figure_whole_where_the_wrap_cuts_it_at_its_decimal_point():
    # People's Daily 1998-01-26, page 10 (上周股市概览, as make_pages.py sets
    # it with seed 0): the wrap cuts three rows after a decimal point, which
    # closes a unit as any mark does (…３８２２· / ０９).  Rows of figures break
    # their lines cheaply (each row is a paragraph, of any width), so without
    # the rule every line here opens one; no paragraph ends inside a figure
    rows = ["上证３０３９４３·１４３９４８·２８３９６８·９５３８２２·", "０９", "上证Ａ股１２８５·１６１２８６·７２１２９５·",
            "０７１２６３·８１", "上证Ｂ股４４·８０４４·８０４８·６２４４·８０", "深证指数３８７·１４３８７·２２３８８·７４３７５·２４",
            "成份指数４１６４·３５４１６７·８６４１７２·", "８２４０５４·４４", "深证Ａ股４１４·８１４１４·８９４１６·４６４０１·５４",
            "深证Ｂ股７８·８５７８·８５８４·９７７８·８５", "上周收盘涨跌幅成交金额", "１２２２·９１０·７４１７０１５０２０５０１",
            "３９２１·１４－０·５６２７８０９２２４２７", "１２９３·７８０·６７１６９８４４１８４０９", "４６·９３４·７４３０６０２０９２",
            "３８３·６６－０·９０１７９１７６６４７９４", "４１６５·２８０·０２２７３３４６４３６９", "４１０·４４１·０５１７８２９９６３１０４",
            "８４·６９７·４１８７７０１６９０"]
    cut = [k for k, ln in enumerate(rows) if ln.endswith("·")]
    assert cut == [0, 2, 6]
    want = [ln for k, ln in enumerate(rows) if k - 1 not in cut]
    for k in cut:
        want[want.index(rows[k])] = rows[k] + rows[k + 1]
    assert reflow([rows]) == want
    assert len(want) == 16


def test_it_keeps_a_rows_label_with_its_unit_on_the_rows_figures():
    # People's Daily 1998-01-13, page 2 (as make_pages.py sets it with seed
    # 0): table 3 of the farm census wraps one row's figures, a single unit,
    # onto the next line (小型拖拉机（万台） / ５０３．８８…).  A bracket ends a
    # paragraph cheaply and a table's lines break cheaply; a row's label does not
    lines = ["机械总量２６８．６２万台（辆）（见表３）。", "表３：东、中、西部地区５种主要农业机械拥",
             "有量东部地区中部地区西部地区", "大型拖拉机（万台）２６．４０２８．８７１２．５１", "小型拖拉机（万台）",
             "５０３．８８５１７．８８１５７．７４", "联合收割机（万台）６．６７３．５８１．０９",
             "机动脱粒机（万台）４９７．８１２０６．０９４８．２５", "农用运输车（万辆）２３５．５１１７４．３０４９．０３"]
    assert reflow([lines]) == [lines[0], lines[1] + lines[2], lines[3], lines[4] + lines[5]] + lines[6:]


def test_it_opens_a_paragraph_for_each_row_of_figures():
    # People's Daily 1998-01-05, page 10 (一九九七年股市概览): the rows after the
    # heading 本年收盘涨跌幅成交金额 are figures only; a figure never wraps, so a
    # line that ends in a digit before one that starts with a digit ends a row,
    # and so do the column names before the first row (HEADER_RE), where a
    # row's label runs on into its figures
    rows = ["１１９４．１０３０．２２１３５５１９０５０１３７６", "３７７２．３６５４．４５３６８７５８５２１８５６",
            "１２５８．４９３１．７８１３３６１７４１８２４００", "５５．８８２１６．６３２５５６６１４４００",
            "３８１．２９１６．４８１６８８３３４６３０９１２", "４１８４．８４３０．１３５４２８５３２６７４５６"]
    assert reflow([rows]) == rows
    assert break_cost(rows[0], rows[1]) < 0 < break_cost("上证Ａ股", "９５４．９８９５１．８０１５７８．６１９０５．４９")
    assert break_cost("本年收盘涨跌幅成交金额", rows[0]) < 0


def test_it_opens_a_paragraph_at_a_numbered_item_or_a_photo_key():
    # People's Daily 1998-01-28, page 4: numbered photo captions, each ending in
    # its photographer; ２、 １． and （Ａ、Ｂ） after a full stop open a paragraph
    # 85 times in the corpus and sit inside one twice
    lines = ["４、文化下乡到基层（张雅心摄）", "５、送束鲜花传友情（卢传友摄）",
             "６、尊老爱幼乐融融（裴林方摄）", "７、恩重如山永不忘（李舸摄）"]
    assert reflow([lines]) == lines
    # 1998-01-04, page 1: （Ａ、Ｂ） keys the photos A and B to the paragraph it opens
    for nxt in ("（Ａ、Ｂ）对新建小型水利设施，谁建", "１．按照刑事诉讼法对刑事", "２、江苏省南京火车站"):
        assert break_cost("年—３０年，并允许继承和转让。", nxt) < break_cost("年—３０年，并允许继承和转让。", "对新建小型水利设施")


def test_it_ends_a_row_of_a_table_before_the_next_rows_label():
    # People's Daily 1998-01-19, page 10 (上周股市概览): in a body of figure rows a
    # line ending in a figure before a label (深证Ｂ股…) ends its row; in prose
    # a line ending in a short figure mostly runs on (１９９８ / 年), one ending
    # in a run of 12 figures or more never does
    rows = ["深证Ａ股４２４．３５４２５·１０４２９·１１３８０·８８", "深证Ｂ股８４·６３８４·６３８５·３７７４·９６",
            "上周收盘涨跌幅成交金额", "１２１３·９６２·０９３１７９６４２３２０２", "３９４３·１４１·９１６４３９４５４９２２",
            "１２８５·１６２·１２３１７６２２０３９５６", "４４·８００·３８３４２１９２４６", "３８７·１４２·３４３６６１４４６５２３１"]
    assert reflow([rows]) == rows
    assert break_cost(rows[0], rows[1], table=True) < 0
    assert break_cost(rows[0], rows[1]) < 0
    assert break_cost("成交１２８５", "深证Ｂ股", table=True) < 0 < break_cost("成交１２８５", "深证Ｂ股")
    assert break_cost("党的十五大以后的１９９８", "年是全面贯彻") > 0


def test_it_reads_a_forms_short_fields_as_paragraphs_not_as_a_narrower_column():
    # 1998-01-18, page 4: 荣誉：全国精神文明建设标兵 / 工作单位：山东临沂市沈泉庄村 /
    # 目前状况：带领全村乡亲第二次创 / (stray blank) 业, in a column 18 wide.  Each
    # field is a paragraph that ends without punctuation (an open end costs 3
    # a break); a column of 14.5 for these lines alone would make them all full,
    # and a change of column must cost more than two such breaks
    page = parse_page((DATA / "seed-s1__1998-01-18_04.txt").read_bytes(), "seed-s1__1998-01-18_04.txt")
    item, = [it for it in page.items if norm(it.title) == "王廷江先进模范近如何⑵"]
    assert [norm(p) for p in item.paragraphs[:3]] == [
        "荣誉：全国精神文明建设标兵", "工作单位：山东临沂市沈泉庄村", "目前状况：带领全村乡亲第二次创业"]


def test_it_opens_a_paragraph_at_a_laws_next_clause():
    # 1998-01-25, page 5: the earthquake law, one paragraph per clause.  After a
    # full stop, 第十三条 opens a paragraph 125 times in the corpus and sits
    # inside one once; here the line before fills its column, so only the
    # text can tell
    page = parse_page((DATA / "same-date" / "seed-s1__1998-01-25_05.txt").read_bytes(), "seed-s1__1998-01-25_05.txt")
    item, = [it for it in page.items if norm(it.title) == "中华人民共和国防震减灾法"]
    paras = [norm(p) for p in item.paragraphs]
    assert any(p.startswith("第十三条国家对地震监测台网") for p in paras)
    assert [p for p in paras if p.startswith("第十二条")][0].endswith("时间和震级的预测。")
    line = "处理和对可能发生地震的地点、时间和震级的预测。"
    assert break_cost(line, "第十三条国家对地震监测台网的建设，实行统一规") \
        < break_cost(line, "国家对地震监测台网的建设，实行统一规划，") - 5.0


def test_it_keeps_a_short_sign_off_inline_where_the_layout_cannot_tell():
    # 1998-01-07, page 10: a reader's letter ends 希望有关部门采取措施，保护三清山！ on
    # a paragraph's first line, which fills it, then （江西玉山县李芳琴） on the
    # next.  Apart or inline, both fit; the corpus writes a short sign-off
    # inline 613 times for 390 on a line of its own
    page = parse_page((DATA / "seed-s1__1998-01-07_10.txt").read_bytes(), "seed-s1__1998-01-07_10.txt")
    paras = [norm(p) for it in page.items for p in it.paragraphs]
    assert "希望有关部门采取措施，保护三清山！（江西玉山县李芳琴）" in paras
    assert break_cost("希望有关部门采取措施，保护三清山！", "（江西玉山县李芳琴）") \
        > break_cost("希望有关部门采取措施，保护三清山！", "江西玉山县李芳琴")


def test_it_weighs_a_run_on_by_whether_squeezing_could_have_kept_the_unit():
    # 1998-01-08, page 2: an interview, “两个孩子都在外头念书，念中专，都是自费的。”
    # on a paragraph's first line, then 谭量顺回答。 on the next.  The next
    # character does not fit the line unsqueezed, but three marks squeezed
    # would fit it, which the typesetter does about half the time: the line
    # stopping there says less for a run-on than one that had no choice
    name = "seed-s1__1998-01-08_02.txt"
    page = parse_page((DATA / name).read_bytes(), name)
    expected = json.loads((DATA / "seed-s1__1998-01-08_02.expected.json").read_text(encoding="utf-8"))
    want = next(it for it in expected["items"] if it["title"].startswith("走上大山顶"))
    got = next(it for it in page.items if norm(it.title) == norm(want["title"]))
    assert [norm(p) for p in got.paragraphs] == [norm(p) for p in want["paragraphs"]]
    assert "“两个孩子都在外头念书，念中专，都是自费的。”谭量顺回答。" in [norm(p) for p in got.paragraphs]


def test_it_counts_figures_not_numbered_signs_as_a_tables_digits():
    # a series headline numbered ⑵ is no row of figures; １冰熊股份２１．０５ is
    assert not tabular(["王启民先进模范近如何⑵"])
    assert tabular(["１冰熊股份２１．０５", "２深华源Ａ１５．７８"])


def test_it_joins_a_bullet_entry_wrapped_onto_a_short_line():
    # 1998-01-26, page 12: ●单程运行 ５小时以内列车 / “朝发夕归” / ●单程运行８小时以上
    # 列车 / … in a narrow column.  Half the lines end short, as verse does, but
    # a bulleted list's entries end short too: it is no verse, where any line
    # may end its paragraph, and “朝发夕归” finishes the entry above it
    page = parse_page((DATA / "seed-s1__1998-01-26_12.txt").read_bytes(), "seed-s1__1998-01-26_12.txt")
    item, = [it for it in page.items if norm(it.title) == "’９８列车运行图新特色"]
    assert [norm(p) for p in item.paragraphs] == [
        "●单程运行５小时以内列车“朝发夕归”", "●单程运行８小时以上列车“夕发朝至”", "●京广线每天增２１对客车",
        "●京山线进出关客车改走京秦线可节省一个半小时", "●京津间增开“点对点”城际高速列车"]


def test_it_opens_a_paragraph_at_a_rosters_group_heading():
    # 1998-01-24, page 3: the roster of a national committee, each group's
    # names under its heading, 九三学社（３５人）, after the last name of the
    # group before (…俞云波、程津培), which fills its line.  An open end runs on
    # as a rule, but such a heading alone on its line is a paragraph 34 times
    # in the corpus and never a run-on line
    name = "seed-s1__1998-01-24_03.txt"
    page = parse_page((DATA / name).read_bytes(), name)
    paras = [norm(p) for it in page.items for p in it.paragraphs]
    for heading in ("中国致公党（２０人）", "九三学社（３５人）", "台盟（２０人）", "无党派民主人士（６０人）"):
        assert heading in paras
    assert any(p.startswith("王文元、孔祥正") for p in paras)
    line = "罗豪才、周畅、郑守仪（女）、俞云波、程津培"
    assert break_cost(line, "九三学社（３５人）") < 0.0 < break_cost(line, "九三学社的成员")


def test_it_closes_a_paragraph_at_a_rosters_group_heading():
    # 1998-01-24, page 3 (mixed, seed 13): the CPPCC's members, each group's
    # names under its heading, 中国国民党革命委员会（６５人）, a line as wide as the
    # names' column, so the widths would let 万彤、万鄂湘… run on after it.  In
    # the corpus such a heading is a paragraph by itself 37 times and opens a
    # longer one never
    stem = "same-date/mixed-s13__1998-01-24_03"
    page = parse_page((DATA / (stem + ".txt")).read_bytes(), stem + ".txt")
    expected = json.loads((DATA / (stem + ".expected.json")).read_text(encoding="utf-8"))
    roster = expected["items"][0]
    got, = [it for it in page.items if norm(it.title) == norm(roster["title"])]
    paras = [norm(p) for p in got.paragraphs]
    assert paras == [norm(p) for p in roster["paragraphs"]]
    for heading in ("中国国民党革命委员会（６５人）", "中华全国台湾同胞联谊会（１８人）"):
        assert heading in paras
    assert break_cost("中国国民党革命委员会（６５人）", "万彤、万鄂湘、马文骏、王文、王") < 0.0
    assert break_cost("国民党革命委员会的成员", "万彤、万鄂湘、马文骏、王文、王") > 0.0

def test_it_prices_a_given_labelling_and_no_other():
    # the sample's 喀喇沁旗 article: forced to the reflow's own choice it costs
    # the same; forced to join its first two paragraphs it keeps exactly that
    # labelling and costs more
    lines, blank_after = _flatten(dump_blocks(SAMPLE, "今年刚一开春", "的良好局面。"))
    cost, starts, _ = _solve(lines, blank_after, True)
    assert len(starts) >= 3
    own = [1 if k in starts else 0 for k in range(len(lines))]
    assert _solve(lines, blank_after, True, forced=own)[:2] == (cost, starts)
    joined = list(own)
    joined[starts[1]] = 0
    cost2, starts2, _ = _solve(lines, blank_after, True, forced=joined)
    assert starts2 == [k for k, f in enumerate(joined) if f] and cost2 > cost


def test_it_measures_how_near_a_wrong_body_was_to_its_paragraphs():
    # bench/reflow_margin.py on 1998-01-24, page 12: a prize list's sign-off
    # （傅文） after a line that fills its column is a near coin (joined, as
    # the corpus mostly writes it); so is, on 1998-01-18, page 4, 一是争取货源
    # opening a paragraph after a colon, since ORDINAL prices it; on
    # 1998-01-17, page 6, an author's name alone after a deck of bullet
    # points (…●重点抓好５００个名特优新经济林基地县 / 姚昌恬) is a kind of text
    # the costs price far off
    from bench.reflow_margin import page_margins

    margins, matched = page_margins(DATA / "seed-s1__1998-01-24_12.txt")
    assert matched >= 5
    assert any(0.0 < m < 1.5 and line == "（傅文）" for m, line, _ in margins)
    margins, _ = page_margins(DATA / "seed-s1__1998-01-18_04.txt")
    assert [line for m, line, _ in margins if 0.0 < m < 1.5] == ["一是争取货源、开拓市场。"]
    margins, _ = page_margins(DATA / "seed-s5__1998-01-17_06.txt")
    assert [line for m, line, _ in margins if m >= 1.5] == ["姚昌恬"]


def test_it_solves_a_wrong_body_again_in_the_column_of_its_expected_paragraphs():
    # bench/reflow_margin.py --column: the sign-off （傅文） after a line that
    # fills its column stays joined even in the column its expected
    # paragraphs are set in: the width is not what that body lacks
    from bench.reflow_margin import expected_column, page_margins

    margins, _ = page_margins(DATA / "seed-s1__1998-01-24_12.txt", column=True)
    assert [fixed for _, line, fixed in margins if line == "（傅文）"] == [False]
    # a body read right reads the same in that column, and not in one too
    # narrow for its lines
    lines, blank_after = _flatten(dump_blocks(SAMPLE, "今年刚一开春", "的良好局面。"))
    _, starts, overs = _solve(lines, blank_after, True)
    want = [1 if k in starts else 0 for k in range(len(lines))]
    col = expected_column(lines, blank_after, True, want)
    assert _solve(lines, blank_after, True, columns=[col])[1:] == (starts, overs)
    assert _solve(lines, blank_after, True, columns=[col - 3.0])[2] > overs + 5


def test_it_keeps_a_poems_lines_apart_where_neither_ends_a_clause():
    # 1998-01-27, page 12: 观雪 under ◎胡世宗, 41 lines of verse, one paragraph
    # each, none ending in a mark: 一片雪花再大 / 也不过是孤零零一根羽毛 / ….
    # The column is set by the widest lines, so a short line running on into
    # the next one costs the width nothing; what says no is the text: joined,
    # the two would make one clause of 17 characters, which verse rarely has
    want, got = corpus_paragraphs("seed-s1__1998-01-27_12", "观雪")
    assert len(want) == 41
    assert got == want


def test_it_reads_a_semicolon_after_a_list_item_as_the_end_of_the_next_item():
    # 1998-01-09, page 8: …可以概括为如下几个方面： then one item a line,
    # 独自直接举办产业化的运动队； / 独自直接组织产业化的体育赛事； / ….
    # 同企业联手共同举办产业化的赛事； fills a paragraph's first line, so
    # the widths allow it to run on into 作为中介人…；; the list says it does not
    want, got = corpus_paragraphs("seed-s1__1998-01-09_08", "新闻传媒大有用武之地")
    assert got == want
    assert "同企业联手共同举办产业化的赛事；" in got


def test_it_prices_a_semicolon_by_whether_a_list_runs_before_it():
    line, nxt = "同企业联手共同举办产业化的赛事；", "作为中介人，为企业组织专业化赛事；"
    assert break_cost(line, nxt, alone=True, listed=True) < break_cost("收费。", "根据这两部门") < \
        break_cost(line, nxt, alone=True)


def test_it_ends_no_paragraph_inside_a_word():
    # 1998-01-05, page 9: after 抽查合格的产品有：, one product a paragraph,
    # none ending in a mark: …“龙丹”牌婴儿配方乳品Ⅱ / 哈尔滨森永乳品有限公司“森 /
    # 永”牌婴儿奶粉.  The widths and the open ends price the item's first line
    # as a paragraph's last as cheaply as its first; but a paragraph ends
    # between words, and 森永 is one
    want, got = corpus_paragraphs("same-date/seed-s1__1998-01-05_09", "婴幼儿配方乳粉：质量问题严重")
    assert "哈尔滨森永乳品有限公司“森永”牌婴儿奶粉" in got
    assert got == want


def test_it_tells_a_word_broken_over_two_lines():
    assert splits_word("共青团的组织优势与新闻媒介的宣传优", "势在“周日志愿行动”中的最佳体现")
    assert splits_word("他说，中爱两国建交５年多来，两国领导", "人保持了经常性的接触，两国之间互")
    assert splits_word("哈尔滨森永乳品有限公司“森", "永”牌婴儿奶粉")
    assert not splits_word("周日，让我们志愿服务去！", "随着双休日的普及")
    assert not splits_word("跟踪发展前沿缩短水平差距", "航天总公司制定三年发展目标")
    assert not splits_word("英国外交大臣将访华", "Reuters")


def test_it_opens_a_paragraph_with_each_row_of_a_table_in_the_text():
    # 1998-01-13, page 2: the census report's tables sit in its text, a row a
    # paragraph.  The header's last line, 人员从业（万人）比重（％）从业（万人）比重（％）,
    # fills the column and ends in a bracket, and 大型拖拉机（万台）２６．４０… ends in
    # a figure, so the widths and the ends would run each on into the next row
    want, got = corpus_paragraphs("seed-s1__1998-01-13_02", "第一次全国农业普查快速汇总结果公报（农村从业人员和农业机械）")
    assert "东部地区１９０２１．５４８４．８２３４０４．４８１５．１８" in got
    assert "小型拖拉机（万台）５０３．８８５１７．８８１５７．７４" in got
    assert got == want


def test_it_prices_a_break_before_a_row_of_figures_as_a_table_row():
    row = "小型拖拉机（万台）５０３．８８５１７．８８１５７．７４"
    assert break_cost("大型拖拉机（万台）２６．４０２８．８７１２．５１", row) < 0
    assert break_cost("人员从业（万人）比重（％）从业（万人）比重（％）", "东部地区１９０２１．５４８４．８２３４０４．４８１５．１８") < 0
    # a figure inside a sentence is no row
    assert break_cost("全国农村从业人员为５６０８５．５８万人。按从事生产经营", "活动的农村户数２１４５５．７４万户计算") > 0


def test_it_ends_a_table_row_wrapped_after_its_label_at_its_figures():
    # the same report in a column of 14.5: a row's figures, one run that
    # never wraps, fill their own line, 东部地区 / １４９１４．１３６６．５０７５１１．８９３３．５０,
    # so the next row's label, 中部地区, had no room there either way
    want, got = corpus_paragraphs("same-date/headline-first__1998-01-13_02",
                                  "第一次全国农业普查快速汇总结果公报（农村从业人员和农业机械）")
    assert "东部地区１４９１４．１３６６．５０７５１１．８９３３．５０" in got
    assert got == want
    assert break_cost("１４９１４．１３６６．５０７５１１．８９３３．５０", "中部地区") < 0
    # a short figure inside a sentence runs on
    assert break_cost("为１９４３４．４５", "万人，占全国总量的") > 0


def test_it_opens_a_paragraph_with_the_reporter_after_a_decks_dash():
    # 1998-01-05, page 9: 国产数字彩电来了 opens with its deck, …熊猫数字彩电不久也将面世———,
    # filling the column, then 本报记者王政 on a line of its own
    want, got = corpus_paragraphs("same-date/seed-s1__1998-01-05_09", "国产数字彩电来了")
    assert "本报记者王政" in got
    assert got == want
    assert break_cost("熊猫数字彩电不久也将面世———", "本报记者王政") < 0 < \
        break_cost("熊猫数字彩电不久也将面世———", "王政说")


def test_it_opens_a_paragraph_with_a_dashs_item_after_a_colon():
    # 1998-01-26, page 11, seed 12: …１５１封举报信： fills its column and the
    # letter quoted opens with its addressee after a dash, ———工商行政管理局…
    want, got = corpus_paragraphs("headline-first__1998-01-26_11", "１５１封信：一封一万元")
    assert "———工商行政管理局商标、广告处、科（所）：" in got
    assert got == want
    assert break_cost("他们采取的主要措施有：", "———明确一把手负总责。") < 0 < \
        break_cost("他们采取的主要措施有：", "明确一把手负总责。")


def test_it_opens_a_paragraph_with_an_item_that_counts_itself_after_a_colon():
    # 1998-01-23, page 7, seed 5: …主要有以下几方面的原因： fills its column,
    # then 其一，… opens the first of three reasons, each a paragraph
    want, got = corpus_paragraphs("seed-s5__1998-01-23_07", "美国经济增长特点和成因 武汉大学世界经济系教授周茂荣")
    assert "其一，高新技术发展所带动的设备投资的扩大，成为此次经济增长的主要推动力。" in got
    assert got == want
    assert break_cost("要做的主要工作是：", "一是争取货源、开拓市场。") < \
        break_cost("要做的主要工作是：", "争取货源、开拓市场。")
    # after a full stop an item counts itself no more than any sentence
    assert break_cost("开拓市场。", "二是改进用工制度") == break_cost("开拓市场。", "改进用工制度")


def test_it_reads_a_dash_printed_with_a_hyphen_as_a_dash():
    # 1998-01-26, page 9, seed 5: 消费奔小康's deck ends in a dash the
    # extraction printed ——－ (a full-width hyphen for its last third), filling
    # the column; 本报记者王政 is still a paragraph of its own
    want, got = corpus_paragraphs("same-date/seed-s5__1998-01-26_09", "消费奔小康")
    assert "本报记者王政" in got
    assert got == want
    assert break_cost("发展性和享受性资料比重攀升——－", "本报记者王政") < 0
    # a hyphen in a model number is no dash
    assert break_cost("“巧友”牌ＤＷＦ－", "本报记者王政") > 0


def test_it_ends_a_paragraph_at_a_quoted_clause_closed_after_a_semicolon():
    # 1998-01-14, page 2: an amendment quotes a clause whole, …开关站等厂、
    # 站内的设施；”, on a line that fills the column; the next instruction,
    # 这一条第二项中增加“储灰场”。, is a paragraph of its own
    want, got = corpus_paragraphs("seed-s1__1998-01-14_02", "国务院关于修改《电力设施保护条例》的决定")
    assert "这一条第二项中增加“储灰场”。" in got
    assert got == want


def test_it_sets_an_authors_name_alone_on_its_line_apart_from_the_deck():
    # 1998-01-17, page 6: 加快商品流通体系建设 opens with a deck that ends
    # without a mark, …货仓式自选商场、直销等现代流通组织形式, then its author,
    # 纪力清, alone on a line, then the first section's heading
    want, got = corpus_paragraphs("seed-s5__1998-01-17_06", "加快商品流通体系建设")
    assert "纪力清" in got
    assert got == want
    assert break_cost("货仓式自选商场、直销等现代流通组织形式", "纪力清") < 0
    # not a name after a reporter's label (a byline run on), nor a two-character
    # line, nor one four-character word jieba takes for a name
    assert break_cost("《中国电力报》记者张大和本报记者", "江玉") > 0
    assert break_cost("工作单位：山东临沂市沈泉", "庄村") > 0
    assert break_cost("革进一步深化，金融调控更加灵活，金融服务", "明显增强") > 0


def test_it_keeps_a_forms_short_fields_apart_rather_than_narrow_the_column():
    # 1998-01-18, page 4, in the seed layout of seed 5: a profile's fields,
    # each short of a column of 17, could read as one paragraph in a column
    # of 15; the same column as the note after them explains them better
    # (a stray blank after the note's first line)
    blocks = [["荣誉：全国精神文明建设标兵", "工作单位：山东临沂市沈泉庄村", "目前状况：带领全村乡亲第二次创", "业",
               "附记：１９９７年岁末，从山东省临沂"],
              ["市沈泉庄传来喜讯，王廷江带领乡亲们", "又创佳绩。１９９７年全村工农业总产值达",
               "到６．９亿元，实现利税６２００万元，分别", "比上一年增长３２．７％和９３．７％。沈泉",
               "庄村还获得“全国模范村委会”光荣称", "号，并被列为全省精神文明建设示范村", "庄。"]]
    got = reflow(blocks)
    assert got[:3] == ["荣誉：全国精神文明建设标兵", "工作单位：山东临沂市沈泉庄村", "目前状况：带领全村乡亲第二次创业"]
    assert len(got) == 4 and got[3].startswith("附记：") and got[3].endswith("示范村庄。")


def test_it_sets_a_laws_date_apart_from_the_signature_above_it():
    # 1998-01-27, page 5: the blood donation law, signed 中华人民共和国主席江泽民
    # on a line that fills the column, then its date alone, then 第一条…
    want, got = corpus_paragraphs("seed-s5__1998-01-27_05", "中华人民共和国献血法")
    assert "１９９７年１２月２９日" in got
    assert got == want
    assert break_cost("中华人民共和国主席江泽民", "１９９７年１２月２９日") < 0
    # a prize list's dates have no year and run on, and so does the rest of
    # a date the line before began
    assert break_cost("怎么管这张没出息的嘴？瓜田", "七月十六日") > 0
    assert break_cost("潘老五这个人物陈四长十一月", "二十一日") > 0


def test_it_ends_a_forms_field_before_the_next_fields_label():
    # 1998-01-14, page 1: the Red Cross's appeal ends with its accounts, a
    # field a line (外币账号：… / 开户银行：中国银行总行营业部 / 人民币账号：…)
    want, got = corpus_paragraphs("seed-s5__1998-01-14_01", "中国红十字总会发出有限呼吁灾区急需援助")
    assert "开户银行：中国银行总行营业部" in got
    assert got == want
    assert break_cost("开户银行：中国银行总行营业部", "人民币账号：１４４１３２—５５") < 0
    # a sentence's verb or measure before a colon is no label
    assert break_cost("嘀咕：会不会像在国内那样被人硬邦邦地抛来", "一句：店内电话概不外借。没想到店主人") > 0


def test_it_runs_a_full_line_on_rather_than_make_it_a_paragraph_alone():
    # 1998-01-12, page 7: …但并非熊市。 / 预测股市，一是借鉴历史，二是分析现在。 /
    # 本世纪纽约股市曾有５次…: the middle line fills its column and ends a
    # sentence, but a paragraph of one line is rarer than one that runs on
    want, got = corpus_paragraphs("mixed-s13__1998-01-12_07", "纽约股市熊牛争")
    assert "预测股市，一是借鉴历史，二是分析现在。" not in got
    assert any(p.startswith("预测股市，一是借鉴历史，二是分析现在。本世纪纽约股市") for p in got)
    assert got == want


def test_it_opens_a_paragraph_with_a_label_and_its_colon():
    # 1998-01-14, page 11: 理论修养有助于科学管理, a manager's letter; its
    # greeting, 胡信平朋友：, follows the writer's note on a line that fills
    # the column, …单位一步步干出来的企业管理者。, and stands alone
    want, got = corpus_paragraphs("seed-s1__1998-01-14_11", "理论修养有助于科学管理")
    assert "胡信平朋友：" in got
    assert got == want
    # a label (a greeting, a heading, a speaker) is a clause without a verb;
    # one with a verb introduces what follows inside its paragraph
    for label in ("胡信平朋友：", "编辑同志：", "结束语：", "合格产品：", "记者：你们今年的打算是什么？"):
        assert break_cost("是一位从铁路基层单位一步步干出来的企业管理者。", label) < \
            break_cost("是一位从铁路基层单位一步步干出来的企业管理者。", "胡信平说，他的感受也很深。")
    assert break_cost("这是客观存在而又很难回避的问题。", "通知要求：") == \
        break_cost("这是客观存在而又很难回避的问题。", "胡信平说，他的感受也很深。")


def test_it_opens_a_paragraph_with_its_source():
    # 1998-01-15, page 4 (headline-first, seed 12): 乔石等观看世界华人书画展;
    # after a line that fills the column, …细询问了展览的组织准备情况。, the
    # next paragraph opens with its source, 据了解，此次《世界华人书画
    want, got = corpus_paragraphs("same-date/headline-first__1998-01-15_04", "乔石等观看世界华人书画展")
    assert any(p.startswith("据了解，此次《世界华人书画展》") for p in got)
    assert got == want
    line = "细询问了展览的组织准备情况。"
    for source in ("据了解，此次《世界华人书画", "据新华社东京１月１４日电", "本报北京１月１４日讯",
                   "———配备充实审价力量，完善审", "在谈到今后的工作时，他说", "总之，美、欧、俄之间既相",
                   "出席团拜会的还有", "此间舆论认为，这次会谈"):
        assert break_cost(line, source) < break_cost(line, "此次《世界华人书画展》得到")
    # 据 alone (据说, 据此) is no source
    assert break_cost(line, "据此，他们提出") == break_cost(line, "此次《世界华人书画展》得到")


def test_it_tells_a_coin_from_a_reading_the_column_rules_out():
    # bench/paragraph_ceiling.py: on 1998-01-24, page 12, the prize list's
    # sign-off （傅文） after a line that fills its column: its expected
    # paragraphs obey the typesetting in the column make_pages.py set it in,
    # 17 characters (or half a character wider: the lines cannot tell), and so
    # does the same with the sign-off joined; a paragraph running on from a
    # line that had room for the next character fits no column
    from bench.paragraph_ceiling import line_starts, typeset

    stem = "seed-s1__1998-01-24_12"
    expected = json.loads((DATA / (stem + ".expected.json")).read_text(encoding="utf-8"))
    item, = [it for it in expected["items"] if it["title"] == "报纸副刊作品大赛评选揭晓"]
    lines = [ln for block in dump_blocks(DATA / (stem + ".txt"), "由中华全国新闻工作者协会", "（傅文）") for ln in block]
    want = line_starts(item["paragraphs"], lines)
    assert want is not None and lines[want[-1]] == "（傅文）"
    columns = [14.0 + 0.5 * k for k in range(22)]
    fits = [c for c in columns if typeset(lines, want, c)]
    assert fits == [17.0, 17.5]
    assert typeset(lines, want[:-1], 17.0)
    # the first paragraph's last line, 一百九十三件作品获奖。, ends short: the
    # next paragraph cannot have run on from it
    assert not any(typeset(lines, [0], c) for c in columns)
    # a paragraph opening mid-line is no reading of these lines
    assert line_starts(["由中华", "".join(item["paragraphs"])[3:]], lines) is None


def test_it_reads_a_lists_next_item_as_the_list_set_the_ones_around_it():
    # 第二， after 第一， opened its line after a sentence's end (1998-01-02,
    # page 2): a paragraph's opening.  二是 where 三是 follows 开曝光。 inside
    # a line (1998-01-13, page 11): the items run on, though 一是 opened a
    # line too.  Only the numbers on either side speak: 一是, whose 二是 opens
    # a line, is left to the widths, and so is a line with no number
    lines, _ = _flatten(dump_blocks(DATA / "seed-s0__1998-01-02_02.txt", "当前，两岸关系发展", "的文化氛围。"))
    at = {ln[:3]: k for k, ln in enumerate(lines)}
    assert series_cost(lines, at["第二，"] - 1) == -SERIES_OPEN
    assert series_cost(lines, at["第三，"] - 1) == -SERIES_OPEN
    assert series_cost(lines, at["第一，"] - 1) == 0.0
    assert series_cost(lines, 0) == 0.0
    lines, _ = _flatten(dump_blocks(DATA / "seed-s0__1998-01-13_11.txt", "去年十二月初", "开曝光。三是进一步健全群众举"))
    at = {ln[:2]: k for k, ln in enumerate(lines)}
    assert series_cost(lines, at["二是"] - 1) == SERIES_INSIDE
    assert series_cost(lines, at["一是"] - 1) == 0.0


def test_it_reads_items_numbered_in_figures_as_the_list_set_the_ones_around_it():
    # 1998-01-17, page 5: a summary's ten points run on, …（８）经济开 / 放论。
    # （９）经济发展战略论。 / （１０）政局稳定论。 - the line before had no room
    # for （１０） and its number before, （９）, stands inside a line after a
    # sentence's end.  Further down, 亨廷顿's points open paragraphs:
    # （１）现代化并非是西方化。 opened a line after 其基本观点是：
    stem = "mixed-s13__1998-01-17_05"
    want, got = corpus_paragraphs(stem, "’９７政治经济学研究点评")
    assert got == want
    assert not any(p.startswith("（１０）") for p in got)
    lines, _ = _flatten(dump_blocks(DATA / (stem + ".txt"), "政治经济学是经济学的基础学", "政局稳定论。"))
    assert lines[-1] == "（１０）政局稳定论。"
    assert series_cost(lines, len(lines) - 2) == SERIES_INSIDE
    lines, _ = _flatten(dump_blocks(DATA / (stem + ".txt"), "美国政治学家亨廷顿", "（２）西方文明是独自形成的，有其独"))
    assert lines[-1] == "（２）西方文明是独自形成的，有其独"
    assert series_cost(lines, len(lines) - 2) == -SERIES_OPEN
    assert series_cost([lines[0], "（１）现代化并非是西方化。这一点，"], 0) == 0.0
    # figures as a Chinese numeral's list: ５、 after ４、 at a line's start
    assert series_cost(["４、增加中西部地区的投入。", "５、加快国有企业改革。"], 0) == -SERIES_OPEN
    assert series_cost(["该市１９９７年、１９９８年", "２、３月份的产量"], 0) == 0.0


def test_it_reads_a_line_that_opens_as_other_paragraphs_do_as_likelier_an_opening():
    # 故乡竹桥情 (1998-01-24, page 12): three lines open 故乡的竹桥，, each
    # after a sentence's end; each gets ANAPHORA, and no other line does
    lines, _ = _flatten(dump_blocks(DATA / "same-date" / "seed-s0__1998-01-24_12.txt", "我从小生长在哈尼山寨", "载走人间的哀愁，即使是"))
    echo = anaphora(lines)
    assert len(echo) == len(lines) - 1
    assert [lines[k + 1][:6] for k, e in enumerate(echo) if e] == ["故乡的竹桥，"] * 3
    assert set(echo) == {0.0, ANAPHORA}


def test_it_ends_a_sentence_at_a_readers_signature():
    assert ends_sentence("———李东旭马丽静（辽宁）")
    assert ends_sentence("向。———王文西（山东）")
    assert not ends_sentence("李宁牌———中国体育用品（第一）")
    assert not ends_sentence("———加强基层基础工作不松劲")


def test_it_runs_on_a_line_that_leaves_a_bracket_open():
    # a prize list set as short lines, where breaks are cheap (1998-01-08, page 5):
    # 一、“三下乡”先进集体（共 / １００个） is one paragraph
    want, got = corpus_paragraphs("seed-s0__1998-01-08_05", "全国文化科技卫生“三下乡”活动先进集体、先进个人名单")
    assert "一、“三下乡”先进集体（共１００个）" in want
    assert got == want
    # and a title mark: 目前状况带徒弟，编写《李素丽服务 / 法》 (1998-01-04, page 4)
    want, got = corpus_paragraphs("mixed-s13__1998-01-04_04", "李素丽")
    assert "目前状况带徒弟，编写《李素丽服务法》" in want
    assert got == want
    assert leaves_open("一、“三下乡”先进集体（共")
    assert leaves_open("目前状况带徒弟，编写《李素丽服务")
    assert not leaves_open("工作单位北京市公交总公司公汽一公司")
    assert not leaves_open("…结书。（本版法律顾问）")
