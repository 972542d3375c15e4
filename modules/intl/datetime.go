package intl

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

//go:generate sh -c "node gen_zone_tables.mjs /usr/share/zoneinfo | gofmt > zone_tables.go"

type zoneShortName struct {
	zone     string
	offset   int // seconds east of UTC
	name     string
	from, to int // years
}

// zoneByLowerName finds a canonical zone by any of its names, in any case
// (ICU's matching).
var zoneByLowerName = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, len(zoneCanonical)+len(zoneAliases))
	for _, z := range zoneCanonical {
		m[strings.ToLower(z)] = z
	}
	for alias, z := range zoneAliases {
		m[strings.ToLower(alias)] = z
	}
	return m
})

// canonicalZone is ICU's name for a zone name, or "" for none it knows.
func canonicalZone(name string) string {
	return zoneByLowerName()[strings.ToLower(name)]
}

// defaultZone is the zone of this process as ICU names it: TZ, else the
// zone /etc/localtime links to.
func defaultZone() string {
	tz, set := os.LookupEnv("TZ")
	if !set {
		tz = "UTC"
		if target, err := os.Readlink("/etc/localtime"); err == nil {
			if _, name, ok := strings.Cut(target, "zoneinfo/"); ok {
				tz = name
			}
		}
	}
	if z := canonicalZone(strings.TrimPrefix(tz, ":")); z != "" {
		return z
	}
	return "Etc/Unknown"
}

// zoneShortNameAt is the en-US short name of zone at the given time and
// offset, or the GMT±h[:mm[:ss]] form when it has none.
func zoneShortNameAt(zone string, year, offset int) string {
	i := sort.Search(len(zoneShortNames), func(i int) bool { return zoneShortNames[i].zone >= zone })
	for ; i < len(zoneShortNames) && zoneShortNames[i].zone == zone; i++ {
		n := zoneShortNames[i]
		if n.offset == offset && year >= n.from && year <= n.to {
			return n.name
		}
	}
	return offsetName(offset, false)
}

// offsetName is ICU's shortOffset (GMT-4, GMT+5:30, GMT+0) or longOffset
// (GMT-04:00, GMT+05:30, GMT+00:00) form of an offset.
func offsetName(offset int, long bool) string {
	sign := "+"
	if offset < 0 {
		sign, offset = "-", -offset
	}
	h, m, s := offset/3600, offset/60%60, offset%60
	if long {
		out := fmt.Sprintf("GMT%s%02d:%02d", sign, h, m)
		if s != 0 {
			out += fmt.Sprintf(":%02d", s)
		}
		return out
	}
	out := fmt.Sprintf("GMT%s%d", sign, h)
	if m != 0 || s != 0 {
		out += fmt.Sprintf(":%02d", m)
	}
	if s != 0 {
		out += fmt.Sprintf(":%02d", s)
	}
	return out
}

var (
	locationsMu sync.Mutex
	locations   = map[string]*time.Location{}
)

func location(zone string) (*time.Location, error) {
	locationsMu.Lock()
	defer locationsMu.Unlock()
	if l, ok := locations[zone]; ok {
		return l, nil
	}
	l, err := time.LoadLocation(zone)
	if err != nil {
		// ICU's canonical names are tzdata's links; a tzdata without the
		// link may have the zone by another name.
		for alias, z := range zoneAliases {
			if z == zone && filepath.IsLocal(alias) {
				if l, err = time.LoadLocation(alias); err == nil {
					break
				}
			}
		}
	}
	if err != nil {
		return nil, err
	}
	locations[zone] = l
	return l, nil
}

// installDateTime adds DateTimeFormat's Go helpers to the binding.
func installDateTime(rt *gort.Runtime, set func(string, any)) {
	vm := rt.VM
	set("defaultTimeZone", defaultZone)
	set("canonicalTimeZone", func(name string) goja.Value {
		if z := canonicalZone(name); z != "" {
			return vm.ToValue(z)
		}
		return goja.Undefined()
	})
	// zoneFields are the wall-clock fields of ms (a time value) in zone:
	// year, month, day, hour, minute, second, millisecond, and the zone's
	// short, shortOffset and longOffset names then; a string says why
	// there are none.
	set("zoneFields", func(ms int64, zone string) any {
		t := time.UnixMilli(ms).UTC()
		fixed := zone == "UTC" || strings.HasPrefix(zone, "Etc/")
		if y := t.Year(); !fixed && (y < zoneNamesFirstYear || y > zoneNamesLastYear) {
			return fmt.Sprintf("Times in %s before %d or after %d", zone, zoneNamesFirstYear, zoneNamesLastYear)
		}
		if zone != "UTC" {
			loc, err := location(zone)
			if err != nil {
				return fmt.Sprintf("The time zone %s (%v)", zone, err)
			}
			t = t.In(loc)
		}
		_, offset := t.Zone()
		short := "UTC"
		if zone != "UTC" {
			short = zoneShortNameAt(zone, t.Year(), offset)
		}
		return []any{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond() / 1e6,
			short, offsetName(offset, false), offsetName(offset, true)}
	})
}
