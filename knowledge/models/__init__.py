"""The kennisbank's models, one module per part (see DESIGN §2)."""

from knowledge.models.cases import (
    Phase,
    PracticeCaseIndexPage,
    PracticeCasePage,
    PracticeCaseTag,
)
from knowledge.models.home import HomePage, StandardPage
from knowledge.models.open_data import OpenDataPage
from knowledge.models.products import (
    KnowledgeIndexPage,
    KnowledgeProductAttachment,
    KnowledgeProductPage,
    KnowledgeProductTag,
)
from knowledge.models.questions import QuestionIndexPage, QuestionPage, QuestionRelation
from knowledge.models.review import ReviewReminder
from knowledge.models.taxonomy import (
    GovernmentLayer,
    KnowledgeType,
    Organisation,
    Perspective,
)

__all__ = [
    "GovernmentLayer",
    "HomePage",
    "KnowledgeIndexPage",
    "KnowledgeProductAttachment",
    "KnowledgeProductPage",
    "KnowledgeProductTag",
    "KnowledgeType",
    "OpenDataPage",
    "Organisation",
    "Perspective",
    "Phase",
    "PracticeCaseIndexPage",
    "PracticeCasePage",
    "PracticeCaseTag",
    "QuestionIndexPage",
    "QuestionPage",
    "QuestionRelation",
    "ReviewReminder",
    "StandardPage",
]
