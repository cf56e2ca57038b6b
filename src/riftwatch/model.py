"""Plain domain types passed between pipeline stages.

They carry no database state: the store turns them into rows and back.

>>> g = Grade.parse("b", "2")
>>> g
Grade(reliability='B', credibility=2)
>>> str(g)
'B2'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from riftwatch.errors import ConfigError

RELIABILITY = ("A", "B", "C", "D", "E", "F")
"""NATO Admiralty source reliability: A completely reliable ... E unreliable, F cannot be judged."""

CREDIBILITY = (1, 2, 3, 4, 5, 6)
"""NATO Admiralty information credibility: 1 confirmed ... 5 improbable, 6 cannot be judged."""

SOURCE_TYPES = (
    "news",
    "wire",
    "official_statement",
    "militant_statement",
    "debrief_report",
    "intercept_summary",
    "human_source_report",
    "analysis",
    "monitoring_report",
    "social_media",
    "other",
)
"""Kinds of source. ``debrief_report`` covers interrogation and debrief reports;
``analysis`` think-tank and analytic pieces; ``monitoring_report`` UN and other
monitoring teams."""

SOURCE_TYPE_ALIASES = {
    "official": "official_statement",
    "statement": "official_statement",
    "militant": "militant_statement",
    "interrogation": "debrief_report",
    "debrief": "debrief_report",
    "interrogation_report": "debrief_report",
    "intercept": "intercept_summary",
    "sigint": "intercept_summary",
    "humint": "human_source_report",
    "human_source": "human_source_report",
    "think_tank": "analysis",
    "un_report": "monitoring_report",
    "un": "monitoring_report",
    "monitoring": "monitoring_report",
    "social": "social_media",
    # walk52: the words a spreadsheet or a feed export uses for the same kinds
    "report": "analysis",
    "think_tank_report": "analysis",
    "research": "analysis",
    "academic": "analysis",
    "assessment": "analysis",
    "news_report": "news",
    "newspaper": "news",
    "article": "news",
    "press": "news",
    "agency": "wire",
    "news_agency": "wire",
    "wire_service": "wire",
    "press_release": "official_statement",
    "government_statement": "official_statement",
    "militant_claim": "militant_statement",
    "claim_of_responsibility": "militant_statement",
    "propaganda": "militant_statement",
    "detainee_debrief": "debrief_report",
    "signals": "intercept_summary",
    "comint": "intercept_summary",
    "informant": "human_source_report",
    "un_monitoring_team": "monitoring_report",
    "ngo_report": "monitoring_report",
    "tweet": "social_media",
    "twitter": "social_media",
    "telegram": "social_media",
    "forum": "social_media",
    "blog": "social_media",
}


def parse_reliability(value: object) -> str:
    """Validate a reliability grade A-F (case-insensitive).

    >>> parse_reliability("c")
    'C'
    """
    text = str(value).strip().upper()
    if text not in RELIABILITY:
        raise ConfigError("RW002", field="reliability", value=value)
    return text


def parse_credibility(value: object) -> int:
    """Validate a credibility grade 1-6.

    >>> parse_credibility("3")
    3
    """
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ConfigError("RW003", field="credibility", value=value) from None
    if number not in CREDIBILITY or str(value).strip() not in {str(c) for c in CREDIBILITY}:
        raise ConfigError("RW003", field="credibility", value=value)
    return number


def parse_source_type(value: object) -> str:
    """Validate a source type, accepting a few common synonyms.

    >>> parse_source_type("Interrogation")
    'debrief_report'
    >>> parse_source_type("think-tank report")
    'analysis'
    """
    text = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    text = SOURCE_TYPE_ALIASES.get(text, text)
    if text not in SOURCE_TYPES:
        raise ConfigError(
            "RW004", field="source_type", value=value, choices=", ".join(SOURCE_TYPES)
        )
    return text


@dataclass(frozen=True)
class Grade:
    """The two Admiralty axes, kept apart: reliability of the source, credibility of the item."""

    reliability: str
    credibility: int

    @classmethod
    def parse(cls, reliability: object, credibility: object) -> Grade:
        return cls(parse_reliability(reliability), parse_credibility(credibility))

    def __str__(self) -> str:
        return f"{self.reliability}{self.credibility}"


@dataclass
class RawDocument:
    """One document as a reader found it, before grading, segmentation and storage.

    ``locator`` says where inside the file it came from (``line 12``, ``row 3``,
    ``item 2``, ``part 4``) for files holding several documents. ``date_origin`` says
    where ``published`` came from (``header:email``, ``metadata:pdf``, ...; see
    :mod:`riftwatch.ingest.dates`); ``None`` means the record's own date field.
    """

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    source_type: str | None = None
    reliability: str | None = None
    credibility: int | str | None = None
    language: str | None = None
    external_id: str | None = None
    locator: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    date_origin: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence with character offsets into its document's stored text."""

    index: int
    start: int
    end: int
    text: str


__all__ = [
    "CREDIBILITY",
    "RELIABILITY",
    "SOURCE_TYPES",
    "Grade",
    "RawDocument",
    "Sentence",
    "parse_credibility",
    "parse_reliability",
    "parse_source_type",
]
