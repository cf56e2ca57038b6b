"""The workbench's SVG charts: links per point, classes instead of styles, escaped text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from riftwatch.web.svg import channel_class, network_svg, sparkline, timeline_chart

EVIL = '<script>alert(1)</script>" onmouseover="x'


def test_timeline_chart_points_link_to_their_months_and_parse_as_xml() -> None:
    overall = [{"month": "2015-01", "score": 0.8, "claims": 2},
               {"month": "2017-11", "score": -1.0, "claims": 1}]  # fmt: skip
    channels = {"violence": [{"month": "2017-11", "score": -1.0, "claims": 1}]}
    broken = [{"month": "2015-01", "broken": 0.0}, {"month": "2017-11", "broken": 0.97}]
    onset = {"onset": "2017-03", "low": "2016-02", "high": "2017-03"}
    svg = str(timeline_chart(channels, overall, broken, title=EVIL, onset=onset))
    ET.fromstring(svg)  # well-formed: every text escaped
    assert re.findall(r'href="(#m-[\d-]+)"', svg) == ["#m-2017-11", "#m-2015-01", "#m-2017-11"]
    assert f'class="series {channel_class("violence")}"' in svg
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "style=" not in svg and 'class="onset-band"' in svg and 'class="broken"' in svg
    assert "no claims" in str(timeline_chart({}, [], []))


def test_network_svg_signs_weights_and_escapes() -> None:
    nodes = [
        {"id": "open:x", "name": EVIL, "kind": "open", "claims": 3, "x": 0.0, "y": 0.5},
        {"id": "org:b", "name": "B", "kind": "organization", "claims": 9, "x": 1.0, "y": 0.5},
    ]
    edges = [{"source": "open:x", "target": "org:b", "sign": -1, "claims": 3, "coop": 0.0,
              "hostile": 2.0, "first": "2017-01", "last": "2017-05"}]  # fmt: skip
    svg = str(network_svg(nodes, edges, node_href=lambda i: f"/actors/{i}",
                          edge_href=lambda a, b: f"/relationships/{a}/{b}"))  # fmt: skip
    ET.fromstring(svg)
    assert 'class="edge conflict w5"' in svg and 'href="/relationships/open:x/org:b"' in svg
    assert 'href="/actors/org:b"' in svg and "<script>" not in svg and "style=" not in svg


def test_sparkline_gaps_break_the_line() -> None:
    svg = str(sparkline([0.5, 0.4, None, -1.0, -0.8], label=EVIL))
    ET.fromstring(svg)
    assert svg.count("<polyline") == 2 and svg.count('class="neg"') == 2
    assert "<script>" not in svg
