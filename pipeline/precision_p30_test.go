package pipeline

import (
	"testing"

	"github.com/parley-events/parley/text"
)

// TestP30ConditionAct: what an "if" or "unless" clause names is a
// condition, no act reported, whether it trails a threat or opens the
// sentence; the threat or warning around it, an act told beside it, and
// a clause of manner after "as if" stay. Every sentence was written for
// this test.
func TestP30ConditionAct(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "sanctions in a trailing condition", text: "Venezuela warned it would halt oil shipments to Spain if the European Union imposed new sanctions on Caracas.", code: "16", none: true},
		{why: "an apology in an unless clause", text: "Algeria threatened to recall its ambassador from Paris unless France apologised for the remarks.", code: "05", none: true},
		{why: "joining an alliance as the condition", text: "China warned the Philippines of serious consequences if it joined the American missile programme.", code: "05", none: true},
		{why: "a fronted past condition", text: "If Britain had sent warships to the Falklands earlier, the Argentine landing might have failed.", code: "15", none: true},
		{why: "an open question after whether", text: "It is unclear whether Iran will free the two French hostages.", code: "03", none: true},
		{why: "a debate over whether", text: "Diplomats are divided over whether China will send troops to Myanmar.", code: "15", none: true},
		// must not: the threat itself, an act beside the condition, and "as if"
		{why: "the threat stays", text: "Venezuela warned it would halt oil shipments to Spain if the European Union imposed new sanctions on Caracas.", code: "13", src: "VEN", tgt: "-"},
		{why: "an act after the condition's comma", text: "Unless talks resume, the army said, it will not withdraw; on Monday Ethiopian troops shelled the border town.", code: "19", src: "ETH", tgt: "-"},
		{why: "a denied past condition happened", text: "If Zambian police had not fired tear gas at the marchers in Lusaka, the strike would have ended.", code: "175", src: "ZMB", tgt: "ZMB"},
		{why: "as if is manner", text: "Police in Caracas beat the students as if they had attacked the station.", code: "18", src: "VEN", tgt: "-"},
	})
}

// TestP30ConditionActSpan: the clause of condition runs from "if" or
// "unless" to the next clause mark; "as if" opens none.
func TestP30ConditionActSpan(t *testing.T) {
	toks := func(ws ...string) []text.Token {
		out := make([]text.Token, len(ws))
		for i, w := range ws {
			out[i] = text.Token{Text: w, Lower: w}
		}
		return out
	}
	cases := []struct {
		why  string
		toks []text.Token
		h    int
		want bool
	}{
		{"head after if", toks("warned", "it", "would", "strike", "if", "Seoul", "fired"), 6, true},
		{"head after unless", toks("threatened", "to", "leave", "unless", "Paris", "apologised"), 5, true},
		{"head before if", toks("warned", "it", "would", "strike", "if", "Seoul", "fired"), 3, false},
		{"comma closes the condition", toks("if", "Seoul", "fires", ",", "Pyongyang", "strikes"), 5, false},
		{"as if", toks("beat", "them", "as", "if", "they", "attacked"), 5, false},
		{"no condition", toks("Seoul", "fired", "shells"), 1, false},
		{"head after whether", toks("unclear", "whether", "Iran", "will", "free", "them"), 4, true},
		{"head out of range", toks("if", "Seoul", "fires"), 7, false},
	}
	for _, c := range cases {
		if got := conditionAct(c.toks, c.h); got != c.want {
			t.Errorf("%s: conditionAct = %v, want %v", c.why, got, c.want)
		}
	}
}

// TestP30AgreementTerms: what the parties to an agreement, or a vetoed
// text, are to do under it has not been done; the signing and the veto
// stay, and so does a term told in the past. Every sentence was written
// for this test.
func TestP30AgreementTerms(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "under which ... will provide loans", text: "Japan and Vietnam signed an agreement under which Tokyo will provide loans to Hanoi.", code: "03", none: true},
		{why: "a pact under which one will help protect", text: "Egypt and Sudan signed a defence pact under which Cairo will help protect Sudan's ports.", code: "03", none: true},
		{why: "a vetoed resolution that would have condemned a seizure", text: "Norway vetoed a resolution that would have condemned Iran's seizure of the tanker.", code: "17", none: true},
		{why: "whereby ... would supply", text: "Germany and Poland signed a deal whereby Berlin would supply tanks to Warsaw.", code: "07", none: true},
		// must not: the agreement, the veto and a term done
		{why: "the signing stays", text: "Japan and Vietnam signed an agreement under which Tokyo will provide loans to Hanoi.", code: "057", src: "JPN", tgt: "VNM"},
		{why: "the veto stays", text: "Norway vetoed a resolution that would have condemned Iran's seizure of the tanker.", code: "129", src: "NOR", tgt: "-"},
		{why: "a term told in the past", text: "Chad and Sudan signed a memorandum under which Chad withdrew its troops from the border.", code: "0874", src: "TCD", tgt: "-"},
	})
}

// TestP30OwnForcesAccused: a state reporting what its own military or
// police did or suffered accuses no one (no 112), even with no
// possessive naming them; a report of rebels of the same country or of
// another state's forces keeps its 112. Every sentence was written for
// this test.
func TestP30OwnForcesAccused(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a ministry on its air defences", text: "Ukraine's Defence Ministry said air defence units had shot down 30 Russian drones over Kharkiv overnight.", code: "112", none: true},
		{why: "another ministry on its air defences", text: "Azerbaijan's Defence Ministry said air defence units had downed three Armenian drones over Ganja.", code: "112", none: true},
		// must not: rebels of the same country, another state's forces
		{why: "rebels accused by the army", text: "Colombia's army said ELN rebels had attacked a police station in Arauca.", code: "112", src: "COL", tgt: "COL"},
		{why: "another state's troops", text: "Kyiv said Russian troops had shelled Kharkiv overnight.", code: "112", src: "UKR", tgt: "RUS"},
	})
}
