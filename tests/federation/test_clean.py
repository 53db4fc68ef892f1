"""Text and links from partners: plain text within our lengths, http(s)
links only (property-based: whatever a partner sends)."""

from hypothesis import given
from hypothesis import strategies as st

from federation.clean import plain_text, safe_url


def test_markup_entities_and_control_characters_go():
    assert plain_text("<b>A</b>\x00\x07 &amp;\tB\r\n<script>x()</script>", 50) == (
        "A & B"
    )
    assert plain_text("&lt;script&gt;alert(1)&lt;/script&gt; tekst", 50) == "tekst"
    assert plain_text(None, 10) == "" and plain_text(12, 10) == ""


def test_text_is_cut_to_the_field_length():
    text = plain_text("woord " * 100, 300)
    assert len(text) <= 300 and text.endswith("…")


@given(st.text(), st.integers(min_value=1, max_value=400))
def test_plain_text_never_holds_markup_or_control_characters(value, length):
    text = plain_text(value, length)
    assert len(text) <= length
    assert "<script" not in text.lower()
    assert not any(ord(char) < 32 for char in text)


def test_only_http_links_of_a_sane_length():
    assert (
        safe_url(" https://partner.example/a?b=1 ") == "https://partner.example/a?b=1"
    )
    for bad in (
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,x",
        "//partner.example/a",
        "https://",
        "https://partner.example:99999/",
        "https://partner.example/a b",
        "https://partner.example/" + "a" * 200,
        None,
        ["https://partner.example/"],
    ):
        assert safe_url(bad) == "", bad


@given(st.text())
def test_safe_url_returns_http_or_nothing(value):
    url = safe_url(value)
    assert url == "" or url.startswith(("http://", "https://"))
