"""The layers run one way: config -> features -> core.

- `ibds_portal` (config: settings, URLs, WSGI/ASGI) may import every app;
  nothing imports it (but the development tools' bench URLs, which extend
  its URLs).
- Features (knowledge, trainings, community, newsletter, decisions,
  feedback) import
  the core and each other only where one truly uses another; never config
  or the development tools.
- `core` imports no feature, nor config.
- No import cycle between packages; imports inside functions count too.
- `devtools` (demo content, benchmark) is installed by the dev, test and
  bench settings only; nothing that production runs imports it.
"""

import ast
import runpy
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = "ibds_portal"
CORE = "core"
FEATURES = {
    "knowledge",
    "trainings",
    "community",
    "newsletter",
    "decisions",
    "feedback",
    "federation",
}
DEVTOOLS = "devtools"
PACKAGES = {CONFIG, CORE, DEVTOOLS, *FEATURES}


def imported_modules(path: Path):
    """Every absolute import in the file, at any depth (in functions too)."""
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module


def import_graph() -> dict[str, dict[str, set[str]]]:
    """package -> imported package -> the files that import it. Migrations
    are history, not code that runs; settings name modules only as strings."""
    graph = defaultdict(lambda: defaultdict(set))
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "/migrations/" in path.as_posix():
                continue
            for module in imported_modules(path):
                target = module.split(".")[0]
                if target in PACKAGES and target != package:
                    graph[package][target].add(path.relative_to(ROOT).as_posix())
    return graph


def test_the_core_imports_no_feature_and_no_config():
    graph = import_graph()
    assert dict(graph[CORE]) == {}


def test_features_import_neither_config_nor_development_tools():
    graph = import_graph()
    wrong = {
        feature: {target: sorted(files)}
        for feature in FEATURES
        for target, files in graph[feature].items()
        if target in {CONFIG, DEVTOOLS}
    }
    assert wrong == {}


def test_nothing_but_the_bench_urls_imports_config():
    graph = import_graph()
    importers = {
        file for package in PACKAGES for file in graph[package].get(CONFIG, ())
    }
    assert importers == {"devtools/bench_urls.py"}


def packages_in_a_cycle(graph) -> list[str]:
    def reaches(start, goal, seen):
        for target in list(graph[start]):
            if target == goal:
                return True
            if target not in seen and reaches(target, goal, seen | {target}):
                return True
        return False

    return sorted(package for package in PACKAGES if reaches(package, package, set()))


def test_no_import_cycle_between_packages():
    assert packages_in_a_cycle(import_graph()) == []


def test_a_cycle_would_be_found():
    """The check above can fail: knowledge importing newsletter, which
    imports knowledge, is a cycle."""
    graph = import_graph()
    graph["knowledge"]["newsletter"].add("knowledge/made_up.py")
    assert packages_in_a_cycle(graph) == ["knowledge", "newsletter"]


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
    assert DEVTOOLS not in settings["INSTALLED_APPS"]
    assert CORE in settings["INSTALLED_APPS"]
    assert CONFIG not in settings["INSTALLED_APPS"]  # config is not an app


def test_nothing_production_runs_imports_the_development_tools():
    graph = import_graph()
    offenders = {
        package: sorted(graph[package][DEVTOOLS])
        for package in PACKAGES - {DEVTOOLS}
        if DEVTOOLS in graph[package]
    }
    assert offenders == {}
