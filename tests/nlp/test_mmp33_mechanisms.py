"""mmp33 knowledge: armed groups the knowledge base lacked or knew only by their initials.

Each case is an invented sentence about real groups (nobody reported it), with a negated or
hedged twin; the events are (source id, PLOVER type, target id, modality) as the API prints
them. The groups live in src/riftwatch/actors/data/curated/world_groups_mmp33.yaml.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events

FACT = "org:front-for-change-and-concord-in-chad"
AFRC = "org:afrc-sierra-leone"
RUF = "org:ruf"
ARDE = "org:democratic-revolutionary-alliance-nicaragua"
FDN = "org:nicaraguan-democratic-force"
KITGWANG = "org:splm-io-kitgwang"
SPLM_IO = "org:splm-io"
KNU_PC = "org:knu-knla-peace-council"
KNU = "org:knu"
FDLR = "org:fdlr"
FPRC = "org:fprc"
ORPA = "org:orpa-guatemala"


def _between(text: str, date: str, a: str, b: str) -> list[tuple[str, str, str, str]]:
    """The asserted events, either way, between ``a`` and ``b`` in ``text``."""
    return [(e["source"]["id"], e["event_type"], e["target"]["id"], e["modality"])
            for e in api_events(text, date)
            if {e["source"]["id"], e["target"]["id"]} == {a, b}
            and e["modality"] == "asserted"]  # fmt: skip


# -- groups found under their initials or full names, in their own conflict's words; each
# asserted case has a negated or hedged twin that asserts nothing

ASSERTED = [
    (
        "FACT fighters attacked a Chadian army post near the Libyan border in 2021.",
        "2021-04-01",
        FACT,
        None,
    ),
    (
        "In 1998 the AFRC fought alongside the RUF against ECOMOG troops in Sierra Leone.",
        "1998-06-01",
        AFRC,
        RUF,
    ),
    (
        "In 1984 ARDE refused to join forces with the FDN, the largest contra army in Nicaragua.",
        "1984-06-01",
        ARDE,
        FDN,
    ),
    (
        "In 2022 the Kitgwang faction attacked SPLA-IO positions in Upper Nile.",
        "2022-04-01",
        KITGWANG,
        SPLM_IO,
    ),
    (
        "The KNU/KNLA Peace Council clashed with KNU fighters in Karen State in 2008.",
        "2008-03-01",
        KNU_PC,
        KNU,
    ),
    (
        "The Democratic Forces for the Liberation of Rwanda attacked NDC-Renove positions in "
        "North Kivu in 2016.",
        "2016-05-01",
        FDLR,
        "org:ndc-renove",
    ),
    (
        "The Popular Front for the Renaissance of Central Africa attacked UPC fighters near "
        "Bria in the Central African Republic in 2017.",
        "2017-02-01",
        FPRC,
        None,
    ),
]

TWINS = [
    (
        "FACT denied that its fighters had attacked a Chadian army post near the Libyan "
        "border in 2021.",
        "2021-04-01",
        FACT,
        None,
    ),
    (
        "In 1998 the AFRC may have fought alongside the RUF against ECOMOG troops in Sierra "
        "Leone, but this was never confirmed.",
        "1998-06-01",
        AFRC,
        RUF,
    ),
    (
        "In 1984 ARDE was said to be considering whether to refuse to join forces with the "
        "FDN, the largest contra army in Nicaragua.",
        "1984-06-01",
        ARDE,
        FDN,
    ),
    (
        "In 2022 the Kitgwang faction did not attack SPLA-IO positions in Upper Nile.",
        "2022-04-01",
        KITGWANG,
        SPLM_IO,
    ),
    (
        "The KNU/KNLA Peace Council never clashed with KNU fighters in Karen State.",
        "2008-03-01",
        KNU_PC,
        KNU,
    ),
    (
        "The Democratic Forces for the Liberation of Rwanda denied attacking NDC-Renove "
        "positions in North Kivu in 2016.",
        "2016-05-01",
        FDLR,
        "org:ndc-renove",
    ),
]


def _asserted_with(text: str, date: str, a: str) -> list[tuple[str, str, str]]:
    """The asserted events ``a`` takes part in."""
    return [(e["source"]["id"], e["event_type"], e["target"]["id"])
            for e in api_events(text, date)
            if a in (e["source"]["id"], e["target"]["id"])
            and e["modality"] == "asserted"]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "a", "b"), ASSERTED)
def test_group_found_and_event_asserted(text: str, date: str, a: str, b: str | None) -> None:
    assert _between(text, date, a, b) if b is not None else _asserted_with(text, date, a)


@pytest.mark.parametrize(("text", "date", "a", "b"), TWINS)
def test_negated_or_hedged_twin_asserts_nothing(
    text: str, date: str, a: str, b: str | None
) -> None:
    assert not (_between(text, date, a, b) if b is not None else _asserted_with(text, date, a))


# -- a shared short form needs words of its own conflict: FACT outside Chad's is a word, AFRC
# outside Sierra Leone's and FDN outside Nicaragua's another body


@pytest.mark.parametrize(
    ("text", "date", "not_id"),
    [
        ("The FACT team of Ghana's AFRC council met in Accra in 1979.", "1979-07-01", AFRC),
        ("Police said the FDN gang of Manaus attacked a rival gang in 2018.", "2018-03-01", FDN),
    ],
)
def test_short_form_needs_its_conflict(text: str, date: str, not_id: str) -> None:
    events = api_events(text, date)
    ids = {e["source"]["id"] for e in events} | {e["target"]["id"] for e in events}
    assert not_id not in ids and FACT not in ids


def test_orpa_resolves_in_guatemala() -> None:
    text = "ORPA guerrillas ambushed an army patrol in Guatemala's western highlands in 1981."
    events = api_events(text, "1981-05-01")
    assert any(e["source"]["id"] == ORPA and e["modality"] == "asserted" for e in events)
