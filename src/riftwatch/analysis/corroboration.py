"""Stage ``corroboration-1``: analysts' judgements applied, and corroboration by independent origin.

* :func:`effective` applies an analyst's judgement to a claim: a rejected claim is
  dropped (None), a corrected one carries the corrected fields (``judgement.changes``:
  ``event_type``, ``mode``, ``modality``, ``date``, ``source``/``target`` as an id or
  ``{id, name}``, or any other field of :class:`~riftwatch.analysis.claims.Claim`).
* :func:`corroborate` counts, for each claim, the *independent origins* that assert the
  same relation (same unordered pair, same stance and channel, within ``window`` months)
  and those that contradict it (same pair, opposite stance, or a denial or negation of
  it, within the window). Several claims of one origin (a wire story and its reprints;
  several officials quoted in one article) count once. From these it suggests an
  information credibility in Admiralty terms: confirmed by three or more independent
  origins 1, by two 2; uncorroborated 3 (a source graded A-C) or 4; contradicted by at
  least as many origins as confirm it 5. An analyst's ``credibility_override`` replaces
  the suggestion.

>>> from riftwatch.analysis.claims import Claim, Judgement
>>> c = Claim(event_id=1, doc_id="d1", source_id="a", source_name="A", target_id="b",
...           target_name="B", event_type="AID", modality="asserted")
>>> effective(c) is c
True
>>> j = Judgement("correct", "ana", "2024-01-01", changes={"event_type": "ASSAULT"})
>>> c.judgement = j
>>> effective(c).event_type
'ASSAULT'
>>> c.judgement = Judgement("reject", "ana", "2024-01-01")
>>> effective(c) is None
True
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from riftwatch.analysis.claims import Claim

VERSION = "corroboration-1"
WINDOW_MONTHS = 6
_FIELDS = {f.name for f in dataclasses.fields(Claim)}


def effective(claim: Claim) -> Claim | None:
    """The claim as the analyst judged it: None when rejected, corrected fields applied."""
    if not claim.counts:
        return None
    j = claim.judgement
    if j is None or j.verdict != "correct" or not j.changes:
        return claim
    updates: dict[str, Any] = {}
    for key, value in j.changes.items():
        if key in ("source", "target"):
            if isinstance(value, dict):
                ident = value.get("id") or value.get("name")
                updates[f"{key}_id"] = str(ident)
                updates[f"{key}_name"] = str(value.get("name") or ident)
            elif value:
                updates[f"{key}_id"] = str(value)
                updates[f"{key}_name"] = str(value)
        elif key == "grade" and isinstance(value, str) and len(value) >= 2:
            updates["reliability"] = value[0].upper()
            updates["credibility_override"] = int(value[1:])
        elif key in _FIELDS and key not in ("judgement", "event_id", "doc_id"):
            updates[key] = value
    return dataclasses.replace(claim, **updates) if updates else claim


@dataclass(frozen=True)
class Corroboration:
    """How one claim stands among the others on its pair."""

    origins: int
    """Independent origins asserting the same relation (its own included)."""
    contradicting: int
    """Independent origins asserting the opposite within the window."""
    suggested_credibility: int
    credibility: int
    """The analyst's override when given, else the suggestion."""
    overridden: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "origins": self.origins,
            "contradicting": self.contradicting,
            "suggested_credibility": self.suggested_credibility,
            "credibility": self.credibility,
            "overridden": self.overridden,
        }


def suggest_credibility(origins: int, contradicting: int, reliability: str) -> int:
    """Admiralty credibility 1-6 from corroboration and contradiction.

    >>> suggest_credibility(3, 0, "C"), suggest_credibility(2, 0, "C")
    (1, 2)
    >>> suggest_credibility(1, 0, "B"), suggest_credibility(1, 0, "E")
    (3, 4)
    >>> suggest_credibility(1, 1, "A"), suggest_credibility(3, 1, "A")
    (5, 2)
    """
    if contradicting and contradicting >= origins:
        return 5
    if origins >= 3:
        return 1 if not contradicting else 2
    if origins == 2:
        return 2 if not contradicting else 3
    return 3 if reliability.upper() in ("A", "B", "C") else 4


def corroborate(
    items: Sequence[tuple[Claim, int, int, Any]],
    *,
    window: int = WINDOW_MONTHS,
    only: Sequence[int] | None = None,
) -> list[Corroboration]:
    """Corroboration of each claim of one pair (or of the claims at positions ``only``).

    ``items`` are ``(claim, month_index, stance, channel)`` (stance +1 cooperative, -1
    hostile, 0 none) for the claims of one unordered pair.
    """
    # per month: the origins of each (stance, channel) and of each stance; a target's sets
    # are the unions over its window, the same for every target of that month, stance and
    # channel (linear in the claims, where comparing every pair was quadratic)
    by_kind: dict[int, dict[tuple[int, Any], set[str]]] = {}
    by_stance: dict[int, dict[int, set[str]]] = {}
    for other, m2, s2, ch2 in items:
        if s2 == 0:
            continue
        by_kind.setdefault(m2, {}).setdefault((s2, ch2), set()).add(other.origin)
        by_stance.setdefault(m2, {}).setdefault(s2, set()).add(other.origin)
    memo: dict[tuple[int, int, Any], tuple[int, frozenset[str]]] = {}

    def around(month: int, stance: int, channel: Any) -> tuple[int, frozenset[str]]:
        key = (month, stance, channel)
        hit = memo.get(key)
        if hit is None:
            same: set[str] = set()
            against: set[str] = set()
            if stance != 0:
                for m2 in range(month - window, month + window + 1):
                    same |= by_kind.get(m2, {}).get((stance, channel), set())
                    against |= by_stance.get(m2, {}).get(-stance, set())
            hit = memo[key] = (len(same), frozenset(against))
        return hit

    out: list[Corroboration] = []
    targets = [items[i] for i in only] if only is not None else items
    for claim, month, stance, channel in targets:
        same_count, against = around(month, stance, channel)
        origins = max(1, same_count)
        contradicting = len(against) - (claim.origin in against)
        suggested = suggest_credibility(origins, contradicting, claim.reliability)
        override = claim.credibility_override
        out.append(
            Corroboration(
                origins=origins,
                contradicting=contradicting,
                suggested_credibility=suggested,
                credibility=override or suggested,
                overridden=override is not None,
            )
        )
    return out


__all__ = [
    "VERSION",
    "WINDOW_MONTHS",
    "Corroboration",
    "corroborate",
    "effective",
    "suggest_credibility",
]
