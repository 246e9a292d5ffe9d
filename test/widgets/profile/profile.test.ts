import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { LedeProfile } from '../../../src/index.js';
import story from '../../../demo/stories/huawei-peru.json' with { type: 'json' };
import { captureWarnings, hasPart, nextProblems, part, text } from '../../helpers.js';
import { LANGUAGES } from '../../../src/locales/languages.js';
import { WIDGETS } from '../../security/widgets.js';
import { runBaseBehaviour } from '../../shared/base-behaviour.js';

runBaseBehaviour(WIDGETS.find((widget) => widget.tag === 'lede-profile')!);

const IMAGE = { src: 'https://example.org/dina.jpg', alt: 'Portrait de Dina Boluarte' };

async function mount(data: unknown, lang = 'fr'): Promise<LedeProfile> {
  const box = await fixture<HTMLElement>(html`<div lang=${lang}><lede-profile .data=${data}></lede-profile></div>`);
  const el = box.querySelector('lede-profile')!;
  await el.updateComplete;
  return el;
}

/** Mounts `data`, which has a problem, and returns the problems' fields with the widget. */
async function withProblems(data: unknown): Promise<[string[], LedeProfile]> {
  const warnings = captureWarnings();
  try {
    const el = document.createElement('lede-profile') as LedeProfile;
    el.data = data as LedeProfile['data'];
    const problems = nextProblems(el);
    (await fixture<HTMLElement>(html`<div lang="fr"></div>`)).append(el);
    return [(await problems).map((problem) => problem.field), el];
  } finally {
    warnings.restore();
  }
}

describe('<lede-profile>', () => {
  it('draws the story’s profile: Dina Boluarte, Présidente du Pérou, her country named in the reader’s language', async () => {
    const el = await mount(story.profiles[0]);
    expect(text(part(el, 'name'))).to.equal('Dina Boluarte');
    expect(text(part(el, 'description'))).to.equal('Présidente du Pérou');
    expect(text(part(el, 'about')), 'a person’s kind is not written out').to.equal('Pérou');
    expect(text(part(el, 'bio'))).to.include('siège de Huawei');
    expect(hasPart(el, 'image'), 'the article has no image').to.equal(false);
    for (const lang of ['en', 'es', 'ja', 'ar']) {
      expect(text(part(await mount(story.profiles[0], lang), 'about')), lang).to.equal(new Intl.DisplayNames(lang, { type: 'region' }).of('PE'));
    }
  });

  it('shows an image with its alt, lazily, its square reserved by width and height', async () => {
    const el = await mount({ name: 'Dina Boluarte', image: IMAGE });
    const image = part(el, 'image') as HTMLImageElement;
    expect([image.getAttribute('src'), image.alt, image.loading, image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal([IMAGE.src, IMAGE.alt, 'lazy', '96', '96']);
  });

  it('shows no image without an alt, nor from a src that is not http(s), and says why', async () => {
    for (const [image, field] of [
      [{ src: IMAGE.src }, 'image.alt'],
      [{ src: IMAGE.src, alt: '  ' }, 'image.alt'],
      [{ src: 'javascript:ledePwn()', alt: 'x' }, 'image.src'],
      ['https://example.org/dina.jpg', 'image'],
    ] as const) {
      const [fields, el] = await withProblems({ name: 'Dina Boluarte', image });
      expect(fields, JSON.stringify(image)).to.deep.equal([field]);
      expect(hasPart(el, 'image'), JSON.stringify(image)).to.equal(false);
      expect(text(part(el, 'name'))).to.equal('Dina Boluarte');
    }
  });

  it('writes an organisation’s kind, links the name, and formats facts', async () => {
    const el = await mount({ name: 'Huawei', kind: 'company', country: 'CN', url: 'https://www.huawei.com/', facts: [{ label: 'Jeunes à former', value: 20000 }, { label: 'Siège', value: 'Shenzhen' }] });
    expect(text(part(el, 'about'))).to.equal(`Entreprise · ${new Intl.DisplayNames('fr', { type: 'region' }).of('CN')}`);
    expect(part(el, 'name')!.querySelector('a')!.getAttribute('href')).to.equal('https://www.huawei.com/');
    expect([...part(el, 'facts')!.querySelectorAll('dt, dd')].map(text)).to.deep.equal(['Jeunes à former', new Intl.NumberFormat('fr').format(20000), 'Siège', 'Shenzhen']);
  });

  it('writes a four-digit fact (a year, a count) without a group separator in every language, and groups from five digits', async () => {
    const facts = [{ label: 'Fondée en', value: 1987 }, { label: 'Salariés', value: '4500' }, { label: 'Jeunes à former', value: 20000 }, { label: 'Part', value: 1234.5 }];
    for (const lang of LANGUAGES) {
      const el = await mount({ name: 'Huawei', facts }, lang);
      const ungrouped = (value: number) => new Intl.NumberFormat(lang, { useGrouping: false }).format(value);
      expect([...part(el, 'facts')!.querySelectorAll('dd')].map(text), lang).to.deep.equal([ungrouped(1987), ungrouped(4500), new Intl.NumberFormat(lang).format(20000), ungrouped(1234.5)]);
    }
    expect(text(part(await mount({ name: 'Huawei', facts }, 'de'), 'facts')!.querySelector('dd')!), 'German').to.equal('1987');
  });

  it('refuses a country Intl cannot name', async () => {
    const [fields, el] = await withProblems({ name: 'X', country: 'ZZ' });
    expect(fields).to.deep.equal(['country']);
    expect(hasPart(el, 'about')).to.equal(false);
  });
});
