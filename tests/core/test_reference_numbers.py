"""Reference codes read aloud and copied by hand: no look-alike check character."""

from __future__ import annotations

import itertools
import random

from desktop.core.services.referrals.reference_numbers import (
    ALPHABET,
    CHECK_ALPHABET,
    is_valid,
    looks_valid,
    make_reference,
    normalise,
)

LOOK_ALIKES = set("0O1IL")


def test_no_check_character_is_a_look_alike() -> None:
    made = {make_reference(site, year, number)[-1]
            for site in ("MOP", "Bamako", "KIDAL", "Sikasso")
            for year in (2025, 2026) for number in range(1, 400)}
    assert not made & LOOK_ALIKES
    assert len(CHECK_ALPHABET) == 31 and not set(CHECK_ALPHABET) & LOOK_ALIKES
    assert len(made) == 31  # every character of the alphabet is used


def test_every_mistyped_digit_and_neighbour_swap_is_caught() -> None:
    rng = random.Random(7)
    for _ in range(300):
        reference = make_reference("MOP", rng.randint(2024, 2030), rng.randint(1, 99999))
        assert looks_valid(reference)
        digits = [i for i, char in enumerate(reference) if char.isdigit()]
        for i in digits:
            for other in "0123456789":
                if other != reference[i]:
                    typo = reference[:i] + other + reference[i + 1:]
                    assert not is_valid(typo[4:]), (reference, typo)
        body = reference[4:-2].replace("-", "")
        for i, j in itertools.pairwise(range(len(body))):
            if body[i] != body[j]:
                swapped = list(body)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                typo = "".join(swapped)
                typo = f"REF-{typo[:3]}-{typo[3:7]}-{typo[7:]}-{reference[-1]}"
                assert not is_valid(typo[4:]), (reference, typo)
        for wrong in CHECK_ALPHABET.replace(reference[-1], ""):
            assert not is_valid(reference[4:-1] + wrong)


def _legacy_reference(site: str, year: int, number: int) -> str:
    """A reference as made before issue 11: ISO 7064 MOD 37,36, check among 0–9 A–Z."""
    body = f"REF-{site}-{year:04d}-{number:05d}"
    product = 36
    for char in body[4:].replace("-", ""):
        total = (product + ALPHABET.index(char)) % 36 or 36
        product = (total * 2) % 37
    return f"{body}-{ALPHABET[(37 - product) % 36]}"


def test_references_made_before_still_verify() -> None:
    """References printed with the former check (which could be 0, O, 1, I or L)."""
    assert _legacy_reference("MOP", 2026, 17) == "REF-MOP-2026-00017-3"  # the old example
    old = [_legacy_reference("MOP", 2026, number) for number in range(1, 300)]
    assert {reference[-1] for reference in old} & LOOK_ALIKES  # the old alphabet had them
    assert all(looks_valid(reference) for reference in old)
    assert all(looks_valid(reference.lower()) for reference in old)
    assert all(normalise(reference) == reference for reference in old)


def test_typed_letters_for_digits_are_read_as_digits() -> None:
    reference = make_reference("MOP", 2026, 10)  # REF-MOP-2026-00010-…
    typed = "ref-mop-2o26-ooo1o-" + reference[-1].lower()
    assert normalise(typed) == reference and looks_valid(typed)
    assert normalise("REF-MOP-2026-000I7-4") == "REF-MOP-2026-00017-4"
    assert normalise("REF-MOP-2026-000L7-4") == "REF-MOP-2026-00017-4"
    # the site part keeps its letters: MOP's O stays an O
    assert normalise("REF-MOP-2026-00017-4").startswith("REF-MOP-")
