from wagtail import hooks

from decisions.api import api_resources


@hooks.register("register_api_resources")
def register_api_resources():
    return api_resources()
