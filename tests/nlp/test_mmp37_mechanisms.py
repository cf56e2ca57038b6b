"""mmp37: a state's named unit owned by a possessive ("the Tatmadaw's Northeastern Command",
"the Bosnian army's Fifth Corps", "Israel's Northern Command") is that state's forces, never a
group of its own.

Each case is an invented sentence about real groups (nobody reported it), with a negated,
hedged or conditional twin that asserts nothing; the events are (source id, PLOVER type,
target id) as the API prints them. The unit nouns live in src/riftwatch/nlp/lexicon/cues.yaml
(``named_unit_nouns``); the rule in src/riftwatch/nlp/mentions.py (``_named_units``,
``_state_unit``) and src/riftwatch/nlp/extract.py (``_state_owned_unit``).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events
from tests.nlp.conftest import api_types_between as _between

MYANMAR = "country:myanmar"
ISRAEL = "country:israel"
BOSNIA = "country:bosnia-and-herzegovina"
KIA = "org:kachin-independence-army"
HEZBOLLAH = "org:hezbollah"
VRS = "org:serbian-republic-of-bosnia-herzegovina"


CASES = [
    (  # a unit named by a direction, the state's army its possessor, as the object
        "The Kachin Independence Army overran the Tatmadaw's Southern Command near Bhamo.",
        "The Kachin Independence Army did not overrun the Tatmadaw's Southern Command.",
        "2024-03-01",
        KIA,
        MYANMAR,
    ),
    (  # ... named in a noun that qualifies a place of it ("... Command headquarters")
        "Kachin fighters of the Kachin Independence Army stormed the Tatmadaw's Eastern "
        "Command headquarters in the hills.",
        "The Kachin Independence Army might storm the Tatmadaw's Eastern Command headquarters "
        "if the talks fail.",
        "2024-03-01",
        KIA,
        MYANMAR,
    ),
    (  # a state by its adjective and "army", the unit named by an ordinal, as the subject
        "In 1995 the Bosnian army's Third Corps attacked the Army of Republika Srpska near Vozuca.",
        "In 1995 the Bosnian army's Third Corps denied attacking the Army of Republika Srpska.",
        "1995-09-01",
        BOSNIA,
        VRS,
    ),
    (  # a state by its name
        "Israel's Southern Command shelled Hezbollah positions near Tyre.",
        "Israel's Southern Command was said to be weighing whether to shell Hezbollah "
        "positions near Tyre.",
        "2024-10-01",
        ISRAEL,
        HEZBOLLAH,
    ),
]


@pytest.mark.parametrize(("text", "twin", "date", "a", "b"), CASES)
def test_asserted_pair_and_its_twin(text: str, twin: str, date: str, a: str, b: str) -> None:
    """The asserted sentence links the pair; its twin asserts nothing between them."""
    assert _between(text, date, a, b), api_events(text, date)
    assert not _between(twin, date, a, b), api_events(twin, date)


def test_state_unit_names_no_group_of_its_own() -> None:
    """No open group "Southern Command" or "Third Corps" when a state owns the unit."""
    for text, date in [
        ("The Kachin Independence Army overran the Tatmadaw's Southern Command.", "2024-03-01"),
        ("The Bosnian army's Third Corps attacked the Army of Republika Srpska.", "1995-09-01"),
    ]:
        ids = {e[k]["id"] for e in api_events(text, date) for k in ("source", "target")}
        assert not any(i.startswith("open:") for i in ids), ids


def test_a_groups_unit_is_not_given_to_a_state() -> None:
    """A group's named unit ("Hezbollah's Southern Command") is no state's; a unit owned by
    no one ("the Southern Command") is given to no state either."""
    events = api_events("Hezbollah's Southern Command shelled positions near Metula.", "2024-10-01")
    assert not any(e["source"]["id"] == ISRAEL for e in events), events
    events = api_events("The Southern Command attacked the Kachin Independence Army.", "2024-03-01")
    assert not any(MYANMAR in (e["source"]["id"], e["target"]["id"]) for e in events), events


def test_a_unit_noun_in_lower_case_is_no_name() -> None:
    """ "the army's northern command posts": no capitalised unit name, no new actor."""
    from riftwatch.nlp.code import Actor
    from riftwatch.nlp.mentions import _named_units
    from riftwatch.nlp.parse import nlp

    army = Actor(id="x:army", name="army", mention="army", type="military")
    doc = nlp()("Rebels shelled the army's northern command posts.")
    assert [t.text for t in doc][3] == "army"
    assert _named_units(doc, {doc[3].idx: army}) == []
    named = nlp()("Rebels shelled the army's Northern Command posts.")
    assert [(t[0].text, a.id) for t, a in _named_units(named, {named[3].idx: army})] == [
        ("Northern", "x:army")
    ]


# -- a disguise: a name right after "dressed as", "disguised as", "posing as", "in the
# uniforms of" is whom the doers pretended to be, never the doer (cues.yaml disguise_cues,
# extract._in_disguise)

DISGUISED = [
    (
        "Hezbollah gunmen disguised as Syrian soldiers ambushed a Nusra Front convoy.",
        "country:syria",
    ),
    (
        "Gunmen dressed as Afghan police officers killed four Haqqani commanders.",
        "country:afghanistan",
    ),
    ("Fighters posing as Turkish troops stormed a Kurdish checkpoint.", "country:turkey"),
]


@pytest.mark.parametrize(("text", "pretended"), DISGUISED)
def test_the_disguise_is_no_doer(text: str, pretended: str) -> None:
    """The state whose uniform the doers wore is no party to what they did."""
    events = api_events(text, "2015-06-01")
    assert not any(pretended in (e["source"]["id"], e["target"]["id"]) for e in events), events


def test_the_same_name_undisguised_is_the_doer() -> None:
    """Without the disguise word the soldiers are their state's, and the act is theirs."""
    events = api_events("Syrian soldiers ambushed a Nusra Front convoy.", "2015-06-01")
    assert any(e["source"]["id"] == "country:syria" and e["modality"] == "asserted"
               for e in events), events  # fmt: skip
    events = api_events(
        "Syrian soldiers dressed the wounds of Nusra Front prisoners.", "2015-06-01"
    )
    assert not any(e["event_type"] == "ASSAULT" for e in events), events


def test_a_group_posing_as_another_keeps_its_own_act() -> None:
    """ "Hamas gunmen posing as Egyptian police killed two Fatah officers": Hamas killed
    them; Egypt did nothing."""
    events = api_events("Hamas gunmen posing as Egyptian police killed two Fatah officers.",
                        "2007-06-01")  # fmt: skip
    pairs = {(e["source"]["id"], e["target"]["id"]) for e in events if e["modality"] == "asserted"}
    assert ("org:hamas", "org:fatah") in pairs, events
    assert not any(s == "country:egypt" for s, _t in pairs), events
