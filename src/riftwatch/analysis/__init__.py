"""Analytics over coded events: claims, relationship timelines, rifts, judgement.

Everything here is pure: it works on :class:`~riftwatch.analysis.claims.Claim`
objects built from event records (a stored event from ``api.list_events`` or one
line of ``riftwatch extract`` output) and never imports the store. The API layer
loads claims from a store or a JSON Lines file and hands them in.
"""

STAGES = (
    "scale-7",
    "corroboration-1",
    "hierarchy-4",
    "timeline-10",
    "rift-15",
)
"""Versions of the analytic stages (each module's ``VERSION``); every rift and timeline
output records them under ``versions``. Change a stage's behaviour: bump its version."""
