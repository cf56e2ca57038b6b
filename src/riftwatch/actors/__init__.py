"""The actor knowledge base, the resolver and analyst curation.

>>> from riftwatch.actors import resolve_mention
>>> resolve_mention("Sirajuddin Haqqani", date="2012")["organization"]["name"]
'Haqqani Network'
"""

from riftwatch.actors.errors import ActorError
from riftwatch.actors.kb import KnowledgeBase, default_kb, load_kb
from riftwatch.actors.resolve import Resolution, Resolver, default_resolver, query_organization


def resolve_mention(mention: str, date: object = None, context: str | None = None) -> dict:
    """Resolve one mention against the bundled KB; the contract's JSON shape."""
    return default_resolver().resolve(mention, date=date, context=context).to_dict()


__all__ = [
    "ActorError",
    "KnowledgeBase",
    "Resolution",
    "Resolver",
    "default_kb",
    "default_resolver",
    "load_kb",
    "query_organization",
    "resolve_mention",
]
