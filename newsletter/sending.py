"""Sending an issue to every active subscriber, resumable and without
doubles.

1. `queue_deliveries` adds one `Delivery` per active subscriber that has
   none for this issue yet (the unique pair makes a second run add nothing).
2. `deliver` claims a batch of due deliveries (an UPDATE only on rows still
   waiting, so two workers never take the same row), sends the batch over
   one SMTP connection and marks each delivery sent right after its mail
   went out. A worker that dies leaves at most the one mail it was sending
   in doubt; its other claimed rows are released after CLAIM_TIMEOUT.
3. A failed mail is tried again later (backoff 1, 4, 16, 64 minutes); after
   MAX_ATTEMPTS it stays "mislukt" with the error, for the report. When the
   SMTP connection itself fails, the run stops and the rest waits a minute.

Memory stays flat: subscribers and deliveries are read in batches of ids,
and the issue's shared HTML is rendered once.
"""

import datetime
import logging
import smtplib

from django.core.mail import get_connection
from django.db.models import Count, Min
from django.utils import timezone

from newsletter.mailing import IssueMail
from newsletter.models import Delivery, Sending, Subscriber

logger = logging.getLogger(__name__)

BATCH_SIZE = 100
MAX_ATTEMPTS = 5
CLAIM_TIMEOUT = datetime.timedelta(minutes=15)
# The SMTP server or the network gave up: not this recipient's fault.
CONNECTION_ERRORS = (smtplib.SMTPServerDisconnected, ConnectionError, TimeoutError)


def backoff(attempts: int) -> datetime.timedelta:
    return datetime.timedelta(minutes=4 ** (attempts - 1))


def queue_deliveries(issue) -> int:
    """One waiting delivery per active subscriber without one; how many new."""
    added, last_id = 0, 0
    while True:
        ids = list(
            Subscriber.objects.filter(status=Subscriber.Status.ACTIVE, pk__gt=last_id)
            .order_by("pk")
            .values_list("pk", flat=True)[:1000]
        )
        if not ids:
            return added
        last_id = ids[-1]
        before = Delivery.objects.filter(issue=issue, subscriber_id__in=ids).count()
        Delivery.objects.bulk_create(
            [Delivery(issue=issue, subscriber_id=pk) for pk in ids],
            ignore_conflicts=True,
        )
        added += len(ids) - before


def release_stale_claims(issue, now=None) -> int:
    """Deliveries claimed by a worker that has since died go back to waiting."""
    now = now or timezone.now()
    return Delivery.objects.filter(
        issue=issue,
        status=Delivery.Status.SENDING,
        claimed_at__lt=now - CLAIM_TIMEOUT,
    ).update(status=Delivery.Status.PENDING, claimed_at=None)


def claim_batch(issue, now) -> list[Delivery]:
    ids = list(
        Delivery.objects.filter(
            issue=issue, status=Delivery.Status.PENDING, next_attempt_at__lte=now
        )
        .order_by("pk")
        .values_list("pk", flat=True)[:BATCH_SIZE]
    )
    if not ids:
        return []
    Delivery.objects.filter(pk__in=ids, status=Delivery.Status.PENDING).update(
        status=Delivery.Status.SENDING, claimed_at=now
    )
    batch = list(
        Delivery.objects.filter(
            pk__in=ids, status=Delivery.Status.SENDING, claimed_at=now
        )
        .select_related("subscriber")
        .order_by("pk")
    )
    # The subscribers' questions as plain ids, in one query: prefetching the
    # pages would leave a reference cycle per subscriber for the garbage
    # collector, and the peak memory would grow with the number sent.
    through = Subscriber.questions.through
    questions: dict[int, list[int]] = {}
    for subscriber_id, question_id in through.objects.filter(
        subscriber_id__in=[delivery.subscriber_id for delivery in batch]
    ).values_list("subscriber_id", "questionpage_id"):
        questions.setdefault(subscriber_id, []).append(question_id)
    for delivery in batch:
        delivery.question_ids = questions.get(delivery.subscriber_id, [])
    return batch


def _failed(delivery, error: Exception, now) -> None:
    attempts = delivery.attempts + 1
    gave_up = attempts >= MAX_ATTEMPTS
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.FAILED if gave_up else Delivery.Status.PENDING,
        attempts=attempts,
        next_attempt_at=now + backoff(attempts),
        claimed_at=None,
        error=f"{type(error).__name__}: {error}"[:300],
    )


def _hand_back(deliveries, when) -> None:
    Delivery.objects.filter(pk__in=[delivery.pk for delivery in deliveries]).update(
        status=Delivery.Status.PENDING, claimed_at=None, next_attempt_at=when
    )


def send_batch(mail: IssueMail, batch: list[Delivery]) -> bool:
    """Send one batch over one connection. False when the SMTP server could
    not be reached or dropped the connection: the rest waits a while."""
    connection = get_connection()
    try:
        connection.open()
    except CONNECTION_ERRORS as error:
        logger.warning("SMTP server unreachable: %s", error)
        _hand_back(batch, timezone.now() + backoff(1))
        return False
    try:
        for index, delivery in enumerate(batch):
            subscriber = delivery.subscriber
            if subscriber.status != Subscriber.Status.ACTIVE:
                # Paused or left since the delivery was queued.
                Delivery.objects.filter(pk=delivery.pk).delete()
                continue
            message = mail.message(
                subscriber, delivery.question_ids, connection=connection
            )
            now = timezone.now()
            try:
                message.send()
            except CONNECTION_ERRORS as error:
                # Count it against this delivery; the rest waits a while.
                _failed(delivery, error, now)
                _hand_back(batch[index + 1 :], now + backoff(1))
                logger.warning("SMTP connection lost: %s", error)
                return False
            except (smtplib.SMTPException, OSError) as error:
                _failed(delivery, error, now)
                continue
            Delivery.objects.filter(pk=delivery.pk).update(
                status=Delivery.Status.SENT,
                sent_at=now,
                attempts=delivery.attempts + 1,
                claimed_at=None,
                error="",
            )
    finally:
        try:
            connection.close()
        except CONNECTION_ERRORS:
            pass
    return True


def deliver(sending_id: int) -> datetime.datetime | None:
    """Send what is due for this sending. Returns when to run again (a retry
    is waiting), or None when every delivery is sent or has failed for good."""
    sending = Sending.objects.select_related("issue").filter(pk=sending_id).first()
    if sending is None:
        return None
    issue = sending.issue.specific
    now = timezone.now()
    if sending.scheduled_for > now:
        return sending.scheduled_for
    if sending.started_at is None:
        Sending.objects.filter(pk=sending.pk).update(started_at=now)
    release_stale_claims(issue, now)
    queue_deliveries(issue)
    mail = IssueMail.prepare(issue)
    while batch := claim_batch(issue, timezone.now()):
        if not send_batch(mail, batch):
            break  # the SMTP server is in trouble: try again in a while
    remaining = Delivery.objects.filter(
        issue=issue,
        status__in=[Delivery.Status.PENDING, Delivery.Status.SENDING],
    )
    if remaining.exists():
        waiting = remaining.filter(status=Delivery.Status.PENDING).aggregate(
            next=Min("next_attempt_at")
        )["next"]
        return waiting or timezone.now() + CLAIM_TIMEOUT
    Sending.objects.filter(pk=sending.pk, finished_at=None).update(
        finished_at=timezone.now()
    )
    return None


def report(issue) -> dict:
    """Counts per status and the failures, for the admin."""
    counts = dict.fromkeys(Delivery.Status.values, 0)
    for row in (
        Delivery.objects.filter(issue=issue)
        .values("status")
        .annotate(count=Count("pk"))
        .order_by()
    ):
        counts[row["status"]] = row["count"]
    failures = list(
        Delivery.objects.filter(issue=issue, status=Delivery.Status.FAILED)
        .select_related("subscriber")
        .order_by("pk")[:100]
    )
    return {"counts": counts, "failures": failures}
