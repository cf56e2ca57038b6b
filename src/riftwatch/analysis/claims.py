"""A claim: one coded event as evidence, with its provenance and its grades.

A claim is what every analytic stage consumes. It keeps where it came from
(document, sentence span, attribution, stage versions), how good it is (source
reliability A-F and information credibility 1-6 of the document, the coder's
confidence, the modality), which independent origin it belongs to (near-duplicate
documents share one origin), and the analyst's judgement of it, if any.

>>> event = {"id": 7, "doc_id": "r1", "document_id": 3, "sentence": "X met Y.",
...          "start": 0, "end": 8, "quote": "X met Y",
...          "source": {"id": "org:x", "name": "X"}, "target": {"id": "org:y", "name": "Y"},
...          "event_type": "CONSULT", "mode": None, "modality": "asserted",
...          "date": "2010-03", "date_precision": "month", "confidence": 0.9,
...          "reliability": "B", "credibility": 2, "coder_version": "rules-1"}
>>> c = Claim.from_event(event, origin="doc:3")
>>> (c.source_id, c.target_id, c.event_type, c.grade, c.origin)
('org:x', 'org:y', 'CONSULT', 'B2', 'doc:3')
>>> c.month
'2010-03'
>>> c.counts
True
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

VERDICTS = ("accept", "reject", "correct")
"""What an analyst can say of a coded event."""


@dataclass(frozen=True)
class Judgement:
    """An analyst's verdict on one event: who said it, when, and what they changed."""

    verdict: str
    analyst: str
    at: str
    note: str | None = None
    changes: dict[str, Any] = field(default_factory=dict)


def _group_mention(side: dict[str, Any]) -> str | None:
    """The side's mention when it names the group itself (not a person acting for it)."""
    mention = side.get("mention")
    if not mention or side.get("person"):
        return None
    return str(mention)


def _plain(name: str) -> str:
    return " ".join(name.casefold().removeprefix("the ").split())


def read_as(side: dict[str, Any], name: str) -> tuple[str | None, str | None]:
    """How the text named a side that it did not name by the actor's own name: the words as
    written and how they were resolved ("Malek", "person tied to Crimson Dawn Front in
    document d1"); (None, None) when the text used the actor's name.

    >>> read_as({"mention": "Malek", "person": "Malek",
    ...          "resolved_by": "person tied to Crimson Dawn Front in document d1"},
    ...         "Crimson Dawn Front")
    ('Malek', 'person tied to Crimson Dawn Front in document d1')
    >>> read_as({"mention": "the Crimson Dawn Front", "resolved_by": "open"},
    ...         "Crimson Dawn Front")
    (None, None)
    """
    mention = side.get("mention")
    if not mention or _plain(str(mention)) == _plain(name):
        return None, None
    how = side.get("resolved_by")
    return str(mention), (str(how) if how else None)


def read_as_text(side: dict[str, Any]) -> str | None:
    """An evidence side's ``as`` in words, as the CLI, the briefing and the workbench all show
    it: the words that stood for the actor (quoted), its name, and how they were resolved; None
    when the text named the side by its name (no ``as``). Plain text: whoever shows it in HTML
    escapes it (the words come from a document).

    >>> read_as_text({"name": "Crimson Dawn Front", "as": "Malek",
    ...               "resolved_by": "person tied to Crimson Dawn Front in document d1"})
    'as "Malek" = Crimson Dawn Front (person tied to Crimson Dawn Front in document d1)'
    >>> read_as_text({"name": "Northern Army", "as": "the group"})
    'as "the group" = Northern Army'
    >>> read_as_text({"name": "Northern Army"}) is None
    True
    """
    if not side.get("as"):
        return None
    how = f" ({side['resolved_by']})" if side.get("resolved_by") else ""
    return f'as "{side["as"]}" = {side.get("name")}{how}'


def read_as_texts(item: dict[str, Any]) -> list[str]:
    """:func:`read_as_text` of an evidence item's source and target, those that have one.

    >>> read_as_texts({"source": {"name": "X", "as": "Malek"}, "target": {"name": "Y"}})
    ['as "Malek" = X']
    >>> read_as_texts({})
    []
    """
    texts = (read_as_text(item.get(key) or {}) for key in ("source", "target"))
    return [text for text in texts if text]


def _read_fields(src: dict[str, Any], tgt: dict[str, Any]) -> dict[str, str | None]:
    s_as, s_how = read_as(src, str(src.get("name") or src.get("id") or ""))
    t_as, t_how = read_as(tgt, str(tgt.get("name") or tgt.get("id") or ""))
    return {"source_as": s_as, "source_resolved_by": s_how, "target_as": t_as,
            "target_resolved_by": t_how}  # fmt: skip


@dataclass
class Claim:
    """One coded event as graded, attributable evidence.

    ``origin`` is the key of the independent origin: two claims with the same
    origin (a wire story and its reprint; several officials quoted in one article)
    corroborate nothing for each other. ``credibility`` is the document's grade;
    ``credibility_override`` an analyst's replacement for it.
    """

    event_id: int | str
    doc_id: int | str
    source_id: str
    source_name: str
    target_id: str
    target_name: str
    event_type: str
    modality: str
    mode: str | None = None
    date: str | None = None
    date_precision: str | None = None
    published: str | None = None
    document_id: int | None = None
    sentence: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    sentence_index: int | None = None
    attributed_to: dict[str, Any] | None = None
    confidence: float = 0.5
    reliability: str = "F"
    credibility: int = 6
    source_type: str | None = None
    outlet: str | None = None
    origin: str = ""
    coder_version: str | None = None
    judgement: Judgement | None = None
    credibility_override: int | None = None
    source_mention: str | None = None
    """The source's name as the text wrote it ("the GIA"), when that is a name of the group
    (not a person acting for it); :mod:`riftwatch.analysis.naming` lists these as aliases."""
    target_mention: str | None = None
    source_as: str | None = None
    """The words that stood for the source when they were not its name ("Malek", "the
    group", "FX"), and ``source_resolved_by`` how they were resolved ("person tied to Y in
    document d1": corpus memory, coreference, a knowledge-base alias): the evidence says why
    the claim counts for this actor."""
    source_resolved_by: str | None = None
    target_as: str | None = None
    target_resolved_by: str | None = None
    via: str | None = None
    """For a claim derived by the timeline rather than coded (two groups that one sentence
    says joined the same coalition), the third party it was derived through."""

    @classmethod
    def from_event(
        cls,
        event: dict[str, Any],
        *,
        origin: str | None = None,
        published: str | None = None,
        source_type: str | None = None,
        outlet: str | None = None,
        judgement: Judgement | None = None,
        credibility_override: int | None = None,
    ) -> Claim:
        """Build a claim from an event record (stored or stateless shape).

        Without an ``origin`` the claim is its own origin (its document).
        """
        src = event.get("source") or {}
        tgt = event.get("target") or {}
        doc_ref = event.get("doc_id", event.get("document_id"))
        grade = str(event.get("grade") or "")
        reliability = event.get("reliability") or (grade[:1] if grade else "F")
        credibility = event.get("credibility") or (int(grade[1:]) if grade[1:].isdigit() else 6)
        return cls(
            event_id=event.get("id", f"{doc_ref}:{event.get('sentence_index')}"),
            doc_id=str(doc_ref) if doc_ref is not None else "",  # one type: text
            document_id=event.get("document_id"),
            source_id=str(src.get("id") or src.get("name") or ""),
            source_name=str(src.get("name") or src.get("id") or ""),
            target_id=str(tgt.get("id") or tgt.get("name") or ""),
            target_name=str(tgt.get("name") or tgt.get("id") or ""),
            event_type=str(event.get("event_type") or ""),
            mode=event.get("mode"),
            modality=str(event.get("modality") or "asserted"),
            date=event.get("date"),
            date_precision=event.get("date_precision"),
            published=published if published is not None else event.get("published"),
            sentence=event.get("sentence"),
            quote=event.get("quote"),
            start=event.get("start"),
            end=event.get("end"),
            sentence_index=event.get("sentence_index"),
            attributed_to=event.get("attributed_to"),
            confidence=float(event.get("confidence") or 0.5),
            reliability=str(reliability).upper(),
            credibility=int(credibility),
            source_type=source_type if source_type is not None else event.get("source_type"),
            outlet=outlet,
            origin=origin or f"doc:{doc_ref}",
            coder_version=event.get("coder_version"),
            judgement=judgement,
            credibility_override=credibility_override,
            source_mention=_group_mention(src),
            target_mention=_group_mention(tgt),
            **_read_fields(src, tgt),
        )

    @property
    def grade(self) -> str:
        """The Admiralty grade as written, e.g. ``B2`` (with any analyst override)."""
        return f"{self.reliability}{self.effective_credibility}"

    @property
    def effective_credibility(self) -> int:
        """The analyst's credibility when given, else the document's."""
        return self.credibility_override or self.credibility

    @property
    def doubted(self) -> str | None:
        """The word of disbelief with which the speaker (or the reporter) doubts the event
        ("it was wishful thinking to believe that X had turned against Y": ``wishful``), from
        the attribution (``attributed_to["doubted"]``, attribution.rules.v7); else None."""
        att = self.attributed_to
        word = att.get("doubted") if isinstance(att, dict) else None
        return str(word) if word and self.modality == "uncertain" else None

    @property
    def month(self) -> str | None:
        """``YYYY-MM`` of when the event happened (its first month for a range)."""
        when = self.date or self.published
        return when[:7] if when and len(when) >= 7 and when[4] == "-" else None

    @property
    def counts(self) -> bool:
        """Whether later stages use this claim at all (an analyst rejected it: no)."""
        return not (self.judgement and self.judgement.verdict == "reject")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready record (the judgement as a nested object)."""
        out = asdict(self)
        out["grade"] = self.grade
        return out


__all__ = ["VERDICTS", "Claim", "Judgement", "read_as", "read_as_text", "read_as_texts"]
