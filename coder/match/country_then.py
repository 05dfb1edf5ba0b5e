"""The state an event's place belonged to on its day (``resources/gazetteer/country_history.tsv``)."""

from __future__ import annotations

from datetime import date
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
