"""Country and place resolution, second set: peoples' adjectives as place evidence, kind suffixes that do not
make a namesake abroad a two-word name, region readings inside parentheses, and cue phrases. Texts are our own."""

import datetime

import pytest

PUB = datetime.date(2024, 6, 10)  # a Monday


def _one(code, text):
    rows = code(text, PUB)
    assert rows, text
    return rows[0]


@pytest.mark.parametrize("text, country", [
    ("Gunmen torched an Azeri village overnight, residents said.", "Azerbaijan"),
    ("Rebels shelled a Syrian border town on Monday, killing two people.", "Syria"),
    ("Two militants were killed and three U.S. soldiers wounded in eastern Afghan fighting on Monday.", "Afghanistan"),
    ("French troops were wounded in a northern Malian ambush on Monday.", "Mali"),
])
def test_peoples_adjective_says_where(code, text, country):
    assert _one(code, text)["country"] == country


def test_peoples_adjective_naming_a_side_is_no_place(code):
    # "Israeli strikes" names who struck, not where: the place named after the cue decides
    row = _one(code, "Five people were killed in Israeli strikes on Khan Younis on Monday.")
    assert row["country"] == "Palestine"


def test_kind_suffix_does_not_make_a_foreign_namesake_two_words(code):
    # "Savo camp": Savo is a namesake of Savona in Italy; the suffix 'camp' does not make it a two-word name
    row = _one(code, "Militiamen stormed the Savo camp on Monday, killing seven displaced people, Congolese "
                     "officials said.")
    assert row["country"] == "Democratic Republic of Congo"
    assert row["location"] != "Savona"


def test_parenthesised_region_read_as_region(code):
    # a town the gazetteer lacks, then its province in parentheses: the province, not a namesake town abroad
    row = _one(code, "Insurgents shot dead a village headman near Ban Kolo Bue (Pattani) on Monday.")
    assert (row["country"], row["admin1"]) == ("Thailand", "Pattani")
    row = _one(code, "Separatists shot dead a rubber tapper near Bannang Sata (Yala) on Monday.")
    assert (row["country"], row["admin1"]) == ("Thailand", "Yala")


def test_entrance_to_a_city_is_a_locative_cue(code):
    row = _one(code, "A gunman opened fire at the entrance to Haifa, Israel on Monday, killing one man.")
    assert (row["country"], row["location"]) == ("Israel", "Haifa")
    row = _one(code, "Two gunmen opened fire at a checkpoint at the entrance to Jerusalem, Israel, killing a guard.")
    assert row["location"] == "Jerusalem"


def test_peoples_word_inside_an_actor_is_no_foreign_town(code):
    # "Thai" is also an alternate name of a Malaysian city; inside "Thai soldiers" it names the soldiers' people
    row = _one(code, "Suspected insurgents shot dead two rubber tappers on Monday, Thai soldiers said.")
    assert (row["country"], row["location"]) == ("Thailand", "Thailand")
    # a people's word naming a town of that country inside the actor is still read
    row = _one(code, "Kabul police arrested two suspected militants on Monday.")
    assert row["country"] == "Afghanistan"
