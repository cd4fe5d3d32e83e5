# Everything installs itself: a fresh clone needs only python3 (3.11+, Debian 12's 3.11.2 included), node/npm and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY_READY := $(VENV)/.installed
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check --no-input
JS_READY := node_modules/.package-lock.json

.PHONY: serve build check lint test bench traditional tlds lock clean

serve: $(PY_READY) $(JS_READY)  ## build and serve the site at http://127.0.0.1:8000
	SITE_URL=http://127.0.0.1:8000/ NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(PY_READY) $(JS_READY)  ## write the site to site/
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build

check: lint  ## the fast tier, in seconds: the checker, the CLI, the rule table and the hooks' pure parts
	$(BIN)/python -m pytest -q -m "not site and not pyodide and not browser"

lint: $(PY_READY)  ## ruff's lint and formatting check, as CI runs them
	$(BIN)/ruff check --quiet .
	$(BIN)/ruff format --check --quiet .

test: lint $(JS_READY)  ## the whole suite: unit, CLI, site, Pyodide parity, browser
	$(BIN)/python -m pytest -n auto --durations=15

bench: build  ## measure speed and weight against the targets; prints a table, writes bench/results.json
	$(BIN)/python -m bench

traditional: $(PY_READY)  ## after editing any Simplified text of checker/: regenerate checker/zh_hant.py
	$(BIN)/python overrides/hooks/traditional.py

tlds: $(PY_READY)  ## after upgrading publicsuffixlist: regenerate checker/tlds.py
	$(BIN)/python overrides/hooks/tlds.py

# Every Python package is pinned and hashed. The installer and the build backends go in first:
# jieba ships only an sdist, which is built with them here rather than in an isolated build
# environment that would fetch unpinned ones.
$(PY_READY): pyproject.toml requirements.lock requirements-bootstrap.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "$(PYTHON) is Python $$($(PYTHON) -c 'import platform; print(platform.python_version())'): this project needs 3.11 or newer (make PYTHON=python3.11 …)"; exit 1; }
	$(PYTHON) -m venv --clear $(VENV)
	$(PIP) install --require-hashes --no-deps -r requirements-bootstrap.lock
	$(PIP) install --require-hashes --no-deps --no-build-isolation -r requirements.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $@

$(JS_READY): package.json package-lock.json
	npm ci --no-audit --no-fund

# pip-tools itself comes from its own hashed lock, which `make lock` refreshes last.
PIP_TOOLS := 7.6.2
LOCK := CUSTOM_COMPILE_COMMAND="make lock" .lock-venv/bin/pip-compile --quiet --upgrade --allow-unsafe --generate-hashes --strip-extras \
	--no-emit-index-url --no-emit-find-links
lock:  ## re-resolve the lock files, with hashes, from the ranges in pyproject.toml
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-lock-tools.lock
	$(LOCK) --extra site --extra test --output-file requirements.lock pyproject.toml
	printf 'pip\nsetuptools\nwheel\nhatchling\neditables\n' | \
	  $(LOCK) --constraint requirements.lock --output-file requirements-bootstrap.lock -
	printf 'pip-tools==$(PIP_TOOLS)\n' | $(LOCK) --output-file requirements-lock-tools.lock -
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) .venv-debian node_modules site dist build .pytest_cache .hypothesis
