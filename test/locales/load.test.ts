import { expect } from '@open-wc/testing';
import { resolveLocale } from '../../src/core/locale.js';
import '../../src/widgets/deal-card/index.js';

// No language module is imported up front in this file (importing one makes its strings available
// at once): each test below is the first to use its language in this page.
describe('language strings, loaded on demand', () => {
  it('has English at once, and loads another language once, on first use', async () => {
    expect(resolveLocale('en-US').ready).to.equal(undefined);
    const first = resolveLocale('zh-CN');
    expect(first.ready).to.be.an.instanceOf(Promise);
    // Every widget asking meanwhile waits for the same load.
    expect(resolveLocale('zh-SG').ready).to.equal(first.ready);
    await first.ready;
    const { zh } = await import('../../src/locales/zh.js');
    const done = resolveLocale('zh-CN');
    expect([done.ready, done.messages]).to.deep.equal([undefined, zh]);
  });

  it('a widget draws nothing in English meanwhile, showing its light DOM, then draws in its language', async () => {
    expect(resolveLocale('fr').ready).to.be.an.instanceOf(Promise);
    const el = document.createElement('lede-deal-card');
    el.setAttribute('lang', 'fr');
    el.setAttribute('headline', 'Accord');
    el.setAttribute('status', 'signed');
    el.innerHTML = '<h3>Accord signé</h3>';
    const drawn: string[] = [];
    /** The light DOM's height each time the shadow root changes while the strings are still on their way. */
    const waiting: number[] = [];
    document.body.append(el);
    new MutationObserver(() => {
      drawn.push(el.shadowRoot!.textContent ?? '');
      if (resolveLocale('fr').ready) waiting.push(el.firstElementChild!.getBoundingClientRect().height);
    }).observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Signé');
    expect(drawn.join('|')).not.to.contain('Signed');
    // Meanwhile the reader saw the light DOM, not an empty box.
    expect(waiting.length).to.be.greaterThan(0);
    expect(Math.min(...waiting)).to.be.greaterThan(0);
    el.remove();
  });

  it('ignores a table left by a language file that lacks strings (another version of Lede) and loads its own', async () => {
    const registry = ((globalThis as { [key: symbol]: Record<string, unknown> })[Symbol.for('lede-widgets.strings')] ??= {});
    registry['zh-Hant'] = { source: 'old' };
    const first = resolveLocale('zh-TW');
    expect(first.ready, 'loads its own file').to.be.an.instanceOf(Promise);
    await first.ready;
    expect(resolveLocale('zh-TW').messages.source).to.equal('來源：');
  });

  it('has at once the strings of a language file the page ran itself, before Lede', async () => {
    // As `<script type="module" src="lede-es.js">` placed before the library does.
    const { es } = await import('../../src/locales/es.js');
    const spanish = resolveLocale('es-PE');
    expect([spanish.ready, spanish.messages]).to.deep.equal([undefined, es]);
  });
});
