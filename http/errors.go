package http

// Error is a parse failure as Node reports it: err.code, err.reason and
// err.bytesParsed of the Error the parser binding returns.
type Error struct {
	Code        string
	Reason      string
	BytesParsed int
}

func (e *Error) Error() string { return "Parse Error: " + e.Reason }

// errno is an llhttp error number; the names are what Node shows as code.
type errno uint8

const (
	eOK errno = iota
	eInternal
	eStrict
	eCRExpected
	eLFExpected
	eUnexpectedContentLength
	eUnexpectedSpace
	eClosedConnection
	eInvalidMethod
	eInvalidURL
	eInvalidConstant
	eInvalidVersion
	eInvalidHeaderToken
	eInvalidContentLength
	eInvalidChunkSize
	eInvalidStatus
	eInvalidEOFState
	eInvalidTransferEncoding
	eCBHeadersComplete
	ePaused
	ePausedUpgrade
	ePausedH2Upgrade
	// Node's binding reports these two through llhttp's HPE_USER.
	eHeaderOverflow
	eChunkExtensionsOverflow
	eUser // Abort's
)

var errnoNames = [...]string{
	eOK:                      "HPE_OK",
	eInternal:                "HPE_INTERNAL",
	eStrict:                  "HPE_STRICT",
	eCRExpected:              "HPE_CR_EXPECTED",
	eLFExpected:              "HPE_LF_EXPECTED",
	eUnexpectedContentLength: "HPE_UNEXPECTED_CONTENT_LENGTH",
	eUnexpectedSpace:         "HPE_UNEXPECTED_SPACE",
	eClosedConnection:        "HPE_CLOSED_CONNECTION",
	eInvalidMethod:           "HPE_INVALID_METHOD",
	eInvalidURL:              "HPE_INVALID_URL",
	eInvalidConstant:         "HPE_INVALID_CONSTANT",
	eInvalidVersion:          "HPE_INVALID_VERSION",
	eInvalidHeaderToken:      "HPE_INVALID_HEADER_TOKEN",
	eInvalidContentLength:    "HPE_INVALID_CONTENT_LENGTH",
	eInvalidChunkSize:        "HPE_INVALID_CHUNK_SIZE",
	eInvalidStatus:           "HPE_INVALID_STATUS",
	eInvalidEOFState:         "HPE_INVALID_EOF_STATE",
	eInvalidTransferEncoding: "HPE_INVALID_TRANSFER_ENCODING",
	eCBHeadersComplete:       "HPE_CB_HEADERS_COMPLETE",
	ePaused:                  "HPE_PAUSED",
	ePausedUpgrade:           "HPE_PAUSED_UPGRADE",
	ePausedH2Upgrade:         "HPE_PAUSED_H2_UPGRADE",
	eHeaderOverflow:          "HPE_HEADER_OVERFLOW",
	eChunkExtensionsOverflow: "HPE_CHUNK_EXTENSIONS_OVERFLOW",
}

// Reasons, in llhttp's words.
const (
	rInvalidMethod      = "Invalid method encountered"
	rSpaceAfterMethod   = "Expected space after method"
	rExpectedProtocol   = "Expected HTTP/, RTSP/ or ICE/"
	rInvalidMajor       = "Invalid major version"
	rExpectedDot        = "Expected dot"
	rInvalidMinor       = "Invalid minor version"
	rInvalidVersion     = "Invalid HTTP version"
	rCRLFAfterVersion   = "Expected CRLF after version"
	rH2Preface          = "Expected HTTP/2 Connection Preface"
	rPRIUpgrade         = "Pause on PRI/Upgrade"
	rUpgrade            = "Pause on CONNECT/Upgrade"
	rURLInvalid         = "Invalid characters in url"
	rURLStart           = "Unexpected start char in url"
	rURLSchema          = "Unexpected char in url schema"
	rURLServer          = "Unexpected char in url server"
	rURLDoubleAt        = "Double @ in url"
	rURLPath            = "Invalid char in url path"
	rURLQuery           = "Invalid char in url query"
	rURLFragment        = "Invalid char in url fragment start"
	rURLCRLF            = "Expected CRLF"
	rSpaceAfterVersion  = "Expected space after version"
	rInvalidStatusCode  = "Invalid status code"
	rInvalidStatus      = "Invalid response status"
	rCRAfterStatus      = "Missing expected CR after response line"
	rLFAfterCR          = "Expected LF after CR"
	rUnexpectedSpace    = "Unexpected space after start line"
	rFieldChar          = "Invalid header field char"
	rHeaderToken        = "Invalid header token"
	rValueChar          = "Invalid header value char"
	rTEWithCL           = "Transfer-Encoding can't be present with Content-Length"
	rCLWithTE           = "Content-Length can't be present with Transfer-Encoding"
	rEmptyCL            = "Empty Content-Length"
	rTEValue            = "Invalid `Transfer-Encoding` header value"
	rDuplicateCL        = "Duplicate Content-Length"
	rCLOverflow         = "Content-Length overflow"
	rCLChar             = "Invalid character in Content-Length"
	rCRAfterValue       = "Missing expected CR after header value"
	rLFAfterValue       = "Missing expected LF after header value"
	rWSAfterValue       = "Unexpected whitespace after header value"
	rLFAfterHeaders     = "Expected LF after headers"
	rCallback           = "User callback error"
	rRequestTE          = "Request has invalid `Transfer-Encoding`"
	rChunkOverflow      = "Chunk size overflow"
	rChunkSizeChar      = "Invalid character in chunk size"
	rCRAfterChunkSize   = "Missing expected CR after chunk size"
	rExtChar            = "Invalid character in chunk extensions"
	rExtName            = "Invalid character in chunk extensions name"
	rCRAfterExtName     = "Missing expected CR after chunk extension name"
	rExtValue           = "Invalid character in chunk extensions value"
	rCRAfterExtValue    = "Missing expected CR after chunk extension value"
	rExtQuoted          = "Invalid character in chunk extensions quoted value"
	rExtQuotedPair      = "Invalid quoted-pair in chunk extensions quoted value"
	rExtQuoteDone       = "Invalid character in chunk extensions quote value"
	rLFAfterChunkSize   = "Expected LF after chunk size"
	rCRAfterChunkData   = "Missing expected CR after chunk data"
	rLFAfterChunkData   = "Expected LF after chunk data"
	rDataAfterClose     = "Data after `Connection: close`"
	rEOF                = "Invalid EOF state"
	rHeaderOverflow     = "Header overflow"
	rExtensionsOverflow = "Chunk extensions overflow"
)
