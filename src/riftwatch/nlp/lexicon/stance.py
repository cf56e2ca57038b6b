"""The stance of an event: ``"coop"``, ``"conf"`` or None, from its PLOVER type and mode.

The table is data (``stance.yaml`` beside this module): a type's PLOVER quad class
(``riftwatch/data/export/plover.yaml``, the one quad table) gives its stance, except for the
types whose mode does (REQUEST: a demand, CAMEO 10, is verbal conflict; an appeal, CAMEO 02,
has no stance).

>>> stance_of("ASSAULT"), stance_of("RETREAT", "release"), stance_of("SANCTION")
('conf', 'coop', 'conf')
>>> stance_of("REQUEST"), stance_of("REQUEST", "demand"), stance_of("REQUEST", "meet")
(None, 'conf', None)
>>> stance_of("SOMETHING") is None
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from riftwatch.errors import NLPError

DATA_FILE = "stance.yaml"
QUAD_FILE = ("data", "export", "plover.yaml")
STANCES = ("coop", "conf")


@cache
def table() -> dict[str, Any]:
    """``{"version", "types": {type: stance or None}, "by_mode": {type: {mode: stance}}}``."""
    try:
        raw = yaml.safe_load(resources.files(__package__).joinpath(DATA_FILE).read_text("utf-8"))
        quad_file = resources.files("riftwatch").joinpath(*QUAD_FILE)
        quads = yaml.safe_load(quad_file.read_text("utf-8"))["quads"]
    except (OSError, KeyError, TypeError) as exc:
        raise NLPError("RW201", path=DATA_FILE, detail=str(exc).splitlines()[0]) from None
    by_quad = {int(k): v for k, v in (raw.get("quad_stance") or {}).items()}
    by_mode = {str(t): dict(m or {}) for t, m in (raw.get("by_mode") or {}).items()}
    for stance in [*by_quad.values(), *(s for m in by_mode.values() for s in m.values())]:
        if stance not in STANCES:
            raise NLPError("RW201", path=DATA_FILE, detail=f"unknown stance {stance!r}")
    types = {str(t): by_quad.get(int(q)) for t, q in sorted(quads.items())}
    return {"version": raw.get("version"), "types": types, "by_mode": by_mode}


def stance_of(event_type: str | None, mode: str | None = None) -> str | None:
    """The stance of an event of ``event_type`` and ``mode`` (None: no stance)."""
    data = table()
    kind = (event_type or "").upper()
    if kind in data["by_mode"]:
        return data["by_mode"][kind].get(mode or "")
    return data["types"].get(kind)


__all__ = ["stance_of", "table"]
