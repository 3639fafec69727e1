from typing import Optional

from .base_model import BaseModel


class GetPlan(BaseModel):
    get_plan: Optional["GetPlanGetPlan"]


class GetPlanGetPlan(BaseModel):
    account_type: Optional[str]
    description: Optional[str]
    id: Optional[str]
    name: Optional[str]
