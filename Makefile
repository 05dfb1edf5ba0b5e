# The two commands the README opens with. Both create the virtualenv themselves on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench venv accel clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/coder gazetteer build --quiet
	touch $(STAMP)

venv: $(STAMP)

# recompile the optional mypyc accelerator after editing the sources (until then the sources run, with a warning)
accel: $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps -e .

demo: $(STAMP)
	$(BIN)/coder code fixtures/sample_articles.jsonl -o out/demo_events.parquet
	$(BIN)/coder summary out/demo_events.parquet

test: $(STAMP)
	$(BIN)/python -m pytest tests

# CODER_BENCH_SIZE=quick|100k|1m picks the corpus (default quick); the table is also in .benchmarks/latest.md
bench: $(STAMP)
	$(BIN)/python -c "import spacy, pytest_benchmark" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	mkdir -p .benchmarks
	$(BIN)/python -m pytest benchmarks --benchmark-only --benchmark-group-by=group --benchmark-columns=mean,ops,rounds \
		--benchmark-json=.benchmarks/latest.json
	$(BIN)/python benchmarks/report.py .benchmarks/latest.json | tee .benchmarks/latest.md

clean:
	rm -rf $(VENV) out .pytest_cache .benchmarks
