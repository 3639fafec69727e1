from typing import Optional

from .base_model import BaseModel


class ListTeamUsers(BaseModel):
    list_team_users: Optional[list[Optional["ListTeamUsersListTeamUsers"]]]


class ListTeamUsersListTeamUsers(BaseModel):
    credential: Optional["ListTeamUsersListTeamUsersCredential"]
    credential_id: Optional[str]
    id: Optional[str]
    role: Optional[str]
    user_id: Optional[str]


class ListTeamUsersListTeamUsersCredential(BaseModel):
    email: Optional[str]
    status: Optional[bool]
