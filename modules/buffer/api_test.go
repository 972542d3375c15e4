package buffer_test

import (
	"bytes"
	"testing"

	"github.com/dop251/goja"
	_ "github.com/gocluster/gocluster/modules"
	"github.com/gocluster/gocluster/modules/buffer"
	gort "github.com/gocluster/gocluster/runtime"
)

func TestNewSharesMemory(t *testing.T) {
	rt, err := gort.New(gort.Options{Eval: "0", Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("hi!")
	b := buffer.New(rt, data)
	isBuffer, _ := goja.AssertFunction(rt.VM.Get("Buffer").ToObject(rt.VM).Get("isBuffer"))
	if r, _ := isBuffer(goja.Undefined(), b); !r.ToBoolean() {
		t.Fatal("New did not make a Buffer")
	}
	toString, _ := goja.AssertFunction(b.Get("toString"))
	if s, _ := toString(b, rt.VM.ToValue("hex")); s.String() != "686921" {
		t.Errorf("toString('hex') = %s", s)
	}
	_ = b.Set("0", 0x48)
	if data[0] != 'H' {
		t.Errorf("memory not shared: %q", data)
	}
	got, ok := buffer.Bytes(rt.VM, b)
	if !ok || &got[0] != &data[0] {
		t.Errorf("Bytes did not return the same memory")
	}
}

func TestEncodings(t *testing.T) {
	vm := goja.New()
	for _, name := range []string{"UTF8", "utf-8", "binary", "UCS-2", "utf16le", "base64url", "HEX"} {
		if _, ok := buffer.ParseEncoding(name); !ok {
			t.Errorf("ParseEncoding(%q) failed", name)
		}
	}
	if _, ok := buffer.ParseEncoding("utf16"); ok {
		t.Error("utf16 is not a Buffer encoding")
	}
	if got := buffer.EncodeString(vm.ToValue("aé"), buffer.UCS2); !bytes.Equal(got, []byte{'a', 0, 0xe9, 0}) {
		t.Errorf("EncodeString ucs2 = % x", got)
	}
	if got := buffer.DecodeString(vm, []byte{0xff, 0xfe}, buffer.Base64URL).String(); got != "__4" {
		t.Errorf("DecodeString base64url = %q", got)
	}
}

// A view whose ArrayBuffer was detached has no bytes: goja would hand out
// a slice over no memory at all.
func TestBytesOfDetachedView(t *testing.T) {
	rt, err := gort.New(gort.Options{Eval: "0", Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	v, err := rt.VM.RunString("globalThis.ab = new ArrayBuffer(64); new Uint8Array(ab, 8, 32)")
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := buffer.Bytes(rt.VM, v); !ok || len(got) != 32 {
		t.Fatalf("Bytes before detach = %d bytes, %v", len(got), ok)
	}
	pool := rt.VM.NewArrayBuffer(make([]byte, 4))
	poolObj := rt.VM.ToValue(pool).(*goja.Object)
	buffer.MarkUntransferable(poolObj)
	if buffer.Detach(poolObj) || pool.Detached() {
		t.Error("an untransferable ArrayBuffer was detached")
	}
	if !buffer.Detach(rt.VM.Get("ab")) {
		t.Fatal("Detach did not detach")
	}
	if got, ok := buffer.Bytes(rt.VM, v); !ok || len(got) != 0 {
		t.Errorf("Bytes after detach = %d bytes, %v", len(got), ok)
	}
}
