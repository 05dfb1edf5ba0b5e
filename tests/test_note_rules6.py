"""Note rules, session 6: heads of state named by title, Brazil's Military Police, beatings of people."""

import datetime

PUB = datetime.date(2023, 3, 6)


def _sides(row) -> set:
    return {row["actor1"], row["actor2"]}


# -- 1. "President X" / "Prime Minister X" as a side: the Government of the country --------------------------
def test_president_by_title_is_the_government_in_an_agreement(code):
    rows = code("On 12 April 2021, President Tshisekedi and CODECO leaders signed a peace accord in Bunia, "
                "Democratic Republic of Congo.")
    assert rows and rows[0]["sub_event_type"] == "Agreement"
    assert "Government of Democratic Republic of Congo" in _sides(rows[0]) or any(
        (side or "").startswith("Government of") for side in _sides(rows[0]))
    assert rows[0]["inter1"] == 1 or rows[0]["inter2"] == 1


def test_prime_minister_by_title_is_the_government(code):
    rows = code("On 2 November 2022, Prime Minister Abiy Ahmed and the TPLF signed a ceasefire agreement in "
                "Pretoria, South Africa.")
    assert rows and rows[0]["sub_event_type"] == "Agreement"
    assert any((side or "").startswith("Government of") for side in _sides(rows[0]))


def test_former_and_vice_president_are_not_the_government(code):
    for title in ("former President Joseph Kabila", "Vice President Jean-Pierre Bemba", "ex-President Kabila"):
        rows = code(f"On 8 May 2020, {title} and opposition leaders signed an agreement in Kinshasa, "
                    "Democratic Republic of Congo.")
        for row in rows:
            assert not any((side or "").startswith("Government of") for side in _sides(row)), title


def test_protest_against_the_president_has_no_government_side(code):
    rows = code("On 14 January 2023, thousands of demonstrators marched in Lima, Peru, demanding the "
                "resignation of President Dina Boluarte.")
    assert rows and rows[0]["event_type"] == "Protests"
    assert not any((side or "").startswith("Government of") for side in _sides(rows[0]))
    rows = code("On 14 January 2023, students protested against President Dina Boluarte in Cusco, Peru.")
    assert rows and not any((side or "").startswith("Government of") for side in _sides(rows[0]))


def test_president_is_no_side_of_fighting(code):
    rows = code("On 20 May 2022, President Tshisekedi said M23 rebels attacked army positions near Rutshuru, "
                "Democratic Republic of Congo.")
    assert rows and not any((side or "").startswith("Government of") for side in _sides(rows[0]))


def test_lower_case_title_without_a_name_stays_compose_only(code):
    rows = code("On 3 June 2022, the president and rebel leaders signed a peace deal in Bangui, "
                "Central African Republic.")
    for row in rows:
        assert not any((side or "").startswith("Government of") for side in _sides(row))


def test_title_mention_from_the_actor_matcher():
    from coder.dictionaries.actors import load_actor_dictionary
    from coder.match.actors import ActorMatcher
    matcher = ActorMatcher(load_actor_dictionary())
    found = matcher.find("President Filipe Nyusi met the delegation.")
    assert [(m.text, m.entry_id) for m in found] == [("President Filipe Nyusi", "agt.government_weak:title")]
    assert matcher.find("The president met the delegation.") == []
    for text in ("Supporters of President Nyusi gathered.", "Former President Guebuza spoke.",
                 "The Vice-President Chiwenga spoke."):
        assert all(not m.entry_id.startswith("agt.government_weak") for m in matcher.find(text)), text


# -- 2. Brazil's Military Police are police -------------------------------------------------------------------
def test_brazil_military_police_are_police(code):
    rows = code("On 9 September 2022, Military Police officers shot dead two men in a favela in Belo "
                "Horizonte, Brazil.")
    assert rows and rows[0]["actor1"] == "Police Forces of Brazil" and rows[0]["inter1"] == 1
    rows = code("On 9 September 2022, Brazilian military police dispersed protesting teachers in Recife.")
    assert rows and "Police Forces of Brazil" in _sides(rows[0])


def test_military_police_elsewhere_stay_military(code):
    rows = code("On 1 October 2021, military police shot dead a protester in Khartoum, Sudan.")
    assert rows and "Military Forces of Sudan" in _sides(rows[0])


# -- 3. beating a person is an attack -------------------------------------------------------------------------
def test_beating_a_person_is_an_attack(code):
    rows = code("On 17 March 2022, soldiers beat a journalist covering a market fire in Bukavu, "
                "Democratic Republic of Congo.")
    assert rows and rows[0]["event_type"] == "Violence against civilians"
    assert rows[0]["sub_event_type"] == "Attack" and rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7


def test_passive_beating_by_soldiers(code):
    rows = code("On 17 March 2022, three traders were beaten by soldiers at a checkpoint near Kalemie, "
                "Democratic Republic of Congo.")
    assert rows and rows[0]["sub_event_type"] == "Attack"
    assert rows[0]["inter1"] == 1 and rows[0]["inter2"] == 7


def test_beat_up_a_villager(code):
    rows = code("On 4 July 2021, police officers beat up a villager in Kisumu, Kenya.")
    assert rows and rows[0]["sub_event_type"] == "Attack" and rows[0]["actor1"].startswith("Police Forces of")


def test_beat_without_a_person_is_no_event(code):
    for text in ("On 4 July 2021, the national team beat them in the match in Nairobi, Kenya.",
                 "On 4 July 2021, the contractors beat the deadline for the new bridge in Kisumu, Kenya.",
                 "On 4 July 2021, drummers beat a steady rhythm at the festival in Mombasa, Kenya.",
                 "On 4 July 2021, a doctor checked the heartbeat of patients in Nakuru, Kenya."):
        assert code(text) == [], text
