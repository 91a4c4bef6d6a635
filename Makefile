# The two commands of the README: `make run` and `make test`. Both set everything up first.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

# What Qt needs to draw offscreen (tests), and in a real X11 window (make run).
QT_OFFSCREEN_PACKAGES := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
QT_X11_PACKAGES := $(QT_OFFSCREEN_PACKAGES) libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 \
	libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xfixes0 libxcb-xkb1

.PHONY: run test lint bench translations clean

run: $(VENV)/.installed
	@./scripts/ensure-system-packages $(QT_X11_PACKAGES)
	$(BIN)/accelerator

# The service tests also run on a PostgreSQL server that they start themselves.
TEST_PACKAGES := $(QT_OFFSCREEN_PACKAGES) postgresql
# pytest-xdist: one worker per core this process may use ("logical": hyper-threads count,
# which "auto" would not if psutil were installed), each worker with its own PostgreSQL
# server (under a second to start) and home folder. TEST_WORKERS=0: all in one process.
TEST_WORKERS ?= logical

test: $(VENV)/.installed-test
	@./scripts/ensure-system-packages $(TEST_PACKAGES)
	$(BIN)/ruff check accelerator tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen ACCELERATOR_TEST_POSTGRES=required $(BIN)/python -m pytest \
		-n $(TEST_WORKERS)

# The benchmark harness (benchmarks/run.py): builds its data once into benchmarks/.data,
# prints the table and writes docs/benchmarks.md. Under 15 minutes on a 2-core machine.
bench: $(VENV)/.installed-test
	@./scripts/ensure-system-packages $(QT_OFFSCREEN_PACKAGES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# Brings resources/translations/*.ts up to date with the source (docs/translating.md):
# new texts come in unfinished for the translator, nothing translated is thrown away.
translations: $(VENV)/.installed
	$(BIN)/python -m accelerator.i18n update

lint: $(VENV)/.installed-test
	$(BIN)/ruff check accelerator tests benchmarks
	$(BIN)/ruff format --check accelerator tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build *.egg-info
