"""Written reports, round 47 of the data (issue 9, helper written64): instruments and means,
chains of reported speech, lists, nominalisations, relative and participial clauses. Classes
met over the work half, each fixed as a mechanism for its family of wordings and tested on
invented sentences (none of them a labelled item) with asserted twins, and negated, hedged
or look-alike twins that must keep their reading."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- a) a fronted past participle set off by a comma, with no marker of its own ("Armed by
# X, Y ..."), tells its act as done: the plan, hedge or negation of the verb it hangs on is
# not its (modality._participial_adjunct)
@pytest.mark.parametrize(
    "text",
    [
        "Financed by Al Qaeda, the Pakistani Taliban hoped to seize Swat by the summer.",
        "Armed by the ISI, Lashkar-e-Taiba fighters may cross into Kashmir in the spring.",
        "Sheltered by Haqqani commanders, Al Qaeda's couriers were not planning to leave "
        "Miranshah.",
    ],
)  # fmt: skip
def test_fronted_participle_keeps_its_own_assertion(text: str) -> None:
    found = named_events(text, "2016-05-01")
    assert any(e[1] == "AID" and e[3] == "asserted" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "If financed by Al Qaeda, the Pakistani Taliban would hope to seize Swat by the "
        "summer.",
        "Once armed by the ISI, Lashkar-e-Taiba fighters may cross into Kashmir.",
        "Lashkar-e-Taiba fighters may have been armed by the ISI before they crossed into "
        "Kashmir.",
    ],
)  # fmt: skip
def test_marked_or_hedged_participle_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2016-05-01"), gives_not=[("", "AID", "")])


# -- b) the means of a clause in a participial adjunct of using ("Using rockets supplied by X,
# Y shelled ..."), and a participle of gathering money ("money raised / funds collected by
# X") spent by the clause's subject: X's help or funding of it (written.supplied_means,
# cues.yaml using_verbs, raising_participles)
@pytest.mark.parametrize(
    "text",
    [
        "Using funds collected by Jamaat-ud-Dawa volunteers in Lahore, the Afghan Taliban "
        "paid their commanders in Zabul, a court filing said.",
        "Employing mortars supplied by Al Qaeda, Pakistani Taliban gunners shelled a "
        "Frontier Corps post near Wana.",
    ],
)  # fmt: skip
def test_using_means_given_by_another_is_its_help(text: str) -> None:
    found = named_events(text, "2015-04-01")
    assert any(e[1] == "AID" and e[3] == "asserted" and e[0] != e[2] for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Using funds collected by Jamaat-ud-Dawa volunteers in Lahore, the Afghan Taliban "
        "planned to pay their commanders in Zabul.",
        "Using funds collected by Jamaat-ud-Dawa volunteers in Lahore, the Afghan Taliban "
        "may have paid their commanders in Zabul.",
        "Using money raised by selling opium, the Afghan Taliban paid their commanders in "
        "Zabul.",
    ],
)  # fmt: skip
def test_using_means_under_intent_or_hedge_or_without_giver_is_no_aid(text: str) -> None:
    assert_events(named_events(text, "2015-04-01"), gives_not=[("Lashkar", "AID", "")])
    assert_events(named_events(text, "2015-04-01"), gives_not=[("Jamaat", "AID", "")])


# -- c) a passive participle of giving whose subject, or the noun it hangs on, is the thing
# or the people given, with a party in its "to" phrase ("instructors lent by X to Y",
# "rifles were supplied to Y by X"): X's aid to Y (written.given_to_in_passive, cues.yaml
# relative_giving_verbs)
@pytest.mark.parametrize(
    "text",
    [
        "Trainers lent by the Haqqani network to Lashkar-e-Taiba ran a camp in Kunar.",
        "Heavy machine guns were supplied to the Pakistani Taliban by the Haqqani network in "
        "2012, the report said.",
    ],
)  # fmt: skip
def test_thing_given_to_a_party_in_the_passive_is_aid(text: str) -> None:
    found = named_events(text, "2018-04-01")
    assert any(e[1] == "AID" and e[3] == "asserted" and e[0] != e[2] for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Heavy machine guns were never supplied to the Pakistani Taliban by the Haqqani "
        "network, the report said.",
        "Trainers might have been lent to Lashkar-e-Taiba by the Haqqani network.",
    ],
)  # fmt: skip
def test_negated_or_hedged_passive_gift_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2018-04-01"), gives_not=[("", "AID", "")])


# -- d) a clause after "but"/"though" whose verb of finding has an empty object naming the
# report ("but investigators found nothing to support the claim", "found no evidence for
# the account"): what was reported is unsupported (written._report_found_baseless)
@pytest.mark.parametrize(
    "text",
    [
        "A defector said Hurras al-Din had sent fighters to the Islamic State in Raqqa, but "
        "the monitors found nothing to support the claim.",
        "An informant told police that Lashkar-e-Taiba had trained Pakistani Taliban "
        "bombers, though the inquiry found no evidence for the account.",
        "A courier said the Haqqani network had paid Al Qaeda's guards, but investigators did "
        "not find any proof of it.",
    ],
)  # fmt: skip
def test_report_found_baseless_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2014-06-01"), gives_not=[("", ("AID", "COOPERATE"), "")])


@pytest.mark.parametrize(
    "text",
    [
        "A defector said Hurras al-Din had sent fighters to the Islamic State in Raqqa, and "
        "the monitors found letters to support the claim.",
        "A defector said Hurras al-Din had sent fighters to the Islamic State in Raqqa, but "
        "the monitors found nothing in his phone.",
    ],
)  # fmt: skip
def test_report_with_support_or_unrelated_finding_stands(text: str) -> None:
    found = named_events(text, "2014-06-01")
    assert any(e[1] == "AID" and e[3] == "asserted" for e in found), found


# -- e) a verb of naming whose only complement has a "who" clause names people, not a post
# ("a dossier named X operatives who ..."; written.naming_role)
def test_named_people_with_a_who_clause_are_no_appointment() -> None:
    text = "A UN dossier named Hurras al-Din couriers who had carried messages in Idlib."
    assert_events(named_events(text, "2019-06-01"), gives_not=[("", "SUPPORT", "")])


def test_named_to_a_post_is_still_an_appointment() -> None:
    text = "The Islamic State named a former Nusra Front commander its governor for Homs."
    assert_events(named_events(text, "2015-06-01"), gives=[("Islamic State", "SUPPORT", "Nusra")])


# -- f) living or hiding in a dwelling owned by another party ("hid in compounds owned by X",
# "lived in X's guesthouses", "in houses belonging to X"): X gave the subject shelter
# (written.lodged_in_owned_dwelling, cues.yaml lodging_nouns, owning_participles)
@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda in the Arabian Peninsula's bomb makers lived in farmhouses owned by Awlaki "
        "tribesmen in Shabwa, a Yemeni officer said.",
        "Islamic State couriers stayed in the Haqqani network's guesthouses in Miranshah, a "
        "detainee told interrogators.",
        "Hurras al-Din's emir hid in a house belonging to Nusra Front commanders near Idlib.",
    ],
)  # fmt: skip
def test_lodging_in_an_owned_dwelling_is_shelter(text: str) -> None:
    found = named_events(text, "2017-03-01")
    assert any(e[1] == "AID" and e[3] == "asserted" and e[0] != e[2] for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda in the Arabian Peninsula's bomb makers may have lived in farmhouses owned by "
        "Awlaki tribesmen in Shabwa.",
        "Hurras al-Din's emir never hid in a house belonging to Nusra Front commanders.",
        "Nusra Front commanders lived in their own compounds near Idlib.",
    ],
)  # fmt: skip
def test_lodging_hedged_negated_or_own_is_no_shelter(text: str) -> None:
    assert_events(named_events(text, "2017-03-01"), gives_not=[ANYTHING])


# -- look-alikes met in the whole labelled corpus: a dwelling owned by one man tied to a party
# is his, not the party's (round 43's label; cues.yaml associate_nouns), and a fronted
# participle before a verb of denying keeps the denial's reading (traps 43)
@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda's couriers stayed in a compound owned by a brother of Sirajuddin Haqqani.",
        "Hurras al-Din's emir hid in a house owned by a cousin of a Nusra Front commander.",
    ],
)  # fmt: skip
def test_dwelling_of_a_partys_relative_is_no_shelter(text: str) -> None:
    assert_events(named_events(text, "2017-03-01"), gives_not=[("", "AID", "")])


def test_fronted_participle_before_a_denial_is_not_asserted() -> None:
    text = (
        "Accused by the Haqqani network of sheltering Islamic State envoys, the Pakistani "
        "Taliban's Khyber faction denied the charge."
    )
    assert_events(named_events(text, "2017-03-01"), gives_not=[ANYTHING])
