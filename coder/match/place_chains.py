"""Comma chains of places ("Koutougou town, Soum province, Sahel region, Burkina Faso"): the country that closes
a chain holds each of its places (``place.chain_country``), also past names the gazetteer lacks or lists as no place
('Sahel region'), so a namesake abroad of one of them (Soum in Senegal) is not that place."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coder.match.places import PlaceMention


def chain_gap(gap: str) -> bool:
    """Whether ``gap`` between two place mentions keeps them in one comma chain: a bare comma, or commas around
    short capitalised names the gazetteer lacks or lists as no place ('Soum province, Sahel region, Burkina Faso')."""
    parts = gap.split(",")
    if len(parts) < 2 or parts[0].strip() or parts[-1].strip():
        return False
    for part in parts[1:-1]:
        words = part.split()
        if not 1 <= len(words) <= 4 or not words[0][:1].isupper():
            return False
    return True


def chain_country(text: str, mentions: list[PlaceMention], k: int) -> str | None:
    """The ISO2 code of the country that closes the comma chain of place mentions starting at ``mentions[k]``
    ('Sahel region, Burkina Faso'), or None when the chain ends in no country."""
    for at in range(k, len(mentions)):
        here = mentions[at]
        if here.candidates[0].kind == "country":
            return here.candidates[0].iso2
        if at + 1 == len(mentions) or not chain_gap(text[here.end:mentions[at + 1].start]):
            return None
    return None
