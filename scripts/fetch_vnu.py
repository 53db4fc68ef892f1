"""Fetch the W3C Nu HTML Checker (vnu.jar) for the HTML validity test from
the npm registry, check it against the pinned integrity hash and unpack it.

Pinned here like a lock file: to upgrade, change VERSION and INTEGRITY (from
`npm view vnu-jar@<version> dist.integrity`). Needs no Node.js; running the
checker needs Java 17 or newer (tests/test_html_validity.py). The package is
about 30 MB; `make install` fetches it again only when this script changes.

Usage: python scripts/fetch_vnu.py DESTINATION
"""

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

VERSION = "26.9.27"
INTEGRITY = (
    "sha512-TkQd5DFfOaWC9ebtvozTsrH2Vaod3jYg+vrOeREzIXxBexLz9+rS2DNtjn7+RPUiZhgli0S"
    "ghgBX6RJRNea0KA=="
)
URL = f"https://registry.npmjs.org/vnu-jar/-/vnu-jar-{VERSION}.tgz"
MEMBER = "package/build/dist/vnu.jar"


def main(destination: Path) -> None:
    with urllib.request.urlopen(URL, timeout=300) as response:  # noqa: S310 - fixed https URL
        tarball = response.read()
    digest = base64.b64encode(hashlib.sha512(tarball).digest()).decode()
    if f"sha512-{digest}" != INTEGRITY:
        sys.exit(f"vnu-jar {VERSION}: integrity mismatch, refusing to install")
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        source = archive.extractfile(MEMBER)
        if source is None:
            sys.exit(f"vnu-jar {VERSION}: {MEMBER} missing from the package")
        jar = source.read()
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_suffix(".part")
    partial.write_bytes(jar)
    partial.replace(destination)
    print(f"vnu-jar {VERSION} -> {destination}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
