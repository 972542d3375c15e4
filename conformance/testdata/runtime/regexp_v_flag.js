'use strict';
// goja has no v (unicodeSets) flag: a literal that uses none of its set
// notation is read with u (string-width's visible-character class), and
// \p{Default_Ignorable_Code_Point} is Unicode's derived property.
const visible = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/v;
console.log(['a', '\u200B', '\u0301', '\u00AD', '\uFE0F', '\u2060', 'é', '\u{E0001}', ' '].map((c) => visible.test(c)));
console.log(/^\p{DI}+$/u.test('\u034F\u115F\u180B\u200D'), /\p{Default_Ignorable_Code_Point}/u.test('\uFFF9'), /^[\p{L}\d]+$/v.test('x1é'));
