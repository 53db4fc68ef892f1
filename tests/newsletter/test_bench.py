"""The local SMTP sink and the sending benchmark (`manage.py bench_newsletter`).

The command itself migrates a throwaway SQLite database (about 20 seconds);
here it runs in the test database instead (the site built once, each N in a
savepoint that is rolled back); the rest (subscribers, sink, sending, checks,
output) is what `manage.py bench_newsletter` does.
"""

import contextlib
import io
import smtplib

import pytest
from django.core.mail import EmailMessage, get_connection
from django.core.management import call_command
from django.db import transaction

from devtools.management.commands import bench_newsletter
from devtools.management.commands.bench_newsletter import Result, comparison
from devtools.smtp_sink import SmtpSink
from newsletter.models import Sending, Subscriber

SMTP = "django.core.mail.backends.smtp.EmailBackend"


def mails(count):
    return [
        EmailMessage(f"Bericht {number}", "Tekst.\n.punt\n", to=["a@x.example"])
        for number in range(count)
    ]


def test_sink_counts_messages_over_one_connection():
    with SmtpSink() as sink:
        connection = get_connection(SMTP, host=sink.host, port=sink.port)
        assert connection.send_messages(mails(3)) == 3
    assert sink.count == 3
    assert b"Subject: Bericht 2" in sink.last_message
    assert b"\r\n.punt\r\n" in sink.last_message  # dot-stuffing undone


def test_sink_drops_the_connection_after_k_messages():
    with SmtpSink(disconnect_after=2) as sink:
        connection = get_connection(SMTP, host=sink.host, port=sink.port)
        with pytest.raises(smtplib.SMTPServerDisconnected):
            connection.send_messages(mails(3))
    assert sink.count == 2


def test_sink_answers_the_other_commands():
    with SmtpSink() as sink, smtplib.SMTP(sink.host, sink.port) as client:
        assert client.helo()[0] == 250
        assert client.noop()[0] == 250
        assert client.rset()[0] == 250
        assert client.docmd("RCPT TO:<a@x.example>")[0] == 503  # no MAIL yet
        assert client.docmd("VRFY a@x.example")[0] == 500


class InTestDatabase(bench_newsletter.Command):
    """The command, in the test database instead of a throwaway one."""

    @contextlib.contextmanager
    def databases(self):
        issues = bench_newsletter.build_site()

        @contextlib.contextmanager
        def fresh(count):
            with transaction.atomic():
                yield issues
                transaction.set_rollback(True)

        yield fresh


@pytest.mark.django_db
def test_command_sends_to_every_subscriber():
    out = io.StringIO()
    call_command(InTestDatabase(), "--subscribers", "20", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("subscribers=20 messages=20 ")
    assert "msgs_per_s=" in lines[0] and "peak_mib=" in lines[0]
    assert lines[-1].startswith("one N only")
    # Each N was rolled back: no subscriber or sending is left.
    assert not Subscriber.objects.exists() and not Sending.objects.exists()


def test_comparison_says_whether_the_peak_grows():
    def result(count, peak_mib):
        return Result(count, count, 1.0, int(peak_mib * 2**20), 0, 0)

    flat = comparison([result(1000, 2.0), result(10000, 2.1)])
    assert flat == (
        "peak memory: 10000 vs 1000 subscribers (x10): x1.05, does not grow with N"
    )
    assert "GROWS with N" in comparison([result(1000, 2.0), result(10000, 9.0)])
