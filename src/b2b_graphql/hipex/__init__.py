"""The Hipex Pack API: client, rotating-token auth, token storage, filter builder, errors."""

from .auth import FileTokenStore, RotatingHeaderAuth, StoredToken, TokenStore
from .client import DEFAULT_URL, EntityRef, HipexClient, SortSpec, sort_input
from .errors import HipexFormValidationError, HipexWaitTimeout
from .filters import Combination, Condition, Field, Filter, all_of, any_of, where

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
