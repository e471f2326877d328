"""Relations from token patterns kept as data (``ontology/patterns.jsonl``).

Each line holds a spaCy ``Matcher`` pattern over mention tokens (``ENT_TYPE``) and
trigger tokens (``_.kg_trigger``), the pattern positions that hold the subject,
trigger and object, and the ontology properties the rule may produce (any
sub-property of those listed).

Test kg's token attributes with ``IN``/``NOT_IN`` (``{"_": {"kg_trigger": {"IN": [""]}}}``
for "no trigger word"), not a plain value: spaCy's ``Matcher`` reads an extension compared
by plain value on every token it searches, but one in a set only where a match gets to it.
Tests of ``_.kg_trigger`` run as the same tests of ``ENT_KB_ID``, where `kg.mentions` puts
the same IRI and the ``Matcher`` reads it without calling Python.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from kg.jsonl import read_jsonl
from kg.ontology import ONTOLOGY_DIR, Ontology
from kg.relations import MatcherCache, Relation, register_extractor

DEFAULT_PATTERNS = ONTOLOGY_DIR / "patterns.jsonl"


@dataclass(frozen=True)
class Rule:
    """One pattern line: its name, slots and the properties it may assert."""

    name: str
    pattern: list[dict]
    slots: dict[str, int]
    properties: frozenset[URIRef]
    confidence: float
    votes: dict[str, int]


def read_rules(path: str | Path, *, ontology: Ontology) -> list[Rule]:
    """Read pattern rules from a JSONL file.

    Raises:
        KGError: a line is not JSON, lacks a field, or names a property the ontology lacks.
    """

    def parse(data: dict, _: int) -> Rule:
        allowed = {ontology.term(name, properties_only=True) for name in data["properties"]}
        properties = frozenset(p for p in ontology.properties if ontology.ancestors(p) & allowed)
        return Rule(
            data["rule"], data["pattern"], data["slots"], properties, float(data["confidence"]),
            data.get("votes", {}),
        )  # fmt: skip

    return read_jsonl(path, parse, what="pattern rule")


class PatternExtractor:
    """Runs the pattern rules over a doc whose mentions and triggers are marked."""

    def __init__(self, rules: Iterable[Rule], ontology: Ontology) -> None:
        self.rules = {rule.name: rule for rule in rules}
        self._slots_at: dict[str, dict[int, list[str]]] = {}  # each rule's slots by pattern position
        for rule in self.rules.values():
            for slot, position in rule.slots.items():
                self._slots_at.setdefault(rule.name, {}).setdefault(position, []).append(slot)
        self.blockers = {prop: ontology.blockers(prop) for prop in ontology.properties}
        native = {rule.name: _native(rule.pattern) for rule in self.rules.values()}
        self._matcher = MatcherCache(Matcher, native)
        self._trimmed = all(_anchored(r.pattern[0]) and _anchored(r.pattern[-1]) for r in self.rules.values())

    def _matches(self, doc: Doc) -> Iterator[tuple[int, int, int, list[int]]]:
        """Matches in doc positions; every rule needs a trigger, so only sentences with one
        (and two mentions) are searched, which spares most of the Matcher's work."""
        matcher = self._matcher(doc)
        triggers = doc._.kg_triggers
        if triggers is None:  # a doc kg_mentions did not see: search it all
            yield from matcher(doc, with_alignments=True)  # type: ignore[misc]
            return
        ents = doc.ents
        mentions = [ent.start for ent in ents]  # both lists are in document order
        for sent in doc.sents:
            first_trigger, after_triggers = bisect_left(triggers, sent.start), bisect_left(triggers, sent.end)
            first, after = bisect_left(mentions, sent.start), bisect_left(mentions, sent.end)
            if first_trigger == after_triggers or after - first < 2:
                continue
            span = sent
            if self._trimmed:  # every match starts and ends on a mention or trigger word
                start = min(mentions[first], triggers[first_trigger])
                end = max(ents[after - 1].end, triggers[after_triggers - 1] + 1)
                span = doc[start:end]
            for match_id, start, end, alignment in matcher(span, with_alignments=True):  # type: ignore[misc]
                yield match_id, start + span.start, end + span.start, alignment

    def __call__(self, doc: Doc) -> Iterator[Relation]:
        mention_of = {token: ent for ent in doc.ents for token in range(ent.start, ent.end)}
        strings = doc.vocab.strings
        for match_id, start, _, alignment in self._matches(doc):
            rule = self.rules[strings[match_id]]
            slots_at = self._slots_at.get(rule.name, {})
            slot_tokens: dict[str, list[int]] = {}
            for token, position in enumerate(alignment, start):
                for slot in slots_at.get(position, ()):
                    slot_tokens.setdefault(slot, []).append(token)
            subject = _single_mention(slot_tokens.get("subject", []), mention_of)
            obj = _single_mention(slot_tokens.get("object", []), mention_of)
            trigger_tokens = slot_tokens.get("trigger", [])
            if subject is None or obj is None or not trigger_tokens:
                continue
            predicate = URIRef(doc[trigger_tokens[0]].ent_kb_id_)  # the trigger's property (kg.mentions)
            if predicate not in rule.properties or _blocked(
                doc, {start, trigger_tokens[0]}, self.blockers[predicate]
            ):
                continue
            trigger = doc[trigger_tokens[0] : trigger_tokens[-1] + 1]
            first = min(subject.start, obj.start, trigger.start)
            last = max(subject.end, obj.end, trigger.end)
            yield Relation(
                subject=subject,
                predicate=predicate,
                object=obj,
                evidence=doc[first:last],
                rule=rule.name,
                confidence=rule.confidence,
                trigger=trigger.text,
                subject_vote=rule.votes.get("subject", 0),
                object_vote=rule.votes.get("object", 0),
            )


def _native(pattern: list[dict]) -> list[dict]:
    """The pattern with its tests of ``_.kg_trigger`` made on ``ENT_KB_ID``, where
    `kg.mentions` also puts each trigger word's property IRI: spaCy's ``Matcher`` reads a
    token's own attributes in C, an extension's through Python, token by token."""
    native = []
    for token in pattern:
        extension = dict(token.get("_", {}))
        if "kg_trigger" in extension:
            token = {k: v for k, v in token.items() if k != "_"} | {"ENT_KB_ID": extension.pop("kg_trigger")}
            if extension:
                token["_"] = extension
        native.append(token)
    return native


def _anchored(token: dict) -> bool:
    """Whether a pattern token must be (part of) a mention or a trigger word."""
    if token.get("OP", "") in ("?", "*", "!"):
        return False
    extension = token.get("_", {})
    wanted = [token.get("ENT_TYPE"), extension.get("kg_trigger")]
    return any(isinstance(w, dict) and w.get("NOT_IN") == [""] for w in wanted)


def _blocked(doc: Doc, positions: set[int], blockers: frozenset[str]) -> bool:
    """Whether a blocker word ("former", "deputy") stands just before any of ``positions``."""
    return any(i > 0 and doc[i - 1].text in blockers for i in positions)


def _single_mention(tokens: list[int], mention_of: dict[int, Span]) -> Span | None:
    spans = {mention_of.get(token) for token in tokens}
    if len(spans) != 1:
        return None
    return spans.pop()


@register_extractor("patterns")
def make_pattern_extractor(ontology: Ontology) -> PatternExtractor:
    """The built-in extractor: kg's pattern rules for ``ontology``."""
    return PatternExtractor(read_rules(DEFAULT_PATTERNS, ontology=ontology), ontology)
