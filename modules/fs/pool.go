package fs

import (
	"os"
	"strconv"
	"sync"
)

// pool runs blocking file system calls off the loop goroutine, as libuv's
// thread pool does: a fixed number of workers (UV_THREADPOOL_SIZE, default
// 4, as in Node), started on first use and shared by every runtime of the
// process. A bounded pool keeps a burst of requests from opening thousands
// of descriptors or OS threads at once; requests wait in FIFO order.
type pool struct {
	mu      sync.Mutex
	cond    *sync.Cond
	queue   []func()
	started int
	idle    int
	size    int
}

var workers = newPool(poolSize())

func poolSize() int {
	n, err := strconv.Atoi(os.Getenv("UV_THREADPOOL_SIZE"))
	if err != nil || n < 1 {
		return 4
	}
	return min(n, 1024)
}

func newPool(size int) *pool {
	p := &pool{size: size}
	p.cond = sync.NewCond(&p.mu)
	return p
}

// submit queues f to run on a worker.
func (p *pool) submit(f func()) {
	p.mu.Lock()
	p.queue = append(p.queue, f)
	if p.idle > 0 {
		p.cond.Signal()
	}
	// Idle workers may not have woken yet: start another only for work
	// they cannot all take.
	if len(p.queue) > p.idle && p.started < p.size {
		p.started++
		go p.work()
	}
	p.mu.Unlock()
}

func (p *pool) work() {
	p.mu.Lock()
	for {
		for len(p.queue) == 0 {
			p.idle++
			p.cond.Wait()
			p.idle--
		}
		f := p.queue[0]
		p.queue[0] = nil
		p.queue = p.queue[1:]
		p.mu.Unlock()
		f()
		p.mu.Lock()
	}
}
