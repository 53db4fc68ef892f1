"""The Content-Security-Policy the admin must send, written out here on its
own (not read from core/middleware.py), so that a change to the
policy is a deliberate change to these tests as well."""

import re

NONCE = re.compile(r"'nonce-[A-Za-z0-9_-]{22,}'")
# Directive -> sources; "'nonce-…'" stands for a fresh nonce.
ADMIN_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'nonce-…'"],
    # jquery.Jcrop's ontouchstart="return;", nothing else.
    "script-src-attr": [
        "'unsafe-hashes'",
        "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='",
    ],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
}


def parse_policy(header: str) -> dict[str, list[str]]:
    directives = {}
    for directive in header.split(";"):
        name, *sources = directive.split()
        directives[name] = sources
    return directives


def nonce_of(header: str) -> str:
    """The nonce in a policy ('' if there is none)."""
    found = NONCE.search(header)
    return found[0][len("'nonce-") : -1] if found else ""


def admin_policy_problems(headers) -> list[str]:
    """What is wrong with the CSP headers of an admin response."""
    headers = {name.lower(): value for name, value in headers.items()}
    if "content-security-policy-report-only" in headers:
        return ["the policy is only reported, not enforced"]
    header = headers.get("content-security-policy")
    if not header:
        return ["no Content-Security-Policy"]
    sent = parse_policy(NONCE.sub("'nonce-…'", header))
    return [
        f"{name}: {' '.join(sent.get(name, ['(missing)']))}"
        f" instead of {' '.join(sources)}"
        for name, sources in ADMIN_POLICY.items()
        if sent.get(name) != sources
    ] + [f"unexpected {name}" for name in sent.keys() - ADMIN_POLICY.keys()]
