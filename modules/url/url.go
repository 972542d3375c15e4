// Package url is Node's url module: a WHATWG URL parser in Go behind the
// URL and URLSearchParams classes, and the legacy url.parse API in JS.
package url

import (
	_ "embed"
	"strings"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "url"

var (
	//go:embed url.js
	urlJS string
	//go:embed search_params.js
	searchParamsJS string
	//go:embed legacy.js
	legacyJS string
)

// One module body: url.js uses the classes and functions search_params.js
// declares. The legacy API (legacy.js) loads on first use through
// binding.loadPart.
var source = searchParamsJS + "\n" + urlJS

// PunycodeModuleName is node's deprecated require('punycode').
const PunycodeModuleName = "punycode"

//go:embed punycode.js
var punycodeJS string

func init() {
	gort.RegisterCoreJS(ModuleName, source)
	gort.RegisterCore(PunycodeModuleName, func(rt *gort.Runtime, module *goja.Object) {
		rt.RunCoreJS(PunycodeModuleName, punycodeJS, module, rt.VM.NewObject())
	})
}

// Require fills module.exports with the url module.
func Require(rt *gort.Runtime, module *goja.Object) {
	b := binding(rt.VM)
	_ = b.Set("loadPart", func(name string) goja.Value {
		if name != "legacy" {
			panic(rt.VM.NewTypeError("url: no part " + name))
		}
		m := rt.VM.NewObject()
		_ = m.Set("exports", rt.VM.NewObject())
		rt.RunCoreJS("internal/url/legacy", legacyJS, m, b)
		return m.Get("exports")
	})
	rt.RunCoreJS(ModuleName, source, module, b)
}

func binding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	set := func(name string, v any) { _ = b.Set(name, v) }
	components := func(r *record, ok bool) goja.Value {
		if !ok || r == nil {
			return goja.Undefined()
		}
		return vm.ToValue(r.components())
	}
	set("parse", func(input string, base goja.Value) goja.Value {
		hasBase := base != nil && !goja.IsUndefined(base)
		baseStr := ""
		if hasBase {
			baseStr = base.String()
		}
		return components(Parse(input, baseStr, hasBase))
	})
	set("update", func(href, name, value string) goja.Value {
		r, ok := parse(href, nil, nil, noOverride)
		if !ok {
			return goja.Undefined()
		}
		return components(r.set(name, value), true)
	})
	set("domainToASCII", hostToASCII)
	set("domainToUnicode", domainToUnicode)
	// toASCII is UTS #46 alone, for the legacy url.parse: "" on failure.
	set("toASCII", func(s string) string {
		out, _ := domainToASCII(s)
		return out
	})
	// format serves url.format(URL, options).
	set("format", func(href string, fragment, unicode, search, auth bool) string {
		r, ok := parse(href, nil, nil, noOverride)
		if !ok {
			return href
		}
		if !fragment {
			r.fragment, r.hasFragment = "", false
		}
		if unicode && r.hostKind == hostDomain {
			r.host = domainToUnicode(r.host)
		}
		if !search {
			r.query, r.hasQuery = "", false
		}
		if !auth {
			r.username, r.password = "", ""
		}
		return r.href()
	})
	set("encodeForm", func(s string) string {
		var sb strings.Builder
		for _, r := range s {
			if r == ' ' {
				sb.WriteByte('+')
			} else {
				appendEncoded(&sb, r, formSet)
			}
		}
		return sb.String()
	})
	set("decodeForm", func(s string) string {
		return toValidUTF8(percentDecode(strings.ReplaceAll(s, "+", " ")))
	})
	return b
}
