from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class RequestLetsEncrypt(BaseModel):
    lets_encrypt_request: Optional["RequestLetsEncryptLetsEncryptRequest"] = Field(
        alias="LetsEncryptRequest"
    )


class RequestLetsEncryptLetsEncryptRequest(BaseModel):
    steps: Optional[list[Optional["RequestLetsEncryptLetsEncryptRequestSteps"]]]


class RequestLetsEncryptLetsEncryptRequestSteps(BaseModel):
    message: Optional[str]
    successful: Optional[bool]
