from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import UserFields


class Users(BaseModel):
    user: Optional[list[Optional["UsersUser"]]] = Field(alias="User")


UsersUser = UserFields
