from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import DomainPointerFields


class MutateDomainPointer(BaseModel):
    domain_pointer: Optional["MutateDomainPointerDomainPointer"] = Field(
        alias="DomainPointer"
    )


MutateDomainPointerDomainPointer = DomainPointerFields
