package http

// Type says what a Parser reads.
type Type uint8

const (
	Request  Type = 1
	Response Type = 2
)

// DefaultMaxHeaderSize is Node's --max-http-header-size default.
const DefaultMaxHeaderSize = 16 * 1024

// maxChunkExtensions is Node's cap on the chunk extension bytes of a chunk.
const maxChunkExtensions = 16 * 1024

// Handler receives a parser's events. The parser's accessors (URL, Header,
// ...) describe the current message while these run.
type Handler interface {
	OnMessageBegin()
	// OnHeadersComplete returns 0 to read the body as framed, 1 to skip
	// it (a response to HEAD), 2 to skip it and treat the message as an
	// upgrade; anything else fails the parse (HPE_CB_HEADERS_COMPLETE).
	OnHeadersComplete() int
	// OnBody gets a piece of body: a sub-slice of Execute's input.
	OnBody(b []byte)
	// OnMessageComplete ends a message; its trailers, if any, are the
	// parser's headers now.
	OnMessageComplete()
}

// Lenient flags: llhttp's LENIENT_* (Node's kLenient*), each turning off
// one of its strict checks; --insecure-http-parser and insecureHTTPParser
// set them all.
const (
	LenientHeaders = 1 << iota
	LenientChunkedLength
	LenientKeepAlive
	LenientTransferEncoding
	LenientVersion
	LenientDataAfterClose
	LenientOptionalLFAfterCR
	LenientOptionalCRLFAfterChunk
	LenientOptionalCRBeforeLF
	LenientSpacesAfterChunkSize

	LenientAll = 1<<iota - 1
)

// llhttp's message flags.
const (
	fKeepAlive        = 1 << 0
	fClose            = 1 << 1
	fConnUpgrade      = 1 << 2
	fChunked          = 1 << 3
	fUpgrade          = 1 << 4
	fContentLength    = 1 << 5
	fSkipBody         = 1 << 6
	fTrailing         = 1 << 7
	fTransferEncoding = 1 << 9
)

// What the header being read means to the framing (llhttp's header_state).
const (
	hsGeneral = iota
	hsConnection
	hsContentLength
	hsTransferEncoding
	hsUpgrade
	hsConnKeepAlive
	hsConnClose
	hsConnUpgrade
	hsTEChunked
)

// Whether end of input is fine here (llhttp's finish).
const (
	finishSafe = iota
	finishSafeWithCB
	finishUnsafe
)

// The spans whose bytes the parser hands on: gathered for the head, passed
// through for the body, counted for chunk extensions.
const (
	spanNone = iota
	spanURL
	spanStatus
	spanField
	spanValue
	spanBody
	spanExt
)

// entry is one header line inside Parser.hdr: name is hdr[name:val], value
// hdr[val:end]; val is -1 until the value begins.
type entry struct{ name, val, end int32 }

// Parser is one connection's HTTP/1.1 parser. The zero value is not ready:
// call Init.
type Parser struct {
	h   Handler
	typ Type

	state    state
	seq      uint8 // progress through a word being matched
	word     uint8 // which word (protocol, connection token) is matched
	mnode    int16 // method trie node
	errno    errno
	reason   string
	errPos   int
	userCode string
	upgrade  bool

	flags         uint16
	lenient       uint16
	headerState   uint8
	finish        uint8
	method        uint8
	proto         uint8
	major, minor  uint8
	status        uint16
	contentLength uint64
	completed     bool // a message was completed (llhttp's initial_message_completed)

	span      uint8
	spanStart int

	maxHeaderSize uint64
	headerRead    uint64
	extRead       uint64
	headersDone   bool

	url     []byte
	statusB []byte
	hdr     []byte
	entries []entry
	nFields int
	nValues int
}

// NewParser returns a parser ready to read messages of type t.
func NewParser(t Type, h Handler) *Parser {
	p := &Parser{}
	p.Init(t, h, 0)
	return p
}

// Init readies p for a new connection, keeping its buffers. maxHeaderSize 0
// means DefaultMaxHeaderSize.
func (p *Parser) Init(t Type, h Handler, maxHeaderSize int) {
	url, st, hdr, ent := p.url[:0], p.statusB[:0], p.hdr[:0], p.entries[:0]
	*p = Parser{h: h, typ: t, url: url, statusB: st, hdr: hdr, entries: ent}
	p.maxHeaderSize = DefaultMaxHeaderSize
	if maxHeaderSize > 0 {
		p.maxHeaderSize = uint64(maxHeaderSize)
	}
	p.state = sStart
}

// SetLenient sets the lenient flags (Lenient*) for what follows; Init
// clears them.
func (p *Parser) SetLenient(flags int) { p.lenient = uint16(flags) & LenientAll }

// allows reports whether lenient flag f is set.
func (p *Parser) allows(f uint16) bool { return p.lenient&f != 0 }

// lineEnd is where the first CR or LF at or after data[i] is, or len(data).
func lineEnd(data []byte, i int) int {
	for i < len(data) && data[i] != '\r' && data[i] != '\n' {
		i++
	}
	return i
}

// Execute parses data. It returns how many bytes were parsed: all of them,
// or, after an upgrade or CONNECT message, up to its end (the rest belongs
// to the new protocol). A parse error comes back as *Error, as Node's
// binding returns it (not after an upgrade: Node reports none then).
func (p *Parser) Execute(data []byte) (int, *Error) {
	if p.errno != eOK {
		// A failed parser stays failed (silently after an upgrade, as
		// Node's binding).
		if p.upgrade {
			return 0, nil
		}
		return 0, p.makeError(0)
	}
	if p.span != spanNone {
		p.spanStart = 0
	}
	if p.state == sCleanup {
		p.cleanup()
	}
	i := 0
	for i < len(data) && p.errno == eOK {
		switch {
		case p.state < sHeadersStart:
			i = p.line(data, i)
		case p.state < sBodyIdentity:
			i = p.headers(data, i)
		default:
			i = p.body(data, i)
		}
	}
	if p.errno == eOK && p.span != spanNone {
		p.deliver(data, len(data), len(data))
	}
	if p.errno == eOK {
		return len(data), nil
	}
	n := p.errPos
	if p.errno == ePausedUpgrade {
		// Not an error: parsing stops where the other protocol starts.
		p.errno = eOK
		return n, nil
	}
	if p.upgrade {
		return n, nil
	}
	return n, p.makeError(n)
}

// Finish tells the parser the input ended: an error if a message was cut
// short, and the end of a body that runs to the end of the connection.
func (p *Parser) Finish() *Error {
	if p.errno != eOK {
		return nil
	}
	switch p.finish {
	case finishSafeWithCB:
		p.h.OnMessageComplete()
	case finishUnsafe:
		if p.upgrade {
			// Node's binding reports nothing after an upgrade.
			return nil
		}
		// Nor a position for this one.
		return &Error{Code: errnoNames[eInvalidEOFState], Reason: rEOF}
	}
	return nil
}

func (p *Parser) makeError(n int) *Error {
	code := p.userCode
	if p.errno != eUser {
		code = errnoNames[p.errno]
	}
	return &Error{Code: code, Reason: p.reason, BytesParsed: n}
}

// Abort stops the parse from inside a Handler call: Execute returns at once
// with this error, and the parser stays failed (Node's binding stops so
// when a JS callback throws).
func (p *Parser) Abort(code, reason string) {
	if p.errno == eOK {
		p.userCode = code
		p.fail(eUser, reason, 0)
	}
}

// fail stops the parser with an error reported at byte pos of the input.
func (p *Parser) fail(e errno, reason string, pos int) {
	p.errno, p.reason, p.errPos = e, reason, pos
	p.state = sDead
}

// startSpan begins gathering bytes at data[i].
func (p *Parser) startSpan(kind uint8, i int) {
	p.span, p.spanStart = kind, i
}

// endSpan hands on the span's bytes up to data[end]; a failure there (the
// header limit) is reported at errPos. It reports whether parsing goes on.
func (p *Parser) endSpan(data []byte, end, errPos int) bool {
	p.deliver(data, end, errPos)
	p.span = spanNone
	return p.errno == eOK
}

func (p *Parser) deliver(data []byte, end, errPos int) {
	b := data[p.spanStart:end]
	switch p.span {
	case spanBody:
		if len(b) > 0 {
			p.h.OnBody(b)
		}
		return
	case spanExt:
		p.extRead += uint64(len(b))
		if p.extRead > maxChunkExtensions {
			p.fail(eChunkExtensionsOverflow, rExtensionsOverflow, errPos)
		}
		return
	}
	p.headerRead += uint64(len(b))
	if p.headerRead >= p.maxHeaderSize {
		p.fail(eHeaderOverflow, rHeaderOverflow, errPos)
		return
	}
	switch p.span {
	case spanURL:
		p.url = append(p.url, b...)
	case spanStatus:
		p.statusB = append(p.statusB, b...)
	case spanField:
		if p.nFields == p.nValues {
			p.nFields++
			p.entries = append(p.entries, entry{name: int32(len(p.hdr)), val: -1})
		}
		p.hdr = append(p.hdr, b...)
		p.entries[len(p.entries)-1].end = int32(len(p.hdr))
	case spanValue:
		e := &p.entries[len(p.entries)-1]
		if p.nValues != p.nFields {
			p.nValues++
			e.val = int32(len(p.hdr))
		}
		p.hdr = append(p.hdr, b...)
		e.end = int32(len(p.hdr))
	}
}

// messageBegin starts a message at its first byte.
func (p *Parser) messageBegin() {
	p.finish = finishUnsafe
	p.nFields, p.nValues = 0, 0
	p.entries = p.entries[:0]
	p.hdr = p.hdr[:0]
	p.headersDone = false
	p.extRead = 0
	p.url = p.url[:0]
	p.statusB = p.statusB[:0]
	p.h.OnMessageBegin()
}

// ShouldKeepAlive reports whether the connection may carry another message
// after this one (llhttp_should_keep_alive).
func (p *Parser) ShouldKeepAlive() bool {
	if p.major > 0 && p.minor > 0 {
		if p.flags&fClose != 0 {
			return false
		}
	} else if p.flags&fKeepAlive == 0 {
		return false
	}
	return !p.needsEOF()
}

// needsEOF reports whether the body runs to the end of the connection.
func (p *Parser) needsEOF() bool {
	if p.typ == Request {
		return false
	}
	if p.status/100 == 1 || p.status == 204 || p.status == 304 || p.flags&fSkipBody != 0 {
		return false
	}
	if p.flags&fTransferEncoding != 0 && p.flags&fChunked == 0 {
		return true
	}
	return p.flags&(fChunked|fContentLength) == 0
}
