"""Written reports, round 17 (issue 9, helper written17): mechanisms found on round17_work
and the misses of the earlier work halves, each tested on invented sentences with negated,
hedged or denied twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- armed people backing troops fight beside them; "cleared Y's fighters from" a place -----
@pytest.mark.parametrize(
    ("text", "backer", "etype", "target"),
    [
        ("Police in Swat, backed by a tribal militia, attacked Pakistani Taliban hideouts near "
         "Mingora.", "tribal", "ASSAULT", "Tehrik-i-Taliban"),
        ("Afghan soldiers, supported by U.S. forces, stormed an Islamic State compound in "
         "Achin.", "U.S.", "ASSAULT", "Islamic State"),
        ("Pakistani troops, backed by a tribal lashkar, drove TTP fighters out of the Tirah "
         "valley.", "tribal", "COERCE", "Tehrik-i-Taliban"),
    ],
)  # fmt: skip
def test_armed_backers_share_the_troops_act(text: str, backer: str, etype: str,
                                            target: str) -> None:  # fmt: skip
    assert_events(named_events(text, "2012-01-01"), gives=[(backer, etype, target)])


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        # a party named alone backs; it does not fight
        ("Pakistani troops, backed by the ISI, attacked TTP hideouts in Orakzai.",
         "Inter-Services"),
        # (fire behind an expulsion strikes the party driven out since written47: rounds 12,
        # 20, 31 and 32 label it so; tests/nlp/test_written47_mechanisms.py)
    ],
)  # fmt: skip
def test_backers_that_do_not_share_the_act(text: str, backer: str) -> None:
    assert_events(
        named_events(text, "2016-01-01"), gives_not=[(backer, ("ASSAULT", "COERCE"), "", None)]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani troops, backed by a tribal lashkar, may have attacked TTP hideouts in Orakzai.",
        "Pakistani troops, backed by a tribal lashkar, failed to dislodge TTP fighters from Tirah.",
        "Afghan troops, backed by a militia of Shinwari tribesmen, denied attacking Islamic "
        "State fighters in Achin.",
    ],
)
def test_backed_act_not_asserted_gives_the_backer_no_asserted_act(text: str) -> None:
    assert_events(named_events(text, "2016-01-01"), gives_not=[("", ("ASSAULT", "COERCE"), "")])


@pytest.mark.parametrize(
    "text",
    [
        "Frontier Corps units cleared Pakistani Taliban fighters from the hills above Khar.",
        "Frontier Corps soldiers cleared the Pakistani Taliban from the ridge above the bazaar.",
    ],
)
def test_party_cleared_from_a_place_is_driven_out(text: str) -> None:
    assert_events(
        named_events(text, "2012-01-01"), gives=[("Frontier Corps", "COERCE", "Tehrik-i-Taliban")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Frontier Corps units did not clear Pakistani Taliban fighters from the hills above Khar.",
        "Frontier Corps units were expected to clear Pakistani Taliban fighters from the hills "
        "above Khar.",
        "Frontier Corps units failed to clear the Pakistani Taliban from the ridge.",
    ],
)
def test_negated_or_expected_clearing_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2012-01-01"), gives_not=[("", "COERCE", "")])


# -- a subject the parser reads as an adverbial noun of the interposed participle ------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Afghan intelligence, tipped off by villagers, raided an Islamic State hideout in "
         "Kunar.", "National Directorate", "ASSAULT", "Islamic State"),
        ("Saudi intelligence, tipped off by an informant, passed details of the plot to the "
         "CIA.", "Saudi", "AID", "Central Intelligence"),
    ],
)  # fmt: skip
def test_subject_before_an_interposed_participle_keeps_its_verb(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(named_events(text, "2012-01-01"), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "Saudi intelligence, tipped off by an informant, denied passing details of the plot to "
        "the CIA.",
        "Afghan intelligence, tipped off by villagers, did not raid the Islamic State hideout in "
        "Kunar.",
        "Afghan intelligence, tipped off by villagers, may have raided an Islamic State hideout "
        "in Kunar.",
    ],
)
def test_interposed_participle_denied_or_hedged_act_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2012-01-01"), gives_not=[("", ("AID", "ASSAULT"), "")])


# -- a cooperation aimed "against" a third party opposes it ---------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The tribes allied with U.S. forces against Al Qaeda in Iraq.", "tribes",
         "Al Qaeda in Iraq"),
        ("The Taliban sided with Al Qaeda against the Americans.", "Taliban", "United States"),
        ("Pakistan backed the Taliban against the Northern Alliance.", "Pakistan",
         "Northern Alliance"),
    ],
)  # fmt: skip
def test_cooperation_against_a_third_party_opposes_it(text: str, source: str, target: str) -> None:
    assert_events(named_events(text, "2007-01-01"), gives=[(source, "REJECT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "The tribes never allied with U.S. forces against Al Qaeda in Iraq.",
        "The tribes may have allied with U.S. forces against Al Qaeda in Iraq.",
        "The tribes refused to ally with U.S. forces against Al Qaeda in Iraq.",
        "If the tribes allied with U.S. forces against Al Qaeda in Iraq, the insurgency would end.",
    ],
)
def test_negated_or_hedged_alliance_against_a_party_opposes_nobody(text: str) -> None:
    assert_events(named_events(text, "2007-01-01"), gives_not=[("", None, "Al Qaeda")])


# -- verbs of judgement: "dismissed Y as ...", "eulogised Y" --------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Bin Laden dismissed Zarqawi as a reckless upstart.", "Al Qaeda", "ACCUSE",
         "Al Qaeda in Iraq"),
        ("Zawahiri eulogised Mullah Omar in a long audio message.", "Al Qaeda", "SUPPORT",
         "Taliban"),
        ("Zawahiri eulogized the Taliban's founder in a video.", "Al Qaeda", "SUPPORT",
         "Taliban"),
    ],
)  # fmt: skip
def test_verbs_of_judgement(text: str, source: str, etype: str, target: str) -> None:
    assert_events(named_events(text, "2006-01-01"), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "Bin Laden did not dismiss Zarqawi as an upstart.",
        "Zawahiri never eulogised Baghdadi.",
        "Pakistan dismissed reports that the ISI funded the Haqqani network.",
        "Pakistan dismissed as baseless reports that the ISI funded the Haqqani network.",
    ],
)
def test_negated_judgement_or_dismissed_report_not_asserted(text: str) -> None:
    assert_events(
        named_events(text, "2006-01-01"), gives_not=[("", ("ACCUSE", "SUPPORT", "AID"), "")]
    )


# -- an object "them" is not the subject of its own verb ------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Islamic State fighters fled into Darzab, where the Taliban surrounded them.",
         "Taliban", "ASSAULT", "Islamic State"),
        ("Islamic State fighters gave up rather than fall into the hands of the Taliban, who "
         "had surrounded them.", "Taliban", "ASSAULT", "Islamic State"),
        ("Al Qaeda's leaders moved to Waziristan, where the Haqqanis sheltered them.",
         "Haqqani", "AID", "Al Qaeda"),
        # the object of the clause before stays the antecedent
        ("The Taliban captured two Islamic State commanders and executed them.", "Taliban",
         "ASSAULT", "Islamic State"),
    ],
)  # fmt: skip
def test_object_them_goes_past_its_own_subject(text: str, source: str, etype: str,
                                               target: str) -> None:  # fmt: skip
    assert_events(named_events(text, "2015-01-01"), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters fled into Darzab, where the Taliban did not attack them.",
        "Islamic State fighters fled into Darzab, where the Taliban may have sheltered them.",
        "Al Qaeda's leaders moved to Waziristan, where the Haqqanis refused to shelter them.",
    ],
)
def test_object_them_negated_or_hedged_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2015-01-01"), gives_not=[("", ("ASSAULT", "AID"), "")])


# -- a participle of address after a verb of writing is aimed at the addressee --------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Taliban wrote to Baghdadi, warning that the movement would defend its gains.",
         "Taliban", "THREATEN", "Islamic State"),
        ("The Taliban sent a letter to Baghdadi warning that the movement would defend its "
         "gains.", "Taliban", "THREATEN", "Islamic State"),
        ("Zawahiri wrote to the Taliban, pledging Al Qaeda's loyalty.", "Al Qaeda", "SUPPORT",
         "Taliban"),
        ("The Taliban wrote to Baghdadi, praising his victories in Iraq.", "Taliban", "SUPPORT",
         "Islamic State"),
    ],
)  # fmt: skip
def test_participle_of_address_is_aimed_at_the_addressee(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(named_events(text, "2015-06-16"), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban never wrote to Baghdadi warning that the movement would defend its gains.",
        "The Taliban may have written to Baghdadi, warning that the movement would defend its "
        "gains.",
        "The Taliban planned to write to Baghdadi, warning that the movement would defend its "
        "gains.",
        "It is unclear whether the Taliban wrote to Baghdadi, warning that the movement would "
        "defend its gains.",
    ],
)
def test_hedged_or_negated_writing_gives_no_asserted_address(text: str) -> None:
    assert_events(named_events(text, "2015-06-16"), gives_not=[("", ("THREATEN", "SUPPORT"), "")])


# -- parties that take on undertakings "under" one agreement are its parties ----------------
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Under the agreement signed in Doha, the Taliban committed to preventing attacks on "
         "American troops, and Washington pledged to withdraw its forces.", "Taliban", "U.S."),
        ("Under the accord, the TTP committed to ending its attacks in Swat, and the Pakistani "
         "government pledged to introduce Islamic courts there.", "Tehrik-i-Taliban",
         "Government of Pakistan"),
    ],
)  # fmt: skip
def test_parties_under_one_agreement_agree_both_ways(text: str, first: str, second: str) -> None:
    assert_events(
        named_events(text, "2020-03-01"), gives=[(first, "AGREE", second), (second, "AGREE", first)]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Under a proposed deal, the TTP would lay down its arms and the Pakistani government "
        "would withdraw troops from Swat.",
        "Under the accord, the TTP did not promise to lay down its arms, and the Pakistani "
        "government refused to withdraw troops from Swat.",
        # one party alone names no partner
        "Under the Doha agreement the Taliban committed to keeping foreign fighters out of "
        "Afghanistan.",
    ],
)
def test_unmade_or_refused_or_one_sided_agreement_gives_no_asserted_agree(text: str) -> None:
    assert_events(named_events(text, "2020-03-01"), gives_not=[("", "AGREE", "")])
