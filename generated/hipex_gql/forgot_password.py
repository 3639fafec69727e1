from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ForgotPassword(BaseModel):
    forgot_password: Optional["ForgotPasswordForgotPassword"] = Field(
        alias="ForgotPassword"
    )


class ForgotPasswordForgotPassword(BaseModel):
    email: Optional[str]
