"""What production installs: no development tool.

The demo content and the load benchmark live in the `devtools` app, which
only the dev, test and bench settings install; nothing that production runs
imports it."""

import ast
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ["core", "ibds_portal", "knowledge", "trainings", "community"]
PRODUCT += ["newsletter", "decisions"]


def test_production_does_not_install_the_development_tools(monkeypatch):
    for name, value in {
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "kenniscentrum.example",
        "WAGTAILADMIN_BASE_URL": "https://kenniscentrum.example",
    }.items():
        monkeypatch.setenv(name, value)
    production = ROOT / "ibds_portal" / "settings" / "production.py"
    settings = runpy.run_path(
        str(production), run_name="ibds_portal.settings.production"
    )
    assert "devtools" not in settings["INSTALLED_APPS"]
    assert "core" in settings["INSTALLED_APPS"]


def imported_modules(path: Path):
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module


def test_nothing_production_runs_imports_the_development_tools():
    offenders = [
        f"{path.relative_to(ROOT)} imports {module}"
        for package in PRODUCT
        for path in (ROOT / package).rglob("*.py")
        if "/settings/" not in path.as_posix()
        for module in imported_modules(path)
        if module == "devtools" or module.startswith("devtools.")
    ]
    assert offenders == []
