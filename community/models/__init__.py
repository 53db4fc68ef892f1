from community.models.enquiries import (
    ANONYMOUS_EMAIL,
    Enquiry,
    EnquiryStatus,
    new_token,
)
from community.models.events import (
    EventIndexPage,
    EventPage,
    EventRegistration,
    Registration,
)
from community.models.groups import (
    CommunityGroupPage,
    CommunityIndexPage,
    GroupKind,
    JoinPolicy,
    Membership,
    member_name,
)
from community.models.members import MemberProfile

__all__ = [
    "ANONYMOUS_EMAIL",
    "CommunityGroupPage",
    "CommunityIndexPage",
    "Enquiry",
    "EnquiryStatus",
    "EventIndexPage",
    "EventPage",
    "EventRegistration",
    "GroupKind",
    "JoinPolicy",
    "MemberProfile",
    "Membership",
    "Registration",
    "member_name",
    "new_token",
]
