"""Headline classes of heads48 (issue 9, real headlines: the Taliban against Pakistani locals).

- A local named as the country's own ("Pakistani village elder", "Pakistan village defence
  committee member") places the bare Taliban's attack on them inside Pakistan: the TTP, as a
  place named inside Pakistan already did ("Taliban kill village elder in Swat";
  nlp/context.py, ``taliban_inside`` and ``_local_of``). An Afghan place, a date before the
  TTP, a denied or hedged act and unnamed gunmen keep what they gave before.
- The village defence committees of northwest Pakistan are the locals' militias, like the
  peace committees and aman lashkars already known (actors/data/curated/
  tribes_collectives.yaml, collective:tribal-elders): a member shot dead by the Taliban is a
  local victim, not an unknown organisation.

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_ids, dated

DATE = "2019-06-01"
LOCALS = ("collective:tribal-elders", "collective:villagers")

asserted = dated(asserted_ids, DATE)


def _attacks(found: set[tuple[str, str, str]], source: str) -> bool:
    """True when ``source`` attacks a collective of locals in ``found``."""
    return any(s == source and t == "ASSAULT" and g in LOCALS for s, t, g in found)


# -- a local named as Pakistan's: the bare Taliban attacking them are the TTP ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Pakistani village elder shot dead by Taliban",
        "Taliban behead Pakistani tribal elder",
        "Pakistan village defence committee member gunned down by Taliban",
        "Pakistani tribal elder killed by suspected Taliban militants",
    ],
)
def test_taliban_attacking_a_pakistani_local_are_the_ttp(text: str) -> None:
    found = asserted(text)
    assert _attacks(found, "org:ttp"), found
    assert not _attacks(found, "org:afghan-taliban"), found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Afghan village elder shot dead by Taliban", DATE),  # an Afghan local
        ("Pakistani village elder shot dead by Taliban in Kandahar", DATE),  # an Afghan place
        ("Pakistani village elder shot dead by Taliban", "2006-03-01"),  # before the TTP
    ],
)
def test_a_pakistani_local_elsewhere_or_before_the_ttp_keeps_the_taliban(
    text: str, date: str
) -> None:
    found = asserted(text, date)
    assert not _attacks(found, "org:ttp"), found


@pytest.mark.parametrize(
    "text",
    [
        "Taliban deny killing Pakistani village elder",  # denied
        "Taliban may have killed Pakistani village elder",  # hedged
        "Pakistani village elder shot dead by unidentified gunmen",  # no family attacker
        "Taliban threaten to kill Pakistani village elders",  # a threat, no attack
    ],
)
def test_twins_assert_no_attack_on_the_local(text: str) -> None:
    found = asserted(text)
    assert not _attacks(found, "org:ttp") and not _attacks(found, "org:afghan-taliban"), found


def test_a_pakistani_local_praising_the_taliban_stays_a_statement() -> None:
    found = asserted("Pakistani village elder praises Taliban")
    assert not any(s == "org:ttp" or g == "org:ttp" for s, _t, g in found), found


# -- village defence committees are the locals' militias ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Village defence committee member shot dead by Taliban in Bannu",
        "Taliban kill two village defence committee members in Lakki Marwat",
        "Village defense committee chief killed by TTP militants in Tank",
    ],
)
def test_a_village_defence_committee_member_is_a_local(text: str) -> None:
    assert _attacks(asserted(text), "org:ttp"), asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Village defence committee member shot dead by unidentified gunmen in Bannu",
        "TTP denies killing village defence committee member in Bannu",
    ],
)
def test_village_defence_committee_twins_are_not_asserted(text: str) -> None:
    assert not _attacks(asserted(text), "org:ttp"), asserted(text)


# -- a toll whose "as" clause the parser already reads: the victims stay -----------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Two policemen martyred as TTP militants storm police station in Tank", "org:ttp",
         "org:pak-police"),
        ("Soldiers martyred as TTP militants storm police station in Tank", "org:ttp", None),
        ("Three levies men killed as Daesh militants raid post in Mastung", "org:islamic-state",
         None),
    ],
)  # fmt: skip
def test_the_as_clause_subject_attacks_the_toll_victims(
    text: str, source: str, target: str | None
) -> None:
    found = asserted(text)
    assert any(
        s == source and t == "ASSAULT" and g.startswith("org:")
        and (target is None or g == target)
        for s, t, g in found
    ), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Two policemen martyred as TTP militants may storm police station in Tank",  # hedged
        "Two policemen martyred as TTP denies storming police station in Tank",  # denied
        "Two policemen martyred as unidentified militants storm police station in Tank",
        "Two policemen martyred as troops storm hideout in Tank",  # their own side's raid
        "Two policemen martyred as TTP militants flee police station in Tank",  # no attack
    ],
)
def test_as_clause_twins_give_no_attack_on_the_victims(text: str) -> None:
    found = asserted(text)
    assert not any(
        t == "ASSAULT"
        and s.startswith("org:")
        and not s.startswith("org:pak")
        and g.startswith("org:pak")
        for s, t, g in found
    ), found


# -- Afghan provinces: state forces named there are Afghan -------------------------------------


@pytest.mark.parametrize(
    ("text", "taliban_first"),
    [
        ("Taliban kill eight police in Zabul", True),
        ("Ten soldiers dead in Taliban attack on base in Faryab", True),
        ("Nine policemen killed in Taliban raid on Tarinkot checkpoints", True),
        ("Taliban ambush kills six police in Badghis", True),
        ("Police in Logar kill five Taliban", False),
    ],
)
def test_state_forces_in_an_afghan_province_are_afghan(text: str, taliban_first: bool) -> None:
    found = asserted(text, "2018-05-11")
    pairs = {(s, g) for s, t, g in found if t == "ASSAULT"}
    if taliban_first:
        assert any(s == "org:afghan-taliban" and g.startswith("org:afghan-") for s, g in pairs)
    else:
        assert any(g == "org:afghan-taliban" and s.startswith("org:afghan-") for s, g in pairs)
    assert not any("pak" in s or "pak" in g or s == "org:ttp" for s, g in pairs), found


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen kill eight police in Zabul",  # no family attacker
        "Taliban deny killing police in Zabul",  # denied
    ],
)
def test_afghan_province_twins_assert_nothing(text: str) -> None:
    found = asserted(text, "2018-05-11")
    assert not any(t == "ASSAULT" and s.startswith("org:") for s, t, _g in found), found


def test_a_pakistani_agency_still_makes_the_taliban_the_ttp() -> None:
    found = asserted("Taliban kill eight police in Bajaur", "2018-05-11")
    assert any(s == "org:ttp" and g.startswith("org:pak") for s, _t, g in found), found


# -- "govt" / "gov't": the government's names written short -------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Afghan govt rejects Taliban demands", "org:afghan-government", "org:afghan-taliban"),
        ("Afghan gov't accuses Taliban of killing civilians", "org:afghan-government",
         "org:afghan-taliban"),
        ("Pakistan govt bans TTP", "org:pak-government", "org:ttp"),
        ("Afghan govt, Taliban hold talks in Doha", "org:afghan-taliban",
         "org:afghan-government"),
    ],
)  # fmt: skip
def test_govt_is_the_government(text: str, source: str, target: str) -> None:
    found = asserted(text, "2018-05-11")
    assert any(s == source and g == target for s, _t, g in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Afghan govt may hold talks with Taliban",  # hedged
        "Afghan govt denies holding talks with Taliban",  # denied
        "Afghan govt urges Taliban to join talks",  # a request
    ],
)
def test_govt_twins_are_not_asserted(text: str) -> None:
    found = asserted(text, "2018-05-11")
    assert not any(s == "org:afghan-government" and t in ("CONSULT", "MEET")
                   for s, t, _g in found), found  # fmt: skip
