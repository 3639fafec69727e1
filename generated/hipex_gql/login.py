from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class Login(BaseModel):
    login: Optional["LoginLogin"] = Field(alias="Login")


class LoginLogin(BaseModel):
    id: Optional[int]
    success: Optional[bool]
    error_message: Optional[str]
    error_message_id: Optional[str]
    email: Optional[str]
    name: Optional[str]
    locale: Optional[str]
    settings: Optional[list[Optional["LoginLoginSettings"]]]
    sso_jwt: Optional[str]


class LoginLoginSettings(BaseModel):
    key: str
    value: str
