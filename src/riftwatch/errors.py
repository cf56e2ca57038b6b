"""One exception tree for riftwatch, with numbered codes.

Every error a user can see carries a stable code (``RW`` + three digits) so that
it can be looked up in ``docs/errors.md``, grepped in logs and matched in tests::

    RiftwatchError                 RW000  base class, never raised directly
    ├── ConfigError                RW0xx  settings, grading tables, command options
    ├── IngestError                RW1xx  reading, decoding and storing documents
    ├── NLPError                   RW2xx  segmentation, parsing, coding (later issues)
    ├── StoreError                 RW3xx  database URL, migrations, queries
    ├── (ActorError, a ConfigError) RW4xx  actor knowledge base and curation
    ├── AnalysisError              RW50x  timelines, rifts (RW500-RW519)
    ├── JudgementError             RW52x  judgements of events, claims (RW520-RW539),
    │                              RW54x  ACH questions, ratings, wedges (RW540-RW559)
    ├── WebError                   RW6xx  the web application (RW600-RW619)
    ├── ReportError                RW62x  briefings (RW620-RW629)
    ├── WatchError                 RW70x  watchlists, watch sources, alerts (RW700-RW719)
    └── ExportError                RW72x  exports and imports (RW720-RW739)

The messages themselves live in :data:`MESSAGES`, one table, so that the docs
and the code cannot drift apart.

>>> err = IngestError("RW104", path="notes.pdf")
>>> err.code
'RW104'
>>> str(err)
'RW104 notes.pdf: the PDF has no text layer (a scanned image?); OCR it first'
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # configuration
    "RW001": "invalid setting {name}: {detail}",
    "RW002": "invalid source reliability {value!r}: use one of A, B, C, D, E, F",
    "RW003": "invalid information credibility {value!r}: use one of 1, 2, 3, 4, 5, 6",
    "RW004": "invalid source type {value!r}: use one of {choices}",
    "RW005": "invalid grading file: {detail}",
    "RW006": "invalid column mapping {value!r}: use FIELD=COLUMN pairs, e.g. text=body",
    "RW007": "invalid value {value!r} for {name}: {detail}",
    # ingest
    "RW100": "path does not exist",
    "RW101": "cannot read the file: {detail}",
    "RW102": "the file is empty",
    "RW103": "the PDF is damaged or not a PDF: {detail}",
    "RW104": "the PDF has no text layer (a scanned image?); OCR it first",
    "RW105": "line {line}: not valid JSON: {detail}",
    "RW106": "line {line}: field {field!r} {detail}",
    "RW107": "row {line}: {detail}",
    "RW108": "the CSV file has no column for {field!r} (columns: {columns}); map one with "
    "--columns {field}=COLUMN",
    "RW109": "binary data of no supported format (PDF, DOCX, HTML, text, e-mail, JSON Lines, "
    "CSV, RSS/Atom)",
    "RW110": "the DOCX file is damaged: {detail}",
    "RW111": "the document has no text after extraction",
    "RW112": "the feed could not be parsed: {detail}",
    "RW113": "the e-mail could not be parsed: {detail}",
    "RW114": "refused: the XML declares entities (possible entity-expansion bomb)",
    "RW115": "symbolic link loop",
    "RW116": "the text could not be decoded: {detail}",
    "RW117": "the file could not be stored: {detail}",
    "RW118": "invalid metadata in sidecar {sidecar}: {detail}",
    "RW119": "the HTML page has no main text",
    "RW120": "line {line}: no field {column!r} for {field!r} (fields: {columns}); map one with "
    "--columns {field}=FIELD",
    "RW122": "invalid front matter: field {field!r} {detail}",
    "RW121": "the column mapping names {column!r} for {field!r}, which the file does not have "
    "(columns: {columns})",
    "RW130": "none of the first {count} records has {wanted} (fields: {columns}); map one "
    "with --columns text=FIELD",
    "RW131": "refusing to delete {count} documents without confirmation: standard input is "
    "not a terminal; add --yes (or look first with --dry-run)",
    "RW132": "interrupted by {signal}: {detail}",
    "RW190": "unexpected error while reading ({kind}): {detail}",
    # nlp
    "RW200": "segmentation failed: {detail}",
    "RW201": "invalid lexicon file: {detail}",
    "RW202": "the spaCy pipeline {name!r} is not installed: {detail}",
    "RW203": "line {line}: {detail}",
    "RW204": "interrupted by {signal}: {detail}",
    # store
    "RW300": "cannot open the store {url}: {detail}",
    "RW301": "the store {url} needs a migration the installed riftwatch cannot make: {detail}",
    "RW302": "no document with id {id}",
    "RW303": "no source named {name!r}: {detail}",
    "RW304": "invalid search query {query!r}: {detail}",
    "RW305": "no store at {url}: read commands do not create one; run `riftwatch init` or "
    "`riftwatch ingest` first, or check --db",
    "RW306": "unsupported store URL {url!r}: use a SQLite path, a sqlite:/// URL or a "
    "postgresql:// URL",
    "RW307": "no event with id {id}",
    "RW308": "no ingest run with id {id}",
    "RW309": "nothing to delete: {detail}",
    # actors (raised as riftwatch.actors.errors.ActorError)
    "RW400": "invalid actor knowledge base: {detail}",
    "RW401": "no actor with id {id}",
    "RW402": "invalid actor id {id!r}: use PREFIX:slug (lower-case letters, digits, hyphens) "
    "with a prefix of {prefixes}",
    "RW403": "invalid {what} {value!r}: {detail}",
    "RW404": "{a} and {b} were judged not the same (judgement {judgement}); undo that "
    "judgement first",
    "RW405": "no judgement with id {id}",
    "RW406": "judgement {id} was already undone",
    "RW407": "an actor with id {id} already exists",
    "RW408": "cannot merge {id} with itself",
    # web application (riftwatch serve)
    "RW600": "invalid request parameter {name!r}: {detail}",
    "RW601": "the upload is too large: more than {limit} MB (the limit of this server; "
    "start it with a larger --max-upload-mb, or ingest big files with `riftwatch ingest`)",
    "RW602": "nothing to ingest: {detail}",
    "RW603": "refusing to serve on {host}: it is not a loopback address and local mode has no "
    "login; anyone who can reach the port could read and add documents. Serve it in server "
    "mode (--server, with users: `riftwatch users add`), or add --allow-remote to do it anyway",
    "RW604": "the form is stale or came from another site (missing or wrong form token); "
    "reload the page and submit it again",
    "RW605": "no page at {url}",
    "RW606": "log in first: {detail}",
    "RW607": "wrong user name or password (or the user is disabled)",
    "RW608": "not allowed: {what} needs the {needed} role, and {user} is {role}",
    "RW609": "missing or wrong CSRF token: send the X-CSRF-Token header with the token of "
    "your session (GET /api/session), or use an API token (Authorization: Bearer ...)",
    "RW610": "refused a cross-site request ({detail}): changes are only accepted from this "
    "site's own pages",
    "RW611": "invalid {what} {value!r}: {detail}",
    "RW612": "no user named {name!r} (see `riftwatch users list`)",
    "RW613": "a user named {name!r} already exists",
    "RW614": "no active API token with id {id} (see `riftwatch tokens list`)",
    # briefings (riftwatch report): RW620-RW629
    "RW620": "invalid pair {value!r}: use two actor names or ids separated by a slash, "
    'e.g. --pair "Al Qaeda/Haqqani network"',
    "RW621": "a PDF briefing needs WeasyPrint and the pango library ({detail}); install "
    "riftwatch[pdf] (and Debian's libpango-1.0-0), or use --format html",
    "RW622": "invalid report format {value!r}: use html or pdf",
    "RW623": "cannot write the briefing: {detail}",
    # analysis (rifts, timelines)
    "RW500": "no actor matches {name!r} in the claims or the knowledge base{detail}",
    "RW501": "{a!r} and {b!r} are the same organisation ({id}); name two different actors",
    "RW502": "invalid {name} {value!r}: {detail}",
    "RW503": "claims must be a JSON Lines path or a list of Claim objects, not {kind}",
    # structured judgement (ACH, wedges): RW540-RW559
    "RW540": "invalid ACH rules file: {detail}",
    "RW541": "invalid as-of date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD",
    "RW542": "give two actors with --pair A --pair B (got {count})",
    "RW543": "invalid rating {value!r}: use one of CC, C, N, I, II",
    "RW544": "no ACH question with id {id}",
    "RW545": "no evidence item {item!r} in question {question}",
    "RW546": "no hypothesis {hypothesis!r} in question {question}",
    "RW547": "invalid hypothesis id {value!r}: use lower-case letters, digits and underscores",
    "RW548": "hypothesis {hypothesis!r} already exists in question {question}",
    "RW549": "an analyst name is required (--analyst)",
    "RW550": "the store has no ACH tables: run `riftwatch --db URL migrate`",
    "RW551": "{what} must not be empty",
    "RW552": "the two actors are the same ({name}): give two different actors",
    # analysts' judgements of events (raised as JudgementError)
    "RW520": "no event with id {id}: see `riftwatch events list` for the ids",
    "RW521": "invalid verdict {value!r}: use one of accept, reject, correct",
    "RW522": "a correction needs the fields it changes: give --set FIELD=VALUE (fields: {fields})",
    "RW523": "unknown field {field!r} to change: use one of {fields}",
    "RW524": "invalid value {value!r} for field {field!r}: {detail}",
    "RW525": "only a correction changes fields: use --correct with --set, not --{verdict}",
    "RW526": "invalid credibility {value!r}: use a whole number from 1 to 6 (or 'clear')",
    "RW527": "a credibility override needs a reason: give --reason TEXT",
    "RW528": "invalid analyst name {value!r}: {detail}",
    "RW529": "invalid change {value!r}: use FIELD=VALUE, e.g. event_type=SUPPORT",
    # watchlists, watch sources and alerts (riftwatch watch): RW700-RW719
    "RW700": "invalid threshold {value!r}: use a probability strictly between 0 and 1, e.g. 0.6",
    "RW701": "the feed {location} could not be fetched: {detail}",
    "RW702": "the feed {location} is not a readable RSS/Atom feed: {detail}",
    "RW703": "invalid feed location {value!r}: use an http:// or https:// URL or the path "
    "of a local feed file",
    "RW704": "the folder {location} cannot be watched: {detail}",
    "RW705": "{who} does not follow {what}",
    "RW706": "no watch source with id {id}: see `riftwatch watch sources`",
    "RW707": "no alert with id {id}: see `riftwatch alerts`",
    "RW708": "e-mail delivery failed ({server}): {detail}",
    "RW709": "webhook delivery failed ({url}): {detail}",
    "RW710": "e-mail alerts need an SMTP server: set {names}",
    "RW711": "webhook alerts need a URL: set RIFTWATCH_WEBHOOK_URL or follow with --webhook URL",
    "RW712": "invalid alert channel {value!r}: use one or more of ui, webhook, email",
    "RW713": "invalid interval {value!r}: use a number of seconds of at least 1",
    "RW714": "invalid {what} {value!r}: use an http:// or https:// URL",
    "RW715": "follow an actor or a pair: {detail}",
    "RW716": "alert {id} was already acknowledged by {who} at {at}",
    "RW717": "invalid e-mail address {value!r} in {name}",
    # exports and imports (riftwatch export / import): RW720-RW739
    "RW720": "unknown export {kind!r}: use one of {choices}",
    "RW721": "{kind} cannot be exported as {value!r}: use one of {choices}",
    "RW722": "cannot write the export: {detail}",
    "RW723": "cannot read the import file: {detail}",
    "RW724": "unsupported import file {value!r}: use a .csv, .json or .jsonl file",
    "RW725": "line {line}: not valid JSON: {detail}",
    "RW726": "line {line}: field {field!r} is missing",
    "RW727": "line {line}: invalid {field}: {detail}",
    "RW728": "line {line}: no document with content hash {value} in this store (the "
    "judgements were exported from a store holding other documents)",
    "RW729": "line {line}: no event of document {document} matches the judged event "
    "({detail}); code the document first (`riftwatch extract`)",
    "RW730": "the import file has no rows",
    "RW731": "line {line}: the file has no column for {field!r} (columns: {columns})",
    "RW732": "invalid graph option {name}: {detail}",
}


class RiftwatchError(Exception):
    """Base class: a numbered, user-facing error.

    ``path`` names the file, ``field`` the field, ``line`` the line or row where
    the problem is, when known; they are kept as attributes for machine-readable
    output and prefixed to the message.
    """

    prefix = "RW0"

    def __init__(
        self,
        code: str,
        *,
        path: str | None = None,
        field: str | None = None,
        line: int | None = None,
        **params: object,
    ) -> None:
        if code not in MESSAGES:
            raise ValueError(f"unknown error code {code}")
        self.code = code
        self.path = path
        self.field = field
        self.line = line
        self.params = params
        fmt = {"line": line, "field": field, **params}
        try:
            self.detail = MESSAGES[code].format(**fmt)
        except (KeyError, IndexError):
            self.detail = MESSAGES[code]
        where = f" {path}:" if path else ""
        super().__init__(f"{code}{where} {self.detail}")

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view: ``{"code", "message", "path", "line", "field"}``."""
        return {
            "code": self.code,
            "message": self.detail,
            "path": self.path,
            "line": self.line,
            "field": self.field,
        }


class ConfigError(RiftwatchError):
    """A setting, option or grading table is invalid (RW0xx)."""


class IngestError(RiftwatchError):
    """A file or record could not be ingested (RW1xx)."""


class NLPError(RiftwatchError):
    """A language-processing stage failed (RW2xx)."""


class StoreError(RiftwatchError):
    """The store could not be opened, migrated or queried (RW3xx)."""


class WebError(RiftwatchError):
    """A request to the web application or ``riftwatch serve`` was refused (RW6xx)."""


class ReportError(RiftwatchError):
    """A briefing (``riftwatch report``) could not be made (RW620-RW629)."""


class WatchError(RiftwatchError):
    """A watchlist, watch source or alert delivery problem (``riftwatch watch``, RW700-RW719)."""


class AnalysisError(RiftwatchError):
    """An analytic command got something it cannot work on (RW5xx)."""


class ExportError(RiftwatchError):
    """An export or import was refused: an unknown format, an unwritable target, or a bad
    row of an import file, named by file, line and field (RW720-RW739)."""


class JudgementError(RiftwatchError):
    """An analyst's judgement is invalid: of an event or a claims query (RW520-RW539), or a
    structured-judgement question, rating or option (RW540-RW559)."""


__all__ = [
    "MESSAGES",
    "AnalysisError",
    "ConfigError",
    "ExportError",
    "IngestError",
    "JudgementError",
    "NLPError",
    "ReportError",
    "RiftwatchError",
    "StoreError",
    "WatchError",
    "WebError",
]
