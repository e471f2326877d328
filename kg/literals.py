"""Values written in text, as a knowledge base writes them.

`value_like` tells a value (a date, a number, an amount) from a thing; `literal` writes one the
way DBpedia and Wikidata do: ISO dates ("January 1, 1959" is ``1959-01-01``) and plain numbers
("$211,200,000" is ``211200000``, "about 330,000" is ``330000``, "two million" is ``2000000``).
`kg.canonical.canonical_name` writes every other mention.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from kg.mentions import NER_SPANS
from kg.spelled import spelled_number

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
"""The months' names, in lower case and in order."""


_MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, 1)}
_MONTHS |= {name[:3]: number for name, number in _MONTHS.items()} | {"sept": 9}
"""Month names and their abbreviations ("Jan.", "Sept"), by number."""


NUMBER = re.compile(r"^[-+]?[$€£]?\d[\d,]*(\.\d+)?$")
"""A number as written in digits: a sign or a currency sign, thousands commas, a decimal part."""

YEAR = re.compile(r"1\d{3}|20\d{2}")
"""A year as names end with one ("the Voting Rights Act of 1965", "2008 Summer Olympics")."""


RANGE_WORDS = frozenset({"to", "until", "till", "through"})
"""Words between the two ends of a range of dates or numbers ("2015 to 2018"); not a dash,
which also joins the parts of one date ("1989-02-24")."""


def range_end(ent: Span, token: Token) -> Span:
    """The end of a range the tagger tags as one entity that ``token`` is in ("2018" of "2015
    to 2018"), or ``ent`` where it is no range."""
    cuts = [t.i for t in ent if t.lower_ in RANGE_WORDS and t.i > ent.start]
    if not cuts or not any(t.like_num for t in ent.doc[ent.start : cuts[0]]):
        return ent
    start = max([ent.start, *(c + 1 for c in cuts if c < token.i)])
    end = min([ent.end, *(c for c in cuts if c > token.i)])
    return ent.doc[start:end] if start < end else ent


_HEDGE = re.compile(
    r"(?:about|around|approximately|nearly|almost|roughly|some|over|more than|fewer than|less than"
    r"|up to|an estimated|estimated)\s+(.+)$",
    re.IGNORECASE,
)
"""Words that say a number is not exact, written before it."""


def literal(text: str) -> str | None:
    """A value as a knowledge base writes it, or None for anything else: an ISO date, a plain
    number (a comma before one or two digits is a decimal one: "1142,3"), a number spelled in
    lower case ("four", "two million"; not "One", a title), with the words that hedge a number
    left out ("about 330,000").

    >>> literal("January 1, 1959"), literal("$211,200,000"), literal("around two million")
    ('1959-01-01', '211200000', '2000000')
    >>> literal("1142,3"), literal("One") is None, literal("October 1998")
    ('1142.3', True, '1998-10')
    """
    iso = iso_date(text)
    if iso:
        return iso
    hedged = _HEDGE.match(text)  # "about 330,000", "around two million": the number
    if hedged and (NUMBER.match(hedged.group(1)) or spelled_number(hedged.group(1).lower())):
        text = hedged.group(1)
    if NUMBER.match(text):
        number = text.lstrip("$€£+")
        if re.fullmatch(r"-?\d+,\d{1,2}", number):
            return number.replace(",", ".")  # "1142,3": a decimal comma, not a thousands one
        return number.replace(",", "")
    return spelled_number(text) if text.islower() else None  # "four seasons", "two million speakers"


def iso_date(text: str) -> str | None:
    text = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text)  # "27th September 1987"
    text = re.sub(r"(?<=\d) of (?=[A-Za-z])", " ", text)  # "1st of May 2004"
    words = re.findall(r"[A-Za-z]+|\d+", text)
    if len(words) == 2 and words[0].lower() in _MONTHS and re.fullmatch(r"\d{4}", words[1]):
        return f"{words[1]}-{_MONTHS[words[0].lower()]:02d}"  # "October 1998": a month, as XSD writes one
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
            first, second = int(words[0]), int(words[1])
            if first > 12:  # 30/05/1996: day first, as most of the world writes it
                return date(int(words[2]), second, first).isoformat()
            return date(int(words[2]), first, second).isoformat()  # 01-31-1959
    except ValueError:
        return None
    return None


VALUE_TYPES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
"""The tagger's labels for values, which an entity's name never is."""


def numbered_word(token: Token) -> bool:
    """Whether a word may follow a name's number: a capitalised word ("433 Eros") or a
    designation's letters and digits ("1998 RO1", "1994 VK8")."""
    return token.is_title or bool(re.fullmatch(r"[A-Z]{1,2}\d*", token.text))


def value_like(span: Span) -> bool:
    """Whether a mention is a value, not a thing: its head word is a number, the tagger read
    it as a date, time or amount ("February 1989", "27th September 1987"), or it counts
    something named by a common noun ("2900 staff members", "8,500 people"); not a name that
    ends with its number ("RTÉ One") or is letters and digits ("TF1"), nor one that starts with
    its number and goes on in capitalised words ("50 Cent", which the tagger calls an amount),
    whatever the tagger says."""
    root = span.root
    words = span[3:] if re.fullmatch(r"\(\d+\)", span[:3].text.replace(" ", "")) else span
    numbered = len(words) > 1 and words[0].is_digit and all(numbered_word(t) for t in words[1:])
    if numbered:
        root = span[-1]  # "4179 Toutatis", "(66063) 1998 RO1": a name that starts with its number
    if root.like_num and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in VALUE_TYPES and c.i >= span.start
        for c in root.lefts
    ):
        return False  # "RTÉ One", "BBC Two": a name that ends with its number
    if root.pos_ == "PROPN" and re.fullmatch(r"(?=.*[^\W\d_])(?=.*\d)\w+", root.text):
        return False  # "TF1", whatever the tagger calls it: a name of letters and digits
    if root.like_num:
        return True
    counted = any(
        c.dep_ == "nummod" and c.like_num and span.start <= c.i < span.end and not _hyphened(c)
        for c in root.children
    )  # not "the figure-eight loop": a number a hyphen joins to a word is part of that word
    if counted and root.pos_ == "NOUN" and root.is_lower:
        return not any(t.pos_ == "PROPN" for t in span)
    tagged = span.doc.spans.get(NER_SPANS, span.doc.ents)
    amounts = (
        ("MONEY", "QUANTITY", "CARDINAL") if numbered else ()
    )  # "50 Cent", no amount: "Cent" is capitalised
    return any(
        e.start <= root.i < e.end
        and e.label_ in VALUE_TYPES
        and e.label_ not in amounts
        and not named_period(e)
        and not named_day(e)
        for e in tagged
    )


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_DAYS = ("today", "tomorrow", "yesterday", "tonight")


def named_day(ent: Span) -> bool:
    """Whether a date the tagger names is a holiday's name: capitalised words (and a
    possessive), no number, month, weekday nor a day said from today among them ("Labour
    Day", "Saint Patrick's Day", "Easter"; not "Monday", "Today")."""
    return ent.label_ == "DATE" and all(
        (t.is_title or t.tag_ == "POS")
        and not t.like_num
        and t.lower_ not in (*MONTH_NAMES, *_WEEKDAYS, *_RELATIVE_DAYS)
        for t in ent
    )


def named_period(ent: Span) -> bool:
    """Whether a date the tagger names is a period's name: "the" and two capitalised words or
    more, no number nor month among them ("the Late Cretaceous", "the Middle Ages"), or
    capitalised words and the lower-case noun they name ("the Ming dynasty", "the Edo
    period")."""
    words = ent[1:]
    named = words[:-1] if len(words) >= 2 and words[-1].is_lower and words[-1].pos_ == "NOUN" else words
    return (
        ent.label_ == "DATE" and ent[0].lower_ == "the" and len(words) >= 2
        and all(t.is_title and not t.like_num and t.lower_ not in MONTH_NAMES for t in named)
    )  # fmt: skip


def _hyphened(token: Token) -> bool:
    """Whether a hyphen joins ``token`` to the word before it, with no space ("figure-eight")."""
    doc = token.doc
    return (
        token.i >= 2 and doc[token.i - 1].text == "-"
        and not doc[token.i - 2].whitespace_ and not doc[token.i - 1].whitespace_
    )  # fmt: skip
