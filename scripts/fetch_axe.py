"""Fetch axe-core, the accessibility engine of the browser tests, from the npm
registry, check it against the pinned integrity hash and unpack axe.min.js.

Pinned here like a lock file: to upgrade, change VERSION and INTEGRITY (from
`npm view axe-core@<version> dist.integrity`). Needs no Node.js. The tests
hand the file to the browser from the site's own origin; it is never loaded
from a CDN.

Usage: python scripts/fetch_axe.py DESTINATION
"""

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

VERSION = "4.14.1"
INTEGRITY = (
    "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtu"
    "FooJpZe37OgudVGtQ=="
)
URL = f"https://registry.npmjs.org/axe-core/-/axe-core-{VERSION}.tgz"
MEMBER = "package/axe.min.js"


def main(destination: Path) -> None:
    with urllib.request.urlopen(URL, timeout=60) as response:  # noqa: S310 - fixed https URL
        tarball = response.read()
    digest = base64.b64encode(hashlib.sha512(tarball).digest()).decode()
    if f"sha512-{digest}" != INTEGRITY:
        sys.exit(f"axe-core {VERSION}: integrity mismatch, refusing to install")
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        source = archive.extractfile(MEMBER)
        if source is None:
            sys.exit(f"axe-core {VERSION}: {MEMBER} missing from the package")
        script = source.read()
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_suffix(".part")
    partial.write_bytes(script)
    partial.replace(destination)
    print(f"axe-core {VERSION} -> {destination}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
