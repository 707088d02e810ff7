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
