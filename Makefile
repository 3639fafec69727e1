# Everything bootstraps from python3 + pip: uv is installed on first use, then .venv is synced
# from uv.lock. `make demo` and `make test` are the two commands a new machine needs.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
STAMP := $(VENV)/.synced

.PHONY: setup generate check-generated lint typecheck pytest test check demo bench wheel-check \
	docs docs-serve order41-schema-from-doc clean

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
	$(BIN)/ruff check src tests examples bench tools docs/_hooks
	$(BIN)/ruff format --check src tests examples bench tools docs/_hooks

typecheck: $(STAMP)
	$(BIN)/mypy src

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

# The whole gate: what CI runs.
test: lint typecheck check-generated pytest

check: test

# The API reference site (mkdocs.yml) into site/; warnings are errors, so a broken reference or
# an operation without a generated method fails the build.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

docs-serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --strict

demo: $(STAMP)
	$(BIN)/python examples/run_demo.py

bench: $(STAMP)
	$(BIN)/python -m bench

# Development tool: rebuild schemas/order41.graphql (and tests/data/order41_examples/) from the
# Order41 reference document next to the repo; its output is what gets committed and tested.
order41-schema-from-doc: $(STAMP)
	$(BIN)/python tools/order41_from_doc.py

# `pip install .` in a clean venv gives a working install: build the wheel, install it with the
# sandbox extra into a scratch venv, and call the AXRO sandbox through the installed client.
wheel-check: $(STAMP)
	@rm -rf .wheel-check && UV=$$(command -v uv || echo $(HOME)/.local/bin/uv) && \
	$$UV build --wheel -q -o .wheel-check/dist && $$UV venv -q .wheel-check/venv && \
	VIRTUAL_ENV=.wheel-check/venv $$UV pip install -q "$$(ls .wheel-check/dist/*.whl)[sandbox]" && \
	cd .wheel-check && venv/bin/python -c "$$WHEEL_SMOKE" && venv/bin/b2b-graphql --help >/dev/null && \
	cd .. && rm -rf .wheel-check && echo "wheel-check: installed wheel works"

define WHEEL_SMOKE
import asyncio
from b2b_graphql import AxroClient
from b2b_graphql.sandbox import SandboxServer, build_app
app, path, creds = build_app("axro")
async def main(url):
    async with AxroClient(token=creds["token"], url=url) as axro:
        assert (await axro.brands()).brands.brands
with SandboxServer(app, path=path) as server:
    asyncio.run(main(server.url))
endef
export WHEEL_SMOKE

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache site
