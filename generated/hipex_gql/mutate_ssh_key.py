from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import SshKeyFields


class MutateSshKey(BaseModel):
    ssh_key: Optional["MutateSshKeySshKey"] = Field(alias="SSHKey")


MutateSshKeySshKey = SshKeyFields
