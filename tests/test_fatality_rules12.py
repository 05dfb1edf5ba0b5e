"""Session 8 fatality rules: kin counted with their number ('a man and his two sons'), and village heads,
traditional rulers and informers as persons killed."""

import pytest

from coder.api import code_text


def _deaths(text: str) -> int:
    rows = code_text(text, published=None)
    assert len(rows) == 1, rows
    return rows[0]["fatalities"]


@pytest.mark.parametrize("text, dead", [
    ("On 6 June 2023, gunmen killed a farmer and his two sons in Riyom (Plateau).", 3),
    ("On 6 June 2023, bandits shot dead a trader and his three children near Gusau (Zamfara).", 4),
    ("On 6 June 2023, gunmen killed a farmer and his wife in Riyom (Plateau).", 2),
    ("On 6 June 2023, gunmen killed a village head and his wife in Riyom (Plateau).", 2),
    ("On 6 June 2023, bandits shot dead a traditional ruler in Bungudu (Zamfara).", 1),
])
def test_kin_and_titles_are_counted(text, dead):
    assert _deaths(text) == dead


def test_kin_who_were_only_seized_are_not_dead():
    assert _deaths("On 6 June 2023, gunmen killed a farmer and his two sons were abducted in Riyom (Plateau).") == 1


@pytest.mark.parametrize("text, dead", [
    ("11/02/2013: A suicide bomber struck a checkpoint in Baqubah city, Diyala province, Iraq, killing four "
     "policemen and the bomber.", 5),
    ("11/02/2013: A suicide bomber struck a checkpoint in Baqubah city, Diyala province, Iraq. The bomber and "
     "four policemen were killed.", 5),
    ("11/02/2013: A suicide bomber struck a checkpoint in Baqubah city, Diyala province, Iraq, killing five "
     "people, including the bomber.", 5),
])
def test_an_attacker_listed_with_the_dead_is_one_more(text, dead):
    assert _deaths(text) == dead


def test_attackers_in_the_plural_add_no_count_of_their_own():
    assert _deaths("11/02/2013: Gunmen attacked a checkpoint in Baqubah city, Diyala province, Iraq, killing four "
                   "policemen and the attackers.") == 4
