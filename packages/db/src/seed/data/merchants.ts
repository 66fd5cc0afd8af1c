/**
 * The 24 brands added to the six of the backbone demo, so that the marketplace looks like the seed material:
 * Japanese tableware (Arita, Mino, Hasami, Imari, Seto, Kutani porcelain), kitchen (Seki and Sakai knives,
 * Nambu cast iron, Tsubame steel), cosmetics and skincare, daily goods, food and tea. The names are invented.
 * Each is owned by `<slug>@demo.xuanpin.test`.
 */
export interface DemoBrand {
  slug: string;
  name: string;
  owner: string;
}

export const MARKETPLACE_BRANDS: readonly DemoBrand[] = [
  // Tableware
  { slug: 'hasami-kiln-studio', name: 'Hasami Kiln Studio 波佐見焼', owner: '中島 健二 Kenji Nakajima' },
  { slug: 'imari-blue-atelier', name: 'Imari Blue Atelier 伊万里', owner: '藤田 早苗 Sanae Fujita' },
  { slug: 'seto-tsuchi-works', name: 'Seto Tsuchi Works 瀬戸', owner: '水野 大輔 Daisuke Mizuno' },
  { slug: 'kutani-color-house', name: 'Kutani Color House 九谷', owner: '北村 彩花 Ayaka Kitamura' },
  { slug: 'tsubame-metalcraft', name: 'Tsubame Metalcraft 燕三条', owner: '五十嵐 亮 Ryo Igarashi' },
  // Kitchen
  { slug: 'seki-blade-house', name: 'Seki Blade House 関刃物', owner: '長谷川 修 Osamu Hasegawa' },
  { slug: 'sakai-forge', name: 'Sakai Hamono Forge 堺打刃物', owner: '岡田 信也 Shinya Okada' },
  { slug: 'nambu-cast-iron', name: 'Nambu Cast Iron 南部鉄器', owner: '佐々木 淳 Jun Sasaki' },
  { slug: 'morioka-iron-studio', name: 'Morioka Iron Studio 盛岡鉄工房', owner: '千葉 美穂 Miho Chiba' },
  { slug: 'hinoki-kitchen', name: 'Hinoki Kitchen 檜の台所', owner: '森 拓也 Takuya Mori' },
  // Cosmetics and skincare
  { slug: 'yuzu-botanics', name: 'Yuzu Botanics 柚子', owner: '高知 さくら Sakura Kochi' },
  { slug: 'kyoto-rice-beauty', name: 'Kyoto Rice Beauty 京米肌', owner: '西村 絵美 Emi Nishimura' },
  { slug: 'okinawa-sun-lab', name: 'Okinawa Sun Lab', owner: '比嘉 翔 Sho Higa' },
  { slug: 'tsubaki-hair-atelier', name: 'Tsubaki Hair Atelier 椿', owner: '大島 香織 Kaori Oshima' },
  { slug: 'kumano-brush-studio', name: 'Kumano Brush Studio 熊野筆', owner: '竹原 浩 Hiroshi Takehara' },
  { slug: 'hanami-mask-lab', name: 'Hanami Mask Lab 花見', owner: '桜井 舞 Mai Sakurai' },
  // Daily goods
  { slug: 'imabari-soft-towel', name: 'Imabari Soft Towel 今治', owner: '越智 恵 Megumi Ochi' },
  { slug: 'kurashi-living', name: 'Kurashi Living 暮らし道具', owner: '村上 直樹 Naoki Murakami' },
  { slug: 'hanaakari-fragrance', name: 'Hanaakari Fragrance 花灯り', owner: '白石 由香 Yuka Shiraishi' },
  { slug: 'musubi-furoshiki', name: 'Musubi Furoshiki 結び', owner: '松田 千尋 Chihiro Matsuda' },
  // Food and tea
  { slug: 'uji-matcha-house', name: 'Uji Matcha House 宇治抹茶', owner: '上林 孝 Takashi Kanbayashi' },
  { slug: 'hokkaido-milk-sweets', name: 'Hokkaido Milk Sweets 北海道', owner: '石川 陽菜 Hina Ishikawa' },
  { slug: 'kyoto-dashi-kitchen', name: 'Kyoto Dashi Kitchen 京だし', owner: '吉田 康平 Kohei Yoshida' },
  { slug: 'shizuoka-tea-garden', name: 'Shizuoka Tea Garden 静岡茶園', owner: '望月 悠 Yu Mochizuki' },
];
