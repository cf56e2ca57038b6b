"""What two parties share (a light verb of role ``mutual``: "share", "pool") each gives the
other: a cooperative nominal runs both ways; hedged and negated sharing is never asserted,
and what is no cooperative thing ("a border", "the blame") is no event."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has
from tests.nlp.conftest import named_events as events


@pytest.mark.parametrize(
    "text",
    [
        "The TTP and Al Qaeda shared weapons and money.",
        "The TTP shared its weapons with Al Qaeda.",
        "Al Qaeda and the TTP pooled their funds.",
    ],
)
def test_shared_help_runs_both_ways(text: str) -> None:
    found = events(text)
    assert has(found, "Tehrik", "AID", "Qaeda"), found
    assert has(found, "Qaeda", "AID", "Tehrik"), found


@pytest.mark.parametrize(
    "text, modality",
    [
        ("The TTP may have shared weapons with Al Qaeda.", "uncertain"),
        ("The TTP never shared weapons with Al Qaeda.", "negated"),
        ("The TTP and Al Qaeda probably shared weapons.", "uncertain"),
    ],
)
def test_hedged_or_negated_sharing_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert not asserted(found), found
    assert has(found, "Tehrik", "AID", "Qaeda", modality), found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan and Afghanistan share a long border.",
        "The TTP and Al Qaeda shared the blame for the attack.",
        "The TTP shares the Afghan Taliban's ideology.",
    ],
)
def test_sharing_no_cooperative_thing_is_no_event(text: str) -> None:
    assert not events(text), events(text)


# -- information shared or exchanged (stop 26: an analyst's own Sahel files) -----------------
@pytest.mark.parametrize(
    ("text", "a", "b", "both_ways"),
    [
        ("JNIM commanders shared intelligence with ISGS fighters.", "Nusrat", "Greater Sahara",
         False),
        ("The ISI exchanged information with the Haqqani network.", "Inter-Services", "Haqqani",
         True),
        ("Hamas and Hezbollah shared intelligence on Israeli troop movements.", "Hamas",
         "Hezbollah", True),
    ],
)  # fmt: skip
def test_information_shared_with_a_party_is_intelligence_aid(
    text: str, a: str, b: str, both_ways: bool
) -> None:
    found = events(text)
    assert has(found, a, "AID", b), found
    assert has(found, b, "AID", a) is both_ways, found
    assert not any(e[1] == "RETREAT" for e in found), found  # no prisoner swap


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("JNIM commanders never shared intelligence with ISGS fighters.", "negated"),
        ("JNIM commanders may have shared intelligence with ISGS fighters.", "uncertain"),
        ("Officials denied that JNIM exchanged information with ISGS.", "denied"),
    ],
)
def test_information_sharing_negated_or_hedged_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert not asserted(found), found
    assert has(found, "Nusrat", "AID", "Greater Sahara", modality), found


def test_prisoners_exchanged_stay_a_release() -> None:
    found = events("The ISI exchanged prisoners with the Haqqani network.")
    assert has(found, "Inter-Services", "RETREAT", "Haqqani"), found
    assert not any(e[1] == "AID" for e in found), found
