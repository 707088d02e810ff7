"""index_articles / remove_articles / rebuild_index keep the index equal to the database."""
from articles.models import Article
from search import engine
from search.indexing import index_articles, rebuild_index, remove_articles


def test_it_removes_ids_that_are_gone_from_the_database(make_article):
    a = make_article("一", ["草原"])
    Article.objects.filter(pk=a.pk).delete()
    assert engine.run("草原").ids == [a.pk]  # still indexed until told
    index_articles([a.pk])
    assert engine.run("草原").ids == []


def test_it_reindexes_changed_articles(make_article):
    a = make_article("一", ["草原"])
    Article.objects.filter(pk=a.pk).update(paragraphs=["森林"])
    index_articles([a.pk])
    assert engine.run("森林").ids == [a.pk] and engine.run("草原").ids == []


def test_it_removes_and_rebuilds(make_article):
    a = make_article("一", ["草原"])
    b = make_article("二", ["草原"], index=False)
    remove_articles([a.pk])
    assert engine.run("草原").count == 0
    assert rebuild_index() == 2
    assert set(engine.run("草原").ids) == {a.pk, b.pk}


def test_it_indexes_only_after_commit(db, search_index, django_capture_on_commit_callbacks,
                                      make_article):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        from django.db import transaction

        a = make_article("一", ["草原"], index=False)
        transaction.on_commit(lambda: index_articles([a.pk]))
    assert engine.run("草原").count == 0
    for cb in callbacks:
        cb()
    assert engine.run("草原").ids == [a.pk]


def test_it_holds_writes_inside_batched_and_writes_them_on_the_way_out(make_article):
    from search.indexing import batched

    with batched():
        a = make_article("一", ["草原"])
        b = make_article("二", ["草原"])
        assert engine.run("草原").count == 0  # held, not yet written
    assert set(engine.run("草原").ids) == {a.pk, b.pk}


def test_it_writes_what_was_held_even_when_the_batch_fails(make_article):
    import pytest

    from search.indexing import batched

    with pytest.raises(RuntimeError):
        with batched():
            a = make_article("一", ["草原"])
            raise RuntimeError("a later page failed")
    assert engine.run("草原").ids == [a.pk]


def test_it_flushes_a_long_batch_as_it_goes(make_article):
    from search.indexing import batched

    with batched(flush_every=2):
        a = make_article("一", ["草原"])
        b = make_article("二", ["草原"])
        assert set(engine.run("草原").ids) == {a.pk, b.pk}
        make_article("三", ["草原"])
        assert engine.run("草原").count == 2
    assert engine.run("草原").count == 3
