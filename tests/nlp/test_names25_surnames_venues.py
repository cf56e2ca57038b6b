"""names25: a lone surname stands for the one person the document named in full with it, not
the knowledge base's other holder of it; a capital before an event noun is the venue, no party.
Invented sentences only."""

from __future__ import annotations

from riftwatch import api


def _events(text: str, date: str = "2012-01-01") -> list[tuple[str, str, str, str]]:
    doc = {"id": "t", "date": date, "text": text}
    return [
        (e["source"]["id"], e["source"]["mention"], e["event_type"], e["target"]["id"])
        for e in api.extract([doc])
    ]


# -- class 1: a surname after the full name ------------------------------------------------
def test_surname_after_full_name_is_that_person():
    got = _events(
        "Ahmed Madobe visited the elders of Afmadow. "
        "Madobe later attacked al-Shabaab fighters near the airstrip."
    )
    assert ("org:ras-kamboni-movement", "Madobe", "ASSAULT", "org:al-shabaab") in got


def test_surname_shared_by_two_full_names_is_not_rebound():
    got = _events(
        "Ahmed Madobe and Adan Madobe visited the elders of Afmadow. "
        "Madobe later attacked al-Shabaab fighters near the airstrip."
    )
    assert not any(s == "org:ras-kamboni-movement" and m == "Madobe" for s, m, _t, _o in got)


def test_surname_with_no_full_name_keeps_the_knowledge_base_reading():
    got = _events("Madobe later attacked al-Shabaab fighters near the airstrip.")
    assert not any(s == "org:ras-kamboni-movement" for s, _m, _t, _o in got)
    assert any(m == "Madobe" for _s, m, _t, _o in got)


# -- class 3: a capital naming the venue of an event noun -----------------------------------
def test_capital_before_agreement_noun_is_no_party():
    got = _events("The militia signed the Abuja peace agreement with the government.", "2006-05-01")
    assert not any("nigeria" in s or "nigeria" in o for s, _m, _t, o in got)


def test_capital_acting_as_subject_keeps_its_government():
    got = _events(
        "Abuja signed the peace agreement with the Movement for the Emancipation of the Niger "
        "Delta.",
        "2006-05-01",
    )
    assert any(s == "org:nigeria-government" and m == "Abuja" for s, m, _t, _o in got)
