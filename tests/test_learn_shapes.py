"""Names of the shapes an ontology's examples teach (`kg.possessives`, `kg.lowsubjects`) and
the readings learned patterns are given beyond their examples' wording (`kg.relations.variants`)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from kg.learn import learn
from kg.names import canonical_name, phrase
from kg.relations.learned import LearnedExtractor
from tests.test_learn import annotated, json_ontology


def test_a_name_holding_a_possessive_is_whole_where_the_examples_name_so(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["disease", "human"], ("P138", "named after", "disease", "human"))
    rows = [
        (
            "Parkinson's disease is named after James Parkinson.",
            [["Parkinson's disease", "named after", "James Parkinson"]],
        ),
        (
            "Bright's disease, named after Richard Bright, affects the kidneys.",
            [["Bright's disease", "named after", "Richard Bright"]],
        ),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Huntington's disease is named after George Huntington."))
    assert found == [("Huntington's_disease", "named_after", "George_Huntington")]


def test_lower_case_subjects_written_with_a_capital_are_read_for_every_property_of_their_domain(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Currency", "Country", "Bank"],
        ("usingCountry", "usingCountry", "Currency", "Country"),
        ("centralBank", "centralBank", "Currency", "Bank"),
    )
    rows = [
        ("The euro is used in Germany.", [["Euro", "usingCountry", "Germany"]]),
        ("The lira was used in Malta.", [["Lira", "usingCountry", "Malta"]]),
        (
            "The euro is issued by the European Central Bank.",
            [["Euro", "centralBank", "European_Central_Bank"]],
        ),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("The krone is used in Denmark.")) == [("Krone", "usingCountry", "Denmark")]
    assert extractor.triples(nlp("The Indian rupee is used in Bhutan.")) == [
        ("Indian_rupee", "usingCountry", "Bhutan")
    ]
    assert extractor.triples(nlp("The krona is issued by the Riksbank.")) == [
        ("Krona", "centralBank", "Riksbank")
    ]


def test_what_the_examples_say_in_apposition_is_read_after_a_copula(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["Currency", "Country"], ("usingCountry", "usingCountry", "Currency", "Country")
    )
    rows = [
        ("Sterling, the currency of Britain, rose.", [["Sterling", "usingCountry", "Britain"]]),
        ("The Lats, the currency of Latvia, fell.", [["Lats", "usingCountry", "Latvia"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("The Tolar was the currency of Slovenia.")) == [
        ("Tolar", "usingCountry", "Slovenia")
    ]


def test_a_peoples_adjective_the_tagger_takes_for_a_name_keeps_its_noun(nlp: Language) -> None:
    doc = nlp("The Danish krone is used in Denmark.")
    assert phrase(doc[2]).text == "Danish krone"


def test_a_capital_letter_inside_a_name_that_is_no_persons_is_no_initial(nlp: Language) -> None:
    doc = nlp("Azul is published by Plan B Games.")
    publisher = next(e for e in doc.ents if e.text == "Plan B Games")
    assert canonical_name(publisher) == "Plan_B_Games"
    person = next(e for e in nlp("Aaron S Daggett was born in Maine.").ents if e.label_ == "PERSON")
    assert canonical_name(person) == "Aaron_S._Daggett"
