from typing import Optional

from .base_model import BaseModel
from .fragments import UserFields


class UpdateProfile(BaseModel):
    update_profile: Optional["UpdateProfileUpdateProfile"]


class UpdateProfileUpdateProfile(UserFields):
    plans: Optional[list[Optional["UpdateProfileUpdateProfilePlans"]]]


class UpdateProfileUpdateProfilePlans(BaseModel):
    id: Optional[str]
    name: Optional[str]
    stripe_product_id: Optional[str]
    stripe_subscription_id: Optional[str]
    plan: Optional["UpdateProfileUpdateProfilePlansPlan"]


class UpdateProfileUpdateProfilePlansPlan(BaseModel):
    account_type: Optional[str]
    description: Optional[str]
    id: Optional[str]
    name: Optional[str]
