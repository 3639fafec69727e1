from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class LoginWithPassword(BaseModel):
    login: Optional["LoginWithPasswordLogin"] = Field(alias="Login")


class LoginWithPasswordLogin(BaseModel):
    id: Optional[int]
    success: Optional[bool]
    error_message: Optional[str]
    error_message_id: Optional[str]
    email: Optional[str]
    name: Optional[str]
    locale: Optional[str]
    settings: Optional[list[Optional["LoginWithPasswordLoginSettings"]]]
    sso_jwt: Optional[str]


class LoginWithPasswordLoginSettings(BaseModel):
    key: str
    value: str
