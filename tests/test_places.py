"""PlaceMatcher: capitalised sequences -> gazetteer mentions with cues, and precision filters."""

from __future__ import annotations

import pickle
import time

import pytest

from coder.gazetteer import Gazetteer, build_index
from coder.match.places import PlaceMatcher

ARTICLE = (
    "U.S. air strikes hit targets near al-Bukamal's outskirts in Deir Ez-Zor province on Sunday, Pentagon "
    "spokesman John Kirby said, adding that President Biden had approved the operation. The strikes followed "
    "drone attacks on U.S. troops in Syria. In Yemen, Houthi forces fired missiles from Sana'a toward "
    "Hodeidah, while Boko Haram fighters attacked a village near Maiduguri, the Borno State capital. "
    "Fighting also continued in El Fasher, in Mocimboa da Praia and in Lashkar Gah, according to Usman Abba. "
    "Secretary Blinken met officials in Tripoli, Lebanon on Monday. Police said the New York Times was wrong."
)


@pytest.fixture(scope="session")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> PlaceMatcher:
    path = tmp_path_factory.getbasetemp() / "gazetteer-test.pickle"
    if not path.exists():
        build_index(path)
    return PlaceMatcher(Gazetteer.load(path))


def _by_text(matcher: PlaceMatcher, text: str) -> dict[str, object]:
    return {m.text: m for m in matcher.find(text)}


def test_realistic_paragraph(matcher: PlaceMatcher) -> None:
    found = _by_text(matcher, ARTICLE)
    for expected in ["al-Bukamal", "Deir Ez-Zor province", "Syria", "Yemen", "Sana'a", "Hodeidah", "Maiduguri",
                     "Borno State", "El Fasher", "Mocimboa da Praia", "Lashkar Gah", "Tripoli", "Lebanon"]:
        assert expected in found, (expected, sorted(found))
    for wrong in ["John Kirby", "Kirby", "John", "Sunday", "Monday", "Pentagon", "Biden", "Blinken", "Usman",
                  "Police", "New York", "Houthi", "Boko Haram"]:
        assert wrong not in found, wrong


def test_spans_cues_and_choice(matcher: PlaceMatcher) -> None:
    found = _by_text(matcher, ARTICLE)
    bukamal = found["al-Bukamal"]
    assert ARTICLE[bukamal.start:bukamal.end] == "al-Bukamal" and bukamal.cue == "near"
    place = matcher.choose(bukamal, ["SY"])
    assert place.iso2 == "SY" and place.admin1 == "Deir ez-Zor"
    region = matcher.choose(found["Deir Ez-Zor province"], ["SY"])
    assert region.kind == "admin1" and region.name == "Deir ez-Zor"
    assert matcher.choose(found["Borno State"], ["NG"]).kind == "admin1"
    assert found["Maiduguri"].cue == "near" and found["El Fasher"].cue == "in"
    assert matcher.choose(found["Syria"], []).kind == "country"
    assert matcher.choose(found["Tripoli"], []).iso2 == "LB"  # "Tripoli, Lebanon"


def test_country_hints_in_choose(matcher: PlaceMatcher) -> None:
    (mention,) = matcher.find("Clashes erupted in Tripoli overnight.")
    assert matcher.choose(mention, ["LY"]).iso2 == "LY"
    assert matcher.choose(mention, ["LB"]).iso2 == "LB"


def test_single_tokens_need_cue_or_weight(matcher: PlaceMatcher) -> None:
    assert [m.text for m in matcher.find("Mogadishu was calm. Gunmen struck near Goma.")] == ["Mogadishu", "Goma"]
    assert matcher.find("Police said Kirby and March were wrong on Friday.") == []
    texts = [m.text for m in matcher.find("Troops entered Bakhmut, Monguno and Damboa.")]
    assert texts == ["Bakhmut", "Monguno", "Damboa"]  # a verb cue shared by a coordinated list
    assert [m.text for m in matcher.find("Troops were deployed to Damboa.")] == []  # small, no cue


def test_matcher_pickles_and_is_fast(matcher: PlaceMatcher) -> None:
    again = pickle.loads(pickle.dumps(matcher))
    assert [m.text for m in again.find(ARTICLE)] == [m.text for m in matcher.find(ARTICLE)]
    article = (ARTICLE + " ") * 4
    matcher.find(article)
    started = time.perf_counter()
    for _ in range(50):
        matcher.find(article)
    assert (time.perf_counter() - started) / 50 < 0.01  # generous bound; see the report for real numbers
