"""replay33: cooperative rows that gave no cooperative claim on their pair.

"X dissolved itself into Y" (and "X and W dissolved themselves into Y") is a merger into Y, as
"X merged into Y" is; "dissolved its alliance with Y" keeps the ending reading. "X was among
the (founding) members of Y" makes X a part of Y, as "X was a member of Y" does; a person
among a group's founders is no group relation. Negated and hedged twins stay unasserted.
Invented sentences with real group names.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("In 2019 Liwa al-Haqq dissolved itself into Hay'at Tahrir al-Sham after talks in Idlib.",
         "Liwa al-Haqq", "Hay'at Tahrir al-Sham"),
        ("In 2014 Ahrar al-Sham and Liwa al-Tawhid dissolved themselves into the Islamic Front.",
         "Liwa al-Tawhid", "Islamic Front (Syria)"),
    ],
)  # fmt: skip
def test_dissolving_itself_into_a_group_is_a_merger(text: str, source: str, target: str) -> None:
    events = named_events(text, text[3:7] + "-06-01")
    assert (source, "COOPERATE", target, "asserted") in events, events


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 Liwa al-Haqq did not dissolve itself into Hay'at Tahrir al-Sham.",
        "In 2019 Liwa al-Haqq reportedly weighed dissolving itself into Hay'at Tahrir al-Sham.",
        "In 2019 Liwa al-Haqq dissolved its alliance with Hay'at Tahrir al-Sham.",
        "In 2019 Hay'at Tahrir al-Sham shelled Liwa al-Haqq's bases; Liwa al-Haqq dissolved "
        "itself in May.",
    ],
)
def test_dissolving_unasserted_or_an_alliance_is_no_merger(text: str) -> None:
    events = named_events(text, "2019-06-01")
    assert ("Liwa al-Haqq", "COOPERATE", "Hay'at Tahrir al-Sham", "asserted") not in events, events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In 2016 Hamas was among the members of the Syrian Democratic Forces.", "Hamas"),
        ("In 2016 Jaysh al-Sanadeed and Hamas were among the founding members of the Syrian "
         "Democratic Forces.", "Jaysh al-Sanadeed"),
    ],
)  # fmt: skip
def test_among_the_members_of_a_group_is_a_part_of_it(text: str, source: str) -> None:
    events = named_events(text, "2016-06-01")
    assert (source, "COOPERATE", "SDF", "asserted") in events, events


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 Hamas was not among the members of the Syrian Democratic Forces.",
        "In 2016 Hamas may have been among the founding members of the Syrian Democratic Forces.",
        "In 2016 Syrian villagers were among the victims of the Syrian Democratic Forces.",
    ],
)
def test_among_unasserted_or_not_members_is_no_part(text: str) -> None:
    events = named_events(text, "2016-06-01")
    assert not any(e[1] == "COOPERATE" and e[2] == "SDF" and e[3] == "asserted" for e in events), (
        events
    )
