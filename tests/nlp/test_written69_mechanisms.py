"""Written reports, round 52 of the data (issue 9, helper written69): negatives first. Classes
met over the work halves of rounds 49 to 52, each fixed as a mechanism for its family of
wordings and tested on invented sentences (none of them a labelled item) with look-alike
twins that must keep their reading."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- a) "reports that X pledged to Y were enemy propaganda": a label of falsity (cues.yaml
# falsity_labels) as the predicate noun of the report's copula denies what it tells
# (modality: the copula's "attr")
@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network's spokesman said reports that its commanders had met Al Qaeda "
        "envoys in Shawal were enemy propaganda.",
        "Stories that Lashkar-e-Taiba had paid the Pakistani Taliban's Bajaur chapter are "
        "lies, a spokesman for the group's charity wing told a news conference in Lahore.",
        "The claim that the ISI had armed the Taliban's Red Unit was a hoax, the army's "
        "press wing said.",
    ],
)  # fmt: skip
def test_report_called_propaganda_or_lies_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2014-03-01"), gives_not=[ANYTHING])


def test_report_called_accurate_keeps_its_reading() -> None:
    found = named_events("Reports that the Pakistani Taliban had attacked a police post in "
                         "Swabi were accurate, the district police chief said.",
                         "2014-03-01")  # fmt: skip
    assert_events(found, gives=[("Tehrik-i-Taliban Pakistan", "ASSAULT", "police")])


# -- b) "the Pakistani Taliban's central shura", "the shura of the TTP": a named group owns
# the bare body word, which then never takes the default referent (the Quetta shura;
# cues.yaml default_referents; extract._named_owner)
@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani Taliban's central shura said its fighters had ambushed a Haqqani "
        "network convoy in Kurram.",
        "The shura of the Pakistani Taliban said that its men had ambushed a Haqqani network "
        "convoy near Parachinar.",
    ],
)  # fmt: skip
def test_owned_shura_is_its_owner(text: str) -> None:
    found = named_events(text, "2012-09-01")
    assert_events(found, gives=[("Tehrik-i-Taliban Pakistan", "ASSAULT", "Haqqani")],
                  gives_not=[("Quetta Shura", None, "")])  # fmt: skip


def test_bare_shura_in_afpak_reporting_is_still_the_quetta_shura() -> None:
    found = named_events("Members of the shura in Quetta said its fighters had ambushed an "
                         "Afghan army convoy in Zabul.", "2012-09-01")  # fmt: skip
    assert_events(found, gives=[("Quetta Shura", "ASSAULT", "Afghan")])


# -- c) "froze the accounts of charities it said had been raising money for X": in a relative
# clause of saying or belief whose complement has no subject of its own, the noun the
# relative clause qualifies is the doer, never the speaker (code._relative_report_gap)
@pytest.mark.parametrize(
    "text",
    [
        "The army arrested three traders it said had been raising money for the Haqqani "
        "network.",
        "Kabul expelled two businessmen it believed had been collecting funds for the "
        "Pakistani Taliban.",
    ],
)  # fmt: skip
def test_speaker_of_relative_report_is_not_the_doer(text: str) -> None:
    found = named_events(text, "2016-04-01")
    assert_events(found, gives_not=[("", "AID", "")])


def test_speaker_with_its_own_clause_is_still_the_doer() -> None:
    found = named_events("The army said it had been raising money for the tribal lashkar "
                         "that fought the Pakistani Taliban in Bajaur.", "2016-04-01")  # fmt: skip
    assert_events(found, gives=[("Pakistan", "AID", "")])


# -- d) "X sat down with Y": meeting Y (events.yaml sit, only with the particle "down" and a
# "with" partner)
def test_sitting_down_with_a_party_is_a_meeting() -> None:
    text = ("Envoys of the Afghan government sat down with Taliban emissaries in Murree for "
            "a second day, a Pakistani official said.")  # fmt: skip
    found = named_events(text, "2015-07-08")
    assert_events(found, gives=[("Afghan government", "CONSULT", "Taliban"),
                                ("Taliban", "CONSULT", "Afghan government")])  # fmt: skip


def test_refusing_to_sit_down_with_a_party_is_no_meeting() -> None:
    found = named_events("The Afghan Taliban refused to sit down with the Kabul government's "
                         "negotiators in Murree.", "2015-07-08")  # fmt: skip
    assert_events(found, gives_not=[("", "CONSULT", "")])


# -- e) "X received a delegation of Y", "received Y's envoys": a visit received (events.yaml
# receive with needs_object_noun: nouns of envoys); "received money from Y" stays aid
@pytest.mark.parametrize(
    "text",
    [
        "Maulana Fazlullah received a delegation of Afghan Taliban commanders at his "
        "hideout in Kunar last winter, a captured courier told investigators.",
        "The Pakistani Taliban's chief received the Afghan Taliban's envoys in Kurram in "
        "March, two tribal elders said.",
    ],
)  # fmt: skip
def test_receiving_envoys_is_a_meeting(text: str) -> None:
    found = named_events(text, "2016-02-01")
    assert_events(found, gives=[("Tehrik-i-Taliban Pakistan", "CONSULT", "Afghan Taliban")])


def test_receiving_money_is_not_a_meeting() -> None:
    found = named_events("The Pakistani Taliban received money from the Afghan Taliban's "
                         "finance commission, a police report said.", "2016-02-01")  # fmt: skip
    assert_events(found, gives_not=[("", "CONSULT", "")])


# -- f) "X pulled out of the talks that Y had offered": the offerer named by a relative clause
# of offering on the talks is their other party (mechanisms._offering_relative_authors)
def test_leaving_talks_offered_by_a_party_rejects_the_offerer() -> None:
    found = named_events("The Pakistani Taliban pulled out of the negotiations that the "
                         "government had proposed in March.", "2014-05-02")  # fmt: skip
    assert_events(found, gives=[("Tehrik-i-Taliban Pakistan", "REJECT", "Pakistan")])


def test_talks_never_offered_name_no_party() -> None:
    found = named_events("The Pakistani Taliban pulled out of the negotiations that the "
                         "government had never proposed.", "2014-05-02")  # fmt: skip
    assert_events(found, gives_not=[("", "REJECT", "")])
