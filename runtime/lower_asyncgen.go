package runtime

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
	"github.com/dop251/goja/token"
)

// Async generators.
//
// goja parses async generator functions but does not compile them, so
// esbuild lowers them: each becomes a plain function whose body returns
// esbuild's __asyncGenerator(this, args, function* () {...}). That runs,
// but the objects are not the language's: the function's prototype is
// Function.prototype (so `Object.getPrototypeOf(async function* () {})
// .prototype`, which whatwg-url and others use to find
// %AsyncIteratorPrototype%, throws), and each generator object is a plain
// object carrying its own next/throw/return. Here esbuild's output is
// given the realm's intrinsics (asyncGenIntrinsics, made once per runtime
// on first need): every lowered function is marked as an async generator
// function, and __asyncGenerator makes objects that inherit
// %AsyncGeneratorPrototype%. The text inserted goes through the source
// map, so positions are still the user's.

// asyncGenHelperHead is where esbuild defines its __asyncGenerator helper.
const asyncGenHelperHead = "var __asyncGenerator = "

// asyncGenHelperUse delegates esbuild's helper to the realm's, which is
// given the module's own __await class (what its awaits yield).
const asyncGenHelperUse = "(__this, __arguments, generator, self) => __gocluster_agen.run(__this, __arguments, generator, __await, self), __esbuild_asyncGenerator = "

// asyncGenIntrinsics defines the realm's async generator objects as a
// global lexical binding, which no module sees as a property of globalThis.
// run is esbuild's __asyncGenerator (same steps and ticks) with the state
// kept outside the object; fn marks a function, own an object's methods.
const asyncGenIntrinsics = `const __gocluster_agen = (() => {
  'use strict';
  const define = (o, k, value, writable) => Object.defineProperty(o, k, { value, writable, enumerable: false, configurable: true });
  const AsyncIteratorPrototype = { [Symbol.asyncIterator]() { return this; } };
  define(AsyncIteratorPrototype, Symbol.asyncIterator, AsyncIteratorPrototype[Symbol.asyncIterator], true);
  const AsyncGeneratorPrototype = Object.create(AsyncIteratorPrototype);
  const AsyncGeneratorFunctionPrototype = Object.create(Function.prototype);
  function AsyncGeneratorFunction(...args) {
    throw new SyntaxError('gocluster cannot make an async generator function from source text (AsyncGeneratorFunction)');
  }
  Object.setPrototypeOf(AsyncGeneratorFunction, Function);
  Object.defineProperty(AsyncGeneratorFunction, 'prototype', { value: AsyncGeneratorFunctionPrototype, writable: false, enumerable: false, configurable: false });
  define(AsyncGeneratorFunctionPrototype, 'constructor', AsyncGeneratorFunction, false);
  define(AsyncGeneratorFunctionPrototype, 'prototype', AsyncGeneratorPrototype, false);
  define(AsyncGeneratorFunctionPrototype, Symbol.toStringTag, 'AsyncGeneratorFunction', false);
  define(AsyncGeneratorPrototype, 'constructor', AsyncGeneratorFunctionPrototype, false);
  const states = new WeakMap();
  const receiver = (v) => (v !== null && (typeof v === 'object' || typeof v === 'function')) ?
    '#<' + ((typeof v.constructor === 'function' && v.constructor.name) || 'Object') + '>' : String(v);
  const resume = (st, k, v, yes, no) => {
    try {
      var x = st.gen[k](v), isAwait = (v = x.value) instanceof st.Await, done = x.done;
      Promise.resolve(isAwait ? v[0] : v).then((y) => isAwait ? resume(st, k === 'return' ? k : 'next', v[1] ? { done: y.done, value: y.value } : y, yes, no) : yes({ value: y, done })).catch((e) => resume(st, 'throw', e, yes, no));
    } catch (e) {
      no(e);
    }
  };
  const enqueue = (it, k, x) => {
    const st = states.get(it);
    if (st === undefined) {
      return Promise.reject(new TypeError('Method [AsyncGenerator].prototype.' + k + ' called on incompatible receiver ' + receiver(it)));
    }
    const call = new Promise((yes, no) => {
      const run = () => resume(st, k, x, yes, no);
      st.q ? st.q.then(run) : run();
    });
    const clear = () => st.q === wait && (st.q = 0);
    const wait = call.then(clear, clear);
    st.q = wait;
    return call;
  };
  const methods = {
    next(v) { return enqueue(this, 'next', v); },
    return(v) { return enqueue(this, 'return', v); },
    throw(v) { return enqueue(this, 'throw', v); },
  };
  for (const k of ['next', 'return', 'throw']) define(AsyncGeneratorPrototype, k, methods[k], true);
  define(AsyncGeneratorPrototype, Symbol.toStringTag, 'AsyncGenerator', false);
  const fn = (f, name) => {
    if (name !== undefined) Object.defineProperty(f, 'name', { value: name, writable: false, enumerable: false, configurable: true });
    Object.setPrototypeOf(f, AsyncGeneratorFunctionPrototype);
    Object.defineProperty(f, 'prototype', { value: Object.create(AsyncGeneratorPrototype), writable: true, enumerable: false, configurable: false });
    return f;
  };
  return {
    run(thisArg, args, generator, Await, self) {
      const proto = self !== undefined ? self.prototype : undefined;
      const it = Object.create(proto !== null && typeof proto === 'object' ? proto : AsyncGeneratorPrototype);
      states.set(it, { gen: generator.apply(thisArg, args), Await, q: 0 });
      return it;
    },
    fn,
    own(o, ...keys) {
      for (const k of keys) {
        const d = Object.getOwnPropertyDescriptor(o, k);
        if (d !== undefined && typeof d.value === 'function') fn(d.value);
      }
      return o;
    },
  };
})();`

// asyncGenFor defines __gocluster_agen, once in this runtime, when code
// (esbuild's output, marked) uses it.
func (rt *Runtime) asyncGenFor(code string) error {
	if rt.asyncGenReady || !strings.Contains(code, "__gocluster_agen.") {
		return nil
	}
	if _, err := rt.VM.RunScript("node:internal/asyncgen", asyncGenIntrinsics); err != nil {
		return err
	}
	rt.asyncGenReady = true
	return nil
}

// insertion is text put into code before byte offset at.
type insertion struct {
	at   int
	text string
}

// markAsyncGenerators gives esbuild's output (with its inline source map)
// the realm's async generator objects; code without a lowered async
// generator, or that goja cannot parse, comes back as it is.
func markAsyncGenerators(code string) string {
	head := strings.Index(code, asyncGenHelperHead+"(__this, __arguments, generator) =>")
	if head < 0 {
		return code
	}
	prg, err := parser.ParseFile(nil, "", code, 0, parser.WithDisableSourceMaps)
	if err != nil {
		return code
	}
	m := &asyncGenMarker{code: code, seen: map[*ast.FunctionLiteral]bool{}, names: map[*ast.FunctionLiteral]string{}}
	m.ins = append(m.ins, insertion{head + len(asyncGenHelperHead), asyncGenHelperUse})
	m.statements(prg.Body, len(code))
	m.walk(reflect.ValueOf(prg.Body))
	return applyInsertions(code, m.ins)
}

type asyncGenMarker struct {
	code string
	ins  []insertion
	seen map[*ast.FunctionLiteral]bool
	// names are the names anonymous functions take from their place.
	names map[*ast.FunctionLiteral]string
	// scopeStart is where a statement goes that must run before the
	// current statement list's own (after its directives); -1 where there
	// is no such place (a switch case).
	scopeStart int
}

// offset is a goja position (1-based) as a byte offset.
func offset(idx file.Idx) int { return int(idx) - 1 }

// isLoweredAsyncGen says whether f is esbuild's lowering of an async
// generator: its body is `return __asyncGenerator(this, ...)`.
func isLoweredAsyncGen(f *ast.FunctionLiteral) bool {
	if f == nil || f.Body == nil || len(f.Body.List) == 0 {
		return false
	}
	ret, ok := f.Body.List[0].(*ast.ReturnStatement)
	if !ok {
		return false
	}
	call, ok := ret.Argument.(*ast.CallExpression)
	if !ok || len(call.ArgumentList) != 3 {
		return false
	}
	callee, ok := call.Callee.(*ast.Identifier)
	if !ok || callee.Name != "__asyncGenerator" {
		return false
	}
	_, ok = call.ArgumentList[0].(*ast.ThisExpression)
	return ok
}

// statements sets scopeStart for a statement list that ends at end:
// before its first statement that is not a directive.
func (m *asyncGenMarker) statements(list []ast.Statement, end int) {
	m.scopeStart = end
	for _, s := range list {
		if es, ok := s.(*ast.ExpressionStatement); ok {
			if _, ok := es.Expression.(*ast.StringLiteral); ok {
				continue
			}
		}
		if _, ok := s.(*ast.EmptyStatement); ok {
			continue
		}
		m.scopeStart = offset(s.Idx0())
		return
	}
}

// simpleKey matches a computed method key that can be read again without
// effects: a name or a path of names (Symbol.asyncIterator).
var simpleKey = lazyRegexp(`^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$`)

// keyText is a method key as an expression, or "" when it cannot be
// written again safely.
func (m *asyncGenMarker) keyText(key ast.Expression, computed bool) string {
	if computed {
		text := m.code[offset(key.Idx0()):offset(key.Idx1())]
		if simpleKey().MatchString(text) {
			return text
		}
		return ""
	}
	switch k := key.(type) {
	case *ast.StringLiteral:
		b, err := json.Marshal(k.Value.String())
		if err == nil {
			return string(b)
		}
	case *ast.Identifier:
		b, err := json.Marshal(k.Name.String())
		if err == nil {
			return string(b)
		}
	case *ast.NumberLiteral:
		return k.Literal
	}
	return ""
}

var (
	nodeType = reflect.TypeOf((*ast.Node)(nil)).Elem()
	idxType  = reflect.TypeOf(file.Idx(0))
)

// walk visits every node under v, marking lowered async generators by
// where they stand: a declaration, an object's or a class's method, or an
// expression.
func (m *asyncGenMarker) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return
		}
		if v.Kind() == reflect.Pointer && v.Type().Implements(nodeType) {
			if m.node(v.Interface().(ast.Node)) {
				return
			}
		}
		m.walk(v.Elem())
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			m.walk(v.Index(i))
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			// Declaration lists repeat nodes the statements hold.
			if f.Name == "DeclarationList" || f.Type == idxType || !f.IsExported() {
				continue
			}
			m.walk(v.Field(i))
		}
	}
}

// node handles the nodes whose place matters; true when it walked their
// children itself.
func (m *asyncGenMarker) node(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.FunctionDeclaration:
		if f := n.Function; isLoweredAsyncGen(f) && f.Name != nil && m.scopeStart >= 0 && !m.seen[f] {
			m.seen[f] = true
			m.ins = append(m.ins, insertion{m.scopeStart, "__gocluster_agen.fn(" + f.Name.Name.String() + ");"})
			m.passSelf(f)
		}
	case *ast.Binding:
		if id, ok := n.Target.(*ast.Identifier); ok {
			m.inferName(n.Initializer, id.Name.String())
		}
	case *ast.AssignExpression:
		if id, ok := n.Left.(*ast.Identifier); ok && n.Operator == token.ASSIGN {
			m.inferName(n.Right, id.Name.String())
		}
	case *ast.PropertyKeyed:
		if n.Kind == ast.PropertyKindValue && !n.Computed {
			m.inferName(n.Value, propertyName(n.Key))
		}
	case *ast.FieldDefinition:
		if !n.Computed {
			m.inferName(n.Initializer, propertyName(n.Key))
		}
	case *ast.FunctionLiteral:
		if isLoweredAsyncGen(n) && !m.seen[n] {
			m.seen[n] = true
			closing := ")"
			if name, ok := m.names[n]; ok && n.Name == nil {
				if b, err := json.Marshal(name); err == nil {
					closing = ", " + string(b) + ")"
				}
			}
			m.ins = append(m.ins, insertion{offset(n.Idx0()), "__gocluster_agen.fn("}, insertion{offset(n.Idx1()), closing})
			m.passSelf(n)
		}
		m.walk(reflect.ValueOf(n.ParameterList))
		m.block(n.Body)
		return true
	case *ast.BlockStatement:
		m.block(n)
		return true
	case *ast.ClassStaticBlock:
		m.block(n.Block)
		return true
	case *ast.SwitchStatement:
		m.walk(reflect.ValueOf(n.Discriminant))
		outer := m.scopeStart
		m.scopeStart = -1
		for _, c := range n.Body {
			m.walk(reflect.ValueOf(c))
		}
		m.scopeStart = outer
		return true
	case *ast.ObjectLiteral:
		var keys []string
		for _, p := range n.Value {
			if pk, ok := p.(*ast.PropertyKeyed); ok && pk.Kind == ast.PropertyKindMethod {
				if f, ok := pk.Value.(*ast.FunctionLiteral); ok && isLoweredAsyncGen(f) && !m.seen[f] {
					m.seen[f] = true
					if k := m.keyText(pk.Key, pk.Computed); k != "" {
						keys = append(keys, k)
					}
				}
			}
		}
		if len(keys) > 0 {
			m.ins = append(m.ins, insertion{offset(n.LeftBrace), "__gocluster_agen.own("}, insertion{offset(n.Idx1()), ", " + strings.Join(keys, ", ") + ")"})
		}
	case *ast.ClassLiteral:
		var static, proto []string
		for _, e := range n.Body {
			md, ok := e.(*ast.MethodDefinition)
			if !ok || md.Kind != ast.PropertyKindMethod || !isLoweredAsyncGen(md.Body) || m.seen[md.Body] {
				continue
			}
			m.seen[md.Body] = true
			if k := m.keyText(md.Key, md.Computed); k != "" {
				if md.Static {
					static = append(static, k)
				} else {
					proto = append(proto, k)
				}
			}
		}
		var block strings.Builder
		if len(static) > 0 {
			block.WriteString("__gocluster_agen.own(this, " + strings.Join(static, ", ") + "); ")
		}
		if len(proto) > 0 {
			block.WriteString("__gocluster_agen.own(this.prototype, " + strings.Join(proto, ", ") + "); ")
		}
		if block.Len() > 0 {
			m.ins = append(m.ins, insertion{offset(n.RightBrace), " static { " + block.String() + "} "})
		}
	}
	return false
}

// passSelf gives a named lowered function's __asyncGenerator call the
// function, whose prototype its generator objects inherit, unless a
// parameter hides the name.
func (m *asyncGenMarker) passSelf(f *ast.FunctionLiteral) {
	if f.Name == nil {
		return
	}
	name := f.Name.Name
	for _, p := range f.ParameterList.List {
		if id, ok := p.Target.(*ast.Identifier); !ok || id.Name == name {
			return
		}
	}
	if f.ParameterList.Rest != nil {
		return
	}
	call := f.Body.List[0].(*ast.ReturnStatement).Argument.(*ast.CallExpression)
	m.ins = append(m.ins, insertion{offset(call.ArgumentList[2].Idx1()), ", " + name.String()})
}

// inferName notes the name an anonymous function gets from where it
// stands (const f = function () {}), which wrapping it in a call would lose.
func (m *asyncGenMarker) inferName(e ast.Expression, name string) {
	if f, ok := e.(*ast.FunctionLiteral); ok && name != "" {
		m.names[f] = name
	}
}

// propertyName is a non-computed key's name ("" for a number or other).
func propertyName(key ast.Expression) string {
	switch k := key.(type) {
	case *ast.StringLiteral:
		return k.Value.String()
	case *ast.Identifier:
		return k.Name.String()
	}
	return ""
}

// block walks a block with its own place for marking declarations.
func (m *asyncGenMarker) block(b *ast.BlockStatement) {
	if b == nil {
		return
	}
	outer := m.scopeStart
	m.statements(b.List, offset(b.RightBrace))
	for _, s := range b.List {
		m.walk(reflect.ValueOf(s))
	}
	m.scopeStart = outer
}

// applyInsertions puts ins into code and moves the columns of its inline
// source map to match.
func applyInsertions(code string, ins []insertion) string {
	sort.SliceStable(ins, func(i, j int) bool { return ins[i].at < ins[j].at })
	var b strings.Builder
	last := 0
	for _, in := range ins {
		b.WriteString(code[last:in.at])
		b.WriteString(in.text)
		last = in.at
	}
	b.WriteString(code[last:])
	return shiftSourceMap(b.String(), code, ins)
}
