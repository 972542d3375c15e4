// String literals with code point escapes: goja's lexer panicked on a
// '\u{10FFFF}' followed by more text; the script must run as under node,
// with its stack still naming this file's lines.
const top = '\u{10FFFF}\ud7ff\ue000';
console.log(top.length, [...top].map((c) => c.codePointAt(0).toString(16)).join(' '));
console.log('\u{10FFFF}x'.length, '\u{1F600}!'.length, '\u{61}\u{0062}'.length);
console.log(JSON.stringify('\u{10FFFF}'), encodeURIComponent('\u{1F600}'));
try {
  throw new Error('line 9');
} catch (e) {
  console.log(e.stack.split('\n')[1].replace(/\(.*\//, '(').trim());
}
