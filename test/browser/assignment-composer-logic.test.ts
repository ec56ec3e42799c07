// The composer's pure logic: the specificity check, the form <-> assignment mapping, the
// embed snippet and link, which messages can be reworded, and the six catalogues.
import { expect } from '@open-wc/testing';
import { parseAssignment } from '../../src/core/assignment.js';
import { assignmentUrl } from '../../src/core/assignment-url.js';
import {
  assignmentFromForm,
  clientLink,
  embedSnippet,
  emptyForm,
  formFromAssignment,
} from '../../src/core/compose-assignment.js';
import { checkSpecificity, vagueAspects } from '../../src/core/specificity.js';
import { adaptableKeys } from '../../src/i18n/adaptable-keys.js';
import * as ar from '../../src/i18n/ar/assignment-composer.js';
import * as en from '../../src/i18n/en/assignment-composer.js';
import { assignmentWords } from '../../src/i18n/en/assignment-words.js';
import * as es from '../../src/i18n/es/assignment-composer.js';
import * as fr from '../../src/i18n/fr/assignment-composer.js';
import * as hi from '../../src/i18n/hi/assignment-composer.js';
import * as zhHans from '../../src/i18n/zh-Hans/assignment-composer.js';

describe('specificity check', () => {
  it('finds everything vague in an empty or one-word assignment', () => {
    expect(vagueAspects({})).to.deep.equal(['what', 'when', 'where', 'howLong']);
    expect(vagueAspects({ instructions: 'Practise.' })).to.deep.equal(['what', 'when', 'where', 'howLong']);
  });

  it('finds nothing vague when what, when, where and how long are all said', () => {
    const instructions = 'After dinner on two evenings, at home, write down one situation for 10 minutes.';
    expect(vagueAspects({ instructions })).to.deep.equal([]);
  });

  it('names only what is missing', () => {
    expect(vagueAspects({ instructions: 'Write down one situation that upset you for 10 minutes.' })).to.deep.equal([
      'when',
      'where',
    ]);
    expect(checkSpecificity({ instructions: 'Write down one situation that upset you at work.' })).to.deep.equal({
      what: false,
      when: true,
      where: false,
      howLong: true,
    });
  });

  it('counts a due date as "when", and ignores one that is not a date', () => {
    const instructions = 'Write down one situation that upset you at home, 10 minutes.';
    expect(vagueAspects({ instructions, dueDate: '2026-12-01' })).to.deep.equal([]);
    expect(vagueAspects({ instructions, dueDate: 'soonish' })).to.deep.equal(['when']);
  });

  it('reads clock times and repetitions', () => {
    expect(checkSpecificity({ instructions: 'at 18:30 in the kitchen, 3 times' })).to.include({
      when: false,
      where: false,
      howLong: false,
    });
    expect(checkSpecificity({ instructions: 'twice at 7pm' })).to.include({ when: false, howLong: false });
  });

  it('matches whole word starts, not pieces of other words', () => {
    // "scared" contains "car", "bathroom" does not start "room"; neither is a place.
    expect(checkSpecificity({ instructions: 'notice when scared' }).where).to.equal(true);
  });

  it('understands the six shipped languages', () => {
    const specific = [
      'Después de cenar, en casa, escribe una situación durante 10 minutos.',
      'Après le dîner, à la maison, notez une situation pendant 10 minutes.',
      'بعد العشاء في البيت، اكتب موقفًا واحدًا لمدة 10 دقائق.',
      '每天晚饭后在家里花10分钟记录一个情境。',
      'रात के खाने के बाद घर पर 10 मिनट एक स्थिति लिखें।',
    ];
    for (const instructions of specific) expect(vagueAspects({ instructions }), instructions).to.deep.equal([]);
  });

  it('counts Chinese words without spaces for "what"', () => {
    expect(checkSpecificity({ instructions: '记录一个让你难过的情境' }).what).to.equal(false);
    expect(checkSpecificity({ instructions: '记录' }).what).to.equal(true);
  });
});

describe('composer form and assignment', () => {
  it('turns an untouched form into a minimal valid assignment', () => {
    const a = assignmentFromForm(emptyForm('a-1'), adaptableKeys('thought-record'));
    expect(a).to.deep.equal({ id: 'a-1', exercise: 'thought-record', size: 'full', columns: 7, showDistortions: true });
    expect(parseAssignment(a).success).to.equal(true);
  });

  it('keeps a raised crisis-help threshold, and leaves out the default or one off the scale', () => {
    const mood = (helpAtOrBelow: string, scale: '0-10' | '0-100' | 'valence' = '0-10') =>
      assignmentFromForm({ ...emptyForm('a-3', 'mood-tracker'), scale, helpAtOrBelow }, adaptableKeys('mood-tracker'));
    expect(mood('3').helpAtOrBelow).to.equal(3);
    expect(mood('').helpAtOrBelow, 'default: the lowest step').to.equal(undefined);
    expect(mood('-5').helpAtOrBelow, 'below the floor is not offered').to.equal(undefined);
    expect(mood('30', '0-100').helpAtOrBelow).to.equal(30);
    expect(mood('-1', 'valence').helpAtOrBelow).to.equal(-1);
    expect(formFromAssignment(mood('4')).helpAtOrBelow).to.equal('4');
    expect(parseAssignment(mood('4')).success).to.equal(true);
  });

  it('keeps only the fields that say something, and sizes the thought record', () => {
    const form = {
      ...emptyForm('a-2'),
      title: '  ',
      instructions: ' Tonight at home ',
      size: 'quick' as const,
      locale: 'fr',
      framing: 'community' as const,
      wording: { 'tr.situation.label': 'Que s’est-il passé ?', 'framing.community': 'Pour nous tous', 'be.title': 'x' },
      distortions: 'Fortune telling\n\n Mind reading ',
      variant: 'B',
      hints: false,
    };
    const a = assignmentFromForm(form, adaptableKeys('thought-record', 'community'));
    expect(a).to.deep.equal({
      id: 'a-2',
      exercise: 'thought-record',
      instructions: 'Tonight at home',
      locale: 'fr',
      framing: 'community',
      // Wording of another exercise (be.title) is not sent along.
      overrides: { 'framing.community': 'Pour nous tous', 'tr.situation.label': 'Que s’est-il passé ?' },
      variant: 'B',
      features: { hints: false, reminders: true },
      size: 'quick',
      columns: 3,
      showDistortions: true,
      distortions: ['Fortune telling', 'Mind reading'],
    });
    expect(parseAssignment(a).success).to.equal(true);
  });

  it('carries the mood scale and emotion words, and the plan-only choice', () => {
    const mood = assignmentFromForm(
      { ...emptyForm('m', 'mood-tracker'), scale: 'valence', emotions: 'Homesick\nProud' },
      adaptableKeys('mood-tracker'),
    );
    expect(mood).to.include({ scale: 'valence' });
    expect(mood.emotions).to.deep.equal(['Homesick', 'Proud']);
    expect(mood.columns).to.equal(undefined);
    const experiment = assignmentFromForm(
      { ...emptyForm('e', 'behavioural-experiment'), allowPlanOnly: true, reminders: false },
      adaptableKeys('behavioural-experiment'),
    );
    expect(experiment).to.include({ allowPlanOnly: true });
    expect(experiment.features).to.deep.equal({ hints: true, reminders: false });
  });

  it('reads an assignment back into the same form (edit, duplicate)', () => {
    const original = assignmentFromForm(
      {
        ...emptyForm('a-3', 'mood-tracker'),
        note: 'Well done last week',
        dueDate: '2026-12-01',
        scale: '0-100',
        emotions: 'Calm',
        wording: { 'mood.intro': 'Just your mood, please.' },
        framing: 'family',
        hints: false,
      },
      adaptableKeys('mood-tracker', 'family'),
    );
    const again = assignmentFromForm(formFromAssignment(original), adaptableKeys('mood-tracker', 'family'));
    expect(again).to.deep.equal(original);
  });

  it('lists each exercise’s prompts, hints and examples, never error messages', () => {
    const thought = adaptableKeys('thought-record');
    expect(thought).to.include.members(['tr.situation.label', 'tr.situation.hint', 'distortion.labelling']);
    expect(thought).to.include('review.effort');
    expect(thought).not.to.include('situationMissing');
    expect(thought.some((key) => key.startsWith('be.') || key.startsWith('mood.'))).to.equal(false);
    const mood = adaptableKeys('mood-tracker');
    expect(mood).to.include('mood.intro');
    expect(mood.some((key) => key.startsWith('mood.emotion.') || key.startsWith('mood.history'))).to.equal(false);
    const experiment = adaptableKeys('behavioural-experiment', 'family');
    expect(experiment[0]).to.equal('framing.family');
    expect(experiment).to.include('be.target.hint');
    expect(experiment).not.to.include('be.targetMissing');
  });
});

describe('embed snippet and link', () => {
  it('writes the client widget with assignment-src and the entries endpoint, escaped', () => {
    expect(embedSnippet('mood-tracker', 'https://p.example/api/assignments/a1')).to.equal(
      '<hw-mood-tracker assignment-src="https://p.example/api/assignments/a1"></hw-mood-tracker>',
    );
    expect(embedSnippet('thought-record', 'https://p.example/a?x=1&y="2"', 'https://p.example/"><script>')).to.equal(
      '<hw-thought-record endpoint="https://p.example/&quot;>&lt;script>"' +
        ' assignment-src="https://p.example/a?x=1&amp;y=&quot;2&quot;"></hw-thought-record>',
    );
  });

  it('builds the assignment URL from the endpoint, or takes the server’s', () => {
    expect(assignmentUrl('https://p.example/api/assignments', 'a b/c')).to.equal(
      'https://p.example/api/assignments/a%20b%2Fc',
    );
    expect(assignmentUrl('https://p.example/api/assignments/', 'x', '/api/assignments/x')).to.equal(
      'https://p.example/api/assignments/x',
    );
  });

  it('links to the client page with the exercise and the assignment address', () => {
    const link = clientLink(
      'client.html',
      'https://p.example/demo/composer.html',
      'https://p.example/a/1',
      'mood-tracker',
    );
    const url = new URL(link);
    expect(url.pathname).to.equal('/demo/client.html');
    expect(url.searchParams.get('exercise')).to.equal('mood-tracker');
    expect(url.searchParams.get('assignment-src')).to.equal('https://p.example/a/1');
  });
});

describe('composer catalogues', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  // The framing intros and the preview note sit in their own English file (a lazy chunk) but
  // in each translation's assignmentClient.
  const english = { ...en.assignmentClient, ...assignmentWords, ...en.assignmentComposer } as Record<string, string>;
  const locales = { es, ar, fr, 'zh-Hans': zhHans, hi };
  for (const [name, module] of Object.entries(locales)) {
    it(`${name} has every composer message, translated, with the same placeholders`, () => {
      const messages = { ...module.assignmentClient, ...module.assignmentComposer } as Record<string, string>;
      expect(Object.keys(messages).sort()).to.deep.equal(Object.keys(english).sort());
      for (const key of Object.keys(english)) {
        expect(messages[key], `${name}: ${key}`).to.be.a('string').and.not.equal('');
        expect(placeholders(messages[key]), `${name}: ${key}`).to.deep.equal(placeholders(english[key]));
      }
      // Translated, not copied: most messages differ from the English.
      const same = Object.keys(english).filter((key) => messages[key] === english[key]);
      expect(same.length, `${name} copies ${same.join(', ')}`).to.be.below(3);
    });
  }
});
