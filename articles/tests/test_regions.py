"""Inner Mongolia units named in a text (pure Python, no database)."""

import csv
import json
from pathlib import Path

import pytest

from articles import regions
from articles.parsing import page_to_json, parse_page

APP = Path(__file__).resolve().parent.parent
GAZETTEER = APP / "data" / "gazetteer"


def names(text):
    return [regions.region_name(c) for c in regions.find_regions(text)]


def test_it_ships_the_gazetteer_with_its_attribution():
    for f in ("nmg_divisions.csv", "nmg_divisions_1998.csv", "nmg_aliases.csv", "ATTRIBUTION.md"):
        assert (GAZETTEER / f).is_file(), f
    attribution = (GAZETTEER / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for source in ("mumuy/data_location", "JioNLP", "GB2260"):
        assert source in attribution


def test_it_lists_todays_divisions_for_seeding_the_region_table():
    units = regions.divisions()
    levels = [u["level"] for u in units]
    assert levels.count("province") == 1
    assert levels.count("prefecture") == 12
    assert levels.count("county") == 103
    by_code = {u["code"]: u for u in units}
    assert by_code["150625"] == {"code": "150625", "name": "杭锦旗", "level": "county", "parent_code": "150600"}
    assert by_code["150000"]["parent_code"] == ""
    assert all(u["parent_code"] in by_code for u in units if u["level"] != "province")


def test_it_finds_the_sample_pages_regions_as_expected():
    sample = APP / "sample"
    expected = json.loads((sample / "seed-page.expected.json").read_text(encoding="utf-8"))
    got = page_to_json(parse_page((sample / "seed-page.txt").read_bytes(), "seed-page.txt"), "seed-page.txt")
    assert [it["regions"] for it in got["items"]] == [it["regions"] for it in expected["items"]]


@pytest.mark.parametrize("text,expected", [
    ("由鄂尔多斯市杭锦旗人民检察院党组", ["鄂尔多斯市", "杭锦旗"]),
    ("杭锦旗纪委监委坚持党建引领", ["鄂尔多斯市", "杭锦旗"]),            # a county implies its prefecture
    ("从巴彦淖尔市乌拉特中旗离家出走，后来到包头", ["巴彦淖尔市", "乌拉特中旗", "包头市"]),
    ("杭锦后旗", ["巴彦淖尔市", "杭锦后旗"]),                          # longest match, not 杭锦
    ("鄂温克族自治旗", ["呼伦贝尔市", "鄂温克族自治旗"]),
    ("伊克昭盟东胜市", ["鄂尔多斯市", "东胜区"]),                       # 1998 names -> today's unit
    ("哲里木盟奈曼旗", ["通辽市", "奈曼旗"]),
    ("呼市和包头", ["呼和浩特市", "包头市"]),                          # reviewed short names
    ("内蒙古自治区", []),                                              # the province is not listed
    ("赤峰市喀喇沁旗 and 赤峰", ["赤峰市", "喀喇沁旗"]),                  # once each
])
def test_it_names_units_by_official_full_name_in_order(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("青山绿水就是金山银山", []),
    ("包头市青山区", ["包头市", "青山区"]),
    ("包头青山的工厂", ["包头市", "青山区"]),                          # preceded by its prefecture
    ("阿盟秘书长发表讲话", []),                                        # the Arab League, 1998
    ("二连战士", []),
    ("二连浩特市口岸", ["锡林郭勒盟", "二连浩特市"]),
    ("回民群众欢度节日", []),
    ("鄂伦春族猎民", []),
])
def test_it_uses_ambiguous_short_names_only_with_supporting_context(text, expected):
    assert names(text) == expected


def test_it_offers_every_full_and_short_name_for_the_search_dictionary():
    all_names = regions.all_names()
    with open(GAZETTEER / "nmg_divisions.csv", encoding="utf-8") as f:
        full = [r["name"] for r in csv.DictReader(f)]
    assert set(full) <= set(all_names)
    assert {"呼市", "伊克昭盟", "鄂尔多斯"} <= set(all_names)
    assert len(all_names) == len(set(all_names))


def test_it_maps_codes_to_names():
    assert regions.region_name("150627") == "伊金霍洛旗"
    assert regions.region_name("152200") == "兴安盟"
