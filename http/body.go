package http

// headersComplete runs when the blank line after the headers was read
// (data[:i]): the handler sees the head, then the framing decides what the
// body is.
func (p *Parser) headersComplete(i int) {
	if p.flags&fUpgrade != 0 && p.flags&fConnUpgrade != 0 {
		// A response announces an upgrade only with 101.
		p.upgrade = p.typ == Request || p.status == 101
	} else {
		p.upgrade = p.typ == Request && p.method == MethodConnect
	}
	p.headersDone = true
	p.headerRead = 0
	r := p.h.OnHeadersComplete()
	p.nFields, p.nValues = 0, 0
	p.entries = p.entries[:0]
	p.hdr = p.hdr[:0]
	switch r {
	case 0:
	case 1:
		p.flags |= fSkipBody
	case 2:
		p.upgrade = true
		p.flags |= fSkipBody
	default:
		p.fail(eCBHeadersComplete, rCallback, i)
		return
	}
	if p.errno != eOK {
		return
	}
	hasBody := p.flags&fChunked != 0 || p.contentLength > 0
	connect := p.typ == Request && p.method == MethodConnect
	if (p.upgrade && (connect || p.flags&fSkipBody != 0 || !hasBody)) ||
		(p.typ == Response && p.status == 101) {
		p.h.OnMessageComplete()
		p.pauseUpgrade(i)
		return
	}
	noBody := p.typ == Response && (p.status == 100 || p.status == 102 ||
		p.status == 103 || p.status == 204 || p.status == 304)
	switch {
	case p.flags&fSkipBody != 0 || noBody:
	case p.flags&fChunked != 0:
		p.contentLength, p.seq = 0, 0
		p.state = sChunkSize
		return
	case p.flags&fTransferEncoding != 0:
		if p.typ == Request && !p.allows(LenientChunkedLength|LenientTransferEncoding) {
			p.fail(eInvalidTransferEncoding, rRequestTE, i)
			return
		}
		p.bodyToEOF(i)
		return
	case p.flags&fContentLength == 0:
		if p.needsEOF() {
			p.bodyToEOF(i)
			return
		}
	case p.contentLength > 0:
		p.startSpan(spanBody, i)
		p.state = sBodyIdentity
		return
	}
	p.h.OnMessageComplete()
	if p.errno == eOK {
		p.cleanup()
	}
}

func (p *Parser) bodyToEOF(i int) {
	p.finish = finishSafeWithCB
	p.startSpan(spanBody, i)
	p.state = sBodyEOF
}

// pauseUpgrade stops parsing at data[i]: what follows is another protocol.
func (p *Parser) pauseUpgrade(i int) {
	if p.errno != eOK {
		return
	}
	p.errno, p.reason, p.errPos = ePausedUpgrade, rUpgrade, i
	p.state = sCleanup
}

// messageDone completes a message whose body (if any) was read.
func (p *Parser) messageDone(i int) {
	p.h.OnMessageComplete()
	if p.errno != eOK {
		return
	}
	if p.upgrade {
		p.pauseUpgrade(i)
		return
	}
	p.cleanup()
}

// cleanup decides, after a message, whether another may follow.
func (p *Parser) cleanup() {
	keep := p.ShouldKeepAlive()
	p.finish = finishSafe
	p.flags = 0
	if keep {
		p.contentLength = 0
	}
	if keep || p.allows(LenientKeepAlive) {
		p.completed = true
		p.state = sStart
		return
	}
	p.state = sClosed
}

// body reads message bodies, chunk framing and what follows the last
// message of a closing connection; it returns where it stopped.
func (p *Parser) body(data []byte, i int) int {
	for i < len(data) && p.errno == eOK {
		c := data[i]
		switch p.state {
		case sBodyIdentity, sChunkData:
			n := uint64(len(data) - i)
			if n >= p.contentLength {
				i += int(p.contentLength)
				p.contentLength = 0
				if !p.endSpan(data, i, i) {
					return i
				}
				if p.state == sChunkData {
					p.state, p.seq = sChunkDataCR, 0
					continue
				}
				p.messageDone(i)
				return i
			}
			p.contentLength -= n
			return len(data)
		case sBodyEOF:
			return len(data)
		case sChunkSize:
			if v := hexValue[c]; v >= 0 {
				i++
				if p.contentLength > maxUint64/16 || p.contentLength*16 > maxUint64-uint64(v) {
					p.fail(eInvalidChunkSize, rChunkOverflow, i)
					return i
				}
				p.contentLength = p.contentLength*16 + uint64(v)
				p.seq = 1
				continue
			}
			if p.seq == 0 {
				p.fail(eInvalidChunkSize, rChunkSizeChar, i)
				return i
			}
			switch c {
			case ' ', '\t':
				if p.allows(LenientSpacesAfterChunkSize) {
					i++
					continue
				}
				p.fail(eInvalidChunkSize, rChunkSizeChar, i+1)
			case '\r':
				i++
				p.state = sChunkSizeLF
			case '\n':
				if p.allows(LenientOptionalCRBeforeLF) {
					i++
					p.state = sChunkSizeLF
					continue
				}
				p.fail(eCRExpected, rCRAfterChunkSize, i+1)
			case ';':
				i++
				p.state = sChunkExt
			default:
				p.fail(eInvalidChunkSize, rChunkSizeChar, i)
			}
		case sChunkSizeLF:
			if c == '\n' {
				i++
			} else if !p.allows(LenientOptionalLFAfterCR) {
				p.fail(eStrict, rLFAfterChunkSize, i)
				return i
			}
			// Node's on_chunk_header: each chunk has its own limits.
			p.headerRead, p.extRead = 0, 0
			if p.contentLength == 0 {
				p.flags |= fTrailing
				p.state = sFieldStart
				return i
			}
			p.startSpan(spanBody, i)
			p.state = sChunkData
		case sChunkDataCR:
			switch {
			case p.seq == 0 && c == '\r':
				i++
				p.seq = 1
			case p.seq == 1 && c == '\n':
				i++
				p.chunkComplete()
			case p.seq == 0 && c == '\n':
				if !p.allows(LenientOptionalCRBeforeLF) {
					p.fail(eCRExpected, rCRAfterChunkData, i+1)
					return i
				}
				i++
				p.chunkComplete()
			case p.allows(LenientOptionalCRLFAfterChunk):
				// The byte is the next chunk's.
				p.chunkComplete()
			default:
				p.fail(eStrict, rLFAfterChunkData, i)
			}
		case sClosed:
			if c != '\r' && c != '\n' && !p.allows(LenientDataAfterClose) {
				p.fail(eClosedConnection, rDataAfterClose, i+1)
				return i
			}
			i++
		default:
			i = p.extension(data, i)
		}
		if p.state < sBodyIdentity {
			return i
		}
	}
	return i
}

// chunkComplete ends a chunk's data and its line; the next chunk's size
// follows.
func (p *Parser) chunkComplete() {
	p.headerRead = 0 // Node's on_chunk_complete
	p.contentLength, p.seq = 0, 0
	p.state = sChunkSize
}

// lfOnlyAfterExtension takes the LF at data[i] that ends a chunk extension
// without a CR: an error, unless lenient.
func (p *Parser) lfOnlyAfterExtension(reason string, i int) {
	if p.allows(LenientOptionalCRBeforeLF) {
		p.state = sChunkSizeLF
		return
	}
	p.fail(eCRExpected, reason, i)
}

// extension reads one byte of chunk extensions (`;name=value` after a
// chunk size), which are checked and counted but not kept.
func (p *Parser) extension(data []byte, i int) int {
	c := data[i]
	switch p.state {
	case sChunkExt:
		if c == ' ' || c == '\r' {
			p.fail(eStrict, rExtChar, i+1)
			return i
		}
		p.startSpan(spanExt, i)
		p.state = sChunkExtName
	case sChunkExtName:
		switch {
		case tokenChar[c]:
			return i + 1
		case c == '=':
			if p.endSpan(data, i, i+1) {
				p.startSpan(spanExt, i+1)
				p.state = sChunkExtValue
			}
		case c == ';':
			if p.endSpan(data, i, i+1) {
				p.state = sChunkExt
			}
		case c == '\r':
			if p.endSpan(data, i, i+1) {
				p.state = sChunkSizeLF
			}
		case c == '\n':
			if p.endSpan(data, i, i) {
				p.lfOnlyAfterExtension(rCRAfterExtName, i)
			}
			return i
		default:
			if p.endSpan(data, i, i+1) {
				p.fail(eStrict, rExtName, i+1)
			}
			return i
		}
		return i + 1
	case sChunkExtValue:
		switch {
		case c == '"':
			p.state = sChunkExtQuoted
		case tokenChar[c]:
		case c == ';':
			if p.endSpan(data, i, i+1) {
				p.state = sChunkExt
			}
		case c == '\r':
			if p.endSpan(data, i, i+1) {
				p.state = sChunkSizeLF
			}
		case c == '\n':
			if p.endSpan(data, i, i) {
				p.lfOnlyAfterExtension(rCRAfterExtValue, i)
			}
			return i
		default:
			if p.endSpan(data, i, i+1) {
				p.fail(eStrict, rExtValue, i+1)
			}
			return i
		}
		return i + 1
	case sChunkExtQuoted:
		switch {
		case qdtextChar[c]:
		case c == '"':
			if p.endSpan(data, i+1, i+1) {
				p.state = sChunkExtQuotedDone
			}
		case c == '\\':
			p.state = sChunkExtQuotedPair
		default:
			if p.endSpan(data, i, i+1) {
				p.fail(eStrict, rExtQuoted, i+1)
			}
			return i
		}
		return i + 1
	case sChunkExtQuotedPair:
		if !headerChar[c] {
			if p.endSpan(data, i, i+1) {
				p.fail(eStrict, rExtQuotedPair, i+1)
			}
			return i
		}
		p.state = sChunkExtQuoted
		return i + 1
	case sChunkExtQuotedDone:
		switch c {
		case ';':
			p.state = sChunkExt
		case '\r':
			p.state = sChunkSizeLF
		case '\n':
			p.lfOnlyAfterExtension(rCRAfterExtValue, i)
			return i
		default:
			p.fail(eStrict, rExtQuoteDone, i)
			return i
		}
		return i + 1
	}
	return i
}
