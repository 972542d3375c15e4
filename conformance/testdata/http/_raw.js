'use strict';
// Raw HTTP over net for the scenarios: send bytes, read back whole
// responses (framed by Content-Length, chunks, or the connection's end)
// and show them as text with the Date value masked.
const net = require('net');

function mask(s) {
  return s.replace(/Date: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\r\n/g, 'Date: <DATE>\r\n');
}

// How long the response starting at text[from] is, or -1 if incomplete.
// head: the request was HEAD (no body whatever the headers say).
function responseLength(text, from, head, ended) {
  const end = text.indexOf('\r\n\r\n', from);
  if (end === -1) return -1;
  const headText = text.slice(from, end);
  const bodyStart = end + 4;
  const status = Number(headText.slice(9, 12));
  const cl = /\r\ncontent-length: *(\d+)/i.exec(headText);
  const chunked = /\r\ntransfer-encoding: *chunked/i.test(headText);
  if (head || status === 204 || status === 304 || (status >= 100 && status < 200)) return bodyStart - from;
  if (chunked) {
    let at = bodyStart;
    for (;;) {
      const lineEnd = text.indexOf('\r\n', at);
      if (lineEnd === -1) return -1;
      const size = parseInt(text.slice(at, lineEnd), 16);
      if (size === 0) {
        const trailersEnd = text.indexOf('\r\n\r\n', lineEnd - 2);
        return trailersEnd === -1 ? -1 : trailersEnd + 4 - from;
      }
      at = lineEnd + 2 + size + 2;
      if (at > text.length) return -1;
    }
  }
  if (cl) {
    const n = Number(cl[1]);
    return text.length - bodyStart >= n ? bodyStart + n - from : -1;
  }
  return ended ? text.length - from : -1;
}

// exchange(port, chunks, opts): writes the chunks (a string or a list, each
// written in turn), and resolves with the transcript once opts.responses
// (default 1) responses are in and, with opts.waitClose, the server closed
// the connection. opts.head marks HEAD requests (a list of booleans, one
// per response). opts.end half-closes after writing.
function exchange(port, chunks, opts = {}) {
  const want = opts.responses ?? 1;
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    let text = '';
    let done = 0;
    let at = 0;
    let finished = false;
    const out = [];
    function parse(ended) {
      while (done < want) {
        const head = Array.isArray(opts.head) ? opts.head[done] : opts.head;
        const n = responseLength(text, at, head, ended);
        if (n < 0 || (n === 0 && at >= text.length)) break;
        out.push(mask(text.slice(at, at + n)));
        at += n;
        done++;
      }
    }
    function finish(how) {
      if (finished) return;
      finished = true;
      if (at < text.length) out.push(`[extra ${JSON.stringify(mask(text.slice(at)))}]`);
      out.push(how);
      resolve(out.map((s) => (s.startsWith('[') ? s : JSON.stringify(s))).join('\n'));
    }
    sock.setEncoding('latin1');
    sock.on('connect', () => {
      const list = Array.isArray(chunks) ? chunks : [chunks];
      for (const c of list) sock.write(c);
      if (opts.end) sock.end();
    });
    sock.on('data', (d) => {
      text += d;
      parse(false);
      if (done >= want && !opts.waitClose) {
        sock.destroy();
        finish('[client closed]');
      }
    });
    sock.on('end', () => { parse(true); });
    sock.on('error', (e) => { out.push(`[error ${e.code}]`); });
    sock.on('close', () => { parse(true); finish('[server closed]'); });
  });
}

module.exports = { exchange, mask };
