"""replay46: the hostile side of documented break rows (issue 10), each fixed as a class.

Every sentence here is invented for these tests (open names, no group of the data). Each
asserted ending has a twin that must not be asserted: negated, denied, hypothetical, or a
word that only looks like the ending.
"""

from __future__ import annotations

from tests.nlp.conftest import api_events

FRONT = "open:ogun-front"
BRIGADE = "open:sahel-brigade"


def _between(text: str, date: str = "2016-05-20") -> set[tuple[str, str, str, str]]:
    """(source id, type, target id, modality) of the events between the two invented groups."""
    out = set()
    for e in api_events(text, date):
        s, t = e["source"].get("id"), e["target"].get("id")
        if {s, t} == {FRONT, BRIGADE}:
            out.add((s, e["event_type"], t, e["modality"]))
    return out


def _asserted(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, k, t) for s, k, t, m in found if m == "asserted"}


# -- 1. a relation noun declared ended by the party that held it ---------------------------------
# "X declared its pact with Y over / dead / null and void" ends the pact (REJECT renounce from
# the declarer, as "X ended its pact with Y"); the pact is not asserted as held
# (code.Coder._declared_ended, events.yaml relation_stance declared_ended_words / _verbs).


def test_pact_declared_over_is_a_renunciation_not_an_agreement() -> None:
    found = _asserted(
        _between("In May 2016 the Ogun Front declared its pact with the Sahel Brigade over.")
    )
    assert (FRONT, "REJECT", BRIGADE) in found
    assert not {k for _s, k, _t in found} & {"AGREE", "COOPERATE"}


def test_alliance_declared_dead_is_a_renunciation() -> None:
    found = _asserted(
        _between("The Ogun Front declared its alliance with the Sahel Brigade dead after a raid.")
    )
    assert (FRONT, "REJECT", BRIGADE) in found
    assert (FRONT, "COOPERATE", BRIGADE) not in found


def test_truce_declared_null_and_void_is_a_renunciation() -> None:
    found = _asserted(
        _between("The Ogun Front declared the truce with the Sahel Brigade null and void.")
    )
    assert (FRONT, "REJECT", BRIGADE) in found
    assert (BRIGADE, "AGREE", FRONT) not in found


def test_threat_to_declare_the_pact_over_asserts_no_ending() -> None:
    found = _between("The Ogun Front threatened to declare its pact with the Sahel Brigade over.")
    assert (FRONT, "REJECT", BRIGADE, "asserted") not in found


def test_pact_declared_binding_stays_an_agreement() -> None:
    found = _asserted(_between("The Ogun Front declared its pact with the Sahel Brigade binding."))
    assert not {k for _s, k, _t in found} & {"REJECT"}


def test_over_the_weekend_is_a_time_not_an_ending() -> None:
    found = _asserted(
        _between("The Ogun Front announced an alliance with the Sahel Brigade over the weekend.")
    )
    assert (FRONT, "COOPERATE", BRIGADE) in found
    assert not {k for _s, k, _t in found} & {"REJECT"}


# -- 2. an ending denied in a party's own declaration is no disavowal ----------------------------
# "X said it had never cut its ties with Y" denies the ending: the tie holds, nothing hostile is
# asserted (written.declared_no_ties: the negation sits on an ending verb, not on the tie);
# "X said it had no links with Y" stays X's disavowal of Y.


def test_never_severed_ties_in_own_declaration_asserts_nothing_hostile() -> None:
    found = _asserted(
        _between(
            "In May 2016 the Ogun Front said it had never severed its ties with the Sahel Brigade."
        )
    )
    assert not found


def test_not_ended_alliance_in_own_declaration_asserts_nothing_hostile() -> None:
    found = _asserted(
        _between("The Ogun Front insisted it had not ended its alliance with the Sahel Brigade.")
    )
    assert not found


def test_declared_no_links_stays_a_disavowal() -> None:
    found = _asserted(_between("The Ogun Front said it had no links with the Sahel Brigade."))
    assert (FRONT, "REJECT", BRIGADE) in found


# -- 3. help withdrawn from a party is a reduction of relations, not a retreat --------------------
# "X withdrew its support / backing from Y" takes back help given: SANCTION (discontinue), as
# "withdrew its support for Y" is coded, never the cooperative RETREAT that "withdrew its troops
# from a place" is (mechanisms.withdrawal_from_group, _withdrawn_help).


def test_support_withdrawn_from_a_government_is_a_sanction() -> None:
    found = {
        (e["event_type"], e["target"].get("id"), e["modality"])
        for e in api_events(
            "In May 2016 the Ogun Front withdrew its backing from the Kenyan government.",
            "2016-05-20",
        )
        if e["source"].get("id") == FRONT
    }
    assert ("SANCTION", "org:kenya-government", "asserted") in found
    assert not {t for t, _g, _m in found} & {"RETREAT"}


def test_support_not_withdrawn_asserts_nothing() -> None:
    found = _between(
        "In May 2016 the Ogun Front did not withdraw its support from the Sahel Brigade."
    )
    assert not _asserted(found)


def test_troops_withdrawn_from_a_country_stay_a_retreat() -> None:
    types = {
        e["event_type"] for e in api_events("In May 2016 Kenya withdrew its troops from Somalia.")
    }
    assert "RETREAT" in types and "SANCTION" not in types
