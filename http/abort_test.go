package http

import "testing"

type abortingHandler struct {
	p     *Parser
	calls int
}

func (h *abortingHandler) OnMessageBegin() {}
func (h *abortingHandler) OnHeadersComplete() int {
	h.calls++
	h.p.Abort("HPE_JS_EXCEPTION", "JS Exception")
	return 0
}
func (h *abortingHandler) OnBody([]byte)      { h.calls++ }
func (h *abortingHandler) OnMessageComplete() { h.calls++ }

// Abort from a callback stops the parse at once: no further callbacks,
// and the parser stays failed with the given error.
func TestAbortStopsParse(t *testing.T) {
	h := &abortingHandler{}
	h.p = NewParser(Request, h)
	_, err := h.p.Execute([]byte("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nabGET / HTTP/1.1\r\n\r\n"))
	if err == nil || err.Code != "HPE_JS_EXCEPTION" || err.Reason != "JS Exception" {
		t.Fatalf("got %+v", err)
	}
	if h.calls != 1 {
		t.Fatalf("%d callbacks after the abort's", h.calls-1)
	}
	if _, err := h.p.Execute([]byte("GET / HTTP/1.1\r\n\r\n")); err == nil || err.Code != "HPE_JS_EXCEPTION" {
		t.Fatalf("parser not failed: %+v", err)
	}
}
