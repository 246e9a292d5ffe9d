import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import '../../src/index.js';
import { LedeQuoteBlock } from '../../src/index.js';
import { captureWarnings } from '../helpers.js';

describe('defineElement', () => {
  it('does nothing when the same version defines a tag again', () => {
    const warnings = captureWarnings();
    try {
      class Copy extends LedeQuoteBlock {}
      expect(() => defineElement('lede-quote-block', Copy)).not.to.throw();
      expect(customElements.get('lede-quote-block')).to.equal(LedeQuoteBlock);
      expect(warnings.calls).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('warns once when another version is already defined', () => {
    class Old extends LitElement {
      static version = '0.0.1';
    }
    customElements.define('lede-test-old', Old);
    const warnings = captureWarnings();
    try {
      defineElement('lede-test-old', class extends LitElement {});
      defineElement('lede-test-old', class extends LitElement {});
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.include('0.0.1').and.include(VERSION);
    } finally {
      warnings.restore();
    }
  });

  it('warns instead of throwing when the browser refuses a definition', () => {
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('lede-also-quote', LedeQuoteBlock)).not.to.throw();
      expect(warnings.calls[0]).to.include('could not be defined');
    } finally {
      warnings.restore();
    }
  });
});

describe('VERSION', () => {
  it('matches package.json', async () => {
    const pkg = (await (await fetch(new URL('../../package.json', import.meta.url))).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
