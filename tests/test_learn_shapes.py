"""Names of the shapes an ontology's examples teach (`kg.possessives`, `kg.lowsubjects`) and
the readings learned patterns are given beyond their examples' wording (`kg.relations.variants`)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from kg.align import find_mention
from kg.canonical import canonical_name
from kg.learn import Patterns, learn
from kg.literals import literal, value_like
from kg.names import phrase, untitled
from kg.namespans import name_runs, tagged
from kg.possessives import with_named_possessor, with_own_possessive
from kg.reference import clause_subject, referent
from kg.relations.learned import LearnedExtractor, extract_examples
from kg.relations.treematch import TreeMatcher
from kg.relations.variants import variants
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


def test_a_date_a_person_did_something_on_is_of_the_thing_done_where_the_examples_date_only_things(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["device", "human"], ("P61", "inventor", "device", "human"), ("P575", "year", "device", "")
    )
    made = [("stethoscope", "René Laennec", "1816"), ("barometer", "Evangelista Torricelli", "1643"),
            ("thermostat", "Warren Johnson", "1883")]  # fmt: skip
    rows = [
        (f"The {thing} was invented by {who} in {year}.", [[thing, "inventor", who], [thing, "year", year]])
        for thing, who, year in made
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert patterns.names.get("things:device")  # no device the examples named was a person
    doc = nlp("Tomas Brandt invented the pressure lamp in 1891.")
    assert [e.label_ for e in doc.ents if e.text == "Tomas Brandt"] == ["PERSON"]  # the case this is about
    found = LearnedExtractor(patterns, ontology).triples(doc)
    assert ("pressure_lamp", "year", "1891") in found
    assert not any(s == "Tomas_Brandt" and p == "year" for s, p, _ in found)
    # a class the examples name people of, whatever its label, is no class of things
    people = learn(
        annotated([(f"{who} was born in {year}.", [[who, "year", year]]) for _, who, year in made]),
        ontology=json_ontology(tmp_path, ["engineer"], ("P569", "year", "engineer", "")),
        nlp=nlp,
    )
    assert not any(key.startswith("things:") for key in people.names)


def test_values_the_examples_name_as_an_adjectives_doctrine_are_named_so(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["order", "religion"], ("P140", "religion", "order", "religion"))
    rows = [
        (
            "The Harwick Brotherhood is a Catholic order.",
            [["Harwick Brotherhood", "religion", "Catholicism"]],
        ),
        ("The Tarn Fellowship is a Hindu order.", [["Tarn Fellowship", "religion", "Hinduism"]]),
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert patterns.names.get("doctrine:religion")
    found = LearnedExtractor(patterns, ontology).triples(nlp("The Stanmoor Sisterhood is a Methodist order."))
    assert found == [("Stanmoor_Sisterhood", "religion", "Methodism")]


def test_a_countrys_possessive_before_a_things_name_is_its_country(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["park", "country"], ("P17", "country", "park", "country"))
    parks = [
        ("Harwick National Park", "Norway"),
        ("Stanmoor National Park", "Chile"),
        ("Tarn Park", "Kenya"),  # a person to the tagger: one in four may be
        ("Elmdale National Park", "Ghana"),
    ]
    rows = [
        (f"{park} is a national park in {country}.", [[park, "country", country]]) for park, country in parks
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    found = LearnedExtractor(patterns, ontology).triples(
        nlp("Peru's Ausangate National Park opened in 1990.")
    )
    assert found == [("Ausangate_National_Park", "country", "Peru")]
    # a property said of people is no thing's: "Peru's Ana Ruiz" names no country of hers
    people = json_ontology(tmp_path, ["athlete", "country"], ("P27", "country", "athlete", "country"))
    athletes = [("Ana Ruiz", "Norway"), ("Leo Marsh", "Chile"), ("Sven Olsen", "Kenya")]
    rows = [(f"{who} is a runner from {country}.", [[who, "country", country]]) for who, country in athletes]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=people, nlp=nlp), people)
    assert extractor.triples(nlp("Peru's Dora Vance won the race in 1990.")) == []


def test_a_name_of_two_hyphened_words_is_found_where_the_text_writes_the_first(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["car", "company"], ("engine", "engine", "car", "company"))
    rows = [
        ("The Tarn GT uses engines from Kessler.", [["Tarn GT", "engine", "Kessler-Brandt"]]),
        ("The Harwick R uses engines from Kessler.", [["Harwick R", "engine", "Kessler-Brandt"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("The Stanmoor S uses engines from Kessler.")) == [
        ("Stanmoor_S", "engine", "Kessler-Brandt")
    ]
    assert find_mention(nlp("a Post-Impressionist painter"), "Post-Impressionism") is None  # a word of one


def test_an_adjective_the_examples_give_a_value_no_word_names_for_says_that_value(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["crater", "body"], ("P376", "located on", "crater", "body"))
    rows = [
        ("Harwick is a lunar crater.", [["Harwick", "located on", "Moon"]]),
        ("Stanmoor, a lunar crater, is 40 km wide.", [["Stanmoor", "located on", "Moon"]]),
        ("Tarn is a crater on Mars.", [["Tarn", "located on", "Mars"]]),
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert patterns.names.get("lunar") == "Moon"
    found = LearnedExtractor(patterns, ontology).triples(nlp("Elmdale is a lunar crater."))
    assert found == [("Elmdale", "located_on", "Moon")]


def test_a_pattern_as_the_examples_taught_it_outranks_the_variant_of_a_surer_one(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Mayor"],
        ("predecessor", "predecessor", "Mayor", "Mayor"),
        ("successor", "successor", "Mayor", "Mayor"),
    )
    rows = [
        ("Ana Ruiz succeeded Leo Marsh.", [["Ana_Ruiz", "predecessor", "Leo_Marsh"]]),
        ("Tom Hale succeeded Sven Olsen in 2011.", [["Tom_Hale", "predecessor", "Sven_Olsen"]]),
        ("Mia Holt was succeeded by Ivo Brandt.", [["Mia_Holt", "successor", "Ivo_Brandt"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    # the passive of "X succeeded Y", the surer pattern, would read Elin Berg's predecessor
    assert extractor.triples(nlp("Dora Vance was succeeded by Elin Berg.")) == [
        ("Dora_Vance", "successor", "Elin_Berg")
    ]


def test_a_towns_possessive_before_a_things_name_is_where_it_is(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["opera house", "city"], ("P131", "located in", "opera house", "city"))
    houses = [
        ("Harwick Opera House", "Milan"),
        ("Stanmoor Opera House", "Naples"),
        ("Tarn Opera", "Vienna"),
        ("Elm Opera", "Lyon"),
    ]
    rows = [
        (f"{house} is an opera house in {city}.", [[house, "located in", city]]) for house, city in houses
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert patterns.names.get("town:located_in")  # the examples' values: towns the tagger names
    found = LearnedExtractor(patterns, ontology).triples(nlp("Turin's Teatro Elmdale opened in 1740."))
    assert found == [("Teatro_Elmdale", "located_in", "Turin")]


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


def test_a_name_the_tagger_splits_in_two_is_one_mention_with_its_compound_words(nlp: Language) -> None:
    # the tagger names "Estonian Airlines" and "Flight 310" apart; the parser hangs "Estonian" on
    # "Airlines" and "Airlines" on "Flight": the words before the entity that hang on it, at any
    # depth, are the name's
    doc = nlp("Estonian Airlines Flight 310 crashed near Tarnby.")
    assert [e.text for e in doc.ents][:2] == ["Estonian Airlines", "Flight 310"]  # the case this is about
    assert phrase(doc[2]).text == "Estonian Airlines Flight 310"


def test_a_capitalised_verb_describing_a_name_is_a_word_of_it(nlp: Language) -> None:
    doc = nlp("Burning Lantern is a novel by Tessa Lund.")
    assert [(e.text, doc[0].pos_) for e in doc.ents][:1] == [("Burning Lantern", "VERB")]  # the case
    assert phrase(doc[1]).text == "Burning Lantern"
    assert "Burning Lantern" in [e.text for e in tagged(doc)]


def test_a_works_title_the_tagger_cuts_at_its_small_words_is_whole(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["fictional character", "written work"],
        ("P1441", "present in work", "fictional character", "written work"),
    )
    rows = [
        ("Mira Voss appears in Glass Harbour.", [["Mira Voss", "present in work", "Glass Harbour"]]),
        ("Tobin Reyes appears in Salt Meadow.", [["Tobin Reyes", "present in work", "Salt Meadow"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    doc = nlp("Ada Lund appears in Wardens of the Salt Marsh.")
    assert "Wardens of the Salt Marsh" not in [e.text for e in doc.ents]  # the case this is about
    assert extractor.triples(doc) == [("Ada_Lund", "present_in_work", "Wardens_of_the_Salt_Marsh")]
    # "in" ends a title: as often it begins what follows it
    found = extractor.triples(nlp("Ada Lund appears in Wardens in Harwick."))
    assert ("Ada_Lund", "present_in_work", "Wardens") in found


def test_a_name_and_its_number_are_one_name(nlp: Language) -> None:
    doc = nlp("Explorer 1 was launched on 1 February 1958.")
    assert phrase(doc[0]).text == "Explorer 1"


def test_a_word_wikidata_labels_add_to_what_the_text_says_is_added(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["cathedral", "style"], ("P149", "architectural style", "cathedral", "style")
    )
    rows = [
        (
            "Cologne Cathedral is a Gothic cathedral.",
            [["Cologne Cathedral", "architectural style", "Gothic architecture"]],
        ),
        (
            "Pisa Cathedral is a Romanesque cathedral.",
            [["Pisa Cathedral", "architectural style", "Romanesque architecture"]],
        ),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Reims Cathedral is a Neoclassical cathedral.")) == [
        ("Reims_Cathedral", "architectural_style", "Neoclassical_architecture")
    ]


def test_a_value_named_with_the_label_and_of_keeps_the_label(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["cathedral", "diocese"], ("P708", "diocese", "cathedral", "diocese"))
    rows = [
        (
            "Chartres Cathedral is the seat of the Diocese of Chartres.",
            [["Chartres Cathedral", "diocese", "Diocese of Chartres"]],
        ),
        (
            "Amiens Cathedral is the seat of the Diocese of Amiens.",
            [["Amiens Cathedral", "diocese", "Diocese of Amiens"]],
        ),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Lincoln Cathedral is the seat of the Diocese of Lincoln.")) == [
        ("Lincoln_Cathedral", "diocese", "Diocese_of_Lincoln")
    ]


def test_one_example_named_with_a_possessive_teaches_the_shape_where_none_says_otherwise(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["church", "human"], ("P84", "architect", "church", "human"))
    rows = [
        (
            "St Paul's Cathedral was designed by Christopher Wren.",
            [["St Paul's Cathedral", "architect", "Christopher Wren"]],
        )
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("St Mary's Cathedral was designed by Edward Blore.")) == [
        ("St_Mary's_Cathedral", "architect", "Edward_Blore")
    ]


def test_a_label_ending_with_a_preposition_is_said_of_what_its_noun_names(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["vaccine", "disease"], ("P1924", "vaccine for", "vaccine", "disease"))
    extractor = LearnedExtractor(Patterns(), ontology)
    assert extractor.triples(nlp("Covaxin is a vaccine for COVID-19.")) == [
        ("Covaxin", "vaccine_for", "COVID-19")
    ]


def test_what_an_apposition_says_is_said_of_the_name_it_describes_not_the_clauses_subject(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Winery", "Place", "Company"],
        ("location", "location", "Winery", "Place"),
        ("owner", "owner", "Winery", "Company"),
    )
    rows = [
        (
            "LVMH owns Château d'Yquem, a winery in Sauternes.",
            [["Château_d'Yquem", "owner", "LVMH"], ["Château_d'Yquem", "location", "Sauternes"]],
        ),
        ("Penfolds is a winery in Adelaide.", [["Penfolds", "location", "Adelaide"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Pernod Ricard owns Jacob's Creek, a winery in Rowland Flat."))
    assert ("Pernod_Ricard", "location", "Rowland_Flat") not in found
    assert ("Jacob's_Creek", "location", "Rowland_Flat") in found


def test_a_participle_after_the_doers_name_is_said_of_the_thing_the_sentence_is_about(nlp: Language) -> None:
    doc = nlp("Thunderbird is an email client developed by the Mozilla Foundation, written in C++.")
    written_in = next(t for t in doc if t.text == "C++")
    subject = clause_subject(written_in)
    assert subject is not None and subject.text == "Thunderbird"


def test_two_names_the_tagger_runs_across_and_are_two(nlp: Language) -> None:
    doc = nlp("Luka Modric played for Tottenham Hotspur and Real Madrid.")
    assert [span.text for span in tagged(doc)] == ["Luka Modric", "Tottenham Hotspur", "Real Madrid"]
    doc = nlp("The final was between Tottenham Hotspur and Real Madrid.")
    assert "Tottenham Hotspur" in [span.text for span in tagged(doc)]  # the tagger's "Tottenham Hotspur and"


def test_a_name_whose_first_words_the_parser_hangs_from_its_last_across_and_is_one(nlp: Language) -> None:
    doc = nlp("Diablo Canyon Power Plant is owned by Pacific Gas and Electric Company.")
    names = [span.text for span in tagged(doc)]
    assert names == ["Diablo Canyon Power Plant", "Pacific Gas and Electric Company"]


def test_a_common_word_inside_a_named_value_is_no_value_of_its_own(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["cathedral", "city", "style"],
        ("P149", "architectural style", "cathedral", "style"),
        ("P131", "located in", "cathedral", "city"),
    )
    rows = [
        (
            "Salisbury Cathedral, in Salisbury, is an Early English Gothic cathedral begun in 1220.",
            [
                ["Salisbury Cathedral", "located in", "Salisbury"],
                ["Salisbury Cathedral", "architectural style", "Early English Gothic architecture"],
            ],
        ),
        (
            "Cologne Cathedral, a Gothic cathedral in Cologne, was begun in 1248.",
            [
                ["Cologne Cathedral", "architectural style", "Gothic architecture"],
                ["Cologne Cathedral", "located in", "Cologne"],
            ],
        ),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(
        nlp("Lincoln Cathedral, in Lincoln, is an Early English Gothic cathedral begun in 1072.")
    )
    assert [o for _, p, o in found if p == "architectural_style"] == ["Early English Gothic architecture"]


def test_a_name_is_no_other_spelling_of_one_that_adds_a_sign() -> None:
    patterns = Patterns(entities={"c#": "C#", "saopaulo": "São_Paulo"})
    assert patterns.known("C") == "C"  # "draws on C and AWK": not C#
    assert patterns.known("Sao_Paulo") == "São_Paulo"


def test_a_common_value_the_examples_write_with_and_is_one_value(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["human", "genre"], ("P136", "genre", "human", "genre"))
    rows = [
        (
            "Elvis Presley, the rock and roll singer, was born in 1935.",
            [["Elvis Presley", "genre", "rock and roll"]],
        ),
        ("Johnny Cash was a country singer.", [["Johnny Cash", "genre", "country"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Chuck Berry was a rock and roll singer.")) == [
        ("Chuck_Berry", "genre", "rock and roll")
    ]


def test_a_value_that_would_leave_an_adjective_without_the_label_keeps_it(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Food"], ("course", "course", "Food", "string"))
    rows = [
        ("Ajoblanco is served as a starter.", [["Ajoblanco", "course", "Starter"]]),
        ("Arem-arem is served as a main course.", [["Arem-arem", "course", "Main_course"]]),
        ("Baked Alaska is served as a dessert.", [["Baked_Alaska", "course", "Dessert"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Bandeja paisa is served as a main course.")) == [
        ("Bandeja_paisa", "course", "main_course")
    ]


def test_a_date_in_a_relative_clause_on_a_thing_is_the_things_not_the_clauses_subjects(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["CelestialBody", "Person"],
        ("discoverer", "discoverer", "CelestialBody", "Person"),
        ("discovered", "discovered", "CelestialBody", "date"),
    )
    rows = [
        (
            "1036 Ganymed, which Walter Baade discovered on 23 October 1924, is an asteroid.",
            [["1036_Ganymed", "discoverer", "Walter_Baade"], ["1036_Ganymed", "discovered", "1924-10-23"]],
        ),
        ("101 Helena was discovered on 15 August 1868.", [["101_Helena", "discovered", "1868-08-15"]]),
        ("1000 Piazzia was found on 12 August 1923.", [["1000_Piazzia", "discovered", "1923-08-12"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(
        nlp("1089 Tama, which Karl Reinmuth discovered on 17 November 1927, is an asteroid.")
    )
    assert ("1089_Tama", "discovered", "1927-11-17") in found
    assert ("Karl_Reinmuth", "discovered", "1927-11-17") not in found


def test_its_after_a_name_the_tagger_takes_for_a_noun_is_that_names(nlp: Language) -> None:
    doc = nlp("Gazpacho is a dish from Andalusia, Spain, and its main ingredients are tomatoes.")
    its = next(t for t in doc if t.lower_ == "its")
    assert referent(its).text == "Gazpacho"


def test_a_word_said_twice_with_a_hyphen_is_one_name(nlp: Language) -> None:
    doc = nlp("Arem-arem, a main course from Java, contains compressed rice.")
    assert phrase(doc[0]).text == "Arem-arem"


def test_a_title_word_the_tagger_reads_as_a_first_name_stays_in_the_name(nlp: Language) -> None:
    dean = next(e for e in nlp("It was created by Dean Motter.").ents if e.label_ == "PERSON")
    assert untitled(dean, frozenset()).text == "Dean Motter"
    doc = nlp("President Barack Obama spoke.")
    assert untitled(doc[0:3], frozenset()).text == "Barack Obama"


def test_two_names_paired_under_one_article_are_one_name(nlp: Language) -> None:
    doc = nlp("The Harwick and Stanmoor Canal was opened in 1802.")
    assert phrase(doc[1]).text == "Harwick and Stanmoor Canal"
    doc = nlp("The Netherlands and New Zealand signed the treaty.")  # two places, two names
    assert [span.text for span in tagged(doc)] == ["Netherlands", "New Zealand"]


def test_a_subjects_class_word_after_its_name_is_kept_where_the_examples_keep_it(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["railway line", "country"],
        ("P17", "country", "railway line", "country"),
        ("P2043", "length", "railway line", ""),
    )
    rows = [
        ("The Harwick Railway, a railway line in Norway, is 20 kilometres long.",
         [["Harwick Railway", "country", "Norway"], ["Harwick Railway", "length", "20 kilometres"]]),
        ("The Dunmore line is a railway line in Wales.", [["Dunmore line", "country", "Wales"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The Stanmoor railway, a railway line in Austria, is 31 kilometres long."))
    assert ("Stanmoor_railway", "country", "Austria") in found
    assert ("Stanmoor_railway", "length", "31_kilometres") in found


def test_a_noun_two_subjects_names_keep_after_them_is_kept_though_no_word_of_the_class(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["road", "country", "organization"],
        ("P17", "country", "road", "country"),
        ("P126", "maintained by", "road", "organization"),
    )
    rows = [
        ("Harwick Roads maintains the H25 motorway.", [["H25 motorway", "maintained by", "Harwick Roads"]]),
        ("The K7 motorway is a road in Norway.", [["K7 motorway", "country", "Norway"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The H6 motorway is maintained by Harwick Roads."))
    assert found == [("H6_motorway", "maintained_by", "Harwick Roads")]  # as the examples spell it
    # one name that keeps a noun may keep it as a word of its own ("Bandeja paisa"): no rule
    extractor = LearnedExtractor(learn(annotated(rows[1:]), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("The Q9 motorway is a road in Sweden.")) == [("Q9", "country", "Sweden")]


def test_a_range_is_one_value_where_the_examples_write_ranges(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Breed"], ("lifeExpectancy", "lifeExpectancy", "Breed", "string"))
    rows = [
        ("The Harwick Terrier has a life expectancy of 10 to 12 years.",
         [["Harwick_Terrier", "lifeExpectancy", '"10 to 12 years"']]),
        ("The Stanmoor Hound has a life expectancy of 8 to 11 years.",
         [["Stanmoor_Hound", "lifeExpectancy", '"8 to 11 years"']]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The Dunmore Setter has a life expectancy of 12 to 15 years."))
    assert found == [("Dunmore_Setter", "lifeExpectancy", '"12 to 15 years"')]


def test_a_name_runs_across_of_the_where_the_tagger_names_neither_side(nlp: Language) -> None:
    doc = nlp("The battle was fought during the Wars of the Lilies.")
    assert "Wars of the Lilies" in [run.text for run in name_runs(doc)]
    doc = nlp("Ana Ruiz was the President of the United States.")
    assert "President of the United States" not in [run.text for run in name_runs(doc)]


def test_a_name_runs_across_of_the_to_a_place_where_the_word_before_is_no_title(nlp: Language) -> None:
    doc = nlp("The Royal Library of the Netherlands is located in The Hague.")
    assert "Royal Library of the Netherlands" in [run.text for run in name_runs(doc)]
    doc = nlp("Ana Ruiz was the Prime Minister of the Netherlands.")
    assert "Prime Minister of the Netherlands" not in [run.text for run in name_runs(doc)]


def test_a_relative_that_whose_verb_a_name_does_is_said_of_what_the_copula_says(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["magazine", "human"],
        ("P112", "founded by", "magazine", "human"),
        ("P571", "inception", "magazine", ""),
    )
    rows = [
        ("Harwick Review was founded by Ana Ruiz in 1925.",
         [["Harwick Review", "founded by", "Ana Ruiz"], ["Harwick Review", "inception", "1925"]]),
        ("Stanmoor Weekly, founded in 1931 by Leo Marsh, is a magazine.",
         [["Stanmoor Weekly", "inception", "1931"], ["Stanmoor Weekly", "founded by", "Leo Marsh"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Quip is a humor magazine that Dora Vance founded in 1952."))
    assert sorted(found) == [("Quip", "founded_by", "Dora_Vance"), ("Quip", "inception", "1952")]


def test_one_example_keeping_the_noun_after_a_name_keeps_it_for_unseen_values(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Scientist", "Work", "Place"],
        ("knownFor", "knownFor", "Scientist", "Work"),
        ("birthPlace", "birthPlace", "Scientist", "Place"),
    )
    rows = [
        ("Ada Brenn, born in Leeds, is known for the Brenn machine.",
         [["Ada_Brenn", "birthPlace", "Leeds"], ["Ada_Brenn", "knownFor", "Brenn_machine"]]),
        ("Tom Hale was born in York.", [["Tom_Hale", "birthPlace", "York"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Lena Voss, born in Hull, is known for the Voss conjecture."))
    assert ("Lena_Voss", "knownFor", "Voss_conjecture") in found


def test_quoted_values_in_lower_case_need_no_title_in_the_text(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Cheese"], ("texture", "texture", "Cheese", "string"))
    rows = [
        ("Harwick Blue is a cheese with a soft texture.", [["Harwick_Blue", "texture", '"soft"']]),
        ("Stanmoor Gold is a cheese with a firm texture.", [["Stanmoor_Gold", "texture", '"firm"']]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Dunmore Red is a cheese with a hard texture.")) == [
        ("Dunmore_Red", "texture", '"hard"')
    ]


def test_a_name_the_tagger_took_for_a_common_noun_in_an_example_still_teaches_a_name(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Cheese", "Region"], ("region", "region", "Cheese", "Region"))
    rows = [
        ("Camembert, a soft cheese from Normandy, is made in France.", [["Camembert", "region", "Normandy"]])
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    subjects = [
        node["RIGHT_ATTRS"].get("POS")
        for rule in patterns.rules
        for node in rule.pattern
        if node["RIGHT_ID"] == "subject" and rule.name.startswith("region")
    ]
    assert subjects and all(pos == "PROPN" or "PROPN" in pos["IN"] for pos in subjects)


def test_a_word_the_examples_write_twice_as_a_longer_label_is_that_label(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["sports league", "sport"], ("P641", "sport", "sports league", "sport")
    )
    rows = [
        ("The Harwick League is a football league.", [["Harwick League", "sport", "association football"]]),
        ("The Stanmoor Cup is a football league.", [["Stanmoor Cup", "sport", "association football"]]),
        ("The Dunmore Series is a cricket league.", [["Dunmore Series", "sport", "cricket"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The Lowther Shield is a football league."))
    assert [(s, p, o.replace(" ", "_")) for s, p, o in found] == [
        ("Lowther_Shield", "sport", "association_football")
    ]


def test_an_adjective_the_examples_write_twice_as_the_start_of_a_name_is_that_name(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["School", "Religion"], ("religion", "religion", "School", "Religion"))
    rows = [
        ("Harwick College is a Lutheran school.", [["Harwick_College", "religion", "Lutheran_Church"]]),
        ("Stanmoor Academy is a Lutheran school.", [["Stanmoor_Academy", "religion", "Lutheran_Church"]]),
        ("Dunmore School is a Quaker school.", [["Dunmore_School", "religion", "Quakers"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Lowther College is a Lutheran school.")) == [
        ("Lowther_College", "religion", "Lutheran_Church")
    ]


def test_a_common_value_whose_words_the_parser_hangs_each_from_the_noun_is_kept_whole(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["radio station", "genre"], ("P136", "genre", "radio station", "genre")
    )
    rows = [
        ("Harwick FM is a classical music station.", [["Harwick FM", "genre", "classical music"]]),
        ("Stanmoor Radio is a dance music station.", [["Stanmoor Radio", "genre", "dance music"]]),
        ("Dunmore Radio broadcasts news.", [["Dunmore Radio", "genre", "news"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Lowther FM is a pop music station based in Harwick."))
    assert [(s, p, o.lower()) for s, p, o in found if p == "genre"] == [("Lowther_FM", "genre", "pop_music")]


def test_a_conjunct_named_with_another_propertys_label_is_that_propertys_value(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["Animal", "Family", "Order"],
        ("family", "family", "Animal", "Family"),
        ("order", "order", "Animal", "Order"),
    )
    rows = [
        (
            "Harwickia, a dinosaur of the family Harwickidae, lived in Asia.",
            [["Harwickia", "family", "Harwickidae"]],
        ),
        ("Stanmoria is a dinosaur of the family Stanmoridae.", [["Stanmoria", "family", "Stanmoridae"]]),
        ("Velloria belongs to the order Ornithischia.", [["Velloria", "order", "Ornithischia"]]),
        ("Dunmoria belongs to the order Saurischia.", [["Dunmoria", "order", "Saurischia"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(
        nlp("Ostrosaurus belongs to the order Saurischia and the family Ostrosauridae.")
    )
    assert sorted(found) == [
        ("Ostrosaurus", "family", "Ostrosauridae"),
        ("Ostrosaurus", "order", "Saurischia"),
    ]


def test_a_peoples_adjective_in_two_words_names_its_country(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["Golfer", "Country"], ("nationality", "nationality", "Golfer", "Country")
    )
    rows = [
        ("Ana Ruiz is a Spanish golfer.", [["Ana_Ruiz", "nationality", "Spain"]]),
        ("Leo Marsh is a Swedish golfer.", [["Leo_Marsh", "nationality", "Sweden"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Dora Vance is a South African golfer.")) == [
        ("Dora_Vance", "nationality", "South_Africa")
    ]
    assert extractor.triples(nlp("Kim Sun is a North Korean golfer.")) == [
        ("Kim_Sun", "nationality", "North_Korea")
    ]


def test_a_town_the_tagger_takes_for_a_place_of_no_country_keeps_its_region(nlp: Language) -> None:
    doc = nlp("Dora Vance is a golfer who lives in Jupiter, Florida.")
    assert [e.label_ for e in doc.ents if e.text == "Jupiter"] == ["LOC"]  # the case this is about
    assert canonical_name(phrase(doc[8])) == "Jupiter,_Florida"


def test_a_year_after_of_ends_a_law_or_events_name(nlp: Language) -> None:
    doc = nlp("The Voting Rights Act of 1965 was signed by Lyndon B. Johnson.")
    assert canonical_name(phrase(doc[3])) == "Voting_Rights_Act_of_1965"


def test_a_lower_case_word_the_examples_quote_with_a_capital_is_written_so(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Player"], ("position", "position", "Player", "string"))
    rows = [
        ("Ana Ruiz is a forward for Harwick.", [["Ana_Ruiz", "position", '"Forward"']]),
        ("Leo Marsh is a center for Stanmoor.", [["Leo_Marsh", "position", '"Center"']]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Dora Vance is a guard for Dunmore.")) == [
        ("Dora_Vance", "position", '"Guard"')
    ]


def test_a_preposition_inside_a_values_own_name_is_no_patterns_word(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["sculpture", "museum"], ("P195", "collection", "sculpture", "museum"))
    rows = [
        (
            "The Thinker is in the collection of the Musée Rodin.",
            [["The Thinker", "collection", "Musée Rodin"]],
        ),
        ("Venus de Milo is held by the Louvre.", [["Venus de Milo", "collection", "Louvre"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The Prado holds the Winged Victory of Samothrace."))
    assert not any(s == "The_Prado" or s == "Prado" for s, _, _ in found)


def test_a_period_the_tagger_takes_for_a_date_is_a_name(nlp: Language) -> None:
    doc = nlp("Parasaurolophus, which lived during the Late Cretaceous, belongs to the family Hadrosauridae.")
    assert [e.label_ for e in tagged(doc) if "Cretaceous" in e.text] == ["DATE"]  # the case this is about
    period = phrase(doc[7])
    assert period.text == "Late Cretaceous"
    assert not value_like(period)
    doc = nlp("The bridge opened on 4 July 1990.")
    assert value_like(phrase(doc[5]))  # a date with its day and year stays one


def test_a_name_after_a_place_and_a_comma_that_begins_the_clause_is_no_region(nlp: Language) -> None:
    doc = nlp("Lying in the Himalayas in India, the Gangotri Glacier is 30 kilometres long.")
    assert phrase(doc[5]).text == "India"
    doc = nlp("The library is in Akron, Ohio.")
    assert phrase(doc[4]).text == "Akron, Ohio"
    doc = nlp("Born in Lagos, Fridolin Okafor was made a bishop.")  # a subject the tagger took for a place
    assert [e.label_ for e in doc.ents if e.text == "Fridolin Okafor"] == ["GPE"]  # the case this is about
    assert phrase(doc[2]).text == "Lagos"
    doc = nlp("Akron, Ohio is a city.")  # the parser's subject the region
    assert phrase(doc[0]).text == "Akron, Ohio"


def test_in_after_a_name_that_is_the_verbs_object_is_said_of_that_name(nlp: Language) -> None:
    doc = nlp("Rafael Nadal won the 2022 French Open in Paris.")
    subject = clause_subject(next(t for t in doc if t.text == "in"))
    assert subject is not None and subject.text == "Open"
    doc = nlp("Rafael Nadal won a medal in Paris.")  # a common noun: the clause's subject
    subject = clause_subject(next(t for t in doc if t.text == "in"))
    assert subject is not None and subject.text == "Nadal"


def test_a_particle_the_tagger_leaves_out_of_a_persons_name_is_in_it(nlp: Language) -> None:
    doc = nlp("The street was named after Matthias de l'Obel.")
    assert phrase(doc[-2]).text == "Matthias de l'Obel"
    doc = nlp("He bought a house de luxe.")
    assert phrase(doc[-2]).text == "house de luxe"  # no name: the particle is no person's


def test_what_is_said_of_a_kind_is_said_of_the_names_it_gives_with_such_as(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["plant", "region"], ("P183", "endemic to", "plant", "region"))
    rows = [
        ("Welwitschia mirabilis is endemic to the Namib Desert.",
         [["Welwitschia mirabilis", "endemic to", "Namib Desert"]]),
        ("The Wollemi pine is endemic to New South Wales.",
         [["Wollemi pine", "endemic to", "New South Wales"]]),
        ("Adansonia grandidieri is endemic to Madagascar.",
         [["Adansonia grandidieri", "endemic to", "Madagascar"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(
        nlp("Shrubs such as Erica Alba and Protea Rubra are endemic to the Cape Peninsula.")
    )
    assert sorted(found) == [
        ("Erica_Alba", "endemic_to", "Cape_Peninsula"),
        ("Protea_Rubra", "endemic_to", "Cape_Peninsula"),
    ]


def test_a_named_period_with_its_lower_case_noun_the_tagger_takes_for_a_date_is_a_name(nlp: Language) -> None:
    doc = nlp("The Yuan dynasty, which ruled China, was succeeded by the Ming dynasty.")
    assert [e.label_ for e in tagged(doc) if "Ming" in e.text] == ["DATE"]  # the case this is about
    period = phrase(doc[13])
    assert period[0].text == "Ming"  # without "the"; the noun stays where the examples keep it
    assert not value_like(period)
    doc = nlp("The museum reopened the following year.")
    assert value_like(phrase(doc[5]))  # no name: a date


def test_a_date_the_tagger_cuts_at_a_ranges_word_is_whole(nlp: Language) -> None:
    doc = nlp("The war lasted from 2 April 1982 to 14 June 1982.")
    assert [e.text for e in doc.spans["kg_ner"] if e.label_ == "DATE"] == ["2 April 1982 to", "June 1982"]
    assert [(e.text, e.label_) for e in tagged(doc)] == [("2 April 1982", "DATE"), ("14 June 1982", "DATE")]
    assert find_mention(doc, "1982-06-14").text == "14 June 1982"


def test_a_name_that_starts_with_its_number_is_no_amount(nlp: Language) -> None:
    doc = nlp("50 Cent is signed to Interscope Records.")
    assert [e.label_ for e in tagged(doc) if "Cent" in e.text] == ["MONEY"]  # the case this is about
    assert not value_like(doc[0:2])
    assert value_like(nlp("The ticket costs 50 cents.")[3:5])


def test_a_cases_name_is_one_across_versus(nlp: Language) -> None:
    doc = nlp("Obergefell v. Hodges was decided by the Supreme Court of the United States in 2015.")
    assert next((e.text, e.label_) for e in tagged(doc)) == ("Obergefell v. Hodges", "LAW")
    doc = nlp("John Marshall wrote the opinion in McCulloch v. Maryland.")
    assert "McCulloch v. Maryland" in [e.text for e in tagged(doc)]
    assert phrase(doc[-2]).text == "McCulloch v. Maryland"


def test_a_value_given_to_a_name_the_examples_showed_in_another_class_is_the_others(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["LegalCase", "Court", "Year"],
        ("court", "court", "LegalCase", "Court"), ("decisionYear", "decisionYear", "LegalCase", "Year"),
    )  # fmt: skip
    rows = [
        ("Hale v. Dorsey was decided by the Supreme Court of the United States in 1954.",
         [["Hale_v._Dorsey", "court", "Supreme_Court_of_the_United_States"],
          ["Hale_v._Dorsey", "decisionYear", "1954"]]),
        ("In 1803, the High Court of Australia decided Ames v. Kerr.",
         [["Ames_v._Kerr", "decisionYear", "1803"], ["Ames_v._Kerr", "court", "High_Court_of_Australia"]]),
        ("Lund v. Price was decided by the High Court of Australia.",
         [["Lund_v._Price", "court", "High_Court_of_Australia"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(
        nlp("In 1896, the Supreme Court of the United States decided Moss v. Ferguson.")
    )
    assert ("Moss_v._Ferguson", "decisionYear", "1896") in found
    assert not any(s.startswith("Supreme_Court") for s, _, _ in found)


def test_a_city_state_is_a_city_where_the_examples_had_no_countries(nlp: Language, tmp_path: Path) -> None:
    located = "located in the administrative territorial entity"
    ontology = json_ontology(tmp_path, ["rapid transit", "city"], ("P131", located, "rapid transit", "city"))
    rows = [
        ("The Moscow Metro is a rapid transit system in Moscow.", [["Moscow Metro", located, "Moscow"]]),
        ("The Oslo Metro is a rapid transit system in Oslo.", [["Oslo Metro", located, "Oslo"]]),
        (
            "Tokyo Metro, a rapid transit system in Tokyo, opened in 1927.",
            [["Tokyo Metro", located, "Tokyo"]],
        ),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    local = located.replace(" ", "_")
    assert extractor.triples(nlp("The Singapore MRT is a rapid transit system in Singapore.")) == [
        ("Singapore_MRT", local, "Singapore")
    ]
    assert extractor.triples(nlp("The Lima Metro is a rapid transit system in Peru.")) == []  # a country


def test_a_models_number_between_its_makers_name_and_its_own_is_in_its_name(nlp: Language) -> None:
    doc = nlp("Assembled in Austria, the KTM 390 Duke is manufactured by KTM.")
    assert phrase(doc[7]).text == "KTM 390 Duke"
    doc = nlp("The manager played for Stockport County FC.")
    assert phrase(doc[-2]).text == "Stockport County FC"


def test_a_reading_the_sentence_denies_leaves_the_pair_to_another(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["Singer", "Place", "Person"],
        ("birthPlace", "birthPlace", "Singer", "Place"), ("spouse", "spouse", "Singer", "Person"),
    )  # fmt: skip
    rows = [
        ("Born in Barcelona, the tenor José Carreras married Mercedes Pérez.",
         [["José_Carreras", "birthPlace", "Barcelona"], ["José_Carreras", "spouse", "Mercedes_Pérez"]]),
        ("Luciano Pavarotti was born in Modena.", [["Luciano_Pavarotti", "birthPlace", "Modena"]]),
        ("Born in Rome, Cecilia Bartoli married Oliver Widmer.",
         [["Cecilia_Bartoli", "birthPlace", "Rome"], ["Cecilia_Bartoli", "spouse", "Oliver_Widmer"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Born in Florence, the baritone Ettore Bastianini never married."))
    assert found == [("Ettore_Bastianini", "birthPlace", "Florence")]


def test_a_units_ordinal_number_is_in_its_name(nlp: Language) -> None:
    doc = nlp("Spangdahlem Air Base, in Germany, is home to the 52nd Fighter Wing.")
    assert phrase(doc[13]).text == "52nd Fighter Wing"
    doc = nlp("He won the second Grand Prix.")
    assert phrase(doc[-2]).text == "Grand Prix"  # a word, no unit's number


def test_a_month_of_a_year_is_written_as_xsd_writes_one(nlp: Language, tmp_path: Path) -> None:
    assert literal("October 1998") == "1998-10"
    assert literal("March 12") is None  # a day of no year
    ontology = json_ontology(
        tmp_path, ["tropical cyclone"], ("P580", "start time", "tropical cyclone", ""),
    )  # fmt: skip
    rows = [
        ("Cyclone Nargis formed in April 2008.", [["Cyclone Nargis", "start time", "2008-04"]]),
        ("Typhoon Tip formed in October 1979.", [["Typhoon Tip", "start time", "1979-10"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Hurricane Maria formed in September 2017.")) == [
        ("Hurricane_Maria", "start_time", "2017-09")
    ]


def test_a_code_the_tokenizer_splits_is_named_whole(nlp: Language) -> None:
    doc = nlp("Intel manufactures the Core i9-13900K.")
    assert phrase(doc[-2]).text == "Core i9-13900K"
    doc = nlp("The Athlon 64 implemented the x86-64 instruction set.")
    assert phrase(next(t for t in doc if t.text == "x86")).text == "x86-64"
    doc = nlp("The Intel 4004 was made by Intel.")
    assert phrase(doc[1]).text == "Intel 4004"


def test_a_named_part_of_a_place_is_the_part(nlp: Language) -> None:
    doc = nlp("Lascaux is a cave in the Dordogne region of France.")
    assert phrase(next(t for t in doc if t.text == "Dordogne")).text == "Dordogne"
    doc = nlp("The museum is in the city of Dijon.")
    assert phrase(next(t for t in doc if t.text == "city")).text == "Dijon"


def test_a_thing_an_indefinite_noun_says_of_an_owner_is_not_the_owner(nlp: Language) -> None:
    doc = nlp("K-141 Kursk was an Oscar-class submarine of the Russian Navy.")
    assert phrase(next(t for t in doc if t.text == "submarine")).text != "the Russian Navy"


def test_a_run_of_name_words_goes_on_across_a_hyphen_with_no_spaces(nlp: Language) -> None:
    doc = nlp("The port is operated by the Port of Antwerp-Bruges.")
    assert "Port of Antwerp-Bruges" in [run.text for run in name_runs(doc)]
    doc = nlp("It was fought by Austria - Hungary.")
    assert "Austria - Hungary" not in [run.text for run in name_runs(doc)]


def test_a_subject_the_sentence_gives_as_a_value_of_another_class_yields(
    nlp: Language, tmp_path: Path
) -> None:
    country, feature, operator = "country", "located on physical feature", "operator"
    ontology = json_ontology(
        tmp_path,
        ["observatory", "mountain", "country", "organization"],
        ("P17", country, "observatory", "country"),
        ("P706", feature, "observatory", "mountain"),
        ("P137", operator, "observatory", "organization"),
    )
    rows = [
        ("Mauna Kea Observatories, on Mauna Kea in the United States, were founded in 1964.",
         [["Mauna Kea Observatories", feature, "Mauna Kea"],
          ["Mauna Kea Observatories", country, "United States"]]),
        ("The European Southern Observatory operates the Paranal Observatory in Chile.",
         [["Paranal Observatory", operator, "European Southern Observatory"],
          ["Paranal Observatory", country, "Chile"]]),
        ("The Roque de los Muchachos Observatory sits on La Palma.",
         [["Roque de los Muchachos Observatory", feature, "La Palma"]]),
        ("Operated by the Carnegie Institution for Science, Las Campanas Observatory is located in Chile.",
         [["Las Campanas Observatory", operator, "Carnegie Institution for Science"],
          ["Las Campanas Observatory", country, "Chile"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The Calar Alto Observatory sits on Calar Alto in Spain."))
    assert ("Calar_Alto_Observatory", "located_on_physical_feature", "Calar_Alto") in found
    assert ("Calar_Alto_Observatory", country, "Spain") in found
    assert ("Calar_Alto", country, "Spain") not in found  # a mountain, by the sentence's own reading


def test_a_persons_honorific_stays_where_the_examples_keep_it(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["human"], ("P22", "father", "human", "human"))
    kept = [
        ("Lady Jane Grey was the daughter of Henry Grey.", [["Lady Jane Grey", "father", "Henry Grey"]]),
        ("Lord Byron's father was John Byron.", [["Lord Byron", "father", "John Byron"]]),
    ]
    dropped = [
        ("Lady Jane Grey was the daughter of Henry Grey.", [["Jane Grey", "father", "Henry Grey"]]),
        ("Lord Byron's father was John Byron.", [["Byron", "father", "John Byron"]]),
    ]
    sentence = nlp("Lady Mary Grey was the daughter of Henry Grey.")
    for rows, subject in ((kept, "Lady_Mary_Grey"), (dropped, "Mary_Grey")):
        extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
        assert [s for s, _, _ in extractor.triples(sentence)] == [subject]


def test_a_pronoun_at_a_readings_end_is_the_person_named_before_it(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["SportsTeam", "Person"], ("manager", "manager", "SportsTeam", "Person")
    )
    rows = [("Ardenia FC is managed by Tom Loxley.", [["Ardenia_FC", "manager", "Tom_Loxley"]])]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Ivan Petrov was born in Vigo. He is the manager of Borland United."))
    assert found == [("Borland_United", "manager", "Ivan_Petrov")]


def test_one_of_a_labels_plural_is_read_as_the_label(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Country", "Person"], ("leader", "leader", "Country", "Person"))
    rows = [("The leader of Ardenia is Tom Loxley.", [["Ardenia", "leader", "Tom_Loxley"]])]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The club is based in Borland, where one of the leaders is Ivan Petrov."))
    assert ("Borland", "leader", "Ivan_Petrov") in found
    found = extractor.triples(
        nlp("The club is based in Borland, where two of the leaders are Ivan Petrov and Ana Ruiz.")
    )
    assert {("Borland", "leader", "Ivan_Petrov"), ("Borland", "leader", "Ana_Ruiz")} <= set(found)
    assert extractor.triples(nlp("One of the leaders of Borland is the Governor.")) == []  # an office


def test_a_subjects_nouns_stay_where_the_examples_keep_many_and_its_place_is_the_place_named_apart(
    nlp: Language, tmp_path: Path
) -> None:
    located = "location"
    ontology = json_ontology(tmp_path, ["train wreck", "city"], ("P276", located, "train wreck", "city"))
    rows = [
        ("The Eschede train disaster happened near Eschede.",
         [["Eschede train disaster", located, "Eschede"]]),
        ("The Lac-Mégantic rail disaster took place in Lac-Mégantic.",
         [["Lac-Mégantic rail disaster", located, "Lac-Mégantic"]]),
        ("The Ladbroke Grove rail crash, which happened in London, killed 31 people.",
         [["Ladbroke Grove rail crash", located, "London"]]),
        ("The Gare de Lyon rail accident happened in Paris.",
         [["Gare de Lyon rail accident", located, "Paris"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("The Hatfield rail crash took place in Hatfield.")) == [
        ("Hatfield_rail_crash", located, "Hatfield")
    ]


def test_a_name_keeps_the_place_after_its_comma_where_the_examples_name_so(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["Person", "University"], ("almaMater", "almaMater", "Person", "University")
    )
    kings = "Eric Hobsbawm studied at King's College, Cambridge."
    newnham = "Mary Beard was educated at Newnham College, Cambridge."
    kept = [
        (kings, [["Eric_Hobsbawm", "almaMater", "King's_College,_Cambridge"]]),
        (newnham, [["Mary_Beard", "almaMater", "Newnham_College,_Cambridge"]]),
    ]
    dropped = [
        (kings, [["Eric_Hobsbawm", "almaMater", "King's_College"]]),
        (newnham, [["Mary_Beard", "almaMater", "Newnham_College"]]),
    ]
    sentence = nlp("A. J. P. Taylor studied at Oriel College, Oxford.")
    for rows, college in ((kept, "Oriel_College,_Oxford"), (dropped, "Oriel_College")):
        extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
        assert [o for _, _, o in extractor.triples(sentence)] == [college]


def test_a_companys_legal_form_is_left_out_where_the_examples_leave_it_out(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["Company", "City"], ("locationCity", "locationCity", "Company", "City")
    )
    rows = [
        (
            "Adidas AG is a sportswear company based in Herzogenaurach.",
            [["Adidas", "locationCity", "Herzogenaurach"]],
        ),
        ("Lego A/S is a toy company based in Billund.", [["Lego", "locationCity", "Billund"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Puma SE is a sportswear company based in Herzogenaurach.")) == [
        ("Puma", "locationCity", "Herzogenaurach")
    ]
    assert extractor.triples(nlp("Ericsson is a telecommunications company based in Stockholm.")) == [
        ("Ericsson", "locationCity", "Stockholm")
    ]


def test_a_name_in_brackets_after_a_name_is_no_part_of_it(nlp: Language) -> None:
    doc = nlp("Galway (Irish: Gaillimh) is a city in County Galway, Ireland, founded in 1484.")
    assert phrase(doc[0]).text == "Galway"


def test_a_name_the_text_writes_without_its_closing_abbreviation_is_learned_from(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["SoccerPlayer", "SoccerClub"], ("team", "team", "SoccerPlayer", "SoccerClub")
    )
    rows = [
        ("Kevin De Bruyne plays for Manchester City.", [["Kevin_De_Bruyne", "team", "Manchester_City_F.C."]]),
        ("Luka Modrić plays for Real Madrid.", [["Luka_Modrić", "team", "Real_Madrid_CF"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Erling Haaland plays for Manchester City.")) == [
        ("Erling_Haaland", "team", "Manchester_City_F.C.")
    ]


def test_a_name_takes_the_country_the_text_says_beside_it_where_the_examples_name_so(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["Person", "Party"], ("party", "party", "Person", "Party"))
    canada = "Mara Voss is a member of the Liberal Party in Canada."
    norway = "Tomas Reyes is a member of the Labour Party of Norway."
    kept = [
        (canada, [["Mara_Voss", "party", "Liberal_Party_(Canada)"]]),
        (norway, [["Tomas_Reyes", "party", "Labour_Party_(Norway)"]]),
    ]
    plain = [
        (canada, [["Mara_Voss", "party", "Liberal_Party"]]),
        (norway, [["Tomas_Reyes", "party", "Labour_Party"]]),
    ]
    sentence = nlp("Jan Holm is a member of the Centre Party in Sweden.")
    for rows, party in ((kept, "Centre_Party_(Sweden)"), (plain, "Centre_Party")):
        extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
        assert [o for _, _, o in extractor.triples(sentence)] == [party]
    # the country's abbreviation before the name says it too, and the name alone in another
    # sentence of the text is the same party
    examples = annotated([
        ("Ana Ruiz is a member of the US Reform Party.", []),
        ("Lee Park is a member of the Reform Party.", []),
    ])  # fmt: skip
    patterns = learn(annotated(kept), ontology=ontology, nlp=nlp)
    found = extract_examples(examples, patterns=patterns, ontology=ontology, nlp=nlp)
    assert [o for triples in found.values() for _, _, o in triples] == ["Reform Party (United States)"] * 2


def test_a_titles_own_article_is_part_of_its_name(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["Book", "Person"], ("author", "author", "Book", "Person"))
    rows = [
        ("Dune is a novel by Frank Herbert.", [["Dune", "author", "Frank_Herbert"]]),
        ("Emma is a novel by Jane Austen.", [["Emma", "author", "Jane_Austen"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("A Wrinkle in Time is a novel by Madeleine L'Engle."))
    assert found == [("A_Wrinkle_in_Time", "author", "Madeleine_L'Engle")]


def test_a_pattern_of_a_name_after_its_noun_reads_the_name_with_the_noun_as_its_compound(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["poet", "country"], ("P27", "country of citizenship", "poet", "country")
    )
    rows = [
        ("The Cuban poet José Martí was born in Havana.", [["José Martí", "country of citizenship", "Cuba"]]),
        ("The Greek poet Constantine Cavafy was born in Alexandria.",
         [["Constantine Cavafy", "country of citizenship", "Greece"]]),
    ]  # fmt: skip
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    made = variants(patterns.rules)
    assert any(name.endswith("#compound-named") for name in made)
    assert all(TreeMatcher.supports(pattern) for pattern in made.values())  # no fall back to spaCy's matcher
    extractor = LearnedExtractor(patterns, ontology)
    doc = nlp("The Italian poet Eugenio Montale was born in Genoa.")
    assert doc[2].dep_ == "compound"  # the parse this is about: not in apposition, as the examples'
    assert extractor.triples(doc) == [("Eugenio_Montale", "country_of_citizenship", "Italy")]


def test_a_pattern_of_a_name_with_its_noun_as_compound_reads_the_name_in_apposition_after_the_noun(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["curler", "country"], ("P27", "country of citizenship", "curler", "country")
    )
    rows = [
        ("The Swedish curler Anette Norberg was born in Härnösand.",
         [["Anette Norberg", "country of citizenship", "Sweden"]]),
        ("The Danish curler Madeleine Dupont was born in Hvidovre.",
         [["Madeleine Dupont", "country of citizenship", "Denmark"]]),
    ]  # fmt: skip
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    made = variants(patterns.rules)
    assert any(name.endswith("#appos-named") for name in made)
    assert all(TreeMatcher.supports(pattern) for pattern in made.values())  # no fall back to spaCy's matcher
    doc = nlp("The Welsh curler Adrian Meikle was born in Cardiff.")
    assert doc[4].dep_ == "appos"  # the parse this is about: not a compound, as the examples'
    found = LearnedExtractor(patterns, ontology).triples(doc)
    assert found == [("Adrian_Meikle", "country_of_citizenship", "Wales")]


def test_a_verbs_preposition_in_a_pattern_is_read_where_the_parser_hangs_it_from_the_object(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["opera", "human"], ("librettist", "librettist", "opera", "human"))
    rows = [
        ("Felice Romani wrote the libretto for Norma.", [["Norma", "librettist", "Felice Romani"]]),
        ("Arrigo Boito wrote the libretto for Otello.", [["Otello", "librettist", "Arrigo Boito"]]),
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert all(TreeMatcher.supports(pattern) for pattern in variants(patterns.rules).values())
    extractor = LearnedExtractor(patterns, ontology)
    doc = nlp("Salvadore Cammarano wrote the libretto for Lucia di Lammermoor.")
    assert next(t for t in doc if t.text == "for").head.text == "libretto"  # the parse this is about
    assert extractor.triples(doc) == [("Lucia_di_Lammermoor", "librettist", "Salvadore_Cammarano")]


def test_a_superlative_is_no_word_of_a_common_noun_value(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["mine", "mineral"], ("product", "product", "mine", "mineral"))
    examples = annotated(
        (f"{mine} is {words}.", [[mine.replace(" ", "_"), "product", mineral]])
        for mine, words, mineral in (
            ("Karn Vale", "a copper mine in the north", "copper"),
            ("Osk Hollow", "a gold mine", "gold"),
            ("Brent Ridge", "one of the largest silver mines in the world", "silver"),
        )
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Tamsin Gap is the largest iron ore mine in the world."))
    assert found == [("Tamsin_Gap", "product", "iron_ore")]


def test_a_name_after_a_comma_is_not_made_the_longer_name_before_it(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path,
        ["mine", "region", "country"],
        ("located", "located in", "mine", "region"),
        ("country", "country", "mine", "country"),
    )
    examples = annotated(
        (f"The {mine} mine is in {region}, {country}.", [[mine, "located", region], [mine, "country", iri]])
        for mine, region, country, iri in (
            ("Karn", "Gauteng", "South Africa", "South_Africa"),
            ("Osk", "Ontario", "Canada", "Canada"),
        )
    )
    extractor = LearnedExtractor(learn(examples, ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The Tamsin mine is in South Australia, Australia."))
    assert ("Tamsin", "country", "Australia") in found  # a place of its own, not "South Australia" again


def test_a_region_and_the_country_it_is_of_are_two_names(nlp: Language) -> None:
    doc = nlp("The village lies in the Homs Governorate of Syria.")
    assert {"Homs Governorate", "Syria"} <= {run.text for run in name_runs(doc)}
    doc = nlp("She studied at the University of Bologna in Italy.")  # one name, no place before "of"
    assert "University of Bologna" in {run.text for run in name_runs(doc)}


def test_a_name_word_and_a_building_named_after_of_the_are_one_name(nlp: Language) -> None:
    doc = nlp("The Basilica of the Sacred Heart stands in Paris.")
    assert "Basilica of the Sacred Heart" in {run.text for run in name_runs(doc)}
    doc = nlp("Located in Teotihuacan, the Pyramid of the Moon is 43 metres high.")  # "Moon" a person
    assert "Pyramid of the Moon" in {run.text for run in name_runs(doc)}
    doc = nlp("Mike Johnson is the Speaker of the United States House of Representatives.")  # an office
    assert "Speaker" in {run.text for run in name_runs(doc)}


def test_a_longer_names_first_word_the_text_writes_alone_is_its_mention(nlp: Language) -> None:
    doc = nlp("Tom Hale, a British motorcycle racer, raced for Hondex.")
    mention = find_mention(doc, "Hondex_Motor_Racing")
    assert mention is not None and mention.text == "Hondex"
    doc = nlp("Tom Hale, a British rider, was born in Paris.")  # a place is no club's first word
    assert find_mention(doc, "Paris_Saint-Germain_Academy") is None


def test_a_possessor_after_the_is_a_word_of_the_name_it_owns(nlp: Language) -> None:
    doc = nlp("Herschel discovered the Cat's Eye Nebula in 1786.")
    assert with_named_possessor(doc[5:7]).text == "Cat's Eye Nebula"
    doc = nlp("She visited the Macy's store in 1990.")  # no capitalised word after "'s"
    assert with_named_possessor(doc[5:6]).text == "store"
    doc = nlp("Herschel saw Tom's Eye Nebula in 1786.")  # no "the": a person's, as the examples show
    assert with_named_possessor(doc[4:6]).text == "Eye Nebula"


def test_a_lower_case_noun_of_a_name_is_the_subject_where_the_examples_name_subjects_so(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["emblem", "human"],
        ("P170", "designer", "emblem", "human"),
        ("P571", "inception", "emblem", ""),
    )
    rows = [
        ("The emblem of Ghana was designed by Ann Hall.", [["emblem of Ghana", "designer", "Ann Hall"]]),
        ("The emblem of Kenya was adopted in 1861.", [["emblem of Kenya", "inception", "1861"]]),
        (
            "The emblem of Chile, designed by Peter Krag, was adopted in 1839.",
            [["emblem of Chile", "designer", "Peter Krag"], ["emblem of Chile", "inception", "1839"]],
        ),
        ("The emblem of Norway was adopted in 1820.", [["emblem of Norway", "inception", "1820"]]),
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert patterns.names.get("ofnamed:designer") and patterns.names.get("ofnamed:inception")
    extractor = LearnedExtractor(patterns, ontology)
    assert extractor.triples(nlp("The emblem of Peru was designed by Harvey Gordon.")) == [
        ("emblem_of_Peru", "designer", "Harvey_Gordon")
    ]
    # the country the noun is of is no subject the examples never had: the emblem is
    assert extractor.triples(nlp("The emblem of Italy was adopted in 1866.")) == [
        ("emblem_of_Italy", "inception", "1866")
    ]
    # where the examples name the country alone, they teach no such subjects
    alone = [
        ("The emblem of Ghana was designed by Ann Hall.", [["Ghana", "designer", "Ann Hall"]]),
        ("The emblem of Kenya was designed by Tom Mboya.", [["Kenya", "designer", "Tom Mboya"]]),
    ]
    names = learn(annotated(alone), ontology=ontology, nlp=nlp).names
    assert not any(key.startswith("ofnamed:") for key in names)


def test_a_foreign_names_lower_case_adjective_and_link_are_words_of_the_name(nlp: Language) -> None:
    doc = nlp("The Rohan Hours is in the collection of the Bibliothèque nationale de France.")
    assert "Bibliothèque nationale de France" in [run.text for run in name_runs(doc)]
    doc = nlp("Van Dijk plays for Vitesse Arnhem and De Graafschap.")  # "and", and a capital "De": two names
    assert not any(" and " in run.text for run in name_runs(doc))


def test_a_word_that_counts_a_people_is_no_word_of_its_name(nlp: Language) -> None:
    doc = nlp("Most Georgians follow the Georgian Orthodox Church.")
    assert doc[0].text[0].isupper() and doc[0].head.text == "Georgians"  # the case this is about
    assert "Georgians" in [run.text for run in name_runs(doc)]


def test_a_capitalised_word_before_a_peoples_adjective_names_a_language_with_it(nlp: Language) -> None:
    doc = nlp("The Exeter Book is an Old English manuscript.")
    assert phrase(doc[6]).text == "Old English"
    assert phrase(nlp("It is an English manuscript.")[3]).text == "English"


def test_an_object_the_parser_reads_as_a_predicate_is_read_with_the_pattern_of_a_direct_object(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["player"], ("nickname", "nickname", "player", ""))
    rows = [("Tom Brandt, nicknamed The Power, won 16 titles.", [["Tom_Brandt", "nickname", '"The Power"']])]
    doc = nlp("Sam Moss, nicknamed The Nuke, won 2 titles.")
    assert [t.dep_ for t in doc if t.text in ("Nuke",)] == ["oprd"]  # the case this is about
    assert [t.dep_ for t in nlp(rows[0][0]) if t.text == "Power"] == ["dobj"]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    # the title's own "The", capitalised after a word, stays in the quoted value
    assert extractor.triples(doc) == [("Sam_Moss", "nickname", '"The Nuke"')]


def test_a_names_own_possessive_is_a_word_of_it_where_it_possesses_nothing(nlp: Language) -> None:
    doc = nlp("Bloomingdale's on Lexington Avenue was founded by Joseph Bloomingdale.")
    assert doc[1].tag_ == "POS" and doc[0].dep_ != "poss"  # the case this is about
    assert canonical_name(with_own_possessive(doc[0:1])) == "Bloomingdale's"
    doc = nlp("Japan's capital is Tokyo.")
    assert canonical_name(with_own_possessive(doc[0:1])) == "Japan"  # a possessor
    assert canonical_name(doc[0:2]) == "Japan"


def test_a_lower_case_noun_of_a_noun_of_a_name_is_the_subject_where_the_examples_name_so(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["arms", "human"], ("P170", "creator", "arms", "human"))
    rows = [
        (
            "The coat of arms of Ghana was designed by Amon Kotei.",
            [["coat of arms of Ghana", "creator", "Amon Kotei"]],
        ),
        (
            "The coat of arms of Chile was designed by Carlos Wood.",
            [["coat of arms of Chile", "creator", "Carlos Wood"]],
        ),
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    assert patterns.names.get("ofnamed:creator")
    extractor = LearnedExtractor(patterns, ontology)
    # a fronted participle's subject is the clause's: the coat of arms, no name said before it
    doc = nlp("Designed by Harry Nkumbula, the coat of arms of Kenya was adopted in 1963.")
    assert ("coat_of_arms_of_Kenya", "creator", "Harry_Nkumbula") in extractor.triples(doc)


def test_a_holiday_the_tagger_calls_a_date_is_a_thing_not_a_value(nlp: Language) -> None:
    doc = nlp("Labour Day in New Zealand was first celebrated in 1890.")
    assert [e.label_ for e in tagged(doc) if e.text == "Labour Day"] == ["DATE"]  # the case this is about
    assert not value_like(doc[0:2])
    doc = nlp("The museum opened on Monday 3 May 1999.")
    assert value_like(doc[4:8])
    doc = nlp("The museum opened on Monday.")
    assert [e.label_ for e in tagged(doc) if e.text == "Monday"] == ["DATE"]
    assert value_like(doc[4:5])


def test_a_senior_after_a_persons_name_is_one_word_with_its_full_stop(nlp: Language) -> None:
    doc = nlp("Harry Blackstone Sr. was married to Inez Nourse.")
    assert [t.text for t in doc[:3]] == ["Harry", "Blackstone", "Sr."]
    assert doc[2].dep_ in ("nsubj", "nsubjpass")  # the name's head, no full stop, is the subject


def test_a_value_labelled_as_the_subjects_class_stands_where_the_property_relates_that_class_to_itself(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["spice", "taxon"],
        ("P279", "subclass of", "spice", "spice"),
        ("P1582", "natural product of taxon", "spice", "taxon"),
    )
    rows = [
        ("Cinnamon is a spice obtained from Cinnamomum verum.", [["cinnamon", "subclass of", "spice"]]),
        ("Paprika is a spice made from Capsicum annuum.", [["paprika", "subclass of", "spice"]]),
        ("Saffron is a spice made from Crocus sativus.", [["saffron", "subclass of", "spice"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Sumac is a spice made from Rhus coriaria."))
    assert ("sumac", "subclass_of", "spice") in found


def test_a_species_second_word_the_parser_hangs_from_the_verb_is_a_word_of_its_name(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["spice", "taxon"], ("P1582", "natural product of taxon", "spice", "taxon")
    )
    rows = [
        (f"{spice} comes from {taxon}.", [[spice.lower(), "natural product of taxon", taxon]])
        for spice, taxon in [
            ("Saffron", "Crocus sativus"),
            ("Pepper", "Piper nigrum"),
            ("Nutmeg", "Myristica fragrans"),
        ]
    ]
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    doc = nlp("Cardamom comes from Elettaria cardamomum and is grown in Guatemala.")
    assert doc[4].dep_ == "advcl" and doc[4].head.text == "comes"  # the case this is about
    found = LearnedExtractor(patterns, ontology).triples(doc)
    assert ("cardamom", "natural_product_of_taxon", "Elettaria_cardamomum") in found


def test_a_value_whose_words_hang_side_by_side_is_read_from_its_last_word(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["conference", "field"], ("P101", "field of work", "conference", "field")
    )
    fields = [("IJCAI", "an artificial intelligence"), ("SIGIR", "a computational linguistics")]
    rows = [
        (f"{name} is {field} conference.", [[name, "field of work", field.split(" ", 1)[1]]])
        for name, field in fields
    ]
    doc = nlp("ECAL is an artificial life conference.")
    # the case this is about: the parser hangs both words of the value on "conference"
    assert [t.head.text for t in doc if t.text in ("artificial", "life")] == ["conference", "conference"]
    found = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology).triples(doc)
    assert [(s, o) for s, _, o in found] == [("ECAL", "artificial_life")]


def test_a_gerund_the_parser_calls_a_verb_is_a_value_a_pattern_learns(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(
        tmp_path, ["conference", "field"], ("P101", "field of work", "conference", "field")
    )
    sentence = "NeurIPS, a machine learning conference, was first held in 1987."
    assert [t.pos_ for t in nlp(sentence) if t.text == "learning"] == ["VERB"]  # the case this is about
    rows = [(sentence, [["NeurIPS", "field of work", "machine learning"]])]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("KDD, a data mining conference, was first held in 1995."))
    assert [(s, o) for s, _, o in found] == [("KDD", "Data_mining")]


def test_a_gerund_after_a_preposition_is_a_value_where_the_examples_said_a_noun(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["knot", "use"], ("P366", "has use", "knot", "use"))
    rows = [
        ("The bowline is a loop knot used in sailing.", [["bowline", "has use", "sailing"]]),
        ("The sheet bend is a bend used in weaving.", [["sheet bend", "has use", "weaving"]]),
    ]
    doc = nlp("The sheepshank is a loop knot used in climbing.")
    assert [t.pos_ for t in doc if t.text == "climbing"] == ["VERB"]  # the case this is about
    found = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology).triples(doc)
    assert ("sheepshank", "has_use", "climbing") in found


def test_a_lower_case_name_joined_by_a_hyphen_to_a_number_word_is_a_subject_not_an_amount(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["knot"], ("P279", "subclass of", "knot", "knot"))
    rows = [
        ("The bowline is a loop knot.", [["bowline", "subclass of", "loop knot"]]),
        ("The clove hitch is a binding knot.", [["clove hitch", "subclass of", "binding knot"]]),
    ]
    doc = nlp("The figure-eight loop is a loop knot.")
    assert value_like(doc[1:5]) is False  # "eight" counts no loops
    assert value_like(nlp("The eight loops are knots.")[1:3]) is True
    found = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology).triples(doc)
    assert found == [("figure-eight_loop", "subclass_of", "loop knot")]


def test_a_name_ending_in_a_number_the_parser_hangs_apart_is_read_from_its_name_word(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["human", "space mission"], ("P450", "astronaut mission", "human", "space mission")
    )
    rows = [
        ("Lena Vasquez flew on the Skylab 3 mission.", [["Lena Vasquez", "astronaut mission", "Skylab 3"]]),
        ("Carl Okafor flew on the Gemini 7 mission.", [["Carl Okafor", "astronaut mission", "Gemini 7"]]),
    ]
    doc = nlp("Ross Whitfield flew on the Apollo 16 mission.")
    # the case this is about: the parser hangs the name and its number side by side on "mission"
    assert [t.head.text for t in doc if t.text in ("Apollo", "16")] == ["mission", "mission"]
    found = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology).triples(doc)
    assert [(s, o) for s, _, o in found] == [("Ross_Whitfield", "Apollo_16")]


def test_a_name_the_tagger_takes_for_an_adverb_teaches_a_pattern(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["human", "town"], ("P551", "residence", "human", "town"))
    sentence = "Layne Beachley is a surfer from Manly."
    assert [t.pos_ for t in nlp(sentence) if t.text == "Manly"] == ["ADV"]  # the case this is about
    rows = [(sentence, [["Layne Beachley", "residence", "Manly"]])]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Tyler Wright is a surfer from Culburra.")) == [
        ("Tyler_Wright", "residence", "Culburra")
    ]


def test_a_name_the_examples_give_as_a_thing_of_its_own_is_no_short_form_of_a_longer_one(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["perfume", "human", "organization"],
        ("P170", "creator", "perfume", "human"),
        ("P176", "manufacturer", "perfume", "organization"),
    )
    rows = [
        (
            "Jicky, created by Aimé Guerlain, is produced by Guerlain.",
            [["Jicky", "creator", "Aimé Guerlain"], ["Jicky", "manufacturer", "Guerlain"]],
        ),
        ("Shalimar is a perfume made by Guerlain.", [["Shalimar", "manufacturer", "Guerlain"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("Mitsouko, created by Jacques Guerlain, is produced by Guerlain."))
    assert sorted(found) == [
        ("Mitsouko", "creator", "Jacques_Guerlain"),
        ("Mitsouko", "manufacturer", "Guerlain"),
    ]


def test_a_peoples_adjective_beside_a_common_adjective_teaches_a_pattern(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["tea", "country"], ("P495", "country of origin", "tea", "country"))
    rows = [
        ("Lapsang souchong is a Chinese black tea.", [["Lapsang souchong", "country of origin", "China"]]),
        ("Darjeeling tea is a black tea from India.", [["Darjeeling tea", "country of origin", "India"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    # "black" hangs where "Chinese" does: a pattern that read either was too seldom right
    assert extractor.triples(nlp("Sencha is a Japanese green tea.")) == [
        ("Sencha", "country_of_origin", "Japan")
    ]


def test_a_common_noun_value_keeps_a_hyphened_word_of_lower_case_words(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["card game", "genre"], ("P136", "genre", "card game", "genre"))
    rows = [
        ("Bridge is a trick-taking game played by four players.", [["Bridge", "genre", "trick-taking game"]]),
        ("Scopa is an Italian fishing game.", [["Scopa", "genre", "fishing game"]]),
        ("Canasta is a rummy game.", [["Canasta", "genre", "rummy game"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Cribbage is a point-scoring game.")) == [
        ("Cribbage", "genre", "point-scoring_game")
    ]


def test_a_noun_that_with_its_preposition_is_a_propertys_label_is_no_value(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path,
        ["bread", "cuisine"],
        ("P279", "subclass of", "bread", "bread"),
        ("P361", "part of", "bread", "cuisine"),
    )
    rows = [
        ("Pita is a flatbread.", [["pita", "subclass of", "flatbread"]]),
        ("Ciabatta is a white bread.", [["ciabatta", "subclass of", "white bread"]]),
        ("Naan is part of Indian cuisine.", [["naan", "part of", "Indian cuisine"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    # "is part of" is what a copula says, as "is a flatbread" is, but "part" names the property
    assert extractor.triples(nlp("Tortilla is part of Mexican cuisine.")) == [
        ("tortilla", "part_of", "Mexican_cuisine")
    ]


def test_a_noun_before_a_name_in_a_pattern_is_read_where_the_tagger_takes_it_for_an_adjective(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["speed skater", "country"], ("P27", "country of citizenship", "speed skater", "country")
    )
    rows = [
        ("The Dutch speed skater Kjeld Nuis was born in Leiden.",
         [["Kjeld Nuis", "country of citizenship", "Netherlands"]]),
        ("The Dutch speed skater Sven Kramer was born in Heerenveen.",
         [["Sven Kramer", "country of citizenship", "Netherlands"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    doc = nlp("The German speed skater Anni Friesinger was born in Bad Reichenhall.")
    assert next(t for t in doc if t.text == "skater").dep_ == "amod"  # the parse this is about
    assert extractor.triples(doc) == [("Anni_Friesinger", "country_of_citizenship", "Germany")]


def test_a_noun_that_classifies_what_its_of_names_is_no_value(nlp: Language, tmp_path: Path) -> None:
    ontology = json_ontology(tmp_path, ["pasta"], ("P279", "subclass of", "pasta", "pasta"))
    rows = [
        ("Penne is a type of pasta.", [["penne", "subclass of", "pasta"]]),
        ("Soba is a noodle.", [["soba", "subclass of", "noodle"]]),
        ("Spaghetti is a long pasta.", [["spaghetti", "subclass of", "long pasta"]]),
    ]
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    assert extractor.triples(nlp("Rigatoni is a kind of pasta.")) == [("rigatoni", "subclass_of", "pasta")]


def test_a_peoples_adjective_on_a_persons_name_is_learned_as_the_country_it_names(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["human", "country"], ("P27", "country of citizenship", "human", "country")
    )
    rows = [
        ("The French fencer Laura Flessel was born in Pointe-à-Pitre.",
         [["Laura Flessel", "country of citizenship", "France"]]),
        ("The Hungarian fencer Pal Schmitt won gold.",
         [["Pal Schmitt", "country of citizenship", "Hungary"]]),
    ]  # fmt: skip
    doc = nlp("The Italian fencer Lucien Gaudin was born in Arras.")
    # the case this is about: the parser hangs the adjective on the name itself
    assert [t.head.text for t in doc if t.text == "Italian"] == ["Gaudin"]
    found = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology).triples(doc)
    assert found == [("Lucien_Gaudin", "country_of_citizenship", "Italy")]


def test_a_country_named_inside_another_facts_name_is_learned_from_the_peoples_adjective(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(
        tmp_path, ["Animator", "Country", "Company"],
        ("nationality", "nationality", "Animator", "Country"),
        ("employer", "employer", "Animator", "Company"),
    )  # fmt: skip
    board = "National_Film_Board_of_Canada"
    rows = [
        ("The Canadian animator Lena Varga worked at the National Film Board of Canada.",
         [["Lena_Varga", "nationality", "Canada"], ["Lena_Varga", "employer", board]]),
    ]  # fmt: skip
    patterns = learn(annotated(rows), ontology=ontology, nlp=nlp)
    found = LearnedExtractor(patterns, ontology).triples(
        nlp("The Irish animator Tom Kerrigan worked at Cartoon Saloon.")
    )
    assert ("Tom_Kerrigan", "nationality", "Ireland") in found
    # "of Canada", the employer's own words, says no nationality
    assert not LearnedExtractor(patterns, ontology).triples(nlp("Ada Price left the Bank of Canada."))


def test_a_lower_case_adjective_of_a_style_names_the_style_where_the_examples_say_so(
    nlp: Language, tmp_path: Path
) -> None:
    ontology = json_ontology(tmp_path, ["gate", "style"], ("P149", "architectural style", "gate", "style"))
    rows = [
        ("The Harwick Gate is a neoclassical monument.",
         [["Harwick Gate", "architectural style", "neoclassicism"]]),
        ("The Stanmoor Gate was built in the neoclassical style.",
         [["Stanmoor Gate", "architectural style", "neoclassicism"]]),
    ]  # fmt: skip
    extractor = LearnedExtractor(learn(annotated(rows), ontology=ontology, nlp=nlp), ontology)
    found = extractor.triples(nlp("The Tarn Gate is a classical monument."))
    assert found == [("Tarn_Gate", "architectural_style", "classicism")]
    # "major" is no adjective of a doctrine's followers: whatever the pattern reads, no "majorism"
    assert not any(
        o == "majorism" for _, _, o in extractor.triples(nlp("The Lark Gate is a major monument."))
    )
