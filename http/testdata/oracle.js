'use strict';
// Records what Node's own HTTP parser binding (llhttp as Node configures
// it) does with raw bytes, so the Go parser's tests can compare against it.
// Input (stdin): JSON array of cases {name, type: 'request'|'response',
// chunks: [latin1 strings], eof?: bool, maxHeaderSize?: n, skipBody?: n,
// lenient?: llhttp's lenient flags}.
// Output (stdout): the same cases, each with `events` (an exec event only
// when execute() returned less than the chunk's length).
const { HTTPParser } = require('_http_common');
// Node names a request's method by llhttp's number; these are the names.
const methodNames = require('_http_common').methods.slice(0, 34)
  .concat(['PRI', 'DESCRIBE', 'ANNOUNCE', 'SETUP', 'PLAY', 'PAUSE', 'TEARDOWN',
    'GET_PARAMETER', 'SET_PARAMETER', 'REDIRECT', 'RECORD', 'FLUSH', 'QUERY']);

function run(c) {
  const events = [];
  const p = new HTTPParser();
  const type = c.type === 'response' ? HTTPParser.RESPONSE : HTTPParser.REQUEST;
  p.initialize(type, {}, c.maxHeaderSize || 0, c.lenient || 0);
  let pendingHeaders = [];
  let pendingURL = '';
  let done = false;
  p[HTTPParser.kOnMessageBegin] = () => { events.push(['begin']); };
  p[HTTPParser.kOnHeaders] = (headers, url) => {
    pendingHeaders.push(...headers);
    pendingURL += url || '';
  };
  p[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url,
    statusCode, statusMessage, upgrade, keepAlive) => {
    const all = pendingHeaders.concat(headers || []);
    const u = pendingURL + (url || '');
    pendingHeaders = [];
    pendingURL = '';
    const h = { major, minor, headers: all, upgrade, keepAlive };
    if (type === HTTPParser.REQUEST) {
      h.method = method;
      h.methodName = methodNames[method];
      h.url = u;
    } else {
      h.statusCode = statusCode;
      h.statusMessage = statusMessage;
    }
    events.push(['headers', h]);
    return c.skipBody || 0;
  };
  p[HTTPParser.kOnBody] = (b) => { events.push(['body', b.toString('latin1')]); };
  p[HTTPParser.kOnMessageComplete] = () => {
    if (pendingHeaders.length) {
      events.push(['trailers', pendingHeaders]);
      pendingHeaders = [];
      pendingURL = '';
    }
    events.push(['complete']);
  };
  for (const chunk of c.chunks) {
    const r = p.execute(Buffer.from(chunk, 'latin1'));
    if (r instanceof Error) {
      events.push(['error', r.code, r.reason, r.bytesParsed]);
      done = true;
      break;
    }
    // A short count marks where another protocol took over.
    // Node's http stops feeding the parser there, so does this.
    if (r !== chunk.length) {
      events.push(['exec', r]);
      done = true;
      break;
    }
  }
  if (!done && c.eof) {
    const r = p.finish();
    if (r instanceof Error) events.push(['error', r.code, r.reason, r.bytesParsed]);
    else events.push(['finish']);
  }
  return events;
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', () => {
  const cases = JSON.parse(input);
  for (const c of cases) c.events = run(c);
  process.stdout.write('[\n' + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n');
});
