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
# The server refused this recipient or this message: retry it alone later.
RECIPIENT_ERRORS = (
    smtplib.SMTPRecipientsRefused,
    smtplib.SMTPDataError,
    UnicodeError,
)


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
    """Send one batch over one connection. False when the mail server is in
    trouble (unreachable, refusing us, dropping the connection): what is left
    of the batch waits a while. On any other error the unsent rest is handed
    back before the error goes on, so nothing stays claimed."""
    connection = get_connection()
    try:
        connection.open()
    except Exception as error:  # DNS, TLS, login, greeting: none is the recipient's
        logger.warning("SMTP server unavailable: %s", error)
        _hand_back(batch, timezone.now() + backoff(1))
        return False
    # Who paused or left since the batch was claimed gets nothing.
    active = set(
        Subscriber.objects.filter(
            pk__in=[delivery.subscriber_id for delivery in batch],
            status=Subscriber.Status.ACTIVE,
        ).values_list("pk", flat=True)
    )
    index = 0
    try:
        for index, delivery in enumerate(batch):  # noqa: B007 - used after the loop
            if delivery.subscriber_id not in active:
                Delivery.objects.filter(pk=delivery.pk).delete()
                continue
            message = mail.message(
                delivery.subscriber, delivery.question_ids, connection=connection
            )
            now = timezone.now()
            try:
                message.send()
            except RECIPIENT_ERRORS as error:
                _failed(delivery, error, now)
                continue
            except (smtplib.SMTPException, OSError) as error:
                # The server's trouble, not this address's: it may be this
                # message's, though, so it counts as an attempt.
                _failed(delivery, error, now)
                _hand_back(batch[index + 1 :], now + backoff(1))
                logger.warning("SMTP connection lost: %s", error)
                return False
            Delivery.objects.filter(pk=delivery.pk).update(
                status=Delivery.Status.SENT,
                sent_at=now,
                attempts=delivery.attempts + 1,
                claimed_at=None,
                error="",
            )
    except BaseException:
        # Not sent: the current delivery (its mail may be out) is left
        # claimed, to be released after CLAIM_TIMEOUT; the rest goes back now.
        _hand_back(batch[index + 1 :], timezone.now())
        raise
    finally:
        try:
            connection.close()
        except Exception:  # noqa: S110 - closing a broken connection
            pass
    return True


def is_cancelled(sending) -> bool:
    return sending.cancelled_at is not None or not sending.issue.live


def deliver(sending_id: int) -> datetime.datetime | None:
    """Send what is due for this sending. Returns when to run again (a retry
    is waiting), or None when every delivery is sent or has failed for good,
    or the sending was cancelled (also by unpublishing the edition)."""
    sending = Sending.objects.select_related("issue").filter(pk=sending_id).first()
    if sending is None or sending.finished_at is not None:
        return None
    issue = sending.issue.specific
    now = timezone.now()
    if is_cancelled(sending):
        cancel(sending)
        return None
    if sending.scheduled_for > now:
        return sending.scheduled_for
    if sending.started_at is None:
        Sending.objects.filter(pk=sending.pk).update(started_at=now)
        sending.started_at = now
    release_stale_claims(issue, now)
    queue_deliveries(issue)
    mail = IssueMail.prepare(issue)
    while batch := claim_batch(issue, timezone.now()):
        if not send_batch(mail, batch):
            break  # the mail server is in trouble: try again in a while
        sending.refresh_from_db(fields=["cancelled_at"])
        if sending.cancelled_at is not None:
            cancel(sending)
            return None
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


def cancel(sending) -> None:
    """Stop a sending: what was not sent yet, will not be."""
    now = timezone.now()
    Sending.objects.filter(pk=sending.pk, cancelled_at=None).update(cancelled_at=now)
    Sending.objects.filter(pk=sending.pk, finished_at=None).update(finished_at=now)
    Delivery.objects.filter(
        issue_id=sending.issue_id, status=Delivery.Status.PENDING
    ).delete()


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
