"""Keep personal data out of what visitors type where none is asked for (a
comment under a page, a search): e-mail addresses and telephone numbers are
replaced before anything is stored.

A rule can't recognise every name, so the forms also ask visitors not to
give any; what it can recognise reliably (addresses, numbers) it removes.
"""

import re

EMAIL_REPLACEMENT = "[e-mailadres verwijderd]"
PHONE_REPLACEMENT = "[telefoonnummer verwijderd]"
ACCOUNT_REPLACEMENT = "[rekeningnummer verwijderd]"
NUMBER_REPLACEMENT = "[nummer verwijderd]"

# Something@something.tld, also written out ("naam (at) gemeente punt nl")
# or with spaces around the @.
_EMAIL = re.compile(
    r"""[\w.!\#$%&'*+/=?^`{|}~-]+ \s* (?: @ | [\[(]\s*(?:at|apenstaartje)\s*[\])] ) \s*
        [\w-]+ (?: \s* (?: \. | [\[(]\s*(?:dot|punt)\s*[\])] | \s(?:dot|punt)\s )
        \s* [\w-]+ )+""",
    re.IGNORECASE | re.VERBOSE,
)
# A run of at least nine digits, optionally starting with + or 00 and broken
# up by spaces, dots, dashes, slashes or brackets: 06-12345678,
# +31 (0)6 1234 5678, 020 - 123 45 67. Dates and amounts have fewer digits.
_PHONE = re.compile(r"(?<![\w+])(?:\+|\(?0)[\d\s().\/-]{7,24}\d(?!\w)")
_PHONE_DIGITS = range(9, 16)


# An IBAN: country, check digits, then letters and digits, maybe in groups
# of four (NL91 ABNA 0417 1643 00).
_IBAN = re.compile(
    r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b", re.I
)
# Any other run of nine digits or more, also broken up by spaces, dots or
# dashes: a BSN (123.456.782), an account or client number. Amounts and
# dates have fewer.
_NUMBER = re.compile(r"(?<![\w.-])\d(?:[ .-]?\d){8,}(?![\w])")


def _phone(match: re.Match) -> str:
    digits = sum(ch.isdigit() for ch in match.group())
    return PHONE_REPLACEMENT if digits in _PHONE_DIGITS else match.group()


def _iban(match: re.Match) -> str:
    # A run of capitals only ("AVG2024ABCD…") has too few digits to be one.
    digits = sum(ch.isdigit() for ch in match.group())
    return ACCOUNT_REPLACEMENT if digits >= 8 else match.group()


def strip_personal_data(text: str) -> str:
    """`text` with every e-mail address, telephone number, IBAN and long
    number (a BSN) replaced."""
    text = _EMAIL.sub(EMAIL_REPLACEMENT, text)
    text = _IBAN.sub(_iban, text)
    text = _PHONE.sub(_phone, text)
    return _NUMBER.sub(NUMBER_REPLACEMENT, text)
