package fasttag

// addDense adds src[:n] into dst[:n] with SSE; n is a positive multiple of
// 8 and both have at least n elements (the callers' stride guarantees it).
//
//go:noescape
func addDense(dst, src *float32, n int)

// addDenseAVX is addDense with AVX, for CPUs that have it (haveAVX).
//
//go:noescape
func addDenseAVX(dst, src *float32, n int)

func cpuAVX() bool

// haveAVX is decided once at start-up and never changes: the CPU does not.
var haveAVX = cpuAVX()

// bestIndex returns the index of the first greatest of sc[:n] (n ≥ 1)
// with SSE.
//
//go:noescape
func bestIndex(sc *float32, n int) int
