from community.models.enquiries import (
    ANONYMOUS_EMAIL,
    Enquiry,
    EnquiryStatus,
    new_token,
)
from community.models.members import MemberProfile

__all__ = ["ANONYMOUS_EMAIL", "Enquiry", "EnquiryStatus", "MemberProfile", "new_token"]
