"""Cache keys carry the release: what one release kept (pages, values, the
content generation) is never read by the next."""

from django.conf import settings
from django.core.cache.backends.locmem import LocMemCache

from ibds_portal.settings.base import cache_settings, code_release


def test_every_cache_key_carries_the_release():
    for alias, config in settings.CACHES.items():
        assert settings.RELEASE in config["KEY_PREFIX"], alias


def test_a_value_kept_by_one_release_is_not_read_by_the_next():
    def cache(release):
        config = cache_settings("", release=release)["pages"]
        return LocMemCache(
            "release-test", {"KEY_PREFIX": config["KEY_PREFIX"], "TIMEOUT": 60}
        )

    old, new = cache("1.4.0"), cache("1.5.0")
    old.set("page:home", "<html>rendered by 1.4.0</html>")
    assert old.get("page:home") == "<html>rendered by 1.4.0</html>"
    assert new.get("page:home") is None
    old.clear()


def test_the_code_release_changes_with_the_code(tmp_path):
    (tmp_path / "app").mkdir()
    module = tmp_path / "app" / "views.py"
    module.write_text("def view(): return 1\n")
    (tmp_path / "requirements.lock").write_text("wagtail==8.0.1\n")
    parts = ["app", "requirements.lock"]
    first = code_release(tmp_path, parts)
    assert code_release(tmp_path, parts) == first  # stable
    module.write_text("def view(): return 2\n")
    second = code_release(tmp_path, parts)
    assert second != first
    (tmp_path / "requirements.lock").write_text("wagtail==8.0.2\n")
    assert code_release(tmp_path, parts) not in {first, second}
