package http

// headers reads header lines (and trailer lines) from data[i:]; it returns
// where it stopped.
func (p *Parser) headers(data []byte, i int) int {
	for i < len(data) && p.errno == eOK {
		c := data[i]
		switch p.state {
		case sHeadersStart:
			if c == ' ' {
				if !p.allows(LenientHeaders) {
					p.fail(eUnexpectedSpace, rUnexpectedSpace, i+1)
					return i
				}
				i++
			}
			p.state = sFieldStart
		case sFieldStart:
			switch c {
			case '\r':
				i++
				p.state = sHeadersLF
			case '\n':
				if !p.allows(LenientOptionalCRBeforeLF) {
					p.fail(eInvalidHeaderToken, rFieldChar, i+1)
					return i
				}
				i++
				p.headersEnd(i)
				return i
			case ':':
				p.fail(eInvalidHeaderToken, rHeaderToken, i)
			default:
				p.startSpan(spanField, i)
				p.state = sField
			}
		case sField:
			j := i
			for j < len(data) && tokenChar[data[j]] {
				j++
			}
			i = j
			if i == len(data) {
				return i
			}
			i = p.fieldEnd(data, i)
		case sFieldColonWS:
			switch c {
			case ' ':
				i++
			case ':':
				i = p.colon(data, i, p.headerState)
			default:
				// More name: an ordinary header's, spaces included.
				p.state = sField
			}
		case sValueDiscardWS:
			switch c {
			case ' ', '\t':
				i++
			case '\r':
				i++
				p.state = sValueDiscardWSCR
			case '\n':
				if !p.allows(LenientOptionalCRBeforeLF) {
					p.fail(eInvalidHeaderToken, rValueChar, i+1)
					return i
				}
				i++
				p.state = sValueDiscardLWS
			default:
				p.startSpan(spanValue, i)
				i = p.valueStart(data, i)
			}
		case sValueDiscardWSCR:
			if c == '\n' {
				i++
			} else if !p.allows(LenientHeaders) {
				p.fail(eStrict, rLFAfterCR, i)
				return i
			}
			p.state = sValueDiscardLWS
		case sValueDiscardLWS:
			if c == ' ' || c == '\t' {
				if !p.allows(LenientHeaders) {
					p.fail(eInvalidHeaderToken, rValueChar, i+1)
					return i
				}
				// A folded line continues an empty value.
				i++
				p.state = sValueDiscardWS
				continue
			}
			if p.headerState == hsContentLength {
				p.fail(eInvalidContentLength, rEmptyCL, i)
				return i
			}
			p.setHeaderFlags()
			p.startSpan(spanValue, i)
			if p.endSpan(data, i, i) {
				p.state = sFieldStart
			}
		case sValue:
			j := i
			for j < len(data) && headerChar[data[j]] {
				j++
			}
			i = j
			if i < len(data) {
				p.state = sValueOtherwise
			}
		case sValueOtherwise:
			switch c {
			case '\r':
				if p.endSpan(data, i, i+1) {
					i++
					p.state = sValueLF
				}
			case '\n':
				if p.endSpan(data, i, i) {
					if p.allows(LenientOptionalCRBeforeLF) {
						p.state = sValueLF
					} else {
						p.fail(eCRExpected, rCRAfterValue, i)
					}
				}
			default:
				if p.allows(LenientHeaders) {
					p.state = sValueLenient
				} else if p.endSpan(data, i, i) {
					p.fail(eInvalidHeaderToken, rValueChar, i)
				}
			}
		case sValueLenient:
			i = lineEnd(data, i)
			if i == len(data) {
				return i
			}
			if data[i] == '\r' {
				if p.endSpan(data, i, i+1) {
					i++
					p.state = sValueLF
				}
			} else if p.endSpan(data, i, i) {
				p.state = sValueLF
			}
		case sValueLF:
			if c != '\n' {
				p.fail(eLFExpected, rLFAfterValue, i)
				return i
			}
			i++
			p.state = sValueLWS
		case sValueLWS:
			if c == ' ' || c == '\t' {
				if !p.allows(LenientHeaders) {
					p.fail(eInvalidHeaderToken, rWSAfterValue, i)
					return i
				}
				// A folded line: its bytes, leading whitespace too, go on
				// the value.
				if p.headerState == hsTEChunked {
					p.headerState = hsGeneral
				}
				p.startSpan(spanValue, i)
				i = p.valueStart(data, i)
				continue
			}
			p.setHeaderFlags()
			p.state = sFieldStart
		case sHeadersLF:
			if c == '\n' {
				i++
			} else if !p.allows(LenientOptionalLFAfterCR) {
				p.fail(eStrict, rLFAfterHeaders, i)
				return i
			}
			p.headersEnd(i)
			return i
		default:
			i = p.specialValue(data, i)
			if p.state >= sBodyIdentity {
				return i
			}
		}
	}
	return i
}

// headersEnd runs when the blank line after the headers (or trailers) was
// read (data[:i]).
func (p *Parser) headersEnd(i int) {
	if p.flags&fTrailing != 0 {
		p.headerRead = 0 // Node's on_chunk_complete
		p.messageDone(i)
	} else {
		p.headersComplete(i)
	}
}

// fieldEnd handles the byte after a header name's token characters.
func (p *Parser) fieldEnd(data []byte, i int) int {
	c := data[i]
	hs := p.specialHeader(data[p.spanStart:i])
	if c == ':' {
		return p.colon(data, i, hs)
	}
	if hs != hsGeneral && c == ' ' {
		if p.allows(LenientHeaders) {
			// The spaces stay in the name, as llhttp keeps them.
			p.headerState = hs
			p.state = sFieldColonWS
			return i
		}
		if p.endSpan(data, i, i+1) {
			p.fail(eInvalidHeaderToken, rFieldChar, i+1)
		}
		return i
	}
	p.fail(eInvalidHeaderToken, rHeaderToken, i)
	return i
}

// colon ends a header name of kind hs at the ':' at data[i].
func (p *Parser) colon(data []byte, i int, hs uint8) int {
	if !p.endSpan(data, i, i+1) {
		return i
	}
	i++
	p.headerState = hs
	bothLengths := !p.allows(LenientChunkedLength)
	switch {
	case bothLengths && hs == hsTransferEncoding && p.flags&fContentLength != 0:
		p.fail(eInvalidTransferEncoding, rTEWithCL, i)
	case bothLengths && hs == hsContentLength && p.flags&fTransferEncoding != 0:
		p.fail(eInvalidContentLength, rCLWithTE, i)
	default:
		p.state = sValueDiscardWS
	}
	return i
}

// specialHeader says whether the header named by what was gathered of the
// current field plus rest is one llhttp treats specially.
func (p *Parser) specialHeader(rest []byte) uint8 {
	var prev []byte
	if p.nFields != p.nValues {
		e := p.entries[len(p.entries)-1]
		prev = p.hdr[e.name:e.end]
	}
	n := len(prev) + len(rest)
	if n != 7 && n != 10 && n != 14 && n != 16 && n != 17 {
		return hsGeneral
	}
	at := func(k int) byte {
		if k < len(prev) {
			return lowerASCII[prev[k]]
		}
		return lowerASCII[rest[k-len(prev)]]
	}
	is := func(name string) bool {
		if len(name) != n {
			return false
		}
		for k := 0; k < n; k++ {
			if at(k) != name[k] {
				return false
			}
		}
		return true
	}
	switch {
	case is("connection"), is("proxy-connection"):
		return hsConnection
	case is("content-length"):
		return hsContentLength
	case is("transfer-encoding"):
		return hsTransferEncoding
	case is("upgrade"):
		return hsUpgrade
	}
	return hsGeneral
}

// valueStart looks at a value's first byte in the light of its header.
func (p *Parser) valueStart(data []byte, i int) int {
	switch p.headerState {
	case hsUpgrade:
		p.flags |= fUpgrade
		p.headerState = hsGeneral
		p.state = sValue
	case hsTransferEncoding:
		if p.flags&fChunked != 0 && p.typ == Request && !p.allows(LenientTransferEncoding) {
			if p.endSpan(data, i, i+1) {
				p.fail(eInvalidTransferEncoding, rTEValue, i+1)
			}
			return i
		}
		p.flags |= fTransferEncoding
		p.flags &^= fChunked
		p.state, p.seq = sTEChunked, 0
	case hsContentLength:
		if p.flags&fContentLength != 0 {
			p.fail(eUnexpectedContentLength, rDuplicateCL, i)
			return i
		}
		p.state = sCL
	case hsConnection:
		p.state, p.seq = sConn, 0
	default:
		p.state = sValue
	}
	return i
}

// setHeaderFlags turns what a finished value (or Connection token) said
// into message flags.
func (p *Parser) setHeaderFlags() {
	switch p.headerState {
	case hsConnKeepAlive:
		p.flags |= fKeepAlive
		p.headerState = hsConnection
	case hsConnClose:
		p.flags |= fClose
		p.headerState = hsConnection
	case hsConnUpgrade:
		p.flags |= fConnUpgrade
		p.headerState = hsConnection
	case hsTEChunked:
		p.flags |= fChunked
	}
}
