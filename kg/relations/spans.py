"""The words the ends of a learned reading are written with: a title with what it is of
("Member of the Hellenic Parliament"), a whole date where a pattern found its year, a number
without its unit, a name as DBpedia and Wikipedia write titles, and the names a text itself
disambiguates ("Stuart Parker (footballer)"). `kg.relations.learned` applies them."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from kg.canonical import canonical_name
from kg.literals import NUMBER
from kg.titletags import title_the


def disambiguated(doc: Doc) -> dict[str, str]:
    """Names the text itself disambiguates as Wikipedia titles do, "Stuart Parker
    (footballer)", "Cross of Valour (Poland)" (but not a place's "Athens (Greece)"): every
    mention of the name in the text means that one."""
    found = {}
    qualifier = r"[a-z][a-z ]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+)?"  # "(footballer)", "(Poland)"
    name = r"(?:[A-Z][\w.'-]*\s+(?:(?:of|the|de|di|del|and)\s+)*)*[A-Z][\w.'-]*"  # "Cross of Valour"
    for match in re.finditer(rf"({name})\s+\(({qualifier})\)", doc.text):
        if match.group(2).split()[0] in STOP_WORDS:
            continue  # "Ciudad Ayala (a city)", "(which …)": a remark, not a title's qualifier
        named = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if match.group(2)[:1].isupper() and (
            named is None or any(t.ent_type_ in ("GPE", "LOC") for t in named)
        ):
            continue  # "Athens (Greece)": where a place is, not which of the names it is
        name = resource(canonical_name(match.group(1)))
        found[name] = f"{name}_({match.group(2).strip().replace(' ', '_')})"
    return found


def titled(span: Span) -> Span:
    """A title with what it is of or for: "Member" in "a Member of the Hellenic Parliament"
    is "Member of the Hellenic Parliament", "Minister" in "Minister for Health" likewise; and
    with its issue's number ("Star Spangled Comics #1"); without an article before it, but for
    a capital "The" the title's own (`kg.titletags.title_the`)."""
    doc, end = span.doc, span.end
    while (
        end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and doc[end].head.i in range(span.start, end)
    ):
        start = end + 1
        if doc[start].lower_ == "the" and start + 1 < len(doc):
            start += 1
        run = start
        while run < len(doc) and (
            doc[run].pos_ == "PROPN" or (doc[run].is_title and doc[run].pos_ == "NOUN")
        ):
            run += 1  # "Deputies" in "the Congress of Deputies" is tagged a common noun
        if run == start:
            break
        end = run
    if any(t.lower_ in ("of", "for") for t in doc[span.start : end]):
        end = _listed(doc, end)
    if end + 1 < len(doc) and doc[end].text == "#" and doc[end + 1].like_num and not doc[end].whitespace_:
        end += 2  # an issue's number: "Star Spangled Comics #1"
    article = span[0].lower_ in ("the", "a", "an") and not (span[0].text == "The" and title_the(span[0]))
    start = span.start + (article and len(span) > 1)  # but "nicknamed The Power": the title's own
    return doc[start:end]


CLASSIFIERS = frozenset({"type", "kind", "sort", "form", "class", "variety", "genre"})
"""Nouns that say what something is of ("a type of X"), not whose it is."""


def classifying(span: Span) -> bool:
    """Whether ``span`` is a lower-case noun that classifies what its "of" names ("Rigatoni is a
    type of pasta": the value is pasta, no "type")."""
    root = span.root
    return (
        root.is_lower and root.lemma_ in CLASSIFIERS
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
    )  # fmt: skip


WORK_WORDS = frozenset(
    {"work", "film", "movie", "book", "novel", "album", "song", "single", "play", "opera", "painting",
     "series", "show", "programme", "program", "game", "poem", "musical", "story"}
)  # fmt: skip
"""The last words of the labels of classes of works, whose names are titles ("written work",
"Film", "MusicalWork", "television series")."""

_TITLE_LINKS = frozenset({"of", "the", "a", "an", "to"})
"""The small words a title writes in lower case between its capitalised ones ("Raiders of the
Lost Ark"); not "and" nor "in", which as often join or follow two names ("Titanic and Avatar")."""


def work_title(span: Span) -> Span:
    """A work's title the tagger and parser cut at its small words, whole: "Raiders" or "Lost
    Ark" of "Raiders of the Lost Ark", "Rings" of "The Lord of the Rings". The title runs over
    capitalised words and the lower-case `_TITLE_LINKS` between them, within the sentence."""
    doc = span.doc

    def capital(token: Token) -> bool:
        return token.text[:1].isupper() and not token.is_punct

    start, end = span.start, span.end
    while True:  # rightwards: small words, then capitalised ones
        at = end
        while at < len(doc) and doc[at].lower_ in _TITLE_LINKS and doc[at].is_lower:
            at += 1
        if at == end or at >= len(doc) or not capital(doc[at]) or doc[at].is_sent_start:
            break
        while at < len(doc) and capital(doc[at]) and not doc[at].is_sent_start:
            at += 1
        end = at
    while start > 0 and not doc[start].is_sent_start:  # leftwards, likewise
        at = start
        while at > 0 and doc[at - 1].lower_ in _TITLE_LINKS and doc[at - 1].is_lower:
            at -= 1
        if at == start or at == 0 or not capital(doc[at - 1]) or doc[at].is_sent_start:
            break
        while at > 0 and capital(doc[at - 1]) and not doc[at].is_sent_start:
            at -= 1
        start = at
    return doc[start:end]


def _listed(doc: Doc, end: int) -> int:
    """The end of the list of capitalised words a title's last part begins at ``end``:
    "Secretary of Health, Education(,) and Welfare", not "… of Health". A list needs a comma
    and ends with "and" and its last item."""
    at, items = end, 0
    while at + 1 < len(doc) and doc[at].text == ",":
        nxt = at + 1 + (doc[at + 1].lower_ == "and")
        if nxt >= len(doc) or not doc[nxt].is_title:
            break
        last = doc[at + 1].lower_ == "and"
        at = nxt
        while at < len(doc) and doc[at].is_title:
            at += 1
        items += 1
        if last:
            return at
    if items and at + 1 < len(doc) and doc[at].lower_ == "and" and doc[at + 1].is_title:
        at += 1
        while at < len(doc) and doc[at].is_title:
            at += 1
        return at
    return end


def dated(span: Span) -> Span:
    """A whole date where a pattern found only its year: "1987" in "the 27th September 1987"
    (the year hangs under the month)."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", canonical_name(span)) or len(span) != 1:
        return span
    head = span.root.head
    if head.i == span.root.i:
        return span
    for words in (list(head.subtree), [head, *(t for t in head.children if t.dep_ in DATE_PARTS)]):
        words = sorted((t for t in words if not t.is_punct), key=lambda t: t.i)
        if words[-1].i - words[0].i < 6:
            whole = span.doc[words[0].i : words[-1].i + 1]
            if re.fullmatch(r"\d{4}-\d\d-\d\d", canonical_name(whole)):
                return whole
    return span


DATE_PARTS = frozenset(("det", "amod", "nummod", "compound", "npadvmod", "appos"))
"""How the words of a date hang on its head: "the 27th September 1987, in Atlanta" is a date
and what follows it."""


def amount(span: Span) -> Span:
    """A number, not its unit: "81 sq km" parses as "km" with 81 under it."""
    if span.root.pos_ == "NUM":
        return span
    numbers = [c for c in span.root.children if c.dep_ == "nummod" and c.pos_ == "NUM"]
    return span.doc[numbers[0].i : numbers[0].i + 1] if len(numbers) == 1 else span


_JOINERS = frozenset(("-", "/", "–"))


def code(span: Span) -> Span:
    """``span`` widened to the whole of a code the tokenizer split ("0-340-12345-6", "10L/28R"):
    the letters, digits, hyphens and slashes written on to it with no space between; the span
    itself where it is no part of such a code."""
    doc = span.doc

    def part(i: int) -> bool:
        return doc[i].text.isalnum() or doc[i].text in _JOINERS

    start, end = span.start, span.end
    while start > 0 and not doc[start - 1].whitespace_ and part(start - 1) and part(start):
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and part(end) and part(end - 1):
        end += 1
    while end - start > 1 and doc[end - 1].text in _JOINERS:
        end -= 1
    widened = doc[start:end]
    coded = any(t.text in _JOINERS for t in widened) and any(c.isdigit() for c in widened.text)
    return widened if coded and " " not in widened.text else span


def resource(name: str) -> str:
    """A resource's name as DBpedia and Wikipedia write titles: first letter upper case
    ("council-manager government" is ``Council-manager_government``)."""
    return name[:1].upper() + name[1:]


def names_something(span: Span) -> bool:
    """Whether a subject mention is a name (or a pronoun resolved to one), not a common
    noun such as "city" or "leader", nor a bare number."""
    if NUMBER.match(span.text.strip()):
        return False
    return any(t.pos_ in ("PROPN", "NUM") or t.text[:1].isupper() or t.pos_ == "PRON" for t in span)
