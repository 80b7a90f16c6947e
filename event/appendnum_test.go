package event

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// appendFloatRef is appendFloat as it was before its short-decimal path:
// strconv for every number.
func appendFloatRef(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

func checkFloat(t *testing.T, f float64) {
	t.Helper()
	if got, want := string(appendFloat([]byte("x"), f)), string(appendFloatRef([]byte("x"), f)); got != want {
		t.Fatalf("appendFloat(%v [%016x]) = %s, want %s", f, math.Float64bits(f), got, want)
	}
}

// TestAppendFloatSameAsStrconv: decimals of every scale the short path
// tries and beyond it, their neighbours one ulp away (not short
// decimals), and the edges (zero of both signs, 1e9, tiny, huge, NaN-free).
func TestAppendFloatSameAsStrconv(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 0.1, -0.1, 0.5, 2.5, -9.5, 10, 100, 1e8, 999999999.999999,
		1e9, -1e9, 1e9 - 1, 1e-6, 1e-7, 5e-7, 1.5e-6, 123456.789012, 35.93, 36.63, -122.41942, 1e15, 1e21, 1e22, 12345678.9,
		0.30000000000000004, math.MaxFloat64, math.SmallestNonzeroFloat64, 4.35, 2.675, 1.005} {
		checkFloat(t, f)
		checkFloat(t, -f)
		checkFloat(t, math.Nextafter(f, math.Inf(1)))
		checkFloat(t, math.Nextafter(f, math.Inf(-1)))
	}
	r := rand.New(rand.NewPCG(6, 11))
	for i := 0; i < 200000; i++ {
		d := r.IntN(9)
		k := r.Int64N(2e15) - 1e15
		f := float64(k) / math.Pow10(d)
		checkFloat(t, f)
		checkFloat(t, math.Nextafter(f, 0))
		checkFloat(t, float64(r.IntN(201)-100)/10) // Goldstein-like
	}
}

func FuzzAppendFloat(f *testing.F) {
	f.Add(uint64(math.Float64bits(35.93)))
	f.Add(uint64(math.Float64bits(-7.2)))
	f.Add(uint64(math.Float64bits(0.1 + 0.2)))
	f.Fuzz(func(t *testing.T, bits uint64) {
		v := math.Float64frombits(bits)
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return
		}
		checkFloat(t, v)
	})
}

func TestAppendIntSameAsStrconv(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 1001, 65535, -1, -9, -10, -999, -1000, math.MaxInt, math.MinInt} {
		if got, want := string(appendInt([]byte("x"), n)), string(strconv.AppendInt([]byte("x"), int64(n), 10)); got != want {
			t.Errorf("appendInt(%d) = %s, want %s", n, got, want)
		}
	}
}

func BenchmarkAppendNumbers(b *testing.B) {
	buf := make([]byte, 0, 256)
	for i := 0; i < b.N; i++ {
		buf = appendFloat(buf[:0], -7.2)
		buf = appendFloat(buf, 35.93)
		buf = appendFloat(buf, 36.63)
		buf = appendInt(buf, i&255)
		buf = appendInt(buf, 1234)
	}
}
