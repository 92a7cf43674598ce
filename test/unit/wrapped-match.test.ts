import { WrapperTeacher } from '../../tools/wrapped-match';
import type { MatchableModel } from '../../tools/loose-match';

/** A small model written for these tests, so each rule is seen on its own. */
const model: MatchableModel = {
  interactionModel: {
    languageModel: {
      intents: [
        { name: 'NextIntent', samples: ['next', 'what\'s next', 'um next', 'okay what\'s next', 'next please'] },
        { name: 'BackIntent', samples: ['go back', 'go back one', 'sorry go back'] },
        // "step" is not a filler: "step next" teaches nothing.
        { name: 'OddIntent', samples: ['next step', 'step next step'] },
      ],
    },
  },
};

describe('lead-ins and tails learnt from the samples, as Alexa learns them', () => {
  const teacher = new WrapperTeacher(model);

  it('learns a filler as a lead-in or tail of an intent whose samples show it around another of its samples', () => {
    expect([...teacher.leadsOf('NextIntent')].sort()).toEqual(['okay', 'um']);
    expect([...teacher.tailsOf('NextIntent')]).toEqual(['please']);
    expect([...teacher.leadsOf('BackIntent')]).toEqual(['sorry']);
    expect([...teacher.leadsOf('OddIntent')]).toEqual([]);
  });

  it('reads a phrase inside taught wrappers, fewest wrapper words first, up to two on each side', () => {
    expect(teacher.unwrap('um okay what\'s next please').map((u) => u.inner)).toEqual([
      'um okay what\'s next',
      'okay what\'s next please',
      'okay what\'s next',
      'what\'s next please',
      'what\'s next',
    ]);
    expect(teacher.unwrap('um um um next').map((u) => u.inner)).toEqual(['um um next', 'um next']);
  });

  it('takes a reading only for an intent taught every wrapper in it', () => {
    const [reading] = teacher.unwrap('sorry next').filter((u) => u.inner === 'next');
    expect(reading).toBeDefined();
    expect(teacher.teaches('NextIntent', reading!)).toBe(false);
    const [back] = teacher.unwrap('sorry go back one please').filter((u) => u.inner === 'go back one');
    // "please" is taught to NextIntent only.
    expect(teacher.teaches('BackIntent', back!)).toBe(false);
    const [plain] = teacher.unwrap('sorry go back one').filter((u) => u.inner === 'go back one');
    expect(teacher.teaches('BackIntent', plain!)).toBe(true);
  });

  it('never strips the whole phrase, and strips nothing that no intent was taught', () => {
    expect(teacher.unwrap('um')).toEqual([]);
    expect(teacher.unwrap('hello next')).toEqual([]);
  });
});
