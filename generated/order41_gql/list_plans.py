from typing import Optional

from .base_model import BaseModel


class ListPlans(BaseModel):
    list_plans: Optional[list[Optional["ListPlansListPlans"]]]


class ListPlansListPlans(BaseModel):
    account_type: Optional[str]
    description: Optional[str]
    id: Optional[str]
    name: Optional[str]
