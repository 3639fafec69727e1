from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class VerifyForgotPassword(BaseModel):
    verify_forgot_password: Optional["VerifyForgotPasswordVerifyForgotPassword"] = (
        Field(alias="VerifyForgotPassword")
    )


class VerifyForgotPasswordVerifyForgotPassword(BaseModel):
    success: Optional[bool]
    message: Optional[str]
