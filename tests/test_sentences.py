from coder.text.normalize import normalize_text
from coder.text.sentences import SentenceSplitter


def split(text):
    return [text[a:b] for a, b in SentenceSplitter().split(text)]


def test_abbreviations_do_not_split():
    text = "Gen. Smith met U.S. officials on Jan. 5 at 3 p.m. in Kabul. He left."
    assert split(text) == ["Gen. Smith met U.S. officials on Jan. 5 at 3 p.m. in Kabul.", "He left."]


def test_closing_quotes_stay_with_sentence():
    assert split('He said "No." Then it rained.') == ['He said "No."', "Then it rained."]


def test_headlines_and_numbers_start_sentences():
    text = "Gunmen kill 5 in Borno\n\nAttackers struck (Lower Shabelle). 3 soldiers were killed."
    assert split(text) == ["Gunmen kill 5 in Borno", "Attackers struck (Lower Shabelle).", "3 soldiers were killed."]


def test_normalize_quotes_and_spaces():
    assert normalize_text("\u201cHi\u201d\u00a0there \u2013 al\u2019Bukamal") == "\"Hi\" there - al'Bukamal"


def test_uncap_all_capitals_only():
    from coder.text.normalize import uncap

    assert uncap("SIX SEPARATISTS KILLED IN SOUTHEASTERN TURKEY.") == "Six Separatists Killed In Southeastern Turkey."
    assert uncap("Six separatists killed in Turkey, the AFP said.") == "Six separatists killed in Turkey, the AFP said."


def test_semicolon_glued_to_a_capital_joins_two_headlines():
    text = "Four guards killed in Garissa raid;Gunmen kill four in Garissa; police hunt attackers;Tweet ;Al&#8217;s shop"
    assert split(text) == ["Four guards killed in Garissa raid", "Gunmen kill four in Garissa; police hunt attackers",
                           "Tweet", "Al&#8217;s shop"]
