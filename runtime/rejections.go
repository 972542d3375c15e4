package runtime

import (
	"strings"

	"github.com/dop251/goja"
)

type rejection struct {
	promise *goja.Promise
	handled bool
	uid     int // node's rejection id, given when it was rejected unhandled
}

// handledLate is a reported rejection that got a handler afterwards.
type handledLate struct {
	promise goja.Value
	uid     int
}

// trackRejection follows goja's reports of promises rejected with no handler
// and of handlers added later; processRejections decides after the microtask
// queue drains, which is when Node decides.
func (rt *Runtime) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		rt.lastRejection++
		rt.rejections = append(rt.rejections, rejection{promise: p, uid: rt.lastRejection})
	case goja.PromiseRejectionHandle:
		for i := range rt.rejections {
			if rt.rejections[i].promise == p {
				rt.rejections[i].handled = true
				return
			}
		}
		if uid, ok := rt.reported[p]; ok {
			delete(rt.reported, p)
			rt.pendingHandled = append(rt.pendingHandled, handledLate{rt.VM.ToValue(p), uid})
		}
	}
}

// unhandledRejections is the --unhandled-rejections mode: throw (node's
// default), strict, warn, warn-with-error-code or none.
func (rt *Runtime) unhandledRejections() string {
	if rt.rejectionMode == "" {
		rt.rejectionMode = "throw"
		args := rt.Opts.ExecArgv
		for i, a := range args {
			if v, ok := strings.CutPrefix(a, "--unhandled-rejections="); ok {
				rt.rejectionMode = v
			} else if a == "--unhandled-rejections" && i+1 < len(args) {
				rt.rejectionMode = args[i+1]
			}
		}
	}
	return rt.rejectionMode
}

// processRejections handles every promise still unhandled as the
// --unhandled-rejections mode says: 'unhandledRejection' listeners, a
// warning, or an uncaught exception. Then 'rejectionHandled' (or its
// warning) for rejections handled after they were reported.
func (rt *Runtime) processRejections() {
	list := rt.rejections
	rt.rejections = nil
	for _, r := range list {
		if r.handled {
			continue
		}
		reason := r.promise.Result()
		pv := rt.VM.ToValue(r.promise)
		if rt.reported == nil {
			rt.reported = map[*goja.Promise]int{}
		}
		rt.reported[r.promise] = r.uid
		switch rt.unhandledRejections() {
		case "none":
			rt.emitUnhandledRejection(reason, pv)
		case "warn":
			rt.emitUnhandledRejection(reason, pv)
			rt.warnUnhandledRejection(r.uid, reason)
		case "warn-with-error-code":
			if !rt.emitUnhandledRejection(reason, pv) {
				rt.warnUnhandledRejection(r.uid, reason)
				rt.Process().Set("exitCode", 1)
			}
		case "strict":
			rt.rejectionUncaught(reason)
			if !rt.emitUnhandledRejection(reason, pv) {
				rt.warnUnhandledRejection(r.uid, reason)
			}
		default:
			if !rt.emitUnhandledRejection(reason, pv) {
				rt.rejectionUncaught(reason)
			}
		}
	}
	for len(rt.pendingHandled) > 0 {
		h := rt.pendingHandled[0]
		rt.pendingHandled = rt.pendingHandled[1:]
		p := rt.Process()
		if listenerCount(rt, p, "rejectionHandled") > 0 {
			rt.emitRejectionEvent("rejectionHandled", h.promise)
		} else {
			rt.callInternal("warnRejectionHandled", rt.VM.ToValue(h.uid))
		}
	}
}

// emitUnhandledRejection emits 'unhandledRejection', reporting whether a
// listener took it.
func (rt *Runtime) emitUnhandledRejection(reason, promise goja.Value) bool {
	p := rt.Process()
	if listenerCount(rt, p, "unhandledRejection") == 0 {
		return false
	}
	rt.emitRejectionEvent("unhandledRejection", reason, promise)
	return true
}

// emitRejectionEvent emits 'unhandledRejection' or 'rejectionHandled'; what
// a listener throws is an uncaught exception, as in node.
func (rt *Runtime) emitRejectionEvent(event string, args ...goja.Value) {
	p := rt.Process()
	emit, _ := goja.AssertFunction(p.Get("emit"))
	if _, err := emit(p, append([]goja.Value{rt.VM.ToValue(event)}, args...)...); err != nil {
		rt.handleError(err)
	}
}

func (rt *Runtime) warnUnhandledRejection(uid int, reason goja.Value) {
	rt.callInternal("warnUnhandledRejection", rt.VM.ToValue(uid), reason)
}

// callInternal calls one of bootstrap's internal functions; what it throws
// is reported as uncaught.
func (rt *Runtime) callInternal(name string, args ...goja.Value) {
	fn, _ := goja.AssertFunction(rt.internal.Get(name))
	if _, err := fn(goja.Undefined(), args...); err != nil {
		rt.handleError(err)
	}
}

// rejectionUncaught makes an unhandled rejection an uncaught exception: the
// reason itself when it is an error, else node's UnhandledPromiseRejection.
func (rt *Runtime) rejectionUncaught(reason goja.Value) {
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
	return e, &site{file: rejectionFile, line: 4, col: 7}
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
