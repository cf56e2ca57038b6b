"""Right parties and right modality for written reports and headlines (precision23, invented
sentences).

Each class below is one construction that named the wrong party or asserted what the text
does not assert, with the twin that must keep its reading:

- the Taliban in context: a Pakistani speaker's condemnation or warning is no sign that a bare
  "Taliban" is the TTP; only violence between them and the Pakistani state, or on Pakistani
  soil, is;
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_triples, dated, named_events

_events = dated(named_events, "2012-05-01")


def _asserted(text: str, date: str = "2012-05-01") -> set[tuple[str, str, str]]:
    """(source, PLOVER type, target) of the events ``text`` asserts."""
    return asserted_triples(_events(text, date))


def _between(text: str, a: str, b: str, date: str = "2012-05-01") -> set[tuple[str, str, str]]:
    """Asserted events from a party whose name holds ``a`` to one whose name holds ``b``."""
    return {e for e in _asserted(text, date) if a in e[0] and b in e[2]}


def _names(text: str, date: str = "2012-05-01") -> set[str]:
    """Every party name of the events of ``text``."""
    return {n for s, _t, o, _m in _events(text, date) for n in (s, o)}


# -- the Taliban in context: verbal acts of a Pakistani speaker --------------------------------
SPOKEN_TO_TALIBAN = [
    "Pakistan condemned the Taliban for the killings.",
    "The Pakistani foreign ministry denounced the Taliban for their treatment of women.",
    "Islamabad accused the Taliban of sheltering al-Qaeda leaders.",
    "The Pakistani government warned the Taliban against harbouring al-Qaeda.",
    "Pakistan's foreign office criticised the Taliban for their ties to al-Qaeda.",
]


@pytest.mark.parametrize("text", SPOKEN_TO_TALIBAN)
def test_speech_of_pakistan_leaves_the_afghan_taliban(text: str) -> None:
    names = _names(text)
    assert any("Taliban" in n for n in names), names
    assert not any("Tehrik" in n for n in names), names


VIOLENCE_WITH_PAKISTAN = [
    # the Pakistani state's forces and the Taliban in violence, or violence on Pakistani soil
    "Pakistani troops killed 12 Taliban in a clash.",
    "The Taliban attacked a police post in Swat.",
    "The Taliban ambushed Pakistani soldiers near Wana.",
    "Pakistani police arrested three Taliban commanders.",
    "Pakistan condemned the Taliban attack on a school in Peshawar.",
]


@pytest.mark.parametrize("text", VIOLENCE_WITH_PAKISTAN)
def test_violence_with_pakistan_is_the_ttp(text: str) -> None:
    names = _names(text)
    assert any("Tehrik" in n for n in names), names


# -- object control: the party asked to act is the doer, and the act is only asked for ------
APPEALS = [
    # (text, the party asked, what it is asked to act on, the asker)
    ("Pakistan appealed to the Taliban to expel al-Qaeda.", "Taliban", "Qaeda", "Pakistan"),
    ("Karzai called on Pakistan to arrest Haqqani network commanders.",
     "Pakistan", "Haqqani", "Afghan"),
    ("The Afghan government pleaded with Pakistan to arrest Haqqani network commanders.",
     "Pakistan", "Haqqani", "Afghan"),
    ("Al-Qaeda called upon the Taliban to attack American forces.", "Taliban", "U.S.", "Qaeda"),
    ("The Afghan government appealed to the United States to strike the Haqqani network.",
     "United States", "Haqqani", "Afghan"),
    ("The United States urged Pakistan to stop sheltering the Haqqani network.",
     "Pakistan", "Haqqani", "United States"),
    ("Washington asked Islamabad to hand over Hafiz Saeed.", "Pakistan", "Lashkar", "U.S."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "asked", "other", "asker"), APPEALS)
def test_the_party_asked_acts_and_nothing_is_asserted(
    text: str, asked: str, other: str, asker: str
) -> None:
    events = _events(text)
    acts = {e for e in events if other in e[2] and e[1] != "REQUEST"}
    assert acts, events
    assert all(asked in s and m != "asserted" for s, _t, _o, m in acts), acts
    assert not any(asker in s and other in o for s, _t, o, _m in events), events


def test_an_appeal_granted_is_asserted_for_the_party_asked() -> None:
    # the twin: the appeal is hypothetical, the act that followed it is asserted
    text = "The United States urged Pakistan to act, and Pakistan arrested Haqqani commanders."
    assert _between(text, "Pakistan", "Haqqani")
    text = "Pakistan expelled al-Qaeda fighters after the Taliban appealed to it."
    assert _between(text, "Pakistan", "Qaeda")


# -- a party's symbols destroyed or defaced: hostile (PROTEST), never a tie --------------------
DESECRATIONS = [
    ("Taliban fighters burned the flag of the Islamic State in Nangarhar.", "Taliban", "Islamic"),
    ("Supporters of the Islamic State burned the banner of the Taliban.", "Islamic", "Taliban"),
    ("Taliban fighters tore down the Islamic State's flags in Jalalabad.", "Taliban", "Islamic"),
    ("Islamic State militants defaced Taliban posters in Kunar.", "Islamic", "Taliban"),
    ("The flags of the Islamic State were torched by Taliban fighters.", "Taliban", "Islamic"),
    ("Al-Qaeda fighters trampled portraits of Mullah Omar.", "Qaeda", "Taliban"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "doer", "owner"), DESECRATIONS)
def test_destroying_a_partys_symbols_is_hostile(text: str, doer: str, owner: str) -> None:
    found = _between(text, doer, owner)
    assert found and all(t == "PROTEST" for _s, t, _o in found), _events(text)
    assert not _between(text, owner, doer), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters did not burn the flag of the Islamic State.",
        "Taliban fighters threatened to burn the flag of the Islamic State.",
        "Taliban fighters hoisted the banner of al-Qaeda over the town.",
        "The Taliban burned their own flags before retreating from Kunduz.",
    ],
)
def test_no_desecration_asserted_and_no_tie(text: str) -> None:
    assert not {e for e in _asserted(text) if e[1] in ("PROTEST", "COOPERATE")}, _events(text)


def test_fighting_under_a_banner_stays_a_tie() -> None:
    text = "The Haqqani network fought under the banner of the Taliban."
    assert {t for _s, t, _o in _asserted(text)} == {"COOPERATE"}


# -- hearsay with an extraposed "it": nobody vouches for the clause ---------------------------
HEARSAY = [
    ("It is said that the Taliban sheltered al-Qaeda leaders.", "Taliban", "Qaeda"),
    ("It is said the Haqqani network sheltered al-Qaeda commanders.", "Haqqani", "Qaeda"),
    ("It is reported the Haqqani network funded al-Qaeda.", "Haqqani", "Qaeda"),
    ("It was claimed that Pakistan armed the Taliban.", "Pakistan", "Taliban"),
    ("It has been reported that the Taliban expelled al-Qaeda fighters.", "Taliban", "Qaeda"),
    ("It is widely believed that the ISI funded the Haqqani network.", "Inter-Services",
     "Haqqani"),
]  # fmt: skip


HEARSAY += [
    # headlines drop the auxiliary: "X said to ..." is still hearsay about X, no claim of X's
    ("Taliban said to shelter al-Qaeda leaders", "Taliban", "Qaeda"),
    ("Haqqani network said to be funding al-Qaeda", "Haqqani", "Qaeda"),
]


@pytest.mark.parametrize(("text", "source", "target"), HEARSAY)
def test_extraposed_hearsay_is_uncertain(text: str, source: str, target: str) -> None:
    found = {e for e in _events(text) if source in e[0] and target in e[2]}
    assert found and all(m == "uncertain" for *_e, m in found), _events(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the twins: a fact vouched for, and a report a teller owns, stay asserted
        ("It is known that the Taliban sheltered al-Qaeda leaders.", "Taliban", "Qaeda"),
        ("It is clear that the Haqqani network funded al-Qaeda.", "Haqqani", "Qaeda"),
        ("Officials reported that the ISI funded the Haqqani network.", "Inter-Services",
         "Haqqani"),
        ("The report said that the Haqqani network sheltered al-Qaeda commanders.", "Haqqani",
         "Qaeda"),
        ("The Taliban said they had expelled al-Qaeda fighters.", "Taliban", "Qaeda"),
    ],
)  # fmt: skip
def test_vouched_or_owned_reports_stay_asserted(text: str, source: str, target: str) -> None:
    assert _between(text, source, target), _events(text)


# -- the pronoun of what a participle of saying says is the participle's controller ----------
CONTROLLED = [
    # (text, the controller who acts, the other party of its act, the party only named in
    # the object, who must not act)
    ("The Taliban rejected the UN report, insisting that it had expelled al-Qaeda.",
     "Taliban", "Qaeda", "United Nations"),
    ("Pakistan dismissed the American charges, saying that it had arrested hundreds of TTP "
     "fighters.", "Pakistan", "Tehrik", "U"),
    ("The Taliban denied the American claims, arguing that it had expelled al-Qaeda fighters.",
     "Taliban", "Qaeda", "U"),
    ("The Haqqani network brushed aside the UN findings, stressing that it had cut its ties "
     "with al-Qaeda.", "Haqqani", "Qaeda", "United Nations"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "doer", "other", "named"), CONTROLLED)
def test_pronoun_of_a_participle_is_its_controller(
    text: str, doer: str, other: str, named: str
) -> None:
    assert _between(text, doer, other), _events(text)
    assert not any(s.startswith(named) and other in o for s, _t, o, _m in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        # the twins: the controller's negated or denied statement asserts nothing
        "The Haqqani network rejected the Afghan government's claims, insisting that it had "
        "never sheltered al-Qaeda.",
        "The Taliban dismissed the UN report, saying that it had no ties with al-Qaeda.",
        "Pakistan denied the reports that it had armed the Taliban.",
    ],
)
def test_controller_denials_stay_unasserted(text: str) -> None:
    assert not {e for e in _asserted(text) if "Qaeda" in e[2] or "Taliban" in e[2]}, _events(text)


@pytest.mark.parametrize(
    ("text", "doer", "other"),
    [
        # headline coordination: the declarer is the first clause's subject, the Taliban
        # either number
        ("Taliban reject UN report, insist they have cut ties with al-Qaeda", "Taliban",
         "Qaeda"),
        ("The Taliban rejected the UN report and insisted that they had expelled al-Qaeda.",
         "Taliban", "Qaeda"),
        ("Haqqani network denies links with TTP, says it expelled al-Qaeda fighters",
         "Haqqani", "Qaeda"),
    ],
)  # fmt: skip
def test_headline_declarer_is_the_first_subject(text: str, doer: str, other: str) -> None:
    assert _between(text, doer, other), _events(text)
    assert not any(other in o and doer not in s for s, _t, o, _m in _events(text))


def test_a_party_object_keeps_the_nearest_reading() -> None:
    # "X accused Y ..., saying that it had ...": what is said may be about Y
    text = "Pakistan accused the Taliban of lying, saying that it had sheltered al-Qaeda."
    assert not any(s.startswith("Pakistan") and "Qaeda" in o for s, _t, o, _m in _events(text))


# -- a relative clause's modal is that clause's only -------------------------------------------
RELATIVE_MODALS = [
    ("Former TTP commanders who would later found ISKP attacked Afghan police.", "Tehrik",
     "Afghan"),
    ("The Haqqani commanders who would later join the Islamic State sheltered al-Qaeda "
     "fighters.", "Haqqani", "Qaeda"),
    ("Taliban commanders who might defect to the Islamic State sheltered al-Qaeda.", "Taliban",
     "Qaeda"),
    ("Haqqani fighters who may have trained in al-Qaeda camps sheltered TTP commanders.",
     "Haqqani", "Tehrik"),
    ("Al-Qaeda fighters who may have trained in Pakistan attacked the Taliban.", "Qaeda",
     "Taliban"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), RELATIVE_MODALS)
def test_relative_clause_modal_stays_in_its_clause(text: str, source: str, target: str) -> None:
    assert _between(text, source, target), _events(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the twins: the main verb's own negation or hedge still counts
        ("Former TTP commanders who would later found ISKP did not attack Afghan police.",
         "Tehrik", "Afghan"),
        ("Taliban commanders who might defect to the Islamic State may have sheltered al-Qaeda.",
         "Taliban", "Qaeda"),
        ("Haqqani commanders who could later join the Islamic State never sheltered al-Qaeda "
         "fighters.", "Haqqani", "Qaeda"),
    ],
)  # fmt: skip
def test_main_verb_modal_still_counts(text: str, source: str, target: str) -> None:
    assert not _between(text, source, target), _events(text)
