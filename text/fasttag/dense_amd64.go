package fasttag

// addDense adds src[:n] into dst[:n] with SSE; n is a positive multiple of
// 8 and both have at least n elements (the callers' stride guarantees it).
//
//go:noescape
func addDense(dst, src *float32, n int)

// maxScore returns the greatest of sc[:n] (n ≥ 1) with SSE.
//
//go:noescape
func maxScore(sc *float32, n int) float32
