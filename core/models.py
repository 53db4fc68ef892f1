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


class SearchCount(models.Model):
    """How often a query was searched on one day, and how many results it
    had the last time (core.search_insights). The query is normalised
    (lower case, words only) and stripped of e-mail addresses, telephone
    numbers and long numbers; nothing else is kept: no address, no user, no
    session, no time of day. Rows older than 13 months are deleted
    (`manage.py purge_search_counts`)."""

    day = models.DateField("dag")
    query = models.CharField("zoekopdracht", max_length=200)
    searches = models.PositiveIntegerField("aantal keer gezocht", default=1)
    results = models.PositiveIntegerField("resultaten", default=0)
    # Set by an editor on every row of a query without results; a new day's
    # row starts unhandled, so a query that still finds nothing returns.
    handled = models.BooleanField("afgehandeld", default=False)

    class Meta:
        verbose_name = "zoektelling"
        verbose_name_plural = "zoektellingen"
        constraints = [
            # The upsert's conflict target (query first: the report's
            # look-ups per query read it too).
            models.UniqueConstraint(fields=["query", "day"], name="core_search_day"),
        ]
        indexes = [models.Index(fields=["day"], name="core_searchcount_day")]

    def __str__(self):
        return f"{self.day}: {self.query}"


class SynonymGroup(models.Model):
    """Terms that mean the same to the site search: synonyms and
    abbreviations ("AVG", "GDPR", "privacywet"). A search for one finds
    pages with any of them (core.synonyms); nothing is indexed again."""

    terms = models.TextField(
        "termen",
        max_length=1500,
        help_text=(
            "Eén term per regel (of gescheiden door komma's), bijvoorbeeld "
            "‘Woo’ en ‘Wet open overheid’. Een zoekopdracht naar een van de "
            "termen vindt ook pagina's met de andere."
        ),
    )
    note = models.CharField(
        "toelichting",
        max_length=200,
        blank=True,
        help_text="Voor de redactie: waarom deze termen bij elkaar horen.",
    )
    updated_at = models.DateTimeField("bijgewerkt", auto_now=True)

    class Meta:
        verbose_name = "synoniemengroep"
        verbose_name_plural = "synoniemen en afkortingen"
        ordering = ["terms"]

    def __str__(self):
        return ", ".join(self.term_list())

    def term_list(self) -> list[str]:
        from core.synonyms import split_terms

        return split_terms(self.terms)

    def clean(self):
        from core.synonyms import checked_terms

        if self.terms and self.terms.strip():  # empty: the field says so
            self.terms = checked_terms(self.terms, group=self)


class RateLimitCounter(models.Model):
    """How many requests one client made in the current window of a limit
    too high for a slot per request (the API's: core.ratelimit.count). One
    row per client, counted up or started again by a single statement."""

    key = models.CharField(max_length=100, primary_key=True)
    # When the window counted now ends, in seconds since the epoch.
    ends = models.BigIntegerField(db_index=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "rate-limitteller"

    def __str__(self):
        return self.key
