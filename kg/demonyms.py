"""The adjectives English names a country's people with ("French", "South African"), and the
countries they name: "a French composer" says the composer's country.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.spellings import name_key

DEMONYMS = {
    "Afghan": "Afghanistan", "Albanian": "Albania", "Algerian": "Algeria", "American": "United States",
    "Argentine": "Argentina", "Argentinian": "Argentina", "Armenian": "Armenia", "Australian": "Australia",
    "Austrian": "Austria", "Belgian": "Belgium", "Bolivian": "Bolivia", "Bosnian": "Bosnia and Herzegovina",
    "Brazilian": "Brazil", "British": "United Kingdom", "Bulgarian": "Bulgaria", "Cameroonian": "Cameroon",
    "Canadian": "Canada", "Chilean": "Chile", "Chinese": "China", "Colombian": "Colombia",
    "Croatian": "Croatia", "Cuban": "Cuba", "Czech": "Czech Republic", "Czechoslovak": "Czechoslovakia",
    "Danish": "Denmark", "Dutch": "Netherlands", "Ecuadorian": "Ecuador", "Egyptian": "Egypt",
    "English": "England", "Estonian": "Estonia", "Ethiopian": "Ethiopia", "Filipino": "Philippines",
    "Finnish": "Finland",
    "French": "France", "Georgian": "Georgia", "German": "Germany", "Ghanaian": "Ghana", "Greek": "Greece",
    "Hungarian": "Hungary", "Icelandic": "Iceland", "Indian": "India", "Indonesian": "Indonesia",
    "Iranian": "Iran", "Iraqi": "Iraq", "Irish": "Ireland", "Israeli": "Israel", "Italian": "Italy",
    "Ivorian": "Ivory Coast", "Jamaican": "Jamaica", "Japanese": "Japan", "Jordanian": "Jordan",
    "Kenyan": "Kenya", "Korean": "South Korea", "Latvian": "Latvia", "Lebanese": "Lebanon",
    "Lithuanian": "Lithuania", "Malaysian": "Malaysia", "Maltese": "Malta", "Mexican": "Mexico",
    "Moroccan": "Morocco", "Nigerian": "Nigeria", "Norwegian": "Norway", "Pakistani": "Pakistan",
    "Paraguayan": "Paraguay", "Peruvian": "Peru", "Polish": "Poland", "Portuguese": "Portugal",
    "Romanian": "Romania", "Russian": "Russia", "Saudi": "Saudi Arabia", "Scottish": "Scotland",
    "Senegalese": "Senegal", "Serbian": "Serbia", "Slovak": "Slovakia", "Slovenian": "Slovenia",
    "Soviet": "Soviet Union", "Spanish": "Spain", "Swedish": "Sweden", "Swiss": "Switzerland",
    "Thai": "Thailand", "Tunisian": "Tunisia", "Turkish": "Turkey", "Ukrainian": "Ukraine",
    "Uruguayan": "Uruguay", "Venezuelan": "Venezuela", "Vietnamese": "Vietnam", "Welsh": "Wales",
    "Andorran": "Andorra", "Angolan": "Angola", "Azerbaijani": "Azerbaijan", "Azeri": "Azerbaijan",
    "Bahamian": "Bahamas", "Bahraini": "Bahrain", "Bangladeshi": "Bangladesh", "Barbadian": "Barbados",
    "Belarusian": "Belarus", "Belizean": "Belize", "Beninese": "Benin", "Bhutanese": "Bhutan",
    "Bruneian": "Brunei", "Burmese": "Myanmar", "Burundian": "Burundi", "Cambodian": "Cambodia",
    "Chadian": "Chad", "Congolese": "Congo", "Cypriot": "Cyprus", "Djiboutian": "Djibouti",
    "Dominican": "Dominican Republic", "Emirati": "United Arab Emirates", "Eritrean": "Eritrea",
    "Fijian": "Fiji", "Gabonese": "Gabon", "Gambian": "Gambia", "Grenadian": "Grenada",
    "Guatemalan": "Guatemala", "Guyanese": "Guyana", "Haitian": "Haiti", "Honduran": "Honduras",
    "Kazakh": "Kazakhstan", "Kazakhstani": "Kazakhstan", "Kosovar": "Kosovo", "Kuwaiti": "Kuwait",
    "Kyrgyz": "Kyrgyzstan", "Laotian": "Laos", "Liberian": "Liberia", "Libyan": "Libya",
    "Liechtensteiner": "Liechtenstein", "Luxembourgish": "Luxembourg", "Macedonian": "North Macedonia",
    "Malagasy": "Madagascar", "Malawian": "Malawi", "Maldivian": "Maldives", "Malian": "Mali",
    "Mauritanian": "Mauritania", "Mauritian": "Mauritius", "Moldovan": "Moldova", "Monegasque": "Monaco",
    "Mongolian": "Mongolia", "Montenegrin": "Montenegro", "Mozambican": "Mozambique", "Namibian": "Namibia",
    "Nepalese": "Nepal", "Nepali": "Nepal", "Nicaraguan": "Nicaragua", "Nigerien": "Niger", "Omani": "Oman",
    "Palestinian": "Palestine", "Panamanian": "Panama", "Qatari": "Qatar", "Rwandan": "Rwanda",
    "Salvadoran": "El Salvador", "Samoan": "Samoa", "Singaporean": "Singapore", "Somali": "Somalia",
    "Sudanese": "Sudan", "Surinamese": "Suriname", "Syrian": "Syria", "Taiwanese": "Taiwan",
    "Tajik": "Tajikistan", "Tanzanian": "Tanzania", "Togolese": "Togo", "Tongan": "Tonga",
    "Trinidadian": "Trinidad and Tobago", "Turkmen": "Turkmenistan", "Ugandan": "Uganda",
    "Uzbek": "Uzbekistan", "Yemeni": "Yemen", "Zambian": "Zambia", "Zimbabwean": "Zimbabwe",
}  # fmt: skip
"""Countries by the adjective English names their people and national teams with."""


PAIRED_DEMONYMS = {
    "South African": "South Africa", "Central African": "Central African Republic",
    "North Korean": "North Korea", "South Korean": "South Korea", "South Sudanese": "South Sudan",
    "Northern Irish": "Northern Ireland", "North Macedonian": "North Macedonia",
    "East German": "East Germany", "West German": "West Germany", "East Timorese": "East Timor",
    "Sri Lankan": "Sri Lanka", "Costa Rican": "Costa Rica", "Puerto Rican": "Puerto Rico",
    "Saudi Arabian": "Saudi Arabia", "Sierra Leonean": "Sierra Leone",
}  # fmt: skip
"""Countries by the people's adjectives written in two words ("a South African golfer")."""


def demonym(span: Span) -> str | None:
    """The country whose people's adjective ``span`` is, in one word or two, or None."""
    if len(span) == 1:
        return DEMONYMS.get(span.text)
    return PAIRED_DEMONYMS.get(span.text) if len(span) == 2 else None


def paired_demonym(token: Token) -> Span | None:
    """The two-word people's adjective ``token`` ends ("African" of "South African"), or None."""
    doc = token.doc
    pair = doc[token.i - 1 : token.i + 1] if token.i else None
    return pair if pair is not None and pair.text in PAIRED_DEMONYMS else None


DESCRIBING = frozenset({"amod", "compound"})
"""How the parser hangs a people's adjective from the noun it describes ("a British film",
and as often "a Welsh rugby player", a proper noun in a compound)."""


def demonym_of(token: Token, country: str) -> bool:
    """Whether ``token`` is the adjective of the country whose name key is ``country``
    ("British" of ``unitedkingdom``; "American" of ``unitedstates`` and of
    ``unitedstatesofamerica``, the country's full name)."""
    paired = paired_demonym(token)
    named = PAIRED_DEMONYMS[paired.text] if paired is not None else DEMONYMS.get(token.text)
    if named is None or token.pos_ not in ("ADJ", "PROPN"):
        return False
    key = name_key(named)
    return country == key or (country.startswith(key) and country[len(key) :].startswith("of"))
