// One cold start: load a handler module and answer one request, then report how long that took
// inside the process. The parent times the whole process (boot included) from outside.
const started = performance.now();
const [modulePath, eventJson] = process.argv.slice(2);
const { handler } = require(modulePath);
Promise.resolve(handler(JSON.parse(eventJson), {})).then((response) => {
  const ok = Boolean(response && response.response);
  process.stdout.write(JSON.stringify({ ok, inProcessMs: performance.now() - started }));
});
