"""index_check finds missing, stale and orphaned documents, and --fix repairs them."""
import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from search import checking, engine
from search.indexing import remove_articles


def test_it_reports_a_fresh_index_as_ok(sample_page, capsys):
    call_command("index_check")
    assert "index OK" in capsys.readouterr().out


def test_it_finds_and_fixes_missing_stale_and_orphaned(make_article, capsys):
    missing = make_article("一", ["草原"], index=False)
    stale = make_article("二", ["草原"])
    orphan = make_article("三", ["草原"])
    make_article("四", ["草原"])
    Article.objects.filter(pk=stale.pk).update(title="改过的标题")
    Article.objects.filter(pk=orphan.pk).delete()
    report = checking.check()
    assert (report.missing, report.stale, report.orphaned) == (
        [missing.pk], [stale.pk], [orphan.pk])
    with pytest.raises(CommandError):
        call_command("index_check")
    call_command("index_check", "--fix")
    assert checking.check().ok
    assert orphan.pk not in engine.run("草原").ids
    assert stale.pk in engine.run("改过的标题").ids


def test_it_sees_removed_documents_as_missing(sample_page):
    a = sample_page.articles.first()
    remove_articles([a.pk])
    assert checking.check().missing == [a.pk]
