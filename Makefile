# riftwatch: the two commands of the README are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install demo test lint format bench clean lock

install: $(STAMP)

# Pinned dependencies come from requirements.lock (regenerate with `make lock`);
# everything is installed from the package registries.
$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

demo: install
	$(BIN)/riftwatch demo

# The suite runs in parallel (pytest-xdist), one worker a core; TEST_WORKERS=0 runs it in
# one process. Each worker starts its own PostgreSQL server and browser.
TEST_WORKERS ?= auto

test: install
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

format: install
	$(BIN)/ruff format src tests benchmarks scripts
	$(BIN)/ruff check --fix src tests benchmarks scripts

bench: install
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/actors.py
	$(BIN)/python benchmarks/extract_dev.py
	$(BIN)/python benchmarks/extract_peers.py
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/dates.py
	$(BIN)/python benchmarks/events_list.py
	$(BIN)/python benchmarks/web.py

# Re-resolve the pins in a scratch environment from pyproject.toml's ranges.
lock:
	rm -rf /tmp/riftwatch-lock-venv
	$(PYTHON) -m venv /tmp/riftwatch-lock-venv
	/tmp/riftwatch-lock-venv/bin/python -m pip install --quiet --upgrade pip
	/tmp/riftwatch-lock-venv/bin/python -m pip install --quiet -e '.[dev]'
	/tmp/riftwatch-lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^riftwatch' > requirements.lock

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
