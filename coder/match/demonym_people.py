"""People named by a demonym ('5 Palestinians', '1 Palestinian,', 'three Chinese workers'): as the target of an
event, people of that country, not its state (``actor.demonym_people``)."""

from __future__ import annotations

import re

from coder.match.roles import Side

_PLURAL_DEMONYM = ("ians", "ans", "is", "ers", "ites")  # Palestinians, Afghans, Iraqis, Israelis, Yemenites
# nouns for people after a demonym ('Chinese workers'): the people of that country, not its state
_PEOPLE_AFTER = re.compile(  # "three Chinese workers", "23 South Korean church volunteers" (one modifier between)
    r"\s+(?:(?!(?:army|military|police|government|security|navy|naval|air|armed|special|state|border|intelligence|"
    r"defen[cs]e|militia|rebel|forces?)\b)[a-z-]+\s+)?(?:nationals?|citizens?|workers?|engineers?|tourists?|traders?|businessm[ae]n|merchants?|journalists?|"
    r"reporters?|doctors?|nurses?|teachers?|students?|pilgrims?|fishermen|fisherman|sailors?|drivers?|miners?|"
    r"farmers?|civilians?|hostages?|expatriates?|contractors?|missionar(?:y|ies)|priests?|nuns?|volunteers?|"
    r"employees?|laborers?|labourers?|passengers?|villagers?|residents?|famil(?:y|ies)|wom[ae]n|m[ae]n|"
    r"children|child|boys?|girls?|people|persons?|traveller?s?|migrants?|refugees?|researchers?|technicians?)\b")
# a count right before a singular demonym that ends its phrase ('1 Palestinian was shot dead', 'one Kenyan
# died'): a person (not '10 Russian Shahed drones')
_COUNT_BEFORE = re.compile(r"(?:\b\d{1,4}|\bone)\s+$")
# "1 Palestinian,", and after a count any plural noun that names no force: "3 Afghan deminers working for ..."
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:was|were|is|has|had|died|dies|and|who)\b|\s+(?!(?:soldiers|troops|"
                         r"forces|policemen|officers|guards|commandos|marines|sailors|pilots|rangers|gendarmes|militants|"
                         r"fighters|rebels|insurgents|militiamen|servicemen|personnel|diplomats|officials|peacekeepers|paratroopers|"
                         r"sappers|riflemen|jawans|conscripts|recruits|cadets|reservists|bodyguards|paramilitaries|airmen|"
                         r"snipers|agents|spies|units|patrols|convoys|jets|drones|helicopters|warships|tanks|vehicles|"
                         r"positions|posts|bases|camps|mercenaries|jihadists|terrorists|guerrillas|separatists|extremists|"
                         r"islamists|bandits|pirates|smugglers|kidnappers|hijackers|attackers|assailants|"
                         r"cadres)\b)[a-z-]{3,}s\b")


def people_of(side: Side | None, lower: str) -> str | None:
    """The ISO3 code of the country whose people a target side names by a plural demonym alone ('5 Palestinians',
    'two Afghans', 'Iraqis'), a singular one after a count ('1 Palestinian') or by a demonym before a noun for people
    ('three Chinese workers', 'a Turkish engineer'), or None: as the target of an event such a side is people of
    that country, not its state."""
    if side is None or side.main is None or len(side.actors) > 1:
        return None
    main = side.main
    if main.kind != "country" or not main.country:
        return None
    text = main.text
    if not text[:1].isupper() or text.lower() == (main.name or "").lower():
        return None
    if not text.endswith(_PLURAL_DEMONYM) and _PEOPLE_AFTER.match(lower, main.end) is None \
            and (_COUNT_BEFORE.search(lower, max(0, main.start - 8), main.start) is None
                 or _PHRASE_END.match(lower, main.end) is None):
        return None
    return main.country
