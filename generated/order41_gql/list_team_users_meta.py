from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListTeamUsersMeta(BaseModel):
    list_team_users_meta: Optional["ListTeamUsersMetaListTeamUsersMeta"] = Field(
        alias="_listTeamUsersMeta"
    )


class ListTeamUsersMetaListTeamUsersMeta(BaseModel):
    count: Optional[int]
