"""Bring your own ontology: reading it, learning patterns from examples, extracting with them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest
from rdflib import XSD, Literal, URIRef
from spacy.language import Language

from kg.canonical import canonical_name
from kg.conventions import LOWER_TAIL
from kg.errors import KGError
from kg.evaluate import read_examples
from kg.ingest import build
from kg.learn import COMMON, Patterns, learn, read_patterns
from kg.names import phrase, untitled
from kg.ontology import Ontology, local_name, read_ontology
from kg.places import qualified
from kg.prefixes import learn_prefixes, with_prefix
from kg.query import query
from kg.reference import clause_subject, referent
from kg.relations.learned import LearnedExtractor, extract_examples
from kg.relations.spans import names_something
from kg.rule import LearnedRule
from kg.spellings import fullest_spellings
from kg.store import Store
from tests.conftest import ROOT
from tests.test_cli import kg

FOOTBALL = ROOT / "ontology" / "examples" / "football.ttl"
EXAMPLES = ROOT / "ontology" / "examples" / "football.jsonl"
FB = "https://example.org/football#"


@pytest.fixture(scope="module")
def football() -> Ontology:
    return read_ontology([FOOTBALL])


@pytest.fixture(scope="module")
def learned(nlp: Language, football: Ontology, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("patterns") / "football.jsonl"
    learn(read_examples(EXAMPLES), ontology=football, nlp=nlp).write(path)
    return path


def annotated(rows: Iterable[tuple[str, list[list[str]]]]) -> list[dict]:
    """Annotated examples, as ``kg learn`` reads them, from (sentence, triples) pairs."""
    return [
        {"id": str(n), "sentence": sentence, "triples": triples} for n, (sentence, triples) in enumerate(rows)
    ]


def json_ontology(folder: Path, classes: list[str], *relations: tuple[str, str, str, str]) -> Ontology:
    """A small ontology in the benchmark's JSON form: classes, and (property, label, domain,
    range) for each relation."""
    path = folder / "ontology.json"
    path.write_text(json.dumps({
        "id": folder.name,
        "concepts": [{"qid": c, "label": c} for c in classes],
        "relations": [{"pid": p, "label": label, "domain": d, "range": r} for p, label, d, r in relations],
    }))  # fmt: skip
    return read_ontology([path])


def test_a_json_ontology_becomes_owl_with_label_triggers(tmp_path: Path) -> None:
    path = tmp_path / "shop.json"
    path.write_text(json.dumps({
        "id": "shop",
        "concepts": [{"qid": c, "label": c} for c in ("Shop", "City", "Area")],
        "relations": [
            {"pid": "height", "label": "height", "domain": "Shop", "range": "Length"},
            {"pid": "zone", "label": "zone", "domain": "Shop", "range": "Area"},
            {"pid": "isPartOf", "label": "isPartOf", "domain": "Shop", "range": "Shop"},
            {"pid": "openedOn", "label": "openedOn", "domain": "Shop", "range": "date"},
            {"pid": "closedOn", "label": "closedOn", "domain": "Shop", "range": "Date"},
            {"pid": "openingYear", "label": "openingYear", "domain": "Shop", "range": "Year"},
            {"pid": "floorArea", "label": "floorArea", "domain": "Shop", "range": "xsd:double"},
            {"pid": "staff", "label": "staff", "domain": "Shop", "range": "xsd:nonNegativeInteger"},
            {"pid": "opened", "label": "opened", "domain": "Shop", "range": "xsd:dateTime"},
            {"pid": "motto", "label": "motto", "domain": "Shop", "range": "rdf:langString"},
            {"pid": "nickname", "label": "nickname", "domain": "Shop", "range": None},
        ],
    }))  # fmt: skip
    ontology = read_ontology([path])
    part_of = ontology.properties[ontology.term("isPartOf")]
    assert str(part_of.iri) == "https://w3id.org/kg/ontology/shop/relations#isPartOf"
    assert part_of.triggers == ("is part of",)
    assert part_of.domain == (URIRef("https://w3id.org/kg/ontology/shop/concepts#Shop"),)
    assert ontology.properties[ontology.term("openedOn")].range == (XSD.date,)
    # the benchmark's "Date" and "Year" ranges are datatypes too, not classes
    assert ontology.properties[ontology.term("closedOn")].range == (XSD.date,)
    assert ontology.properties[ontology.term("openingYear")].range == (XSD.gYear,)
    assert ontology.properties[ontology.term("floorArea")].range == (XSD.decimal,)
    # any XSD datatype keeps its type; a language string or no range is text
    assert ontology.properties[ontology.term("staff")].range == (XSD.nonNegativeInteger,)
    assert ontology.properties[ontology.term("opened")].range == (XSD.dateTime,)
    assert ontology.properties[ontology.term("motto")].range == (XSD.string,)
    assert ontology.properties[ontology.term("nickname")].range == (XSD.string,)
    # DBpedia's measures are numbers, unless the ontology makes a concept of one
    assert ontology.properties[ontology.term("height")].range == (XSD.decimal,)
    assert ontology.properties[ontology.term("zone")].range == (
        URIRef("https://w3id.org/kg/ontology/shop/concepts#Area"),
    )


def test_a_malformed_json_ontology_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"id": "x", "concepts": []}')
    with pytest.raises(KGError, match=r"broken\.json"):
        read_ontology([path])


def test_a_users_term_shadows_kgs_of_the_same_name(football: Ontology) -> None:
    assert str(football.term("founded")) == FB + "founded"


def test_learned_patterns_apply_to_an_unseen_sentence(
    nlp: Language, football: Ontology, learned: Path
) -> None:
    extractor = LearnedExtractor(read_patterns(learned, football), football)
    triples = set(
        extractor.triples(nlp("Tom Baker plays for Riverside United, which is managed by Ines Costa."))
    )
    assert ("Tom_Baker", "playsFor", "Riverside_United") in triples
    assert ("Riverside_United", "manager", "Ines_Costa") in triples
    assert ("Ines_Costa", "playsFor", "Riverside_United") not in triples


def test_learned_patterns_assert_nothing_negated(nlp: Language, football: Ontology, learned: Path) -> None:
    extractor = LearnedExtractor(read_patterns(learned, football), football)
    assert extractor.triples(nlp("Tom Baker does not play for Riverside United.")) == []


def test_a_pattern_file_round_trips_and_bad_lines_are_named(
    nlp: Language, football: Ontology, learned: Path, tmp_path: Path
) -> None:
    patterns = read_patterns(learned, football)
    copy = tmp_path / "copy.jsonl"
    patterns.write(copy)
    assert copy.read_text() == learned.read_text()
    bad = tmp_path / "bad.jsonl"
    first = json.loads(learned.read_text().splitlines()[0])
    bad.write_text(json.dumps({**first, "property": FB + "scoresFor"}) + "\n")
    with pytest.raises(KGError, match=r"bad\.jsonl:1: bad pattern"):
        read_patterns(bad, football)


def test_build_with_patterns_uses_the_users_iris_and_respects_domain_and_range(
    nlp: Language, learned: Path, tmp_path: Path
) -> None:
    text = tmp_path / "news.txt"
    text.write_text(
        "Tom Baker plays for Riverside United, which was founded on June 1, 1905. "
        "Riverside United play their home games at Elm Road.\n"
        "In a charity game, Professor Ann Lee plays for Dr Bill Ray.\n"
        "The capacity of Elm Road is 12,000.\n"
    )
    store = Store(tmp_path / "store")
    build([text], store=store, model=nlp, ontologies=[FOOTBALL], patterns=learned)
    rows = query(store, f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?p), '{FB}')) }}")
    objects = {
        (str(s).split("/")[-1], str(p).split("#")[-1], str(o).split("/")[-1] if isinstance(o, URIRef) else o)
        for s, p, o in rows
    }
    assert ("Tom_Baker", "playsFor", "Riverside_United") in objects
    assert ("Riverside_United", "ground", "Elm_Road") in objects
    assert ("Riverside_United", "founded", Literal("1905-06-01", datatype=XSD.date)) in objects
    # an integer range, read from the label alone (Oxigraph stores xsd:nonNegativeInteger as
    # the xsd:integer it derives from)
    capacity = [o for s, p, o in objects if (s, p) == ("Elm_Road", "capacity")]
    assert capacity == [Literal("12000", datatype=XSD.integer)]
    # A person is not a club: the range of playsFor keeps "Dr Bill Ray" out.
    assert not any(o == "Bill_Ray" for _, _, o in objects)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("on the 27th September 1987, in Atlanta, Georgia", "1987-09-27"),
        ("on Sept. 3, 1905 in Leeds", "1905-09-03"),
    ],
)
def test_a_date_is_read_whole_whatever_follows_it(
    nlp: Language, learned: Path, football: Ontology, said: str, day: str
) -> None:
    extractor = LearnedExtractor(read_patterns(learned, football), football)
    found = extractor.triples(nlp(f"Riverside United was founded {said}."))
    assert found == [("Riverside_United", "founded", day)]


def test_kg_learn_names_the_file_and_the_relation_the_ontology_lacks(tmp_path: Path) -> None:
    examples = tmp_path / "mine.jsonl"
    example = {
        "sentence": "Tom Baker plays for Harbour Rovers.",
        "triples": [["Tom_Baker", "playFor", "Harbour_Rovers"]],
    }
    examples.write_text(json.dumps(example) + "\n")
    patterns = tmp_path / "patterns.jsonl"
    learned = kg("learn", str(examples), "--ontology", str(FOOTBALL), "-o", str(patterns))
    assert learned.returncode != 0 and not patterns.exists()
    assert "mine.jsonl" in learned.stderr and "'playFor'" in learned.stderr
    assert "did you mean 'playsFor'?" in learned.stderr and learned.stderr.strip().count("\n") == 0


def test_kg_learn_then_kg_eval_prints_the_scores_as_json(tmp_path: Path) -> None:
    patterns = tmp_path / "football-patterns.jsonl"
    learned = kg("learn", str(EXAMPLES), "--ontology", str(FOOTBALL), "-o", str(patterns))
    assert learned.returncode == 0, learned.stderr
    assert "Learned" in learned.stderr and patterns.is_file()
    scored = kg("eval", str(EXAMPLES), "--ontology", str(FOOTBALL), "--patterns", str(patterns), "--json")
    assert scored.returncode == 0, scored.stderr
    scores = json.loads(scored.stdout)
    keys = {"precision", "recall", "f1", "onto_conf", "sub_halluc", "obj_halluc", "precision_all",
            "triples_per_gold", "sentences"}  # fmt: skip
    assert keys <= scores.keys()
    assert scores["sentences"] == 6 and scores["onto_conf"] == 1.0 and scores["f1"] > 0.5


def test_the_ontologys_labels_alone_read_copula_facts(nlp: Language, football: Ontology) -> None:
    extractor = LearnedExtractor(Patterns(), football)
    assert extractor.triples(nlp("The manager of Riverside United is Ines Costa.")) == [
        ("Riverside_United", "manager", "Ines_Costa")
    ]
    assert extractor.triples(nlp("Elm Road is the ground of Riverside United.")) == [
        ("Riverside_United", "ground", "Elm_Road")
    ]
    assert extractor.triples(nlp("Riverside United's manager is not Ines Costa.")) == []
    assert extractor.triples(nlp("Riverside United's ground is in Eastwick.")) == [
        ("Riverside_United", "ground", "Eastwick")
    ]
    assert extractor.triples(nlp("The ground of Riverside United is located in the town of Eastwick.")) == [
        ("Riverside_United", "ground", "Eastwick")
    ]
    assert extractor.triples(nlp("Riverside United has Ines Costa as its manager.")) == [
        ("Riverside_United", "manager", "Ines_Costa")
    ]
    # a label that is a participle, said as the verb
    assert extractor.triples(nlp("Riverside United were founded on June 1, 1905.")) == [
        ("Riverside_United", "founded", "1905-06-01")
    ]
    # the parser hangs "manager" from the place before "and": read from the words after it
    found = extractor.triples(nlp("Riverside United is located in Leeds and its manager is Ines Costa."))
    assert ("Riverside_United", "manager", "Ines_Costa") in found


def test_a_label_reads_whose_it_is_from_a_where_clause_and_the_country_named_before(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["Country", "Club", "Person"], ("leader", "leader", "Country", "Person")
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    assert extractor.triples(nlp("The Ash club is based in Greece, where the leader is Tom Baker.")) == [
        ("Greece", "leader", "Tom_Baker")
    ]
    # "where" follows the second of two places in apposition: it is that one's
    assert extractor.triples(nlp("Ann Lee died in Styria, Austria where Tom Baker is a leader.")) == [
        ("Austria", "leader", "Tom_Baker")
    ]
    said = "The Ash club is based in Greece. The leader of the country is Tom Baker."
    assert extractor.triples(nlp(said)) == [("Greece", "leader", "Tom_Baker")]
    # "The state" is no country.
    assert (
        extractor.triples(nlp("The Ash club is based in Greece. The leader of the state is Tom Baker.")) == []
    )


def test_a_country_is_ruled_out_only_where_the_examples_never_had_one(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Place", "Person"], ("leader", "leader", "Place", "Person"))
    rows = [
        (f"{town} is led by {person}.", [[town, "leader", person.replace(" ", "_")]])
        for town, person in (
            ("Aston", "Ann Lee"),
            ("Barton", "Bob Hall"),
            ("Carlton", "Cal Dunn"),
            ("France", "Dan Fox"),
        )
    ]
    for examples, expected in ((rows, [("Germany", "leader", "Tom_Baker")]), (rows[:3], [])):
        extractor = LearnedExtractor(learn(annotated(examples), ontology=ontology, nlp=nlp), ontology)
        assert extractor.triples(nlp("Germany is led by Tom Baker.")) == expected
    # ...but a sentence that says whose leader in so many words is read all the same
    assert extractor.triples(nlp("The leader of Germany is Tom Baker.")) == [
        ("Germany", "leader", "Tom_Baker")
    ]


def test_a_label_spread_over_number_of_reads_its_value(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Club"], ("numberOfMembers", "numberOfMembers", "Club", "number"))
    extractor = LearnedExtractor(Patterns(), ontology)
    found = extractor.triples(nlp("The number of members in Harbour Rovers is 3,000."))
    assert found == [("Harbour_Rovers", "numberOfMembers", "3000")]


def test_name_forms_the_examples_spell_otherwise_carry_to_unseen_names(
    nlp: Language, football: Ontology
) -> None:
    examples = [
        {"id": "1", "sentence": "Maria Lopez plays for Harbour Rovers FC.",
         "triples": [["Maria_Lopez", "playsFor", "Harbour_Rovers_F.C."]]},
        {"id": "2", "sentence": "Kwame Mensah plays for Eastfield FC.",
         "triples": [["Kwame_Mensah", "playsFor", "Eastfield_F.C."]]},
        {"id": "3", "sentence": "Sven Olsen plays for Northgate FC.",
         "triples": [["Sven_Olsen", "playsFor", "Northgate_F.C."]]},
    ]  # fmt: skip
    patterns = learn(examples, ontology=football, nlp=nlp)
    assert patterns.names["word:FC"] == "F.C."
    found = LearnedExtractor(patterns, football).triples(nlp("Tom Baker plays for Riverside FC."))
    assert found == [("Tom_Baker", "playsFor", "Riverside_F.C.")]


def test_resources_are_named_as_dbpedia_titles_and_common_nouns_are_no_subjects(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["Town", "Government"], ("governmentType", "government type", "Town", "Government")
    )
    government = next(c for c in ontology.classes if str(c).endswith("Government"))
    # The examples showed "council-manager government" as a government, so it is a name here.
    extractor = LearnedExtractor(Patterns(classes={"council-managergovernment": {government}}), ontology)
    found = extractor.triples(nlp("The government type of Elmstead is council-manager government."))
    assert found == [("Elmstead", "governmentType", "Council-manager_government")]
    doc = nlp("It said the city near Elmstead grew.")
    assert [names_something(doc[i : i + 1]) for i in (0, 3, 5)] == [True, False, True]


def test_a_value_loses_the_propertys_own_name_before_it(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["Club"], ("season", "season", "Club", "Club"), ("ground", "ground", "Club", "Club")
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    season, ground = (
        next(p for p in ontology.properties if str(p).endswith(n)) for n in ("#season", "#ground")
    )
    doc = nlp("They played season 2011 there, and the 2012 season.")
    assert extractor.values.without_label(season, doc[2:4]).text == "2011"
    assert extractor.values.without_label(ground, doc[2:4]).text == "season 2011"
    assert extractor.values.without_label(season, doc[8:10]).text == "2012"


def test_a_word_the_examples_add_to_a_propertys_values_is_added_to_unseen_ones(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Town", "Language"], ("language", "language", "Town", "Language"))
    seen = [("Harbourton", "English"), ("Eastwick", "Welsh"), ("Northby", "Dutch")]
    examples = annotated(
        (f"People in {town} speak {language}.", [[town, "language", f"{language}_language"]])
        for town, language in seen
    )
    patterns = learn(examples, ontology=ontology, nlp=nlp)
    assert patterns.names["suffix:language"] == "_language"
    found = LearnedExtractor(patterns, ontology).triples(nlp("People in Westham speak French."))
    assert found == [("Westham", "language", "French_language")]
    # a word the gold spells otherwise ("Peron" written Perón) is no added word
    accented = annotated(
        (f"{town} is led by Juan Peron.", [[town, "language", "Juan_Perón"]]) for town, _ in seen
    )
    assert "suffix:language" not in learn(accented, ontology=ontology, nlp=nlp).names


@pytest.mark.parametrize(
    ("also", "found"),
    [
        ([], "French_language"),
        ([("Eastwick", "Welsh_Gaelic")], "French"),
        ([("Eastwick", "Welsh")], "French"),
    ],
)
def test_one_example_that_adds_a_word_to_a_value_is_followed_unless_another_does_not(
    nlp: Language, tmp_path: Path, also: list[tuple[str, str]], found: str
) -> None:
    ontology = json_ontology(tmp_path, ["Town", "Language"], ("language", "language", "Town", "Language"))
    seen = [("Harbourton", "English_language"), *also]
    examples = annotated(
        (
            f"People in {town} speak {value.removesuffix('_language').replace('_', ' ')}.",
            [[town, "language", value]],
        )
        for town, value in seen
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("People in Westham speak French.")) == [("Westham", "language", found)]


def test_a_sibling_property_the_clause_names_is_chosen(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person"],
        ("inOfficeWhileMonarch", "inOfficeWhileMonarch", "Person", "Person"),
        ("inOfficeWhilePresident", "inOfficeWhilePresident", "Person", "Person"),
        ("inOfficeWhileVicePresident", "inOfficeWhileVicePresident", "Person", "Person"),
    )
    rows = [
        (
            f"{a} was in office while {b} was Monarch.",
            [[a.replace(" ", "_"), "inOfficeWhileMonarch", b.replace(" ", "_")]],
        )
        for a, b in (("Ann Lee", "Bob Hall"), ("Cal Dunn", "Dan Fox"), ("Eve Gray", "Fay Hunt"))
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    for role, prop in (("Monarch", "inOfficeWhileMonarch"), ("President", "inOfficeWhilePresident"),
                       ("Vice President", "inOfficeWhileVicePresident")):  # fmt: skip
        found = extractor.triples(nlp(f"Tom Baker was in office while Sven Olsen was {role}."))
        assert found == [("Tom_Baker", prop, "Sven_Olsen")]


def test_units_and_decimal_points_the_examples_write_are_given_to_unseen_values(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Town"], ("area", "area", "Town", "number"))
    seen = [("Harbourton", "12", "sq km", "12.0 (square kilometres)"),
            ("Eastwick", "30.5", "square kilometres", "30.5 (square kilometres)"),
            ("Northby", "7", "sq km", "7.0 (square kilometres)"),
            ("Southam", "44", "", "44.0")]  # fmt: skip
    examples = annotated(
        (f"The area of {town} is {number} {unit}.".replace(" .", "."), [[town, "area", value]])
        for town, number, unit, value in seen
    )
    patterns = learn(examples, ontology=ontology, nlp=nlp)
    assert patterns.names["unit:area"] == "square kilometres"
    assert set(patterns.names["unitcue:area"].split()) == {"sq", "square"}
    extractor = LearnedExtractor(patterns, ontology)
    assert extractor.triples(nlp("The area of Westham is 81 sq km.")) == [
        ("Westham", "area", "81.0 (square kilometres)")
    ]
    # The unit's usual symbol names it too, though the examples never wrote it.
    assert extractor.triples(nlp("The area of Westham is 81 km.")) == [
        ("Westham", "area", "81.0 (square kilometres)")
    ]
    # No unit in the text, none in the value: the unit is the text's to give, not a guess.
    assert extractor.triples(nlp("The area of Westham is 81.")) == [("Westham", "area", "81.0")]


@pytest.mark.parametrize(("written", "value", "found"), [("84", "84.0", "40.0"), ("84.0", "84.0", "40")])
def test_one_example_that_adds_a_decimal_point_is_followed(
    nlp: Language, tmp_path: Path, written: str, value: str, found: str
) -> None:
    # A single example is evidence of the convention only where it wrote the point the text didn't.
    ontology = json_ontology(tmp_path, ["Tower"], ("height", "height", "Tower", "number"))
    examples = annotated([(f"The Alder Tower is {written} metres tall.", [["Alder_Tower", "height", value]])])
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("The Birch Tower is 40 metres tall.")) == [("Birch_Tower", "height", found)]


@pytest.mark.parametrize(("also", "found"), [([], "16.8 (kilometrePerSeconds)"), (["19.2"], "16.8")])
def test_one_example_that_names_a_unit_gives_it_to_unseen_values(
    nlp: Language, tmp_path: Path, also: list[str], found: str
) -> None:
    # The ontology gives no range: one value written with its unit makes the property an amount.
    ontology = json_ontology(tmp_path, ["Asteroid"], ("averageSpeed", "averageSpeed", "Asteroid", ""))
    rows = [("Lydia has an average speed of 18.1 km per second.", "18.1 (kilometrePerSeconds)")]
    rows += [(f"Ida has an average speed of {v} km per second.", v) for v in also]
    examples = annotated((sentence, [[sentence.split(" has")[0], "averageSpeed", v]]) for sentence, v in rows)
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Clematis has an average speed of 16.8 km per second.")) == [
        ("Clematis", "averageSpeed", found)
    ]


@pytest.mark.parametrize(
    ("also", "found"), [([], '"KX9"'), ([("The call sign of Bray is BR4.", "BR4")], "KX9")]
)
def test_one_quoted_example_quotes_unseen_values_unless_another_is_unquoted(
    nlp: Language, tmp_path: Path, also: list[tuple[str, str]], found: str
) -> None:
    ontology = json_ontology(tmp_path, ["Station"], ("callSign", "call sign", "Station", "string"))
    rows = [("The call sign of Arden is AR7.", '"AR7"'), *also]
    examples = annotated((sentence, [[sentence.split()[-3], "callSign", value]]) for sentence, value in rows)
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("The call sign of Kells is KX9.")) == [("Kells", "callSign", found)]


def test_a_noun_the_examples_say_a_property_with_is_read_in_every_shape_a_label_is(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Port"],
        ("harbourCode", "harbour identifier", "Port", "string"),
        ("customsCode", "customs identifier", "Port", "string"),
    )
    examples = annotated([
        ("The UN code of Arkport is ARK.", [["Arkport", "harbourCode", "ARK"]]),
        ("The UN code of Belhaven is BLH and its tax code is BX7.",
         [["Belhaven", "harbourCode", "BLH"], ["Belhaven", "customsCode", "BX7"]]),
        ("The tax code of Carrow is CR2.", [["Carrow", "customsCode", "CR2"]]),
    ])  # fmt: skip
    patterns = learn(examples, ontology=ontology, nlp=nlp)
    assert {rule.name for rule in patterns.aliases} == {"alias:un code", "alias:tax code"}
    extractor = LearnedExtractor(patterns, ontology)
    for sentence in ("Dunmore has the UN code DNM.", "Dunmore's UN code is DNM."):
        assert ("Dunmore", "harbourCode", "DNM") in extractor.triples(nlp(sentence))
    assert extractor.triples(nlp("Dunmore's tax code is DX1.")) == [("Dunmore", "customsCode", "DX1")]
    # the noun alone says neither: the words that always modified it are part of the alias
    assert extractor.triples(nlp("Dunmore's code is DNM.")) == []
    path = tmp_path / "patterns.jsonl"
    patterns.write(path)
    assert read_patterns(path, ontology).aliases == patterns.aliases


def test_places_are_named_with_their_region_where_the_examples_do(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["City", "Person"],
        ("leader", "leader", "City", "Person"),
        ("isPartOf", "is part of", "City", "City"),
    )
    seen = [("Springfield", "Ohio", "Maria Lopez"), ("Riverton", "Texas", "Kwame Mensah"),
            ("Fairview", "Oregon", "Sven Olsen")]  # fmt: skip
    examples = annotated(
        (
            f"{city} is a city in {state} and its leader is {person}.",
            [[f"{city},_{state}", "leader", person.replace(" ", "_")]],
        )
        for city, state, person in seen
    )
    patterns = learn(examples, ontology=ontology, nlp=nlp)
    assert patterns.names["qualify:region"] == "{name},_{region}"
    found = LearnedExtractor(patterns, ontology).triples(
        nlp("Greenville is a city in Kentucky and its leader is Tom Baker.")
    )
    assert ("Greenville,_Kentucky", "leader", "Tom_Baker") in found
    # A region written without its comma is the place's; a region in another clause is not.
    found = LearnedExtractor(patterns, ontology).triples(
        nlp("Greenville Kentucky is a city and its leader is Tom Baker.")
    )
    assert ("Greenville,_Kentucky", "leader", "Tom_Baker") in found
    found = LearnedExtractor(patterns, ontology).triples(
        nlp("Greenville is a city and its leader is Tom Baker, who was born in Memphis, Tennessee.")
    )
    assert [t[0] for t in found if t[1] == "leader"] == ["Greenville"]
    # A region or a country is never qualified by another.
    found = LearnedExtractor(patterns, ontology).triples(nlp("Kentucky is part of Canada, and Ohio."))
    assert all("," not in name for triple in found for name in (triple[0], triple[2]))
    # A region after "of" belongs to the words before it: it is never split off as the place's.
    doc = nlp("Governor Tom Baker of Kentucky spoke.")
    assert qualified("Tom_Baker_of_Kentucky", doc[1:5], ontology, patterns.names) == "Tom_Baker_of_Kentucky"


def test_a_region_after_a_place_and_a_comma_is_the_places_where_the_examples_qualify_places(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["City", "Person", "Place"],
        ("leader", "leader", "City", "Person"),
        ("birthPlace", "birth place", "Person", "Place"),
    )
    seen = [("Springfield", "Ohio", "Maria Lopez"), ("Riverton", "Texas", "Kwame Mensah"),
            ("Fairview", "Oregon", "Sven Olsen")]  # fmt: skip
    rows = [
        (
            f"{city} is a city in {state} and its leader is {person}.",
            [[f"{city},_{state}", "leader", person.replace(" ", "_")]],
        )
        for city, state, person in seen
    ]
    # Patterns that land on the region written after the town.
    rows += [
        (f"{person} was born in Elmwood, {state}.", [[person.replace(" ", "_"), "birthPlace", state]])
        for _, state, person in seen
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    extractor = LearnedExtractor(patterns, ontology)
    found = extractor.triples(nlp("Ana Ruiz was born in Weston, Kentucky."))
    assert found == [("Ana_Ruiz", "birthPlace", "Weston,_Kentucky")]
    # the region is part of the place's name, not a second place the coordination reaches
    # a region of two words, which the parser hangs from the label noun before the place
    found = extractor.triples(nlp("The leader of Weston, New Mexico is Ana Ruiz."))
    assert found == [("Weston,_New_Mexico", "leader", "Ana_Ruiz")]


def test_a_region_that_qualifies_a_place_is_no_second_value(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Person", "Place"], ("birthPlace", "birth place", "Person", "Place"))
    seen = [("Springfield", "Ohio", "Maria Lopez"), ("Riverton", "Texas", "Kwame Mensah"),
            ("Fairview", "Oregon", "Sven Olsen")]  # fmt: skip
    rows = [
        (
            f"{person} was born in {city}, {state}.",
            [
                [person.replace(" ", "_"), "birthPlace", f"{city},_{state}"],
                [person.replace(" ", "_"), "birthPlace", state],
            ],
        )
        for city, state, person in seen
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Ana Ruiz was born in Weston, Saskatchewan and lives in Leeds."))
    assert ("Ana_Ruiz", "birthPlace", "Weston,_Saskatchewan") in found
    assert ("Ana_Ruiz", "birthPlace", "Saskatchewan") not in found  # coordinated with Weston


def test_an_office_is_a_value_only_where_the_examples_had_offices(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Person", "Agent"], ("employer", "employer", "Person", "Agent"))
    rows = [
        (f"{p} works for {c}.", [[p.replace(" ", "_"), "employer", c.replace(" ", "_")]])
        for p, c in (
            ("Maria Lopez", "Acme Holdings"),
            ("Sven Olsen", "Brio Foods"),
            ("Kwame Mensah", "Corva Group"),
        )
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Ana Ruiz works for Dunmore Mills.")) == [
        ("Ana_Ruiz", "employer", "Dunmore_Mills")
    ]
    assert extractor.triples(nlp("Ana Ruiz works for the Mayor of Weston.")) == []
    rows.append(
        ("Tom Baker works for the Governor of Easton.", [["Tom_Baker", "employer", "Governor_of_Easton"]])
    )
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Ana Ruiz works for the Mayor of Weston.")) == [
        ("Ana_Ruiz", "employer", "Mayor_of_Weston")
    ]


def test_titles_the_examples_quote_are_quoted_whole(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Person", "Office"], ("office", "office", "Person", "Office"))
    seen = [("Maria Lopez", "Member of the Harbour Assembly"), ("Kwame Mensah", "Minister for Roads"),
            ("Sven Olsen", "Mayor of Northby")]  # fmt: skip
    examples = annotated(
        (f"{person} worked as {title}.", [[person.replace(" ", "_"), "office", f'"{title}"']])
        for person, title in seen
    )
    patterns = learn(examples, ontology=ontology, nlp=nlp)
    assert patterns.names["quote:office"] == "1"
    found = LearnedExtractor(patterns, ontology).triples(
        nlp("Tom Baker worked as Secretary of the Eastfield Senate.")
    )
    assert found == [("Tom_Baker", "office", '"Secretary of the Eastfield Senate"')]
    found = LearnedExtractor(patterns, ontology).triples(
        nlp("Tom Baker worked as a Member of the Congress of Deputies.")
    )
    assert found == [("Tom_Baker", "office", '"Member of the Congress of Deputies"')]  # "Deputies": a NOUN
    found = LearnedExtractor(patterns, ontology).triples(
        nlp("Tom Baker worked as Secretary of Health, Education and Welfare.")
    )
    assert found == [
        ("Tom_Baker", "office", '"Secretary of Health, Education and Welfare"')
    ]  # one title, listed


@pytest.mark.parametrize(
    ("sentence", "words", "title"),
    [
        ("She is a campus university.", (3, 5), False),
        ("She worked as Secretary of State.", (3, 6), True),
        ('Its motto is "semper fidelis".', (4, 6), True),
    ],
)
def test_a_quoted_title_value_is_written_as_a_title(
    nlp: Language, sentence: str, words: tuple[int, int], title: bool
) -> None:
    from kg.relations.mentioned import titled_or_quoted

    assert titled_or_quoted(nlp(sentence)[words[0] : words[1]]) is title


def test_the_kind_of_place_the_examples_showed_decides_between_properties(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Town", "Area"],
        ("isPartOf", "is part of", "Town", "Area"),
        ("country", "country", "Town", "Area"),
    )
    seen = [
        ("Harbourton", "Kent", "isPartOf"), ("Eastwick", "France", "country"),
        ("Northby", "Devon", "isPartOf"), ("Southam", "Italy", "country"),
        ("Westcott", "Essex", "isPartOf"), ("Upton", "Spain", "country"),
    ]  # fmt: skip
    examples = annotated(
        (f"{town} lies in {place}.", [[town, relation, place]]) for town, place, relation in seen
    )
    patterns = learn(examples, ontology=ontology, nlp=nlp)
    assert patterns.names["place:isPartOf:object"] == "Region"
    assert patterns.names["place:country:object"] == "Country"
    extractor = LearnedExtractor(patterns, ontology)
    assert extractor.triples(nlp("Greenfield lies in Surrey.")) == [("Greenfield", "isPartOf", "Surrey")]
    assert extractor.triples(nlp("Greenfield lies in Portugal.")) == [("Greenfield", "country", "Portugal")]


def test_a_place_that_is_no_country_is_never_where_the_examples_had_countries(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Town", "Area"],
        ("country", "country", "Town", "Area"),
        ("isPartOf", "is part of", "Town", "Area"),
    )
    seen = [("Eastwick", "France"), ("Southam", "Italy"), ("Upton", "Spain")]
    examples = annotated((f"{town} lies in {place}.", [[town, "country", place]]) for town, place in seen)
    examples += annotated([("Upton is part of Kent.", [["Upton", "isPartOf", "Kent"]])])  # Kent: an Area
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Greenfield lies in Portugal.")) == [("Greenfield", "country", "Portugal")]
    # the gazetteer lists every country, so neither an unknown place nor a known one of the
    # range's class that it doesn't list is a country
    assert extractor.triples(nlp("Greenfield lies in Westham.")) == []
    assert extractor.triples(nlp("Greenfield lies in Kent.")) == []


def test_a_name_the_text_disambiguates_keeps_its_disambiguator(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Club", "Person"], ("manager", "manager", "Club", "Person"))
    extractor = LearnedExtractor(Patterns(), ontology)
    found = extractor.triples(nlp("The manager of Harbour Rovers is Tom Baker (footballer)."))
    assert found == [("Harbour_Rovers", "manager", "Tom_Baker_(footballer)")]
    assert extractor.triples(nlp("The manager of Harbour Rovers is Tom Baker.")) == [
        ("Harbour_Rovers", "manager", "Tom_Baker")
    ]


def _birthplaces(nlp: Language, tmp_path: Path) -> tuple[Ontology, Patterns]:
    """Patterns learned from three people's birthplaces, all towns."""
    ontology = json_ontology(tmp_path, ["Person", "Town"], ("birthPlace", "birth place", "Person", "Town"))
    seen = [("Maria Lopez", "Harbourton"), ("Kwame Mensah", "Eastwick"), ("Sven Olsen", "Northby")]
    examples = annotated(
        (f"{person} was born in {town}.", [[person.replace(" ", "_"), "birthPlace", town]])
        for person, town in seen
    )
    return ontology, learn(examples, ontology=ontology, nlp=nlp)


def test_a_short_name_is_the_full_name_it_ends_only_where_that_is_one_name(
    nlp: Language, tmp_path: Path
) -> None:
    ontology, patterns = _birthplaces(nlp, tmp_path)
    extractor = LearnedExtractor(patterns, ontology)
    said = "Tom Harbour Baker is a singer. Baker was born in Westham."
    assert extractor.triples(nlp(said)) == [("Tom_Harbour_Baker", "birthPlace", "Westham")]
    said = "Tom Baker was born in Westham. He sang for the Church of Westham."
    assert extractor.triples(nlp(said)) == [("Tom_Baker", "birthPlace", "Westham")]
    # a place is not the longer name of another kind of thing that starts or ends with it
    for said in (
        "Tom Baker was born in Lisbon. He sang for the Lisbon City Choir.",
        "Tom Baker, who played for FC Dynamo Lisbon, was born in Lisbon.",
    ):
        assert extractor.triples(nlp(said)) == [("Tom_Baker", "birthPlace", "Lisbon")], said


def test_a_short_name_the_text_relates_to_the_full_name_is_a_thing_of_its_own(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Company", "Person", "City"],
        ("founder", "founder", "Company", "Person"),
        ("headquarters", "headquarters", "Company", "City"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    found = extractor.triples(nlp("Opel was founded by Adam Opel. Opel's headquarters are in Rüsselsheim."))
    assert sorted(found) == [("Opel", "founder", "Adam_Opel"), ("Opel", "headquarters", "Rüsselsheim")]


def test_an_office_is_never_who_a_fact_is_about(nlp: Language, tmp_path: Path) -> None:
    ontology, patterns = _birthplaces(nlp, tmp_path)
    extractor = LearnedExtractor(patterns, ontology)
    for said in (
        "Ana Ruiz, Mayor of Vigo, was born in Westham.",
        "Abel Ruiz, Mayor of Vigo, was born in Galicia, Spain.",
    ):
        found = extractor.triples(nlp(said))
        assert found and all("Mayor" not in s for s, _, _ in found)  # no office, nor part of the name


def test_a_country_is_never_where_the_examples_had_no_places(nlp: Language, tmp_path: Path) -> None:
    ontology, patterns = _birthplaces(nlp, tmp_path)
    assert patterns.names["place:birthPlace:subject"] == "Other"
    extractor = LearnedExtractor(patterns, ontology)
    assert extractor.triples(nlp("Tom Baker was born in Westham.")) == [
        ("Tom_Baker", "birthPlace", "Westham")
    ]
    assert extractor.triples(nlp("Portugal was born in Westham.")) == []
    town, person = (next(c for c in ontology.classes if c.endswith(name)) for name in ("Town", "Person"))
    patterns.classes["portugal"] = {town}  # a name the examples knew, but not as a person
    assert LearnedExtractor(patterns, ontology).triples(nlp("Portugal was born in Westham.")) == []
    patterns.classes["portugal"] = {person}  # ...and as a person ("Jordan"): the examples win
    assert LearnedExtractor(patterns, ontology).triples(nlp("Portugal was born in Westham.")) == [
        ("Portugal", "birthPlace", "Westham")
    ]


def test_what_holds_of_a_name_holds_of_the_names_coordinated_with_it(
    nlp: Language, football: Ontology, learned: Path
) -> None:
    extractor = LearnedExtractor(read_patterns(learned, football), football)
    found = extractor.triples(nlp("Tom Baker plays for Riverside Albion and Northgate Town."))
    assert sorted(found) == [
        ("Tom_Baker", "playsFor", "Northgate_Town"),
        ("Tom_Baker", "playsFor", "Riverside_Albion"),
    ]


def test_lower_case_words_the_examples_names_hold_stay_in_unseen_names(
    nlp: Language, football: Ontology
) -> None:
    seen = [("Maria Lopez", "Spain"), ("Kwame Mensah", "Ghana"), ("Sven Olsen", "Norway")]
    examples = annotated(
        (
            f"{person} plays for the {country} national football team.",
            [[person.replace(" ", "_"), "playsFor", f"{country}_national_football_team"]],
        )
        for person, country in seen
    )
    patterns = learn(examples, ontology=football, nlp=nlp)
    assert set(patterns.names["namewords"].split()) == {"national", "football", "team"}
    found = LearnedExtractor(patterns, football).triples(
        nlp("Tom Baker plays for the Chile national football team.")
    )
    assert found == [("Tom_Baker", "playsFor", "Chile_national_football_team")]


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("John van den Brom plays for AFC Ajax.", "Brom", "John_van_den_Brom"),
        ("The full name of A.S. Gubbio 1910 is long.", "Gubbio", "A.S._Gubbio_1910"),
        ("Ticket sales at Leeds rose 5 percent in 2015.", "Leeds", "Leeds"),
        ("Aleksander Barkov, Jr. was born in Tampere.", "Barkov", "Aleksander_Barkov,_Jr."),
        ("Tom Baker, who was born in Leeds, played well.", "Baker", "Tom_Baker"),
        ("Alfons Weber died in Linz.", "Weber", "Alfons_Weber"),  # the tagger: "Alfons" NOUN
        ("Accademia della Crusca is in Florence.", "Crusca", "Accademia_della_Crusca"),
        # the tagger's span is "the County of"
        ("Ottokar Weber was born in the County of Tyrol, Austria, in 1905.", "County", "County_of_Tyrol"),
        ("Former Prime Minister John Major spoke.", "Major", "John_Major"),
        ("Sir Alex Ferguson and Chairman Tom Baker spoke.", "Ferguson", "Alex_Ferguson"),
        ("Sir Alex Ferguson and Chairman Tom Baker spoke.", "Baker", "Tom_Baker"),
    ],
)
def test_a_name_is_named_whole_and_without_the_title_written_before_it(
    nlp: Language, text: str, word: str, name: str
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    mention = LearnedExtractor(Patterns(), read_ontology([])).ends.mention(token)
    assert canonical_name(mention) == name


def test_a_date_or_a_count_is_neither_a_place_nor_the_thing_spoken_of(nlp: Language, tmp_path: Path) -> None:
    ontology, patterns = _birthplaces(nlp, tmp_path)
    extractor = LearnedExtractor(patterns, ontology)
    born = extractor.triples(nlp("Tom Baker was born in Westham."))
    assert born == [("Tom_Baker", "birthPlace", "Westham")]
    assert extractor.triples(nlp("Tom Baker was born in February 1989.")) == []
    assert extractor.triples(nlp("In 1989 was born in Westham.")) == []
    assert extractor.triples(nlp("Tom Baker was born in 300 villages.")) == []
    assert extractor.triples(nlp("300 villagers were born in Westham.")) == []


def test_a_name_the_examples_spell_with_accents_or_dots_keeps_their_spelling(
    nlp: Language, football: Ontology, tmp_path: Path
) -> None:
    examples = annotated([
        ("Maria Lopez plays for São Paulo.", [["Maria_Lopez", "playsFor", "São_Paulo_FC"]]),
        ("Kwame Mensah plays for A.C. Milan.", [["Kwame_Mensah", "playsFor", "A.C._Milan"]]),
        ("Sven Olsen plays for Eastfield.", [["Sven_Olsen", "playsFor", "Eastfield"]]),
    ])  # fmt: skip
    learn(examples, ontology=football, nlp=nlp).write(tmp_path / "patterns.jsonl")
    patterns = read_patterns(tmp_path / "patterns.jsonl", football)  # the spellings survive the file
    extractor = LearnedExtractor(patterns, football)
    spelt = [("Sao Paulo FC", "São_Paulo_FC"), ("AC Milan", "A.C._Milan"), ("Westfield", "Westfield")]
    for club, name in spelt:
        assert extractor.triples(nlp(f"Tom Baker plays for {club}.")) == [("Tom_Baker", "playsFor", name)]
    other_scripts = Patterns(entities={"москва": "Москва"})
    assert other_scripts.known("Москва") == "Москва" and other_scripts.known("Київ") == "Київ"


@pytest.fixture(scope="module")
def plays_for(nlp: Language, football: Ontology) -> Patterns:
    """Patterns learned from three plain "X plays for Y" sentences."""
    rows = [("Maria Lopez", "Eastfield"), ("Sven Olsen", "Northby"), ("Kwame Mensah", "Southam")]
    examples = annotated((f"{p} plays for {c}.", [[p.replace(" ", "_"), "playsFor", c]]) for p, c in rows)
    return learn(examples, ontology=football, nlp=nlp)


def extracted_together(sentences: list[str], patterns: Patterns, ontology: Ontology, nlp: Language) -> dict:
    """`extract_examples` over ``sentences``, read as one corpus."""
    return extract_examples(
        annotated((s, []) for s in sentences), patterns=patterns, ontology=ontology, nlp=nlp
    )


def test_one_thing_has_one_name_across_the_sentences_extracted_together(
    nlp: Language, football: Ontology, plays_for: Patterns
) -> None:
    sentences = [
        "José Núñez plays for Peñarol.",
        "Jose Nunez plays for Westfield.",
        "Ana Ruiz plays for Penarol.",
    ]
    found = extracted_together(sentences, plays_for, football, nlp)
    assert found == {
        "0": [("José Núñez", "playsFor", "Peñarol")],
        "1": [("José Núñez", "playsFor", "Westfield")],
        "2": [("Ana Ruiz", "playsFor", "Peñarol")],
    }
    alone = extracted_together(sentences[2:], plays_for, football, nlp)
    assert alone == {"0": [("Ana Ruiz", "playsFor", "Penarol")]}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Tom Baker (footballer) plays for Westfield.", {"Tom_Baker": "Tom_Baker_(footballer)"}),
        ("He won the Cross of Valour (Poland).", {"Cross_of_Valour": "Cross_of_Valour_(Poland)"}),
        ("He was born in Athens (Greece).", {}),  # where the place is, not which place
        ("Ana Ruiz (a striker) plays for Eastwick.", {}),  # a remark
    ],
)
def test_a_title_the_text_disambiguates(nlp: Language, sentence: str, found: dict[str, str]) -> None:
    from kg.relations.spans import disambiguated

    assert disambiguated(nlp(sentence)) == found


def test_a_name_one_sentence_disambiguates_is_that_one_in_every_sentence(
    nlp: Language, football: Ontology, plays_for: Patterns
) -> None:
    sentences = [
        "Tom Baker (footballer) plays for Westfield.",
        "Tom Baker plays for Harbourton.",
        "Ana Ruiz (a striker) plays for Eastwick.",  # a remark, not a title's qualifier
        "Ana Ruiz plays for Northby.",
    ]
    found = extracted_together(sentences, plays_for, football, nlp)
    assert [triples[0][0] for triples in found.values()] == [
        "Tom Baker (footballer)",
        "Tom Baker (footballer)",
        "Ana Ruiz",
        "Ana Ruiz",
    ]


@pytest.mark.parametrize(
    ("names", "fullest"),
    [
        (["Penarol", "Peñarol", "Penarol"], {"Penarol": "Peñarol"}),  # accents outweigh numbers
        (["AC_Milan", "A.C._Milan", "Ac_Milan"], {"AC_Milan": "A.C._Milan", "Ac_Milan": "A.C._Milan"}),
        (["Sao_Paulo", "SAO_PAULO", "São_Paulo"], {"Sao_Paulo": "São_Paulo", "SAO_PAULO": "São_Paulo"}),
        (["Nice", "NICE"], {}),  # case alone: the city and the institute stay apart
        (["Al-Amin", "Al'Amin", "Al-Amin", "AlAmin"], {"AlAmin": "Al-Amin"}),  # Al'Amin: as marked
        (["1996-05-30", "19960530", "Leeds"], {}),  # no letters: values, not names
        (
            ["Polish-Soviet_War", "Polish-Soviet_War", "Polish–Soviet_War"],
            {"Polish-Soviet_War": "Polish–Soviet_War"},
        ),
        (["Москва", "Київ"], {}),
    ],
)
def test_names_spelt_alike_take_the_fullest_spelling(names: list[str], fullest: dict[str, str]) -> None:
    assert fullest_spellings(names) == fullest
    assert fullest_spellings(reversed(names)) == fullest


def test_a_value_that_names_its_kind_takes_the_property_of_that_name(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Town", "Region", "TimeZone"],
        ("isPartOf", "is part of", "Town", "Region"),
        ("timeZone", "time zone", "Town", "TimeZone"),
    )
    regions = ["Westshire", "Eastmark", "Northumbra", "Southdale", "Lakeland"]
    rows = [(f"Harbourton is in {region}.", [["Harbourton", "isPartOf", region]]) for region in regions]
    rows += [
        ("Eastwick keeps the Atlantic Time Zone.", [["Eastwick", "timeZone", "Atlantic_Time_Zone"]]),
        ("Northby observes the Central Time Zone.", [["Northby", "timeZone", "Central_Time_Zone"]]),
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert patterns.names["kind:timeZone"] == "time zone"  # the examples' values end so
    extractor = LearnedExtractor(patterns, ontology)
    assert extractor.triples(nlp("Southam is in the Mountain Time Zone.")) == [
        ("Southam", "timeZone", "Mountain_Time_Zone")
    ]
    assert extractor.triples(nlp("Southam is in Riverdale.")) == [("Southam", "isPartOf", "Riverdale")]


def test_a_number_counts_what_its_words_say_most_fully(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["University"],
        ("numberOfStudents", "number of students", "University", "number"),
        ("numberOfUndergraduateStudents", "number of undergraduate students", "University", "number"),
        ("numberOfDoctoralStudents", "number of doctoral students", "University", "number"),
        ("numberOfPostgraduateStudents", "number of postgraduate students", "University", "number"),
    )
    towns = ["Harbourton", "Eastwick", "Northby"]
    rows = [
        (f"Tom University has {n}00 students.", [["Tom_University", "numberOfStudents", f"{n}00"]])
        for n in (3, 4, 5)
    ]
    rows += [(f"{t} College has 900 students.", [[f"{t}_College", "numberOfStudents", "900"]]) for t in towns]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    said = {
        "Ann University has 1,200 undergraduate students.": ("numberOfUndergraduateStudents", "1200"),
        "Ann University has 80 doctoral students.": ("numberOfDoctoralStudents", "80"),
        "Ann University has 900 post-graduate students.": ("numberOfPostgraduateStudents", "900"),
        "Ann University has 700 students.": ("numberOfStudents", "700"),
    }
    for sentence, (prop, number) in said.items():
        assert extractor.triples(nlp(sentence)) == [("Ann_University", prop, number)]


def test_an_amount_takes_the_property_that_names_it_most_fully(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Company"],
        ("netIncome", "net income", "Company", "number"),
        ("operatingIncome", "operating income", "Company", "number"),
    )
    said = [("Acme", 300), ("Brio", 400), ("Corva", 500)]
    rows = [
        (f"{c} Holdings reported an income of {n}.", [[f"{c}_Holdings", "netIncome", str(n)]])
        for c, n in said
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Dunmore Holdings reported an operating income of 700.")) == [
        ("Dunmore_Holdings", "operatingIncome", "700")
    ]
    assert extractor.triples(
        nlp("Dunmore Holdings, a company, has an operating income of $380,700,000.")
    ) == [("Dunmore_Holdings", "operatingIncome", "380700000")]
    assert extractor.triples(nlp("Dunmore Holdings reported an income of 700.")) == [
        ("Dunmore_Holdings", "netIncome", "700")
    ]


def test_a_pattern_is_right_only_where_it_finds_the_stated_value(nlp: Language, tmp_path: Path) -> None:
    """ "in Y" finds Maria Lopez's birthplace once and two other places twice: that the
    examples give her a birthplace doesn't make the other two right."""
    ontology = json_ontology(tmp_path, ["Person", "Place"], ("birthPlace", "birth place", "Person", "Place"))
    said = [
        ("Maria Lopez", "Eastfield", "Northby", "Southam"),
        ("Sven Olsen", "Westfield", "Eastby", "Norton"),
    ]
    rows = [
        (
            f"{p} was born in {b}. {p} lives in {home} and works in {work}.",
            [[p.replace(" ", "_"), "birthPlace", b]],
        )
        for p, b, home, work in said
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    extractor = LearnedExtractor(patterns, ontology)
    assert extractor.triples(nlp("Ana Ruiz was born in Weston.")) == [("Ana_Ruiz", "birthPlace", "Weston")]
    assert extractor.triples(nlp("Ana Ruiz lives in Weston.")) == []
    # a verb no example had, which says another property's label
    assert extractor.triples(nlp("Ana Ruiz resides in Weston.")) == []


def test_a_country_where_the_examples_never_had_one_is_the_country_property_s(
    nlp: Language, tmp_path: Path
) -> None:
    relations = [("isPartOf", "is part of", "City", "Place"), ("country", "country", "City", "Country")]
    counties = ["Ash", "Birch", "Cedar", "Elm", "Oak"]
    rows = [
        (f"{town} is part of {county} County.", [[town, "isPartOf", f"{county}_County"]])
        for town, county in zip(["Aston", "Barton", "Carlton", "Dalton", "Elton"], counties, strict=True)
    ]
    rows += [("Fenton is a town in France.", [["Fenton", "country", "France"]])]
    rows += [("Gorton is a town in Spain.", [["Gorton", "country", "Spain"]])]
    rows += [("Hilton is a town in Italy.", [["Hilton", "country", "Italy"]])]
    towns = rows[: len(counties)]
    for ontology, examples, expected in (
        (
            json_ontology(tmp_path, ["City", "Place", "Country"], *relations),
            rows,
            [("Weston", "country", "Germany")],
        ),
        (json_ontology(tmp_path, ["City", "Place"], relations[0]), towns, []),
    ):
        extractor = LearnedExtractor(learn(annotated(examples), ontology=ontology, nlp=nlp), ontology)
        assert extractor.triples(nlp("Weston is part of Fir County.")) == [
            ("Weston", "isPartOf", "Fir_County")
        ]
        assert extractor.triples(nlp("Weston is part of Germany.")) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "name"),
    [
        ("Adam Koc fought in the Polish-Soviet War.", "War", "Polish-Soviet War"),
        ("He was born in Austria-Hungary in 1890.", "Hungary", "Austria-Hungary"),
        ("The 1 Decembrie 1918 University is in Romania.", "University", "1 Decembrie 1918 University"),
        ("A Liverpool-based firm hired him.", "Liverpool", "Liverpool"),
        ("She lived in Paris - and in Rome.", "Paris", "Paris"),
        ("The patron saint of Romania is Andrew the Apostle.", "Andrew", "Andrew the Apostle"),
        ("Acme Media, Inc is a media company.", "Inc", "Acme Media, Inc"),  # the parser's subject
        (
            "He plays for A.C. Milan and the Italy national under 19 football team.",
            "Italy",
            "Italy national under 19 football team",
        ),
        ("He joined the national team of Italy.", "Italy", "Italy"),
        # the country by its adjective, its possessive or a name of several words
        ("He played for the Jamaican national football team.", "team", "Jamaican national football team"),
        (
            "He played for Italy's national under 16's football team.",
            "national",
            "Italy's national under 16's football team",
        ),
        (
            "He has represented Trinidad and Tobago national under 20 team.",
            "Tobago",
            "Trinidad and Tobago national under 20 team",
        ),
        ("Akron, Ohio is at a height of 306 metres.", "Ohio", "Akron, Ohio"),  # the parser's subject
        ("He was born in Darien, Connecticut.", "Connecticut", "Connecticut"),
        ("They play in the Serie A league of which Juventus FC have been champions.", "league", "Serie A"),
        (
            "Ana Ruiz served during the reign of King Juan Carlos I of Spain who was born in Rome.",
            "Carlos",
            "King Juan Carlos I of Spain",
        ),  # the name, not the relative clause after it
        ("Their ground is St. Vincent-St. Mary High School.", "School", "St. Vincent-St. Mary High School"),
        (
            "AC Chievo Verona's ground is in Verona.",
            "Chievo",
            "AC Chievo Verona's",
        ),  # "AC" the tagger left out
        ("He met John, the Baptist leader, in Rome.", "John", "John"),  # a comma: a description
        ("The commander of Apollo 16 was Ross Whitfield.", "Apollo", "Apollo 16"),
        ("She flew on the Skylab 4 mission.", "Skylab", "Skylab 4"),
        ("She flew on Skylab for 4 days.", "Skylab", "Skylab"),
        ("She flew on the Skylab mission.", "Skylab", "Skylab"),  # the class word after it is no part
        ("The 2008 Summer Olympics began in Beijing.", "Olympics", "2008 Summer Olympics"),
        ("It was launched on an H-IIA rocket.", "IIA", "H-IIA"),  # capitals a hyphen joins: one name
        ("Ana Ruiz was born in Harwick-upon-Tarn.", "Tarn", "Harwick-upon-Tarn"),  # a small word between
        ("Ana Ruiz was born in Harwick-upon-Tarn.", "Harwick", "Harwick-upon-Tarn"),
        ("The Pixel 3 was succeeded by the Pixel 4.", "Pixel", "Pixel 3"),  # the parser's apposition "3"
        ("La traviata is an opera by Verdi.", "traviata", "La traviata"),  # ... but a title's noun is
    ],
)
def test_a_name_holds_the_words_hyphens_join_to_it_its_numbers_and_its_epithet(
    nlp: Language, sentence: str, word: str, name: str
) -> None:
    doc = nlp(sentence)
    assert phrase(next(t for t in doc if t.text == word)).text == name


def test_a_verb_on_a_patterns_path_is_part_of_the_pattern(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person", "Place"],
        ("birthPlace", "birth place", "Person", "Place"),
        ("residence", "residence", "Person", "Place"),
    )
    said = [("Maria Lopez", "Eastfield", "Northby"), ("Sven Olsen", "Westfield", "Southam")]
    rows = [
        (
            f"{p} was born in {b} and lives in {r}.",
            [[p.replace(" ", "_"), "birthPlace", b], [p.replace(" ", "_"), "residence", r]],
        )
        for p, b, r in said
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert ("Ana_Ruiz", "residence", "Easton") in extractor.triples(
        nlp("Ana Ruiz was born in Weston and lives in Easton.")
    )
    assert not any(
        p == "residence"
        for _, p, _ in extractor.triples(nlp("Ana Ruiz was born in Weston and died in Easton."))
    )


def test_a_bare_preposition_is_not_read_under_a_verb_other_properties_turn_at(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person", "Place"],
        ("birthPlace", "birth place", "Person", "Place"),
        ("residence", "residence", "Person", "Place"),
    )
    people = [("Maria Lopez", "Eastfield"), ("Sven Olsen", "Westfield"), ("Kwame Mensah", "Northby")]
    rows = [(f"{p} was born in {b}.", [[p.replace(" ", "_"), "birthPlace", b]]) for p, b in people]
    rows += [(f"{p} lives at {b}.", [[p.replace(" ", "_"), "residence", b]]) for p, b in people[:2]]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert any(rule.words == 1 and rule.property.endswith("birthPlace") for rule in patterns.rules)
    extractor = LearnedExtractor(patterns, ontology)
    assert extractor.triples(nlp("Ana Ruiz was born in Weston.")) == [("Ana_Ruiz", "birthPlace", "Weston")]
    assert extractor.triples(nlp("Ana Ruiz lives in Weston.")) == []
    # a verb no example had, which says another property's label
    assert extractor.triples(nlp("Ana Ruiz resides in Weston.")) == []


def test_a_word_that_narrows_a_propertys_label_takes_the_narrower_property(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person", "Club"],
        ("club", "club", "Person", "Club"),
        ("youthclub", "youthclub", "Person", "Club"),
        ("currentclub", "currentclub", "Person", "Club"),
    )
    said = [("Maria Lopez", "Eastfield"), ("Sven Olsen", "Northby"), ("Kwame Mensah", "Southam")]
    rows = [(f"{p} played for {c}.", [[p.replace(" ", "_"), "club", c]]) for p, c in said]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    said_so = {
        "Ana Ruiz played for Westfield.": "club",
        "Ana Ruiz played youth football for Westfield.": "youthclub",
        "Ana Ruiz's youth club was Westfield.": "youthclub",
        "Ana Ruiz currently plays for Westfield.": "currentclub",
    }
    for sentence, prop in said_so.items():
        assert extractor.triples(nlp(sentence)) == [("Ana_Ruiz", prop, "Westfield")], sentence
    # The word narrows only the club it is said of.
    assert sorted(
        extractor.triples(nlp("Ana Ruiz, who played youth football for Westfield, plays for Eastfield."))
    ) == [("Ana_Ruiz", "club", "Eastfield"), ("Ana_Ruiz", "youthclub", "Westfield")]


def test_a_count_of_what_a_number_label_counts_is_read_without_examples(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["University"],
        ("numberOfStudents", "number of students", "University", "number"),
        ("numberOfDoctoralStudents", "number of doctoral students", "University", "number"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)  # the ontology's labels alone
    said = {
        "There are 27,400 students at Ann University.": ("numberOfStudents", "27400"),
        "Ann University has 700 students.": ("numberOfStudents", "700"),
        "Ann University has 80 doctoral students.": ("numberOfDoctoralStudents", "80"),
        "There are 90 doctoral students attending Ann University.": ("numberOfDoctoralStudents", "90"),
    }
    for sentence, (prop, number) in said.items():
        assert extractor.triples(nlp(sentence)) == [("Ann_University", prop, number)]
    assert extractor.triples(nlp("Ann University has 700 buildings.")) == []


def test_a_two_word_label_is_read_in_either_order(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["City"],
        ("areaTotal", "areaTotal", "City", "number"),
        ("populationDensity", "population density", "City", "number"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    for sentence in ("The total area of Greenville is 4879.", "Greenville has a total area of 4879."):
        assert extractor.triples(nlp(sentence)) == [("Greenville", "areaTotal", "4879")]
    # "X has an L of Y": Y is the value, X whose it is
    for verb in ("has", "boasts", "sports"):  # any verb: "X VERB an L of Y"
        found = extractor.triples(nlp(f"Greenville {verb} a population density of 412."))
        assert found == [("Greenville", "populationDensity", "412")]
    for said in (
        "Greenville has population density 412.",
        "Greenville, with a population density of 412, grew.",
    ):
        assert extractor.triples(nlp(said)) == [("Greenville", "populationDensity", "412")]


def test_a_label_is_also_said_by_the_words_before_its_preposition(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["City"],
        ("elevationAboveTheSeaLevel", "elevationAboveTheSeaLevel", "City", "number"),
        ("areaOfLand", "areaOfLand", "City", "number"),
        ("areaTotal", "areaTotal", "City", "number"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    assert extractor.triples(nlp("Weston's elevation is 245.")) == [
        ("Weston", "elevationAboveTheSeaLevel", "245")
    ]
    # "area" is also the head of "total area": a bare "area" stays unread rather than guessed
    assert extractor.triples(nlp("The area of Weston is 49.")) == []


@pytest.mark.parametrize(
    "sentence",
    ["Weston is at a height of 245 above sea level.", "Weston lies 245 metres above the sea level."],
)
def test_a_value_followed_by_a_labels_words_after_its_preposition_is_that_propertys(
    nlp: Language, tmp_path: Path, sentence: str
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["City"],
        ("elevationAboveTheSeaLevel", "elevationAboveTheSeaLevel", "City", "number"),
        ("populationDensity", "populationDensity", "City", "number"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    assert extractor.triples(nlp(sentence)) == [("Weston", "elevationAboveTheSeaLevel", "245")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Prime Minister Klaus Iohannis spoke.", "Klaus Iohannis"),
        ("Former Chairman Tom Baker spoke.", "Tom Baker"),
        ("Vice President spoke.", "Vice President"),  # a title with nothing after it stays whole
        ("Late Jurassic ended.", "Late Jurassic"),  # a qualifying word with no title after it
        ("Lord Harrowby spoke.", "Lord Harrowby"),  # a peer called by his title and one word
        ("Lady Tessa Blake spoke.", "Tessa Blake"),  # ... but not a person's first name and surname
    ],
)
def test_a_name_loses_the_title_before_it(nlp: Language, sentence: str, name: str) -> None:
    doc = nlp(sentence)
    assert untitled(doc[: len(doc) - 2], frozenset({"former", "vice", "late"})).text == name


def test_a_label_reads_its_owner_after_at_and_before_it_as_a_name(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Company", "City"],
        ("numberOfEmployees", "numberOfEmployees", "Company", "number"),
        ("areaTotal", "areaTotal", "City", "number"),
        ("numberOfStudents", "numberOfStudents", "Company", "number"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    said = "The number of employees at Acme Holdings is 10252."
    assert extractor.triples(nlp(said)) == [("Acme_Holdings", "numberOfEmployees", "10252")]
    assert extractor.triples(nlp("The Weston total area is 4879.")) == [("Weston", "areaTotal", "4879")]
    # "at its campus" is where, not whose
    said = "Ann University hosts 700 students at its campus in Leeds."
    assert extractor.triples(nlp(said)) == [("Ann_University", "numberOfStudents", "700")]


def _node(left: str, right: str, **attrs: object) -> dict:
    """A node of a hand-written dependency pattern, under ``left``."""
    return {"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": right, "RIGHT_ATTRS": attrs}


def test_a_pattern_seen_once_does_not_overturn_a_labels_reading_of_the_same_pair(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Company"], ("subsidiary", "subsidiary", "Company", "Company"))
    subsidiary = next(iri for iri in ontology.properties if str(iri).endswith("subsidiary"))
    once = LearnedRule(
        "subsidiary-1", subsidiary,
        [
            {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": "subsidiary"}},
            _node("anchor", "o0", DEP="prep", LEMMA="of"),
            _node("o0", "object", DEP="pobj", POS="PROPN"),
        ],
        precision=1.0, support=1, matches=1,
    )  # fmt: skip
    extractor = LearnedExtractor(Patterns(rules=[once]), ontology)
    # "X is a subsidiary of Y": Y's subsidiary, as the label reads it; right once in one match
    # is less sure than the label (the pattern's shrunk precision, not its raw 1.0)
    found = extractor.triples(nlp("Acme Portal is a subsidiary of Beta Media."))
    assert found == [("Beta_Media", "subsidiary", "Acme_Portal")]


def test_a_patterns_noun_that_says_another_label_takes_that_property(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person", "Place"],
        ("birthPlace", "birthPlace", "Person", "Place"),
        ("deathPlace", "deathPlace", "Person", "Place"),
    )
    birth = next(iri for iri in ontology.properties if str(iri).endswith("birthPlace"))

    place_of = LearnedRule(  # "Y is the place of X", learned from "the birth place of"
        "birthPlace-1", birth,
        [
            {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": "be"}},
            _node("anchor", "s0", DEP="attr", LEMMA="place"),
            _node("s0", "s1", DEP="prep", LEMMA="of"),
            _node("s1", "subject", DEP="pobj", POS="PROPN"),
            _node("anchor", "object", DEP="nsubj", POS="PROPN"),
        ],
        precision=1.0, support=20, matches=20,
    )  # fmt: skip
    extractor = LearnedExtractor(Patterns(rules=[place_of]), ontology)
    assert extractor.triples(nlp("Leeds is the death place of Tom Baker.")) == [
        ("Tom_Baker", "deathPlace", "Leeds")
    ]
    assert extractor.triples(nlp("Leeds is the place of Tom Baker.")) == [
        ("Tom_Baker", "birthPlace", "Leeds")
    ]


def test_a_value_named_with_a_two_word_label_is_that_propertys(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["City", "Place"],
        ("isPartOf", "isPartOf", "City", "Place"),
        ("timeZone", "timeZone", "City", "Place"),
    )
    rows = [
        (f"{town} is in {county}.", [[town, "isPartOf", county.replace(" ", "_")]])
        for town, county in (("Aston", "Fir County"), ("Barton", "Elm County"), ("Carlton", "Oak County"))
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Weston is in Ash County.")) == [("Weston", "isPartOf", "Ash_County")]
    found = extractor.triples(nlp("Weston is in the Mountain Standard Time Zone."))
    assert found == [("Weston", "timeZone", "Mountain_Standard_Time_Zone")]


def test_a_label_keeps_the_attribute_words_the_stop_list_holds(nlp: Language, tmp_path: Path) -> None:
    # "name" and "former" are on spaCy's stop list; without them "latin name" would be "latin"
    ontology = json_ontology(
        tmp_path,
        ["University", "Team"],
        ("latinName", "latinName", "University", "string"),
        ("formerTeam", "formerTeam", "University", "Team"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    found = extractor.triples(nlp('Ann University is in Leeds. Its Latin name is "Universitas Anna".'))
    assert [(s, p, o.strip('"').replace("_", " ")) for s, p, o in found] == [
        ("Ann_University", "latinName", "Universitas Anna")
    ]
    assert extractor.triples(nlp("The former team of Ann University is Leeds Rovers.")) == [
        ("Ann_University", "formerTeam", "Leeds_Rovers")
    ]


@pytest.mark.parametrize(
    ("sentence", "means"),
    [
        ("They play in the Serie A league, of which Harbour FC have been champions.", "league"),
        ("Adam Koc fought in the Polish-Soviet War in which Leon Trotsky was a commander.", "War"),
        ("Ann Lee plays for Leeds, which is in Yorkshire.", "Leeds"),
        ("Ann Lee was a crew member of Apollo 16, which was operated by NASA.", "Apollo"),
    ],
)
def test_a_relative_word_means_what_its_clause_hangs_from(nlp: Language, sentence: str, means: str) -> None:
    said = referent(next(token for token in nlp(sentence) if token.lower_ == "which"))
    assert said is not None and said.text == means


def test_the_capitalised_university_means_the_one_named_before(nlp: Language) -> None:
    doc = nlp("Ann Lee studied at Harbour University. The University is located in Leeds.")
    said = clause_subject(next(token for token in doc if token.text == "Leeds"))
    assert said is not None and phrase(said).text == "Harbour University"


@pytest.mark.parametrize(
    ("sentence", "pronoun", "means"),
    [
        ("The Mexican city of Weston is run by a mayor. Its population is 1604.", "Its", "Weston"),
        ("The total area of Weston, Ohio is 49 square km and its population is 1142.", "its", "Weston"),
        ("Its mayor is Ana Ruiz. Weston is in Ohio.", "Its", None),  # nothing named before it
        # "he" and "she" mean a person, where the tagger names one before them
        ("Weston Athletic have had Maria Lopez as their coach. She was born in Leeds.", "She", "Lopez"),
        ("Weston Athletic have had Maria Lopez as their coach. They play in Leeds.", "They", "Athletic"),
    ],
)
def test_a_pronoun_means_the_first_thing_named_before_it(
    nlp: Language, sentence: str, pronoun: str, means: str | None
) -> None:
    said = referent(next(token for token in nlp(sentence) if token.text == pronoun))
    assert (said.text if said is not None else None) == means


@pytest.mark.parametrize(
    ("sentence", "word", "said_of"),
    [
        ("Tom Baker joined Harbour Rovers, managed by Sven Olsen.", "Olsen", "Rovers"),
        ("Harbour Rovers is a club based in Eastwick.", "Eastwick", "Rovers"),  # through the copula
        ("Tom Baker was born in Eastwick and died in Northby.", "Northby", "Baker"),
        # a relative word right after the last of two coordinated names is about that one
        (
            "Tom Baker plays for Harbour Rovers and Eastwick United who are managed by Sven Olsen.",
            "Olsen",
            "United",
        ),
        # "the company" is the organisation named last before it, not the text's topic
        ("Tom Baker joined Acme Holdings in 2015. The company is led by Sven Olsen.", "Olsen", "Holdings"),
        # ... also where the tagger took the club's name for a place
        (
            "Tom Baker's club was FC Torpedo Moscow. The club, which is managed by Sven Olsen, won.",
            "Olsen",
            "Moscow",
        ),
        # a common noun with a name in apposition is that name
        ("The Boston based company, Acme Holdings, earned a profit of $5.", "profit", "Holdings"),
        # "<place> born, <name>": the parser takes the place for the subject
        ("Saskatchewan born, Tom Baker, is tall and plays for Harbour Rovers.", "Rovers", "Baker"),
        ("Italian born, Tom Baker, is connected to Harbour Rovers.", "Rovers", "Baker"),
        # ... and a rank or title with a person in apposition that person
        ("When he became President, Tom Baker, who was born in Leeds, was in office.", "Leeds", "Baker"),
        # a relative clause on what a copula says X is is X's; on a name, that name's
        ("Jake Rowan is an English rugby player who plays as a fly-half for Bath Rugby.", "Rugby", "Rowan"),
        ("The manager of Harbour Rovers is Tom Baker who plays for Leeds United.", "United", "Baker"),
        # a place set off by commas after a subject's name is where it is
        ("Lake Morra, in Peru and Bolivia, lies at an elevation of 3,812 metres.", "Bolivia", "Morra"),
    ],
)
def test_who_a_phrase_is_said_of(nlp: Language, sentence: str, word: str, said_of: str) -> None:
    doc = nlp(sentence)
    said = clause_subject(next(token for token in doc if token.text == word))
    assert said is not None and said.text == said_of


def test_a_pattern_that_names_more_of_the_sentence_outranks_a_bare_preposition(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person", "Town", "War"],
        ("birthPlace", "birth place", "Person", "Town"),
        ("battle", "battle", "Person", "War"),
    )
    towns = ["Harbourton", "Eastwick", "Northby", "Southam", "Westby"]
    rows = [(f"Maria Lopez was born in {town}.", [["Maria_Lopez", "birthPlace", town]]) for town in towns]
    rows.append(("Kwame Mensah fought in the Harbour War.", [["Kwame_Mensah", "battle", "Harbour_War"]]))
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    # "in X" was a birthplace five times in six; "fought in X" a battle the one time it was seen.
    found = extractor.triples(nlp("Tom Baker fought in the Border War."))
    assert found == [("Tom_Baker", "battle", "Border_War")]


def test_a_propertys_label_is_no_thing_a_fact_is_about(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["Town"], ("area", "area", "Town", "number"), ("utcOffset", "UTC offset", "Town", "number")
    )
    towns = [("Weston", "12"), ("Riverton", "40"), ("Elmwood", "7.5")]
    rows = [(f"{town} covers an area of {n} km.", [[town, "area", n]]) for town, n in towns]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Fairview covers an area of 30 km.")) == [("Fairview", "area", "30")]
    # the clause's subject is the name of a property, not a town
    assert extractor.triples(nlp("Its UTC offset covers an area of 30 km.")) == []


def test_a_place_where_something_happened_may_be_a_country_the_examples_never_had(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person", "Place", "Country"],
        ("deathPlace", "death place", "Person", "Place"),
        ("nationality", "nationality", "Person", "Country"),
    )
    people = ["Maria Lopez", "Sven Olsen", "Kwame Mensah", "Aiko Sato", "Omar Haddad"]
    towns = ["Eastfield", "Westfield", "Northby", "Southam", "Ontario"]  # one a region
    rows = [
        (f"{p} died in {t}.", [[p.replace(" ", "_"), "deathPlace", t]])
        for p, t in zip(people, towns, strict=True)
    ]
    rows += [
        (f"{p} is a citizen of {c}.", [[p.replace(" ", "_"), "nationality", c]])
        for p, c in zip(people, ["France", "Spain", "Italy"], strict=False)
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    # where she died, said in so many words: not her nationality
    assert extractor.triples(nlp("Ana Ruiz died in Germany.")) == [("Ana_Ruiz", "deathPlace", "Germany")]


def test_two_coordinated_names_are_never_one_said_of_the_other(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Town"], ("isPartOf", "is part of", "Town", "Town"))
    part_of = next(iri for iri in ontology.properties if str(iri).endswith("isPartOf"))
    # a pattern the examples may well teach: the parser hangs "Y" from "X" in "X and Y …"
    coordinated = LearnedRule(
        "isPartOf-1", part_of,
        [
            {"RIGHT_ID": "subject", "RIGHT_ATTRS": {"POS": "PROPN"}},
            _node("subject", "object", DEP="conj", POS="PROPN"),
        ],
        precision=1.0, support=5, matches=5,
    )  # fmt: skip
    extractor = LearnedExtractor(Patterns(rules=[coordinated]), ontology)
    found = extractor.triples(nlp("Weston and Northby are parts of Elmshire."))
    assert ("Weston", "isPartOf", "Northby") not in found
    assert ("Weston", "isPartOf", "Elmshire") in found  # the ontology's label still reads the fact


def test_a_label_with_no_owner_of_its_own_is_the_place_the_sentence_opens_with(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["City"],
        ("populationDensity", "populationDensity", "City", "number"),
        ("areaTotal", "areaTotal", "City", "number"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    found = extractor.triples(nlp("In Weston, the population density is 1604 and the total area is 49."))
    assert sorted(found) == [("Weston", "areaTotal", "49"), ("Weston", "populationDensity", "1604")]
    # a label with an owner of its own keeps it
    assert extractor.triples(nlp("In Weston, the population density of Northby is 1604.")) == [
        ("Northby", "populationDensity", "1604")
    ]


def test_a_place_before_born_stands_for_the_person_named_after_it(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Person"], ("spouse", "spouse", "Person", "Person"))
    couples = [("Maria Lopez", "Tom Baker"), ("Aiko Sato", "Kwame Mensah"), ("Eva Novak", "Omar Haddad")]
    rows = [
        (
            f"{wife} was the wife of {husband}.",
            [[husband.replace(" ", "_"), "spouse", wife.replace(" ", "_")]],
        )
        for wife, husband in couples
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Ana Ruiz was the wife of Leeds born, Sven Olsen."))
    assert found == [("Sven_Olsen", "spouse", "Ana_Ruiz")]


def test_a_property_the_examples_gave_common_noun_values_takes_them(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Food", "Ingredient", "Country"],
        ("ingredient", "ingredient", "Food", "Ingredient"),
        ("country", "country", "Food", "Country"),
    )
    rows = [
        ("Bakewell tart is made with almonds.", [["Bakewell_tart", "ingredient", "Almonds"]]),
        ("Ajoblanco is made with garlic.", [["Ajoblanco", "ingredient", "Garlic"]]),
        ("Arrabbiata is made with tomatoes.", [["Arrabbiata", "ingredient", "Tomatoes"]]),
        ("Bacalhau is made in Portugal.", [["Bacalhau", "country", "Portugal"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Pad Thai is made with peanuts.")) == [("Pad_Thai", "ingredient", "Peanuts")]
    # where the examples' values were names, a common noun is still no value
    assert extractor.triples(nlp("Pad Thai is made in the kitchen.")) == []


def test_two_examples_all_in_lower_case_make_a_property_take_common_nouns(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Surgeon", "Line"],
        ("knownFor", "known for", "Surgeon", "Thing"),
        ("length", "length", "Line", "Length"),
    )
    rows = [
        (
            "Joseph Lister is known for antiseptic surgery.",
            [["Joseph_Lister", "knownFor", "Antiseptic_surgery"]],
        ),
        (
            "Denton Cooley is known for the artificial heart.",
            [["Denton_Cooley", "knownFor", "Artificial_heart"]],
        ),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    # a value the examples never gave: two of two in lower case say the values are common nouns
    found = extractor.triples(nlp("Theodor Kocher is known for thyroid surgery."))
    assert found == [("Theodor_Kocher", "knownFor", "Thyroid_surgery")]
    # an amount is no common noun, though it is written in lower case
    amounts = [
        ("The Fenwick Line is 9,289 kilometres long.", [["Fenwick_Line", "length", "9289 kilometres"]]),
        ("The Harrow Line is 20 kilometres long.", [["Harrow_Line", "length", "20 kilometres"]]),
    ]
    learned = learn(annotated(amounts), ontology=ontology, nlp=nlp)
    assert learned.names.get(f"{COMMON}length") is None


@pytest.mark.parametrize(
    ("sentence", "prop", "value"),
    [
        ("Tom Baker is 1.905 metres tall and plays for Harbour Rovers.", "height", "1.905"),
        ("Tom Baker, who weighs 94 kg, plays for Harbour Rovers.", "weight", "94"),
    ],
)
def test_a_measure_said_with_its_adjective_or_verb_is_read_without_examples(
    nlp: Language, tmp_path: Path, sentence: str, prop: str, value: str
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Athlete"],
        ("height", "height", "Athlete", "number"),
        ("weight", "weight", "Athlete", "number"),
        ("birthYear", "birth year", "Athlete", "number"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)  # the ontology's labels alone
    assert extractor.triples(nlp(sentence)) == [("Tom_Baker", prop, value)]


def test_a_year_is_the_value_of_a_property_whose_range_is_a_year(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["Athlete", "Place"], ("birthYear", "birthYear", "Athlete", "Year"),
        ("birthPlace", "birthPlace", "Athlete", "Place"),
    )  # fmt: skip
    people = [("Maria Lopez", "1986"), ("Sven Olsen", "1990"), ("Kwame Mensah", "1979")]
    rows = [(f"{p} was born in {y}.", [[p.replace(" ", "_"), "birthYear", y]]) for p, y in people]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Ana Ruiz was born in 1995.")) == [("Ana_Ruiz", "birthYear", "1995")]


def test_a_passive_verb_whose_doer_a_label_names_is_read_without_examples(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Club", "Person", "Place"],
        ("manager", "manager", "Club", "Person"),
        ("location", "location", "Club", "Place"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)  # the ontology's labels alone
    found = extractor.triples(nlp("Harbour Rovers are managed by Sven Olsen."))
    assert found == [("Harbour_Rovers", "manager", "Sven_Olsen")]
    # the active verb: the doer is its subject
    assert extractor.triples(nlp("Sven Olsen manages Harbour Rovers.")) == [
        ("Harbour_Rovers", "manager", "Sven_Olsen")
    ]
    # "location" names no doer: "located in" is left to what the examples teach
    assert extractor.triples(nlp("Harbour Rovers are located in Eastwick.")) == []


def test_a_passive_verb_is_read_for_the_one_label_with_that_agent_head(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Film", "Person"],
        ("musicComposer", "musicComposer", "Film", "Person"),
        ("director", "director", "Film", "Person"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    found = extractor.triples(nlp("Harbour Lights was directed by Ann Lee and composed by Tom Baker."))
    assert sorted(found) == [
        ("Harbour_Lights", "director", "Ann_Lee"),
        ("Harbour_Lights", "musicComposer", "Tom_Baker"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Riverside United's manager, Ines Costa, said the team was ready.",
        "Ines Costa, the manager of Riverside United, said the team was ready.",
        "Ines Costa, Riverside United's manager, said the team was ready.",
    ],
)
def test_a_label_in_apposition_with_a_name_reads_the_fact(
    nlp: Language, football: Ontology, sentence: str
) -> None:
    extractor = LearnedExtractor(Patterns(), football)  # the ontology's labels alone
    assert extractor.triples(nlp(sentence)) == [("Riverside_United", "manager", "Ines_Costa")]


def test_a_label_in_apposition_needs_its_owner_named(nlp: Language, football: Ontology) -> None:
    extractor = LearnedExtractor(Patterns(), football)
    # "their" may be the club or its players: no guess
    assert extractor.triples(nlp("Tom Baker joined the team under their manager, Ines Costa.")) == []


def test_build_with_a_users_ontology_and_no_examples_reads_its_labels(nlp: Language, tmp_path: Path) -> None:
    text = tmp_path / "news.txt"
    text.write_text(
        "Riverside United said that their ground, Elm Road, would be rebuilt. "
        "Elm Road is the ground of Harbour Rovers.\n"
    )
    store = Store(tmp_path / "store")
    build([text], store=store, model=nlp, ontologies=[FOOTBALL])
    rows = query(store, f"SELECT ?s ?o WHERE {{ ?s <{FB}ground> ?o }}")
    assert sorted((str(s).split("/")[-1], str(o).split("/")[-1]) for s, o in rows) == [
        ("Harbour_Rovers", "Elm_Road")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Weston is part of Elmshire.", "Weston is a part of Elmshire.", "Weston, part of Elmshire, grew."],
)
def test_a_label_said_with_a_verb_is_said_of_the_clauses_subject(
    nlp: Language, tmp_path: Path, sentence: str
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Town", "County"],
        ("isPartOf", "isPartOf", "Town", "County"),
        ("capital", "capital", "County", "Town"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)  # the ontology's labels alone
    assert extractor.triples(nlp(sentence)) == [("Weston", "isPartOf", "Elmshire")]
    # a noun label is the owner's: "X is the capital of Y" is Y's capital
    assert extractor.triples(nlp("Weston is the capital of Elmshire.")) == [("Elmshire", "capital", "Weston")]


def test_the_items_of_a_list_are_never_one_said_of_the_other(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Person", "Place"], ("birthPlace", "birth place", "Person", "Place"))
    birth_place = next(iri for iri in ontology.properties if str(iri).endswith("birthPlace"))
    # a word-free pattern the examples teach with "Born in X, NAME, …"
    apposed = LearnedRule(
        "birthPlace-1", birth_place,
        [
            {"RIGHT_ID": "object", "RIGHT_ATTRS": {"POS": "PROPN"}},
            _node("object", "subject", DEP="appos", POS="PROPN"),
        ],
        precision=0.6, support=5, matches=8,
    )  # fmt: skip
    extractor = LearnedExtractor(Patterns(rules=[apposed]), ontology)
    # the parser hangs the list's last item from the one before it as an apposition
    assert extractor.triples(nlp("Ana Ruiz works in Dunmore Park, Weston, Kingsbridge, Elmshire.")) == []
    # two items are no such list: the apposition is who the sentence is about
    found = extractor.triples(nlp("Born in Weston, Vermont, Ana Ruiz, was a teacher."))
    assert found == [("Ana_Ruiz", "birthPlace", "Weston,_Vermont")]


def test_a_label_that_holds_a_verb_is_read_from_that_verb(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Airport", "City", "Organisation"],
        ("cityServed", "cityServed", "Airport", "City"),
        ("operatingOrganisation", "operatingOrganisation", "Airport", "Organisation"),
        ("openingYear", "openingYear", "Airport", "Year"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    # a label ending with a participle: its subject does what the verb says
    for sentence in (
        "Elmfield Airport serves the city of Northby.",
        "Northby is served by Elmfield Airport.",
    ):
        assert extractor.triples(nlp(sentence)) == [("Elmfield_Airport", "cityServed", "Northby")]
    # a label starting with a gerund: its value does it, or says when it was done
    for sentence in (
        "Elmfield Airport is operated by Corva Group.",
        "Corva Group operates Elmfield Airport.",
    ):
        assert extractor.triples(nlp(sentence)) == [
            ("Elmfield_Airport", "operatingOrganisation", "Corva_Group")
        ]
    assert extractor.triples(nlp("Elmfield Airport was opened in 1931.")) == [
        ("Elmfield_Airport", "openingYear", "1931")
    ]


def test_a_label_ending_with_by_is_done_by_its_value(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["Olympic Games", "human"], ("P542", "officially opened by", "Olympic Games", "human")
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    for sentence in (
        "William Deane officially opened the Harbour Games.",
        "The Harbour Games were officially opened by William Deane.",
    ):
        assert extractor.triples(nlp(sentence)) == [
            ("Harbour_Games", "officially_opened_by", "William_Deane")
        ]


def test_a_time_label_is_read_from_its_verb_and_a_doer_from_its_own_noun(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Building", "Person"],
        ("completionDate", "completionDate", "Building", "date"),
        ("architect", "architect", "Building", "Person"),
        ("address", "address", "Building", "string"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    assert extractor.triples(nlp("Elm Tower was completed on 3 May 1999.")) == [
        ("Elm_Tower", "completionDate", "1999-05-03")
    ]
    assert extractor.triples(nlp("Elm Tower was designed by Tom Baker.")) == [
        ("Elm_Tower", "architect", "Tom_Baker")
    ]
    # a text value is whole, not the number in it
    assert extractor.triples(nlp("Elm Tower's address is 12 Elm Road.")) == [
        ("Elm_Tower", "address", "12_Elm_Road")
    ]


def test_a_participle_label_with_its_preposition_is_read_as_the_verb(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Monument", "Person", "Work", "Ship", "Organisation"],
        ("dedicatedTo", "dedicatedTo", "Monument", "Person"),
        ("followedBy", "followedBy", "Work", "Work"),
        ("builder", "builder", "Ship", "Organisation"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    assert extractor.triples(nlp("The Elm Memorial is dedicated to Ana Ruiz.")) == [
        ("Elm_Memorial", "dedicatedTo", "Ana_Ruiz")
    ]
    assert extractor.triples(nlp("Elm Nights was followed by Iron Days.")) == [
        ("Elm_Nights", "followedBy", "Iron_Days")
    ]
    # the preposition is the label's: "dedicated in 1990" is no dedication to anyone
    assert extractor.triples(nlp("The Elm Memorial was dedicated in Weston.")) == []
    # a doer's noun English doesn't derive from the verb
    assert extractor.triples(nlp("The SS Northby was built by Corva Shipyards.")) == [
        ("SS_Northby", "builder", "Corva_Shipyards")
    ]


def test_a_life_event_label_is_read_from_its_verb_and_a_value_must_fit_the_range(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person", "Place"],
        ("birthPlace", "birthPlace", "Person", "Place"),
        ("birthDate", "birthDate", "Person", "date"),
        ("birthYear", "birthYear", "Person", "Year"),
        ("deathPlace", "deathPlace", "Person", "Place"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    found = extractor.triples(nlp("Ana Ruiz was born in Weston on 3 May 1950."))
    # the day is a date, not a year: the reading that can't take it doesn't compete for it
    assert sorted(found) == [("Ana_Ruiz", "birthDate", "1950-05-03"), ("Ana_Ruiz", "birthPlace", "Weston")]
    assert extractor.triples(nlp("Tom Baker died in Northby.")) == [("Tom_Baker", "deathPlace", "Northby")]


def test_a_wikidata_style_ontology_is_named_by_its_labels(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "movie.json"
    path.write_text(json.dumps({
        "id": "movie",
        "concepts": [{"qid": "Q11424", "label": "film"}, {"qid": "Q5", "label": "human"},
                     {"qid": "Q6256", "label": "country"}],
        "relations": [
            {"pid": "P57", "label": "director", "domain": "Q11424", "range": "Q5"},
            {"pid": "P161", "label": "cast member", "domain": "Q11424", "range": "Q5"},
            {"pid": "P17", "label": "country", "domain": "Q11424", "range": "Q6256"},
        ],
    }))  # fmt: skip
    ontology = read_ontology([path])
    # opaque ids give way to labels (an IRI holds no space: "cast member" is cast_member)
    cast = ontology.term("cast member")
    assert str(cast) == "https://w3id.org/kg/ontology/movie/relations#cast_member"
    assert ontology.properties[cast].domain == (URIRef("https://w3id.org/kg/ontology/movie/concepts#film"),)
    # a class and a property may share a label: an example's relation is the property
    assert ontology.term("country", properties_only=True).endswith("relations#country")
    films = [("Elm Nights", "Ana Ruiz", "Tom Baker"), ("Iron Days", "Sven Olsen", "Maria Lopez"),
             ("Brass Key", "Kwame Mensah", "Ines Costa")]  # fmt: skip
    rows = [
        (f"{film} is a film directed by {who} and starring {star}.",
         [[film, "director", who], [film, "cast member", star]])
        for film, who, star in films
    ]  # fmt: skip
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    extractor = LearnedExtractor(patterns, ontology)
    found = extractor.triples(nlp("Salt Roads is a film directed by Dara Quinn and starring Lee Park."))
    assert sorted(found) == [
        ("Salt_Roads", "cast_member", "Lee_Park"),
        ("Salt_Roads", "director", "Dara_Quinn"),
    ]
    # the examples' conventions are kept under the name the extractor looks them up by
    quoted = [(sentence, [[s, r, f'"{o}"'] for s, r, o in triples]) for sentence, triples in rows]
    assert "quote:cast_member" in learn(annotated(quoted), ontology=ontology, nlp=nlp).names


def test_values_the_examples_write_as_the_text_does_stay_so(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Film"], ("publicationDate", "publication date", "Film", ""))
    rows = [
        (f"{film} was released on {day}.", [[film, "publicationDate", day]])
        for film, day in (
            ("Elm Nights", "08 July 2016"),
            ("Iron Days", "12 May 2001"),
            ("Brass Key", "3 June 1999"),
        )
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert patterns.names.get("verbatim:publicationDate") == "1"  # not 2016-07-08, as kg would write it
    found = LearnedExtractor(patterns, ontology).triples(nlp("Salt Roads was released on 21 March 2010."))
    assert found == [("Salt_Roads", "publicationDate", "21_March_2010")]


def test_a_name_written_as_the_text_does_leaves_out_a_lower_case_article(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["Journalist", "Organisation"], ("employer", "employer", "Journalist", "Organisation")
    )
    rows = [
        ("Dora Vance works for The Harwick Post.", [["Dora_Vance", "employer", "The_Harwick_Post"]]),
        ("Tom Loxley worked for The Stanmoor Times.", [["Tom_Loxley", "employer", "The_Stanmoor_Times"]]),
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert patterns.names.get("verbatim:employer") == "1"  # the case this is about: "The" kept
    extractor = LearnedExtractor(patterns, ontology)
    assert extractor.triples(nlp("Ann Roe worked for the Harwick World.")) == [
        ("Ann_Roe", "employer", "Harwick_World")
    ]
    assert extractor.triples(nlp("Ann Roe worked for The Harwick World.")) == [
        ("Ann_Roe", "employer", "The_Harwick_World")
    ]


def test_one_date_the_examples_write_as_the_text_does_says_every_date_is_so(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["album", "label"],
        ("P577", "publication date", "album", ""),
        ("P264", "record label", "album", "label"),
    )
    rows = [
        ("Iron Days was released on 12 May 2001 by Northby Records.",
         [["Iron Days", "publication date", "12 May 2001"],
          ["Iron Days", "record label", "Northby Records"]]),
        ("Elm Nights, released in 1977 on Brass Records, is long.",
         [["Elm Nights", "publication date", "1977"], ["Elm Nights", "record label", "Brass Records"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Salt Roads was released on 21 March 2010 by Coast Records."))
    assert ("Salt_Roads", "publication_date", "21_March_2010") in found


def test_a_peoples_adjective_names_the_country_where_the_examples_values_are_countries(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["Film", "Country"], ("countryOfOrigin", "country of origin", "Film", "Country")
    )
    said = [
        ("Harbour Lights", "British", "United_Kingdom"),
        ("The Long Field", "American", "United_States_of_America"),
        ("Blue Meridian", "French", "France"),
        ("Summer Storm", "German", "Germany"),
    ]
    examples = annotated(
        (f"{film} is a 1990 {adjective} drama film.", [[film.replace(" ", "_"), "countryOfOrigin", country]])
        for film, adjective, country in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Tall Timbers is a 1937 Australian adventure film."))
    assert found == [("Tall_Timbers", "countryOfOrigin", "Australia")]  # a country no example named
    found = extractor.triples(nlp("Open Water is a 2003 American horror film."))
    assert found == [("Open_Water", "countryOfOrigin", "United_States_of_America")]  # the examples' name
    found = extractor.triples(nlp("Steppe Wind is a 2011 Kazakh drama film."))
    assert found == [("Steppe_Wind", "countryOfOrigin", "Kazakhstan")]
    found = extractor.triples(nlp("Storm Front is a 1962 Soviet war film."))
    assert found == [("Storm_Front", "countryOfOrigin", "Soviet_Union")]  # a country no longer on the map


def test_a_capitalised_the_the_examples_keep_in_titles_is_kept_in_unseen_ones(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Film", "Person"], ("director", "director", "Film", "Person"))
    said = [
        ("The Long Field", "Lorne Baxter"),
        ("The Glass Garden", "Kim Ji-woon"),
        ("Red Canyon", "Ann Blyth"),
    ]
    examples = annotated(
        (f"{film} is a film directed by {person}.", [[film, "director", person]]) for film, person in said
    )
    patterns = learn(examples, ontology=ontology, nlp=nlp)
    extractor = LearnedExtractor(patterns, ontology)
    found = extractor.triples(nlp("The Ferryman is a film directed by Ewen Gilmour."))
    assert found == [("The_Ferryman", "director", "Ewen_Gilmour")]
    # where the examples drop it (DBpedia's names), it is dropped
    said = [
        ("The Long Field", "Long_Field"),
        ("The Glass Garden", "Glass_Garden"),
        ("Red Canyon", "Red_Canyon"),
    ]
    examples = annotated(
        (f"{film} is a film directed by Ann Blyth.", [[name, "director", "Ann_Blyth"]]) for film, name in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The Ferryman is a film directed by Ewen Gilmour."))
    assert found == [("Ferryman", "director", "Ewen_Gilmour")]


def test_a_jr_is_written_as_the_text_does_where_the_examples_write_names_as_labels(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["driver", "team"], ("P54", "member of sports team", "driver", "team"))
    team = "member of sports team"
    rows = [
        ("Dora Vance drives for Harwick Racing.", [["Dora Vance", team, "Harwick Racing"]]),
        ("Tom Loxley drove for Stanmoor Motors.", [["Tom Loxley", team, "Stanmoor Motors"]]),
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    found = LearnedExtractor(patterns, ontology).triples(nlp("Ann Roe Jr. drives for Dunmore Racing."))
    assert found == [("Ann_Roe_Jr.", "member_of_sports_team", "Dunmore_Racing")]  # "Ann Roe Jr.", as written
    # DBpedia's names set it off with a comma
    rows = [(sentence, [[s.replace(" ", "_"), p, o.replace(" ", "_")] for s, p, o in triples])
            for sentence, triples in rows]  # fmt: skip
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    found = LearnedExtractor(patterns, ontology).triples(nlp("Ann Roe Jr. drives for Dunmore Racing."))
    assert found == [("Ann_Roe,_Jr.", "member_of_sports_team", "Dunmore_Racing")]


def test_a_capitalised_the_mid_sentence_says_nothing_of_one_that_begins_a_sentence(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Journalist", "Organisation", "Award"],
        ("employer", "employer", "Journalist", "Organisation"),
        ("award", "award", "Journalist", "Award"),
    )
    rows = [
        ("Dora Vance works for The Harwick Post.", [["Dora_Vance", "employer", "The_Harwick_Post"]]),
        ("Tom Loxley worked for The Stanmoor Times.", [["Tom_Loxley", "employer", "The_Stanmoor_Times"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The Dunmore Prize was awarded to Ann Roe."))
    assert found == [("Ann_Roe", "award", "Dunmore_Prize")]  # the sentence's capital
    found = extractor.triples(nlp("Ann Roe works for The Dunmore Herald."))
    assert found == [("Ann_Roe", "employer", "The_Dunmore_Herald")]  # the name's own


def test_a_person_is_no_company_and_a_company_no_person_where_patterns_tie(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["film", "human", "organization"],
        ("producer", "producer", "film", "human"),
        ("productionCompany", "production company", "film", "organization"),
    )
    produced_by = [
        {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": "produce"}},
        _node("anchor", "subject", DEP="nsubjpass", POS="PROPN"),
        _node("anchor", "o0", DEP="agent"),
        _node("o0", "object", DEP="pobj", POS="PROPN"),
    ]
    rules = [
        LearnedRule(f"{local_name(iri)}-1", iri, produced_by, precision=0.8, support=3, matches=4)
        for iri in ontology.properties
        if str(iri).endswith(("producer", "productionCompany"))
    ]
    extractor = LearnedExtractor(Patterns(rules=rules), ontology)
    assert extractor.triples(nlp("Red Canyon was produced by Ray Stark.")) == [
        ("Red_Canyon", "producer", "Ray_Stark")
    ]
    assert extractor.triples(nlp("Red Canyon was produced by Universal Pictures.")) == [
        ("Red_Canyon", "productionCompany", "Universal_Pictures")
    ]


def test_a_common_noun_value_is_named_without_the_year_and_country_before_it(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["film", "film genre"], ("genre", "genre", "film", "film genre"))
    said = [
        ("Harbour Lights", "1954 British drama film", "drama film"),
        ("Night Train", "1964 British spy film", "spy film"),
        ("Cold Harbour", "2003 crime thriller film", "crime thriller film"),
        ("Blue Meridian", "1997 French comedy film", "comedy film"),
    ]
    examples = annotated(
        (f"{film} is a {words}.", [[film.replace(" ", "_"), "genre", genre]]) for film, words, genre in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    for sentence, genre in (
        ("Open Water is a 2003 American survival horror film.", "survival_horror_film"),  # lower: spelt so
        ("Wild Strawberries is a 1957 Swedish-language drama film.", "drama film"),  # as the examples name it
    ):
        assert extractor.triples(nlp(sentence)) == [
            (sentence.split(" is ")[0].replace(" ", "_"), "genre", genre)
        ]


def test_coordinated_participles_share_their_doer(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["film", "human"],
        ("director", "director", "film", "human"),
        ("screenwriter", "screenwriter", "film", "human"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)  # the labels alone
    found = extractor.triples(nlp("Open Water is a 2003 film written and directed by Chris Kentis."))
    assert sorted(found) == [
        ("Open_Water", "director", "Chris_Kentis"),
        ("Open_Water", "screenwriter", "Chris_Kentis"),
    ]
    found = extractor.triples(nlp("Red Canyon was written by Ann Blyth."))  # a writer of the screen
    assert found == [("Red_Canyon", "screenwriter", "Ann_Blyth")]


def test_a_label_a_patterns_noun_says_keeps_the_labels_own_direction(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Astronaut", "SpaceMission"],
        ("mission", "mission", "Astronaut", "SpaceMission"),
        ("crewMembers", "crew members", "SpaceMission", "Astronaut"),
    )
    said = [("Elliot Marsh", "Apollo 14"), ("Lena Vasquez", "Skylab 3"), ("Carl Okafor", "Gemini 6")]
    examples = annotated(
        (
            f"{person} was a crew member of {flight}.",
            [[person.replace(" ", "_"), "mission", flight.replace(" ", "_")]],
        )
        for person, flight in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Marta Lindqvist was a crew member of Apollo 16."))
    # the person's mission, or the mission's crew member: never the person's crew member
    assert found in (
        [("Marta_Lindqvist", "mission", "Apollo_16")],
        [("Apollo_16", "crewMembers", "Marta_Lindqvist")],
    )


def test_a_word_free_pattern_is_learned_with_the_words_above_it(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Person", "Place"], ("birthPlace", "birthPlace", "Person", "Place"))
    said = [("Cleveland", "Albert White", "senator"), ("Athens", "Adonis Georgiadis", "minister")]
    examples = annotated(
        (f"Born in {town}, {person}, was a {office}.", [[person.replace(" ", "_"), "birthPlace", town]])
        for town, person, office in said
    )
    patterns = learn(examples, ontology=ontology, nlp=nlp).rules
    # "X, Y" alone (an apposition) matches anywhere; "born in X, Y" only where it means a birthplace
    assert all(any("LEMMA" in node["RIGHT_ATTRS"] for node in rule.pattern) for rule in patterns)
    assert any(
        rule.pattern[0]["RIGHT_ATTRS"] == {"LEMMA": "bear"}
        and rule.pattern[-1]["RIGHT_ATTRS"] == {"DEP": "appos", "POS": "PROPN"}
        for rule in patterns
    )


def test_a_language_said_with_a_hyphen_is_read_without_examples(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["film", "language"],
        ("originalLanguage", "original language of film or TV show", "film", "language"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    found = extractor.triples(nlp("Wild Strawberries is a 1957 Swedish-language drama film."))
    assert found == [("Wild_Strawberries", "originalLanguage", "Swedish")]
    found = extractor.triples(nlp("Kaagaz Ke Phool is a 1959 Indian Hindi-language drama film."))
    assert found == [
        ("Kaagaz_Ke_Phool", "originalLanguage", "Hindi")
    ]  # the tagger runs "Indian Hindi-" together
    assert extractor.triples(nlp("Wild Strawberries is a 1957 drama film about language.")) == []


def test_a_publication_date_is_when_a_work_was_published(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["book"], ("publicationDate", "publication date", "book", ""))
    extractor = LearnedExtractor(Patterns(), ontology)  # the label alone
    assert extractor.triples(nlp("The Salt Road was published in 1998.")) == [
        ("Salt_Road", "publicationDate", "1998")
    ]


def test_a_peoples_adjective_is_never_what_a_fact_is_about(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Person", "Place"], ("birthPlace", "birthPlace", "Person", "Place"))
    apposition = LearnedRule(
        "birthPlace-1", next(iter(p for p in ontology.properties if str(p).endswith("birthPlace"))),
        [
            {"RIGHT_ID": "object", "RIGHT_ATTRS": {"POS": "PROPN"}},
            _node("object", "subject", DEP="appos", POS="PROPN"),
        ],
        precision=0.8, support=4, matches=5,
    )  # fmt: skip
    extractor = LearnedExtractor(Patterns(rules=[apposition]), ontology)
    assert extractor.triples(nlp("Ross Whitfield, an American, flew on the Skylab 4 mission.")) == []


def test_a_label_with_a_slash_names_its_relation_as_the_benchmark_writes_it(
    nlp: Language, tmp_path: Path
) -> None:
    path = tmp_path / "sport.json"
    path.write_text(json.dumps({
        "id": "sport",
        "concepts": [{"qid": "Q5", "label": "human"}, {"qid": "Q4439155", "label": "position"}],
        "relations": [{
            "pid": "P413", "label": "position played on team / speciality",
            "domain": "Q5", "range": "Q4439155",
        }],
    }))  # fmt: skip
    ontology = read_ontology([path])
    said = [("Marco Bellini", "midfielder"), ("Luis Ortega", "goalkeeper"), ("Ana Costa", "defender")]
    rows = [
        (f"{person} is a footballer who plays as a {position} for Torino.",
         [[person, "position played on team / speciality", position]])
        for person, position in said
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Kevin Maier is a footballer who plays as a striker for Torino."))
    # the IRI percent-encodes the slash; the relation is named as the label writes it
    assert found == [("Kevin_Maier", "position_played_on_team_/_speciality", "striker")]  # spelt as theirs


def test_a_peoples_adjective_the_parser_takes_for_a_name_still_names_the_country(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["human", "country"], ("countryForSport", "country for sport", "human", "country")
    )
    said = [
        ("Jake Rowan", "an English", "England"),
        ("Marco Bellini", "an Italian", "Italy"),
        ("Luis Ortega", "a Spanish", "Spain"),
    ]
    examples = annotated(
        (f"{person} is {adjective} footballer who plays as a midfielder for Torino.",
         [[person.replace(" ", "_"), "countryForSport", country]])
        for person, adjective, country in said
    )  # fmt: skip
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    sentence = nlp("Owen Price is a Welsh rugby union player who plays as a scrum-half for Cardiff Rugby.")
    # the parser takes "Welsh" for a name, a compound of "player"; read as the examples' adjective
    assert ("Owen_Price", "countryForSport", "Wales") in extractor.triples(sentence)


def test_a_peoples_noun_in_apposition_names_the_country(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["person", "country"], ("nationality", "nationality", "person", "country")
    )
    said = [("Lena Vasquez", "an American", "United_States"), ("Paolo Ferri", "an Italian", "Italy"),
            ("Hans Vogel", "a German", "Germany")]  # fmt: skip
    examples = annotated(
        (
            f"{person}, {people}, was a crew member of the mission.",
            [[person.replace(" ", "_"), "nationality", country]],
        )
        for person, people, country in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Pierre Roy, a Canadian, was a crew member of the mission."))
    assert found == [("Pierre_Roy", "nationality", "Canada")]


def test_examples_that_read_a_labels_words_as_another_property_outrank_the_label(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["person", "mission"],
        ("mission", "mission", "person", "mission"),
        ("crewMembers", "crew members", "mission", "person"),
    )
    said = [("Elliot_Marsh", "Apollo_14"), ("Lena_Vasquez", "Gemini_6")]
    examples = annotated(
        (f"{person} was a crew member of {mission}.".replace("_", " "), [[person, "mission", mission]])
        for person, mission in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    # the label alone reads these words as the mission's crew member
    assert LearnedExtractor(learn([], ontology=ontology, nlp=nlp), ontology).triples(
        nlp("Marta Lindqvist was a crew member of Apollo 16.")
    ) == [("Apollo_16", "crewMembers", "Marta_Lindqvist")]
    found = extractor.triples(nlp("Marta Lindqvist was a crew member of Apollo 16."))
    assert found == [("Marta_Lindqvist", "mission", "Apollo_16")]


def test_an_office_is_named_whole_where_the_examples_values_were_offices(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["human", "position"], ("positionHeld", "position held", "human", "position")
    )
    said = [("Tomas_Berg", "Minister_of_Finance"), ("Sofia_Lind", "Prime_Minister_of_Denmark")]
    examples = annotated(
        (
            f"{person} is a politician who served as {office}.".replace("_", " "),
            [[person, "positionHeld", office]],
        )
        for person, office in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    sentence = nlp("Miguel Torres is a politician who served as President of the Government of Spain.")
    assert [e.text for e in sentence.ents if e.text.startswith("Government")]  # the tagger splits the office
    assert extractor.triples(sentence) == [
        ("Miguel_Torres", "positionHeld", "President_of_the_Government_of_Spain")
    ]


def test_a_capitalised_noun_beginning_the_sentence_alone_is_a_name(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["language", "human"], ("designedBy", "designed by", "language", "human")
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    sentence = nlp("Chapel was designed by Brad Chamberlain in 2009.")
    assert sentence[0].pos_ == "NOUN"  # the tagger takes the name for a common noun, one it knows
    assert extractor.triples(sentence) == [("Chapel", "designedBy", "Brad_Chamberlain")]
    assert extractor.triples(nlp("The language was designed by Larry Wall in 1987.")) == []
    assert extractor.triples(nlp("Languages were designed by Larry Wall in 1987.")) == []
    sentence = nlp("Darktable is a photo editor designed by Johannes Hanika.")
    assert sentence[0].pos_ == "ADJ"  # ... or for an adjective
    assert extractor.triples(sentence) == [("Darktable", "designedBy", "Johannes_Hanika")]


def test_a_names_last_word_says_its_class_as_the_examples_names_ending_so_did(
    nlp: Language, tmp_path: Path
) -> None:
    # a DBpedia disambiguator in brackets is no part of the name's last word
    ontology = json_ontology(
        tmp_path,
        ["human", "war", "military unit"],
        ("conflict", "conflict", "human", "war"),
        ("militaryBranch", "military branch", "human", "military unit"),
    )
    said = [
        ("Ann Ray served in the Royal Navy.", "Ann_Ray", "militaryBranch", "Royal_Navy"),
        ("Bob Lee served in the British Army.", "Bob_Lee", "militaryBranch", "British_Army"),
        ("Cy Fox served in the Royal Air Force.", "Cy_Fox", "militaryBranch", "Royal_Air_Force"),
        ("Dan Poe fought in the Crimean War.", "Dan_Poe", "conflict", "Crimean_War"),
        ("Eve Orr fought in the Boer War.", "Eve_Orr", "conflict", "Boer_War_(South_Africa)"),
        ("Gus Hale served in the Napoleonic Wars.", "Gus_Hale", "conflict", "Napoleonic_Wars"),
    ]
    examples = annotated((sentence, [[s, p, o]]) for sentence, s, p, o in said)
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Hal Kim served in the Korean War.")) == [
        ("Hal_Kim", "conflict", "Korean_War")
    ]
    assert extractor.triples(nlp("Hal Kim served in the Irish Army.")) == [
        ("Hal_Kim", "militaryBranch", "Irish_Army")
    ]


def test_a_species_name_is_whole_where_the_examples_names_end_with_a_lower_case_word(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["taxon", "region"], ("endemicTo", "endemic to", "taxon", "region"))
    said = [
        ("Banksia cuneata", "Western Australia"),
        ("Aloe dorotheae", "Tanzania"),
        ("Pinus longaeva", "Nevada"),
    ]
    examples = annotated(
        (f"{taxon} is endemic to {place}.", [[taxon, "endemicTo", place]]) for taxon, place in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    for sentence, taxon in [
        ("Banksia brownii is a shrub endemic to Queensland.", "Banksia_brownii"),  # the tagger: "Banksia"
        ("Hyla arborea is a frog endemic to Queensland.", "Hyla_arborea"),  # two common nouns
    ]:
        assert extractor.triples(nlp(sentence)) == [(taxon, "endemicTo", "Queensland")]
    # DBpedia capitalises common nouns ("mass media" is Mass_media): no such names
    industries = json_ontology(
        tmp_path, ["company", "industry"], ("industry", "industry", "company", "industry")
    )
    said = [("Acme", "mass media"), ("Bolt", "retail banking"), ("Crane", "heavy industry")]
    examples = annotated(
        (f"{company} works in {industry}.", [[company, "industry", industry.capitalize().replace(" ", "_")]])
        for company, industry in said
    )
    assert LOWER_TAIL not in learn(examples, ontology=industries, nlp=nlp).names


def test_a_property_with_no_range_whose_example_values_are_numbers_takes_amounts(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["mountain"], ("elevation", "elevation above sea level", "mountain", "")
    )
    said = [("Mount Kenya", "5199"), ("Piz Bernina", "4049"), ("Mount Olympus", "2917")]
    # one example is evidence enough where it leaves out the unit its text gives
    for seen in (said, said[:1]):
        examples = annotated(
            (f"{mountain} rises to {metres} metres.", [[mountain, "elevation", metres]])
            for mountain, metres in seen
        )
        extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
        found = extractor.triples(nlp("Monte Rosa rises to 4634 metres."))
        assert found == [("Monte_Rosa", "elevation", "4634")], len(seen)
        assert extractor.triples(nlp("Monte Rosa rises to great heights.")) == []  # no amount


def test_a_common_noun_value_from_a_closed_list_is_one_the_examples_gave(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["taxon", "rank"], ("taxonRank", "taxon rank", "taxon", "rank"))
    said = [("Banksia cuneata", "species"), ("Aloe dorotheae", "species"), ("Pinus longaeva", "species"),
            ("Rhinoderma", "genus"), ("Eucalyptus", "genus")]  # fmt: skip
    examples = annotated(
        (f"{taxon} is a {rank} of plants.", [[taxon, "taxonRank", rank]]) for taxon, rank in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Quercus robur is a species of plants.")) == [
        ("Quercus_robur", "taxonRank", "species")
    ]
    assert extractor.triples(nlp("Quercus robur is a tree of Europe.")) == []  # a tree is no rank


def test_a_name_that_starts_with_its_number_keeps_it_where_the_examples_names_do(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["asteroid", "human"], ("discoverer", "discoverer", "asteroid", "human")
    )
    said = [("433 Eros", "Carl Witt"), ("3753 Cruithne", "Duncan Waldron"), ("951 Gaspra", "Grigory Neujmin")]
    examples = annotated(
        (f"{asteroid} is an asteroid discovered by {person}.", [[asteroid, "discoverer", person]])
        for asteroid, person in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    sentence = nlp("4179 Toutatis is an asteroid discovered by Christian Pollas.")
    assert sentence[0].dep_ != "nummod"  # the parser hangs the number elsewhere than on the name
    assert extractor.triples(sentence) == [("4179_Toutatis", "discoverer", "Christian_Pollas")]
    # a minor planet's number in brackets before its provisional designation
    sentence = nlp("(66063) 1998 RO1 is an asteroid discovered by Carl Hergenrother.")
    assert extractor.triples(sentence) == [("(66063)_1998_RO1", "discoverer", "Carl_Hergenrother")]


def test_a_word_in_capitals_is_a_name_whatever_the_tagger_calls_it(nlp: Language, tmp_path: Path) -> None:
    relation = ("constellation", "constellation", "nebula", "constellation")
    ontology = json_ontology(tmp_path, ["nebula", "constellation"], relation)
    said = [("M 57", "Lyra"), ("M 27", "Vulpecula"), ("M 97", "Ursa Major")]
    examples = annotated(
        (f"{nebula} is a nebula in the constellation {name}.", [[nebula, "constellation", name]])
        for nebula, name in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    sentence = nlp("NGC 7293 is a nebula in the constellation Aquarius.")
    assert sentence[0].pos_ == "NOUN"
    assert extractor.triples(sentence) == [("NGC_7293", "constellation", "Aquarius")]


def test_the_article_is_kept_only_where_the_examples_keep_it_at_that_end(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["painting", "museum", "human"],
        ("collection", "collection", "painting", "museum"),
        ("creator", "creator", "painting", "human"),
    )
    said = [("The Night Watch", "Rijksmuseum", "Rembrandt"), ("The Starry Night", "Prado", "Van Gogh"),
            ("The Birth of Venus", "Uffizi Gallery", "Botticelli")]  # fmt: skip
    rows = [
        (f"The {museum} holds {painting}, painted by {artist}.",
         [[painting, "collection", museum], [painting, "creator", artist]])
        for painting, museum, artist in said
    ]  # fmt: skip
    # paintings keep their "The" more often than museums drop theirs
    examples = annotated([*rows, ("The Kiss was painted by Klimt.", [["The Kiss", "creator", "Klimt"]])])
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("The Louvre holds The Milkmaid.")) == [
        ("The_Milkmaid", "collection", "Louvre")
    ]


def test_a_word_describing_a_noun_is_the_value_where_the_examples_values_were_such_words(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["work", "material"], ("material", "made from material", "work", "material")
    )
    said = [("The Thinker", "bronze"), ("David", "marble"), ("The Kiss", "marble"), ("Balzac", "plaster")]
    examples = annotated(
        (f"{work} is a {material} sculpture by Rodin.", [[work, "material", material]])
        for work, material in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Pieta is a stainless steel sculpture by Michelangelo."))
    assert [(s, p, o.lower()) for s, p, o in found] == [("Pieta", "material", "stainless_steel")]


def test_a_label_that_is_its_noun_alone_counts_what_a_number_before_it_counts(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["University", "Person"],
        ("staff", "staff", "University", ""),
        ("dean", "dean", "University", "Person"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    for sentence in ("Ann University has 2,900 staff members.", "Ann University employs 2900 staff."):
        assert extractor.triples(nlp(sentence)) == [("Ann_University", "staff", "2900")]
    assert extractor.triples(nlp("Ann University has 3 deans.")) == []  # a dean is a person, not a count


def test_a_hyphened_common_noun_value_is_one_word(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["human", "position"], ("position", "position", "human", "position"))
    said = [("Jake Rowan", "fly-half"), ("Tom Hale", "hooker"), ("Ian Shaw", "prop"), ("Max Bell", "wing")]
    examples = annotated(
        (f"{player} is a rugby player who plays as a {position} for Bath.", [[player, "position", position]])
        for player, position in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Owen Price is a rugby player who plays as a scrum-half for Cardiff."))
    assert [(s, p, o.lower()) for s, p, o in found] == [("Owen_Price", "position", "scrum-half")]


def test_the_noun_a_copula_says_something_is_stays_in_every_pattern(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["person"], ("spouse", "spouse", "person", "person"))
    said = [("Ann Lee", "Tom Lee"), ("Eva Roe", "Max Roe"), ("Ida Fox", "Sam Fox")]
    examples = annotated(
        (f"{wife} is the wife of {husband}.", [[wife, "spouse", husband]]) for wife, husband in said
    )
    patterns = learn(examples, ontology=ontology, nlp=nlp)
    said_is = [
        node["RIGHT_ATTRS"]
        for rule in patterns.rules
        for node in rule.pattern
        if node["RIGHT_ATTRS"].get("DEP") == "attr"
    ]
    assert said_is and all(attrs.get("LEMMA") == "wife" for attrs in said_is)  # not any "X is the Y of Z"
    extractor = LearnedExtractor(patterns, ontology)
    assert extractor.triples(nlp("Ada Orr is the wife of Len Orr.")) == [("Ada_Orr", "spouse", "Len_Orr")]


def test_a_learned_name_end_also_takes_a_common_noun_with_the_name_in_apposition(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["song", "human"], ("performer", "performer", "song", "human"))
    said = [("Paper Wings", "Dana Hollis"), ("Open Skies", "Kara Lane"), ("Blue Hour", "Mia Stone")]
    examples = annotated(
        (f"{song} is a song by {singer}.", [[song, "performer", singer]]) for song, singer in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    sentence = nlp("Thunder Bay is a song by the Australian band Black Ridge.")
    assert next(t for t in sentence if t.text == "band").dep_ == "pobj"  # the name hangs from the noun
    assert extractor.triples(sentence) == [("Thunder_Bay", "performer", "Black_Ridge")]
    assert extractor.triples(nlp("Thunder Bay is a song by the band.")) == []  # a name, not any band


def test_an_example_value_named_in_the_singular_is_found_in_the_plural(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["Food", "Ingredient"], ("ingredient", "ingredient", "Food", "Ingredient")
    )
    said = [("Bakso", "noodles", "Noodle"), ("Binignit", "sweet potatoes", "Sweet_potato"),
            ("Lemper", "banana leaves", "Banana_leaf")]  # fmt: skip
    examples = annotated(
        (f"{food} is made with {plural}.", [[food, "ingredient", name]]) for food, plural, name in said
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Siomay is made with dumplings."))
    # ... and names the value in the singular, as the examples do (convention singular:P)
    assert [(s, p, o.lower()) for s, p, o in found] == [("Siomay", "ingredient", "dumpling")]


@pytest.mark.parametrize(
    ("sentence", "word", "means"),
    [
        ("Sternfall is a novel by Karl Brandt, published by Rowohlt in 1985.", "Rowohlt", "Sternfall"),
        ("Darktable is a photo editor for Linux and Windows, written in C.", "C.", "Darktable"),
        ("Ann Lee plays for Leeds United, founded in 1919.", "1919", "United"),  # the club was
    ],
)
def test_a_participle_after_a_comma_is_said_of_what_the_copula_says_x_is(
    nlp: Language, sentence: str, word: str, means: str
) -> None:
    said = clause_subject(next(token for token in nlp(sentence) if token.text == word))
    assert said is not None and said.text == means


def test_an_article_the_parser_takes_for_a_second_subject_is_no_subject(nlp: Language) -> None:
    doc = nlp("The Queen Mary 2 is operated by Cunard Line and was launched on 21 March 2003.")
    assert [t.text for t in doc if t.dep_ == "nsubjpass"] == ["The", "Mary"]  # the parse this is about
    said = clause_subject(next(token for token in doc if token.text == "March"))
    assert said is not None and said.text == "Mary"


def test_an_epithet_is_part_of_the_name_and_a_second_label_after_and_is_read(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Statue", "Person", "Country", "City"],
        ("designer", "designer", "Statue", "Person"),
        ("capital", "capital", "Country", "City"),
        ("leader", "leader", "Country", "Person"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    found = extractor.triples(nlp("Christ the Redeemer was designed by Paul Landowski."))
    assert found == [("Christ_the_Redeemer", "designer", "Paul_Landowski")]
    # the parser hangs "its leader" from the capital and its "is" from the first one
    found = extractor.triples(
        nlp("The capital of Brazil is Brasília and its leader is Luiz Inácio Lula da Silva.")
    )
    assert sorted(found) == [
        ("Brazil", "capital", "Brasília"),
        ("Brazil", "leader", "Luiz_Inácio_Lula_da_Silva"),
    ]


def test_values_the_examples_spell_in_lower_case_are_common_nouns_however_tagged(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["drug", "disease"], ("treats", "medical condition treated", "drug", "disease")
    )
    examples = annotated([
        ("Penicillin is used to treat syphilis.", [["Penicillin", "treats", "syphilis"]]),
        ("Sumatriptan is used to treat migraine.", [["Sumatriptan", "treats", "migraine"]]),
    ])  # fmt: skip
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Insulin is used to treat diabetes.")) == [("Insulin", "treats", "diabetes")]


def test_a_value_the_text_writes_in_lower_case_is_a_common_noun_though_tagged_a_name(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["disease", "drug"], ("treatment", "treatment", "disease", "drug"))
    rows = [("Tuberculosis", "rifampicin"), ("Malaria", "chloroquine"), ("Asthma", "salbutamol")]
    examples = annotated(
        (f"{disease} is treated with {drug}.", [[disease, "treatment", drug.capitalize()]])
        for disease, drug in rows
    )
    # the tagger takes "salbutamol" for a name; kg.nametags.lower_case_names makes it a noun again
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Cholera is treated with doxycycline."))
    assert found == [("Cholera", "treatment", "Doxycycline")]


@pytest.mark.parametrize("code", ["0-340-12345-6", "978-3-16-148410-0"])
def test_a_code_the_tokenizer_splits_is_one_value(nlp: Language, tmp_path: Path, code: str) -> None:
    ontology = json_ontology(tmp_path, ["Item"], ("serial", "serial number", "Item", "string"))
    extractor = LearnedExtractor(Patterns(), ontology)
    doc = nlp(f"The serial number of the Arden Lamp is {code}.")
    assert len(doc) > 9  # split by the tokenizer
    assert extractor.triples(doc) == [("Arden_Lamp", "serial", code)]


def test_a_second_label_after_and_is_read_though_the_parser_takes_its_value_for_a_subject(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Artist", "Genre", "RecordLabel"],
        ("genre", "genre", "Artist", "Genre"),
        ("recordLabel", "record label", "Artist", "RecordLabel"),
    )
    doc = nlp("Lena Kvist's musical genre is pop music and her record label is Sony Music.")
    assert next(t for t in doc if t.text == "Music").dep_ == "nsubj"  # the parse this is about
    found = LearnedExtractor(Patterns(), ontology).triples(doc)
    assert ("Lena_Kvist", "recordLabel", "Sony_Music") in found


@pytest.mark.parametrize("stated", [True, False])
def test_a_place_and_its_country_after_a_comma_are_read_as_the_examples_state_them(
    nlp: Language, tmp_path: Path, stated: bool
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person", "Place", "Country"],
        ("birthPlace", "birth place", "Person", "Place"),
        ("country", "country", "Place", "Country"),
    )
    rows = [("Anders Osborne was born in Uddevalla, Sweden.", "Anders_Osborne", "Uddevalla", "Sweden"),
            ("Ruth Moss was born in Bergen, Norway.", "Ruth_Moss", "Bergen", "Norway")]  # fmt: skip
    examples = annotated(
        (sentence, [[person, "birthPlace", place], *([[place, "country", country]] if stated else [])])
        for sentence, person, place, country in rows
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    # words around the pair the examples never had, and a parse that may link the two otherwise
    found = extractor.triples(nlp("The festival is held every summer in Malmö, Sweden."))
    assert (("Malmö", "country", "Sweden") in found) is stated


@pytest.mark.parametrize(("marks", "found"), [(["comics", "comics", ""], "Blockbuster_(comics)"),
                                             (["comics", "", ""], "Blockbuster")])  # fmt: skip
def test_a_disambiguator_the_examples_give_a_class_s_names_is_given_to_unseen_ones(
    nlp: Language, tmp_path: Path, marks: list[str], found: str
) -> None:
    ontology = json_ontology(tmp_path, ["Character", "Person"], ("creator", "creator", "Character", "Person"))
    people = [("Arion", "Paul Kupperberg"), ("Balder", "Jack Kirby"), ("Bolt", "Dan Mishkin")]
    examples = annotated(
        (f"{hero} was created by {person}.",
         [[f"{hero}_({mark})" if mark else hero, "creator", person.replace(" ", "_")]])
        for (hero, person), mark in zip(people, marks, strict=True)
    )  # fmt: skip
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Blockbuster was created by Gardner Fox.")) == [
        (found, "creator", "Gardner_Fox")
    ]


def test_a_quoted_title_keeps_its_issue_number(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["Character"], ("firstAppearance", "first appearance", "Character", "string")
    )
    rows = [("Arion first appeared in Warlord #55.", "Arion", '"Warlord #55"'),
            ("Bolt first appeared in Blue Devil #8.", "Bolt", '"Blue Devil #8"')]  # fmt: skip
    examples = annotated((sentence, [[hero, "firstAppearance", title]]) for sentence, hero, title in rows)
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Blockbuster first appeared in Star Spangled Comics #1."))
    assert found == [("Blockbuster", "firstAppearance", '"Star Spangled Comics #1"')]


def test_a_preposition_the_parser_hangs_from_an_of_phrase_is_read_as_the_patterns(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["taxon", "place"],
        ("parent", "parent taxon", "taxon", "taxon"),
        ("range", "native range", "taxon", "place"),
    )
    rows = [("Banksia is a genus in the family Proteaceae.", "Banksia", "parent", "Proteaceae"),
            ("Hyla is a genus in the family Hylidae.", "Hyla", "parent", "Hylidae"),
            ("Banksia grows in Australia.", "Banksia", "range", "Australia"),
            ("Hyla lives in Europe.", "Hyla", "range", "Europe"),
            ("Acacia grows in Africa.", "Acacia", "range", "Africa")]  # fmt: skip
    examples = annotated((sentence, [[taxon, prop, value]]) for sentence, taxon, prop, value in rows)
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    doc = nlp("Eucalyptus is a genus of flowering trees in the family Myrtaceae.")
    assert next(t for t in doc if t.text == "in").head.text == "trees"  # the parse this is about
    assert ("Eucalyptus", "parent", "Myrtaceae") in extractor.triples(doc)


def test_a_preposition_and_its_object_are_one_link_of_a_patterns_path(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Film", "Person"], ("composer", "composer", "Film", "Person"))
    said = [("Dark Water", "Ada Moss"), ("Cold Light", "Ivan Petrov")]
    rows = [
        (f"The music for {f} was composed by {p}.", [[f.replace(" ", "_"), "composer", p.replace(" ", "_")]])
        for f, p in said
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("The music for Red Canyon was composed by John Lowe.")) == [
        ("Red_Canyon", "composer", "John_Lowe")
    ]


def test_a_property_whose_examples_values_were_all_dates_takes_only_dates(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Album", "Label"],
        ("releaseDate", "releaseDate", "Album", ""),
        ("recordLabel", "recordLabel", "Album", "Label"),
    )
    rows = [
        ("Turn Me On was released on 7 August 2001.", [["Turn_Me_On", "releaseDate", "2001-08-07"]]),
        ("Blue Rain was released in 1998.", [["Blue_Rain", "releaseDate", "1998"]]),
        ("Cold Fire was released by Arista Records.", [["Cold_Fire", "recordLabel", "Arista_Records"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Sticky Fingers was released on 23 April 1971 by Rolling Stones Records."))
    assert ("Sticky_Fingers", "releaseDate", "1971-04-23") in found
    assert not any(p == "releaseDate" and "Records" in o for _, p, o in found)


def test_a_name_the_examples_gave_is_read_whole_in_unseen_text(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["Album"], ("followedBy", "followedBy", "Album", "Album"), ("writer", "writer", "Album", "")
    )
    rows = [
        ("Turn Me On was followed by Blue Rain.", [["Turn_Me_On", "followedBy", "Blue_Rain"]]),
        ("Cold Fire was followed by Dark Water.", [["Cold_Fire", "followedBy", "Dark_Water"]]),
        ("Hymn to Her was written by Meg Keene.", [["Hymn_to_Her", "writer", "Meg_Keene"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Sticky Fingers was followed by Hymn to Her.")) == [
        ("Sticky_Fingers", "followedBy", "Hymn_to_Her")
    ]
    # a longer name the tagger finds keeps its words: the known name is only part of it
    assert ("Sticky_Fingers", "followedBy", "Hymn_to_Her") not in extractor.triples(
        nlp("Sticky Fingers was followed by Hymn to Her Majesty.")
    )


def test_labels_coordinated_after_has_or_with_each_read_their_value(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Asteroid"],
        ("orbitalPeriod", "orbital period", "Asteroid", "number"),
        ("escapeVelocity", "escape velocity", "Asteroid", "number"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    expected = {("Gaussia", "orbitalPeriod", "2091.6"), ("Gaussia", "escapeVelocity", "0.0291")}
    said = "an orbital period of 2091.6 days and an escape velocity of 0.0291 km/sec"
    assert set(extractor.triples(nlp(f"Gaussia has {said}."))) == expected
    assert set(extractor.triples(nlp(f"Gaussia, with {said}, was found in 1923."))) == expected


def test_a_capitalised_adjective_names_the_language_a_language_property_takes(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Song", "Language"],
        ("language", "language", "Song", "Language"),
        ("genre", "genre", "Song", ""),
    )
    rows = [
        ("The language of Despacito is Spanish.", [["Despacito", "language", "Spanish_language"]]),
        ("The language of Bella Ciao is Italian.", [["Bella_Ciao", "language", "Italian_language"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("The language of Volare is Italian.")) == [
        ("Volare", "language", "Italian_language")
    ]
    # an adjective that names no people is no language
    assert extractor.triples(nlp("The language of Volare is beautiful.")) == []


def test_what_a_copula_says_is_read_in_apposition_too(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["Company"], ("parentOrganization", "parent organization", "Company", "Company")
    )
    said = [("Kestrel Games", "Sega"), ("Greystone Publishing", "Penguin Random House")]
    rows = [
        (f"{c} is a subsidiary of {p}.", [[c.replace(" ", "_"), "parentOrganization", p.replace(" ", "_")]])
        for c, p in said
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Orbis Software, a subsidiary of Oracle, employs 1,200 people.")) == [
        ("Orbis_Software", "parentOrganization", "Oracle")
    ]
    assert extractor.triples(nlp("Orbis Software, a rival of Oracle, employs 1,200 people.")) == []


def test_whose_after_what_a_copula_says_x_is_is_xs(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["Company", "Person"], ("ceo", "chief executive officer", "Company", "Person")
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    found = extractor.triples(
        nlp("Harlow Press is a British publisher whose chief executive officer is Simon Reeve.")
    )
    assert found == [("Harlow_Press", "ceo", "Simon_Reeve")]


@pytest.mark.parametrize(
    ("written", "found"),
    [
        (lambda date: date, {"5_May_1910", "19_July_1985", "14_February_1975", "1890", "1965"}),
        (canonical_name, {"1910-05-05", "1985-07-19", "1975-02-14", "1890", "1965"}),
    ],
)
def test_dates_in_brackets_after_a_name_are_read_as_the_examples_state_them(
    nlp: Language, tmp_path: Path, written, found: set[str]
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person"],
        ("birthDate", "date of birth", "Person", ""),
        ("deathDate", "date of death", "Person", ""),
    )
    lives = [
        ("Mary Loxley", "12 March 1921", "4 June 1999"),
        ("Arjun Mehta", "3 January 1968", None),
        ("Ruth Adler", "2 May 1902", "9 October 1977"),
    ]
    rows = []
    for name, born, died in lives:
        bracket = f"{born} – {died}" if died else f"born {born}"
        triples = [[name.replace(" ", "_"), "birthDate", written(born)]]
        triples += [[name.replace(" ", "_"), "deathDate", written(died)]] if died else []
        rows.append((f"{name} ({bracket}) was a writer.", triples))
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    read = {
        (p, o)
        for sentence in (
            "Olga Petrova (5 May 1910 – 19 July 1985) was a Russian poet.",
            "Samuel Reed (born 14 February 1975) is an American economist.",
            "Hannah Cole (1890–1965) was a British botanist.",
        )
        for _, p, o in extractor.triples(nlp(sentence))
    }
    assert {o for _, o in read} == found
    assert {p for p, o in read if o in ("1890", "5_May_1910", "1910-05-05")} == {"birthDate"}
    # brackets of other things are no life
    assert extractor.triples(nlp("Harbour Lights (a 1954 film) was shot in Devon.")) == []


@pytest.mark.parametrize(("birth", "found"), [("12 March 1921", "4_June_1999"), ("1921-03-12", "1999-06-04")])
def test_dates_are_written_as_the_text_does_where_the_examples_write_every_date_so(
    nlp: Language, tmp_path: Path, birth: str, found: str
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person"],
        ("birthDate", "birth date", "Person", ""),
        ("deathDate", "death date", "Person", ""),
    )
    rows = [
        ("Mary Loxley was born on 12 March 1921.", [["Mary_Loxley", "birthDate", birth]]),
        ("Arjun Mehta was born on 3 January 1968.", [["Arjun_Mehta", "birthDate", "3 January 1968"]]),
        ("Ruth Adler died on 9 October 1977.", [["Ruth_Adler", "deathDate", "9 October 1977"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Olga Petrova died on 4 June 1999.")) == [
        ("Olga_Petrova", "deathDate", found)
    ]


def test_a_label_in_apposition_with_a_name_is_that_name_whatever_the_copula_says_of_it(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Person"], ("mother", "mother", "Person", "Person"))
    extractor = LearnedExtractor(Patterns(), ontology)
    assert extractor.triples(nlp("Samuel Reed's mother, Alice Reed, was a lawyer.")) == [
        ("Samuel_Reed", "mother", "Alice_Reed")
    ]
    assert extractor.triples(nlp("Samuel Reed's mother was Alice Reed.")) == [
        ("Samuel_Reed", "mother", "Alice_Reed")
    ]


def test_a_name_in_apposition_with_any_common_noun_is_read_as_with_the_examples_noun(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person", "Occupation"],
        ("spouse", "spouse", "Person", "Person"),
        ("occupation", "occupation", "Person", "Occupation"),
    )
    rows = [
        (
            "Mary Loxley was an English novelist and the wife of the painter Tom Loxley.",
            [["Mary_Loxley", "occupation", "novelist"], ["Mary_Loxley", "spouse", "Tom_Loxley"]],
        ),
        ("Ada Lind was a Swedish singer.", [["Ada_Lind", "occupation", "singer"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(
        nlp("Olga Petrova was a Russian poet and the wife of the composer Ivan Petrov.")
    )
    assert sorted(found) == [
        ("Ivan_Petrov", "occupation", "composer"),  # "the composer Ivan Petrov", a person's noun
        ("Olga_Petrova", "occupation", "poet"),
        ("Olga_Petrova", "spouse", "Ivan_Petrov"),
    ]


@pytest.mark.parametrize("label", ["award received", "award"])
def test_a_labels_first_word_as_a_passive_verb_with_an_object_gives_the_subject_the_value(
    nlp: Language, tmp_path: Path, label: str
) -> None:
    ontology = json_ontology(tmp_path, ["Person", "Award"], ("award", label, "Person", "Award"))
    extractor = LearnedExtractor(Patterns(), ontology)
    assert extractor.triples(nlp("Ivan Petrov studied in Moscow and was awarded the Stalin Prize.")) == [
        ("Ivan_Petrov", "award", "Stalin_Prize")
    ]
    assert extractor.triples(nlp("The Stalin Prize was awarded in Moscow.")) == []
    assert extractor.triples(nlp("In 1951 the Stalin Prize was awarded to Ivan Petrov.")) == [
        ("Ivan_Petrov", "award", "Stalin_Prize")  # what is given, the passive's subject
    ]
    doc = nlp("The Stalin Prize was awarded to Ivan Petrov.")
    next(t for t in doc if t.text == "to").dep_ = "prep"  # as the parser reads it in some sentences
    assert extractor.triples(doc) == [("Ivan_Petrov", "award", "Stalin_Prize")]
    ontology = json_ontology(tmp_path, ["School", "Body"], ("affiliation", "affiliation", "School", "Body"))
    doc = nlp("The Harwick School is affiliated to the Stanmoor Association.")
    assert LearnedExtractor(Patterns(), ontology).triples(doc) == []  # no giving: not the label's verb


def test_a_passive_verb_whose_doer_a_label_of_and_its_agent_noun_names_is_the_doers(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["chef", "restaurant"], ("P1830", "owner of", "chef", "restaurant"))
    extractor = LearnedExtractor(Patterns(), ontology)
    found = extractor.triples(nlp("Le Harwick is owned by Dora Vance, who was born in Stanmoor."))
    assert found == [("Dora_Vance", "owner_of", "Le_Harwick")]  # the doer owns it
    ontology = json_ontology(tmp_path, ["Team", "Person"], ("manager", "manager", "Team", "Person"))
    found = LearnedExtractor(Patterns(), ontology).triples(nlp("Harwick FC is managed by Dora Vance."))
    assert found == [("Harwick_FC", "manager", "Dora_Vance")]  # the doer is its manager


@pytest.mark.parametrize(
    "sentence",
    [
        "Sion is the capital of Valais.",
        "The capital of Valais is Sion.",
        "Sion, the capital of Valais, is old.",
        "Valais's capital is Sion.",
        "Sion is the capital of the canton of Valais.",  # "canton", tagged a name, is none
    ],
)
def test_a_label_ending_with_of_is_said_of_what_its_noun_names(
    nlp: Language, tmp_path: Path, sentence: str
) -> None:
    ontology = json_ontology(tmp_path, ["City", "Region"], ("capitalOf", "capital of", "City", "Region"))
    assert LearnedExtractor(Patterns(), ontology).triples(nlp(sentence)) == [("Sion", "capitalOf", "Valais")]


def test_a_word_one_example_read_as_describing_a_noun_is_read_so_in_unseen_text(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Book", "Genre"], ("literaryGenre", "literaryGenre", "Book", "Genre"))
    rows = [("Aenir is a fantasy novel by Garth Nix.", [["Aenir", "literaryGenre", "Fantasy"]])]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Mortal Engines is a science fiction novel by Philip Reeve.")) == [
        ("Mortal_Engines", "literaryGenre", "Science_fiction")
    ]
    # a word a hyphen joins to it is the same written word: "Coming-of-age", "hard-boiled"
    assert extractor.triples(nlp("Red Harvest is a hard-boiled crime novel by Dashiell Hammett.")) == [
        ("Red_Harvest", "literaryGenre", "Hard-boiled_crime")
    ]


def test_a_pattern_without_its_nouns_is_no_pattern(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Person"],
        ("child", "child", "Person", "Person"),
        ("sibling", "sibling", "Person", "Person"),
    )
    rows = [
        ("Yuki Tanaka's daughter is the violinist Emi Tanaka.", [["Yuki_Tanaka", "child", "Emi_Tanaka"]]),
        ("Pablo Ortega's sister is the actress Ines Ortega.", [["Pablo_Ortega", "sibling", "Ines_Ortega"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Lena Berg's agent is the conductor Nils Berg.")) == []


def test_a_common_noun_the_examples_leave_out_of_the_name_before_it_is_left_out(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Town", "Region"], ("region", "region", "Town", "Region"))
    rows = [
        ("Tromsø is a town in Troms county, Norway.", [["Tromsø", "region", "Troms"]]),
        ("Kemi is a town in Lapland, Finland.", [["Kemi", "region", "Lapland"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Narvik is a town in Nordland county, Norway."))
    assert ("Narvik", "region", "Nordland") in found


def test_a_count_after_with_is_of_the_name_the_phrase_hangs_from(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Building"], ("floorCount", "floor count", "Building", "integer"))
    extractor = LearnedExtractor(Patterns(), ontology)
    assert extractor.triples(nlp("Skyline Plaza, with 60 floors, was built in Seoul.")) == [
        ("Skyline_Plaza", "floorCount", "60")
    ]


def test_a_property_the_examples_said_of_lower_case_nouns_takes_such_subjects(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["disease", "symptom"], ("symptom", "symptoms and signs", "disease", "symptom")
    )
    rows = [
        (
            "Symptoms of malaria include fever and fatigue.",
            [["malaria", "symptom", "fever"], ["malaria", "symptom", "fatigue"]],
        ),
        ("Influenza causes fever.", [["Influenza", "symptom", "fever"]]),  # the sentence's capital: no vote
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Symptoms of measles include fever and headache."))
    assert ("measles", "symptom", "fever") in found


def test_the_word_of_a_propertys_label_a_sentence_opens_with_is_no_lower_case_subject(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["disease", "symptom"], ("symptom", "symptoms and signs", "disease", "symptom")
    )
    rows = [
        ("Influenza is a disease caused by viruses, with symptoms such as fever and cough.",
         [["Influenza", "symptom", "fever"], ["Influenza", "symptom", "cough"]]),
        ("Migraine is a condition characterised by headaches and nausea.",
         [["Migraine", "symptom", "headache"], ["Migraine", "symptom", "nausea"]]),
        ("Symptoms of malaria include fever, fatigue and vomiting.",
         [["malaria", "symptom", "fever"], ["malaria", "symptom", "fatigue"],
          ["malaria", "symptom", "vomiting"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Symptoms of measles include fever, cough and rash."))
    assert ("measles", "symptom", "fever") in found
    assert not any(s.lower() == "symptoms" for s, _, _ in found)  # the property's own word


def test_a_subject_the_sentence_opens_with_is_lower_case_where_the_examples_write_it_so(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["compound", "element"], ("P527", "has part(s)", "compound", "element")
    )
    rows = [
        ("Sodium chloride contains sodium and chlorine.",
         [["sodium chloride", "has part(s)", "sodium"], ["sodium chloride", "has part(s)", "chlorine"]]),
        ("Water contains hydrogen and oxygen.",
         [["water", "has part(s)", "hydrogen"], ["water", "has part(s)", "oxygen"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Carbon dioxide contains carbon and oxygen."))
    assert sorted(found) == [
        ("carbon_dioxide", "has_part(s)", "carbon"),
        ("carbon_dioxide", "has_part(s)", "oxygen"),
    ]


def test_a_lower_case_subject_the_tagger_takes_for_a_name_is_still_a_lower_case_noun(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["taxon", "region"], ("P183", "endemic to", "taxon", "region"))
    rows = [
        ("The kakapo is a parrot endemic to New Zealand.", [["kakapo", "endemic to", "New Zealand"]]),
        ("The emu is endemic to Australia.", [["emu", "endemic to", "Australia"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    doc = nlp("The kea is a parrot endemic to New Zealand.")
    assert doc[1].pos_ == "PROPN"  # the case this is about
    assert extractor.triples(doc) == [("kea", "endemic_to", "New Zealand")]


def test_a_languages_name_the_parser_reads_as_an_adjective_is_the_subject(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["Language", "Script"], ("writingSystem", "writing system", "Language", "Script")
    )
    rows = [
        ("Basque is written in the Latin alphabet.", [["Basque", "writingSystem", "Latin_alphabet"]]),
        (
            "Georgian is written in the Mkhedruli alphabet.",
            [["Georgian", "writingSystem", "Mkhedruli_alphabet"]],
        ),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    # the tagger makes "Icelandic" an adjective: a language all the same, where it is the subject
    assert extractor.triples(nlp("Icelandic is written in the Latin alphabet.")) == [
        ("Icelandic", "writingSystem", "Latin_alphabet")
    ]
    # an adjective describing a name is no subject of its own
    assert extractor.triples(nlp("The Icelandic poet is written in the Latin alphabet.")) == []


def test_a_capitalised_complement_before_a_subjectless_copula_is_its_subject(nlp: Language) -> None:
    doc = nlp("Icelandic is a North Germanic language.")
    assert (doc[0].dep_, doc[0].pos_) == ("nsubj", "PROPN")
    assert doc[0].head.i == 1
    # a sentence's first word is capitalised anyway: only a people's or language's name is taken
    assert nlp("Ready is the word.")[0].dep_ == "acomp"
    assert nlp("The film is happy.")[3].dep_ == "acomp"


def test_a_name_before_the_common_noun_it_modifies_is_read_as_the_examples_wrote_it(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Game", "Franchise"], ("series", "franchise", "Game", "Franchise"))
    rows = [  # the series' name begins the game's too: the examples' value follows it elsewhere
        (
            "Starfall Odyssey is the third game in the Starfall series.",
            [["Starfall_Odyssey", "series", "Starfall"]],
        ),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Crimson Vale is the second game in the Vale series.")) == [
        ("Crimson_Vale", "series", "Vale")
    ]


def test_a_peoples_adjective_is_the_country_a_property_whose_range_is_countries_takes(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["video game", "country"], ("origin", "country of origin", "video game", "country")
    )
    rows = [
        (
            "Iron Tide, a British video game, was released in 2009.",
            [["Iron_Tide", "origin", "United_Kingdom"]],
        )
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Neon Drift, a Canadian video game, was released in 2012.")) == [
        ("Neon_Drift", "origin", "Canada")
    ]


def test_one_mention_gives_one_common_value_however_many_patterns_read_it(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["video game", "genre"], ("genre", "genre", "video game", "genre"))
    rows = [
        (
            "Starfall Odyssey is an action role-playing game.",
            [["Starfall_Odyssey", "genre", "action role-playing game"]],
        ),
        ("Iron Tide is a real-time strategy video game.", [["Iron_Tide", "genre", "real-time strategy"]]),
        ("Pixel Gardens is a farming simulation game.", [["Pixel_Gardens", "genre", "farming simulation"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Frostbound is a survival horror game."))
    assert len(found) == 1 and found[0][:2] == ("Frostbound", "genre") and "survival_horror" in found[0][2]


@pytest.mark.parametrize(
    ("sentence", "word", "mention"),
    [
        ("Quiet Waters ran for three seasons and 24 episodes from 2015 to 2018.", "2018", "2018"),
        ("Quiet Waters ran for three seasons and 24 episodes from 2015 to 2018.", "2015", "2015"),
        ("Aleksandr Prudnikov was born on 1989-02-24 and plays for FC Amkar Perm.", "1989", "1989-02-24"),
    ],
)
def test_each_end_of_a_range_the_tagger_tags_as_one_date_is_a_mention_of_its_own(
    nlp: Language, sentence: str, word: str, mention: str
) -> None:
    doc = nlp(sentence)
    assert phrase(next(t for t in doc if t.text == word)).text == mention


def test_numbers_written_in_words_are_read_as_the_examples_write_them_in_digits(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["language"], ("speakers", "number of speakers", "language", ""))
    rows = [
        ("Basque has about 750,000 speakers.", [["Basque", "speakers", "750000"]]),
        ("Esperanto has around two million speakers.", [["Esperanto", "speakers", "2000000"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Volapük has around twenty speakers.")) == [("Volapük", "speakers", "20")]
    assert extractor.triples(nlp("Manx has 1.8 thousand speakers.")) == [("Manx", "speakers", "1800")]


def test_a_capitalised_word_tagged_a_plural_the_lemmatizer_does_not_know_is_a_name(nlp: Language) -> None:
    assert nlp("Vargtimmen aired on SVT.")[0].pos_ == "PROPN"
    assert nlp("Women aired on SVT.")[0].pos_ == "NOUN"  # an English plural stays one


def test_a_swedish_language_series_says_its_language_not_its_country_or_genre(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["series", "country", "language"],
        ("origin", "country of origin", "series", "country"),
        ("language", "original language", "series", "language"),
        ("genre", "genre", "series", ""),
    )
    said = [
        ("Harbor Lights is a British thriller series.", "origin", "United Kingdom", "thriller"),
        ("The Long Road is an American crime series.", "origin", "United States", "crime"),
        ("Kaamos is a Finnish-language drama series.", "language", "Finnish", "drama"),
    ]
    rows = [
        (sentence, [[sentence.split(" is ")[0], prop, value], [sentence.split(" is ")[0], "genre", genre]])
        for sentence, prop, value, genre in said
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Vargtimmen is a Swedish-language crime series."))
    assert ("Vargtimmen", "language", "Swedish") in found
    assert not any(p == "origin" for _, p, _ in found)
    assert [o for _, p, o in found if p == "genre"] == ["crime"]


def test_the_group_a_member_label_names_includes_its_members(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["series", "human"], ("cast", "cast member", "series", "human"))
    extractor = LearnedExtractor(Patterns(), ontology)
    assert extractor.triples(nlp("The cast of Quiet Waters includes Mia Hart and Josh Fenn.")) == [
        ("Quiet_Waters", "cast", "Mia_Hart"),
        ("Quiet_Waters", "cast", "Josh_Fenn"),
    ]
    assert extractor.triples(nlp("The cast of Quiet Waters is large.")) == []


def test_a_pattern_learned_in_the_passive_reads_the_active_too(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["series", "human", "broadcaster"],
        ("composer", "composer", "series", "human"),
        ("broadcaster", "original broadcaster", "series", "broadcaster"),
    )
    rows = [
        ("The music for Kaamos was composed by Lauri Aho.", [["Kaamos", "composer", "Lauri_Aho"]]),
        ("Harbor Lights was made for the BBC.", [["Harbor_Lights", "broadcaster", "BBC"]]),
    ]
    # as sure as "for Y" is of a broadcaster, the pattern that says more of the sentence wins
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Ray Duval composed the theme music for Night Shift.")) == [
        ("Night_Shift", "composer", "Ray_Duval")
    ]


def test_a_pattern_learned_in_the_active_reads_the_passive_too(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Engineer", "Structure"],
        ("notableWork", "notableWork", "Engineer", "Structure"),
    )
    rows = [
        ("Tom Loxley designed the Harwick Bridge.", [["Tom_Loxley", "notableWork", "Harwick_Bridge"]]),
        ("Dora Vance, a Welsh engineer, built the Stanmoor Tunnel.",
         [["Dora_Vance", "notableWork", "Stanmoor_Tunnel"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    relations = list(extractor(nlp("The Dunmore Viaduct was designed by Ann Roe, who was born in Leeds.")))
    assert [(r.subject.text, r.object.text) for r in relations] == [("Ann Roe", "Dunmore Viaduct")]
    assert relations[0].rule.endswith("#passive")  # its evidence names the variant
    assert extractor.triples(nlp("The Dunmore Viaduct was designed in 1890.")) == []


def test_a_name_learned_in_apposition_with_its_noun_is_read_with_the_noun_as_its_compound(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["taxon"], ("P171", "parent taxon", "taxon", "taxon"))
    rows = [("The stanmoor is a bird of the genus Stanmoria.", [["stanmoor", "parent taxon", "Stanmoria"]])]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    doc = nlp("The Harwick Lark is a bird of the genus Larkia.")
    assert next(t for t in doc if t.text == "genus").dep_ == "compound"  # the case this is about
    assert extractor.triples(doc) == [("Harwick_Lark", "parent_taxon", "Larkia")]


def _bridges(nlp: Language, tmp_path: Path, rows: list, *relations: tuple) -> LearnedExtractor:
    ontology = json_ontology(tmp_path, ["Bridge", "River", "Person", "Road", "Country"], *relations)
    return LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)


def test_a_name_that_begins_the_subjects_name_is_a_thing_of_its_own(nlp: Language, tmp_path: Path) -> None:
    rows = [("The Tamar Bridge crosses the River Tamar.", [["Tamar_Bridge", "crosses", "River_Tamar"]])]
    extractor = _bridges(nlp, tmp_path, rows, ("crosses", "crosses", "Bridge", "River"))
    assert extractor.triples(nlp("The Øresund Bridge crosses the Øresund.")) == [
        ("Øresund_Bridge", "crosses", "Øresund")
    ]


def test_a_noun_a_pattern_leaves_open_that_names_another_label_reads_that_label(
    nlp: Language, tmp_path: Path
) -> None:
    rows = [("France's capital is Paris.", [["France", "capital", "Paris"]])]
    extractor = _bridges(
        nlp,
        tmp_path,
        rows,
        ("capital", "capital", "Country", "City"),
        ("leaderName", "leaderName", "Country", "Person"),
    )
    assert extractor.triples(nlp("Denmark's capital is Copenhagen.")) == [
        ("Denmark", "capital", "Copenhagen")
    ]
    assert extractor.triples(nlp("Denmark's leader is Mette Frederiksen.")) == [
        ("Denmark", "leaderName", "Mette_Frederiksen")
    ]


def test_a_passive_verb_the_examples_learned_for_one_label_is_no_other_labels(
    nlp: Language, tmp_path: Path
) -> None:
    said = [("Tamar", "Mott, Hay and Anderson"), ("Humber", "Freeman Fox & Partners")]
    rows = [
        (f"The {b} Bridge was designed by {d}.", [[f"{b}_Bridge", "designer", d.replace(" ", "_")]])
        for b, d in said
    ]
    rows.append(("The Forth Bridge was designed by John Fowler.", []))  # the pattern is not always right
    extractor = _bridges(
        nlp,
        tmp_path,
        rows,
        ("architect", "architect", "Bridge", "Person"),
        ("designer", "designer", "Bridge", "Person"),
    )
    assert extractor.triples(
        nlp("The Clifton Suspension Bridge was designed by Isambard Kingdom Brunel.")
    ) == [("Clifton_Suspension_Bridge", "designer", "Isambard_Kingdom_Brunel")]


def test_values_the_examples_write_with_the_noun_after_the_name_keep_it(
    nlp: Language, tmp_path: Path
) -> None:
    rows = [
        ("The Tamar Bridge carries the A38 road.", [["Tamar_Bridge", "carries", "A38_road"]]),
        ("The Millau Viaduct carries the A75 autoroute.", [["Millau_Viaduct", "carries", "A75_autoroute"]]),
    ]
    extractor = _bridges(nlp, tmp_path, rows, ("carries", "carries", "Bridge", "Road"))
    assert extractor.triples(nlp("The Severn Bridge carries the M48 motorway.")) == [
        ("Severn_Bridge", "carries", "M48_motorway")
    ]


def _games(nlp: Language, tmp_path: Path, rows: list, *relations: tuple) -> LearnedExtractor:
    ontology = json_ontology(tmp_path, ["video game", "platform", "genre"], *relations)
    return LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)


def test_a_list_of_names_the_parser_hangs_in_apposition_gives_each_name(
    nlp: Language, tmp_path: Path
) -> None:
    said = [("Starfall Odyssey", "Microsoft Windows"), ("Iron Tide", "macOS")]
    rows = [
        (f"{game} was released for {on}.", [[game.replace(" ", "_"), "platform", on.replace(" ", "_")]])
        for game, on in said
    ]
    extractor = _games(nlp, tmp_path, rows, ("platform", "platform", "video game", "platform"))
    found = extractor.triples(
        nlp("Crimson Vale was released for Xbox One, PlayStation 4 and Nintendo Switch.")
    )
    assert sorted(found) == [
        ("Crimson_Vale", "platform", "Nintendo_Switch"),
        ("Crimson_Vale", "platform", "PlayStation_4"),
        ("Crimson_Vale", "platform", "Xbox_One"),
    ]


def test_a_common_noun_counted_in_a_row_is_no_kind(nlp: Language, tmp_path: Path) -> None:
    rows = [
        ("Starfall Odyssey is a strategy game.", [["Starfall_Odyssey", "genre", "strategy game"]]),
        ("Iron Tide is a racing game.", [["Iron_Tide", "genre", "racing game"]]),
        ("Pixel Gardens is a puzzle game.", [["Pixel_Gardens", "genre", "puzzle game"]]),
    ]
    extractor = _games(nlp, tmp_path, rows, ("genre", "genre", "video game", "genre"))
    assert extractor.triples(nlp("Frostbound is a horror game.")) == [("Frostbound", "genre", "horror_game")]
    assert extractor.triples(nlp("Frostbound is the second game.")) == []


def test_values_the_examples_spell_in_lower_case_are_read_whatever_the_tagger_calls_them(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["language"], ("code", "ISO code", "language", ""))
    rows = [
        ("The ISO code of Georgian is kat.", [["Georgian", "code", "kat"]]),
        ("The ISO code of Basque is eus.", [["Basque", "code", "eus"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("The ISO code of Georgian is kat.")) == [("Georgian", "code", "kat")]


def test_names_that_begin_with_a_year_keep_the_common_nouns_the_examples_names_hold(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["election"], ("follows", "follows", "election", "election"))
    rows = [
        (
            "The 2011 Norland presidential election followed the 2006 Norland presidential election.",
            [["2011 Norland presidential election", "follows", "2006 Norland presidential election"]],
        ),
        (
            "The 2014 Vestria general election followed the 2010 Vestria general election.",
            [["2014 Vestria general election", "follows", "2010 Vestria general election"]],
        ),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(
        nlp("The 2019 Estmark general election followed the 2015 Estmark general election.")
    )
    assert found == [("2019_Estmark_general_election", "follows", "2015_Estmark_general_election")]


def test_a_label_that_names_its_range_after_of_is_said_of_the_member(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["human", "political party"],
        ("party", "member of political party", "human", "political party"),
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    assert extractor.triples(nlp("Ilse Vos, a member of the Labour Party, spoke in Leeds.")) == [
        ("Ilse_Vos", "party", "Labour_Party")
    ]


def _mountains(nlp: Language, tmp_path: Path, rows: list) -> LearnedExtractor:
    ontology = json_ontology(
        tmp_path,
        ["mountain", "mountain range", "region"],
        ("range", "mountain range", "mountain", "mountain range"),
        ("highest", "highest point", "mountain range", "mountain"),
        ("located", "located in the administrative territorial entity", "mountain", "region"),
    )
    return LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)


def test_places_the_examples_name_without_their_region_are_read_so(nlp: Language, tmp_path: Path) -> None:
    rows = [
        ("Mount Elbert is located in Lake County, Colorado.", [["Mount Elbert", "located", "Lake County"]]),
        ("Pikes Peak is located in El Paso County, Colorado.", [["Pikes Peak", "located", "El Paso County"]]),
    ]
    found = _mountains(nlp, tmp_path, rows).triples(
        nlp("Mount Whitney is located in Inyo County, California.")
    )
    assert found == [("Mount_Whitney", "located", "Inyo_County")]


def test_facts_the_examples_state_both_ways_round_are_both_read(nlp: Language, tmp_path: Path) -> None:
    said = [("Piz_Bernina", "Bernina_Range"), ("Mount_Elbert", "Sawatch_Range")]
    rows = [
        (
            f"{peak} is the highest point of the {chain}.".replace("_", " "),
            [[peak, "range", chain], [chain, "highest", peak]],
        )
        for peak, chain in said
    ]
    found = _mountains(nlp, tmp_path, rows).triples(
        nlp("Dufourspitze is the highest point of the Monte Rosa Range.")
    )
    assert sorted(found) == [
        ("Dufourspitze", "range", "Monte_Rosa_Range"),
        ("Monte_Rosa_Range", "highest", "Dufourspitze"),
    ]


def test_values_the_examples_write_in_the_plural_of_the_texts_singular_are_written_so(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["language", "family"], ("family", "subclass of", "language", "family")
    )
    rows = [
        ("Georgian is a Kartvelian language.", [["Georgian", "family", "Kartvelian languages"]]),
        ("Maltese is a Semitic language.", [["Maltese", "family", "Semitic languages"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Welsh is a Celtic language.")) == [("Welsh", "family", "Celtic_languages")]
    assert extractor.triples(nlp("Icelandic is a North Germanic language.")) == [
        ("Icelandic", "family", "North_Germanic_languages")
    ]


def test_stars_after_a_name_is_read_as_the_verb(nlp: Language) -> None:
    doc = nlp("Red Canyon stars Mia Chen.")
    assert (doc[2].pos_, doc[2].lemma_) == ("VERB", "star")
    assert (doc[4].dep_, doc[4].head.i) == ("dobj", 2)
    assert nlp("He won three gold stars.")[4].pos_ == "NOUN"


def test_a_numeral_after_a_proper_noun_is_one_too(nlp: Language) -> None:
    doc = nlp("New Horizons was launched aboard an Atlas V rocket from Cape Canaveral.")
    assert [t.pos_ for t in doc if t.text in ("Atlas", "V")] == ["PROPN", "PROPN"]


def test_the_phrase_the_parser_hangs_beside_a_preposition_with_no_object_is_its_object(nlp: Language) -> None:
    doc = nlp("The Airbus A380, introduced in 2007, first flew on 27 April 2005.")
    on = next(t for t in doc if t.text == "on")
    assert [(c.text, c.dep_) for c in on.children] == [("April", "pobj")]


def test_a_film_that_stars_people_is_read_after_its_name(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Film", "Person"], ("starring", "starring", "Film", "Person"))
    both = [["Night_Harbour", "starring", "Anna_Wells"], ["Night_Harbour", "starring", "Tom_Reyes"]]
    rows = [
        ("Night Harbour stars Anna Wells and Tom Reyes.", both),
        ("Bananaman stars Eric Wimp.", [["Bananaman", "starring", "Eric_Wimp"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert sorted(extractor.triples(nlp("Blue Meridian stars Luc Martin and Ines Roy."))) == [
        ("Blue_Meridian", "starring", "Ines_Roy"),
        ("Blue_Meridian", "starring", "Luc_Martin"),
    ]


def test_a_capital_the_after_a_word_is_the_titles_own(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Monument", "Person"], ("designer", "designer", "Monument", "Person"))
    rows = [
        (
            "Antony Gormley designed the Angel of the North.",
            [["Angel_of_the_North", "designer", "Antony_Gormley"]],
        )
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Edvard Eriksen designed The Little Mermaid.")) == [
        ("The_Little_Mermaid", "designer", "Edvard_Eriksen")
    ]


def test_what_kind_of_thing_the_subject_is_is_no_value_of_it(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["chemical element", "phase of matter"],
        ("phase", "phase of matter", "chemical element", "phase of matter"),
    )
    rows = [
        ("Helium is a gas at room temperature.", [["Helium", "phase", "gas"]]),
        ("Bromine is a liquid at room temperature.", [["Bromine", "phase", "liquid"]]),
        ("Mercury is a liquid at room temperature.", [["Mercury", "phase", "liquid"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Iodine is a solid at room temperature.")) == [("Iodine", "phase", "solid")]
    assert extractor.triples(nlp("Neon is a chemical element at room temperature.")) == []


def test_a_count_coordinated_after_with_is_of_the_name_the_phrase_hangs_from(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["chemical element"], ("number", "atomic number", "chemical element", "")
    )
    extractor = LearnedExtractor(Patterns(), ontology)
    found = extractor.triples(
        nlp("Germanium, with the symbol Ge and atomic number 32, was named after Germany.")
    )
    assert found == [("Germanium", "number", "32")]


def test_a_year_said_not_to_be_exact_is_read_as_the_examples_exact_one(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["painting"], ("inception", "inception", "painting", ""))
    said = [
        ("The Night Watch", "Rembrandt", "1642", "Amsterdam"),
        ("The Hay Wain", "Constable", "1821", "London"),
    ]
    rows = [(f"{w}, painted by {by} in {y}, hangs in {at}.", [[w, "inception", y]]) for w, by, y, at in said]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The Milkmaid, painted by Vermeer around 1658, hangs in Amsterdam."))
    assert ("The_Milkmaid", "inception", "1658") in found


@pytest.mark.parametrize(
    ("label", "sentence", "found"),
    [
        ("sibling", "Lena Berg's brother is Nils Berg.", ("Lena_Berg", "kin", "Nils_Berg")),
        ("spouse", "Tom Loxley's wife is Mary Loxley.", ("Tom_Loxley", "kin", "Mary_Loxley")),
    ],
)
def test_a_kinship_label_is_read_in_the_words_english_says_it_with(
    nlp: Language, tmp_path: Path, label: str, sentence: str, found: tuple
) -> None:
    ontology = json_ontology(tmp_path, ["human"], ("kin", label, "human", "human"))
    assert LearnedExtractor(Patterns(), ontology).triples(nlp(sentence)) == [found]


def test_what_a_copula_says_a_person_is_is_read_in_the_noun_before_the_name(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["human", "place"], ("job", "occupation", "human", ""), ("kind", "kind", "place", "")
    )
    said = [
        ("Tom Loxley", "job", "painter"),
        ("Mary Loxley", "job", "novelist"),
        ("Raj Mehta", "job", "engineer"),
    ]
    said += [("Oslo", "kind", "city"), ("Bergen", "kind", "port"), ("Alta", "kind", "town")]
    rows = [(f"{name} is a {value}.", [[name.replace(" ", "_"), prop, value]]) for name, prop, value in said]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert ("Nils_Berg", "job", "conductor") in extractor.triples(
        nlp("The conductor Nils Berg was born in Oslo.")
    )
    # only a person is what such a noun says: "the city Tromsø" is no kind of Tromsø's
    assert extractor.triples(nlp("The city Tromsø lies in Norway.")) == []


def test_a_relative_word_a_pattern_reads_as_the_subject_stands_for_its_antecedent(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["RailwayStation", "Person", "Year"],
        ("openingYear", "openingYear", "RailwayStation", "Year"),
        ("architect", "architect", "RailwayStation", "Person"),
    )  # fmt: skip
    rows = [
        ("Amsterdam Centraal was designed by Pierre Cuypers and opened in 1889.",
         [["Amsterdam_Centraal", "architect", "Pierre_Cuypers"],
          ["Amsterdam_Centraal", "openingYear", "1889"]]),
        ("King's Cross railway station opened in 1852 and has 12 platforms.",
         [["King's_Cross_railway_station", "openingYear", "1852"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Zürich Hauptbahnhof, which opened in 1847, has 26 platforms."))
    assert found == [("Zürich_Hauptbahnhof", "openingYear", "1847")]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Halden Motors builds the Halden Ranger.", [("Halden_Ranger", "manufacturer", "Halden_Motors")]),
        # the relative word stands for the name the clause hangs from
        ("The Halden Ranger, which Halden Motors built, is a pickup truck.",
         [("Halden_Ranger", "manufacturer", "Halden_Motors")]),
    ],
)  # fmt: skip
def test_a_passive_learned_of_the_clauses_subject_reads_the_active_too(
    nlp: Language, tmp_path: Path, said: str, expected: list
) -> None:
    ontology = json_ontology(
        tmp_path, ["Automobile", "Company"], ("manufacturer", "manufacturer", "Automobile", "Company")
    )
    rows = [
        ("The Volkswagen Golf is a compact car manufactured by Volkswagen since 1974.",
         [["Volkswagen_Golf", "manufacturer", "Volkswagen"]]),
        ("The Ford Mustang, designed by John Najjar, is a sports car built by Ford Motor Company.",
         [["Ford_Mustang", "manufacturer", "Ford_Motor_Company"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp(said)) == expected


def test_a_name_whose_last_word_is_a_common_noun_stands_for_any_name_in_a_pattern(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["RailwayStation", "City", "Organisation"],
        ("location", "location", "RailwayStation", "City"),
        ("operator", "operator", "RailwayStation", "Organisation"),
    )  # fmt: skip
    rows = [
        ("King's Cross railway station in London is operated by Network Rail.",
         [["King's_Cross_railway_station", "location", "London"],
          ["King's_Cross_railway_station", "operator", "Network_Rail"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Gare du Nord in Paris is operated by SNCF."))
    assert ("Gare_du_Nord", "location", "Paris") in found


def test_a_thing_named_twice_can_take_two_relations_from_one_sentence(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["human", "award"], ("P166", "award received", "human", "award"),
        ("P1411", "nominated for", "human", "award"),
    )  # fmt: skip
    rows = [
        ("Hilary Mantel won the Booker Prize twice.", [["Hilary Mantel", "award received", "Booker Prize"]]),
        ("Ali Smith was nominated for the Booker Prize four times.",
         [["Ali Smith", "nominated for", "Booker Prize"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    said = "Tom Lund, who was nominated for the Hawthorn Prize in 2019, won the Hawthorn Prize in 2021."
    assert sorted(extractor.triples(nlp(said))) == [
        ("Tom_Lund", "award_received", "Hawthorn_Prize"), ("Tom_Lund", "nominated_for", "Hawthorn_Prize")
    ]  # fmt: skip


def test_a_number_the_examples_write_plain_is_found_where_the_text_groups_its_thousands(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["river"], ("P2043", "length", "river", ""))
    rows = [
        ("The Danube is 2,850 kilometres long and passes through Germany.", [["Danube", "length", "2850"]]),
        ("The Elbe, which is 1,094 kilometres long, flows through Dresden.", [["Elbe", "length", "1094"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("The Vltava is 430 kilometres long and flows through Prague.")) == [
        ("Vltava", "length", "430")
    ]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # the tagger takes the name for a cardinal number
        ("Launched in 1975, TF1 broadcasts in French.", ("TF1", "launchDate", "1975")),
        # the parser takes the number for the head of the name
        ("RTÉ One was launched in 1961.", ("RTÉ_One", "launchDate", "1961")),
    ],
)
def test_a_name_of_letters_and_digits_or_ending_with_a_number_is_no_value(
    nlp: Language, tmp_path: Path, said: str, expected: tuple
) -> None:
    ontology = json_ontology(
        tmp_path, ["TelevisionStation", "Year"], ("launchDate", "launchDate", "TelevisionStation", "Year")
    )
    rows = [
        ("BBC One was launched in 1936 and broadcasts in English.", [["BBC_One", "launchDate", "1936"]]),
        ("Das Erste, which is owned by ARD, was launched in 1952.", [["Das_Erste", "launchDate", "1952"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp(said)) == [expected]


@pytest.mark.parametrize(
    "said",
    [
        "Mira Holt founded the Coastal Party in 1921.",
        "The Coastal Party, which Mira Holt founded in 1921, is small.",
    ],
)
def test_a_participle_learned_of_what_it_is_done_to_reads_the_active_verbs_object(
    nlp: Language, tmp_path: Path, said: str
) -> None:
    ontology = json_ontology(tmp_path, ["political party"], ("P571", "inception", "political party", ""))
    rows = [
        ("The Social Democratic Party, founded in 1863, is headquartered in Berlin.",
         [["Social Democratic Party", "inception", "1863"]]),
        ("The Green Party was founded in 1990 and is based in London.",
         [["Green Party", "inception", "1990"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert ("Coastal_Party", "inception", "1921") in extractor.triples(nlp(said))


@pytest.mark.parametrize(
    ("founder", "expected"),
    [("Elizabeth I", "Olaf_V"), ("Queen Elizabeth I", "King_Olaf_V")],  # as the examples name them
)
def test_rulers_are_named_without_their_title_where_the_examples_name_them_so(
    nlp: Language, tmp_path: Path, founder: str, expected: str
) -> None:
    ontology = json_ontology(tmp_path, ["university", "human"], ("P112", "founded by", "university", "human"))
    rows = [
        ("Trinity College Dublin was founded by Queen Elizabeth I in 1592.",
         [["Trinity College Dublin", "founded by", founder]]),
        ("Harbour College was founded by Anna Berg in 1901.",
         [["Harbour College", "founded by", "Anna Berg"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Northby University was founded by King Olaf V in 1911."))
    assert found == [("Northby_University", "founded_by", expected)]


def test_a_title_is_left_out_of_names_where_the_examples_leave_it_out_and_keep_another(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["Cardinal", "Person", "Place"], ("appointer", "appointer", "Cardinal", "Person"),
        ("birthPlace", "birthPlace", "Cardinal", "Place"),
    )  # fmt: skip
    rows = [
        ("Cardinal Tomas Brandt was born in Harwick.", [["Tomas_Brandt", "birthPlace", "Harwick"]]),
        (
            "Elin Varga was made a cardinal by Pope Clement XV.",
            [["Elin_Varga", "appointer", "Pope_Clement_XV"]],
        ),
        (
            "Pope Clement XV appointed Dora Vance a cardinal.",
            [["Dora_Vance", "appointer", "Pope_Clement_XV"]],
        ),
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert patterns.names.get("shape:untitled:Cardinal") and not patterns.names.get("shape:untitled:Pope")
    extractor = LearnedExtractor(patterns, ontology)
    found = extractor.triples(nlp("Cardinal Anna Holt was born in Stanmoor."))
    assert found == [("Anna_Holt", "birthPlace", "Stanmoor")]
    found = extractor.triples(nlp("Mara Lind was made a cardinal by Pope Urban X."))
    assert found == [("Mara_Lind", "appointer", "Pope_Urban_X")]  # the title the examples keep


def test_words_the_examples_write_before_what_the_text_says_are_written_before_an_unseen_value(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Cleric", "Diocese"], ("diocese", "diocese", "Cleric", "Diocese"))
    rows = [
        ("Tomas Brandt is the Archbishop of Harwick.",
         [["Tomas_Brandt", "diocese", "Catholic_See_of_Harwick"]]),
        ("Elin Varga, Archbishop of Stanmoor, was born in 1950.",
         [["Elin_Varga", "diocese", "Catholic_See_of_Stanmoor"]]),
    ]  # fmt: skip
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert patterns.names.get("prefix:diocese") == "Catholic_See_of_"
    found = LearnedExtractor(patterns, ontology).triples(nlp("Dora Vance is the Archbishop of Brindle."))
    assert found == [("Dora_Vance", "diocese", "Catholic_See_of_Brindle")]
    # where the sentences say the words themselves, the examples show no convention
    said = [
        (
            "Romania has a Prime Minister; Ana Ruiz leads it.",
            [["Romania", "diocese", "Prime_Minister_of_Romania"]],
        ),
        (
            "Norway has a Prime Minister; Elin Berg leads it.",
            [["Norway", "diocese", "Prime_Minister_of_Norway"]],
        ),
    ]
    assert not learn_prefixes(annotated(said))
    assert with_prefix("Harvard_University", "p", {"prefix:p": "University_of_"}) == "Harvard_University"


def test_a_common_value_is_read_without_the_noun_the_examples_values_leave_out(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["album", "music genre", "musical group"], ("P136", "genre", "album", "music genre"),
        ("P175", "performer", "album", "musical group"),
    )  # fmt: skip
    rows = [
        ("Rumours is a soft rock album by Fleetwood Mac.",
         [["Rumours", "genre", "soft rock"], ["Rumours", "performer", "Fleetwood Mac"]]),
        ("Blue Lines, the debut album of Massive Attack, is a trip hop record produced by Jonny Dollar.",
         [["Blue Lines", "performer", "Massive Attack"], ["Blue Lines", "genre", "trip hop"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert ("Dummy", "genre", "dream_pop") in extractor.triples(
        nlp("Dummy is a dream pop album by Portishead.")
    )


def test_a_value_whose_noun_is_the_propertys_label_keeps_it_where_the_examples_values_do(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["Restaurant", "Cuisine"], ("cuisine", "cuisine", "Restaurant", "Cuisine")
    )
    rows = [
        ("Noma, which serves Nordic cuisine, opened in 2003.", [["Noma", "cuisine", "Nordic_cuisine"]]),
        ("El Celler de Can Roca in Girona serves Catalan cuisine.",
         [["El_Celler_de_Can_Roca", "cuisine", "Catalan_cuisine"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Osteria Francescana, which serves Italian cuisine, opened in 1995."))
    assert found == [("Osteria_Francescana", "cuisine", "Italian_cuisine")]


def test_a_relative_word_stands_for_the_subject_a_pattern_learned_of_a_name(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["earthquake", "country"], ("P17", "country", "earthquake", "country"),
    )  # fmt: skip
    rows = [
        (
            "The 2011 Tōhoku earthquake struck Japan on 11 March 2011.",
            [["2011 Tōhoku earthquake", "country", "Japan"]],
        ),
        (
            "The 2010 Chile earthquake struck Chile in February.",
            [["2010 Chile earthquake", "country", "Chile"]],
        ),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    said = "Thousands were killed by the 2005 Kashmir earthquake, which struck Pakistan on 8 October 2005."
    assert extractor.triples(nlp(said)) == [("2005_Kashmir_earthquake", "country", "Pakistan")]


def test_a_pattern_on_a_noun_is_said_of_the_name_the_noun_is_in_apposition_with(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["volcano", "country"], ("P17", "country", "volcano", "country"))
    rows = [
        (
            "Hekla is a volcano in southern Iceland that last erupted in 2000.",
            [["Hekla", "country", "Iceland"]],
        ),
        ("Mount Etna is an active volcano in Italy.", [["Mount Etna", "country", "Italy"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Katla, a volcano in southern Iceland, last erupted in 1918."))
    assert found == [("Katla", "country", "Iceland")]


def test_one_the_the_examples_keep_and_none_they_drop_keeps_every_titles_the(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["play", "human"], ("P50", "author", "play", "human"))
    rows = [
        ("The Seagull is a comedy by Anton Chekhov.", [["The Seagull", "author", "Anton Chekhov"]]),
        ("Hedda Gabler is a play by Henrik Ibsen.", [["Hedda Gabler", "author", "Henrik Ibsen"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The Lower Depths is a play by Maxim Gorky."))
    assert found == [("The_Lower_Depths", "author", "Maxim_Gorky")]


def test_a_work_named_after_a_person_keeps_the_honorific_a_persons_name_drops(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["play", "human", "city"], ("P50", "author", "play", "human"),
        ("P19", "place of birth", "human", "city"),
    )  # fmt: skip
    rows = [
        ("Hedda Gabler is a play written by Henrik Ibsen.", [["Hedda Gabler", "author", "Henrik Ibsen"]]),
        ("Ghosts is a play written by Henrik Ibsen.", [["Ghosts", "author", "Henrik Ibsen"]]),
        ("Henrik Ibsen was born in Skien.", [["Henrik Ibsen", "place of birth", "Skien"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Miss Julie is a play written by August Strindberg."))
    assert found == [("Miss_Julie", "author", "August_Strindberg")]
    assert extractor.triples(nlp("Miss Anna Berg was born in Leeds.")) == [
        ("Anna_Berg", "place_of_birth", "Leeds")
    ]


def test_a_reading_of_a_passive_in_the_active_counts_no_by_it_does_without(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["console"],
        ("follows", "follows", "console", "console"),
        ("followed_by", "followed by", "console", "console"),
    )
    rows = [
        ("The Zento 64 was succeeded by the Zento Cube.", [["Zento_64", "followed_by", "Zento_Cube"]]),
        ("The Zento 3 succeeded the Zento 2.", [["Zento_3", "follows", "Zento_2"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    # the active variant of "was succeeded by" names "succeed" only, as the pattern learned in
    # the active does: of two as sure, the one the examples said in these words wins
    triples = extractor.triples(nlp("The Vexo Switch succeeded the Vexo Box."))
    assert triples == [("Vexo_Switch", "follows", "Vexo_Box")]
    relation = next(iter(extractor(nlp("Vexo Box was followed by Vexo Switch."))), None)
    assert relation is not None and "#" not in relation.rule  # the passive itself: the rule's own name


def test_a_year_a_taught_pattern_gives_the_object_is_not_the_subjects_by_the_label(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["Planet", "Person", "Year"],
        ("discovered", "discovered", "Planet", "Year"), ("discoverer", "discoverer", "Planet", "Person"),
    )  # fmt: skip
    rows = [
        ("Mira Okafor discovered Tessaly Prime in 1994.",
         [["Tessaly_Prime", "discoverer", "Mira_Okafor"], ["Tessaly_Prime", "discovered", "1994"]]),
        ("Ivan Petrov discovered Vela Minor in 1998.",
         [["Vela_Minor", "discoverer", "Ivan_Petrov"], ["Vela_Minor", "discovered", "1998"]]),
        ("Kepler-22b was discovered in 2011.", [["Kepler-22b", "discovered", "2011"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Lena Brandt discovered Orrin Major in 2003."))
    assert ("Orrin_Major", "discovered", "2003") in found
    assert ("Lena_Brandt", "discovered", "2003") not in found
