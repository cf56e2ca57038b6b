"""Root pytest configuration: keep Alembic's env.py out of doctest collection."""

collect_ignore_glob = ["src/riftwatch/store/migrations/*", "scripts/*", "benchmarks/*"]
