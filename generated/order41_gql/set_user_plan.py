from typing import Optional

from .base_model import BaseModel


class SetUserPlan(BaseModel):
    set_user_plan: Optional["SetUserPlanSetUserPlan"]


class SetUserPlanSetUserPlan(BaseModel):
    id: Optional[str]
    name: Optional[str]
    plan: Optional["SetUserPlanSetUserPlanPlan"]
    stripe_product_id: Optional[str]
    stripe_subscription_id: Optional[str]
    user: Optional["SetUserPlanSetUserPlanUser"]


class SetUserPlanSetUserPlanPlan(BaseModel):
    account_type: Optional[str]
    description: Optional[str]
    id: Optional[str]
    name: Optional[str]


class SetUserPlanSetUserPlanUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
