"""The HTML results page."""
from django.urls import reverse


def test_it_shows_marked_results_and_facets(sample_page, client):
    r = client.get(reverse("search:search"), {"q": "杭锦旗"})
    html = r.content.decode()
    assert r.status_code == 200
    assert "“硬”措施优化“软”实力" in html
    assert "<mark>杭锦旗</mark>" in html
    assert "reporter=%E5%AE%8B%E7%88%BD" in html  # facet link keeps the state in the URL
    assert reverse("search:export") in html


def test_it_filters_from_facet_links(sample_page, client):
    html = client.get(reverse("search:search"), {"q": "党", "region": "兴安盟"}).content.decode()
    assert "有里有面儿" in html and "措施优化" not in html
    assert "地区：兴安盟" in html


def test_it_escapes_the_query(sample_page, client):
    html = client.get(reverse("search:search"), {"q": "<b>x</b>"}).content.decode()
    assert "<b>x</b>" not in html


def test_it_shows_bad_parameters_as_a_message(sample_page, client):
    r = client.get(reverse("search:search"), {"q": "党", "from": "x"})
    assert r.status_code == 400
    assert "YYYY-MM-DD" in r.content.decode()


def test_it_renders_the_empty_form(search_index, db, client):
    r = client.get(reverse("search:search"))
    assert r.status_code == 200
