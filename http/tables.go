package http

// Character classes, as llhttp defines them.
var (
	tokenChar   [256]bool // RFC 7230 tchar
	headerChar  [256]bool // HTAB, SP, VCHAR, obs-text
	connChar    [256]bool // headerChar without ','
	urlChar     [256]bool
	userinfoCh  [256]bool
	qdtextChar  [256]bool
	alphaChar   [256]bool
	hexValue    [256]int8 // -1 when not a hex digit
	lowerASCII  [256]byte
	methodIndex [256]int8 // column of a method character in the trie
)

func init() {
	set := func(t *[256]bool, s string) {
		for i := 0; i < len(s); i++ {
			t[s[i]] = true
		}
	}
	const alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	const alnum = alpha + "0123456789"
	set(&alphaChar, alpha)
	set(&tokenChar, "!#$%&'*+-.^_`|~"+alnum)
	headerChar['\t'] = true
	for c := 0x20; c < 0x7f; c++ {
		headerChar[c] = true
	}
	for c := 0x80; c < 0x100; c++ {
		headerChar[c] = true
	}
	connChar = headerChar
	connChar[','] = false
	set(&urlChar, "!\"$%&'()*+,-./:;<=>@[\\]^_`{|}~"+alnum)
	set(&userinfoCh, "-_.!~*'()%;:&=+$,"+alnum)
	qdtextChar = headerChar
	qdtextChar['"'] = false
	qdtextChar['\\'] = false
	for i := range hexValue {
		hexValue[i] = -1
	}
	for c := '0'; c <= '9'; c++ {
		hexValue[c] = int8(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		hexValue[c] = int8(c - 'a' + 10)
		hexValue[c-'a'+'A'] = int8(c - 'a' + 10)
	}
	for i := range lowerASCII {
		c := byte(i)
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lowerASCII[i] = c
	}
	buildMethodTrie()
}

// Method numbers are llhttp's; Node names a request's method by number
// from its list of every method llhttp knows (MethodName).
const (
	MethodDelete  = 0
	MethodGet     = 1
	MethodHead    = 2
	MethodPost    = 3
	MethodPut     = 4
	MethodConnect = 5
	MethodOptions = 6
	MethodPRI     = 34

	methodSource    = 33
	methodFirstRTSP = 35
	methodFlush     = 45
	methodQuery     = 46
)

// methods lists every method llhttp recognises at the start of a request,
// with its number.
var methods = []struct {
	name string
	num  uint8
}{
	{"DELETE", 0}, {"GET", 1}, {"HEAD", 2}, {"POST", 3}, {"PUT", 4},
	{"CONNECT", 5}, {"OPTIONS", 6}, {"TRACE", 7}, {"COPY", 8}, {"LOCK", 9},
	{"MKCOL", 10}, {"MOVE", 11}, {"PROPFIND", 12}, {"PROPPATCH", 13},
	{"SEARCH", 14}, {"UNLOCK", 15}, {"BIND", 16}, {"REBIND", 17},
	{"UNBIND", 18}, {"ACL", 19}, {"REPORT", 20}, {"MKACTIVITY", 21},
	{"CHECKOUT", 22}, {"MERGE", 23}, {"M-SEARCH", 24}, {"NOTIFY", 25},
	{"SUBSCRIBE", 26}, {"UNSUBSCRIBE", 27}, {"PATCH", 28}, {"PURGE", 29},
	{"MKCALENDAR", 30}, {"LINK", 31}, {"UNLINK", 32}, {"SOURCE", 33},
	{"PRI", 34}, {"DESCRIBE", 35}, {"ANNOUNCE", 36}, {"SETUP", 37},
	{"PLAY", 38}, {"PAUSE", 39}, {"TEARDOWN", 40}, {"GET_PARAMETER", 41},
	{"SET_PARAMETER", 42}, {"REDIRECT", 43}, {"RECORD", 44}, {"FLUSH", 45},
	{"QUERY", 46},
}

// nodeMethodNames is Node's list of HTTP methods (http.METHODS, unsorted).
var nodeMethodNames = []string{
	"DELETE", "GET", "HEAD", "POST", "PUT", "CONNECT", "OPTIONS", "TRACE",
	"COPY", "LOCK", "MKCOL", "MOVE", "PROPFIND", "PROPPATCH", "SEARCH",
	"UNLOCK", "BIND", "REBIND", "UNBIND", "ACL", "REPORT", "MKACTIVITY",
	"CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE",
	"PATCH", "PURGE", "MKCALENDAR", "LINK", "UNLINK", "SOURCE", "QUERY",
}

// methodNames is every method by number.
var methodNames = func() []string {
	names := make([]string, methodQuery+1)
	for _, m := range methods {
		names[m.num] = m.name
	}
	return names
}()

// MethodName is the name of method number m, as req.method shows it.
func MethodName(m int) string {
	if m >= 0 && m < len(methodNames) {
		return methodNames[m]
	}
	return ""
}

// NodeMethods is Node's list of HTTP methods (http.METHODS before sorting).
func NodeMethods() []string { return append([]string(nil), nodeMethodNames...) }

// allowedWith reports whether method m may name protocol proto (0 HTTP,
// 1 RTSP, 2 ICE) on the request line, as llhttp's per-protocol lists say.
func allowedWith(m uint8, proto uint8) bool {
	switch proto {
	case protoHTTP:
		return m <= methodSource || m == MethodPRI || m == methodQuery
	case protoRTSP:
		return m == MethodOptions || m == MethodGet || m == MethodPost ||
			(m >= methodFirstRTSP && m <= methodFlush)
	default:
		return m == methodSource
	}
}

// The method trie: one node per prefix of a method name. Characters are
// A-Z, '-' and '_'.
const methodCols = 28

type methodNode struct {
	next   [methodCols]int16 // child node, 0 for none
	method int8              // method ending here, -1 for none
}

var methodTrie []methodNode

func buildMethodTrie() {
	for i := range methodIndex {
		methodIndex[i] = -1
	}
	for c := 'A'; c <= 'Z'; c++ {
		methodIndex[c] = int8(c - 'A')
	}
	methodIndex['-'] = 26
	methodIndex['_'] = 27
	methodTrie = []methodNode{{method: -1}}
	for _, m := range methods {
		n := 0
		for i := 0; i < len(m.name); i++ {
			col := methodIndex[m.name[i]]
			if methodTrie[n].next[col] == 0 {
				methodTrie = append(methodTrie, methodNode{method: -1})
				methodTrie[n].next[col] = int16(len(methodTrie) - 1)
			}
			n = int(methodTrie[n].next[col])
		}
		methodTrie[n].method = int8(m.num)
	}
}
