package child_process

import (
	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// jsonParser turns the JSON text of a received IPC line into JS values as
// JSON.parse does (runtime.JSONParser, the parser behind gocluster's
// JSON.parse) in one pass, without the string the JS fallback would make
// of the line first. What it refuses (invalid JSON, invalid UTF-8), the
// caller gives to JSON.parse, whose error it is to throw.
type jsonParser struct{ p *gort.JSONParser }

func newJSONParser(vm *goja.Runtime) *jsonParser {
	return &jsonParser{gort.NewJSONParser(vm)}
}

// parse returns the value of line, or ok false.
func (p *jsonParser) parse(line []byte) (v goja.Value, ok bool) {
	return p.p.Parse(line)
}
