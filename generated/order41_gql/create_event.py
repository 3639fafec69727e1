from typing import Annotated, Any, Optional

from pydantic import BeforeValidator, Field

from b2b_graphql.order41.scalars import parse_json

from .base_model import BaseModel


class CreateEvent(BaseModel):
    create_event: Optional["CreateEventCreateEvent"]


class CreateEventCreateEvent(BaseModel):
    id: Optional[str]
    payload: Optional[Annotated[Any, BeforeValidator(parse_json)]]
    type_: Optional[str] = Field(alias="type")
