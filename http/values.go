package http

const maxUint64 = ^uint64(0)

// specialValue reads one byte of a Transfer-Encoding, Content-Length or
// Connection value; it returns where it stopped.
func (p *Parser) specialValue(data []byte, i int) int {
	c := data[i]
	switch p.state {
	case sTEChunked:
		if c|0x20 == "chunked"[p.seq] {
			i++
			p.seq++
			if p.seq == 7 {
				p.state = sTEChunkedLast
			}
			return i
		}
		p.state = sTEToken
	case sTEChunkedLast:
		switch c {
		case ' ':
			i++
		case '\r', '\n':
			p.headerState = hsTEChunked
			p.state = sValueOtherwise
		case ',':
			if p.typ == Request && !p.allows(LenientTransferEncoding) {
				if p.endSpan(data, i, i+1) {
					p.fail(eInvalidTransferEncoding, rTEValue, i+1)
				}
				return i
			}
			p.state, p.seq = sTEChunked, 0
		default:
			p.state = sTEToken
		}
	case sTEToken:
		switch {
		case c == ',':
			i++
			p.state = sTETokenOWS
		case connChar[c]:
			i++
		default:
			p.headerState = hsGeneral
			p.state = sValue
		}
	case sTETokenOWS:
		if c == ' ' || c == '\t' {
			i++
		} else {
			p.state, p.seq = sTEChunked, 0
		}
	case sCL:
		if c < '0' || c > '9' {
			p.state = sCLWS
			return i
		}
		d := uint64(c - '0')
		i++
		if p.contentLength > maxUint64/10 || p.contentLength*10 > maxUint64-d {
			if p.endSpan(data, i, i) {
				p.fail(eInvalidContentLength, rCLOverflow, i)
			}
			return i
		}
		p.contentLength = p.contentLength*10 + d
	case sCLWS:
		switch c {
		case ' ':
			i++
		case '\r', '\n':
			p.flags |= fContentLength
			p.state = sValueOtherwise
		default:
			if p.endSpan(data, i, i) {
				p.fail(eInvalidContentLength, rCLChar, i)
			}
		}
	case sConn:
		return p.connToken(c, i)
	case sConnWS:
		switch c {
		case ',':
			i++
			p.setHeaderFlags()
			p.state, p.seq = sConn, 0
		case ' ':
			i++
		case '\r', '\n':
			p.state = sValueOtherwise
		default:
			p.headerState = hsGeneral
			p.state = sConnToken
		}
	case sConnToken:
		switch {
		case c == ',':
			i++
			p.state, p.seq = sConn, 0
		case connChar[c]:
			i++
		default:
			p.state = sValueOtherwise
		}
	}
	return i
}

// connToken matches close, upgrade or keep-alive in a Connection value,
// case-insensitively, one byte at a time.
func (p *Parser) connToken(c byte, i int) int {
	c = lowerASCII[c]
	if p.seq == 0 {
		switch c {
		case ' ', '\t':
			return i + 1
		case 'c':
			p.word = connClose
		case 'u':
			p.word = connUpgrade
		case 'k':
			p.word = connKeepAlive
		default:
			p.state = sConnToken
			return i
		}
		p.seq = 1
		return i + 1
	}
	word := connWords[p.word]
	if c != word[p.seq] {
		p.state = sConnToken
		return i
	}
	p.seq++
	if int(p.seq) == len(word) {
		p.headerState = [...]uint8{hsConnClose, hsConnUpgrade, hsConnKeepAlive}[p.word]
		p.state = sConnWS
	}
	return i + 1
}
