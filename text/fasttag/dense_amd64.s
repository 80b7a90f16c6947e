#include "textflag.h"

// func addDense(dst, src *float32, n int)
// dst[k] += src[k] for k < n; n is a positive multiple of 8. ADDPS rounds
// each lane exactly as the scalar ADDSS the Go loop compiles to, so sums are
// bit-identical to addDenseGo's.
TEXT ·addDense(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
loop:
	MOVUPS (DI), X0
	MOVUPS 16(DI), X1
	MOVUPS (SI), X2
	MOVUPS 16(SI), X3
	ADDPS  X2, X0
	ADDPS  X3, X1
	MOVUPS X0, (DI)
	MOVUPS X1, 16(DI)
	ADDQ   $32, DI
	ADDQ   $32, SI
	SUBQ   $8, CX
	JNZ    loop
	RET
