import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import '../../src/index.js';
import { LedeQuoteBlock } from '../../src/index.js';
import { captureWarnings } from '../helpers.js';

describe('defineElement', () => {
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
