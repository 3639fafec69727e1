from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import DomainFields


class MutateDomain(BaseModel):
    domain: Optional["MutateDomainDomain"] = Field(alias="Domain")


MutateDomainDomain = DomainFields
