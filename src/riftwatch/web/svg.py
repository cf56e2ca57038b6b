"""Charts of the workbench as server-rendered inline SVG: no script, no inline style.

Every colour, stroke and dash comes from classes in ``static/style.css`` (the page's
Content-Security-Policy allows no ``style`` attribute); every text (actor names, quotes,
months) is escaped. A chart's points are links to the month's evidence on the page
(``#m-YYYY-MM``), focusable with the keyboard, with a ``<title>`` read as their label.

>>> str(sparkline([0.5, None, -1.0], label='<b>"A"</b>')).count("<circle")
2
>>> "&lt;b&gt;" in str(sparkline([1.0], label="<b>"))
True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from markupsafe import Markup, escape

from riftwatch.analysis.scale import CHANNELS


def _f(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def channel_class(channel: str) -> str:
    """The CSS class of a channel's colour: ``ch-<index>`` (``ch-all`` for the overall).

    >>> channel_class("violence") == f"ch-{CHANNELS.index('violence')}"
    True
    """
    return f"ch-{CHANNELS.index(channel)}" if channel in CHANNELS else "ch-all"


def _month_num(label: str) -> int:
    return int(label[:4]) * 12 + int(label[5:7]) - 1


def sparkline(
    values: Sequence[float | None], *, label: str = "", width: int = 120, height: int = 28
) -> Markup:
    """A small trend of a signed balance (-1..+1) per month; None is a silent month.

    Runs of months with values are joined; each value is a dot, green above the zero
    line and red below (classes ``pos``/``neg``).
    """
    n = max(len(values), 1)
    pad = 3.0
    step = (width - 2 * pad) / max(n - 1, 1)

    def y(v: float) -> float:
        return pad + (1 - (max(-1.0, min(1.0, v)) + 1) / 2) * (height - 2 * pad)

    parts = [
        f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(label)}"><title>{escape(label)}</title>',
        f'<line class="zero" x1="0" x2="{width}" y1="{_f(y(0))}" y2="{_f(y(0))}"/>',
    ]
    run: list[str] = []
    for i, v in enumerate([*values, None]):
        if v is None:
            if len(run) > 1:
                parts.append(f'<polyline class="trend" points="{" ".join(run)}"/>')
            run = []
            continue
        x = pad + i * step
        run.append(f"{_f(x)},{_f(y(v))}")
        parts.append(
            f'<circle class="{"pos" if v >= 0 else "neg"}" cx="{_f(x)}" cy="{_f(y(v))}" r="1.8"/>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def timeline_chart(
    channels: dict[str, list[dict[str, Any]]],
    overall: list[dict[str, Any]],
    broken: list[dict[str, Any]],
    *,
    onset: dict[str, Any] | None = None,
    title: str = "",
    href: Callable[[str], str] = lambda month: f"#m-{month}",
    width: int = 900,
) -> Markup:
    """A relationship's timeline: per channel and overall the monthly signed score
    (-1 hostile .. +1 cooperative; each point a link to the month's evidence), and under
    it the probability that the relationship is broken (0..1), with the onset interval.

    ``channels``: channel -> rows with ``month`` and ``score`` (:func:`riftwatch.api.dyad`'s
    ``channels``); ``overall``: the months with ``score``, ``claims``; ``broken``: rows with
    ``month`` and ``broken``; ``onset``: ``{"onset", "low", "high"}`` month labels.
    """
    months = [r["month"] for r in overall] + [r["month"] for r in broken if r.get("month")]
    for rows in channels.values():
        months += [r["month"] for r in rows]
    if not months:
        return Markup(
            f'<svg class="chart" viewBox="0 0 {width} 60" role="img" aria-label="no data">'
            f'<text class="axis" x="10" y="30">no claims between these actors</text></svg>'
        )
    lo, hi = min(map(_month_num, months)), max(map(_month_num, months))
    if hi == lo:
        lo, hi = lo - 1, hi + 1
    left, right = 56.0, width - 16.0
    top, mid = 18.0, 210.0
    p_top, p_bottom = 240.0, 310.0
    height = 340

    def x(month: str) -> float:
        return left + (_month_num(month) - lo) / (hi - lo) * (right - left)

    def ys(v: float) -> float:
        return top + (1 - (max(-1.0, min(1.0, v)) + 1) / 2) * (mid - top)

    def yp(v: float) -> float:
        return p_bottom - max(0.0, min(1.0, v)) * (p_bottom - p_top)

    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    # grid and axes
    for v, name in ((1.0, "+1 cooperative"), (0.0, "0"), (-1.0, "-1 hostile")):
        out.append(f'<line class="grid{" zero" if v == 0 else ""}" x1="{left}" x2="{right}" '
                   f'y1="{_f(ys(v))}" y2="{_f(ys(v))}"/>')  # fmt: skip
        out.append(f'<text class="axis" x="{left - 4}" y="{_f(ys(v) + 3)}" '
                   f'text-anchor="end">{escape(name.split()[0])}</text>')  # fmt: skip
    for v in (0.0, 0.5, 1.0):
        out.append(f'<line class="grid" x1="{left}" x2="{right}" y1="{_f(yp(v))}" '
                   f'y2="{_f(yp(v))}"/>')  # fmt: skip
        out.append(f'<text class="axis" x="{left - 4}" y="{_f(yp(v) + 3)}" '
                   f'text-anchor="end">{_f(v)}</text>')  # fmt: skip
    out.append(f'<text class="axis" x="{left}" y="{_f(top - 6)}">signed score per month</text>')
    out.append(f'<text class="axis" x="{left}" y="{_f(p_top - 8)}">P(broken)</text>')
    years = range(lo // 12 + (1 if lo % 12 else 0), hi // 12 + 1)
    step = max(1, len(years) // 12 + (1 if len(years) % 12 else 0))
    for year in list(years)[::step]:
        xx = x(f"{year:04d}-01")
        out.append(f'<line class="tick" x1="{_f(xx)}" x2="{_f(xx)}" y1="{mid}" '
                   f'y2="{p_bottom}"/>')  # fmt: skip
        out.append(f'<text class="axis" x="{_f(xx)}" y="{p_bottom + 16}" '
                   f'text-anchor="middle">{year}</text>')  # fmt: skip
    # onset interval
    if onset and onset.get("low") and onset.get("high"):
        x0, x1 = x(onset["low"]), x(onset["high"])
        out.append(f'<rect class="onset-band" x="{_f(x0)}" y="{top}" '
                   f'width="{_f(max(x1 - x0, 2))}" height="{_f(p_bottom - top)}">'
                   f'<title>onset interval {escape(onset["low"])} .. '
                   f'{escape(onset["high"])}</title></rect>')  # fmt: skip
    if onset and onset.get("onset"):
        xo = x(onset["onset"])
        out.append(f'<line class="onset" x1="{_f(xo)}" x2="{_f(xo)}" y1="{top}" '
                   f'y2="{p_bottom}"/>')  # fmt: skip
    # P(broken)
    pts = [f"{_f(x(r['month']))},{_f(yp(r['broken']))}" for r in broken
           if r.get("month") and r.get("broken") is not None]  # fmt: skip
    if pts:
        out.append(f'<polyline class="broken" points="{" ".join(pts)}"/>')
    # series: each channel, then the overall on top (a dark centre in the channel's ring)
    layers = [*sorted(channels.items()), ("all", overall)]
    for channel, rows in layers:
        cls = channel_class(channel) if channel != "all" else "ch-all"
        rows = [r for r in rows if r.get("score") is not None]
        if not rows:
            continue
        line = " ".join(f"{_f(x(r['month']))},{_f(ys(r['score']))}" for r in rows)
        out.append(f'<g class="series {cls}" data-channel="{escape(channel)}">')
        if len(rows) > 1:
            out.append(f'<polyline class="line" points="{line}"/>')
        for r in rows:
            month = r["month"]
            what = "all channels" if channel == "all" else channel
            tip = f"{month} {what}: score {r['score']:+.2f}, {r.get('claims', 0)} claim(s)"
            out.append(
                f'<a class="point" href="{escape(href(month))}" data-month="{escape(month)}" '
                f'aria-label="{escape(tip)}"><circle cx="{_f(x(month))}" '
                f'cy="{_f(ys(r["score"]))}" r="{3.2 if channel == "all" else 5.5}"/>'
                f"<title>{escape(tip)}</title></a>"
            )
        out.append("</g>")
    out.append("</svg>")
    return Markup("".join(out))


def network_svg(
    nodes: Sequence[dict[str, Any]],
    edges: Sequence[dict[str, Any]],
    *,
    node_href: Callable[[str], str],
    edge_href: Callable[[str, str], str],
    width: int = 960,
    height: int = 640,
) -> Markup:
    """The signed network: cooperation edges solid green, conflict edges dashed red, width
    by evidence (claims); nodes sized by claims, each a link to its actor page, each edge a
    link to the relationship page."""
    if not nodes:
        return Markup(
            f'<svg class="network" viewBox="0 0 {width} 80" role="img" aria-label="empty">'
            '<text class="axis" x="10" y="40">no relationships in this window</text></svg>'
        )
    pad = 60.0
    pos = {
        n["id"]: (pad + n["x"] * (width - 2 * pad), pad + n["y"] * (height - 2 * pad))
        for n in nodes
    }
    most = max((e["claims"] for e in edges), default=1) or 1
    out = [
        f'<svg class="network" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="signed network of {len(nodes)} actors and {len(edges)} relationships">'
    ]
    for e in edges:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        level = 1 + round(4 * e["claims"] / most)
        kind = "coop" if e["sign"] > 0 else "conflict"
        tip = (f"{e['source']} / {e['target']}: {kind}, {e['claims']} claim(s), "
               f"{e['first']} .. {e['last']}")  # fmt: skip
        out.append(
            f'<a class="edge" href="{escape(edge_href(e["source"], e["target"]))}" '
            f'aria-label="{escape(tip)}"><line class="edge {kind} w{level}" x1="{_f(x1)}" '
            f'y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}"/><title>{escape(tip)}</title></a>'
        )
    most_n = max((n["claims"] for n in nodes), default=1) or 1
    for n in nodes:
        x, y = pos[n["id"]]
        r = 5 + 9 * (n["claims"] / most_n) ** 0.5
        name = n["name"] if len(n["name"]) <= 32 else n["name"][:31] + "…"
        out.append(
            f'<a class="node kind-{escape(n["kind"])}" href="{escape(node_href(n["id"]))}" '
            f'aria-label="{escape(n["name"])}"><circle cx="{_f(x)}" cy="{_f(y)}" '
            f'r="{_f(r)}"/><text x="{_f(x)}" y="{_f(y - r - 3)}" text-anchor="middle">'
            f"{escape(name)}</text><title>{escape(n['name'])} ({escape(n['id'])}): "
            f"{n['claims']} claim(s)</title></a>"
        )
    out.append("</svg>")
    return Markup("".join(out))


__all__ = ["channel_class", "network_svg", "sparkline", "timeline_chart"]
