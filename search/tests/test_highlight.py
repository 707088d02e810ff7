"""Snippets and titles mark every matched string and escape everything else."""
from search import highlight, query


def test_it_marks_matches_through_normalisation():
    html = str(highlight.mark("１２月 內蒙古", ["12月", "内蒙古"]))
    assert html == "<mark>１２月</mark> <mark>內蒙古</mark>"


def test_it_escapes_text_and_query():
    html = str(highlight.snippet("<script>alert(1)</script> 鄂尔多斯", ["<script>"]))
    assert "<script>" not in html
    assert "<mark>&lt;script&gt;</mark>" in html


def test_it_picks_the_passage_with_the_most_distinct_matches():
    text = "杭锦旗" + "无关文字。" * 80 + "鄂尔多斯市杭锦旗的新举措" + "其他内容。" * 80
    html = str(highlight.snippet(text, ["杭锦旗", "鄂尔多斯"], size=60))
    assert "<mark>鄂尔多斯</mark>市<mark>杭锦旗</mark>" in html
    assert html.startswith("…") and html.endswith("…")


def test_it_marks_parts_only_when_the_whole_is_absent():
    pq = query.parse("内蒙古日报")
    assert highlight.needles_for(pq, "本文刊于内蒙古日报") == ["内蒙古日报"]
    assert highlight.needles_for(pq, "日报内蒙古记者") == ["内蒙古", "日报"]


def test_it_marks_a_match_spanning_a_stray_space():
    assert str(highlight.mark("自 3月起", ["自3月"])) == "<mark>自 3月</mark>起"
