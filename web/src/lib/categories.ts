import { CATEGORY_TREE, type Category } from '@xuanpin/core/categories';
import type { Locale } from '../i18n';

type Named = Omit<Category, 'children'>;

const BY_CODE = new Map<string, { self: Named; parent?: Named }>();
for (const parent of CATEGORY_TREE) {
  BY_CODE.set(parent.code, { self: parent });
  for (const child of parent.children ?? []) BY_CODE.set(child.code, { self: child, parent });
}

/** A category's own name in the reader's language (the tree carries en, ja and zh names). */
export function categoryName(code: string, locale: Locale): string {
  const entry = BY_CODE.get(code);
  if (!entry) return code;
  return locale === 'ja' ? entry.self.ja : locale === 'zh-CN' ? entry.self.zh : entry.self.en;
}

/** "Kitchen & tableware › Tableware": the name with its parent, for lists where a child alone is ambiguous. */
export function categoryPath(code: string, locale: Locale): string {
  const entry = BY_CODE.get(code);
  if (!entry?.parent) return categoryName(code, locale);
  return `${categoryName(entry.parent.code, locale)} › ${categoryName(code, locale)}`;
}

export { CATEGORY_TREE };
