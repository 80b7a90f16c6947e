package fasttag

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
	"runtime"

	"github.com/parley-events/parley/text"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_THREAD, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestScratchCPU(t *testing.T) {
	runtime.LockOSThread()
	var sents [][]text.Token
	for _, s := range readLines(t, filepath.Join("testdata", "sentences.txt")) {
		sents = append(sents, text.Tokenize(s, nil))
	}
	p := taggers(t)
	for _, tg := range []text.Tagger{p.prose, p.fast, p.prose, p.fast} {
		for _, s := range sents { tg.Tag(s) }
		c0 := cpuNow()
		n := 0
		for r := 0; r < 20; r++ {
			for _, s := range sents { tg.Tag(s); n++ }
		}
		t.Logf("%T: %.2f µs cpu/sentence", tg, float64(cpuNow()-c0)/float64(n)/1e3)
	}
	for i := 0; i < 3; i++ {
		c0 := cpuNow()
		if _, err := New(); err != nil { t.Fatal(err) }
		t.Logf("New: %v cpu", cpuNow()-c0)
	}
}
