from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import DomainPointerFields


class DomainPointers(BaseModel):
    domain_pointer: Optional[list[Optional["DomainPointersDomainPointer"]]] = Field(
        alias="DomainPointer"
    )


DomainPointersDomainPointer = DomainPointerFields
