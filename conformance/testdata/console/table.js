// console.table for arrays, objects, Maps, Sets, iterators, primitives
// and the properties filter; plus group/count/assert/dir basics.
'use strict';
console.table([{a:1,b:'x'},{a:2,c:[1,2,3,4]}]);
console.table({x:{a:1}, y:2, z:'s'});
console.table([1,'two',{three:3}]);
console.table(new Map([['k',{v:1}],[2,'b']]));
console.table(new Set([1,'a']));
console.table([{a:1,b:2},{a:3,b:4}], ['a']);
console.table([[1,2],[3,4,5]]);
console.table(5); console.table('str'); console.table(null);
console.table([]);
console.table({}); 
console.table([{ '中文': 'ｗｉｄｅ', b: {x:1,y:2,z:3} }]);
console.table(new Map([[1,2]]).entries());
console.table([1,2], ['a']);
console.table([{a:1}], []);
console.group('G1'); console.table([1]); console.log('a\nb'); console.group(); console.warn('w'); console.groupEnd(); console.groupEnd(); console.groupEnd(); console.log('end');
console.count(); console.count(); console.count('x'); console.countReset(); console.count(); console.countReset('nope');
console.assert(1===1, 'no'); console.assert(false, 'yes %s', 'fmt'); console.assert(false); console.assert(false, {a:1});
console.dir({a:{b:{c:{d:1}}}}, {depth:0}); console.dir('s'); console.dirxml([1],{a:1});
console.log('%s %d %i %f %j %o %O %c %%', 'a', 1.5, 2.5, '3.5', {j:1}, {o:[1]}, {O:1}, 'css', 'extra');
console.info('i'); console.debug('d'); console.error('e');
console.time('t'); console.time('t'); console.timeLog('nope'); console.timeEnd('nope2');
console.table(new Set(['a', 'b']).values());
console.table(new Map([['x', 1]]).keys());
console.table([{ a: { b: { c: 1 } } }, { a: [1, 2, 3, 4, 5] }]);
console.table({ row: { 'long header name': 1, s: 'a\nb' } });
console.table([[]]);
console.table([null, undefined, () => 1, Symbol('s'), 10n]);
console.table([{ x: 1 }], ['x', 'y']);
console.table([1, { a: 1 }], ['a']);
try { console.table([], 'a'); } catch (e) { console.log(e.code, e.message); }
