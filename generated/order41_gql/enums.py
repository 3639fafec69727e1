from enum import Enum


class AccountType(str, Enum):
    BUYER = "BUYER"
    SELLER = "SELLER"
    GUEST = "GUEST"


class BrandModelOrder(str, Enum):
    CREATED_AT_ASC = "CREATED_AT_ASC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"
    UPDATED_AT_ASC = "UPDATED_AT_ASC"
    UPDATED_AT_DESC = "UPDATED_AT_DESC"


class CartModelOrder(str, Enum):
    CREATED_AT_ASC = "CREATED_AT_ASC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    UPDATED_AT_ASC = "UPDATED_AT_ASC"
    UPDATED_AT_DESC = "UPDATED_AT_DESC"


class ConnectRequestModelOrder(str, Enum):
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"


class ContactModelOrder(str, Enum):
    CREATED_AT_ASC = "CREATED_AT_ASC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"
    UPDATED_AT_ASC = "UPDATED_AT_ASC"
    UPDATED_AT_DESC = "UPDATED_AT_DESC"


class DiscountModelOrder(str, Enum):
    CREATED_AT_ASC = "CREATED_AT_ASC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"
    UPDATED_AT_ASC = "UPDATED_AT_ASC"
    UPDATED_AT_DESC = "UPDATED_AT_DESC"


class DropModelOrder(str, Enum):
    CREATED_AT_ASC = "CREATED_AT_ASC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"
    ORDER_ASC = "ORDER_ASC"
    ORDER_DESC = "ORDER_DESC"
    UPDATED_AT_ASC = "UPDATED_AT_ASC"
    UPDATED_AT_DESC = "UPDATED_AT_DESC"


class DropStatus(str, Enum):
    INACTIVE = "INACTIVE"
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"


class EventModelOrder(str, Enum):
    CREATED_AT_ASC = "CREATED_AT_ASC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"
    TYPE_ASC = "TYPE_ASC"
    TYPE_DESC = "TYPE_DESC"
    UPDATED_AT_ASC = "UPDATED_AT_ASC"
    UPDATED_AT_DESC = "UPDATED_AT_DESC"


class IndustryModelOrder(str, Enum):
    CREATED_AT_ASC = "CREATED_AT_ASC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"
    UPDATED_AT_ASC = "UPDATED_AT_ASC"
    UPDATED_AT_DESC = "UPDATED_AT_DESC"


class OrderExtraCostType(str, Enum):
    SHIPPING_COST_VAT = "SHIPPING_COST_VAT"


class OrderPdfs(str, Enum):
    DELIVERY_NOTE = "DELIVERY_NOTE"
    INVOICE = "INVOICE"


class OrderStatusOption(str, Enum):
    DISABLED = "DISABLED"
    ENABLED = "ENABLED"


class OrderTagOption(str, Enum):
    NEW = "NEW"
    PROGRESS = "PROGRESS"
    HOLD = "HOLD"
    COMPLETE = "COMPLETE"
    GUEST = "GUEST"
    SHIPPED = "SHIPPED"
    APPROVED = "APPROVED"


class OrderingOptions(str, Enum):
    CREATED_AT_ASC = "CREATED_AT_ASC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"
    UPDATED_AT_ASC = "UPDATED_AT_ASC"
    UPDATED_AT_DESC = "UPDATED_AT_DESC"


class PartnerIntegrationType(str, Enum):
    COMMON = "COMMON"
    QUICKBOOKS = "QUICKBOOKS"
    SHOPIFY = "SHOPIFY"


class PaymentSubscriptionModelOrder(str, Enum):
    CREATED_AT_ASC = "CREATED_AT_ASC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"
    UPDATED_AT_ASC = "UPDATED_AT_ASC"
    UPDATED_AT_DESC = "UPDATED_AT_DESC"


class PlanChangeRequestModelOrder(str, Enum):
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"


class PlanModelOrder(str, Enum):
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"


class PricelistOrderingOptions(str, Enum):
    CREATED_AT_ASC = "CREATED_AT_ASC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"
    UPDATED_AT_ASC = "UPDATED_AT_ASC"
    UPDATED_AT_DESC = "UPDATED_AT_DESC"


class ProductModelOrder(str, Enum):
    CREATED_AT_ASC = "CREATED_AT_ASC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"
    UPDATED_AT_ASC = "UPDATED_AT_ASC"
    UPDATED_AT_DESC = "UPDATED_AT_DESC"


class SearchItem(str, Enum):
    CONTACTS = "CONTACTS"
    PRODUCTS = "PRODUCTS"


class SpreadsheetType(str, Enum):
    CSV = "CSV"
    EXCEL = "EXCEL"


class TeamRoleType(str, Enum):
    ADMIN = "ADMIN"
    SALES_REP = "SALES_REP"


class TeamUserModelOrder(str, Enum):
    CREATED_AT_ASC = "CREATED_AT_ASC"
    CREATED_AT_DESC = "CREATED_AT_DESC"
    ID_ASC = "ID_ASC"
    ID_DESC = "ID_DESC"
    UPDATED_AT_ASC = "UPDATED_AT_ASC"
    UPDATED_AT_DESC = "UPDATED_AT_DESC"
