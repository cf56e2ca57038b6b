"""Precision mechanisms of helper traps64 (issue 9): relations a sentence names but does not
assert, in classes the survey of the work halves and traps47_work found (tests/nlp/data/
written/README.md, traps47).

Every sentence here is invented for the test (other groups, places and words than the
labelled items), and every mechanism has an asserted twin that must stay asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_triples, has, named_events

DATE = "2016-05-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return asserted_triples(_events(text))


# -- a. a party coordinated with a described unit inside the subject's "of" phrase ---------
# ("leaders of X's regional wing and Y met"): Y is not X's wing, and no one holds the wing
@pytest.mark.parametrize(
    ("text", "outsider", "owner"),
    [
        ("Commanders of the Nusra Front's Idlib wing and Hurras al-Din quarrelled over "
         "checkpoints.", "Hurras", "Nusra"),
        ("Commanders of the Nusra Front's Hama wing and Hurras al-Din met in Atmeh.",
         "Hurras", "Nusra"),
        ("Emirs of Al Qaeda's Sahel branch and the Islamic State in the Greater Sahara divided "
         "the gold mines near Ansongo.", "Islamic State", "Al Qaeda"),
        ("Commanders of the Nusra Front's Aleppo wing and Hurras al-Din were seen together in "
         "Darat Izza.", "", "Nusra"),
    ],
)  # fmt: skip
def test_a_party_beside_a_described_unit_is_not_that_unit(
    text: str, outsider: str, owner: str
) -> None:
    assert not has(_events(text), outsider, "COOPERATE", owner, None)


@pytest.mark.parametrize(
    ("text", "unit", "owner"),
    [
        # the unit named in apposition is still the owner's
        ("Jund al-Zarqa, the TTP's Mohmand branch, attacked a police post.",
         "Jund al-Zarqa", "TTP"),
    ],
)  # fmt: skip
def test_a_unit_named_in_apposition_stays_the_owners(text: str, unit: str, owner: str) -> None:
    assert has(_events(text), unit, "COOPERATE", owner)


def test_the_coordinated_subjects_still_meet() -> None:
    found = _events("Commanders of the Nusra Front's Hama wing and Hurras al-Din met in Atmeh.")
    assert has(found, "Nusra", "CONSULT", "Hurras")
    assert has(found, "Hurras", "CONSULT", "Nusra")


# -- b. rumour passed on under the breath: "whispered / murmured / gossiped that" ------------
@pytest.mark.parametrize(
    "text",
    [
        "Shepherds in Zhob whispered that the Haqqani network was sheltering Al Qaeda trainers.",
        "Traders in the bazaar murmured that the ISI had armed the Afghan Taliban's Helmand units.",
        "Drivers on the Torkham road gossiped that the TTP had attacked Lashkar-e-Taiba's camps.",
        "Porters in Chaman murmured that Lashkar-e-Taiba had trained the TTP's bombers.",
    ],
)
def test_what_is_whispered_is_not_asserted(text: str) -> None:
    assert not _asserted(text)


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Shepherds in Zhob said that the Haqqani network was sheltering Al Qaeda trainers.",
         "Haqqani", "AID", "Al Qaeda"),
        ("Traders in the bazaar told reporters that the ISI had armed the Afghan Taliban.",
         "Inter-Services", "AID", "Taliban"),
    ],
)  # fmt: skip
def test_what_is_said_stays_asserted(text: str, source: str, etype: str, target: str) -> None:
    assert has(_events(text), source, etype, target)


# -- c. a warning that forecasts what befalls a thing, under a condition on a party ----------
@pytest.mark.parametrize(
    ("text", "warner", "conditioned"),
    [
        ("Should Hurras al-Din ever host Islamic State cells, HTS officials cautioned, the "
         "province would sink into chaos.", "Tahrir", "Hurras"),
        ("Kabul warned that the economy of the east would collapse if the Haqqani network "
         "armed Al Qaeda's couriers.", "Afghan", "Haqqani"),
        ("Islamabad warned that the valley would burn if the TTP sheltered Lashkar-e-Taiba men.",
         "Pakistan", "Tehrik"),
        ("If the TTP ever allied itself with the Islamic State, Pakistani ministers warned, the "
         "tribal belt would become a wasteland.", "Pakistan", "Tehrik"),
    ],
)  # fmt: skip
def test_a_forecast_of_harm_to_a_thing_is_no_threat(
    text: str, warner: str, conditioned: str
) -> None:
    assert not has(_events(text), warner, "THREATEN", conditioned)


@pytest.mark.parametrize(
    ("text", "warner", "threatened"),
    [
        ("Pakistani ministers warned that the army would strike if the TTP crossed the line.",
         "Pakistan", "Tehrik"),
        ("HTS warned that it would act if Hurras al-Din hosted Islamic State cells.",
         "Tahrir", "Hurras"),
        ("Kabul warned that the response would be swift if the Haqqani network attacked again.",
         "Afghan", "Haqqani"),
        ("Kabul warned that the Haqqani network would face reprisals if it attacked again.",
         "Afghan", "Haqqani"),
    ],
)  # fmt: skip
def test_a_conditional_threat_stays_a_threat(text: str, warner: str, threatened: str) -> None:
    assert has(_events(text), warner, "THREATEN", threatened)
