"""Modality and coding probes, round neg42 (issue 9: precision on written reports and
headlines), on invented sentences.

Classes of phrasing, not sentences: a negation fronted before an inverted auxiliary ("Never
once did X ...", wherever the parser hangs it); "the absence of" an act; a report taken back
as a passive subject, with "walk back" / "take back" / "backtrack on", or by "disown"; the
content of an "accusation" (alleged, as after "accused X of"); an act that a party disowns or
distances itself from (not told as its own, and no rejection of the act's target). Each class
has twins that must stay asserted, or negative twins that must not fire. None of the
sentences comes from a benchmark, a dev set or a news file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

LEAD = "The convoy was hit on Monday night. "  # a document, not a headline


def _asserted(text: str, date: str = "2014-05-01") -> set[tuple[str, str, str, str]]:
    return {e for e in named_events(LEAD + text, date) if e[3] == "asserted"}


def _headline(text: str, date: str = "2014-05-01") -> set[tuple[str, str, str, str]]:
    return {e for e in named_events(text, date) if e[3] == "asserted"}


def _all(text: str, date: str = "2014-05-01") -> set[tuple[str, str, str, str]]:
    return set(named_events(LEAD + text, date))


# -- a. a negation fronted before an inverted auxiliary ---------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Never once did the ISI arrest a Haqqani commander in Miranshah.", "Inter-Services",
         "COERCE", "Haqqani"),
        ("Never once in ten years did the Afghan Taliban hand a TTP leader over to Pakistan.",
         "Taliban", "", ""),
        ("Not once has the TTP attacked the Afghan Taliban in Kunar.", "Tehrik", "ASSAULT",
         "Taliban"),
        ("Never, officials said, did the ISI arm the TTP.", "Inter-Services", "AID", "Tehrik"),
    ],
)  # fmt: skip
def test_a_a_fronted_negation_negates_the_inverted_clause(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives_not=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        # "not until" puts the act later; it happened
        ("Not until 2014 did Pakistani troops attack the Haqqani network in Miranshah.",
         "Pakistan", "ASSAULT", "Haqqani"),
        # the additive "not only" negates nothing
        ("Not only did the ISI arm the Haqqani network, it also paid its fighters.",
         "Inter-Services", "AID", "Haqqani"),
        # a negation in an earlier clause of its own is not fronted onto this one
        ("The ISI never trusted the group, and in 2012 Pakistani troops arrested three TTP "
         "commanders in Swat.", "Pakistan", "COERCE", "Tehrik"),
    ],
)  # fmt: skip
def test_a_twins_acts_that_happened_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- b. "the absence of" an act ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Pakistani officials pointed to the absence of any Al Qaeda funding for the TTP.",
        "The report noted the absence of any contact between the TTP and Al Qaeda.",
        "Diplomats stressed the absence of ISI support for the Haqqani network last year.",
    ],
)
def test_b_an_absent_act_is_not_asserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", ("AID", "COOPERATE", "SUPPORT"), "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The report noted close cooperation between the ISI and the Haqqani network.",
         "Inter-Services", "COOPERATE", "Haqqani"),
        ("The report noted ISI support for the Haqqani network.", "Inter-Services", "AID",
         "Haqqani"),
        # an absence elsewhere in the sentence does not reach the act
        ("In the absence of the army, TTP fighters attacked a police post in Bannu.",
         "Tehrik", "ASSAULT", "police"),
    ],
)  # fmt: skip
def test_b_twins_present_acts_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- c. a report taken back: passive, "walk back", "backtrack on", "disown" --------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("A report that the Haqqani network had sheltered Al Qaeda fighters was later "
         "retracted.", "Haqqani", "AID", "Al Qaeda"),
        ("The Afghan government walked back its accusation that the ISI had armed the "
         "Taliban.", "Inter-Services", "AID", "Taliban"),
        ("The army took back its statement that soldiers had killed TTP commanders in Khyber.",
         "Pakistan", "ASSAULT", "Tehrik"),
        ("The army backtracked on its claim that soldiers had killed TTP commanders in Khyber.",
         "Pakistan", "ASSAULT", "Tehrik"),
        ("The ministry disowned a statement saying that troops had killed TTP commanders.",
         "Pakistan", "ASSAULT", "Tehrik"),
    ],
)  # fmt: skip
def test_c_a_report_taken_back_asserts_nothing(
    text: str, source: str, etype: str, target: str
) -> None:
    found = _all(text)
    assert_events(found, gives_not=[(source, etype, target, "asserted")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("A report that the Haqqani network had sheltered Al Qaeda fighters was later "
         "confirmed.", "Haqqani", "AID", "Al Qaeda"),
        ("The army stood by its claim that soldiers had killed TTP commanders in Khyber.",
         "Pakistan", "ASSAULT", "Tehrik"),
        ("The ministry issued a statement saying that troops had killed TTP commanders.",
         "Pakistan", "ASSAULT", "Tehrik"),
        # "disown" with a group as its object is still a disavowal
        ("The TTP disowned the Jamaat-ul-Ahrar faction in 2014.", "Tehrik", "REJECT",
         "Jamaat"),
    ],
)  # fmt: skip
def test_c_twins_reports_kept_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- d. the content of an accusation is alleged ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Afghan government repeated its accusation that the ISI had armed the Taliban.",
        "The accusation that the ISI trained Taliban bombers was aired again in Kabul.",
    ],
)
def test_d_what_an_accusation_tells_is_not_asserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("Inter-Services", "AID", "Taliban")])


def test_d_twin_the_accusation_itself_and_a_plain_report() -> None:
    assert_events(
        _asserted("Afghan officials accused the ISI of arming the Taliban."),
        gives=[("Afghan", "ACCUSE", "Inter-Services")],
        gives_not=[("Inter-Services", "AID", "Taliban")],
    )
    assert_events(
        _asserted("Afghan officials said that the ISI had armed the Taliban."),
        gives=[("Inter-Services", "AID", "Taliban")],
    )


# -- e. an act disowned or distanced from: not the subject's, and no rejection of its target ---
@pytest.mark.parametrize(
    "text",
    [
        "The TTP distanced itself from the attack on a Peshawar police station.",
        "The Afghan Taliban dissociated themselves from the killing of Pakistani soldiers.",
        "The Haqqani network disavowed the bombing of the Pakistani consulate in Jalalabad.",
        "The TTP disowned the attack on a Peshawar police station.",
    ],
)
def test_e_a_disowned_act_is_not_the_subjects(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", ("ASSAULT", "REJECT"), "")])


def test_e_headline_distances_itself_from_an_attack() -> None:
    found = _headline("TTP distances itself from attack on Peshawar police station")
    assert_events(found, gives_not=[("Tehrik", "ASSAULT", "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        # distancing from a party is a rejection of it
        ("The TTP distanced itself from Al Qaeda in 2014.", "Tehrik", "REJECT", "Al Qaeda"),
        # another party's act named with its author stays that party's
        ("The Taliban distanced themselves from the Haqqani network's attack on the Pakistani "
         "embassy.", "Haqqani", "ASSAULT", "Pakistan"),
        # carrying an act out is doing it
        ("The TTP carried out the attack on a Peshawar police station.", "Tehrik", "ASSAULT",
         "police"),
    ],
)  # fmt: skip
def test_e_twins_rejections_and_acts_with_their_author(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- f. headlines: a likelihood adjective after the noun; hopes that fade; "No X link" --------
@pytest.mark.parametrize(
    "text",
    [
        "Pakistan-TTP talks unlikely, says minister",
        "Pakistan-TTP talks likely, says minister",
        "Hopes fade for Pakistan-TTP talks",
        "Hopes fade for Taliban-US talks in Doha",
    ],
)
def test_f_talks_only_foreseen_in_a_headline_are_not_held_or_refused(text: str) -> None:
    assert_events(_headline(text), gives_not=[("", ("CONSULT", "REJECT"), "")])


def test_f_no_link_to_an_attack_makes_nobody_its_author() -> None:
    found = _headline("No TTP link to Quetta attack on police: officials")
    assert_events(found, gives_not=[("Tehrik", "ASSAULT", "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Pakistan-TTP talks held in Kabul", "Pakistan", "CONSULT", "Tehrik"),
        ("Pakistan-TTP talks end in Kabul", "Pakistan", "CONSULT", "Tehrik"),
        # cooperation itself that fades is distancing
        ("Cooperation between the ISI and the Haqqani network has faded.", "Inter-Services",
         "REJECT", "Haqqani"),
        ("TTP link to Quetta attack on police: officials", "Tehrik", "ASSAULT", "police"),
    ],
)  # fmt: skip
def test_f_twins_talks_held_and_ties_that_fade(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_headline(text), gives=[(source, etype, target)])


# -- g. a headline's "talks held": a gathering took place, nobody was detained ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Pakistan-TTP talks held in Kabul",
        "Pakistan-TTP talks held, says minister",
        "Jirga held in Miranshah to end TTP feud",
    ],
)
def test_g_talks_held_detain_nobody(text: str) -> None:
    assert_events(_headline(text), gives_not=[("", "COERCE", "")])


@pytest.mark.parametrize(
    "text",
    [
        "Three TTP militants held in Karachi",
        "TTP commander held in Peshawar raid",
    ],
)
def test_g_twins_people_held_are_detained(text: str) -> None:
    assert_events(_headline(text), gives=[("Pakistan", "COERCE", "Tehrik")])


# -- h. an infinitive blocked: "too weak to", "in no position to", "nothing to indicate" -------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Haqqani network is too weak to attack the TTP.", "Haqqani", "ASSAULT", "Tehrik"),
        ("The ISI was too cautious to arm the TTP openly.", "Inter-Services", "AID", "Tehrik"),
        ("The army is in no position to arrest the TTP's leaders.", "Pakistan", "COERCE",
         "Tehrik"),
        ("There is nothing to indicate that Al Qaeda trained TTP recruits.", "Al Qaeda", "AID",
         "Tehrik"),
    ],
)  # fmt: skip
def test_h_a_blocked_infinitive_is_not_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives_not=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        # "enough to" says the means were there; the act keeps its reading
        ("The Haqqani network was strong enough to attack the TTP in 2014.", "Haqqani",
         "ASSAULT", "Tehrik"),
        # an additive "too" after the act blocks nothing
        ("The ISI armed the TTP too, a former officer said.", "Inter-Services", "AID",
         "Tehrik"),
        ("Intercepts indicate that Al Qaeda trained TTP recruits.", "Al Qaeda", "AID",
         "Tehrik"),
    ],
)  # fmt: skip
def test_h_twins_acts_not_blocked_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- i. a report waved away: "scoffed at", "brushed aside", "termed ... baseless" -------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Taliban officials scoffed at reports that they had met IS-K envoys.", "Taliban",
         "CONSULT", "Khorasan"),
        ("The Afghan Taliban brushed aside reports of clashes with the TTP.", "Taliban",
         "ASSAULT", "Tehrik"),
        ("The army shrugged off reports that it had met the TTP in Kabul.", "Pakistan",
         "CONSULT", "Tehrik"),
        ("Officials waved away reports that the ISI had armed the TTP.", "Inter-Services",
         "AID", "Tehrik"),
        ("The foreign office termed reports of ISI support for the Taliban baseless.",
         "Inter-Services", "AID", "Taliban"),
    ],
)  # fmt: skip
def test_i_a_report_waved_away_asserts_nothing(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives_not=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Taliban officials welcomed reports that they had met IS-K envoys.", "Taliban",
         "CONSULT", "Khorasan"),
        ("The Afghan Taliban confirmed reports of clashes with the TTP.", "Taliban", "ASSAULT",
         "Tehrik"),
        ("The foreign office termed reports of ISI support for the Taliban accurate.",
         "Inter-Services", "AID", "Taliban"),
    ],
)  # fmt: skip
def test_i_twins_reports_kept_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- j. desire and eagerness: wanted, not done -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The TTP is eager to ally with Islamic State Khorasan.", "Tehrik", "COOPERATE",
         "Khorasan"),
        ("Islamic State Khorasan dreams of defeating the Afghan Taliban.", "Khorasan",
         "ASSAULT", "Taliban"),
        ("Al Qaeda yearns for a merger with the TTP.", "Al Qaeda", "COOPERATE", "Tehrik"),
        ("The army is anxious to arrest the TTP commanders.", "Pakistan", "COERCE", "Tehrik"),
        ("The Taliban are keen to win the backing of the ISI.", "", "SUPPORT", ""),
    ],
)  # fmt: skip
def test_j_a_wanted_act_is_not_asserted(text: str, source: str, etype: str, target: str) -> None:
    assert_events(_asserted(text), gives_not=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        # as modifiers, the words of eagerness describe an act that was done
        ("The TTP launched a desperate attack on the Frontier Corps post.", "Tehrik",
         "ASSAULT", "Frontier Corps"),
        ("Eager TTP recruits attacked the Frontier Corps post.", "Tehrik", "ASSAULT",
         "Frontier Corps"),
        ("The TTP eagerly attacked the Frontier Corps post.", "Tehrik", "ASSAULT",
         "Frontier Corps"),
    ],
)  # fmt: skip
def test_j_twins_eager_acts_done_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- k. leaning towards an act beside a copula: "desperate for", "open to" ---------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The TTP is desperate for an alliance with Islamic State Khorasan.", "Tehrik",
         "COOPERATE", "Khorasan"),
        ("The TTP is open to talks with Pakistan.", "Tehrik", "CONSULT", "Pakistan"),
    ],
)  # fmt: skip
def test_k_an_act_leaned_towards_is_not_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives_not=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The TTP is responsible for the attack on the Frontier Corps post.", "Tehrik",
         "ASSAULT", "Frontier Corps"),
        ("The TTP was open about its attacks on the Frontier Corps.", "Tehrik", "ASSAULT",
         "Frontier Corps"),
        ("The TTP is happy with its alliance with Islamic State Khorasan.", "Tehrik",
         "COOPERATE", "Khorasan"),
    ],
)  # fmt: skip
def test_k_twins_acts_beside_other_adjectives_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])
