from typing import Optional

from .base_model import BaseModel
from .fragments import UserFields


class ListPartners(BaseModel):
    list_partners: Optional[list[Optional["ListPartnersListPartners"]]]


ListPartnersListPartners = UserFields
