// Package net is require('net') on gocluster's socket core (package
// github.com/gocluster/gocluster/net): internal/tcp_wrap gives net.js
// handles shaped like Node's tcp_wrap.
package net
