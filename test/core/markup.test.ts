import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { isolateTags, markup, markupText, markupUi, template } from '../../src/core/markup.js';

const drawn = (...pieces: unknown[]): HTMLElement => {
  const box = document.createElement('div');
  render(template(...pieces), box);
  return box;
};

describe('template (one template from markup and values)', () => {
  it('draws values as text, never as markup, and a locale text given as markup as text too', () => {
    const box = drawn(markup('<p class="line">'), markupText('a < b & "c"'), ' · ', '<b>data</b>', markup('</p>'));
    expect(box.querySelectorAll('b').length).to.equal(0);
    expect(box.querySelector('p.line')!.textContent).to.equal('a < b & "c" · <b>data</b>');
  });

  it('leaves out the runs of pieces given as empty arrays, and reuses one template per shape', () => {
    const shape = (note?: string) => template(markup('<p>'), 'text', note ? [markup('<span>'), note, markup('</span>')] : [], markup('</p>'));
    expect(shape('a').strings).to.equal(shape('b').strings);
    expect(shape().strings).not.to.equal(shape('a').strings);
    const box = drawn(shape());
    expect(box.querySelector('p')!.children.length).to.equal(0);
  });

  it('isolates a UI string as inStrings does: white space outside, lang="en" where English stands in', () => {
    const locale = { fallback: true, dir: 'ltr' as const, isolate: true };
    const box = drawn(markup('<p>'), markupUi(locale, 'Source : '), markup('</p>'));
    expect(box.querySelector('p')!.innerHTML.replace(/<!--[^]*?-->/g, '')).to.equal('<span lang="en" dir="ltr">Source :</span> ');
    const [open, close] = isolateTags({ ...locale, isolate: false });
    expect(drawn(markup('<p>'), open, 'x', close, markup('</p>')).querySelector('p span')).to.equal(null);
  });
});
