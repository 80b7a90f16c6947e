package verb

import (
	"math/rand/v2"
	"testing"

	"github.com/parley-events/parley/data"
)

// TestRequiredMasksMatchAlternatives checks the word masks hasRequired
// tests against the plain reading of a pattern's required groups (some
// alternative of every group is present), on the shipped dictionary and
// random sets of present words, dense and sparse, so that packing the
// alternatives into per-word masks can never change which patterns are
// tried.
func TestRequiredMasksMatchAlternatives(t *testing.T) {
	d, err := Load(data.FS, "verbs", nil)
	if err != nil {
		t.Fatal(err)
	}
	words := int(d.nReq+63) / 64
	s := &sentence{present: make([]uint64, words)}
	naive := func(p *Pattern) bool {
		for _, alts := range p.reqIDs {
			ok := false
			for _, id := range alts {
				ok = ok || s.present[id/64]&(1<<(id%64)) != 0
			}
			if !ok {
				return false
			}
		}
		return true
	}
	rng := rand.New(rand.NewPCG(1, 2))
	checked, held := 0, 0
	for round := 0; round < 400; round++ {
		// Sparse rounds look like a sentence (a few required words); dense
		// ones make most patterns pass, so both answers get exercised.
		density := []uint64{3, 40, 1000}[round%3]
		s.presentFold = 0
		for w := range s.present {
			s.present[w] = 0
			for b := 0; b < 64; b++ {
				if rng.Uint64N(1000) < density {
					s.present[w] |= 1 << b
				}
			}
			s.presentFold |= s.present[w]
		}
		// presentFold folds the numbers mod 64, as the scanner does.
		for _, p := range d.all {
			if len(p.reqIDs) == 0 {
				continue
			}
			want := naive(p)
			if got := s.hasRequired(p); got != want {
				t.Fatalf("round %d: pattern %s: hasRequired %v, alternatives say %v", round, p.Code, got, want)
			}
			checked++
			if want {
				held++
			}
		}
	}
	if checked == 0 || held == 0 || held == checked {
		t.Fatalf("checked %d patterns, %d held: the rounds exercise only one answer", checked, held)
	}
}

// TestViableFromMatchesHasRequired checks that the matcher's loop over a
// head's candidates without a trace (viableFrom, which reads the 256-bit
// folds) stops at exactly the candidates its traced loop lets through the
// required-word tests (the quick fold, then hasRequired), on the shipped
// dictionary and random sets of present words.
func TestViableFromMatchesHasRequired(t *testing.T) {
	d, err := Load(data.FS, "verbs", nil)
	if err != nil {
		t.Fatal(err)
	}
	s := &sentence{present: make([]uint64, int(d.nReq+63)/64)}
	rng := rand.New(rand.NewPCG(3, 4))
	checked, held := 0, 0
	for round := 0; round < 60; round++ {
		density := []uint64{3, 40, 1000}[round%3]
		s.presentFold, s.presentWide = 0, [4]uint64{}
		for w := range s.present {
			s.present[w] = 0
			for b := 0; b < 64; b++ {
				if rng.Uint64N(1000) < density {
					s.present[w] |= 1 << b
				}
			}
			// Both folds as code sets them: number r at bit r%64, of
			// word r%256/64 in presentWide.
			s.presentFold |= s.present[w]
			s.presentWide[w%4] |= s.present[w]
		}
		for i := range d.entries {
			e := &d.entries[i]
			ci := 0
			for j := 0; j <= len(e.heads); j++ {
				if j < len(e.heads) && (e.quick[j].fold&^s.presentFold != 0 || !s.hasRequired(e.heads[j])) {
					continue
				}
				got := s.viableFrom(e.heads, e.quick, ci)
				if got != j {
					t.Fatalf("round %d: entry %d from %d: viableFrom %d, hasRequired says %d", round, i, ci, got, j)
				}
				checked++
				if j < len(e.heads) {
					held++
				}
				ci = j + 1
			}
		}
	}
	if checked == 0 || held == 0 || held == checked {
		t.Fatalf("checked %d patterns, %d held: the rounds exercise only one answer", checked, held)
	}
}
