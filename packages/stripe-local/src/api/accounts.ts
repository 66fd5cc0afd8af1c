/**
 * Connect, the basic shape: Express accounts, account links whose url (on this server) stands in for Stripe's
 * onboarding (visiting it makes the account able to take charges and receive transfers and payouts, emitting
 * `account.updated`), and `onboardAccount` for tests that skip the page.
 */
import type { Engine, RequestRef } from '../engine.ts';
import { COUNTRY_CURRENCY } from '../currencies.ts';
import { invalidParam, resourceMissing } from '../errors.ts';
import { newId, randomBase62 } from '../ids.ts';
import { LIST_FIELDS, mergeMetadata, type Fields, type Params } from '../params.ts';
import { list } from '../list.ts';
import type { Route } from '../router.ts';
import type { Account, AccountLinkRecord } from '../types.ts';

const LINK_LIFETIME_SEC = 300;
const DUE = ['business_type', 'external_account', 'tos_acceptance.date', 'tos_acceptance.ip'];

function requirements(due: string[]) {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: due,
    disabled_reason: due.length > 0 ? 'requirements.past_due' : null,
    errors: [],
    eventually_due: due,
    past_due: due,
    pending_verification: [],
  };
}

const BUSINESS_PROFILE: Fields = {
  name: { type: 'string', max: 200 },
  url: { type: 'string', format: 'url' },
  mcc: { type: 'string' },
  product_description: { type: 'string' },
  support_email: { type: 'string', format: 'email' },
};

function capabilitiesOf(raw: Params | undefined): Record<string, 'inactive'> {
  const out: Record<string, 'inactive'> = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    const param = `capabilities[${name}]`;
    if (typeof value !== 'object' || Array.isArray(value) || value === null) throw invalidParam(param, 'Invalid hash', 'parameter_invalid_hash');
    for (const key of Object.keys(value)) {
      if (key !== 'requested') throw invalidParam(`${param}[${key}]`, `Received unknown parameter: ${param}[${key}]`, 'parameter_unknown');
    }
    if (value.requested !== 'true' && value.requested !== 'false') {
      throw invalidParam(`${param}[requested]`, `Invalid boolean: ${String(value.requested)}`);
    }
    if (value.requested === 'true') out[name] = 'inactive';
  }
  // Express accounts that receive transfers need the transfers capability; ask for it when nothing was.
  return Object.keys(out).length > 0 ? out : { transfers: 'inactive' };
}

function createAccount(engine: Engine, params: Params): Account {
  if (params.type !== 'express') {
    throw invalidParam('type', `This Stripe test double supports only type=express accounts (got ${params.type ?? 'none'}).`);
  }
  const country: string = (params.country ?? 'US').toUpperCase();
  if (!COUNTRY_CURRENCY[country]) throw invalidParam('country', `Country '${params.country}' is unknown or not supported here.`);
  const id = newId('acct');
  const account: Account = {
    id,
    object: 'account',
    business_profile: {
      annual_revenue: null,
      estimated_worker_count: null,
      mcc: null,
      name: null,
      product_description: null,
      support_address: null,
      support_email: null,
      support_phone: null,
      support_url: null,
      url: null,
      ...params.business_profile,
    },
    business_type: params.business_type ?? null,
    capabilities: capabilitiesOf(params.capabilities),
    charges_enabled: false,
    controller: {
      fees: { payer: 'application_express' },
      is_controller: true,
      losses: { payments: 'application' },
      requirement_collection: 'stripe',
      stripe_dashboard: { type: 'express' },
      type: 'application',
    },
    country,
    created: engine.nowSec(),
    default_currency: params.default_currency ?? COUNTRY_CURRENCY[country],
    details_submitted: false,
    email: params.email ?? null,
    external_accounts: { object: 'list', data: [], has_more: false, total_count: 0, url: `/v1/accounts/${id}/external_accounts` },
    future_requirements: requirements([]),
    metadata: mergeMetadata({}, params.metadata),
    payouts_enabled: false,
    requirements: requirements(DUE),
    settings: {
      dashboard: { display_name: params.business_profile?.name ?? null, timezone: 'Etc/UTC' },
      payouts: { debit_negative_balances: true, schedule: { delay_days: 2, interval: 'daily' }, statement_descriptor: null },
    },
    tos_acceptance: { date: null },
    type: 'express',
  };
  return engine.store.accounts.insert(account);
}

export function getAccount(engine: Engine, id: string, param = 'account'): Account {
  const account = engine.store.accounts.get(id);
  if (!account) throw resourceMissing('account', id, param);
  return account;
}

/** What finishing Stripe's Express onboarding does to an account; emits account.updated. Idempotent. */
export function onboardAccount(engine: Engine, id: string, request: RequestRef): Account {
  const account = getAccount(engine, id);
  if (account.details_submitted && account.charges_enabled && account.payouts_enabled) return account;
  const previous = {
    capabilities: { ...account.capabilities },
    charges_enabled: account.charges_enabled,
    details_submitted: account.details_submitted,
    payouts_enabled: account.payouts_enabled,
    requirements: account.requirements,
  };
  for (const name of Object.keys(account.capabilities)) account.capabilities[name] = 'active';
  account.charges_enabled = true;
  account.payouts_enabled = true;
  account.details_submitted = true;
  account.business_type ??= 'individual';
  account.requirements = requirements([]);
  account.tos_acceptance = { date: engine.nowSec(), ip: '127.0.0.1', user_agent: 'stripe-local' };
  account.external_accounts = {
    object: 'list',
    data: [
      {
        id: newId('ba'),
        object: 'bank_account',
        account: account.id,
        account_holder_name: null,
        account_holder_type: null,
        bank_name: 'STRIPE TEST BANK',
        country: account.country,
        currency: account.default_currency,
        default_for_currency: true,
        last4: '6789',
        metadata: {},
        status: 'new',
      },
    ],
    has_more: false,
    total_count: 1,
    url: `/v1/accounts/${account.id}/external_accounts`,
  };
  engine.emit('account.updated', account, request, previous);
  return account;
}

/** An account link's page: a used or expired link sends the user to refresh_url, as Stripe's do. */
export function visitAccountLink(engine: Engine, token: string): { account: Account | null; redirect: string | null; expired: boolean } {
  const link = engine.store.accountLinks.get(token);
  if (!link) return { account: null, redirect: null, expired: true };
  if (link.used || link.expires_at < engine.nowSec()) return { account: null, redirect: link.refresh_url, expired: true };
  link.used = true;
  const account = onboardAccount(engine, link.account, { id: null, idempotency_key: null });
  return { account, redirect: link.return_url, expired: false };
}

export const accountRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/accounts',
    fields: {
      type: { type: 'string', oneOf: ['custom', 'express', 'standard'] },
      country: { type: 'string', max: 2 },
      email: { type: 'string', format: 'email' },
      capabilities: { type: 'raw' },
      business_type: { type: 'string', oneOf: ['company', 'government_entity', 'individual', 'non_profit'] },
      business_profile: { type: 'hash', fields: BUSINESS_PROFILE },
      default_currency: { type: 'currency' },
      metadata: { type: 'metadata' },
    },
    handle: ({ engine, params }) => createAccount(engine, params),
  },
  {
    method: 'GET',
    path: '/v1/accounts/:account',
    fields: {},
    handle: ({ engine, path }) => getAccount(engine, path.account),
  },
  {
    method: 'POST',
    path: '/v1/accounts/:account',
    fields: { email: { type: 'string', format: 'email' }, metadata: { type: 'metadata' }, business_profile: { type: 'hash', fields: BUSINESS_PROFILE } },
    handle: ({ engine, path, params, request }) => {
      const account = getAccount(engine, path.account);
      const previous: Record<string, unknown> = {};
      if (params.metadata) {
        previous.metadata = account.metadata;
        account.metadata = mergeMetadata(account.metadata, params.metadata);
      }
      if (params.email) {
        previous.email = account.email;
        account.email = params.email;
      }
      if (params.business_profile) {
        previous.business_profile = account.business_profile;
        account.business_profile = { ...(account.business_profile as object), ...params.business_profile };
      }
      engine.emit('account.updated', account, request, previous);
      return account;
    },
  },
  {
    method: 'DELETE',
    path: '/v1/accounts/:account',
    fields: {},
    handle: ({ engine, path }) => {
      getAccount(engine, path.account);
      engine.store.accounts.delete(path.account);
      return { id: path.account, object: 'account', deleted: true };
    },
  },
  {
    method: 'GET',
    path: '/v1/accounts',
    fields: LIST_FIELDS,
    handle: ({ engine, params }) => list(engine.store.accounts.newestFirst(), params, '/v1/accounts', 'account'),
  },
  {
    method: 'POST',
    path: '/v1/account_links',
    fields: {
      account: { type: 'string', required: true },
      type: { type: 'string', required: true, oneOf: ['account_onboarding', 'account_update'] },
      refresh_url: { type: 'string', format: 'url' },
      return_url: { type: 'string', format: 'url' },
      collect: { type: 'string', oneOf: ['currently_due', 'eventually_due'] },
      collection_options: { type: 'raw' },
    },
    handle: ({ engine, params }) => {
      getAccount(engine, params.account, 'account');
      const created = engine.nowSec();
      const record: AccountLinkRecord = {
        id: randomBase62(32),
        account: params.account,
        type: params.type,
        refresh_url: params.refresh_url ?? null,
        return_url: params.return_url ?? null,
        expires_at: created + LINK_LIFETIME_SEC,
        used: false,
      };
      engine.store.accountLinks.insert(record);
      return { object: 'account_link', created, expires_at: record.expires_at, url: `${engine.baseUrl}/connect/onboard/${record.id}` };
    },
  },
];
