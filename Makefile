# Two entry points for a newcomer: `make devserver` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
OUTPUT ?= output

.PHONY: setup bytecode html devserver publish test lint clean

setup: $(VENV)/.installed

# The plugin's compiled bytecode, as `pip install` leaves it for installed packages:
# where PYTHONDONTWRITEBYTECODE is set, Python would compile the plugin at every build.
bytecode: setup
	$(BIN)/python -m compileall -q plugins

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

html: bytecode
	$(BIN)/pelican content -o $(OUTPUT) -s pelicanconf.py

devserver: bytecode
	$(BIN)/pelican content -o $(OUTPUT) -s pelicanconf.py --autoreload --listen --port $(PORT)

publish: bytecode
	$(BIN)/pelican content -o $(OUTPUT) -s publishconf.py

lint: setup
	$(BIN)/ruff check .

test: setup
	$(BIN)/ruff check .
	$(BIN)/pytest

clean:
	rm -rf $(OUTPUT) cache test-artifacts
