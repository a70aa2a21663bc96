"""Checks of the contact details printed on referral letters: phone numbers and e-mail."""

from __future__ import annotations

import re

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_phone(phone: str, field: str = "phone") -> str:
    """A phone number as printed: digits, spaces, + - . ( ) and "/" between two numbers, at
    most 40 characters; spaces tidied; empty allowed."""
    phone = " ".join(str(phone).split())
    if len(phone) > 40 or any(not (c.isdigit() or c in " +-.()/") for c in phone):
        raise ValidationError({field: translate(
            "Accounts", "Enter a phone number (digits, spaces, + - . ( ), at most 40).")})
    return phone


def check_email(email: str, field: str = "email") -> str:
    """An e-mail address (one ``@``, a dot in the domain, no space), at most 120
    characters; empty allowed."""
    email = str(email).strip()
    if email and (len(email) > 120 or not EMAIL.match(email)):
        raise ValidationError({field: translate(
            "Accounts", "Enter an e-mail address such as contact@example.org.")})
    return email


def check_address(address: str, field: str = "address") -> str:
    """A postal address on at most three lines of 200 characters in all; empty allowed."""
    lines = [" ".join(line.split()) for line in str(address).splitlines()]
    address = "\n".join(line for line in lines if line)
    if len(address) > 200 or address.count("\n") > 2:
        raise ValidationError({field: translate(
            "Accounts", "Keep the address to three lines (200 characters at most).")})
    return address
