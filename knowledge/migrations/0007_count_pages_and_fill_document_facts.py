"""Existing attachments get their page count (PDFs) and existing products
the document facts their cards show; revisions follow on the next save."""

import os

from django.db import migrations


def page_count(file):
    # Self-contained (core.documents.pdf_page_count may change later).
    from pypdf import PdfReader

    try:
        with file.open("rb") as stream:
            reader = PdfReader(stream)
            if reader.is_encrypted:
                reader.decrypt("")
            return len(reader.pages) or None
    except Exception:
        return None


def fill(apps, schema_editor):
    Attachment = apps.get_model("knowledge", "KnowledgeProductAttachment")
    Product = apps.get_model("knowledge", "KnowledgeProductPage")
    facts = {}
    for attachment in Attachment.objects.select_related("document").order_by(
        "page_id", "sort_order", "pk"
    ):
        name = attachment.document.file.name
        extension = os.path.splitext(name)[1][1:].upper()
        if extension == "PDF" and not attachment.counted_file:
            attachment.page_count = page_count(attachment.document.file)
            attachment.counted_file = name
            attachment.save(update_fields=["page_count", "counted_file"])
        facts.setdefault(attachment.page_id, []).append(
            {
                "format": extension,
                "pages": attachment.page_count,
                "language": attachment.language,
            }
        )
    for page_id, documents in facts.items():
        Product.objects.filter(pk=page_id).update(document_facts=documents)


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0006_attachment_language_and_pages")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
