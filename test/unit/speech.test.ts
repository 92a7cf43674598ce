import { escapeXml, speakable, spokenMeasure, toSsml, writtenMeasure } from '../../lambda/speech';
import { expectValidSsml } from '../helpers/ssml';

describe('speakable: the recipe’s written text as a cook hears it', () => {
  it.each([
    ['½ tsp baking soda', 'half a teaspoon baking soda'],
    ['1½ tsp fine sea salt', 'one and a half teaspoons fine sea salt'],
    ['3–4 lb (1.5–1.8 kg) pork belly', '3 to 4 pounds pork belly'],
    ['Preheat the oven to 275°F (135°C).', 'Preheat the oven to 275 degrees Fahrenheit.'],
    ['position the rack 8–10″ from the heat source', 'position the rack 8 to 10 inches from the heat source'],
    ['Roast for 2 to 2½ hours.', 'Roast for two to two and a half hours.'],
    ['cut ¾–1″ thick portions', 'cut three quarters to one inch thick portions'],
    ['Pork Belly & Drying Rub', 'Pork Belly and Drying Rub'],
    ['cuts about ½ inch (1–1.5 cm) apart', 'cuts about half an inch apart'],
    ['Refrigerate uncovered overnight (8–14 hours).', 'Refrigerate uncovered overnight, 8 to 14 hours.'],
    ['soy/tamari', 'soy or tamari'],
    ['1 tsp Dijon', '1 teaspoon Dijon'],
    ['target 150–155°F (65–68°C) now', 'target 150 to 155 degrees Fahrenheit now'],
  ])('imperial: %s', (written, spoken) => {
    expect(speakable(written, 'imperial')).toBe(spoken);
  });

  it.each([
    ['Preheat the oven to 275°F (135°C).', 'Preheat the oven to 135 degrees Celsius.'],
    ['3–4 lb (1.5–1.8 kg) pork belly', '1.5 to 1.8 kilograms pork belly'],
    // A figure the seed gives only in inches keeps them, with the standard conversion after.
    ['position the rack 8–10″ away', 'position the rack 8 to 10 inches, about 20 to 25 centimeters, away'],
    ['reached (broil or 500°F).', 'reached, broil or 500 degrees Fahrenheit, about 260 degrees Celsius.'],
    // Centimetres as a metric ruler reads them; a length without the seed's own figure to the half cm.
    ['cuts about ½ inch (1–1.5 cm) apart', 'cuts about 1 to 1.5 centimeters apart'],
    ['cut ¾–1″ thick portions', 'cut three quarters to one inch, about 2 to 2.5 centimeters, thick portions'],
  ])('metric: %s', (written, spoken) => {
    expect(speakable(written, 'metric')).toBe(spoken);
  });

  it('never leaves a symbol a speech engine would read out', () => {
    const out = speakable('½ tsp & 1½ tbsp at 275°F (135°C), 8–10″ — done', 'imperial');
    expect(out).not.toMatch(/[½¼¾°″&—–]/);
    expect(out).not.toMatch(/\btsp\b|\btbsp\b/);
  });
});

describe('measures', () => {
  it('speaks and writes the same numbers', () => {
    expect(spokenMeasure({ min: 0.5, max: 0.5 }, 'tsp')).toBe('half a teaspoon');
    expect(writtenMeasure({ min: 0.5, max: 0.5 }, 'tsp')).toBe('½ tsp');
    expect(spokenMeasure({ min: 1, max: 2 }, 'tsp')).toBe('1 to 2 teaspoons');
    expect(writtenMeasure({ min: 3, max: 4 }, 'lb')).toBe('3–4 lb');
    expect(writtenMeasure({ min: 275, max: 275 }, 'F')).toBe('275°F');
    expect(spokenMeasure({ min: 1, max: 1 }, 'cup')).toBe('1 cup');
    expect(spokenMeasure({ min: 0.25, max: 0.25 }, 'cup')).toBe('a quarter of a cup');
  });
});

describe('SSML escaping', () => {
  it('escapes every XML character', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  it('makes valid SSML of text full of markup characters', async () => {
    const ssml = `<speak>${toSsml('Salt & pepper <to taste> "now" — it’s 5 > 4')}</speak>`;
    await expectValidSsml(ssml);
    expect(ssml).toContain('Salt &amp; pepper &lt;to taste&gt;');
  });
});
