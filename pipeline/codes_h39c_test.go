package pipeline

import "testing"

// TestH39CSummonOwnEnvoy: a bare foreign ministry that summons, expels or
// protests to a state's envoy never takes that state from the story
// context; a ministry its sentence names keeps its state.
func TestH39CSummonOwnEnvoy(t *testing.T) {
	p := newTestPipeline(t)
	checkA39(t, p, []a39Case{
		{why: "Foreign Office summoned India's deputy high commissioner", text: "The Foreign Office summoned India's deputy high commissioner over the shelling.", code: "114", src: "---GOV", tgt: "IND", never: []string{"INDGOV"}},
		{why: "ministry summoned the Indian charge d'affaires", text: "The ministry summoned the Indian charge d'affaires to protest the killings.", code: "114", src: "---GOV", tgt: "INDGOV"},
		{why: "ambassador summoned to the Foreign Office", text: "Syria's ambassador was summoned to the Foreign Office on Tuesday.", code: "114", src: "---GOV", tgt: "SYRGOV"},
		{why: "foreign ministry expelled the Russian ambassador", text: "Russia said it would respond. The foreign ministry expelled the Russian ambassador.", code: "161", src: "---GOV", tgt: "RUSGOV"},
		// the control line the sentence names gives the other state
		{why: "along the LoC: Pakistan", text: "The Foreign Office summoned India's deputy high commissioner and lodged a strong protest over ceasefire violations along the LoC.", code: "114", src: "PAKGOV", tgt: "IND", never: []string{"INDGOV"}},
		// must not: a line whose states do not include the envoy's
		{why: "LoC, Chinese envoy", text: "The Foreign Office summoned China's deputy high commissioner over firing along the LoC.", code: "114", src: "---GOV", tgt: "CHN", never: []string{"CHNGOV", "PAKGOV", "INDGOV"}},
		// a ministry with no state at all takes the line's other state
		{why: "bare ministry, LoC", text: "The Foreign Office summoned the Indian charge d'affaires to lodge a strong protest over ceasefire violations along the LoC.", code: "114", src: "PAKGOV", tgt: "INDGOV"},
		// must not: no line named, it stays bare
		{why: "bare ministry, no line", text: "The Foreign Office summoned the Indian charge d'affaires to lodge a strong protest.", code: "114", src: "---GOV", tgt: "INDGOV", never: []string{"PAKGOV"}},
		// must not: the ministry's own state named in the sentence keeps it
		{why: "Pakistan's Foreign Office summoned India's envoy", text: "Pakistan's Foreign Office summoned India's deputy high commissioner over the shelling.", code: "114", src: "PAKGOV", tgt: "IND"},
		{why: "two-sentence story: the other state", text: "Pakistan accused India of killing two civilians along the Line of Control. Pakistan said it would respond. The Foreign Office summoned India's deputy high commissioner.", code: "114", src: "PAKGOV", tgt: "IND"},
	})
}

// TestH39CActsOnOwnEnvoy: the helper's shapes.
func TestH39CActsOnOwnEnvoy(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{{"ambassador", true}, {"commissioner", true}, {"charge", true}, {"minister", false}, {"embassy", false}} {
		if got := envoyHead(c.head); got != c.want {
			t.Errorf("envoyHead(%q) = %v, want %v", c.head, got, c.want)
		}
	}
	for _, c := range []struct {
		lemma string
		want  bool
	}{{"summon", true}, {"expel", true}, {"protest", true}, {"meet", false}} {
		if got := envoyAct(c.lemma); got != c.want {
			t.Errorf("envoyAct(%q) = %v, want %v", c.lemma, got, c.want)
		}
	}
}

// TestH39CLineOther: the other state of a named control line.
func TestH39CLineOther(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"loc", []string{"IND", "PAK"}}, {"line of control", []string{"IND", "PAK"}}, {"dmz", []string{"PRK", "KOR"}},
		{"blue line", []string{"ISR", "LBN"}}, {"border", nil}, {"line", nil},
	} {
		got := lineStates(c.name)
		if len(got) != len(c.want) || len(got) == 2 && (got[0] != c.want[0] || got[1] != c.want[1]) {
			t.Errorf("lineStates(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
