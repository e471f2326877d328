"""Learn extraction patterns for any ontology from a few annotated sentences.

Given sentences with the triples they state (``{"sentence", "triples": [[s, r, o], …]}``),
`learn` finds each triple's subject and object in the parse, takes the dependency path
between them, and generalises it into spaCy ``DependencyMatcher`` patterns at two
levels: every word on the path (``lexical``), and only the word the path turns at plus
its prepositions (``anchor``). Each candidate pattern is then run over all the examples
and kept only if most of what it matches is a triple the examples state
(`MIN_PRECISION`). A learned pattern file is JSON Lines a person can read and edit::

    {"rule": "birthPlace-3", "property": "https://…#birthPlace", "precision": 1.0, "support": 4,
     "example": "X was born in Y.", "pattern": [{"RIGHT_ID": "anchor", …}, …]}
    {"name": "Arlington", "canonical": "Arlington,_Texas", "support": 2}

The second kind of line is the small name linker learned beside the patterns: when the
examples write an entity by a fuller canonical name than the sentence does (the
benchmark's DBpedia names), the learned name is used for that surface form. Names are
otherwise canonicalised by rule (`canonical_name`): full names, ``City, State`` pairs,
expanded country abbreviations, numbers without separators and ISO dates.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from rdflib import XSD, URIRef
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token

from kg.errors import KGError
from kg.jsonl import read_jsonl
from kg.mentions import NER_SPANS
from kg.ontology import KG, Ontology, label_words
from kg.relations import MatcherCache, Relation
from kg.relations.dependency import asserted

MIN_PRECISION = 0.5
"""A learned pattern is kept if at least this share of its matches on the examples are right."""
LABEL_CONFIDENCE = 0.9
"""Confidence of a fact read from a property's own label ("the capital of X is Y"); a learned
pattern that covers the same pair and is at least as precise wins."""
MAX_PATH = 4
"""Longest dependency path (in edges) between subject and object that becomes a pattern."""

_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "quantmod"})
_ABBREVIATIONS = {
    "u.s.": "United States", "us": "United States", "u.s.a.": "United States", "usa": "United States",
    "u.s": "United States", "america": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom",
}  # fmt: skip
_MONTHS = {
    month: number
    for number, month in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_NUMBER = re.compile(r"^[-+]?[$€£]?\d[\d,]*(\.\d+)?$")


@dataclass(frozen=True)
class LearnedRule:
    """One learned pattern: a dependency path that states ``property`` between its
    ``subject`` and ``object`` nodes."""

    name: str
    property: URIRef
    pattern: list[dict]
    precision: float
    support: int
    example: str = ""


@dataclass
class Patterns:
    """What `learn` produces and ``kg build --patterns`` uses."""

    rules: list[LearnedRule] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    """Surface form (lower-cased) → canonical name."""
    classes: dict[str, set[URIRef]] = field(default_factory=dict)
    """Canonical name key → the classes the examples show it in (domain and range of
    the properties it took part in)."""

    def write(self, path: str | Path) -> None:
        """Write the patterns as JSON Lines (rules first, then names), sorted for stable diffs."""
        lines = [
            json.dumps({
                "rule": r.name, "property": str(r.property), "precision": round(r.precision, 3),
                "support": r.support, "example": r.example, "pattern": r.pattern,
            }, ensure_ascii=False)
            for r in self.rules
        ]  # fmt: skip
        lines += [
            json.dumps({"name": surface, "canonical": canonical}, ensure_ascii=False)
            for surface, canonical in sorted(self.names.items())
        ]
        lines += [
            json.dumps({"entity": key, "classes": sorted(str(c) for c in classes)}, ensure_ascii=False)
            for key, classes in sorted(self.classes.items())
        ]
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_patterns(path: str | Path, ontology: Ontology) -> Patterns:
    """Read a pattern file written by `Patterns.write` (or by hand).

    Raises:
        KGError: the file is missing, a line is malformed, or names a property the
            ontology does not have; the message names the file and line.
    """
    if not Path(path).is_file():
        raise KGError(f"Pattern file not found: '{path}'")
    patterns = Patterns()

    def parse(data: dict, number: int) -> None:
        if "name" in data:
            patterns.names[str(data["name"]).lower()] = str(data["canonical"])
            return
        if "entity" in data:
            patterns.classes[_key(str(data["entity"]))] = {URIRef(c) for c in data["classes"]}
            return
        try:
            prop = ontology.term(str(data["property"]))
        except KeyError as error:
            raise ValueError(error.args[0]) from None
        if not isinstance(data["pattern"], list) or not data["pattern"]:
            raise ValueError("'pattern' must be a non-empty list")
        ids = {node.get("RIGHT_ID") for node in data["pattern"]}
        if "object" not in ids:
            raise ValueError("a pattern needs a node with RIGHT_ID 'object' (and 'subject', or the clause's)")
        patterns.rules.append(LearnedRule(
            str(data.get("rule", f"learned-{number}")), prop, data["pattern"],
            float(data.get("precision", 1.0)), int(data.get("support", 1)), str(data.get("example", "")),
        ))  # fmt: skip

    read_jsonl(path, parse, what="pattern")
    return patterns


# ---------------------------------------------------------------------------------- names


def phrase(token: Token) -> Span:
    """The mention a token heads: its named entity if it is in one (with a following
    ``, State`` for a ``City, State`` pair), else the token with its modifiers
    ("energy industry", "8,500")."""
    doc = token.doc
    while (
        token.dep_ in ("compound", "flat") and token.head.i > token.i and token.head.pos_ in ("PROPN", "NOUN")
    ):
        token = token.head  # "GMA" in "GMA New Media" means the whole name
    if token.pos_ == "NOUN":  # "the city of Dijon" is Dijon
        for prep in token.children:
            named = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if prep.dep_ == "prep" and prep.lower_ == "of" and named and prep.i == token.i + 1:
                return phrase(named[0])
    for ent in _tagged(doc):
        if ent.start <= token.i < ent.end:
            return _trimmed(_with_region(ent))
    start = end = token.i
    if token.pos_ == "PROPN":  # a name: its run of name words, not what describes it
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i >= token.i:
            start -= 1
    else:
        for child in token.lefts:
            if child.dep_ in _PHRASE_DEPS and child.i == start - 1:
                start = child.left_edge.i if child.pos_ != "VERB" else child.i
    while start < token.i and (doc[start].dep_ in ("det", "case", "poss") or doc[start].is_punct):
        start += 1
    for child in token.children:
        if child.dep_ in ("compound", "nummod", "appos") and child.i > token.i and child.pos_ == "PROPN":
            end = max(end, child.right_edge.i)
    return _trimmed(doc[start : end + 1])


def _trimmed(span: Span) -> Span:
    """A name without the class word after it: "Grozny club" is "Grozny"."""
    end = span.end
    while end - 1 > span.start and span.doc[end - 1].pos_ == "NOUN" and span.doc[end - 1].is_lower:
        end -= 1
    if end < span.end and any(t.pos_ == "PROPN" for t in span.doc[span.start : end]):
        return span.doc[span.start : end]
    return span


def _names_a_thing(span: Span) -> bool:
    """Whether a subject is a proper name (a thing facts are about), not a number or a date."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in _THING_TYPES for t in span)


_THING_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LANGUAGE"}
)


def _is_name(span: Span, patterns: Patterns) -> bool:
    """Whether a mention names something: a proper name, a number or date, or a name the
    examples used."""
    key = _key(canonical_name(span, patterns.names))
    return (
        any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ for t in span)
        or key in patterns.classes
        or span.text.lower() in patterns.names
    )


_NAME_LINKS = frozenset({"of", "di", "de", "del", "der", "la", "le", "&"})


def _name_runs(doc: Doc) -> list[Span]:
    """Maximal runs of proper-noun tokens, joined across "of"/"di"/"&" between two of them
    ("FC Amkar Perm", "Accademia di Architettura di Mendrisio")."""
    runs: list[Span] = []
    i = 0
    while i < len(doc):
        if doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
            i += 1
            continue
        end = i + 1
        while end < len(doc):
            if doc[end].pos_ == "PROPN":
                end += 1
            elif doc[end].lower_ in _NAME_LINKS and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                end += 2
            else:
                break
        runs.append(doc[i:end])
        i = end
    return runs


def _tagged(doc: Doc) -> list[Span]:
    """The tagger's own entities, less those with a verb inside (a slip of the small model:
    "the School of Business is Mario Botta")."""
    return [
        ent for ent in doc.spans.get(NER_SPANS, doc.ents) if not any(t.pos_ in ("VERB", "AUX") for t in ent)
    ]


def _with_region(ent: Span) -> Span:
    doc = ent.doc
    if ent.label_ == "GPE" and ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        for other in _tagged(doc):
            if other.start == ent.end + 1 and other.label_ == "GPE":
                return doc[ent.start : other.end]
    return ent


def canonical_name(span: Span | str, names: dict[str, str] | None = None) -> str:
    """A linker's name for a mention: DBpedia-style words joined by ``_``, with learned
    names, expanded country abbreviations, plain numbers and ISO dates.

    >>> canonical_name("the U.S.")
    'United_States'
    >>> canonical_name("$211,200,000")
    '211200000'
    >>> canonical_name("January 1, 1959")
    '1959-01-01'
    >>> canonical_name("Albany, Georgia")
    'Albany,_Georgia'
    >>> canonical_name("Aleksander Barkov Jr")
    'Aleksander_Barkov,_Jr.'
    """
    text = span if isinstance(span, str) else span.text
    text = " ".join(text.replace("\u2019", "'").split())
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE).strip(" .;:'\"")
    text = re.sub(r"\s*'s$", "", text)
    if names and text.lower() in names:
        return names[text.lower()]
    if text.lower() in _ABBREVIATIONS:
        text = _ABBREVIATIONS[text.lower()]
    iso = _iso_date(text)
    if iso:
        return iso
    if _NUMBER.match(text):
        return text.lstrip("$€£+").replace(",", "")
    text = re.sub(r",?\s+(Jr|Sr)\.?$", r", \1.", text)  # "Barkov Jr" is "Barkov, Jr."
    return re.sub(r"\s*,\s*", ",_", text).replace(" ", "_")


def _iso_date(text: str) -> str | None:
    words = re.findall(r"[A-Za-z]+|\d+", text)
    if len(words) != 3:
        return None
    try:
        if words[0].lower() in _MONTHS and words[1].isdigit() and words[2].isdigit():  # January 1, 1959
            return date(int(words[2]), _MONTHS[words[0].lower()], int(words[1])).isoformat()
        if words[1].lower() in _MONTHS and words[0].isdigit() and words[2].isdigit():  # 1 January 1959
            return date(int(words[2]), _MONTHS[words[1].lower()], int(words[0])).isoformat()
        if all(w.isdigit() for w in words) and re.fullmatch(r"\d{4}-\d\d?-\d\d?", text):
            return date(int(words[0]), int(words[1]), int(words[2])).isoformat()
        if all(w.isdigit() for w in words) and re.fullmatch(r"\d\d?[-/.]\d\d?[-/.]\d{4}", text):
            return date(int(words[2]), int(words[0]), int(words[1])).isoformat()  # 01-31-1959
    except ValueError:
        return None
    return None


def _owner(token: Token, *, skip: Token | None = None) -> Token | None:
    """Whose ``token`` is: "X's L", "the L of X", "its L" (the text's topic), "whose L"
    (``skip``: a word under ``token`` that is part of the label, not its owner)."""
    for child in token.children:
        if skip is not None and skip.i in {g.i for g in child.children}:
            continue
        if child.dep_ == "poss":
            if child.lower_ == "whose" and token.head.dep_ == "relcl":
                return token.head.head
            return _resolve(child)
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "for"):
            named = [g for g in child.children if g.dep_ == "pobj"]
            if named:
                return named[0]
    return None


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _key(name: str) -> str:
    return re.sub(r"[\s_]+", "", name).lower()


def _surface_variants(name: str) -> list[str]:
    """How a canonical name may be written in a sentence, longest first."""
    text = name.replace("_", " ").strip().strip('"')
    variants = [text, re.sub(r"\s*\(.*\)$", "", text), text.split(",")[0]]
    variants.append(re.sub(r"\s*\(.*\)$", "", text).split(",")[0])
    return sorted({v.strip() for v in variants if v.strip()}, key=len, reverse=True)


def find_mention(doc: Doc, name: str, names: dict[str, str] | None = None) -> Span | None:
    """The span of ``doc`` that names ``name`` (a canonical name from annotated examples)."""
    wanted = _key(name)
    for token in doc:
        if not token.is_punct and _key(canonical_name(phrase(token), names)) == wanted:
            return phrase(token)
    for ent in _tagged(doc):
        if _key(canonical_name(ent, names)) == wanted:
            return ent
    lowered = doc.text.lower()
    for variant in _surface_variants(name):
        at = re.search(r"(?<!\w)" + re.escape(variant.lower()) + r"(?!\w)", lowered)
        if at:
            span = doc.char_span(at.start(), at.end(), alignment_mode="expand")
            if span is not None:
                return span
    return None


# --------------------------------------------------------------------------------- paths


def _path(subject: Token, obj: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """The lowest common ancestor of two tokens and the tokens below it down to each."""
    up_s = [subject, *subject.ancestors]
    up_o = [obj, *obj.ancestors]
    common = next((t for t in up_s if t in up_o), None)
    if common is None:
        return None
    down_s = list(reversed(up_s[: up_s.index(common)]))
    down_o = list(reversed(up_o[: up_o.index(common)]))
    if len(down_s) + len(down_o) > MAX_PATH or subject == obj:
        return None
    return common, down_s, down_o


_RELATIVE = frozenset({"which", "that", "who", "whose", "whom", "where"})
_PERSONAL = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "him", "them"})


def clause_subject(token: Token) -> Token | None:
    """Who a phrase is said of: the subject of the clause that holds ``token``, through
    coordination ("X was born in Y and died in Z"), relative clauses ("X, which is in Y"),
    participles ("X, founded in Y"), appositives and copulas ("X is a company based in Y");
    a pronoun stands for the first subject of the text."""
    current = token
    while current.head.i != current.i:
        below, current = current, current.head
        if below.dep_ in ("relcl", "acl"):
            noun = current
            while noun.dep_ == "appos":
                noun = noun.head
            if noun.dep_ in ("attr", "dobj") and noun.head.pos_ in ("AUX", "VERB"):
                current = noun
                continue
            return _resolve(noun)
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != below.i:
                return _resolve(child)
    return None


def _resolve(token: Token) -> Token | None:
    word = token.lower_
    if word in _RELATIVE and token.head.dep_ == "relcl":
        return _resolve(token.head.head)
    if word in _PERSONAL or word in _RELATIVE:
        return _topic(token.doc)
    while token.dep_ == "appos":
        token = token.head
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
        return _topic(token.doc) or token  # "the university" is the one the text is about
    return token


def _topic(doc: Doc) -> Token | None:
    """The first named subject of a text, which its pronouns most likely mean."""
    for token in doc:
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN":
            return token
    tagged = list(_tagged(doc))
    return tagged[0].root if tagged else None


def object_patterns(obj: Token) -> Iterator[list[dict]]:
    """Patterns for the words just above ``obj`` (one to three edges up): with the subject
    left to `clause_subject`, they read "born in Y", "Y employees", "Y-based"."""
    chain = [obj]
    while len(chain) <= 3 and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
        top = chain[-1]
        pattern = [{"RIGHT_ID": "anchor", "RIGHT_ATTRS": _attrs(top, lexical=True, endpoint=False)}]
        parent = "anchor"
        for n, token in enumerate(reversed(chain[:-1])):
            node = "object" if token.i == obj.i else f"o{n}"
            attrs = {"DEP": token.dep_, **_attrs(token, lexical=True, endpoint=token.i == obj.i)}
            pattern.append({"LEFT_ID": parent, "REL_OP": ">", "RIGHT_ID": node, "RIGHT_ATTRS": attrs})
            parent = node
        if top.pos_ not in ("PROPN", "NUM", "PUNCT"):
            yield pattern
            # The words that qualify the anchor tell close properties apart: "operating
            # income" from "net income", "postgraduate students" from "students".
            on_path = {t.i for t in chain}
            modifiers = [c for c in top.children if c.dep_ in ("amod", "compound") and c.i not in on_path]
            if modifiers and top.pos_ == "NOUN":
                extra = [
                    {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": f"m{n}",
                     "RIGHT_ATTRS": {"DEP": m.dep_, "LEMMA": m.lemma_}}
                    for n, m in enumerate(modifiers)
                ]  # fmt: skip
                yield pattern + extra


def _attrs(token: Token, *, lexical: bool, endpoint: bool) -> dict:
    attrs: dict = {}
    if endpoint:
        if token.pos_ in ("NUM", "PROPN"):
            attrs["POS"] = token.pos_
        else:
            attrs["POS"] = {"IN": ["NOUN", "ADJ", "X", "PRON"]}
    elif lexical and token.pos_ not in ("PROPN", "NUM"):
        attrs["LEMMA"] = token.lemma_
    return attrs


def path_patterns(subject: Token, obj: Token) -> Iterator[list[dict]]:
    """DependencyMatcher patterns for the path from ``subject`` to ``obj``: one with every
    word on the path, one with only the word at the turn and the prepositions."""
    found = _path(subject, obj)
    if found is None:
        return
    common, down_s, down_o = found
    for level in ("lexical", "anchor"):
        ids = {subject: "subject", obj: "object"}
        anchor_id = ids.get(common, "anchor")
        anchor_attrs = _attrs(common, lexical=True, endpoint=common in ids)
        pattern = [{"RIGHT_ID": anchor_id, "RIGHT_ATTRS": anchor_attrs}]
        for chain in (down_s, down_o):
            parent_id = anchor_id
            for n, token in enumerate(chain):
                endpoint = token in ids
                node_id = ids.get(token, f"{'s' if chain is down_s else 'o'}{n}")
                lexical = level == "lexical" or token.pos_ == "ADP"
                attrs = {"DEP": token.dep_, **_attrs(token, lexical=lexical, endpoint=endpoint)}
                pattern.append(
                    {"LEFT_ID": parent_id, "REL_OP": ">", "RIGHT_ID": node_id, "RIGHT_ATTRS": attrs}
                )
                parent_id = node_id
        yield pattern


# ------------------------------------------------------------------------------ learning


def _aligned(
    doc: Doc, triples: Sequence[Sequence[str]], names: dict[str, str]
) -> list[tuple[Span, str, Span]]:
    found = []
    for s, r, o in triples:
        subject, obj = find_mention(doc, s, names), find_mention(doc, o, names)
        if subject is not None and obj is not None and subject.root != obj.root:
            found.append((subject, r, obj))
    return found


def learn(examples: Sequence[dict], *, ontology: Ontology, nlp: Language) -> Patterns:
    """Learn patterns (and names) from annotated examples; see the module docstring.

    Raises:
        KGError: an example names a relation the ontology does not have.
    """
    docs = list(nlp.pipe(example["sentence"] for example in examples))
    properties: dict[str, URIRef] = {}
    for example in examples:
        for _, relation, _ in example["triples"]:
            if relation not in properties:
                try:
                    properties[relation] = ontology.term(relation)
                except KeyError as error:
                    raise KGError(f"example {example['id']}: {error.args[0]}") from None

    names = _learn_names(docs, examples)
    classes: dict[str, set[URIRef]] = defaultdict(set)
    for example in examples:
        for s, relation, o in example["triples"]:
            term = ontology.properties.get(properties[relation])
            if term is not None:
                classes[_key(s)].update(term.domain)
                classes[_key(o)].update(c for c in term.range if not c.startswith(str(XSD)))
    candidates: dict[str, tuple[URIRef, list[dict], str]] = {}
    support: Counter[str] = Counter()
    gold: list[set[tuple[str, str, URIRef]]] = []
    for doc, example in zip(docs, examples, strict=True):
        pairs = set()
        for subject, relation, obj in _aligned(doc, example["triples"], names):
            prop = properties[relation]
            pairs.add((_key(canonical_name(subject, names)), _key(canonical_name(obj, names)), prop))
            found = list(path_patterns(subject.root, obj.root))
            said_of = clause_subject(obj.root)
            if said_of is not None and _same(phrase(said_of), subject, names):
                found += object_patterns(obj.root)
            for pattern in found:
                key = json.dumps([str(prop), pattern], sort_keys=True)
                candidates.setdefault(key, (prop, pattern, example["sentence"]))
                support[key] += 1
        gold.append(pairs)

    # Keep the patterns that are right most of the time on all the examples.
    matcher = DependencyMatcher(nlp.vocab)
    keys = sorted(candidates)
    for n, key in enumerate(keys):
        matcher.add(str(n), [candidates[key][1]])
    right: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    for doc, pairs in zip(docs, gold, strict=True):
        seen = set()
        for match_id, token_ids in matcher(doc):
            key = keys[int(nlp.vocab.strings[match_id])]
            prop, pattern, _ = candidates[key]
            nodes = {item["RIGHT_ID"]: i for item, i in zip(pattern, token_ids, strict=True)}
            teller = _subject_of(doc, nodes)
            if teller is None:
                continue
            pair = (key, teller, nodes["object"])
            if pair in seen:
                continue
            seen.add(pair)
            matched[key] += 1
            said_s = _key(canonical_name(phrase(doc[teller]), names))
            said_o = _key(canonical_name(phrase(doc[nodes["object"]]), names))
            # Right if the examples state this property of either end: the pattern found
            # the fact, even where a name differs from the examples' spelling.
            right[key] += any(p == prop and (s == said_s or o == said_o) for s, o, p in pairs)
    rules = []
    for key in keys:
        precision = right[key] / matched[key] if matched[key] else 0.0
        if precision >= MIN_PRECISION and right[key] >= 1:
            prop, pattern, sentence = candidates[key]
            rules.append((prop, -precision, -support[key], key, pattern, sentence))
    rules.sort()
    numbering: Counter[str] = Counter()
    learned = []
    for prop, precision, count, _, pattern, sentence in rules:
        local = str(prop).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        numbering[local] += 1
        learned.append(
            LearnedRule(f"{local}-{numbering[local]}", prop, pattern, -precision, -count, sentence)
        )
    return Patterns(learned, names, dict(classes))


def _same(a: Span, b: Span, names: dict[str, str]) -> bool:
    return a.root == b.root or _key(canonical_name(a, names)) == _key(canonical_name(b, names))


def _subject_of(doc: Doc, nodes: dict[str, int]) -> int | None:
    if "subject" in nodes:
        return nodes["subject"]
    said_of = clause_subject(doc[nodes["object"]])
    return None if said_of is None else phrase(said_of).root.i


def _learn_names(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """Surface form → canonical name, where the examples use a fuller name than the rules give."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, example in zip(docs, examples, strict=True):
        for s, _, o in example["triples"]:
            for name in (s, o):
                span = find_mention(doc, name)
                if span is None:
                    continue
                surface = canonical_name(span).replace("_", " ")
                if _key(canonical_name(span)) != _key(name):
                    votes[surface.lower()][name] += 1
                else:
                    votes[surface.lower()][canonical_name(span)] += 1
    names = {}
    for surface, counts in votes.items():
        best, _ = counts.most_common(1)[0]
        if _key(best) != _key(canonical_name(surface)):
            names[surface] = best
    return names


# ---------------------------------------------------------------------------- extraction


class LearnedExtractor:
    """Runs learned patterns over a parsed document: at most one property per pair of
    mentions (the most precise pattern's), literal ranges checked (a number for a
    number, a date for a date, never a literal where the ontology wants an entity)."""

    def __init__(self, patterns: Patterns, ontology: Ontology) -> None:
        self.patterns = patterns
        self.ontology = ontology
        self.rules = {rule.name: rule for rule in patterns.rules}
        self._matcher = MatcherCache(DependencyMatcher, {rule.name: rule.pattern for rule in patterns.rules})

    def __call__(self, doc: Doc) -> Iterator[Relation]:
        strings = doc.vocab.strings
        best: dict[tuple[int, int], tuple[tuple[float, int], LearnedRule, dict[str, Token]]] = {}
        for match_id, token_ids in self._matcher(doc)(doc) if self.rules else ():
            rule = self.rules[strings[match_id]]
            nodes = {item["RIGHT_ID"]: doc[i] for item, i in zip(rule.pattern, token_ids, strict=True)}
            if "subject" not in nodes:
                said_of = clause_subject(nodes["object"])
                if said_of is None:
                    continue
                nodes["subject"] = phrase(said_of).root
            pair = (nodes["subject"].i, nodes["object"].i)
            rank = (rule.precision + self._agreement(rule.property, nodes), rule.support)
            if pair not in best or rank > best[pair][0]:
                best[pair] = (rank, rule, nodes)
        for rule, nodes in self._by_label(doc):
            pair = (nodes["subject"].i, nodes["object"].i)
            rank = (rule.precision + self._agreement(rule.property, nodes), rule.support)
            if pair not in best or rank > best[pair][0]:
                best[pair] = (rank, rule, nodes)
        for pair in sorted(best):
            _, rule, nodes = best[pair]
            subject, obj = self._mention(nodes["subject"]), self._mention(nodes["object"])
            turn = nodes.get("anchor", nodes["subject"])
            if subject.start == obj.start or not asserted(turn) or not self._fits(rule.property, obj):
                continue
            if not (
                (_is_name(subject, self.patterns) and _is_name(obj, self.patterns))
                or self._literal(rule.property)
            ):
                continue
            first, last = min(subject.start, obj.start, turn.i), max(subject.end, obj.end, turn.i + 1)
            yield Relation(
                subject=subject, predicate=rule.property, object=obj, evidence=doc[first:last],
                rule=rule.name, confidence=rule.precision, trigger=turn.lemma_, subject_vote=1, object_vote=1,
            )  # fmt: skip

    @cached_property
    def _labels(self) -> dict[str, list[tuple[LearnedRule, frozenset[str]]]]:
        """Head word of each property label → (a rule standing for the label, the label's
        other content words): "population density" is "density" with "population"."""
        heads: dict[str, list[tuple[LearnedRule, frozenset[str]]]] = defaultdict(list)
        for iri, prop in self.ontology.properties.items():
            if iri.startswith(KG):
                continue
            words = [w for w in label_words(prop.label).split() if w not in STOP_WORDS]
            if words:
                rule = LearnedRule(f"label:{prop.label}", iri, [], LABEL_CONFIDENCE, 0)
                heads[_stem(words[-1])].append((rule, frozenset(_stem(w) for w in words[:-1])))
        return heads

    def _by_label(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        """Facts stated with a property's own label, in the copula shapes news and reference
        text use: "the L of X is Y", "X's L is Y", "X, whose L is Y", "Y is the L of X",
        "X has an L of Y"."""
        for token in doc:
            if token.pos_ != "NOUN" or _stem(token.lemma_) not in self._labels:
                continue
            modifiers = {_stem(c.lemma_) for c in token.lefts if c.dep_ in ("compound", "amod")}
            slot, owner = token, _owner(token)
            if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
                # "the number of doctoral students in X is Y": the label spans "number of …"
                slot = token.head.head
                modifiers |= {_stem(slot.lemma_)} | {
                    _stem(c.lemma_) for c in slot.lefts if c.dep_ in ("compound", "amod")
                }
                owner = owner or _owner(slot, skip=token)
            head = slot.head
            value = None
            if slot.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "be":
                value = next((c for c in head.children if c.dep_ in ("attr", "acomp")), None)
            elif slot.dep_ == "attr" and head.lemma_ == "be":
                value = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            elif (slot.dep_ == "dobj" and head.lemma_ == "have") or (
                slot.dep_ == "pobj" and head.lower_ == "with"
            ):
                value = next(
                    (g for c in slot.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
                    None,
                )
                owner = owner or clause_subject(slot)
            if owner is None or value is None:
                continue
            for rule, wanted in self._labels[_stem(token.lemma_)]:
                if wanted <= modifiers:
                    turn = head if head.pos_ in ("AUX", "VERB") else token  # "is not" negates
                    yield rule, {"subject": phrase(owner).root, "object": value, "anchor": turn}

    def _agreement(self, prop: URIRef, nodes: dict[str, Token]) -> float:
        """How far what the examples showed of the two ends agrees with the property's
        domain and range: +0.5 for each end known in a fitting class, -0.5 for each known
        only in others."""
        term = self.ontology.properties.get(prop)
        if term is None:
            return 0.0
        total = 0.0
        for end, allowed in (("subject", term.domain), ("object", term.range)):
            known = self.patterns.classes.get(_key(canonical_name(phrase(nodes[end]), self.patterns.names)))
            if known and allowed:
                total += 0.5 if any(self.ontology.is_a(c, allowed) for c in known) else -0.5
        return total

    def _mention(self, token: Token) -> Span:
        """`phrase`, made to agree with the rest of the text and the examples: a ``City,
        Country`` pair is the city (the country is a fact of its own), and a short name is
        the full name it ends or starts elsewhere in the text ("Gorbach", "Alfons Gorbach")."""
        span = phrase(token)
        doc = token.doc
        if "," in span.text:
            last = doc[span.end - 1]
            tail = phrase(last)
            known = self.patterns.classes.get(_key(canonical_name(tail, self.patterns.names)), set())
            if any(
                self.ontology.classes.get(c) and self.ontology.classes[c].label == "Country" for c in known
            ):
                comma = next((t.i for t in span if t.text == ","), None)
                if comma is not None and comma > span.start:
                    span = doc[span.start : comma]
        if not any(t.pos_ == "PROPN" for t in span):
            return span
        for run in _name_runs(doc):
            if run.start <= span.start and span.end <= run.end and len(run) > len(span):
                span = run  # "Amkar Perm" in "FC Amkar Perm"
                break
        words = span.text.split()
        for other in [*_tagged(doc), *_name_runs(doc)]:
            other_words = other.text.split()
            named = len(other_words) > len(words) and other.label_ in (
                "PERSON",
                "ORG",
                "GPE",
                "FAC",
                "NORP",
                "",
            )
            if named and words in (other_words[-len(words) :], other_words[: len(words)]):
                return _trimmed(other)
        return span

    def _literal(self, prop: URIRef) -> bool:
        term = self.ontology.properties.get(prop)
        return bool(term and any(c.startswith(str(XSD)) for c in term.range))

    def _fits(self, prop: URIRef, obj: Span) -> bool:
        term = self.ontology.properties.get(prop)
        ranges = set(term.range) if term else set()
        value = canonical_name(obj, self.patterns.names)
        is_date = bool(re.fullmatch(r"\d{4}-\d\d-\d\d", value))
        is_number = bool(_NUMBER.match(value))
        if XSD.date in ranges:
            return is_date or bool(re.fullmatch(r"\d{4}", value))
        if XSD.decimal in ranges:
            return is_number
        if ranges and not ranges & {XSD.string}:
            return not (is_date or is_number)
        return True

    def triples(self, doc: Doc) -> list[tuple[str, str, str]]:
        """The relations in ``doc`` as (subject, property local name, object) canonical names."""
        found = []
        for relation in self(doc):
            local = str(relation.predicate).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            subject = canonical_name(relation.subject, self.patterns.names)
            obj = canonical_name(relation.object, self.patterns.names)
            triple = (subject, local, obj)
            if triple not in found:
                found.append(triple)
        return found


def extract_examples(
    examples: Iterable[dict], *, patterns: Patterns | None, ontology: Ontology, nlp: Language
) -> dict[str, list[tuple[str, str, str]]]:
    """Predicted triples (canonical names, property local names) for each example id, for
    scoring with `kg.evaluate.score`. Without ``patterns`` only the ontology's labels
    drive extraction ("the capital of X is Y")."""
    examples = list(examples)
    extractor = LearnedExtractor(patterns or Patterns(), ontology)
    docs = nlp.pipe(example["sentence"] for example in examples)
    return {example["id"]: extractor.triples(doc) for example, doc in zip(examples, docs, strict=True)}
