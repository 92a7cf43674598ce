import { LooseMatcher, type MatchableModel } from '../../tools/loose-match';
import { Conversation } from '../../tools/conversation';
import { MODEL_FILE } from '../helpers/skill';
import type { RequestEnvelope, ResponseEnvelope, IntentRequest } from 'ask-sdk-model';

/** A small model written for these tests, so each rule is seen on its own. */
const model: MatchableModel = {
  interactionModel: {
    languageModel: {
      intents: [
        {
          name: 'AmountIntent',
          slots: [{ name: 'ingredient', type: 'Ingredient' }],
          samples: ['how much {ingredient}', 'how much {ingredient} do I need', 'okay {ingredient}'],
        },
        { name: 'StepIntent', slots: [{ name: 'n', type: 'AMAZON.NUMBER' }], samples: ['go to step {n}'] },
        { name: 'TimerIntent', slots: [{ name: 'd', type: 'AMAZON.DURATION' }], samples: ['set a timer for {d}'] },
        { name: 'WhichIntent', slots: [{ name: 'ingredient', type: 'Ingredient' }], samples: ['the {ingredient}'] },
      ],
      types: [{ name: 'Ingredient', values: [{ id: 'salt', name: { value: 'kosher salt', synonyms: ['salt'] } }] }],
    },
  },
};

describe('matching a custom slot that holds unlisted words, as Alexa does', () => {
  const matcher = new LooseMatcher(model);

  it('takes the words as spoken and marks them unlisted', () => {
    expect(matcher.match('how much sea salt do I need')).toEqual({
      intent: 'AmountIntent',
      sample: 'how much {ingredient} do I need',
      slots: { ingredient: { value: 'sea salt', type: 'Ingredient', unlisted: true } },
    });
  });

  it('prefers the sample that leaves the fewest words in the slot', () => {
    // "how much {ingredient}" fits too, with "sea salt do i need" in the slot.
    expect(matcher.match('how much sea salt do i need')?.sample).toBe('how much {ingredient} do I need');
  });

  it('marks a listed value or synonym as listed', () => {
    expect(matcher.match('how much salt')?.slots).toEqual({ ingredient: { value: 'salt', type: 'Ingredient', unlisted: false } });
  });

  it('does not treat a built-in number or duration slot as free text', () => {
    expect(matcher.match('go to step the glaze')).toBeUndefined();
    expect(matcher.match('go to step five')?.slots).toEqual({ n: { value: 'five', type: 'AMAZON.NUMBER', unlisted: false } });
    expect(matcher.match('set a timer for the roast')).toBeUndefined();
    expect(matcher.match('set a timer for ten minutes')?.intent).toBe('TimerIntent');
  });

  it('will not let a sample with fewer than two carrier words swallow unlisted words', () => {
    expect(matcher.match('the skin is burning')).toBeUndefined();
    expect(matcher.match('okay sea salt')).toBeUndefined();
    // A listed value still fits such a sample.
    expect(matcher.match('the salt')?.intent).toBe('WhichIntent');
  });

  it('refuses unlisted words that share nothing with any listed value (out of domain, as Alexa)', () => {
    expect(matcher.match('how much unicorn dust do I need')).toBeUndefined();
    expect(matcher.match('how much salts do I need')?.slots.ingredient).toEqual({ value: 'salts', type: 'Ingredient', unlisted: true });
  });

  it('needs every carrier word, in order, and a word in every slot', () => {
    expect(matcher.match('how much')).toBeUndefined();
    expect(matcher.match('much how salt')).toBeUndefined();
    expect(matcher.match('how many eggs')).toBeUndefined();
  });
});

describe('the AMAZON.SearchQuery phrase slot, as Alexa treats it', () => {
  const withQuery: MatchableModel = {
    interactionModel: {
      languageModel: {
        intents: [
          ...model.interactionModel.languageModel.intents,
          { name: 'AskIntent', slots: [{ name: 'query', type: 'AMAZON.SearchQuery' }], samples: ['how {query}', 'how much {query}', '{query} or not'] },
          { name: 'BareIntent', slots: [{ name: 'query', type: 'AMAZON.SearchQuery' }], samples: ['um {query}'] },
          { name: 'ExactIntent', samples: ['how long does it take'] },
        ],
        types: model.interactionModel.languageModel.types,
      },
    },
  };
  const matcher = new LooseMatcher(withQuery);

  it('takes any words behind its carrier phrase, in or out of the model’s vocabulary', () => {
    expect(matcher.match('how do I get the hairs off')).toEqual({
      intent: 'AskIntent',
      sample: 'how {query}',
      slots: { query: { value: 'do i get the hairs off', type: 'AMAZON.SearchQuery', unlisted: false } },
    });
    expect(matcher.match('foil or not')?.slots.query?.value).toBe('foil');
  });

  it('takes the sample with the most carrier words', () => {
    expect(matcher.match('how much unicorn dust')?.sample).toBe('how much {query}');
  });

  it('needs a carrier word that is not a filler', () => {
    expect(matcher.match('um the weather')).toBeUndefined();
  });

  it('loses to any other sample: a custom slot, even with unlisted words, or a sample that matches exactly', () => {
    expect(matcher.match('how much sea salt do I need')?.intent).toBe('AmountIntent');
    expect(matcher.match('how much salt')?.intent).toBe('AmountIntent');
    expect(new LooseMatcher({ interactionModel: { languageModel: { intents: [
      { name: 'AskIntent', slots: [{ name: 'query', type: 'AMAZON.SearchQuery' }], samples: ['how {query}'] },
      { name: 'StepIntent', slots: [{ name: 'n', type: 'AMAZON.NUMBER' }], samples: ['how about step {n}'] },
    ] } } }).match('how about step five')?.intent).toBe('StepIntent');
  });

  it('in the driver, an exact sample beats it', async () => {
    const conversation = new Conversation({ handler: async () => ({ version: '1.0', response: {} }), modelFile: MODEL_FILE });
    expect(conversation.match('how long does this take').intent).toBe('HowLongIntent');
    expect(conversation.match('should i put cling wrap over it in the fridge')).toEqual({
      intent: 'AskYesNoIntent',
      slots: { query: 'put cling wrap over it in the fridge' },
      unlisted: [],
    });
  });
});

describe('the driver sends unlisted words as Alexa does', () => {
  const sent: RequestEnvelope[] = [];
  const handler = async (event: RequestEnvelope): Promise<ResponseEnvelope> => {
    sent.push(event);
    return { version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<speak>ok</speak>' }, shouldEndSession: false } };
  };
  const conversation = new Conversation({ handler, modelFile: MODEL_FILE });
  const lastIntent = () => (sent.at(-1)?.request as IntentRequest).intent;
  const appId = () => sent.at(-1)?.context.System.application.applicationId ?? '';

  it('an exact match is unchanged, and a listed value resolves to its id', async () => {
    const out = await conversation.say('how much salt');
    expect(out.sent).toBe('IngredientAmountIntent');
    expect(out.unlisted).toEqual([]);
    const slot = lastIntent().slots?.ingredient;
    expect(slot?.value).toBe('salt');
    const resolution = slot?.resolutions?.resolutionsPerAuthority?.[0];
    expect(resolution?.authority).toBe(`amzn1.er-authority.echo-sdk.${appId()}.RecipeIngredient`);
    expect(resolution?.status.code).toBe('ER_SUCCESS_MATCH');
    expect(resolution?.values.length).toBeGreaterThan(0);
  });

  it('unlisted words are sent as spoken with ER_SUCCESS_NO_MATCH and no values', async () => {
    const out = await conversation.say('how much smoked sea salt do I need');
    expect(out.sent).toBe('IngredientAmountIntent');
    expect(out.unlisted).toEqual(['ingredient']);
    expect(lastIntent().slots?.ingredient).toEqual({
      name: 'ingredient',
      value: 'smoked sea salt',
      confirmationStatus: 'NONE',
      resolutions: {
        resolutionsPerAuthority: [
          { authority: `amzn1.er-authority.echo-sdk.${appId()}.RecipeIngredient`, status: { code: 'ER_SUCCESS_NO_MATCH' } },
        ],
      },
    });
  });

  it('a sample inside lead-ins and tails its intent learnt is matched and says so; unlisted words in it go as spoken', async () => {
    const wrapped = await conversation.say('sorry um how much smoked sea salt do I need please');
    // "how much {ingredient} do I need" is a sample; two lead-ins ("sorry", "um") and "please" are learnt around it.
    expect(wrapped).toMatchObject({ sent: 'IngredientAmountIntent', unlisted: ['ingredient'], wrappers: ['sorry', 'um', 'please'] });
    expect(lastIntent().slots?.ingredient?.value).toBe('smoked sea salt');
    expect(lastIntent().slots?.ingredient?.resolutions?.resolutionsPerAuthority?.[0]?.status.code).toBe('ER_SUCCESS_NO_MATCH');
    const plain = await conversation.say('how much smoked sea salt do I need');
    expect(plain.wrappers).toEqual([]);
  });

  it('a known request said whole as the opening or closing clause of a longer sentence is taken, and says so', async () => {
    const before = await conversation.say("i'm a bit worried i went too fast could we go back to the step before this one");
    expect(before).toMatchObject({ sent: 'PreviousStepIntent', aside: "i'm a bit worried i went too fast could we", unlisted: [] });
    const after = await conversation.say('set a timer for five minutes just to be safe');
    expect(after).toMatchObject({ sent: 'SetTimerIntent', aside: 'just to be safe', slots: { duration: 'PT5M' } });
    // Shortly after a negation, the cook is saying what they don't want.
    expect((await conversation.say("i don't really want to cancel the timer")).sent).toBe('AMAZON.FallbackIntent');
  });

  it('a phrase no sample fits still goes to AMAZON.FallbackIntent', async () => {
    const out = await conversation.say('the weather in paris tomorrow');
    expect(out).toMatchObject({ sent: 'AMAZON.FallbackIntent', matched: false, unlisted: [] });
  });

  it('a one-shot request is an IntentRequest in a new session, without a launch', async () => {
    await conversation.say('open crispy pork belly');
    const before = sent.length;
    const out = await conversation.say('ask crispy pork belly how much salt');
    expect(sent.length).toBe(before + 1);
    expect(out.oneShot).toBe(true);
    expect(sent.at(-1)?.request.type).toBe('IntentRequest');
    expect(sent.at(-1)?.session?.new).toBe(true);
    expect(lastIntent().name).toBe('IngredientAmountIntent');
    const tell = await conversation.say('tell crispy pork belly to go to step five');
    expect(tell.sent).toBe('GoToStepIntent');
    expect(lastIntent().slots?.stepNumber?.value).toBe('5');
    expect(sent.at(-1)?.session?.new).toBe(true);
  });
});
