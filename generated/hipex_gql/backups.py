from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class Backups(BaseModel):
    backup: Optional[list[Optional["BackupsBackup"]]] = Field(alias="Backup")


class BackupsBackup(BaseModel):
    id: Optional[str]
    created: Optional[datetime]
    size: Optional[int]
    url: Optional[str]
    domain: Optional["BackupsBackupDomain"]
    database: Optional["BackupsBackupDatabase"]


class BackupsBackupDomain(BaseModel):
    id: Optional[int]
    domain: str


class BackupsBackupDatabase(BaseModel):
    id: int
    database: Optional[str]
