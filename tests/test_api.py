"""The three entry points share one core and handle bad input per row."""

import datetime

import pandas as pd
import pyarrow as pa
import pytest

import coder
from coder.api import check_text, code_articles, code_batch
from coder.errors import InputError
from coder.schema import event_schema

TEXT = "Gunmen killed five villagers in an attack on Monday near Maiduguri, Borno State, police said."


def test_code_text_returns_event_dicts(coder_instance):
    events = coder.code_text(TEXT, published="2021-06-30")
    assert events and set(events[0]) == set(event_schema().names)
    assert events[0]["event_date"] == datetime.date(2021, 6, 28)


def test_frame_and_accessor_agree_and_do_not_mutate(coder_instance):
    df = pd.DataFrame({"doc": ["d1", "d2"], "body": [TEXT, ""], "date": ["2021-06-30", "2021-06-30"]})
    before = df.copy()
    a = coder.code_frame(df, text="body", id="doc", published="date")
    b = df.coder.code(text="body", id="doc", published="date")
    pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(df, before)
    assert list(a.columns) == event_schema().names
    assert set(a["article_id"]) == {"d1"}


def test_accessor_names_missing_column():
    with pytest.raises(InputError, match="missing column"):
        pd.DataFrame({"text": ["x"]}).coder.code(id="nope")


def test_bad_rows_get_a_status_not_an_exception(coder_instance):
    ids = ["ok", "empty", "none", "number", "binary", "arabic", "baddate"]
    texts = [TEXT, "", None, 3.5, b"\xff\xfe\x00", "هجوم على قرية في شمال البلاد وقتل خمسة", TEXT]
    dates = ["2021-06-30"] * 6 + ["31/02/2021 nonsense"]
    result = code_articles(ids, texts, dates, coder_instance)
    by_id = {s.article_id: s for s in result.statuses}
    assert len(result.statuses) == len(ids)
    assert by_id["ok"].status == "ok"
    for bad in ("empty", "none", "number", "binary", "arabic"):
        assert by_id[bad].status == "skipped" and by_id[bad].message
    assert "malformed published date" in by_id["baddate"].message


def test_check_text_truncates_huge():
    text, note = check_text("word " * 100_000)
    assert len(text) == 200_000 and note.startswith("truncated")


def test_arrow_batch_in_arrow_batch_out(coder_instance):
    batch = pa.RecordBatch.from_pydict({"id": ["x"], "text": [TEXT], "published": ["2021-06-30"]})
    out = code_batch(batch, coder=coder_instance)
    assert out.schema.remove_metadata() == event_schema().remove_metadata() and out.num_rows >= 1
    with pytest.raises(InputError, match="missing text column"):
        code_batch(pa.RecordBatch.from_pydict({"id": ["x"]}), coder=coder_instance)


def test_coder_pickles_as_recipe(coder_instance):
    import pickle

    blob = pickle.dumps(coder_instance)
    assert len(blob) < 2000
