from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import UserFields


class MutateUser(BaseModel):
    user: Optional["MutateUserUser"] = Field(alias="User")


MutateUserUser = UserFields
