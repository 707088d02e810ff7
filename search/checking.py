"""Comparing the index with the database: which articles are missing, stale or orphaned.

The index keeps a fingerprint of everything it was given per article (search_indexes.document),
so "stale" means exactly "the database would index something different now".
"""
from __future__ import annotations

from dataclasses import dataclass, field

from haystack.constants import DJANGO_ID

from .indexing import BATCH, _queryset, open_index
from .search_indexes import article_document


@dataclass
class Report:
    in_database: int = 0
    in_index: int = 0
    missing: list[int] = field(default_factory=list)  # in the database, not in the index
    stale: list[int] = field(default_factory=list)  # indexed content differs from the database
    orphaned: list[int] = field(default_factory=list)  # indexed, article no longer exists

    @property
    def ok(self) -> bool:
        return not (self.missing or self.stale or self.orphaned)

    @property
    def to_fix(self) -> list[int]:
        return sorted(set(self.missing) | set(self.stale) | set(self.orphaned))


def indexed_fingerprints() -> dict[int, str]:
    """django id -> stored fingerprint, read from the term lists (no stored documents loaded)."""
    ix = open_index()
    with ix.reader() as reader:
        ids, prints = {}, {}
        for fieldname, out in ((DJANGO_ID, ids), ("fingerprint", prints)):
            if fieldname not in reader.indexed_field_names():
                continue
            for term in reader.field_terms(fieldname):
                for docnum in reader.postings(fieldname, term).all_ids():
                    if not reader.is_deleted(docnum):
                        out[docnum] = term
    return {int(pk): prints.get(d, "") for d, pk in ids.items()}


def check(progress: bool = False) -> Report:
    from articles.models import Article

    indexed = indexed_fingerprints()
    report = Report(in_index=len(indexed))
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    report.in_database = len(ids)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(ids), unit="article")
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        for a in _queryset().filter(pk__in=chunk):
            if a.pk not in indexed:
                report.missing.append(a.pk)
            elif indexed[a.pk] != article_document(a)["fingerprint"]:
                report.stale.append(a.pk)
        if bar is not None:
            bar.update(len(chunk))
    if bar is not None:
        bar.close()
    known = set(ids)
    report.orphaned = sorted(pk for pk in indexed if pk not in known)
    return report
