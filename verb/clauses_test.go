package verb

import (
	"strings"
	"testing"
	"testing/fstest"
)

// clauseActors and clauseVerbs are a small world for the clause rules of
// long wire sentences (clauses.go and the subject rules in roles.go).
var clauseActors = fstest.MapFS{
	"a/c.txt": {Data: []byte("@kind country\nRUS  Russia | Russian | Moscow\nRWA  Rwanda | Rwandan\nCOD  Congo\nNER  Niger\nFRA  France | French | Paris\nVEN  Venezuela | Venezuelan\nDEU  Germany | German\nSYR  Syria | Syrian | Damascus\nPSE  Palestinian | Palestinians\nISR  Israel | Israeli\nHUN  Hungary | Hungarian\nKEN  Kenya | Kenyan\nNGA  Nigeria | Nigerian\n")},
	"a/s.txt": {Data: []byte("@kind sector\nMIL  forces | troops | army | military\nGOV  president | government | ambassador\nOPP  opposition leader\nREB  rebels\nCOP  police\nCVL  residents | demonstrators | prisoners\n")},
	"a/g.txt": {Data: []byte("@kind actor\nIGOEUR  European Union | EU\nIGOARL  Arab League\nIGOEURCOM  European Commission\n")},
}

var clauseVerbs = fstest.MapFS{
	"v/01.txt": {Data: []byte("010  say  [speech]\n")},
	"v/02.txt": {Data: []byte("020  call on +\n0256  urge + to {withdraw|pull}\n")},
	"v/11.txt": {Data: []byte("111  criticise (+)\n111  condemn (+)\n112  accuse (+)\n")},
	"v/12.txt": {Data: []byte("120  reject (+)\n")},
	"v/13.txt": {Data: []byte("130  warn + against\n1311  threaten (+) ... cut ... funds\n")},
	"v/14.txt": {Data: []byte("141  demonstrators ... ^gather {outside|in} (+)\n")},
	"v/15.txt": {Data: []byte("154  send (+) ... troops to\n")},
	"v/16.txt": {Data: []byte("161  expel (+) ... ambassador\n163  impose sanctions on (+)\n160  suspend (+)\n1621  cut ... funds (to) (+)\n")},
	"v/07.txt": {Data: []byte("073  humanitarian aid (to) (+)\n")},
	"v/04.txt": {Data: []byte("040  meet (with) +\n040  discuss (+)\n043  host +\n")},
	"v/05.txt": {Data: []byte("057  sign (+) ... agreement (with) (+)\n")},
	"v/08.txt": {Data: []byte("0871  respect (+) ... ceasefire\n0834  amend (+) ... constitution\n")},
	"v/18.txt": {Data: []byte("181  abduct (+)\n")},
	"v/17.txt": {Data: []byte("173  hold (+) ... {jail|jails|prison}\n")},
	"v/19.txt": {Data: []byte("190  carry out (+) ... attack\n190  attack (+)\n192  seize (+)\n")},
}

// TestClauseFrames: each rule of the long-sentence clause structure with
// a row that fails when the rule is removed, and must-not rows for the
// reading the rule replaces. Sentences written for this test.
func TestClauseFrames(t *testing.T) {
	tests := []struct {
		why, sentence string
		code, src     string // src "" matches any source
		tgt           string // "-" for unchecked
		must          bool   // false: no such match may appear
	}{
		// A clause set off by commas between subject and verb.
		{"relative with 'since'", "The Rwandan president, who has ruled the country since 2000, rejected criticism from the European Union.", "120", "RWAGOV", "-", true},
		{"relative naming a title", "The Venezuelan opposition leader, who is recognised as interim president by many states, called on the army to act.", "020", "VENOPP", "-", true},
		{"the title inside is no subject", "The Venezuelan opposition leader, who is recognised as interim president by many states, called on the army to act.", "020", "---GOV", "-", false},
		{"a dated phrase after the clause", "The Rwandan president, who took office in 2000, on Monday rejected criticism from the European Union.", "120", "RWAGOV", "-", true},
		{"participial phrase", "The German president, speaking at a news conference in Paris, urged Russia to withdraw its troops.", "0256", "DEUGOV", "RUS", true},
		{"a place phrase belongs to the actor", "Armed forces in Niger, who seized power in July, expelled the French ambassador.", "161", "---MIL", "FRAGOV", true},
		{"the place is not the actor", "Armed forces in Niger, who seized power in July, expelled the French ambassador.", "161", "NER", "-", false},
		// A past verb after "and" shares its conjunct's subject.
		{"coordinated verb after a relative", "The Rwandan president, who has ruled the country since 2000, rejected criticism and accused Western donors of hypocrisy.", "112", "RWAGOV", "-", true},
		{"a relative on the object before 'and'", "Russia rejected the report on the attack, which France blamed on Moscow, and warned Germany against interfering.", "130", "RUS", "DEU", true},
		{"the relative's subject warns nobody", "Russia rejected the report on the attack, which France blamed on Moscow, and warned Germany against interfering.", "130", "FRA", "-", false},
		{"a new subject is not overridden", "Kagame rejected the report and the European Union criticised Rwanda.", "111", "IGOEUR", "RWA", true},
		// A relative pronoun's subject is its antecedent.
		{"relative on an 'of' object", "The Israeli army demolished the homes of two Palestinians who carried out an attack in Jerusalem.", "190", "PSECVL", "-", true},
		{"the main subject carries out nothing", "The Israeli army demolished the homes of two Palestinians who carried out an attack in Jerusalem.", "190", "ISRMIL", "-", false},
		{"relative after a comma", "Congo accused Rwanda of backing the rebels, who have seized the town.", "192", "---REB", "-", true},
		{"the accuser seizes nothing", "Congo accused Rwanda of backing the rebels, who have seized the town.", "192", "COD", "-", false},
		{"an infinitive of purpose goes with the relative", "Nigerian police fired on demonstrators who gathered outside the palace to protest.", "141", "---CVL", "-", true},
		{"the police gather nothing", "Nigerian police fired on demonstrators who gathered outside the palace to protest.", "141", "NGACOP", "-", false},
		// The reason clause of an arrest is about those arrested, however
		// their number is given.
		{"arrested more than 200 ... after they attacked", "Nigerian police arrested more than 200 demonstrators after they attacked the German embassy.", "190", "---CVL", "DEU", true},
		{"the police attacked nothing", "Nigerian police arrested more than 200 demonstrators after they attacked the German embassy.", "190", "NGACOP", "-", false},
		// A custody verb's past form after its noun is a participle.
		{"prisoners held in jails hold nobody", "Palestinian prisoners held in Israeli jails began a hunger strike.", "173", "PSECVL", "-", false},
		{"they are the ones held", "Palestinian prisoners held in Israeli jails began a hunger strike.", "173", "", "PSECVL", true},
		{"a main verb with its object still holds", "Israeli police held Palestinian prisoners in jails.", "173", "ISRCOP", "PSECVL", true},
		// A prepositional clause set off by commas, and a second verb
		// the tagger calls a participle.
		{"', in a statement,' is skipped", "The German government, in a statement issued late on Sunday, condemned Russia and called on France to act.", "020", "DEUGOV", "FRA", true},
		// A reaction in an appositive aims at the main act's agent.
		{"a move that X condemned", "The European Union imposed sanctions on Russia, a move that Moscow condemned.", "111", "RUS", "IGOEUR", true},
		{"a decision that X denounced", "The Arab League suspended Syria, a decision that Damascus condemned.", "111", "SYR", "IGOARL", true},
		{"', which X rejected'", "The European Union imposed sanctions on Russia, which Moscow rejected.", "120", "RUS", "IGOEUR", true},
		{"no comma, no appositive", "The European Union imposed sanctions on Russia and Moscow condemned the move.", "111", "RUS", "IGOEUR", false},
		{"one's own act is no reaction", "Russia imposed sanctions on Germany, a move that Moscow condemned.", "111", "RUS", "RUS", false},
		// Alleged and warned-of acts.
		{"warned against: no deployment", "Russia warned France against sending troops to Syria.", "154", "", "-", false},
		{"the warning itself", "Russia warned France against sending troops to Syria.", "130", "RUS", "FRA", true},
		{"accused of blocking aid: no aid", "The Kenyan government accused the rebels of blocking humanitarian aid to Kenya.", "073", "", "-", false},
		{"aimed at: no act", "Germany expelled the Russian ambassador, a move aimed at cutting funds to Moscow.", "1621", "", "-", false},
		{"criticised for threatening: no threat", "Hungary criticised the European Commission for threatening to cut funds to Hungary.", "1311", "", "-", false},
		{"the criticism", "Hungary criticised the European Commission for threatening to cut funds to Hungary.", "111", "HUN", "IGOEURCOM", true},
		{"a direct threat still codes", "The European Commission threatened to cut funds to Hungary.", "1311", "IGOEURCOM", "-", true},
		// A cooperative verb joined to a meeting shares its partner.
		{"hosted/VBN after a relative, then signed", "The Rwandan president, who has championed trade, hosted the German president in Kigali and signed an agreement.", "057", "RWAGOV", "DEUGOV", true},
		{"met and signed", "The Rwandan president met the German president in Kigali on Saturday and signed an agreement on trade.", "057", "RWAGOV", "DEUGOV", true},
		{"met and discussed", "The Rwandan president met the German president and discussed the war.", "040", "RWAGOV", "DEUGOV", true},
		{"another subject signs alone", "The Rwandan president met the German president and the European Union signed an agreement.", "057", "IGOEUR", "DEUGOV", false},
		{"a comma ends the shared clause", "The Rwandan president met the German president, who later signed an agreement.", "057", "", "DEUGOV", false},
		// A second infinitive under an appeal.
		{"second infinitive", "Germany urged Russia to withdraw its troops and to respect the ceasefire.", "0871", "", "-", false},
		{"the appeal", "Germany urged Russia to withdraw its troops and to respect the ceasefire.", "0256", "DEU", "RUS", true},
		{"no appeal before it", "Russia pledged to withdraw its troops and to respect the ceasefire.", "0871", "", "-", true},
	}
	for _, tt := range tests {
		got := codeIn(t, clauseActors, clauseVerbs, tt.sentence)
		found := false
		for _, g := range got {
			if g.code == tt.code && (tt.src == "" || g.src == tt.src) && (tt.tgt == "-" || g.tgt == tt.tgt) {
				found = true
			}
		}
		if found != tt.must {
			t.Errorf("%s: %q = %+v; want a %s %s>%s match: %v", tt.why, tt.sentence, got, tt.code, tt.src, tt.tgt, tt.must)
		}
	}
}

// TestJoinedInfinitiveAsked: a bare verb joined by "and" to an infinitive
// that a call asks for is asked too, so hypothetical; one joined to a
// promised infinitive is not asked. An infinitive of purpose after an
// infinitive is hypothetical.
func TestJoinedInfinitiveAsked(t *testing.T) {
	tests := []struct {
		why, sentence, code string
		hyp                 bool
	}{
		{"calls to resign and amend", "The Rwandan president rejected calls from the opposition leader to resign and amend the constitution.", "0834", true},
		{"a promise to resign and amend", "The Rwandan president promised to resign and amend the constitution.", "0834", false},
		// The purpose of an infinitive is no more done than the
		// infinitive: "offered to mediate ... to reach a truce".
		{"purpose of an infinitive", "Germany offered to send troops to respect the ceasefire.", "0871", true},
		{"purpose of a done act", "Germany sent troops to respect the ceasefire.", "0871", false},
	}
	for _, tt := range tests {
		found := false
		for _, g := range codeIn(t, clauseActors, clauseVerbs, tt.sentence) {
			if g.code == tt.code {
				found = true
				if g.hyp != tt.hyp {
					t.Errorf("%s: %q: %s hypothetical %v, want %v", tt.why, tt.sentence, tt.code, g.hyp, tt.hyp)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q coded no %s", tt.why, tt.sentence, tt.code)
		}
	}
}

// TestReportedAccusation: a speaker reporting violence accuses its agent,
// unless a witness speaks with it or it accuses in so many words.
func TestReportedAccusation(t *testing.T) {
	tests := []struct {
		why, sentence string
		want          int // 112 matches by the speaker
	}{
		{"a state reports rebels' violence", "Rebels abducted 30 villagers in Niger, the Nigerian government said.", 1},
		{"police and residents", "Rebels abducted 30 villagers in Niger, police and residents said.", 0},
		{"an accusation in so many words", "Rebels abducted 30 villagers in Niger, the Nigerian government said, accusing the rebels of terror.", 1},
	}
	for _, tt := range tests {
		got := codeIn(t, clauseActors, clauseVerbs, tt.sentence)
		n := 0
		for _, g := range got {
			if g.code == "112" {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%s: %q = %+v; want %d accusation(s)", tt.why, tt.sentence, got, tt.want)
		}
	}
}

// TestClauseHelpersAtEdges: the helpers look left and right of an index;
// at the sentence edges and on unfinished clauses they find nothing.
func TestClauseHelpersAtEdges(t *testing.T) {
	for _, spec := range []string{
		"@Kagame/NNP ,/, who/WP",
		",/, who/WP ruled/VBD ,/, rejected/VBD",
		"@Kagame/NNP ,/, rejected/VBD",
		"and/CC accused/VBD",
		"who/WP carried/VBD",
		"to/TO respect/VB",
		"a/DT move/NN that/IN @Moscow/NNP condemned/VBD",
	} {
		s := specSentence(spec)
		s.used = make([]bool, len(s.toks))
		for k := range s.toks {
			if o := s.parenthetical(k); o >= k {
				t.Errorf("%q: parenthetical(%d) = %d, not before the verb", spec, k, o)
			}
			if v := s.conjunctVerb(k); v >= k {
				t.Errorf("%q: conjunctVerb(%d) = %d, not before the 'and'", spec, k, v)
			}
			s.antecedent(k)
			s.ownRelative(k, len(s.toks))
			s.useGerundObject(k)
		}
		if strings.HasPrefix(spec, "@Kagame/NNP ,/, rejected") && s.parenthetical(2) != -1 {
			t.Errorf("%q: a bare comma opens no clause", spec)
		}
	}
}
