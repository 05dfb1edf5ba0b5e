"""`coder evaluate`: metric arithmetic with a stub coder, the three gold readers, rendering and the CLI parser."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from coder.evaluate import add_evaluate_parser, evaluate, parse_thresholds, run_evaluate
from coder.evaluate.gold import GoldArticle, clean_event, read_gold, read_jsonl, read_plover, read_ucdp
from coder.evaluate.report import render_text, to_dict
from coder.evaluate.score import (NO_EVENT, cameo_to_plover, country_iso3, haversine_km, match_events,
                                  strip_region_suffix)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
UCDP = SHARED / "data" / "ucdp" / "ucdp_ged_dev.jsonl"
PLOVER = SHARED / "data" / "plover" / "plover_gsr_dev.jsonl"
D = dt.date(2020, 5, 9)


def _shared_file(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"shared data absent: {path} (../shared/data is not beside the repository)")
    return path


def article(aid: str, *events: dict, text: str = "Some text.", subset: str | None = None) -> GoldArticle:
    return GoldArticle(aid, text, D, [clean_event(e) for e in events], subset=subset)


def stub(rows: list[dict]):
    """A coder that ignores the texts and returns the hand-built rows (checking the frame it is given)."""

    def code(df: pd.DataFrame) -> pd.DataFrame:
        assert list(df.columns) == ["id", "text", "published"]
        return pd.DataFrame(rows, columns=sorted({k for r in rows for k in r} | {"article_id"}))

    return code


def field(result, name: str):
    return result.overall.fields[name]


# ----------------------------------------------------------------------------------------------- arithmetic
def test_exact_strings_dates_and_fatalities():
    gold = [article("a", {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2020-05-09",
                          "fatalities": 3, "actor1": "Al Shabaab"}),
            article("b", {"event_type": "Protests", "event_date": "2020-05-08", "fatalities": 0,
                          "actor1": "Military Forces of Somalia (2022-)"})]
    preds = [{"article_id": "a", "event_type": "  battles ", "sub_event_type": "Air/drone strike",
              "event_date": dt.date(2020, 5, 9), "fatalities": 4, "actor1": "al shabaab"},
             {"article_id": "b", "event_type": "Protests", "event_date": pd.Timestamp("2020-05-09"),
              "fatalities": None, "actor1": "Military Forces of Somalia"}]
    result = evaluate(gold, stub(preds))
    assert (field(result, "event_type").correct, field(result, "event_type").gold) == (2, 2)
    assert field(result, "sub_event_type").accuracy == 0.0
    assert field(result, "event_date").correct == 1  # off by one day is wrong
    assert field(result, "fatalities").correct == 1  # 4 vs 3 wrong; None counts as 0 == 0
    assert field(result, "fatalities_within1").correct == 2
    assert (field(result, "fatalities_died").gold, field(result, "fatalities_died").correct) == (1, 0)
    assert field(result, "fatalities_died_within1").correct == 1
    assert field(result, "actor1").correct == 2  # case-insensitive, "(2022-)" period ignored


def test_date_range_and_location_within_25km():
    gold = [article("a", {"event_date": "2020-05-01", "event_date_end": "2020-05-09",
                          "latitude": 2.0469, "longitude": 45.3182}),  # Mogadishu
            article("b", {"location": "Afgooye", "latitude": 2.14, "longitude": 45.12}),
            article("c", {"location": "al-Bukamal"})]
    assert 20 < haversine_km(2.0469, 45.3182, 2.14, 45.12) < 25
    preds = [{"article_id": "a", "event_date": dt.date(2020, 5, 4), "latitude": 2.14, "longitude": 45.12},
             {"article_id": "b", "location": "Elsewhere", "latitude": 3.5, "longitude": 45.3},  # ~160 km
             {"article_id": "c", "location": "Bukamal"}]
    result = evaluate(gold, stub(preds))
    assert field(result, "event_date").correct == 1
    location = field(result, "location")
    assert (location.gold, location.correct) == (3, 2)
    assert (field(result, "location_name").gold, field(result, "location_name").correct) == (2, 1)


def test_inter_pair_is_unordered_and_inter2_defaults_to_zero():
    gold = [article("a", {"event_type": "Battles", "inter1": 1, "inter2": 2}),
            article("b", {"event_type": "Protests", "inter1": 6}),
            article("c", {"event_type": "Battles", "inter1": 1, "inter2": 3})]
    preds = [{"article_id": "a", "event_type": "Battles", "inter1": 2, "inter2": 1},
             {"article_id": "b", "event_type": "Protests", "inter1": 6, "inter2": None},
             {"article_id": "c", "event_type": "Battles", "inter1": 1, "inter2": 2}]
    result = evaluate(gold, stub(preds))
    assert field(result, "inter_pair").correct == 2
    assert field(result, "inter1").correct == 2
    assert (field(result, "inter2").gold, field(result, "inter2").correct) == (2, 0)


def test_misses_count_and_precision_recall():
    gold = [article("a", {"event_type": "Battles", "country": "Somalia"}, {"event_type": "Protests", "country": "Somalia"}),
            article("b", {"event_type": "Riots", "country": "Kenya"})]
    preds = [{"article_id": "a", "event_type": "Battles", "country": "somalia"},
             {"article_id": "a", "event_type": "Strategic developments", "country": "Ethiopia"},
             {"article_id": "zzz", "event_type": "Battles"}]  # an id not in the gold: ignored
    result = evaluate(gold, stub(preds))
    m = result.overall
    assert (m.gold, m.predicted, m.matched) == (3, 2, 1)
    assert m.recall == pytest.approx(1 / 3) and m.precision == pytest.approx(1 / 2)
    country = field(result, "country")
    assert (country.gold, country.matched, country.correct) == (3, 1, 1)
    assert country.accuracy == pytest.approx(1 / 3) and country.accuracy_matched == 1.0


def test_a_coder_that_outputs_nothing_scores_zero():
    gold = [article("a", {"event_type": "Battles", "fatalities": 2})]
    result = evaluate(gold, stub([]))
    assert result.overall.recall == 0.0 and result.overall.precision is None
    assert field(result, "event_type").accuracy == 0.0 and field(result, "event_type").accuracy_matched is None


def test_matching_is_greedy_one_to_one():
    gold = [{"event_type": "Battles", "location": "Baidoa"}, {"event_type": "Battles", "location": "Kismayo"}]
    preds = [{"event_type": "Battles", "location": "Kismayo"}, {"event_type": "Battles", "location": "Baidoa"},
             {"event_type": "Battles", "location": "Baidoa"}]
    assert match_events(gold, preds) == [1, 0]
    assert match_events([{"event_type": "Battles"}], [{"event_type": "Protests"}]) == [None]  # nothing in common


def test_confusion_matrix_counts_misses_and_extras():
    gold = [article("a", {"event_type": "Battles"}), article("b", {"event_type": "Battles"}),
            article("c", {"event_type": "Protests", "country": "Kenya"})]
    preds = [{"article_id": "a", "event_type": "Battles"},
             {"article_id": "a", "event_type": "Riots"},  # extra
             {"article_id": "c", "event_type": "Riots", "country": "Kenya"}]  # matched on country
    result = evaluate(gold, stub(preds))
    c = result.confusion
    assert c.field == "event_type"
    assert c.counts[("Battles", "Battles")] == 1 and c.counts[("Battles", NO_EVENT)] == 1
    assert c.counts[("Protests", "Riots")] == 1 and c.counts[(NO_EVENT, "Riots")] == 1
    rows, cols = c.labels()
    assert rows[-1] == NO_EVENT and cols[-1] == NO_EVENT


def test_country_by_iso3_and_admin1_suffix():
    assert country_iso3("DR Congo (Zaire)") == "COD"
    assert country_iso3("Kingdom of eSwatini (Swaziland)") == "SWZ"
    assert country_iso3("Macedonia, FYR") == "MKD"
    assert strip_region_suffix("Idlib governorate") == "Idlib"
    gold = [article("a", {"country": "DR Congo (Zaire)", "admin1": "Nord-Kivu province"}),
            article("b", {"country": "Russia (Soviet Union)", "admin1": "Chechen republic"})]
    preds = [{"article_id": "a", "country": "Democratic Republic of the Congo", "iso3": "COD", "admin1": "Nord Kivu"},
             {"article_id": "b", "country": "Ukraine", "iso3": "UKR", "admin1": "Kharkiv"}]
    result = evaluate(gold, stub(preds))
    assert field(result, "country").correct == 1 and field(result, "admin1").correct == 1


def test_cameo_to_plover_mapping():
    assert cameo_to_plover("190") == "FIGHT" and cameo_to_plover("195") == "FIGHT"
    assert cameo_to_plover("057") == "AGREE" and cameo_to_plover("051") == "SUPPORT"
    assert cameo_to_plover("0874") == "RETREAT" and cameo_to_plover("141") == "PROTEST"
    assert cameo_to_plover("010") is None and cameo_to_plover(None) is None


def test_subsets_reported_separately():
    gold = [article("a", {"fatalities": 1}, subset="informative"), article("b", {"fatalities": 2}, subset="uninformative")]
    preds = [{"article_id": "a", "fatalities": 1, "event_type": "Battles"},
             {"article_id": "b", "fatalities": 5, "event_type": "Battles"}]
    # fatalities has a matching weight, so "a" matches; "b" shares nothing and stays unmatched
    result = evaluate(gold, stub(preds))
    assert set(result.subsets) == {"informative", "uninformative"}
    assert result.subsets["informative"].fields["fatalities"].accuracy == 1.0
    assert result.subsets["uninformative"].fields["fatalities"].accuracy == 0.0
    assert result.overall.fields["fatalities"].accuracy == 0.5


# ----------------------------------------------------------------------------------------------- rendering
def _small_result():
    gold = [article("a", {"event_type": "Battles", "fatalities": 3, "event_date": "2020-05-09"}, text="Clash " * 100),
            article("b", {"event_type": "Protests"})]
    preds = [{"article_id": "a", "event_type": "Battles", "fatalities": 1, "event_date": dt.date(2020, 5, 9)}]
    return evaluate(gold, stub(preds))


def test_json_report_has_stable_keys_and_is_serialisable():
    payload = to_dict(_small_result(), "jsonl", "gold.jsonl", worst=5)
    assert list(payload) == ["format", "source", "events", "fields", "subsets", "confusion", "worst", "notes"]
    assert set(payload["events"]) == {"articles", "gold", "predicted", "matched", "recall", "precision", "f1"}
    assert set(payload["fields"]["fatalities"]) == {"gold", "matched", "correct", "accuracy", "accuracy_matched"}
    worst = payload["worst"]
    assert [w["id"] for w in worst] == ["a", "b"] or [w["id"] for w in worst] == ["b", "a"]
    entry = next(w for w in worst if w["id"] == "a")
    assert entry["events"][0]["fields"]["event_date"] == {"gold": "2020-05-09", "predicted": "2020-05-09", "correct": True}
    assert len(entry["text"]) <= 300
    json.dumps(payload)


def test_text_report_mentions_every_section():
    text = render_text(_small_result(), "jsonl", "gold.jsonl", worst=5)
    for needle in ("recall 0.500", "fatalities_within1", "confusion: gold event_type", "worst 2 articles",
                   "NOT MATCHED", "fatalities: gold 3  predicted 1"):
        assert needle in text, needle


def test_run_evaluate_exit_codes_and_thresholds(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [{"id": "a", "text": "t", "published": "2020-05-09", "gold": [{"event_type": "Battles"}]},
             {"id": "b", "text": "t", "published": "2020-05-09", "expected": [{"event_type": "Riots"}]}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    code = stub([{"article_id": "a", "event_type": "Battles"}])
    report, exit_code = run_evaluate(str(path), code=code)
    assert exit_code == 0 and "event_type" in report
    report, exit_code = run_evaluate(str(path), as_json=True, code=code, fail_under={"event_type": 0.9, "recall": 0.5})
    payload = json.loads(report)
    assert exit_code == 1 and payload["thresholds"]["failed"] == ["event_type 0.500 < 0.9"]
    assert payload["fields"]["event_type"]["accuracy"] == 0.5
    assert parse_thresholds(["country=0.9"]) == {"country": 0.9}
    from coder.errors import InputError

    with pytest.raises(InputError):
        parse_thresholds(["country"])
    with pytest.raises(InputError):
        run_evaluate(str(tmp_path / "missing.jsonl"), code=code)


def test_cli_main_runs_evaluate(tmp_path, monkeypatch, capsys):
    api = pytest.importorskip("coder.api", reason="coder.api does not import in this tree yet")
    cli = pytest.importorskip("coder.cli", reason="coder.cli does not import in this tree yet")
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "t", "published": "2020-05-09", "gold": [{"country": "Kenya"}]}))
    monkeypatch.setattr(api, "code_frame", stub([{"article_id": "a", "country": "Kenya"}]))
    assert cli.main(["evaluate", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["fields"]["country"]["accuracy"] == 1.0
    assert cli.main(["evaluate", str(path), "--fail-under", "recall=1.01"]) == 1
    assert "below threshold: recall 1.000 < 1.01" in capsys.readouterr().out
    assert cli.main(["evaluate"]) == 1  # GOLD is required with --format jsonl: an InputError, exit 1


def test_cli_parser_sets_func_returning_exit_code(tmp_path, capsys):
    parser = argparse.ArgumentParser(prog="coder")
    add_evaluate_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["evaluate", "gold.jsonl", "--json", "--format", "jsonl", "--worst", "3",
                              "--fail-under", "country=0.9"])
    assert (args.gold, args.gold_format, args.json, args.worst, args.fail_under) == ("gold.jsonl", "jsonl", True, 3,
                                                                                     ["country=0.9"])
    assert callable(args.func)
    args = parser.parse_args(["evaluate", "--format", "ucdp", "--informative-only"])
    assert args.gold is None and args.informative_only


# ----------------------------------------------------------------------------------------------- readers
def test_jsonl_reader_accepts_gold_and_expected(tmp_path):
    path = tmp_path / "gold.jsonl"
    rows = [{"id": 1, "text": "a", "published": "2021-06-28T10:00:00Z",
             "gold": [{"event_date": "2021-06-27", "fatalities": "3", "latitude": "2.5", "inter1": 1, "actor2": ""}]},
            {"id": 1, "text": "b", "published": None, "expected": [{"event_type": "Battles"}]},
            {"id": "c", "text": "c", "published": "2021-06-28"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    articles = read_jsonl(path)
    assert [a.id for a in articles] == ["1", "1#2", "c"]
    assert articles[0].published == dt.date(2021, 6, 28)
    assert articles[0].gold == [{"event_date": dt.date(2021, 6, 27), "fatalities": 3, "latitude": 2.5, "inter1": 1,
                                 "actor2": ""}]  # explicit empty actor2 = none expected
    assert articles[1].gold == [{"event_type": "Battles"}] and articles[1].published is None
    assert articles[2].gold == []
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "a"}\nnot json\n')
    from coder.errors import InputError

    with pytest.raises(InputError, match="bad.jsonl:2"):
        read_jsonl(bad)


def test_uncertain_fields_dropped_and_null_actor2_scored():
    event = clean_event({"event_type": "Protests", "actor2": None, "inter2": 0, "cameo_root": "14",
                         "civilian_targeting": None, "location": "X", "uncertain": ["location", "cameo_root"]})
    assert event == {"event_type": "Protests", "actor2": "", "inter2": 0, "civilian_targeting": ""}
    gold = [GoldArticle("a", "t", D, [event]), article("b", {"event_type": "Battles", "cameo_code": "190"})]
    preds = [{"article_id": "a", "event_type": "Protests", "actor2": "Police Forces of Kenya", "civilian_targeting": None},
             {"article_id": "b", "event_type": "Battles", "cameo_code": "193"}]
    result = evaluate(gold, stub(preds))
    assert field(result, "actor2").correct == 0 and field(result, "civilian_targeting").correct == 1
    assert (field(result, "cameo_root").correct, field(result, "cameo_code").correct) == (1, 0)


def test_fixture_file_scores_perfectly_against_itself():
    path = Path(__file__).resolve().parents[1] / "fixtures" / "articles.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not written yet")
    articles = read_gold(path, "jsonl")
    assert articles and all(isinstance(a.gold, list) for a in articles)
    rows = [{"article_id": a.id, **{k: (None if v == "" else v) for k, v in g.items()}} for a in articles for g in a.gold]
    result = evaluate(articles, stub(rows))
    assert result.overall.recall == 1.0 and result.overall.precision == 1.0
    assert {name: s.accuracy for name, s in result.overall.fields.items() if s.accuracy != 1.0} == {}


def test_ucdp_reader():
    path = _shared_file(UCDP)
    articles = read_ucdp(path)
    assert len(articles) == sum(1 for line in path.read_text().splitlines() if line.strip())
    assert {a.subset for a in articles} == {"informative", "uninformative"}
    first = articles[0]
    assert first.id == "300380" and first.published == dt.date(2013, 1, 3)
    event = first.gold[0]
    assert event["country"] == "Syria" and event["admin1"] == "Idlib governorate" and event["fatalities"] == 2
    assert event["violent"] is True and event["violence_type"] == "state-based" and "location" not in event
    ranged = articles[1].gold[0]  # date_prec 3: 1989-05-10 .. 1989-05-16, published = date_end
    assert (ranged["event_date"], ranged["event_date_end"], articles[1].published) == (
        dt.date(1989, 5, 10), dt.date(1989, 5, 16), dt.date(1989, 5, 16))
    informative = read_ucdp(path, informative_only=True)
    assert informative and all(a.subset == "informative" for a in informative) and len(informative) < len(articles)
    assert all(country_iso3(a.gold[0]["country"]) for a in articles), "every UCDP country resolves to ISO3"


def test_plover_reader():
    path = _shared_file(PLOVER)
    articles = read_plover(path)
    assert len({a.id for a in articles}) == len(articles)  # the repeated event id gets '#2'
    first = articles[0].gold[0]
    assert first["plover_event"] == "AGREE" and first["actor1_country"] == ["IGO"] and "fatalities" not in first
    assert "event_date" not in first
    joint = articles[1].gold[0]
    assert joint["actor1_country"] == ["JOR", "GBR"] and "actor2_country" not in joint
    assert any(a.gold[0].get("fatalities") == 156 for a in articles)
    assert {e.gold[0]["plover_event"] for e in articles} <= {cameo_to_plover(c) for c in (
        "02", "03", "04", "05", "055", "06", "07", "08", "084", "09", "10", "11", "12", "13", "14", "15", "16", "17",
        "18", "19")}


def test_ucdp_end_to_end_with_stub():
    _shared_file(UCDP)

    def code(df):
        return pd.DataFrame([{"article_id": i, "country": "Syria", "event_type": "Battles",
                              "event_date": pd.Timestamp(p)} for i, p in zip(df["id"], df["published"])])

    report, exit_code = run_evaluate(None, "ucdp", as_json=True, code=code)
    payload = json.loads(report)
    assert exit_code == 0 and set(payload["subsets"]) == {"informative", "uninformative"}
    assert payload["fields"]["violent"]["accuracy"] == 1.0  # every article got a violent prediction
    assert 0.1 < payload["fields"]["country"]["accuracy"] < 0.5  # Syria is about a quarter of the rows
    assert payload["confusion"]["field"] == "violence_type"


def test_fatality_ceiling_counts_figures_the_text_can_give():
    from coder.evaluate import fatality_ceiling
    from coder.evaluate.gold import GoldArticle

    gold = [GoldArticle(id="a", text="Gunmen killed twelve villagers.", published=None, gold=[{"fatalities": 12}]),
            GoldArticle(id="b", text="Clashes erupted in the north.", published=None, gold=[{"fatalities": 40}]),
            GoldArticle(id="c", text="Protesters marched.", published=None, gold=[{"fatalities": 0}])]
    assert fatality_ceiling(gold) == (2, 3)  # 12 is written, 0 is the no-death convention, 40 is nowhere
    assert fatality_ceiling([GoldArticle(id="d", text="x", published=None, gold=[{}])]) is None


def test_country_ceiling_counts_countries_the_text_names():
    from coder.evaluate import country_ceiling
    from coder.evaluate.gold import GoldArticle

    gold = [GoldArticle(id="a", text="Gunmen attacked Maiduguri.", published=None, gold=[{"country": "Nigeria"}]),
            GoldArticle(id="b", text="Final death toll for Tuesday.", published=None, gold=[{"country": "Syria"}]),
            GoldArticle(id="c", text="Afghan troops advanced.", published=None, gold=[{"country": "Afghanistan"}])]
    assert country_ceiling(gold) == (2, 3)  # a town in it, nothing at all, its people
