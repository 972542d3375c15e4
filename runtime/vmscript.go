package runtime

import (
	"strings"

	"github.com/dop251/goja"
)

// CompileScript compiles source as a classic script named filename, for
// require('vm'). head is code that goes before source on its first line
// (vm's scope for a context, or a function's opening), tail what follows it
// on lines of its own. The head is padded to the module wrapper's width, so
// the line-1 column correction that CommonJS files get applies to vm code
// too; a longer head takes a line of its own, and then line numbers are one
// too high. A SyntaxError comes back as the JS value to throw, worded and
// placed as V8 does.
func (rt *Runtime) CompileScript(filename, head, source, tail string) (*goja.Program, *goja.Object) {
	width := len(moduleWrapperHead)
	if len(head) <= width {
		head += strings.Repeat(" ", width-len(head))
		rt.wrappedFiles[filename] = true
	} else {
		head += "\n"
	}
	rt.rememberSource(filename, source)
	text := head + source + tail
	prg, err := compileSafely(filename, text)
	if err == nil {
		return prg, nil
	}
	if t, ok := rt.syntaxError(filename, text, err).(*jsThrow); ok {
		return nil, t.value
	}
	return nil, rt.VM.NewGoError(err)
}
