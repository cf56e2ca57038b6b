"""A spelled-out name resolves to the known group whose whole name is its initials (mmp8)."""

from __future__ import annotations

from riftwatch.actors import resolve_mention


def _org(name: str) -> str | None:
    hit = resolve_mention(name)
    org = hit.get("organization") or hit.get("actor")
    return org.get("id") if org else None


def test_a_spelled_out_name_resolves_to_its_initials_not_to_a_name_inside_it() -> None:
    # the KB names this group only by its initials; the NPFL's name sits inside the long name
    assert _org("Independent National Patriotic Front of Liberia") == "org:inpfl"
    assert _org("National Patriotic Front of Liberia") == "org:npfl"


def test_names_the_kb_spells_out_keep_their_own_entry() -> None:
    assert _org("Moro Islamic Liberation Front") == "org:moro-islamic-liberation-front"
    assert _org("Revolutionary United Front") == "org:ruf"


def test_a_group_known_with_a_foreign_article_is_found_without_it() -> None:
    assert _org("Zetas") == "org:los-zetas"
    assert _org("Los Zetas") == "org:los-zetas"
