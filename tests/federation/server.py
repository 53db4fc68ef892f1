"""A small HTTP server in a thread that serves canned responses per path:
the partner sources the harvest tests read (good feeds and bad ones)."""

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Canned:
    body: bytes = b""
    content_type: str = "application/atom+xml"
    status: int = 200
    headers: dict = field(default_factory=dict)
    # Send the body a byte at a time, this many seconds apart.
    trickle: float = 0.0


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # http.server names it so
        self.server.requests.append(self.path)
        canned = self.server.routes.get(self.path)
        if canned is None:
            canned = Canned(b"niet gevonden", "text/plain", 404)
        try:
            self.send_response(canned.status)
            self.send_header("Content-Type", canned.content_type)
            if not canned.trickle:
                self.send_header("Content-Length", str(len(canned.body)))
            for name, value in canned.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if canned.trickle:
                for index in range(len(canned.body)):
                    self.wfile.write(canned.body[index : index + 1])
                    self.wfile.flush()
                    time.sleep(canned.trickle)
            else:
                self.wfile.write(canned.body)
        except OSError:
            pass  # the harvester hung up (as it should on a slow server)

    def log_message(self, *args):
        pass


class PartnerServer:
    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.routes = {}
        self.httpd.requests = []
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def routes(self) -> dict:
        return self.httpd.routes

    @property
    def requests(self) -> list:
        return self.httpd.requests

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()
