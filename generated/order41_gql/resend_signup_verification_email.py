from typing import Optional

from .base_model import BaseModel
from .enums import AccountType


class ResendSignupVerificationEmail(BaseModel):
    resend_signup_verification_email: Optional[
        "ResendSignupVerificationEmailResendSignupVerificationEmail"
    ]


class ResendSignupVerificationEmailResendSignupVerificationEmail(BaseModel):
    account_type: Optional[AccountType]
    id: Optional[str]
    urlkey: Optional[str]
