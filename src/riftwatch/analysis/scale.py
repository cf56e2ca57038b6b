"""Stage ``scale-7``: a signed cooperation-conflict score, a channel and a weight per claim.

The table is data (``riftwatch/data/analysis/scale.yaml``): a score per PLOVER type in
-1 (most hostile) .. +1 (most cooperative), refined by mode, the channel of the relation
(sanctuary, finance, training, joint_operations, allegiance, facilitation, rhetoric,
violence, arrests_targeting, other) from the mode or the words of the quote (a violent or
coercive type's own channel first when its words are there: an attack on a camp is violence,
not training), and how
modality and the Admiralty grades weigh a claim. ``docs/rifts.md`` compares the scale with
the Goldstein scale that GDELT uses.

>>> s = Scale.load()
>>> s.rate("ASSAULT", None, "asserted", "clashed").score
-1.0
>>> r = s.rate("AID", None, "asserted", "gave shelter to the fighters")
>>> (r.score, r.channel)
(0.8, 'sanctuary')
>>> r = s.rate("COOPERATE", None, "denied", "any organizational links")
>>> (r.score, r.channel, r.modality_weight)
(-0.3, 'rhetoric', 0.3)
>>> s.rate("ASSAULT", None, "asserted", "attacked a Boko Haram camp").channel
'violence'
>>> s.rate("AID", None, "asserted", "sent money to a training camp").channel
'finance'
>>> s.rate("ASSAULT", None, "negated", "did not attack").modality_weight
0.0
>>> r = s.rate("REJECT", "split", "uncertain", "had turned", doubted=True)
>>> (r.score, r.channel, r.modality_weight, r.persistence)
(0.3, 'rhetoric', 0.5, True)
>>> r = s.rate("REJECT", "split", "denied", "had broken")
>>> (r.score, r.modality_weight, r.persistence)
(0.3, 0.3, True)
>>> r = s.rate("REJECT", "falling_out", "negated", "had not fallen out")
>>> (r.score, r.modality_weight, r.persistence)
(0.3, 0.15, True)
>>> s.rate("REJECT", "split", "uncertain", "had turned").score
-0.9
>>> round(s.grade_weight("B", 2), 2), round(s.grade_weight("F", 6), 2)
(0.85, 0.7)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

VERSION = "scale-7"
DATA = Path(__file__).resolve().parent.parent / "data" / "analysis" / "scale.yaml"
CHANNELS = (
    "sanctuary",
    "finance",
    "training",
    "joint_operations",
    "allegiance",
    "facilitation",
    "rhetoric",
    "violence",
    "arrests_targeting",
    "other",
)
NEUTRAL = 0.15
"""Scores closer to 0 than this carry no stance (REQUEST)."""


@dataclass(frozen=True)
class Rating:
    """What the scale says of one claim."""

    score: float
    """Signed score, -1..+1 (after a negation or denial turned cooperation into distancing)."""
    channel: str
    modality_weight: float
    """0..1: how much the modality lets the claim count."""
    distancing: bool = False
    """A negated or denied cooperation, read as a distancing signal."""
    persistence: bool = False
    """A hostile claim that a speaker doubts with a word of disbelief ("it was wishful
    thinking to believe that X had turned against Y") or a denied statement of the end of
    the relationship ("officials denied that X had broken with Y"), read as a small signal
    that the relationship persists: counter-evidence, never evidence of the hostility
    (scale-5)."""
    statement: bool = False
    """The claim's mode states the relationship itself (a pledge, merger, split,
    renunciation, rivalry: a mode of the allegiance channel), not one incident."""

    @property
    def stance(self) -> int:
        """+1 cooperative, -1 hostile, 0 neutral."""
        if abs(self.score) < NEUTRAL or self.modality_weight <= 0:
            return 0
        return 1 if self.score > 0 else -1


class Scale:
    """The loaded scale table."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.version = str(data.get("version") or VERSION)
        self.types: dict[str, dict[str, Any]] = data["types"]
        self.modes: dict[str, dict[str, dict[str, Any]]] = data.get("modes") or {}
        self.modality: dict[str, float] = {
            k: float(v) for k, v in (data.get("modality") or {}).items()
        }
        self.distancing: dict[str, Any] = data.get("distancing") or {}
        self.persistence: dict[str, Any] = data.get("persistence") or {}
        self.reliability = {str(k): float(v) for k, v in data["reliability"].items()}
        self.credibility = {int(k): float(v) for k, v in data["credibility"].items()}
        caps = data.get("strength_cap") or {}
        self.strength_cap = [float(caps.get(c, caps.get("default", 1.0))) for c in CHANNELS]
        self.own_channel_first = frozenset(data.get("own_channel_first") or ())
        self.channel_words = [
            (channel, re.compile(r"\b(?:" + "|".join(words) + ")", re.IGNORECASE))
            for channel, words in (data.get("channel_words") or {}).items()
        ]
        for channel in list(self.types.values()):
            if channel.get("channel") not in CHANNELS:
                raise ValueError(f"scale: unknown channel {channel.get('channel')!r}")

    @classmethod
    def load(cls, path: str | Path | None = None) -> Scale:
        """The bundled table (cached), or the one at ``path``."""
        if path is None:
            return _default()
        with open(path, encoding="utf-8") as f:
            return cls(yaml.safe_load(f))

    def goldstein(self, event_type: str) -> float | None:
        """The Goldstein weight kept beside a type for comparison (-10..+10)."""
        entry = self.types.get(event_type.upper())
        return None if entry is None else float(entry["goldstein"])

    def _base(self, event_type: str, mode: str | None) -> tuple[float, str | None, bool]:
        entry = self.types.get(event_type.upper())
        if entry is None:
            return 0.0, "other", True
        score = float(entry["score"])
        channel: str | None = None
        if mode:
            refined = (self.modes.get(event_type.upper()) or {}).get(mode) or (
                self.modes.get("any") or {}
            ).get(mode)
            if refined:
                score = float(refined.get("score", score))
                channel = refined.get("channel")
        return score, channel, channel is None

    def channel_of_words(self, text: str | None, own: str | None = None) -> str | None:
        """The channel whose words occur in ``text``: ``own`` (the type's channel) when it is
        one of the table's ``own_channel_first`` and its words are there (scale-6), else the
        first in the table's order."""
        if not text:
            return None
        found = [channel for channel, pattern in self.channel_words if pattern.search(text)]
        if own in found and own in self.own_channel_first:
            return own
        return found[0] if found else None

    def rate(
        self,
        event_type: str,
        mode: str | None,
        modality: str,
        quote: str | None = None,
        *,
        doubted: bool = False,
    ) -> Rating:
        """Score, channel and modality weight of one coded event.

        ``doubted``: the event is uncertain because its speaker doubts it with a word of
        disbelief (:attr:`riftwatch.analysis.claims.Claim.doubted`): a doubted hostile claim
        reads as persistence, a doubted cooperative one as distancing (``persistence`` and
        ``distancing`` of the table, their ``doubted`` weight)."""
        score, channel, open_channel = self._base(event_type, mode)
        if open_channel:
            own = self.types.get(event_type.upper(), {}).get("channel", "other")
            channel = self.channel_of_words(quote, own) or own
        modality = (modality or "asserted").lower()
        statement = not open_channel and channel == "allegiance"
        if doubted and modality == "uncertain" and abs(score) >= NEUTRAL:
            modality = "doubted"
        if modality in ("negated", "denied", "doubted"):
            if score > NEUTRAL:
                return Rating(
                    score=float(self.distancing.get("score", -0.3)),
                    channel=str(self.distancing.get("channel", "rhetoric")),
                    modality_weight=float(self.distancing.get(modality, 0.3)),
                    distancing=True,
                )
            weight = float(self.persistence.get(modality, 0.0))
            if score < -NEUTRAL and weight > 0 and (modality == "doubted" or statement):
                return Rating(
                    score=float(self.persistence.get("score", 0.3)),
                    channel=str(self.persistence.get("channel", "rhetoric")),
                    modality_weight=weight,
                    persistence=True,
                )
            return Rating(score=score, channel=channel or "other", modality_weight=0.0)
        return Rating(
            score=score,
            channel=channel or "other",
            modality_weight=float(self.modality.get(modality, 0.0)),
            statement=statement,
        )

    def grade_weight(self, reliability: str, credibility: int) -> float:
        """sqrt(p(reliability) * p(credibility)): how far a report of this grade is trusted."""
        r = self.reliability.get(str(reliability).upper(), self.reliability["F"])
        c = self.credibility.get(int(credibility), self.credibility[6])
        return math.sqrt(r * c)


@lru_cache(maxsize=1)
def _default() -> Scale:
    with open(DATA, encoding="utf-8") as f:
        return Scale(yaml.safe_load(f))


__all__ = ["CHANNELS", "NEUTRAL", "VERSION", "Rating", "Scale"]
