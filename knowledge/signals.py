"""Keep the search index in step with what is published, and the products'
document facts with their documents."""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.documents import get_document_model
from wagtail.search import index
from wagtail.signals import page_published

from core.page_cache import purge


def reindex_published_page(sender, instance, **kwargs):
    # The save that publishes a page indexes it before modelcluster stores its
    # tags and many-to-many relations; index again once all of it is stored.
    index.insert_or_update_object(instance.specific)


def recount_replaced_document(sender, instance, created, update_fields=None, **kwargs):
    """A document whose file is replaced in the library (Documents in the
    admin) is counted again for the products that offer it, and their cards
    follow (format and pages); their revisions do the same when next saved."""
    if created or (update_fields is not None and "file" not in update_fields):
        return
    from knowledge.models import KnowledgeProductAttachment

    pages = set()
    for attachment in KnowledgeProductAttachment.objects.filter(document=instance):
        attachment.document = instance
        before = (attachment.page_count, attachment.counted_file)
        attachment.refresh_facts()
        if (attachment.page_count, attachment.counted_file) != before:
            attachment.save(update_fields=["page_count", "counted_file"])
        pages.add(attachment.page_id)
    refresh_cards(pages)


def note_offering_pages(sender, instance, **kwargs):
    """Before a document is deleted (its attachments with it): which
    products offered it."""
    from knowledge.models import KnowledgeProductAttachment

    instance.offered_on = set(
        KnowledgeProductAttachment.objects.filter(document=instance).values_list(
            "page_id", flat=True
        )
    )


def forget_deleted_document(sender, instance, **kwargs):
    refresh_cards(getattr(instance, "offered_on", ()))


def refresh_cards(page_ids):
    """The document facts of these products' cards, from their attachments
    as stored."""
    from knowledge.models import KnowledgeProductPage

    changed = False
    pages = (
        KnowledgeProductPage.objects.filter(pk__in=page_ids)
        .defer_streamfields()
        .prefetch_related("attachments__document")
    )
    for page in pages:
        before = page.document_facts
        page.refresh_document_facts()
        if page.document_facts != before:
            KnowledgeProductPage.objects.filter(pk=page.pk).update(
                document_facts=page.document_facts
            )
            changed = True
    if changed:
        purge("document facts")


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="ikc-reindex")
    document = get_document_model()
    post_save.connect(
        recount_replaced_document, sender=document, dispatch_uid="ikc-recount"
    )
    pre_delete.connect(note_offering_pages, sender=document, dispatch_uid="ikc-note")
    post_delete.connect(
        forget_deleted_document, sender=document, dispatch_uid="ikc-forget"
    )
