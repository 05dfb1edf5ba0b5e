"""Turn assembled events into rows of the events table (one dict of column -> value per event)."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from dataclasses import dataclass, field

from coder.dictionaries.actors import fill_country
from coder.match.actors import (CIVILIAN_INTER, IDENTITY_INTER, NON_STATE_ARMED_INTERS, PARTY_PREFIX, STATE_INTER,
                                 ActorMention)
from coder.match.assemble import Event, names_victims
from coder.match.country_then import country_then
from coder.match.riot_police import riot_police
from coder.match.mentions import ArticleMatches
from coder.match.grievances import is_grievance_object
from coder.match.roles import Side
from coder.taxonomy import EventClass, Taxonomy
from coder.match.crowd_cues import (LETHAL_FORCE, PROPERTY_SUBTYPES, counter_crowd, crowd_attacks, fighting_civilians, in_event,
                                    names_suspects, party_side, state_force, unarmed_sides)
from coder.match.demonym_people import people_of
from coder.match.location_names import location_name
from coder.match.successors import RULE as SUCCESSOR_RULE, as_state
from coder.match.officials import officials_attacked
from coder.match.unlisted import UNLISTED_RULE, is_unlisted

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
UNIDENTIFIED_TYPES = frozenset({"Battles", "Violence against civilians"})
UNIDENTIFIED_SUBTYPES = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
_CROWD_FORMS = {"Protests": "protesters", "Riots": "rioters"}
VICTIM_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians", "Riots"})
_VAC = "Violence against civilians"
CROWD_INTERS = frozenset({5, 6})
PROTESTER_INTER = 6
RIOTER_INTER = 5
_CROWD_VIOLENCE = frozenset({"Battles", "Violence against civilians"})  # what demonstrators who attack commit
_COMMUNAL_TYPES = frozenset({"Riots", "Battles"})  # how a fight between two communities' crowds is first read
_STRATEGIC = "Strategic developments"
_ARMED_STATES = frozenset({1, 8})  # state forces at home and abroad: who "bombed" from the air (type.state_bombed)
_BOMBED = frozenset({"bombed", "bombing", "bombings", "bombing of"})
# a side that gives a place up: 'withdrew', 'pulled out', 'handed over', right after its name
_RELINQUISH_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:withdrew|withdrawn|withdrawing|pulled\s+(?:out|back)|"
                               r"retreated|abandoned|vacated|handed\s+over|left|surrendered|gave\s+up)\b")
REBEL_INTER = 2  # militias (3, 4) may be the state's affiliates, whose retaking ACLED codes as the government's


@dataclass(frozen=True, slots=True)
class CountryInfo:
    name: str
    iso2: str
    iso3: str
    cameo: str
    of_name: str | None = None


@dataclass(frozen=True, slots=True)
class ActorForm:
    """A template for an actor named after a country: 'Military Forces of {country}', '{cameo_country}MIL'."""

    entry_id: str
    name: str
    cameo: str
    inter: int
    form: str


@dataclass(slots=True)
class NamingContext:
    """What naming needs from the dictionaries, resolved once per Coder."""

    countries_by_iso3: dict[str, CountryInfo]
    countries_by_iso2: dict[str, CountryInfo]
    state_forms: dict[str, ActorForm]  # sector (MIL, POL, GOV) -> template
    generic_forms: dict[str, ActorForm]  # role (unidentified, protesters, rioters, civilians) -> template
    # (agent id, ISO3) -> the named group a generic word means in that country ('Maoists' in India: CPI (Maoist))
    country_groups: dict[tuple[str, str], ActorForm] = field(default_factory=dict)
    counter_cues: tuple[str, ...] = ()  # 'counter-protesters': a second crowd of protesters (actor_forms.json)
    communal_pair: re.Pattern[str] | None = None  # 'Hindu and Muslim groups', 'two communities' (crowd_pair_regex)
    civilian_property: re.Pattern[str] | None = None  # 'houses', 'shops': people's property (words_regex)
    rival_sides: re.Pattern[str] | None = None  # 'rival', 'two', 'clan militias': two militias of one kind (words_regex)
    violent_crowds: frozenset[str] = frozenset()  # agent ids of crowds that riot when they attack (actor_forms.json)
    victim_occupations: frozenset[str] = frozenset()  # 'herders': a militia's people by their work (actor_forms.json)
    parties: dict[str, ActorForm] = field(default_factory=dict)  # party id -> its political militia (parties.jsonl)
    fighting_civilians: frozenset[str] = frozenset()  # 'farmers', 'villagers': civilians who may fight (actor_forms.json)
    # ISO2 -> (first day as its own state, ISO2 of the state it was part of before): country_history.tsv
    predecessors: dict[str, tuple[date, str]] = field(default_factory=dict)
    successors: dict[str, tuple[date, ActorForm]] = field(default_factory=dict)  # groups that became state forces
    crowd_police: tuple[str, ...] = ()  # 'gendarmes', 'border guards': police at a protest or riot (actor_forms.json)


@dataclass(slots=True)
class ActorFields:
    name: str | None = None
    assoc: str | None = None
    inter: int = 0
    code: str | None = None


def _fill(template: str | None, country: CountryInfo | None) -> str | None:
    if template is None:
        return None
    if "{" not in template:
        return template
    if country is None:
        # "Military Forces of {country}" with no country known: "Military Forces", never "Military Forces of"
        return template.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "") \
            .replace("{cameo_country}", "").strip() or None
    return fill_country(template, country.name, country.cameo, country.of_name)


def _form_fields(form: ActorForm, country: CountryInfo | None) -> ActorFields:
    return ActorFields(_fill(form.name, country), None, form.inter, _fill(form.cameo, country))


def _state_sector(cls: EventClass) -> str:
    if cls.sub_event_type == "Arrests" or cls.event_type in {"Protests", "Riots"}:
        return "POL"
    if cls.event_type in VIOLENT_TYPES:
        return "MIL"
    return "GOV"


# classes in which both sides fight ('clashed', 'exchanged fire'), unlike an ambush or an attack on villagers
_MUTUAL_FIGHTS = frozenset({"armed_clash", "ceasefire_violation"})
# event types in which a party's members who act are the party's militia, not a crowd (``actor.party_militia``)
_PARTY_MILITIA_TYPES = frozenset({"Battles", "Explosions/Remote violence", _VAC})


def _party_fields(mention: ActorMention, cls: EventClass, ctx: NamingContext,
                  country: CountryInfo | None, initiator: bool) -> ActorFields | None:
    """A party's members ('ZANU-PF youths', 'supporters of the APC', 'a CNL member'), ACLED's way: who attack
    people or fight are the political militia named after the party (3); a crowd of them in a riot is Rioters, at a
    protest Protesters, and members who are the target are Civilians, with the party as associated actor."""
    party = ctx.parties.get(mention.entry_id)
    if party is None:
        return None
    if cls.event_type in _PARTY_MILITIA_TYPES and (initiator or cls.event_type == "Battles"):
        return ActorFields(party.name, None, party.inter, party.cameo)
    form = ctx.generic_forms.get(_CROWD_FORMS.get(cls.event_type, "civilians"))
    if form is None:
        return None
    fields = _form_fields(form, country)
    fields.assoc = party.name
    return fields


def mention_fields(mention: ActorMention, cls: EventClass, ctx: NamingContext,
                   fallback: CountryInfo | None, initiator: bool = True) -> ActorFields:
    own = ctx.countries_by_iso3.get(mention.country) if mention.country else None
    country = own or fallback
    if mention.entry_id.startswith(PARTY_PREFIX):
        party = _party_fields(mention, cls, ctx, country, initiator)
        if party is not None:
            return party
    group = ctx.country_groups.get((mention.entry_id.partition(":")[0], country.iso3)) if country is not None else None
    if group is not None and own is not None and group.form == "foreign_organ":
        group = None  # "Palestinian security forces": the words name the country (actor.occupier_forces)
    if group is None and mention.kind == "armed_group" and own is not None and fallback is not None \
            and fallback.iso3 != own.iso3 and own.name[:5].lower() not in mention.text.lower():
        # "Taliban gunmen" in Pakistan are the TTP: the event's country picks the group, unless the words name the
        # group's own country ("Afghan Taliban")
        group = ctx.country_groups.get((mention.entry_id.partition(":")[0], fallback.iso3))
    if group is not None:  # "Maoists" in India are CPI (Maoist), in Nepal CPN-M
        return ActorFields(group.name, None, group.inter, group.cameo)
    # "government warplanes struck": the government's military; "a bus carrying government employees" (a
    # target) stays the government
    government = (mention.cameo or "").endswith("GOV") and cls.event_type in VIOLENT_TYPES and initiator
    if (own is not None and mention.kind == "country") or (country is not None and government):
        form = ctx.state_forms.get(_state_sector(cls))  # "Syrian government warplanes" -> its military
        if form is not None:
            return _form_fields(form, own or country)
    if cls.event_type in _CROWD_FORMS and mention.entry_id.partition(":")[0] == _MILITARY_AGENT \
            and mention.text.lower().endswith(ctx.crowd_police) and "POL" in ctx.state_forms:
        return _form_fields(ctx.state_forms["POL"], own or country)  # "gendarmes fired tear gas at rioters"
    crowd = mention.kind == "agent" and (mention.inter == CIVILIAN_INTER or (mention.inter == 6 and cls.event_type == "Riots"))
    protest_form = _CROWD_FORMS.get(cls.event_type) if crowd else None  # a riot's "demonstrators" are rioters
    # a crowd takes the event's country, whatever people it is ('Serb protesters' in Kosovo: Protesters (Kosovo);
    # ACLED names generic protesters and rioters after the country where they act)
    if not protest_form and mention.kind == "agent":
        protest_form = _CROWD_AGENTS.get(mention.entry_id.partition(":")[0])
    if protest_form and protest_form in ctx.generic_forms:  # "students protesting" -> Protesters (country)
        return _form_fields(ctx.generic_forms[protest_form], fallback or country)
    return ActorFields(_fill(mention.name, country), None, mention.inter, _fill(mention.cameo, country))


def side_fields(side: Side | None, cls: EventClass, ctx: NamingContext, fallback: CountryInfo | None,
                initiator: bool = True) -> ActorFields:
    if side is None or side.main is None:
        return ActorFields()
    main = mention_fields(side.main, cls, ctx, fallback, initiator)
    others = [main.assoc] if main.assoc else []
    for actor in side.actors[1:]:
        name = mention_fields(actor, cls, ctx, fallback, initiator).name
        if name and name != main.name and name not in others:
            others.append(name)
    main.assoc = "; ".join(others) or None
    return main


def default_side1(cls: EventClass, ctx: NamingContext, country: CountryInfo | None) -> tuple[ActorFields, str] | None:
    """Who acted when the text names nobody: protesters, rioters, or an unidentified armed group."""
    if cls.sub_event_type == "Government regains territory" and "MIL" in ctx.state_forms:
        return _form_fields(ctx.state_forms["MIL"], country), "actor.state_retakes"  # by definition the state's
    if cls.event_type == "Protests" and cls.sub_event_type != "Excessive force against protesters":
        role = "protesters"
    elif cls.event_type == "Riots":
        role = "rioters"
    elif cls.event_type in UNIDENTIFIED_TYPES or cls.sub_event_type in UNIDENTIFIED_SUBTYPES:
        role = "unidentified"
    else:
        return None
    form = ctx.generic_forms.get(role)
    return (_form_fields(form, country), f"actor.{role}") if form else None


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: sole-actor events are X0, two-sided ones lower digit first."""
    if inter2 == 0 or inter1 == 0:
        return max(inter1, inter2) * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def event_id(article_id: str, index: int, row: dict) -> str:
    key = (f"{article_id}|{index}|{row.get('event_date')}|{row.get('event_type')}|{row.get('sub_event_type')}|"
           f"{row.get('location')}|{row.get('actor1')}")
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


# a military that speaks of its own operation: "The Israeli army said ...", "according to the Kenyan military"
_SPEAKS_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:said|says|stated|confirmed|announced|reported)\b")
_SPEAKS_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+)?$")
_OWNED_BEFORE = re.compile(r"(?:'|\u2019)s?\s+$")
_BARE_SOLDIERS = "agt.military"


def _soldiers_country(side: Side | None, matches: ArticleMatches, ctx: NamingContext,
                      country: CountryInfo | None) -> CountryInfo | None:
    """Whose unnamed soldiers: the place's country, unless the article has one foreign state's military speak of
    the operation and names no home force ("soldiers shot a man in Jenin. The Israeli army said ...")."""
    main = side.main if side is not None else None
    if main is None or main.entry_id != _BARE_SOLDIERS or country is None:
        return country
    speaker: str | None = None
    for actor in matches.actors:
        if actor.sector != "MIL" or actor.country is None or actor.entry_id == _BARE_SOLDIERS:
            continue
        if actor.country == country.iso3:
            return country  # "Somali troops" named too: the soldiers may be theirs
        if _OWNED_BEFORE.search(matches.lower, max(0, actor.start - 4), actor.start) is not None:
            continue  # "Mexico's Defense Department said": whose it is, the text says before it
        if _SPEAKS_AFTER.match(matches.lower, actor.end) is not None \
                or _SPEAKS_BEFORE.search(matches.lower, max(0, actor.start - 20), actor.start) is not None:
            if speaker is not None and speaker != actor.country:
                return country
            speaker = actor.country
    return ctx.countries_by_iso3.get(speaker, country) if speaker is not None else country


def _party_country(cls: EventClass, side: Side | None, other: Side | None, ctx: NamingContext,
                   country: CountryInfo | None = None) -> CountryInfo | None:
    """``actor.deal_country``: "the government and the ELN signed a ceasefire in Havana": an unnamed state side of
    an agreement is that of the non-state party's home country, not of the country where the deal was signed."""
    if cls.sub_event_type != "Agreement" or side is None or side.main is None or other is None or other.main is None:
        return None
    main, party = side.main, other.main
    if main.kind != "agent" or main.country is not None or main.inter != STATE_INTER or party.country is None \
            or party.inter == STATE_INTER:
        return None
    if country is not None and (party.entry_id.partition(":")[0], country.iso3) in ctx.country_groups:
        return None  # "the Taliban" in Pakistan are the TTP (mention_fields): a party of the event's own country
    return ctx.countries_by_iso3.get(party.country)


def event_row(event: Event, index: int, article_id: str, matches: ArticleMatches, taxonomy: Taxonomy,
              ctx: NamingContext, busy: frozenset[int] | None = None) -> dict:
    """One row of the events table for ``event``; ``busy``: the sentences of the article's other events."""
    rule_ids = list(event.rule_ids)
    place = event.place.place if event.place else None
    country = ctx.countries_by_iso2.get(place.iso2) if place else None
    if country is None and matches.countries:
        country = ctx.countries_by_iso2.get(matches.countries[0])
        rule_ids.append("place.article_country")
    if country is not None and (then := country_then(country, event.event_date, ctx)) is not country:
        country = then  # "Raja County" in 2009 was in Sudan (UCDP, GTD and ACLED code the state of the time)
        rule_ids.append("place.country_then")
    base = taxonomy.event_class(event.cls)
    target = event.side2.main.inter if event.side2 and event.side2.main else None
    people_iso3 = people_of(event.side2, matches.lower) if "civilians" in ctx.generic_forms else None
    people = ctx.countries_by_iso3.get(people_iso3) if people_iso3 else None
    # "killed three Palestinians in a gunfight": in a battle the other side's people are fighters, never its state
    battle_people = people is not None and base.event_type == "Battles"
    if battle_people:
        people = None
    # "gunmen killed five herders in a raid on their camp": people named by their work, only attacked, are
    # civilians, not a communal militia (``actor.victim_occupation``)
    occupation = people is None and base.event_type != "Battles" and "civilians" in ctx.generic_forms \
        and _victim_occupation(event.side2, ctx)
    # "ZANU-PF youths attacked opposition supporters": a party's members attack people, not a protest they police
    supporters = target == PROTESTER_INTER and party_side(event.side1) and base.event_type not in _CROWD_FORMS \
        and "civilians" in ctx.generic_forms
    if people is not None or occupation or supporters:
        target = ctx.generic_forms["civilians"].inter
    elif target == STATE_INTER and officials_attacked(event, base, matches.lower):
        target = CIVILIAN_INTER  # "gunmen shot dead the head of the district administration": no armed side
        rule_ids.append("type.officials_attacked")
    cls = taxonomy.resolve(event.cls, target)
    actor1 = side_fields(event.side1, cls, ctx, _party_country(cls, event.side1, event.side2, ctx, country) or
                         _soldiers_country(event.side1, matches, ctx, country), True)
    actor2 = side_fields(event.side2, cls, ctx, _party_country(cls, event.side2, event.side1, ctx, country) or
                         _soldiers_country(event.side2, matches, ctx, country), False)
    state1, state2 = (as_state(actor1, event.side1, event.event_date, ctx.successors),
                      as_state(actor2, event.side2, event.event_date, ctx.successors))
    if state1 is not None or state2 is not None:  # "a Taliban checkpoint" in 2023: the state's forces
        actor1, actor2 = state1 or actor1, state2 or actor2
        rule_ids.append(SUCCESSOR_RULE)
    if people is not None:  # "arrested 5 Palestinians": people, not a state
        actor2 = _form_fields(ctx.generic_forms["civilians"], people)
        rule_ids.append("actor.demonym_people")
    elif occupation or supporters:
        actor2 = _form_fields(ctx.generic_forms["civilians"], country)
        rule_ids.append("actor.victim_occupation" if occupation else "actor.party_on_supporters")
    elif battle_people:  # no side: the people a demonym names are not the state (``actor.demonym_fighters``)
        actor2 = ActorFields()
        rule_ids.append("actor.demonym_fighters")
    if event.cls == "explosion" and actor1.inter in _ARMED_STATES and event.mentions[0].trigger.text.lower() in _BOMBED:
        cls = taxonomy.resolve("air_strike", target)  # "the army bombed rebel positions": from the air
        rule_ids.append("type.state_bombed")
    if actor1.name is None:
        default = default_side1(cls, ctx, country)
        if default is not None:
            actor1, rule = default
            rule_ids.append(rule)
    if actor2.name is not None and actor2.name == actor1.name and not _distinct_generics(event):
        actor2 = ActorFields()  # (but "vigilantes killed 5 bandits": two armed groups ACLED names alike)
    if actor2.name is None and cls.event_type in VICTIM_TYPES and names_victims(event, matches, busy):
        form = ctx.generic_forms.get("civilians")  # "killing twelve people": unnamed victims are civilians
        if form is not None:
            actor2 = _form_fields(form, country)
            rule_ids.append("actor.victims")
    if actor2.name is None and cls.sub_event_type in PROPERTY_SUBTYPES and ctx.civilian_property is not None \
            and "civilians" in ctx.generic_forms and in_event(event, matches, ctx.civilian_property):
        # "RSF fighters looted shops", "a mob torched houses of Christians": whose property it is, the civilians
        actor2 = _form_fields(ctx.generic_forms["civilians"], country)
        rule_ids.append("actor.civilian_property")
    if cls.sub_event_type == "Non-violent transfer of territory" and actor2.name is not None \
            and _relinquishes(event.side1, matches.lower):
        # "junta troops withdrew from Tangyan and UWSA forces took over": the side that takes the place is actor1
        actor1, actor2 = actor2, actor1
        rule_ids.append("actor.transfer_taker_first")
    if cls.event_type == "Riots" and base.event_type == "Riots" and _armed_initiator(event.side1) \
            and "attack" in taxonomy.classes:
        # "unidentified assailants threw a Molotov cocktail at a bus": a riot's weapon in armed hands is an attack
        cls = taxonomy.resolve("attack", actor2.inter if actor2.inter not in CROWD_INTERS else CIVILIAN_INTER)
        if actor2.inter in CROWD_INTERS and "civilians" in ctx.generic_forms:
            actor2 = _form_fields(ctx.generic_forms["civilians"], country)
        rule_ids.append("type.armed_riot_weapon")
    if crowd_attacks(event, cls.sub_event_type, ctx.violent_crowds, matches.lower) and "rioters" in ctx.generic_forms:
        # "a crowd set fire to a lawmaker's house", "ruling party supporters attacked protesters": mob violence by
        # rioters (ACLED), whoever the target is
        cls = taxonomy.event_class("mob_violence")
        actor1 = _form_fields(ctx.generic_forms["rioters"], country)
        if event.side2 is not None and event.side2.main is not None and event.side2.main.inter == PROTESTER_INTER:
            actor2 = _form_fields(ctx.generic_forms["protesters"], country)  # (the same name as the crowd's before)
        rule_ids.append("type.crowd_attacks")
    if actor1.inter == PROTESTER_INTER and (cls.event_type in _CROWD_VIOLENCE or (
            cls.sub_event_type == "Excessive force against protesters" and actor2.inter == STATE_INTER
            and not state_force(event))):
        # "protesters stormed the parliament", "demonstrators attacked a police station": demonstrators who
        # attack are rioters (ACLED): a violent demonstration, or mob violence when the victims are civilians
        cls = taxonomy.event_class("mob_violence" if actor2.inter == CIVILIAN_INTER else "violent_demonstration")
        actor1 = side_fields(event.side1, cls, ctx, country)
        rule_ids.append("type.protesters_attack")
    if cls.event_type == "Protests" and actor1.inter == STATE_INTER and actor2.inter not in CROWD_INTERS \
            and "protesters" in ctx.generic_forms:
        # "... protested in Lahore. Police used tear gas": in a protest the crowd acts, the state intervenes;
        # what the protest was against ("soldiers fired on people protesting against MONUSCO") is no side of it
        if actor2.name is None or (event.side2 is not None and event.side2.main is not None
                                   and is_grievance_object(matches.lower, event.side2.main.start)):
            actor2 = actor1
        actor1 = _form_fields(ctx.generic_forms["protesters"], country)
        rule_ids.append("actor.protesters_first")
    if cls.event_type in _CROWD_FORMS and actor2.inter in CROWD_INTERS and actor1.inter not in CROWD_INTERS:
        actor1, actor2 = actor2, actor1  # ACLED: protesters/rioters are actor1, who intervenes is actor2
        rule_ids.append("actor.crowd_first")
    if cls.sub_event_type == "Excessive force against protesters" and actor1.inter == PROTESTER_INTER \
            and actor2.inter in NON_STATE_ARMED_INTERS and "attack" in taxonomy.classes:
        # "colectivos fired on demonstrators": excessive force is the state's; an armed group that attacks
        # protesters commits violence against civilians, and it is actor1 (ACLED)
        cls = taxonomy.resolve("attack", CIVILIAN_INTER)
        actor1, actor2 = actor2, actor1
        rule_ids.append("type.armed_group_on_protesters")
    if cls.sub_event_type == "Excessive force against protesters" and not event.fatalities \
            and STATE_INTER in (actor1.inter, actor2.inter) and "protest_intervention" in taxonomy.classes \
            and not in_event(event, matches, LETHAL_FORCE):
        # "police attacked protesters with batons": force without live fire or a death is an intervention
        cls = taxonomy.event_class("protest_intervention")
        rule_ids.append("type.force_not_lethal")
    for fields in (actor1, actor2):  # ACLED: state forces acting outside their country are External forces
        if fields.inter == STATE_INTER and country is not None and fields.code and not fields.code.startswith(country.cameo):
            fields.inter = 8
            rule_ids.append("actor.foreign_state")
    if cls.event_type == "Protests" and cls.sub_event_type == "Peaceful protest":
        actor2 = ActorFields()
    if cls.event_type == "Protests" and actor2.name is None and counter_crowd(event, matches, ctx.counter_cues):
        actor2 = _form_fields(ctx.generic_forms["protesters"], country)  # counter-protesters: a second crowd (66)
        rule_ids.append("actor.counter_protesters")
    if (cls.event_type == "Battles" or base.event_type == "Battles") and "rioters" in ctx.generic_forms and (
            (party_side(event.side1) and actor2.inter == STATE_INTER)
            or (party_side(event.side2) and actor1.inter == STATE_INTER)):
        # "PTI workers stormed a police station", "police clashed with BNP activists": a party's crowd against the
        # state is a violent demonstration by rioters, with the party as associated actor (ACLED)
        cls = taxonomy.event_class("violent_demonstration")
        actor1 = side_fields(event.side1, cls, ctx, country, True)
        actor2 = side_fields(event.side2, cls, ctx, country, False)
        if actor2.inter == RIOTER_INTER:
            actor1, actor2 = actor2, actor1
        rule_ids.append("type.party_crowd_on_state")
    party_clash = base.event_type == "Battles" and (party_side(event.side1) or event.cls in _MUTUAL_FIGHTS)
    # ("TMC and BJP workers clashed", "students clashed with BCL activists": a clash of two crowds)
    if (cls.event_type in _COMMUNAL_TYPES or party_clash) and ctx.communal_pair is not None and "rioters" in ctx.generic_forms \
            and unarmed_sides(event) and in_event(event, matches, ctx.communal_pair):
        # "clashes between Hindu and Muslim groups", "members of two communities clashed with stones": two crowds
        # fight, no armed side: mob violence, rioters against rioters (ACLED 55)
        cls = taxonomy.event_class("mob_violence")
        actor1 = actor2 = _form_fields(ctx.generic_forms["rioters"], country)
        rule_ids.append("type.communal_crowds")
    if event.cls in _MUTUAL_FIGHTS and cls.event_type in (_VAC, "Battles") and ctx.fighting_civilians:
        fighting = fighting_civilians(event, ctx.fighting_civilians)
        state = actor1 if actor1.inter == STATE_INTER else (actor2 if actor2.inter == STATE_INTER else None)
        if fighting and state is not None and "rioters" in ctx.generic_forms:
            # "residents clashed with soldiers": a crowd that fights state forces riots (ACLED codes civilians only
            # as victims)
            cls = taxonomy.event_class("violent_demonstration")
            actor1, actor2 = _form_fields(ctx.generic_forms["rioters"], country), state
            rule_ids.append("type.civilians_fight_state")
        elif fighting and "communal" in ctx.generic_forms:
            # "farmers clashed with herders", "villagers clashed with bandits": people who fight anyone else are a
            # communal militia, and the event stays a battle
            cls = base
            if 1 in fighting:
                actor1 = _form_fields(ctx.generic_forms["communal"], country)
            if 2 in fighting:
                actor2 = _form_fields(ctx.generic_forms["communal"], country)
            rule_ids.append("actor.civilians_fight")
    if cls.event_type == "Battles" and actor2.name is None and actor1.inter == IDENTITY_INTER \
            and ctx.rival_sides is not None and in_event(event, matches, ctx.rival_sides):
        # "tribal fighters from rival clans clashed", "members of two clans fought": the same militia on both sides
        actor2 = ActorFields(actor1.name, None, actor1.inter, actor1.code)
        rule_ids.append("actor.rival_sides")
    if target is None and cls is base and actor2.inter:
        cls = taxonomy.resolve(event.cls, actor2.inter)
    if cls.sub_event_type == "Non-state actor overtakes territory" and actor1.inter == STATE_INTER:
        cls = taxonomy.event_class("government_regains")  # state forces taking a place retake it
        rule_ids.append("type.state_retakes")
    elif cls.sub_event_type == "Government regains territory" and actor1.inter == REBEL_INTER and actor2.inter == STATE_INTER:
        cls = taxonomy.event_class("nonstate_overtakes")  # rebels retaking a place from state forces overtake it
        rule_ids.append("type.rebels_retake")
    if actor2.name is None and cls.event_type == _VAC and "civilians" in ctx.generic_forms:
        # "Imbonerakure members beat a CNL member": violence against civilians has civilians as its target (ACLED)
        actor2 = _form_fields(ctx.generic_forms["civilians"], country)
        rule_ids.append("actor.vac_target")
    if actor1.inter in _MOB_INTERS and cls.event_type in _MOB_TYPES and "rioters" in ctx.generic_forms \
            and "civilians" in ctx.generic_forms and names_suspects(event, matches):
        # "a mob lynched a suspected thief", "residents beat to death a man accused of theft": mob justice is mob
        # violence by rioters, and its victims, suspects of a crime, are civilians (ACLED)
        cls = taxonomy.event_class("mob_violence")
        actor1 = _form_fields(ctx.generic_forms["rioters"], country)
        actor2 = _form_fields(ctx.generic_forms["civilians"], country)
        rule_ids.append("type.mob_justice")
    if cls.sub_event_type == "Violent demonstration" and actor1.inter == RIOTER_INTER and actor2.name is None \
            and (police := riot_police(event, matches)) is not None:  # "... and threw bricks at police"
        actor2 = mention_fields(police, cls, ctx, country, False)
        rule_ids.append("actor.riot_police")
    cameo = taxonomy.cameo(cls.cameo_code)
    for side in (event.side1, event.side2):
        for actor in side.actors if side else ():
            rule_ids.append(actor.entry_id)
    if place is not None:
        rule_ids.append(UNLISTED_RULE if is_unlisted(place) else f"geonames:{place.geonameid}")
    row = {
        "article_id": article_id,
        "event_date": event.event_date,
        "time_precision": event.time_precision,
        "event_type": cls.event_type,
        "sub_event_type": cls.sub_event_type,
        "disorder_type": taxonomy.disorder_type(cls.sub_event_type),
        "actor1": actor1.name,
        "assoc_actor_1": actor1.assoc,
        "inter1": actor1.inter if actor1.name else None,
        "actor2": actor2.name,
        "assoc_actor_2": actor2.assoc,
        "inter2": actor2.inter if actor2.name else 0,
        "interaction": interaction(actor1.inter if actor1.name else 0, actor2.inter if actor2.name else 0),
        # a strategic development is no political violence: no civilian targeting (ACLED)
        # nor a violent demonstration whose target is no civilian ('rioters smashed the windows of a hotel housing
        # asylum seekers'): its crowd fights the police or property
        "civilian_targeting": "Civilian targeting" if (cls.civilian_targeting or (
            actor2.inter == CIVILIAN_INTER and cls.event_type != _STRATEGIC)) and not (
            cls.sub_event_type == "Violent demonstration" and actor2.inter != CIVILIAN_INTER) else None,
        "country": country.name if country else None,
        "iso3": country.iso3 if country else None,
        "admin1": place.admin1 if place and place.kind in {"place", "admin2", "admin1", "region"} else None,
        "admin2": place.admin2 if place else None,
        "location": location_name(event, place, matches.lower) if place and place.kind != "country" else (country.name if country else None),
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": event.place.precision if event.place else (3 if country else None),
        "fatalities": event.fatalities if event.fatalities is not None else 0,
        "cameo_code": cameo.code,
        "cameo_root": cameo.root,
        "quad_class": cameo.quad_class,
        "goldstein": cameo.goldstein,
        "actor1_code": actor1.code,
        "actor2_code": actor2.code,
        "sentence": _sentence_text(event, matches),
        "confidence": confidence(event, actor1, place is not None),
        "rule_ids": list(dict.fromkeys(rule_ids)),
    }
    row["event_id"] = event_id(article_id, index, row)
    return row


_MOB_INTERS = frozenset({RIOTER_INTER, CIVILIAN_INTER})  # rioters, or people (residents, villagers) who act as a mob
_CROWD_AGENTS = {"agt.protesters": "protesters", "agt.rioters": "rioters"}  # generic crowds -> their form
_MILITARY_AGENT = "agt.military"
_MOB_TYPES = frozenset({"Riots", _VAC})


def _distinct_generics(event: Event) -> bool:
    """Whether the two sides are different generic armed groups that share an ACLED name ('vigilantes' and
    'bandits': both Unidentified Armed Group) in a battle between them, or two sections of one people named apart
    ('Apuk Dinka youth clashed with Aguok Dinka youth': Dinka Ethnic Militia on both sides, ACLED's 44), or two
    factions of one group named apart ('Los Chapitos' and 'La Mayiza' of the Sinaloa Cartel)."""
    one, two = event.side1, event.side2
    if one is None or two is None or one.main is None or two.main is None:
        return False
    if one.main.inter == IDENTITY_INTER == two.main.inter and one.main.start != two.main.start:
        return True
    if one.main.kind == "armed_group" == two.main.kind and one.main.entry_id == two.main.entry_id \
            and one.main.text.lower() != two.main.text.lower():
        return True  # "Los Chapitos fought La Mayiza": two factions of one cartel, both sides named after it (ACLED)
    return one.main.kind == "agent" and two.main.kind == "agent" and one.main.entry_id != two.main.entry_id \
        and one.main.inter in NON_STATE_ARMED_INTERS and two.main.inter in NON_STATE_ARMED_INTERS


def _armed_initiator(side: Side | None) -> bool:
    """Whether the side is an armed group or unnamed armed men ('assailants', 'gunmen'), not a crowd or a party's
    members."""
    main = side.main if side is not None else None
    return main is not None and main.inter in NON_STATE_ARMED_INTERS and not main.entry_id.startswith(PARTY_PREFIX) \
        and (main.kind == "armed_group" or main.entry_id == _UNIDENTIFIED)


_UNIDENTIFIED = "agt.unidentified"


def _victim_occupation(side: Side | None, ctx: NamingContext) -> bool:
    """Whether the side is only people a communal militia's word names by their work ('herders'), or a named
    people's militia named so ('Fulani herders', 'Fulani cattle herders': the people's work, not its militia)."""
    if side is None or side.main is None or len(side.actors) != 1:
        return False
    words = side.main.text.lower()
    if words in ctx.victim_occupations:
        return True
    return side.main.inter == IDENTITY_INTER and words.partition(" ")[2] in ctx.victim_occupations


def _relinquishes(side: Side | None, lower: str) -> bool:
    """Whether the side's name is followed by a verb of giving a place up ('government forces withdrew from')."""
    return side is not None and bool(side.actors) and _RELINQUISH_AFTER.match(lower, side.actors[-1].end) is not None


def _sentence_text(event: Event, matches: ArticleMatches) -> str:
    start, end = matches.sentences[event.first_sentence]
    return matches.text[start:end]


def confidence(event: Event, actor1: ActorFields, has_place: bool) -> float:
    """A simple evidence score: how many of the event's key fields the text itself settled."""
    score = 0.35
    score += 0.15 if actor1.name else 0.0
    score += 0.15 if has_place and event.place and event.place.precision < 3 else (0.05 if has_place else 0.0)
    score += 0.1 if event.time_precision == 1 else 0.0
    score += 0.1 if event.fatalities is not None else 0.0
    score += 0.05 * min(len(event.mentions) - 1, 2)
    return round(min(score, 0.95), 2)
