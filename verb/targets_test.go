package verb

import (
	"strings"
	"testing"
	"testing/fstest"
)

// targetVerbs is a small dictionary for the rules of targets.go and the
// particle rule: a reaction whose pattern reaches past the call's maker,
// a bare verb "back", a particle pattern that spells more words, a
// condemnation, a threat and an imposed curfew.
var targetVerbs = fstest.MapFS{
	"v/01.txt": {Data: []byte("010  say  [speech]\n015  claim responsibility (for)\n")},
	"v/02.txt": {Data: []byte("0253  call for ... release (+)\n")},
	"v/05.txt": {Data: []byte("051  back +\n051  back (+) ... plan  [verb]\n")},
	"v/08.txt": {Data: []byte("0874  withdraw (from) (+)\n")},
	"v/11.txt": {Data: []byte("111  condemn (+)\n")},
	"v/12.txt": {Data: []byte("1221  reject (+) ... aid\n120  reject (+)\n")},
	"v/13.txt": {Data: []byte("130  threaten  [verb]\n")},
	"v/17.txt": {Data: []byte("1723  impose ... curfew\n")},
	"v/19.txt": {Data: []byte("190  down (+) ... drone\n")},
}

func targetCoder(t testing.TB) *Coder {
	t.Helper()
	vd, err := Load(targetVerbs, "v", nil)
	if err != nil {
		t.Fatal(err)
	}
	return NewCoder(vd)
}

// TestRequestMaker: a reaction to a call answers the call's maker, named
// after "by" or "from", only when the object is a request noun.
func TestRequestMaker(t *testing.T) {
	c := targetCoder(t)
	tests := []struct {
		why, spec string
		code, tgt string // a match's code and its target's codes
	}{
		{"by", "@Berlin/NNP rejected/VBD/reject calls/NNS/call by/IN @Belarus/NNP for/IN economic/JJ aid/NN", "1221", "BEL"},
		{"from", "@Berlin/NNP rejected/VBD/reject demands/NNS/demand from/IN @Minsk/NNP for/IN aid/NN", "1221", "MIN"},
		{"an adjective and a participle", "@Berlin/NNP rejected/VBD/reject renewed/VBN calls/NNS/call made/VBN by/IN @Belarus/NNP for/IN aid/NN", "1221", "BEL"},
		{"the call as a passive's subject", "calls/NNS/call by/IN @Belarus/NNP for/IN aid/NN were/VBD rejected/VBN/reject by/IN @Berlin/NNP", "120", "BEL"},
		{"after a clause", "@Minsk/NNP said/VBD/say calls/NNS/call by/IN @Belarus/NNP were/VBD rejected/VBN/reject by/IN @Berlin/NNP", "120", "BEL"},
		// Must not: nobody makes the call, the object is no request, the
		// maker is the subject itself.
		{"a passive with no maker", "calls/NNS/call for/IN aid/NN were/VBD rejected/VBN/reject by/IN @Berlin/NNP", "120", ""},
		{"a passive of no request", "talks/NNS/talk with/IN @Belarus/NNP were/VBD rejected/VBN/reject by/IN @Berlin/NNP", "120", ""},
		{"no maker", "@Berlin/NNP rejected/VBD/reject calls/NNS/call for/IN economic/JJ aid/NN", "1221", ""},
		{"no request", "@Berlin/NNP rejected/VBD/reject a/DT report/NN by/IN @Belarus/NNP on/IN aid/NN", "1221", ""},
		{"a clause between", "@Berlin/NNP rejected/VBD/reject ,/, calls/NNS/call by/IN @Belarus/NNP for/IN aid/NN", "1221", ""},
	}
	for _, tt := range tests {
		toks, groups := headlineToks(tt.spec)
		code, tgt := "", ""
		for _, m := range c.Code(toks, groups).Matches {
			if m.EventCode() == tt.code {
				code, tgt = m.EventCode(), codesOf(m.Target)
				break
			}
		}
		if code != tt.code || tgt != tt.tgt {
			t.Errorf("%s: %q coded %q → %q, want %q → %q", tt.why, tt.spec, code, tgt, tt.code, tt.tgt)
		}
	}
}

// TestObjectPlace: the place after an event or measure noun that a
// judging, claiming or threatening match takes as object; not a place
// reached through a venue, a comma, a time word or no event at all.
func TestObjectPlace(t *testing.T) {
	c := targetCoder(t)
	tests := []struct {
		why, spec string
		code      string // the match whose place is checked
		place     string // its place's words, "" for none
	}{
		{"condemned the coup in", "@Nato/NNP condemned/VBD/condemn the/DT coup/NN in/IN Myanmar/NNP ./.", "111", "Myanmar"},
		{"a region and a name", "@Nato/NNP condemned/VBD/condemn the/DT violence/NN in/IN northern/JJ Mali/NNP ./.", "111", "northern Mali"},
		{"a place that is an actor", "@Nato/NNP condemned/VBD/condemn the/DT coup/NN in/IN @Myanmar/NNP ./.", "111", "Myanmar"},
		{"an attack on a thing", "@Shabaab/NNP claimed/VBD/claim responsibility/NN for/IN the/DT attack/NN on/IN a/DT mall/NN in/IN Nairobi/NNP", "015", "Nairobi"},
		{"a threatened measure", "@Algeria/NNP threatened/VBD/threaten to/TO impose/VB a/DT curfew/NN in/IN Algiers/NNP", "1323", "Algiers"},
		{"a name modifying the event", "@Nato/NNP condemned/VBD/condemn the/DT Kabul/NNP bombing/NN ./.", "111", "Kabul"},
		{"through a common noun", "@Shabaab/NNP claimed/VBD/claim responsibility/NN for/IN the/DT Nairobi/NNP mall/NN attack/NN", "015", "Nairobi"},
		// Must not: the speaker's places.
		{"no name before the event", "@Nato/NNP condemned/VBD/condemn the/DT brutal/JJ bombing/NN ./.", "111", ""},
		{"a venue", "@Nato/NNP condemned/VBD/condemn the/DT coup/NN at/IN a/DT meeting/NN in/IN Geneva/NNP", "111", ""},
		{"after a comma", "@Nato/NNP condemned/VBD/condemn the/DT coup/NN ,/, speaking/VBG in/IN Geneva/NNP", "111", ""},
		{"after a day", "@Nato/NNP condemned/VBD/condemn the/DT coup/NN on/IN tuesday/NNP in/IN Geneva/NNP", "111", ""},
		{"no event noun", "@Nato/NNP condemned/VBD/condemn the/DT decision/NN in/IN Geneva/NNP", "111", ""},
		{"a place before the event", "@Nato/NNP condemned/VBD/condemn in/IN Geneva/NNP the/DT coup/NN", "111", ""},
		{"a statement", "@Nato/NNP said/VBD/say the/DT coup/NN in/IN Myanmar/NNP failed/VBD", "010", ""},
	}
	for _, tt := range tests {
		toks, groups := headlineToks(tt.spec)
		got, found := "", false
		for _, m := range c.Code(toks, groups).Matches {
			if m.EventCode() != tt.code {
				continue
			}
			found = true
			if a, b, ok := m.ObjectPlace(); ok {
				var ws []string
				for _, tk := range toks[a:b] {
					ws = append(ws, tk.Text)
				}
				got = strings.Join(ws, " ")
			}
		}
		if !found {
			t.Errorf("%s: %q coded no %s", tt.why, tt.spec, tt.code)
			continue
		}
		if got != tt.place {
			t.Errorf("%s: %q place %q, want %q", tt.why, tt.spec, got, tt.place)
		}
	}
}

// TestParticleHeads: a particle right after a verb heads no pattern that
// is only itself and a slot; the verb form still does, and a particle
// pattern that spells more words fires.
func TestParticleHeads(t *testing.T) {
	c := targetCoder(t)
	tests := []struct {
		why, spec string
		want      string // codes of the matches, in order
	}{
		{"pull back troops", "@India/NNP pulled/VBD/pull back/RB @troops/NNS", ""},
		{"sent back refugees", "@Senegal/NNP sent/VBD/send back/RP @refugees/NNS", ""},
		{"the verb back", "@Japan/NNP backed/VBD/back @Korea/NNP", "051"},
		{"an adverb before the verb", "@Japan/NNP also/RB backed/VBD/back @Korea/NNP", "051"},
		{"a particle pattern", "@Iran/NNP shot/VBD/shoot down/RP a/DT drone/NN", "190"},
		{"a [verb] pattern after a verb", "@Russia/NNP pulled/VBD/pull back/RB from/IN the/DT plan/NN", ""},
		{"a [verb] pattern on the verb", "@Japan/NNP backed/VBD/back the/DT plan/NN", "051"},
	}
	for _, tt := range tests {
		toks, groups := headlineToks(tt.spec)
		var got []string
		for _, m := range c.Code(toks, groups).Matches {
			got = append(got, m.EventCode())
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s: %q coded %q, want %q", tt.why, tt.spec, g, tt.want)
		}
	}
}

// FuzzTargets: any tagging of any words codes without panicking, and an
// object place, when found, lies inside the sentence after its head.
func FuzzTargets(f *testing.F) {
	for _, s := range []string{
		"@Berlin/NNP rejected/VBD/reject calls/NNS/call by/IN @Belarus/NNP for/IN aid/NN",
		"@Nato/NNP condemned/VBD/condemn the/DT coup/NN in/IN Myanmar/NNP",
		"@Nato/NNP condemned/VBD/condemn the/DT coup/NN in/IN",
		"rejected/VBD/reject calls/NNS/call by/IN",
		"@India/NNP pulled/VBD/pull back/RB",
		"in/IN @X/NNP threatened/VBD/threaten to/TO impose/VB curfew/NN in/IN",
		// Long-sentence shapes (clauses.go): clauses set off by commas,
		// relatives, appositive reactions, coordinated verbs.
		"@Kagame/NNP ,/, who/WP ruled/VBD/rule since/IN 2000/CD ,/, rejected/VBD/reject calls/NNS/call and/CC accused/VBD/accuse @Nato/NNP",
		"@Nato/NNP imposed/VBD/impose sanctions/NNS/sanction ,/, a/DT move/NN that/IN @Moscow/NNP condemned/VBD/condemn",
		"homes/NNS of/IN @Rebels/NNS who/WP carried/VBD/carry out/RP attack/NN ,/, which/WDT ,/, and/CC",
		",/, who/WP ,/, and/CC to/TO",
		// Second round: "that X said" + verb, "without" + gerund, an
		// actor's fire, a relative before a passive head, at the edges.
		"gunman/NN that/IN the/DT @Taliban/NNP said/VBD/say killed/VBD/kill @Army/NNP",
		"that/IN @Iran/NNP said/VBD/say",
		"talks/NNS without/IN reaching/VBG/reach",
		"@Israel/NNP fire/NN killed/VBD/kill @Hamas/NNP",
		"fire/NN",
		"truce/NN ,/, which/WDT was/VBD/be signed/VBN/sign by/IN @Armenia/NNP",
		"which/WDT was/VBD/be signed/VBN/sign",
	} {
		f.Add(s)
	}
	c := targetCoder(f)
	f.Fuzz(func(t *testing.T, spec string) {
		var fields []string
		for _, w := range strings.Fields(spec) {
			word, _, _ := strings.Cut(strings.TrimLeft(w, "@"), "/")
			if n := strings.Count(w, "/"); n < 1 || n > 2 || w[0] == '@' && len(word) < 3 {
				continue // headlineToks wants word/TAG[/lemma], a name of three bytes
			}
			fields = append(fields, w)
		}
		if len(fields) > 64 {
			fields = fields[:64]
		}
		toks, groups := headlineToks(strings.Join(fields, " "))
		for _, m := range c.Code(toks, groups).Matches {
			if a, b, ok := m.ObjectPlace(); ok && (a <= m.Head || b > len(toks) || a >= b) {
				t.Fatalf("%q: place [%d,%d) for head %d of %d tokens", spec, a, b, m.Head, len(toks))
			}
		}
	})
}

// TestForAddressee: "for X to act" names the party asked and the subject
// of the act; a call for a thing names neither.
func TestForAddressee(t *testing.T) {
	c := targetCoder(t)
	tests := []struct {
		why, spec string
		code      string
		src, tgt  string
	}{
		{"the party asked", "@Nato/NNP called/VBD/call for/IN @Iran/NNP to/TO release/VB the/DT @journalists/NNS", "0253", "NAT", "IRA"},
		{"the act's subject", "@Nato/NNP pressed/VBD/press for/IN @troops/NNS to/TO withdraw/VB from/IN @Mali/NNP", "0874", "TRO", "MAL"},
		// Must not: a call for a thing, a modifier, no infinitive.
		{"a call for a release", "@Nato/NNP called/VBD/call for/IN the/DT release/NN of/IN @journalists/NNS", "0253", "NAT", "JOU"},
		{"a modifier", "@Nato/NNP called/VBD/call for/IN @@Iranian/JJ release/NN of/IN @journalists/NNS", "0253", "NAT", "JOU"},
		{"for and no to", "@Nato/NNP pressed/VBD/press for/IN @Iran/NNP and/CC withdraw/VB from/IN @Mali/NNP", "0874", "NAT", "MAL"},
	}
	for _, tt := range tests {
		toks, groups := headlineToks(tt.spec)
		src, tgt, found := "", "", false
		for _, m := range c.Code(toks, groups).Matches {
			if m.EventCode() == tt.code {
				src, tgt, found = codesOf(m.Source), codesOf(m.Target), true
				break
			}
		}
		if !found || src != tt.src || tgt != tt.tgt {
			t.Errorf("%s: %q coded %s %q → %q (found %v), want %q → %q", tt.why, tt.spec, tt.code, src, tgt, found, tt.src, tt.tgt)
		}
	}
}

// TestPlacePhrase: "in" or "at" and one to three names, or a country the
// actor stage claimed, is a place phrase a nominal event may carry
// before its complement; anything else is not.
func TestPlacePhrase(t *testing.T) {
	tests := []struct {
		spec string
		at   int
		want int
	}{
		{"talks/NNS in/IN Geneva/NNP between/IN", 1, 2},
		{"summit/NN at/IN Camp/NNP David/NNP between/IN", 1, 3},
		{"talks/NNS in/IN @Iran/NNP between/IN", 1, 2},
		// Must not: a common noun, a year, the end of the sentence, no "in".
		{"talks/NNS in/IN the/DT city/NN between/IN", 1, 0},
		{"talks/NNS in/IN 2020/CD between/IN", 1, 0},
		{"talks/NNS in/IN", 1, 0},
		{"talks/NNS near/IN Geneva/NNP between/IN", 1, 0},
		{"talks/NNS in/IN A/NNP B/NNP C/NNP D/NNP between/IN", 1, 4},
	}
	for _, tt := range tests {
		s := specSentence(tt.spec)
		if got := s.placePhrase(tt.at); got != tt.want {
			t.Errorf("%q at %d: %d, want %d", tt.spec, tt.at, got, tt.want)
		}
	}
}
