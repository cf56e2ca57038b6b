"""A report noun the parser reads as a verb with no subject (stop 63).

After a semicolon (or opening its sentence) "claims that X had fallen out with Y were never
confirmed" may be parsed with "claims" as the root verb, so the predicate that judges the
report falls outside the clause that holds the event. No one is named as making such a
report: what it tells is uncertain, never asserted. A claim verb with a subject keeps its
reading (the speaker's report is asserted and attributed).
"""

from __future__ import annotations

import pytest
from coded import group_events


def _modality(text: str, a: str, b: str, kind: str | None = None) -> set[str]:
    """The modalities of the events between the parties named ``a`` and ``b`` (parts of
    their names), of type ``kind`` when given."""
    return {
        e[4]
        for e in group_events(text, "2015-06-01")
        if (kind is None or e[1] == kind)
        and any(a in n for n in (e[0], e[3]))
        and any(b in n for n in (e[0], e[3]))
    }


@pytest.mark.parametrize(
    ("text", "a", "b", "kind"),
    [
        ("Hamas and Islamic Jihad fired rockets together in May; claims that the two groups "
         "had fallen out over the spoils were never confirmed.", "Hamas", "Islamic Jihad",
         "REJECT"),
        ("The Haqqani network hosted the shura in Miranshah; reports that the ISI had funded "
         "the TTP circulated for weeks afterwards.", "Inter-Services", "Tehrik", "AID"),
    ],
)  # fmt: skip
def test_a_report_read_as_a_verb_with_no_subject_is_not_asserted(
    text: str, a: str, b: str, kind: str
) -> None:
    modalities = _modality(text, a, b, kind)
    assert modalities, "the event is still coded"
    assert "asserted" not in modalities


def test_a_claim_verb_with_its_speaker_keeps_the_reading() -> None:
    text = "The army denies any losses; the TTP claims that the army attacked its camp."
    assert "asserted" in _modality(text, "Pakistan", "Tehrik", "ASSAULT")
