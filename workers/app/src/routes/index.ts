import { Hono } from 'hono';
import type { AppEnv } from '../env';
import * as health from './system/health';
import * as docs from './system/docs';
import * as me from './me/get';
import * as productsCreate from './products/create';
import * as productsList from './products/list';
import * as productsGet from './products/get';
import * as productsUpdate from './products/update';
import * as productsArchive from './products/archive';
import * as skusAdjustStock from './skus/adjust-stock';
import * as importsUpload from './imports/upload';
import * as importsList from './imports/list';
import * as importsGet from './imports/get';
import * as importsContinue from './imports/continue';
import * as exportsProducts from './imports/export';
import * as importsOrdersUpload from './imports/orders-upload';
import * as importsOrdersGet from './imports/orders-get';
import * as importsOrdersContinue from './imports/orders-continue';
import * as adminHolds from './admin/holds';
import * as adminRelease from './admin/release';
import * as adminAttribution from './admin/attribution';
import * as creatorProfileGet from './creators/profile-get';
import * as creatorProfilePut from './creators/profile-put';
import * as creatorsList from './creators/list';
import * as creatorsGet from './creators/get';
import * as samplesCreate from './samples/create';
import * as samplesList from './samples/list';
import * as samplesGet from './samples/get';
import * as samplesApprove from './samples/approve';
import * as samplesReject from './samples/reject';
import * as samplesShip from './samples/ship';
import * as samplesDeliver from './samples/deliver';
import * as samplesPost from './samples/post';
import * as samplesCancel from './samples/cancel';
import * as authSession from './auth/session';
import * as authSignUp from './auth/sign-up';
import * as authSignIn from './auth/sign-in';
import * as authSignOut from './auth/sign-out';
import * as authSwitchOrg from './auth/switch-org';
import * as authCreateOrg from './auth/create-organization';
import * as authUpdateMe from './auth/update-me';
import * as organizationGet from './organization/get';
import * as organizationUpdate from './organization/update';
import * as membersList from './members/list';
import * as membersUpdate from './members/update';
import * as membersRemove from './members/remove';
import * as invitationsCreate from './invitations/create';
import * as invitationsList from './invitations/list';
import * as invitationsRevoke from './invitations/revoke';
import * as invitationsAccept from './invitations/accept';
import * as keysCreate from './keys/create';
import * as keysList from './keys/list';
import * as keysGet from './keys/get';
import * as keysRevoke from './keys/revoke';
import * as keysRotate from './keys/rotate';
import * as activitiesCreate from './activities/create';
import * as activitiesList from './activities/list';
import * as activitiesGet from './activities/get';
import * as activitiesUpdate from './activities/update';
import * as activitiesClose from './activities/close';
import * as marketplaceList from './activities/marketplace-list';
import * as marketplaceGet from './activities/marketplace-get';
import * as enrollmentsCreate from './enrollments/create';
import * as enrollmentsList from './enrollments/list';
import * as enrollmentsGet from './enrollments/get';
import * as enrollmentsApprove from './enrollments/approve';
import * as enrollmentsReject from './enrollments/reject';
import * as enrollmentsWithdraw from './enrollments/withdraw';
import * as enrollmentsRates from './enrollments/rates';
import * as rosterInvite from './rosters/invite';
import * as rosterList from './rosters/list';
import * as rosterAccept from './rosters/accept';
import * as rosterDecline from './rosters/decline';
import * as rosterRemove from './rosters/remove';
import * as offersList from './offers/list';
import * as offersGet from './offers/get';
import * as linksCreate from './links/create';
import * as linksBulk from './links/bulk';
import * as linksList from './links/list';
import * as linksCsv from './links/csv';
import * as linksGet from './links/get';
import * as linksQr from './links/qr';
import * as linksDisable from './links/disable';
import * as linksEnable from './links/enable';
import * as analyticsLinks from './analytics/links';
import * as ordersCreate from './orders/create';
import * as ordersBatch from './orders/batch';
import * as ordersList from './orders/list';
import * as ordersGet from './orders/get';
import * as ordersConfirm from './orders/confirm';
import * as ordersRefund from './orders/refund';
import * as ordersCancel from './orders/cancel';
import * as commissionsList from './commissions/list';
import * as commissionsSummary from './commissions/summary';
import * as ledgerBalances from './ledger/balances';
import * as hostedPage from './redirect/hosted-page';
import * as hostedCheckout from './redirect/hosted-checkout';
import * as hostedThanks from './redirect/hosted-thanks';
import * as stripeWebhook from './webhooks/stripe';
import * as balanceTopUp from './balance/top-up';

/**
 * Every operation, one file each, chained so that `typeof routes` carries their types to the web's typed client.
 * Add one `.route('/', x.route)` line per operation file.
 */
export const routes = new Hono<AppEnv>()
  .route('/', health.route)
  .route('/', docs.route)
  .route('/', me.route)
  .route('/', productsCreate.route)
  .route('/', productsList.route)
  .route('/', productsGet.route)
  .route('/', productsUpdate.route)
  .route('/', productsArchive.route)
  .route('/', skusAdjustStock.route)
  .route('/', importsUpload.route)
  .route('/', importsList.route)
  .route('/', importsGet.route)
  .route('/', importsContinue.route)
  .route('/', exportsProducts.route)
  .route('/', importsOrdersUpload.route)
  .route('/', importsOrdersGet.route)
  .route('/', importsOrdersContinue.route)
  .route('/', adminHolds.route)
  .route('/', adminRelease.route)
  .route('/', adminAttribution.route)
  .route('/', creatorProfileGet.route)
  .route('/', creatorProfilePut.route)
  .route('/', creatorsList.route)
  .route('/', creatorsGet.route)
  .route('/', samplesCreate.route)
  .route('/', samplesList.route)
  .route('/', samplesGet.route)
  .route('/', samplesApprove.route)
  .route('/', samplesReject.route)
  .route('/', samplesShip.route)
  .route('/', samplesDeliver.route)
  .route('/', samplesPost.route)
  .route('/', samplesCancel.route)
  .route('/', authSession.route)
  .route('/', authSignUp.route)
  .route('/', authSignIn.route)
  .route('/', authSignOut.route)
  .route('/', authSwitchOrg.route)
  .route('/', authCreateOrg.route)
  .route('/', authUpdateMe.route)
  .route('/', organizationGet.route)
  .route('/', organizationUpdate.route)
  .route('/', membersList.route)
  .route('/', membersUpdate.route)
  .route('/', membersRemove.route)
  .route('/', invitationsCreate.route)
  .route('/', invitationsList.route)
  .route('/', invitationsRevoke.route)
  .route('/', invitationsAccept.route)
  .route('/', keysCreate.route)
  .route('/', keysList.route)
  .route('/', keysGet.route)
  .route('/', keysRevoke.route)
  .route('/', keysRotate.route)
  .route('/', activitiesCreate.route)
  .route('/', activitiesList.route)
  .route('/', activitiesGet.route)
  .route('/', activitiesUpdate.route)
  .route('/', activitiesClose.route)
  .route('/', marketplaceList.route)
  .route('/', marketplaceGet.route)
  .route('/', enrollmentsCreate.route)
  .route('/', enrollmentsList.route)
  .route('/', enrollmentsGet.route)
  .route('/', enrollmentsApprove.route)
  .route('/', enrollmentsReject.route)
  .route('/', enrollmentsWithdraw.route)
  .route('/', enrollmentsRates.route)
  .route('/', rosterInvite.route)
  .route('/', rosterList.route)
  .route('/', rosterAccept.route)
  .route('/', rosterDecline.route)
  .route('/', rosterRemove.route)
  .route('/', offersList.route)
  .route('/', offersGet.route)
  .route('/', linksCreate.route)
  .route('/', linksBulk.route)
  .route('/', linksList.route)
  .route('/', linksCsv.route)
  .route('/', linksGet.route)
  .route('/', linksQr.route)
  .route('/', linksDisable.route)
  .route('/', linksEnable.route)
  .route('/', analyticsLinks.route)
  .route('/', ordersCreate.route)
  .route('/', ordersBatch.route)
  .route('/', ordersList.route)
  .route('/', ordersGet.route)
  .route('/', ordersConfirm.route)
  .route('/', ordersRefund.route)
  .route('/', ordersCancel.route)
  .route('/', commissionsList.route)
  .route('/', commissionsSummary.route)
  .route('/', ledgerBalances.route)
  .route('/', hostedPage.route)
  .route('/', hostedCheckout.route)
  .route('/', hostedThanks.route)
  .route('/', stripeWebhook.route)
  .route('/', balanceTopUp.route);

export type AppType = typeof routes;
