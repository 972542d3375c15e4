package os

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// cpuInfo is one entry of os.cpus(), measured as libuv measures it on
// Linux: times from /proc/stat in ms, the model from /proc/cpuinfo, the
// speed from cpufreq's scaling_cur_freq (0 where the kernel has no cpufreq).
type cpuInfo struct {
	model                      string
	speed                      int64
	user, nice, sys, idle, irq int64
	present                    bool
}

func readCPUs() []cpuInfo {
	data, err := os.ReadFile("/proc/stat")
	if err != nil {
		return nil
	}
	var cpus []cpuInfo
	lines := strings.Split(string(data), "\n")
	// The first line is the "cpu" total; per-CPU lines follow it directly.
	for _, line := range lines[1:] {
		f := strings.Fields(line)
		if len(f) < 8 || !strings.HasPrefix(f[0], "cpu") {
			break
		}
		n, err := strconv.Atoi(f[0][3:])
		if err != nil || n < 0 || n >= 8192 {
			break
		}
		var v [7]int64
		for i := range v {
			v[i], _ = strconv.ParseInt(f[i+1], 10, 64)
		}
		for len(cpus) <= n {
			cpus = append(cpus, cpuInfo{})
		}
		// /proc/stat counts USER_HZ ticks (100 a second on Linux): ms = 10*ticks.
		cpus[n] = cpuInfo{user: 10 * v[0], nice: 10 * v[1], sys: 10 * v[2], idle: 10 * v[3], irq: 10 * v[5], present: true}
	}
	models := cpuModels(len(cpus))
	out := cpus[:0]
	for i, c := range cpus {
		if !c.present {
			continue
		}
		c.model = models[i]
		if b, err := os.ReadFile("/sys/devices/system/cpu/cpu" + strconv.Itoa(i) + "/cpufreq/scaling_cur_freq"); err == nil {
			khz, _ := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
			c.speed = khz / 1000
		}
		out = append(out, c)
	}
	return out
}

// cpuModels reads a model name per processor number; CPUs /proc/cpuinfo
// does not describe are "unknown", as libuv reports them.
func cpuModels(n int) []string {
	models := make([]string, n)
	for i := range models {
		models[i] = "unknown"
	}
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return models
	}
	defer f.Close()
	marker := modelMarker()
	cpu := -1
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "processor" {
			cpu, err = strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				cpu = -1
			}
			continue
		}
		if cpu >= 0 && cpu < n && strings.HasPrefix(line, marker) {
			m := armPart(line[len(marker):])
			// libuv keeps model names in 64-byte buffers.
			if len(m) > 63 {
				m = m[:63]
			}
			models[cpu] = m
			cpu = -1
		}
	}
	return models
}

// loadavg reads the three load averages.
func loadavg() [3]float64 {
	var avg [3]float64
	if data, err := os.ReadFile("/proc/loadavg"); err == nil {
		f := strings.Fields(string(data))
		if len(f) >= 3 {
			for i := range avg {
				avg[i], _ = strconv.ParseFloat(f[i], 64)
			}
			return avg
		}
	}
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) == nil {
		for i := range avg {
			avg[i] = float64(si.Loads[i]) / 65536.0
		}
	}
	return avg
}

// meminfo reads a /proc/meminfo field in bytes, or 0.
func meminfo(field string) float64 {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	i := bytes.Index(data, []byte(field+":"))
	if i < 0 {
		return 0
	}
	rest := strings.Fields(string(data[i+len(field)+1:]))
	if len(rest) == 0 {
		return 0
	}
	kb, _ := strconv.ParseUint(rest[0], 10, 64)
	return float64(kb * 1024)
}

func totalmem() float64 {
	if v := meminfo("MemTotal"); v != 0 {
		return v
	}
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) == nil {
		return float64(uint64(si.Totalram) * uint64(si.Unit))
	}
	return 0
}

// freemem is MemAvailable (what could be had without swapping), as libuv
// reports it, falling back to the kernel's free RAM.
func freemem() float64 {
	if v := meminfo("MemAvailable"); v != 0 {
		return v
	}
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) == nil {
		return float64(uint64(si.Freeram) * uint64(si.Unit))
	}
	return 0
}

func uptime() (float64, error) {
	if data, err := os.ReadFile("/proc/uptime"); err == nil {
		if f := strings.Fields(string(data)); len(f) > 0 {
			if v, err := strconv.ParseFloat(f[0], 64); err == nil {
				return v, nil
			}
		}
	}
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_BOOTTIME, &ts); err != nil {
		return 0, err
	}
	return float64(ts.Sec), nil
}

func availableParallelism() int {
	var set unix.CPUSet
	n := 0
	if unix.SchedGetaffinity(0, &set) == nil {
		n = set.Count()
	}
	if n < 1 {
		n = 1
	}
	return n
}

func uname() (sysname, version, release, machine string, err error) {
	var u unix.Utsname
	if err = unix.Uname(&u); err != nil {
		return
	}
	str := func(b []byte) string {
		if i := bytes.IndexByte(b, 0); i >= 0 {
			b = b[:i]
		}
		return string(b)
	}
	return str(u.Sysname[:]), str(u.Version[:]), str(u.Release[:]), str(u.Machine[:]), nil
}

func hostname() (string, error) {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return "", err
	}
	b := u.Nodename[:]
	if i := bytes.IndexByte(b, 0); i >= 0 {
		b = b[:i]
	}
	return string(b), nil
}

// passwd is one /etc/passwd entry.
type passwd struct {
	uid, gid                 int
	username, homedir, shell string
}

// lookupPasswd finds the entry for uid, as getpwuid_r does with files-only
// NSS; a missing entry is ENOENT, which is what libuv reports.
func lookupPasswd(uid int) (*passwd, error) {
	f, err := os.Open("/etc/passwd")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.Split(sc.Text(), ":")
		if len(p) < 7 {
			continue
		}
		u, err := strconv.Atoi(p[2])
		if err != nil || u != uid {
			continue
		}
		g, _ := strconv.Atoi(p[3])
		return &passwd{uid: u, gid: g, username: p[0], homedir: p[5], shell: p[6]}, nil
	}
	return nil, unix.ENOENT
}

// homedir follows libuv: $HOME when set (even empty), else the passwd entry.
func homedir() (string, error) {
	if h, ok := os.LookupEnv("HOME"); ok {
		return h, nil
	}
	pw, err := lookupPasswd(os.Geteuid())
	if err != nil {
		return "", err
	}
	return pw.homedir, nil
}

// getPriority returns the nice value; the raw syscall answers 20-nice.
func getPriority(pid int) (int, error) {
	raw, err := unix.Getpriority(unix.PRIO_PROCESS, pid)
	if err != nil {
		return 0, err
	}
	return 20 - raw, nil
}

func setPriority(pid, prio int) error {
	return unix.Setpriority(unix.PRIO_PROCESS, pid, prio)
}
