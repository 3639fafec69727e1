from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class RequestLongLivedToken(BaseModel):
    generate_long_lived_token: Optional["RequestLongLivedTokenGenerateLongLivedToken"]


class RequestLongLivedTokenGenerateLongLivedToken(BaseModel):
    comment: Optional[str]
    id: Optional[str]
    is_valid: Optional[bool]
    owner_id: Optional[str]
    type_: Optional[str] = Field(alias="type")
    value: Optional[str]
