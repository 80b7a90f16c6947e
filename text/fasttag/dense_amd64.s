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

// func addDenseAVX(dst, src *float32, n int)
// addDense eight lanes at a time (VADDPS on YMM). Each lane is still one
// IEEE single add of dst[k] and src[k] in that order, so the sums are
// bit-identical to ADDPS's and addDenseGo's. The stride of the shipped
// model (48: 47 classes padded to 8) is unrolled: its six loads, adds and
// stores cost 18 instructions where the SSE loop ran 72, and this add runs
// for most features of every token.
TEXT ·addDenseAVX(SB), NOSPLIT, $0-24
	MOVQ    dst+0(FP), DI
	MOVQ    src+8(FP), SI
	MOVQ    n+16(FP), CX
	CMPQ    CX, $48
	JNE     avxloop
	VMOVUPS (DI), Y0
	VMOVUPS 32(DI), Y1
	VMOVUPS 64(DI), Y2
	VMOVUPS 96(DI), Y3
	VMOVUPS 128(DI), Y4
	VMOVUPS 160(DI), Y5
	VADDPS  (SI), Y0, Y0
	VADDPS  32(SI), Y1, Y1
	VADDPS  64(SI), Y2, Y2
	VADDPS  96(SI), Y3, Y3
	VADDPS  128(SI), Y4, Y4
	VADDPS  160(SI), Y5, Y5
	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VMOVUPS Y3, 96(DI)
	VMOVUPS Y4, 128(DI)
	VMOVUPS Y5, 160(DI)
	VZEROUPPER
	RET
avxloop:
	VMOVUPS (DI), Y0
	VADDPS  (SI), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ    $32, DI
	ADDQ    $32, SI
	SUBQ    $8, CX
	JNZ     avxloop
	VZEROUPPER
	RET

// func cpuAVX() bool
// AVX is usable when the CPU has it (CPUID.1:ECX bit 28) and the OS saves
// the YMM registers (OSXSAVE, bit 27, and XCR0 bits 1 and 2).
TEXT ·cpuAVX(SB), NOSPLIT, $0-1
	MOVL $1, AX
	XORL CX, CX
	CPUID
	ANDL $0x18000000, CX
	CMPL CX, $0x18000000
	JNE  noavx
	XORL CX, CX
	BYTE $0x0f; BYTE $0x01; BYTE $0xd0 // XGETBV
	ANDL $6, AX
	CMPL AX, $6
	JNE  noavx
	MOVB $1, ret+0(FP)
	RET
noavx:
	MOVB $0, ret+0(FP)
	RET

// func bestIndex(sc *float32, n int) int
// The index of the first greatest of sc[:n], n ≥ 1: the greatest four
// lanes at a time, then the first score equal to it, four at a time.
// MAXPS returns its second operand when both are equal or either is NaN;
// scores are finite and equal values compare equal whatever zero's sign,
// so this is the index a scan keeping the first strictly greater finds.
TEXT ·bestIndex(SB), NOSPLIT, $0-24
	MOVQ     sc+0(FP), SI
	MOVQ     n+8(FP), CX
	MOVSS    (SI), X0
	SHUFPS   $0, X0, X0
	MOVQ     CX, DX
	ANDQ     $-4, DX
	XORQ     AX, AX
vec:
	CMPQ     AX, DX
	JGE      tail
	MOVUPS   (SI)(AX*4), X1
	MAXPS    X1, X0
	ADDQ     $4, AX
	JMP      vec
tail:
	CMPQ     AX, CX
	JGE      reduce
	MOVSS    (SI)(AX*4), X1
	SHUFPS   $0, X1, X1
	MAXPS    X1, X0
	INCQ     AX
	JMP      tail
reduce:
	MOVAPS   X0, X1
	SHUFPS   $0x4E, X1, X1
	MAXPS    X1, X0
	MOVAPS   X0, X1
	SHUFPS   $0xB1, X1, X1
	MAXPS    X1, X0
	XORQ     AX, AX
find:
	CMPQ     AX, DX
	JGE      ftail
	MOVUPS   (SI)(AX*4), X1
	CMPPS    X0, X1, $0
	MOVMSKPS X1, BX
	TESTQ    BX, BX
	JNZ      found
	ADDQ     $4, AX
	JMP      find
found:
	BSFQ     BX, BX
	ADDQ     BX, AX
	MOVQ     AX, ret+16(FP)
	RET
ftail:
	CMPQ     AX, CX
	JGE      none
	MOVSS    (SI)(AX*4), X1
	UCOMISS  X0, X1
	JNE      next
	JPS      next
	MOVQ     AX, ret+16(FP)
	RET
next:
	INCQ     AX
	JMP      ftail
none:
	MOVQ     $0, ret+16(FP)
	RET

// func sumRowsAVX(sc *[256]float32, rows *row, nrows int, dense []float32, arena []uint32, stride int) bool
// Adds rows[:nrows] into sc in order, each as add does: a dense row eight
// lanes at a time, a sparse row one weight at a time (VADDSS, sc[id] +
// w with sc first, as the Go statement sc[id] += w computes it). One call
// per token instead of fourteen, and no Go bounds checks: each row is
// checked against len(dense) or len(arena) here, and false is returned
// (with sc partly summed) for one out of range, so that the caller can
// redo the token in Go and fail there as it always did. With the
// shipped stride of 48, consecutive dense rows are summed in registers
// and sc is written once per run of them.
TEXT ·sumRowsAVX(SB), NOSPLIT, $0-81
	MOVQ sc+0(FP), DI
	MOVQ rows+8(FP), SI
	MOVQ nrows+16(FP), CX
	MOVQ dense_base+24(FP), R8
	MOVQ dense_len+32(FP), R9
	MOVQ arena_base+48(FP), R10
	MOVQ arena_len+56(FP), R11
	MOVQ stride+72(FP), R12

rowloop:
	TESTQ CX, CX
	JZ    rowsdone
	MOVL  (SI), AX
	ADDQ  $4, SI
	DECQ  CX
	TESTL AX, AX
	JZ    rowloop
	BTL   $31, AX
	JCS   denserow

	// Sparse: n = r>>23 weights at arena[o+nw:], their class ids the
	// bytes of arena[o:o+nw], nw = ceil(n/4).
	MOVL  AX, BX
	SHRL  $23, BX
	JZ    rowloop

sparsen:
	ANDL  $0x7fffff, AX
	MOVL  BX, DX
	ADDL  $3, DX
	SHRL  $2, DX
	LEAQ  (AX)(DX*1), R13
	ADDQ  BX, R13
	CMPQ  R13, R11
	JHI   rowsbad
	LEAQ  (R10)(AX*4), R14
	LEAQ  (R14)(DX*4), DX
	XORQ  R13, R13

sparseloop:
	MOVBLZX (R14)(R13*1), AX
	VMOVSS  (DI)(AX*4), X0
	VADDSS  (DX)(R13*4), X0, X0
	VMOVSS  X0, (DI)(AX*4)
	INCQ    R13
	CMPQ    R13, BX
	JNE     sparseloop
	JMP     rowloop

denserow:
	ANDL $0x7fffff, AX
	LEAQ (AX)(R12*1), R13
	CMPQ R13, R9
	JHI  rowsbad
	LEAQ (R8)(AX*4), R14
	CMPQ R12, $48
	JNE  denseloopinit
	VMOVUPS (DI), Y0
	VMOVUPS 32(DI), Y1
	VMOVUPS 64(DI), Y2
	VMOVUPS 96(DI), Y3
	VMOVUPS 128(DI), Y4
	VMOVUPS 160(DI), Y5
	VADDPS  (R14), Y0, Y0
	VADDPS  32(R14), Y1, Y1
	VADDPS  64(R14), Y2, Y2
	VADDPS  96(R14), Y3, Y3
	VADDPS  128(R14), Y4, Y4
	VADDPS  160(R14), Y5, Y5

	// Stride 48: while the rows are dense the sums stay in Y0-Y5, stored
	// once when a sparse row (which adds into sc in memory) or the end
	// comes. Each lane still gets the same adds in the same order.
regloop:
	TESTQ CX, CX
	JZ    regdone
	MOVL  (SI), AX
	ADDQ  $4, SI
	DECQ  CX
	TESTL AX, AX
	JZ    regloop
	BTL   $31, AX
	JCC   regsparse
	ANDL  $0x7fffff, AX
	LEAQ  (AX)(R12*1), R13
	CMPQ  R13, R9
	JHI   rowsbad
	LEAQ  (R8)(AX*4), R14
	VADDPS  (R14), Y0, Y0
	VADDPS  32(R14), Y1, Y1
	VADDPS  64(R14), Y2, Y2
	VADDPS  96(R14), Y3, Y3
	VADDPS  128(R14), Y4, Y4
	VADDPS  160(R14), Y5, Y5
	JMP     regloop

regsparse:
	MOVL  AX, BX
	SHRL  $23, BX
	JZ    regloop // no weights: nothing to add
	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VMOVUPS Y3, 96(DI)
	VMOVUPS Y4, 128(DI)
	VMOVUPS Y5, 160(DI)
	JMP     sparsen

regdone:
	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VMOVUPS Y3, 96(DI)
	VMOVUPS Y4, 128(DI)
	VMOVUPS Y5, 160(DI)
	JMP     rowsdone

denseloopinit:
	XORQ BX, BX

denseloop:
	CMPQ    BX, R12
	JAE     rowloop
	VMOVUPS (DI)(BX*4), Y0
	VADDPS  (R14)(BX*4), Y0, Y0
	VMOVUPS Y0, (DI)(BX*4)
	ADDQ    $8, BX
	JMP     denseloop

rowsdone:
	VZEROUPPER
	MOVB $1, ret+80(FP)
	RET

rowsbad:
	VZEROUPPER
	MOVB $0, ret+80(FP)
	RET

// func bestIndexAVX(sc *float32, nc, n int) int
// bestIndex of sc[:nc] eight lanes at a time over sc[:n], n a positive
// multiple of 8 and at least nc: the lanes nc..n-1 are first set to -Inf,
// which is never the greatest nor equal to it while a class's score is
// finite.
TEXT ·bestIndexAVX(SB), NOSPLIT, $0-32
	MOVQ    sc+0(FP), SI
	MOVQ    nc+8(FP), AX
	MOVQ    n+16(FP), CX
bpad:
	CMPQ    AX, CX
	JAE     bpadded
	MOVL    $0xff800000, (SI)(AX*4)
	INCQ    AX
	JMP     bpad
bpadded:
	VMOVUPS (SI), Y0
	MOVQ    $8, AX
bmax:
	CMPQ    AX, CX
	JAE     breduce
	VMAXPS  (SI)(AX*4), Y0, Y0
	ADDQ    $8, AX
	JMP     bmax
breduce:
	VEXTRACTF128 $1, Y0, X1
	VMAXPS       X1, X0, X0
	VSHUFPS      $0x4E, X0, X0, X1
	VMAXPS       X1, X0, X0
	VSHUFPS      $0xB1, X0, X0, X1
	VMAXPS       X1, X0, X0
	VINSERTF128  $1, X0, Y0, Y0
	XORQ         AX, AX
bfind:
	CMPQ      AX, CX
	JAE       bnone
	VCMPPS    $0, (SI)(AX*4), Y0, Y1
	VMOVMSKPS Y1, BX
	TESTL     BX, BX
	JNZ       bfound
	ADDQ      $8, AX
	JMP       bfind
bfound:
	BSFL       BX, BX
	ADDQ       BX, AX
	VZEROUPPER
	MOVQ       AX, ret+24(FP)
	RET
bnone:
	VZEROUPPER
	MOVQ $0, ret+24(FP)
	RET
