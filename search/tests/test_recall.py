"""The recall guarantee on the real sample page: any substring of an article finds it."""
import random

from search import analysis, engine


def _texts(a):
    yield a.title
    yield from (a.paragraphs or [a.caption])
    for c in a.credits.all():
        yield c.reporter.name


def test_it_finds_every_article_by_any_substring_of_its_text(sample_page):
    rng = random.Random(7)
    misses, tried = [], 0
    for a in sample_page.articles.all():
        for text in _texts(a):
            chars = [c for c in text if not analysis.is_ignorable(c)]
            if len(chars) < 2:
                continue
            for _ in range(8):
                n = rng.randint(2, min(8, len(chars)))
                start = rng.randrange(0, len(chars) - n + 1)
                q = "".join(chars[start:start + n])
                if '"' in q or "＂" in q:
                    continue
                tried += 1
                if a.pk not in engine.run(f'"{q}"', limit=None, facets=False).ids:
                    misses.append((a.pk, q))
    assert tried > 100
    assert misses == []


def test_it_finds_every_exact_result_and_only_those(sample_page):
    """Quoted phrases are a substring test: the result set equals a scan of the database."""
    rng = random.Random(11)
    articles = list(sample_page.articles.all())
    norm = {a.pk: [analysis.query_chars(t) for t in _texts(a)] for a in articles}
    for _ in range(60):
        a = rng.choice(articles)
        text = analysis.query_chars(a.paragraphs[0] if a.paragraphs else a.caption)
        n = rng.randint(2, 6)
        start = rng.randrange(0, len(text) - n)
        q = text[start:start + n]
        if '"' in q:
            continue
        expected = {pk for pk, texts in norm.items() if any(q in t for t in texts)}
        assert set(engine.run(f'"{q}"', limit=None, facets=False).ids) == expected, q


def test_it_finds_every_article_of_the_corpus_pages_that_contains_the_query(
        transactional_db, search_index):
    """The real corpus (fixture pages from the People's Daily 1998): for random substrings,
    quoted or not, every article containing the string is found; quoted, nothing else."""
    from pathlib import Path

    from articles.actions import do_ingest_page
    from articles.models import Article
    from articles.uploads import page_key_from_name
    from search.indexing import batched

    data = Path(__file__).resolve().parents[2] / "articles" / "tests" / "data"
    with batched():
        for path in sorted(data.glob("*.txt")):
            date, number = page_key_from_name(path.name)
            do_ingest_page(path.read_bytes(), filename=path.name, date=date, number=number,
                           page_name=path.name.split("__")[0])
    articles = list(Article.objects.prefetch_related("credits__reporter"))
    assert len(articles) > 60
    norm = {a.pk: [analysis.query_chars(t) for t in _texts(a)] for a in articles}
    rng = random.Random(1998)
    checked = 0
    while checked < 150:
        a = rng.choice(articles)
        text = analysis.query_chars(rng.choice([t for t in _texts(a) if t]))
        if len(text) < 3:
            continue
        n = rng.randint(2, min(8, len(text) - 1))
        start = rng.randrange(0, len(text) - n)
        q = text[start:start + n]
        if any(c in q for c in '"＂-|()'):
            continue
        expected = {pk for pk, texts in norm.items() if any(q in t for t in texts)}
        quoted = set(engine.run(f'"{q}"', limit=None, facets=False).ids)
        unquoted = set(engine.run(q, limit=None, facets=False).ids)
        assert quoted == expected, q
        assert expected <= unquoted, q
        checked += 1
