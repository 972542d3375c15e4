package runtime

import (
	"bytes"
	"errors"
	"strings"

	"github.com/dop251/goja"
)

// maxCallDepth bounds JS recursion as V8's stack size does (node stops a
// plain recursive function after about 11,000 calls); without it, runaway
// recursion would grow goja's stack until memory ran out.
const maxCallDepth = 10000

// stackOverflow reports err when it is goja's StackOverflowError: as node's
// "RangeError: Maximum call stack size exceeded", pointing at the innermost
// frame. goja's is uncatchable, so it always reaches the top; JS try/catch
// cannot see it as it can in node.
func (rt *Runtime) stackOverflow(err error) bool {
	var so *goja.StackOverflowError
	if !errors.As(err, &so) {
		return false
	}
	rangeError, _ := rt.VM.Get("RangeError").(*goja.Object)
	obj, nerr := rt.VM.New(rangeError, rt.VM.ToValue("Maximum call stack size exceeded"))
	if nerr != nil {
		return false
	}
	var where *site
	var b bytes.Buffer
	b.WriteString("RangeError: Maximum call stack size exceeded")
	for i, f := range so.Stack() {
		p := f.Position()
		if where == nil && p.Filename != "" && !strings.HasPrefix(p.Filename, "node:") {
			where = rt.makeSite(p.Filename, p.Line, p.Column)
		}
		if i < 10 {
			b.WriteString("\n\tat ")
			f.Write(&b)
		}
	}
	_ = obj.Set("stack", rt.nodeStack(b.String()))
	rt.fatal(obj, where, "uncaughtException")
	return true
}
