from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class RegisterUser(BaseModel):
    register_user: Optional["RegisterUserRegisterUser"] = Field(alias="RegisterUser")


class RegisterUserRegisterUser(BaseModel):
    email: Optional[str]
    display_name: Optional[str] = Field(alias="display_name")
