"""The background task that sends an issue (django-tasks, the "newsletter"
backend: a database queue worked by `manage.py db_worker --backend
newsletter`). It runs `sending.deliver` and, while retries are waiting or
the send is scheduled later, queues itself again for that moment."""

import logging

from django_tasks import task

from newsletter.sending import deliver

logger = logging.getLogger(__name__)


@task(backend="newsletter")
def send_issue(sending_id: int) -> None:
    run_again_at = deliver(sending_id)
    if run_again_at is None:
        return
    if send_issue.get_backend().supports_defer:
        send_issue.using(run_after=run_again_at).enqueue(sending_id)
    else:  # a backend without deferred tasks (tests): run it again by hand
        logger.info("Sending %s has work waiting until %s", sending_id, run_again_at)
