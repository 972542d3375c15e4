package http

import "testing"

type nopHandler struct{ p *Parser }

func (nopHandler) OnMessageBegin()          {}
func (h nopHandler) OnHeadersComplete() int { _, _ = h.p.Header(0); return 0 }
func (nopHandler) OnBody([]byte)            {}
func (nopHandler) OnMessageComplete()       {}

func benchParse(b *testing.B, t Type, msg string) {
	data := []byte(msg)
	p := &Parser{}
	p.Init(t, nopHandler{p}, 0)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := p.Execute(data); err != nil {
			b.Fatal(err)
		}
	}
}

// A load generator's request: what the hello-world benchmark parses.
func BenchmarkParseSmallGET(b *testing.B) {
	benchParse(b, Request, "GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n")
}

func BenchmarkParseBrowserGET(b *testing.B) {
	benchParse(b, Request, "GET /wp-content/uploads/2010/03/hello-kitty-darth-vader-pink.jpg HTTP/1.1\r\n"+
		"Host: www.kittyhell.com\r\n"+
		"User-Agent: Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10_6_3; ja-JP-mac; rv:1.9.2.3) Gecko/20100401 Firefox/3.6.3 Pathtraq/0.9\r\n"+
		"Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"+
		"Accept-Language: ja,en-us;q=0.7,en;q=0.3\r\n"+
		"Accept-Encoding: gzip,deflate\r\n"+
		"Accept-Charset: Shift_JIS,utf-8;q=0.7,*;q=0.7\r\n"+
		"Keep-Alive: 115\r\n"+
		"Connection: keep-alive\r\n"+
		"Cookie: wp_ozh_wsa_visits=2; wp_ozh_wsa_visit_lasttime=xxxxxxxxxx; __utma=xxxxxxxxx.xxxxxxxxxx.xxxxxxxxxx.xxxxxxxxxx.xxxxxxxxxx.x; __utmz=xxxxxxxxx.xxxxxxxxxx.x.x.utmccn=(referral)|utmcsr=reader.livedoor.com|utmcct=/reader/|utmcmd=referral\r\n\r\n")
}

func BenchmarkParseChunkedResponse(b *testing.B) {
	benchParse(b, Response, "HTTP/1.1 200 OK\r\nDate: Mon, 01 Jan 2024 00:00:00 GMT\r\n"+
		"Connection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n"+
		"c\r\nhello world\n\r\n0\r\n\r\n")
}
