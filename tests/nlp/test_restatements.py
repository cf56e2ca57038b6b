"""Restatements within a document are merged by comparing only events that could be one.

A long document codes thousands of events; ``merge_restatements`` compared each with every
event kept before it (quadratic: a 3 MB report took hours to code). Only events with the
same source, target, type and modality can restate each other, so only those are compared.
The sentences are invented.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp import extract as ex

GROUPS = ["the Haqqani network", "Al Qaeda", "Lashkar-e-Taiba", "Jaish-e-Mohammed", "al-Shabaab"]
VERBS = ["attacked", "accused", "held talks with", "clashed with"]


def _document() -> str:
    lines = []
    for year in (2011, 2012):
        for a in GROUPS:
            for b in GROUPS:
                if a != b:
                    for v in VERBS:
                        lines.append(f"In March {year}, {a[0].upper() + a[1:]} {v} {b}.")
    return " ".join(lines)


def test_only_events_that_could_restate_each_other_are_compared(monkeypatch) -> None:
    compared: list[tuple[tuple, tuple]] = []
    real = ex._restates

    def counting(a, b):  # type: ignore[no-untyped-def]
        compared.append((ex._restate_key(a), ex._restate_key(b)))
        return real(a, b)

    monkeypatch.setattr(ex, "_restates", counting)
    coded = list(ex.extract_documents([{"id": "long", "text": _document(), "date": "2013"}]))
    assert len(coded) > 100
    assert compared and all(ka == kb for ka, kb in compared)
    # each event meets at most the few kept events of its own key, not every one before it
    assert len(compared) < 4 * len(coded)


def test_a_headline_and_its_paragraph_stay_one_event_beside_other_events() -> None:
    text = (
        "Haqqani network attacks Al Qaeda couriers\n\n"
        "Lashkar-e-Taiba held talks with Jaish-e-Mohammed in 2014. "
        "The Haqqani network attacked Al Qaeda couriers in 2014, officials said."
    )
    coded = list(ex.extract_documents([{"id": "d", "text": text, "date": "2014-06-01"}]))
    assault = [c for c in coded if c.event.event_type == "ASSAULT"]
    assert len(assault) == 1, [(c.event.event_type, c.sentence_index) for c in coded]
    assert [s["sentence_index"] for s in assault[0].support] != []
    assert any(c.event.event_type == "CONSULT" for c in coded)


@pytest.mark.parametrize("modality_word", ["did not attack", "denied that it attacked"])
def test_a_negated_restatement_is_not_merged_into_the_asserted_event(modality_word) -> None:
    text = (
        "The Haqqani network attacked Al Qaeda couriers in 2014. "
        f"Later the Haqqani network {modality_word} Al Qaeda couriers in 2014."
    )
    coded = list(ex.extract_documents([{"id": "d", "text": text, "date": "2014-06-01"}]))
    modalities = sorted(c.event.modality for c in coded if c.event.event_type == "ASSAULT")
    assert "asserted" in modalities and len(modalities) == 2, modalities


def test_a_founder_read_as_his_group_gives_one_split_not_two() -> None:
    # "left Y" (the founder, read as his group afterwards) and "founded X" by one who left Y
    # are one split of X from Y: one event, the other trigger kept in its reasons
    text = "Ali Rahmani left Lashkar-e-Taiba in May 2012 and later founded the Tariq Brigade."
    coded = list(ex.extract_documents([{"id": "d", "text": text, "date": "2012-09-01"}]))
    splits = [c for c in coded if c.event.mode == "split"]
    assert len(splits) == 1, [(c.event.source.name, c.event.trigger.text) for c in splits]
    assert splits[0].event.target.name == "Lashkar-e-Taiba"
    assert splits[0].event.modality == "asserted"


def test_two_dates_of_one_dyad_in_one_sentence_stay_two_events() -> None:
    text = "Al Qaeda attacked the Tariq Brigade in May 2012 and again in October 2013."
    coded = list(ex.extract_documents([{"id": "d", "text": text, "date": "2014-01-01"}]))
    dates = sorted(c.date for c in coded if c.event.event_type == "ASSAULT")
    assert len(dates) == len(set(dates)), dates
