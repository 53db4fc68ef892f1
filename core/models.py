from django.db import models


class RateLimitSlot(models.Model):
    """One counted attempt of a rate limit (core.ratelimit): a limit of N per
    window is N slots of one key, each taken until its window has passed.

    In the database, not in a cache: every process and machine shares it,
    nothing evicts it early, and taking a slot is a single atomic INSERT or
    conditional UPDATE."""

    key = models.CharField(max_length=100, primary_key=True)
    expires = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "rate-limitpoging"

    def __str__(self):
        return self.key
