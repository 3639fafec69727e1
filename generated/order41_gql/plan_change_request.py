from datetime import datetime
from typing import Optional

from .base_model import BaseModel


class PlanChangeRequest(BaseModel):
    plan_change_request: Optional["PlanChangeRequestPlanChangeRequest"]


class PlanChangeRequestPlanChangeRequest(BaseModel):
    accepted_at: Optional[datetime]
    accepted_by: Optional[str]
    id: Optional[str]
    plan: Optional["PlanChangeRequestPlanChangeRequestPlan"]
    plan_id: Optional[str]
    user_id: Optional[str]


class PlanChangeRequestPlanChangeRequestPlan(BaseModel):
    account_type: Optional[str]
    description: Optional[str]
    id: Optional[str]
    name: Optional[str]
