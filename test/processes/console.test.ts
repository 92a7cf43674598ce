import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offeredStep as offered, WELCOME, welcomedBackTo, whereAt } from '../helpers/expected';
import { run, runWithInput } from '../helpers/processes';

/** One turn as the console prints it: the phrase, what Alexa was sent, and her whole answer. */
const turn = (phrase: string, sent: string, answer: string) => [`U: ${phrase}`, `   [${sent}]`, `A: ${answer}`];

jest.setTimeout(60_000);

describe('the console (npm start)', () => {
  it('keeps the place in the file store by default, so a second run is welcomed back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-'));
    const first = await run('npm', ['start', '--silent', '--', 'open crispy pork belly', 'go to step three', 'stop'], { STATE_DIR: dir });
    expect(first).toBe(
      [
        ...turn('open crispy pork belly', 'LaunchRequest', WELCOME),
        '',
        ...turn('go to step three', 'GoToStepIntent {"stepNumber":"3"}', offered(3)),
        '',
        ...turn('stop', 'AMAZON.StopIntent', 'I’ve kept your place at step 3. Happy cooking!'),
        '   [session ended; say "open crispy pork belly" to come back]',
        '',
        '',
      ].join('\n'),
    );
    expect(readdirSync(dir)).toHaveLength(1);
    const second = await run('npm', ['start', '--silent', '--', 'open crispy pork belly', 'continue'], { STATE_DIR: dir });
    expect(second).toBe(
      [
        ...turn('open crispy pork belly', 'LaunchRequest', welcomedBackTo(3)),
        '',
        ...turn('continue', 'AMAZON.ResumeIntent', offered(3)),
        '',
        '',
      ].join('\n'),
    );
  });

  it('answers typed lines one by one, says when a phrase matches nothing, and leaves on "exit"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-'));
    const typed = ['open crispy pork belly', 'start', 'sing me a song', 'where am I', 'right so where am I mate', 'exit', 'next'].join('\n');
    const out = await runWithInput('npm', ['start', '--silent'], { STATE_DIR: dir }, `${typed}\n`);
    // A prompt before each typed line; nothing after "exit" is sent.
    const typedTurn = (phrase: string, sent: string, answer: string) => turn(phrase, sent, answer).map((l, i) => (i ? l : `> ${l}`));
    expect(out).toBe(
      [
        'Crispy Pork Belly console. Say "open crispy pork belly" to begin; "exit" leaves.',
        ...typedTurn('open crispy pork belly', 'LaunchRequest', WELCOME),
        ...typedTurn('start', 'StartCookingIntent', offered(1)),
        ...typedTurn(
          'sing me a song',
          "no match: that phrase isn't in the interaction model, so Alexa sends AMAZON.FallbackIntent",
          'Sorry, I didn’t get that. You’re on step 1. Say next when you’re ready, or repeat.',
        ),
        ...typedTurn('where am I', 'WhereAmIIntent', whereAt(1)),
        ...typedTurn('right so where am I mate', 'WhereAmIIntent; matched inside "right so", "mate", which its samples teach it', whereAt(1)),
        '> ',
      ].join('\n'),
    );
  });
});
