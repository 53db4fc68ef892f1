"""Keep the search index in step with what is published."""

from wagtail.search import index
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs):
    # The save that publishes a page indexes it before modelcluster stores its
    # tags and many-to-many relations; index again once all of it is stored.
    index.insert_or_update_object(instance.specific)


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="ikc-reindex")
