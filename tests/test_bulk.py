"""Bulk coding of mixed-quality input: no row lost, declared types, deterministic across worker counts."""

import json

import pyarrow.parquet as pq
import pytest

from coder.bulk import BulkOptions, code_files
from coder.cli import main
from coder.schema import event_schema

GOOD = [
    "Gunmen killed five villagers in an attack on Monday near Maiduguri, Borno State, police said.",
    "Hundreds of protesters marched through Nairobi on Tuesday to demand lower fuel prices.",
    "Government forces recaptured the town of Palmyra from Islamic State fighters on Sunday.",
    "A roadside bomb exploded in Mogadishu yesterday, killing two soldiers and wounding three others.",
]
BAD = ["", "   ", None, 12345, "\x00\x01\x02binary\x00junk" * 20, "مقتل خمسة أشخاص في هجوم على قرية في شمال البلاد",
       "这是一篇关于天气的新闻报道，没有任何冲突事件。"]


def _corpus(path, n=1000):
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            kind = i % 10
            if kind < 7:
                text, published = GOOD[i % len(GOOD)], "2021-06-28"
            elif kind == 7:
                text, published = BAD[i % len(BAD)], "2021-06-28"
            elif kind == 8:
                text, published = GOOD[i % len(GOOD)], "not a date"
            elif i % 100 == 9:
                text, published = GOOD[i % len(GOOD)] * 4000, None  # huge: truncated, not lost
            else:
                text, published = GOOD[i % len(GOOD)], None  # no publication date
            handle.write(json.dumps({"id": f"a{i:04d}", "text": text, "published": published}) + "\n")
        handle.write("{broken json\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, coder_instance):
    path = tmp_path_factory.mktemp("bulk") / "mixed.jsonl"
    _corpus(path)
    return path


def test_thousand_mixed_articles(corpus, tmp_path):
    out, status = tmp_path / "events.parquet", tmp_path / "status.jsonl"
    summary = code_files([corpus], out, BulkOptions(workers=1, batch_size=128, status_path=status))
    statuses = [json.loads(line) for line in status.read_text().splitlines()]
    assert summary.articles == len(statuses) == 1001  # every input row has a status, the broken line too
    assert summary.skipped == sum(s["status"] == "skipped" for s in statuses) >= 100
    table = pq.read_table(out)
    assert table.schema.remove_metadata() == event_schema().remove_metadata()
    assert table.num_rows == summary.events > 0
    assert {s["article_id"] for s in statuses if s["status"] == "skipped"} >= {"a0007", "line-1001"}


def test_all_null_column_keeps_type(tmp_path, coder_instance):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "p", "text": GOOD[1], "published": "2021-06-28"}) + "\n")
    out = tmp_path / "one.parquet"
    code_files([path], out, BulkOptions(workers=1))
    table = pq.read_table(out)
    assert table.schema.field("admin2").type == event_schema().field("admin2").type
    assert table.schema.field("fatalities").type == event_schema().field("fatalities").type


def test_workers_do_not_change_output(corpus, tmp_path):
    one, two = tmp_path / "w1.parquet", tmp_path / "w2.parquet"
    code_files([corpus], one, BulkOptions(workers=1, batch_size=100))
    code_files([corpus], two, BulkOptions(workers=2, batch_size=100))
    assert pq.read_table(one).to_pylist() == pq.read_table(two).to_pylist()


def test_cli_missing_column_is_clear_error(tmp_path, capsys):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"id": "1", "body": "text"}) + "\n")
    assert main(["code", str(path), "-o", str(tmp_path / "o.parquet")]) == 1
    err = capsys.readouterr().err
    assert "missing text column 'text'" in err and "x.jsonl" in err
    assert not (tmp_path / "o.parquet").exists()


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_cli_output_formats(corpus, tmp_path, suffix, capsys):
    out = tmp_path / f"events{suffix}"
    assert main(["code", str(corpus), "-o", str(out), "--workers", "1"]) == 0
    line = capsys.readouterr().out
    assert "coded 1001 articles" in line and "skipped" in line and out.exists()
