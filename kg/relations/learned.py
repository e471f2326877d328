"""Relations from learned patterns (`kg.learn`) and from a user ontology's own labels.

`LearnedExtractor` runs the patterns of a ``kg learn`` file, finds the subject by rule for
the patterns that leave it to the clause, and also reads facts stated with a property's
label ("the manager of X is Y": `kg.relations.labels`). A pair of mentions gets at most one
property: the most precise pattern's, with what the examples showed of the two ends'
classes, and how many of the sentence's words the pattern names (`WORD_BONUS`), weighing in.
What the two ends of a reading are called is `kg.relations.ends`, and what value they give
`kg.relations.values`;
how its two mentions are cut from the sentence, and whether both name things,
`kg.relations.mentioned`;
which of two readings giving one value to two subjects stands is `kg.relations.rivals`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cached_property
from itertools import permutations

from rdflib import URIRef
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.canonical import canonical_name
from kg.conventions import quoted
from kg.countrynames import country_named
from kg.inverses import INVERSE
from kg.kindwords import KEPT_SUBJECT
from kg.learn import Patterns
from kg.lowsubjects import OF_NAMED, said_of_subjects
from kg.names import phrase
from kg.ontology import KG, Ontology, label_words, local_name
from kg.places import NO_COUNTRY, QUALIFY, place_kind
from kg.reference import (
    RELATIVE_TAGS,
    apposed_to,
    born_after,
    clause_subject,
    referent,
    relative_antecedent,
)
from kg.relations import Relation
from kg.relations.agreement import Agreement
from kg.relations.apposed import CommaReader
from kg.relations.dependency import asserted
from kg.relations.ends import Ends
from kg.relations.endvariants import headed
from kg.relations.known import KnownNames
from kg.relations.labels import ALIAS, LabelReader
from kg.relations.lifespans import LifespanReader
from kg.relations.mentioned import MentionCutter, domain_labels, language_property
from kg.relations.possessed import PossessiveReader
from kg.relations.rivals import (
    Best,
    drop_label_rivals,
    drop_misplaced,
    drop_past_apposition,
    drop_typed_otherwise,
)
from kg.relations.shapes import (
    exemplified,
    language_word,
    listed,
)
from kg.relations.spans import disambiguated, titled
from kg.relations.treematch import dependency_matches
from kg.relations.values import Values
from kg.relations.variants import HEADED, NAMED, VARIANT_NODES, rule_of, variants
from kg.relations.wordforms import LANGUAGE, SHARED, content_words, porter_stem, stem
from kg.relations.written import Writer
from kg.rule import LearnedRule
from kg.spellings import fullest_spellings, name_key
from kg.things import PERSON_CLASSES, of_things

WORD_BONUS = 0.15
"""What each word a pattern names beyond its first adds to its rank among the readings of one
pair: "fought in X" (a battle) outranks "in X" (a birthplace, most often, in the examples)
unless "in X" is far surer. Chosen on the cross-validated train files (0.1 to 0.2 score alike)."""


_PEOPLE = frozenset({"he", "she", "him", "they", "them"})
"""Pronouns a reading's end can be that stand for the person (or people) named before them."""

_PLACE_WORDS = {
    "country": "Country",
    "nation": "Country",
    "state": "Region",
    "region": "Region",
    "province": "Region",
}
"""Nouns that, after "the", mean a place of that kind named earlier in the text."""


def _one_list(a: Token, b: Token) -> bool:
    """Whether two names are items of one list: "X and Y", or "A, B, C, D" where the parser
    hangs the last item from the one before as an apposition. Two items are no such list:
    in "Born in Georgia, Vermont, Alvah Sabin, …" the apposition is who the sentence is about."""

    def items(token: Token) -> set[Token]:
        found = {token, *token.conjuncts}
        if len(found) > 2:
            found |= {c for t in found for c in t.children if c.dep_ == "appos"}
        return found

    return b in items(a) or a in items(b)


def _denied(nodes: dict[str, Token]) -> bool:
    """Whether the text denies a reading: the nearest verb above its object ("play" in "X does
    not play for Y"), or the reading's anchor where no verb is above it, is not asserted. A
    participle clause that opens the sentence says its own: "Born in Florence, X never
    married" does not deny the birth."""
    token = nodes["object"]
    while token.head != token and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        token = nodes.get("anchor", nodes["subject"])
    if token.dep_ == "advcl" and token.tag_ in ("VBN", "VBG") and token.i < token.head.i:
        return any(c.dep_ == "neg" for c in token.children)
    return not asserted(token)


class LearnedExtractor:
    """Runs learned patterns over a parsed document: at most one property per pair of
    mentions (the most precise pattern's), literal ranges checked (a number for a
    number, a date for a date, never a literal where the ontology wants an entity)."""

    def __init__(self, patterns: Patterns, ontology: Ontology) -> None:
        self.patterns = patterns
        self.ontology = ontology
        self.rules = {rule.name: rule for rule in patterns.rules}
        self.labels = LabelReader(ontology, patterns.aliases)
        self.commas = CommaReader(patterns.names, ontology)
        self.possessives = PossessiveReader(patterns.names, ontology)
        self.ends = Ends(patterns, ontology)
        self.values = Values(patterns, ontology)
        self.agreement = Agreement(patterns, ontology, self.ends)
        self.known = KnownNames(patterns.entities.values())
        self.lifespans = LifespanReader(patterns.names, ontology, self.ends, self.values)
        self.writer = Writer(patterns, ontology, self.ends, self.values)
        self.cutter = MentionCutter(patterns, ontology, self.ends, self.values, self.writer)
        self._patterns = {rule.name: rule.pattern for rule in patterns.rules} | variants(patterns.rules)
        if any(key.startswith(KEPT_SUBJECT) for key in patterns.names):  # "the Gotthard railway"
            self._patterns |= {
                f"{name}{HEADED}": variant
                for name, pattern in self._patterns.items()
                if (variant := headed(pattern)) is not None
            }
        self._matches = dependency_matches(self._patterns)

    def __call__(self, doc: Doc) -> Iterator[Relation]:
        """The relations in ``doc``, with the examples' names marked in it (`KnownNames`)."""
        yield from self._read(self.known.mark(doc))

    def _read(self, doc: Doc) -> Iterator[Relation]:
        """The relations in ``doc``: the best reading of each pair of mentions (`_scored`), said
        too of the names a kind gives as its examples (`_spread_to_examples`) and of the names
        coordinated with a value (`_spread_to_conjuncts`), less the rivals `kg.relations.rivals`
        drops, cut from the sentence (`kg.relations.mentioned`); and lifespans."""
        best = self._scored(doc)
        _spread_to_examples(best)
        self._spread_to_conjuncts(best)
        self._drop_nested(best)
        drop_past_apposition(best)
        drop_label_rivals(best)
        drop_misplaced(best, self.agreement)
        drop_typed_otherwise(best, self.ontology)
        apart = self._apart(best.values())
        for key in sorted(best):
            _, rule, nodes = best[key]
            relation = self.cutter.relation(doc, rule, nodes, apart)
            if relation is not None:
                yield relation
        yield from self.lifespans(doc)

    def _scored(self, doc: Doc) -> Best:
        """The surest reading of each pair of mentions in ``doc`` (and of each anchor, for a
        pattern shared by two verbs), with its rank, where its ends fit the property."""
        best: Best = {}
        for rule, nodes in self._candidates(doc):
            if self._said_otherwise(rule, nodes) or _one_list(nodes["subject"], nodes["object"]):
                continue  # "X and Y": two of a kind, not one said of the other
            if _denied(nodes):
                continue  # "does not play for Y": denied, and "never married" no bar to "Born in Y"
            if rule.name.startswith("label:") and self._learned_otherwise(rule, nodes):
                continue  # "designed by Y" read as an architect, where the examples said a designer
            if language_word(nodes["object"]) and not (
                rule.name.startswith(LANGUAGE) or language_property(self.ontology, rule.property)
            ):
                continue  # "a Swedish-language series" says its language, not its country
            agreement = self.agreement(rule.property, nodes, stated=rule.name.startswith(("label:", ALIAS)))
            said = nodes["object"]
            value = self.values.worded(rule, said) or self.values.value(rule.property, phrase(said))
            if not self.values.fits(rule.property, value):  # the mention may say more: "2019 … election"
                value = self.values.value(rule.property, self.ends.mention(said))
            if agreement is None or not self.values.fits(rule.property, value):
                continue  # ... or a value the property's range can't take: "born on 24 May 1989" is no year
            score = rule.confidence + agreement + WORD_BONUS * max(self._named(rule.name, rule.words) - 1, 0)
            pair: tuple[int, ...] = (nodes["subject"].i, nodes["object"].i)
            if rule.name.startswith(SHARED):  # "written and directed by X": two facts
                pair += (nodes["anchor"].i,)
            rank = (score, rule.support)
            if pair not in best or rank > best[pair][0]:
                best[pair] = (rank, rule, nodes)
        for pair, (rank, rule, nodes) in list(best.items()):
            reading = self._reread(rule, nodes)
            if reading is None:
                del best[pair]
            else:
                best[pair] = (rank, reading, nodes)
        return best

    def _spread_to_conjuncts(self, best: Best) -> None:
        """``best`` with each reading also given to the names (or, for a property of common nouns,
        the nouns) coordinated with its value: "plays for X and Y" holds of Y as of X."""
        for (subject_i, *_), (rank, rule, nodes) in list(best.items()):
            mention = self.ends.mention(nodes["object"])
            if quoted(local_name(rule.property), self.patterns.names):
                mention = titled(mention)  # "Secretary of Health, Education and Welfare": one title
            items = listed(nodes["object"])
            names = [mention, *(self.ends.mention(item) for item in items)]
            for conjunct in items:
                if any(name.start <= conjunct.i < name.end and name.root != conjunct for name in names):
                    continue  # "Regina, Saskatchewan" is one place, not two; "Trinidad and Tobago" one
                spread = (subject_i, conjunct.i)
                alike = conjunct.pos_ == "PROPN" or (  # "fish and peanut sauce", common values both
                    self.values.common_value(rule.property, conjunct)
                    and nodes["object"].pos_ == "NOUN"
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in conjunct.children)
                )  # not "a poet and the wife of Y": a noun of whose it is says no value
                if spread not in best and alike and conjunct.i != subject_i:
                    reading = rule  # "the order Saurischia and the family Megalosauridae": its own noun
                    own = [c for c in conjunct.children if c.dep_ == "compound" and c.is_lower]
                    own_label = self.labels.named_alone(rule.property, own)
                    if own_label is not None:
                        if self.agreement(own_label.property, nodes | {"object": conjunct}) is None:
                            continue
                        reading = own_label
                    best[spread] = (rank, reading, nodes | {"object": conjunct})

    def _drop_nested(self, best: Best) -> None:
        """Of two readings of one property of one subject whose common-noun values are one
        mention and a part of it ("a survival horror game": "survival horror" and "survival
        horror game"), keep the better one: one mention says one value; of a name's value and a
        common word inside it ("Early" of "an Early English Gothic cathedral"), the name's. (Names
        are left alone: "Darien, Connecticut" and "Connecticut" are two places.)"""
        common = {key for key, (_, _, nodes) in best.items() if nodes["object"].pos_ in ("NOUN", "ADJ")}
        spans = {key: self.ends.mention(best[key][2]["object"]) for key in best}
        for key, other in permutations(sorted(best), 2):
            if other not in common or key not in best or other not in best:
                continue
            if key[0] != other[0] or key[1] == other[1]:
                continue
            (rank, rule, _), (other_rank, other_rule, _) = best[key], best[other]
            outer, inner = spans[key], spans[other]
            if rule.property == other_rule.property and outer.start <= inner.start and inner.end <= outer.end:
                del best[other if other_rank < rank or key not in common else key]

    def _apart(self, readings: Iterable[tuple[object, LearnedRule, dict[str, Token]]]) -> set[str]:
        """The short names a reading relates to the full name they start or end ("Opel was
        founded by Adam Opel"): each is a thing of its own throughout the text, not that name."""
        apart = set()
        for _, _, nodes in readings:
            subject, obj = (self.ends.mention(nodes[end]) for end in ("subject", "object"))
            if subject.end <= obj.start or obj.end <= subject.start:
                continue  # two mentions, not one made of both ("The Øresund Bridge", "Øresund Bridge")
            for end, whole in (("subject", obj), ("object", subject)):
                if not whole.start <= nodes[end].i < whole.end:
                    apart.add(phrase(nodes[end]).text)
        return apart

    def _reread(self, rule: LearnedRule, nodes: dict[str, Token]) -> LearnedRule | None:
        """The reading a pair's best pattern gives, or another property the sentence's own
        words say more exactly, or None where the value can be no value of the property: a
        count's fuller label, a noun that says another label, a sibling label the clause
        names, a narrower label, a country's property (not for a place where something
        happened, a ``…Place``), a value named with a label."""

        def fits(reading: LearnedRule) -> bool:
            return self.agreement(reading.property, nodes) is not None

        counted = self.labels.counted(rule.property, nodes["object"])
        if counted is not None and fits(counted):
            return counted  # "16,800 undergraduate students": the undergraduates
        words = [token for key, token in nodes.items() if key not in ("subject", "object")]
        attrs = {node["RIGHT_ID"]: node["RIGHT_ATTRS"] for node in rule.pattern}
        open_nouns = [  # "X's N": the noun of whose X is, left open by the pattern
            token for key, token in nodes.items()
            if key in attrs and "LEMMA" not in attrs[key] and nodes["subject"].head == token
            and nodes["subject"].dep_ == "poss"
        ]  # fmt: skip
        named = self.labels.named_alone(rule.property, open_nouns)
        if named is not None and fits(named):
            return named  # "Denmark's leader is Y", where "X's capital is Y" was learned with any noun
        modified = self.labels.modified(rule.property, words)
        if modified is not None:  # "the death place of X", where "the place of X" was learned
            owners = {
                g for noun in words if noun.pos_ == "NOUN" for of in noun.children
                if of.dep_ == "prep" and of.lower_ == "of" for g in of.children if g.dep_ == "pobj"
            }  # fmt: skip
            if nodes["object"] in owners:
                return rule  # "X was a crew member of Y": Y's, as the label's own reading says
            return modified if fits(modified) else None
        for reading in (
            self.labels.sibling(rule.property, nodes["object"]),  # "in office while X was President"
            self.labels.narrowed(rule.property, nodes["object"]),  # "the Harbour View FC youth club"
        ):
            if reading is not None and fits(reading):
                return reading
        if self._never_a_country(rule.property, nodes["object"]):
            if label_words(local_name(rule.property)).split()[-1:] == ["place"]:
                return rule  # "died in Austria": where it happened, not a country it implies
            return self._country_reading(rule, nodes)  # "Abilene is part of Texas in the United States"
        kind = self.agreement.kind(nodes["object"])
        if kind is not None and kind != rule.property and self.agreement(kind, nodes) is not None:
            # "is in the Pacific Time Zone": the value names what it is, a time zone
            return LearnedRule(f"kind:{local_name(kind)}", kind, [], rule.precision, rule.support)
        taking = self.agreement.taking(rule.property, nodes)
        if taking is not None:  # "served in the Korean War": a war, which only conflicts are
            return LearnedRule(f"kind:{local_name(taking)}", taking, [], rule.precision, rule.support)
        return rule

    def _candidates(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        """Every pattern match, its subject found by rule where the pattern leaves it to the
        clause, then every fact stated with a property's label."""
        for name, token_ids in self._matches(doc) if self.rules else ():
            rule = self.rules[rule_of(name)]
            if name != rule.name:  # a variant: read as its rule, named as what matched
                rule = replace(rule, name=name)
            if name.endswith(NAMED) and not (
                doc[token_ids[-1]].ent_type_ == "PERSON" and self._of_people(rule.property)
            ):
                continue  # "the painter Tom Loxley" is a painter; "the band Black Ridge" is no genre
            nodes = {
                item["RIGHT_ID"]: doc[i]
                for item, i in zip(self._patterns[name], token_ids, strict=True)
                if item["RIGHT_ID"] not in VARIANT_NODES  # the name in apposition: the noun's mention is it
            }
            if "subject" not in nodes:  # "Katla, a volcano in Iceland, …": Katla, not the clause's subject
                of_named_subjects = bool(
                    said_of_subjects(self.patterns.names, self.ontology, OF_NAMED, rule.property)
                )
                said_of = apposed_to(nodes.get("anchor")) or clause_subject(
                    nodes["object"], of_named_subjects=of_named_subjects
                )
                if said_of is None:
                    continue
                nodes["subject"] = phrase(self._done_to(said_of, nodes["object"], rule.property)).root
            for end in ("subject", "object"):  # "X, which opened in 1847": X opened then
                stands_for = relative_antecedent(nodes[end])
                if stands_for is not None:
                    nodes[end] = stands_for
            if any(node.tag_ in RELATIVE_TAGS for node in (nodes["subject"], nodes["object"])):
                continue  # a relative word that stands for nothing the parse shows
            yield rule, self._resolved(nodes)
        for rule, nodes in self.labels(doc):
            yield rule, self._resolved(nodes)
        for rule, nodes in self.commas(doc):  # "born in Uddevalla, Sweden"
            yield rule, self._resolved(nodes)
        for rule, nodes in self.possessives(doc):  # "Tanzania's Kilimanjaro National Park"
            yield rule, nodes

    def _resolved(self, nodes: dict[str, Token]) -> dict[str, Token]:
        """The nodes with "the country" (or "the state", "the region") taken for the nearest
        country (region) named before it ("Italy … The leader of the country is X"), a region
        in apposition taken for the place before it where the examples name places with their
        region ("born in Darien, Connecticut" is Darien,_Connecticut; also where the parser
        hangs the region from the noun before the place), "Cleveland born, Albert B.
        White" taken for the person, unless the fact is the birth itself, and a personal pronoun
        (`_PEOPLE`) for the person named before it (`kg.reference.referent`)."""
        for end in ("subject", "object"):
            token = nodes[end]
            born = born_after(token)
            other = nodes["object" if end == "subject" else "subject"]
            if born is not None and born.i != other.i:  # "the wife of Cleveland born, Albert B. White"
                nodes = nodes | {end: born}
                continue
            meant = referent(token) if token.pos_ == "PRON" and token.lower_ in _PEOPLE else None
            if meant is not None and meant.i != other.i:  # "He is the manager of AZ": the person named before
                nodes = nodes | {end: meant}
                continue
            head = token.head
            start = phrase(token).start
            after_comma = start > 1 and token.doc[start - 1].text == ","
            if token.dep_ == "appos" and head.pos_ != "PROPN" and after_comma:
                # "the total area of Albuquerque, New Mexico": the parser hangs the region
                # from "area"; it follows the place
                head = token.doc[start - 2]
            if (
                token.dep_ == "appos" and head.pos_ == "PROPN" and head.i < token.i
                and after_comma and self.patterns.names.get(QUALIFY)
                and place_kind(phrase(token).text, self.ontology) == "Region"
            ):  # fmt: skip
                nodes = nodes | {end: head}  # "born in Darien, Connecticut": Darien,_Connecticut
                continue
            kind = _PLACE_WORDS.get(token.lemma_) if token.pos_ == "NOUN" else None
            if kind is None or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children
            ):
                continue
            for earlier in reversed(token.doc[: token.i]):
                if earlier.pos_ == "PROPN" and place_kind(phrase(earlier).text, self.ontology) == kind:
                    nodes = nodes | {end: phrase(earlier).root}
                    break
        return nodes

    @cached_property
    def _verbs(self) -> dict[str, set[URIRef]]:
        """Verb lemma → the properties whose learned patterns turn at it ("live": residence)."""
        verbs: dict[str, set[URIRef]] = defaultdict(set)
        for rule in self.patterns.rules:
            for node in rule.pattern:
                lemma = node.get("RIGHT_ATTRS", {}).get("LEMMA")
                if isinstance(lemma, str) and node["RIGHT_ID"] in ("anchor", "o0", "o1"):
                    verbs[lemma].add(rule.property)
        return verbs

    def _of_people(self, prop: URIRef) -> bool:
        """Whether the ontology says ``prop`` only of people (its domain's classes labelled as
        `kg.things.PERSON_CLASSES`)."""
        labels = domain_labels(self.ontology, prop)
        return bool(labels) and labels <= PERSON_CLASSES

    def _done_to(self, doer: Token, value: Token, prop: URIRef) -> Token:
        """What the person ``doer`` does something to in the clause that says ``value``, where
        the examples said ``prop`` only of things (`kg.things.of_things`): "Guglielmo Marconi
        invented the radio around 1895" dates the radio, not the inventor. ``doer`` where the
        tagger reads no person there, or the clause has no object of the verb that is none."""
        things = of_things(self.ontology.properties.get(prop), self.patterns.names)
        if doer.ent_type_ != "PERSON" or doer.dep_ != "nsubj" or not things:
            return doer
        verb = doer.head
        if next((a for a in value.ancestors if a.pos_ in ("VERB", "AUX")), None) != verb:
            return doer  # the value is said in another clause
        done = [
            c for c in verb.children
            if c.dep_ == "dobj" and c.ent_type_ != "PERSON" and value not in c.subtree  # no value itself
        ]  # fmt: skip
        return done[0] if done else doer

    def _learned_otherwise(self, rule: LearnedRule, nodes: dict[str, Token]) -> bool:
        """Whether a label's reading turns at a passive verb that the examples' patterns turn at
        for other properties only ("designed by Y" for a designer, not an architect)."""
        turn = nodes.get("anchor")
        if turn is None or turn.pos_ != "VERB" or not any(c.dep_ == "agent" for c in turn.children):
            return False  # only a passive verb whose doer is the value: not "has", not "located"
        others = self._verbs.get(turn.lemma_, set())
        return bool(others) and rule.property not in others

    def _said_otherwise(self, rule: LearnedRule, nodes: dict[str, Token]) -> bool:
        """Whether a pattern that names no more than a preposition ("in X") matched where the
        preposition hangs from a verb that only other properties' patterns turn at, or that
        says another property's label: "lives in X" and "resides in X" are no birthplace for
        "in X"."""
        if rule.words != 1 or nodes.get("anchor") is None:
            return False
        turn = nodes["anchor"]
        if turn.pos_ != "ADP" or turn.head.pos_ != "VERB":
            return False
        others = self._verbs.get(turn.head.lemma_, set()) | self._label_verbs.get(
            porter_stem(turn.head.lemma_), set()
        )
        return bool(others) and rule.property not in others

    @cached_property
    def _label_verbs(self) -> dict[str, set[URIRef]]:
        """Stem → the properties whose label holds a word of that stem, which a verb may say
        ("resides in X" says residence)."""
        verbs: dict[str, set[URIRef]] = defaultdict(set)
        for iri, prop in self.ontology.properties.items():
            if not iri.startswith(KG):
                for word in content_words(prop.label):
                    verbs[porter_stem(word)].add(iri)
        return verbs

    def _never_a_country(self, prop: URIRef, obj: Token) -> bool:
        """Whether ``obj`` names a country where the examples never had one as the property's
        value (`kg.places.NO_COUNTRY`)."""
        if not self.patterns.names.get(f"{NO_COUNTRY}{local_name(prop)}"):
            return False
        return place_kind(canonical_name(phrase(obj), self.patterns.names), self.ontology) == "Country"

    def _country_reading(self, rule: LearnedRule, nodes: dict[str, Token]) -> LearnedRule | None:
        """``rule``'s reading given to the one property whose values the examples always gave
        as countries, said of the same kind of thing as ``rule``'s (a city, a company); None
        if there is not exactly one, or its domain and range don't fit the pair."""
        names = self.patterns.names
        said_of = names.get(f"place:{local_name(rule.property)}:subject")
        found = [
            iri
            for iri in self.ontology.properties
            if not iri.startswith(KG)
            and names.get(f"place:{local_name(iri)}:object") == "Country"
            and names.get(f"place:{local_name(iri)}:subject") == said_of
        ]
        if len(found) != 1 or self.agreement(found[0], nodes) is None:
            return None
        return LearnedRule(f"country:{local_name(found[0])}", found[0], [], rule.precision, rule.support)

    def triples(self, doc: Doc) -> list[tuple[str, str, str]]:
        """The relations in ``doc`` as (subject, property local name, object) names, as the
        examples write them (`Writer.triple`): one per two things read of one pair of mentions,
        the surest (`_outranks`)."""
        best: dict[frozenset[str], tuple[Relation, tuple[str, str, str]]] = {}
        titles = disambiguated(self.known.mark(doc))
        for relation in self._read(doc):
            triple = self.writer.triple(relation, titles)
            if triple is None:
                continue
            subject, _, obj = triple
            # Two mentions get one relation from one sentence, whichever way round: the
            # surest (two words of one name can each match a pattern). A thing named twice can
            # take two ("nominated for the Booker Prize …, received the Booker Prize").
            at = "@" + "/".join(map(str, sorted((relation.subject.start, relation.object.start))))
            pair = frozenset((name_key(subject), name_key(obj), at))
            if relation.rule.startswith(SHARED):
                pair |= {SHARED + relation.trigger}
            if self.patterns.names.get(f"{INVERSE}{local_name(relation.predicate)}"):
                # the examples state it beside another the other way round
                pair |= {f"{INVERSE}{name_key(subject)}"}
            if pair not in best or self._outranks(relation, best[pair][0]):
                best[pair] = (relation, triple)
        found = list(dict.fromkeys(triple for _, triple in best.values()))
        qualifiers = {(s, p, o.split(",_", 1)[1]) for s, p, o in found if ",_" in o}
        # "born in Regina, Saskatchewan": Regina,_Saskatchewan, not Saskatchewan as well
        quoted_spans = [(t, titled(r.object)) for r, t in best.values() if t[2].startswith('"')]
        parts = {  # '"1"' of '"Star Spangled Comics #1"': a word of a quoted value is none itself
            triple for relation, triple in best.values()
            if any(triple[:2] == other[:2] and triple != other and span.start <= relation.object.start
                   and relation.object.end <= span.end for other, span in quoted_spans)
        }  # fmt: skip
        return [triple for triple in found if triple not in qualifiers | parts]

    def _outranks(self, relation: Relation, other: Relation) -> bool:
        """Whether ``relation`` is kept rather than ``other``, read of the same two things: the
        surer, unless one is a learned pattern naming the word the other, a label's reading,
        stands on (`_worded_alike`), or one is a pattern as the examples taught it and the other
        a variant of another (`_as_taught`); of two as sure, the one whose pattern names more
        words."""
        if self._worded_alike(relation, other) != self._worded_alike(other, relation):
            return self._worded_alike(relation, other)
        if self._as_taught(relation, other) != self._as_taught(other, relation):
            return self._as_taught(relation, other)
        if relation.confidence != other.confidence:
            return relation.confidence > other.confidence
        return self._words(relation) > self._words(other)  # as sure: the one that says more

    def _as_taught(self, relation: Relation, variant_reading: Relation) -> bool:
        """Whether ``relation`` comes from a learned pattern as the examples taught it, and
        ``variant_reading`` from another pattern's variant naming no more words: "Y was
        succeeded by X", taught as Y's successor, outranks the passive of "X succeeded Y" (X's
        predecessor), however sure that pattern is; "for X" does not outrank a variant of "the
        music for X was composed by Y"."""
        taught = relation.rule in self.rules
        varied = variant_reading.rule not in self.rules and rule_of(variant_reading.rule) in self.rules
        return taught and varied and self._words(relation) >= self._words(variant_reading)

    def _words(self, relation: Relation) -> int:
        """How many words the pattern that read ``relation`` names (0 for a label's reading)."""
        return self._named(relation.rule, 0)

    def _named(self, name: str, otherwise: int) -> int:
        """How many of its rule's words the learned pattern or variant called ``name`` names
        ("X succeeded Y", read by the active variant of "X was succeeded by Y", names one: not
        the "by" it does without; the "is" a copula variant adds is no word the examples said);
        ``otherwise`` for a reading of no such pattern (a label's)."""
        pattern, rule = self._patterns.get(name), self.rules.get(rule_of(name))
        if pattern is None or rule is None:
            return otherwise
        return min(sum("LEMMA" in node.get("RIGHT_ATTRS", {}) for node in pattern), rule.words)

    def _worded_alike(self, relation: Relation, label_reading: Relation) -> bool:
        """Whether ``relation`` comes from a learned pattern naming the word a property's label
        reading stands on: "X was a crew member of Y", learned as X's mission, outranks the
        label "crew members" (Y's crew member X) that the same words say the other way round.
        The examples said how they take these words; a pattern of the label's own property
        the other way round is weighed by its precision, as the examples are not always right."""
        rule = self.rules.get(rule_of(relation.rule))
        if (
            rule is None
            or not label_reading.rule.startswith("label:")
            or rule.property == label_reading.predicate
        ):
            return False
        head = content_words(label_reading.rule.removeprefix("label:"))[-1:]
        lemmas = {stem(node["RIGHT_ATTRS"].get("LEMMA", "")) for node in rule.pattern}
        return bool(head) and stem(head[0]) in lemmas


def _spread_to_examples(best: Best) -> None:
    """``best`` with each reading also given to the names a kind at either end gives as its
    examples: "Succulents such as Aloe polyphylla are endemic to Lesotho" says it of the aloe."""
    for end, at in (("subject", 0), ("object", 1)):
        for key, (rank, rule, nodes) in list(best.items()):
            for name in exemplified(nodes[end]):
                best.pop(key, None)
                best[(*key[:at], name.i, *key[at + 1 :])] = (rank, rule, nodes | {end: name})


def extract_examples(
    examples: Iterable[dict], *, patterns: Patterns | None, ontology: Ontology, nlp: Language
) -> dict[str, list[tuple[str, str, str]]]:
    """Predicted triples (canonical names, property local names) for each example id, for
    scoring with `kg.evaluate.score`. Without ``patterns`` only the ontology's labels
    drive extraction ("the capital of X is Y").

    Names are written as labels, with spaces ("Acharya Institute of Technology", not the
    IRI's ``Acharya_Institute_of_Technology``): the benchmark's triple key ignores both, but
    its hallucination check stems words split at spaces, so the underscored form of a name
    the sentence spells would count as made up."""
    examples = list(examples)
    extractor = LearnedExtractor(patterns or Patterns(), ontology)
    found: dict[str, list[tuple[str, str, str]]] = {}
    qualified: dict[str, set[str]] = defaultdict(set)
    docs = nlp.pipe(example["sentence"] for example in examples)
    for example, doc in zip(examples, docs, strict=True):
        found[example["id"]] = extractor.triples(doc)
        for name, full in disambiguated(doc).items():
            qualified[name].add(full)
        for name, full in country_named(found[example["id"]], ontology).items():
            qualified[name].add(full)  # "the Labour Party in Argentina": the Labour Party elsewhere too
    # One thing is one name across the examples, as across a build's documents: the fullest
    # spelling, and the title one sentence disambiguates ("Stuart Parker (footballer)") where
    # the sentences disambiguate the name one way only.
    ends = [
        end for triples in found.values() for s, _, o in triples for end in (s, o) if not end.startswith('"')
    ]
    fullest = fullest_spellings(ends)
    fullest |= {name: fulls.pop() for name, fulls in qualified.items() if len(fulls) == 1}
    return {
        key: [(label_form(fullest.get(s, s)), p, label_form(fullest.get(o, o))) for s, p, o in triples]
        for key, triples in found.items()
    }


def label_form(name: str) -> str:
    """A canonical name as a label (``Albany,_Georgia`` is "Albany, Georgia"); a quoted
    literal as it is."""
    return name if name.startswith('"') else name.replace("_", " ")
