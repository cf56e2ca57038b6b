"""peers57: world-news constructions found missing or mis-read on the peers' work half (issue 9).

Every sentence here is invented for these tests. Each class has positives and negated,
hedged, denied or conditional twins that must stay unasserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events

DATE = "2005-06-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


# -- 1. a standing measure cancelled is eased, not "called off" -----------------------------
# "cancel" and "scrap" call off an act (the act did not happen) and also undo a measure in
# force ("lifted sanctions": RETREAT ease); cancelling sanctions or restrictions is that
# easing, done, and was read as negated.


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Kenyan court cancelled restrictions on Somali traders.", "Kenya", "Somali traders"),
        ("The Kenyan government scrapped restrictions on Somali traders.", "Kenya", "Somali"),
        ("The Kenyan government cancelled sanctions on Uganda.", "Kenya", "Uganda"),
        ("Kenya cancelled the embargo on Ugandan goods.", "Kenya", "Uganda"),
    ],
)
def test_cancelled_measure_is_an_easing(text: str, source: str, target: str) -> None:
    assert has(_events(text), source, "RETREAT", target)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not cancel restrictions on Somali traders.",
        "Kenya may cancel restrictions on Somali traders.",
        "Kenya refused to cancel sanctions on Uganda.",
        "Kenya will cancel sanctions on Uganda next week.",
        "Kenya denied that it had scrapped the sanctions on Uganda.",
        "Kenya would cancel sanctions on Uganda if the border reopened.",
    ],
)
def test_cancelled_measure_unasserted(text: str) -> None:
    found = _events(text)
    assert not {e for e in asserted(found) if e[1] == "RETREAT"}


@pytest.mark.parametrize(
    "text",
    [
        # an act called off did not happen: neither the act nor an easing is asserted
        "The army cancelled its offensive against Ugandan rebels.",
        "Kenyan police cancelled the raid on the Somali camp.",
        "The union cancelled its strike against the Kenyan government.",
    ],
)
def test_cancelled_act_stays_unasserted(text: str) -> None:
    assert not asserted(_events(text))


# -- 2. mass violence named by its noun ------------------------------------------------------
# CAMEO 202/203 (mass killings, ethnic cleansing) and 20 (atrocities): the people it is done
# to in "against" or "of", the doer the subject of the verb that carries the noun.


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Serbian forces carried out ethnic cleansing against the Albanian population.",
         "Serbia", "Albanian population"),
        ("Serbian forces committed genocide against Albanian villagers.", "Serbia", "Albanian"),
        ("Serbian forces were engaged in ethnic cleansing of Albanian villagers.", "Serbia",
         "Albanian"),
        ("Serbian forces carried out a pogrom against Albanian villagers.", "Serbia", "Albanian"),
        ("Serbian forces committed atrocities against Albanian villagers.", "Serbia", "Albanian"),
    ],
)  # fmt: skip
def test_mass_violence_nouns(text: str, source: str, target: str) -> None:
    assert has(_events(text), source, "ASSAULT", target)


@pytest.mark.parametrize(
    "text",
    [
        "Serbian forces did not commit genocide against Albanian villagers.",
        "Serbia denied that its forces carried out ethnic cleansing against Albanian villagers.",
        "Serbian forces may have committed atrocities against Albanian villagers.",
        "Serbian forces could carry out ethnic cleansing against Albanian villagers if the talks"
        " fail.",
        "Serbian forces will never commit genocide against Albanian villagers, the minister said.",
    ],
)
def test_mass_violence_nouns_unasserted(text: str) -> None:
    assert not {e for e in asserted(_events(text)) if e[1] == "ASSAULT"}


# -- 3. a known person under a state's title stands for the state ----------------------------
# A person the knowledge base knows but places in no body at the date (its dates of office
# fall short) is, right after "<country> <title>", that country's government, as an unknown
# name there is: a summons of another state's envoy then is a rebuke between the two states.
# Dubem Onyia is in the knowledge base (Phoenix) with no office in 2005.


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Nigerian Foreign Minister Dubem Onyia summoned the Chadian ambassador.", "ACCUSE"),
        ("Nigerian Foreign Minister Dubem Onyia summoned Chad's envoy on Monday.", "ACCUSE"),
    ],
)
def test_titled_known_person_stands_for_the_state(text: str, etype: str) -> None:
    assert has(_events(text), "Nigeria", etype, "Chad")


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian Foreign Minister Dubem Onyia did not summon the Chadian ambassador.",
        "Nigerian Foreign Minister Dubem Onyia may summon the Chadian ambassador.",
        "Nigerian Foreign Minister Dubem Onyia will summon the Chadian ambassador if the raids"
        " go on.",
        "Nigerian Foreign Minister Dubem Onyia denied that he had summoned the Chadian ambassador.",
    ],
)
def test_titled_known_person_unasserted(text: str) -> None:
    assert not {e for e in asserted(_events(text)) if e[1] == "ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        # a title no longer or not yet held, or no state's title: the person stays himself
        "Former Nigerian Foreign Minister Dubem Onyia criticised Chad.",
        "Ex-Nigerian foreign minister Dubem Onyia criticised Chad.",
        "Nigerian opposition leader Dubem Onyia criticised Chad.",
    ],
)
def test_past_or_other_title_keeps_the_person(text: str) -> None:
    assert not {e for e in _events(text) if "Government of Nigeria" in e[0]}


# -- 4. envoys sent to a state meet that state ------------------------------------------------
# "sent envoys to X" is a contact (CONSULT), not aid; the state the envoys go to is the party
# met, not a destination as a country is for troops sent there.


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chile sent an envoy to Peru.", "Chile", "Peru"),
        ("Chile sent a delegation to Peru on Monday.", "Chile", "Peru"),
        ("The UN sent an envoy to Myanmar.", "United Nations", "Myanmar"),
    ],
)
def test_envoy_sent_to_a_state(text: str, source: str, target: str) -> None:
    assert has(_events(text), source, "CONSULT", target)


@pytest.mark.parametrize(
    "text",
    [
        "Chile did not send an envoy to Peru.",
        "Chile will send an envoy to Peru next week.",
        "Chile may send a delegation to Peru.",
        "Chile refused to send an envoy to Peru.",
        "Chile would send an envoy to Peru if the border reopened.",
    ],
)
def test_envoy_sent_to_a_state_unasserted(text: str) -> None:
    assert not {e for e in asserted(_events(text)) if e[1] == "CONSULT"}


def test_troops_sent_to_a_state_are_no_meeting() -> None:
    assert not {e for e in _events("Chile sent troops to Peru.") if e[1] == "CONSULT"}


# -- 5. a country's boats are its property ---------------------------------------------------
# Boats and trawlers join ships and vessels: seizing another country's boats is done to that
# country (territory_nouns).


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean navy seized two Peruvian fishing boats.",
        "Chilean forces seized a Peruvian trawler on Monday.",
    ],
)
def test_seized_boats_of_a_country(text: str) -> None:
    assert has(_events(text), "Chile", "COERCE", "Peru")


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean navy did not seize the Peruvian fishing boats.",
        "The Chilean navy may have seized two Peruvian fishing boats.",
        "The Chilean navy threatened to seize Peruvian trawlers.",
    ],
)
def test_seized_boats_unasserted(text: str) -> None:
    assert not {e for e in asserted(_events(text)) if e[1] == "COERCE"}


# -- 6. forces placed at the border with another country ------------------------------------
# Deploying, moving or sending one's troops to the border with Y is a build-up against Y
# (MOBILIZE), as massing or reinforcing them there is.


@pytest.mark.parametrize(
    "text",
    [
        "Chile deployed troops to the border with Peru.",
        "Chile moved troops to its border with Peru on Monday.",
        "Chile sent troops to its border with Peru.",
    ],
)
def test_troops_placed_at_the_border(text: str) -> None:
    assert has(_events(text), "Chile", "MOBILIZE", "Peru")


@pytest.mark.parametrize(
    "text",
    [
        "Chile did not deploy troops to the border with Peru.",
        "Chile may deploy troops to its border with Peru.",
        "Chile denied that it had moved troops to the border with Peru.",
        "Chile will deploy troops to the border with Peru if talks fail.",
    ],
)
def test_troops_placed_at_the_border_unasserted(text: str) -> None:
    assert not {e for e in asserted(_events(text)) if e[1] == "MOBILIZE"}
