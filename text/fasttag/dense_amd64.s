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

// func maxScore(sc *float32, n int) float32
// The greatest of sc[:n], n ≥ 1, four lanes at a time. MAXPS returns its
// second operand when both are equal or either is NaN; scores are finite
// and equal values compare equal whatever zero's sign, so the caller's
// search for the first score equal to it finds what a scan with > finds.
TEXT ·maxScore(SB), NOSPLIT, $0-20
	MOVQ   sc+0(FP), SI
	MOVQ   n+8(FP), CX
	MOVSS  (SI), X0
	SHUFPS $0, X0, X0
	MOVQ   CX, DX
	ANDQ   $-4, DX
	XORQ   AX, AX
vec:
	CMPQ   AX, DX
	JGE    tail
	MOVUPS (SI)(AX*4), X1
	MAXPS  X1, X0
	ADDQ   $4, AX
	JMP    vec
tail:
	CMPQ   AX, CX
	JGE    reduce
	MOVSS  (SI)(AX*4), X1
	SHUFPS $0, X1, X1
	MAXPS  X1, X0
	INCQ   AX
	JMP    tail
reduce:
	MOVAPS X0, X1
	SHUFPS $0x4E, X1, X1
	MAXPS  X1, X0
	MOVAPS X0, X1
	SHUFPS $0xB1, X1, X1
	MAXPS  X1, X0
	MOVSS  X0, ret+16(FP)
	RET
