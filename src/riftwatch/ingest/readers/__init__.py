"""Format readers, one module per format, registered in :mod:`.base`.

Importing this package registers every built-in reader.
"""

from riftwatch.ingest.readers import (  # noqa: F401  (imported to register)
    docx,
    eml,
    feed,
    html,
    jsonl,
    pdf,
    tabular,
    text,
)
from riftwatch.ingest.readers.base import READERS, Reader, ReadOptions, choose_reader, register

__all__ = ["READERS", "ReadOptions", "Reader", "choose_reader", "register"]
