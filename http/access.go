package http

// Accessors for the message being parsed; valid inside Handler calls.

// Type is what p reads.
func (p *Parser) Type() Type { return p.typ }

// Method is the request's method number (see MethodName).
func (p *Parser) Method() int { return int(p.method) }

// URL is the request target as sent.
func (p *Parser) URL() []byte { return p.url }

// StatusCode is the response's status.
func (p *Parser) StatusCode() int { return int(p.status) }

// StatusMessage is the response's reason phrase.
func (p *Parser) StatusMessage() []byte { return p.statusB }

// Version is the message's HTTP version.
func (p *Parser) Version() (major, minor int) { return int(p.major), int(p.minor) }

// Upgrade reports an upgrade or CONNECT message: after it, the bytes on the
// connection are no longer HTTP.
func (p *Parser) Upgrade() bool { return p.upgrade }

// HeadersCompleted reports whether the current message's head was read.
func (p *Parser) HeadersCompleted() bool { return p.headersDone }

// Idle reports whether the parser is between messages.
func (p *Parser) Idle() bool { return p.finish == finishSafe }

// NumHeaders is the number of header lines (trailer lines while a message
// completes).
func (p *Parser) NumHeaders() int { return p.nValues }

// Header is header line k: its name as sent, and its value without the
// whitespace around it.
func (p *Parser) Header(k int) (name, value []byte) {
	e := p.entries[k]
	name = p.hdr[e.name:e.val]
	value = p.hdr[e.val:e.end]
	for len(value) > 0 && (value[len(value)-1] == ' ' || value[len(value)-1] == '\t') {
		value = value[:len(value)-1]
	}
	return name, value
}
