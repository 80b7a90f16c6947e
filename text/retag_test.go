package text

import (
	"strings"
	"sync"
	"testing"
)

// defaultAnalyzer is built once for the retag tests: loading prose's
// model takes most of a test's time.
var defaultAnalyzer = sync.OnceValues(NewDefault)

// tagOf returns the tag of the n-th token whose text is word (n from 0).
func tagOf(toks []Token, word string, n int) string {
	for _, t := range toks {
		if t.Text == word {
			if n == 0 {
				return t.Tag
			}
			n--
		}
	}
	return "absent"
}

// TestRetagClauses: the clause after a dateline, a fronted adverbial or a
// complementizer "that" is tagged as the sentence it would be alone, so
// its subject and verb keep their tags inside the framing wire copy puts
// around them. Each framed row has its unframed twin; the must-not rows
// are framings whose clause reads right already, and asides that are no
// framing at all.
func TestRetagClauses(t *testing.T) {
	a, err := defaultAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sentence string
		word     string
		want     string // the word's tag (first occurrence)
	}{
		// Fronted adverbials.
		{"On Monday, Kenyan troops ambushed Somali militants near the border.", "troops", "NNS"},
		{"On Monday, Kenyan troops ambushed Somali militants near the border.", "ambushed", "VBD"},
		{"Kenyan troops ambushed Somali militants near the border.", "ambushed", "VBD"},
		{"Late on Sunday, Ugandan soldiers pounded rebel camps with artillery.", "soldiers", "NNS"},
		{"Late on Sunday, Ugandan soldiers pounded rebel camps with artillery.", "pounded", "VBD"},
		{"According to local officials, Chadian pirates held a Nigerian crew for ransom.", "pirates", "NNS"},
		{"According to local officials, Chadian pirates held a Nigerian crew for ransom.", "held", "VBD"},
		{"Chadian pirates held a Nigerian crew for ransom.", "held", "VBD"},
		{"In a brief statement, Portuguese troops hurled grenades into the compound.", "troops", "NNS"},
		{"In a brief statement, Portuguese troops hurled grenades into the compound.", "hurled", "VBD"},
		// Complement clauses.
		{"Witnesses said on Friday that Kazakh troops overran the airport.", "troops", "NNS"},
		{"Witnesses said on Friday that Kazakh troops overran the airport.", "overran", "VBD"},
		{"Kazakh troops overran the airport.", "overran", "VBD"},
		{"Police said on Monday that Chilean gang members beat a Peruvian man.", "gang", "NN"},
		// A lower-case opening the model made a verb, or an adjective
		// before another past form; openers that start with a comparative
		// or hold a relative clause.
		{"Late on Friday, talks with the miners were suspended by the Peruvian government.", "talks", "NNS"},
		{"Witnesses said on Monday that police baton-charged students in Lima.", "police", "NNS"},
		{"Witnesses said on Monday that police baton-charged students in Lima.", "baton-charged", "VBD"},
		{"In a decision that stunned observers, Chilean troops occupied the bridge.", "troops", "NNS"},
		{"In a decision that stunned observers, Chilean troops occupied the bridge.", "occupied", "VBD"},
		{"Earlier this month, Bolivian troops pounded rebel camps.", "troops", "NNS"},
		{"Earlier this month, Bolivian troops pounded rebel camps.", "pounded", "VBD"},
		// Must not: lower-case openings the model read right.
		{"On Monday, heavy rain flooded the capital.", "heavy", "JJ"},
		{"On Monday, heavy rain flooded the capital.", "flooded", "VBD"},
		{"Officials said that armed men attacked a bus.", "attacked", "VBD"},
		// Datelines.
		{"LIMA, March 3 (AFP) - Peru expelled a Bolivian diplomat on Friday.", "expelled", "VBD"},
		{"LIMA, March 3 (AFP) - Peru expelled a Bolivian diplomat on Friday.", "Peru", "NNP"},
		{"Peru expelled a Bolivian diplomat on Friday.", "expelled", "VBD"},
		{"QUITO -- Ecuador froze relations with Colombia.", "froze", "VBD"},
		// Must not: the clause already reads right, or there is no
		// framing ("Iran said, ..." is a clause; a dash after a name sets
		// off an aside).
		{"On Monday, Iran said it would reopen the crossing.", "said", "VBD"},
		{"On Monday, the army said it had retaken the town.", "said", "VBD"},
		{"Iran said, in a statement, that talks would resume.", "said", "VBD"},
		{"Officials said that talks with Chile would resume.", "talks", "NNS"},
		{"Chile demanded that Peru stop arming the rebels.", "stop", "VB"},
		// A name read as the noun after the article, or a noun as a base
		// form after a name, in a reported clause.
		{"Officials said on Friday that the Chinese premier conveyed condolences to Peru.", "conveyed", "VBD"},
		{"Aides said on Monday that the Chinese premier embarked on a tour of Africa.", "premier", "NN"},
		{"Witnesses said on Monday that Bolivian riot police beat students.", "riot", "NN"},
		// Repairs after tagging, framed or not: a plural noun read as a
		// present verb before a past form, and irregular pasts read as
		// adjectives, nouns or prepositions after their subject.
		{"Kazakh troops overran the airport.", "troops", "NNS"},
		{"Malian rebels seized the town of Kidal.", "seized", "VBD"},
		{"Ecuador froze relations with Colombia.", "froze", "VBD"},
		{"Vietnam fought a border war with China.", "fought", "VBD"},
		// A manner adverb between subject and verb, a possessor's
		// hyphenated title, a hyphenated regular past, and a second verb
		// after "and" before a determiner, a number or a count noun.
		{"The Bolivian bishop secretly funded the militia.", "funded", "VBD"},
		{"The bloc's secretary-general criticised Peru.", "criticised", "VBD"},
		{"The council's director-general praised Peru.", "praised", "VBD"},
		{"The bloc's secretary-general criticised Peru.", "secretary-general", "NN"},
		{"Chilean police tear-gassed striking miners.", "tear-gassed", "VBD"},
		{"Police fired tear gas and arrested dozens of students.", "arrested", "VBD"},
		{"Troops stormed the camp and seized two rifles.", "seized", "VBD"},
		// A sector noun read as an adjective before a verb the model
		// got right.
		{"The military detained the president.", "military", "NN"},
		{"The junta's army arrested two ministers.", "arrested", "VBD"},
		{"The military aid arrived in Kyiv.", "military", "JJ"},
		// Must not: an adjective of a second object before a bare noun,
		// or of a subject whose verb follows; a participle as a
		// possessor's adjective.
		{"Police detained students and injured bystanders.", "injured", "JJ"},
		{"Police said students and injured bystanders were taken to hospital.", "injured", "JJ"},
		{"Rebels blamed Chile's US-backed rivals.", "US-backed", "JJ"},
		// Must not: a present verb before a participle that modifies
		// the next noun phrase, whose own verb follows; link verbs;
		// a noun of its own that is also a past form.
		{"Iran says detained sailors are safe.", "says", "VBZ"},
		{"Chile remains committed to the talks.", "remains", "VBZ"},
		{"Peru wants captured rebels tried in Lima.", "wants", "VBZ"},
		{"The warning shot fired by the navy hit nobody.", "shot", "NN"},
		{"Rescue teams left the area at dawn.", "teams", "NNS"},
	} {
		toks := a.Tokens(tc.sentence, nil)
		if got := tagOf(toks, tc.word, 0); got != tc.want {
			t.Errorf("%q: %s/%s, want %s\n  %s", tc.sentence, tc.word, got, tc.want, tagLine(toks))
		}
	}
}

// TestClauseStarts: where the retag begins, and where it must not.
func TestClauseStarts(t *testing.T) {
	a, err := defaultAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sentence string
		dateline int // datelineEnd
		fronted  int // frontedClause after the dateline
	}{
		{"LIMA, March 3 (AFP) - Peru expelled a diplomat.", 8, 0},
		{"QUITO -- Ecuador froze relations with Colombia.", 2, 0},
		{"QUITO -- On Monday, Ecuador froze relations.", 2, 3},
		{"On Monday, Ecuador froze relations.", 0, 3},
		{"According to state media, Chile and Peru met.", 0, 5},
		// Must not.
		{"Iran - not Iraq - funded the militia.", 0, 0},
		{"Iran said - without proof - that the drones were Israeli.", 0, 0},
		{"Iran said, in a statement, that talks would resume.", 0, 0},
		{"", 0, 0},
	} {
		toks := a.Tokens(tc.sentence, nil)
		if len(toks) == 0 {
			continue
		}
		d := datelineEnd(toks)
		f := 0
		if d < len(toks) {
			f = frontedClause(toks[d:])
		}
		if d != tc.dateline || f != tc.fronted {
			t.Errorf("%q: dateline %d, fronted %d; want %d, %d\n  %s", tc.sentence, d, f, tc.dateline, tc.fronted, tagLine(toks))
		}
	}
}

func tagLine(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Text + "/" + t.Tag + " ")
	}
	return b.String()
}

// FuzzRetagClauses: framed sentences of any shape keep every token
// tagged and their offsets, and the clause starts stay inside the
// sentence.
func FuzzRetagClauses(f *testing.F) {
	a, err := defaultAnalyzer()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"LIMA, March 3 (AFP) - On Monday, Peru said that Chile troops overran it.",
		"QUITO --", "On Monday,", "that", "A - ,", "In a move that , X",
		"Officials said that", "\xff - \xfe , that Ab", "BEIRUT -- - -- ,",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		toks := a.Tokens(in, nil)
		for _, tk := range toks {
			if tk.Tag == "" || in[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %+v of %q lost its tag or offsets", tk, in)
			}
		}
		if len(toks) == 0 {
			return
		}
		if d := datelineEnd(toks); d < 0 || d > len(toks) {
			t.Fatalf("datelineEnd %d out of %d tokens", d, len(toks))
		}
		if f := frontedClause(toks); f < 0 || f > len(toks) {
			t.Fatalf("frontedClause %d out of %d tokens", f, len(toks))
		}
	})
}
