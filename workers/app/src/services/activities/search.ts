import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** `column LIKE '%q%'`, case-insensitive for ASCII, with the user's `%`, `_` and `\` taken literally. */
export function containsText(column: SQLWrapper, q: string): SQL {
  const pattern = `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/** A single category code column is `code` or one of its children. */
export function inCategorySql(column: SQLWrapper, code: string): SQL {
  return sql`(${column} = ${code} OR substr(${column}, 1, ${code.length + 1}) = ${`${code}.`})`;
}

/**
 * A JSON array of category codes overlaps `code`: it holds `code`, one of its children, or its parent (an
 * activity for `kitchen` takes `kitchen.tableware` products).
 */
export function categoriesOverlapSql(jsonColumn: SQLWrapper, code: string): SQL {
  const parent = code.split('.')[0];
  return sql`EXISTS (SELECT 1 FROM json_each(${jsonColumn}) AS c WHERE c.value = ${parent} OR ${inCategorySql(sql`c.value`, code)})`;
}
