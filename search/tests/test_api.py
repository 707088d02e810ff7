"""GET /api/search: shape, filters, facets, errors."""
import pytest
from django.urls import reverse

from search.tests.conftest import by_title


@pytest.fixture
def api(client):
    def get(**params):
        return client.get(reverse("search:api"), params)
    return get


def test_it_returns_results_with_snippets_and_facets(sample_page, api):
    r = api(q="杭锦旗 鄂尔多斯")
    assert r.status_code == 200
    data = r.json()
    assert data["count"] == 1 and data["page"] == 1
    hit = data["results"][0]
    assert set(hit) >= {"id", "url", "title", "kind", "date", "page", "page_name", "credits",
                        "regions", "snippet"}
    assert hit["title"] == "“硬”措施优化“软”实力"
    assert hit["date"] == "2022-04-13" and hit["page"] == 5 and hit["page_name"] == "党建"
    assert {"name": "宋爽", "role": "记者"} in hit["credits"]
    assert "<mark>杭锦旗</mark>" in hit["snippet"] and "<mark>鄂尔多斯</mark>" in hit["snippet"]
    assert {f["value"] for f in data["facets"]["reporter"]} == {"宋爽"}
    assert {f["label"] for f in data["facets"]["region"]} == {"鄂尔多斯市", "杭锦旗"}


def test_it_filters_by_reporter(sample_page, api):
    data = api(reporter="宋爽").json()
    assert data["count"] == 2
    assert {h["title"] for h in data["results"]} == {
        "“硬”措施优化“软”实力", "让基层红色阵地“有里有面儿”"}


def test_it_filters_a_prefecture_to_include_its_counties(sample_page, api):
    data = api(region="兴安盟").json()
    assert [h["id"] for h in data["results"]] == [by_title(sample_page, "红色阵地").pk]
    assert api(region="152200").json()["count"] == 1


def test_it_filters_by_date_range_and_kind(sample_page, api):
    assert api(q="党", **{"from": "2023-01-01"}).json()["count"] == 0
    assert api(q="党", to="2022-04-12").json()["count"] == 0
    assert api(q="党", **{"from": "2022-04-13", "to": "2022-04-13"}).json()["count"] > 0
    kinds = {h["kind"] for h in api(kind="photo").json()["results"]}
    assert kinds == {"photo"}


def test_it_combines_filters(sample_page, api):
    assert api(q="党建", reporter="宋爽", region="兴安盟").json()["count"] == 1
    assert api(q="党建", reporter="宋爽", region="赤峰市").json()["count"] == 0


@pytest.mark.parametrize("params", [
    {"from": "2022-13-01"}, {"to": "yesterday"}, {"sort": "best"}, {"page": "0"},
    {"page": "x"}, {"page_size": "-5"}, {"kind": "poem"}, {"region": "火星"},
    {"from": "2022-05-01", "to": "2022-04-01"},
])
def test_it_rejects_bad_parameters_with_400_json(sample_page, api, params):
    r = api(q="党", **params)
    assert r.status_code == 400
    assert r.json()["error"]


def test_it_pages_and_caps_page_size(sample_page, api):
    data = api(q="党", page_size="1000").json()
    assert data["page_size"] == 100
    first = api(q="党", page_size="2").json()
    second = api(q="党", page_size="2", page="2").json()
    assert len(first["results"]) == 2
    assert not {h["id"] for h in first["results"]} & {h["id"] for h in second["results"]}
    assert api(q="党", page="999").json()["results"] == []


def test_it_gives_a_message_for_a_query_with_nothing_to_search(sample_page, api):
    data = api(q="-党").json()
    assert data["count"] == 0 and data["message"]
