package verb

import (
	"testing"
	"testing/fstest"
)

// A small world for the second round of long-sentence defects.
var defects2Actors = fstest.MapFS{
	"a/c.txt": {Data: []byte("@kind country\nAFG  Afghanistan | Afghan\nPAK  Pakistan | Pakistani\nISR  Israel | Israeli\nPSE  Palestine | Palestinian | Palestinians\nIRN  Iran | Iranian\nFRA  France | French\nEGY  Egypt | Egyptian\nRUS  Russia | Russian\nTUR  Turkey | Turkish\n")},
	"a/s.txt": {Data: []byte("@kind sector\nMIL  army | troops | soldiers\nCOP  police\nGOV  government | president\nREB  rebels | gunman | militant\nCVL  workers | civilians\n")},
}

var defects2Verbs = fstest.MapFS{
	"v/19.txt": {Data: []byte("190  kill +\n193  open fire {on|at|upon} (+)\n")},
	"v/17.txt": {Data: []byte("173  arrest +\n")},
	"v/01.txt": {Data: []byte("010  say  [speech]\n017  mark\n")},
	"v/04.txt": {Data: []byte("040  hold (+) ... talks (with) (+)  [recip]\n036  meet +  [recip]\n")},
	"v/05.txt": {Data: []byte("057  reach (+) ... {agreement|deal} (with) (+)\n")},
	"v/08.txt": {Data: []byte("0841  hand over to (+) ... {soldier|soldiers}\n")},
}

// TestDefects2Frames: each positive row fails when its rule is removed;
// must=false rows are readings the rule must not bring.
func TestDefects2Frames(t *testing.T) {
	tests := []struct {
		why, sentence string
		code, src     string // src "" matches any source
		tgt           string // "-" unchecked
		neg           bool
		must          bool
	}{
		// A reporting verb inside a relative clause: the antecedent acts.
		{"'that X said' + verb", "Police arrested the Pakistani gunman that the Afghan army said killed Afghan soldiers.", "190", "PAKREB", "-", false, true},
		{"the speaker is not the killer", "Police arrested the Pakistani gunman that the Afghan army said killed Afghan soldiers.", "190", "AFGMIL", "-", false, false},
		{"a thing antecedent: no agent", "Police blamed the raid the Afghan army said killed Pakistani soldiers.", "190", "AFGMIL", "-", false, false},
		{"a plain report keeps its subject", "The Afghan army said Pakistani troops killed Afghan civilians.", "190", "PAKMIL", "AFGCVL", false, true},
		// "without" + gerund: not done.
		{"without reaching agreement", "Iran and France held talks without reaching agreement.", "057", "", "-", true, true},
		{"no positive agreement", "Iran and France held talks without reaching agreement.", "057", "", "-", false, false},
		{"the talks still code", "Iran and France held talks without reaching agreement.", "040", "IRN", "FRA", false, true},
		{"after + gerund is done", "Iran and France held talks after reaching agreement.", "057", "", "-", false, true},
		// An actor's fire is gunfire; a blaze is nobody's act.
		{"Israeli fire killed", "Israeli fire killed two Palestinians.", "190", "ISR", "PSECVL", false, true},
		{"killed by Israeli fire", "Two Palestinians were killed by Israeli fire.", "190", "ISR", "PSECVL", false, true},
		{"a fire killed", "A fire killed four workers.", "190", "", "-", false, false},
		{"killed by a fire", "Four workers were killed by a fire.", "190", "", "-", false, false},
		// An occasion in a purpose infinitive or participle is no 017.
		{"marking after a meeting", "Russia met Turkey, marking the anniversary.", "017", "", "-", false, false},
		{"the meeting codes", "Russia met Turkey, marking the anniversary.", "036", "RUS", "TUR", false, true},
		{"a finite 'marked'", "Egypt marked the anniversary.", "017", "EGY", "-", false, true},
		// A subject pronoun's verb is its own clause's.
		{"handed over ... a soldier they had held", "Afghan rebels handed over to Egypt a soldier they had held.", "0841", "AFGREB", "-", false, true},
		{"the rebels are not handed over", "Afghan rebels handed over to Egypt a soldier they had held.", "0841", "", "AFGREB", false, false},
		// "opened fire on" is the more specific line.
		{"opened fire on", "Afghan gunmen opened fire on the Turkish army.", "193", "", "TURMIL", false, true},
	}
	for _, tt := range tests {
		got := codeIn(t, defects2Actors, defects2Verbs, tt.sentence)
		found := false
		for _, g := range got {
			if g.code == tt.code && (tt.src == "" || g.src == tt.src) && (tt.tgt == "-" || g.tgt == tt.tgt) && g.neg == tt.neg {
				found = true
			}
		}
		if found != tt.must {
			t.Errorf("%s: %q = %+v; want a %s %s>%s (neg %v) match: %v", tt.why, tt.sentence, got, tt.code, tt.src, tt.tgt, tt.neg, tt.must)
		}
	}
}

// TestSaidRelativeEdges: the helper never reads past the sentence's
// edges and leaves other shapes alone.
func TestSaidRelativeEdges(t *testing.T) {
	s := specSentence("that/IN @Iran/NNP said/VBD killed/VBD")
	// "that" at index 0 has no antecedent before it: not this shape.
	if gi, ok := s.saidRelative(3); ok || gi != -1 {
		t.Errorf("saidRelative at the sentence start = %d, %v; want -1, false", gi, ok)
	}
	if s.actorsFire(0) || s.actorsFire(3) {
		t.Error("no 'fire' here")
	}
}
