"""Charts of a briefing as inline SVG: no fonts, images or links outside the file.

Matplotlib (Agg backend) draws; text is turned into paths (``svg.fonttype: path``), and
the XML declaration, DOCTYPE, metadata and namespace declarations (URLs, though not
references) are cut so that the SVG can sit inside the HTML page as it is.

>>> svg = timeline_svg([{"month": "2013-04", "score": 0.9, "broken": 0.0},
...                     {"month": "2017-12", "score": -0.8, "broken": 0.7}], title="A / B")
>>> svg.startswith("<svg") and "http" not in svg
True
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

_CUT = [
    re.compile(r"<\?xml[^>]*\?>\s*", re.S),
    re.compile(r"<!DOCTYPE[^>]*>\s*", re.S),
    re.compile(r"<metadata>.*?</metadata>\s*", re.S),
    re.compile(r'\s+xmlns(:\w+)?="[^"]*"'),
]


def _month(value: str) -> date:
    year, month = value.split("-")[:2]
    return date(int(year), int(month), 15)


def clean_svg(svg: str) -> str:
    """An SVG document made fit to inline in HTML: no declaration, DOCTYPE, metadata or
    namespace URLs.

    >>> clean_svg('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><g/></svg>')
    '<svg><g/></svg>'
    """
    for pattern in _CUT:
        svg = pattern.sub("", svg)
    return svg.strip()


def timeline_svg(
    months: Sequence[dict[str, Any]],
    series: Sequence[dict[str, Any]] | None = None,
    *,
    title: str = "",
    salt: str = "",
) -> str:
    """The monthly signed score (bars, -1..+1) and P(broken) (line, 0..1) of one pair.

    ``months``: rows with ``month`` (``YYYY-MM``), ``score`` (or None) and ``broken``
    (or None), as :func:`riftwatch.api.dyad` gives them; ``series`` (every month's
    ``broken``, the dyad's ``series``) draws the line when given. ``salt`` keeps the ids of
    several charts of one page apart.
    """
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    rows = [m for m in months if m.get("month")]
    with matplotlib.rc_context(
        {"svg.fonttype": "path", "svg.hashsalt": f"rw-{salt}", "font.size": 8}
    ):
        fig, ax = plt.subplots(figsize=(7.0, 2.4), dpi=100)
        try:
            xs = [_month(m["month"]) for m in rows]
            scores = [m.get("score") for m in rows]
            colors = ["#2b7a3d" if (s or 0) >= 0 else "#b03a2e" for s in scores]
            ax.bar(xs, [s or 0 for s in scores], width=25, color=colors, label="signed score")
            ax.set_ylim(-1.05, 1.05)
            ax.axhline(0, color="#777777", linewidth=0.6)
            ax.set_ylabel("score (-1 hostile .. +1 cooperative)")
            ax2 = ax.twinx()
            line = [m for m in (series if series is not None else rows) if m.get("month")]
            pts = [(_month(m["month"]), m["broken"]) for m in line if m.get("broken") is not None]
            if pts:
                ax2.plot([p[0] for p in pts], [p[1] for p in pts], color="#1f3b73",
                         linewidth=1.4, marker="o", markersize=2.5, label="P(broken)")  # fmt: skip
            ax2.set_ylim(0, 1.02)
            ax2.set_ylabel("P(broken)")
            ax2.axhline(0.5, color="#1f3b73", linewidth=0.5, linestyle=":")
            if title:
                ax.set_title(title)
            fig.autofmt_xdate()
            fig.tight_layout()
            buf = io.StringIO()
            fig.savefig(buf, format="svg", metadata={"Date": None})
        finally:
            plt.close(fig)
    return clean_svg(buf.getvalue())


__all__ = ["clean_svg", "timeline_svg"]
