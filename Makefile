# Everything bootstraps from python3 + pip: uv is installed on first use, then .venv is synced
# from uv.lock. `make demo` and `make test` are the two commands a new machine needs.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
STAMP := $(VENV)/.synced

.PHONY: setup generate check-generated lint typecheck pytest test check demo bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml uv.lock
	@command -v $(UV) >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet --user uv || $(PYTHON) -m pip install --quiet uv
	@UV=$$(command -v uv || echo $(HOME)/.local/bin/uv); $$UV sync --frozen --quiet
	@touch $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m b2b_graphql generate

check-generated: $(STAMP)
	$(BIN)/python -m b2b_graphql generate --check

lint: $(STAMP)
	$(BIN)/ruff check src tests examples bench tools
	$(BIN)/ruff format --check src tests examples bench tools

typecheck: $(STAMP)
	$(BIN)/mypy src

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

# The whole gate: what CI runs.
test: lint typecheck check-generated pytest

check: test

demo: $(STAMP)
	$(BIN)/python examples/run_demo.py

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache
