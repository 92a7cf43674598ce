// One cold start: load a handler module as Lambda's runtime does (require) and answer one request,
// then report, as the last line of stdout, how long that took inside the process. The parent times
// the whole process, Node's own start-up included, from outside. Anything the handler logs comes
// before that line, as it would on Lambda. The CPU time the process used is reported too: on a
// machine shared with other work, it moves less than the clock.
//
// Lambda's Node.js runtime loads these built-in modules itself before it loads the handler (the
// runtime interface client, github.com/aws/aws-lambda-nodejs-runtime-interface-client, src/:
// RAPIDClient.js requires http, ResponseStream.js net, InvokeContext.js assert, LogPatch.js and
// Errors.js util and fs, UserFunction.js path and fs). Every subject starts with them loaded, as on
// Lambda, so a handler is not charged for what the runtime already paid.
for (const builtin of ['http', 'net', 'assert', 'util', 'fs', 'path']) require(builtin);
const started = performance.now();
const [modulePath, eventJson] = process.argv.slice(2);
const { handler } = require(modulePath);
Promise.resolve(handler(JSON.parse(eventJson), {})).then((response) => {
  const ok = Boolean(response && response.response && response.response.outputSpeech);
  const inProcessMs = performance.now() - started;
  // CPU time of the whole process so far, start-up included, all threads: the work, whatever the load.
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stdout.write(`\n${JSON.stringify({ ok, inProcessMs, cpuMs: (userCPUTime + systemCPUTime) / 1000 })}\n`);
});
