package runtime

import (
	"reflect"
	"testing"
)

// The expectations are node v20.20.2's (node --env-file=f -e 'print the
// variables it added').
func TestParseEnvFileAsNode(t *testing.T) {
	for _, c := range []struct {
		content string
		want    map[string]string
	}{
		{"=nokey\nA=1\n", map[string]string{}},
		{"A=1\nB=\"unterminated\nC=3\n", map[string]string{"A": "1", "B": `"unterminated`, "C": "3"}},
		{"A=1\n\n\nD=  \nE=4\n", map[string]string{"A": "1", "D": "", "E": "4"}},
		{"A=\"x\"y\nB=2", map[string]string{"A": "x", "B": "2"}},
		{"A='it''s'\nB=2", map[string]string{"A": "it", "B": "2"}},
		{"A=1 # c\nB=\"2\" # c\n#C=3\n  D=4", map[string]string{"A": "1", "B": "2", "D": "4"}},
		{"A=1\r\nB=\"x\r\ny\"\r\nC=3\r\n", map[string]string{"A": "1", "B": "x\ny", "C": "3"}},
		{"I=\"a\\nb\\tc\"\nJ='a\\nb'\nK=`x\ny`\nN=#hash\nO=\" x # y \"\nexport\nP=after export\n  # indented comment\nQ=q\n",
			map[string]string{"I": "a\nb\\tc", "J": `a\nb`, "K": "x\ny", "N": "", "O": " x # y ",
				"export\nP": "after export", "# indented comment\nQ": "q"}},
		{"export  D=1\nDUP=first\nDUP=second\nEQ=a=b", map[string]string{" D": "1", "DUP": "second", "EQ": "a=b"}},
	} {
		got := map[string]string{}
		for _, kv := range parseEnvFile(c.content) {
			got[kv[0]] = kv[1]
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.content, got, c.want)
		}
	}
}
