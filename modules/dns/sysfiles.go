package dns

import (
	"bufio"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"sync"
)

// The system files the resolvers read, settable by tests.
var (
	resolvConfPath = "/etc/resolv.conf"
	servicesPath   = "/etc/services"
	hostsPath      = "/etc/hosts"
)

// fields reads path as whitespace-separated fields per line, without
// comments, and calls each with them (non-empty lines only).
func fields(path string, each func([]string) bool) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if fs := strings.Fields(line); len(fs) > 0 && !each(fs) {
			return
		}
	}
}

// systemServers are the name servers of resolv.conf, as c-ares reads them
// when a channel starts; 127.0.0.1 when it names none, as c-ares falls back.
func systemServers() []server {
	var list []server
	fields(resolvConfPath, func(fs []string) bool {
		if fs[0] == "nameserver" && len(fs) > 1 {
			if a, err := netip.ParseAddr(fs[1]); err == nil {
				list = append(list, server{addr: a, port: 53})
			}
		}
		return true
	})
	if len(list) == 0 {
		list = []server{{addr: netip.MustParseAddr("127.0.0.1"), port: 53}}
	}
	return list
}

var services struct {
	once  sync.Once
	names map[string]string // "22/tcp" -> "ssh"
}

// serviceName is the /etc/services name of port/proto, else the number.
func serviceName(port int, proto string) string {
	services.once.Do(func() {
		services.names = map[string]string{}
		fields(servicesPath, func(fs []string) bool {
			if len(fs) > 1 {
				if _, seen := services.names[fs[1]]; !seen {
					services.names[fs[1]] = fs[0]
				}
			}
			return true
		})
	})
	key := strconv.Itoa(port) + "/" + proto
	if name, ok := services.names[key]; ok {
		return name
	}
	return strconv.Itoa(port)
}

// hostsAliases answers a reverse lookup from the hosts file as c-ares
// does: found is whether the address has an entry; the names are those
// after the first (Node reports the host entry's aliases).
func hostsAliases(addr netip.Addr) (names []string, found bool) {
	fields(hostsPath, func(fs []string) bool {
		a, err := netip.ParseAddr(fs[0])
		if err != nil || a.WithZone("") != addr.WithZone("") || len(fs) < 2 {
			return true
		}
		if found {
			names = append(names, fs[1:]...)
		} else {
			names = append(names, fs[2:]...)
		}
		found = true
		return true
	})
	return names, found
}
