"""HTML and XHTML pages: the main text, via trafilatura, plus page metadata.

The page is parsed once with lxml; scripts, styles, ``<noscript>``,
``<template>``, frames, embedded objects, comments, processing instructions
and ``on*`` event-handler attributes are removed *before* any text is taken,
so none of them can reach the stored text. trafilatura then picks the main
text (dropping navigation and boilerplate); when it finds nothing, the text of
the cleaned ``<body>`` is used instead.

Hostile pages: a file declaring XML entities is refused (RW114); libxml2 caps
the nesting depth, so a page of a million nested ``<div>`` costs nothing; the
charset declared in the page is only believed when the bytes are not UTF-8.

Other readers use :func:`html_to_text` (e-mail bodies) and
:func:`fragment_to_text` (feed summaries).

>>> fragment_to_text('<p>One <b>two</b></p><script>alert(1)</script><p>three</p>')
'One two\\n\\nthree'
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from riftwatch.errors import IngestError
from riftwatch.ingest.encoding import (
    bom_encoding,
    declares_entities,
    decode_bytes,
    guess_wide_encoding,
)
from riftwatch.ingest.readers.base import ReadOptions, register
from riftwatch.ingest.readers.jsonl import iso_date
from riftwatch.model import RawDocument

if TYPE_CHECKING:
    from lxml.html import HtmlElement

REMOVED_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "canvas",
)
"""Elements dropped with everything inside them before text is taken."""

VOID_TAGS = ("embed", "source", "track", "wbr", "keygen")
"""HTML5 elements without content that lxml's parser may read as holding what follows them
(walk56: a page's text after an ``<embed>`` was dropped with it); see :func:`clean_tree`."""

BLOCK_TAGS = (
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tr",
    "ul",
)
"""Elements whose text stands apart (a paragraph break around it)."""

PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "citation_publication_date",
)
"""``<meta name|property=...>`` holding the publication date, best first: the page's own
statement of when it was published (``date_origin`` ``metadata:html``), ranked with a
record's date field, above a date in the text."""

HINT_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")
"""Weaker page dates (modification times), used like ``<time datetime>`` and
trafilatura's guess: below a date in the text (``metadata:html-hint``)."""

SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")

_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])",
    re.I | re.S,
)
_PAGE_TAG = re.compile(rb"<(?:html|head|body)[\s>]", re.I)
_FRAGMENT_TAG = re.compile(
    rb"</(?:p|div|span|a|li|td|h[1-6]|table|section|article)>|<br\s*/?>", re.I
)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(
    rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)"""
)
_XML_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")
_WHITESPACE = re.compile(r"\s+")
_LIST_MARKER = re.compile(r"^- (?=\S)", re.M)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
_LATIN1_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"}


def _ascii_head(head: bytes) -> bytes:
    """The head with UTF-16/UTF-32 turned into bytes a regex can read."""
    codec = bom_encoding(head) or guess_wide_encoding(head)
    if codec and codec != "utf-8-sig":
        return head.decode(codec, errors="ignore").encode("utf-8", errors="ignore")
    return head


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode a page: the user's encoding, a BOM, valid UTF-8, then the page's own charset.

    A page declaring ISO-8859-1 or ASCII is read as cp1252, as browsers do.
    """
    if declared or bom_encoding(data):
        return decode_bytes(data, declared)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""), "utf-8"
    head = data[:4096]
    found = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    charset = found.group(1).decode("ascii").lower() if found else None
    if charset in _LATIN1_ALIASES:
        charset = "cp1252"
    return decode_bytes(data, charset)


def _parse(markup: str) -> HtmlElement | None:
    """Parse a page with lxml; ``None`` when there is nothing to parse."""
    from lxml import etree
    from lxml.html import HTMLParser, document_fromstring

    markup = _XML_DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        return None
    parser = HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=True
    )
    try:
        return document_fromstring(markup, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def clean_tree(tree: HtmlElement) -> HtmlElement:
    """Remove scripts, styles and the like, comments and ``on*`` attributes, in place."""
    from lxml import etree

    # lxml's HTML 4 parser reads an HTML5 void element (``<embed src=...>``) as a container
    # reaching to its parent's end: unwrapped first, so dropping it keeps what follows it
    for void in [e for e in tree.iter(*VOID_TAGS) if len(e) or (e.text or "").strip()]:
        void.drop_tag()
    etree.strip_elements(tree, *REMOVED_TAGS, with_tail=False)
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    for element in tree.iter():
        attributes = element.attrib
        for name in [key for key in attributes if key.lower().startswith("on")]:
            del attributes[name]
    return tree


def _tidy(text: str) -> str:
    """Collapse runs of spaces and blank lines."""
    text = _SPACES.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def tree_text(element: HtmlElement) -> str:
    """The text of an element, laid out as a browser would, with paragraph breaks.

    Whitespace inside text collapses to single spaces (except in ``<pre>``);
    block elements are set apart by blank lines, ``<br>`` ends a line and
    table cells are separated by tabs. Works on a copy; the element is not
    changed.
    """
    element = copy.deepcopy(element)
    preformatted: set[Any] = set()
    for pre in element.iter("pre"):
        preformatted.update(pre.iter())
    for node in element.iter():
        if node in preformatted:
            continue
        if node.text:
            node.text = _WHITESPACE.sub(" ", node.text)
        if node.tail and node.getparent() not in preformatted:
            node.tail = _WHITESPACE.sub(" ", node.tail)
    for block in element.iter(*BLOCK_TAGS):
        block.text = "\n\n" + (block.text or "")
        block.tail = "\n\n" + (block.tail or "")
    for cell in element.iter("td", "th"):
        cell.tail = "\t" + (cell.tail or "")
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return _tidy(element.text_content())


def _body_text(tree: HtmlElement) -> str:
    """Fallback text: the whole cleaned ``<body>`` (or document)."""
    bodies = tree.xpath("//body")
    return tree_text(bodies[0] if bodies else tree)


def _trafilatura(tree: HtmlElement, with_metadata: bool) -> Any:
    """trafilatura's extraction of a cleaned tree, or ``None`` when it fails."""
    try:
        import trafilatura

        return trafilatura.bare_extraction(
            copy.deepcopy(tree),
            with_metadata=with_metadata,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            output_format="python",
            # a date only from the page's markup: the extensive search guesses one from
            # the body text (any date a sentence mentions), which is not the page's date
            date_extraction_params={"extensive_search": False},
        )
    except (Exception, RecursionError):  # a third-party parser on hostile input
        return None


def _meta_content(tree: HtmlElement, names: tuple[str, ...]) -> str | None:
    """The first non-empty ``<meta>`` content among ``names`` (name, property or itemprop)."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (
            (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        )
        content = (meta.get("content") or "").strip()
        if key in names and content and key not in found:
            found[key] = content
    for name in names:
        if name in found:
            return found[name]
    return None


def _page_metadata(tree: HtmlElement) -> dict[str, str | None]:
    """Title, date, URL and site name from the page's own markup."""
    title = _meta_content(tree, ("og:title", "twitter:title", "dc.title"))
    if not title:
        titles = tree.xpath("//title")
        title = _tidy(titles[0].text_content()) if titles else None
    if not title:
        headings = tree.xpath("//h1")
        title = _tidy(headings[0].text_content()) if headings else None
    published = _meta_content(tree, PUBLISHED_META)
    origin = "metadata:html"
    if not published:
        origin = "metadata:html-hint"
        published = _meta_content(tree, HINT_META)
    if not published:
        times = tree.xpath("//time[@datetime]")
        published = times[0].get("datetime") if times else None
    published = iso_date(published) if published else None
    url = None
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            url = link.get("href").strip()
            break
    url = url or _meta_content(tree, ("og:url",))
    return {
        "title": title or None,
        "published": published,
        "date_origin": origin if published else None,
        "url": url,
        "source": _meta_content(tree, SITE_META),
        "author": _meta_content(tree, ("author", "article:author", "dc.creator")),
    }


def extract(markup: str, with_metadata: bool = True) -> tuple[str, dict[str, str | None]]:
    """Main text and metadata of a page given as a string.

    Returns ``("", {...})`` when the page has no text.
    """
    tree = _parse(markup)
    if tree is None:
        return "", {}
    clean_tree(tree)
    meta = _page_metadata(tree) if with_metadata else {}
    result = _trafilatura(tree, with_metadata)
    text = _tidy(result.text or "") if result is not None else ""
    # trafilatura ends each block (paragraph, heading, list item) with one newline, and
    # starts a list item with "- ": each block becomes a paragraph, without the marker
    text = text.replace("\n\n", "\n").replace("\n", "\n\n")
    text = _LIST_MARKER.sub("", text)
    meta["extractor"] = "trafilatura"
    if not text:
        text = _body_text(tree)
        meta["extractor"] = "lxml"
    page_title = meta.get("title")
    if with_metadata and result is not None:
        # trafilatura's title drops "| Site name" tails; the page's own is the fallback
        meta["title"] = result.title or meta.get("title") or None
        if not meta.get("published") and iso_date(result.date):
            meta["published"] = iso_date(result.date)
            meta["date_origin"] = "metadata:html-hint"
        meta["url"] = meta.get("url") or result.url or None
        meta["source"] = meta.get("source") or result.sitename or None
        meta["author"] = meta.get("author") or result.author or None
    if with_metadata and not meta.get("published") and meta.get("title"):
        # "Statement of the movement, December 2010": a title that ends with a date
        # states the page's date as a dateline would (a date inside it is no statement)
        from riftwatch.dates import find_text_date

        # (the page's <title> too, when the shown title is a heading without the date)
        for title in dict.fromkeys(t for t in (meta["title"], page_title) if t):
            stated = find_text_date(str(title))
            if stated is not None and stated.kind == "dateline":
                meta["published"] = stated.value
                meta["date_origin"] = "metadata:html-hint"
                break
    return text, meta


def html_to_text(markup: str) -> str:
    """The main text of an HTML document (trafilatura, else the body text)."""
    return extract(markup, with_metadata=False)[0]


def fragment_to_text(markup: str) -> str:
    """The text of an HTML fragment (a feed summary), without main-text guessing."""
    if "<" not in markup and "&" not in markup:
        return _tidy(markup)
    tree = _parse(f"<html><body><div>{markup}</div></body></html>")
    if tree is None:
        return _tidy(markup)
    return _body_text(clean_tree(tree))


class HtmlReader:
    """HTML/XHTML pages, one document each."""

    name = "html.v1"
    extensions = (".html", ".htm", ".xhtml", ".xht", ".shtml")

    def sniff(self, head: bytes, path: Path) -> float:
        """Sure for ``<!doctype html>`` or ``<html>``; less for pages and fragments."""
        head = _ascii_head(head)
        if _START.match(head):
            return 0.95
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        if start == b"<" and _PAGE_TAG.search(head):
            return 0.8
        if start == b"<" and _FRAGMENT_TAG.search(head):
            return 0.5
        if start == b"<" and path.suffix.lower() in (".html", ".htm", ".xhtml"):
            # a page named as one whose head holds only opening tags (walk55: thousands of
            # nested <div>s had been read as text, markup and all)
            return 0.5
        if _PAGE_TAG.search(head) and b"</" in head:
            return 0.3
        return 0.0

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawDocument | IngestError]:
        """Yield the page's main text with its title, date, URL and site name."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IngestError("RW101", path=str(path), detail=exc.strerror or str(exc)) from exc
        if not data:
            raise IngestError("RW102", path=str(path))
        if declares_entities(data):
            raise IngestError("RW114", path=str(path))
        try:
            markup, encoding = decode_html(data, options.encoding)
        except IngestError as exc:
            raise IngestError("RW116", path=str(path), **exc.params) from None
        del data
        text, meta = extract(markup)
        if not text:
            raise IngestError("RW119", path=str(path))
        extra = {"format": "html", "encoding": encoding, "extractor": meta.get("extractor")}
        if meta.get("author"):
            extra["author"] = meta["author"]
        yield RawDocument(
            text=text,
            title=meta.get("title") or path.stem,
            url=meta.get("url"),
            published=meta.get("published"),
            date_origin=meta.get("date_origin"),
            # the site's name, else the page's author (a byline outlet: "Sahel Observer")
            source=meta.get("source") or meta.get("author"),
            meta=extra,
        )


READER = register(HtmlReader())

__all__ = [
    "READER",
    "HtmlReader",
    "clean_tree",
    "decode_html",
    "extract",
    "fragment_to_text",
    "html_to_text",
    "tree_text",
]
