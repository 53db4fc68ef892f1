"""core.privacy: e-mail addresses and telephone numbers never survive."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.privacy import (
    ACCOUNT_REPLACEMENT,
    EMAIL_REPLACEMENT,
    NUMBER_REPLACEMENT,
    PHONE_REPLACEMENT,
    strip_personal_data,
)

prose = st.text(
    alphabet=st.characters(whitelist_categories=("L", "Zs")), max_size=40
).map(lambda text: f" {text} ")


@pytest.mark.parametrize(
    "text",
    [
        "jan.jansen@gemeente.nl",
        "J.de-Vries+data@provincie-utrecht.nl",
        "jan @ gemeente . nl",
        "jan (at) gemeente punt nl",
        "jan[at]waterschap[dot]nl",
    ],
)
def test_an_email_address_is_replaced(text):
    stripped = strip_personal_data(f"Mail me op {text}, graag.")
    assert stripped == f"Mail me op {EMAIL_REPLACEMENT}, graag."


@pytest.mark.parametrize(
    "number",
    [
        "0612345678",
        "06-12345678",
        "06 1234 5678",
        "+31 6 1234 5678",
        "+31 (0)6 12 34 56 78",
        "0031612345678",
        "020 - 123 45 67",
        "(020) 123 45 67",
        "070-3456789",
    ],
)
def test_a_telephone_number_is_replaced(number):
    stripped = strip_personal_data(f"Bel {number} na vijf uur")
    assert stripped == f"Bel {PHONE_REPLACEMENT} na vijf uur"


@pytest.mark.parametrize(
    "text",
    [
        "Op 12-03-2026 om 10.00 uur",
        "Het kost 1.250.000 euro",
        "AVG artikel 6 lid 1 sub e",
        "Woo 2022, Archiefwet 1995",
        "de periode 2026-2030",
        "versie 1.2.3",
    ],
)
def test_dates_amounts_and_article_numbers_stay(text):
    assert strip_personal_data(text) == text


@given(before=prose, address=st.emails(), after=prose)
def test_no_generated_address_survives(before, address, after):
    stripped = strip_personal_data(before + address + after)
    assert "@" not in stripped
    assert address.split("@")[1] not in stripped


@given(
    before=prose,
    digits=st.text(alphabet="0123456789", min_size=9, max_size=9),
    separator=st.sampled_from(["", " ", "-", "."]),
    after=prose,
)
def test_no_mobile_number_survives(before, digits, separator, after):
    number = f"06{separator}{digits[:4]}{separator}{digits[4:8]}"
    stripped = strip_personal_data(before + number + after)
    assert PHONE_REPLACEMENT in stripped
    assert digits[:4] not in stripped and digits[4:8] not in stripped


@pytest.mark.parametrize(
    "text, replacement",
    [
        ("mijn bsn is 123456782", NUMBER_REPLACEMENT),
        ("BSN 123.456.782 graag", NUMBER_REPLACEMENT),
        ("klantnummer 1234-5678-90", NUMBER_REPLACEMENT),
        ("rekening NL91ABNA0417164300", ACCOUNT_REPLACEMENT),
        ("rekening NL91 ABNA 0417 1643 00", ACCOUNT_REPLACEMENT),
        ("IBAN be71 0961 2345 6769 ok", ACCOUNT_REPLACEMENT),
    ],
)
def test_a_citizen_service_or_account_number_is_replaced(text, replacement):
    stripped = strip_personal_data(text)
    assert replacement in stripped
    assert "0417" not in stripped and "456" not in stripped and "5678" not in stripped
