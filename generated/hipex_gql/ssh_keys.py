from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import SshKeyFields


class SshKeys(BaseModel):
    ssh_key: Optional[list[Optional["SshKeysSshKey"]]] = Field(alias="SSHKey")


SshKeysSshKey = SshKeyFields
