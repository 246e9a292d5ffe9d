/**
 * One broken widget never takes its neighbours down: 50 good widgets beside one broken widget of
 * each kind all render, and a widget whose own code throws shows its light DOM and reports.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { LedeQuoteBlock } from '../../src/widgets/quote-block/quote-block.js';
import { faultUrl, newKey } from './faults.js';
import { errorNote, settled, visibleText, sandbox } from './harness.js';
import type { Host } from './routes.js';
import { WIDGETS, type WidgetSpec } from './widgets.js';

/** A directive whose render throws: Lit fails while committing, after the widget's render() returned. */
class Explode extends Directive {
  render(): never {
    throw new Error('commit failed on purpose');
  }
}
const explode = directive(Explode);

/** Subclasses of `widget` whose own code throws at each step; typed through the quote block only to reach the protected hooks. */
function faultySubclasses(widget: WidgetSpec): Record<string, string> {
  const Base = customElements.get(widget.tag) as unknown as typeof LedeQuoteBlock;
  const classes: Record<string, CustomElementConstructor> = {
    'throws-in-read': class extends Base {
      protected override readModel(): never {
        throw new Error('readModel failed on purpose');
      }
    },
    'throws-in-render': class extends Base {
      protected override renderModel(): TemplateResult {
        throw new Error('renderModel failed on purpose');
      }
    },
    'throws-in-commit': class extends Base {
      protected override renderModel(): TemplateResult {
        return html`<p>${explode()}</p>`;
      }
    },
  };
  const tags: Record<string, string> = {};
  for (const [name, ctor] of Object.entries(classes)) {
    tags[name] = `${widget.tag}-${name}`;
    if (!customElements.get(tags[name])) customElements.define(tags[name], ctor);
  }
  return tags;
}

function markup(tag: string, attributes: Record<string, string>, text = ''): Host {
  const el = document.createElement(tag) as Host;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.textContent = text;
  return el;
}

describe('containment', function () {
  this.timeout(20_000);
  const box = sandbox();

  for (const widget of WIDGETS) {
    const text = widget.textField ? String(widget.minimal[widget.textField]) : '';
    const good = (index: number) => {
      const el = document.createElement(widget.tag) as Host;
      el.data = { ...widget.minimal, ...(widget.textField ? { [widget.textField]: `${text} #${index}` } : {}) };
      return el;
    };

    it(`<${widget.tag}>: 50 good widgets render beside one broken widget of each kind`, async () => {
      const goods = Array.from({ length: 50 }, (_, index) => good(index));
      box.container.append(...goods);
      await Promise.all(goods.map((el) => el.updateComplete));
      const before = goods.map((el) => el.shadowRoot!.innerHTML);

      const faulty = faultySubclasses(widget);
      const brokenDocument = markup(widget.tag, {}, '');
      const brokenJson = markup(widget.tag, {});
      brokenJson.innerHTML = '<script type="application/json">{"not": json</script>';
      const notAnObject = document.createElement(widget.tag) as Host;
      notAnObject.data = 42;
      const broken: Record<string, Host> = {
        'nothing usable': brokenDocument,
        'invalid inline JSON': brokenJson,
        'data that is not an object': notAnObject,
        'a src that fails': markup(widget.tag, { loading: 'eager', src: faultUrl(newKey(), 'status', { code: 500 }) }, 'Fallback text'),
        'a src that is not http(s)': markup(widget.tag, { src: 'javascript:ledePwn()' }, 'Fallback text'),
        'readModel throws': markup(faulty['throws-in-read'], {}, 'Fallback text'),
        'renderModel throws': markup(faulty['throws-in-render'], {}, 'Fallback text'),
        'Lit cannot commit the template': markup(faulty['throws-in-commit'], {}, 'Fallback text'),
      };
      const reports = new Map<Element, number>();
      box.container.addEventListener('lede-error', (event) => reports.set(event.target as Element, (reports.get(event.target as Element) ?? 0) + 1));
      // Interleaved: broken widgets between good ones.
      Object.values(broken).forEach((el, index) => goods[index * 6].after(el));
      for (const [name, el] of Object.entries(broken)) {
        await waitUntil(() => errorNote(el), `${name}: no error note`, { interval: 10 });
        expect(reports.get(el), `${name}: lede-error count`).to.equal(1);
        if (el.textContent === 'Fallback text' && !el.getAttribute('src')) {
          expect(visibleText(el), `${name}: the light DOM is shown`).to.include('Fallback text');
        }
      }
      for (const [index, el] of goods.entries()) {
        expect(el.shadowRoot!.querySelector(widget.rendered), `good #${index}`).to.exist;
        expect(errorNote(el), `good #${index} error`).to.equal(null);
        expect(reports.has(el), `good #${index} reported`).to.equal(false);
        if (text) expect(visibleText(el)).to.include(`#${index}`);
      }
      expect(goods.map((el) => el.shadowRoot!.innerHTML), 'neighbours re-rendered or changed').to.deep.equal(before);
    });

    it(`<${widget.tag}>: a widget whose render throws shows its fallback, reports once, and recovers with good data`, async () => {
      const faulty = faultySubclasses(widget);
      for (const name of ['throws-in-render', 'throws-in-commit']) {
        const el = markup(faulty[name], {}, 'Fallback text');
        const reports: string[][] = [];
        el.addEventListener('lede-error', (event) => reports.push(event.detail.problems.map((problem) => problem.message)));
        el.data = { ...widget.minimal };
        box.container.append(el);
        await el.updateComplete;
        expect(settled(el, widget), name).to.equal(true);
        expect(visibleText(el), name).to.include('Fallback text');
        expect(reports, name).to.have.length(1);
        expect(reports[0].join(' '), name).to.match(/could not be drawn: (renderModel|commit) failed on purpose/);
        el.requestUpdate();
        await el.updateComplete;
        expect(reports, `${name}: reported again`).to.have.length(1);
      }
      // The plain widget beside them draws.
      const plain = good(0);
      box.container.append(plain);
      await plain.updateComplete;
      expect(plain.shadowRoot!.querySelector(widget.rendered)).to.exist;
    });
  }
});
