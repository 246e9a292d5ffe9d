import type { Messages } from './en.js';

/** Korean UI strings. */
export const ko: Messages = {
  problem: '일부 정보를 표시할 수 없습니다.',
  source: '출처:',
  via: ['', ' 경유'],
  comma: ', ',
  translatedFrom: (lang) => `${lang}에서 번역`,
  status: {
    reported: '미확인 보도',
    announced: '발표',
    signed: '서명',
    'in-progress': '진행 중',
    completed: '완료',
    cancelled: '취소',
  },
  kind: {
    company: '기업',
    government: '정부',
    organization: '단체',
    person: '개인',
  },
  parties: '당사자',
  terms: '주요 내용',
  beneficiaries: '수혜자',
  date: '날짜',
  location: '장소',
  comparison: '비교',
  amount: '금액',
  // "29억 달러", "120만 명": 만·억은 숫자에 붙이고 통화·단위는 띄어 쓴다. 미국 달러는 "달러".
  amountWords: (word, noun) => word + (noun ? ` ${noun}` : ''),
  currencyName: (code, name) => (code === 'USD' ? '달러' : code === 'KRW' ? '원' : name),
  // "세계 3위"; 범위가 없으면 "3위".
  rank: (n, _ordinal, scope) => `${scope ? `${scope} ` : ''}${n}위`,
};

// A page that runs this file before Lede (`<script type="module" src="lede-ko.js">`) has these
// strings at hand as widgets first draw: no wait, no layout shift (see core/locale.ts).
((globalThis as { [key: symbol]: Record<string, Messages> })[Symbol.for('lede-widgets.strings')] ??= {})['ko'] = ko;
