from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """Development tools: the demo content (`load_demo_content`, used by
    `make run` and the tests) and the load benchmark (`generate_bench_content`,
    `bench_newsletter`, the SMTP sink and the bench URLs, used by `make
    bench`). Installed by the dev, test and bench settings; production does
    not install it."""

    name = "devtools"
    verbose_name = "Ontwikkelgereedschap"
