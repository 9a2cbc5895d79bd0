# Two commands from a fresh clone: `make run` and `make test`. Each sets up .venv itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: run test bench models clean browser-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/crosswalk run corpus --out outputs

# The report test drives Debian's Chromium; install it (and its matching driver) when missing.
browser-deps:
	@if [ ! -x $(CHROMIUM) ] || [ ! -x $(CHROMEDRIVER) ]; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium chromium-driver; \
	fi

test: $(VENV)/.installed-test browser-deps
	mkdir -p $(VENV)/typecheck && ln -sfn ../../pipeline $(VENV)/typecheck/crosswalk
	$(BIN)/mypy
	$(BIN)/pytest

# Figures against in-process baselines; rewrites bench/results.csv and the README table.
bench: $(VENV)/.installed-test
	$(BIN)/python -m bench --update-readme

# The learned models (patterns/models/doc_type, item_sentence, commitment_sentence) as today's tree
# builds them from the training documents' gold, written to build/models/<name> and not over the
# shipped ones: seeded, so two builds on unchanged gold and ingest give the same bytes, but no
# shipped model is what today's ingest builds (crosswalk.textcat's docstring). Measure a candidate
# in place of the shipped model before copying it to patterns/models.
models: $(VENV)/.installed
	$(BIN)/python -m crosswalk.textcat doc_type item_sentence commitment_sentence

clean:
	rm -rf $(VENV) outputs/*.csv
