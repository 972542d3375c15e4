package os

import (
	"golang.org/x/sys/unix"
)

type constant struct {
	name  string
	value int
}

// The lists are in the order Node defines them, which is the order
// util.inspect shows; the values are this platform's.
var signalConstants = []constant{
	{"SIGHUP", int(unix.SIGHUP)}, {"SIGINT", int(unix.SIGINT)}, {"SIGQUIT", int(unix.SIGQUIT)},
	{"SIGILL", int(unix.SIGILL)}, {"SIGTRAP", int(unix.SIGTRAP)}, {"SIGABRT", int(unix.SIGABRT)},
	{"SIGIOT", int(unix.SIGIOT)}, {"SIGBUS", int(unix.SIGBUS)}, {"SIGFPE", int(unix.SIGFPE)},
	{"SIGKILL", int(unix.SIGKILL)}, {"SIGUSR1", int(unix.SIGUSR1)}, {"SIGSEGV", int(unix.SIGSEGV)},
	{"SIGUSR2", int(unix.SIGUSR2)}, {"SIGPIPE", int(unix.SIGPIPE)}, {"SIGALRM", int(unix.SIGALRM)},
	{"SIGTERM", int(unix.SIGTERM)}, {"SIGCHLD", int(unix.SIGCHLD)}, {"SIGSTKFLT", int(unix.SIGSTKFLT)},
	{"SIGCONT", int(unix.SIGCONT)}, {"SIGSTOP", int(unix.SIGSTOP)}, {"SIGTSTP", int(unix.SIGTSTP)},
	{"SIGTTIN", int(unix.SIGTTIN)}, {"SIGTTOU", int(unix.SIGTTOU)}, {"SIGURG", int(unix.SIGURG)},
	{"SIGXCPU", int(unix.SIGXCPU)}, {"SIGXFSZ", int(unix.SIGXFSZ)}, {"SIGVTALRM", int(unix.SIGVTALRM)},
	{"SIGPROF", int(unix.SIGPROF)}, {"SIGWINCH", int(unix.SIGWINCH)}, {"SIGIO", int(unix.SIGIO)},
	{"SIGPOLL", int(unix.SIGPOLL)}, {"SIGPWR", int(unix.SIGPWR)}, {"SIGSYS", int(unix.SIGSYS)},
}

var errnoConstants = []constant{
	{"E2BIG", int(unix.E2BIG)},
	{"EACCES", int(unix.EACCES)},
	{"EADDRINUSE", int(unix.EADDRINUSE)},
	{"EADDRNOTAVAIL", int(unix.EADDRNOTAVAIL)},
	{"EAFNOSUPPORT", int(unix.EAFNOSUPPORT)},
	{"EAGAIN", int(unix.EAGAIN)},
	{"EALREADY", int(unix.EALREADY)},
	{"EBADF", int(unix.EBADF)},
	{"EBADMSG", int(unix.EBADMSG)},
	{"EBUSY", int(unix.EBUSY)},
	{"ECANCELED", int(unix.ECANCELED)},
	{"ECHILD", int(unix.ECHILD)},
	{"ECONNABORTED", int(unix.ECONNABORTED)},
	{"ECONNREFUSED", int(unix.ECONNREFUSED)},
	{"ECONNRESET", int(unix.ECONNRESET)},
	{"EDEADLK", int(unix.EDEADLK)},
	{"EDESTADDRREQ", int(unix.EDESTADDRREQ)},
	{"EDOM", int(unix.EDOM)},
	{"EDQUOT", int(unix.EDQUOT)},
	{"EEXIST", int(unix.EEXIST)},
	{"EFAULT", int(unix.EFAULT)},
	{"EFBIG", int(unix.EFBIG)},
	{"EHOSTUNREACH", int(unix.EHOSTUNREACH)},
	{"EIDRM", int(unix.EIDRM)},
	{"EILSEQ", int(unix.EILSEQ)},
	{"EINPROGRESS", int(unix.EINPROGRESS)},
	{"EINTR", int(unix.EINTR)},
	{"EINVAL", int(unix.EINVAL)},
	{"EIO", int(unix.EIO)},
	{"EISCONN", int(unix.EISCONN)},
	{"EISDIR", int(unix.EISDIR)},
	{"ELOOP", int(unix.ELOOP)},
	{"EMFILE", int(unix.EMFILE)},
	{"EMLINK", int(unix.EMLINK)},
	{"EMSGSIZE", int(unix.EMSGSIZE)},
	{"EMULTIHOP", int(unix.EMULTIHOP)},
	{"ENAMETOOLONG", int(unix.ENAMETOOLONG)},
	{"ENETDOWN", int(unix.ENETDOWN)},
	{"ENETRESET", int(unix.ENETRESET)},
	{"ENETUNREACH", int(unix.ENETUNREACH)},
	{"ENFILE", int(unix.ENFILE)},
	{"ENOBUFS", int(unix.ENOBUFS)},
	{"ENODATA", int(unix.ENODATA)},
	{"ENODEV", int(unix.ENODEV)},
	{"ENOENT", int(unix.ENOENT)},
	{"ENOEXEC", int(unix.ENOEXEC)},
	{"ENOLCK", int(unix.ENOLCK)},
	{"ENOLINK", int(unix.ENOLINK)},
	{"ENOMEM", int(unix.ENOMEM)},
	{"ENOMSG", int(unix.ENOMSG)},
	{"ENOPROTOOPT", int(unix.ENOPROTOOPT)},
	{"ENOSPC", int(unix.ENOSPC)},
	{"ENOSR", int(unix.ENOSR)},
	{"ENOSTR", int(unix.ENOSTR)},
	{"ENOSYS", int(unix.ENOSYS)},
	{"ENOTCONN", int(unix.ENOTCONN)},
	{"ENOTDIR", int(unix.ENOTDIR)},
	{"ENOTEMPTY", int(unix.ENOTEMPTY)},
	{"ENOTSOCK", int(unix.ENOTSOCK)},
	{"ENOTSUP", int(unix.ENOTSUP)},
	{"ENOTTY", int(unix.ENOTTY)},
	{"ENXIO", int(unix.ENXIO)},
	{"EOPNOTSUPP", int(unix.EOPNOTSUPP)},
	{"EOVERFLOW", int(unix.EOVERFLOW)},
	{"EPERM", int(unix.EPERM)},
	{"EPIPE", int(unix.EPIPE)},
	{"EPROTO", int(unix.EPROTO)},
	{"EPROTONOSUPPORT", int(unix.EPROTONOSUPPORT)},
	{"EPROTOTYPE", int(unix.EPROTOTYPE)},
	{"ERANGE", int(unix.ERANGE)},
	{"EROFS", int(unix.EROFS)},
	{"ESPIPE", int(unix.ESPIPE)},
	{"ESRCH", int(unix.ESRCH)},
	{"ESTALE", int(unix.ESTALE)},
	{"ETIME", int(unix.ETIME)},
	{"ETIMEDOUT", int(unix.ETIMEDOUT)},
	{"ETXTBSY", int(unix.ETXTBSY)},
	{"EWOULDBLOCK", int(unix.EWOULDBLOCK)},
	{"EXDEV", int(unix.EXDEV)},
}

var priorityConstants = []constant{
	{"PRIORITY_LOW", 19}, {"PRIORITY_BELOW_NORMAL", 10}, {"PRIORITY_NORMAL", 0},
	{"PRIORITY_ABOVE_NORMAL", -7}, {"PRIORITY_HIGH", -14}, {"PRIORITY_HIGHEST", -20},
}

var dlopenConstants = []constant{
	{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 256}, {"RTLD_LOCAL", 0}, {"RTLD_DEEPBIND", 8},
}
