# Two commands set kg up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STORE   = out/store

.PHONY: install demo test lint typecheck pytest bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: install
	rm -rf $(STORE)
	$(BIN)/kg build examples/liverpool_oxford.txt --store $(STORE)
	$(BIN)/kg stats --store $(STORE)
	$(BIN)/kg export --store $(STORE) -o out/graph.ttl
	$(BIN)/kg viz --store $(STORE) -o out/graph.html --title "Liverpool and Oxford"
	$(BIN)/kg query @examples/people_and_roles.rq --store $(STORE)

lint: install
	$(BIN)/ruff check kg tests bench
	$(BIN)/ruff format --check kg tests bench

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest

test: lint typecheck pytest

bench: install
	$(BIN)/python bench/extract.py --out BENCHMARKS-extract.md
	$(BIN)/python bench/viz.py --out BENCHMARKS-viz.md
	$(BIN)/python bench/text2kg.py --out BENCHMARKS-text2kg.md
	$(BIN)/python bench/learn_scale.py --out BENCHMARKS-text2kg_scale.md
	$(BIN)/python bench/store.py --out BENCHMARKS-store.md
	$(BIN)/python bench/endpoint.py --out BENCHMARKS-endpoint.md
	$(BIN)/python bench/assemble.py

clean:
	rm -rf $(VENV) out kg-store .pytest_cache .mypy_cache .ruff_cache
