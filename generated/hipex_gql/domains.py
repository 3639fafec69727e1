from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import DomainFields


class Domains(BaseModel):
    domain: Optional[list[Optional["DomainsDomain"]]] = Field(alias="Domain")


DomainsDomain = DomainFields
