import { sdkAlertService } from '../../lambda/services/alerts';
import { AlertsApiStandIn, REMINDERS_SCOPE } from '../helpers/alerts-api';
import { TestCook } from '../helpers/skill';
let clock = new Date('2024-11-08T15:00:00Z');
const now = () => clock;
it('tries', async () => {
  const api = await AlertsApiStandIn.start(now);
  api.granted.add(REMINDERS_SCOPE);
  const cook = new TestCook({ alerts: sdkAlertService({ timeoutMs: 500 }), now, decorate: api.decorate });
  for (const p of ['open crispy pork belly', 'I want to eat at seven pm on saturday', 'yes', 'when do I take it out', 'what time does it go in', 'move dinner to eight', 'open crispy pork belly', 'dinner\'s at seven tomorrow when do I start', 'when should I start if we eat at half six', 'plan it for 8 pm', 'cancel the plan', 'okay so it\'s at 146', 'hey 63 degrees celsius']) {
    const out = await cook.say(p);
    console.log(`U: ${p}\n  [${out.sent} ${JSON.stringify(out.slots)}]\nA: ${out.speech}`);
  }
  console.log(JSON.stringify([...api.reminders.values()].map(r=>r.trigger)));
  await api.close();
});
