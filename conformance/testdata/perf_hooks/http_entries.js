// perf_hooks 'http' entries: the server's HttpRequest (its request and the
// headers its response set) and the client's HttpClient (what it sent and
// got, as its response's head came), delivered in that order.
const http = require('http');
const { PerformanceObserver } = require('perf_hooks');
let port;
let seen = 0;
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const detail = JSON.stringify(e.detail, (k, v) => (k === 'date' ? '<date>' : v)).replaceAll(String(port), '<port>');
    console.log(e.name, e.entryType, typeof e.startTime, e.duration >= 0, detail);
    console.log(Object.keys(e.toJSON()), e.constructor.name);
    if (++seen === 2) obs.disconnect();
  }
});
obs.observe({ type: 'http' });
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.setHeader('x-a', '1');
    res.statusCode = 201;
    res.end('ok');
  });
});
server.listen(0, () => {
  port = server.address().port;
  const req = http.request({ port, method: 'POST', path: '/p?q=1', headers: { 'x-b': '2' } }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
  req.end('body');
});
