// The review panel's messages: every locale file carries every English key with the same
// placeholders (the catalogue types check the keys; this checks what is inside them), and
// the panel's English arrives with the panel (most of it with its views, on demand), not
// with the client widgets' catalogue.
import { expect } from '@open-wc/testing';
import { reviewPanel as ar } from '../../src/i18n/ar/review-panel.js';
import { enClient } from '../../src/i18n/en/client.js';
import { reviewPanel as english } from '../../src/i18n/en/review-panel.js';
import { reviewPanel as es } from '../../src/i18n/es/review-panel.js';
import { reviewPanel as fr } from '../../src/i18n/fr/review-panel.js';
import { reviewPanel as hi } from '../../src/i18n/hi/review-panel.js';
import { reviewPanel as zhHans } from '../../src/i18n/zh-Hans/review-panel.js';
import { Localizer } from '../../src/i18n/catalogue.js';
import { loadViews } from '../../src/lazy/panel-views.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('review panel messages', () => {
  for (const [name, catalogue] of Object.entries({ es, ar, fr, 'zh-Hans': zhHans, hi })) {
    it(`${name} has every English message with the same placeholders`, () => {
      const messages = catalogue as Record<string, string>;
      for (const key of Object.keys(english) as (keyof typeof english)[]) {
        expect(messages[key], `${name}: ${key}`).to.be.a('string').and.not.equal('');
        expect(placeholders(messages[key]), `${name}: ${key}`).to.deep.equal(placeholders(english[key]));
      }
      expect(Object.keys(messages).length).to.equal(Object.keys(english).length);
    });
  }

  it('keeps the panel’s English out of the client catalogue until the panel loads', async () => {
    // The client widgets' built-in English (what the client bundles carry) has none of it.
    expect('rp.title' in enClient).to.equal(false);
    expect(new Localizer('en').t('rp.title')).to.not.equal('Homework review');
    await import('../../src/define/hw-review-panel.js');
    expect(new Localizer('en').t('rp.title')).to.equal('Homework review');
  });

  it('adds the rest of the panel’s English with its views, which load on demand', async () => {
    await import('../../src/define/hw-review-panel.js');
    expect(new Localizer('en').t('rp.list.empty')).to.not.equal('No entries match these filters.');
    await loadViews();
    expect(new Localizer('en').t('rp.list.empty')).to.equal('No entries match these filters.');
  });
});
