"""do_ingest_page: a page is loaded whole or not at all, never twice, and is searchable."""
import datetime as dt

import pytest
from django.db import transaction

from articles.actions import DuplicatePage, do_delete_page, do_ingest_page
from articles.models import Article, Credit, Page, Region, Reporter
from articles.parsing import ParseError
from search.results import search_page as search

DATE = dt.date(2022, 4, 13)


def ingest(data, **kw):
    kw = {"filename": "seed-page.txt", "date": DATE, "number": 5, "page_name": "党建", **kw}
    return do_ingest_page(data, **kw)


@pytest.mark.django_db(transaction=True)
def test_it_loads_every_item_of_the_sample_page(sample_bytes, search_index):
    page = ingest(sample_bytes)
    items = list(page.articles.order_by("order"))
    assert [a.kind for a in items] == ["photo", "article", "article", "article", "article",
                                       "commentary", "photo", "photo"]
    assert items[1].title == "“硬”措施优化“软”实力"
    assert items[1].paragraphs[1].startswith("由鄂尔多斯市杭锦旗人民检察院党组与杭锦旗非公党工委")
    assert page.raw_text == sample_bytes.decode("utf-8") and page.name == "党建"
    assert sorted(Reporter.objects.values_list("name", flat=True)) == sorted(
        ["王紫琦", "宋爽", "潘佳", "王安琪", "李宏达", "刘向平", "贾婷婷", "安寅东", "郝佳丽"])
    an = Credit.objects.filter(reporter__name="安寅东").order_by("article__order")
    assert [(c.role, c.staff) for c in an] == [("作者", True), ("摄影", True)]
    assert set(items[3].regions.values_list("name", flat=True)) == {"兴安盟", "突泉县"}
    assert Region.objects.filter(level="prefecture").count() == 12


@pytest.mark.django_db(transaction=True)
def test_it_indexes_the_page_after_commit(sample_bytes, search_index):
    ingest(sample_bytes)
    hits = search("杭锦旗").hits
    assert [h.article.title for h in hits] == ["“硬”措施优化“软”实力"]


@pytest.mark.django_db(transaction=True)
def test_it_does_not_index_a_rolled_back_page(sample_bytes, search_index):
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            ingest(sample_bytes)
            raise RuntimeError("abort the surrounding transaction")
    assert Page.objects.count() == 0 and search("杭锦旗").count == 0


@pytest.mark.django_db(transaction=True)
def test_it_refuses_the_same_text_twice_even_re_encoded(sample_bytes, search_index):
    ingest(sample_bytes)
    again = sample_bytes.decode("utf-8").replace("\n", "\r\n").encode("gb18030")
    with pytest.raises(DuplicatePage) as err:
        ingest(again, filename="copy.txt", number=6)
    assert err.value.same_text and "copy.txt" in str(err.value)
    assert Page.objects.count() == 1 and Article.objects.count() == 8


@pytest.mark.django_db(transaction=True)
def test_it_refuses_another_text_for_an_existing_page_number(sample_bytes, search_index):
    ingest(sample_bytes)
    other = sample_bytes.decode("utf-8").split("□本报记者 潘佳")[0].encode("utf-8")
    with pytest.raises(DuplicatePage, match="page 5 is already in the archive"):
        ingest(other, filename="other.txt")
    assert Page.objects.count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("data,reason", [(b"", "empty"), (b"\x00\x01\x02\xff" * 500, "binary")])
def test_it_loads_nothing_from_a_bad_dump(data, reason, search_index):
    with pytest.raises(ParseError) as err:
        ingest(data, filename="bad.txt")
    assert "bad.txt" in str(err.value)
    assert Page.objects.count() == 0 and Article.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_it_deletes_a_page_from_the_database_and_the_index(sample_bytes, search_index):
    page = ingest(sample_bytes)
    do_delete_page(page)
    assert Article.objects.count() == 0 and search("杭锦旗").count == 0
