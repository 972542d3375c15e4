package main

import "testing"

// wrk 4.1's report, with latencies in several units and errors.
const wrkSample = `Running 3s test @ http://127.0.0.1:40000/
  1 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.01ms    2.10ms  1.02s    90.00%
    Req/Sec    12.80k     1.10k   14.00k    70.00%
  Latency Distribution
     50%  812.00us
     75%    3.00ms
     90%    6.00ms
     99%    1.20s
  38400 requests in 3.00s, 4.50MB read
  Socket errors: connect 0, read 12, write 0, timeout 0
  Non-2xx or 3xx responses: 3
Requests/sec:  12800.50
Transfer/sec:      1.50MB
`

func TestParseWrk(t *testing.T) {
	res, err := parseWrk(wrkSample)
	if err != nil {
		t.Fatal(err)
	}
	if res.rate != 12800.5 || res.requests != 38400 || res.p50 != 0.812 || res.p99 != 1200 {
		t.Errorf("got %+v", res)
	}
	if res.errors != "socket errors: connect 0, read 12, write 0, timeout 0, non-2xx: 3" {
		t.Errorf("errors %q", res.errors)
	}
	if _, err := parseWrk("unable to connect to 127.0.0.1:1 Connection refused\n"); err == nil {
		t.Error("no error for a report without a rate")
	}
}

func TestShares(t *testing.T) {
	st := serverStats{Workers: make([]workerStats, 2)}
	st.Workers[0].Count, st.Workers[1].Count = 600, 400
	if most, spread, note := shares(st); most != 60 || spread != 1.5 || note != "" {
		t.Errorf("600/400: %v %v %q", most, spread, note)
	}
	st.Workers[1].Count = 0
	if most, spread, note := shares(st); most != 100 || spread != 600 || note == "" {
		t.Errorf("600/0: %v %v %q", most, spread, note)
	}
}
