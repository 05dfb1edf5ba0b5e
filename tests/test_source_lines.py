"""Source citations, agency lines and press spellings of country names (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

PUB = date(2009, 5, 5)


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


def test_a_broadcast_citation_gives_no_place_or_country(code):
    row = _one(code('Afghan Islamic Press news agency, Peshawar, in Pashto 0720 gmt 3 Mar 09 / "Taleban kill four '
                    'policemen in an ambush"'))
    assert row["country"] == "Afghanistan" and row["location"] != "Peshawar"
    # the broadcast language is no place either (Ethiopia's Somali region), nor the outlet's city
    row = _one(code('Radio Dalsan, Baidoa, in Somali 1015 gmt 4 May 09 (BBC "Fighting between militias kills six")'))
    assert row["country"] != "Ethiopia" and row["location"] not in ("Somali", "Baidoa") and row["fatalities"] == 6


def test_an_outlet_with_its_city_before_a_filing_date_gives_no_country(code):
    row = _one(code('Serbian TV, Belgrade 2001-05-02/ "Gunmen kill three policemen near Kumanovo"'))
    assert row["country"] == "North Macedonia"


def test_a_copyright_notice_and_a_word_count_give_no_country(code):
    text = ("Rebels shell a market in Goma\n210 words\n4 May 2009\nAgence France Presse\n"
            "(c) 2009 The British Broadcasting Corporation. All Rights Reserved. No material may be reproduced "
            "except with the express permission of The British Broadcasting Corporation.")
    row = _one(code(text))
    assert row["country"] == "Democratic Republic of Congo" and row["fatalities"] == 0


def test_a_broadcast_time_in_ordinary_prose_is_no_citation(code):
    row = _one(code("At 1015 GMT on Monday gunmen killed two guards at a checkpoint in Kandahar, Afghan radio said."))
    assert row["country"] == "Afghanistan" and row["fatalities"] == 2


def test_abbreviated_and_run_together_country_names(code):
    assert _one(code("Three farmers shot dead in S.Africa on Sunday"))["country"] == "South Africa"
    assert _one(code("S.Lankan troops kill nine rebels in fresh clashes"))["country"] == "Sri Lanka"
    assert _one(code("Militiamen attack a camp in RDCongo, killing four"))["country"] == "Democratic Republic of Congo"


def test_an_armed_advance_into_a_place_is_a_battle(code):
    row = _one(code("Al Shabaab fighters push into a town in Hiraan"))
    assert row["sub_event_type"] == "Armed clash" and row["country"] == "Somalia"
    assert _one(code("Government troops advance on rebel positions near Kidal"))["event_type"] == "Battles"
    assert code("The party hopes to push into the final round of the election") == []
    assert code("Shares advanced on Monday as the market rallied") == []


def test_a_toll_whose_subject_is_the_fighting_is_a_battle(code):
    row = _one(code("Kismayo fighting leaves eleven dead"))
    assert row["sub_event_type"] == "Armed clash" and row["fatalities"] == 11
    assert _one(code("Border clashes claim four lives in Abyei"))["event_type"] == "Battles"


def test_a_reuters_glued_into_a_source_line_is_taken_apart(code):
    """UCDP GED's source lines hold "Reuters" where an "R " stood ("FouReutersNepal", "Reuters3/4/1998"): inside a
    word it is the letter r and a space again, before a date the agency (coder.text.normalize)."""
    from coder.text.normalize import normalize_text
    assert normalize_text("Reuters3/4/1998 FouReutersNepal policemen killed by Maoist rebels.") == \
        "Reuters 3/4/1998 Four Nepal policemen killed by Maoist rebels."
    assert normalize_text("KILLED NEAR THE BORDEReutersTOWN") == "KILLED NEAR THE BORDER TOWN"
    assert normalize_text("ThomsonReuters reported") == "ThomsonReuters reported"
    rows = code("Reuters3/4/1998 FouReutersNepal policemen killed by Maoist rebels.")
    assert [(r["country"], r["fatalities"]) for r in rows] == [("Nepal", 4)], rows
