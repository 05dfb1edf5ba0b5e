"""The location's name as a row gives it: plain Latin (GeoNames' 'Arīḩā' is 'Ariha'), and the text's own spelling
when the gazetteer matched the town through another one ('Kupiansk' for 'Kupyansk', 'Jenin' for 'Janin': ACLED's
names follow its notes)."""

from __future__ import annotations

import unicodedata

from coder.gazetteer.index import Place
from coder.match.assemble import Event
from coder.match.places import strip_kind_suffix
from coder.match.unlisted import is_unlisted


# letters NFKD does not take apart ('Diyarbakır', 'Łódź'), and transliteration marks to drop
_NO_DECOMPOSITION = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss",
                                   "æ": "ae", "Æ": "Ae", "œ": "oe", "ħ": "h", "Ħ": "H", "ʿ": "", "ʾ": "", "ʼ": "",
                                   "‘": "", "’": ""})


def location_name(event: Event, place: Place, lower: str) -> str:
    """The town as the text spells it ('Kupiansk', 'Jenin', 'Reasi': ACLED's names follow its notes), when the
    gazetteer matched it through another spelling ('Kupyansk', 'Janin', 'Riasi'); else the gazetteer's name
    (``lower``: the article's lower-cased text)."""
    name = ascii_name(place.name)
    mention = event.place.mention if event.place is not None and place.kind == "place" else None
    if mention is None or is_unlisted(place):
        return name
    low = max(0, mention.start - 30)
    around = lower[low:mention.end + 40]
    folded = around if around.isascii() else ascii_name(around)
    at = folded.find(name.casefold()) if len(folded) == len(around) else -1
    if at >= 0 and low + at <= mention.start and low + at + len(name) >= mention.end:
        return name  # the text writes the gazetteer's whole name around the mention ('At Tall', 'Saint-Michel de ...')
    written = " ".join(mention.text.split())
    stripped = strip_kind_suffix(written)  # "Kyiv city", "Seoul subway", "Himamaylan City"
    if same_name(stripped, name) or same_name(written, name):
        return name
    # a capitalised kind word the gazetteer's name lacks stays ("Quezon City" matched as 'Quezon')
    text = stripped if written[len(stripped):].strip().islower() else written
    if not text[:1].isupper() or (text.isupper() and len(text) > 3) or not ascii_name(text).isascii():
        return name
    return ascii_name(text)


def same_name(text: str, name: str) -> bool:
    return ascii_name(text).casefold().replace("-", " ") == name.casefold().replace("-", " ")


def ascii_name(name: str) -> str:
    """GeoNames main names carry transliteration marks ('Arīḩā'); ACLED-style output uses plain Latin ('Ariha')."""
    if name.isascii():
        return name
    folded = unicodedata.normalize("NFKD", name.translate(_NO_DECOMPOSITION))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return plain if plain.isascii() else name
