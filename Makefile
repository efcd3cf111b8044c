# Helpline: `make run` starts everything, `make test` checks everything. Both install what is
# missing first (scripts/setup.sh is a no-op when the environment is current).
VENV := .venv
PY := $(VENV)/bin/python
HELPLINE := $(VENV)/bin/helpline
RASA := $(PY) -m rasa
# pytest workers for `make test-py` (pytest-xdist): "auto" is one per core; 1 runs in one process.
PYTEST_WORKERS ?= auto
# Rasa's telemetry and crash reports would send data to third parties: off everywhere.
export RASA_TELEMETRY_ENABLED := false

.DEFAULT_GOAL := help
.PHONY: help install lint format validate train run chat test test-rasa test-py test-scale bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

install: ## create .venv and install the pinned stack (Rasa 3.6 on Python 3.11)
	@bash scripts/setup.sh

lint: install ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## apply ruff fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

validate: install ## rasa data validate (domain, NLU, rules, stories)
	$(PY) scripts/validate_data.py

train: install ## train the model if its inputs changed
	$(HELPLINE) train

run: install ## train if needed and start the whole stack (Ctrl-C stops it)
	$(HELPLINE) run

chat: install ## talk to the assistant in the terminal
	$(HELPLINE) chat

# pytest trains a missing model in the background while its workers run the tests that need
# none (training uses one core), and runs the tests that need it last (tests/conftest.py);
# `rasa data validate` is one of the tests (tests/unit/test_rasa_data.py). The run ends with its
# 25 slowest tests, which is where to look when CI grows slower.
test: lint test-py test-rasa test-scale ## everything CI runs

test-rasa: install ## Rasa end-to-end test stories against the trained model
	$(RASA) test core --model $$($(HELPLINE) train 2>/dev/null | tail -n 1) \
	  --stories tests/stories --fail-on-prediction-errors \
	  --out var/test-results/core

test-py: install ## pytest: unit, catalog and conversation tests (trains the model if missing)
	$(PY) -m pytest -n $(PYTEST_WORKERS) --durations=25

test-scale: install train ## two Rasa servers on PostgreSQL and Redis (installs them from Debian)
	bash scripts/install_scale_services.sh
	$(PY) -m pytest -m scale tests/scale

bench: install train ## measure training, start-up, latency and throughput (docs/benchmarks.md)
	bash scripts/install_scale_services.sh
	$(PY) -m bench.run_all

clean: ## remove trained models, runtime data and caches (not .venv)
	rm -rf models var .pytest_cache .ruff_cache
