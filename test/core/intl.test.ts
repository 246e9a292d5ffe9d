import { expect } from '@open-wc/testing';
import { displayName, formatDate, formatNumber, intl } from '../../src/core/intl.js';
import { FieldReader } from '../../src/core/validate.js';

describe('Intl formatters are created once', () => {
  it('returns the same formatter for the same constructor, locale and options', () => {
    let created = 0;
    class CountingFormat extends Intl.NumberFormat {
      constructor(locale: string, options: Intl.NumberFormatOptions) {
        super(locale, options);
        created++;
      }
    }
    const first = intl(CountingFormat, 'fr', { style: 'percent' });
    for (let i = 0; i < 1000; i++) intl(CountingFormat, 'fr', { style: 'percent' });
    expect(intl(CountingFormat, 'fr', { style: 'percent' })).to.equal(first);
    intl(CountingFormat, 'es', { style: 'percent' });
    expect(created).to.equal(2);
  });

  it('formats as Intl does', () => {
    expect(formatNumber('fr', 20000)).to.equal(new Intl.NumberFormat('fr').format(20000));
    expect(formatNumber('es-PE', 2.9e9, { notation: 'compact' })).to.equal(new Intl.NumberFormat('es-PE', { notation: 'compact' }).format(2.9e9));
    const date = new FieldReader({ when: '2024-06' }).date('when')!;
    expect(formatDate('fr', date)).to.equal(new Intl.DateTimeFormat('fr', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date.date));
  });

  it('names languages, and falls back to the code Intl cannot read', () => {
    expect(displayName('fr', 'language', 'es')).to.equal(new Intl.DisplayNames('fr', { type: 'language' }).of('es'));
    expect(displayName('fr', 'currency', 'not a code')).to.equal('not a code');
  });
});

describe('Intl objects are warmed in idle time', () => {
  it('a widget waiting for its data has its formatters made before it draws: drawing it creates none', async () => {
    const box = document.createElement('div');
    box.lang = 'es-MX';
    box.innerHTML = '<lede-quote-block src="/story-that-never-comes.json#q" loading="lazy"></lede-quote-block>';
    document.body.append(box);
    await import('../../src/index.js');
    const quote = box.firstElementChild as HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };
    // Idle callbacks run in the order they were asked for: the widget's warm-up comes first.
    await new Promise((resolve) => requestIdleCallback(resolve));
    const real = Intl.DateTimeFormat;
    let created = 0;
    Intl.DateTimeFormat = new Proxy(real, { construct: (target, args: [string, Intl.DateTimeFormatOptions]) => (created++, new target(...args)) });
    try {
      quote.data = { text: 'Hola', date: '2024-06-27' };
      await quote.updateComplete;
      expect(quote.shadowRoot!.textContent).to.include('27 de junio de 2024');
      expect(created, 'Intl.DateTimeFormat objects made while drawing').to.equal(0);
    } finally {
      Intl.DateTimeFormat = real;
      box.remove();
    }
  });
});
