"""Modern sides under the names replayed histories use (issue 10, replay30).

The knowledge base now knows Saraya al-Salam (the Mahdi Army revived), the Popular
Mobilization Forces, Yemen's Islah, the Houthis as "Ansar Allah", the CMA's full name and
Mali's army as "FAMa", and leaders of modern groups with dated posts ("Jadhran's guards",
"Gentil Duarte's fighters") (``actors/data/curated/modern_sides.yaml``), so sentences that
name the sides so are coded on the pair; a denied or hypothetical twin stays unasserted.
Invented sentences.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events

CASES = [
    (
        "In 2016 Saraya al-Salam fighters fought alongside the Popular Mobilization Forces near "
        "Samarra.",
        "In 2016 Saraya al-Salam denied that its fighters had fought alongside the Popular "
        "Mobilization Forces near Samarra.",
        ("Saraya al-Salam", "COOPERATE", "Popular Mobilization Forces"),
    ),
    (
        "In 2015 Ansar Allah fighters stormed the offices of Islah in Sanaa.",
        "In 2015 Ansar Allah denied that its fighters had stormed the offices of Islah in Sanaa.",
        ("Ansarallah", "ASSAULT", "Al-Islah"),
    ),
    (
        "In 2020 the Coordination of Azawad Movements attacked FAMa positions near Kidal.",
        "In 2020 the Coordination of Azawad Movements might attack FAMa positions near Kidal, "
        "officials warned.",
        ("CMA", "ASSAULT", "Mali"),
    ),
    (
        "In 2015 Jadhran's guards clashed with Haftar's forces near Ras Lanuf in Libya.",
        "In 2015 Jadhran denied that his guards had clashed with Haftar's forces near Ras Lanuf "
        "in Libya.",
        ("Petroleum Facilities Guard", "ASSAULT", "Libyan National Army"),
    ),
    (
        "In 2019 Gentil Duarte's fighters clashed with the ELN in Arauca.",
        "In 2019 Gentil Duarte denied that his fighters had clashed with the ELN in Arauca.",
        ("Estado Mayor Central", "ASSAULT", "National Liberation Army"),
    ),
]


@pytest.mark.parametrize(("text", "twin", "triple"), CASES)
def test_the_side_is_coded_and_its_twin_stays_unasserted(
    text: str, twin: str, triple: tuple[str, str, str]
) -> None:
    source, etype, target = triple
    assert has(asserted(named_events(text, "2016-01-01")), source, etype, target)
    found = named_events(twin, "2016-01-01")
    assert has(found, source, etype, target, modality=None), found
    assert not has(asserted(found), source, etype, target), found
