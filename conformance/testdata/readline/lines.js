'use strict';
// readline over streams: 'line' events from a file (\n, \r\n and a lone \r
// end lines; the last line needs no end), chunks that split a line or a
// \r\n, async iteration, question/prompt/write, pause/resume and close.
const readline = require('readline');
const fs = require('fs');
const path = require('path');
const { PassThrough } = require('stream');

const stages = [
  (next) => {
    const rl = readline.createInterface({ input: fs.createReadStream(path.join(__dirname, 'fixtures/lines.txt')) });
    console.log('terminal', rl.terminal, 'prompt', JSON.stringify(rl.getPrompt()), 'crlfDelay', rl.crlfDelay);
    rl.on('line', (line) => console.log('line', JSON.stringify(line)));
    rl.on('close', () => {
      console.log('close');
      next();
    });
  },
  (next) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, crlfDelay: Infinity });
    const seen = [];
    rl.on('line', (l) => seen.push(l));
    rl.on('close', () => {
      console.log('split chunks', JSON.stringify(seen));
      next();
    });
    input.write('hel');
    input.write('lo\r');
    input.write('\nwor');
    input.write(Buffer.from([0xc3]));
    input.write(Buffer.from([0xa9, 0x0a]));
    input.end('end');
  },
  (next) => {
    (async () => {
      const rl = readline.createInterface({ input: fs.createReadStream(path.join(__dirname, 'fixtures/lines.txt')) });
      let n = 0;
      for await (const line of rl) {
        n++;
        if (line === 'third') console.log('async iteration reached third at', n);
      }
      console.log('async iteration lines', n);
    })().then(next);
  },
  (next) => {
    (async () => {
      const rl = readline.createInterface({ input: fs.createReadStream(path.join(__dirname, 'fixtures/lines.txt')) });
      for await (const line of rl) {
        console.log('break after', JSON.stringify(line));
        break;
      }
      console.log('closed by break', rl.closed);
    })().then(next);
  },
  (next) => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (d) => { written += d; });
    const rl = readline.createInterface({ input, output, prompt: 'app> ' });
    rl.on('pause', () => console.log('event pause'));
    rl.on('resume', () => console.log('event resume'));
    rl.on('line', (line) => console.log('line event', JSON.stringify(line)));
    rl.question('name? ', (answer) => {
      console.log('answer', JSON.stringify(answer), 'prompt back', JSON.stringify(rl.getPrompt()));
      rl.prompt();
      rl.write('typed via write\n');
      rl.setPrompt('$ ');
      rl.prompt();
      rl.pause();
      rl.resume();
      rl.close();
      rl.close();
      console.log('output', JSON.stringify(written));
      try {
        rl.question('again?', () => {});
      } catch (e) {
        console.log(e.code, e.message);
      }
      next();
    });
    input.write('Ada\n');
  },
  (next) => {
    const { createInterface } = require('readline/promises');
    const input = new PassThrough();
    const rl = createInterface({ input, output: new PassThrough() });
    rl.question('? ').then((a) => {
      console.log('promises answer', a);
      rl.close();
      next();
    });
    input.write('42\n');
  },
  (next) => {
    const out = new PassThrough();
    let data = '';
    out.on('data', (d) => { data += d; });
    readline.cursorTo(out, 3);
    readline.cursorTo(out, 3, 4);
    readline.moveCursor(out, -2, 1);
    readline.moveCursor(out, 5, -3);
    readline.clearLine(out, -1);
    readline.clearLine(out, 1);
    readline.clearLine(out, 0);
    readline.clearScreenDown(out);
    console.log('ansi', JSON.stringify(data), readline.cursorTo(null, 1), readline.moveCursor(out, 0, 0));
    try {
      readline.cursorTo(out, undefined, 2);
    } catch (e) {
      console.log(e.code, e.message);
    }
    const keys = new PassThrough();
    readline.emitKeypressEvents(keys);
    keys.on('keypress', (s, k) => console.log('keypress', JSON.stringify(s), k.name, k.ctrl, k.shift));
    keys.write('aB\r\x03\x1b[A');
    setImmediate(next);
  },
];
(function run(i) {
  if (i < stages.length) stages[i](() => run(i + 1));
})(0);
