"""Headline classes of heads13 (issue 9, Pakistan wire headlines of 2017-2021).

- A claimed instrument ("X claims IED blast that injured Y", "X claims responsibility for
  blast that killed Y") stands for its claimant, as a claimed attack noun already did; the
  parser's headline readings of the claimed noun (a clause or a predicate of "claims") count
  as its object (code.SentenceCoder._actor, written.claimed_attack). A claim verb with a
  clause after the noun ("Police claim the blast that killed Y was planted by Z") is a
  statement, no claim of responsibility.
- A noun-phrase headline's gerund with an "of" phrase, the subject of the headline's verb
  ("Killing of Y by X sparks protest", "Killing of Y by X condemned"), is the event noun
  (mechanisms.gerund_subject_nominal); the headline's verb carries the modality.

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins that must not be asserted (negated, hedged, denied) and
look-alikes it must leave alone.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_ids, dated

DATE = "2019-06-01"


asserted = dated(asserted_ids, DATE)


# -- a claimed instrument stands for its claimant ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("TTP claims IED blast that injured six soldiers in Bajaur", "org:ttp", "org:pak-army"),
        ("Pakistani Taliban claim blast that killed four policemen", "org:ttp", "org:pak-police"),
        (
            "Jamaat-ul-Ahrar claims Mohmand blast that killed three FC men",
            "org:jamaat-ul-ahrar",
            "org:frontier-corps",
        ),
        (
            "TTP claims responsibility for blast that killed four policemen",
            "org:ttp",
            "org:pak-police",
        ),
    ],
)
def test_claimed_instrument_is_the_claimants_attack(text: str, source: str, target: str) -> None:
    assert (source, "ASSAULT", target) in asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "TTP did not claim the blast that killed four policemen",  # negated claim
        "Police say TTP may have claimed the blast that killed four policemen",  # hedged
        "TTP denies blast that killed four policemen",  # denied, no claim
        # a statement about the blast, not a claim of it: the police did not plant it
        "Police claim IED blast that killed six soldiers was planted by BLA",
        "Police claim blast that killed six soldiers was caused by gas cylinder",
    ],
)
def test_unclaimed_or_stated_blast_gives_no_attack_by_the_subject(text: str) -> None:
    found = asserted(text)
    assert not any(s in ("org:ttp", "org:pak-police") for s, t, _g in found if t == "ASSAULT")


# -- "Killing of Y by X ..." noun-phrase headlines ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Killing of two policemen by TTP militants condemned", "org:ttp", "org:pak-police"),
        (
            "Killing of Afghan soldiers by Taliban draws protest",
            "org:afghan-taliban",
            "org:afghan-army",
        ),
        ("Killing of two policemen by TTP militants sparks protest", "org:ttp", "org:pak-police"),
    ],
)
def test_gerund_headline_with_of_is_the_event_noun(text: str, source: str, target: str) -> None:
    assert (source, "ASSAULT", target) in asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Killing of two policemen by TTP militants may spark protest",  # hedged headline verb
        "Killing of two policemen by TTP militants not confirmed, police say",  # unconfirmed
        "Killing of two policemen sparks protest in Peshawar",  # no agent named
    ],
)
def test_gerund_headline_hedged_or_without_agent_asserts_nothing(text: str) -> None:
    assert not any(t == "ASSAULT" for _s, t, _g in asserted(text))


def test_gerund_with_between_still_reads_both_ways() -> None:
    found = asserted("Fighting between Taliban and IS started in 2015")
    assert ("org:afghan-taliban", "ASSAULT", "org:islamic-state") in found
    assert ("org:islamic-state", "ASSAULT", "org:afghan-taliban") in found


# -- "<Victim noun> martyred as X attack ..." ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Policeman martyred as TTP militants attack checkpost in Bannu", "org:ttp"),
        ("Soldier martyred as Taliban attack check post in Bajaur", "org:ttp"),
    ],
)
def test_victim_noun_opening_a_toll_is_no_name(text: str, source: str) -> None:
    found = asserted(text)
    assert any(s == source and t == "ASSAULT" for s, t, _g in found), found
    # the toll's victim is never read as hit by its own side
    assert not any(s.startswith("org:pak") and g.startswith("org:pak") for s, _t, g in found)


@pytest.mark.parametrize(
    "text",
    [
        "Soldier martyred as TTP militants may attack check post",  # hedged clause
        "Policeman martyred as militants attack checkpost in Bannu",  # no family attacker
    ],
)
def test_victim_noun_toll_without_asserted_family_attacker(text: str) -> None:
    assert not any(s == "org:ttp" for s, _t, _g in asserted(text))


def test_named_toll_keeps_its_victims() -> None:
    found = asserted("Taliban commander killed as troops raid hideout in Swat")
    assert ("org:pak-army", "ASSAULT", "org:ttp") in found


# -- "X killed as Y storm Z": the 'as' clause's attacker ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Five TTP militants killed as troops storm hideout in Tank",
        "TTP commander killed as troops raid compound in Tank",
    ],
)
def test_as_clause_subject_is_the_tolls_attacker(text: str) -> None:
    assert ("org:pak-army", "ASSAULT", "org:ttp") in asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Five TTP militants killed as troops may storm hideout",  # hedged clause
        "Two soldiers martyred as troops storm hideout",  # their own side's raid
        "Five TTP militants killed as rain lashes Swat",  # no attack in the clause
    ],
)
def test_as_clause_without_an_asserted_outside_attacker(text: str) -> None:
    found = asserted(text)
    assert not any(s.startswith("org:pak") and t == "ASSAULT" for s, t, _g in found), found


# -- "[Owner] attack/strike kills X, officials say" --------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Taliban attack kills five soldiers in Ghazni, officials say",
            "org:afghan-taliban",
            "org:afghan-army",
        ),
        ("US drone strike kills Haqqani commander, residents say", None, "org:haqqani-network"),
    ],
)
def test_owned_attack_noun_subject_under_saying(text: str, source: str | None, target: str) -> None:
    found = asserted(text)
    assert any(t == "ASSAULT" and g == target and (source is None or s == source)
               for s, t, g in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Taliban attack may have killed five soldiers, officials say",  # hedged
        "Taliban attack kills five soldiers in Ghazni, officials deny",  # denied
    ],
)
def test_owned_attack_noun_subject_hedged_or_denied(text: str) -> None:
    assert not any(t == "ASSAULT" for _s, t, _g in asserted(text))


def test_heads13_frozen_half_matches_its_recorded_checksum() -> None:
    """The frozen half is only scored, never edited: its sha256 is the one in HEADS13.md."""
    import hashlib
    from pathlib import Path

    data = Path(__file__).parent / "data"
    digest = hashlib.sha256((data / "heads13_frozen.jsonl").read_bytes()).hexdigest()
    assert f"sha256 {digest}  heads13_frozen.jsonl" in (data / "HEADS13.md").read_text("utf-8")
