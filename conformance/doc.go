// Package conformance holds gocluster's conformance suite: every script under
// testdata/ runs under gocluster and must print what node prints, byte for
// byte after a small normalisation, and exit the same way. The suite itself
// lives in the package's tests (go test ./conformance); see README.md.
package conformance
