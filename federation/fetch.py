"""Fetching a partner's document without trusting the partner.

A harvest reads what another organisation serves, so every response is
bounded: a connect and read timeout, a total deadline per response (a
server that trickles one byte a second is cut off), a maximum size (read
in chunks, stopped as soon as it is passed; no compression asked, so the
size counted is the size parsed), an expected content type, and redirects
followed by hand, a few at most and only to the same host and scheme.
Only http(s). Addresses in private, loopback or link-local networks are
refused unless FEDERATION_ALLOW_PRIVATE_ADDRESSES is set (development and
tests): an editor's URL must not make the portal probe its own network.
The address checked is the address connected to (no second DNS lookup).

Built on the standard library's http.client rather than requests: it needs
no dependency of its own and every one of these limits is in plain sight.
"""

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings

USER_AGENT = "IBDS-Kenniscentrum-harvester/1.0"
CHUNK = 16 * 1024


class FetchError(Exception):
    """Why a document could not be fetched (Dutch, shown to editors)."""


@dataclass(frozen=True)
class Document:
    url: str  # after redirects
    content_type: str
    body: bytes


def check_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL, or FetchError."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FetchError(f"geen http(s)-adres: {url[:200]!r}")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise FetchError(f"ongeldige poort in {url[:200]!r}") from error
    return parts.scheme, parts.hostname.lower(), port


def resolve(host: str, port: int) -> str:
    """One address for `host` that we may connect to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as error:
        raise FetchError(f"host {host} niet gevonden") from error
    for *_rest, sockaddr in infos:
        address = ipaddress.ip_address(sockaddr[0])
        if settings.FEDERATION_ALLOW_PRIVATE_ADDRESSES or address.is_global:
            return sockaddr[0]
    raise FetchError(f"host {host} ligt in een intern netwerk")


class PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the address checked, whatever DNS says a moment later."""

    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self):
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, address, timeout):
        self.tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self.tls)
        self.address = address

    def connect(self):
        sock = socket.create_connection((self.address, self.port), self.timeout)
        # The certificate is checked against the host name, not the address.
        self.sock = self.tls.wrap_socket(sock, server_hostname=self.host)


class Watchdog:
    """Shuts the connection's socket down when the deadline passes: a read
    blocked on a server that trickles bytes (in the headers or the body)
    returns at once, however the per-read timeout is met."""

    def __init__(self, sock, seconds: float):
        self.fired = threading.Event()
        self.sock = sock
        self.timer = threading.Timer(seconds, self.fire)
        self.timer.daemon = True
        self.timer.start()

    def fire(self):
        self.fired.set()
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)

    def cancel(self):
        self.timer.cancel()


def read_bounded(response, limit: int) -> bytes:
    declared = response.getheader("Content-Length") or ""
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"antwoord te groot ({declared} bytes, max. {limit})")
    chunks, size = [], 0
    while chunk := response.read1(CHUNK):
        size += len(chunk)
        if size > limit:
            raise FetchError(f"antwoord te groot (meer dan {limit} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, accept: tuple[str, ...]) -> Document:
    """GET `url`, expecting one of the media types `accept`; FetchError
    says why not."""
    scheme, host, _port = check_url(url)
    for _hop in range(settings.FEDERATION_MAX_REDIRECTS + 1):
        response = get(url, host, accept)
        if isinstance(response, Document):
            return response
        new_url = urljoin(url, response)
        new_scheme, new_host, _port = check_url(new_url)
        # Same host; from http to https is fine, never the other way.
        if new_host != host or new_scheme not in {scheme, "https"}:
            raise FetchError(
                f"doorverwijzing naar een andere host geweigerd: {new_url[:200]!r}"
            )
        url, scheme = new_url, new_scheme
    raise FetchError("te veel doorverwijzingen")


def get(url: str, host: str, accept: tuple[str, ...]) -> "Document | str":
    """One request: the document, or the Location of a redirect."""
    scheme, _host, port = check_url(url)
    address = resolve(host, port)
    connection_class = (
        PinnedHTTPSConnection if scheme == "https" else PinnedHTTPConnection
    )
    connection = connection_class(
        host, port, address, timeout=settings.FEDERATION_TIMEOUT
    )
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    watchdog = None
    try:
        connection.connect()
        watchdog = Watchdog(connection.sock, settings.FEDERATION_DEADLINE)
        connection.request(
            "GET",
            target,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": ", ".join(accept),
                "Accept-Encoding": "identity",
            },
        )
        response = connection.getresponse()
        if response.status in {301, 302, 303, 307, 308}:
            return response.getheader("Location") or ""
        if response.status != 200:
            raise FetchError(f"HTTP-status {response.status} van {url[:200]}")
        content_type = (
            (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
        )
        if content_type not in accept:
            raise FetchError(
                f"onverwacht soort inhoud {content_type[:80]!r} "
                f"(verwacht: {', '.join(accept)})"
            )
        body = read_bounded(response, settings.FEDERATION_MAX_BYTES)
        if watchdog.fired.is_set():
            raise FetchError("de bron antwoordde te traag (tijdslimiet)")
        return Document(url=url, content_type=content_type, body=body)
    except (OSError, http.client.HTTPException) as error:
        if watchdog is not None and watchdog.fired.is_set():
            raise FetchError("de bron antwoordde te traag (tijdslimiet)") from error
        if isinstance(error, TimeoutError):
            raise FetchError("de bron antwoordde te traag (time-out)") from error
        raise FetchError(
            f"verbinding mislukt: {type(error).__name__}: {str(error)[:200]}"
        ) from error
    finally:
        if watchdog is not None:
            watchdog.cancel()
        connection.close()
