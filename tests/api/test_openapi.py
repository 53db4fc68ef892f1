"""The OpenAPI document is valid, and the API keeps to it: Schemathesis
generates requests from the document (valid ones, and invalid ones that
must get a 4xx with problem details) and checks every response against it:
status, content type, headers and body."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from core.api import resources
from core.openapi import openapi_document

pytestmark = pytest.mark.django_db

# Per operation and mode; twelve operations, two modes.
EXAMPLES = 12


def test_the_document_is_valid_openapi(client, site_tree):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    assert document["openapi"].startswith("3.")
    for name in resources():
        assert f"/api/v1/{name}" in document["paths"]
        assert f"/api/v1/{name}/{{id}}" in document["paths"]
    # Dutch descriptions for the people who read it.
    listing = document["paths"]["/api/v1/kennisproducten"]["get"]
    assert "kennisbank" in listing["description"]
    names = {param.get("name") for param in listing["parameters"]}
    assert {"vraag", "type", "bestuurslaag", "perspectief", "thema"} <= names


def test_the_document_names_every_field_the_api_gives(client, api_small):
    """Each item schema allows no other properties, and requires them all:
    a field added on one side only fails here."""
    document = client.get("/api/v1/openapi.json").json()
    for name, resource in resources().items():
        schema = document["components"]["schemas"][resource.schema_name]
        item = client.get(f"/api/v1/{name}").json()["resultaten"][0]
        assert set(item) == set(schema["properties"]) == set(schema["required"])


@pytest.fixture
def wsgi_app():
    """The portal as a WSGI application inside the test's transaction: as
    Django's test client does, the connection is not closed at the end of
    each request (on PostgreSQL that would end the test's transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.mark.parametrize(
    "mode", [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]
)
def test_the_api_keeps_to_its_document(api_small, wsgi_app, mode):
    schema = schemathesis.openapi.from_dict(openapi_document())
    schema.app = wsgi_app
    checked = 0
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def keeps_to_it(case):
            # The WSGI client would not unzip a gzipped body.
            response = case.call(headers={"Accept-Encoding": "identity"})
            case.validate_response(response)
            assert response.status_code < 500

        keeps_to_it()
        checked += 1
    assert checked == 2 * len(resources())


@given(query=st.text(max_size=200))
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_any_query_string_gets_json_never_a_500(client, site_tree, query):
    # As a server hands it over: the bytes, each as one character.
    raw = query.encode().decode("latin-1")
    for path in ("/api/v1/kennisproducten", "/api/v1/opleidingen", "/api/v1/vragen"):
        response = client.generic("GET", path, QUERY_STRING=raw)
        assert response.status_code in (200, 400)
        assert response["Content-Type"] in (
            "application/json",
            "application/problem+json",
        )
        response.json()
