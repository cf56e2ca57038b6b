"""Written reports, round 30 of the data (issue 9, helper written31): classes met over the
work halves of several rounds, each fixed in an existing path and tested on invented
sentences with negated, hedged, denied, conditional or look-alike twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- a clause re-described in an apposition as a view that someone disbelieves or rejects -------
# ("..., a conclusion that officials called wishful thinking"; cues.yaml appraised_view_nouns,
# dismissive_words; written.trailing_disbelieved_claim, trailing_denied_claim)
@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        ("A Pakistani research institute argued in 2020 that the Afghan Taliban had quietly "
         "broken with Al Qaeda, a conclusion that American officials called wishful thinking.",
         "Taliban", "REJECT", "Al Qaeda"),
        ("Some analysts in Kabul wrote that the ISI had stopped arming the Haqqani network, a "
         "view most Western diplomats dismissed as naive.", "Inter-Services", None, "Haqqani"),
        ("The Haqqani network sheltered Islamic State cells in Kabul, an assessment the UN team "
         "described as speculative.", "Haqqani", "AID", "Islamic State"),
        ("Lashkar-e-Taiba trained Al Qaeda recruits near Muridke in 2003, a theory that "
         "investigators called far-fetched.", "Lashkar", "AID", "Al Qaeda"),
        ("Hurras al-Din had made peace with HTS by the spring, an interpretation officials in "
         "Idlib called absurd.", "Hurras", None, "Tahrir"),
        # rejected rather than disbelieved: the view nouns join the claim nouns
        ("The TTP funded the Jamaat-ul-Ahrar revival, an assessment Pakistani officials "
         "rejected.", "Tehrik", "AID", "Jamaat"),
    ],
)  # fmt: skip
def test_a_view_called_wishful_or_rejected_is_not_asserted(
    text: str, source: str, etype: str | None, target: str
) -> None:
    found = named_events(text, "2020-06-01")
    assert_events(found, gives_not=[(source, etype, target)])


@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        # look-alikes: the apposition endorses the view, or names it without doubt
        ("A Pakistani research institute argued in 2020 that the Afghan Taliban had quietly "
         "broken with Al Qaeda, a conclusion that American officials called sound.",
         "Taliban", "REJECT", "Al Qaeda"),
        ("The Haqqani network sheltered Islamic State cells in Kabul, an assessment the UN team "
         "described as accurate.", "Haqqani", "AID", "Islamic State"),
        ("Lashkar-e-Taiba trained Al Qaeda recruits near Muridke in 2003, a view investigators "
         "share.", "Lashkar", "AID", "Al Qaeda"),
        # a word of disbelief outside the apposition says nothing of the clause
        ("Lashkar-e-Taiba trained Al Qaeda recruits near Muridke in 2003, and investigators "
         "called the group's later denials absurd.", "Lashkar", "AID", "Al Qaeda"),
    ],
)  # fmt: skip
def test_a_view_endorsed_keeps_the_clause_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2020-06-01")
    assert_events(found, gives=[(source, etype, target)])


def test_whoever_rejects_a_view_rejects_no_party() -> None:
    # the officials reject the assessment, not the Taliban it is about
    found = named_events(
        "A think tank wrote that the Afghan Taliban had broken with Al Qaeda, an assessment "
        "American officials rejected.",
        "2020-06-01",
    )
    assert_events(found, gives_not=[("United States", None, "Taliban"), ("U.S.", None, "Taliban")])
    assert_events(found, gives=[("Taliban", "REJECT", "Al Qaeda", "denied")])


def test_an_accusation_called_absurd_was_still_made() -> None:
    # the accusation is asserted; what it charges is doubted
    found = named_events(
        "The Taliban accused Pakistan of arming the TTP's rivals in Kunar, a charge Islamabad "
        "called absurd.",
        "2023-06-01",
    )
    assert_events(found, gives=[("Taliban", "ACCUSE", "Pakistan")])
    assert_events(found, gives_not=[("Pakistan", "AID", "")])


def test_nothing_else_in_the_sentence_is_doubted_by_a_plain_apposition() -> None:
    # a descriptive apposition on a party is no view: the attack stays asserted
    found = named_events(
        "The TTP attacked a police post in Bannu, an assault the provincial police called "
        "the deadliest of the year.",
        "2023-06-01",
    )
    assert_events(found, gives=[("Tehrik", "ASSAULT", "")])


# -- a penalty said in the future by any verb of saying is a threat ----------------------------
# ("a minister said that the Taliban would face consequences if ..."; cues.yaml
# penalty_speaking_verbs; mechanisms._spoken_penalty)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Pakistan's interior minister said in January 2023 that the Afghan Taliban would face "
         "consequences if TTP fighters kept crossing the border.", "Pakistan", "Taliban"),
        ("A Pentagon spokesman told reporters that the Haqqani network would pay for the "
         "embassy attack and would face the full weight of American power.", "", "Haqqani"),
        ("The Saudi interior ministry declared that AQAP would suffer for the attack on the "
         "Abqaiq plant.", "Saudi", "Al Qaeda"),
    ],
)  # fmt: skip
def test_a_future_penalty_said_of_a_party_is_a_threat(text: str, source: str, target: str) -> None:
    found = named_events(text, "2023-01-20")
    assert_events(found, gives=[(source, "THREATEN", target)])


@pytest.mark.parametrize(
    "text",
    [
        # a past penalty is a report of what happened, no threat
        "Pakistan's interior minister said the Afghan Taliban had faced heavy criticism at "
        "the Moscow meeting.",
        # negated, hedged, denied, conditional: the saying keeps its modality
        "Pakistan's interior minister did not say that the Afghan Taliban would face "
        "consequences.",
        "Pakistan's interior minister may have said that the Afghan Taliban would face "
        "consequences.",
        "Pakistan's interior minister denied saying that the Afghan Taliban would face "
        "consequences.",
        "If the talks fail, Pakistan's interior minister will say that the Afghan Taliban "
        "would face consequences.",
        # the speaker's own hardship is no threat
        "Pakistan's interior minister said Pakistan would face a difficult year.",
    ],
)  # fmt: skip
def test_a_penalty_not_threatened_is_no_asserted_threat(text: str) -> None:
    found = named_events(text, "2023-01-20")
    assert_events(found, gives_not=[("Pakistan", "THREATEN", "")])


# -- a relative clause the parser hangs on a place phrase belongs to the noun before it ---------
# ("raided a house in Karachi where X's men hid and arrested four of them", "claimed a bombing
# outside a bank in Jalalabad that killed Y"; written.place_phrase_host)
@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        ("The Frontier Corps surrounded a compound in Bajaur where TTP commanders had gathered "
         "and arrested nine of them, the corps said.", "Frontier Corps", "COERCE", "Tehrik"),
        ("Police raided a house in Karachi where Al Qaeda operatives were hiding and arrested "
         "four of them.", "police", "COERCE", "Al Qaeda"),
        ("IS-K claimed a bombing outside a bank in Jalalabad that killed thirty Afghan "
         "soldiers.", "Khorasan", "ASSAULT", "Afghan"),
        ("The TTP claimed an attack at a market in Peshawar that killed six Pakistani "
         "policemen.", "Tehrik", "ASSAULT", "Pakistan"),
    ],
)  # fmt: skip
def test_a_clause_on_a_place_phrase_tells_of_the_noun_before_it(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2015-04-20")
    assert_events(found, gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text,wanted",
    [
        # negated conjunct: no arrest
        ("Police raided a house in Karachi where Al Qaeda operatives were hiding but did not "
         "arrest any of them.", ("police", "COERCE", "Al Qaeda")),
        # the conjunct's act is the hiders' own: no arrest by the police
        ("Police raided a house in Karachi where Al Qaeda operatives were hiding and planned "
         "attacks.", ("police", "COERCE", "Al Qaeda")),
        # a denied or hedged claim gives the attack no author
        ("IS-K denied a bombing outside a bank in Jalalabad that killed thirty Afghan soldiers.",
         ("Khorasan", "ASSAULT", "Afghan")),
        ("IS-K may have claimed a bombing outside a bank in Jalalabad that killed thirty "
         "Afghan soldiers.", ("Khorasan", "ASSAULT", "Afghan")),
        # the clause tells of the place, not of an attack
        ("IS-K claimed a bombing outside a bank that served Afghan soldiers.",
         ("Khorasan", None, "Afghan")),
    ],
)  # fmt: skip
def test_a_clause_on_a_place_phrase_keeps_its_own_reading(text: str, wanted: tuple) -> None:
    found = named_events(text, "2015-04-20")
    assert_events(found, gives_not=[wanted])
