"""The archive as an Atom feed: /nieuwsbrief/feed/."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

FEED_SIZE = 24


class IssueFeed(Feed):
    feed_type = Atom1Feed
    title = "Data-nieuwsbrief van het Kenniscentrum Data"
    subtitle = "Elke maand nieuws, beleid, instrumenten en nieuwe kennisproducten."

    def __init__(self, index):
        super().__init__()
        self.index = index

    def link(self):
        return self.index.url

    def items(self):
        return self.index.issues()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return timezone.make_aware(
            datetime.datetime.combine(item.issue_date, datetime.time(8))
        )

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)
