"""``python -m riftwatch.cli``."""

from riftwatch.cli import main

main()
