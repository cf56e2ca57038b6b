"""Briefings: a self-contained assessment of chosen relationships or of the whole field.

:func:`render` builds the data (:mod:`riftwatch.report.build`, from :mod:`riftwatch.api`
only) and renders ``templates/briefing.html.j2`` with autoescaping on: every document
text, title, source name and quote is escaped (hostile text is data). The page has
inline CSS, no scripts and no network references; charts are inline SVG
(:mod:`riftwatch.report.charts`). The PDF is the same page laid out by WeasyPrint (the
``pdf`` extra), which is refused every URL: nothing is fetched while it renders.
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
    """``fmt`` if a briefing can be made in it: RW622 unknown format.

    >>> check_format("html")
    'html'
    >>> check_format("docx")
    Traceback (most recent call last):
    ...
    riftwatch.errors.ReportError: RW622 invalid report format 'docx': use html or pdf
    """
    if fmt not in FORMATS:
        raise ReportError("RW622", value=fmt)
    return fmt


def _weasyprint() -> Any:
    """The WeasyPrint module, or RW621 when it (or the pango library) is missing."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:
        raise ReportError("RW621", detail=f"{type(exc).__name__}: {exc}") from exc
    return weasyprint


def html_to_pdf(page: str) -> bytes:
    """The PDF of an HTML briefing; every URL is refused, so nothing is fetched."""
    weasyprint = _weasyprint()
    from weasyprint.urls import URLFetcher

    return weasyprint.HTML(string=page, url_fetcher=URLFetcher(allowed_protocols=())).write_pdf()


def render(
    store: Any,
    *,
    fmt: str = "html",
    pairs: Sequence[str] | None = None,
    as_of: str | None = None,
    store_questions: bool = True,
    analyst: str | None = None,
) -> str | bytes:
    """The briefing of an open store as ``fmt`` (see :func:`riftwatch.api.report`)."""
    from riftwatch.report.build import briefing_data

    check_format(fmt)
    if fmt == "pdf":
        _weasyprint()  # RW621 before the work, when PDF cannot be made here
    page = render_html(briefing_data(store, pairs=pairs, as_of=as_of,
                                     store_questions=store_questions, analyst=analyst))  # fmt: skip
    return html_to_pdf(page) if fmt == "pdf" else page


__all__ = ["FORMATS", "check_format", "html_to_pdf", "render", "render_html"]
