from typing import Annotated, Any, Optional

from pydantic import BeforeValidator, Field

from b2b_graphql.order41.scalars import parse_json

from .base_model import BaseModel


class GetEvent(BaseModel):
    get_event: Optional["GetEventGetEvent"]


class GetEventGetEvent(BaseModel):
    id: Optional[str]
    payload: Optional[Annotated[Any, BeforeValidator(parse_json)]]
    type_: Optional[str] = Field(alias="type")
