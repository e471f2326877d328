"""Learn extraction patterns for any ontology from a few annotated sentences.

Given sentences with the triples they state (``{"sentence", "triples": [[s, r, o], …]}``),
`learn` finds each triple's subject and object in the parse (`kg.align.find_mention`),
takes the dependency path between them, and generalises it into spaCy
``DependencyMatcher`` patterns at two levels: every word on the path (``lexical``), and
only the word the path turns at plus its prepositions (``anchor``). Where the subject is
simply who the clause is about, the words just above the object make a pattern of their
own and the subject is found by rule when it runs (`kg.reference.clause_subject`). Each
candidate pattern is then run over all the examples and kept only if most of what it
matches is a triple the examples state (`MIN_PRECISION`).

A learned pattern file is JSON Lines a person can read and edit::

    {"rule": "birthPlace-3", "property": "https://…#birthPlace", "precision": 1.0, "support": 4,
     "example": "X was born in Y.", "pattern": [{"RIGHT_ID": "anchor", …}, …]}
    {"name": "arlington", "canonical": "Arlington,_Texas"}
    {"entity": "Arlington,_Texas", "classes": ["https://…#City"]}

The second kind of line is the small name linker learned beside the patterns: when the
examples write an entity by a fuller canonical name than the sentence does (the
benchmark's DBpedia names), the learned name is used for that surface form. The third
records each entity the examples name, spelt as they spell it, with the classes they showed
it in: a name found in a new sentence that differs from one of these only in accents, dots
or hyphens ("Sao Paulo", "AC Milan") takes the examples' spelling, as a linker's dictionary
would give it. `kg.relations.learned` applies the file.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import XSD, URIRef
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.align import aligned, find_mention, mention_index
from kg.canonical import canonical_name
from kg.commanames import learn_comma_names
from kg.conventions import learn_conventions
from kg.countrynames import learn_country_names
from kg.demonyms import DEMONYMS, DESCRIBING
from kg.errors import KGError
from kg.jsonl import read_jsonl
from kg.legalforms import learn_legal_forms
from kg.literals import NUMBER
from kg.names import an_office, phrase
from kg.ontology import KG, Ontology, local_name
from kg.reference import clause_subject
from kg.relations.aliases import learn_aliases
from kg.relations.apposed import learn_commas
from kg.relations.labels import ALIAS, LabelReader
from kg.relations.possessed import learn_towns
from kg.relations.treematch import dependency_matches
from kg.rule import LearnedRule
from kg.spellings import folded, name_key

MIN_PRECISION = 0.5
"""A learned pattern is kept if at least this share of its matches on the examples are right."""
MIN_PRECISION_WORDLESS = 0.75
MIN_RIGHT_WORDLESS = 3
"""The share, and the number of right matches, a pattern with no word in it needs: only the
parse's links ("X, Y": an apposition) match in far more kinds of sentence than the examples
show. `_in_context` gives such a pattern the words above it as well ("born in X, Y")."""


OFFICES = "offices:"
"""Names-table key prefix of a property some of whose values in the examples were offices
("Governor of Connecticut", `kg.names.an_office`); other properties never take one."""

COMMON = "common:"
"""Names-table key prefix of a property whose values the examples mostly wrote in lower case,
as common nouns ("makes mobile applications": product): its values need not be names."""

MIN_COMMON = 3
"""A property takes common values (`COMMON`) where at least this many of the examples' values, and
half of them, were written in lower case; or where all were, two at least (`MIN_SPELT_COMMON`:
"known for antiseptic surgery", "known for the artificial heart"). An amount ("20 kilometres") is
no common noun."""

SPELT_LOWER = "lower:"
"""Names-table key prefix of a property whose values the examples all spell in lower case: its
common-noun values keep the text's lower case ("syphilis", not DBpedia's ``Syphilis``)."""

MIN_SPELT_COMMON = 2
"""A property takes common values (`COMMON`) also where the examples spell all its values in lower
case, at least this many (Wikidata's labels: "syphilis", "migraine"), as the text writes them or not."""

CLOSED = "closed:"
"""Names-table key prefix of a property with common-noun values (`COMMON`) from a closed list:
the examples gave such values to at least `MIN_CLOSED` different things, with at most half as
many different values, each to two things at least ("species" and "genus" for a taxon's rank;
not the many industries of a few companies said again and again, nor "cricket" once beside
"football" three times). The value is the list, "|"-separated; other words are no value
of the property ("a river" is no rank)."""

MIN_CLOSED = 4

MAX_PATH = 4
"""Longest dependency path (in edges) between subject and object that becomes a pattern. A
preposition and its object count as one edge beyond the first such pair, so that "the music for
X was composed by Y" (five edges, two of them a preposition's) is a pattern as "X's music was
composed by Y" is; nor does a name's edge to the common noun it modifies ("the Starfall series")."""


@dataclass
class Patterns:
    """What `learn` produces and ``kg build --patterns`` uses."""

    rules: list[LearnedRule] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    """Surface form (lower-cased) → canonical name."""
    classes: dict[str, set[URIRef]] = field(default_factory=dict)
    """Canonical name key → the classes the examples show it in (domain and range of
    the properties it took part in)."""
    entities: dict[str, str] = field(default_factory=dict)
    """Canonical name key → the name as the examples write it (``São_Paulo``)."""
    aliases: list[LearnedRule] = field(default_factory=list)
    """Nouns the examples say properties with, read as their labels are (`kg.relations.aliases`)."""

    def known(self, name: str) -> str:
        """The examples' own spelling of a name that differs from it only in accents, dots,
        hyphens or case ("Sao Paulo" is São_Paulo, "AC Milan" A.C._Milan), as a linker's
        dictionary would give it; the name itself where none or more than one does."""
        return self._folded.get(folded(name) or name, name)

    @cached_property
    def _folded(self) -> dict[str, str]:
        spellings: dict[str, set[str]] = defaultdict(set)
        for name in self.entities.values():
            spellings[folded(name)].add(name)
        return {key: next(iter(names)) for key, names in spellings.items() if len(names) == 1}

    def write(self, path: str | Path) -> None:
        """Write the patterns as JSON Lines (rules first, then names), sorted for stable diffs."""
        lines = [
            json.dumps({
                "rule": r.name, "property": str(r.property), "precision": round(r.precision, 3),
                "support": r.support, "matches": r.matches, "example": r.example, "pattern": r.pattern,
            }, ensure_ascii=False)
            for r in self.rules
        ]  # fmt: skip
        lines += [
            json.dumps({
                "alias": r.name.removeprefix(ALIAS), "property": str(r.property),
                "precision": round(r.precision, 3), "support": r.support, "matches": r.matches,
                "example": r.example,
            }, ensure_ascii=False)
            for r in self.aliases
        ]  # fmt: skip
        lines += [
            json.dumps({"name": surface, "canonical": canonical}, ensure_ascii=False)
            for surface, canonical in sorted(self.names.items())
        ]
        lines += [
            json.dumps(
                {"entity": self.entities.get(key, key), "classes": sorted(str(c) for c in classes)},
                ensure_ascii=False,
            )
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
            name = str(data["name"])
            convention = re.match(r"[a-z]+:", name)  # "word:FC", "unit:areaTotal": as written
            patterns.names[name if convention else name.lower()] = str(data["canonical"])
            return
        if "entity" in data:
            entity = str(data["entity"])
            patterns.classes[name_key(entity)] = {URIRef(c) for c in data["classes"]}
            patterns.entities[name_key(entity)] = entity
            return
        try:
            prop = ontology.term(str(data["property"]), properties_only=True)
        except KeyError as error:
            raise ValueError(error.args[0]) from None
        if "alias" in data:  # a noun read as the property's label is (`kg.relations.aliases`)
            patterns.aliases.append(LearnedRule(
                f"{ALIAS}{' '.join(str(data['alias']).lower().split())}", prop,
                [], float(data.get("precision", 1.0)), int(data.get("support", 1)),
                str(data.get("example", "")), int(data.get("matches", 0)),
            ))  # fmt: skip
            return
        if not isinstance(data["pattern"], list) or not data["pattern"]:
            raise ValueError("'pattern' must be a non-empty list")
        ids = {node.get("RIGHT_ID") for node in data["pattern"]}
        if "object" not in ids:
            raise ValueError("a pattern needs a node with RIGHT_ID 'object' (and 'subject', or the clause's)")
        patterns.rules.append(LearnedRule(
            str(data.get("rule", f"learned-{number}")), prop, data["pattern"],
            float(data.get("precision", 1.0)), int(data.get("support", 1)), str(data.get("example", "")),
            int(data.get("matches", 0)),
        ))  # fmt: skip

    read_jsonl(path, parse, what="pattern")
    return patterns


def _path(subject: Token, obj: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """The lowest common ancestor of two tokens and the tokens below it down to each."""
    up_s = [subject, *subject.ancestors]
    up_o = [obj, *obj.ancestors]
    common = next((t for t in up_s if t in up_o), None)
    if common is None:
        return None
    down_s = list(reversed(up_s[: up_s.index(common)]))
    down_o = list(reversed(up_o[: up_o.index(common)]))
    linked = sum(1 for t in (*down_s, *down_o) if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent"))
    # a name and the common noun it modifies are one mention ("the Starfall series")
    kinds = sum(1 for end in (subject, obj) if end.dep_ == "compound" and end.head.pos_ == "NOUN")
    if len(down_s) + len(down_o) - max(0, linked - 1) - kinds > MAX_PATH or subject == obj:
        return None
    return common, down_s, down_o


def object_patterns(obj: Token) -> Iterator[list[dict]]:
    """Patterns for the words just above ``obj`` (one to three edges up): with the subject
    left to `clause_subject`, they read "born in Y", "Y employees", "Y-based"."""
    chain = [obj]
    while len(chain) <= 3 and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
        top = chain[-1]
        attrs = _attrs(top, lexical=True, endpoint=False)
        if _passive(top) or (top.pos_ == "VERB" and top.tag_ == "VBN" and top.dep_ in ("acl", "advcl")):
            # "X, founded in 1863": what is founded; "Y founded X in 2006" is read as such by
            # its active variant (`kg.relations.variants`)
            attrs["TAG"] = "VBN"
        pattern = [{"RIGHT_ID": "anchor", "RIGHT_ATTRS": attrs}]
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


_NAMING = frozenset({"compound", "poss", "nmod"})
"""How a name's words hang from the common noun that ends it ("King's Cross railway station")."""


def _passive(verb: Token) -> bool:
    """Whether ``verb`` is in the passive ("was founded")."""
    return verb.pos_ == "VERB" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _attrs(token: Token, *, lexical: bool, endpoint: bool) -> dict:
    attrs: dict = {}
    if endpoint:
        if token.pos_ in ("NUM", "PROPN"):
            attrs["POS"] = token.pos_
        elif token.pos_ == "NOUN" and any(c.pos_ == "PROPN" and c.dep_ in _NAMING for c in token.children):
            # a name whose last word is a common noun ("King's Cross railway station in
            # London"): any name in its place ("Gare du Nord in Paris")
            attrs["POS"] = {"IN": ["NOUN", "PROPN"]}
        elif token.is_title and (not token.is_sent_start or token.dep_ in ("nsubj", "nsubjpass")):
            # a name the tagger took for a common word ("Camembert, a soft cheese …"): a name
            # too, and whatever the tagger took it for ("from Manly", an adverb to it)
            named = ["NOUN", "ADJ", "X", "PRON", "PROPN"]
            attrs["POS"] = {"IN": named if token.pos_ in named else [*named, token.pos_]}
        else:
            common = ["NOUN", "ADJ", "X", "PRON"]
            # a gerund the parser calls a verb ("a machine learning conference"): a noun here,
            # and a pattern must match the example it was learned from
            gerund = token.tag_ == "VBG" or token.dep_ == "pobj"  # "used in sailing": any gerund
            attrs["POS"] = {"IN": [*common, "VERB"] if gerund else common}
    elif lexical and token.pos_ not in ("PROPN", "NUM"):
        attrs["LEMMA"] = token.lemma_
    return attrs


def path_patterns(subject: Token, obj: Token) -> Iterator[list[dict]]:
    """DependencyMatcher patterns for the path from ``subject`` to ``obj``: one with every
    word on the path, one with only the word at the turn and the verbs, prepositions and the
    noun a copula says something is below it ("born … and lives in Y" is no pattern for "born
    … and died in Y", "X is the wife of Y" none for "X is the deputy of Y")."""
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
                # what a copula says X is names the relation ("the wife of Y"), unless the path
                # goes on to a word describing it ("an English footballer": any player is English)
                below = chain[n + 1] if n + 1 < len(chain) else None
                said_is = token.dep_ == "attr" and not (below is not None and below.dep_ in DESCRIBING)
                lexical = level == "lexical" or token.pos_ in ("ADP", "VERB") or said_is
                attrs = {"DEP": token.dep_, **_attrs(token, lexical=lexical, endpoint=endpoint)}
                before_name = token.dep_ == "compound" and token.pos_ == "NOUN" and token.head.pos_ == "PROPN"
                if before_name and not endpoint:
                    # a common noun before a name, which the tagger as often takes for an
                    # adjective ("the speed skater Håvard Lorentzen", "the French fencer …")
                    attrs["DEP"] = {"IN": sorted(DESCRIBING)}
                if endpoint and token.text in DEMONYMS:  # "an Italian" or "a German": either way
                    attrs["POS"] = {"IN": ["ADJ", "PROPN"]}
                    if token.is_title:  # a capital, as no common adjective has ("a Chinese black tea")
                        attrs["IS_TITLE"] = True
                    if token.dep_ in DESCRIBING:
                        attrs["DEP"] = {"IN": sorted(DESCRIBING)}
                pattern.append(
                    {"LEFT_ID": parent_id, "REL_OP": ">", "RIGHT_ID": node_id, "RIGHT_ATTRS": attrs}
                )
                parent_id = node_id
        yield pattern
        if level == "lexical" and not any("LEMMA" in node["RIGHT_ATTRS"] for node in pattern):
            yield from _in_context(common, pattern)


def _any_title(pattern: list[dict]) -> list[dict] | None:
    """The pattern with any common noun where it names the noun a name stands in apposition
    with ("the wife of the painter Tom Loxley" read as "the wife of the composer Ivan
    Petrov"); None for a pattern whose object stands in no apposition with a noun it names."""
    ids = {node["RIGHT_ID"]: n for n, node in enumerate(pattern)}
    obj = pattern[ids["object"]] if "object" in ids else None
    if obj is None or obj["RIGHT_ATTRS"].get("DEP") != "appos" or obj.get("LEFT_ID") not in ids:
        return None
    at = ids[obj["LEFT_ID"]]
    noun = pattern[at]
    if noun["RIGHT_ID"] in ("anchor", "subject") or "LEMMA" not in noun["RIGHT_ATTRS"]:
        return None
    attrs = {k: v for k, v in noun["RIGHT_ATTRS"].items() if k != "LEMMA"} | {"POS": "NOUN"}
    general = [*pattern[:at], {**noun, "RIGHT_ATTRS": attrs}, *pattern[at + 1 :]]
    if not any(node["RIGHT_ATTRS"].get("LEMMA", "be") not in STOP_WORDS for node in general):
        return None  # "X's N is the M Y" says nothing without its nouns
    return general


def _in_context(top: Token, pattern: list[dict]) -> Iterator[list[dict]]:
    """A word-free pattern ("X, Y": an apposition) with the words above its top end up to
    the first verb, noun or adjective: "Born in X, Y" is [born] > in > X > Y, which an
    apposition anywhere else is not."""
    above: list[Token] = []
    word = top
    while word.head.i != word.i and len(above) < 3:
        word = word.head
        above.append(word)
        if word.pos_ in ("VERB", "NOUN", "ADJ"):
            break
    else:
        return
    anchor, *links = reversed(above)
    found = [{"RIGHT_ID": "context", "RIGHT_ATTRS": {"LEMMA": anchor.lemma_}}]
    parent_id = "context"
    for n, link in enumerate([*links, top]):
        node_id = pattern[0]["RIGHT_ID"] if link is top else f"c{n}"
        attrs = {"DEP": link.dep_, **(pattern[0]["RIGHT_ATTRS"] if link is top else {"LEMMA": link.lemma_})}
        found.append({"LEFT_ID": parent_id, "REL_OP": ">", "RIGHT_ID": node_id, "RIGHT_ATTRS": attrs})
        parent_id = node_id
    yield found + pattern[1:]


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
                    properties[relation] = ontology.term(relation, properties_only=True)
                except KeyError:
                    own = [local_name(iri) for iri in ontology.properties if not iri.startswith(KG)]
                    near = difflib.get_close_matches(relation, own, n=1)
                    hint = f"; did you mean {near[0]!r}?" if near else ""
                    raise KGError(
                        f"example {example['id']}: {relation!r} is not a property of the ontology{hint}"
                    ) from None
    # Relations by their local names from here on, as the extractor keys conventions ("cast
    # member" is cast_member; "fb:playsFor" playsFor).
    examples = [
        example | {"triples": [(s, local_name(properties[r]), o) for s, r, o in example["triples"]]}
        for example in examples
    ]
    properties = {local_name(iri): iri for iri in properties.values()}

    names = _learn_names(docs, examples) | learn_conventions(docs, examples, ontology)
    names |= learn_commas(docs, examples, ontology) | learn_towns(docs, examples, ontology)
    names |= learn_comma_names(docs, examples) | learn_legal_forms(docs, examples)
    names |= learn_country_names(docs, examples, ontology)
    classes: dict[str, set[URIRef]] = defaultdict(set)
    entities: dict[str, str] = {}
    for example in examples:
        for s, relation, o in example["triples"]:
            entities.update((name_key(n), n) for n in (s, o) if not (n.startswith('"') or NUMBER.match(n)))
            term = ontology.properties.get(properties[relation])
            if term is not None:
                classes[name_key(s)].update(term.domain)
                classes[name_key(o)].update(c for c in term.range if not c.startswith(str(XSD)))
    candidates: dict[str, tuple[URIRef, list[dict], str]] = {}
    support: Counter[str] = Counter()
    gold: list[set[_Stated]] = []
    offices: set[str] = set()  # properties with an office among their values (OFFICES)
    common: Counter[str] = Counter()  # values written in lower case, by property (COMMON)
    valued: Counter[str] = Counter()
    words: defaultdict[str, dict[str, str]] = defaultdict(dict)  # CLOSED: subject → common value
    stated: list[list[tuple[Span, URIRef, Span]]] = []
    spelt: Counter[str] = Counter()  # values the examples spell in lower case (Wikidata's "syphilis")
    for example in examples:
        for _, relation, o in example["triples"]:
            if not (NUMBER.match(o) or o.startswith('"')):
                spelt[relation] += 1 if o[:1].islower() else -len(examples)
    for doc, example in zip(docs, examples, strict=True):
        pairs = set()
        facts = aligned(doc, example["triples"], names)
        stated.append([(s, properties[r], o) for s, r, o in facts])
        for subject, relation, obj in facts:
            prop = properties[relation]
            if an_office(obj):
                offices.add(relation)
            if not NUMBER.match(obj.text):
                # "rifampicin" is no name, whether the tagger calls it one or not
                lower = (
                    not any(t.text[:1].isupper() for t in obj) and not obj[0].like_num
                )  # no "20 kilometres"
                common[relation] += lower
                valued[relation] += 1
                if lower:
                    words[relation][name_key(subject.text)] = " ".join(
                        t.lower_ for t in obj if t.pos_ != "DET"
                    )
            pairs.add(_Stated(prop, _End.of(subject, names), _End.of(obj, names)))
            head = _head_word(obj)
            found = list(path_patterns(_head_word(subject), head))
            said_of = clause_subject(head)
            if said_of is not None and _same(phrase(said_of), subject, names):
                found += object_patterns(head)
            found += [general for pattern in found if (general := _any_title(pattern)) is not None]
            for pattern in found:
                key = json.dumps([str(prop), pattern], sort_keys=True)
                candidates.setdefault(key, (prop, pattern, example["sentence"]))
                support[key] += 1
        gold.append(pairs)

    # Keep the patterns that are right most of the time on all the examples.
    keys = sorted(candidates)
    matcher = dependency_matches({str(n): candidates[key][1] for n, key in enumerate(keys)})
    right: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    for doc, pairs in zip(docs, gold, strict=True):
        seen = set()
        tellers: dict[int, int | None] = {}  # object → who the clause is about, once per word
        ends: dict[int, _End] = {}  # word → the end it names, once per word

        def end(i: int, doc: Doc = doc, ends: dict[int, _End] = ends) -> _End:
            if i not in ends:
                ends[i] = _End.of(phrase(doc[i]), names)
            return ends[i]

        for name, token_ids in matcher(doc):
            key = keys[int(name)]
            prop, pattern, _ = candidates[key]
            nodes = {item["RIGHT_ID"]: i for item, i in zip(pattern, token_ids, strict=True)}
            teller: int | None
            if "subject" in nodes:
                teller = nodes["subject"]
            else:
                if nodes["object"] not in tellers:
                    tellers[nodes["object"]] = _subject_of(doc, nodes)
                teller = tellers[nodes["object"]]
            if teller is None:
                continue
            pair = (key, teller, nodes["object"])
            if pair in seen:
                continue
            seen.add(pair)
            matched[key] += 1
            said_s, said_o = end(teller), end(nodes["object"])
            # Right if the examples state this property with this value (the same words of
            # the sentence, or the same name said elsewhere), whoever the subject is (a
            # pronoun, a shorter form of the name); or of this subject with a value the
            # match names a part of ("Malaysia" for Miri,_Malaysia). Another value of the
            # subject's ("in Y" landing on where a person lives, not where she was born) is
            # not right.
            right[key] += any(
                stated.prop == prop
                and (
                    stated.object.meets(said_o)
                    or (stated.subject.meets(said_s) and stated.object.names_like(said_o))
                )
                for stated in pairs
            )
    rules = []
    for key in keys:
        precision = right[key] / matched[key] if matched[key] else 0.0
        prop, pattern, sentence = candidates[key]
        if any("LEMMA" in node["RIGHT_ATTRS"] for node in pattern):
            kept = precision >= MIN_PRECISION and right[key] >= 1
        else:  # "X, Y": an apposition alone
            kept = precision >= MIN_PRECISION_WORDLESS and right[key] >= MIN_RIGHT_WORDLESS
        if kept:
            rules.append((prop, -precision, -support[key], key, pattern, sentence, matched[key]))
    rules.sort()
    numbering: Counter[str] = Counter()
    learned = []
    for prop, precision, count, _, pattern, sentence, matches in rules:
        local = local_name(prop)
        numbering[local] += 1
        learned.append(
            LearnedRule(f"{local}-{numbering[local]}", prop, pattern, -precision, -count, sentence, matches)
        )
    names |= {f"{OFFICES}{relation}": "1" for relation in offices}
    names |= {
        f"{COMMON}{relation}": "1"
        for relation, count in common.items()
        if (count >= MIN_COMMON and count * 2 >= valued[relation])
        or MIN_SPELT_COMMON <= count == valued[relation]
    }
    for relation in (r for r, count in spelt.items() if count >= MIN_SPELT_COMMON):
        names |= {f"{COMMON}{relation}": "1", f"{SPELT_LOWER}{relation}": "1"}
    names |= {
        f"{CLOSED}{relation}": "|".join(sorted(set(said.values())))
        for relation, said in words.items()
        if f"{COMMON}{relation}" in names
        and len(said) >= MIN_CLOSED
        and 2 * len(set(said.values())) <= len(said)
        and min(Counter(said.values()).values()) >= 2
    }
    aliases = learn_aliases(docs, stated, set(LabelReader(ontology).heads))
    return Patterns(learned, names, dict(classes), entities, aliases)


@dataclass(frozen=True)
class _End:
    """One end of a stated or matched triple: its name and the words it covers."""

    key: str
    tokens: range

    @classmethod
    def of(cls, span: Span, names: dict[str, str]) -> _End:
        return cls(name_key(canonical_name(span, names)), range(span.start, span.end))

    @property
    def literal(self) -> bool:
        """A number or date: spelt one way, so never matched by its other end alone."""
        return bool(NUMBER.match(self.key) or re.fullmatch(r"\d{4}-\d\d-\d\d", self.key))

    def names_like(self, other: _End) -> bool:
        """Whether ``other`` names a part of this (or this of it), this being no number or date."""
        return not self.literal and bool(other.key) and (other.key in self.key or self.key in other.key)

    def meets(self, other: _End) -> bool:
        return self.key == other.key or bool(set(self.tokens) & set(other.tokens))


@dataclass(frozen=True)
class _Stated:
    prop: URIRef
    subject: _End
    object: _End


def _head_word(span: Span) -> Token:
    """The word that stands for ``span`` in a pattern: its root, or, where the parser hangs
    its words side by side from a word after it ("an artificial intelligence conference":
    "artificial" and "intelligence" both on "conference"), the last of them, which the words
    before it describe (`kg.relations.values.describing`), or a name's head word ("a Juno I
    rocket"); not a number, which the parser hangs on a noun whatever it numbers ("the Skylab
    3 mission")."""
    tops = [t for t in span if not span.start <= t.head.i < span.end]
    if (
        len(tops) > 1
        and len({t.head.i for t in tops}) == 1
        and tops[0].head.i >= span.end
        and tops[-1].pos_ != "NUM"
    ):
        return tops[-1]
    return span.root


def _same(a: Span, b: Span, names: dict[str, str]) -> bool:
    return a.root == b.root or name_key(canonical_name(a, names)) == name_key(canonical_name(b, names))


def _subject_of(doc: Doc, nodes: dict[str, int]) -> int | None:
    if "subject" in nodes:
        return nodes["subject"]
    said_of = clause_subject(doc[nodes["object"]])
    return None if said_of is None else phrase(said_of).root.i


def _learn_names(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """Surface form → canonical name, where the examples use a fuller name than the rules give;
    and a word → the longer label it is part of, where at least two examples write the word's
    value so and none otherwise: a lower-case word that ends the label ("football" is
    "association football", Wikidata's label), or an adjective that begins it ("a Catholic
    school" is of the Catholic_Church); and a lower-case adjective of the noun that says what a
    thing is, where at least two examples give a value no word of their sentence names, always
    the same ("X is a lunar crater" is on the Moon)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    widened: dict[str, Counter[str]] = defaultdict(Counter)
    described: dict[str, Counter[str]] = defaultdict(Counter)  # "lunar" of "a lunar crater": Moon
    for doc, example in zip(docs, examples, strict=True):
        index = mention_index(doc)
        words = {t.lower_ for t in doc}
        adjectives = {  # "a Catholic school", and "Lutheran" the tagger took for a place
            t.text
            for t in doc
            if t.text[:1].isupper()
            and (t.pos_ == "ADJ" or t.dep_ == "compound")
            and t.head.i == t.i + 1
            and t.head.pos_ == "NOUN"
            and t.head.text.islower()
        }
        describing = {  # "X is a lunar crater": lower-case adjectives of the noun that says what X is
            t.lower_
            for t in doc
            if t.pos_ == "ADJ" and t.dep_ == "amod" and t.is_lower and t.head.pos_ == "NOUN"
            and t.head.dep_ in ("attr", "appos")
        }  # fmt: skip
        for s, _, o in example["triples"]:
            for name in (s, o):
                span = find_mention(doc, name, index=index)
                if span is None:
                    for word in describing:
                        described[word][name] += 1
                    label = name.replace("_", " ").split()
                    if len(label) < 2:
                        continue
                    if name.islower() and label[-1] in words and " " + name not in doc.text:
                        widened[label[-1]][name] += 1  # "association football" where the text says "football"
                    elif label[0] in adjectives and " ".join(label) not in doc.text:
                        widened[label[0].lower()][name] += 1
                    continue
                surface = canonical_name(span).replace("_", " ")
                if name_key(canonical_name(span)) != name_key(name):
                    votes[surface.lower()][name] += 1
                else:
                    votes[surface.lower()][canonical_name(span)] += 1
    names = {}
    for surface, counts in votes.items():
        best, _ = counts.most_common(1)[0]
        if name_key(best) != name_key(canonical_name(surface)):
            names[surface] = best
    for word, counts in widened.items():
        (best, count), *others = counts.most_common()
        if count >= 2 and not others and word not in votes:
            names[word] = best  # twice at least, never another label nor the word alone
    for word, counts in described.items():
        (best, count), *others = counts.most_common()
        if count >= 2 and not others and word not in votes and word not in names:
            names[word] = best  # "lunar" is Moon: twice at least the value no word says, never another
    return names
