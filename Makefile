# Two entry points for a newcomer: `make devserver` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
OUTPUT ?= output

.PHONY: setup html devserver publish test lint clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

html: setup
	$(BIN)/pelican content -o $(OUTPUT) -s pelicanconf.py

devserver: setup
	$(BIN)/pelican content -o $(OUTPUT) -s pelicanconf.py --autoreload --listen --port $(PORT)

publish: setup
	$(BIN)/pelican content -o $(OUTPUT) -s publishconf.py

lint: setup
	$(BIN)/ruff check .

test: setup
	$(BIN)/ruff check .
	$(BIN)/pytest

clean:
	rm -rf $(OUTPUT) cache test-artifacts
