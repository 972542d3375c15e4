'use strict';
// goja has no v (unicodeSets) flag: a literal that uses none of its set
// notation is read with u (string-width's visible-character class), and
// \p{Default_Ignorable_Code_Point} is Unicode's derived property.
const visible = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/v;
console.log(['a', '\u200B', '\u0301', '\u00AD', '\uFE0F', '\u2060', 'é', '\u{E0001}', ' '].map((c) => visible.test(c)));
console.log(/^\p{DI}+$/u.test('\u034F\u115F\u180B\u200D'), /\p{Default_Ignorable_Code_Point}/u.test('\uFFF9'), /^[\p{L}\d]+$/v.test('x1é'));
// \p{RGI_Emoji}, a property of strings (string-width 8): the longest
// sequence matches, as under v.
const rgi = /^\p{RGI_Emoji}$/v;
const emoji = ['\u{1F600}', '\u2764\uFE0F', '\u2764', '#\uFE0F\u20E3', '\u{1F1E9}\u{1F1EA}', '\u{1F1E9}', '\u{1F44D}\u{1F3FD}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', 'a', '\u{1F468}\u200D'];
console.log(emoji.map((s) => rgi.test(s)), /\p{RGI_Emoji}/v.exec('x\u{1F468}\u200D\u{1F469}\u200D\u{1F467}y')[0].length);
