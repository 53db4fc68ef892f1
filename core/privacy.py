"""Keep personal data out of what visitors type where none is asked for (a
comment under a page, a search): e-mail addresses and telephone numbers are
replaced before anything is stored.

A rule can't recognise every name, so the forms also ask visitors not to
give any; what it can recognise reliably (addresses, numbers) it removes.
"""

import re

EMAIL_REPLACEMENT = "[e-mailadres verwijderd]"
PHONE_REPLACEMENT = "[telefoonnummer verwijderd]"

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


def _phone(match: re.Match) -> str:
    digits = sum(ch.isdigit() for ch in match.group())
    return PHONE_REPLACEMENT if digits in _PHONE_DIGITS else match.group()


def strip_personal_data(text: str) -> str:
    """`text` with every e-mail address and telephone number replaced."""
    text = _EMAIL.sub(EMAIL_REPLACEMENT, text)
    return _PHONE.sub(_phone, text)


def has_personal_data(text: str) -> bool:
    return strip_personal_data(text) != text
