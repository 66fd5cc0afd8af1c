import type { Currency } from '@xuanpin/core';
import type { ProductStatus, SamplePolicy } from '../../schema';

/**
 * The demo catalog: 66 products, 116 SKUs across the 30 brands. Prices are integer minor units as stored:
 * CNY in fen (19800 = ¥198.00), JPY in yen (3850 = ¥3,850). `sampleQuantity` is the number of sample units the
 * merchant sets aside before any request; the seeded sample requests take theirs from it (see samples.ts).
 * A product is found again by its code (`ARITA-PLATE`): its SKUs' codes are `<product code>-<suffix>`, and the
 * merchant's SKU code is the natural key the CSV import uses too.
 */
export interface DemoSku {
  suffix: string;
  name: string;
  price: number;
  stock: number;
}

export interface DemoProduct {
  code: string;
  title: string;
  description: string;
  category: string;
  currency: Currency;
  status: ProductStatus;
  defaultCreatorRateBps: number;
  samplePolicy: SamplePolicy;
  sampleQuantity: number;
  skus: DemoSku[];
}

type SkuRow = [suffix: string, name: string, price: number, stock: number];

function product(
  code: string,
  title: string,
  description: string,
  category: string,
  currency: Currency,
  terms: { rate: number; samples: SamplePolicy; units?: number; status?: ProductStatus },
  skus: SkuRow[],
): DemoProduct {
  return {
    code,
    title,
    description,
    category,
    currency,
    status: terms.status ?? 'active',
    defaultCreatorRateBps: terms.rate,
    samplePolicy: terms.samples,
    sampleQuantity: terms.samples === 'none' ? 0 : (terms.units ?? 0),
    skus: skus.map(([suffix, name, price, stock]) => ({ suffix, name, price, stock })),
  };
}

/** Products by brand slug, in the order the brands are listed. */
export const DEMO_CATALOG: Readonly<Record<string, readonly DemoProduct[]>> = {
  'arita-porcelain-lab': [
    product('ARITA-PLATE', '有田烧 染付唐草 平盘 Arita Karakusa Plate', '佐贺县有田町手绘青花唐草纹，可微波、可洗碗机。', 'kitchen.tableware', 'JPY', { rate: 2000, samples: 'free', units: 20 }, [
      ['16', '16cm 取り皿', 2420, 180],
      ['21', '21cm 中皿', 3850, 120],
      ['27', '27cm 大皿', 6600, 40],
    ]),
    product('ARITA-CUP', '有田烧 白瓷对杯 Hakuji Pair Cups', '薄胎白瓷，透光细腻，礼盒装两只。', 'kitchen.drinkware', 'CNY', { rate: 1800, samples: 'refundable', units: 10 }, [
      ['WHITE', '白瓷 一对', 26800, 60],
      ['GOLD', '金彩 一对', 35800, 25],
    ]),
    product('ARITA-RICE', '有田烧 饭碗 Rice Bowl', '日常饭碗，手感轻盈。（新品准备中）', 'kitchen.tableware', 'JPY', { rate: 1500, samples: 'none', status: 'draft' }, [
      ['S', '小 11cm', 1980, 0],
      ['M', '中 12.5cm', 2200, 75],
    ]),
  ],
  'kyoto-knife-works': [
    product('KKW-GYUTO', '京都三层钢 牛刀 Gyuto', '三层复合钢，刃口锋利持久，附桐木盒。', 'kitchen.knives', 'CNY', { rate: 1500, samples: 'refundable', units: 5 }, [
      ['210', '210mm', 128000, 30],
      ['240', '240mm', 158000, 12],
    ]),
    product('KKW-SANTOKU', '三德刀 黑打 Santoku Kurouchi', '黑打锻造纹理，家用万能刀。', 'kitchen.knives', 'JPY', { rate: 1500, samples: 'refundable', units: 5 }, [
      ['170', '170mm 黒打', 16500, 25],
      ['165DM', '165mm ダマスカス', 28600, 8],
    ]),
    product('KKW-STONE', '双面磨刀石 #1000/#6000 Whetstone', '粗细两用，附防滑底座。', 'kitchen.cookware', 'JPY', { rate: 1200, samples: 'none' }, [['1000-6000', '#1000/#6000', 6380, 50]]),
  ],
  'hoshino-cosmetics': [
    product('HSN-TINT', '星野 水光唇釉 Lip Tint', '水润镜面质地，不易沾杯。', 'beauty.makeup', 'CNY', { rate: 2500, samples: 'free', units: 80 }, [
      ['01', '01 珊瑚', 13900, 400],
      ['02', '02 玫瑰', 13900, 350],
      ['03', '03 枫叶', 13900, 220],
      ['04', '04 裸杏', 13900, 0],
    ]),
    product('HSN-CUSHION', '星野 轻薄气垫 Cushion Foundation', 'SPF35 PA+++，自然光泽肌。', 'beauty.makeup', 'CNY', { rate: 2200, samples: 'free', units: 40 }, [
      ['LIGHT', '亮肤色', 19800, 300],
      ['NATURAL', '自然色', 19800, 280],
    ]),
    product('HSN-PALETTE', '星野 四色眼影盘 Eye Palette', '日系低饱和配色，哑光+珠光。', 'beauty.makeup', 'JPY', { rate: 2000, samples: 'free', units: 30 }, [
      ['SAKURA', 'さくら', 4180, 150],
      ['MOMIJI', 'もみじ', 4180, 120],
    ]),
  ],
  'daily-nest-tokyo': [
    product('DNT-BOTTLE', '超轻保温杯 350ml Thermo Bottle', '仅 150g，保温 6 小时，可拆洗杯盖。', 'home.daily', 'JPY', { rate: 1500, samples: 'free', units: 15 }, [
      ['WHITE', 'ホワイト', 3300, 200],
      ['SAGE', 'セージ', 3300, 160],
      ['NAVY', 'ネイビー', 3300, 90],
    ]),
    product('DNT-STORAGE', '密封保鲜盒 三件套 Storage Set', '可冷冻、可微波，叠放收纳。', 'home.daily', 'CNY', { rate: 1500, samples: 'none' }, [['SET3', '3 件套', 8900, 500]]),
    product('DNT-SPONGE', '木浆棉厨房海绵 5 片 Cellulose Sponge', '可降解木浆纤维，速干不易发臭。', 'home.daily', 'CNY', { rate: 2000, samples: 'free', units: 50 }, [['5P', '5 片装', 2990, 1200]]),
  ],
  'mino-ceramics': [
    product('MINO-MUG', '美浓烧 粉引马克杯 Kohiki Mug', '岐阜县美浓烧，温润粉引釉，320ml。', 'kitchen.drinkware', 'CNY', { rate: 2000, samples: 'free', units: 20 }, [
      ['IVORY', '象牙白', 12800, 150],
      ['INDIGO', '藏青', 12800, 140],
      ['SMOKE', '烟灰', 12800, 60],
    ]),
    product('MINO-DONBURI', '美浓烧 织部 丼碗 Oribe Donburi', '织部绿釉，拉面盖饭都合适。', 'kitchen.tableware', 'JPY', { rate: 1800, samples: 'refundable', units: 10 }, [
      ['15', '15cm', 2750, 90],
      ['18', '18cm', 3520, 70],
    ]),
    product('MINO-DONABE', '伊贺风 土锅 2-3 人 Donabe', '蓄热慢炖，可直火，砂锅饭神器。', 'kitchen.cookware', 'CNY', { rate: 1500, samples: 'refundable', units: 4 }, [['8GO', '8 号 2-3 人用', 39800, 30]]),
  ],
  'shiseikan-skincare': [
    product('SSK-LOTION', '紫星馆 保湿化妆水 150ml Lotion', '神经酰胺 + 米发酵液，敏感肌可用。', 'skincare', 'CNY', { rate: 3000, samples: 'free', units: 60 }, [
      ['MOIST', '滋润型', 26800, 500],
      ['FRESH', '清爽型', 26800, 420],
    ]),
    product('SSK-SERUM', '紫星馆 修护精华 Repair Serum', '积雪草 + 烟酰胺，稳定屏障。', 'skincare.serum', 'CNY', { rate: 3000, samples: 'free', units: 40 }, [
      ['30ML', '30ml', 45900, 320],
      ['50ML', '50ml', 68900, 140],
    ]),
    product('SSK-CLEANSE', '紫星馆 氨基酸洁面 Cleansing Foam', '弱酸性绵密泡沫，洗后不紧绷。', 'skincare.cleansing', 'JPY', { rate: 2500, samples: 'free', units: 40 }, [['120G', '120g', 2420, 600]]),
  ],
  'hasami-kiln-studio': [
    product('HSM-PLATE', '波佐见烧 宽边餐盘 Hasami Rim Plate', '长崎县波佐见町，叠放不占地，北欧风百搭。', 'kitchen.tableware', 'JPY', { rate: 2000, samples: 'free', units: 20 }, [
      ['WHITE-19', 'ホワイト 19cm', 2200, 240],
      ['GRAY-19', 'グレー 19cm', 2200, 210],
      ['WHITE-24', 'ホワイト 24cm', 3080, 130],
      ['GRAY-24', 'グレー 24cm', 3080, 120],
    ]),
    product('HSM-MUG', '波佐见烧 叠叠杯 Stacking Mug', '可叠放收纳，早餐咖啡杯。', 'kitchen.drinkware', 'CNY', { rate: 2000, samples: 'free', units: 20 }, [
      ['BLUE', '雾蓝', 9900, 300],
      ['PINK', '樱粉', 9900, 260],
    ]),
  ],
  'imari-blue-atelier': [
    product('IMR-SOBA', '伊万里烧 染付 荞麦猪口 五客 Soba Choko', '五种古典纹样，可作茶杯、小钵。', 'kitchen.tableware', 'JPY', { rate: 1800, samples: 'refundable', units: 6 }, [['SET5', '5 客セット', 11000, 35]]),
    product('IMR-TEAPOT', '伊万里烧 侧把急须 Kyusu Teapot', '内置陶瓷滤网，300ml。', 'kitchen.drinkware', 'CNY', { rate: 1800, samples: 'refundable', units: 4 }, [['300ML', '300ml', 56800, 20]]),
  ],
  'seto-tsuchi-works': [
    product('SETO-BOWL', '濑户烧 沙拉碗 Salad Bowl', '厚实耐用，日常沙拉与汤面。', 'kitchen.tableware', 'CNY', { rate: 2000, samples: 'free', units: 15 }, [
      ['S', '小 14cm', 7900, 200],
      ['L', '大 20cm', 11900, 160],
    ]),
    product('SETO-VASE', '濑户烧 一轮插 Bud Vase', '一枝花的小花器，玄关与书桌。', 'home.decor', 'JPY', { rate: 1500, samples: 'none' }, [
      ['SHIRO', '白', 2970, 50],
      ['KURO', '黒', 2970, 45],
    ]),
  ],
  'kutani-color-house': [
    product('KTN-SAKE', '九谷烧 酒杯 Guinomi', '石川县九谷五彩，手绘金彩。', 'kitchen.drinkware', 'JPY', { rate: 1500, samples: 'refundable', units: 5 }, [
      ['GOLD', '金彩', 6600, 40],
      ['RED', '赤絵', 5500, 45],
    ]),
    product('KTN-MAMEZARA', '九谷烧 豆皿五枚 Mamezara Set', '五色小碟，蘸料与点心。', 'kitchen.tableware', 'CNY', { rate: 1800, samples: 'refundable', units: 5 }, [['SET5', '5 枚组', 33800, 60]]),
  ],
  'tsubame-metalcraft': [
    product('TBM-CUTLERY', '燕三条 不锈钢餐具四件套 Cutlery Set', '新潟燕三条研磨工艺，哑光质感。', 'kitchen.tableware', 'CNY', { rate: 2000, samples: 'free', units: 20 }, [
      ['MATTE', '哑光银', 18900, 220],
      ['GOLD', '香槟金', 25900, 100],
    ]),
    product('TBM-POT', '燕三条 不锈钢单柄锅 Saucepan', '三层钢底，电磁炉可用。', 'kitchen.cookware', 'JPY', { rate: 1500, samples: 'refundable', units: 5 }, [
      ['16', '16cm', 7480, 60],
      ['18', '18cm', 8580, 45],
    ]),
  ],
  'seki-blade-house': [
    product('SEKI-GYUTO', '关 VG10 大马士革 牛刀 Damascus Gyuto', '岐阜县关市，33 层大马士革钢。', 'kitchen.knives', 'JPY', { rate: 1500, samples: 'refundable', units: 3 }, [
      ['210', '210mm', 19800, 28],
      ['240', '240mm', 23100, 14],
    ]),
    product('SEKI-PETTY', '关 小刀 135mm Petty Knife', '水果与小食材，厨房第二把刀。', 'kitchen.knives', 'CNY', { rate: 1800, samples: 'refundable', units: 5 }, [['135', '135mm', 39900, 60]]),
    product('SEKI-SCISSORS', '关 可拆洗厨房剪 Kitchen Scissors', '分体可拆，带开瓶器。', 'kitchen.cookware', 'CNY', { rate: 2000, samples: 'free', units: 20 }, [['STD', '标准款', 12900, 300]]),
  ],
  'sakai-forge': [
    product('SAKAI-YANAGI', '堺 本烧 柳刃 Honyaki Yanagiba', '大阪堺市传统本烧，刺身专用。', 'kitchen.knives', 'JPY', { rate: 1200, samples: 'none' }, [
      ['270', '270mm', 48400, 5],
      ['300', '300mm', 59400, 3],
    ]),
    product('SAKAI-NAKIRI', '堺 菜切刀 165mm Nakiri', '切菜利器，白钢二号。', 'kitchen.knives', 'CNY', { rate: 1500, samples: 'refundable', units: 3 }, [['165', '165mm', 89900, 22]]),
  ],
  'nambu-cast-iron': [
    product('NMB-KETTLE', '南部铁器 铁壶 Tetsubin Kettle', '岩手县传统铸铁壶，煮水口感柔和。', 'kitchen.drinkware', 'JPY', { rate: 1500, samples: 'refundable', units: 3 }, [
      ['09L', '0.9L', 18700, 25],
      ['12L', '1.2L', 24200, 15],
    ]),
    product('NMB-TEAPOT', '南部铁器 铁急须 Cast Iron Teapot', '内施珐琅，可泡茶不生锈。', 'kitchen.drinkware', 'CNY', { rate: 1500, samples: 'refundable', units: 3 }, [
      ['BLACK', '霰纹 黑', 45900, 40],
      ['RUST', '锈红', 45900, 35],
    ]),
  ],
  'morioka-iron-studio': [
    product('MRK-SKILLET', '盛冈 铸铁平底锅 Skillet', '一体铸造，露营与早餐。', 'kitchen.cookware', 'CNY', { rate: 2000, samples: 'free', units: 10 }, [
      ['16', '16cm', 16900, 150],
      ['20', '20cm', 21900, 110],
    ]),
    product('MRK-GRILL', '盛冈 铸铁烤盘 Grill Pan', '条纹烤痕，牛排与蔬菜。', 'kitchen.cookware', 'JPY', { rate: 1500, samples: 'refundable', units: 5 }, [['24', '24cm', 8800, 60]]),
  ],
  'hinoki-kitchen': [
    product('HNK-BOARD', '桧木 砧板 Hinoki Cutting Board', '天然桧木抑菌清香，护刀刃。', 'kitchen.cookware', 'JPY', { rate: 1800, samples: 'free', units: 10 }, [
      ['M', 'M 36×21cm', 4400, 80],
      ['L', 'L 42×24cm', 6050, 50],
    ]),
    product('HNK-CHOPSTICKS', '天然木 筷子 五双 Chopsticks', '漆面防滑，洗碗机不可。', 'kitchen.tableware', 'CNY', { rate: 2000, samples: 'free', units: 30 }, [['SET5', '5 双装', 6900, 400]]),
  ],
  'yuzu-botanics': [
    product('YZB-OIL', '柚子籽 美容油 Yuzu Face Oil', '高知县柚子籽冷榨，一滴润泽。', 'skincare.serum', 'CNY', { rate: 3000, samples: 'free', units: 40 }, [['30ML', '30ml', 23900, 260]]),
    product('YZB-CREAM', '柚子 护手霜 Hand Cream', '清新柚子香，快速吸收。', 'health.personal', 'CNY', { rate: 2500, samples: 'free', units: 60 }, [
      ['50G', '50g', 7900, 600],
      ['SET3', '3 支礼盒', 19900, 200],
    ]),
  ],
  'kyoto-rice-beauty': [
    product('KRB-WASH', '京米肌 米糠洁颜粉 Rice Powder Wash', '酵素洁颜粉，去角质不刺激。', 'skincare.cleansing', 'CNY', { rate: 2500, samples: 'free', units: 50 }, [['70G', '70g', 12900, 380]]),
    product('KRB-MASK', '京米肌 米发酵面膜 Sheet Mask', '米发酵液精华，提亮保湿。', 'skincare.masks', 'CNY', { rate: 3000, samples: 'free', units: 60 }, [
      ['7P', '7 片', 14900, 500],
      ['28P', '28 片', 49900, 120],
    ]),
  ],
  'okinawa-sun-lab': [
    product('OSL-SPF', '冲绳海洋 防晒乳 SPF50+ Sunscreen', '海洋友好配方，防水防汗。', 'skincare.suncare', 'CNY', { rate: 3000, samples: 'free', units: 80 }, [
      ['50G', '清透型 50g', 13900, 700],
      ['TONEUP', '素颜提亮型 50g', 15900, 450],
    ]),
    product('OSL-STICK', '冲绳海洋 防晒棒 UV Stick', '随身补涂，不搓泥。', 'skincare.suncare', 'JPY', { rate: 2500, samples: 'free', units: 40 }, [['15G', '15g', 1980, 300]]),
  ],
  'tsubaki-hair-atelier': [
    product('TSB-OIL', '椿 护发精油 Camellia Hair Oil', '五岛列岛山茶花油，柔顺不油腻。', 'health.personal', 'CNY', { rate: 2500, samples: 'free', units: 40 }, [
      ['60ML', '60ml', 16900, 340],
      ['100ML', '100ml', 23900, 180],
    ]),
    product('TSB-COMB', '萨摩黄杨木梳 Tsuge Comb', '手工打磨，梳齿圆润。', 'beauty.tools', 'JPY', { rate: 2000, samples: 'refundable', units: 10 }, [['STD', '標準', 5500, 70]]),
  ],
  'kumano-brush-studio': [
    product('KMN-BRUSH', '熊野笔 化妆刷 Makeup Brush', '广岛县熊野町灰鼠毛，细腻服帖。', 'beauty.tools', 'CNY', { rate: 2000, samples: 'refundable', units: 10 }, [
      ['POWDER', '散粉刷', 32900, 90],
      ['CHEEK', '腮红刷', 26900, 110],
    ]),
    product('KMN-SET', '熊野笔 五支套刷 Brush Set', '附皮质收纳包。', 'beauty.tools', 'JPY', { rate: 2000, samples: 'refundable', units: 5 }, [['SET5', '5 本セット', 16500, 30]]),
  ],
  'hanami-mask-lab': [
    product('HNM-MASK', '花见 樱花保湿面膜 Sakura Sheet Mask', '樱花叶提取物，急救补水。', 'skincare.masks', 'CNY', { rate: 3500, samples: 'free', units: 80 }, [
      ['5P', '5 片', 8900, 800],
      ['10P', '10 片', 15900, 300],
    ]),
  ],
  'imabari-soft-towel': [
    product('IMB-FACE', '今治 纯棉洗脸巾 Face Towel', '爱媛县今治认证，5 秒吸水。', 'home.textiles', 'JPY', { rate: 2000, samples: 'free', units: 20 }, [
      ['WHITE', 'ホワイト', 1650, 500],
      ['BEIGE', 'ベージュ', 1650, 420],
      ['GRAY', 'グレー', 1650, 380],
    ]),
    product('IMB-BATH', '今治 浴巾 Bath Towel', '无捻纱，蓬松柔软。', 'home.textiles', 'CNY', { rate: 2000, samples: 'free', units: 10 }, [['WHITE', '白色 60×120cm', 21900, 160]]),
  ],
  'kurashi-living': [
    product('KRS-BROOM', '棕榈 手工扫帚 Shuro Broom', '和歌山棕榈，静电不起灰。', 'home.daily', 'JPY', { rate: 1500, samples: 'none' }, [['S', '小', 4950, 30]]),
    product('KRS-CANISTER', '手工茶筒 Tea Canister', '京都手工铜/黄铜茶筒，越用越有光泽。', 'home.daily', 'CNY', { rate: 1800, samples: 'free', units: 10 }, [
      ['COPPER', '铜', 32900, 45],
      ['BRASS', '黄铜', 32900, 40],
    ]),
  ],
  'hanaakari-fragrance': [
    product('HNA-EDP', '花灯 樱花淡香精 Eau de Parfum', '初樱与白麝香，温柔肤感香。', 'beauty.fragrance', 'CNY', { rate: 2500, samples: 'free', units: 30 }, [
      ['30ML', '30ml', 39900, 200],
      ['50ML', '50ml', 59900, 90],
    ]),
    product('HNA-INCENSE', '花灯 白檀线香 Sandalwood Incense', '淡路岛制香，40 支。', 'home.decor', 'JPY', { rate: 2000, samples: 'free', units: 30 }, [['40P', '40 本', 1320, 400]]),
  ],
  'musubi-furoshiki': [
    product('MSB-FUROSHIKI', '结 风吕敷 Furoshiki Wrap', '一块布的包装与收纳，70cm。', 'bags.accessories', 'JPY', { rate: 2000, samples: 'free', units: 20 }, [
      ['SAKURA', '桜', 3300, 150],
      ['SEIGAIHA', '青海波', 3300, 140],
    ]),
    product('MSB-TOTE', '结 帆布托特包 Canvas Tote', '仓敷帆布，A4 可放。', 'bags.handbags', 'CNY', { rate: 1800, samples: 'refundable', units: 5 }, [['NATURAL', '原色', 25900, 70]]),
  ],
  'uji-matcha-house': [
    product('UJI-MATCHA', '宇治 石臼抹茶 Stone-ground Matcha', '京都宇治一番茶，点茶与拿铁。', 'food.tea', 'CNY', { rate: 2500, samples: 'free', units: 50 }, [
      ['30G', '30g 罐', 12800, 600],
      ['100G', '100g 袋', 36800, 200],
    ]),
    product('UJI-SET', '抹茶道具套装 Matcha Tool Set', '茶筅、茶杓、抹茶碗三件。', 'kitchen.drinkware', 'JPY', { rate: 1800, samples: 'refundable', units: 5 }, [['SET', '3 点セット', 8800, 40]]),
  ],
  'hokkaido-milk-sweets': [
    product('HKD-COOKIE', '北海道牛乳 猫舌饼干 Langue de Chat', '北海道牛乳白巧克力夹心。', 'food.snacks', 'CNY', { rate: 2000, samples: 'free', units: 100 }, [
      ['12P', '12 枚', 8900, 900],
      ['24P', '24 枚', 15900, 500],
    ]),
    product('HKD-PUDDING', '北海道 牛乳布丁 Milk Pudding', '冷藏配送，暂停销售中。', 'food.snacks', 'JPY', { rate: 1500, samples: 'none', status: 'paused' }, [['6P', '6 個入', 2592, 0]]),
  ],
  'kyoto-dashi-kitchen': [
    product('KDK-DASHI', '京都 高汤包 Dashi Pack', '昆布鲣鱼混合，煮 5 分钟即可。', 'food.pantry', 'CNY', { rate: 2000, samples: 'free', units: 60 }, [
      ['10P', '10 包', 6900, 700],
      ['30P', '30 包', 17900, 300],
    ]),
    product('KDK-SHOYU', '两年熟成 酱油 Aged Shoyu', '木桶酿造，300ml。', 'food.pantry', 'JPY', { rate: 1500, samples: 'none' }, [['300ML', '300ml', 1080, 400]]),
  ],
  'shizuoka-tea-garden': [
    product('SZK-SENCHA', '静冈 深蒸煎茶 Fukamushi Sencha', '牧之原台地，浓郁回甘。', 'food.tea', 'CNY', { rate: 2000, samples: 'free', units: 50 }, [
      ['100G', '100g', 9800, 500],
      ['GIFT', '礼盒 2 罐', 26800, 120],
    ]),
    product('SZK-HOJICHA', '静冈 焙茶 Hojicha', '低咖啡因，焙火香。', 'food.tea', 'JPY', { rate: 2000, samples: 'free', units: 50 }, [
      ['20P', 'ティーバッグ 20 袋', 1080, 600],
      ['50P', 'ティーバッグ 50 袋', 2376, 200],
      ['LATTE', 'ラテパウダー 150g', 1620, 300],
    ]),
  ],
};
