/** The account link's page, standing in for Stripe's Express onboarding: visiting it completes onboarding. */
import type { Engine } from '../engine.ts';
import { visitAccountLink } from '../api/accounts.ts';
import { escapeHtml, page } from './html.ts';
import type { PageResult } from './pay.ts';

export function visitOnboardingPage(engine: Engine, token: string): PageResult {
  const { account, redirect, expired } = visitAccountLink(engine, token);
  if (redirect) return { status: 302, redirect };
  if (expired || !account) {
    return { status: 410, html: page('Link expired', '<h1>This onboarding link has expired or was already used.</h1>') };
  }
  return {
    status: 200,
    html: page('Onboarding complete', `<h1>Onboarding complete</h1><p>Account <code>${escapeHtml(account.id)}</code> can now receive transfers and payouts.</p>`),
  };
}
