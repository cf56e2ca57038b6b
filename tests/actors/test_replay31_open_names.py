"""replay31: a table's group name built on initials resolves to the open actor riftwatch prints.

``riftwatch actors resolve NAME`` gives an unknown name its open id when the name reads as an
organisation's; a name built on a group's initials ("ZLF-In Exile", "Neo-ZLF", "ZLF Military
Council") now reads so, as the rifts output names such a group by that open id. A person's
name, or a lone unknown word, stays unresolved.
"""

from __future__ import annotations

import pytest

from riftwatch.actors.api import resolve_mention
from riftwatch.actors.open import open_id


@pytest.mark.parametrize(
    "name", ["ZLF-In Exile", "Neo-QKB", "QKB Military Council", "ZLF-Reformed Wing"]
)
def test_a_name_built_on_initials_resolves_to_its_open_id(name: str) -> None:
    out = resolve_mention(name)
    assert out["organization"] is not None, out
    assert out["organization"]["id"] == open_id(name)
    assert out["actor"] is None  # still outside the knowledge base


@pytest.mark.parametrize("name", ["Zorvak Telmi", "Qarvel", "Lionel Messi"])
def test_a_person_or_a_lone_word_stays_unresolved(name: str) -> None:
    out = resolve_mention(name)
    assert out["organization"] is None and out["unresolved"] is True, out
