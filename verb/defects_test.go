package verb

import (
	"testing"
	"testing/fstest"
)

// defectActors and defectVerbs are a small world for the clause rules of
// defects_test: weapons that are also read as forces, envoys, a group.
var defectActors = fstest.MapFS{
	"a/c.txt": {Data: []byte("@kind country\nRUS  Russia | Russian\nEGY  Egypt | Egyptian\nISR  Israel | Israeli\nIRQ  Iraq | Iraqi\nUKR  Ukraine | Ukrainian\nCHN  China | Chinese\nFRA  France | French\n")},
	"a/s.txt": {Data: []byte("@kind sector\nMIL  forces | troops | soldiers | drones\nGOV  ambassador | envoy | president\n")},
	"a/g.txt": {Data: []byte("@kind actor\nPSEREB  Hamas\n")},
}

var defectVerbs = fstest.MapFS{
	"v/19.txt": {Data: []byte(
		"194  {rocket|mortar} {fire|barrage} (on) (+)\n" +
			"194  {rockets|shells} ... ^{hit|strike}  (+)  [agentless]\n" +
			"1952  {drone|drones} ... ^{hit|strike}  (+)  [verb]\n" +
			"190  ^{hit|strike} by ... {strike|missile|missiles}  [verb]\n" +
			"195  bombing (on) (+)\n")},
	"v/11.txt": {Data: []byte("114  protest  (+)\n110  oppose  (+)\n")},
	"v/14.txt": {Data: []byte("143  launch (+) ... {strike|strikes}\n")},
	"v/08.txt": {Data: []byte("087  withdraw\n0873  disarm\n")},
	"v/06.txt": {Data: []byte("060  join forces (with) (+)  [recip]\n")},
	"v/04.txt": {Data: []byte("042  visit +\n")},
	"v/13.txt": {Data: []byte("139  give (+) ... ultimatum\n")},
}

func codeDefects(t *testing.T, sentence string) []coded {
	t.Helper()
	return codeIn(t, defectActors, defectVerbs, sentence)
}

// TestDefectFrames: each row fails if its rule is removed; the rows with
// must=false guard a reading the rule must not introduce (no match of
// that code with that source, or the control reading kept).
func TestDefectFrames(t *testing.T) {
	tests := []struct {
		why, sentence string
		code, src     string // src "" matches any source
		tgt           string // "-" for unchecked
		hyp           bool
		must          bool // false: no such match may appear
	}{
		// 1. A reduced relative before the verb names the weapon's firer.
		{"rockets fired by", "Rockets fired by Hamas hit Israel.", "194", "PSEREB", "ISR", false, true},
		{"'fired by' is no 'rocket fire'", "Rockets fired by Hamas hit Israel.", "194", "PSEREB", "PSEREB", false, false},
		{"a weapon read as a force", "Drones launched by Russia hit Ukraine.", "1952", "RUS", "UKR", false, true},
		{"the bare weapon is no source", "Drones launched by Russia hit Ukraine.", "1952", "---MIL", "-", false, false},
		{"the compound noun still matches", "Israel came under rocket fire on Tuesday.", "194", "", "-", false, true},
		{"a reduced relative's pattern stops at the main verb", "Rockets launched by Hamas struck Israel.", "143", "", "-", false, false},
		{"the main verb's event", "Rockets launched by Hamas struck Israel.", "194", "PSEREB", "ISR", false, true},
		{"an active head still reaches its noun", "Egypt launched a general strike.", "143", "EGY", "-", false, true},
		// 2. The summoner protests, not the envoy.
		{"summoned", "Egypt summoned the Israeli ambassador to protest.", "114", "EGY", "ISRGOV", false, true},
		{"the envoy does not protest", "Egypt summoned the Israeli ambassador to protest.", "114", "ISRGOV", "-", false, false},
		{"called in", "Egypt called in the Israeli envoy to protest.", "114", "ISRGOV", "-", false, false},
		// (Urged, the envoy has not protested yet: a verbal act asked of
		// the addressee is hypothetical, as material ones were.)
		{"another verb's object is the infinitive's subject", "Egypt urged the Israeli envoy to protest.", "114", "ISRGOV", "-", true, true},
		// 3. The act an ultimatum demands is its receiver's, and not done.
		{"ultimatum", "Russia gave Iraq an ultimatum to disarm.", "0873", "IRQ", "-", true, true},
		{"the giver does not disarm", "Russia gave Iraq an ultimatum to disarm.", "0873", "RUS", "-", true, false},
		{"deadline", "Russia gave Ukraine a deadline to withdraw.", "087", "UKR", "-", true, true},
		{"no directive noun: the giver's own act", "Russia gave Ukraine weapons to withdraw.", "087", "UKR", "-", true, false},
		// 5. A violent act as the place or time of a visit has no agent.
		{"site of", "The French president visited the site of the bombing.", "195", "FRAGOV", "-", false, false},
		{"the nominal's own agent stays", "The French president visited the site of the Russian bombing.", "195", "RUS", "-", false, true},
		// 6. "join forces" is no armed force.
		{"joined forces: the joiners oppose", "Russia and China joined forces to oppose Ukraine.", "110", "RUS+CHN", "UKR", false, true},
		{"no bare forces opposing", "Russia and China joined forces to oppose Ukraine.", "110", "---MIL", "-", false, false},
		{"forces that join are forces", "Russian forces joined forces with Iraq.", "060", "RUSMIL", "IRQ", false, true},
		// 8. A by-phrase's country adjective is the agent.
		{"hit by an Israeli strike", "Egyptian troops were hit by an Israeli strike.", "190", "ISR", "EGYMIL", false, true},
		{"struck by a Russian missile", "Ukrainian soldiers were struck by a Russian missile.", "190", "RUS", "UKRMIL", false, true},
		{"the victims are not the agent", "Ukrainian soldiers were struck by a Russian missile.", "190", "UKRMIL", "-", false, false},
		{"an attack's own by-phrase", "Egyptian troops were hit by a strike by Russian forces.", "190", "RUSMIL", "EGYMIL", false, true},
		{"a weapon's firer", "Egyptian troops were hit by a missile fired by Hamas.", "190", "PSEREB", "EGYMIL", false, true},
		{"no agent from the subject", "Egyptian troops were hit by a strike by Russian forces.", "190", "EGYMIL", "-", false, false},
	}
	for _, tt := range tests {
		got := codeDefects(t, tt.sentence)
		found := false
		for _, g := range got {
			if g.code == tt.code && (tt.src == "" || g.src == tt.src) && (tt.tgt == "-" || g.tgt == tt.tgt) && g.hyp == tt.hyp {
				found = true
			}
		}
		if found != tt.must {
			t.Errorf("%s: %q = %+v; want a %s %s>%s (hyp %v) match: %v", tt.why, tt.sentence, got, tt.code, tt.src, tt.tgt, tt.hyp, tt.must)
		}
	}
}

// TestDefectHelpers: the token tests behind the rules, on tagged words,
// including the sentence edges where an index could run out.
func TestDefectHelpers(t *testing.T) {
	s := specSentence("@Hamas/NNP rockets/NNS fired/VBN by/IN @Iran/NNP")
	if !s.reducedRelative(2) {
		t.Error("'rockets fired by': a reduced relative")
	}
	for _, k := range []int{0, 1, 3, 4} {
		if s.reducedRelative(k) {
			t.Errorf("token %d is no reduced relative", k)
		}
	}
	if s.directiveBetween(0, 1) || s.directiveBetween(3, 5) {
		t.Error("no directive noun in these spans")
	}
	if s.innerAttackAgent(0, 0) != -1 || s.innerAttackAgent(5, 5) != -1 {
		t.Error("an empty span has no agent")
	}
	if got := s.innerAttackAgent(0, 5); got != 1 {
		t.Errorf("innerAttackAgent = %d, want the group after 'fired by' (1)", got)
	}
}
