/**
 * Visual regression: each widget from the built `dist/lede.js`, light, dark, right to left and
 * 320 px wide, and on Arabic and Hebrew pages (right to left, their own strings and data, light
 * and dark, 700 and 320 px), compared with the screenshots committed in `e2e/demo/baselines/`.
 *
 * Tolerance: pixels are compared with pixelmatch at threshold 0.1 (how far two colours may be
 * apart and still count as equal; anti-aliased edge pixels are ignored), and a screenshot passes
 * when at most 0.01 % of its pixels (and never more than 25) differ, and its size is the same.
 * That absorbs rendering noise, not a change anyone could see: the last test proves that a
 * changed accent colour fails.
 *
 * A missing baseline fails. To create or accept new ones, look at the screenshots in `e2e/output/`,
 * then run `LEDE_UPDATE_BASELINES=1 npm run test:e2e` and commit `e2e/demo/baselines/`.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { isolatedPage, launch } from '../../scripts/harness/browser.js';
import { startServer } from '../../scripts/harness/server.js';
import { requireBuilt, ROOT } from './harness.js';

const TOLERANCE = { threshold: 0.1, share: 0.0001, most: 25 };

const BASELINES = resolve(ROOT, 'e2e/demo/baselines');
const OUTPUT = resolve(ROOT, 'e2e/output');
const UPDATE = process.env.LEDE_UPDATE_BASELINES === '1';

/** Each widget, drawn from the first item of its list in the demo's story document. */
const WIDGETS = [
  { name: 'quote-block', tag: 'lede-quote-block', collection: 'quotes' },
  { name: 'deal-card', tag: 'lede-deal-card', collection: 'deals' },
  { name: 'investment-figure', tag: 'lede-investment-figure', collection: 'figures' },
  { name: 'timeline', tag: 'lede-timeline', collection: 'timelines' },
  { name: 'key-numbers', tag: 'lede-key-numbers', collection: 'keyNumbers' },
  { name: 'profile', tag: 'lede-profile', collection: 'profiles' },
  { name: 'explainer', tag: 'lede-explainer', collection: 'explainers' },
];
const DARK = { theme: 'dark', background: '#101114' };
const VARIANTS = {
  light: { width: 600 },
  dark: { width: 600, ...DARK },
  rtl: { width: 600, dir: 'rtl' },
  narrow: { width: 320 },
};
for (const lang of ['ar', 'he']) {
  for (const width of [700, 320]) {
    const size = width === 700 ? '' : `-${width}`;
    VARIANTS[`${lang}-light${size}`] = { width, lang, dir: 'rtl' };
    VARIANTS[`${lang}-dark${size}`] = { width, lang, dir: 'rtl', ...DARK };
  }
}

const story = JSON.parse(readFileSync(resolve(ROOT, 'demo/stories/huawei-peru.json'), 'utf8'));

/**
 * The demo's first items in Arabic and Hebrew, with a speaker (the caption's dash), a translated
 * quote, a date and a comparison (bars): a right-to-left page with data in its own language. The
 * comparison's amounts are made up: a layout fixture, not reporting.
 */
const RIGHT_TO_LEFT = {
  ar: {
    quotes: {
      text: 'لا نعتقد أن أصدقاءنا، مثل الولايات المتحدة، سينزعجون من أننا نجلب استثمارات صينية إلى بيرو.',
      speaker: 'غوستافو أدريانزين',
      speakerRole: 'رئيس وزراء بيرو',
      context: 'عن الاستثمارات الصينية في بيرو',
      source: 'ساوث تشاينا مورنينغ بوست',
      date: '2024-06-27',
      originalLang: 'es',
    },
    deals: {
      headline: 'هواوي تدرّب 20 ألف شاب في بيرو على الذكاء الاصطناعي',
      status: 'signed',
      date: '2024-06-27',
      location: 'مقر هواوي',
      parties: [{ name: 'هواوي', kind: 'company', country: 'CN' }, { name: 'بيرو', kind: 'government', country: 'PE' }],
      summary: 'خلال زيارة لمقر هواوي، وقّعت رئيسة بيرو دينا بولوارتي اتفاقًا مع عملاق التكنولوجيا الصيني لتدريب 20 ألف شاب في بيرو على الذكاء الاصطناعي.',
      terms: [{ label: 'شباب سيتدربون على الذكاء الاصطناعي', value: 20000 }],
      beneficiaries: ['النساء', 'المهنيون', 'أصحاب المؤسسات الصغيرة والمتوسطة'],
      source: 'ساوث تشاينا مورنينغ بوست',
      via: 'أخبار Google',
    },
    figures: {
      amount: 2900000000,
      currency: 'USD',
      label: 'الاستثمارات التي تلقتها بيرو ضمن مبادرة الحزام والطريق',
      period: 'العام الماضي',
      rank: 3,
      rankScope: 'عالميًا',
      comparison: [
        { label: 'العام الماضي', amount: 2900000000, highlight: true },
        { label: 'قبل عامين', amount: 1100000000 },
        { label: 'قبل ثلاثة أعوام', amount: 600000000 },
      ],
      source: 'ساوث تشاينا مورنينغ بوست',
    },
    timelines: {
      headline: 'بيرو والصين وهواوي',
      events: [
        { date: '2021', title: 'بيرو تمنح كوسكو حقوقًا حصرية في الموانئ', text: 'إثر خطأ إداري؛ وتحاول بيرو الآن تعديل القرار.' },
        { label: 'العام الماضي', title: 'بيرو تتلقى 2.9 مليار دولار ضمن مبادرة الحزام والطريق' },
        { label: 'مؤخرًا', title: 'دينا بولوارتي تزور مقر هواوي' },
      ],
      source: 'ساوث تشاينا مورنينغ بوست',
    },
    keyNumbers: {
      headline: 'بيرو بالأرقام',
      items: [
        { amount: 20000, unit: 'شاب', label: 'سيتدربون على الذكاء الاصطناعي' },
        { amount: 2900000000, currency: 'USD', label: 'تلقتها بيرو ضمن المبادرة', period: 'العام الماضي' },
        { rank: 3, rankScope: 'عالميًا', label: 'ترتيب استثمار بيرو' },
        { amount: 150, unit: 'قطعة', label: 'من عصر ما قبل كولومبوس' },
      ],
      source: 'ساوث تشاينا مورنينغ بوست',
    },
    profiles: {
      name: 'دينا بولوارتي',
      kind: 'person',
      description: 'رئيسة بيرو',
      country: 'PE',
      bio: 'زارت مقر هواوي ووقعت اتفاقًا لتدريب 20 ألف شاب في بيرو على الذكاء الاصطناعي.',
      source: 'ساوث تشاينا مورنينغ بوست',
    },
    explainers: {
      question: 'ما هي مبادرة الحزام والطريق؟',
      answer: 'تهدف المبادرة إلى ربط آسيا بأفريقيا وأوروبا برًا وبحرًا.\n\nوتساهم في تحسين الظروف الإقليمية وتحفيز النمو الاقتصادي.',
      points: ['برًا', 'بحرًا'],
      open: true,
      source: 'ساوث تشاينا مورنينغ بوست',
    },
  },
  he: {
    quotes: {
      text: 'איננו חושבים שידידינו, כמו ארצות הברית, יתרגזו מכך שאנו מביאים השקעות סיניות לפרו.',
      speaker: 'גוסטבו אדריאנסן',
      speakerRole: 'ראש ממשלת פרו',
      context: 'על ההשקעות הסיניות בפרו',
      source: 'סאות׳ צ׳יינה מורנינג פוסט',
      date: '2024-06-27',
      originalLang: 'es',
    },
    deals: {
      headline: 'וואווי תכשיר 20,000 צעירים בפרו בבינה מלאכותית',
      status: 'signed',
      date: '2024-06-27',
      location: 'מטה וואווי',
      parties: [{ name: 'וואווי', kind: 'company', country: 'CN' }, { name: 'פרו', kind: 'government', country: 'PE' }],
      summary: 'במהלך ביקור במטה וואווי חתמה נשיאת פרו, דינה בולוארטה, על הסכם עם ענקית הטכנולוגיה הסינית להכשרת 20,000 צעירים בפרו בבינה מלאכותית.',
      terms: [{ label: 'צעירים שיוכשרו בבינה מלאכותית', value: 20000 }],
      beneficiaries: ['נשים', 'אנשי מקצוע', 'בעלי עסקים קטנים ובינוניים'],
      source: 'סאות׳ צ׳יינה מורנינג פוסט',
      via: 'Google חדשות',
    },
    figures: {
      amount: 2900000000,
      currency: 'USD',
      label: 'השקעות שקיבלה פרו במסגרת יוזמת החגורה והדרך',
      period: 'בשנה שעברה',
      rank: 3,
      rankScope: 'בעולם',
      comparison: [
        { label: 'בשנה שעברה', amount: 2900000000, highlight: true },
        { label: 'לפני שנתיים', amount: 1100000000 },
        { label: 'לפני שלוש שנים', amount: 600000000 },
      ],
      source: 'סאות׳ צ׳יינה מורנינג פוסט',
    },
    timelines: {
      headline: 'פרו, סין ו־וואווי',
      events: [
        { date: '2021', title: 'פרו מעניקה לקוסקו זכויות בלעדיות בנמל', text: 'בעקבות טעות מנהלית; פרו מנסה כעת לשנות את ההחלטה.' },
        { label: 'בשנה שעברה', title: 'פרו מקבלת 2.9 מיליארד דולר במסגרת יוזמת החגורה והדרך' },
        { label: 'לאחרונה', title: 'דינה בולוארטה מבקרת במטה וואווי' },
      ],
      source: 'סאות׳ צ׳יינה מורנינג פוסט',
    },
    keyNumbers: {
      headline: 'פרו במספרים',
      items: [
        { amount: 20000, unit: 'צעירים', label: 'יוכשרו בבינה מלאכותית' },
        { amount: 2900000000, currency: 'USD', label: 'שקיבלה פרו במסגרת היוזמה', period: 'בשנה שעברה' },
        { rank: 3, rankScope: 'בעולם', label: 'דירוג ההשקעה בפרו' },
        { amount: 150, unit: 'חפצים', label: 'מהתקופה הטרום־קולומביאנית' },
      ],
      source: 'סאות׳ צ׳יינה מורנינג פוסט',
    },
    profiles: {
      name: 'דינה בולוארטה',
      kind: 'person',
      description: 'נשיאת פרו',
      country: 'PE',
      bio: 'ביקרה במטה וואווי וחתמה על הסכם להכשרת 20,000 צעירים בפרו בבינה מלאכותית.',
      source: 'סאות׳ צ׳יינה מורנינג פוסט',
    },
    explainers: {
      question: 'מהי יוזמת החגורה והדרך?',
      answer: 'היוזמה נועדה לחבר את אסיה לאפריקה ולאירופה ביבשה ובים.\n\nהיא תורמת לשיפור התנאים האזוריים ולצמיחה כלכלית.',
      points: ['ביבשה', 'בים'],
      open: true,
      source: 'סאות׳ צ׳יינה מורנינג פוסט',
    },
  },
};
/** JSON inside `<script>`: `<` escaped so no text can close the element. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

requireBuilt();
const server = await startServer();
const browser = await launch();
after(async () => {
  await browser.close();
  await server.close();
});

/** A screenshot of one widget in one variant; `css` is extra page CSS (for the deliberate change). */
async function shoot(widget, variant, css = '') {
  const { width, theme = 'light', dir = 'ltr', background = '#ffffff', lang = 'fr' } = VARIANTS[variant];
  // The explainer open, so that its answer is in the picture.
  const item = lang === 'fr' ? { ...story[widget.collection][0], ...(widget.name === 'explainer' && { open: true }) } : RIGHT_TO_LEFT[lang][widget.collection];
  const path = `/blank/visual-${widget.name}-${variant}${css ? '-changed' : ''}.html`;
  server.pages.set(
    path,
    `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8"><title>${widget.name} ${variant}</title>
<style>
  html, body { margin: 0; }
  body { padding: 16px; background: ${background}; font: 16px/1.5 'DejaVu Serif', serif; }
  #box { width: ${width}px; }
  ${css}
</style>
<script type="module" src="/dist/lede.js"></script>
</head>
<body><div id="box"><${widget.tag} theme="${theme}"><script type="application/json">${scriptJson(item)}</script></${widget.tag}></div></body>
</html>`,
  );
  // Fixed size and scale, no motion, a light scheme: the same pixels on every run.
  const { page, context } = await isolatedPage(browser, { width: 800, height: 600 });
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  await page.goto(server.origin + path);
  await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"] > :not(slot)'), {}, widget.tag);
  await page.evaluate(() => document.fonts.ready);
  // The pixels the box touches, edges rounded outwards (as the baselines were cut).
  const box = await (await page.$('#box')).boundingBox();
  const [x, y] = [Math.floor(box.x), Math.floor(box.y)];
  const clip = { x, y, width: Math.ceil(box.x + box.width) - x, height: Math.ceil(box.y + box.height) - y };
  const png = Buffer.from(await page.screenshot({ clip }));
  await context.close();
  return png;
}

/** How many pixels differ between two PNGs (Infinity when their sizes differ), and the diff image. */
function compare(expected, actual) {
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height) return { differing: Infinity, allowed: 0, detail: `size ${b.width}×${b.height}, baseline ${a.width}×${a.height}` };
  const diff = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: TOLERANCE.threshold });
  const allowed = Math.min(TOLERANCE.most, Math.floor(a.width * a.height * TOLERANCE.share));
  return { differing, allowed, diff: PNG.sync.write(diff), detail: `${differing} pixels differ (${a.width}×${a.height}; allowed ${allowed})` };
}

function save(name, png) {
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(resolve(OUTPUT, name), png);
}

describe('visual regression', () => {
  for (const widget of WIDGETS) {
    for (const variant of Object.keys(VARIANTS)) {
      test(`${widget.name}, ${variant}: matches e2e/demo/baselines/${widget.name}-${variant}.png`, async () => {
        const file = resolve(BASELINES, `${widget.name}-${variant}.png`);
        const actual = await shoot(widget, variant);
        if (UPDATE) {
          mkdirSync(BASELINES, { recursive: true });
          writeFileSync(file, actual);
          return;
        }
        if (!existsSync(file)) {
          save(`${widget.name}-${variant}.actual.png`, actual);
          assert.fail(`no baseline ${file}: check e2e/output/${widget.name}-${variant}.actual.png, then run with LEDE_UPDATE_BASELINES=1`);
        }
        const result = compare(readFileSync(file), actual);
        if (result.differing > result.allowed) {
          save(`${widget.name}-${variant}.actual.png`, actual);
          if (result.diff) save(`${widget.name}-${variant}.diff.png`, result.diff);
        }
        assert.ok(result.differing <= result.allowed, `${widget.name} ${variant}: ${result.detail}; see e2e/output/`);
      });
    }
  }

  test('a deliberate style change (another accent colour) fails the comparison', async () => {
    for (const widget of WIDGETS) {
      const changed = await shoot(widget, 'light', `${widget.tag} { --lede-color-accent: #c2185b; }`);
      const result = compare(readFileSync(resolve(BASELINES, `${widget.name}-light.png`)), changed);
      assert.ok(result.differing > result.allowed, `${widget.name}: the changed accent went unnoticed (${result.detail})`);
    }
  });
});
