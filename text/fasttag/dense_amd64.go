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

// sumRowsAVX adds rows[:nrows] into sc in order, as add does row by row;
// false (with sc partly summed) when a row lies outside dense or arena.
// Needs AVX (haveAVX); stride is a positive multiple of 8.
//
//go:noescape
func sumRowsAVX(sc *[256]float32, rows *row, nrows int, dense []float32, arena []uint32, stride int) bool

// bestIndexAVX is bestIndex(sc, nc) searched over sc[:n], n a positive
// multiple of 8 and at least nc, after setting sc[nc:n] to -Inf. Needs AVX
// (haveAVX).
//
//go:noescape
func bestIndexAVX(sc *float32, nc, n int) int

func cpuAVX() bool

// haveAVX is decided once at start-up and never changes: the CPU does not.
var haveAVX = cpuAVX()

// bestIndex returns the index of the first greatest of sc[:n] (n ≥ 1)
// with SSE.
//
//go:noescape
func bestIndex(sc *float32, n int) int
