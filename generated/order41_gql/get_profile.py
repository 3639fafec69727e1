from typing import Optional

from .base_model import BaseModel
from .fragments import UserFields


class GetProfile(BaseModel):
    get_profile: Optional["GetProfileGetProfile"]


class GetProfileGetProfile(UserFields):
    plans: Optional[list[Optional["GetProfileGetProfilePlans"]]]


class GetProfileGetProfilePlans(BaseModel):
    id: Optional[str]
    name: Optional[str]
    stripe_product_id: Optional[str]
    stripe_subscription_id: Optional[str]
    plan: Optional["GetProfileGetProfilePlansPlan"]


class GetProfileGetProfilePlansPlan(BaseModel):
    account_type: Optional[str]
    description: Optional[str]
    id: Optional[str]
    name: Optional[str]
