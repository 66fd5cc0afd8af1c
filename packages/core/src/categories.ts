/**
 * The fixed category tree, fit for Xiaohongshu's verticals. Codes are stable API values (`parent` or
 * `parent.child`); names are shown in the three UI languages. Changing a code is a breaking API change.
 */
export interface Category {
  code: string;
  en: string;
  ja: string;
  zh: string;
  children?: Omit<Category, 'children'>[];
}

export const CATEGORY_TREE: readonly Category[] = [
  { code: 'beauty', en: 'Beauty', ja: 'ビューティー', zh: '美妆', children: [
    { code: 'beauty.makeup', en: 'Makeup', ja: 'メイクアップ', zh: '彩妆' },
    { code: 'beauty.fragrance', en: 'Fragrance', ja: 'フレグランス', zh: '香水' },
    { code: 'beauty.tools', en: 'Beauty tools', ja: '美容ツール', zh: '美妆工具' },
  ] },
  { code: 'skincare', en: 'Skincare', ja: 'スキンケア', zh: '护肤', children: [
    { code: 'skincare.cleansing', en: 'Cleansing', ja: 'クレンジング', zh: '洁面' },
    { code: 'skincare.serum', en: 'Serums & essences', ja: '美容液', zh: '精华' },
    { code: 'skincare.suncare', en: 'Sun care', ja: '日焼け止め', zh: '防晒' },
    { code: 'skincare.masks', en: 'Masks', ja: 'フェイスマスク', zh: '面膜' },
  ] },
  { code: 'fashion', en: 'Fashion', ja: 'ファッション', zh: '服饰', children: [
    { code: 'fashion.women', en: 'Womenswear', ja: 'レディース', zh: '女装' },
    { code: 'fashion.men', en: 'Menswear', ja: 'メンズ', zh: '男装' },
    { code: 'fashion.shoes', en: 'Shoes', ja: 'シューズ', zh: '鞋靴' },
  ] },
  { code: 'bags', en: 'Bags & accessories', ja: 'バッグ・小物', zh: '箱包配饰', children: [
    { code: 'bags.handbags', en: 'Handbags', ja: 'ハンドバッグ', zh: '手袋' },
    { code: 'bags.accessories', en: 'Accessories', ja: 'アクセサリー小物', zh: '配饰' },
  ] },
  { code: 'jewellery', en: 'Jewellery', ja: 'ジュエリー', zh: '珠宝首饰' },
  { code: 'home', en: 'Home', ja: 'ホーム・インテリア', zh: '家居', children: [
    { code: 'home.decor', en: 'Decor', ja: 'インテリア雑貨', zh: '家居装饰' },
    { code: 'home.textiles', en: 'Textiles', ja: 'ファブリック', zh: '家纺' },
    { code: 'home.daily', en: 'Daily goods', ja: '日用品', zh: '日用百货' },
  ] },
  { code: 'kitchen', en: 'Kitchen & tableware', ja: 'キッチン・食器', zh: '厨房餐具', children: [
    { code: 'kitchen.tableware', en: 'Tableware', ja: '食器', zh: '餐具' },
    { code: 'kitchen.cookware', en: 'Cookware', ja: '調理器具', zh: '锅具' },
    { code: 'kitchen.knives', en: 'Knives', ja: '包丁', zh: '刀具' },
    { code: 'kitchen.drinkware', en: 'Drinkware & tea', ja: '茶器・グラス', zh: '茶具杯具' },
  ] },
  { code: 'food', en: 'Food & drink', ja: '食品・飲料', zh: '食品饮料', children: [
    { code: 'food.snacks', en: 'Snacks', ja: 'お菓子', zh: '零食' },
    { code: 'food.tea', en: 'Tea & coffee', ja: 'お茶・コーヒー', zh: '茶咖' },
    { code: 'food.pantry', en: 'Pantry', ja: '調味料・食材', zh: '粮油调味' },
  ] },
  { code: 'baby', en: 'Baby & kids', ja: 'ベビー・キッズ', zh: '母婴' },
  { code: 'health', en: 'Health', ja: 'ヘルスケア', zh: '健康', children: [
    { code: 'health.supplements', en: 'Supplements', ja: 'サプリメント', zh: '保健品' },
    { code: 'health.personal', en: 'Personal care', ja: 'パーソナルケア', zh: '个护' },
  ] },
  { code: 'electronics', en: 'Electronics', ja: '家電・デジタル', zh: '数码家电' },
  { code: 'travel', en: 'Travel', ja: 'トラベル', zh: '旅行' },
  { code: 'pets', en: 'Pets', ja: 'ペット', zh: '宠物' },
];

export const CATEGORY_CODES: readonly string[] = CATEGORY_TREE.flatMap((c) => [c.code, ...(c.children ?? []).map((k) => k.code)]);

export function isCategory(code: string): boolean {
  return CATEGORY_CODES.includes(code);
}

/** True when `code` is `parent` itself or one of its children. */
export function inCategory(code: string, parent: string): boolean {
  return code === parent || code.startsWith(`${parent}.`);
}
