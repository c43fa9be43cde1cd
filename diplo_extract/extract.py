"""The library entry point: articles in, validated events out (a generator)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.language import Language

from diplo_extract.assemble import assemble, reference_for
from diplo_extract.nlp.pipeline import load_pipeline
from diplo_extract.schema import Article, Event


def _as_article(item: Article | str, number: int) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(id=f"text-{number}", text=item)
    raise TypeError(f"extract() takes Article objects or strings, not {type(item).__name__}")


def extract_documents(
    articles: Iterable[Article | str],
    *,
    model: str | None = None,
    nlp: Language | None = None,
    reference_date: dt.date | None = None,
    batch_size: int = 32,
) -> Iterator[tuple[Article, list[Event]]]:
    """Each article with its events, in input order; articles are streamed, never all held."""
    pipeline = nlp if nlp is not None else load_pipeline(model)

    def docs():
        for number, item in enumerate(articles, start=1):
            article = _as_article(item, number)
            reference = reference_for(article, reference_date)
            doc = pipeline.make_doc(article.text)
            doc._.diplo_year = reference.date.year if reference.date else None
            yield doc, (article, reference)

    for doc, (article, reference) in pipeline.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield article, list(assemble(doc, article, reference))


def extract(
    articles: Iterable[Article | str],
    *,
    model: str | None = None,
    nlp: Language | None = None,
    reference_date: dt.date | None = None,
) -> Iterator[Event]:
    """Diplomatic events found in `articles` (Article objects or plain strings), in input order.

    >>> from diplo_extract import extract
    >>> for event in extract(["Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday."]):
    ...     print(event.type, [p.name for p in event.participants])  # doctest: +SKIP
    meeting ['Vladimir Putin', 'Xi Jinping']
    """
    for _article, events in extract_documents(
        articles, model=model, nlp=nlp, reference_date=reference_date
    ):
        yield from events
