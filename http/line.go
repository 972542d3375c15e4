package http

// line reads the request or response line from data[i:]; it returns where
// it stopped: at the end of data, on an error, or when the headers begin.
func (p *Parser) line(data []byte, i int) int {
	for i < len(data) {
		c := data[i]
		switch p.state {
		case sStart:
			if c == '\r' || c == '\n' {
				i++
				continue
			}
			p.messageBegin()
			if p.errno != eOK {
				return i
			}
			if p.typ == Request {
				p.state, p.mnode = sMethod, 0
			} else {
				p.state, p.seq = sResProtocol, 0
			}
		case sMethod:
			if col := methodIndex[c]; col >= 0 {
				if next := methodTrie[p.mnode].next[col]; next != 0 {
					p.mnode = next
					i++
					continue
				}
			}
			m := methodTrie[p.mnode].method
			if m < 0 {
				p.fail(eInvalidMethod, rInvalidMethod, i)
				return i
			}
			p.method = uint8(m)
			p.state = sFirstSpace
		case sFirstSpace:
			if c != ' ' {
				p.fail(eInvalidMethod, rSpaceAfterMethod, i)
				return i
			}
			i++
			p.state = sSpacesBeforeURL
		case sSpacesBeforeURL:
			if c == ' ' {
				i++
				continue
			}
			p.startSpan(spanURL, i)
			if p.method == MethodConnect {
				p.state = sURLServer
			} else {
				p.state = sURLStart
			}
		case sURLStart, sURLSchema, sURLSlashes, sURLServer, sURLServerAt,
			sURLPath, sURLQuery, sURLFragment, sURLLF09, sToHTTP, sToHTTP09:
			i = p.url1(data, i)
			if p.errno != eOK {
				return i
			}
		case sHTTPStart:
			if c == ' ' {
				i++
				continue
			}
			p.state, p.seq = sReqProtocol, 0
		case sReqProtocol, sResProtocol:
			if p.seq == 0 && p.fastVersion(data, i) {
				i += 9
				if p.state == sHeadersStart {
					i++
					return i
				}
				continue
			}
			if !p.protocol(c, i) {
				return i
			}
			i++
		case sReqSlash, sResSlash:
			if c != '/' {
				p.fail(eInvalidConstant, rExpectedProtocol, i)
				return i
			}
			i++
			p.state++
		case sReqMajor, sResMajor:
			if c < '0' || c > '9' {
				p.fail(eInvalidVersion, rInvalidMajor, i)
				return i
			}
			p.major = c - '0'
			i++
			p.state++
		case sReqDot, sResDot:
			if c != '.' {
				p.fail(eInvalidVersion, rExpectedDot, i)
				return i
			}
			i++
			p.state++
		case sReqMinor, sResMinor:
			if c < '0' || c > '9' {
				p.fail(eInvalidVersion, rInvalidMinor, i)
				return i
			}
			p.minor = c - '0'
			i++
			if !validVersion(p.major, p.minor) && !p.allows(LenientVersion) {
				p.fail(eInvalidVersion, rInvalidVersion, i)
				return i
			}
			switch {
			case p.state == sResMinor:
				p.state = sResSpace
			case p.method == MethodPRI:
				p.state, p.seq = sPRI, 0
			default:
				p.state = sReqCR
			}
		case sReqCR:
			switch c {
			case '\r':
				i++
				p.state = sReqLF
			case '\n':
				if p.allows(LenientOptionalCRBeforeLF) {
					i++
					p.state = sReqLF
					continue
				}
				p.fail(eInvalidVersion, rCRLFAfterVersion, i+1)
				return i
			default:
				p.fail(eInvalidVersion, rCRLFAfterVersion, i)
				return i
			}
		case sReqLF:
			if c == '\n' {
				i++
			} else if !p.allows(LenientOptionalLFAfterCR) {
				p.fail(eStrict, rCRLFAfterVersion, i)
				return i
			}
			p.state = sHeadersStart
			return i
		case sPRI:
			if c != h2Preface[p.seq] {
				p.fail(eInvalidVersion, rH2Preface, i)
				return i
			}
			i++
			p.seq++
			if int(p.seq) == len(h2Preface) {
				p.fail(ePausedH2Upgrade, rPRIUpgrade, i)
				return i
			}
		case sResSpace:
			if c != ' ' {
				p.fail(eInvalidVersion, rSpaceAfterVersion, i)
				return i
			}
			i++
			p.status, p.seq = 0, 0
			p.state = sStatusCode
		case sStatusCode:
			if c < '0' || c > '9' {
				p.fail(eInvalidStatus, rInvalidStatusCode, i)
				return i
			}
			p.status = p.status*10 + uint16(c-'0')
			i++
			p.seq++
			if p.seq == 3 {
				p.state = sStatusOtherwise
			}
		case sStatusOtherwise:
			switch c {
			case ' ':
				i++
				p.startSpan(spanStatus, i)
				p.state = sStatusText
			case '\r':
				i++
				p.state = sResLF
			case '\n':
				if p.allows(LenientOptionalCRBeforeLF) {
					p.state = sHeadersStart
					return i + 1
				}
				p.fail(eInvalidStatus, rInvalidStatus, i+1)
				return i
			default:
				p.fail(eInvalidStatus, rInvalidStatus, i)
				return i
			}
		case sStatusText:
			i = lineEnd(data, i)
			if i == len(data) {
				return i
			}
			if !p.endSpan(data, i, i+1) {
				return i
			}
			if data[i] == '\n' {
				if p.allows(LenientOptionalCRBeforeLF) {
					p.state = sHeadersStart
					return i + 1
				}
				p.fail(eCRExpected, rCRAfterStatus, i+1)
				return i
			}
			i++
			p.state = sResLF
		case sResLF:
			if c == '\r' || c == '\n' {
				i++
			} else if !p.allows(LenientOptionalLFAfterCR) {
				p.fail(eStrict, rLFAfterCR, i)
				return i
			}
			p.state = sHeadersStart
			return i
		default:
			return i
		}
	}
	return i
}

// protocol matches HTTP, RTSP or ICE one byte at a time.
func (p *Parser) protocol(c byte, i int) bool {
	if p.seq == 0 {
		w, ok := protoWord(c)
		if !ok {
			p.fail(eInvalidConstant, rExpectedProtocol, i)
			return false
		}
		p.word, p.seq = w, 1
		return true
	}
	word := protoWords[p.word]
	if c != word[p.seq] {
		p.fail(eInvalidConstant, rExpectedProtocol, i)
		return false
	}
	p.seq++
	if int(p.seq) < len(word) {
		return true
	}
	if p.state == sResProtocol {
		p.state = sResSlash
		return true
	}
	p.proto = p.word
	if !allowedWith(p.method, p.proto) {
		reasons := [...]string{
			"Invalid method for HTTP/x.x request",
			"Invalid method for RTSP/x.x request",
			"Expected SOURCE method for ICE/x.x request",
		}
		p.fail(eInvalidConstant, reasons[p.proto], i+1)
		return false
	}
	p.state = sReqSlash
	return true
}

// fastVersion takes the common "HTTP/1.1\r\n" (request) or "HTTP/1.1 "
// (response) in one step when the byte-wise states would accept it.
func (p *Parser) fastVersion(data []byte, i int) bool {
	if len(data)-i < 10 || string(data[i:i+8]) != "HTTP/1.1" {
		return false
	}
	if p.state == sResProtocol {
		if data[i+8] != ' ' {
			return false
		}
		p.major, p.minor = 1, 1
		p.status, p.seq = 0, 0
		p.state = sStatusCode
		return true
	}
	if data[i+8] != '\r' || data[i+9] != '\n' || p.method == MethodPRI || !allowedWith(p.method, protoHTTP) {
		return false
	}
	p.proto = protoHTTP
	p.major, p.minor = 1, 1
	p.state = sHeadersStart
	return true
}
