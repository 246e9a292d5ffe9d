import type { Messages } from './en.js';

/** Chinese (Simplified) UI strings; Traditional-script locales have zh-Hant.ts. */
export const zh: Messages = {
  problem: '部分信息无法显示。',
  source: '来源：',
  via: ['经由', ''],
  comma: '，',
  translatedFrom: (lang) => `译自${lang}`,
  status: {
    reported: '据报道，尚未证实',
    announced: '已宣布',
    signed: '已签署',
    'in-progress': '进行中',
    completed: '已完成',
    cancelled: '已取消',
  },
  kind: {
    company: '企业',
    government: '政府',
    organization: '组织',
    person: '个人',
  },
  parties: '各方',
  terms: '主要条款',
  beneficiaries: '受益者',
  date: '日期',
  location: '地点',
  comparison: '比较',
  amount: '金额',
  // 「29亿美元」, 「2万名青年」: no space between number, word and noun.
  amountWords: (word, noun) => word + (noun ?? ''),
  // 「全球第3」；没有范围时「第3名」。
  rank: (n, _ordinal, scope) => (scope ? `${scope}第${n}` : `第${n}名`),
};

// A page that runs this file before Lede (`<script type="module" src="lede-zh.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['zh'] = zh;
