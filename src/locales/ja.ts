import type { Messages } from './en.js';

/** Japanese UI strings. */
export const ja: Messages = {
  problem: '一部の情報を表示できませんでした。',
  source: '出典：',
  via: ['', '経由'],
  comma: '、',
  translatedFrom: (lang) => `${lang}から翻訳`,
  status: {
    reported: '報道段階・未確認',
    announced: '発表済み',
    signed: '署名済み',
    'in-progress': '進行中',
    completed: '完了',
    cancelled: '中止',
  },
  kind: {
    company: '企業',
    government: '政府',
    organization: '団体',
    person: '個人',
  },
  parties: '当事者',
  terms: '主な内容',
  beneficiaries: '恩恵を受ける人',
  date: '日付',
  location: '場所',
  comparison: '比較',
  amount: '金額',
  // 「29億ドル」「120万人」: 数・単位・通貨の間に空白を入れない。米ドルは新聞の表記どおり「ドル」。
  amountWords: (word, noun) => word + (noun ?? ''),
  currencyName: (code, name) => (code === 'USD' ? 'ドル' : name),
  // 「世界3位」；範囲がなければ「3位」。
  rank: (n, _ordinal, scope) => `${scope ?? ''}${n}位`,
};

// A page that runs this file before Lede (`<script type="module" src="lede-ja.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['ja'] = ja;
