package runtime

import (
	"strings"

	"github.com/dop251/goja"
)

type rejection struct {
	promise *goja.Promise
	handled bool
}

// trackRejection follows goja's reports of promises rejected with no handler
// and of handlers added later; processRejections decides after the microtask
// queue drains, which is when Node decides.
func (rt *Runtime) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		rt.rejections = append(rt.rejections, rejection{promise: p})
	case goja.PromiseRejectionHandle:
		for i := range rt.rejections {
			if rt.rejections[i].promise == p {
				rt.rejections[i].handled = true
				return
			}
		}
		if rt.reported[p] {
			delete(rt.reported, p)
			rt.pendingHandled = append(rt.pendingHandled, rt.VM.ToValue(p))
		}
	}
}

// processRejections emits 'unhandledRejection' for every promise still
// unhandled; with no listener the rejection is fatal (Node's default
// --unhandled-rejections=throw).
func (rt *Runtime) processRejections() {
	list := rt.rejections
	rt.rejections = nil
	for _, r := range list {
		if r.handled || rt.exiting {
			continue
		}
		reason := r.promise.Result()
		pv := rt.VM.ToValue(r.promise)
		if rt.reported == nil {
			rt.reported = map[*goja.Promise]bool{}
		}
		rt.reported[r.promise] = true
		p := rt.Process()
		if listenerCount(rt, p, "unhandledRejection") > 0 {
			rt.emitInternal(p, "unhandledRejection", reason, pv)
			continue
		}
		err := reason
		where := rt.errorSite(reason)
		if !rt.isError(reason) {
			err, where = rt.unhandledRejectionError(reason)
		} else if where == nil || rt.markedSite(reason) != nil || rt.madeInternally(reason) {
			// Node's report for a rejection with an error made inside node
			// quotes the line of its promise code that rethrows it.
			rt.internalThrowSite(reason.(*goja.Object), "node:internal/process/promises", "    triggerUncaughtException(err, true /* fromPromise */);", 5)
			where = rt.markedSite(reason)
		}
		rt.reword(err, where)
		rt.fatal(err, where, "unhandledRejection")
	}
	for len(rt.pendingHandled) > 0 && !rt.exiting {
		pv := rt.pendingHandled[0]
		rt.pendingHandled = rt.pendingHandled[1:]
		rt.emitInternal(rt.Process(), "rejectionHandled", pv)
	}
}

// Node makes this error inside its promise-rejection code and its fatal
// report quotes that line; the same line, under the same name, is here.
const rejectionFile = "node:internal/process/promises"
const rejectionSource = `(function (UnhandledPromiseRejection, reason) {
  let err;
  err =
      new UnhandledPromiseRejection(reason);
  return err;
})`

func (rt *Runtime) unhandledRejectionError(reason goja.Value) (goja.Value, *site) {
	rt.rememberSource(rejectionFile, rejectionSource)
	fnv, err := rt.VM.RunProgram(goja.MustCompile(rejectionFile, rejectionSource, true))
	if err != nil {
		return reason, nil
	}
	fn, _ := goja.AssertFunction(fnv)
	e, err := fn(goja.Undefined(), rt.internal.Get("UnhandledPromiseRejection"), reason)
	if err != nil {
		return reason, nil
	}
	return e, &site{rejectionFile, 4, 7}
}

// madeInternally reports whether an Error's first frame is in a core module.
func (rt *Runtime) madeInternally(err goja.Value) bool {
	o, ok := err.(*goja.Object)
	if !ok || o == nil {
		return false
	}
	m := stackPlace().FindStringSubmatch(o.Get("stack").String())
	return m != nil && strings.HasPrefix(m[1], "node:")
}
