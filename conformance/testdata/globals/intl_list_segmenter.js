'use strict';
// Intl.ListFormat and Intl.Segmenter (graphemes) in English, as npm
// packages use them: @sindresorhus/is (got) builds a ListFormat when it
// loads, string-width (yargs, cliui) counts graphemes with a Segmenter.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
for (const type of ['conjunction', 'disjunction', 'unit']) {
  for (const style of ['long', 'short', 'narrow']) {
    const f = new Intl.ListFormat('en-US', { type, style });
    console.log(type, style, JSON.stringify([f.format([]), f.format(['A']), f.format(['A', 'B']), f.format(['A', 'B', 'C']), f.format(new Set(['A', 'B', 'C', 'D']))]));
  }
}
t(() => new Intl.ListFormat('en', { type: 'unit', style: 'narrow' }).formatToParts(['a', 'b', 'c']));
t(() => new Intl.ListFormat('en', { type: 'x' }));
t(() => new Intl.ListFormat('en', { style: 'x' }));
t(() => new Intl.ListFormat('en').format([1]));
t(() => new Intl.ListFormat('en').format('ab'));
t(() => new Intl.ListFormat('en').format(null));
t(() => new Intl.ListFormat('zz-invalid-!'));
t(() => Intl.ListFormat('en'));
t(() => [new Intl.ListFormat('EN-us').resolvedOptions(), new Intl.ListFormat().resolvedOptions(), new Intl.ListFormat(['xx', 'en']).resolvedOptions()]);
t(() => [new Intl.ListFormat('en-US-u-ca-buddhist').resolvedOptions().locale, new Intl.ListFormat('en-Latn-US').resolvedOptions().locale]);
t(() => [Object.prototype.toString.call(new Intl.ListFormat()), Object.prototype.toString.call(Intl), Object.getOwnPropertyNames(Intl.ListFormat.prototype)]);
t(() => Intl.ListFormat.prototype.format.call({}, ['a']));
t(() => Intl.getCanonicalLocales(['EN-us', 'iw', 'XX-latn-us', 'en-US-POSIX']));
t(() => Intl.getCanonicalLocales('en_US'));
t(() => new Intl.Segmenter('en', { granularity: 'x' }));
t(() => new Intl.Segmenter().resolvedOptions());
const segs = new Intl.Segmenter().segment('ab');
t(() => [Object.getOwnPropertyNames(Object.getPrototypeOf(segs)), Object.prototype.toString.call(segs[Symbol.iterator]()), segs.containing(1), segs.containing(5), segs.containing(-1), segs.containing('1')]);
t(() => new Intl.Segmenter().segment('ab')[Symbol.iterator]().next.call({}));
// CRLF, emoji with a modifier, flags (one left alone), a combining mark,
// a Devanagari conjunct (GB9c), a ZWJ family, Hangul jamo and syllables,
// a prepended concatenation mark, a lone surrogate.
const text = 'a\r\nb\u{1F44D}\u{1F3FD}\u{1F1E9}\u{1F1EA}\u{1F1EB}x\u0302\u0915\u094D\u0937\u093F \u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u1100\u1161\u11A8\uAC00\uAC01\u11A8 \u0600\u0661 \uD800x';
t(() => [...new Intl.Segmenter().segment(text)].map((s) => [s.index, [...s.segment].map((c) => c.codePointAt(0).toString(16)).join(' ')]));
t(() => [...new Intl.Segmenter().segment('')].length);
