import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { LedeExplainer } from '../../../src/index.js';
import story from '../../../demo/stories/huawei-peru.json' with { type: 'json' };
import { part, parts, text } from '../../helpers.js';
import { WIDGETS } from '../../security/widgets.js';
import { runBaseBehaviour } from '../../shared/base-behaviour.js';

runBaseBehaviour(WIDGETS.find((widget) => widget.tag === 'lede-explainer')!);

async function mount(data: unknown): Promise<LedeExplainer> {
  const box = await fixture<HTMLElement>(html`<div lang="fr"><lede-explainer .data=${data}></lede-explainer></div>`);
  const el = box.querySelector('lede-explainer')!;
  await el.updateComplete;
  return el;
}

const details = (el: Element) => part(el, 'details') as HTMLDetailsElement;
/** The answer is shown (a closed <details> hides everything but its summary). */
const shown = (el: Element) => part(el, 'answer')!.checkVisibility();

describe('<lede-explainer>', () => {
  it('asks the story’s question and answers in its two paragraphs, then its points and source', async () => {
    const el = await mount(story.explainers[0]);
    expect(text(part(el, 'question'))).to.equal('Qu’est-ce que l’initiative Belt and Road ?');
    const paragraphs = [...part(el, 'answer')!.querySelectorAll('p')].map(text);
    expect(paragraphs).to.have.length(2);
    expect(paragraphs[0]).to.match(/^L’initiative Belt and Road \(BRI\).*croissance économique\.$/);
    expect(paragraphs[1]).to.match(/^Le Pérou a reçu 2,9 milliards de dollars/);
    expect(parts(el, 'points')[0].querySelectorAll('li')).to.have.length(3);
    expect(text(part(el, 'source'))).to.equal('South China Morning Post (SCMP)');
  });

  it('is a <details> whose <summary> is the question: closed at first, opened and closed by the keyboard', async () => {
    const el = await mount(story.explainers[0]);
    expect(part(el, 'question')!.localName).to.equal('summary');
    expect([details(el).open, shown(el)]).to.deep.equal([false, false]);
    part(el, 'question')!.focus();
    await sendKeys({ press: 'Enter' });
    expect([details(el).open, shown(el)], 'Enter opens it').to.deep.equal([true, true]);
    await sendKeys({ press: 'Enter' });
    expect(details(el).open, 'Enter again closes it').to.equal(false);
  });

  it('starts open with `open`, and keeps the reader’s choice when it draws again', async () => {
    const el = await mount({ ...story.explainers[0], open: true });
    expect(shown(el)).to.equal(true);
    part(el, 'question')!.click();
    expect(details(el).open).to.equal(false);
    el.data = { ...el.data, source: 'Autre source' };
    await el.updateComplete;
    expect([details(el).open, text(part(el, 'source'))]).to.deep.equal([false, 'Autre source']);
    el.data = { ...el.data, open: false };
    await el.updateComplete;
    el.data = { ...el.data, open: true };
    await el.updateComplete;
    expect(details(el).open, 'the data opens it again').to.equal(true);
  });

  it('splits the answer into paragraphs at blank lines only, and collapses other white space', async () => {
    const el = await mount({ question: 'Q ?', answer: 'Un\n  deux\n\n\ttrois \n \n quatre' });
    expect([...part(el, 'answer')!.querySelectorAll('p')].map(text)).to.deep.equal(['Un deux', 'trois', 'quatre']);
  });
});
