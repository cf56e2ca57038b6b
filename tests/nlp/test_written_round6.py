"""Written-report mechanisms, sixth round (issue 9, helper written7): recall on phrases the
parser splits in long written-report sentences.

- a passive's "by" phrase hung on a setting ("were harboured for a year in the valley by
  local tribesmen": the tribesmen are the agent);
- "N between X and Y" with Y parsed as the noun's conjunct (both parties, both ways);
- a participle of state after "remain", "stay" or "become" ("X and Y remain closely
  aligned": the passive of state of "are aligned");
- "X served as a conduit / channel for money to Y": Y is hung on "served";
- "X, some of whom had been ..., attacked Y": X attacked;
- an announced hostile act that waits on another party's help is no threat to its target
  ("said they would expel Y if the army sent weapons");
- "designation" and "designations" as nouns of a sanction;
- "paid / recruited X to attack Y": X attacks (a weak object stays the payer's men);
- a country after "in" is the setting of a "between" phrase, not a party;
- a group's possessive over a collective noun ("Al Qaeda's foreign fighters");
- "granted X sanctuary" (X parsed as a modifier of the thing given);
- "X enjoys the protection of Y", "X has the backing of Y": Y gives;
- "X takes orders from Y": X cooperates with Y, under its command;
- "X is a group funded by Y" (the predicate noun stands for the subject);
- a claim in the passive ("the bombing of X was claimed by Y").

Every sentence here is invented for this file (none comes from a development set, a
benchmark or tests/nlp/data/written); each positive has a negated, hedged or otherwise
trapped twin that must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, named_events


def events(text: str, date: str = "2011-04-09") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


# --- 1. a passive's agent hung on a setting phrase -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Several Al Qaeda couriers who had escaped from Kandahar were harboured for a year in "
        "the valley by local tribesmen, a former detainee said.",
        "Al Qaeda trainers were sheltered during the winter in Shawal by local "
        "tribesmen, according to an intercept summary.",
    ],
)
def test_passive_agent_after_a_setting_phrase(text: str) -> None:
    found = events(text)
    assert {e for e in found if e[1] == "AID" and e[3] == "asserted" and "Qaeda" in e[2]}, found


@pytest.mark.parametrize(
    "text",
    [
        "Several Al Qaeda couriers who had escaped from Kandahar may have been harboured for a "
        "year in the valley by local tribesmen, a former detainee said.",
        "Al Qaeda trainers were not sheltered during the winter in Shawal by local "
        "tribesmen, according to an intercept summary.",
    ],
)
def test_passive_agent_after_a_setting_phrase_twins(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[1] == "AID" and e[3] == "asserted"}, found


# --- 2. "between X and Y" with Y as the noun's conjunct -----------------------------------


def test_between_with_the_second_party_as_conjunct() -> None:
    text = (
        "Cooperation between the CIA and Pakistan's intelligence service grew closer after "
        "the embassy bombings, a retired officer wrote."
    )
    found = events(text)
    assert asserted_between(found, "Central Intelligence", "Inter-Services"), found
    assert asserted_between(found, "Inter-Services", "Central Intelligence"), found


def test_between_with_the_second_party_as_conjunct_twin() -> None:
    text = (
        "Cooperation between the CIA and Pakistan's intelligence service may have grown "
        "closer after the embassy bombings, a retired officer suggested."
    )
    found = events(text)
    assert not asserted_between(found, "Central Intelligence", "Inter-Services"), found
    assert not asserted_between(found, "Inter-Services", "Central Intelligence"), found


# --- 3. participles of state after remain / stay / become ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Analysts at the institute said the Haqqani network and Al Qaeda remain closely "
        "aligned in Paktika.",
        "The Haqqani network stayed aligned with Al Qaeda throughout 2010, the report found.",
    ],
)
def test_participle_of_state_after_remain(text: str) -> None:
    found = events(text)
    assert asserted_between(found, "Haqqani", "Qaeda"), found


@pytest.mark.parametrize(
    "text",
    [
        "Analysts at the institute doubted that the Haqqani network and Al Qaeda remain "
        "closely aligned in Paktika.",
        "The Haqqani network seems aligned with Al Qaeda, one analyst speculated.",
        "The Haqqani network has not remained aligned with Al Qaeda, the report found.",
    ],
)
def test_participle_of_state_twins(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Haqqani", "Qaeda"), found


# --- 4. "served as a conduit for money to Y" ----------------------------------------------


def test_conduit_for_money_to_a_party() -> None:
    text = "Jamaat-ud-Dawa served as a conduit for money to the Afghan Taliban, the panel said."
    found = events(text)
    assert {e for e in found if e[1] == "AID" and e[3] == "asserted" and "Taliban" in e[2]}, found


@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-ud-Dawa never served as a conduit for money to the Afghan Taliban, the panel said.",
        "Jamaat-ud-Dawa may have served as a channel for money to the Afghan Taliban, the "
        "panel said.",
    ],
)
def test_conduit_for_money_twins(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[1] == "AID" and e[3] == "asserted"}, found


# --- 5. "X, some of whom ..., attacked Y" -------------------------------------------------


def test_subject_before_some_of_whom() -> None:
    text = (
        "Islamic State fighters, some of whom had been recruited by Uzbek militants, "
        "attacked a Taliban checkpoint in Nangarhar."
    )
    found = events(text)
    assert {e for e in found if e[1] == "ASSAULT" and e[3] == "asserted"
            and "Islamic State" in e[0] and "Taliban" in e[2]}, found  # fmt: skip


def test_subject_before_some_of_whom_twin() -> None:
    text = (
        "Islamic State fighters, some of whom had been recruited by Uzbek militants, "
        "reportedly planned to attack a Taliban checkpoint in Nangarhar."
    )
    found = events(text)
    assert not {e for e in found if e[1] == "ASSAULT" and e[3] == "asserted"}, found


# --- 6. an announced act that waits on another party's help is no threat -----------------


def test_announced_act_waiting_on_help_is_no_threat() -> None:
    text = (
        "Elders in Tirah said their lashkar would expel Pakistani Taliban fighters from the "
        "valley if the government provided ammunition."
    )
    found = events(text)
    assert not {e for e in found if e[3] == "asserted" and "Tehrik" in e[2]}, found


def test_announced_act_conditioned_on_the_target_stays_a_threat() -> None:
    text = "The Pakistani Taliban said they would attack the army unless it left Swat."
    found = events(text)
    assert {e for e in found if e[1] == "THREATEN" and e[3] == "asserted"}, found


# --- 7. designation nouns ------------------------------------------------------------------


def test_designation_noun_is_a_sanction() -> None:
    text = (
        "The State Department's designation of three Lashkar-e-Taiba fundraisers in 2010 "
        "came after a long inquiry."
    )
    found = events(text)
    assert {e for e in found if e[1] == "SANCTION" and e[3] == "asserted"
            and "Lashkar" in e[2]}, found  # fmt: skip


def test_designation_noun_twin() -> None:
    text = (
        "The State Department has weighed a possible designation of three Lashkar-e-Taiba "
        "fundraisers, officials said."
    )
    found = events(text)
    assert not {e for e in found if e[1] == "SANCTION" and e[3] == "asserted"}, found


# --- 8. an infinitive of purpose after a verb of commissioning: the object acts -----------


@pytest.mark.parametrize(
    "text",
    [
        "A detainee said the ISI paid the Haqqani network to attack American troops in Khost.",
        "The Afghan Taliban recruited the Pakistani Taliban to attack American troops in "
        "Kunar, a cable said.",
    ],
)
def test_commissioned_object_does_the_act(text: str) -> None:
    found = events(text)
    payer = "Inter-Services" if "ISI" in text else "Afghan Taliban"
    assert not {e for e in found if e[1] == "ASSAULT" and payer in e[0]}, found
    assert {e for e in found if e[1] == "ASSAULT" and "U.S." in e[2]}, found


def test_commissioned_weak_object_stays_the_subjects_men() -> None:
    found = events("The Afghan Taliban sent gunmen to attack American troops in Kunar.")
    assert {e for e in found if e[1] == "ASSAULT" and "Afghan Taliban" in e[0]}, found


# --- 9. a country after "in" is the setting of a "between" phrase, not a third party ------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Clashes between the Islamic State and the Afghan Taliban in Afghanistan killed "
         "dozens of fighters last month.", "Afghanistan"),
        ("Cooperation between the Afghan Taliban and the Haqqani network in Pakistan has "
         "deepened, the panel found.", "Pakistan"),
    ],
)  # fmt: skip
def test_place_after_between_is_no_party(text: str, place: str) -> None:
    found = events(text)
    assert asserted_between(found, "Taliban", "") or asserted_between(found, "", "Taliban")
    assert not {e for e in found if place in (e[0], e[2])}, found


def test_two_states_between_stay_parties() -> None:
    found = events("Talks between Pakistan and Afghanistan resumed in Islamabad last week.")
    assert asserted_between(found, "Pakistan", "Afghanistan"), found


# --- 10. a group's possessive over a collective noun: the group's own men ---------------


def test_group_possessive_over_collective() -> None:
    found = events("Officials said the Haqqani network long hosted Al Qaeda's foreign fighters.")
    assert asserted_between(found, "Haqqani", "Qaeda"), found


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the Haqqani network may have hosted Al Qaeda's foreign fighters.",
        "Officials said the Haqqani network hosted foreign fighters in Miranshah.",
    ],
)
def test_group_possessive_over_collective_twins(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Haqqani", "Qaeda"), found


def test_pronoun_possessive_over_collective_keeps_the_collective() -> None:
    text = (
        "Tribal militias in Dir, backed by the army, have fought the Pakistani Taliban, who "
        "have murdered several of their elders."
    )
    found = events(text)
    assert not {e for e in found if "Tehrik" in e[0] and "Tehrik" in e[2]}, found
    assert {e for e in found if "Tehrik" in e[0] and e[1] == "ASSAULT"
            and e[3] == "asserted"}, found  # fmt: skip


# --- 11. "granted X sanctuary": the recipient parsed as a modifier of the thing given ------


def test_recipient_before_the_thing_given() -> None:
    found = events("A cable said the Afghan Taliban granted Al Qaeda sanctuary in Kandahar.")
    assert {e for e in found if e[1] == "AID" and e[3] == "asserted"
            and "Taliban" in e[0] and "Qaeda" in e[2]}, found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "A cable said the Afghan Taliban never granted Al Qaeda sanctuary in Kandahar.",
        "A cable said the Afghan Taliban might grant Al Qaeda sanctuary in Kandahar.",
    ],
)
def test_recipient_before_the_thing_given_twins(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[1] == "AID" and e[3] == "asserted"}, found


# --- 12. "X enjoys the protection of Y", "X has the backing of Y": Y gives ----------------


@pytest.mark.parametrize(
    ("text", "giver", "holder"),
    [
        ("Al Qaeda leaders continue to enjoy the protection of the Afghan Taliban, the "
         "monitors said.", "Taliban", "Qaeda"),
        ("The Haqqani network has the backing of the ISI, a former envoy said.",
         "Inter-Services", "Haqqani"),
    ],
)  # fmt: skip
def test_held_aid_is_given_by_the_of_party(text: str, giver: str, holder: str) -> None:
    found = events(text)
    assert asserted_between(found, giver, holder), found
    assert not asserted_between(found, holder, giver), found


def test_held_aid_twin() -> None:
    found = events(
        "Al Qaeda leaders may enjoy the protection of the Afghan Taliban, one analyst said."
    )
    assert not asserted_between(found, "Taliban", "Qaeda"), found


# --- 13. "X takes orders from Y": X is under Y's command ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A defector said the Pakistani Taliban take orders from Al Qaeda's leadership.",
        "Haqqani commanders follow the instructions of the Quetta shura, the detainee said.",
    ],
)
def test_taking_orders_is_cooperation_to_the_commander(text: str) -> None:
    found = events(text)
    assert {e for e in found if e[1] == "COOPERATE" and e[3] == "asserted"}, found


@pytest.mark.parametrize(
    "text",
    [
        "A defector said the Pakistani Taliban do not take orders from Al Qaeda's leadership.",
        "A defector said the Pakistani Taliban may take orders from Al Qaeda's leadership.",
    ],
)
def test_taking_orders_twins(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[1] == "COOPERATE" and e[3] == "asserted"}, found


# --- 14. a group noun predicated of its subject stands for it ----------------------------


def test_predicated_group() -> None:
    found = events("Officials said Jaish-e-Mohammed is a group funded by the ISI.")
    assert asserted_between(found, "Inter-Services", "Jaish"), found


@pytest.mark.parametrize(
    "text",
    [
        "Officials denied that Jaish-e-Mohammed is a group funded by the ISI.",
        "Officials said Jaish-e-Mohammed may be a group funded by the ISI.",
    ],
)
def test_predicated_group_twins(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[1] in ("AID", "SUPPORT") and e[3] == "asserted"}, found


# --- 15. a claim in the passive names the attacker ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bombing of the Afghan intelligence headquarters in Kabul was claimed by the "
        "Afghan Taliban.",
        "Responsibility for the raid on the Afghan intelligence office was claimed by the "
        "Afghan Taliban.",
    ],
)
def test_passive_claim_names_the_attacker(text: str) -> None:
    found = events(text)
    assert {e for e in found if e[1] == "ASSAULT" and e[3] == "asserted"
            and "Taliban" in e[0]}, found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The bombing of the Afghan intelligence headquarters in Kabul was not claimed by the "
        "Afghan Taliban.",
        "Responsibility for the raid on the Afghan intelligence office may have been claimed "
        "by the Afghan Taliban.",
    ],
)
def test_passive_claim_twins(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[1] == "ASSAULT" and e[3] == "asserted"
                and "Taliban" in e[0]}, found  # fmt: skip
