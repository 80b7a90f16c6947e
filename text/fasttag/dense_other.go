//go:build !amd64

package fasttag

import "unsafe"

func addDense(dst, src *float32, n int) {
	addDenseGo(unsafe.Slice(dst, n), unsafe.Slice(src, n))
}

func bestIndex(sc *float32, n int) int { return bestClassGo(unsafe.Slice(sc, n)) }
