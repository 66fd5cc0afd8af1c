import type { RosterStatus } from '../../schema';

export const PROVIDER_SLUGS = ['sakura-selection', 'shanghai-select-partners', 'tokyo-trend-agency'] as const;
export type ProviderSlug = (typeof PROVIDER_SLUGS)[number];
const S = 'sakura-selection';
const SH = 'shanghai-select-partners';
const T = 'tokyo-trend-agency';

export type HandleRow = [platform: string, handle: string, followers: number];

/**
 * A demo creator: its organization (the eight of the backbone demo keep their slug and name), its profile and its
 * place on the providers' rosters. Followers are given per handle; average views and engagement are drawn from a
 * seeded stream within the ranges of the creator's tier (creator-profiles.ts), and the totals are derived as the
 * profile service derives them.
 */
export interface DemoCreator {
  slug: string;
  name: string;
  /** Owner of a creator added by the marketplace demo (the backbone's owners are in users.ts). */
  owner?: string;
  locale: 'zh-CN' | 'ja';
  bio: string;
  handles: HandleRow[];
  categories: string[];
  tags: string[];
  /** Share of the audience that is female, in basis points. */
  femaleBps: number;
  regions: string[];
  ageBand: '18-24' | '25-34' | '35-44';
  formats: ('note' | 'video' | 'live')[];
  rosters: Partial<Record<ProviderSlug, RosterStatus>>;
}

const CN = ['上海', '北京', '广东', '浙江', '江苏'];
const CN_SOUTH = ['广东', '上海', '浙江', '福建', '深圳'];
const CN_WEST = ['四川', '重庆', '上海', '北京', '湖北'];
const JP = ['東京', '神奈川', '大阪', '愛知', '福岡'];

/** 42 creators: 17 KOC (1k–10k followers), 14 mid-tier KOL (10k–100k), 11 top KOL (> 100k). */
export const DEMO_CREATORS: readonly DemoCreator[] = [
  // The backbone's eight.
  { slug: 'mika-japan-finds', name: 'Mika 日系好物分享', locale: 'zh-CN', bio: '在东京生活的第 6 年，分享真正用得住的日本好物。', handles: [['xiaohongshu', 'Mika日系好物', 48_200], ['douyin', 'mika_japanfinds', 12_600]], categories: ['kitchen.tableware', 'home.daily', 'skincare'], tags: ['日系好物', '餐具控', '东京生活', '开箱'], femaleBps: 8_600, regions: CN, ageBand: '25-34', formats: ['note', 'video'], rosters: { [S]: 'active', [SH]: 'active' } },
  { slug: 'lulu-foodie', name: '吃货小鹿 Lulu', locale: 'zh-CN', bio: '零食与下午茶，只推荐回购三次以上的。', handles: [['xiaohongshu', '吃货小鹿Lulu', 6_800]], categories: ['food.snacks', 'food.tea'], tags: ['零食测评', '下午茶', '日本零食'], femaleBps: 7_600, regions: CN, ageBand: '18-24', formats: ['note'], rosters: { [SH]: 'active' } },
  { slug: 'yuna-beauty-diary', name: 'ゆなの美容日記 Yuna', locale: 'ja', bio: 'プチプラからデパコスまで、敏感肌目線でレビュー。', handles: [['instagram', 'yuna.beauty.diary', 182_000], ['youtube', 'yunabeautydiary', 64_500], ['xiaohongshu', 'Yuna美容日记', 23_400]], categories: ['beauty.makeup', 'skincare'], tags: ['敏感肌', '日系彩妆', '成分党', '化妆教程'], femaleBps: 9_000, regions: ['東京', '大阪', '上海', '神奈川', '台湾'], ageBand: '18-24', formats: ['note', 'video'], rosters: { [T]: 'active' } },
  { slug: 'ajie-kitchen', name: '阿杰的厨房 Ajie’s Kitchen', locale: 'zh-CN', bio: '前日料店帮厨，教你在家用好一把刀。', handles: [['douyin', '阿杰的厨房', 356_000], ['xiaohongshu', '阿杰的厨房', 41_000]], categories: ['kitchen.knives', 'kitchen.cookware', 'food.pantry'], tags: ['日式料理', '刀具', '磨刀', '家常菜'], femaleBps: 4_200, regions: ['广东', '上海', '北京', '浙江', '四川'], ageBand: '25-34', formats: ['video', 'live'], rosters: { [SH]: 'active', [T]: 'active' } },
  { slug: 'haruka-kurashi', name: 'はるかの暮らしの器', locale: 'ja', bio: '器と季節のごはん。波佐見・美濃・有田の器が好き。', handles: [['instagram', 'haruka.kurashi', 38_000], ['xiaohongshu', '遥的生活器物', 9_200]], categories: ['kitchen.tableware', 'kitchen.drinkware', 'home.decor'], tags: ['器物', '波佐见烧', '餐桌摆盘', '生活美学'], femaleBps: 8_800, regions: ['東京', '上海', '神奈川', '大阪', '北京'], ageBand: '25-34', formats: ['note'], rosters: { [T]: 'active', [S]: 'active' } },
  { slug: 'xiaoya-home', name: '小雅生活家 Xiaoya Home', locale: 'zh-CN', bio: '小户型收纳与日用好物。', handles: [['xiaohongshu', '小雅生活家', 8_400]], categories: ['home.daily', 'home.textiles'], tags: ['收纳', '日用百货', '小户型'], femaleBps: 8_700, regions: CN, ageBand: '25-34', formats: ['note'], rosters: { [S]: 'active' } },
  { slug: 'kenta-cooking', name: 'ケンタの台所 Kenta Cooking', locale: 'ja', bio: '鉄のフライパンと和包丁で作る、毎日のごはん。', handles: [['youtube', 'kentacooking', 72_000], ['tiktok', 'kenta.kitchen', 18_400]], categories: ['kitchen.cookware', 'kitchen.knives', 'food.pantry'], tags: ['铸铁锅', '日式家常', '料理视频'], femaleBps: 5_200, regions: JP, ageBand: '25-34', formats: ['video'], rosters: { [T]: 'active' } },
  { slug: 'tokyo-buyer-momo', name: '东京买手 Momo', locale: 'zh-CN', bio: '东京常驻买手，每周三、周六晚 8 点直播。', handles: [['douyin', '东京买手Momo', 1_280_000], ['xiaohongshu', '东京买手Momo', 215_000]], categories: ['beauty', 'skincare', 'food.snacks', 'home.daily'], tags: ['日本代购', '直播', '药妆', '买手'], femaleBps: 8_200, regions: CN_SOUTH, ageBand: '25-34', formats: ['live', 'video', 'note'], rosters: { [S]: 'active', [SH]: 'active' } },

  // KOC, 1k–10k followers.
  { slug: 'tangtang-tableware', name: '糖糖的餐桌日记', owner: '唐甜 Tang Tian', locale: 'zh-CN', bio: '一人食也要好好摆盘。', handles: [['xiaohongshu', '糖糖的餐桌日记', 3_200]], categories: ['kitchen.tableware'], tags: ['一人食', '餐具', '摆盘'], femaleBps: 8_900, regions: CN, ageBand: '25-34', formats: ['note'], rosters: { [S]: 'active' } },
  { slug: 'xiaoman-skin', name: '小满护肤笔记', owner: '陈小满 Chen Xiaoman', locale: 'zh-CN', bio: '油痘肌的护肤记录。', handles: [['xiaohongshu', '小满护肤笔记', 5_600]], categories: ['skincare', 'skincare.cleansing'], tags: ['油痘肌', '护肤', '平价好物'], femaleBps: 9_000, regions: CN, ageBand: '18-24', formats: ['note'], rosters: { [S]: 'active' } },
  { slug: 'qiqi-matcha', name: '七七爱抹茶', owner: '齐琪 Qi Qi', locale: 'zh-CN', bio: '抹茶重度爱好者，在家做抹茶拿铁。', handles: [['xiaohongshu', '七七爱抹茶', 2_100], ['douyin', 'qiqi_matcha', 1_400]], categories: ['food.tea'], tags: ['抹茶', '宇治', '饮品教程'], femaleBps: 8_000, regions: CN, ageBand: '18-24', formats: ['note', 'video'], rosters: { [SH]: 'active' } },
  { slug: 'anan-daily', name: '安安的小日子', owner: '安然 An Ran', locale: 'zh-CN', bio: '记录慢生活和喜欢的小物。', handles: [['xiaohongshu', '安安的小日子', 7_900]], categories: ['home.daily', 'home.decor'], tags: ['慢生活', '家居', '香薰'], femaleBps: 8_800, regions: CN, ageBand: '25-34', formats: ['note'], rosters: { [S]: 'active', [T]: 'active' } },
  { slug: 'shu-knife-notes', name: '阿舒磨刀记', owner: '舒明 Shu Ming', locale: 'zh-CN', bio: '业余磨刀人，日本刀具开箱与保养。', handles: [['douyin', '阿舒磨刀记', 4_300]], categories: ['kitchen.knives'], tags: ['磨刀', '日本刀', '开箱'], femaleBps: 2_600, regions: CN_WEST, ageBand: '25-34', formats: ['video'], rosters: { [SH]: 'active' } },
  { slug: 'mei-bento', name: '梅子便当', owner: '梅婷 Mei Ting', locale: 'zh-CN', bio: '上班族便当，十分钟搞定。', handles: [['xiaohongshu', '梅子便当', 6_100]], categories: ['food.pantry', 'kitchen.tableware'], tags: ['便当', '快手菜', '打工人'], femaleBps: 8_200, regions: CN, ageBand: '25-34', formats: ['note'], rosters: { [S]: 'active' } },
  { slug: 'lin-cosme', name: '林林彩妆研究所', owner: '林悦 Lin Yue', locale: 'zh-CN', bio: '彩妆试色与妆容教程。', handles: [['xiaohongshu', '林林彩妆研究所', 8_800]], categories: ['beauty.makeup', 'beauty.tools'], tags: ['试色', '日系妆容', '唇釉'], femaleBps: 9_000, regions: CN, ageBand: '18-24', formats: ['note', 'video'], rosters: { [SH]: 'active' } },
  { slug: 'nana-tokyo-life', name: 'ななの東京暮らし', owner: '小川 奈々 Nana Ogawa', locale: 'ja', bio: '東京の1LDKで丁寧に暮らす。', handles: [['instagram', 'nana.tokyo.life', 4_500], ['xiaohongshu', '娜娜的东京生活', 1_200]], categories: ['home.decor', 'home.daily'], tags: ['东京生活', '独居生活', '家居'], femaleBps: 8_500, regions: ['東京', '神奈川', '埼玉', '上海'], ageBand: '25-34', formats: ['note'], rosters: { [T]: 'active' } },
  { slug: 'wenwen-baby', name: '文文育儿好物', owner: '温文 Wen Wen', locale: 'zh-CN', bio: '两娃妈妈的育儿与家务好物。', handles: [['xiaohongshu', '文文育儿好物', 9_300]], categories: ['baby', 'home.daily'], tags: ['母婴', '家务', '宝妈'], femaleBps: 9_000, regions: CN, ageBand: '25-34', formats: ['note'], rosters: { [SH]: 'active' } },
  { slug: 'coco-sunscreen', name: 'Coco防晒测评', owner: '高可可 Coco Gao', locale: 'zh-CN', bio: '防晒实测：肤感、防水、成膜。', handles: [['xiaohongshu', 'Coco防晒测评', 3_800]], categories: ['skincare.suncare'], tags: ['防晒', '测评', '户外'], femaleBps: 8_400, regions: CN_SOUTH, ageBand: '18-24', formats: ['note'], rosters: { [SH]: 'active', [S]: 'invited' } },
  { slug: 'dada-tea-house', name: '大大的茶室', owner: '戴达 Dai Da', locale: 'zh-CN', bio: '日本茶与茶器，喝茶也讲究器。', handles: [['bilibili', '大大的茶室', 2_600], ['xiaohongshu', '大大的茶室', 2_000]], categories: ['food.tea', 'kitchen.drinkware'], tags: ['日本茶', '茶器', '煎茶'], femaleBps: 6_200, regions: CN, ageBand: '25-34', formats: ['video', 'note'], rosters: { [SH]: 'active' } },
  { slug: 'xixi-ceramics', name: '茜茜爱陶瓷', owner: '许茜 Xu Qian', locale: 'zh-CN', bio: '收集日本各产地的陶瓷。', handles: [['xiaohongshu', '茜茜爱陶瓷', 5_000]], categories: ['kitchen.tableware', 'home.decor'], tags: ['陶瓷', '美浓烧', '有田烧', '器物'], femaleBps: 8_700, regions: CN, ageBand: '25-34', formats: ['note'], rosters: { [S]: 'active' } },
  { slug: 'yoyo-fragrance', name: '悠悠香气日记', owner: '邹悠 Zou You', locale: 'zh-CN', bio: '小众香与线香，记录每一天的味道。', handles: [['xiaohongshu', '悠悠香气日记', 4_400]], categories: ['beauty.fragrance', 'home.decor'], tags: ['香水', '线香', '小众香'], femaleBps: 8_600, regions: CN, ageBand: '25-34', formats: ['note'], rosters: { [SH]: 'active', [S]: 'invited' } },
  { slug: 'sora-kitchen-jp', name: 'そらのおうちごはん', owner: '青木 空 Sora Aoki', locale: 'ja', bio: '季節の和食と、台所道具の話。', handles: [['instagram', 'sora.ouchigohan', 7_200]], categories: ['kitchen.cookware', 'food.pantry'], tags: ['和食', '厨房道具', '高汤'], femaleBps: 8_000, regions: JP, ageBand: '35-44', formats: ['note'], rosters: { [T]: 'active' } },
  { slug: 'pingping-home', name: '萍萍收纳', owner: '彭萍 Peng Ping', locale: 'zh-CN', bio: '整理收纳师，专治乱糟糟。', handles: [['douyin', '萍萍收纳', 9_100]], categories: ['home.daily', 'home.textiles'], tags: ['收纳', '整理', '家务'], femaleBps: 8_300, regions: CN, ageBand: '35-44', formats: ['video', 'live'], rosters: { [SH]: 'active', [T]: 'active' } },

  // Mid-tier KOL, 10k–100k followers.
  { slug: 'yiyi-beauty-lab', name: '一一成分党', owner: '易依 Yi Yi', locale: 'zh-CN', bio: '药学硕士，只看成分说话。', handles: [['xiaohongshu', '一一成分党', 32_000], ['douyin', '一一成分党', 15_000]], categories: ['skincare', 'skincare.serum'], tags: ['成分党', '护肤', '修护', '敏感肌'], femaleBps: 8_800, regions: CN, ageBand: '25-34', formats: ['note', 'video'], rosters: { [S]: 'active', [SH]: 'active' } },
  { slug: 'chef-laowang', name: '老王的厨房刀具', owner: '王建国 Wang Jianguo', locale: 'zh-CN', bio: '二十年厨师，讲刀讲锅。', handles: [['douyin', '老王的厨房刀具', 68_000]], categories: ['kitchen.knives', 'kitchen.cookware'], tags: ['厨师', '刀具', '铁锅', '厨房'], femaleBps: 3_800, regions: CN_WEST, ageBand: '35-44', formats: ['video', 'live'], rosters: { [SH]: 'active' } },
  { slug: 'ceramic-moon', name: '月白器物志', owner: '白月 Bai Yue', locale: 'zh-CN', bio: '器物、花与一桌好饭。', handles: [['xiaohongshu', '月白器物志', 27_000], ['weibo', '月白器物志', 8_000]], categories: ['kitchen.tableware', 'home.decor'], tags: ['器物', '花器', '日本陶瓷', '餐桌美学'], femaleBps: 8_500, regions: CN, ageBand: '25-34', formats: ['note'], rosters: { [S]: 'active', [T]: 'active' } },
  { slug: 'jiajia-matcha', name: '佳佳的下午茶', owner: '贾佳 Jia Jia', locale: 'zh-CN', bio: '下午茶、甜点和日本茶。', handles: [['xiaohongshu', '佳佳的下午茶', 19_000]], categories: ['food.tea', 'food.snacks'], tags: ['下午茶', '抹茶', '甜点'], femaleBps: 8_400, regions: CN, ageBand: '25-34', formats: ['note'], rosters: { [S]: 'active', [SH]: 'active' } },
  { slug: 'xiaolu-skincare', name: '小鹿敏感肌', owner: '陆晓 Lu Xiao', locale: 'zh-CN', bio: '敏感肌十年，踩过的坑都在这里。', handles: [['xiaohongshu', '小鹿敏感肌', 54_000]], categories: ['skincare', 'skincare.masks'], tags: ['敏感肌', '修护', '面膜'], femaleBps: 9_000, regions: CN, ageBand: '18-24', formats: ['note'], rosters: { [S]: 'active' } },
  { slug: 'misaki-beauty', name: 'みさきのコスメ', owner: '岡本 美咲 Misaki Okamoto', locale: 'ja', bio: '新作コスメを毎週レビュー。', handles: [['instagram', 'misaki.cosme', 41_000], ['tiktok', 'misaki_cosme', 22_000]], categories: ['beauty.makeup', 'beauty.tools'], tags: ['新品彩妆', '试色', '熊野笔'], femaleBps: 8_900, regions: ['東京', '大阪', '愛知', '福岡', '台湾'], ageBand: '18-24', formats: ['note', 'video'], rosters: { [T]: 'active', [SH]: 'invited' } },
  { slug: 'bobo-living', name: '波波的生活美学', owner: '薄波 Bo Bo', locale: 'zh-CN', bio: '好看又好用的家居小物。', handles: [['xiaohongshu', '波波的生活美学', 23_000], ['bilibili', '波波的生活美学', 11_000]], categories: ['home.decor', 'home.textiles', 'kitchen.tableware'], tags: ['家居', '软装', '生活美学'], femaleBps: 8_100, regions: CN, ageBand: '25-34', formats: ['note', 'video'], rosters: { [S]: 'active', [T]: 'invited' } },
  { slug: 'tianxin-snacks', name: '甜心零食铺', owner: '田欣 Tian Xin', locale: 'zh-CN', bio: '每晚 9 点零食直播，进口零食专场。', handles: [['douyin', '甜心零食铺', 86_000]], categories: ['food.snacks'], tags: ['零食', '直播', '进口零食'], femaleBps: 7_400, regions: CN_SOUTH, ageBand: '18-24', formats: ['live', 'video'], rosters: { [SH]: 'active' } },
  { slug: 'ayu-tabi', name: 'あゆの旅と器', owner: '中野 あゆみ Ayumi Nakano', locale: 'ja', bio: '窯元めぐりの旅と器の記録。', handles: [['instagram', 'ayu.tabi.utsuwa', 16_000], ['youtube', 'ayutabi', 6_000]], categories: ['kitchen.tableware', 'travel'], tags: ['窑口探访', '器物', '旅行'], femaleBps: 7_800, regions: JP, ageBand: '35-44', formats: ['note', 'video'], rosters: { [T]: 'active' } },
  { slug: 'lele-mom', name: '乐乐妈日记', owner: '乐妍 Le Yan', locale: 'zh-CN', bio: '宝妈的日用和厨房好物。', handles: [['xiaohongshu', '乐乐妈日记', 45_000]], categories: ['baby', 'home.daily', 'kitchen.tableware'], tags: ['宝妈', '儿童餐具', '家务'], femaleBps: 9_000, regions: CN, ageBand: '25-34', formats: ['note'], rosters: { [SH]: 'active' } },
  { slug: 'ziyu-makeup', name: '子瑜彩妆', owner: '郑子瑜 Zheng Ziyu', locale: 'zh-CN', bio: '彩妆教程，手残党也能学会。', handles: [['douyin', '子瑜彩妆', 71_000], ['xiaohongshu', '子瑜彩妆', 12_000]], categories: ['beauty.makeup'], tags: ['妆教', '彩妆', '日系妆'], femaleBps: 8_900, regions: CN, ageBand: '18-24', formats: ['video', 'live'], rosters: { [SH]: 'active', [S]: 'active' } },

  // Top KOL, more than 100k followers.
  { slug: 'sister-fang-live', name: '芳姐直播间', owner: '方芳 Fang Fang', locale: 'zh-CN', bio: '日本好物直播，每晚 8 点不见不散。', handles: [['douyin', '芳姐直播间', 860_000]], categories: ['beauty', 'skincare', 'food.snacks'], tags: ['直播带货', '日本好物', '美妆'], femaleBps: 8_300, regions: CN_SOUTH, ageBand: '35-44', formats: ['live'], rosters: { [SH]: 'active', [S]: 'active' } },
  { slug: 'daniel-kitchen', name: 'Daniel的料理台', owner: '邓尼 Daniel Deng', locale: 'zh-CN', bio: '法餐厨师做家常，刀工锅具讲透。', handles: [['bilibili', 'Daniel的料理台', 420_000], ['douyin', 'Daniel的料理台', 180_000]], categories: ['kitchen.knives', 'kitchen.cookware', 'food.pantry'], tags: ['料理', '刀工', '厨具测评'], femaleBps: 4_500, regions: ['上海', '北京', '广东', '江苏', '浙江'], ageBand: '25-34', formats: ['video'], rosters: { [SH]: 'active' } },
  { slug: 'meimei-beauty', name: '美美成分实验室', owner: '梅美 Mei Mei', locale: 'zh-CN', bio: '化妆品工程师，实验室视角拆配方。', handles: [['xiaohongshu', '美美成分实验室', 310_000], ['douyin', '美美成分实验室', 95_000]], categories: ['skincare', 'skincare.serum', 'skincare.suncare'], tags: ['成分党', '护肤', '实验测评', '防晒'], femaleBps: 8_900, regions: CN, ageBand: '25-34', formats: ['note', 'video'], rosters: { [S]: 'active', [SH]: 'active' } },
  { slug: 'akiko-tokyo-style', name: 'あきこの東京スタイル', owner: '藤原 明子 Akiko Fujiwara', locale: 'ja', bio: '大人の美容と暮らし。', handles: [['instagram', 'akiko.tokyo.style', 260_000], ['youtube', 'akikotokyostyle', 120_000]], categories: ['beauty', 'skincare', 'home.decor'], tags: ['熟龄护肤', '东京', '生活方式'], femaleBps: 8_700, regions: ['東京', '神奈川', '大阪', '上海', '香港'], ageBand: '35-44', formats: ['note', 'video'], rosters: { [T]: 'active', [S]: 'invited' } },
  { slug: 'xiaoqing-home', name: '小青的家', owner: '顾青 Gu Qing', locale: 'zh-CN', bio: '老房改造与日式餐桌。', handles: [['xiaohongshu', '小青的家', 155_000]], categories: ['home.decor', 'kitchen.tableware', 'home.textiles'], tags: ['老房改造', '日式家居', '餐桌'], femaleBps: 8_400, regions: CN, ageBand: '25-34', formats: ['note'], rosters: { [S]: 'active' } },
  { slug: 'jiang-tea-master', name: '江老师说茶', owner: '江涛 Jiang Tao', locale: 'zh-CN', bio: '国家一级评茶员，说说日本茶。', handles: [['douyin', '江老师说茶', 520_000], ['bilibili', '江老师说茶', 88_000]], categories: ['food.tea', 'kitchen.drinkware'], tags: ['评茶', '日本茶', '茶器', '铁壶'], femaleBps: 5_600, regions: ['浙江', '福建', '广东', '北京', '上海'], ageBand: '35-44', formats: ['video', 'live'], rosters: { [SH]: 'active' } },
  { slug: 'nini-japan-buyer', name: '妮妮日本代购', owner: '倪妮 Ni Ni', locale: 'zh-CN', bio: '大阪常驻，药妆与日用直邮。', handles: [['douyin', '妮妮日本代购', 240_000], ['xiaohongshu', '妮妮日本代购', 68_000]], categories: ['beauty', 'skincare', 'health.personal'], tags: ['代购', '药妆', '直播', '日本直邮'], femaleBps: 8_600, regions: CN_SOUTH, ageBand: '25-34', formats: ['live', 'note'], rosters: { [T]: 'active', [S]: 'active' } },
  { slug: 'kaito-knives', name: 'Kaito 刃物チャンネル', owner: '村田 海斗 Kaito Murata', locale: 'ja', bio: '関・堺・越前の刃物を研いで比べる。', handles: [['youtube', 'kaitohamono', 310_000], ['tiktok', 'kaito.knives', 140_000]], categories: ['kitchen.knives'], tags: ['刀具', '磨刀', '日式菜刀'], femaleBps: 1_800, regions: ['東京', '大阪', '上海', '岐阜', '北京'], ageBand: '25-34', formats: ['video'], rosters: { [T]: 'active', [SH]: 'declined' } },
];
