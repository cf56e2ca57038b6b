"""An analyst's Yemen files (walk57, issues 9 and 10): what they showed, as behaviour.

- "government guards", "government aircraft", "a government helicopter" beside a group of
  one home are that state's forces, as "government troops" are (cues.yaml
  ``government_force_nouns``).
- "UAE-backed Giants Brigades fought alongside Y": the brigades fight, not their patron
  (the subject name a repaired parse moves is the one the subject noun belongs to).
- A document that named the Houthis but no country: its "government" accusing Iran is
  Yemen's, not Iran's own (the homes of the groups named so far, when no country was).
- The Yemeni parties of the Houthi-Saleh break are actors: Saleh by his short name beside
  the Houthis, his party, the Giants Brigades, the National Resistance and Tareq Saleh
  (curated/walk57.yaml); the STC beside Islah and Shabwa's towns.
"""

from __future__ import annotations

import pytest

from conftest import id_events
from riftwatch.nlp.extract import extract_document

YEMEN_GOV = "org:yemen-government"
STC = "org:southern-transitional-council"
HOUTHIS = "org:ansarallah"
SALEH = "person:ali-abdullah-saleh"


def _doc(text: str, date: str) -> set[tuple[str, str, str, str]]:
    return {
        (c.event.source.org_id or c.event.source.id, c.event.event_type,
         c.event.target.org_id or c.event.target.id, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": date})
    }  # fmt: skip


def test_government_guards_beside_a_group_are_its_home_states() -> None:
    text = "STC forces captured the presidential palace in Aden from government guards."
    assert (STC, "COERCE", YEMEN_GOV, "asserted") in id_events(text, "2019-08-10")
    negated = id_events(text.replace("captured", "did not capture"), "2019-08-10")
    assert (STC, "COERCE", YEMEN_GOV, "asserted") not in negated


@pytest.mark.parametrize(
    "text",
    [
        "Government aircraft struck STC positions near Aden.",
        "A government helicopter fired on STC positions near Aden.",
    ],
)
def test_government_aircraft_are_the_states(text: str) -> None:
    assert (YEMEN_GOV, "ASSAULT", STC, "asserted") in id_events(text, "2019-08-29")
    hedged = id_events(text.replace("struck", "may have struck").replace(
        "fired", "may have fired"), "2019-08-29")  # fmt: skip
    assert (YEMEN_GOV, "ASSAULT", STC, "asserted") not in hedged


def test_a_backed_group_fights_alongside_not_its_patron() -> None:
    text = (
        "UAE-backed Giants Brigades fought alongside Tareq Saleh's National Resistance on the "
        "west coast in 2018."
    )
    events = id_events(text, "2018-06")
    assert ("org:giants-brigades", "COOPERATE", "org:national-resistance-forces-yemen",
            "asserted") in events  # fmt: skip
    assert not any(s == "country:united-arab-emirates" and ty == "COOPERATE"
                   for s, ty, _t, _m in events)  # fmt: skip
    hedged = id_events(text.replace("fought", "may have fought"), "2018-06")
    assert not any(ty == "COOPERATE" and m == "asserted" for _s, ty, _t, m in hedged)


def test_the_government_of_a_document_about_a_group_is_its_homes() -> None:
    text = (
        "Marib, 4 May 2021. The Houthis shelled a camp for displaced people near Marib. The "
        "government accused Iran of directing the offensive."
    )
    events = _doc(text, "2021-05-04")
    assert (YEMEN_GOV, "ACCUSE", "country:iran", "asserted") in events, events
    assert not any(s == "org:iran-government" for s, _ty, _t, _m in events)


def test_saleh_beside_the_houthis_is_the_former_president() -> None:
    text = "Saleh's supporters clashed with Houthi fighters at a checkpoint in Sanaa."
    events = id_events(text, "2017-08")
    # (his party from 2012, when he left the presidency)
    assert ("org:general-peoples-congress", "ASSAULT", HOUTHIS, "asserted") in events, events
    hedged = id_events(text.replace("clashed", "may have clashed"), "2017-08")
    assert not any(m == "asserted" for _s, _ty, _t, m in hedged)
    # beside Afghan words the short name stays Amrullah Saleh's
    afghan = id_events("Saleh, the former NDS chief, met Taliban envoys in Kabul.", "2010-05")
    assert not any(SALEH in (s, t) or "general-peoples" in s for s, _ty, t, _m in afghan)


def test_the_end_of_a_partnership_with_the_houthis() -> None:
    text = "Saleh announced the end of his partnership with the Houthis."
    events = id_events(text, "2017-12-02")
    assert ("org:general-peoples-congress", "SANCTION", HOUTHIS, "asserted") in events, events
    hedged = id_events("Saleh hinted that he might end his partnership with the Houthis.",
                       "2017-12")  # fmt: skip
    assert not any(ty == "SANCTION" and m == "asserted" for _s, ty, _t, m in hedged)


def test_the_stc_beside_islah_in_shabwa() -> None:
    text = "STC forces clashed with Islah units in Ataq."
    events = id_events(text, "2022-08-09")
    assert (STC, "ASSAULT", "org:al-islah", "asserted") in events, events
    negated = id_events("STC forces did not clash with Islah units in Ataq.", "2022-08-09")
    assert (STC, "ASSAULT", "org:al-islah", "asserted") not in negated
