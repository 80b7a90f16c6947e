package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// loadPipeline pauses the collector and moves its first collection; once
// that has run, the process's own percentage and memory limit are back.
func TestLoadPipelineRestoresCollector(t *testing.T) {
	// Earlier tests' loads leave finalizers that restore their own
	// settings at the next collection: let them run first.
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(20 * time.Millisecond)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(150))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	if _, err := loadPipeline(); err != nil {
		t.Fatal(err)
	}
	peek := func() (int, int64) {
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		return p, debug.SetMemoryLimit(-1)
	}
	if p, _ := peek(); p != -1 {
		t.Fatalf("right after the load the percentage is %d, want -1 (paused until the first collection)", p)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		runtime.GC()
		if p, l := peek(); p == 150 && l == math.MaxInt64 {
			return
		} else if time.Now().After(deadline) {
			t.Fatalf("after a collection: percentage %d, limit %d; want 150 and no limit", p, l)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestCoderVersion: the build id that makes ingest recode after an upgrade
// is present and stable within one binary, so a second ingest by the same
// build still skips unchanged stories.
func TestCoderVersion(t *testing.T) {
	a, b := coderVersion(), coderVersion()
	if a == "" {
		t.Fatal("coderVersion is empty: ingest would never recode after an upgrade")
	}
	if a != b {
		t.Fatalf("coderVersion not stable: %q then %q", a, b)
	}
}
