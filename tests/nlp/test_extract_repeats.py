"""A document that repeats an earlier one of its batch (same text, date and source type) is
coded once: the repeat takes a copy of the events and of the lesson under its own id, the
same as coding it (speed47)."""

from __future__ import annotations

from typing import Any

from riftwatch.nlp import lexicon
from riftwatch.nlp.extract import extract_batch

_TEXT = (
    "The Zorvan Liberation Front (ZLF) was founded by Kofi Ansa in 2004. "
    "Taliban fighters attacked Pakistani troops in Swat."
)


def _dicts(coded: list[list[Any]]) -> list[list[dict[str, Any]]]:
    return [[c.to_dict() for c in events] for events in coded]


def test_a_repeat_gets_the_events_and_lesson_of_coding_it() -> None:
    docs = [
        {"id": "a", "text": _TEXT, "date": "2010-05-01"},
        {"id": "b", "text": "Pakistani troops killed Taliban fighters.", "date": "2010-05-01"},
        {"id": "c", "text": _TEXT, "date": "2010-05-01"},
        {"id": "d", "text": _TEXT, "date": "2011-05-01"},  # another date: coded itself
    ]
    lex = lexicon.load()
    lessons: list[Any] = []
    batch = extract_batch(docs, lex=lex, lessons=lessons)
    alone_lessons: list[Any] = []
    alone = [extract_batch([doc], lex=lex, lessons=alone_lessons)[0] for doc in docs]
    assert _dicts(batch) == _dicts(alone)
    assert batch[2] and {c.doc_id for c in batch[2]} == {"c"}
    assert lessons == alone_lessons
    first, repeat = batch[0][0], batch[2][0]
    assert repeat is not first and repeat.why is not first.why and repeat.event is not first.event


def test_documents_sharing_an_id_are_each_coded() -> None:
    docs = [{"id": "a", "text": _TEXT}, {"id": "a", "text": _TEXT}]
    coded = extract_batch(docs, lex=lexicon.load())
    assert _dicts(coded)[0] == _dicts(coded)[1] and coded[0][0] is not coded[1][0]
