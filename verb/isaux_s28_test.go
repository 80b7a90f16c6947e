package verb

import "testing"

// TestIsAuxBeForms keeps isAux's switch in step with beForms, whose words
// it lists again (S28: the switch spares the auxiliaries a map lookup).
func TestIsAuxBeForms(t *testing.T) {
	beForms.Words(func(w string) {
		if !isAux(w) {
			t.Errorf("isAux(%q) = false; beForms holds it", w)
		}
	})
	for _, w := range []string{"has", "have", "had", "will", "would", "not", "n't"} {
		if !isAux(w) {
			t.Errorf("isAux(%q) = false", w)
		}
	}
	for _, w := range []string{"", "said", "does", "can", "bee", "hasn't", "Is"} {
		if isAux(w) {
			t.Errorf("isAux(%q) = true", w)
		}
	}
}
