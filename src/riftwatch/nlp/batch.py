"""Coding documents in batches: pure functions over plain documents, no store.

:func:`code_batch` codes a batch (its sentences parsed together), :func:`map_batches`
runs batches in this process or in a pool of worker processes with a bounded number in
flight, and :func:`coder_version` names what codes (stages, lexicon, knowledge base).
The stored-document runner that uses them is :mod:`riftwatch.coding`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import cache
from typing import Any

from riftwatch.nlp.memory import CorpusMemory, Lesson

BATCH = 64  # documents parsed together (spaCy is faster on bigger batches; stop 40: 25 -> 64)
BATCH_CHARS = 200_000


@cache
def coder_version() -> str:
    """Stage names, lexicon version and knowledge-base fingerprint of this installation."""
    from riftwatch.nlp import learned, lexicon
    from riftwatch.nlp.extract import STAGES, _resolver

    stages = "+".join((*STAGES, *learned.stages()))
    return f"{stages}|{lexicon.load().version}|kb-{_resolver().kb.version}"


def code_batch(
    docs: list[dict[str, Any]], memory: CorpusMemory | None = None
) -> list[tuple[int, list[dict[str, Any]]]]:
    """Code documents ``{"id", "text", "date"}``: ``[(id, [event, ...]), ...]`` (pure).
    ``memory``: what the other documents of the corpus settle (:func:`learn`)."""
    from riftwatch.nlp import lexicon
    from riftwatch.nlp.extract import extract_batch

    if not docs:
        return []
    coded = extract_batch(docs, lex=lexicon.load(), memory=memory)
    return [
        (doc["id"], [c.to_dict() for c in events]) for doc, events in zip(docs, coded, strict=True)
    ]


def code_and_learn(
    docs: list[dict[str, Any]],
) -> tuple[list[tuple[int, list[dict[str, Any]]]], list[Lesson]]:
    """:func:`code_batch` without memory, with what each document settles itself (pure)."""
    from riftwatch.nlp import lexicon
    from riftwatch.nlp.extract import extract_batch

    if not docs:
        return [], []
    lessons: list[Lesson] = []
    coded = extract_batch(docs, lex=lexicon.load(), lessons=lessons)
    results = [
        (doc["id"], [c.to_dict() for c in events]) for doc, events in zip(docs, coded, strict=True)
    ]
    return results, lessons


def code_corpus(
    docs: list[dict[str, Any]], workers: int = 1
) -> Iterator[list[tuple[int, list[dict[str, Any]]]]]:
    """Code ``docs`` as one corpus (:mod:`riftwatch.nlp.memory`), batch by batch in order.

    Every document is coded once without memory, which also tells what each settles
    itself; the documents that name something another document settled (a remembered
    person or acronym in their text) are coded again with the corpus memory. The result
    is that of coding every document with the memory, at the cost of the second coding of
    the documents it concerns only.
    """
    from riftwatch.nlp.extract import _iso_or_none

    first = list(map_batches(batched(docs), workers, task=code_and_learn))
    memory = CorpusMemory([lesson for _r, lessons in first for lesson in lessons])
    again: dict[str, list[dict[str, Any]]] = {}
    if memory:
        touched = [d for d in docs if memory.touches(str(d.get("id")),
                                                     _iso_or_none(d.get("date")),
                                                     d.get("text") or "")]  # fmt: skip
        for results in map_batches(batched(touched), workers, memory):
            again.update((str(doc_id), events) for doc_id, events in results)
    for results, _lessons in first:
        yield [(doc_id, again.get(str(doc_id), events)) for doc_id, events in results]


def learn_batch(docs: list[dict[str, Any]]) -> list[Lesson]:
    """The ties and acronym definitions each document settles (pure; the first pass)."""
    from riftwatch.nlp import lexicon
    from riftwatch.nlp.extract import learn_batch as learn_docs

    return learn_docs(docs, lex=lexicon.load()) if docs else []


def learn(batches: Iterable[list[dict[str, Any]]], workers: int = 1) -> CorpusMemory:
    """The corpus memory of all the documents of ``batches`` (:mod:`riftwatch.nlp.memory`):
    a first pass before coding any of them, so the result does not depend on their order."""
    lessons: list[Lesson] = []
    for found in map_batches(batches, workers, task=learn_batch):
        lessons += found
    return CorpusMemory(lessons)


def map_batches(
    batches: Iterable[list[dict[str, Any]]],
    workers: int = 1,
    memory: CorpusMemory | None = None,
    task: Callable[..., Any] | None = None,
) -> Iterator[Any]:
    """:func:`code_batch` (with ``memory``) or ``task`` over batches, in order, in this
    process or a pool of ``workers``.

    At most ``2 * workers`` batches are in flight, so memory stays flat on any input size.
    """
    args = () if task is not None else (memory,)
    run = task or code_batch
    if workers <= 1:
        for batch in batches:
            yield run(batch, *args)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        in_flight: deque[Future[Any]] = deque()
        try:
            for batch in batches:
                in_flight.append(pool.submit(run, batch, *args))
                if len(in_flight) >= 2 * workers:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
        except BaseException:
            # stopped (Ctrl-C, SIGTERM, an error): drop the batches not started yet
            for future in in_flight:
                future.cancel()
            raise


def batched(docs: Iterable[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


__all__ = [
    "batched",
    "code_and_learn",
    "code_batch",
    "code_corpus",
    "coder_version",
    "learn",
    "learn_batch",
    "map_batches",
]
