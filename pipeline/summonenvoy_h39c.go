package pipeline

import (
	"github.com/parley-events/parley/actor"
)

// envoyHead: the head words of a state's envoy abroad that a foreign
// ministry summons, expels or protests to ("ambassador", "high
// commissioner", "chargé d'affaires"); wider than envoy, whose callers
// also want missions ("embassy").
func envoyHead(w string) bool {
	switch w {
	case "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "commissioner", "commissioners",
		"chargé", "charge", "chargé_d'affaires", "consul", "consuls", "attache", "attaché", "attaches", "attachés":
		return true
	}
	return false
}

// envoyAct: the verbs by which one state acts on another state's envoy
// in its capital: it summons, expels or protests to him.
func envoyAct(lemma string) bool {
	switch lemma {
	case "summon", "expel", "protest":
		return true
	}
	return false
}

// actsOnOwnEnvoy reports that the sentence has the phrase ph summon,
// expel or protest to an envoy of state c, or has c's envoy summoned to
// ph ("The Foreign Office summoned India's deputy high commissioner",
// "Syria's ambassador was summoned to the Foreign Office"). A state never
// summons its own envoy so: a country the story inferred for ph that is
// the envoy's is wrong (H39C). The envoy's phrase must name c itself,
// not by inference, and the act must stand between the two phrases.
func actsOnOwnEnvoy(sa *SentenceAnalysis, ph *actor.Phrase, c string) bool {
	return envoyActedOn(sa, ph, c) != ""
}

// envoyActedOn is the state whose envoy the phrase ph summons, expels or
// protests to, or has summoned to it (by actsOnOwnEnvoy's shapes); c, when
// not "", limits it to that state's envoy. "" without one.
func envoyActedOn(sa *SentenceAnalysis, ph *actor.Phrase, c string) string {
	toks := sa.Sentence.Tokens
	// isEnvoy: the phrase o, or the few words after it, end in an envoy's
	// head ("India's deputy" + "high commissioner").
	isEnvoy := func(o *actor.Phrase) bool {
		for k := o.Start; k < len(toks) && k < o.End+4; k++ {
			if k >= o.End && !(toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNP" || toks[k].Tag == "NNS") {
				return false
			}
			if envoyHead(toks[k].Lower) {
				return true
			}
		}
		return false
	}
	act := func(from, to int) bool {
		for k := from; k < to && k < len(toks); k++ {
			if toks[k].IsVerb() && envoyAct(toks[k].Lemma) {
				return true
			}
		}
		return false
	}
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o == ph || o.Country == "" || c != "" && o.Country != c || o.Inferred || !isEnvoy(o) {
				continue
			}
			switch {
			case o.Start >= ph.End && o.Start-ph.End <= 6 && act(ph.End, o.Start):
				// "The ministry summoned the Indian envoy"
				return o.Country
			case o.End <= ph.Start && ph.Start-o.End <= 12 && ph.Start >= 2 && act(o.End, ph.Start) && passiveTo(toks[ph.Start-1].Lower, toks[ph.Start-2].Lower):
				// "Syria's ambassador in London was summoned to the
				// Foreign Office"
				return o.Country
			}
		}
	}
	return ""
}

// passiveTo: the words before a phrase that make it where (or by whom)
// an envoy was summoned: "to (the)", "by (the)".
func passiveTo(prev, prev2 string) bool {
	return prev == "to" || prev == "by" || (prev == "the" && (prev2 == "to" || prev2 == "by"))
}

// lineStates: the two states a named ceasefire or control line divides,
// by the line's name in lower case ("loc", "line of control"); nil for
// any other words.
func lineStates(name string) []string {
	switch name {
	case "loc", "line of control", "working boundary":
		return []string{"IND", "PAK"}
	case "dmz", "demilitarized zone", "demilitarised zone":
		return []string{"PRK", "KOR"}
	case "blue line":
		return []string{"ISR", "LBN"}
	}
	return nil
}

// lineOther is the other state of a control line the sentence names, one
// of whose two states is c: a ministry protesting to c's envoy over
// firing "along the LoC" is the line's other state's. "" without one.
func lineOther(sa *SentenceAnalysis, c string) string {
	toks := sa.Sentence.Tokens
	for k := range toks {
		for n := 1; n <= 3 && k+n <= len(toks); n++ {
			name := toks[k].Lower
			for j := k + 1; j < k+n; j++ {
				name += " " + toks[j].Lower
			}
			if s := lineStates(name); s != nil {
				switch c {
				case s[0]:
					return s[1]
				case s[1]:
					return s[0]
				}
			}
		}
	}
	return ""
}
