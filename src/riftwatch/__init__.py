"""riftwatch: graded, dated, attributable evidence on the relationships between armed groups."""

__version__ = "0.1.0"

__all__ = ["__version__"]
