//go:build !amd64

package fasttag

import "unsafe"

func addDense(dst, src *float32, n int) {
	addDenseGo(unsafe.Slice(dst, n), unsafe.Slice(src, n))
}

// Other architectures have one implementation of addDense.
const haveAVX = false

func addDenseAVX(dst, src *float32, n int) { addDense(dst, src, n) }

func bestIndexAVX(sc *float32, nc, n int) int { return bestIndex(sc, nc) }

func sumRowsAVX(sc *[256]float32, rows *row, nrows int, dense []float32, arena []uint32, stride int) bool {
	return false
}

func bestIndex(sc *float32, n int) int { return bestClassGo(unsafe.Slice(sc, n)) }
