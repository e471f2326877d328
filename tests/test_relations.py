from __future__ import annotations

import pytest
from rdflib import URIRef
from spacy.language import Language
from spacy.matcher import DependencyMatcher

from kg.ontology import KG, Ontology
from kg.relations import make_extractors
from kg.relations.dependency import DEFAULT_PATTERNS as DEFAULT_DEPENDENCY_RULES
from kg.relations.dependency import read_dependency_rules
from kg.relations.treematch import TreeMatcher, dependency_matches
from tests.conftest import Extract


def facts(extract: Extract, text: str) -> set[tuple[str, URIRef, str]]:
    """(subject name, property, object name) for relations whose ends fit domain and range."""
    _, entities, relations = extract(text)
    return {(entities[r.subject.start].name, r.predicate, entities[r.object.start].name) for r in relations}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Microsoft chief executive Satya Nadella spoke in Seattle.",
            ("Satya Nadella", KG.leaderOf, "Microsoft"),
        ),
        (
            "West Midlands mayor Richard Parker said the buses would run.",
            ("Richard Parker", KG.mayorOf, "West Midlands"),
        ),
        (
            "Dame Nancy Rothwell, vice-chancellor of the University of Manchester, opened it.",
            ("Nancy Rothwell", KG.leaderOf, "University of Manchester"),
        ),
        ("The mayor of Bristol, Marvin Rees, visited Bath.", ("Marvin Rees", KG.mayorOf, "Bristol")),
        ("Sadiq Khan is the mayor of London.", ("Sadiq Khan", KG.mayorOf, "London")),
        (
            "The telescope at Jodrell Bank, near Macclesfield, was built in 1957.",
            ("Jodrell Bank", KG.near, "Macclesfield"),
        ),
    ],
)
def test_role_and_locative_patterns(extract: Extract, text: str, fact: tuple[str, URIRef, str]) -> None:
    assert fact in facts(extract, text)


def test_negated_role_is_not_asserted(extract: Extract) -> None:
    assert not facts(extract, "Sadiq Khan is not the mayor of Paris.")


def test_every_relation_carries_its_rule_trigger_and_evidence_span(extract: Extract) -> None:
    doc, _, relations = extract("Microsoft chief executive Satya Nadella spoke in Seattle.")
    (relation,) = [r for r in relations if r.rule == "title-compound"]
    assert relation.rule == "title-compound" and relation.trigger == "chief executive"
    assert relation.evidence.text == "Microsoft chief executive Satya Nadella"
    assert doc.text[relation.evidence.start_char : relation.evidence.end_char] == relation.evidence.text
    assert 0 < relation.confidence <= 1


def test_unknown_extractor_lists_the_known_ones(ontology: Ontology) -> None:
    with pytest.raises(ValueError, match=r"Can't find extractor 'svo'\. Available: dependency, patterns"):
        make_extractors(["svo"], ontology=ontology)


def test_the_tree_matcher_finds_what_spacys_dependency_matcher_finds(nlp: Language) -> None:
    from kg.evaluate import read_examples
    from kg.learn import learn
    from kg.ontology import read_ontology
    from tests.conftest import ROOT

    football = read_ontology([ROOT / "ontology" / "examples" / "football.ttl"])
    examples = read_examples(ROOT / "ontology" / "examples" / "football.jsonl")
    learned = {rule.name: rule.pattern for rule in learn(examples, ontology=football, nlp=nlp).rules}
    built_in = {rule.name: rule.pattern for rule in read_dependency_rules(DEFAULT_DEPENDENCY_RULES)}
    texts = [e["sentence"] for e in examples] + [
        "Keemun is a Chinese black tea from Anhui.",
        "Acme, which was founded by Jane Smith, bought Widget Ltd and invested in Leeds and York.",
        "Harbour Rovers were managed by Tom Baker, who was born in Eastwick and played for Northgate.",
    ]
    noun = {"RIGHT_ID": "a", "RIGHT_ATTRS": {"POS": "NOUN"}}
    flagged = {  # a flag, as a people's adjective is tested ("a Chinese black tea")
        f"title:{flag}": [
            noun,
            {
                "LEFT_ID": "a",
                "REL_OP": ">",
                "RIGHT_ID": "b",
                "RIGHT_ATTRS": {"DEP": "amod", "IS_TITLE": flag},
            },
        ]
        for flag in (True, False)
    }
    for patterns in (built_in, learned, flagged):
        assert all(TreeMatcher.supports(pattern) for pattern in patterns.values())
        spacy_matcher = DependencyMatcher(nlp.vocab)
        for name, pattern in patterns.items():
            spacy_matcher.add(name, [pattern])
        tree = TreeMatcher(patterns)
        found = 0
        for doc in nlp.pipe(texts):
            expected = sorted((nlp.vocab.strings[m], ids) for m, ids in spacy_matcher(doc))
            assert sorted(tree(doc)) == expected
            found += len(expected)
        assert found > 0
    descendant = {"LEFT_ID": "a", "REL_OP": ">>", "RIGHT_ID": "b", "RIGHT_ATTRS": {"LOWER": "york"}}
    assert not TreeMatcher.supports([{"RIGHT_ID": "a", "RIGHT_ATTRS": {"POS": "VERB"}}, descendant])
    # Patterns it can't walk still match, through spaCy's matcher.
    matches = dependency_matches({"far": [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"POS": "VERB"}}, descendant]})
    doc = nlp(texts[-2])
    found = sorted((name, [doc[i].text for i in ids]) for name, ids in matches(doc))
    assert found == [("far", ["bought", "York"]), ("far", ["invested", "York"])]
    assert not TreeMatcher.supports([{"RIGHT_ID": "a", "RIGHT_ATTRS": {"_": {"kg_trigger": "x"}}}])


def test_searching_only_from_the_first_to_the_last_mention_or_trigger_finds_the_same(
    nlp: Language, ontology: Ontology
) -> None:
    import json

    from kg.relations.patterns import make_pattern_extractor
    from tests.conftest import ROOT

    trimmed = make_pattern_extractor(ontology)
    whole = make_pattern_extractor(ontology)
    whole._trimmed = False
    assert trimmed._trimmed
    lines = (ROOT / "tests" / "regression" / "news.jsonl").read_text().splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    found = 0
    for doc in nlp.pipe(texts):
        keys = [
            sorted((r.subject.start, r.predicate, r.object.start, r.rule) for r in e(doc))
            for e in (trimmed, whole)
        ]
        assert keys[0] == keys[1]
        found += len(keys[0])
    assert found > 20
