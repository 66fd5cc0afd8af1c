/**
 * Helpers for the supply-side e2e flow: screenshots, sign-up of each kind of organization, and the product CSV
 * the merchant imports (good rows and rows each broken in one known way).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './harness';

/**
 * A screenshot, checked to be written and not blank. For the whole page the viewport is grown to the page's
 * height first, so the sidebar and sticky bars look as a reader sees them rather than cut at the first screenful.
 */
export async function shot(page: Page, name: string, { fullPage = true } = {}) {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  const viewport = page.viewportSize()!;
  // Toasts fade by themselves; one caught mid-animation only blurs the picture.
  await page.waitForTimeout(150);
  if (fullPage) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.min(height, 6000) });
  }
  await page.screenshot({ path: file });
  await page.setViewportSize(viewport);
  expect(statSync(file).size, file).toBeGreaterThan(15_000);
}

/** True when nothing on the page is wider than the screen (no sideways scrolling). */
export async function fitsWidth(page: Page): Promise<boolean> {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  return scroll <= width;
}

export interface Account {
  name: string;
  email: string;
  password: string;
  org: string;
  kind: 'Merchant' | 'Selection provider' | 'Creator';
}

export function account(kind: Account['kind'], name: string, org: string): Account {
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '.');
  return { name, email: `${slug}+${Date.now()}@example.test`, password: 'correct horse battery', org, kind };
}

/** Signs a new account up through the page, founding its organization of the given kind; ends on the overview. */
export async function signUp(page: Page, a: Account) {
  await page.goto('/sign-up');
  await page.getByRole('heading', { name: 'Create your account' }).waitFor();
  await page.getByLabel('Your name').fill(a.name);
  await page.getByLabel('Work email').fill(a.email);
  await page.getByLabel('Password').fill(a.password);
  await page.getByLabel('Organization name').fill(a.org);
  await page.getByRole('radio', { name: new RegExp(a.kind) }).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', { name: `Welcome, ${a.name}` }).waitFor();
}

/** Opens a page from the sidebar (the drawer on a phone). */
export async function nav(page: Page, label: string) {
  const menu = page.getByRole('button', { name: 'Open menu' });
  if (await menu.isVisible()) await menu.click();
  await page.locator('#sidebar nav').getByRole('link', { name: label, exact: true }).click();
}

const COLUMNS = [
  'sku_code', 'product_title', 'sku_name', 'price', 'currency', 'stock', 'category', 'status', 'description',
  'image_urls', 'product_url', 'default_creator_rate_bps', 'sample_policy', 'sample_quantity',
] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

/** Eight products of twenty SKUs in all, priced in CNY and JPY, active, with free samples. */
const PRODUCTS: { title: string; category: string; currency: string; skus: [string, string, string][] }[] = [
  { title: 'Kutani plate', category: 'kitchen.tableware', currency: 'CNY', skus: [['KP-S', 'Small', '128.00'], ['KP-M', 'Medium', '168.00'], ['KP-L', 'Large', '228.00']] },
  { title: 'Arita tea cup', category: 'kitchen.drinkware', currency: 'JPY', skus: [['AT-1', 'Indigo', '1980'], ['AT-2', 'Celadon', '2480']] },
  { title: 'Seki chef knife', category: 'kitchen.knives', currency: 'JPY', skus: [['SK-21', '21 cm', '12800'], ['SK-24', '24 cm', '15800']] },
  { title: 'Hinoki cutting board', category: 'kitchen.cookware', currency: 'CNY', skus: [['HB-S', 'Small', '198.00'], ['HB-L', 'Large', '268.00']] },
  { title: 'Mino rice bowl', category: 'kitchen.tableware', currency: 'CNY', skus: [['MB-1', 'White', '58.00'], ['MB-2', 'Ash', '58.00'], ['MB-3', 'Rust', '64.00']] },
  { title: 'Nambu iron kettle', category: 'kitchen.cookware', currency: 'JPY', skus: [['NK-1', '0.6 L', '16500'], ['NK-2', '1.2 L', '22000']] },
  { title: 'Yuzu hand cream', category: 'health.personal', currency: 'CNY', skus: [['YH-1', '30 g', '79.00'], ['YH-2', '75 g', '139.00']] },
  { title: 'Bamboo chopsticks', category: 'kitchen.tableware', currency: 'CNY', skus: [['BC-1', 'Natural', '39.00'], ['BC-2', 'Black', '39.00'], ['BC-3', 'Red', '42.00'], ['BC-4', 'Gift set', '118.00']] },
];

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The file: 20 good rows, and three bad ones placed among them — a negative price, an unknown currency and an
 * unknown category — whose line numbers (the header is line 1) the report must give back.
 */
export function productsCsv() {
  const good: Row[] = PRODUCTS.flatMap((p) =>
    p.skus.map(([code, name, price]) => ({
      sku_code: code,
      product_title: p.title,
      sku_name: name,
      price,
      currency: p.currency,
      stock: '20',
      category: p.category,
      status: 'active',
      description: `${p.title}, made in Japan.`,
      image_urls: '',
      product_url: '',
      default_creator_rate_bps: '1500',
      sample_policy: 'free',
      sample_quantity: '5',
    })),
  );
  const bad = (over: Partial<Row>): Row => ({ ...good[0], description: '', ...over });
  const rows = [...good];
  rows.splice(4, 0, bad({ sku_code: 'BAD-1', product_title: 'Broken price plate', price: '-5.00' }));
  rows.splice(12, 0, bad({ sku_code: 'BAD-2', product_title: 'Odd currency cup', currency: 'XYZ' }));
  rows.splice(20, 0, bad({ sku_code: 'BAD-3', product_title: 'Space spoon', category: 'kitchen.spaceships' }));
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))];
  const lineOf = (code: string) => rows.findIndex((r) => r.sku_code === code) + 2;
  return {
    csv: `${lines.join('\r\n')}\r\n`,
    good: good.length,
    rejected: [
      { line: lineOf('BAD-1'), field: 'price' },
      { line: lineOf('BAD-2'), field: 'currency' },
      { line: lineOf('BAD-3'), field: 'category' },
    ],
  };
}
