package runtime_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	_ "github.com/gocluster/gocluster/modules"
	"github.com/gocluster/gocluster/runtime"
)

// A Go program runs a script and collects what it prints and its exit code.
func Example() {
	dir, _ := os.MkdirTemp("", "gocluster-example")
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "main.js")
	_ = os.WriteFile(script, []byte(`
		process.nextTick(() => process.stdout.write('tick\n'));
		Promise.resolve().then(() => process.stdout.write('promise\n'));
		setTimeout(() => { process.stdout.write('timeout\n'); process.exitCode = 3; }, 1);
		process.on('exit', (code) => process.stdout.write('exit ' + code + '\n'));
		process.stdout.write('main\n');
	`), 0o644)

	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Script: script, Stdout: &out})
	if err != nil {
		fmt.Println(err)
		return
	}
	code := rt.Run()
	fmt.Print(out.String())
	fmt.Println("code", code)
	// Output:
	// main
	// tick
	// promise
	// timeout
	// exit 3
	// code 3
}
