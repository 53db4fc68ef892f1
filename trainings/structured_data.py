"""schema.org Course JSON-LD for a training page, with a CourseInstance per
upcoming run (what search engines read for course listings)."""

from django.utils.safestring import SafeString

from core.mail import public_url
from core.structured_data import json_ld_script
from trainings.models import Cost, Format, RunStatus

COURSE_MODE = {
    Format.ONLINE: "online",
    Format.KLASSIKAAL: "onsite",
    Format.HYBRIDE: "blended",
    Format.ZELFSTUDIE: "online",
}


def course_data(page, request, runs) -> dict:
    data = {
        "@type": "Course",
        "name": page.title,
        "description": page.summary,
        "url": public_url(page, request),
        "inLanguage": page.language,
        "educationalLevel": page.get_level_display(),
        "isAccessibleForFree": page.is_free,
    }
    if page.provider:
        data["provider"] = {"@type": "Organization", "name": page.provider.name}
        if page.provider.website:
            data["provider"]["sameAs"] = page.provider.website
    if page.price is not None:
        data["offers"] = {
            "@type": "Offer",
            "category": "Paid" if page.cost == Cost.BETAALD else "Partially Free",
            "price": f"{page.price:.2f}",
            "priceCurrency": "EUR",
        }
    else:
        data["offers"] = {
            "@type": "Offer",
            "category": "Free",
            "price": "0",
            "priceCurrency": "EUR",
        }
    instances = []
    for run in runs:
        if run.status == RunStatus.GEANNULEERD:
            continue
        instance = {
            "@type": "CourseInstance",
            "courseMode": "online"
            if run.online and not run.location
            else COURSE_MODE[page.format],
            "startDate": run.start.isoformat(),
            "endDate": run.last_day.isoformat(),
        }
        if page.workload_hours:
            instance["courseWorkload"] = f"PT{page.workload_hours}H"
        if run.location:
            instance["location"] = {"@type": "Place", "name": run.location}
        instances.append(instance)
    if instances:
        data["hasCourseInstance"] = instances
    return data


def course_json_ld(page, request, runs) -> SafeString:
    """The data as a <script type="application/ld+json"> element."""
    return json_ld_script(course_data(page, request, runs))
