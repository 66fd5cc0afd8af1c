import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { api, unwrap } from './api/client';
import { AppShell } from './components/app-shell';
import { Brand } from './components/brand';
import { ErrorNotice, Loading } from './components/feedback';
import { ToastProvider } from './components/toast';
import { I18nProvider } from './i18n';
import { AcceptInvitation } from './pages/accept-invitation';
import { Home } from './pages/home';
import { NewOrganization } from './pages/new-organization';
import { NotFound } from './pages/not-found';
import { ApiKeys } from './pages/settings/api-keys';
import { Invitations } from './pages/settings/invitations';
import { Members } from './pages/settings/members';
import { SignIn } from './pages/sign-in';
import { SignUp } from './pages/sign-up';
import { SessionProvider, useSession } from './state/session';

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

const HomePage = signedIn(Home);
const MembersPage = signedIn(Members);
const InvitationsPage = signedIn(Invitations);
const KeysPage = signedIn(ApiKeys);
const NewOrganizationPage = signedIn(NewOrganization, { needsOrg: false });

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
