from community.models.enquiries import Enquiry, EnquiryStatus, new_token
from community.models.members import MemberProfile

__all__ = ["Enquiry", "EnquiryStatus", "MemberProfile", "new_token"]
