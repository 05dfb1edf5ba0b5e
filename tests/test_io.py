"""Readers keep every row (bad ones flagged), name missing columns; writers are atomic and typed."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from coder.api import rows_to_table
from coder.errors import InputError
from coder.io.readers import InputColumns, read_articles
from coder.io.writers import open_event_writer
from coder.schema import event_schema


def _rows(path, **kw):
    out = []
    for batch in read_articles(path, **kw):
        out.extend(zip(batch.ids, batch.texts, batch.published, batch.notes))
    return out


def test_jsonl_keeps_bad_lines(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "Gunmen attacked.", "published": "2021-06-28"}\n'
        b"{not json}\n"
        b'{"id": "c", "text": 42, "published": null}\n'
        b'{"id": "d", "text": "caf\xe9", "published": "2021-06-28"}\n'
    )
    rows = _rows(path)
    assert len(rows) == 4
    assert rows[0] == ("a", "Gunmen attacked.", "2021-06-28", None)
    assert rows[1][0] == "line-2" and "malformed JSON" in rows[1][3]
    assert rows[2][1] == 42
    assert "undecodable" in rows[3][3]


def test_missing_column_names_column_and_file(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "body": "x", "published": "2021-01-01"}) + "\n")
    with pytest.raises(InputError, match=r"a\.jsonl.*missing text column 'text'.*--text-col"):
        _rows(path)
    assert _rows(path, columns=InputColumns(text="body"))[0][1] == "x"


def test_csv_and_parquet(tmp_path):
    csv_path = tmp_path / "a.csv"
    csv_path.write_text('id,text,published\n1,"Police arrested, then left.",2021-06-28\n2,,\n')
    rows = _rows(csv_path)
    assert rows[0][:3] == ("1", "Police arrested, then left.", "2021-06-28")
    assert rows[1][1] is None
    pq_path = tmp_path / "a.parquet"
    pq.write_table(pa.table({"id": ["x"], "text": ["Troops clashed."], "published": ["2021-06-28"]}), pq_path)
    assert _rows(pq_path)[0][:2] == ("x", "Troops clashed.")
    with pytest.raises(InputError, match="missing published column"):
        pq.write_table(pa.table({"id": ["x"], "text": ["t"]}), pq_path)
        _rows(pq_path)


def test_txt_article(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Rebels seized the town.")
    assert _rows(path, published="2021-06-28") == [("story", "Rebels seized the town.", "2021-06-28", None)]


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_writer_is_atomic_and_typed_even_all_null(tmp_path, suffix):
    out = tmp_path / f"events{suffix}"
    writer = open_event_writer(out, event_schema(), {"coder.dictionary.test": "1"})
    writer.write(rows_to_table([{"event_id": "e1", "article_id": "a", "rule_ids": []}]))
    assert not out.exists(), "output must not appear before close"
    assert len(list(tmp_path.iterdir())) == 1 and next(tmp_path.iterdir()).name.startswith(".")
    writer.close()
    assert out.exists() and [p.name for p in tmp_path.iterdir()] == [out.name]
    if suffix == ".parquet":
        table = pq.read_table(out)
        assert table.schema.remove_metadata() == event_schema().remove_metadata()
        assert pq.read_metadata(out).metadata[b"coder.dictionary.test"] == b"1"


def test_partitioned_dataset(tmp_path):
    out = tmp_path / "events"
    writer = open_event_writer(out, event_schema(), None, ["country", "year"])
    import datetime

    writer.write(rows_to_table([
        {"event_id": "1", "article_id": "a", "country": "Syria", "event_date": datetime.date(2021, 6, 27)},
        {"event_id": "2", "article_id": "b", "country": None, "event_date": None},
    ]))
    writer.close()
    parts = sorted(str(p.relative_to(out)) for p in out.rglob("*.parquet"))
    assert parts == ["country=Syria/year=2021/part-0.parquet",
                     "country=__HIVE_DEFAULT_PARTITION__/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet"]
