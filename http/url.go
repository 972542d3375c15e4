package http

// url1 reads the request target (llhttp's URL sub-parser, which keeps only
// the whole URL) from data[i:]; it returns where it stopped.
func (p *Parser) url1(data []byte, i int) int {
	for i < len(data) {
		c := data[i]
		switch p.state {
		case sURLStart:
			switch {
			case c == '/' || c == '*':
				i++
				p.state = sURLPath
			case alphaChar[c]:
				p.state = sURLSchema
			case c == ' ' || c == '\r' || c == '\n' || c == '\t' || c == '\f':
				p.fail(eInvalidURL, rURLInvalid, i+1)
				return i
			default:
				p.fail(eInvalidURL, rURLStart, i)
				return i
			}
		case sURLSchema:
			switch {
			case alphaChar[c]:
				i++
			case c == ':':
				i++
				p.state, p.seq = sURLSlashes, 0
			case c == ' ' || c == '\r' || c == '\n' || c == '\t' || c == '\f':
				p.fail(eInvalidURL, rURLInvalid, i+1)
				return i
			default:
				p.fail(eInvalidURL, rURLSchema, i)
				return i
			}
		case sURLSlashes:
			switch {
			case c == '/':
				i++
				if p.seq == 1 {
					p.state = sURLServer
				}
				p.seq++
			case p.seq == 0 && (c == ' ' || c == '\r' || c == '\n' || c == '\t' || c == '\f'):
				p.fail(eInvalidURL, rURLInvalid, i+1)
				return i
			default:
				p.fail(eInvalidURL, rURLSchema, i)
				return i
			}
		case sURLServer, sURLServerAt:
			switch {
			case c == '/':
				i++
				p.state = sURLPath
			case c == '?':
				i++
				p.state = sURLQuery
			case userinfoCh[c] || c == '[' || c == ']':
				i++
				p.state = sURLServer
			case c == '@':
				if p.state == sURLServerAt {
					p.fail(eInvalidURL, rURLDoubleAt, i+1)
					return i
				}
				i++
				p.state = sURLServerAt
			default:
				return p.urlEnd(data, i, rURLServer)
			}
		case sURLPath:
			j := i
			for j < len(data) && urlChar[data[j]] {
				j++
			}
			i = j
			if i == len(data) {
				return i
			}
			switch data[i] {
			case '?':
				i++
				p.state = sURLQuery
			case '#':
				i++
				p.state = sURLFragment
			default:
				return p.urlEnd(data, i, rURLPath)
			}
		case sURLQuery:
			switch {
			case urlChar[c] || c == '?':
				i++
			case c == '#':
				i++
				p.state = sURLFragment
			default:
				return p.urlEnd(data, i, rURLQuery)
			}
		case sURLFragment:
			if urlChar[c] || c == '?' || c == '#' {
				i++
				continue
			}
			return p.urlEnd(data, i, rURLFragment)
		case sURLLF09:
			want := byte('\r')
			if p.seq == 1 {
				want = '\n'
			}
			if c != want {
				p.fail(eInvalidURL, rURLCRLF, i)
				return i
			}
			i++
			p.seq++
			if p.seq == 2 {
				p.state = sToHTTP09
			}
		case sToHTTP, sToHTTP09:
			// The byte after the URL's end may not be a tab or form feed.
			if c == '\t' || c == '\f' {
				p.fail(eInvalidURL, rURLInvalid, i+1)
				return i
			}
			if p.state == sToHTTP {
				p.state = sHTTPStart
				return i
			}
			p.http09()
			return i
		default:
			return i
		}
	}
	return i
}

// urlEnd handles the byte that ends the URL (or is not allowed in it).
func (p *Parser) urlEnd(data []byte, i int, reason string) int {
	switch data[i] {
	case ' ':
		if !p.endSpan(data, i, i) {
			return i
		}
		i++
		p.state = sToHTTP
	case '\r':
		if !p.endSpan(data, i, i) {
			return i
		}
		p.state, p.seq = sURLLF09, 0
	case '\n':
		if !p.endSpan(data, i, i) {
			return i
		}
		i++
		p.state = sToHTTP09
	case '\t', '\f':
		p.fail(eInvalidURL, rURLInvalid, i+1)
	default:
		p.fail(eInvalidURL, reason, i)
	}
	return i
}

// http09 ends a request line that named no protocol: HTTP/0.9.
func (p *Parser) http09() {
	p.major, p.minor = 0, 9
	p.state = sHeadersStart
}
