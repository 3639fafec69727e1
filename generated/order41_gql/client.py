from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from .async_base_client import AsyncBaseClient
from .base_model import UNSET

if TYPE_CHECKING:
    from .accept_connect_request import AcceptConnectRequest
    from .add_access_customers import AddAccessCustomers
    from .add_access_suppliers import AddAccessSuppliers
    from .add_discount import AddDiscount
    from .add_product_to_order import AddProductToOrder
    from .add_products_to_drop import AddProductsToDrop
    from .add_team_user import AddTeamUser
    from .add_to_cart import AddToCart
    from .add_webhook_events import AddWebhookEvents
    from .auto_generate_cart import AutoGenerateCart
    from .base_model import UnsetType
    from .bulk_product_import_sample_file import BulkProductImportSampleFile
    from .copy_demo_account import CopyDemoAccount
    from .copy_drop import CopyDrop
    from .create_cart_from_order import CreateCartFromOrder
    from .create_contact import CreateContact
    from .create_discount import CreateDiscount
    from .create_drop import CreateDrop
    from .create_event import CreateEvent
    from .create_integration_configuration import CreateIntegrationConfiguration
    from .create_order import CreateOrder
    from .create_order_extra_cost import CreateOrderExtraCost
    from .create_partner_integration import CreatePartnerIntegration
    from .create_payment_subscription import CreatePaymentSubscription
    from .create_pricelist import CreatePricelist
    from .create_pricelist_access import CreatePricelistAccess
    from .create_pricelist_value import CreatePricelistValue
    from .create_product import CreateProduct
    from .create_product_in_background import CreateProductInBackground
    from .create_product_options import CreateProductOptions
    from .create_product_variants import CreateProductVariants
    from .create_webhook import CreateWebhook
    from .delete_cart import DeleteCart
    from .delete_contact import DeleteContact
    from .delete_discounts import DeleteDiscounts
    from .delete_drop import DeleteDrop
    from .delete_external_product import DeleteExternalProduct
    from .delete_integration import DeleteIntegration
    from .delete_integration_configuration import DeleteIntegrationConfiguration
    from .delete_order import DeleteOrder
    from .delete_order_extra_cost import DeleteOrderExtraCost
    from .delete_payment_subscription import DeletePaymentSubscription
    from .delete_pricelist import DeletePricelist
    from .delete_pricelist_access import DeletePricelistAccess
    from .delete_pricelist_value import DeletePricelistValue
    from .delete_product_variants import DeleteProductVariants
    from .delete_products import DeleteProducts
    from .delete_team_user import DeleteTeamUser
    from .delete_webhook import DeleteWebhook
    from .delete_webhook_event import DeleteWebhookEvent
    from .discover_drops import DiscoverDrops
    from .discover_drops_meta import DiscoverDropsMeta
    from .duplicate_cart import DuplicateCart
    from .duplicate_drop import DuplicateDrop
    from .duplicate_product import DuplicateProduct
    from .enums import (
        BrandModelOrder,
        CartModelOrder,
        ConnectRequestModelOrder,
        ContactModelOrder,
        DiscountModelOrder,
        DropModelOrder,
        EventModelOrder,
        IndustryModelOrder,
        OrderingOptions,
        OrderPdfs,
        PaymentSubscriptionModelOrder,
        PlanChangeRequestModelOrder,
        PlanModelOrder,
        PricelistOrderingOptions,
        ProductModelOrder,
        SearchItem,
        SpreadsheetType,
        TeamRoleType,
        TeamUserModelOrder,
    )
    from .explore_drops import ExploreDrops
    from .export_products import ExportProducts
    from .generate_asset_archive import GenerateAssetArchive
    from .generate_contacts_spreadsheet import GenerateContactsSpreadsheet
    from .generate_drop_orders_overview_spreadsheet import (
        GenerateDropOrdersOverviewSpreadsheet,
    )
    from .generate_drop_orders_spreadsheet import GenerateDropOrdersSpreadsheet
    from .generate_drop_pdf import GenerateDropPdf
    from .generate_drop_products_images_zip import GenerateDropProductsImagesZip
    from .generate_drop_products_spreadsheet import GenerateDropProductsSpreadsheet
    from .generate_drop_supplier_order_spreadsheet import (
        GenerateDropSupplierOrderSpreadsheet,
    )
    from .generate_guest_id import GenerateGuestId
    from .generate_invoice import GenerateInvoice
    from .generate_order_confirmation_pdf import GenerateOrderConfirmationPdf
    from .generate_order_confirmation_spreadsheet import (
        GenerateOrderConfirmationSpreadsheet,
    )
    from .generate_presigned_put import GeneratePresignedPut
    from .generate_pricelist_spreadsheet import GeneratePricelistSpreadsheet
    from .get_background_job import GetBackgroundJob
    from .get_cart import GetCart
    from .get_connect_request import GetConnectRequest
    from .get_contact import GetContact
    from .get_credential import GetCredential
    from .get_discount import GetDiscount
    from .get_drop import GetDrop
    from .get_drop_meta import GetDropMeta
    from .get_drop_profile import GetDropProfile
    from .get_drop_rate import GetDropRate
    from .get_event import GetEvent
    from .get_integration import GetIntegration
    from .get_integration_data import GetIntegrationData
    from .get_integration_token_by_order_id import GetIntegrationTokenByOrderId
    from .get_order import GetOrder
    from .get_orders_pricelist_id import GetOrdersPricelistId
    from .get_partner_integration import GetPartnerIntegration
    from .get_payment_subscription import GetPaymentSubscription
    from .get_plan import GetPlan
    from .get_pricelist import GetPricelist
    from .get_pricelist_values_by_pricelist_id import GetPricelistValuesByPricelistId
    from .get_product import GetProduct
    from .get_profile import GetProfile
    from .get_setting import GetSetting
    from .import_contacts import ImportContacts
    from .import_pricelist import ImportPricelist
    from .import_products import ImportProducts
    from .input_types import (
        AddToCartInput,
        CartFilter,
        CartInput,
        ConnectRequestModelFilter,
        ContactFilter,
        ContactInput,
        CreateDiscountInput,
        CreatePricelistAccessInput,
        CreatePricelistInput,
        CreatePricelistValueInput,
        DiscountFilter,
        DiscountInput,
        DropFilter,
        DropInput,
        EventFilter,
        EventInput,
        ExternalContactFilter,
        ExternalContactInput,
        ExternalOrderFilter,
        ExternalOrderInput,
        ExternalProductFilter,
        ExternalProductInput,
        IdFilter,
        IndustryBrandFilter,
        IndustryFilter,
        IntegrationConfigurationFilter,
        IntegrationConfigurationInput,
        IntegrationDataInput,
        IntegrationInput,
        KeyValueInput,
        LoginOptions,
        NotificationFilter,
        OrderExtraCostInput,
        OrderFilter,
        OrderInput,
        PartnerIntegrationFilter,
        PartnerIntegrationInput,
        PaymentSubscriptionFilter,
        PaymentSubscriptionInput,
        PlanChangeRequestFilter,
        PlanFilter,
        PricelistFilter,
        ProductFilter,
        ProductInput,
        ProductVariantInput,
        ProductVariantUpdateInput,
        SettingInput,
        ShareDropInput,
        SignupConfirmInput,
        SignupInput,
        UpdatePricelistValueInput,
        UpdateProductInput,
        UserInput,
        WebhookEventInput,
        WebhookInput,
    )
    from .integration_token import IntegrationToken
    from .invalidate_token import InvalidateToken
    from .invite_contact import InviteContact
    from .list_brands import ListBrands
    from .list_brands_meta import ListBrandsMeta
    from .list_carts import ListCarts
    from .list_carts_meta import ListCartsMeta
    from .list_connect_requests import ListConnectRequests
    from .list_connect_requests_meta import ListConnectRequestsMeta
    from .list_contacts import ListContacts
    from .list_contacts_meta import ListContactsMeta
    from .list_discounts import ListDiscounts
    from .list_discounts_meta import ListDiscountsMeta
    from .list_drops import ListDrops
    from .list_drops_meta import ListDropsMeta
    from .list_events import ListEvents
    from .list_events_meta import ListEventsMeta
    from .list_external_contacts import ListExternalContacts
    from .list_external_orders import ListExternalOrders
    from .list_external_products import ListExternalProducts
    from .list_industries import ListIndustries
    from .list_industries_meta import ListIndustriesMeta
    from .list_integration_configurations import ListIntegrationConfigurations
    from .list_notifications import ListNotifications
    from .list_notifications_meta import ListNotificationsMeta
    from .list_orders import ListOrders
    from .list_orders_meta import ListOrdersMeta
    from .list_partner_integrations import ListPartnerIntegrations
    from .list_partners import ListPartners
    from .list_payment_subscriptions import ListPaymentSubscriptions
    from .list_plan_change_requests import ListPlanChangeRequests
    from .list_plans import ListPlans
    from .list_plans_meta import ListPlansMeta
    from .list_pricelists import ListPricelists
    from .list_pricelists_meta import ListPricelistsMeta
    from .list_products import ListProducts
    from .list_products_meta import ListProductsMeta
    from .list_shared_drops import ListSharedDrops
    from .list_shared_drops_meta import ListSharedDropsMeta
    from .list_system_currency_codes import ListSystemCurrencyCodes
    from .list_team_users import ListTeamUsers
    from .list_team_users_meta import ListTeamUsersMeta
    from .list_webhooks import ListWebhooks
    from .list_workspaces import ListWorkspaces
    from .login_as import LoginAs
    from .login_with_password import LoginWithPassword
    from .order_drops import OrderDrops
    from .order_products_images import OrderProductsImages
    from .order_statistics import OrderStatistics
    from .orders_by_ids import OrdersByIds
    from .password_reset_email import PasswordResetEmail
    from .plan_change_request import PlanChangeRequest
    from .put_external_contacts import PutExternalContacts
    from .put_external_orders import PutExternalOrders
    from .put_external_products import PutExternalProducts
    from .put_integration import PutIntegration
    from .put_integration_data import PutIntegrationData
    from .rate_drop import RateDrop
    from .rate_order import RateOrder
    from .read_notification import ReadNotification
    from .recent_drops import RecentDrops
    from .refresh_search import RefreshSearch
    from .reject_connect_request import RejectConnectRequest
    from .remove_access_customers import RemoveAccessCustomers
    from .remove_access_suppliers import RemoveAccessSuppliers
    from .remove_discount import RemoveDiscount
    from .remove_from_cart import RemoveFromCart
    from .remove_product_option import RemoveProductOption
    from .remove_product_options import RemoveProductOptions
    from .remove_products_from_drop import RemoveProductsFromDrop
    from .request_long_lived_token import RequestLongLivedToken
    from .resend_signup_verification_email import ResendSignupVerificationEmail
    from .reset_password import ResetPassword
    from .return_order_to_stock import ReturnOrderToStock
    from .search_seller_profiles import SearchSellerProfiles
    from .send_connect_request import SendConnectRequest
    from .send_order_confirmation import SendOrderConfirmation
    from .set_user_plan import SetUserPlan
    from .share_drop import ShareDrop
    from .signup import Signup
    from .signup_confirm import SignupConfirm
    from .switch_workspace import SwitchWorkspace
    from .unread_notification import UnreadNotification
    from .update_cart import UpdateCart
    from .update_cart_product import UpdateCartProduct
    from .update_contact import UpdateContact
    from .update_discount import UpdateDiscount
    from .update_drop import UpdateDrop
    from .update_drop_product import UpdateDropProduct
    from .update_integration_configuration import UpdateIntegrationConfiguration
    from .update_order import UpdateOrder
    from .update_order_extra_cost import UpdateOrderExtraCost
    from .update_password import UpdatePassword
    from .update_payment_subscription import UpdatePaymentSubscription
    from .update_pricelist import UpdatePricelist
    from .update_pricelist_value import UpdatePricelistValue
    from .update_pricelist_values import UpdatePricelistValues
    from .update_product import UpdateProduct
    from .update_product_in_background import UpdateProductInBackground
    from .update_product_option import UpdateProductOption
    from .update_product_variants import UpdateProductVariants
    from .update_profile import UpdateProfile
    from .update_setting import UpdateSetting
    from .update_variant_row_order import UpdateVariantRowOrder
    from .update_webhook import UpdateWebhook
    from .upsert_integration_configurations import UpsertIntegrationConfigurations
if TYPE_CHECKING:
    from typing import Unpack

    from b2b_graphql import CallOptions


def gql(q: str) -> str:
    return q


class Order41GeneratedClient(AsyncBaseClient):
    secret_variables = {
        "createIntegrationConfiguration": ("input.key",),
        "createWebhook": ("webhook.password",),
        "listIntegrationConfigurations": ("filter.key",),
        "loginWithPassword": ("password",),
        "putIntegration": (
            "integration.shopifyAdminApiAccessToken",
            "integration.shopifyApiSecretKey",
        ),
        "resetPassword": ("password", "token"),
        "signup": ("input.password",),
        "signupConfirm": ("input.confirmCode",),
        "updateIntegrationConfiguration": ("input.key",),
        "updatePassword": ("newPassword", "password"),
        "updateWebhook": ("webhook.password",),
        "upsertIntegrationConfigurations": ("keysValues.key", "keysValues.value"),
    }

    async def get_payment_subscription(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetPaymentSubscription":
        from .get_payment_subscription import GetPaymentSubscription

        query = gql("""
            query getPaymentSubscription($id: ID) {
              getPaymentSubscription(id: $id) {
                id
                stripeCustomerId
                stripeProductId
                stripeSubscriptionId
                stripeSubscriptionStatus
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="getPaymentSubscription",
            variables=variables,
            **options,
        )
        return self.get_model(response, GetPaymentSubscription)

    async def get_plan(self, id: str, **options: Unpack[CallOptions]) -> "GetPlan":
        from .get_plan import GetPlan

        query = gql("""
            query getPlan($id: ID!) {
              getPlan(id: $id) {
                accountType
                description
                id
                name
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query, operation_name="getPlan", variables=variables, **options
        )
        return self.get_model(response, GetPlan)

    async def get_profile(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetProfile":
        from .get_profile import GetProfile

        query = gql("""
            query getProfile($id: ID, $urlkey: String) {
              getProfile(id: $id, urlkey: $urlkey) {
                ...UserFields
                plans {
                  id
                  name
                  stripeProductId
                  stripeSubscriptionId
                  plan {
                    accountType
                    description
                    id
                    name
                  }
                }
              }
            }

            fragment UserFields on User {
              canSearch
              discoverable
              displayName
              emailProfile
              facebook
              id
              image
              imageMood
              info
              instagram
              name
              phone
              twitter
              url
              urlName
              urlkey
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="getProfile", variables=variables, **options
        )
        return self.get_model(response, GetProfile)

    async def get_setting(self, **options: Unpack[CallOptions]) -> "GetSetting":
        from .get_setting import GetSetting

        query = gql("""
            query getSetting {
              getSetting {
                addressAddress
                addressApartment
                addressCity
                addressCompany
                addressCountry
                addressFirstname
                addressLastname
                addressPostalcode
                country {
                  code
                  name
                }
                customAttach
                customField1Name
                customField1Status
                customField2Name
                customField2Status
                customField3Name
                customField3Status
                customField4Name
                customField4Status
                customField5Name
                customField5Status
                customField6Name
                customField6Status
                customField7Name
                customField7Status
                customField8Name
                customField8Status
                customHeight
                customInventory
                customInvite
                customInviteSubject
                customOption1Name
                customOption1Status
                customOption2Name
                customOption2Status
                customOption3Name
                customOption3Status
                customOption4Name
                customOption4Status
                customOption5Name
                customOption5Status
                customPreorder
                customSeperator
                customThankyou
                customUpdate
                customWidth
                fromCsv
                fromEmail
                fromMessage
                fromPdf
                fromSubject
                industries
                integrationToken {
                  comment
                  id
                  isValid
                  ownerId
                  type
                  value
                }
                integrationTokenId
                invoiceText
                ownerId
                paymentBank
                paymentIban
                paymentVat
                rangeDropInt
                rangeDropText
                rangeOrderInt
                rangeOrderText
                rangeProductInt
                rangeProductText
                rangeSupplierInt
                rangeSupplierText
                showInDashboard
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="getSetting", variables=variables, **options
        )
        return self.get_model(response, GetSetting)

    async def list_payment_subscriptions(
        self,
        filter_: Union[Optional["PaymentSubscriptionFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["PaymentSubscriptionModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListPaymentSubscriptions":
        from .input_types import PaymentSubscriptionFilter
        from .list_payment_subscriptions import ListPaymentSubscriptions

        query = gql("""
            query listPaymentSubscriptions($filter: PaymentSubscriptionFilter = {}, $first: Int = 25, $offset: Int = 0, $orderBy: [PaymentSubscriptionModelOrder] = [ID_ASC]) {
              listPaymentSubscriptions(
                filter: $filter
                first: $first
                offset: $offset
                orderBy: $orderBy
              ) {
                id
                stripeCustomerId
                stripeProductId
                stripeSubscriptionId
                stripeSubscriptionStatus
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument(
                "filter_", PaymentSubscriptionFilter, filter_
            ),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query,
            operation_name="listPaymentSubscriptions",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListPaymentSubscriptions)

    async def list_plan_change_requests(
        self,
        filter_: Union[Optional["PlanChangeRequestFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["PlanChangeRequestModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListPlanChangeRequests":
        from .input_types import PlanChangeRequestFilter
        from .list_plan_change_requests import ListPlanChangeRequests

        query = gql("""
            query listPlanChangeRequests($filter: PlanChangeRequestFilter = {acceptedAt: {exists: false}}, $first: Int = 25, $offset: Int = 0, $orderBy: [PlanChangeRequestModelOrder] = [ID_DESC]) {
              listPlanChangeRequests(
                filter: $filter
                first: $first
                offset: $offset
                orderBy: $orderBy
              ) {
                acceptedAt
                acceptedBy
                id
                plan {
                  accountType
                  description
                  id
                  name
                }
                planId
                userId
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", PlanChangeRequestFilter, filter_),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query,
            operation_name="listPlanChangeRequests",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListPlanChangeRequests)

    async def list_plans(
        self,
        filter_: Union[Optional["PlanFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["PlanModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListPlans":
        from .input_types import PlanFilter
        from .list_plans import ListPlans

        query = gql("""
            query listPlans($filter: PlanFilter = {}, $first: Int = 25, $offset: Int = 0, $orderBy: [PlanModelOrder] = [ID_ASC]) {
              listPlans(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {
                accountType
                description
                id
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", PlanFilter, filter_),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query, operation_name="listPlans", variables=variables, **options
        )
        return self.get_model(response, ListPlans)

    async def list_plans_meta(
        self,
        filter_: Union[Optional["PlanFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListPlansMeta":
        from .input_types import PlanFilter
        from .list_plans_meta import ListPlansMeta

        query = gql("""
            query listPlansMeta($filter: PlanFilter = {}) {
              _listPlansMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", PlanFilter, filter_)
        }
        response = await self.execute(
            query=query, operation_name="listPlansMeta", variables=variables, **options
        )
        return self.get_model(response, ListPlansMeta)

    async def list_team_users(
        self,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["TeamUserModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListTeamUsers":
        from .list_team_users import ListTeamUsers

        query = gql("""
            query listTeamUsers($first: Int = 25, $offset: Int = 0, $orderBy: [TeamUserModelOrder] = [ID_ASC]) {
              listTeamUsers(first: $first, offset: $offset, orderBy: $orderBy) {
                credential {
                  email
                  status
                }
                credentialId
                id
                role
                userId
              }
            }
            """)
        variables: dict[str, object] = {
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query, operation_name="listTeamUsers", variables=variables, **options
        )
        return self.get_model(response, ListTeamUsers)

    async def list_team_users_meta(
        self, **options: Unpack[CallOptions]
    ) -> "ListTeamUsersMeta":
        from .list_team_users_meta import ListTeamUsersMeta

        query = gql("""
            query listTeamUsersMeta {
              _listTeamUsersMeta {
                count
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query,
            operation_name="listTeamUsersMeta",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListTeamUsersMeta)

    async def list_workspaces(self, **options: Unpack[CallOptions]) -> "ListWorkspaces":
        from .list_workspaces import ListWorkspaces

        query = gql("""
            query listWorkspaces {
              listWorkspaces {
                ...UserFields
              }
            }

            fragment UserFields on User {
              canSearch
              discoverable
              displayName
              emailProfile
              facebook
              id
              image
              imageMood
              info
              instagram
              name
              phone
              twitter
              url
              urlName
              urlkey
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="listWorkspaces", variables=variables, **options
        )
        return self.get_model(response, ListWorkspaces)

    async def add_team_user(
        self,
        email: Union[Optional[str], "UnsetType"] = UNSET,
        role: Union[Optional["TeamRoleType"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "AddTeamUser":
        from .add_team_user import AddTeamUser

        query = gql("""
            mutation addTeamUser($email: String, $role: TeamRoleType = ADMIN) {
              addTeamUser(email: $email, role: $role) {
                credential {
                  email
                  status
                }
                credentialId
                id
                role
                userId
              }
            }
            """)
        variables: dict[str, object] = {"email": email, "role": role}
        response = await self.execute(
            query=query, operation_name="addTeamUser", variables=variables, **options
        )
        return self.get_model(response, AddTeamUser)

    async def copy_demo_account(
        self, email: str, urlkey: str, **options: Unpack[CallOptions]
    ) -> "CopyDemoAccount":
        from .copy_demo_account import CopyDemoAccount

        query = gql("""
            mutation copyDemoAccount($email: String!, $urlkey: String!) {
              copyDemoAccount(email: $email, urlkey: $urlkey) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"email": email, "urlkey": urlkey}
        response = await self.execute(
            query=query,
            operation_name="copyDemoAccount",
            variables=variables,
            **options,
        )
        return self.get_model(response, CopyDemoAccount)

    async def create_payment_subscription(
        self,
        subscription: Union[Optional["PaymentSubscriptionInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreatePaymentSubscription":
        from .create_payment_subscription import CreatePaymentSubscription
        from .input_types import PaymentSubscriptionInput

        query = gql("""
            mutation createPaymentSubscription($subscription: PaymentSubscriptionInput) {
              createPaymentSubscription(data: $subscription) {
                id
                stripeCustomerId
                stripeProductId
                stripeSubscriptionId
                stripeSubscriptionStatus
              }
            }
            """)
        variables: dict[str, object] = {
            "subscription": self._input_argument(
                "subscription", PaymentSubscriptionInput, subscription
            )
        }
        response = await self.execute(
            query=query,
            operation_name="createPaymentSubscription",
            variables=variables,
            **options,
        )
        return self.get_model(response, CreatePaymentSubscription)

    async def delete_payment_subscription(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DeletePaymentSubscription":
        from .delete_payment_subscription import DeletePaymentSubscription

        query = gql("""
            mutation deletePaymentSubscription($id: ID) {
              deletePaymentSubscription(id: $id) {
                id
                stripeCustomerId
                stripeProductId
                stripeSubscriptionId
                stripeSubscriptionStatus
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="deletePaymentSubscription",
            variables=variables,
            **options,
        )
        return self.get_model(response, DeletePaymentSubscription)

    async def delete_team_user(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DeleteTeamUser":
        from .delete_team_user import DeleteTeamUser

        query = gql("""
            mutation deleteTeamUser($id: ID) {
              deleteTeamUser(id: $id) {
                credential {
                  email
                  status
                }
                credentialId
                id
                role
                userId
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query, operation_name="deleteTeamUser", variables=variables, **options
        )
        return self.get_model(response, DeleteTeamUser)

    async def plan_change_request(
        self, plan_id: str, **options: Unpack[CallOptions]
    ) -> "PlanChangeRequest":
        from .plan_change_request import PlanChangeRequest

        query = gql("""
            mutation planChangeRequest($planId: ID!) {
              planChangeRequest(planId: $planId) {
                acceptedAt
                acceptedBy
                id
                plan {
                  accountType
                  description
                  id
                  name
                }
                planId
                userId
              }
            }
            """)
        variables: dict[str, object] = {"planId": plan_id}
        response = await self.execute(
            query=query,
            operation_name="planChangeRequest",
            variables=variables,
            **options,
        )
        return self.get_model(response, PlanChangeRequest)

    async def set_user_plan(
        self,
        plan_id: str,
        user_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "SetUserPlan":
        from .set_user_plan import SetUserPlan

        query = gql("""
            mutation setUserPlan($planId: ID!, $userId: ID) {
              setUserPlan(planId: $planId, userId: $userId) {
                id
                name
                plan {
                  accountType
                  description
                  id
                  name
                }
                stripeProductId
                stripeSubscriptionId
                user {
                  id
                  name
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {"planId": plan_id, "userId": user_id}
        response = await self.execute(
            query=query, operation_name="setUserPlan", variables=variables, **options
        )
        return self.get_model(response, SetUserPlan)

    async def switch_workspace(
        self,
        user_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "SwitchWorkspace":
        from .switch_workspace import SwitchWorkspace

        query = gql("""
            mutation switchWorkspace($userId: ID) {
              switchWorkspace(userId: $userId)
            }
            """)
        variables: dict[str, object] = {"userId": user_id}
        response = await self.execute(
            query=query,
            operation_name="switchWorkspace",
            variables=variables,
            **options,
        )
        return self.get_model(response, SwitchWorkspace)

    async def update_payment_subscription(
        self,
        subscription: Union[Optional["PaymentSubscriptionInput"], "UnsetType"] = UNSET,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdatePaymentSubscription":
        from .input_types import PaymentSubscriptionInput
        from .update_payment_subscription import UpdatePaymentSubscription

        query = gql("""
            mutation updatePaymentSubscription($subscription: PaymentSubscriptionInput, $id: ID) {
              updatePaymentSubscription(data: $subscription, id: $id) {
                id
                stripeCustomerId
                stripeProductId
                stripeSubscriptionId
                stripeSubscriptionStatus
              }
            }
            """)
        variables: dict[str, object] = {
            "subscription": self._input_argument(
                "subscription", PaymentSubscriptionInput, subscription
            ),
            "id": id,
        }
        response = await self.execute(
            query=query,
            operation_name="updatePaymentSubscription",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpdatePaymentSubscription)

    async def update_profile(
        self,
        user: Union[Optional["UserInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateProfile":
        from .input_types import UserInput
        from .update_profile import UpdateProfile

        query = gql("""
            mutation updateProfile($user: UserInput) {
              updateProfile(user: $user) {
                ...UserFields
                plans {
                  id
                  name
                  stripeProductId
                  stripeSubscriptionId
                  plan {
                    accountType
                    description
                    id
                    name
                  }
                }
              }
            }

            fragment UserFields on User {
              canSearch
              discoverable
              displayName
              emailProfile
              facebook
              id
              image
              imageMood
              info
              instagram
              name
              phone
              twitter
              url
              urlName
              urlkey
            }
            """)
        variables: dict[str, object] = {
            "user": self._input_argument("user", UserInput, user)
        }
        response = await self.execute(
            query=query, operation_name="updateProfile", variables=variables, **options
        )
        return self.get_model(response, UpdateProfile)

    async def update_setting(
        self,
        settings: Union[Optional["SettingInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateSetting":
        from .input_types import SettingInput
        from .update_setting import UpdateSetting

        query = gql("""
            mutation updateSetting($settings: SettingInput) {
              updateSetting(settings: $settings)
            }
            """)
        variables: dict[str, object] = {
            "settings": self._input_argument("settings", SettingInput, settings)
        }
        response = await self.execute(
            query=query, operation_name="updateSetting", variables=variables, **options
        )
        return self.get_model(response, UpdateSetting)

    async def get_credential(self, **options: Unpack[CallOptions]) -> "GetCredential":
        from .get_credential import GetCredential

        query = gql("""
            query getCredential {
              getCredential {
                accountType
                email
                isAdmin
                nlAccept
                plan {
                  accountType
                  description
                  id
                  name
                }
                recoveryInform
                representing {
                  id
                  name
                  urlkey
                }
                status
                userId
                welcome
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="getCredential", variables=variables, **options
        )
        return self.get_model(response, GetCredential)

    async def generate_guest_id(
        self, **options: Unpack[CallOptions]
    ) -> "GenerateGuestId":
        from .generate_guest_id import GenerateGuestId

        query = gql("""
            mutation generateGuestId {
              generateGuestId {
                comment
                id
                isValid
                ownerId
                type
                value
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query,
            operation_name="generateGuestId",
            variables=variables,
            **options,
        )
        return self.get_model(response, GenerateGuestId)

    async def request_long_lived_token(
        self, **options: Unpack[CallOptions]
    ) -> "RequestLongLivedToken":
        from .request_long_lived_token import RequestLongLivedToken

        query = gql("""
            mutation requestLongLivedToken {
              generateLongLivedToken {
                comment
                id
                isValid
                ownerId
                type
                value
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query,
            operation_name="requestLongLivedToken",
            variables=variables,
            **options,
        )
        return self.get_model(response, RequestLongLivedToken)

    async def invalidate_token(
        self, **options: Unpack[CallOptions]
    ) -> "InvalidateToken":
        from .invalidate_token import InvalidateToken

        query = gql("""
            mutation invalidateToken {
              invalidateToken
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query,
            operation_name="invalidateToken",
            variables=variables,
            **options,
        )
        return self.get_model(response, InvalidateToken)

    async def login_with_password(
        self,
        email: str,
        password: str,
        options: Union[Optional["LoginOptions"], "UnsetType"] = UNSET,
        **call_options: Unpack[CallOptions],
    ) -> "LoginWithPassword":
        from .input_types import LoginOptions
        from .login_with_password import LoginWithPassword

        query = gql("""
            mutation loginWithPassword($email: String!, $options: LoginOptions = {countryCode: ""}, $password: String!) {
              login(email: $email, options: $options, password: $password)
            }
            """)
        variables: dict[str, object] = {
            "email": email,
            "options": self._input_argument("options", LoginOptions, options),
            "password": password,
        }
        response = await self.execute(
            query=query,
            operation_name="loginWithPassword",
            variables=variables,
            **call_options,
        )
        return self.get_model(response, LoginWithPassword)

    async def login_as(self, email: str, **options: Unpack[CallOptions]) -> "LoginAs":
        from .login_as import LoginAs

        query = gql("""
            mutation loginAs($email: String!) {
              loginAs(email: $email)
            }
            """)
        variables: dict[str, object] = {"email": email}
        response = await self.execute(
            query=query, operation_name="loginAs", variables=variables, **options
        )
        return self.get_model(response, LoginAs)

    async def password_reset_email(
        self, email: str, **options: Unpack[CallOptions]
    ) -> "PasswordResetEmail":
        from .password_reset_email import PasswordResetEmail

        query = gql("""
            mutation passwordResetEmail($email: String!) {
              passwordResetEmail(email: $email) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"email": email}
        response = await self.execute(
            query=query,
            operation_name="passwordResetEmail",
            variables=variables,
            **options,
        )
        return self.get_model(response, PasswordResetEmail)

    async def resend_signup_verification_email(
        self,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ResendSignupVerificationEmail":
        from .resend_signup_verification_email import ResendSignupVerificationEmail

        query = gql("""
            mutation resendSignupVerificationEmail($urlkey: String) {
              resendSignupVerificationEmail(urlkey: $urlkey) {
                accountType
                id
                urlkey
              }
            }
            """)
        variables: dict[str, object] = {"urlkey": urlkey}
        response = await self.execute(
            query=query,
            operation_name="resendSignupVerificationEmail",
            variables=variables,
            **options,
        )
        return self.get_model(response, ResendSignupVerificationEmail)

    async def reset_password(
        self, password: str, token: str, **options: Unpack[CallOptions]
    ) -> "ResetPassword":
        from .reset_password import ResetPassword

        query = gql("""
            mutation resetPassword($password: String!, $token: String!) {
              resetPassword(password: $password, token: $token) {
                accountType
                email
                isAdmin
                nlAccept
                plan {
                  accountType
                  description
                  id
                  name
                }
                recoveryInform
                representing {
                  id
                  name
                  urlkey
                }
                status
                userId
                welcome
              }
            }
            """)
        variables: dict[str, object] = {"password": password, "token": token}
        response = await self.execute(
            query=query, operation_name="resetPassword", variables=variables, **options
        )
        return self.get_model(response, ResetPassword)

    async def signup(
        self,
        input: Union[Optional["SignupInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "Signup":
        from .input_types import SignupInput
        from .signup import Signup

        query = gql("""
            mutation signup($input: SignupInput) {
              signup(input: $input) {
                accountType
                id
                urlkey
              }
            }
            """)
        variables: dict[str, object] = {
            "input": self._input_argument("input", SignupInput, input)
        }
        response = await self.execute(
            query=query, operation_name="signup", variables=variables, **options
        )
        return self.get_model(response, Signup)

    async def signup_confirm(
        self,
        input: Union[Optional["SignupConfirmInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "SignupConfirm":
        from .input_types import SignupConfirmInput
        from .signup_confirm import SignupConfirm

        query = gql("""
            mutation signupConfirm($input: SignupConfirmInput) {
              signupConfirm(input: $input) {
                id
                user {
                  id
                  name
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "input": self._input_argument("input", SignupConfirmInput, input)
        }
        response = await self.execute(
            query=query, operation_name="signupConfirm", variables=variables, **options
        )
        return self.get_model(response, SignupConfirm)

    async def update_password(
        self, new_password: str, password: str, **options: Unpack[CallOptions]
    ) -> "UpdatePassword":
        from .update_password import UpdatePassword

        query = gql("""
            mutation updatePassword($newPassword: String!, $password: String!) {
              updatePassword(newPassword: $newPassword, password: $password)
            }
            """)
        variables: dict[str, object] = {
            "newPassword": new_password,
            "password": password,
        }
        response = await self.execute(
            query=query, operation_name="updatePassword", variables=variables, **options
        )
        return self.get_model(response, UpdatePassword)

    async def get_cart(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetCart":
        from .get_cart import GetCart

        query = gql("""
            query getCart($id: ID, $urlkey: String) {
              getCart(id: $id, urlkey: $urlkey) {
                ...CartFields
              }
            }

            fragment CartFields on Cart {
              buyerId
              createdAt
              creatorType
              dropId
              guestId
              id
              isPrivate
              ownerId
              repId
              sellerId
              updatedAt
              urlkey
              _parentProductsMeta {
                appliedDiscount
                count
                currency
                discountAmount
                margin
                msrpMultiplier
                parentCount
                profit
                quantity
                summary
                total
                totalRrp
              }
              parentProducts {
                ...CartProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
              seller {
                id
                name
                urlkey
              }
            }

            fragment CartProductFields on CartProduct {
              cartId
              id
              productId
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                cartId
                id
                productId
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="getCart", variables=variables, **options
        )
        return self.get_model(response, GetCart)

    async def list_carts(
        self,
        filter_: Union[Optional["CartFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["CartModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListCarts":
        from .input_types import CartFilter
        from .list_carts import ListCarts

        query = gql("""
            query listCarts($filter: CartFilter = {}, $first: Int = 25, $offset: Int = 0, $orderBy: [CartModelOrder] = [UPDATED_AT_DESC]) {
              listCarts(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {
                ...CartFields
              }
            }

            fragment CartFields on Cart {
              buyerId
              createdAt
              creatorType
              dropId
              guestId
              id
              isPrivate
              ownerId
              repId
              sellerId
              updatedAt
              urlkey
              _parentProductsMeta {
                appliedDiscount
                count
                currency
                discountAmount
                margin
                msrpMultiplier
                parentCount
                profit
                quantity
                summary
                total
                totalRrp
              }
              parentProducts {
                ...CartProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
              seller {
                id
                name
                urlkey
              }
            }

            fragment CartProductFields on CartProduct {
              cartId
              id
              productId
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                cartId
                id
                productId
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", CartFilter, filter_),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query, operation_name="listCarts", variables=variables, **options
        )
        return self.get_model(response, ListCarts)

    async def list_carts_meta(
        self,
        filter_: Union[Optional["CartFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListCartsMeta":
        from .input_types import CartFilter
        from .list_carts_meta import ListCartsMeta

        query = gql("""
            query listCartsMeta($filter: CartFilter) {
              _listCartsMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", CartFilter, filter_)
        }
        response = await self.execute(
            query=query, operation_name="listCartsMeta", variables=variables, **options
        )
        return self.get_model(response, ListCartsMeta)

    async def add_to_cart(
        self,
        cart_product: Union[Optional["AddToCartInput"], "UnsetType"] = UNSET,
        input: Union[Optional["AddToCartInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "AddToCart":
        from .add_to_cart import AddToCart
        from .input_types import AddToCartInput

        query = gql("""
            mutation addToCart($cartProduct: AddToCartInput, $input: AddToCartInput) {
              addToCart(cartProduct: $cartProduct, input: $input) {
                ...CartFields
              }
            }

            fragment CartFields on Cart {
              buyerId
              createdAt
              creatorType
              dropId
              guestId
              id
              isPrivate
              ownerId
              repId
              sellerId
              updatedAt
              urlkey
              _parentProductsMeta {
                appliedDiscount
                count
                currency
                discountAmount
                margin
                msrpMultiplier
                parentCount
                profit
                quantity
                summary
                total
                totalRrp
              }
              parentProducts {
                ...CartProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
              seller {
                id
                name
                urlkey
              }
            }

            fragment CartProductFields on CartProduct {
              cartId
              id
              productId
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                cartId
                id
                productId
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "cartProduct": self._input_argument(
                "cart_product", AddToCartInput, cart_product
            ),
            "input": self._input_argument("input", AddToCartInput, input),
        }
        response = await self.execute(
            query=query, operation_name="addToCart", variables=variables, **options
        )
        return self.get_model(response, AddToCart)

    async def auto_generate_cart(
        self,
        drop_id: str,
        buyer_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "AutoGenerateCart":
        from .auto_generate_cart import AutoGenerateCart

        query = gql("""
            mutation autoGenerateCart($buyerId: ID, $dropId: ID!) {
              autoGenerateCart(buyerId: $buyerId, dropId: $dropId) {
                ...CartFields
              }
            }

            fragment CartFields on Cart {
              buyerId
              createdAt
              creatorType
              dropId
              guestId
              id
              isPrivate
              ownerId
              repId
              sellerId
              updatedAt
              urlkey
              _parentProductsMeta {
                appliedDiscount
                count
                currency
                discountAmount
                margin
                msrpMultiplier
                parentCount
                profit
                quantity
                summary
                total
                totalRrp
              }
              parentProducts {
                ...CartProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
              seller {
                id
                name
                urlkey
              }
            }

            fragment CartProductFields on CartProduct {
              cartId
              id
              productId
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                cartId
                id
                productId
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {"buyerId": buyer_id, "dropId": drop_id}
        response = await self.execute(
            query=query,
            operation_name="autoGenerateCart",
            variables=variables,
            **options,
        )
        return self.get_model(response, AutoGenerateCart)

    async def create_cart_from_order(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreateCartFromOrder":
        from .create_cart_from_order import CreateCartFromOrder

        query = gql("""
            mutation createCartFromOrder($id: ID, $urlkey: String) {
              createCartFromOrder(id: $id, urlkey: $urlkey) {
                ...CartFields
              }
            }

            fragment CartFields on Cart {
              buyerId
              createdAt
              creatorType
              dropId
              guestId
              id
              isPrivate
              ownerId
              repId
              sellerId
              updatedAt
              urlkey
              _parentProductsMeta {
                appliedDiscount
                count
                currency
                discountAmount
                margin
                msrpMultiplier
                parentCount
                profit
                quantity
                summary
                total
                totalRrp
              }
              parentProducts {
                ...CartProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
              seller {
                id
                name
                urlkey
              }
            }

            fragment CartProductFields on CartProduct {
              cartId
              id
              productId
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                cartId
                id
                productId
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query,
            operation_name="createCartFromOrder",
            variables=variables,
            **options,
        )
        return self.get_model(response, CreateCartFromOrder)

    async def delete_cart(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DeleteCart":
        from .delete_cart import DeleteCart

        query = gql("""
            mutation deleteCart($id: ID, $urlkey: String) {
              deleteCart(id: $id, urlkey: $urlkey) {
                ...CartFields
              }
            }

            fragment CartFields on Cart {
              buyerId
              createdAt
              creatorType
              dropId
              guestId
              id
              isPrivate
              ownerId
              repId
              sellerId
              updatedAt
              urlkey
              _parentProductsMeta {
                appliedDiscount
                count
                currency
                discountAmount
                margin
                msrpMultiplier
                parentCount
                profit
                quantity
                summary
                total
                totalRrp
              }
              parentProducts {
                ...CartProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
              seller {
                id
                name
                urlkey
              }
            }

            fragment CartProductFields on CartProduct {
              cartId
              id
              productId
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                cartId
                id
                productId
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="deleteCart", variables=variables, **options
        )
        return self.get_model(response, DeleteCart)

    async def duplicate_cart(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DuplicateCart":
        from .duplicate_cart import DuplicateCart

        query = gql("""
            mutation duplicateCart($id: ID, $urlkey: String) {
              duplicateCart(id: $id, urlkey: $urlkey) {
                ...CartFields
              }
            }

            fragment CartFields on Cart {
              buyerId
              createdAt
              creatorType
              dropId
              guestId
              id
              isPrivate
              ownerId
              repId
              sellerId
              updatedAt
              urlkey
              _parentProductsMeta {
                appliedDiscount
                count
                currency
                discountAmount
                margin
                msrpMultiplier
                parentCount
                profit
                quantity
                summary
                total
                totalRrp
              }
              parentProducts {
                ...CartProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
              seller {
                id
                name
                urlkey
              }
            }

            fragment CartProductFields on CartProduct {
              cartId
              id
              productId
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                cartId
                id
                productId
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="duplicateCart", variables=variables, **options
        )
        return self.get_model(response, DuplicateCart)

    async def remove_from_cart(
        self,
        product_id: str,
        cart_id: Union[Optional[str], "UnsetType"] = UNSET,
        cart_urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        quantity: Union[Optional[float], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "RemoveFromCart":
        from .remove_from_cart import RemoveFromCart

        query = gql("""
            mutation removeFromCart($cartId: ID, $cartUrlkey: String, $productId: ID!, $quantity: Float) {
              removeFromCart(
                cartId: $cartId
                cartUrlkey: $cartUrlkey
                productId: $productId
                quantity: $quantity
              ) {
                ...CartProductFields
              }
            }

            fragment CartProductFields on CartProduct {
              cartId
              id
              productId
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                cartId
                id
                productId
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "cartId": cart_id,
            "cartUrlkey": cart_urlkey,
            "productId": product_id,
            "quantity": quantity,
        }
        response = await self.execute(
            query=query, operation_name="removeFromCart", variables=variables, **options
        )
        return self.get_model(response, RemoveFromCart)

    async def update_cart(
        self,
        cart_data: Union[Optional["CartInput"], "UnsetType"] = UNSET,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateCart":
        from .input_types import CartInput
        from .update_cart import UpdateCart

        query = gql("""
            mutation updateCart($cartData: CartInput, $id: ID, $urlkey: String) {
              updateCart(cartData: $cartData, id: $id, urlkey: $urlkey) {
                ...CartFields
              }
            }

            fragment CartFields on Cart {
              buyerId
              createdAt
              creatorType
              dropId
              guestId
              id
              isPrivate
              ownerId
              repId
              sellerId
              updatedAt
              urlkey
              _parentProductsMeta {
                appliedDiscount
                count
                currency
                discountAmount
                margin
                msrpMultiplier
                parentCount
                profit
                quantity
                summary
                total
                totalRrp
              }
              parentProducts {
                ...CartProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
              seller {
                id
                name
                urlkey
              }
            }

            fragment CartProductFields on CartProduct {
              cartId
              id
              productId
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                cartId
                id
                productId
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "cartData": self._input_argument("cart_data", CartInput, cart_data),
            "id": id,
            "urlkey": urlkey,
        }
        response = await self.execute(
            query=query, operation_name="updateCart", variables=variables, **options
        )
        return self.get_model(response, UpdateCart)

    async def update_cart_product(
        self,
        product_id: str,
        quantity: float,
        cart_id: Union[Optional[str], "UnsetType"] = UNSET,
        cart_urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateCartProduct":
        from .update_cart_product import UpdateCartProduct

        query = gql("""
            mutation updateCartProduct($cartId: ID, $cartUrlkey: String, $productId: ID!, $quantity: Float!) {
              updateCartProduct(
                cartId: $cartId
                cartUrlkey: $cartUrlkey
                productId: $productId
                quantity: $quantity
              ) {
                ...CartProductFields
              }
            }

            fragment CartProductFields on CartProduct {
              cartId
              id
              productId
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                cartId
                id
                productId
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "cartId": cart_id,
            "cartUrlkey": cart_urlkey,
            "productId": product_id,
            "quantity": quantity,
        }
        response = await self.execute(
            query=query,
            operation_name="updateCartProduct",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpdateCartProduct)

    async def list_brands(
        self,
        filter_: Union[Optional["IndustryBrandFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["BrandModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListBrands":
        from .input_types import IndustryBrandFilter
        from .list_brands import ListBrands

        query = gql("""
            query listBrands($filter: IndustryBrandFilter = {}, $first: Int = 25, $offset: Int = 0, $orderBy: [BrandModelOrder] = [CREATED_AT_DESC]) {
              listBrands(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {
                id
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", IndustryBrandFilter, filter_),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query, operation_name="listBrands", variables=variables, **options
        )
        return self.get_model(response, ListBrands)

    async def list_brands_meta(
        self,
        filter_: Union[Optional["IndustryBrandFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListBrandsMeta":
        from .input_types import IndustryBrandFilter
        from .list_brands_meta import ListBrandsMeta

        query = gql("""
            query listBrandsMeta($filter: IndustryBrandFilter = {}) {
              _listBrandsMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", IndustryBrandFilter, filter_)
        }
        response = await self.execute(
            query=query, operation_name="listBrandsMeta", variables=variables, **options
        )
        return self.get_model(response, ListBrandsMeta)

    async def list_industries(
        self,
        filter_: Union[Optional["IndustryFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["IndustryModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListIndustries":
        from .input_types import IndustryFilter
        from .list_industries import ListIndustries

        query = gql("""
            query listIndustries($filter: IndustryFilter = {}, $first: Int = 25, $offset: Int = 0, $orderBy: [IndustryModelOrder] = [ID_ASC]) {
              listIndustries(
                filter: $filter
                first: $first
                offset: $offset
                orderBy: $orderBy
              ) {
                id
                listBrands {
                  id
                  name
                }
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", IndustryFilter, filter_),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query, operation_name="listIndustries", variables=variables, **options
        )
        return self.get_model(response, ListIndustries)

    async def list_industries_meta(
        self,
        filter_: Union[Optional["IndustryFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListIndustriesMeta":
        from .input_types import IndustryFilter
        from .list_industries_meta import ListIndustriesMeta

        query = gql("""
            query listIndustriesMeta($filter: IndustryFilter = {}) {
              _listIndustriesMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", IndustryFilter, filter_)
        }
        response = await self.execute(
            query=query,
            operation_name="listIndustriesMeta",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListIndustriesMeta)

    async def list_system_currency_codes(
        self, **options: Unpack[CallOptions]
    ) -> "ListSystemCurrencyCodes":
        from .list_system_currency_codes import ListSystemCurrencyCodes

        query = gql("""
            query listSystemCurrencyCodes {
              listSystemCurrencyCodes
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query,
            operation_name="listSystemCurrencyCodes",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListSystemCurrencyCodes)

    async def get_contact(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetContact":
        from .get_contact import GetContact

        query = gql("""
            query getContact($id: ID, $urlkey: String) {
              getContact(id: $id, urlkey: $urlkey) {
                ...ContactFields
              }
            }

            fragment ContactFields on Contact {
              contactUserId
              currency
              customId
              defaultSupplier
              discount
              email
              id
              img
              invite
              invoiceAddress
              invoiceApartment
              invoiceCity
              invoiceCompany
              invoiceCountry
              invoiceFirstname
              invoiceLastname
              invoicePostalcode
              invoiceRegion
              isSuperman
              isSuperwoman
              lastInvite
              migrateOldId
              name
              notes
              ownerId
              paymentBankCustom
              paymentEmail
              paymentIbanCustom
              paymentMethod
              paymentTaxCode
              paymentVatCustom
              phone
              shippingAddress
              shippingApartment
              shippingCity
              shippingCompany
              shippingCountry
              shippingFirstname
              shippingLastname
              shippingPostalcode
              shippingRegion
              showConnectButton
              showPaymentTaxCode
              status
              termOfPayment
              type
              urlkey
              contactUser {
                id
                name
                urlkey
              }
              accessCustomers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
              accessSuppliers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="getContact", variables=variables, **options
        )
        return self.get_model(response, GetContact)

    async def list_contacts(
        self,
        filter_: Union[Optional["ContactFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["ContactModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListContacts":
        from .input_types import ContactFilter
        from .list_contacts import ListContacts

        query = gql("""
            query listContacts($filter: ContactFilter, $first: Int = 100, $offset: Int = 0, $orderBy: [ContactModelOrder] = [ID_DESC]) {
              listContacts(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {
                ...ContactFields
              }
            }

            fragment ContactFields on Contact {
              contactUserId
              currency
              customId
              defaultSupplier
              discount
              email
              id
              img
              invite
              invoiceAddress
              invoiceApartment
              invoiceCity
              invoiceCompany
              invoiceCountry
              invoiceFirstname
              invoiceLastname
              invoicePostalcode
              invoiceRegion
              isSuperman
              isSuperwoman
              lastInvite
              migrateOldId
              name
              notes
              ownerId
              paymentBankCustom
              paymentEmail
              paymentIbanCustom
              paymentMethod
              paymentTaxCode
              paymentVatCustom
              phone
              shippingAddress
              shippingApartment
              shippingCity
              shippingCompany
              shippingCountry
              shippingFirstname
              shippingLastname
              shippingPostalcode
              shippingRegion
              showConnectButton
              showPaymentTaxCode
              status
              termOfPayment
              type
              urlkey
              contactUser {
                id
                name
                urlkey
              }
              accessCustomers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
              accessSuppliers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", ContactFilter, filter_),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query, operation_name="listContacts", variables=variables, **options
        )
        return self.get_model(response, ListContacts)

    async def list_contacts_meta(
        self,
        filter_: Union[Optional["ContactFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListContactsMeta":
        from .input_types import ContactFilter
        from .list_contacts_meta import ListContactsMeta

        query = gql("""
            query listContactsMeta($filter: ContactFilter) {
              _listContactsMeta(filter: $filter) {
                accessCount
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", ContactFilter, filter_)
        }
        response = await self.execute(
            query=query,
            operation_name="listContactsMeta",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListContactsMeta)

    async def add_access_customers(
        self,
        id: str,
        customer_ids: Union[Optional[list[Optional[str]]], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "AddAccessCustomers":
        from .add_access_customers import AddAccessCustomers

        query = gql("""
            mutation addAccessCustomers($customerIds: [ID], $id: ID!) {
              addAccessCustomers(customerIds: $customerIds, id: $id) {
                ...ContactFields
              }
            }

            fragment ContactFields on Contact {
              contactUserId
              currency
              customId
              defaultSupplier
              discount
              email
              id
              img
              invite
              invoiceAddress
              invoiceApartment
              invoiceCity
              invoiceCompany
              invoiceCountry
              invoiceFirstname
              invoiceLastname
              invoicePostalcode
              invoiceRegion
              isSuperman
              isSuperwoman
              lastInvite
              migrateOldId
              name
              notes
              ownerId
              paymentBankCustom
              paymentEmail
              paymentIbanCustom
              paymentMethod
              paymentTaxCode
              paymentVatCustom
              phone
              shippingAddress
              shippingApartment
              shippingCity
              shippingCompany
              shippingCountry
              shippingFirstname
              shippingLastname
              shippingPostalcode
              shippingRegion
              showConnectButton
              showPaymentTaxCode
              status
              termOfPayment
              type
              urlkey
              contactUser {
                id
                name
                urlkey
              }
              accessCustomers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
              accessSuppliers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
            }
            """)
        variables: dict[str, object] = {"customerIds": customer_ids, "id": id}
        response = await self.execute(
            query=query,
            operation_name="addAccessCustomers",
            variables=variables,
            **options,
        )
        return self.get_model(response, AddAccessCustomers)

    async def add_access_suppliers(
        self,
        id: str,
        supplier_ids: Union[Optional[list[Optional[str]]], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "AddAccessSuppliers":
        from .add_access_suppliers import AddAccessSuppliers

        query = gql("""
            mutation addAccessSuppliers($id: ID!, $supplierIds: [ID]) {
              addAccessSuppliers(id: $id, supplierIds: $supplierIds) {
                ...ContactFields
              }
            }

            fragment ContactFields on Contact {
              contactUserId
              currency
              customId
              defaultSupplier
              discount
              email
              id
              img
              invite
              invoiceAddress
              invoiceApartment
              invoiceCity
              invoiceCompany
              invoiceCountry
              invoiceFirstname
              invoiceLastname
              invoicePostalcode
              invoiceRegion
              isSuperman
              isSuperwoman
              lastInvite
              migrateOldId
              name
              notes
              ownerId
              paymentBankCustom
              paymentEmail
              paymentIbanCustom
              paymentMethod
              paymentTaxCode
              paymentVatCustom
              phone
              shippingAddress
              shippingApartment
              shippingCity
              shippingCompany
              shippingCountry
              shippingFirstname
              shippingLastname
              shippingPostalcode
              shippingRegion
              showConnectButton
              showPaymentTaxCode
              status
              termOfPayment
              type
              urlkey
              contactUser {
                id
                name
                urlkey
              }
              accessCustomers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
              accessSuppliers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "supplierIds": supplier_ids}
        response = await self.execute(
            query=query,
            operation_name="addAccessSuppliers",
            variables=variables,
            **options,
        )
        return self.get_model(response, AddAccessSuppliers)

    async def create_contact(
        self,
        contact: Union[Optional["ContactInput"], "UnsetType"] = UNSET,
        seller_user_ids: Union[Optional[list[Optional[int]]], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreateContact":
        from .create_contact import CreateContact
        from .input_types import ContactInput

        query = gql("""
            mutation createContact($contact: ContactInput, $sellerUserIds: [Int] = []) {
              createContact: createContactV2(data: $contact, sellerUserIds: $sellerUserIds) {
                ...ContactFields
              }
            }

            fragment ContactFields on Contact {
              contactUserId
              currency
              customId
              defaultSupplier
              discount
              email
              id
              img
              invite
              invoiceAddress
              invoiceApartment
              invoiceCity
              invoiceCompany
              invoiceCountry
              invoiceFirstname
              invoiceLastname
              invoicePostalcode
              invoiceRegion
              isSuperman
              isSuperwoman
              lastInvite
              migrateOldId
              name
              notes
              ownerId
              paymentBankCustom
              paymentEmail
              paymentIbanCustom
              paymentMethod
              paymentTaxCode
              paymentVatCustom
              phone
              shippingAddress
              shippingApartment
              shippingCity
              shippingCompany
              shippingCountry
              shippingFirstname
              shippingLastname
              shippingPostalcode
              shippingRegion
              showConnectButton
              showPaymentTaxCode
              status
              termOfPayment
              type
              urlkey
              contactUser {
                id
                name
                urlkey
              }
              accessCustomers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
              accessSuppliers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
            }
            """)
        variables: dict[str, object] = {
            "contact": self._input_argument("contact", ContactInput, contact),
            "sellerUserIds": seller_user_ids,
        }
        response = await self.execute(
            query=query, operation_name="createContact", variables=variables, **options
        )
        return self.get_model(response, CreateContact)

    async def delete_contact(
        self,
        contact_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DeleteContact":
        from .delete_contact import DeleteContact

        query = gql("""
            mutation deleteContact($contactId: ID) {
              deleteContact(contactId: $contactId)
            }
            """)
        variables: dict[str, object] = {"contactId": contact_id}
        response = await self.execute(
            query=query, operation_name="deleteContact", variables=variables, **options
        )
        return self.get_model(response, DeleteContact)

    async def generate_contacts_spreadsheet(
        self,
        type_: Union[Optional["SpreadsheetType"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GenerateContactsSpreadsheet":
        from .generate_contacts_spreadsheet import GenerateContactsSpreadsheet

        query = gql("""
            mutation generateContactsSpreadsheet($type: SpreadsheetType = EXCEL) {
              generateContactsSpreadsheet(type: $type) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"type": type_}
        response = await self.execute(
            query=query,
            operation_name="generateContactsSpreadsheet",
            variables=variables,
            **options,
        )
        return self.get_model(response, GenerateContactsSpreadsheet)

    async def import_contacts(
        self, file_url: str, **options: Unpack[CallOptions]
    ) -> "ImportContacts":
        from .import_contacts import ImportContacts

        query = gql("""
            mutation importContacts($fileUrl: String!) {
              importContacts(fileUrl: $fileUrl) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"fileUrl": file_url}
        response = await self.execute(
            query=query, operation_name="importContacts", variables=variables, **options
        )
        return self.get_model(response, ImportContacts)

    async def invite_contact(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "InviteContact":
        from .invite_contact import InviteContact

        query = gql("""
            mutation inviteContact($id: ID) {
              inviteContact(id: $id) {
                ...ContactFields
              }
            }

            fragment ContactFields on Contact {
              contactUserId
              currency
              customId
              defaultSupplier
              discount
              email
              id
              img
              invite
              invoiceAddress
              invoiceApartment
              invoiceCity
              invoiceCompany
              invoiceCountry
              invoiceFirstname
              invoiceLastname
              invoicePostalcode
              invoiceRegion
              isSuperman
              isSuperwoman
              lastInvite
              migrateOldId
              name
              notes
              ownerId
              paymentBankCustom
              paymentEmail
              paymentIbanCustom
              paymentMethod
              paymentTaxCode
              paymentVatCustom
              phone
              shippingAddress
              shippingApartment
              shippingCity
              shippingCompany
              shippingCountry
              shippingFirstname
              shippingLastname
              shippingPostalcode
              shippingRegion
              showConnectButton
              showPaymentTaxCode
              status
              termOfPayment
              type
              urlkey
              contactUser {
                id
                name
                urlkey
              }
              accessCustomers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
              accessSuppliers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query, operation_name="inviteContact", variables=variables, **options
        )
        return self.get_model(response, InviteContact)

    async def remove_access_customers(
        self,
        id: str,
        customer_ids: Union[Optional[list[Optional[str]]], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "RemoveAccessCustomers":
        from .remove_access_customers import RemoveAccessCustomers

        query = gql("""
            mutation removeAccessCustomers($customerIds: [ID], $id: ID!) {
              removeAccessCustomers(customerIds: $customerIds, id: $id) {
                ...ContactFields
              }
            }

            fragment ContactFields on Contact {
              contactUserId
              currency
              customId
              defaultSupplier
              discount
              email
              id
              img
              invite
              invoiceAddress
              invoiceApartment
              invoiceCity
              invoiceCompany
              invoiceCountry
              invoiceFirstname
              invoiceLastname
              invoicePostalcode
              invoiceRegion
              isSuperman
              isSuperwoman
              lastInvite
              migrateOldId
              name
              notes
              ownerId
              paymentBankCustom
              paymentEmail
              paymentIbanCustom
              paymentMethod
              paymentTaxCode
              paymentVatCustom
              phone
              shippingAddress
              shippingApartment
              shippingCity
              shippingCompany
              shippingCountry
              shippingFirstname
              shippingLastname
              shippingPostalcode
              shippingRegion
              showConnectButton
              showPaymentTaxCode
              status
              termOfPayment
              type
              urlkey
              contactUser {
                id
                name
                urlkey
              }
              accessCustomers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
              accessSuppliers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
            }
            """)
        variables: dict[str, object] = {"customerIds": customer_ids, "id": id}
        response = await self.execute(
            query=query,
            operation_name="removeAccessCustomers",
            variables=variables,
            **options,
        )
        return self.get_model(response, RemoveAccessCustomers)

    async def remove_access_suppliers(
        self,
        id: str,
        supplier_ids: Union[Optional[list[Optional[str]]], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "RemoveAccessSuppliers":
        from .remove_access_suppliers import RemoveAccessSuppliers

        query = gql("""
            mutation removeAccessSuppliers($id: ID!, $supplierIds: [ID]) {
              removeAccessSuppliers(id: $id, supplierIds: $supplierIds) {
                ...ContactFields
              }
            }

            fragment ContactFields on Contact {
              contactUserId
              currency
              customId
              defaultSupplier
              discount
              email
              id
              img
              invite
              invoiceAddress
              invoiceApartment
              invoiceCity
              invoiceCompany
              invoiceCountry
              invoiceFirstname
              invoiceLastname
              invoicePostalcode
              invoiceRegion
              isSuperman
              isSuperwoman
              lastInvite
              migrateOldId
              name
              notes
              ownerId
              paymentBankCustom
              paymentEmail
              paymentIbanCustom
              paymentMethod
              paymentTaxCode
              paymentVatCustom
              phone
              shippingAddress
              shippingApartment
              shippingCity
              shippingCompany
              shippingCountry
              shippingFirstname
              shippingLastname
              shippingPostalcode
              shippingRegion
              showConnectButton
              showPaymentTaxCode
              status
              termOfPayment
              type
              urlkey
              contactUser {
                id
                name
                urlkey
              }
              accessCustomers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
              accessSuppliers {
                accessContactId
                accessType
                accessUserId
                contactId
                contactUserId
                ownerId
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "supplierIds": supplier_ids}
        response = await self.execute(
            query=query,
            operation_name="removeAccessSuppliers",
            variables=variables,
            **options,
        )
        return self.get_model(response, RemoveAccessSuppliers)

    async def update_contact(
        self,
        contact: Union[Optional["ContactInput"], "UnsetType"] = UNSET,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateContact":
        from .input_types import ContactInput
        from .update_contact import UpdateContact

        query = gql("""
            mutation updateContact($contact: ContactInput, $id: ID) {
              updateContact(data: $contact, id: $id)
            }
            """)
        variables: dict[str, object] = {
            "contact": self._input_argument("contact", ContactInput, contact),
            "id": id,
        }
        response = await self.execute(
            query=query, operation_name="updateContact", variables=variables, **options
        )
        return self.get_model(response, UpdateContact)

    async def get_discount(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetDiscount":
        from .get_discount import GetDiscount

        query = gql("""
            query getDiscount($id: ID, $urlkey: ID) {
              getDiscount(id: $id, urlkey: $urlkey) {
                ...DiscountFields
              }
            }

            fragment DiscountFields on Discount {
              active
              applications
              fixedAmountValue
              id
              name
              ownerId
              percentageValue
              quantityOrAmount
              type
              urlkey
              xgetyItems
              xgetyMinimumAmount
              xgetyMinimumQtyItems
              xgetyPercentage
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="getDiscount", variables=variables, **options
        )
        return self.get_model(response, GetDiscount)

    async def list_discounts(
        self,
        filter_: Union[Optional["DiscountFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["DiscountModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListDiscounts":
        from .input_types import DiscountFilter
        from .list_discounts import ListDiscounts

        query = gql("""
            query listDiscounts($filter: DiscountFilter = {}, $first: Int = 25, $offset: Int = 0, $orderBy: [DiscountModelOrder] = [ID_DESC]) {
              listDiscounts(
                filter: $filter
                first: $first
                offset: $offset
                orderBy: $orderBy
              ) {
                ...DiscountFields
              }
            }

            fragment DiscountFields on Discount {
              active
              applications
              fixedAmountValue
              id
              name
              ownerId
              percentageValue
              quantityOrAmount
              type
              urlkey
              xgetyItems
              xgetyMinimumAmount
              xgetyMinimumQtyItems
              xgetyPercentage
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", DiscountFilter, filter_),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query, operation_name="listDiscounts", variables=variables, **options
        )
        return self.get_model(response, ListDiscounts)

    async def list_discounts_meta(
        self,
        filter_: Union[Optional["DiscountFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListDiscountsMeta":
        from .input_types import DiscountFilter
        from .list_discounts_meta import ListDiscountsMeta

        query = gql("""
            query listDiscountsMeta($filter: DiscountFilter = {}) {
              _listDiscountsMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", DiscountFilter, filter_)
        }
        response = await self.execute(
            query=query,
            operation_name="listDiscountsMeta",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListDiscountsMeta)

    async def add_discount(
        self, discount_id: str, drop_id: str, **options: Unpack[CallOptions]
    ) -> "AddDiscount":
        from .add_discount import AddDiscount

        query = gql("""
            mutation addDiscount($discountId: ID!, $dropId: ID!) {
              addDiscount(discountId: $discountId, dropId: $dropId) {
                discount {
                  active
                  applications
                  fixedAmountValue
                  id
                  name
                  ownerId
                  percentageValue
                  quantityOrAmount
                  type
                  urlkey
                  xgetyItems
                  xgetyMinimumAmount
                  xgetyMinimumQtyItems
                  xgetyPercentage
                }
                drop {
                  id
                  name
                  urlkey
                }
                id
              }
            }
            """)
        variables: dict[str, object] = {"discountId": discount_id, "dropId": drop_id}
        response = await self.execute(
            query=query, operation_name="addDiscount", variables=variables, **options
        )
        return self.get_model(response, AddDiscount)

    async def create_discount(
        self,
        discount: Union[Optional["CreateDiscountInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreateDiscount":
        from .create_discount import CreateDiscount
        from .input_types import CreateDiscountInput

        query = gql("""
            mutation createDiscount($discount: CreateDiscountInput) {
              createDiscount(discount: $discount) {
                ...DiscountFields
              }
            }

            fragment DiscountFields on Discount {
              active
              applications
              fixedAmountValue
              id
              name
              ownerId
              percentageValue
              quantityOrAmount
              type
              urlkey
              xgetyItems
              xgetyMinimumAmount
              xgetyMinimumQtyItems
              xgetyPercentage
            }
            """)
        variables: dict[str, object] = {
            "discount": self._input_argument("discount", CreateDiscountInput, discount)
        }
        response = await self.execute(
            query=query, operation_name="createDiscount", variables=variables, **options
        )
        return self.get_model(response, CreateDiscount)

    async def delete_discounts(
        self,
        id: Union[Optional["IdFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DeleteDiscounts":
        from .delete_discounts import DeleteDiscounts
        from .input_types import IdFilter

        query = gql("""
            mutation deleteDiscounts($id: IdFilter) {
              deleteDiscounts(id: $id) {
                ...DiscountFields
              }
            }

            fragment DiscountFields on Discount {
              active
              applications
              fixedAmountValue
              id
              name
              ownerId
              percentageValue
              quantityOrAmount
              type
              urlkey
              xgetyItems
              xgetyMinimumAmount
              xgetyMinimumQtyItems
              xgetyPercentage
            }
            """)
        variables: dict[str, object] = {"id": self._input_argument("id", IdFilter, id)}
        response = await self.execute(
            query=query,
            operation_name="deleteDiscounts",
            variables=variables,
            **options,
        )
        return self.get_model(response, DeleteDiscounts)

    async def remove_discount(
        self, discount_id: str, drop_id: str, **options: Unpack[CallOptions]
    ) -> "RemoveDiscount":
        from .remove_discount import RemoveDiscount

        query = gql("""
            mutation removeDiscount($discountId: ID!, $dropId: ID!) {
              removeDiscount(discountId: $discountId, dropId: $dropId) {
                discount {
                  active
                  applications
                  fixedAmountValue
                  id
                  name
                  ownerId
                  percentageValue
                  quantityOrAmount
                  type
                  urlkey
                  xgetyItems
                  xgetyMinimumAmount
                  xgetyMinimumQtyItems
                  xgetyPercentage
                }
                drop {
                  id
                  name
                  urlkey
                }
                id
              }
            }
            """)
        variables: dict[str, object] = {"discountId": discount_id, "dropId": drop_id}
        response = await self.execute(
            query=query, operation_name="removeDiscount", variables=variables, **options
        )
        return self.get_model(response, RemoveDiscount)

    async def update_discount(
        self,
        discount: Union[Optional["DiscountInput"], "UnsetType"] = UNSET,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateDiscount":
        from .input_types import DiscountInput
        from .update_discount import UpdateDiscount

        query = gql("""
            mutation updateDiscount($discount: DiscountInput, $id: ID, $urlkey: ID) {
              updateDiscount(discount: $discount, id: $id, urlkey: $urlkey) {
                ...DiscountFields
              }
            }

            fragment DiscountFields on Discount {
              active
              applications
              fixedAmountValue
              id
              name
              ownerId
              percentageValue
              quantityOrAmount
              type
              urlkey
              xgetyItems
              xgetyMinimumAmount
              xgetyMinimumQtyItems
              xgetyPercentage
            }
            """)
        variables: dict[str, object] = {
            "discount": self._input_argument("discount", DiscountInput, discount),
            "id": id,
            "urlkey": urlkey,
        }
        response = await self.execute(
            query=query, operation_name="updateDiscount", variables=variables, **options
        )
        return self.get_model(response, UpdateDiscount)

    async def discover_drops(
        self,
        filter_: Union[Optional["DropFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DiscoverDrops":
        from .discover_drops import DiscoverDrops
        from .input_types import DropFilter

        query = gql("""
            query discoverDrops($filter: DropFilter = {}, $first: Int = 25, $offset: Int = 0) {
              discoverDrops(filter: $filter, first: $first, offset: $offset) {
                ...DropWithLinkFields
              }
            }

            fragment DropWithLinkFields on DropWithLink {
              access
              assets
              assetsArchiveGeneratedAt
              assetsArchiveUrl
              createdAt
              csvSource
              currencyBuy
              currencySell
              deadline
              deadlineStop
              deliveryEnd
              deliveryStart
              deliveryWindow
              discoverable
              dropLink
              filter
              filters
              id
              images
              info
              isPublic
              lastPromotion
              name
              note
              order
              orderItemsQty
              orderQty
              orderTotal
              ownerId
              pdfGeneratedAt
              pdfUrl
              rangeDropInt
              rangeDropText
              season
              status
              updatedAt
              urlkey
              orderTotalArray {
                amount
                currency
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", DropFilter, filter_),
            "first": first,
            "offset": offset,
        }
        response = await self.execute(
            query=query, operation_name="discoverDrops", variables=variables, **options
        )
        return self.get_model(response, DiscoverDrops)

    async def discover_drops_meta(
        self,
        filter_: Union[Optional["DropFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DiscoverDropsMeta":
        from .discover_drops_meta import DiscoverDropsMeta
        from .input_types import DropFilter

        query = gql("""
            query discoverDropsMeta($filter: DropFilter = {}) {
              discoverDropsMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", DropFilter, filter_)
        }
        response = await self.execute(
            query=query,
            operation_name="discoverDropsMeta",
            variables=variables,
            **options,
        )
        return self.get_model(response, DiscoverDropsMeta)

    async def explore_drops(
        self,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ExploreDrops":
        from .explore_drops import ExploreDrops

        query = gql("""
            query exploreDrops($first: Int = 3, $offset: Int = 0) {
              exploreDrops(first: $first, offset: $offset) {
                ...DropFields
              }
            }

            fragment DropFields on Drop {
              access
              assets
              assetsArchiveGeneratedAt
              assetsArchiveUrl
              createdAt
              csvSource
              currencyBuy
              currencySell
              deadline
              deadlineStop
              deliveryEnd
              deliveryStart
              deliveryWindow
              discoverable
              filter
              filters
              id
              images
              info
              isPublic
              lastPromotion
              name
              note
              order
              orderItemsQty
              orderQty
              orderTotal
              ownerId
              pdfGeneratedAt
              pdfUrl
              rangeDropInt
              rangeDropText
              season
              status
              updatedAt
              urlkey
              orderTotalArray {
                amount
                currency
              }
              _dropProductsMeta {
                count
              }
            }
            """)
        variables: dict[str, object] = {"first": first, "offset": offset}
        response = await self.execute(
            query=query, operation_name="exploreDrops", variables=variables, **options
        )
        return self.get_model(response, ExploreDrops)

    async def get_drop(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetDrop":
        from .get_drop import GetDrop

        query = gql("""
            query getDrop($id: ID, $urlkey: String) {
              getDrop(id: $id, urlkey: $urlkey) {
                ...DropFields
              }
            }

            fragment DropFields on Drop {
              access
              assets
              assetsArchiveGeneratedAt
              assetsArchiveUrl
              createdAt
              csvSource
              currencyBuy
              currencySell
              deadline
              deadlineStop
              deliveryEnd
              deliveryStart
              deliveryWindow
              discoverable
              filter
              filters
              id
              images
              info
              isPublic
              lastPromotion
              name
              note
              order
              orderItemsQty
              orderQty
              orderTotal
              ownerId
              pdfGeneratedAt
              pdfUrl
              rangeDropInt
              rangeDropText
              season
              status
              updatedAt
              urlkey
              orderTotalArray {
                amount
                currency
              }
              _dropProductsMeta {
                count
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="getDrop", variables=variables, **options
        )
        return self.get_model(response, GetDrop)

    async def get_drop_meta(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetDropMeta":
        from .get_drop_meta import GetDropMeta

        query = gql("""
            query getDropMeta($id: ID, $urlkey: String) {
              _getDropMeta(id: $id, urlkey: $urlkey) {
                orderItemsQty
                orderQty
                orderTotal
                orderTotalArray {
                  amount
                  currency
                }
                productFilters {
                  field
                  fieldDescription
                }
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="getDropMeta", variables=variables, **options
        )
        return self.get_model(response, GetDropMeta)

    async def get_drop_profile(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetDropProfile":
        from .get_drop_profile import GetDropProfile

        query = gql("""
            query getDropProfile($id: ID, $urlkey: String) {
              getDropProfile(id: $id, urlkey: $urlkey) {
                ...UserFields
              }
            }

            fragment UserFields on User {
              canSearch
              discoverable
              displayName
              emailProfile
              facebook
              id
              image
              imageMood
              info
              instagram
              name
              phone
              twitter
              url
              urlName
              urlkey
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="getDropProfile", variables=variables, **options
        )
        return self.get_model(response, GetDropProfile)

    async def get_drop_rate(
        self, id: str, **options: Unpack[CallOptions]
    ) -> "GetDropRate":
        from .get_drop_rate import GetDropRate

        query = gql("""
            query getDropRate($id: ID!) {
              getDropRate(id: $id) {
                dropId
                rate
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query, operation_name="getDropRate", variables=variables, **options
        )
        return self.get_model(response, GetDropRate)

    async def list_drops(
        self,
        filter_: Union[Optional["DropFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["DropModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListDrops":
        from .input_types import DropFilter
        from .list_drops import ListDrops

        query = gql("""
            query listDrops($filter: DropFilter = {}, $first: Int = 25, $offset: Int = 0, $orderBy: [DropModelOrder] = [UPDATED_AT_DESC]) {
              listDrops(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {
                ...DropFields
              }
            }

            fragment DropFields on Drop {
              access
              assets
              assetsArchiveGeneratedAt
              assetsArchiveUrl
              createdAt
              csvSource
              currencyBuy
              currencySell
              deadline
              deadlineStop
              deliveryEnd
              deliveryStart
              deliveryWindow
              discoverable
              filter
              filters
              id
              images
              info
              isPublic
              lastPromotion
              name
              note
              order
              orderItemsQty
              orderQty
              orderTotal
              ownerId
              pdfGeneratedAt
              pdfUrl
              rangeDropInt
              rangeDropText
              season
              status
              updatedAt
              urlkey
              orderTotalArray {
                amount
                currency
              }
              _dropProductsMeta {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", DropFilter, filter_),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query, operation_name="listDrops", variables=variables, **options
        )
        return self.get_model(response, ListDrops)

    async def list_drops_meta(
        self,
        filter_: Union[Optional["DropFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListDropsMeta":
        from .input_types import DropFilter
        from .list_drops_meta import ListDropsMeta

        query = gql("""
            query listDropsMeta($filter: DropFilter = {}) {
              _listDropsMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", DropFilter, filter_)
        }
        response = await self.execute(
            query=query, operation_name="listDropsMeta", variables=variables, **options
        )
        return self.get_model(response, ListDropsMeta)

    async def list_shared_drops(
        self,
        filter_: Union[Optional["DropFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["DropModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListSharedDrops":
        from .input_types import DropFilter
        from .list_shared_drops import ListSharedDrops

        query = gql("""
            query listSharedDrops($filter: DropFilter = {}, $first: Int = 25, $offset: Int = 0, $orderBy: [DropModelOrder] = [UPDATED_AT_DESC]) {
              listSharedDrops(
                filter: $filter
                first: $first
                offset: $offset
                orderBy: $orderBy
              ) {
                ...DropFields
              }
            }

            fragment DropFields on Drop {
              access
              assets
              assetsArchiveGeneratedAt
              assetsArchiveUrl
              createdAt
              csvSource
              currencyBuy
              currencySell
              deadline
              deadlineStop
              deliveryEnd
              deliveryStart
              deliveryWindow
              discoverable
              filter
              filters
              id
              images
              info
              isPublic
              lastPromotion
              name
              note
              order
              orderItemsQty
              orderQty
              orderTotal
              ownerId
              pdfGeneratedAt
              pdfUrl
              rangeDropInt
              rangeDropText
              season
              status
              updatedAt
              urlkey
              orderTotalArray {
                amount
                currency
              }
              _dropProductsMeta {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", DropFilter, filter_),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query,
            operation_name="listSharedDrops",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListSharedDrops)

    async def list_shared_drops_meta(
        self,
        filter_: Union[Optional["DropFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListSharedDropsMeta":
        from .input_types import DropFilter
        from .list_shared_drops_meta import ListSharedDropsMeta

        query = gql("""
            query listSharedDropsMeta($filter: DropFilter = {}) {
              _listSharedDropsMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", DropFilter, filter_)
        }
        response = await self.execute(
            query=query,
            operation_name="listSharedDropsMeta",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListSharedDropsMeta)

    async def recent_drops(
        self,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "RecentDrops":
        from .recent_drops import RecentDrops

        query = gql("""
            query recentDrops($first: Int = 3, $offset: Int = 0) {
              recentDrops(first: $first, offset: $offset) {
                ...DropFields
              }
            }

            fragment DropFields on Drop {
              access
              assets
              assetsArchiveGeneratedAt
              assetsArchiveUrl
              createdAt
              csvSource
              currencyBuy
              currencySell
              deadline
              deadlineStop
              deliveryEnd
              deliveryStart
              deliveryWindow
              discoverable
              filter
              filters
              id
              images
              info
              isPublic
              lastPromotion
              name
              note
              order
              orderItemsQty
              orderQty
              orderTotal
              ownerId
              pdfGeneratedAt
              pdfUrl
              rangeDropInt
              rangeDropText
              season
              status
              updatedAt
              urlkey
              orderTotalArray {
                amount
                currency
              }
              _dropProductsMeta {
                count
              }
            }
            """)
        variables: dict[str, object] = {"first": first, "offset": offset}
        response = await self.execute(
            query=query, operation_name="recentDrops", variables=variables, **options
        )
        return self.get_model(response, RecentDrops)

    async def add_products_to_drop(
        self,
        drop_id: Union[Optional[str], "UnsetType"] = UNSET,
        product_ids: Union[Optional[list[Optional[str]]], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "AddProductsToDrop":
        from .add_products_to_drop import AddProductsToDrop

        query = gql("""
            mutation addProductsToDrop($dropId: ID, $productIds: [ID]) {
              addProductsToDrop(dropId: $dropId, productIds: $productIds)
            }
            """)
        variables: dict[str, object] = {"dropId": drop_id, "productIds": product_ids}
        response = await self.execute(
            query=query,
            operation_name="addProductsToDrop",
            variables=variables,
            **options,
        )
        return self.get_model(response, AddProductsToDrop)

    async def copy_drop(
        self, drop_urlkey: str, target_user_urlkey: str, **options: Unpack[CallOptions]
    ) -> "CopyDrop":
        from .copy_drop import CopyDrop

        query = gql("""
            mutation copyDrop($dropUrlkey: String!, $targetUserUrlkey: String!) {
              copyDrop(dropUrlkey: $dropUrlkey, targetUserUrlkey: $targetUserUrlkey) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {
            "dropUrlkey": drop_urlkey,
            "targetUserUrlkey": target_user_urlkey,
        }
        response = await self.execute(
            query=query, operation_name="copyDrop", variables=variables, **options
        )
        return self.get_model(response, CopyDrop)

    async def create_drop(
        self, input: "DropInput", **options: Unpack[CallOptions]
    ) -> "CreateDrop":
        from .create_drop import CreateDrop
        from .input_types import DropInput

        query = gql("""
            mutation createDrop($input: DropInput!) {
              createDrop(input: $input) {
                ...DropFields
              }
            }

            fragment DropFields on Drop {
              access
              assets
              assetsArchiveGeneratedAt
              assetsArchiveUrl
              createdAt
              csvSource
              currencyBuy
              currencySell
              deadline
              deadlineStop
              deliveryEnd
              deliveryStart
              deliveryWindow
              discoverable
              filter
              filters
              id
              images
              info
              isPublic
              lastPromotion
              name
              note
              order
              orderItemsQty
              orderQty
              orderTotal
              ownerId
              pdfGeneratedAt
              pdfUrl
              rangeDropInt
              rangeDropText
              season
              status
              updatedAt
              urlkey
              orderTotalArray {
                amount
                currency
              }
              _dropProductsMeta {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "input": self._input_argument("input", DropInput, input)
        }
        response = await self.execute(
            query=query, operation_name="createDrop", variables=variables, **options
        )
        return self.get_model(response, CreateDrop)

    async def delete_drop(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DeleteDrop":
        from .delete_drop import DeleteDrop

        query = gql("""
            mutation deleteDrop($id: ID, $urlkey: String) {
              deleteDrop(id: $id, urlkey: $urlkey) {
                ...DropFields
              }
            }

            fragment DropFields on Drop {
              access
              assets
              assetsArchiveGeneratedAt
              assetsArchiveUrl
              createdAt
              csvSource
              currencyBuy
              currencySell
              deadline
              deadlineStop
              deliveryEnd
              deliveryStart
              deliveryWindow
              discoverable
              filter
              filters
              id
              images
              info
              isPublic
              lastPromotion
              name
              note
              order
              orderItemsQty
              orderQty
              orderTotal
              ownerId
              pdfGeneratedAt
              pdfUrl
              rangeDropInt
              rangeDropText
              season
              status
              updatedAt
              urlkey
              orderTotalArray {
                amount
                currency
              }
              _dropProductsMeta {
                count
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="deleteDrop", variables=variables, **options
        )
        return self.get_model(response, DeleteDrop)

    async def duplicate_drop(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DuplicateDrop":
        from .duplicate_drop import DuplicateDrop

        query = gql("""
            mutation duplicateDrop($id: ID, $urlkey: String) {
              duplicateDrop(id: $id, urlkey: $urlkey) {
                ...DropFields
              }
            }

            fragment DropFields on Drop {
              access
              assets
              assetsArchiveGeneratedAt
              assetsArchiveUrl
              createdAt
              csvSource
              currencyBuy
              currencySell
              deadline
              deadlineStop
              deliveryEnd
              deliveryStart
              deliveryWindow
              discoverable
              filter
              filters
              id
              images
              info
              isPublic
              lastPromotion
              name
              note
              order
              orderItemsQty
              orderQty
              orderTotal
              ownerId
              pdfGeneratedAt
              pdfUrl
              rangeDropInt
              rangeDropText
              season
              status
              updatedAt
              urlkey
              orderTotalArray {
                amount
                currency
              }
              _dropProductsMeta {
                count
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="duplicateDrop", variables=variables, **options
        )
        return self.get_model(response, DuplicateDrop)

    async def generate_asset_archive(
        self,
        drop_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GenerateAssetArchive":
        from .generate_asset_archive import GenerateAssetArchive

        query = gql("""
            mutation generateAssetArchive($dropId: ID) {
              generateAssetArchive(dropId: $dropId) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"dropId": drop_id}
        response = await self.execute(
            query=query,
            operation_name="generateAssetArchive",
            variables=variables,
            **options,
        )
        return self.get_model(response, GenerateAssetArchive)

    async def generate_drop_orders_overview_spreadsheet(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        type_: Union[Optional["SpreadsheetType"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GenerateDropOrdersOverviewSpreadsheet":
        from .generate_drop_orders_overview_spreadsheet import (
            GenerateDropOrdersOverviewSpreadsheet,
        )

        query = gql("""
            mutation generateDropOrdersOverviewSpreadsheet($id: ID, $type: SpreadsheetType = EXCEL) {
              generateDropOrdersOverviewSpreadsheet(id: $id, type: $type) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "type": type_}
        response = await self.execute(
            query=query,
            operation_name="generateDropOrdersOverviewSpreadsheet",
            variables=variables,
            **options,
        )
        return self.get_model(response, GenerateDropOrdersOverviewSpreadsheet)

    async def generate_drop_orders_spreadsheet(
        self,
        id: str,
        type_: Union[Optional["SpreadsheetType"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GenerateDropOrdersSpreadsheet":
        from .generate_drop_orders_spreadsheet import GenerateDropOrdersSpreadsheet

        query = gql("""
            mutation generateDropOrdersSpreadsheet($id: ID!, $type: SpreadsheetType = EXCEL) {
              generateDropOrdersSpreadsheet(id: $id, type: $type) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "type": type_}
        response = await self.execute(
            query=query,
            operation_name="generateDropOrdersSpreadsheet",
            variables=variables,
            **options,
        )
        return self.get_model(response, GenerateDropOrdersSpreadsheet)

    async def generate_drop_pdf(
        self,
        drop_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GenerateDropPdf":
        from .generate_drop_pdf import GenerateDropPdf

        query = gql("""
            mutation generateDropPdf($dropId: ID) {
              generateDropPdf(dropId: $dropId) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"dropId": drop_id}
        response = await self.execute(
            query=query,
            operation_name="generateDropPdf",
            variables=variables,
            **options,
        )
        return self.get_model(response, GenerateDropPdf)

    async def generate_drop_products_images_zip(
        self, id: str, **options: Unpack[CallOptions]
    ) -> "GenerateDropProductsImagesZip":
        from .generate_drop_products_images_zip import GenerateDropProductsImagesZip

        query = gql("""
            mutation generateDropProductsImagesZip($id: ID!) {
              generateDropProductsImagesZip(id: $id) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="generateDropProductsImagesZip",
            variables=variables,
            **options,
        )
        return self.get_model(response, GenerateDropProductsImagesZip)

    async def generate_drop_products_spreadsheet(
        self,
        id: str,
        type_: Union[Optional["SpreadsheetType"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GenerateDropProductsSpreadsheet":
        from .generate_drop_products_spreadsheet import GenerateDropProductsSpreadsheet

        query = gql("""
            mutation generateDropProductsSpreadsheet($id: ID!, $type: SpreadsheetType = EXCEL) {
              generateDropProductsSpreadsheet(id: $id, type: $type) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "type": type_}
        response = await self.execute(
            query=query,
            operation_name="generateDropProductsSpreadsheet",
            variables=variables,
            **options,
        )
        return self.get_model(response, GenerateDropProductsSpreadsheet)

    async def generate_drop_supplier_order_spreadsheet(
        self,
        id: str,
        type_: Union[Optional["SpreadsheetType"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GenerateDropSupplierOrderSpreadsheet":
        from .generate_drop_supplier_order_spreadsheet import (
            GenerateDropSupplierOrderSpreadsheet,
        )

        query = gql("""
            mutation generateDropSupplierOrderSpreadsheet($id: ID!, $type: SpreadsheetType = EXCEL) {
              generateDropSupplierOrderSpreadsheet(id: $id, type: $type) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "type": type_}
        response = await self.execute(
            query=query,
            operation_name="generateDropSupplierOrderSpreadsheet",
            variables=variables,
            **options,
        )
        return self.get_model(response, GenerateDropSupplierOrderSpreadsheet)

    async def rate_drop(
        self,
        id: str,
        rate: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "RateDrop":
        from .rate_drop import RateDrop

        query = gql("""
            mutation rateDrop($id: ID!, $rate: Int) {
              rateDrop(id: $id, rate: $rate) {
                dropId
                rate
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "rate": rate}
        response = await self.execute(
            query=query, operation_name="rateDrop", variables=variables, **options
        )
        return self.get_model(response, RateDrop)

    async def remove_products_from_drop(
        self,
        drop_id: Union[Optional[str], "UnsetType"] = UNSET,
        product_ids: Union[Optional[list[Optional[str]]], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "RemoveProductsFromDrop":
        from .remove_products_from_drop import RemoveProductsFromDrop

        query = gql("""
            mutation removeProductsFromDrop($dropId: ID, $productIds: [ID]) {
              removeProductsFromDrop(dropId: $dropId, productIds: $productIds)
            }
            """)
        variables: dict[str, object] = {"dropId": drop_id, "productIds": product_ids}
        response = await self.execute(
            query=query,
            operation_name="removeProductsFromDrop",
            variables=variables,
            **options,
        )
        return self.get_model(response, RemoveProductsFromDrop)

    async def share_drop(
        self,
        input: "ShareDropInput",
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ShareDrop":
        from .input_types import ShareDropInput
        from .share_drop import ShareDrop

        query = gql("""
            mutation shareDrop($id: ID, $input: ShareDropInput!, $urlkey: String) {
              shareDrop(id: $id, input: $input, urlkey: $urlkey) {
                ...DropFields
              }
            }

            fragment DropFields on Drop {
              access
              assets
              assetsArchiveGeneratedAt
              assetsArchiveUrl
              createdAt
              csvSource
              currencyBuy
              currencySell
              deadline
              deadlineStop
              deliveryEnd
              deliveryStart
              deliveryWindow
              discoverable
              filter
              filters
              id
              images
              info
              isPublic
              lastPromotion
              name
              note
              order
              orderItemsQty
              orderQty
              orderTotal
              ownerId
              pdfGeneratedAt
              pdfUrl
              rangeDropInt
              rangeDropText
              season
              status
              updatedAt
              urlkey
              orderTotalArray {
                amount
                currency
              }
              _dropProductsMeta {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "id": id,
            "input": self._input_argument("input", ShareDropInput, input),
            "urlkey": urlkey,
        }
        response = await self.execute(
            query=query, operation_name="shareDrop", variables=variables, **options
        )
        return self.get_model(response, ShareDrop)

    async def update_drop(
        self,
        drop_data: "DropInput",
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateDrop":
        from .input_types import DropInput
        from .update_drop import UpdateDrop

        query = gql("""
            mutation updateDrop($dropData: DropInput!, $id: ID, $urlkey: String) {
              updateDrop(dropData: $dropData, id: $id, urlkey: $urlkey) {
                ...DropFields
              }
            }

            fragment DropFields on Drop {
              access
              assets
              assetsArchiveGeneratedAt
              assetsArchiveUrl
              createdAt
              csvSource
              currencyBuy
              currencySell
              deadline
              deadlineStop
              deliveryEnd
              deliveryStart
              deliveryWindow
              discoverable
              filter
              filters
              id
              images
              info
              isPublic
              lastPromotion
              name
              note
              order
              orderItemsQty
              orderQty
              orderTotal
              ownerId
              pdfGeneratedAt
              pdfUrl
              rangeDropInt
              rangeDropText
              season
              status
              updatedAt
              urlkey
              orderTotalArray {
                amount
                currency
              }
              _dropProductsMeta {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "dropData": self._input_argument("drop_data", DropInput, drop_data),
            "id": id,
            "urlkey": urlkey,
        }
        response = await self.execute(
            query=query, operation_name="updateDrop", variables=variables, **options
        )
        return self.get_model(response, UpdateDrop)

    async def update_drop_product(
        self,
        row_order: int,
        drop_id: Union[Optional[str], "UnsetType"] = UNSET,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        product_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateDropProduct":
        from .update_drop_product import UpdateDropProduct

        query = gql("""
            mutation updateDropProduct($dropId: ID, $id: ID, $productId: ID, $rowOrder: Int!) {
              updateDropProduct(
                dropId: $dropId
                id: $id
                productId: $productId
                rowOrder: $rowOrder
              ) {
                dropId
                id
                product {
                  id
                  name
                  sku
                  urlkey
                }
                productId
                rowOrder
              }
            }
            """)
        variables: dict[str, object] = {
            "dropId": drop_id,
            "id": id,
            "productId": product_id,
            "rowOrder": row_order,
        }
        response = await self.execute(
            query=query,
            operation_name="updateDropProduct",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpdateDropProduct)

    async def get_event(self, id: str, **options: Unpack[CallOptions]) -> "GetEvent":
        from .get_event import GetEvent

        query = gql("""
            query getEvent($id: ID!) {
              getEvent(id: $id) {
                id
                payload
                type
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query, operation_name="getEvent", variables=variables, **options
        )
        return self.get_model(response, GetEvent)

    async def list_events(
        self,
        filters: Union[Optional["EventFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["EventModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListEvents":
        from .input_types import EventFilter
        from .list_events import ListEvents

        query = gql("""
            query listEvents($filters: EventFilter = {}, $first: Int = 25, $offset: Int = 0, $orderBy: [EventModelOrder] = [UPDATED_AT_DESC]) {
              listEvents(filters: $filters, first: $first, offset: $offset, orderBy: $orderBy) {
                id
                payload
                type
              }
            }
            """)
        variables: dict[str, object] = {
            "filters": self._input_argument("filters", EventFilter, filters),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query, operation_name="listEvents", variables=variables, **options
        )
        return self.get_model(response, ListEvents)

    async def list_events_meta(
        self,
        filters: Union[Optional["EventFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListEventsMeta":
        from .input_types import EventFilter
        from .list_events_meta import ListEventsMeta

        query = gql("""
            query listEventsMeta($filters: EventFilter = {}) {
              _listEventsMeta(filters: $filters) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filters": self._input_argument("filters", EventFilter, filters)
        }
        response = await self.execute(
            query=query, operation_name="listEventsMeta", variables=variables, **options
        )
        return self.get_model(response, ListEventsMeta)

    async def create_event(
        self, input: "EventInput", **options: Unpack[CallOptions]
    ) -> "CreateEvent":
        from .create_event import CreateEvent
        from .input_types import EventInput

        query = gql("""
            mutation createEvent($input: EventInput!) {
              createEvent(input: $input) {
                id
                payload
                type
              }
            }
            """)
        variables: dict[str, object] = {
            "input": self._input_argument("input", EventInput, input)
        }
        response = await self.execute(
            query=query, operation_name="createEvent", variables=variables, **options
        )
        return self.get_model(response, CreateEvent)

    async def get_integration(
        self,
        user_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetIntegration":
        from .get_integration import GetIntegration

        query = gql("""
            query getIntegration($userId: ID) {
              getIntegration(userId: $userId) {
                id
                ownerId
                shopifyAdminApiAccessToken
                shopifyApiSecretKey
                shopifyUrl
              }
            }
            """)
        variables: dict[str, object] = {"userId": user_id}
        response = await self.execute(
            query=query, operation_name="getIntegration", variables=variables, **options
        )
        return self.get_model(response, GetIntegration)

    async def get_integration_data(
        self,
        field_names: Union[Optional[list[Optional[str]]], "UnsetType"] = UNSET,
        user_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetIntegrationData":
        from .get_integration_data import GetIntegrationData

        query = gql("""
            query getIntegrationData($fieldNames: [String], $userId: ID) {
              getIntegrationData(fieldNames: $fieldNames, userId: $userId) {
                fieldName
                value
              }
            }
            """)
        variables: dict[str, object] = {"fieldNames": field_names, "userId": user_id}
        response = await self.execute(
            query=query,
            operation_name="getIntegrationData",
            variables=variables,
            **options,
        )
        return self.get_model(response, GetIntegrationData)

    async def get_integration_token_by_order_id(
        self,
        order_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetIntegrationTokenByOrderId":
        from .get_integration_token_by_order_id import GetIntegrationTokenByOrderId

        query = gql("""
            query getIntegrationTokenByOrderId($orderId: ID) {
              getIntegrationTokenByOrderId(orderId: $orderId) {
                fieldName
                value
              }
            }
            """)
        variables: dict[str, object] = {"orderId": order_id}
        response = await self.execute(
            query=query,
            operation_name="getIntegrationTokenByOrderId",
            variables=variables,
            **options,
        )
        return self.get_model(response, GetIntegrationTokenByOrderId)

    async def get_partner_integration(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetPartnerIntegration":
        from .get_partner_integration import GetPartnerIntegration

        query = gql("""
            query getPartnerIntegration($id: ID) {
              getPartnerIntegration(id: $id) {
                id
                listConfigurations {
                  id
                  key
                  partnerIntegrationId
                  value
                }
                name
                owner {
                  id
                  name
                  urlkey
                }
                ownerId
                type
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="getPartnerIntegration",
            variables=variables,
            **options,
        )
        return self.get_model(response, GetPartnerIntegration)

    async def list_external_contacts(
        self,
        filter_: Union[Optional["ExternalContactFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListExternalContacts":
        from .input_types import ExternalContactFilter
        from .list_external_contacts import ListExternalContacts

        query = gql("""
            query listExternalContacts($filter: ExternalContactFilter, $first: Int = 100, $offset: Int = 0) {
              listExternalContacts(filter: $filter, first: $first, offset: $offset) {
                contactId
                externalSystemId
                externalSystemName
                extra
                partnerIntegrationId
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", ExternalContactFilter, filter_),
            "first": first,
            "offset": offset,
        }
        response = await self.execute(
            query=query,
            operation_name="listExternalContacts",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListExternalContacts)

    async def list_external_orders(
        self,
        filter_: Union[Optional["ExternalOrderFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListExternalOrders":
        from .input_types import ExternalOrderFilter
        from .list_external_orders import ListExternalOrders

        query = gql("""
            query listExternalOrders($filter: ExternalOrderFilter, $first: Int = 100, $offset: Int = 0) {
              listExternalOrders(filter: $filter, first: $first, offset: $offset) {
                externalSystemId
                externalSystemName
                extra
                orderId
                partnerIntegrationId
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", ExternalOrderFilter, filter_),
            "first": first,
            "offset": offset,
        }
        response = await self.execute(
            query=query,
            operation_name="listExternalOrders",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListExternalOrders)

    async def list_external_products(
        self,
        filter_: Union[Optional["ExternalProductFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListExternalProducts":
        from .input_types import ExternalProductFilter
        from .list_external_products import ListExternalProducts

        query = gql("""
            query listExternalProducts($filter: ExternalProductFilter, $first: Int = 100, $offset: Int = 0) {
              listExternalProducts(filter: $filter, first: $first, offset: $offset) {
                externalSystemId
                externalSystemName
                extra
                partnerIntegrationId
                productId
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", ExternalProductFilter, filter_),
            "first": first,
            "offset": offset,
        }
        response = await self.execute(
            query=query,
            operation_name="listExternalProducts",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListExternalProducts)

    async def list_integration_configurations(
        self,
        filter_: Union[Optional["IntegrationConfigurationFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListIntegrationConfigurations":
        from .input_types import IntegrationConfigurationFilter
        from .list_integration_configurations import ListIntegrationConfigurations

        query = gql("""
            query listIntegrationConfigurations($filter: IntegrationConfigurationFilter = {}, $first: Int = 100, $offset: Int = 0) {
              listIntegrationConfigurations(filter: $filter, first: $first, offset: $offset) {
                id
                key
                partnerIntegrationId
                value
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument(
                "filter_", IntegrationConfigurationFilter, filter_
            ),
            "first": first,
            "offset": offset,
        }
        response = await self.execute(
            query=query,
            operation_name="listIntegrationConfigurations",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListIntegrationConfigurations)

    async def list_partner_integrations(
        self,
        filter_: Union[Optional["PartnerIntegrationFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListPartnerIntegrations":
        from .input_types import PartnerIntegrationFilter
        from .list_partner_integrations import ListPartnerIntegrations

        query = gql("""
            query listPartnerIntegrations($filter: PartnerIntegrationFilter = {}) {
              listPartnerIntegrations(filter: $filter) {
                id
                listConfigurations {
                  id
                  key
                  partnerIntegrationId
                  value
                }
                name
                owner {
                  id
                  name
                  urlkey
                }
                ownerId
                type
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", PartnerIntegrationFilter, filter_)
        }
        response = await self.execute(
            query=query,
            operation_name="listPartnerIntegrations",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListPartnerIntegrations)

    async def list_webhooks(self, **options: Unpack[CallOptions]) -> "ListWebhooks":
        from .list_webhooks import ListWebhooks

        query = gql("""
            query listWebhooks {
              listWebhooks {
                headers
                id
                owner {
                  id
                  name
                  urlkey
                }
                ownerId
                password
                url
                userName
                webhookEvents {
                  eventType
                  id
                  objectType
                  webhookId
                }
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query, operation_name="listWebhooks", variables=variables, **options
        )
        return self.get_model(response, ListWebhooks)

    async def add_webhook_events(
        self,
        webhook_id: str,
        webhook_events: Union[
            Optional[list[Optional["WebhookEventInput"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "AddWebhookEvents":
        from .add_webhook_events import AddWebhookEvents
        from .input_types import WebhookEventInput

        query = gql("""
            mutation addWebhookEvents($webhookEvents: [WebhookEventInput], $webhookId: ID!) {
              addWebhookEvents(webhookEvents: $webhookEvents, webhookId: $webhookId)
            }
            """)
        variables: dict[str, object] = {
            "webhookEvents": self._input_argument(
                "webhook_events", WebhookEventInput, webhook_events
            ),
            "webhookId": webhook_id,
        }
        response = await self.execute(
            query=query,
            operation_name="addWebhookEvents",
            variables=variables,
            **options,
        )
        return self.get_model(response, AddWebhookEvents)

    async def create_integration_configuration(
        self,
        input: Union[Optional["IntegrationConfigurationInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreateIntegrationConfiguration":
        from .create_integration_configuration import CreateIntegrationConfiguration
        from .input_types import IntegrationConfigurationInput

        query = gql("""
            mutation createIntegrationConfiguration($input: IntegrationConfigurationInput) {
              createIntegrationConfiguration(input: $input) {
                id
                key
                partnerIntegrationId
                value
              }
            }
            """)
        variables: dict[str, object] = {
            "input": self._input_argument("input", IntegrationConfigurationInput, input)
        }
        response = await self.execute(
            query=query,
            operation_name="createIntegrationConfiguration",
            variables=variables,
            **options,
        )
        return self.get_model(response, CreateIntegrationConfiguration)

    async def create_partner_integration(
        self,
        input: Union[Optional["PartnerIntegrationInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreatePartnerIntegration":
        from .create_partner_integration import CreatePartnerIntegration
        from .input_types import PartnerIntegrationInput

        query = gql("""
            mutation createPartnerIntegration($input: PartnerIntegrationInput) {
              createPartnerIntegration(input: $input) {
                id
                listConfigurations {
                  id
                  key
                  partnerIntegrationId
                  value
                }
                name
                owner {
                  id
                  name
                  urlkey
                }
                ownerId
                type
              }
            }
            """)
        variables: dict[str, object] = {
            "input": self._input_argument("input", PartnerIntegrationInput, input)
        }
        response = await self.execute(
            query=query,
            operation_name="createPartnerIntegration",
            variables=variables,
            **options,
        )
        return self.get_model(response, CreatePartnerIntegration)

    async def create_webhook(
        self,
        webhook: Union[Optional["WebhookInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreateWebhook":
        from .create_webhook import CreateWebhook
        from .input_types import WebhookInput

        query = gql("""
            mutation createWebhook($webhook: WebhookInput) {
              createWebhook(data: $webhook) {
                headers
                id
                owner {
                  id
                  name
                  urlkey
                }
                ownerId
                password
                url
                userName
                webhookEvents {
                  eventType
                  id
                  objectType
                  webhookId
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "webhook": self._input_argument("webhook", WebhookInput, webhook)
        }
        response = await self.execute(
            query=query, operation_name="createWebhook", variables=variables, **options
        )
        return self.get_model(response, CreateWebhook)

    async def delete_external_product(
        self,
        partner_integration_id: Union[Optional[str], "UnsetType"] = UNSET,
        product_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DeleteExternalProduct":
        from .delete_external_product import DeleteExternalProduct

        query = gql("""
            mutation deleteExternalProduct($partnerIntegrationId: ID, $productId: ID) {
              deleteExternalProduct(
                partnerIntegrationId: $partnerIntegrationId
                productId: $productId
              )
            }
            """)
        variables: dict[str, object] = {
            "partnerIntegrationId": partner_integration_id,
            "productId": product_id,
        }
        response = await self.execute(
            query=query,
            operation_name="deleteExternalProduct",
            variables=variables,
            **options,
        )
        return self.get_model(response, DeleteExternalProduct)

    async def delete_integration(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DeleteIntegration":
        from .delete_integration import DeleteIntegration

        query = gql("""
            mutation deleteIntegration($id: ID) {
              deleteIntegration(id: $id)
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="deleteIntegration",
            variables=variables,
            **options,
        )
        return self.get_model(response, DeleteIntegration)

    async def delete_integration_configuration(
        self, integration_configuration_id: str, **options: Unpack[CallOptions]
    ) -> "DeleteIntegrationConfiguration":
        from .delete_integration_configuration import DeleteIntegrationConfiguration

        query = gql("""
            mutation deleteIntegrationConfiguration($integrationConfigurationId: ID!) {
              deleteIntegrationConfiguration(
                integrationConfigurationId: $integrationConfigurationId
              ) {
                id
                key
                partnerIntegrationId
                value
              }
            }
            """)
        variables: dict[str, object] = {
            "integrationConfigurationId": integration_configuration_id
        }
        response = await self.execute(
            query=query,
            operation_name="deleteIntegrationConfiguration",
            variables=variables,
            **options,
        )
        return self.get_model(response, DeleteIntegrationConfiguration)

    async def delete_webhook(
        self, id: str, **options: Unpack[CallOptions]
    ) -> "DeleteWebhook":
        from .delete_webhook import DeleteWebhook

        query = gql("""
            mutation deleteWebhook($id: ID!) {
              deleteWebhook(id: $id) {
                headers
                id
                owner {
                  id
                  name
                  urlkey
                }
                ownerId
                password
                url
                userName
                webhookEvents {
                  eventType
                  id
                  objectType
                  webhookId
                }
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query, operation_name="deleteWebhook", variables=variables, **options
        )
        return self.get_model(response, DeleteWebhook)

    async def delete_webhook_event(
        self, id: str, **options: Unpack[CallOptions]
    ) -> "DeleteWebhookEvent":
        from .delete_webhook_event import DeleteWebhookEvent

        query = gql("""
            mutation deleteWebhookEvent($id: ID!) {
              deleteWebhookEvent(id: $id) {
                eventType
                id
                objectType
                webhookId
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="deleteWebhookEvent",
            variables=variables,
            **options,
        )
        return self.get_model(response, DeleteWebhookEvent)

    async def integration_token(
        self,
        user_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "IntegrationToken":
        from .integration_token import IntegrationToken

        query = gql("""
            mutation integrationToken($userId: ID) {
              integrationToken(userId: $userId)
            }
            """)
        variables: dict[str, object] = {"userId": user_id}
        response = await self.execute(
            query=query,
            operation_name="integrationToken",
            variables=variables,
            **options,
        )
        return self.get_model(response, IntegrationToken)

    async def put_external_contacts(
        self,
        external_contacts: Union[
            Optional[list[Optional["ExternalContactInput"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "PutExternalContacts":
        from .input_types import ExternalContactInput
        from .put_external_contacts import PutExternalContacts

        query = gql("""
            mutation putExternalContacts($externalContacts: [ExternalContactInput]) {
              putExternalContacts(externalContacts: $externalContacts)
            }
            """)
        variables: dict[str, object] = {
            "externalContacts": self._input_argument(
                "external_contacts", ExternalContactInput, external_contacts
            )
        }
        response = await self.execute(
            query=query,
            operation_name="putExternalContacts",
            variables=variables,
            **options,
        )
        return self.get_model(response, PutExternalContacts)

    async def put_external_orders(
        self,
        external_orders: Union[
            Optional[list[Optional["ExternalOrderInput"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "PutExternalOrders":
        from .input_types import ExternalOrderInput
        from .put_external_orders import PutExternalOrders

        query = gql("""
            mutation putExternalOrders($externalOrders: [ExternalOrderInput]) {
              putExternalOrders(externalOrders: $externalOrders)
            }
            """)
        variables: dict[str, object] = {
            "externalOrders": self._input_argument(
                "external_orders", ExternalOrderInput, external_orders
            )
        }
        response = await self.execute(
            query=query,
            operation_name="putExternalOrders",
            variables=variables,
            **options,
        )
        return self.get_model(response, PutExternalOrders)

    async def put_external_products(
        self,
        external_products: Union[
            Optional[list[Optional["ExternalProductInput"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "PutExternalProducts":
        from .input_types import ExternalProductInput
        from .put_external_products import PutExternalProducts

        query = gql("""
            mutation putExternalProducts($externalProducts: [ExternalProductInput]) {
              putExternalProducts(externalProducts: $externalProducts)
            }
            """)
        variables: dict[str, object] = {
            "externalProducts": self._input_argument(
                "external_products", ExternalProductInput, external_products
            )
        }
        response = await self.execute(
            query=query,
            operation_name="putExternalProducts",
            variables=variables,
            **options,
        )
        return self.get_model(response, PutExternalProducts)

    async def put_integration(
        self,
        integration: Union[Optional["IntegrationInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "PutIntegration":
        from .input_types import IntegrationInput
        from .put_integration import PutIntegration

        query = gql("""
            mutation putIntegration($integration: IntegrationInput) {
              putIntegration(data: $integration)
            }
            """)
        variables: dict[str, object] = {
            "integration": self._input_argument(
                "integration", IntegrationInput, integration
            )
        }
        response = await self.execute(
            query=query, operation_name="putIntegration", variables=variables, **options
        )
        return self.get_model(response, PutIntegration)

    async def put_integration_data(
        self,
        keys_values: Union[
            Optional[list[Optional["IntegrationDataInput"]]], "UnsetType"
        ] = UNSET,
        user_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "PutIntegrationData":
        from .input_types import IntegrationDataInput
        from .put_integration_data import PutIntegrationData

        query = gql("""
            mutation putIntegrationData($keysValues: [IntegrationDataInput], $userId: ID) {
              putIntegrationData(keysValues: $keysValues, userId: $userId)
            }
            """)
        variables: dict[str, object] = {
            "keysValues": self._input_argument(
                "keys_values", IntegrationDataInput, keys_values
            ),
            "userId": user_id,
        }
        response = await self.execute(
            query=query,
            operation_name="putIntegrationData",
            variables=variables,
            **options,
        )
        return self.get_model(response, PutIntegrationData)

    async def update_integration_configuration(
        self,
        integration_configuration_id: str,
        input: Union[Optional["IntegrationConfigurationInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateIntegrationConfiguration":
        from .input_types import IntegrationConfigurationInput
        from .update_integration_configuration import UpdateIntegrationConfiguration

        query = gql("""
            mutation updateIntegrationConfiguration($input: IntegrationConfigurationInput, $integrationConfigurationId: ID!) {
              updateIntegrationConfiguration(
                input: $input
                integrationConfigurationId: $integrationConfigurationId
              ) {
                id
                key
                partnerIntegrationId
                value
              }
            }
            """)
        variables: dict[str, object] = {
            "input": self._input_argument(
                "input", IntegrationConfigurationInput, input
            ),
            "integrationConfigurationId": integration_configuration_id,
        }
        response = await self.execute(
            query=query,
            operation_name="updateIntegrationConfiguration",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpdateIntegrationConfiguration)

    async def update_webhook(
        self,
        id: str,
        webhook: Union[Optional["WebhookInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateWebhook":
        from .input_types import WebhookInput
        from .update_webhook import UpdateWebhook

        query = gql("""
            mutation updateWebhook($webhook: WebhookInput, $id: ID!) {
              updateWebhook(data: $webhook, id: $id) {
                headers
                id
                owner {
                  id
                  name
                  urlkey
                }
                ownerId
                password
                url
                userName
                webhookEvents {
                  eventType
                  id
                  objectType
                  webhookId
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "webhook": self._input_argument("webhook", WebhookInput, webhook),
            "id": id,
        }
        response = await self.execute(
            query=query, operation_name="updateWebhook", variables=variables, **options
        )
        return self.get_model(response, UpdateWebhook)

    async def upsert_integration_configurations(
        self,
        partner_integration_id: str,
        keys_values: Union[
            Optional[list[Optional["KeyValueInput"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpsertIntegrationConfigurations":
        from .input_types import KeyValueInput
        from .upsert_integration_configurations import UpsertIntegrationConfigurations

        query = gql("""
            mutation upsertIntegrationConfigurations($keysValues: [KeyValueInput], $partnerIntegrationId: ID!) {
              upsertIntegrationConfigurations(
                keysValues: $keysValues
                partnerIntegrationId: $partnerIntegrationId
              )
            }
            """)
        variables: dict[str, object] = {
            "keysValues": self._input_argument(
                "keys_values", KeyValueInput, keys_values
            ),
            "partnerIntegrationId": partner_integration_id,
        }
        response = await self.execute(
            query=query,
            operation_name="upsertIntegrationConfigurations",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpsertIntegrationConfigurations)

    async def get_background_job(
        self, id: str, **options: Unpack[CallOptions]
    ) -> "GetBackgroundJob":
        from .get_background_job import GetBackgroundJob

        query = gql("""
            query getBackgroundJob($id: ID!) {
              getBackgroundJob(id: $id) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="getBackgroundJob",
            variables=variables,
            **options,
        )
        return self.get_model(response, GetBackgroundJob)

    async def generate_presigned_put(
        self,
        file_name: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GeneratePresignedPut":
        from .generate_presigned_put import GeneratePresignedPut

        query = gql("""
            mutation generatePresignedPut($fileName: String) {
              generatePresignedPut(fileName: $fileName) {
                url
              }
            }
            """)
        variables: dict[str, object] = {"fileName": file_name}
        response = await self.execute(
            query=query,
            operation_name="generatePresignedPut",
            variables=variables,
            **options,
        )
        return self.get_model(response, GeneratePresignedPut)

    async def refresh_search(
        self, type_: "SearchItem", **options: Unpack[CallOptions]
    ) -> "RefreshSearch":
        from .refresh_search import RefreshSearch

        query = gql("""
            mutation refreshSearch($type: SearchItem!) {
              refreshSearch(type: $type) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"type": type_}
        response = await self.execute(
            query=query, operation_name="refreshSearch", variables=variables, **options
        )
        return self.get_model(response, RefreshSearch)

    async def get_connect_request(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetConnectRequest":
        from .get_connect_request import GetConnectRequest

        query = gql("""
            query getConnectRequest($id: ID) {
              getConnectRequest(id: $id) {
                acceptedAt
                createdAt
                id
                rejectedAt
                requesterUser {
                  id
                  name
                  urlkey
                }
                source
                targetUser {
                  id
                  name
                  urlkey
                }
                term
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="getConnectRequest",
            variables=variables,
            **options,
        )
        return self.get_model(response, GetConnectRequest)

    async def list_connect_requests(
        self,
        filter_: Union[Optional["ConnectRequestModelFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["ConnectRequestModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListConnectRequests":
        from .input_types import ConnectRequestModelFilter
        from .list_connect_requests import ListConnectRequests

        query = gql("""
            query listConnectRequests($filter: ConnectRequestModelFilter = {}, $first: Int = 25, $offset: Int = 0, $orderBy: [ConnectRequestModelOrder] = [ID_DESC]) {
              listConnectRequests(
                filter: $filter
                first: $first
                offset: $offset
                orderBy: $orderBy
              ) {
                acceptedAt
                createdAt
                id
                rejectedAt
                requesterUser {
                  id
                  name
                  urlkey
                }
                source
                targetUser {
                  id
                  name
                  urlkey
                }
                term
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument(
                "filter_", ConnectRequestModelFilter, filter_
            ),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query,
            operation_name="listConnectRequests",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListConnectRequests)

    async def list_connect_requests_meta(
        self,
        filter_: Union[Optional["ConnectRequestModelFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListConnectRequestsMeta":
        from .input_types import ConnectRequestModelFilter
        from .list_connect_requests_meta import ListConnectRequestsMeta

        query = gql("""
            query listConnectRequestsMeta($filter: ConnectRequestModelFilter = {}) {
              _listConnectRequestsMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument(
                "filter_", ConnectRequestModelFilter, filter_
            )
        }
        response = await self.execute(
            query=query,
            operation_name="listConnectRequestsMeta",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListConnectRequestsMeta)

    async def list_notifications(
        self,
        filter_: Union[Optional["NotificationFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListNotifications":
        from .input_types import NotificationFilter
        from .list_notifications import ListNotifications

        query = gql("""
            query listNotifications($filter: NotificationFilter = {}, $first: Int = 25, $offset: Int = 0) {
              listNotifications(filter: $filter, first: $first, offset: $offset) {
                createdAt
                id
                object {
                  __typename
                  ... on ConnectRequest {
                    acceptedAt
                    createdAt
                    id
                    rejectedAt
                    source
                    term
                    updatedAt
                  }
                }
                payload
                seenAt
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", NotificationFilter, filter_),
            "first": first,
            "offset": offset,
        }
        response = await self.execute(
            query=query,
            operation_name="listNotifications",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListNotifications)

    async def list_notifications_meta(
        self,
        filter_: Union[Optional["NotificationFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListNotificationsMeta":
        from .input_types import NotificationFilter
        from .list_notifications_meta import ListNotificationsMeta

        query = gql("""
            query listNotificationsMeta($filter: NotificationFilter = {}) {
              _listNotificationsMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", NotificationFilter, filter_)
        }
        response = await self.execute(
            query=query,
            operation_name="listNotificationsMeta",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListNotificationsMeta)

    async def list_partners(
        self,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListPartners":
        from .list_partners import ListPartners

        query = gql("""
            query listPartners($first: Int = 10, $offset: Int = 0) {
              listPartners(first: $first, offset: $offset) {
                ...UserFields
              }
            }

            fragment UserFields on User {
              canSearch
              discoverable
              displayName
              emailProfile
              facebook
              id
              image
              imageMood
              info
              instagram
              name
              phone
              twitter
              url
              urlName
              urlkey
            }
            """)
        variables: dict[str, object] = {"first": first, "offset": offset}
        response = await self.execute(
            query=query, operation_name="listPartners", variables=variables, **options
        )
        return self.get_model(response, ListPartners)

    async def search_seller_profiles(
        self,
        query: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "SearchSellerProfiles":
        from .search_seller_profiles import SearchSellerProfiles

        _query = gql("""
            query searchSellerProfiles($query: String) {
              searchSellerProfiles(query: $query) {
                ...UserFields
              }
            }

            fragment UserFields on User {
              canSearch
              discoverable
              displayName
              emailProfile
              facebook
              id
              image
              imageMood
              info
              instagram
              name
              phone
              twitter
              url
              urlName
              urlkey
            }
            """)
        variables: dict[str, object] = {"query": query}
        response = await self.execute(
            query=_query,
            operation_name="searchSellerProfiles",
            variables=variables,
            **options,
        )
        return self.get_model(response, SearchSellerProfiles)

    async def accept_connect_request(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "AcceptConnectRequest":
        from .accept_connect_request import AcceptConnectRequest

        query = gql("""
            mutation acceptConnectRequest($id: ID) {
              acceptConnectRequest(id: $id) {
                acceptedAt
                createdAt
                id
                rejectedAt
                requesterUser {
                  id
                  name
                  urlkey
                }
                source
                targetUser {
                  id
                  name
                  urlkey
                }
                term
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="acceptConnectRequest",
            variables=variables,
            **options,
        )
        return self.get_model(response, AcceptConnectRequest)

    async def read_notification(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ReadNotification":
        from .read_notification import ReadNotification

        query = gql("""
            mutation readNotification($id: ID) {
              readNotification(id: $id) {
                createdAt
                id
                object {
                  __typename
                  ... on ConnectRequest {
                    acceptedAt
                    createdAt
                    id
                    rejectedAt
                    source
                    term
                    updatedAt
                  }
                }
                payload
                seenAt
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="readNotification",
            variables=variables,
            **options,
        )
        return self.get_model(response, ReadNotification)

    async def reject_connect_request(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "RejectConnectRequest":
        from .reject_connect_request import RejectConnectRequest

        query = gql("""
            mutation rejectConnectRequest($id: ID) {
              rejectConnectRequest(id: $id) {
                acceptedAt
                createdAt
                id
                rejectedAt
                requesterUser {
                  id
                  name
                  urlkey
                }
                source
                targetUser {
                  id
                  name
                  urlkey
                }
                term
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="rejectConnectRequest",
            variables=variables,
            **options,
        )
        return self.get_model(response, RejectConnectRequest)

    async def send_connect_request(
        self,
        user_id: str,
        source: Union[Optional[str], "UnsetType"] = UNSET,
        term: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "SendConnectRequest":
        from .send_connect_request import SendConnectRequest

        query = gql("""
            mutation sendConnectRequest($source: String, $term: String, $userId: ID!) {
              sendConnectRequest(source: $source, term: $term, userId: $userId) {
                acceptedAt
                createdAt
                id
                rejectedAt
                requesterUser {
                  id
                  name
                  urlkey
                }
                source
                targetUser {
                  id
                  name
                  urlkey
                }
                term
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {
            "source": source,
            "term": term,
            "userId": user_id,
        }
        response = await self.execute(
            query=query,
            operation_name="sendConnectRequest",
            variables=variables,
            **options,
        )
        return self.get_model(response, SendConnectRequest)

    async def unread_notification(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UnreadNotification":
        from .unread_notification import UnreadNotification

        query = gql("""
            mutation unreadNotification($id: ID) {
              unreadNotification(id: $id) {
                createdAt
                id
                object {
                  __typename
                  ... on ConnectRequest {
                    acceptedAt
                    createdAt
                    id
                    rejectedAt
                    source
                    term
                    updatedAt
                  }
                }
                payload
                seenAt
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="unreadNotification",
            variables=variables,
            **options,
        )
        return self.get_model(response, UnreadNotification)

    async def get_order(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetOrder":
        from .get_order import GetOrder

        query = gql("""
            query getOrder($id: ID, $urlkey: String) {
              getOrder(id: $id, urlkey: $urlkey) {
                ...OrderFields
              }
            }

            fragment OrderFields on Order {
              appliedDiscountId
              appliedPricelistId
              buyerId
              cancel
              comment
              createdAt
              currency
              customDiscount
              customId
              discountAmount
              discountType
              dropId
              extraCosts
              id
              inform
              invoiceDate
              invoiceNo
              isSeller
              orderTag
              ownerId
              qty
              rangeOrderInt
              rangeOrderText
              rating
              repId
              sellerId
              shippingCosts
              status
              sumOfProducts
              totalAmount
              updatedAt
              urlkey
              vat
              orderMeta {
                margin
                msrpMultiplier
                profit
                totalRrp
              }
              orderExtraCosts {
                amount
                id
                name
                taxRatio
              }
              parentProducts {
                ...OrderProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
            }

            fragment OrderProductFields on OrderProduct {
              price
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                price
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="getOrder", variables=variables, **options
        )
        return self.get_model(response, GetOrder)

    async def get_orders_pricelist_id(
        self,
        order_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetOrdersPricelistId":
        from .get_orders_pricelist_id import GetOrdersPricelistId

        query = gql("""
            query getOrdersPricelistId($orderId: ID) {
              getOrdersPricelistId(orderId: $orderId) {
                pricelistId
                valid
              }
            }
            """)
        variables: dict[str, object] = {"orderId": order_id}
        response = await self.execute(
            query=query,
            operation_name="getOrdersPricelistId",
            variables=variables,
            **options,
        )
        return self.get_model(response, GetOrdersPricelistId)

    async def list_orders(
        self,
        filter_: Union[Optional["OrderFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["OrderingOptions"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListOrders":
        from .input_types import OrderFilter
        from .list_orders import ListOrders

        query = gql("""
            query listOrders($filter: OrderFilter = {}, $first: Int = 25, $offset: Int = 0, $orderBy: [OrderingOptions] = [ID_ASC]) {
              listOrders(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {
                ...OrderFields
              }
            }

            fragment OrderFields on Order {
              appliedDiscountId
              appliedPricelistId
              buyerId
              cancel
              comment
              createdAt
              currency
              customDiscount
              customId
              discountAmount
              discountType
              dropId
              extraCosts
              id
              inform
              invoiceDate
              invoiceNo
              isSeller
              orderTag
              ownerId
              qty
              rangeOrderInt
              rangeOrderText
              rating
              repId
              sellerId
              shippingCosts
              status
              sumOfProducts
              totalAmount
              updatedAt
              urlkey
              vat
              orderMeta {
                margin
                msrpMultiplier
                profit
                totalRrp
              }
              orderExtraCosts {
                amount
                id
                name
                taxRatio
              }
              parentProducts {
                ...OrderProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
            }

            fragment OrderProductFields on OrderProduct {
              price
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                price
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", OrderFilter, filter_),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query, operation_name="listOrders", variables=variables, **options
        )
        return self.get_model(response, ListOrders)

    async def list_orders_meta(
        self,
        filter_: Union[Optional["OrderFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListOrdersMeta":
        from .input_types import OrderFilter
        from .list_orders_meta import ListOrdersMeta

        query = gql("""
            query listOrdersMeta($filter: OrderFilter = {}) {
              _listOrdersMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", OrderFilter, filter_)
        }
        response = await self.execute(
            query=query, operation_name="listOrdersMeta", variables=variables, **options
        )
        return self.get_model(response, ListOrdersMeta)

    async def order_statistics(
        self,
        filter_: Union[Optional["OrderFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "OrderStatistics":
        from .input_types import OrderFilter
        from .order_statistics import OrderStatistics

        query = gql("""
            query orderStatistics($filter: OrderFilter = {}) {
              orderStatistics(filter: $filter) {
                amountBySupplier {
                  id
                  name
                  totalAmount
                  totalOrderedItems
                }
                totalAmount
                totalOrderedItems
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", OrderFilter, filter_)
        }
        response = await self.execute(
            query=query,
            operation_name="orderStatistics",
            variables=variables,
            **options,
        )
        return self.get_model(response, OrderStatistics)

    async def orders_by_ids(
        self,
        order_ids: Union[Optional[list[Optional[str]]], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "OrdersByIds":
        from .orders_by_ids import OrdersByIds

        query = gql("""
            query ordersByIds($orderIds: [ID]) {
              ordersByIds(orderIds: $orderIds) {
                ...OrderFields
              }
            }

            fragment OrderFields on Order {
              appliedDiscountId
              appliedPricelistId
              buyerId
              cancel
              comment
              createdAt
              currency
              customDiscount
              customId
              discountAmount
              discountType
              dropId
              extraCosts
              id
              inform
              invoiceDate
              invoiceNo
              isSeller
              orderTag
              ownerId
              qty
              rangeOrderInt
              rangeOrderText
              rating
              repId
              sellerId
              shippingCosts
              status
              sumOfProducts
              totalAmount
              updatedAt
              urlkey
              vat
              orderMeta {
                margin
                msrpMultiplier
                profit
                totalRrp
              }
              orderExtraCosts {
                amount
                id
                name
                taxRatio
              }
              parentProducts {
                ...OrderProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
            }

            fragment OrderProductFields on OrderProduct {
              price
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                price
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {"orderIds": order_ids}
        response = await self.execute(
            query=query, operation_name="ordersByIds", variables=variables, **options
        )
        return self.get_model(response, OrdersByIds)

    async def add_product_to_order(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        product_id: Union[Optional[str], "UnsetType"] = UNSET,
        quantity: Union[Optional[float], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "AddProductToOrder":
        from .add_product_to_order import AddProductToOrder

        query = gql("""
            mutation addProductToOrder($id: ID, $productId: ID, $quantity: Float, $urlkey: String) {
              addProductToOrder(
                id: $id
                productId: $productId
                quantity: $quantity
                urlkey: $urlkey
              ) {
                ...OrderFields
              }
            }

            fragment OrderFields on Order {
              appliedDiscountId
              appliedPricelistId
              buyerId
              cancel
              comment
              createdAt
              currency
              customDiscount
              customId
              discountAmount
              discountType
              dropId
              extraCosts
              id
              inform
              invoiceDate
              invoiceNo
              isSeller
              orderTag
              ownerId
              qty
              rangeOrderInt
              rangeOrderText
              rating
              repId
              sellerId
              shippingCosts
              status
              sumOfProducts
              totalAmount
              updatedAt
              urlkey
              vat
              orderMeta {
                margin
                msrpMultiplier
                profit
                totalRrp
              }
              orderExtraCosts {
                amount
                id
                name
                taxRatio
              }
              parentProducts {
                ...OrderProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
            }

            fragment OrderProductFields on OrderProduct {
              price
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                price
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "id": id,
            "productId": product_id,
            "quantity": quantity,
            "urlkey": urlkey,
        }
        response = await self.execute(
            query=query,
            operation_name="addProductToOrder",
            variables=variables,
            **options,
        )
        return self.get_model(response, AddProductToOrder)

    async def create_order(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        note: Union[Optional[str], "UnsetType"] = UNSET,
        rating: Union[Optional[int], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreateOrder":
        from .create_order import CreateOrder

        query = gql("""
            mutation createOrder($id: ID, $note: String, $rating: Int, $urlkey: String) {
              createOrder(id: $id, note: $note, rating: $rating, urlkey: $urlkey) {
                ...OrderFields
              }
            }

            fragment OrderFields on Order {
              appliedDiscountId
              appliedPricelistId
              buyerId
              cancel
              comment
              createdAt
              currency
              customDiscount
              customId
              discountAmount
              discountType
              dropId
              extraCosts
              id
              inform
              invoiceDate
              invoiceNo
              isSeller
              orderTag
              ownerId
              qty
              rangeOrderInt
              rangeOrderText
              rating
              repId
              sellerId
              shippingCosts
              status
              sumOfProducts
              totalAmount
              updatedAt
              urlkey
              vat
              orderMeta {
                margin
                msrpMultiplier
                profit
                totalRrp
              }
              orderExtraCosts {
                amount
                id
                name
                taxRatio
              }
              parentProducts {
                ...OrderProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
            }

            fragment OrderProductFields on OrderProduct {
              price
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                price
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "id": id,
            "note": note,
            "rating": rating,
            "urlkey": urlkey,
        }
        response = await self.execute(
            query=query, operation_name="createOrder", variables=variables, **options
        )
        return self.get_model(response, CreateOrder)

    async def create_order_extra_cost(
        self,
        order_id: str,
        extra_cost: Union[Optional["OrderExtraCostInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreateOrderExtraCost":
        from .create_order_extra_cost import CreateOrderExtraCost
        from .input_types import OrderExtraCostInput

        query = gql("""
            mutation createOrderExtraCost($extraCost: OrderExtraCostInput, $orderId: ID!) {
              createOrderExtraCost(data: $extraCost, orderId: $orderId) {
                amount
                id
                name
                taxRatio
              }
            }
            """)
        variables: dict[str, object] = {
            "extraCost": self._input_argument(
                "extra_cost", OrderExtraCostInput, extra_cost
            ),
            "orderId": order_id,
        }
        response = await self.execute(
            query=query,
            operation_name="createOrderExtraCost",
            variables=variables,
            **options,
        )
        return self.get_model(response, CreateOrderExtraCost)

    async def delete_order(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DeleteOrder":
        from .delete_order import DeleteOrder

        query = gql("""
            mutation deleteOrder($id: ID, $urlkey: String) {
              deleteOrder(id: $id, urlkey: $urlkey) {
                ...OrderFields
              }
            }

            fragment OrderFields on Order {
              appliedDiscountId
              appliedPricelistId
              buyerId
              cancel
              comment
              createdAt
              currency
              customDiscount
              customId
              discountAmount
              discountType
              dropId
              extraCosts
              id
              inform
              invoiceDate
              invoiceNo
              isSeller
              orderTag
              ownerId
              qty
              rangeOrderInt
              rangeOrderText
              rating
              repId
              sellerId
              shippingCosts
              status
              sumOfProducts
              totalAmount
              updatedAt
              urlkey
              vat
              orderMeta {
                margin
                msrpMultiplier
                profit
                totalRrp
              }
              orderExtraCosts {
                amount
                id
                name
                taxRatio
              }
              parentProducts {
                ...OrderProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
            }

            fragment OrderProductFields on OrderProduct {
              price
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                price
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="deleteOrder", variables=variables, **options
        )
        return self.get_model(response, DeleteOrder)

    async def delete_order_extra_cost(
        self, id: str, **options: Unpack[CallOptions]
    ) -> "DeleteOrderExtraCost":
        from .delete_order_extra_cost import DeleteOrderExtraCost

        query = gql("""
            mutation deleteOrderExtraCost($id: ID!) {
              deleteOrderExtraCost(id: $id) {
                amount
                id
                name
                taxRatio
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="deleteOrderExtraCost",
            variables=variables,
            **options,
        )
        return self.get_model(response, DeleteOrderExtraCost)

    async def generate_invoice(
        self,
        id: str,
        type_: Union[Optional["OrderPdfs"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GenerateInvoice":
        from .generate_invoice import GenerateInvoice

        query = gql("""
            mutation generateInvoice($id: ID!, $type: OrderPdfs = INVOICE) {
              generateInvoice(id: $id, type: $type) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "type": type_}
        response = await self.execute(
            query=query,
            operation_name="generateInvoice",
            variables=variables,
            **options,
        )
        return self.get_model(response, GenerateInvoice)

    async def generate_order_confirmation_pdf(
        self, id: str, **options: Unpack[CallOptions]
    ) -> "GenerateOrderConfirmationPdf":
        from .generate_order_confirmation_pdf import GenerateOrderConfirmationPdf

        query = gql("""
            mutation generateOrderConfirmationPdf($id: ID!) {
              generateOrderConfirmationPdf(id: $id) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="generateOrderConfirmationPdf",
            variables=variables,
            **options,
        )
        return self.get_model(response, GenerateOrderConfirmationPdf)

    async def generate_order_confirmation_spreadsheet(
        self,
        id: str,
        type_: Union[Optional["SpreadsheetType"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GenerateOrderConfirmationSpreadsheet":
        from .generate_order_confirmation_spreadsheet import (
            GenerateOrderConfirmationSpreadsheet,
        )

        query = gql("""
            mutation generateOrderConfirmationSpreadsheet($id: ID!, $type: SpreadsheetType = EXCEL) {
              generateOrderConfirmationSpreadsheet(id: $id, type: $type) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "type": type_}
        response = await self.execute(
            query=query,
            operation_name="generateOrderConfirmationSpreadsheet",
            variables=variables,
            **options,
        )
        return self.get_model(response, GenerateOrderConfirmationSpreadsheet)

    async def order_drops(
        self,
        drop_ids: Union[Optional[list[Optional[str]]], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "OrderDrops":
        from .order_drops import OrderDrops

        query = gql("""
            mutation orderDrops($dropIds: [ID]) {
              orderDrops(dropIds: $dropIds)
            }
            """)
        variables: dict[str, object] = {"dropIds": drop_ids}
        response = await self.execute(
            query=query, operation_name="orderDrops", variables=variables, **options
        )
        return self.get_model(response, OrderDrops)

    async def order_products_images(
        self, id: str, **options: Unpack[CallOptions]
    ) -> "OrderProductsImages":
        from .order_products_images import OrderProductsImages

        query = gql("""
            mutation orderProductsImages($id: ID!) {
              orderProductsImages(id: $id) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="orderProductsImages",
            variables=variables,
            **options,
        )
        return self.get_model(response, OrderProductsImages)

    async def rate_order(
        self,
        id: str,
        rating: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "RateOrder":
        from .rate_order import RateOrder

        query = gql("""
            mutation rateOrder($id: ID!, $rating: Int) {
              rateOrder(id: $id, rating: $rating) {
                ...OrderFields
              }
            }

            fragment OrderFields on Order {
              appliedDiscountId
              appliedPricelistId
              buyerId
              cancel
              comment
              createdAt
              currency
              customDiscount
              customId
              discountAmount
              discountType
              dropId
              extraCosts
              id
              inform
              invoiceDate
              invoiceNo
              isSeller
              orderTag
              ownerId
              qty
              rangeOrderInt
              rangeOrderText
              rating
              repId
              sellerId
              shippingCosts
              status
              sumOfProducts
              totalAmount
              updatedAt
              urlkey
              vat
              orderMeta {
                margin
                msrpMultiplier
                profit
                totalRrp
              }
              orderExtraCosts {
                amount
                id
                name
                taxRatio
              }
              parentProducts {
                ...OrderProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
            }

            fragment OrderProductFields on OrderProduct {
              price
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                price
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "rating": rating}
        response = await self.execute(
            query=query, operation_name="rateOrder", variables=variables, **options
        )
        return self.get_model(response, RateOrder)

    async def return_order_to_stock(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ReturnOrderToStock":
        from .return_order_to_stock import ReturnOrderToStock

        query = gql("""
            mutation returnOrderToStock($id: ID, $urlkey: String) {
              returnOrderToStock(id: $id, urlkey: $urlkey) {
                ...OrderFields
              }
            }

            fragment OrderFields on Order {
              appliedDiscountId
              appliedPricelistId
              buyerId
              cancel
              comment
              createdAt
              currency
              customDiscount
              customId
              discountAmount
              discountType
              dropId
              extraCosts
              id
              inform
              invoiceDate
              invoiceNo
              isSeller
              orderTag
              ownerId
              qty
              rangeOrderInt
              rangeOrderText
              rating
              repId
              sellerId
              shippingCosts
              status
              sumOfProducts
              totalAmount
              updatedAt
              urlkey
              vat
              orderMeta {
                margin
                msrpMultiplier
                profit
                totalRrp
              }
              orderExtraCosts {
                amount
                id
                name
                taxRatio
              }
              parentProducts {
                ...OrderProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
            }

            fragment OrderProductFields on OrderProduct {
              price
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                price
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query,
            operation_name="returnOrderToStock",
            variables=variables,
            **options,
        )
        return self.get_model(response, ReturnOrderToStock)

    async def send_order_confirmation(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "SendOrderConfirmation":
        from .send_order_confirmation import SendOrderConfirmation

        query = gql("""
            mutation sendOrderConfirmation($id: ID) {
              sendOrderConfirmation(id: $id) {
                ...OrderFields
              }
            }

            fragment OrderFields on Order {
              appliedDiscountId
              appliedPricelistId
              buyerId
              cancel
              comment
              createdAt
              currency
              customDiscount
              customId
              discountAmount
              discountType
              dropId
              extraCosts
              id
              inform
              invoiceDate
              invoiceNo
              isSeller
              orderTag
              ownerId
              qty
              rangeOrderInt
              rangeOrderText
              rating
              repId
              sellerId
              shippingCosts
              status
              sumOfProducts
              totalAmount
              updatedAt
              urlkey
              vat
              orderMeta {
                margin
                msrpMultiplier
                profit
                totalRrp
              }
              orderExtraCosts {
                amount
                id
                name
                taxRatio
              }
              parentProducts {
                ...OrderProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
            }

            fragment OrderProductFields on OrderProduct {
              price
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                price
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="sendOrderConfirmation",
            variables=variables,
            **options,
        )
        return self.get_model(response, SendOrderConfirmation)

    async def update_order(
        self,
        order: Union[Optional["OrderInput"], "UnsetType"] = UNSET,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateOrder":
        from .input_types import OrderInput
        from .update_order import UpdateOrder

        query = gql("""
            mutation updateOrder($order: OrderInput, $id: ID, $urlkey: String) {
              updateOrder: updateOrder2(data: $order, id: $id, urlkey: $urlkey) {
                ...OrderFields
              }
            }

            fragment OrderFields on Order {
              appliedDiscountId
              appliedPricelistId
              buyerId
              cancel
              comment
              createdAt
              currency
              customDiscount
              customId
              discountAmount
              discountType
              dropId
              extraCosts
              id
              inform
              invoiceDate
              invoiceNo
              isSeller
              orderTag
              ownerId
              qty
              rangeOrderInt
              rangeOrderText
              rating
              repId
              sellerId
              shippingCosts
              status
              sumOfProducts
              totalAmount
              updatedAt
              urlkey
              vat
              orderMeta {
                margin
                msrpMultiplier
                profit
                totalRrp
              }
              orderExtraCosts {
                amount
                id
                name
                taxRatio
              }
              parentProducts {
                ...OrderProductFields
              }
              drop {
                id
                name
                urlkey
              }
              buyer {
                id
                name
                urlkey
              }
            }

            fragment OrderProductFields on OrderProduct {
              price
              quantity
              product {
                id
                name
                sku
                urlkey
              }
              variants {
                price
                quantity
                product {
                  id
                  name
                  sku
                  urlkey
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "order": self._input_argument("order", OrderInput, order),
            "id": id,
            "urlkey": urlkey,
        }
        response = await self.execute(
            query=query, operation_name="updateOrder", variables=variables, **options
        )
        return self.get_model(response, UpdateOrder)

    async def update_order_extra_cost(
        self,
        id: str,
        extra_cost: Union[Optional["OrderExtraCostInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateOrderExtraCost":
        from .input_types import OrderExtraCostInput
        from .update_order_extra_cost import UpdateOrderExtraCost

        query = gql("""
            mutation updateOrderExtraCost($extraCost: OrderExtraCostInput, $id: ID!) {
              updateOrderExtraCost(data: $extraCost, id: $id) {
                amount
                id
                name
                taxRatio
              }
            }
            """)
        variables: dict[str, object] = {
            "extraCost": self._input_argument(
                "extra_cost", OrderExtraCostInput, extra_cost
            ),
            "id": id,
        }
        response = await self.execute(
            query=query,
            operation_name="updateOrderExtraCost",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpdateOrderExtraCost)

    async def get_pricelist(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetPricelist":
        from .get_pricelist import GetPricelist

        query = gql("""
            query getPricelist($id: ID) {
              getPricelist(id: $id) {
                ...PricelistFields
              }
            }

            fragment PricelistFields on Pricelist {
              currency
              dropId
              dropName
              id
              name
              ownerId
              status
              type
              urlkey
              _values {
                count
              }
              _access {
                count
              }
              drop {
                id
                name
                urlkey
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query, operation_name="getPricelist", variables=variables, **options
        )
        return self.get_model(response, GetPricelist)

    async def get_pricelist_values_by_pricelist_id(
        self, pricelist_id: str, **options: Unpack[CallOptions]
    ) -> "GetPricelistValuesByPricelistId":
        from .get_pricelist_values_by_pricelist_id import (
            GetPricelistValuesByPricelistId,
        )

        query = gql("""
            query getPricelistValuesByPricelistId($pricelistId: ID!) {
              getPricelistValuesByPricelistId(pricelistId: $pricelistId) {
                ...PricelistValueFields
              }
            }

            fragment PricelistValueFields on PricelistValue {
              dropId
              id
              ownerId
              price
              pricelistId
              productId
              rrp
              product {
                id
                name
                sku
                urlkey
              }
            }
            """)
        variables: dict[str, object] = {"pricelistId": pricelist_id}
        response = await self.execute(
            query=query,
            operation_name="getPricelistValuesByPricelistId",
            variables=variables,
            **options,
        )
        return self.get_model(response, GetPricelistValuesByPricelistId)

    async def list_pricelists(
        self,
        filter_: Union[Optional["PricelistFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["PricelistOrderingOptions"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListPricelists":
        from .input_types import PricelistFilter
        from .list_pricelists import ListPricelists

        query = gql("""
            query listPricelists($filter: PricelistFilter = {}, $first: Int = 25, $offset: Int = 0, $orderBy: [PricelistOrderingOptions] = [ID_ASC]) {
              listPricelists(
                filter: $filter
                first: $first
                offset: $offset
                orderBy: $orderBy
              ) {
                ...PricelistFields
              }
            }

            fragment PricelistFields on Pricelist {
              currency
              dropId
              dropName
              id
              name
              ownerId
              status
              type
              urlkey
              _values {
                count
              }
              _access {
                count
              }
              drop {
                id
                name
                urlkey
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", PricelistFilter, filter_),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query, operation_name="listPricelists", variables=variables, **options
        )
        return self.get_model(response, ListPricelists)

    async def list_pricelists_meta(
        self,
        filter_: Union[Optional["PricelistFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListPricelistsMeta":
        from .input_types import PricelistFilter
        from .list_pricelists_meta import ListPricelistsMeta

        query = gql("""
            query listPricelistsMeta($filter: PricelistFilter = {}) {
              _listPricelistsMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", PricelistFilter, filter_)
        }
        response = await self.execute(
            query=query,
            operation_name="listPricelistsMeta",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListPricelistsMeta)

    async def create_pricelist(
        self, pricelist: "CreatePricelistInput", **options: Unpack[CallOptions]
    ) -> "CreatePricelist":
        from .create_pricelist import CreatePricelist
        from .input_types import CreatePricelistInput

        query = gql("""
            mutation createPricelist($pricelist: CreatePricelistInput!) {
              createPricelist(pricelist: $pricelist) {
                ...PricelistFields
              }
            }

            fragment PricelistFields on Pricelist {
              currency
              dropId
              dropName
              id
              name
              ownerId
              status
              type
              urlkey
              _values {
                count
              }
              _access {
                count
              }
              drop {
                id
                name
                urlkey
              }
            }
            """)
        variables: dict[str, object] = {
            "pricelist": self._input_argument(
                "pricelist", CreatePricelistInput, pricelist
            )
        }
        response = await self.execute(
            query=query,
            operation_name="createPricelist",
            variables=variables,
            **options,
        )
        return self.get_model(response, CreatePricelist)

    async def create_pricelist_access(
        self,
        pricelist_access: "CreatePricelistAccessInput",
        **options: Unpack[CallOptions],
    ) -> "CreatePricelistAccess":
        from .create_pricelist_access import CreatePricelistAccess
        from .input_types import CreatePricelistAccessInput

        query = gql("""
            mutation createPricelistAccess($pricelistAccess: CreatePricelistAccessInput!) {
              createPricelistAccess(pricelistAccess: $pricelistAccess) {
                accessType
                contact {
                  id
                  name
                  email
                  urlkey
                }
                contactId
                contactUserId
                drop {
                  id
                  name
                  urlkey
                }
                dropId
                id
                ownerId
                pricelistId
              }
            }
            """)
        variables: dict[str, object] = {
            "pricelistAccess": self._input_argument(
                "pricelist_access", CreatePricelistAccessInput, pricelist_access
            )
        }
        response = await self.execute(
            query=query,
            operation_name="createPricelistAccess",
            variables=variables,
            **options,
        )
        return self.get_model(response, CreatePricelistAccess)

    async def create_pricelist_value(
        self,
        pricelist_value: "CreatePricelistValueInput",
        **options: Unpack[CallOptions],
    ) -> "CreatePricelistValue":
        from .create_pricelist_value import CreatePricelistValue
        from .input_types import CreatePricelistValueInput

        query = gql("""
            mutation createPricelistValue($pricelistValue: CreatePricelistValueInput!) {
              createPricelistValue(pricelistValue: $pricelistValue) {
                ...PricelistValueFields
              }
            }

            fragment PricelistValueFields on PricelistValue {
              dropId
              id
              ownerId
              price
              pricelistId
              productId
              rrp
              product {
                id
                name
                sku
                urlkey
              }
            }
            """)
        variables: dict[str, object] = {
            "pricelistValue": self._input_argument(
                "pricelist_value", CreatePricelistValueInput, pricelist_value
            )
        }
        response = await self.execute(
            query=query,
            operation_name="createPricelistValue",
            variables=variables,
            **options,
        )
        return self.get_model(response, CreatePricelistValue)

    async def delete_pricelist(
        self, pricelist_id: str, **options: Unpack[CallOptions]
    ) -> "DeletePricelist":
        from .delete_pricelist import DeletePricelist

        query = gql("""
            mutation deletePricelist($pricelistId: ID!) {
              deletePricelist(pricelistId: $pricelistId)
            }
            """)
        variables: dict[str, object] = {"pricelistId": pricelist_id}
        response = await self.execute(
            query=query,
            operation_name="deletePricelist",
            variables=variables,
            **options,
        )
        return self.get_model(response, DeletePricelist)

    async def delete_pricelist_access(
        self,
        contact_id: Union[Optional[str], "UnsetType"] = UNSET,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        pricelist_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DeletePricelistAccess":
        from .delete_pricelist_access import DeletePricelistAccess

        query = gql("""
            mutation deletePricelistAccess($contactId: ID, $id: ID, $pricelistId: ID) {
              deletePricelistAccess(contactId: $contactId, id: $id, pricelistId: $pricelistId) {
                accessType
                contact {
                  id
                  name
                  email
                  urlkey
                }
                contactId
                contactUserId
                drop {
                  id
                  name
                  urlkey
                }
                dropId
                id
                ownerId
                pricelistId
              }
            }
            """)
        variables: dict[str, object] = {
            "contactId": contact_id,
            "id": id,
            "pricelistId": pricelist_id,
        }
        response = await self.execute(
            query=query,
            operation_name="deletePricelistAccess",
            variables=variables,
            **options,
        )
        return self.get_model(response, DeletePricelistAccess)

    async def delete_pricelist_value(
        self, id: str, **options: Unpack[CallOptions]
    ) -> "DeletePricelistValue":
        from .delete_pricelist_value import DeletePricelistValue

        query = gql("""
            mutation deletePricelistValue($id: ID!) {
              deletePricelistValue(id: $id) {
                ...PricelistValueFields
              }
            }

            fragment PricelistValueFields on PricelistValue {
              dropId
              id
              ownerId
              price
              pricelistId
              productId
              rrp
              product {
                id
                name
                sku
                urlkey
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="deletePricelistValue",
            variables=variables,
            **options,
        )
        return self.get_model(response, DeletePricelistValue)

    async def generate_pricelist_spreadsheet(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        type_: Union[Optional["SpreadsheetType"], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GeneratePricelistSpreadsheet":
        from .generate_pricelist_spreadsheet import GeneratePricelistSpreadsheet

        query = gql("""
            mutation generatePricelistSpreadsheet($id: ID, $type: SpreadsheetType = EXCEL, $urlkey: ID) {
              generatePricelistSpreadsheet(id: $id, type: $type, urlkey: $urlkey) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "type": type_, "urlkey": urlkey}
        response = await self.execute(
            query=query,
            operation_name="generatePricelistSpreadsheet",
            variables=variables,
            **options,
        )
        return self.get_model(response, GeneratePricelistSpreadsheet)

    async def import_pricelist(
        self,
        file_url: str,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ImportPricelist":
        from .import_pricelist import ImportPricelist

        query = gql("""
            mutation importPricelist($fileUrl: String!, $id: ID) {
              importPricelist(fileUrl: $fileUrl, id: $id) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"fileUrl": file_url, "id": id}
        response = await self.execute(
            query=query,
            operation_name="importPricelist",
            variables=variables,
            **options,
        )
        return self.get_model(response, ImportPricelist)

    async def update_pricelist(
        self, id: str, pricelist: "CreatePricelistInput", **options: Unpack[CallOptions]
    ) -> "UpdatePricelist":
        from .input_types import CreatePricelistInput
        from .update_pricelist import UpdatePricelist

        query = gql("""
            mutation updatePricelist($id: ID!, $pricelist: CreatePricelistInput!) {
              updatePricelist(id: $id, pricelist: $pricelist) {
                ...PricelistFields
              }
            }

            fragment PricelistFields on Pricelist {
              currency
              dropId
              dropName
              id
              name
              ownerId
              status
              type
              urlkey
              _values {
                count
              }
              _access {
                count
              }
              drop {
                id
                name
                urlkey
              }
            }
            """)
        variables: dict[str, object] = {
            "id": id,
            "pricelist": self._input_argument(
                "pricelist", CreatePricelistInput, pricelist
            ),
        }
        response = await self.execute(
            query=query,
            operation_name="updatePricelist",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpdatePricelist)

    async def update_pricelist_value(
        self,
        id: str,
        pricelist_value: "UpdatePricelistValueInput",
        **options: Unpack[CallOptions],
    ) -> "UpdatePricelistValue":
        from .input_types import UpdatePricelistValueInput
        from .update_pricelist_value import UpdatePricelistValue

        query = gql("""
            mutation updatePricelistValue($id: ID!, $pricelistValue: UpdatePricelistValueInput!) {
              updatePricelistValue(id: $id, pricelistValue: $pricelistValue) {
                ...PricelistValueFields
              }
            }

            fragment PricelistValueFields on PricelistValue {
              dropId
              id
              ownerId
              price
              pricelistId
              productId
              rrp
              product {
                id
                name
                sku
                urlkey
              }
            }
            """)
        variables: dict[str, object] = {
            "id": id,
            "pricelistValue": self._input_argument(
                "pricelist_value", UpdatePricelistValueInput, pricelist_value
            ),
        }
        response = await self.execute(
            query=query,
            operation_name="updatePricelistValue",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpdatePricelistValue)

    async def update_pricelist_values(
        self,
        pricelist_id: str,
        values: list["UpdatePricelistValueInput"],
        **options: Unpack[CallOptions],
    ) -> "UpdatePricelistValues":
        from .input_types import UpdatePricelistValueInput
        from .update_pricelist_values import UpdatePricelistValues

        query = gql("""
            mutation updatePricelistValues($pricelistId: ID!, $values: [UpdatePricelistValueInput]!) {
              updatePricelistValues(pricelistId: $pricelistId, values: $values) {
                ...PricelistValueFields
              }
            }

            fragment PricelistValueFields on PricelistValue {
              dropId
              id
              ownerId
              price
              pricelistId
              productId
              rrp
              product {
                id
                name
                sku
                urlkey
              }
            }
            """)
        variables: dict[str, object] = {
            "pricelistId": pricelist_id,
            "values": self._input_argument("values", UpdatePricelistValueInput, values),
        }
        response = await self.execute(
            query=query,
            operation_name="updatePricelistValues",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpdatePricelistValues)

    async def get_product(
        self,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        urlkey: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "GetProduct":
        from .get_product import GetProduct

        query = gql("""
            query getProduct($id: ID, $urlkey: String) {
              getProduct(id: $id, urlkey: $urlkey) {
                ...ProductFields
              }
            }

            fragment ProductFields on Product {
              color
              createdAt
              customField1
              customField2
              customField3
              customField4
              customField5
              customField6
              customField7
              customField8
              customId
              id
              images
              info
              inventoryStockLimit
              material
              name
              origin
              ownerId
              parentId
              parentOrChild
              sku
              soldOut
              supplierId
              taric
              type
              updatedAt
              urlkey
              optionGroups {
                id
                name
                options {
                  id
                  name
                  order
                }
              }
              variants: variantsV2 {
                ...ProductVariantFields
              }
            }

            fragment ProductVariantFields on ProductVariant {
              color
              cost
              createdAt
              id
              inventoryStock
              optionValue1
              optionValue2
              optionValue3
              optionValue4
              optionValue5
              parentId
              price
              rowOrder
              rrp
              sku
              updatedAt
            }
            """)
        variables: dict[str, object] = {"id": id, "urlkey": urlkey}
        response = await self.execute(
            query=query, operation_name="getProduct", variables=variables, **options
        )
        return self.get_model(response, GetProduct)

    async def list_products(
        self,
        filter_: Union[Optional["ProductFilter"], "UnsetType"] = UNSET,
        first: Union[Optional[int], "UnsetType"] = UNSET,
        offset: Union[Optional[int], "UnsetType"] = UNSET,
        order_by: Union[
            Optional[list[Optional["ProductModelOrder"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListProducts":
        from .input_types import ProductFilter
        from .list_products import ListProducts

        query = gql("""
            query listProducts($filter: ProductFilter = {}, $first: Int = 10, $offset: Int = 0, $orderBy: [ProductModelOrder] = [ID_DESC]) {
              listProducts(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {
                ...ProductFields
              }
            }

            fragment ProductFields on Product {
              color
              createdAt
              customField1
              customField2
              customField3
              customField4
              customField5
              customField6
              customField7
              customField8
              customId
              id
              images
              info
              inventoryStockLimit
              material
              name
              origin
              ownerId
              parentId
              parentOrChild
              sku
              soldOut
              supplierId
              taric
              type
              updatedAt
              urlkey
              optionGroups {
                id
                name
                options {
                  id
                  name
                  order
                }
              }
              variants: variantsV2 {
                ...ProductVariantFields
              }
            }

            fragment ProductVariantFields on ProductVariant {
              color
              cost
              createdAt
              id
              inventoryStock
              optionValue1
              optionValue2
              optionValue3
              optionValue4
              optionValue5
              parentId
              price
              rowOrder
              rrp
              sku
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", ProductFilter, filter_),
            "first": first,
            "offset": offset,
            "orderBy": order_by,
        }
        response = await self.execute(
            query=query, operation_name="listProducts", variables=variables, **options
        )
        return self.get_model(response, ListProducts)

    async def list_products_meta(
        self,
        filter_: Union[Optional["ProductFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ListProductsMeta":
        from .input_types import ProductFilter
        from .list_products_meta import ListProductsMeta

        query = gql("""
            query listProductsMeta($filter: ProductFilter = {}) {
              _listProductsMeta(filter: $filter) {
                count
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", ProductFilter, filter_)
        }
        response = await self.execute(
            query=query,
            operation_name="listProductsMeta",
            variables=variables,
            **options,
        )
        return self.get_model(response, ListProductsMeta)

    async def bulk_product_import_sample_file(
        self, **options: Unpack[CallOptions]
    ) -> "BulkProductImportSampleFile":
        from .bulk_product_import_sample_file import BulkProductImportSampleFile

        query = gql("""
            mutation bulkProductImportSampleFile {
              bulkProductImportSampleFile {
                url
              }
            }
            """)
        variables: dict[str, object] = {}
        response = await self.execute(
            query=query,
            operation_name="bulkProductImportSampleFile",
            variables=variables,
            **options,
        )
        return self.get_model(response, BulkProductImportSampleFile)

    async def create_product(
        self,
        product: Union[Optional["ProductInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreateProduct":
        from .create_product import CreateProduct
        from .input_types import ProductInput

        query = gql("""
            mutation createProduct($product: ProductInput) {
              createProduct(data: $product) {
                ...ProductFields
              }
            }

            fragment ProductFields on Product {
              color
              createdAt
              customField1
              customField2
              customField3
              customField4
              customField5
              customField6
              customField7
              customField8
              customId
              id
              images
              info
              inventoryStockLimit
              material
              name
              origin
              ownerId
              parentId
              parentOrChild
              sku
              soldOut
              supplierId
              taric
              type
              updatedAt
              urlkey
              optionGroups {
                id
                name
                options {
                  id
                  name
                  order
                }
              }
              variants: variantsV2 {
                ...ProductVariantFields
              }
            }

            fragment ProductVariantFields on ProductVariant {
              color
              cost
              createdAt
              id
              inventoryStock
              optionValue1
              optionValue2
              optionValue3
              optionValue4
              optionValue5
              parentId
              price
              rowOrder
              rrp
              sku
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "product": self._input_argument("product", ProductInput, product)
        }
        response = await self.execute(
            query=query, operation_name="createProduct", variables=variables, **options
        )
        return self.get_model(response, CreateProduct)

    async def create_product_in_background(
        self,
        product: Union[Optional["ProductInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreateProductInBackground":
        from .create_product_in_background import CreateProductInBackground
        from .input_types import ProductInput

        query = gql("""
            mutation createProductInBackground($product: ProductInput) {
              createProductInBackground(data: $product) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {
            "product": self._input_argument("product", ProductInput, product)
        }
        response = await self.execute(
            query=query,
            operation_name="createProductInBackground",
            variables=variables,
            **options,
        )
        return self.get_model(response, CreateProductInBackground)

    async def create_product_options(
        self,
        group_id: str,
        names: Union[Optional[list[Optional[str]]], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreateProductOptions":
        from .create_product_options import CreateProductOptions

        query = gql("""
            mutation createProductOptions($groupId: ID!, $names: [String]) {
              createProductOptions(groupId: $groupId, names: $names) {
                id
                name
                order
              }
            }
            """)
        variables: dict[str, object] = {"groupId": group_id, "names": names}
        response = await self.execute(
            query=query,
            operation_name="createProductOptions",
            variables=variables,
            **options,
        )
        return self.get_model(response, CreateProductOptions)

    async def create_product_variants(
        self,
        parent_id: str,
        variants: Union[
            Optional[list[Optional["ProductVariantInput"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "CreateProductVariants":
        from .create_product_variants import CreateProductVariants
        from .input_types import ProductVariantInput

        query = gql("""
            mutation createProductVariants($parentId: ID!, $variants: [ProductVariantInput]) {
              createProductVariants(parentId: $parentId, variants: $variants) {
                ...ProductVariantFields
              }
            }

            fragment ProductVariantFields on ProductVariant {
              color
              cost
              createdAt
              id
              inventoryStock
              optionValue1
              optionValue2
              optionValue3
              optionValue4
              optionValue5
              parentId
              price
              rowOrder
              rrp
              sku
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "parentId": parent_id,
            "variants": self._input_argument("variants", ProductVariantInput, variants),
        }
        response = await self.execute(
            query=query,
            operation_name="createProductVariants",
            variables=variables,
            **options,
        )
        return self.get_model(response, CreateProductVariants)

    async def delete_product_variants(
        self,
        ids: Union[Optional[list[Optional[str]]], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DeleteProductVariants":
        from .delete_product_variants import DeleteProductVariants

        query = gql("""
            mutation deleteProductVariants($ids: [ID]) {
              deleteProductVariants(ids: $ids) {
                ...ProductVariantFields
              }
            }

            fragment ProductVariantFields on ProductVariant {
              color
              cost
              createdAt
              id
              inventoryStock
              optionValue1
              optionValue2
              optionValue3
              optionValue4
              optionValue5
              parentId
              price
              rowOrder
              rrp
              sku
              updatedAt
            }
            """)
        variables: dict[str, object] = {"ids": ids}
        response = await self.execute(
            query=query,
            operation_name="deleteProductVariants",
            variables=variables,
            **options,
        )
        return self.get_model(response, DeleteProductVariants)

    async def delete_products(
        self,
        id: Union[Optional["IdFilter"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DeleteProducts":
        from .delete_products import DeleteProducts
        from .input_types import IdFilter

        query = gql("""
            mutation deleteProducts($id: IdFilter) {
              deleteProducts(id: $id) {
                ...ProductFields
              }
            }

            fragment ProductFields on Product {
              color
              createdAt
              customField1
              customField2
              customField3
              customField4
              customField5
              customField6
              customField7
              customField8
              customId
              id
              images
              info
              inventoryStockLimit
              material
              name
              origin
              ownerId
              parentId
              parentOrChild
              sku
              soldOut
              supplierId
              taric
              type
              updatedAt
              urlkey
              optionGroups {
                id
                name
                options {
                  id
                  name
                  order
                }
              }
              variants: variantsV2 {
                ...ProductVariantFields
              }
            }

            fragment ProductVariantFields on ProductVariant {
              color
              cost
              createdAt
              id
              inventoryStock
              optionValue1
              optionValue2
              optionValue3
              optionValue4
              optionValue5
              parentId
              price
              rowOrder
              rrp
              sku
              updatedAt
            }
            """)
        variables: dict[str, object] = {"id": self._input_argument("id", IdFilter, id)}
        response = await self.execute(
            query=query, operation_name="deleteProducts", variables=variables, **options
        )
        return self.get_model(response, DeleteProducts)

    async def duplicate_product(
        self,
        product: "UpdateProductInput",
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DuplicateProduct":
        from .duplicate_product import DuplicateProduct
        from .input_types import UpdateProductInput

        query = gql("""
            mutation duplicateProduct($product: UpdateProductInput!, $id: ID) {
              duplicateProduct(data: $product, id: $id) {
                ...ProductFields
              }
            }

            fragment ProductFields on Product {
              color
              createdAt
              customField1
              customField2
              customField3
              customField4
              customField5
              customField6
              customField7
              customField8
              customId
              id
              images
              info
              inventoryStockLimit
              material
              name
              origin
              ownerId
              parentId
              parentOrChild
              sku
              soldOut
              supplierId
              taric
              type
              updatedAt
              urlkey
              optionGroups {
                id
                name
                options {
                  id
                  name
                  order
                }
              }
              variants: variantsV2 {
                ...ProductVariantFields
              }
            }

            fragment ProductVariantFields on ProductVariant {
              color
              cost
              createdAt
              id
              inventoryStock
              optionValue1
              optionValue2
              optionValue3
              optionValue4
              optionValue5
              parentId
              price
              rowOrder
              rrp
              sku
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "product": self._input_argument("product", UpdateProductInput, product),
            "id": id,
        }
        response = await self.execute(
            query=query,
            operation_name="duplicateProduct",
            variables=variables,
            **options,
        )
        return self.get_model(response, DuplicateProduct)

    async def export_products(
        self,
        id: str,
        type_: Union[Optional["SpreadsheetType"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ExportProducts":
        from .export_products import ExportProducts

        query = gql("""
            mutation exportProducts($id: ID!, $type: SpreadsheetType = EXCEL) {
              exportProducts(id: $id, type: $type) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "type": type_}
        response = await self.execute(
            query=query, operation_name="exportProducts", variables=variables, **options
        )
        return self.get_model(response, ExportProducts)

    async def import_products(
        self,
        file_url: str,
        drop_id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ImportProducts":
        from .import_products import ImportProducts

        query = gql("""
            mutation importProducts($dropId: ID, $fileUrl: String!) {
              importProducts(dropId: $dropId, fileUrl: $fileUrl) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {"dropId": drop_id, "fileUrl": file_url}
        response = await self.execute(
            query=query, operation_name="importProducts", variables=variables, **options
        )
        return self.get_model(response, ImportProducts)

    async def remove_product_option(
        self, id: str, **options: Unpack[CallOptions]
    ) -> "RemoveProductOption":
        from .remove_product_option import RemoveProductOption

        query = gql("""
            mutation removeProductOption($id: ID!) {
              removeProductOption(id: $id) {
                id
                name
                order
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="removeProductOption",
            variables=variables,
            **options,
        )
        return self.get_model(response, RemoveProductOption)

    async def remove_product_options(
        self, group_id: str, **options: Unpack[CallOptions]
    ) -> "RemoveProductOptions":
        from .remove_product_options import RemoveProductOptions

        query = gql("""
            mutation removeProductOptions($groupId: ID!) {
              removeProductOptions(groupId: $groupId) {
                id
                name
                order
              }
            }
            """)
        variables: dict[str, object] = {"groupId": group_id}
        response = await self.execute(
            query=query,
            operation_name="removeProductOptions",
            variables=variables,
            **options,
        )
        return self.get_model(response, RemoveProductOptions)

    async def update_product(
        self,
        product: "UpdateProductInput",
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateProduct":
        from .input_types import UpdateProductInput
        from .update_product import UpdateProduct

        query = gql("""
            mutation updateProduct($product: UpdateProductInput!, $id: ID) {
              updateProduct(data: $product, id: $id) {
                ...ProductFields
              }
            }

            fragment ProductFields on Product {
              color
              createdAt
              customField1
              customField2
              customField3
              customField4
              customField5
              customField6
              customField7
              customField8
              customId
              id
              images
              info
              inventoryStockLimit
              material
              name
              origin
              ownerId
              parentId
              parentOrChild
              sku
              soldOut
              supplierId
              taric
              type
              updatedAt
              urlkey
              optionGroups {
                id
                name
                options {
                  id
                  name
                  order
                }
              }
              variants: variantsV2 {
                ...ProductVariantFields
              }
            }

            fragment ProductVariantFields on ProductVariant {
              color
              cost
              createdAt
              id
              inventoryStock
              optionValue1
              optionValue2
              optionValue3
              optionValue4
              optionValue5
              parentId
              price
              rowOrder
              rrp
              sku
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "product": self._input_argument("product", UpdateProductInput, product),
            "id": id,
        }
        response = await self.execute(
            query=query, operation_name="updateProduct", variables=variables, **options
        )
        return self.get_model(response, UpdateProduct)

    async def update_product_in_background(
        self,
        product: Union[Optional["ProductInput"], "UnsetType"] = UNSET,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateProductInBackground":
        from .input_types import ProductInput
        from .update_product_in_background import UpdateProductInBackground

        query = gql("""
            mutation updateProductInBackground($product: ProductInput, $id: ID) {
              updateProductInBackground(data: $product, id: $id) {
                completedAt
                contactId
                createdAt
                dropId
                id
                orderId
                result
                type
                updatedAt
              }
            }
            """)
        variables: dict[str, object] = {
            "product": self._input_argument("product", ProductInput, product),
            "id": id,
        }
        response = await self.execute(
            query=query,
            operation_name="updateProductInBackground",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpdateProductInBackground)

    async def update_product_option(
        self,
        id: str,
        name: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateProductOption":
        from .update_product_option import UpdateProductOption

        query = gql("""
            mutation updateProductOption($id: ID!, $name: String) {
              updateProductOption(id: $id, name: $name) {
                id
                name
                order
              }
            }
            """)
        variables: dict[str, object] = {"id": id, "name": name}
        response = await self.execute(
            query=query,
            operation_name="updateProductOption",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpdateProductOption)

    async def update_product_variants(
        self,
        variants: Union[
            Optional[list[Optional["ProductVariantUpdateInput"]]], "UnsetType"
        ] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateProductVariants":
        from .input_types import ProductVariantUpdateInput
        from .update_product_variants import UpdateProductVariants

        query = gql("""
            mutation updateProductVariants($variants: [ProductVariantUpdateInput]) {
              updateProductVariants(variants: $variants) {
                ...ProductVariantFields
              }
            }

            fragment ProductVariantFields on ProductVariant {
              color
              cost
              createdAt
              id
              inventoryStock
              optionValue1
              optionValue2
              optionValue3
              optionValue4
              optionValue5
              parentId
              price
              rowOrder
              rrp
              sku
              updatedAt
            }
            """)
        variables: dict[str, object] = {
            "variants": self._input_argument(
                "variants", ProductVariantUpdateInput, variants
            )
        }
        response = await self.execute(
            query=query,
            operation_name="updateProductVariants",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpdateProductVariants)

    async def update_variant_row_order(
        self,
        id: str,
        row_order: Union[Optional[int], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "UpdateVariantRowOrder":
        from .update_variant_row_order import UpdateVariantRowOrder

        query = gql("""
            mutation updateVariantRowOrder($id: ID!, $rowOrder: Int) {
              updateVariantRowOrder(id: $id, rowOrder: $rowOrder) {
                ...ProductVariantFields
              }
            }

            fragment ProductVariantFields on ProductVariant {
              color
              cost
              createdAt
              id
              inventoryStock
              optionValue1
              optionValue2
              optionValue3
              optionValue4
              optionValue5
              parentId
              price
              rowOrder
              rrp
              sku
              updatedAt
            }
            """)
        variables: dict[str, object] = {"id": id, "rowOrder": row_order}
        response = await self.execute(
            query=query,
            operation_name="updateVariantRowOrder",
            variables=variables,
            **options,
        )
        return self.get_model(response, UpdateVariantRowOrder)
