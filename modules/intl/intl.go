// Package intl is the global Intl: the en-US data of Intl.ListFormat,
// Intl.Segmenter (grapheme clusters, Unicode 17.0) and Intl.DateTimeFormat
// (numeric fields in IANA time zones), made on first use of Intl.
package intl

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
	"golang.org/x/text/language"
)

// ModuleName is the internal module whose exports are the global Intl.
const ModuleName = "internal/intl"

//go:embed intl.js
var source string

func init() { gort.RegisterCoreJS(ModuleName, source) }

// Register makes Intl a global (loaded on first use) and Date's
// toLocale*String its own.
func Register() {
	gort.RegisterCore(ModuleName, Require)
	gort.RegisterGlobal("Intl", ModuleName, "")
	gort.RegisterStartup(Startup)
}

// Require fills module.exports with Intl.
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, binding(rt))
}

func binding(rt *gort.Runtime) *goja.Object {
	vm := rt.VM
	b := vm.NewObject()
	set := func(name string, v any) { _ = b.Set(name, v) }
	set("canonicalLocale", func(tag string) goja.Value {
		if c, ok := canonicalLocale(tag); ok {
			return vm.ToValue(c)
		}
		return goja.Undefined()
	})
	// ICU passes over a tag of a language it has no data for.
	set("localeKnown", func(tag string) bool {
		_, err := language.Parse(tag)
		return err == nil
	})
	set("splitLocale", func(tag string) []any {
		base, keys, other := splitLocale(tag)
		ks := make([]any, len(keys))
		for i, k := range keys {
			ks[i] = k
		}
		return []any{base, ks, other}
	})
	set("graphemeBreaks", func(s goja.Value) []any {
		var units []uint16
		if str, ok := s.ToString().(goja.String); ok {
			units = make([]uint16, str.Length())
			for i := range units {
				units[i] = str.CharAt(i)
			}
		}
		breaks := graphemeBreaks(units)
		out := make([]any, len(breaks))
		for i, n := range breaks {
			out[i] = n
		}
		return out
	})
	installDateTime(rt, set)
	set("setToLocaleString", func(fn goja.Value) {
		if f, ok := goja.AssertFunction(fn); ok {
			setToLocaleString(vm, f)
		}
	})
	return b
}

// wellFormedLocale matches a BCP 47 language tag as ECMA-402 takes it (a
// unicode_locale_id: no extlang, no irregular or private-use-only tags).
var wellFormedLocale = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i)[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(-[a-wyz0-9](-[a-z0-9]{2,8})+)*(-x(-[a-z0-9]{1,8})+)?$|^(?i)[a-z]{5,8}$`)
})

// canonicalLocale is a tag in its canonical form (aliases replaced, each
// part in its case), or false for a tag that is not well formed.
func canonicalLocale(tag string) (string, bool) {
	if !wellFormedLocale().MatchString(tag) {
		return "", false
	}
	if t, err := language.Parse(tag); err == nil {
		return t.String(), true
	}
	// Well formed, with a part x/text does not know: only the case changes.
	parts := strings.Split(strings.ToLower(tag), "-")
	for i := 1; i < len(parts) && len(parts[i-1]) != 1; i++ {
		switch p := parts[i]; {
		case len(p) == 4 && p[0] >= 'a' && i == 1:
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		case len(p) == 2:
			parts[i] = strings.ToUpper(p)
		}
	}
	return strings.Join(parts, "-"), true
}

// splitLocale parts a canonical tag into its language, script, region and
// variants; the keys of its Unicode (-u-) extension; and whether it has
// another extension or private use.
func splitLocale(tag string) (base string, keys []string, other bool) {
	parts := strings.Split(tag, "-")
	i := 0
	for i < len(parts) && len(parts[i]) != 1 {
		i++
	}
	base = strings.Join(parts[:i], "-")
	inU := false
	for ; i < len(parts); i++ {
		p := parts[i]
		switch {
		case len(p) == 1:
			inU = p == "u"
			other = other || !inU
		case inU && len(p) == 2:
			keys = append(keys, p)
		}
	}
	return base, keys, other
}
