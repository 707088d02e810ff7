"""Editors browse by page, reporter and region; everything rendered is escaped."""
import datetime as dt

import pytest

from articles.actions import do_ingest_page


def test_it_shows_search_latest_pages_reporters_and_regions_on_home(client, sample_page):
    html = client.get("/").content.decode()
    assert 'name="q"' in html and sample_page.get_absolute_url() in html
    assert "/reporters/%E5%AE%8B%E7%88%BD/" in html or "/reporters/宋爽/" in html
    assert "/regions/152200/" in html  # 兴安盟


def test_it_shows_a_reporters_commentary_and_photo_with_roles(client, sample_page):
    response = client.get("/reporters/安寅东/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "莫要画“圈”为牢" in html and "义务植树" in html
    assert "作者（1）" in html and "摄影（1）" in html


def test_it_lists_only_a_reporters_own_articles(client, sample_page):
    html = client.get("/reporters/宋爽/").content.decode()
    assert "“硬”措施优化“软”实力" in html and "让基层红色阵地“有里有面儿”" in html
    assert "莫要画“圈”为牢" not in html


def test_it_shows_every_item_of_a_page_in_order_beside_the_raw_dump(client, sample_page):
    html = client.get(sample_page.get_absolute_url()).content.decode()
    titles = ["党旗在一线飘扬", "“硬”措施优化“软”实力", "党群携手 绘就“美丽河湖”新画卷",
              "让基层红色阵地“有里有面儿”", "精耕网格“责任田” 守护社区“大家庭”",
              "莫要画“圈”为牢", "义务植树", "助农忙"]
    positions = [html.index(f">{t}</a></h3>") for t in titles]
    assert positions == sorted(positions)
    assert 'class="raw"' in html and "□本报记者 刘向平 实习生 贾婷婷" in html
    assert "日期、版次与版名为估计值" in html
    raw = client.get(f"/pages/{sample_page.pk}/raw.txt")
    assert raw.content.decode() == sample_page.raw_text


def test_it_lists_a_prefecture_with_the_articles_of_its_counties(client, sample_page):
    html = client.get("/regions/152200/").content.decode()
    assert "让基层红色阵地“有里有面儿”" in html and "突泉县" in html
    assert "“硬”措施优化“软”实力" not in html
    tree = client.get("/regions/").content.decode()
    assert "鄂尔多斯市" in tree and "杭锦旗" in tree


def test_it_shows_an_article_with_its_page(client, sample_page):
    article = sample_page.articles.get(order=2)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "由鄂尔多斯市杭锦旗人民检察院党组与杭锦旗非公党工委" in html
    assert "鄂尔多斯市" in html and "宋爽" in html


def test_it_escapes_text_from_the_dump(client, search_index, transactional_db, sample_bytes):
    evil = sample_bytes.decode().replace("党旗在一线飘扬\n", "党旗<script>alert(1)</script>\n", 1)
    page = do_ingest_page(evil.encode(), filename="evil.txt", date=dt.date(2022, 4, 14),
                          number=1)
    html = client.get(page.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_it_answers_404_for_unknown_things(client, db):
    assert client.get("/reporters/无名氏/").status_code == 404
    assert client.get("/regions/999999/").status_code == 404
    assert client.get("/pages/12345/").status_code == 404
