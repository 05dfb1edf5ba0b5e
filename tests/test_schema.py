"""The declared Arrow schema agrees with schemas/events.csv and with the issue's column list."""

import pyarrow as pa

from coder.schema import event_schema, read_schema_table

EXPECTED_COLUMNS = [
    "event_id", "article_id", "event_date", "time_precision", "event_type", "sub_event_type", "disorder_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "country", "iso3", "admin1", "admin2", "location", "latitude", "longitude",
    "geo_precision", "fatalities", "cameo_code", "cameo_root", "quad_class", "goldstein", "actor1_code",
    "actor2_code", "sentence", "confidence", "rule_ids",
]


def test_columns_in_order():
    assert event_schema().names == EXPECTED_COLUMNS


def test_schema_matches_csv():
    rows = read_schema_table("events.csv")
    schema = event_schema()
    assert [r["column"] for r in rows] == schema.names
    for row in rows:
        field = schema.field(row["column"])
        assert field.nullable == (row["nullable"] == "true")
        assert field.metadata[b"description"].decode() == row["description"]


def test_declared_types():
    schema = event_schema()
    assert schema.field("event_date").type == pa.date32()
    assert schema.field("time_precision").type == pa.int8()
    assert schema.field("interaction").type == pa.int16()
    assert schema.field("latitude").type == pa.float64()
    assert schema.field("fatalities").type == pa.int32()
    assert schema.field("goldstein").type == pa.float32()
    assert schema.field("confidence").type == pa.float32()
    assert schema.field("rule_ids").type == pa.list_(pa.string())
    assert b"coder.version" in schema.metadata
