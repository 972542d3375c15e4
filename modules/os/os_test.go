package os

import (
	"net"
	"os"
	"os/user"
	"strconv"
	"strings"
	"testing"
)

func TestIP6String(t *testing.T) {
	for _, s := range []string{"::1", "::", "fe80::fc:ff:fe00:1", "2001:db8::1", "1:0:0:2::3", "1::", "::ffff:1.2.3.4",
		"1:2:3:4:5:6:7:8", "0:1:0:0:1:0:0:0", "::1.2.3.4"} {
		ip := net.ParseIP(s).To16()
		got := ip6String(ip)
		// Go and libuv agree except on embedded IPv4: libuv prints
		// "::a.b.c.d" and "::ffff:a.b.c.d", Go the bare IPv4 for the latter.
		want := net.IP(ip).String()
		if s == "::1.2.3.4" || s == "::ffff:1.2.3.4" {
			want = s
		}
		if got != want {
			t.Errorf("ip6String(%s) = %q, want %q", s, got, want)
		}
	}
}

func TestMaskBytes(t *testing.T) {
	cases := map[int]string{0: "0.0.0.0", 8: "255.0.0.0", 20: "255.255.240.0", 32: "255.255.255.255"}
	for prefix, want := range cases {
		if got := ip4String(maskBytes(prefix, 4)); got != want {
			t.Errorf("mask /%d = %s, want %s", prefix, got, want)
		}
	}
	if got := ip6String(maskBytes(64, 16)); got != "ffff:ffff:ffff:ffff::" {
		t.Errorf("mask /64 = %s", got)
	}
}

func TestCPUsMatchProcStat(t *testing.T) {
	data, err := os.ReadFile("/proc/stat")
	if err != nil {
		t.Skip("no /proc/stat")
	}
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "cpu") && !strings.HasPrefix(line, "cpu ") {
			n++
		}
	}
	cpus := readCPUs()
	if len(cpus) != n {
		t.Fatalf("readCPUs found %d CPUs, /proc/stat lists %d", len(cpus), n)
	}
	for _, c := range cpus {
		if c.model == "" || c.user < 0 || c.idle <= 0 {
			t.Errorf("implausible cpu entry %+v", c)
		}
	}
}

func TestPasswdAgreesWithOSUser(t *testing.T) {
	u, err := user.Current()
	if err != nil {
		t.Skip(err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	pw, err := lookupPasswd(uid)
	if err != nil {
		t.Skipf("uid %d not in /etc/passwd: %v", uid, err)
	}
	if pw.username != u.Username || pw.homedir != u.HomeDir || strconv.Itoa(pw.gid) != u.Gid {
		t.Errorf("passwd entry %+v differs from os/user %+v", pw, u)
	}
	if _, err := lookupPasswd(-12345); err == nil {
		t.Error("lookup of a missing uid succeeded")
	}
}

func TestInterfacesIncludeLoopback(t *testing.T) {
	addrs, err := interfaceAddresses()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range addrs {
		if a.internal && a.family == "IPv4" && a.address == "127.0.0.1" {
			if a.netmask != "255.0.0.0" || a.mac != "00:00:00:00:00:00" || a.scopeid != -1 {
				t.Errorf("loopback entry %+v", a)
			}
			return
		}
	}
	t.Skip("no IPv4 loopback address")
}

func TestPriorityRoundTrip(t *testing.T) {
	p, err := getPriority(0)
	if err != nil {
		t.Fatal(err)
	}
	if err := setPriority(0, p); err != nil {
		t.Fatalf("setting the current priority %d: %v", p, err)
	}
	if _, err := getPriority(2147483646); err == nil {
		t.Error("getPriority of a missing pid succeeded")
	}
}
