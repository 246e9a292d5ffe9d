import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { LedeTimeline, TimelineData } from '../../../src/index.js';
import story from '../../../demo/stories/huawei-peru.json' with { type: 'json' };
import { captureWarnings, hasPart, nextProblems, part, parts, text } from '../../helpers.js';
import { WIDGETS } from '../../security/widgets.js';
import { runBaseBehaviour } from '../../shared/base-behaviour.js';

runBaseBehaviour(WIDGETS.find((widget) => widget.tag === 'lede-timeline')!);

async function mount(data: unknown, { lang = 'fr', width = 600 } = {}): Promise<LedeTimeline> {
  const box = await fixture<HTMLElement>(html`<div lang=${lang} style=${`width: ${width}px`}><lede-timeline .data=${data}></lede-timeline></div>`);
  const el = box.querySelector('lede-timeline')!;
  await el.updateComplete;
  return el;
}

/** Each event as [date as shown, its datetime or null, title]. */
const events = (el: Element) =>
  parts(el, 'event').map((event) => {
    const date = event.querySelector('[part~="date"]')!;
    return [text(date), date.querySelector('time')?.dateTime ?? null, text(event.querySelector('[part~="title"]'))];
  });

describe('<lede-timeline>', () => {
  it('draws the story’s timeline as the article dates it: 2021, then its words for the rest, in the order given', async () => {
    const el = await mount(story.timelines[0]);
    expect(text(part(el, 'headline'))).to.equal('Le Pérou, la Chine et Huawei');
    expect(part(el, 'events')!.localName).to.equal('ol');
    expect(events(el)).to.deep.equal([
      ['2021', '2021', 'Le Pérou accorde des droits portuaires exclusifs à Cosco'],
      ['l’an dernier', null, 'Le Pérou reçoit 2,9 milliards de dollars au titre de l’initiative Belt and Road'],
      ['récemment', null, 'Dina Boluarte visite le siège de Huawei'],
      ['au cours de la visite', null, 'Accord avec Huawei pour former 20 000 jeunes au Pérou à l’IA'],
    ]);
    expect(text(part(el, 'source'))).to.equal('South China Morning Post (SCMP)');
  });

  it('puts dated events in date order, whatever their precision, and leaves undated ones where they were', async () => {
    const el = await mount({
      events: [
        { date: '2024-06-27', title: 'C' },
        { label: 'entre-temps', title: 'Undated' },
        { date: '2021', title: 'A' },
        { date: '2024-06', title: 'B' },
      ],
    });
    expect(events(el).map(([, iso, title]) => [iso, title])).to.deep.equal([
      ['2021', 'A'],
      [null, 'Undated'],
      ['2024-06', 'B'],
      ['2024-06-27', 'C'],
    ]);
  });

  it('writes a date in words inside its <time> when both are given, and an event’s own text and source', async () => {
    const el = await mount({ events: [{ date: '2023', label: 'l’an dernier', title: 'T', text: 'Plus de détails.', source: 'SCMP', sourceUrl: 'https://www.scmp.com/' }] });
    expect(events(el)).to.deep.equal([['l’an dernier', '2023', 'T']]);
    expect(text(part(el, 'text'))).to.equal('Plus de détails.');
    const event = part(el, 'event')!;
    expect(text(event.querySelector('.source'))).to.equal('Source\u202F: SCMP');
    expect(event.querySelector('.source a')!.getAttribute('href')).to.equal('https://www.scmp.com/');
    expect(hasPart(el, 'source'), 'no source line for the whole timeline').to.equal(false);
  });

  it('has the dates in a column beside the line on wide containers, above each event from 280 px', async () => {
    const wide = await mount(story.timelines[0], { width: 600 });
    const [date, what] = ['[part~="date"]', '.what'].map((selector) => part(wide, 'event')!.querySelector(selector)!.getBoundingClientRect());
    expect(date.right, 'the date before the event, on one row').to.be.at.most(what.left + 1);
    expect(Math.abs(date.top - what.top)).to.be.below(2);
    const narrow = await mount(story.timelines[0], { width: 280 });
    const [date2, what2] = ['[part~="date"]', '.what'].map((selector) => part(narrow, 'event')!.querySelector(selector)!.getBoundingClientRect());
    expect(date2.bottom, 'the date above its event').to.be.at.most(what2.top + 1);
    expect(narrow.scrollWidth, 'nothing sticks out at 280 px').to.be.at.most(280);
  });

  it('leaves out an event without a title, says so, and draws the others', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('lede-timeline') as LedeTimeline;
      // An event without its title, as a data desk may send it.
      el.data = { events: [{ date: '2021' }, { title: 'Kept' }] } as unknown as Partial<TimelineData>;
      const problems = nextProblems(el);
      (await fixture<HTMLElement>(html`<div lang="fr"></div>`)).append(el);
      expect((await problems).map((problem) => problem.field)).to.deep.equal(['events[0].title']);
      expect(events(el).map(([, , title]) => title)).to.deep.equal(['Kept']);
    } finally {
      warnings.restore();
    }
  });
});
