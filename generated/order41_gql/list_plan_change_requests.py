from datetime import datetime
from typing import Optional

from .base_model import BaseModel


class ListPlanChangeRequests(BaseModel):
    list_plan_change_requests: Optional[
        list[Optional["ListPlanChangeRequestsListPlanChangeRequests"]]
    ]


class ListPlanChangeRequestsListPlanChangeRequests(BaseModel):
    accepted_at: Optional[datetime]
    accepted_by: Optional[str]
    id: Optional[str]
    plan: Optional["ListPlanChangeRequestsListPlanChangeRequestsPlan"]
    plan_id: Optional[str]
    user_id: Optional[str]


class ListPlanChangeRequestsListPlanChangeRequestsPlan(BaseModel):
    account_type: Optional[str]
    description: Optional[str]
    id: Optional[str]
    name: Optional[str]
