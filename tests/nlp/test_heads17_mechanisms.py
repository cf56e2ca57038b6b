"""Headline classes of heads17 (issue 9, Pakistan wire headlines; misses found on the
heads*_work halves and the real UCDP GED Pakistan headlines).

- "Eid truce ends: Taliban resume attacks on Afghan forces": a kicker of one to three words
  before a colon that names no actor and no modality cue is cut off, and the clause after
  it, when it names two parties, read as a headline of its own (headline.kicker_end,
  extract._cut_kicker). The tagger had made the kicker's verb or noun the head of the whole
  line ("ends" undoing the attack, "clash" taking the firers as its dependents).
- "AQAP owns attack that killed two Saudi soldiers": "own" is a claim verb of an attack
  noun (cues.yaml ``claiming_verbs``, written.claimed_attack), as "claims attack that
  killed" already was: the claimant is the author of the killing.

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). The mechanism has twins that must not be asserted (negated, hedged, future) and
look-alikes it must leave alone (a kicker naming a party or a hedge).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_ids, dated

DATE = "2020-06-02"
TALIBAN = "org:afghan-taliban"

asserted = dated(asserted_ids, DATE)


def _between(found: set[tuple[str, str, str]], source: str, target_prefix: str) -> set[str]:
    """The event types of ``found`` from ``source`` to a target id starting ``target_prefix``."""
    return {etype for src, etype, tgt in found if src == source and tgt.startswith(target_prefix)}


# -- a short kicker before a colon ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Eid truce ends: Taliban resume attacks on Afghan forces in Zabul",
        "Eid pause ends: Taliban resume attacks on Afghan army posts",
        "Ceasefire ends: Taliban resume attacks on Afghan army posts",
    ],
)
def test_kicker_cut_off_before_the_clause(text: str) -> None:
    """The clause after a short kicker is told as asserted: the Taliban attacked the state."""
    assert "ASSAULT" in _between(asserted(text), TALIBAN, "org:afghan")


@pytest.mark.parametrize(
    "text",
    [
        "Eid truce ends: Taliban do not resume attacks on Afghan forces in Zabul",
        "Eid truce ends: Taliban may resume attacks on Afghan forces in Zabul",
        "Eid truce ends: Taliban will resume attacks on Afghan forces in Zabul",
        "Eid truce ends: Taliban deny resuming attacks on Afghan forces in Zabul",
        "Rumours: Taliban storm Afghan police checkpoints in Ghazni",
        "'Pure fiction': Kabul on report that Taliban stormed Afghan police posts",
    ],
)
def test_kicker_twins_not_asserted(text: str) -> None:
    """A negated, hedged, future or denied clause after the kicker stays unasserted, and a
    kicker that is itself a hedge keeps its clause."""
    assert not _between(asserted(text), TALIBAN, "org:afghan")


def test_kicker_naming_a_party_stays() -> None:
    """'TTP threat: ...' names a party in the kicker: the line is read whole, and a posture
    of the police asserts no relation with the TTP."""
    found = asserted("TTP threat: Bannu police put on high alert")
    assert not {f for f in found if "ttp" in f[0] or "ttp" in f[2]}


# -- "owns" an attack -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("TTP owns bombing that killed three FC men in Khyber", "org:ttp", "org:frontier-corps"),
        (
            "Jamaat-ul-Ahrar owns attack that killed two policemen in Mardan",
            "org:jamaat-ul-ahrar",
            "org:pak-police",
        ),
    ],
)
def test_owns_attack_that_killed(text: str, source: str, target: str) -> None:
    """'X owns <attack> that killed Y' is X's own claim of the killing: asserted X->Y."""
    assert (source, "ASSAULT", target) in asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "TTP does not own bombing that killed three FC men in Khyber",
        "TTP may own bombing that killed three FC men in Khyber",
        "TTP denies owning bombing that killed three FC men in Khyber",
    ],
)
def test_owns_attack_twins_not_asserted(text: str) -> None:
    """A negated, hedged or denied claim gives the killing no author."""
    assert not {f for f in asserted(text) if f[0] == "org:ttp"}
