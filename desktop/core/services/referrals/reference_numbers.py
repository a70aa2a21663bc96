"""Referral reference numbers like ``REF-MOP-2026-00017-4``, with a check character.

The reference is read aloud on the phone and copied by hand from a paper slip, so its check
character never is a look-alike: it is one of the 31 characters ``CHECK_ALPHABET`` (digits
2–9 and the letters without I, L and O — no 0/O, no 1/I/L).

It is computed over the alphanumeric characters of the reference without its dashes
(``MOP202600017``; digits count 0–9, letters A–Z 10–35) as a weighted sum modulo the prime
31, with the weights the powers of 3 (a primitive root modulo 31), the last one 1 for the
check value itself. It catches every mistyped digit of the year and the number, every swap
of two neighbouring characters and of two characters one apart (in the site part: except
between characters 31 apart, 0/V, 1/W, 2/X, 3/Y, 4/Z).

References made before this alphabet (ISO/IEC 7064 MOD 37,36, check among 0–9 A–Z) still
verify: :func:`looks_valid` accepts either, and stored references are never rewritten.
When a reference is typed, :func:`normalise` reads O as 0 and I or L as 1 in its year and
number, where only digits belong.
"""

from __future__ import annotations

import re
import unicodedata

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CHECK_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_MOD = 31
_WEIGHT = 3
_LEGACY_MOD = 36
_PATTERN = re.compile(r"^REF-([A-Z0-9]{1,12})-(\d{4})-(\d{5,})-([0-9A-Z])$")
_TYPED = re.compile(r"^(REF-[A-Z0-9]{1,12}-)([0-9OIL]{4})-([0-9OIL]{5,})(-[0-9A-Z])$")
_AS_DIGIT = str.maketrans("OIL", "011")


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


def _weighted(values: list[int]) -> int:
    total = 0
    for value in values:
        total = (total * _WEIGHT + value) % _MOD
    return total


def check_character(text: str) -> str:
    """The check character of ``text`` (dashes ignored), never 0, O, 1, I or L."""
    return CHECK_ALPHABET[(-_weighted(_values(text)) * _WEIGHT) % _MOD]


def is_valid(text: str) -> bool:
    """True when ``text`` ends with the right check character (dashes ignored)."""
    try:
        values = _values(text[:-1])
    except ValueError:
        return False
    check = CHECK_ALPHABET.find(text[-1:].upper()) if text else -1
    if not values or check < 0:
        return False
    return (_weighted(values) * _WEIGHT + check) % _MOD == 0


def legacy_is_valid(text: str) -> bool:
    """True when ``text`` ends with its ISO 7064 MOD 37,36 check (references made before)."""
    try:
        values = _values(text)
    except ValueError:
        return False
    if len(values) < 2:
        return False
    product = _LEGACY_MOD
    total = 0
    for value in values:
        total = (product + value) % _LEGACY_MOD or _LEGACY_MOD
        product = (total * 2) % (_LEGACY_MOD + 1)
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
    """A reference as typed (spaces, lower case, O for 0 or I/L for 1 in its digits) stored."""
    reference = re.sub(r"\s+", "", text).upper()
    typed = _TYPED.match(reference)
    if typed is None:
        return reference
    site, year, number, check = typed.groups()
    return f"{site}{year.translate(_AS_DIGIT)}-{number.translate(_AS_DIGIT)}{check}"


def looks_valid(text: str) -> bool:
    """True for a well-formed reference whose check character matches (new or legacy)."""
    reference = normalise(text)
    if not _PATTERN.match(reference):
        return False
    return is_valid(reference[4:]) or legacy_is_valid(reference[4:])
