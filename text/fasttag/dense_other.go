//go:build !amd64

package fasttag

import "unsafe"

func addDense(dst, src *float32, n int) {
	addDenseGo(unsafe.Slice(dst, n), unsafe.Slice(src, n))
}

func maxScore(sc *float32, n int) float32 { return maxScoreGo(unsafe.Slice(sc, n)) }
