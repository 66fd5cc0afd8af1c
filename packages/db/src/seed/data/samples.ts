/**
 * The sample requests (寄样), at least one in every state. `product` (and `sku`, a SKU suffix) pin the offer;
 * otherwise samples.ts picks, with the seeded stream, an offer open to the creator that offers samples. A creator
 * asks at most once per offer.
 */
export type SampleState =
  | 'requested'
  | 'approved'
  | 'rejected'
  | 'shipped'
  /** Delivered, content not yet due. */
  | 'delivered'
  /** Delivered, content past due and not posted. */
  | 'overdue'
  | 'posted'
  | 'posted-late'
  | 'cancelled';

export interface DemoSample {
  creator: string;
  state: SampleState;
  product?: string;
  sku?: string;
  quantity?: number;
  note?: string;
  reason?: string;
  /** Overdue requests: whether the scheduled job has flagged it yet (default yes). */
  flagged?: boolean;
}

export const DEMO_SAMPLES: readonly DemoSample[] = [
  // The demo creator's requests to the demo merchant.
  { creator: 'mika-japan-finds', state: 'requested', product: 'ARITA-PLATE', sku: '21', note: '想拍一组春季餐桌笔记，21cm 的尺寸最合适，谢谢！' },
  { creator: 'mika-japan-finds', state: 'delivered', product: 'MINO-MUG', sku: 'INDIGO', note: '做一期早餐咖啡杯合集。' },
  { creator: 'haruka-kurashi', state: 'approved', product: 'ARITA-PLATE', sku: '16', note: '取り皿サイズで和菓子と合わせて撮影予定です。' },

  { creator: 'xiaolu-skincare', state: 'requested', note: '敏感肌实测 28 天，会出对比图。' },
  { creator: 'lin-cosme', state: 'requested', quantity: 2, note: '两个色号一起试色。' },
  { creator: 'kenta-cooking', state: 'requested' },
  { creator: 'jiang-tea-master', state: 'approved', note: '直播间讲解冲泡方法。' },
  { creator: 'ajie-kitchen', state: 'approved' },
  { creator: 'tianxin-snacks', state: 'rejected', reason: '本批样品优先安排给茶饮类达人，下期再合作。' },
  { creator: 'anan-daily', state: 'rejected', reason: '账号近 30 天内容与该商品匹配度较低，建议先合作家居类商品。' },
  { creator: 'yiyi-beauty-lab', state: 'shipped' },
  { creator: 'nana-tokyo-life', state: 'shipped' },
  { creator: 'chef-laowang', state: 'shipped' },
  { creator: 'meimei-beauty', state: 'delivered' },
  { creator: 'ayu-tabi', state: 'delivered' },
  { creator: 'tangtang-tableware', state: 'overdue' },
  { creator: 'pingping-home', state: 'overdue', flagged: false },
  { creator: 'tokyo-buyer-momo', state: 'posted', quantity: 2 },
  { creator: 'xixi-ceramics', state: 'posted' },
  { creator: 'qiqi-matcha', state: 'posted' },
  { creator: 'yuna-beauty-diary', state: 'posted' },
  { creator: 'daniel-kitchen', state: 'posted' },
  { creator: 'ceramic-moon', state: 'posted' },
  { creator: 'lulu-foodie', state: 'posted-late' },
  { creator: 'bobo-living', state: 'posted-late' },
  { creator: 'coco-sunscreen', state: 'cancelled', note: '想先试用小样。' },
  { creator: 'ziyu-makeup', state: 'cancelled' },
];
