"""Referral reference numbers like ``REF-MOP-2026-00017-K``, with a check character.

The check character is computed with **ISO/IEC 7064 MOD 37,36** (the "hybrid" system for
alphanumeric strings, the one used for instance by GRid and ISAN) over the alphanumeric
characters of the reference without its dashes (``MOP202600017``): digits count 0–9, letters
A–Z count 10–35, and the check character is one of 0–9 A–Z. It catches every single mistyped
character and every swap of two neighbouring characters, which is what happens when a
provider copies the reference from a paper slip into their own register or a phone call.
"""

from __future__ import annotations

import re
import unicodedata

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_MOD = 36
_PATTERN = re.compile(r"^REF-([A-Z0-9]{1,12})-(\d{4})-(\d{5,})-([0-9A-Z])$")


def _values(text: str) -> list[int]:
    values = []
    for char in text.upper():
        if char == "-":
            continue
        index = ALPHABET.find(char)
        if index < 0:
            raise ValueError(f"not alphanumeric: {char!r}")
        values.append(index)
    return values


def check_character(text: str) -> str:
    """The ISO 7064 MOD 37,36 check character of ``text`` (dashes ignored)."""
    product = _MOD
    for value in _values(text):
        total = (product + value) % _MOD or _MOD
        product = (total * 2) % (_MOD + 1)
    return ALPHABET[(_MOD + 1 - product) % _MOD]


def is_valid(text: str) -> bool:
    """True when ``text`` ends with the right check character (dashes ignored)."""
    try:
        product = _MOD
        values = _values(text)
    except ValueError:
        return False
    if len(values) < 2:
        return False
    for value in values:
        total = (product + value) % _MOD or _MOD
        product = (total * 2) % (_MOD + 1)
    return total == 1


def site_prefix(site_code: str) -> str:
    """The site part: letters and digits of the site code, upper case (``Mopti`` → MOP)."""
    plain = unicodedata.normalize("NFKD", site_code).encode("ascii", "ignore").decode()
    return (re.sub(r"[^A-Za-z0-9]", "", plain).upper() or "SIT")[:12]


def make_reference(site_code: str, year: int, number: int) -> str:
    """``REF-<site>-<year>-<number, 5 digits>-<check>``."""
    body = f"REF-{site_prefix(site_code)}-{year:04d}-{number:05d}"
    return f"{body}-{check_character(body[4:])}"


def normalise(text: str) -> str:
    """A reference as typed (spaces, lower case) in its stored form."""
    return re.sub(r"\s+", "", text).upper()


def looks_valid(text: str) -> bool:
    """True for a well-formed reference whose check character matches."""
    reference = normalise(text)
    return bool(_PATTERN.match(reference)) and is_valid(reference[4:])
