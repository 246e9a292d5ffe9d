import type { Messages } from './en.js';

/** Chinese (Traditional) UI strings, for zh-TW, zh-HK, zh-MO and every zh-Hant tag. */
export const zhHant: Messages = {
  problem: '部分資訊無法顯示。',
  source: '來源：',
  via: ['經由', ''],
  comma: '，',
  translatedFrom: (lang) => `譯自${lang}`,
  status: {
    reported: '據報導，尚未證實',
    announced: '已宣布',
    signed: '已簽署',
    'in-progress': '進行中',
    completed: '已完成',
    cancelled: '已取消',
  },
  kind: {
    company: '企業',
    government: '政府',
    organization: '組織',
    person: '個人',
  },
  parties: '各方',
  terms: '主要條款',
  beneficiaries: '受益者',
  date: '日期',
  location: '地點',
  comparison: '比較',
  amount: '金額',
  // 「29亿美元」, 「2万名青年」: no space between number, word and noun.
  amountWords: (word, noun) => word + (noun ?? ''),
  // 「全球第3」；沒有範圍時「第3名」。
  rank: (n, _ordinal, scope) => (scope ? `${scope}第${n}` : `第${n}名`),
};

// A page that runs this file before Lede (`<script type="module" src="lede-zh-Hant.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['zh-Hant'] = zhHant;
