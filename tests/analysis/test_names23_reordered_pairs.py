"""A pair named by a group's English name finds the actor the claims name by its initials
head noun first (names23): "National Forces of Zorbia" where the texts only write "FNZ"
(Forces Nationales de Zorbie), as a replay's rows name a pair. Invented names. Negative
twins: initials in the name's own order win, two actors with the letters resolve to neither,
and a name the letters do not spell head noun first finds nothing.
"""

from __future__ import annotations

import pytest
from claimkit import claim

from riftwatch.analysis.hierarchy import FlatHierarchy
from riftwatch.analysis.timeline import prepare
from riftwatch.api import _actor_key
from riftwatch.errors import RiftwatchError


def _prepared(*named: tuple[str, str]):  # type: ignore[no-untyped-def]
    claims = [
        claim(ident, "open:kestrel-union", "ASSAULT", f"200{i}-05", source_name=name,
              target_name="Kestrel Union")
        for i, (ident, name) in enumerate(named)
    ]  # fmt: skip
    return prepare(claims, hierarchy=FlatHierarchy())


def test_full_name_finds_the_letters_written_head_noun_first() -> None:
    p = _prepared(("open:fnz", "FNZ"))
    assert _actor_key(p, "National Forces of Zorbia") == "open:fnz"


def test_full_name_with_a_qualifier_finds_the_letters() -> None:
    p = _prepared(("open:fap", "FAP"))
    assert _actor_key(p, "People's Armed Forces (Zorbia)") == "open:fap"


def test_letters_in_the_names_own_order_win() -> None:
    p = _prepared(("open:fnz", "FNZ"), ("open:nfz", "NFZ"))
    assert _actor_key(p, "National Forces of Zorbia") == "open:nfz"


def test_two_actors_with_the_reordered_letters_resolve_to_neither() -> None:
    p = _prepared(("open:fnz", "FNZ"), ("open:fzn", "FZN"))
    with pytest.raises(RiftwatchError):
        _actor_key(p, "National Forces of Zorbia")


def test_letters_that_do_not_put_the_head_noun_first_find_nothing() -> None:
    # "NZF" has the letters, but not the head noun's first: no language writes it so
    p = _prepared(("open:nzf", "NZF"))
    with pytest.raises(RiftwatchError):
        _actor_key(p, "National Forces of Zorbia")


def test_a_known_name_never_takes_another_actors_reordered_letters() -> None:
    # the knowledge base knows the "Communist Party of the Philippines"; a corpus actor named
    # "PCP" (Peru's party, head noun first) is not it
    p = _prepared(("open:pcp", "PCP"))
    assert _actor_key(p, "Communist Party of the Philippines") != "open:pcp"
