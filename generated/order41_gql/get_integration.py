from typing import Optional

from .base_model import BaseModel


class GetIntegration(BaseModel):
    get_integration: Optional["GetIntegrationGetIntegration"]


class GetIntegrationGetIntegration(BaseModel):
    id: Optional[str]
    owner_id: Optional[str]
    shopify_admin_api_access_token: Optional[str]
    shopify_api_secret_key: Optional[str]
    shopify_url: Optional[str]
