"""The Hipex Pack API: client, rotating-token auth, token storage, filter builder, errors."""

from .auth import RotatingHeaderAuth
from .client import DEFAULT_URL, EntityRef, HipexClient, SortSpec, sort_input
from .errors import HipexFormValidationError, HipexWaitTimeout
from .filters import Combination, Condition, Field, Filter, all_of, any_of, where
from .token_store import FileTokenStore, StoredToken, TokenStore

__all__ = [
    "DEFAULT_URL",
    "Combination",
    "Condition",
    "EntityRef",
    "Field",
    "FileTokenStore",
    "Filter",
    "HipexClient",
    "HipexFormValidationError",
    "HipexWaitTimeout",
    "RotatingHeaderAuth",
    "SortSpec",
    "StoredToken",
    "TokenStore",
    "all_of",
    "any_of",
    "sort_input",
    "where",
]
