"""Headline classes left open by heads15-18 (fix61c; Pakistan and Afghanistan wire headlines).

- "Pakistani troops retake Mir Ali from TTP fighters": the state's forces taking ground from a
  group coerce (seize) the group; the town is a place, no party (already coded: guarded here
  with its negated and future twins).
- "Senior TTP leader among dead in Khyber operation": a name before "among" an uncounted toll
  ("dead", "the dead", "those killed") is one of the toll (headline.yaml
  ``among_toll_participles``; headline._among_uncounted), so an operation inside Pakistan
  implies the state as agent as it does for "among three killed"; "Among the dead were ..."
  and "not among the dead" hold no victim.
- "Police return fire after TTP attack on checkpoint": a verb of striking back then "after"
  an attack noun (headline.yaml ``return_fire_verbs``; headline._return_after) targets the
  attack's owner, and the owner's attack on the returner is coded back
  (headline.repelled_attacks with _returned_attack), on the same trigger so its modality.
- "Doha talks: ...": a capital opening a kicker that names a meeting is its venue, never a
  party (extract._opening_venue).

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins that must not fire.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_ids, dated, id_events
from tests.nlp.conftest import types_between as _between

DATE = "2019-05-02"
TALIBAN = "org:afghan-taliban"
TTP = "org:ttp"
PAK_STATE = ("org:pak", "org:frontier-corps")
AFG_STATE = ("org:afghan-", "country:afghanistan")

asserted = dated(asserted_ids, DATE)
events = dated(id_events, DATE)


# -- 1. the state's forces retake ground from a group ------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pakistani troops retake Mir Ali from TTP fighters", PAK_STATE, TTP),
        ("Afghan army recaptures Musa Qala district from Taliban", AFG_STATE, TALIBAN),
    ],
)
def test_retaking_ground_coerces_the_group(text: str, source: tuple[str, ...], target: str) -> None:
    """The forces seize from the group (COERCE); the town is read as no country."""
    found = asserted(text)
    assert "COERCE" in _between(found, source, target)
    assert not any(t.startswith("country:") for _s, _g, t in found)  # the town is no state


@pytest.mark.parametrize(
    "text",
    [
        "Afghan forces fail to retake Lashkar Gah from Taliban",
        "Afghan army vows to recapture Farah city from Taliban",
        "Afghan forces may retake Ghormach from Taliban soon",
    ],
)
def test_retaking_twins_are_not_asserted(text: str) -> None:
    """A failed, vowed or possible retaking asserts nothing against the group."""
    assert not _between(asserted(text), AFG_STATE, TALIBAN)


# -- 2. a named victim among an uncounted toll -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Senior TTP leader among dead in Khyber operation",
        "TTP deputy chief among the dead in Orakzai raid",
        "Three TTP fighters among those killed in Mohmand raid",
    ],
)
def test_named_victim_among_the_dead_of_an_operation(text: str) -> None:
    """The operation inside Pakistan is the state's: its ASSAULT on the named group."""
    assert "ASSAULT" in _between(asserted(text), PAK_STATE, TTP)


@pytest.mark.parametrize(
    "text",
    [
        "TTP commander not among dead in Bajaur operation",
        "TTP commander may be among dead in Khyber operation",
        "Among the dead in Tirah operation were four villagers",
        "Schoolchildren among dead in Peshawar blast",
    ],
)
def test_among_the_dead_twins_assert_no_attack_on_the_group(text: str) -> None:
    """Negated, hedged, a toll naming no group, civilians: no asserted attack on the TTP."""
    assert not _between(asserted(text), PAK_STATE, TTP)
    assert not any(t.startswith(PAK_STATE) for _s, _g, t in asserted(text))


def test_trailing_among_the_dead_does_not_make_the_victim_an_agent() -> None:
    """ "...; TTP commander among dead": the second clause's victim is never the attacker."""
    found = asserted("Army says 6 militants killed in Kurram raid; TTP commander among dead")
    assert not _between(found, TTP, PAK_STATE)


def test_among_the_dead_hedged_stays_unasserted() -> None:
    """ "May be among dead": the attack is coded, but not asserted."""
    found = events("TTP commander may be among dead in Khyber operation")
    assert any(s.startswith(PAK_STATE) and t == TTP and m != "asserted" for s, _g, t, m in found)


# -- 3. striking back after a named group's attack ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "group"),
    [
        ("Police return fire after TTP attack on checkpoint in Lakki Marwat", PAK_STATE, TTP),
        ("Soldiers retaliate after Taliban attack on outpost in Uruzgan", AFG_STATE, TALIBAN),
        ("Army returns fire after TTP raid on border post", PAK_STATE, TTP),
    ],
)
def test_returning_fire_after_an_attack_runs_both_ways(
    text: str, source: tuple[str, ...], group: str
) -> None:
    """The forces' ASSAULT on the group and the group's own attack on the forces."""
    found = asserted(text)
    assert "ASSAULT" in _between(found, source, group)
    assert "ASSAULT" in _between(found, group, source)


@pytest.mark.parametrize(
    "text",
    [
        "Police did not return fire after TTP attack on checkpoint in Tank",
        "Army may retaliate after TTP attack on check post in Kurram",
    ],
)
def test_returning_fire_twins_are_not_asserted(text: str) -> None:
    """A return of fire denied or only possible asserts no attack on the group."""
    assert not _between(asserted(text), PAK_STATE, TTP)


@pytest.mark.parametrize(
    "text",
    [
        "Army returns fire after attack on check post in North Waziristan",
        "Police retaliate after protest turns violent in Quetta",
        "Troops return fire after shelling in Kurram",
    ],
)
def test_returning_fire_with_no_named_attacker_names_no_party(text: str) -> None:
    """No named group in the "after" clause: no family party is attacked."""
    assert not any(t.startswith((TTP, TALIBAN)) for _s, _g, t in asserted(text))


# -- 4. a venue kicker ------------------------------------------------------------------------
def test_talks_kicker_city_is_the_venue() -> None:
    """ "Doha talks:" names where; the Qatari state is no party, the two sides meet."""
    found = asserted("Doha talks: Taliban delegation meets US envoy")
    assert not any("qatar" in s or "qatar" in t for s, _g, t in found), found
    assert "CONSULT" in _between(found, TALIBAN, "org:us")


def test_talks_kicker_capital_is_no_party() -> None:
    """ "Kabul talks:" before two other parties: the Afghan government is not among them."""
    found = asserted("Kabul talks: Pakistan and Taliban discuss border fencing")
    assert not any(s.startswith("org:afghan-gov") or t.startswith("org:afghan-gov")
                   for s, _g, t in found)  # fmt: skip


def test_capital_that_rejects_talks_is_still_the_government() -> None:
    """A verb after the capital: "Kabul rejects talks: ..." is the government speaking."""
    found = asserted("Kabul rejects talks with Taliban")
    assert any(s.startswith(AFG_STATE) for s, _g, _t in found)
