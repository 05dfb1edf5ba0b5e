"""A bulk job stopped with SIGTERM (a scheduler's stop) leaves no partial output behind and says so."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigterm_removes_the_partial_output(tmp_path, workers):
    articles = [json.loads(line) for line in open(FIXTURES / "articles.jsonl", encoding="utf-8")]
    source = tmp_path / "many.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for copy in range(200):  # long enough to be stopped midway
            for article in articles:
                fh.write(json.dumps({**article, "id": f"{article['id']}-{copy}"}) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "coder.cli", "code", str(source), "-o", str(out / "events.parquet"),
                             "--workers", workers, "--batch-size", "64"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not any(out.iterdir()) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)  # the temporary output appears once coding has started
    assert proc.poll() is None, "the job ended before it could be stopped"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "terminated" in err
    assert list(out.iterdir()) == []  # neither the temporary file nor a partial events.parquet
