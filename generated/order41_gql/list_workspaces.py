from typing import Optional

from .base_model import BaseModel
from .fragments import UserFields


class ListWorkspaces(BaseModel):
    list_workspaces: Optional[list[Optional["ListWorkspacesListWorkspaces"]]]


ListWorkspacesListWorkspaces = UserFields
