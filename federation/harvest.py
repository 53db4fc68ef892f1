"""A partner source's items become knowledge products kept at their source.

Per item: the title, a summary, the type (by slug, else the source's
default), our questions (through the source's mapping, plus its default
questions), the source's organisation as publisher, the link to the item at
the source, and "Bron: <source>" on the page; never the full text. The page
is published under the kennisbank, and the next harvest updates the same
page when anything of that changed (a digest tells). After a harvest that
read the whole source, the items it no longer has are unpublished, and
published again if they come back. A harvest that fails changes no page:
the reason is logged and kept on the source for the editors.

Runs from `manage.py harvest_partner_sources`, never in a request.
"""

import hashlib
import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.drafts import free_slug
from federation.models import HarvestedItem, PartnerSource, QuestionMapping
from federation.remote import HarvestError, Reading, RemoteItem, read_source
from knowledge.models import (
    KnowledgeIndexPage,
    KnowledgeProductPage,
    KnowledgeType,
    QuestionPage,
)

logger = logging.getLogger(__name__)
OWNER_LENGTH = 160  # KnowledgeItemPage.content_owner


@dataclass
class Outcome:
    ok: bool
    message: str = ""
    created: int = 0
    updated: int = 0
    withdrawn: int = 0
    returned: int = 0


def foreign_hosts(source: PartnerSource) -> set[str]:
    """Hosts whose items this source must not pass on to us: our own, and
    those of the other sources (harvested there directly)."""
    hosts = {urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname}
    hosts |= {
        urlsplit(url).hostname
        for url in PartnerSource.objects.exclude(pk=source.pk).values_list(
            "url", flat=True
        )
    }
    own = urlsplit(source.url).hostname
    return {host.lower() for host in hosts if host and host != own}


def harvest(source: PartnerSource) -> Outcome:
    """Harvest one source; never raises (the next source goes on)."""
    now = timezone.now()
    try:
        reading = read_source(source, foreign_hosts(source))
        with transaction.atomic():
            outcome = apply(source, reading, now)
    except HarvestError as error:
        outcome = Outcome(ok=False, message=str(error))
    except Exception as error:  # one source never stops the rest
        logger.exception("Harvest of partner source %s (%s) broke", source, source.pk)
        outcome = Outcome(ok=False, message=f"onverwachte fout: {type(error).__name__}")
    source.last_attempt = now
    if outcome.ok:
        source.last_success = now
        source.last_error = outcome.message
        source.item_count = HarvestedItem.objects.filter(
            source=source, page__live=True
        ).count()
        fields = ["last_attempt", "last_success", "last_error", "item_count"]
    else:
        logger.warning(
            "Harvest of partner source %s (%s) failed: %s",
            source,
            source.pk,
            outcome.message,
        )
        source.last_error = outcome.message
        fields = ["last_attempt", "last_error"]
    PartnerSource.objects.filter(pk=source.pk).update(
        **{name: getattr(source, name) for name in fields}
    )
    return outcome


class Mapper:
    """What a remote item's values become here, read once per harvest."""

    def __init__(self, source: PartnerSource):
        self.source = source
        self.types = {term.slug: term for term in KnowledgeType.objects.all()}
        self.mapping = defaultdict(set)
        for value, question_id in QuestionMapping.objects.filter(
            source=source
        ).values_list("remote_value", "question_id"):
            self.mapping[value].add(question_id)
        self.default_questions = set(
            source.default_questions.values_list("pk", flat=True)
        )
        wanted = self.default_questions.union(*self.mapping.values())
        self.questions = QuestionPage.objects.in_bulk(wanted)

    def fields(self, item: RemoteItem) -> dict:
        knowledge_type = next(
            (self.types[value] for value in item.type_values if value in self.types),
            self.source.default_type,
        )
        question_ids = set(self.default_questions)
        for value in item.question_values:
            question_ids |= self.mapping.get(value, set())
        return {
            "title": item.title,
            "summary": item.summary,
            "external_url": item.url,
            "knowledge_type_id": knowledge_type.pk,
            "organisation_id": self.source.organisation_id,
            "harvested_from": self.source.name,
            "content_owner": self.source.name[:OWNER_LENGTH],
            "last_reviewed": item.reviewed or timezone.localdate(),
            "questions": sorted(q for q in question_ids if q in self.questions),
        }

    def digest(self, fields: dict) -> str:
        canonical = json.dumps(fields, sort_keys=True, default=str)
        return hashlib.sha256(canonical.encode()).hexdigest()

    def fill(self, page: KnowledgeProductPage, fields: dict):
        for name, value in fields.items():
            if name != "questions":
                setattr(page, name, value)
        page.questions = [self.questions[pk] for pk in fields["questions"]]
        page.body = []


def publish(page: KnowledgeProductPage):
    page.save_revision(log_action=True).publish()


def apply(source: PartnerSource, reading: Reading, now) -> Outcome:
    kennisbank = KnowledgeIndexPage.objects.order_by("path").first()
    if kennisbank is None:
        raise HarvestError("er is geen kennisbank om de items in te zetten")
    mapper = Mapper(source)
    existing = {
        record.remote_id: record
        for record in HarvestedItem.objects.filter(source=source).select_related("page")
    }
    outcome = Outcome(ok=True, message="; ".join(reading.notes)[:2000])
    for item in reading.items:
        fields = mapper.fields(item)
        digest = mapper.digest(fields)
        record = existing.get(item.remote_id)
        if record is None:
            page = KnowledgeProductPage(
                slug=free_slug(
                    item.title,
                    "kennisproduct",
                    kennisbank.get_children(),
                    reserved=KnowledgeProductPage.reserved_slugs,
                ),
            )
            mapper.fill(page, fields)
            kennisbank.add_child(instance=page)
            publish(page)
            HarvestedItem.objects.create(
                source=source,
                remote_id=item.remote_id,
                page=page,
                content_hash=digest,
                last_seen=now,
            )
            outcome.created += 1
            continue
        # Deleted or unpublished by an editor: left as the editor left it.
        if record.page is None or not (record.page.live or record.withdrawn):
            continue
        if record.withdrawn or record.content_hash != digest:
            mapper.fill(record.page, fields)
            publish(record.page)
            if record.withdrawn:
                outcome.returned += 1
            else:
                outcome.updated += 1
            HarvestedItem.objects.filter(pk=record.pk).update(
                content_hash=digest, withdrawn=False
            )
    seen_ids = {item.remote_id for item in reading.items}
    gone = [record for key, record in existing.items() if key not in seen_ids]
    HarvestedItem.objects.filter(source=source).exclude(
        pk__in=[record.pk for record in gone]
    ).update(last_seen=now)
    for record in gone:
        if record.page is None or not record.page.live:
            continue
        record.page.unpublish(log_action=True)
        HarvestedItem.objects.filter(pk=record.pk).update(withdrawn=True)
        outcome.withdrawn += 1
    return outcome
