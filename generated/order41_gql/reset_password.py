from typing import Optional

from .base_model import BaseModel
from .enums import AccountType


class ResetPassword(BaseModel):
    reset_password: Optional["ResetPasswordResetPassword"]


class ResetPasswordResetPassword(BaseModel):
    account_type: Optional[AccountType]
    email: Optional[str]
    is_admin: Optional[bool]
    nl_accept: Optional[bool]
    plan: Optional["ResetPasswordResetPasswordPlan"]
    recovery_inform: Optional[bool]
    representing: Optional[list[Optional["ResetPasswordResetPasswordRepresenting"]]]
    status: Optional[bool]
    user_id: Optional[str]
    welcome: Optional[bool]


class ResetPasswordResetPasswordPlan(BaseModel):
    account_type: Optional[str]
    description: Optional[str]
    id: Optional[str]
    name: Optional[str]


class ResetPasswordResetPasswordRepresenting(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
