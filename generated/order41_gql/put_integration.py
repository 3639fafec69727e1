from typing import Optional

from .base_model import BaseModel


class PutIntegration(BaseModel):
    put_integration: Optional[str]
