"""Links between the workbench's pages (ids quoted as path segments), for templates too.

>>> relationship_href("org:al-qaeda", "open:x y")
'/relationships/org:al-qaeda/open:x%20y'
>>> actor_href("<script>")
'/actors/%3Cscript%3E'
"""

from __future__ import annotations

from urllib.parse import quote

from riftwatch.web.pages import env


def _seg(value: str) -> str:
    return quote(str(value), safe=":")


def relationship_href(a: str, b: str) -> str:
    """The relationship page of two actors (ids)."""
    return f"/relationships/{_seg(a)}/{_seg(b)}"


def actor_href(actor_id: str) -> str:
    """The page of one actor (id)."""
    return f"/actors/{_seg(actor_id)}"


env.globals["relationship_href"] = relationship_href
env.globals["actor_href"] = actor_href

__all__ = ["actor_href", "relationship_href"]
