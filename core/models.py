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


class ListingIndex(models.Model):
    """A listing's facet index (core.facets.FacetIndex), stored like a
    search index: built by the first request after the content changed and
    then read by every process, so that a process that has not seen the
    listing since costs one small read instead of a build."""

    key = models.CharField(max_length=200, primary_key=True)
    # The content generation and the view restrictions it was built from,
    # and the release and facets that shaped it: built again when any of
    # them changed.
    stamp = models.CharField(max_length=64)
    format = models.CharField(max_length=64)
    data = models.BinaryField()
    built_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "lijstindex"

    def __str__(self):
        return self.key
