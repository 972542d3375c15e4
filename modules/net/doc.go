// Package net is require('net') on gocluster's socket core (package
// github.com/gocluster/gocluster/net): internal/tcp_wrap and
// internal/pipe_wrap give the JS parts (js/*.js, loaded through
// binding.load) handles shaped like Node's tcp_wrap and pipe_wrap, whose
// methods live on the handle prototypes and whose events call the handle
// object's onconnection/onconnect/onread/onwrite/onshutdown properties.
package net
