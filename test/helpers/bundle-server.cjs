// A built index.js served over stdin and stdout, one JSON line each way (test/helpers/bundle-process.ts):
// a request envelope in, `{response}` or `{error}` out; the line `loaded` is answered with the files
// the process has required so far (by name) and whether it has loaded node:crypto.
const { basename } = require('node:path');
const { createInterface } = require('node:readline');

const entry = require(process.argv[2]);

createInterface({ input: process.stdin }).on('line', async (line) => {
  let out;
  if (line === 'loaded') {
    out = {
      files: Object.keys(require.cache).map((file) => basename(file)).filter((name) => name !== basename(__filename)).sort(),
      crypto: process.moduleLoadList.includes('NativeModule crypto'),
    };
  } else {
    try {
      out = { response: await entry.handler(JSON.parse(line)) };
    } catch (err) {
      out = { error: String((err && err.message) || err) };
    }
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
});
