# The two commands the README opens with. Both create the virtualenv themselves on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench venv clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/coder gazetteer build --quiet
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/coder code fixtures/sample_articles.jsonl -o out/demo_events.parquet
	$(BIN)/coder summary out/demo_events.parquet

test: $(STAMP)
	$(BIN)/python -m pytest tests

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet spacy
	$(BIN)/python -m pytest benchmarks --benchmark-only --benchmark-group-by=group --benchmark-columns=mean,ops,rounds

clean:
	rm -rf $(VENV) out .pytest_cache .benchmarks
