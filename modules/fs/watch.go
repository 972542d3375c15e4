package fs

import (
	"os"
	"path/filepath"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
	"golang.org/x/sys/unix"
)

// fs.watch on Linux (binding.FSEvent() makes a handle), as libuv's uv_fs_event does it: one inotify instance
// per event loop, read on the loop's own thread; watches of the same inode
// share its watch descriptor. A recursive watch (which inotify lacks) adds
// a watch for every directory below the root, not following symbolic links,
// and for directories created later, reporting names relative to the root.

const inotifyMask = unix.IN_ATTRIB | unix.IN_CREATE | unix.IN_MODIFY | unix.IN_DELETE |
	unix.IN_DELETE_SELF | unix.IN_MOVE_SELF | unix.IN_MOVED_FROM | unix.IN_MOVED_TO

// inotify is one loop's instance: its descriptor and who listens on each
// watch descriptor.
type inotify struct {
	fd   int
	subs map[int32][]*fsEvent
}

var (
	inotifyMu  sync.Mutex
	inotifyFor = map[*gort.Loop]*inotify{}
)

// loopInotify returns the loop's instance, creating it on first use.
func loopInotify(loop *gort.Loop) (*inotify, error) {
	inotifyMu.Lock()
	defer inotifyMu.Unlock()
	if n := inotifyFor[loop]; n != nil {
		return n, nil
	}
	fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
	if err != nil {
		return nil, err
	}
	n := &inotify{fd: fd, subs: map[int32][]*fsEvent{}}
	if _, err := loop.WatchFD(fd, n.read); err != nil {
		_ = unix.Close(fd)
		return nil, err
	}
	inotifyFor[loop] = n
	return n, nil
}

// fsEvent is one FSEvent handle: a watched path and its watch descriptors
// (each with its directory relative to the root: "" for the root).
type fsEvent struct {
	b         *binding
	obj       *goja.Object
	n         *inotify
	root      string
	recursive bool
	encoding  goja.Value
	dirs      map[int32]string
	refed     bool
	active    bool
}

func (n *inotify) add(ev *fsEvent, path, rel string) error {
	wd, err := unix.InotifyAddWatch(n.fd, path, inotifyMask)
	if err != nil {
		return err
	}
	w := int32(wd)
	if _, ok := ev.dirs[w]; ok {
		return nil
	}
	ev.dirs[w] = rel
	n.subs[w] = append(n.subs[w], ev)
	return nil
}

func (n *inotify) remove(ev *fsEvent, wd int32) {
	subs := n.subs[wd]
	for i, s := range subs {
		if s == ev {
			subs = append(subs[:i:i], subs[i+1:]...)
			break
		}
	}
	if len(subs) == 0 {
		delete(n.subs, wd)
		_, _ = unix.InotifyRmWatch(n.fd, uint32(wd))
		return
	}
	n.subs[wd] = subs
}

// read drains the instance and dispatches each event to its handles.
func (n *inotify) read() {
	var buf [16 * 1024]byte
	for {
		cnt, err := unix.Read(n.fd, buf[:])
		if err == unix.EINTR {
			continue
		}
		if err != nil || cnt <= 0 {
			return
		}
		for off := 0; off+unix.SizeofInotifyEvent <= cnt; {
			e := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
			nameBytes := buf[off+unix.SizeofInotifyEvent : off+unix.SizeofInotifyEvent+int(e.Len)]
			off += unix.SizeofInotifyEvent + int(e.Len)
			name := string(nameBytes)
			for i, c := range nameBytes {
				if c == 0 {
					name = string(nameBytes[:i])
					break
				}
			}
			n.dispatch(e.Wd, e.Mask, name)
		}
	}
}

func (n *inotify) dispatch(wd int32, mask uint32, name string) {
	subs := append([]*fsEvent(nil), n.subs[wd]...)
	for _, ev := range subs {
		rel, ok := ev.dirs[wd]
		if !ok || !ev.active {
			continue
		}
		ev.event(wd, rel, mask, name)
	}
	if mask&unix.IN_IGNORED != 0 {
		for _, ev := range n.subs[wd] {
			delete(ev.dirs, wd)
		}
		delete(n.subs, wd)
	}
}

func (ev *fsEvent) event(wd int32, rel string, mask uint32, name string) {
	if ev.recursive && rel != "" && name == "" {
		// A subdirectory's own deletion or move: its parent reports it.
		return
	}
	filename := name
	switch {
	case name == "":
		filename = filepath.Base(ev.root)
	case rel != "":
		filename = filepath.Join(rel, name)
	}
	if ev.recursive && name != "" && mask&unix.IN_ISDIR != 0 && mask&(unix.IN_CREATE|unix.IN_MOVED_TO) != 0 {
		ev.addTree(filepath.Join(ev.root, filename), filename, true)
	}
	// libuv: any bit but IN_ATTRIB and IN_MODIFY makes it a rename.
	eventType := "change"
	if mask&^uint32(unix.IN_ATTRIB|unix.IN_MODIFY) != 0 {
		eventType = "rename"
	}
	ev.emit(eventType, filename)
}

func (ev *fsEvent) emit(eventType, filename string) {
	onchange := ev.obj.Get("onchange")
	if _, ok := goja.AssertFunction(onchange); !ok {
		return
	}
	ev.b.rt.MakeCallback(onchange, ev.obj, ev.b.vm.ToValue(0), ev.b.vm.ToValue(eventType),
		ev.b.encoded(filename, ev.encoding))
}

// addTree watches dir and the directories below it (rel is dir relative to
// the root). For a directory that appeared while watching, the entries
// already in it are reported, as they may have come before its watch.
func (ev *fsEvent) addTree(dir, rel string, report bool) {
	if ev.n.add(ev, dir, rel) != nil {
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		childRel := filepath.Join(rel, e.Name())
		if report && ev.active {
			ev.emit("rename", childRel)
		}
		if e.Type().IsDir() {
			ev.addTree(filepath.Join(dir, e.Name()), childRel, report)
		}
	}
}

func (ev *fsEvent) setRef(on bool) {
	if on == ev.refed {
		return
	}
	ev.refed = on
	if on {
		ev.b.rt.Loop.Ref()
	} else {
		ev.b.rt.Loop.Unref()
	}
}

// watchOps adds FSEvent: binding.FSEvent() gives a handle with
// start(path, persistent, recursive, encoding) (throws the watch error),
// close(), ref(), unref() and hasRef(); it calls its onchange(status,
// eventType, filename).
func (b *binding) watchOps() {
	b.set("FSEvent", func(call goja.FunctionCall) goja.Value {
		obj := b.vm.NewObject()
		ev := &fsEvent{b: b, obj: obj, dirs: map[int32]string{}}
		_ = obj.Set("start", func(c goja.FunctionCall) goja.Value {
			if ev.active {
				return goja.Undefined()
			}
			path := b.pathArg(c.Argument(0))
			n, err := loopInotify(b.rt.Loop)
			if err == nil {
				ev.n = n
				err = n.add(ev, path, "")
			}
			if err != nil {
				e := b.rt.UVException(err, "watch", path, "")
				// Node's order for this error: errno, syscall, code, path.
				for _, k := range []string{"code", "path"} {
					v := e.Get(k)
					_ = e.Delete(k)
					_ = e.Set(k, v)
				}
				_ = e.Set("filename", c.Argument(0))
				panic(e)
			}
			ev.root, ev.recursive, ev.encoding, ev.active = path, c.Argument(2).ToBoolean(), c.Argument(3), true
			if ev.recursive {
				if st, err := os.Lstat(path); err == nil && st.IsDir() {
					ev.addTree(path, "", false)
				}
			}
			ev.setRef(c.Argument(1).ToBoolean())
			return goja.Undefined()
		})
		_ = obj.Set("close", func(goja.FunctionCall) goja.Value {
			if !ev.active {
				return goja.Undefined()
			}
			ev.active = false
			for wd := range ev.dirs {
				ev.n.remove(ev, wd)
			}
			ev.dirs = map[int32]string{}
			ev.setRef(false)
			return goja.Undefined()
		})
		_ = obj.Set("ref", func(goja.FunctionCall) goja.Value {
			if ev.active {
				ev.setRef(true)
			}
			return goja.Undefined()
		})
		_ = obj.Set("unref", func(goja.FunctionCall) goja.Value {
			ev.setRef(false)
			return goja.Undefined()
		})
		_ = obj.Set("hasRef", func(goja.FunctionCall) goja.Value { return b.vm.ToValue(ev.refed) })
		return obj
	})
}
