package os

import goruntime "runtime"

// modelMarker is the /proc/cpuinfo line that names a CPU's model on this
// architecture (the line libuv reads).
func modelMarker() string {
	switch goruntime.GOARCH {
	case "ppc64", "ppc64le":
		return "cpu\t\t: "
	case "arm":
		return "Processor\t: "
	case "arm64":
		return "CPU part\t: "
	case "mips", "mipsle", "mips64", "mips64le":
		return "cpu model\t\t: "
	case "loong64":
		return "cpu family\t\t: "
	}
	return "model name\t: "
}

// armParts names arm64 cores by the part number /proc/cpuinfo gives.
var armParts = map[string]string{
	"0x811": "ARM810", "0x920": "ARM920", "0x922": "ARM922", "0x926": "ARM926",
	"0x940": "ARM940", "0x946": "ARM946", "0x966": "ARM966", "0xa20": "ARM1020",
	"0xa22": "ARM1022", "0xa26": "ARM1026", "0xb02": "ARM11 MPCore", "0xb36": "ARM1136",
	"0xb56": "ARM1156", "0xb76": "ARM1176", "0xc05": "Cortex-A5", "0xc07": "Cortex-A7",
	"0xc08": "Cortex-A8", "0xc09": "Cortex-A9", "0xc0d": "Cortex-A17", "0xc0f": "Cortex-A15",
	"0xc0e": "Cortex-A17", "0xc14": "Cortex-R4", "0xc15": "Cortex-R5", "0xc17": "Cortex-R7",
	"0xc18": "Cortex-R8", "0xc20": "Cortex-M0", "0xc21": "Cortex-M1", "0xc23": "Cortex-M3",
	"0xc24": "Cortex-M4", "0xc27": "Cortex-M7", "0xc60": "Cortex-M0+", "0xd01": "Cortex-A32",
	"0xd03": "Cortex-A53", "0xd04": "Cortex-A35", "0xd05": "Cortex-A55", "0xd06": "Cortex-A65",
	"0xd07": "Cortex-A57", "0xd08": "Cortex-A72", "0xd09": "Cortex-A73", "0xd0a": "Cortex-A75",
	"0xd0b": "Cortex-A76", "0xd0c": "Neoverse-N1", "0xd0d": "Cortex-A77", "0xd0e": "Cortex-A76AE",
	"0xd13": "Cortex-R52", "0xd20": "Cortex-M23", "0xd21": "Cortex-M33", "0xd41": "Cortex-A78",
	"0xd42": "Cortex-A78AE", "0xd4a": "Neoverse-E1", "0xd4b": "Cortex-A78C",
}

// armPart turns an arm64 part number into a core name; elsewhere the model
// line is already the name.
func armPart(v string) string {
	if goruntime.GOARCH != "arm64" {
		return v
	}
	if name, ok := armParts[v]; ok {
		return name
	}
	return "unknown"
}
