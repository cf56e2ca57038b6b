"""Briefings: a self-contained assessment of chosen relationships or of the whole field.

:func:`render` builds the data (:mod:`riftwatch.report.build`, from :mod:`riftwatch.api`
only) and renders ``templates/briefing.html.j2`` with autoescaping on: every document
text, title, source name and quote is escaped (hostile text is data). The page has
inline CSS, no scripts and no network references; charts are inline SVG
(:mod:`riftwatch.report.charts`). PDF is not built yet (RW621).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from riftwatch.errors import ReportError

FORMATS = ("html", "pdf")


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("riftwatch.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(data: dict[str, Any]) -> str:
    """The HTML page of briefing ``data`` (:func:`riftwatch.report.build.briefing_data`)."""
    from riftwatch import __version__

    return _environment().get_template("briefing.html.j2").render(d=data, version=__version__)


def check_format(fmt: str) -> str:
    """``fmt`` if a briefing can be made in it: RW622 unknown, RW621 PDF (not built yet).

    >>> check_format("html")
    'html'
    >>> check_format("docx")
    Traceback (most recent call last):
    ...
    riftwatch.errors.ReportError: RW622 invalid report format 'docx': use html (or pdf)
    """
    if fmt not in FORMATS:
        raise ReportError("RW622", value=fmt)
    if fmt == "pdf":
        raise ReportError("RW621")
    return fmt


def render(
    store: Any,
    *,
    fmt: str = "html",
    pairs: Sequence[str] | None = None,
    as_of: str | None = None,
) -> str:
    """The briefing of an open store as ``fmt`` (see :func:`riftwatch.api.report`)."""
    from riftwatch.report.build import briefing_data

    check_format(fmt)
    return render_html(briefing_data(store, pairs=pairs, as_of=as_of))


__all__ = ["FORMATS", "check_format", "render", "render_html"]
