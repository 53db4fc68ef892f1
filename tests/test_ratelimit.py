"""Rate limits (core.ratelimit): shared by every process, exact under
parallel attempts, and freed when their window has passed."""

import datetime

import pytest
import time_machine
from django.core.cache import caches
from django.utils import timezone

from core.models import RateLimitSlot
from core.ratelimit import allow_key, exhausted

pytestmark = pytest.mark.django_db


def test_a_limit_refuses_once_used_up_and_frees_after_its_window():
    assert [allow_key("probe", "a@b.example", 3, 3600) for _ in range(4)] == [
        True,
        True,
        True,
        False,
    ]
    assert exhausted("probe", "a@b.example", 3)
    assert allow_key("probe", "ander@b.example", 3, 3600)  # counted per value
    assert allow_key("ander", "a@b.example", 3, 3600)  # and per scope
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=61)):
        assert not exhausted("probe", "a@b.example", 3)
        assert allow_key("probe", "A@B.example ", 3, 3600)  # one case, trimmed


def test_the_count_is_the_same_for_every_process():
    """Another gunicorn worker, or the newsletter worker, starts with empty
    local memory: what it finds must still hold the count."""
    for _ in range(2):
        allow_key("probe", "a@b.example", 2, 3600)
    for alias in caches:
        caches[alias].clear()
    assert not allow_key("probe", "a@b.example", 2, 3600)
    assert RateLimitSlot.objects.count() == 2
    # Nothing readable about the value is stored, only a hash.
    assert not RateLimitSlot.objects.filter(key__contains="a@b").exists()


def test_a_slot_taken_in_parallel_is_not_taken_twice(monkeypatch):
    """Two attempts that both saw slot 0 free: the one that loses the INSERT
    takes the next slot, so both count."""
    from core import ratelimit

    real_filter = RateLimitSlot.objects.filter

    def stale_read(**kwargs):
        if "key__in" in kwargs:  # as if read before the parallel attempt wrote
            return real_filter(key="nothing-at-all")
        return real_filter(**kwargs)

    assert allow_key("probe", "a@b.example", 2, 3600)
    monkeypatch.setattr(ratelimit.RateLimitSlot.objects, "filter", stale_read)
    assert allow_key("probe", "a@b.example", 2, 3600)
    assert not allow_key("probe", "a@b.example", 2, 3600)
    monkeypatch.undo()
    assert RateLimitSlot.objects.count() == 2
