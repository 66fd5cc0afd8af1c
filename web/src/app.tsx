import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { api, unwrap } from './api/client';
import { AppShell } from './components/app-shell';
import { Brand } from './components/brand';
import { ErrorNotice, Loading } from './components/feedback';
import { ToastProvider } from './components/toast';
import { I18nProvider } from './i18n';
import { forKinds } from './components/kind-gate';
import { AcceptInvitation } from './pages/accept-invitation';
import { ActivityEditor } from './pages/activities/editor';
import { Activities } from './pages/activities/list';
import { ReviewApplications } from './pages/activities/applications';
import { ImportProducts } from './pages/catalog/import';
import { ProductEditor } from './pages/catalog/product-editor';
import { Products } from './pages/catalog/products';
import { CreatorDirectory } from './pages/creators/directory';
import { Marketplace } from './pages/marketplace/activities';
import { MyApplications } from './pages/marketplace/applications';
import { LinkAnalyticsPage } from './pages/links/analytics';
import { BulkLinks } from './pages/links/bulk';
import { Links } from './pages/links/list';
import { OfferPage } from './pages/offers/detail';
import { Offers } from './pages/offers/list';
import { CreatorProfilePage } from './pages/profile';
import { CreatorProviders } from './pages/roster/creator';
import { ProviderRoster } from './pages/roster/provider';
import { CreatorSamples, MerchantSamples, ProviderSamples } from './pages/samples/samples';
import { Home } from './pages/home';
import { NewOrganization } from './pages/new-organization';
import { NotFound } from './pages/not-found';
import { ApiKeys } from './pages/settings/api-keys';
import { Invitations } from './pages/settings/invitations';
import { Members } from './pages/settings/members';
import { SignIn } from './pages/sign-in';
import { SignUp } from './pages/sign-up';
import { SessionProvider, useSession } from './state/session';
import { Holds } from './pages/admin/holds';
import { Earnings } from './pages/earnings/earnings';
import { BalancePage } from './pages/orders/balance';
import { OrderPage } from './pages/orders/detail';
import { ImportOrders } from './pages/orders/import';
import { Orders } from './pages/orders/list';

/** A page for signed-in users, inside the app frame; others are sent to sign in and brought back afterwards. */
function signedIn(Page: ComponentType, { needsOrg = true } = {}) {
  return function SignedIn() {
    const { state, activeOrg, accept } = useSession();
    const { route, url } = useLocation();
    const user = state?.user;
    useEffect(() => {
      if (state && !user) route(url === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(url)}`, true);
    }, [state, user, url]);
    useEffect(() => {
      if (!state || !user || activeOrg || !needsOrg) return;
      const first = state.organizations[0];
      // A user with organizations but none active (e.g. removed from the last one) lands in the first; one with none creates one.
      if (!first) route('/organizations/new', true);
      else void unwrap(api.auth['switch-org'].$post({ json: { orgId: first.id } })).then(accept, () => {});
    }, [state, user, activeOrg]);
    if (!user || (needsOrg && !activeOrg)) return <Loading />;
    return (
      <AppShell>
        <Page />
      </AppShell>
    );
  };
}

/** Stripe brings a merchant back from a top-up to `/?top_up=…`; the balance page is where its outcome is told. */
function HomeOrTopUp() {
  const { query, route } = useLocation();
  useEffect(() => {
    if (query.top_up) route(`/balance?top_up=${encodeURIComponent(query.top_up)}`, true);
  }, [query.top_up]);
  return query.top_up ? <Loading /> : <Home />;
}

const HomePage = signedIn(HomeOrTopUp);
const MembersPage = signedIn(Members);
const InvitationsPage = signedIn(Invitations);
const KeysPage = signedIn(ApiKeys);
const NewOrganizationPage = signedIn(NewOrganization, { needsOrg: false });
// The supply side: each page for the kinds of organization it serves (another kind is told so).
const CatalogPage = signedIn(forKinds({ merchant: Products }));
const ProductEditorPage = signedIn(forKinds({ merchant: ProductEditor }));
const ImportPage = signedIn(forKinds({ merchant: ImportProducts }));
const MarketplacePage = signedIn(forKinds({ merchant: Marketplace }));
const ApplicationsPage = signedIn(forKinds({ merchant: MyApplications, provider: ReviewApplications }));
const SamplesPage = signedIn(forKinds({ merchant: MerchantSamples, provider: ProviderSamples, creator: CreatorSamples }));
const ActivitiesPage = signedIn(forKinds({ provider: Activities }));
const ActivityEditorPage = signedIn(forKinds({ provider: ActivityEditor }));
const RosterPage = signedIn(forKinds({ provider: ProviderRoster }));
const CreatorsPage = signedIn(forKinds({ provider: CreatorDirectory }));
const OffersPage = signedIn(forKinds({ creator: Offers }));
const OfferDetailPage = signedIn(forKinds({ creator: OfferPage }));
const ProvidersPage = signedIn(forKinds({ creator: CreatorProviders }));
const ProfilePage = signedIn(forKinds({ creator: CreatorProfilePage }));
const LinksPage = signedIn(forKinds({ creator: Links }));
const BulkLinksPage = signedIn(forKinds({ creator: BulkLinks }));
const LinkAnalyticsRoute = signedIn(forKinds({ creator: LinkAnalyticsPage }));
// The money side: orders for the three parties, the merchant's balance, earnings, the platform's fraud holds.
const OrdersPage = signedIn(forKinds({ merchant: Orders, provider: Orders, creator: Orders }));
const OrderDetailPage = signedIn(forKinds({ merchant: OrderPage, provider: OrderPage, creator: OrderPage }));
const BalanceRoute = signedIn(forKinds({ merchant: BalancePage }));
const ImportOrdersPage = signedIn(forKinds({ merchant: ImportOrders }));
const EarningsPage = signedIn(forKinds({ creator: Earnings, provider: Earnings }));
const HoldsPage = signedIn(forKinds({ platform: Holds }));

/** Nothing renders before the session is known: every form needs its CSRF cookie, every page its user. */
function Gate() {
  const { state, error, refresh } = useSession();
  if (!state) {
    return (
      <div class="boot">
        <Brand />
        {error ? <ErrorNotice error={error} onRetry={() => void refresh()} /> : <Loading />}
      </div>
    );
  }
  return (
    <Router>
      <Route path="/sign-in" component={SignIn} />
      <Route path="/sign-up" component={SignUp} />
      <Route path="/accept-invitation" component={AcceptInvitation} />
      <Route path="/" component={HomePage} />
      <Route path="/organizations/new" component={NewOrganizationPage} />
      <Route path="/settings/members" component={MembersPage} />
      <Route path="/settings/invitations" component={InvitationsPage} />
      <Route path="/settings/keys" component={KeysPage} />
      <Route path="/catalog" component={CatalogPage} />
      <Route path="/catalog/import" component={ImportPage} />
      <Route path="/catalog/new" component={ProductEditorPage} />
      <Route path="/catalog/:id" component={ProductEditorPage} />
      <Route path="/marketplace" component={MarketplacePage} />
      <Route path="/applications" component={ApplicationsPage} />
      <Route path="/samples" component={SamplesPage} />
      <Route path="/activities" component={ActivitiesPage} />
      <Route path="/activities/new" component={ActivityEditorPage} />
      <Route path="/activities/:id" component={ActivityEditorPage} />
      <Route path="/roster" component={RosterPage} />
      <Route path="/creators" component={CreatorsPage} />
      <Route path="/offers" component={OffersPage} />
      <Route path="/offers/:id" component={OfferDetailPage} />
      <Route path="/providers" component={ProvidersPage} />
      <Route path="/profile" component={ProfilePage} />
      <Route path="/links" component={LinksPage} />
      <Route path="/links/bulk" component={BulkLinksPage} />
      <Route path="/links/analytics" component={LinkAnalyticsRoute} />
      <Route path="/orders" component={OrdersPage} />
      <Route path="/orders/import" component={ImportOrdersPage} />
      <Route path="/orders/:id" component={OrderDetailPage} />
      <Route path="/balance" component={BalanceRoute} />
      <Route path="/earnings" component={EarningsPage} />
      <Route path="/admin/holds" component={HoldsPage} />
      <Route default component={NotFound} />
    </Router>
  );
}

export function App() {
  return (
    <I18nProvider>
      <ToastProvider>
        <SessionProvider>
          <LocationProvider>
            <Gate />
          </LocationProvider>
        </SessionProvider>
      </ToastProvider>
    </I18nProvider>
  );
}
