// Package modules registers every core module gocluster provides, in one
// place: import it (for side effects) to make them available to require().
package modules

import (
	gort "github.com/gocluster/gocluster/runtime"

	"github.com/gocluster/gocluster/cluster"

	"github.com/gocluster/gocluster/modules/assert"
	gcasync "github.com/gocluster/gocluster/modules/async_hooks"
	"github.com/gocluster/gocluster/modules/buffer"
	gccp "github.com/gocluster/gocluster/modules/child_process"
	"github.com/gocluster/gocluster/modules/console"
	gccrypto "github.com/gocluster/gocluster/modules/crypto"
	gcdgram "github.com/gocluster/gocluster/modules/dgram"
	gcdc "github.com/gocluster/gocluster/modules/diagnostics_channel"
	gcdns "github.com/gocluster/gocluster/modules/dns"
	gcdomain "github.com/gocluster/gocluster/modules/domain"
	"github.com/gocluster/gocluster/modules/events"
	gcfetch "github.com/gocluster/gocluster/modules/fetch"
	gchttp "github.com/gocluster/gocluster/modules/http"
	gchttps "github.com/gocluster/gocluster/modules/https"
	gcintl "github.com/gocluster/gocluster/modules/intl"
	"github.com/gocluster/gocluster/modules/module"
	gcnet "github.com/gocluster/gocluster/modules/net"
	"github.com/gocluster/gocluster/modules/process"
	gcreadline "github.com/gocluster/gocluster/modules/readline"
	"github.com/gocluster/gocluster/modules/timers"
	gctls "github.com/gocluster/gocluster/modules/tls"
	"github.com/gocluster/gocluster/modules/util"
	gcv8 "github.com/gocluster/gocluster/modules/v8"
	gcvm "github.com/gocluster/gocluster/modules/vm"
	"github.com/gocluster/gocluster/modules/web"
	"github.com/gocluster/gocluster/modules/webstreams"
	gczlib "github.com/gocluster/gocluster/modules/zlib"

	gcfs "github.com/gocluster/gocluster/modules/fs"
	gcos "github.com/gocluster/gocluster/modules/os"
	gcpath "github.com/gocluster/gocluster/modules/path"
	gcqs "github.com/gocluster/gocluster/modules/querystring"
	gcstream "github.com/gocluster/gocluster/modules/stream"
	gcsd "github.com/gocluster/gocluster/modules/string_decoder"
	gctty "github.com/gocluster/gocluster/modules/tty"
	gcurl "github.com/gocluster/gocluster/modules/url"
	gcwt "github.com/gocluster/gocluster/modules/worker_threads"
)

func init() {
	gort.RegisterCore(assert.ModuleName, assert.Require)
	gort.RegisterCore(assert.StrictModuleName, assert.RequireStrict)
	gort.RegisterCore(assert.AssertionErrorModuleName, assert.RequireAssertionError)
	gort.RegisterCore(assert.UtilsModuleName, assert.RequireUtils)
	gort.RegisterCore(assert.CallTrackerModuleName, assert.RequireCallTracker)
	gort.RegisterCore(gcasync.ModuleName, gcasync.Require)
	gort.RegisterCore(gcasync.ContextModuleName, gcasync.RequireContext)
	gort.RegisterCore(buffer.ModuleName, buffer.Require)
	gort.RegisterGlobal("Buffer", buffer.ModuleName, "Buffer")
	for _, name := range []string{"atob", "btoa", "Blob", "File"} {
		gort.RegisterGlobal(name, buffer.ModuleName, name)
	}
	gort.RegisterCore(gccp.ModuleName, gccp.Require)
	gort.RegisterCore(gccp.InternalModuleName, gccp.RequireInternal)
	gort.RegisterCore(gccp.ChannelModuleName, gccp.RequireChannel)
	gort.RegisterCore(gccp.SerializationModuleName, gccp.RequireSerialization)
	gort.RegisterCore(gccp.StdioModuleName, gccp.RequireStdio)
	gort.RegisterCore(gccp.SocketListModuleName, gccp.RequireSocketList)
	gort.RegisterStartup(gccp.Startup)
	gort.RegisterCore(console.ModuleName, console.Require)
	gort.RegisterCore(gccrypto.ModuleName, gccrypto.Require)
	gort.RegisterCore(gccrypto.RandomModuleName, gccrypto.RequireRandom)
	for name, prop := range gccrypto.Globals {
		gort.RegisterGlobal(name, gccrypto.RandomModuleName, prop)
	}
	gort.RegisterCore(gcdc.ModuleName, gcdc.Require)
	gort.RegisterCore(gcdgram.ModuleName, gcdgram.Require)
	gort.RegisterCore(gcdgram.InternalModuleName, gcdgram.RequireInternal)
	gort.RegisterCore(gcdgram.UDPWrapModuleName, gcdgram.RequireUDPWrap)
	for name, load := range gcdns.Modules {
		gort.RegisterCore(name, load)
	}
	gort.RegisterCore(gcdomain.ModuleName, gcdomain.Require)
	gort.RegisterGlobal("console", console.ModuleName, "")
	gort.RegisterCore(events.ModuleName, events.Require)
	gort.RegisterCore(events.EventTargetModuleName, events.RequireEventTarget)
	for _, name := range []string{"EventTarget", "Event", "CustomEvent"} {
		gort.RegisterGlobal(name, events.EventTargetModuleName, name)
	}
	gort.RegisterCore(module.ModuleName, module.Require)
	gort.RegisterCore(gcnet.TCPWrapModuleName, gcnet.RequireTCPWrap)
	gort.RegisterCore(gcnet.PipeWrapModuleName, gcnet.RequirePipeWrap)
	gort.RegisterCore(gcnet.ModuleName, gcnet.Require)
	gort.RegisterCore(gcnet.InternalModuleName, gcnet.RequireInternal)
	for name, load := range gchttp.Modules {
		gort.RegisterCore(name, load)
	}
	gort.RegisterCore(process.ModuleName, process.Require)
	gort.RegisterCore(process.StdioModuleName, process.RequireStdio)
	gort.RegisterCore(timers.ModuleName, timers.Require)
	gort.RegisterCore(gcwt.ModuleName, gcwt.Require)
	for name, load := range gcfs.Modules {
		gort.RegisterCore(name, load)
	}
	gort.RegisterCore(gcos.ModuleName, gcos.Require)
	gort.RegisterCore(gcpath.ModuleName, gcpath.Require)
	gort.RegisterCore(gcpath.PosixModuleName, gcpath.RequirePosix)
	gort.RegisterCore(gcpath.Win32ModuleName, gcpath.RequireWin32)
	gort.RegisterCore(gcqs.ModuleName, gcqs.Require)
	gort.RegisterCore(gcsd.ModuleName, gcsd.Require)
	gort.RegisterCore(gctty.ModuleName, gctty.Require)
	gort.RegisterCore(gcstream.ModuleName, gcstream.Require)
	gort.RegisterCore(gcstream.PromisesModuleName, gcstream.RequirePromises)
	gort.RegisterCore(gcstream.InternalModuleName, gcstream.RequireInternal)
	gort.RegisterCore(gcstream.ConsumersModuleName, gcstream.RequireConsumers)
	for name := range gcstream.InternalModules {
		gort.RegisterCore(name, gcstream.RequireInternalModule(name))
	}
	for name, class := range gcstream.Aliases {
		gort.RegisterCore(name, gcstream.RequireAlias(class))
	}
	gort.RegisterCore(gcurl.ModuleName, gcurl.Require)
	gort.RegisterGlobal("URL", gcurl.ModuleName, "URL")
	gort.RegisterGlobal("URLSearchParams", gcurl.ModuleName, "URLSearchParams")
	gort.RegisterCore(timers.PromisesModuleName, timers.RequirePromises)
	gort.RegisterCore(util.ModuleName, util.Require)
	gort.RegisterCore(util.TypesModuleName, util.RequireTypes)
	gort.RegisterCore(gczlib.ModuleName, gczlib.Require)
	gort.RegisterCore(gctls.ModuleName, gctls.Require)
	gort.RegisterCore(gchttps.ModuleName, gchttps.Require)
	gort.RegisterCore(gcreadline.ModuleName, gcreadline.Require)
	gort.RegisterCore(gcreadline.PromisesModuleName, gcreadline.RequirePromises)
	gort.RegisterCore(gcreadline.AnsiModuleName, gcreadline.RequireAnsi)
	gort.RegisterCore(gcv8.ModuleName, gcv8.Require)
	gort.RegisterCore(gcv8.SerdesModuleName, gcv8.RequireSerdes)
	gort.RegisterCore(gcvm.ModuleName, gcvm.Require)
	gort.RegisterCore(util.ComparisonsModuleName, util.RequireComparisons)
	gort.RegisterCore(util.InspectModuleName, util.RequireInspect)
	gort.RegisterCore(web.ModuleName, web.Require)
	gort.RegisterCore(web.PerfHooksModuleName, web.RequirePerfHooks)
	for _, name := range web.Globals {
		gort.RegisterGlobal(name, web.ModuleName, name)
	}
	gort.RegisterCore(webstreams.ModuleName, webstreams.Require)
	gort.RegisterCore(webstreams.WebModuleName, webstreams.RequireWeb)
	gort.RegisterCore(webstreams.UtilModuleName, webstreams.RequireUtil)
	for _, name := range webstreams.Globals {
		gort.RegisterGlobal(name, webstreams.ModuleName, name)
	}
	gort.RegisterCore(gcfetch.ModuleName, gcfetch.Require)
	gcintl.Register()
	for _, name := range gcfetch.Globals {
		gort.RegisterGlobal(name, gcfetch.ModuleName, name)
	}

	for _, name := range []string{"setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate"} {
		gort.RegisterGlobal(name, timers.ModuleName, name)
	}

	gort.RegisterCore(cluster.ModuleName, cluster.Require)
	for _, name := range []string{"round_robin_handle", "shared_handle"} {
		gort.RegisterCore("internal/cluster/"+name, cluster.RequireInternal(name))
	}
	// Last: a worker's cluster side talks over the IPC channel that
	// child_process's start-up opens.
	gort.RegisterStartup(cluster.Startup)
}
