import type { CookStore } from '../../lambda/services/stores/types';
import { anonymous } from '../../lambda/services/logger';
import { TestCook } from '../helpers/skill';

/** Storage that is down, as DynamoDB is when the network fails: every call rejects. */
class DownStore implements CookStore {
  private down(): never {
    throw new Error('connect ECONNREFUSED 127.0.0.1:8000');
  }
  async read(): Promise<undefined> {
    this.down();
  }
  async write(): Promise<number> {
    this.down();
  }
  async getAttributes(): Promise<Record<string, unknown>> {
    this.down();
  }
  async saveAttributes(): Promise<void> {
    this.down();
  }
  async deleteAttributes(): Promise<void> {
    this.down();
  }
}

const USER_ID = 'amzn1.ask.account.AGRAWUSERIDTHATMUSTNEVERBELOGGED';
const PERSON_ID = 'amzn1.ask.person.ARAWPERSONIDTHATMUSTNEVERBELOGGED';
const DEVICE_ID = 'amzn1.ask.device.ARAWDEVICEIDTHATMUSTNEVERBELOGGED';
const ACCESS_TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzUxMiJ9.RAWACCESSTOKEN';

describe('the logs', () => {
  it('never carry a raw user, person or device id, or the access token, even when everything fails', async () => {
    const cook = new TestCook({
      persistence: new DownStore(),
      userId: USER_ID,
      // What Alexa sends on every request from a recognised speaker on a device.
      decorate: (request) => {
        const system = (request.context as { System: { device: Record<string, unknown> } & Record<string, unknown> }).System;
        Object.assign(system, { person: { personId: PERSON_ID }, apiAccessToken: ACCESS_TOKEN });
        system.device.deviceId = DEVICE_ID;
      },
    });
    await cook.say('open crispy pork belly');
    await cook.say('start');
    await cook.say('next');
    await cook.say('where am I');
    await cook.rawIntent('IntentNoHandlerKnows');

    const sent = cook.requests[0]!.context!.System;
    const secrets = [USER_ID, PERSON_ID, DEVICE_ID, ACCESS_TOKEN];
    expect([sent.user.userId, sent.person?.personId, sent.device?.deviceId, sent.apiAccessToken]).toEqual(secrets);

    // The failures were logged, and they name the user the only way allowed: the one-way tag.
    // Containment: what else the log says (and in how many lines) is not this test's business.
    const levels = cook.log.entries.map((e) => e.level);
    expect(levels).toContain('warn');
    expect(levels).toContain('error');
    const text = cook.log.text();
    expect(text).toContain(anonymous(USER_ID));
    for (const secret of secrets) expect({ secret, logged: text.includes(secret) }).toEqual({ secret, logged: false });
  });
});
