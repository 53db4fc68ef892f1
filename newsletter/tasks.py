"""Background tasks of the newsletter (django-tasks, the "newsletter"
backend: a database queue worked by `manage.py db_worker --backend
newsletter`).

`send_issue` runs `sending.deliver` and, while retries are waiting or the
send is scheduled later, queues itself again for that moment. If it fails
unexpectedly (a bug, the database gone), it queues itself again a minute
later; `resume_newsletter_sends` requeues every unfinished sending, for
when the worker itself was stopped mid-task.
"""

import datetime
import logging

from django.utils import timezone
from django_tasks import task

from newsletter.sending import backoff, deliver

logger = logging.getLogger(__name__)


def _again(sending_id: int, when: datetime.datetime) -> None:
    if send_issue.get_backend().supports_defer:
        send_issue.using(run_after=when).enqueue(sending_id)
    else:  # a backend without deferred tasks (tests): run it again by hand
        logger.info("Sending %s has work waiting until %s", sending_id, when)


@task(backend="newsletter")
def send_issue(sending_id: int) -> None:
    try:
        run_again_at = deliver(sending_id)
    except Exception:
        logger.exception("Sending %s failed; trying again in a minute", sending_id)
        _again(sending_id, timezone.now() + backoff(1))
        return
    if run_again_at is not None:
        _again(sending_id, run_again_at)


@task(backend="newsletter")
def mail_manage_link(email: str) -> None:
    """Mail a manage link if `email` is subscribed. Queued for every address
    asked for, so the request takes as long whether or not it is known."""
    from newsletter.views import mail_manage_link_to

    mail_manage_link_to(email)
