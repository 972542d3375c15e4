package runtime

import "testing"

func TestQuotesModule(t *testing.T) {
	cases := []struct {
		source, name string
		want         bool
	}{
		{`const util = require('util');`, "util", true},
		{`import { format } from "node:util";`, "util", true},
		{"const os = require(`os`);", "os", true},
		{`for (const m of ['events', 'os']) require(m);`, "os", true},
		{`require('node:os')`, "os", true},
		{`const utility = require('./utility');`, "util", false},
		{`require('util/types')`, "util", false},
		{`// the os is Linux`, "os", false},
		{`const path = require("path");`, "url", false},
		{`'util`, "util", false},
		{`util'`, "util", false},
	}
	for _, c := range cases {
		if got := quotesModule(c.source, c.name); got != c.want {
			t.Errorf("quotesModule(%q, %q) = %v, want %v", c.source, c.name, got, c.want)
		}
	}
}

func TestProgramsCompileOnce(t *testing.T) {
	src := programSource{"node:test/once", "(function(){", "return 1;"}
	precompile(src)
	a, err := compiled(src)
	if err != nil {
		t.Fatal(err)
	}
	b, err := compiled(src)
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Fatal("the same source compiled twice")
	}
	// Another text under the same name is another program.
	c, err := compiled(programSource{"node:test/once", "(function(){", "return 2;"})
	if err != nil {
		t.Fatal(err)
	}
	if c == a {
		t.Fatal("a changed source reused the old program")
	}
}

func TestProgramsReportSyntaxErrors(t *testing.T) {
	if _, err := compiled(programSource{"node:test/bad", "(function(){", "return )"}); err == nil {
		t.Fatal("a syntax error compiled")
	}
}
