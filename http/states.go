package http

// state is where the parser is, named after llhttp's nodes where it maps
// to one. Line states come first, then header states, then body states:
// Execute dispatches on the ranges.
type state uint8

const (
	sDead state = iota
	sStart
	sMethod
	sFirstSpace
	sSpacesBeforeURL
	sURLStart
	sURLSchema
	sURLSlashes
	sURLServer
	sURLServerAt
	sURLPath
	sURLQuery
	sURLFragment
	sURLLF09
	sToHTTP
	sToHTTP09
	sHTTPStart
	sReqProtocol
	sReqSlash
	sReqMajor
	sReqDot
	sReqMinor
	sReqCR
	sReqLF
	sPRI
	sResProtocol
	sResSlash
	sResMajor
	sResDot
	sResMinor
	sResSpace
	sStatusCode
	sStatusOtherwise
	sStatusText
	sResLF

	sHeadersStart
	sFieldStart
	sField
	sFieldColonWS // lenient: spaces between a special header's name and ':'
	sValueDiscardWS
	sValueDiscardWSCR
	sValueDiscardLWS
	sValue
	sTEChunked
	sTEChunkedLast
	sTEToken
	sTETokenOWS
	sCL
	sCLWS
	sConn
	sConnWS
	sConnToken
	sValueOtherwise
	sValueLenient // lenient: any bytes up to the end of the line
	sValueLF
	sValueLWS
	sHeadersLF

	sBodyIdentity
	sBodyEOF
	sChunkSize
	sChunkExt
	sChunkExtName
	sChunkExtValue
	sChunkExtQuoted
	sChunkExtQuotedPair
	sChunkExtQuotedDone
	sChunkSizeLF
	sChunkData
	sChunkDataCR
	sClosed
	sCleanup
)

// Protocols a request line may name.
const (
	protoHTTP = iota
	protoRTSP
	protoICE
)

var protoWords = [...]string{"HTTP", "RTSP", "ICE"}

// Connection header tokens llhttp recognises.
const (
	connClose = iota
	connUpgrade
	connKeepAlive
)

var connWords = [...]string{"close", "upgrade", "keep-alive"}

const h2Preface = "\r\n\r\nSM\r\n\r\n"

// protoWord picks the protocol word that starts with c.
func protoWord(c byte) (uint8, bool) {
	switch c {
	case 'H':
		return protoHTTP, true
	case 'R':
		return protoRTSP, true
	case 'I':
		return protoICE, true
	}
	return 0, false
}

func validVersion(major, minor uint8) bool {
	switch major {
	case 0:
		return minor == 9
	case 1:
		return minor <= 1
	case 2:
		return minor == 0
	}
	return false
}
