"""What a walk through a Somalia corpus of my own found (stop 44): people received from a
party ("Al-Shabaab has received foreign fighters and trainers from AQAP") coded the fighters as
the giver, and an accusation coordinated after a modal clause ("said it would stop attacks and
accused the army of lying") came out hypothetical."""

from __future__ import annotations

from riftwatch.nlp import extract

SHABAAB, AQAP = "org:al-shabaab", "org:aqap"
TTP, ARMY = "org:ttp", "org:pak-army"


def _coded(text: str, date: str = "2011-03-14") -> list[dict]:
    docs = [{"id": "d", "date": date, "text": text}]
    return [c.to_dict() for c in extract.extract_documents(docs)]


def _triples(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (e["source"]["id"], e["event_type"], e["target"]["id"], e["modality"]) for e in _coded(text)
    ]


def test_people_received_from_a_party_are_its_aid() -> None:
    for text in (
        "Al-Shabaab received fighters from AQAP.",
        "Al-Shabaab has received foreign fighters and trainers from al-Qaeda in the Arabian "
        "Peninsula, according to the Monitoring Group.",
        "Al-Shabaab got instructors and recruits from AQAP in 2010.",
        "Al-Shabaab received reinforcements from AQAP after the offensive.",
    ):
        assert (AQAP, "AID", SHABAAB, "asserted") in _triples(text), text


def test_the_people_received_are_never_the_giver() -> None:
    found = _triples("Al-Shabaab has received foreign fighters from AQAP.")
    assert all(s in (AQAP,) for s, _k, _t, _m in found), found


def test_people_received_keep_the_verbs_modality() -> None:
    assert (AQAP, "AID", SHABAAB, "negated") in _triples(
        "Al-Shabaab did not receive fighters from AQAP."
    )
    hedged = _triples("Al-Shabaab may have received instructors from AQAP.")
    assert (AQAP, "AID", SHABAAB, "uncertain") in hedged
    assert not any(m == "asserted" for *_x, m in hedged), hedged


def test_people_with_no_giver_named_give_nothing() -> None:
    for text in (
        "Al-Shabaab received fighters who had trained with AQAP.",
        "Al-Shabaab received a delegation from AQAP.",
        "Al-Shabaab sought fighters from AQAP.",
    ):
        assert not any(k == "AID" for _s, k, _t, _m in _triples(text)), text


def test_a_past_verb_after_a_modal_clause_is_not_under_the_modal() -> None:
    text = "The TTP said it would stop attacking schools and accused the army of lying."
    assert (TTP, "ACCUSE", ARMY, "asserted") in _triples(text)
    # the modal still governs a bare verb coordinated with the first ("and accuse")
    twin = "The TTP said it would stop attacking schools and accuse the army of lying."
    assert not any(k == "ACCUSE" and m == "asserted" for _s, k, _t, m in _triples(twin))
