"""Recall pass 12 (issue 9, helper recall12): mechanisms for classes of misses pooled over the
work halves of the written-report rounds (docs/extraction.md, "Recall pass 12"), each tested
on invented sentences with negated, hedged or denied twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, has, named_events


# -- "X refused to hand over Y's men (to Z)": X protects Y --------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Taliban refused to extradite Osama bin Laden to the United States in 1998.",
         "Taliban", "Al Qaeda"),
        ("The Haqqani network declined to hand over the Al Qaeda operatives to Pakistani "
         "troops.", "Haqqani", "Al Qaeda"),
        # the noun of refusal, owned by the refuser
        ("The Taliban's refusal to extradite Al Qaeda's Arab fighters to the Americans cost "
         "them their government.", "Taliban", "Al Qaeda"),
    ],
)  # fmt: skip
def test_a_refused_handover_protects_the_party_handed_over(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2005-01-01")
    assert has(found, source, "AID", target), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Taliban did not refuse to extradite Osama bin Laden to the United States.",
         "Taliban", "Al Qaeda"),
        ("The Haqqani network may have declined to hand over the Al Qaeda operatives.",
         "Haqqani", "Al Qaeda"),
        ("Officials denied that the Taliban had refused to hand over the Al Qaeda fighters.",
         "Taliban", "Al Qaeda"),
        ("Reports of the Taliban's refusal to hand over Al Qaeda fighters were denied by "
         "officials.", "Taliban", "Al Qaeda"),
    ],
)  # fmt: skip
def test_a_refused_handover_negated_or_hedged_is_not_asserted(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2005-01-01")
    assert not has(found, source, "AID", target), found


def test_a_handover_done_or_stopped_is_no_protection() -> None:
    done = named_events("The Taliban handed over Al Qaeda fighters to Pakistan.", "2005-01-01")
    assert not has(done, "Taliban", "AID", "Al Qaeda"), done
    stopped = named_events("The Taliban stopped handing over Al Qaeda fighters to Pakistan.",
                           "2005-01-01")  # fmt: skip
    assert not has(stopped, "Taliban", "AID", "Al Qaeda"), stopped


def test_the_receiver_of_a_refused_handover_is_rejected_not_protected() -> None:
    found = named_events("The Taliban refused to hand over the Al Qaeda leaders to the United "
                         "States.", "2005-01-01")  # fmt: skip
    assert has(found, "Taliban", "REJECT", "United States"), found
    assert not asserted_between(found, "Taliban", "United States") - {
        e for e in found if e[1] == "REJECT"
    }, found


def test_a_population_refusing_a_handover_only_rejects() -> None:
    found = named_events("Tribesmen in Bajaur refused to hand Islamic State gunmen over to the "
                         "Taliban.", "2020-01-01")  # fmt: skip
    assert has(found, "tribal", "REJECT", "Taliban"), found
    assert not has(found, "tribal", "AID", "Islamic State"), found
