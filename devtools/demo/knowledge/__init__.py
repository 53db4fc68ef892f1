"""Demo content for the portal, as plain data (and one helper to load it)."""


def ensure_organisations(items) -> int:
    """Create the organisations in `items` (dicts as in organisations.py) that
    do not exist yet; return how many were created."""
    from knowledge.models import GovernmentLayer, Organisation

    layers = {layer.slug: layer for layer in GovernmentLayer.objects.all()}
    created = 0
    for data in items:
        _org, new = Organisation.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "short_name": data["short_name"],
                "government_layer": layers.get(data["layer"]),
                "website": data["url"],
            },
        )
        created += new
    return created
