package net

// BindReusePort is Bind with SO_REUSEPORT set before the bind, as libuv's
// UV_TCP_REUSEPORT flag does: several sockets of the same user may then bind
// one address and port, and the kernel spreads incoming connections among
// those that listen. cluster's SCHED_REUSEPORT binds every worker's server
// this way.
func (t *TCP) BindReusePort(address string, port, family int, ipv6Only bool) int {
	return t.bind(address, port, family, ipv6Only, true)
}
