"""The state an event's place belonged to on its day (``resources/gazetteer/country_history.tsv``)."""

from __future__ import annotations

import functools
from datetime import date
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coder.match.rows import CountryInfo, NamingContext


def country_then(country: CountryInfo, when: date | None, ctx: NamingContext) -> CountryInfo:
    """The state ``country``'s territory belonged to on ``when``: South Sudan before 9 July 2011 is Sudan, Kosovo
    before February 2008 Serbia (``NamingContext.predecessors``); ``country`` itself when the date is unknown or
    later."""
    entry = ctx.predecessors.get(country.iso2)
    if entry is None or when is None or when >= entry[0]:
        return country
    return ctx.countries_by_iso2.get(entry[1], country)


@functools.cache
def country_history() -> dict[str, tuple[date, str]]:
    """resources/gazetteer/country_history.tsv: ISO2 -> (first day as its own state, the state it was part of)."""
    text = resources.files("coder").joinpath("resources/gazetteer/country_history.tsv").read_text("utf-8")
    out: dict[str, tuple[date, str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            _id, iso2, since, then, _what = line.split("\t")
            out[iso2] = (date.fromisoformat(since), then)
    return out
