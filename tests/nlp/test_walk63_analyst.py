"""An analyst's Sudan (2019-2025) and Iraq (2005-2009) files (walk63, issues 9 and 10), as
behaviour, on sentences written for these tests (other names and words than the files).

- A state named by the head noun of its forces ("the Malian army", "the Sudanese Armed
  Forces") is a side of fighting "between" it and a group, as a group is; a bare country
  stays no side (mechanisms._warring_sides, cues.yaml ``warring_state_nouns``).
- Coordinated subjects that fought "as one coalition", "as a united front", "as allies" did
  it jointly, never fought each other (code._as_one_phrase, events.yaml ``as_one_*``).
- A pronoun in a clause coordinated after one that names two groups, as a later subject's
  object or after a partitive ("X ambushed Y's cells, and Z armed them", "and some of them
  guided Z") is not guessed (extract._after_two_groups).
- "a rival / parallel / new government" after "a" and "the tribal police" are no state's
  body (extract._no_state_body); a capital before a capitalised accord title ("the Juba Peace
  Agreement") is its venue (extract._titled_accord).
- KB (curated/walk63.yaml): SPLM-North and its al-Hilu wing, SLM-Abdel Wahid, the Darfur
  Joint Force, Burhan, Hemedti; SAF and JEM read as Sudanese beside Darfur words.
"""

from __future__ import annotations

from conftest import id_events, named_events
from riftwatch.actors.resolve import Resolver

MALI = "country:mali"
RSF = "org:rapid-support-forces"
JEM_SUDAN = "org:justice-and-equality-movement"


def test_a_state_named_by_its_forces_is_a_side_of_fighting_between() -> None:
    army = id_events("Clashes erupted between the Malian army and the MNLA near Gao.", "2019-03-01")
    sides = {(s, t) for s, kind, t, m in army if kind == "ASSAULT" and m == "asserted"}
    assert any(s == MALI for s, _t in sides) and any(t == MALI for _s, t in sides)
    # a bare country is no armed side; a fight that may break out is not asserted
    bare = id_events("Clashes erupted between Mali and the MNLA near Gao.", "2019-03-01")
    assert not [e for e in bare if e[1] == "ASSAULT" and MALI in (e[0], e[2])]
    may = id_events("Fighting may break out between the Nigerian military and Boko Haram.", "2019")
    assert may and not [e for e in may if e[3] == "asserted"]


def test_fighting_as_one_body_is_joint_not_a_fight_between_the_subjects() -> None:
    for text in (
        "The Kestrel Brigade and the Volta Front fought as a united front against the army.",
        "The Kestrel Brigade and the Volta Front have fought as one coalition since 2016.",
        "The Kestrel Brigade and the Volta Front fought as allies in the valley.",
    ):
        events = named_events(text, "2017-01-01")
        pair = {"Kestrel Brigade", "Volta Front"}
        assert not [e for e in events if {e[0], e[2]} == pair and e[1] == "ASSAULT"], text
        assert ("Kestrel Brigade", "COOPERATE", "Volta Front", "asserted") in events, text
    negated = named_events("The Kestrel Brigade and the Volta Front did not fight as one force.")
    assert not [e for e in negated if e[3] == "asserted"]


def test_a_pronoun_after_a_clause_naming_two_groups_is_not_guessed() -> None:
    armed = named_events(
        "Fighters of the Kestrel Brigade raided Volta Front posts near the river, and Nigerian"
        " soldiers later gave them ammunition.",
        "2012-08-01",
    )
    assert [e for e in armed if e[1] == "ASSAULT" and e[3] == "asserted"]
    assert not [e for e in armed if e[1] == "AID" and e[3] == "asserted"]
    guided = named_events(
        "By spring, fighters of the Kestrel Brigade were clashing with the Volta Front in the"
        " hills, and some of them led Nigerian soldiers to its camps.",
        "2012-08-01",
    )
    assert not [e for e in guided if e[0] == "Volta Front" and e[3] == "asserted"
                and e[1] != "ASSAULT"]  # fmt: skip


def test_a_new_body_and_a_tribal_force_are_no_state_body() -> None:
    rival = id_events(
        "The Rapid Support Forces and the Justice and Equality Movement signed a deal in"
        " Darfur to form a parallel government.",
        "2025-01-10",
    )
    assert (RSF, "AGREE", JEM_SUDAN, "asserted") in rival
    assert not [e for e in rival if "government" in e[0] + e[2] or "country:" in e[0] + e[2]]
    tribal = id_events(
        "American officers met the sheikhs near Ramadi and paid the tribal police they raised.",
        "2007-05-01",
    )
    assert not [e for e in tribal if "fbi" in e[2] or "police" in e[2]]


def test_a_capital_naming_an_accord_is_its_venue() -> None:
    events = id_events(
        "The SPLM-North signed the Nairobi Peace Agreement with the government in Khartoum.",
        "2005-01-09",
    )
    assert not [e for e in events if "kenya" in e[0] + e[2]]


def test_sudanese_short_names_and_leaders_resolve() -> None:
    events = id_events(
        "JEM units and SAF soldiers shelled RSF positions east of El Fasher.", "2024-07-01"
    )
    ids = {e[0] for e in events} | {e[2] for e in events}
    assert "org:jem" not in ids and "org:pak-army" not in ids
    assert JEM_SUDAN in ids and "country:sudan" in ids
    resolver = Resolver()
    hemedti = resolver.resolve_dict("Hemedti", date="2022-03-01")
    assert hemedti["organization"]["id"] == RSF
    hilu = resolver.resolve_dict("SPLM-N al-Hilu", date="2023-06-01")
    assert hilu["organization"]["id"] == "org:splm-n-al-hilu"
    joint = resolver.resolve_dict("Joint Force", date="2024-05-01", context="El Fasher, Darfur")
    assert joint["organization"]["id"] == "org:darfur-joint-force"
    accused = id_events(
        "The Rapid Support Forces accused Burhan of shelling markets in Omdurman.", "2023-09-01"
    )
    assert (RSF, "ACCUSE", "person:abdel-fattah-al-burhan", "asserted") in accused
    told = id_events("Hemedti accused the Sudanese army of shelling markets.", "2023-09-01")
    assert (RSF, "ACCUSE", "country:sudan", "asserted") in told
