"""Relations from the dependency parse: verbs between two entities.

The shapes are spaCy ``DependencyMatcher`` patterns kept as data
(``ontology/dependency.jsonl``): subject–verb–object, subject–verb–preposition–object,
passives, and coordinated subjects of a symmetric verb ("Leeds and York are teaming
up"). The verb (with its particle and preposition: "team up with", "born in") picks the
ontology property whose trigger it matches. A verb that matches none is kept in the open
namespace `UNMAPPED` rather than dropped, so that it is never mixed with the ontology.
Negated and hypothetical verbs ("did not buy", "could become", "if they merge") assert
nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from rdflib import Namespace, URIRef
from spacy.tokens import Doc, Span, Token

from kg.jsonl import read_jsonl
from kg.ontology import ONTOLOGY_DIR, Ontology
from kg.relations import Relation, register_extractor
from kg.relations.treematch import dependency_matches

DEFAULT_PATTERNS = ONTOLOGY_DIR / "dependency.jsonl"
UNMAPPED = Namespace("https://w3id.org/kg/verb/")
"""Where verbs that no ontology property names become properties."""

PRONOUNS = frozenset({"he", "him", "she", "her"})
_MODALS = frozenset({"could", "might", "may", "would", "should"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
_WISHES = frozenset({"want", "plan", "hope", "aim", "seek", "try", "propose", "consider", "threaten", "deny"})


@dataclass(frozen=True)
class DependencyRule:
    """One dependency pattern and what it may produce."""

    name: str
    pattern: list[dict]
    confidence: float
    symmetric_only: bool
    unmapped: bool


def read_dependency_rules(path: str | Path) -> list[DependencyRule]:
    """Read dependency rules from a JSONL file.

    Raises:
        KGError: a line is not JSON or lacks a field; the message names the line.
    """

    def parse(data: dict, _: int) -> DependencyRule:
        return DependencyRule(
            data["rule"], data["pattern"], float(data["confidence"]),
            bool(data.get("symmetric_only", False)), bool(data.get("unmapped", False)),
        )  # fmt: skip

    return read_jsonl(path, parse, what="dependency rule")


def asserted(verb: Token) -> bool:
    """Whether the text asserts the verb: not negated, not modal, not conditional, not wished,
    not asked ("bought" is asserted in "Acme bought Widget", not in "Acme didn't buy Widget"
    or "Did Acme buy Widget?")."""
    sentence = verb.sent
    if sentence.text.rstrip().endswith("?") and sentence[0].tag_ not in _WH_TAGS:
        return False  # a yes/no question asks; "Why are A and B teaming up?" presumes
    for token in (verb, *verb.ancestors):
        children = {child.dep_: child for child in token.children}
        if "neg" in children or any(
            (c.dep_ == "aux" and c.lower_ in _MODALS) or (c.dep_ == "mark" and c.lower_ in _CONDITIONS)
            for c in token.children
        ):
            return False
        if token is not verb and token.lemma_ in _WISHES and verb.dep_ in ("xcomp", "ccomp"):
            return False
        if token.dep_ not in ("conj", "xcomp", "ccomp", "advcl"):
            break
    return True


class DependencyExtractor:
    """Runs the dependency rules and maps each verb to a property."""

    def __init__(self, rules: list[DependencyRule], ontology: Ontology) -> None:
        self.rules = {rule.name: rule for rule in rules}
        self.triggers: dict[str, URIRef] = {}
        for prop in ontology.properties.values():
            for trigger in prop.triggers:
                self.triggers.setdefault(trigger.lower(), prop.iri)
        self.symmetric = {p.iri for p in ontology.properties.values() if p.symmetric}
        self._matches = dependency_matches({rule.name: rule.pattern for rule in self.rules.values()})

    def __call__(self, doc: Doc) -> Iterator[Relation]:
        mention_of = {token: ent for ent in doc.ents for token in range(ent.start, ent.end)}
        for name, token_ids in self._matches(doc):
            rule = self.rules[name]
            nodes = {item["RIGHT_ID"]: doc[i] for item, i in zip(rule.pattern, token_ids, strict=True)}
            verb = nodes["trigger"]
            subject = _argument(nodes["subject"], mention_of)
            obj = _argument(nodes["object"], mention_of)
            if subject is None or obj is None or subject.start == obj.start or not asserted(verb):
                continue
            if obj.text.lower() in PRONOUNS:
                continue  # objects are named, not pronouns: "told him" says nothing of whom
            preposition = nodes.get("preposition")
            predicate, words = self._property(verb, preposition)
            if predicate is None:
                if not rule.unmapped:
                    continue
                predicate = UNMAPPED[quote(words.replace(" ", "_"), safe="")]
            if rule.symmetric_only and predicate not in self.symmetric:
                continue
            first = min(subject.start, obj.start, verb.i)
            last = max(subject.end, obj.end, verb.i + 1)
            yield Relation(
                subject=subject, predicate=predicate, object=obj, evidence=doc[first:last],
                rule=rule.name, confidence=rule.confidence, trigger=words,
                subject_vote=1, object_vote=1,
            )  # fmt: skip

    def _property(self, verb: Token, preposition: Token | None) -> tuple[URIRef | None, str]:
        particle = " ".join(c.lower_ for c in verb.children if c.dep_ == "prt")
        tail = preposition.lower_ if preposition is not None else ""
        for head in (verb.lemma_.lower(), verb.lower_):
            words = " ".join(w for w in (head, particle, tail) if w)
            if words in self.triggers:
                return self.triggers[words], words
            if preposition is None:
                continue
            bare = " ".join(w for w in (head, particle) if w)
            # "collaborate in a deal" is still "collaborate" for a symmetric verb; other
            # verbs need their preposition ("born in", not "born").
            if bare in self.triggers and self.triggers[bare] in self.symmetric:
                return self.triggers[bare], bare
        return None, " ".join(w for w in (verb.lemma_.lower(), particle, tail) if w)


def _argument(token: Token, mention_of: dict[int, Span]) -> Span | None:
    if token.i in mention_of:
        return mention_of[token.i]
    for child in token.children:  # "The actor [Tom Holland] was born in …"
        if child.dep_ == "appos" and child.i in mention_of:
            return mention_of[child.i]
    if token.lower_ in PRONOUNS and token.pos_ == "PRON":
        return token.doc[token.i : token.i + 1]
    return None


@register_extractor("dependency")
def make_dependency_extractor(ontology: Ontology) -> DependencyExtractor:
    """The built-in verb extractor for ``ontology``."""
    return DependencyExtractor(read_dependency_rules(DEFAULT_PATTERNS), ontology)
