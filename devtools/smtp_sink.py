"""A tiny SMTP server that accepts mail and only counts it: for the sending
benchmark (`manage.py bench_newsletter`) and for tests of SMTP failures.

Local use only: it listens on 127.0.0.1 (port 0: any free port), has no
TLS, no authentication and delivers nothing. It keeps the number of
accepted messages and the last one, never all of them, so that its own
memory does not grow with the number of mails.

    with SmtpSink() as sink:  # started in a background thread
        ...send to sink.host:sink.port...
    assert sink.count == 3

`disconnect_after=k` drops every connection, without a reply, at the first
MAIL FROM after it carried k messages (0: no message at all): the client
sees `smtplib.SMTPServerDisconnected`, as when a server goes away mid-batch.
"""

import socketserver
import threading

NAME = "smtp-sink.localhost"


class _Session(socketserver.StreamRequestHandler):
    """One SMTP connection: the commands an SMTP client sends, in order."""

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode("ascii") + b"\r\n")

    def read_data(self) -> bytes | None:
        """The message up to the line "." (dot-stuffing undone); None when
        the client went away before the end."""
        lines = []
        while line := self.rfile.readline():
            if line in (b".\r\n", b".\n"):
                return b"".join(lines)
            lines.append(line[1:] if line.startswith(b"..") else line)
        return None

    def handle(self) -> None:
        sink = self.server.sink
        carried, sender, recipients = 0, None, 0
        self.reply(f"220 {NAME} ESMTP ready")
        while line := self.rfile.readline():
            verb = line[:4].upper()
            if verb == b"EHLO":
                self.wfile.write(f"250-{NAME}\r\n250 8BITMIME\r\n".encode())
            elif verb == b"HELO":
                self.reply(f"250 {NAME}")
            elif verb == b"MAIL":
                if sink.disconnect_after is not None and (
                    carried >= sink.disconnect_after
                ):
                    return  # hang up: the client gets SMTPServerDisconnected
                sender, recipients = line, 0
                self.reply("250 2.1.0 OK")
            elif verb == b"RCPT":
                if sender is None:
                    self.reply("503 5.5.1 MAIL FROM first")
                    continue
                recipients += 1
                self.reply("250 2.1.5 OK")
            elif verb == b"DATA":
                if not recipients:
                    self.reply("503 5.5.1 RCPT TO first")
                    continue
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                message = self.read_data()
                if message is None:
                    return
                sink._accepted(message)
                carried, sender, recipients = carried + 1, None, 0
                self.reply("250 2.0.0 OK: queued")
            elif verb == b"RSET":
                sender, recipients = None, 0
                self.reply("250 2.0.0 OK")
            elif verb == b"NOOP":
                self.reply("250 2.0.0 OK")
            elif verb == b"QUIT":
                self.reply("221 2.0.0 Bye")
                return
            else:
                self.reply("500 5.5.2 Command not recognised")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True  # a hanging client never blocks stop()
    allow_reuse_address = True


class SmtpSink:
    """Counts the messages it accepts (thread-safe); a context manager that
    runs the server in a background thread while the block runs."""

    def __init__(self, port: int = 0, disconnect_after: int | None = None):
        self.disconnect_after = disconnect_after
        self.count = 0
        self.last_message = b""
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", port), _Session)
        self._server.sink = self
        self.host, self.port = self._server.server_address[:2]
        self._thread = None

    def _accepted(self, message: bytes) -> None:
        with self._lock:
            self.count += 1
            self.last_message = message

    def reset(self) -> None:
        with self._lock:
            self.count, self.last_message = 0, b""

    def start(self) -> "SmtpSink":
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="smtp-sink",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> "SmtpSink":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()
