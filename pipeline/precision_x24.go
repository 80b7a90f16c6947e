package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// tripVerbs head the 042 lines for a party going somewhere.
var tripVerbs = wordset.Of("arrive", "visit", "travel", "fly", "come", "go", "head", "land", "return")

// inquiryVerbs name an investigation (CAMEO 09) as the purpose of a trip.
// "Monitor" and "observe" are left out: monitors of an election or a truce
// watch others comply, which is no inquiry.
var inquiryVerbs = wordset.Of("investigate", "examine", "inspect", "probe", "assess", "verify")

// inquirerNouns head a party whose trade is inquiry: a trip it makes to
// assess or verify something is its inspection ("IAEA inspectors visit
// the plant to assess damage"), where a minister's trip "to assess the
// situation" stays a visit.
var inquirerNouns = wordset.Of(
	"inspector", "inspectors", "investigator", "investigators", "expert", "experts",
	"team", "teams", "mission", "missions", "commission", "inquiry", "panel",
	"monitors", "prosecutor", "prosecutors",
)

// inquiryTrip (X24): a party that arrives in, visits or flies to a place
// to investigate, examine or inspect something there makes one act, the
// inquiry: "A UN commission of inquiry arrived in Khartoum to investigate
// reports of genocide" is 094, not 094 and a visit (042) besides; every
// complete-listing set codes such a trip by its purpose alone. When the
// inquiry is coded from its own verb the trip goes; when it is not (the
// verb "assess" has no line), the trip is recoded as the inquiry (090),
// keeping its sides: the party inquires into the place it went to. A
// trip for talks, a state visit, or a trip whose purpose is another act
// ("flew to Yerevan to pledge help") stays 042. It reports whether
// event i goes.
func (p *Pipeline) inquiryTrip(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if ev.CAMEO != "042" || h < 0 || h >= len(toks) || !tripVerbs.Has(toks[h].Lemma) || ev.Modality.Negated || ev.Modality.Hypothetical {
		return false
	}
	k := purposeInquiry(toks, h)
	if k < 0 {
		return false
	}
	for j := range out {
		if j != i && j < len(heads) && heads[j] == k && out[j].SentenceIndex == ev.SentenceIndex && out[j].CAMEORoot == "09" {
			return true
		}
	}
	if len(ev.Source) == 0 || !(toks[k].Lemma == "investigate" || toks[k].Lemma == "inspect" || toks[k].Lemma == "probe" || inquirerSource(ev, toks, h)) {
		return false
	}
	p.recodeEvent(ev, "090")
	return false
}

// purposeInquiry: the index of the inquiry verb in "to VERB" that states
// the purpose of the trip verb at h, within its clause ("arrived in
// Tehran on Friday to examine"), or -1. A comma, a conjunction or a
// relative ends the clause: "arrived in Baghdad, where inspectors are to
// examine" is another clause's act.
func purposeInquiry(toks []text.Token, h int) int {
	for k := h + 1; k+1 < len(toks) && k <= h+14; k++ {
		switch toks[k].Lower {
		case ",", ";", ":", "and", "but", "or", "who", "which", "where", "when", "after", "before", "while", "as", "because", "(", "--", "-":
			return -1
		case "to":
			if v := &toks[k+1]; v.Tag == "VB" && inquiryVerbs.Has(v.Lemma) {
				return k + 1
			}
			if toks[k+1].IsVerb() {
				return -1 // "flew to Yerevan to pledge help": another purpose
			}
		}
	}
	return -1
}

// inquirerSource: the trip's party is named by an inquiry noun right
// before the trip verb or at the end of its source's text ("IAEA
// inspectors visit", "a WHO team arrived").
func inquirerSource(ev *event.Event, toks []text.Token, h int) bool {
	if h > 0 && inquirerNouns.Has(toks[h-1].Lower) {
		return true
	}
	for _, s := range ev.Source {
		w := s.Text
		if sp := strings.LastIndexByte(w, ' '); sp >= 0 {
			w = w[sp+1:]
		}
		if inquirerNouns.Has(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// namingReason: a verbal act that a ", calling it ..." clause gives the
// reason for: a demand (10), a rejection (12), a denial (016). A veto
// (129) is a body's formal act, not a word said, and a name given beside
// it is a criticism of its own ("The US vetoed the resolution, calling it
// one-sided", TestRecallS9RejectedText).
func namingReason(ev *event.Event) bool {
	return !ev.Modality.Negated && (ev.CAMEORoot == "10" || ev.CAMEORoot == "12" && !strings.HasPrefix(ev.CAMEO, "129") || strings.HasPrefix(ev.CAMEO, "016"))
}

// namingTwin (X24): "Palestinian leaders rejected the peace plan, calling
// it a conspiracy", "Iran demanded the release of its tanker, calling the
// seizure an act of piracy", "Myanmar's military denied that its soldiers
// had torched villages, calling the reports fabricated": the name given
// in the participle clause is the reason for the rejection, demand or
// denial, not a second act of disapproval (111) by anyone; the sets that
// list every act code the rejection, demand or denial alone. The
// participle must follow a comma and come right after that act (no other
// act coded between them but a statement, or the act denied or demanded
// itself, negated or hypothetical), and be no appeal ("calling on
// the UN to act", "calling for talks"). After any other act the name
// stays a criticism: "announced a tariff on Brazilian goods, calling the
// trial a witch hunt" is 111 beside the tariff. It reports whether event
// i goes.
func namingTwin(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if ev.CAMEORoot != "11" || h < 2 || h+1 >= len(toks) || toks[h].Lower != "calling" || toks[h-1].Lower != "," {
		return false
	}
	switch toks[h+1].Lower {
	case "on", "upon", "for", "off", "out":
		return false
	}
	prev := -1
	for j := range out {
		if j == i || j >= len(heads) || heads[j] < 0 || heads[j] >= h || out[j].SentenceIndex != ev.SentenceIndex || strings.HasPrefix(out[j].CAMEO, "01") && !strings.HasPrefix(out[j].CAMEO, "016") {
			continue
		}
		if out[j].Modality.Negated || out[j].Modality.Hypothetical {
			continue // the act denied or demanded, inside the reason's own clause
		}
		if prev < 0 || heads[j] > heads[prev] || heads[j] == heads[prev] && namingReason(&out[j]) {
			prev = j
		}
	}
	return prev >= 0 && namingReason(&out[prev])
}

// habitualAdverbs say an act recurs as a rule, not that it happened.
var habitualAdverbs = wordset.Of("usually", "typically", "rarely", "seldom", "generally", "normally", "habitually")

// recurUnits follow "every" or "each" in a schedule ("every two weeks",
// "each year").
var recurUnits = wordset.Of(
	"day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "weekend", "morning", "evening",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)

// genericAct (X24): a present-tense clause with an adverb of habit or a
// schedule tells how things go, not that anything happened: "The
// defence ministry holds a press briefing on military operations every
// two weeks", "Independence Day is marked each year on 9 July", "Great
// powers rarely abandon an ally once they have armed it". No
// complete-listing set codes such a sentence. The clause's finite verb
// must be in the simple present (or its passive); past, perfect and
// future acts stay, and so does an act in another clause of the
// sentence ("Protesters usually gather on Fridays, and on Monday police
// arrested 40 of them"), and so does an assault told by its own verb
// ("Russian drones strike Kharkiv every night"). A present-tense act with
// no such adverb is left as it is: headlines tell past acts in the
// present ("Police arrest 17 after clash").
func genericAct(ev *event.Event, toks []text.Token, h int) bool {
	if h < 0 || h >= len(toks) || ev.Modality.Negated {
		return false
	}
	v, lo, hi := presentClause(toks, h)
	if v < 0 || v == h && violentRoot(ev.CAMEORoot) {
		// "Russian drones strike Kharkiv every night": a war's daily
		// attacks are told in the present as they go on, and are coded
		return false
	}
	for k := lo; k < hi; k++ {
		w := toks[k].Lower
		if habitualAdverbs.Has(w) {
			return true
		}
		if (w == "every" || w == "each") && k+1 < hi {
			n := k + 1
			if toks[n].Tag == "CD" || toks[n].Lower == "other" || toks[n].Lower == "few" {
				n++
			}
			if n < hi && recurUnits.Has(toks[n].Lower) {
				return true
			}
		}
	}
	return false
}

// presentClause: the simple-present finite verb that governs the head at
// h (h itself, or the nearest finite verb before a nominal head, or an
// "is"/"are" before a passive participle), with the clause around it:
// from the last ";", "and"/"but" before a new finite verb, or the
// sentence's start, to the next ";" or clause-joining conjunction. v is
// -1 when the governing verb is not in the simple present.
func presentClause(toks []text.Token, h int) (v, lo, hi int) {
	v = -1
	for k := h; k >= 0 && k >= h-8; k-- {
		t := &toks[k]
		if t.Lower == ";" || t.Lower == ":" {
			break
		}
		if t.Tag == "VBZ" || t.Tag == "VBP" {
			v = k
			break
		}
		if t.Tag == "VBN" && k > 0 && (toks[k-1].Lower == "is" || toks[k-1].Lower == "are") {
			v = k - 1
			break
		}
		if t.Tag == "VBD" || t.Tag == "MD" || k < h && t.Tag == "VBN" {
			return -1, 0, 0 // a past, modal or perfect verb governs the act
		}
		if k < h && (t.Tag == "VB" || t.Tag == "VBG") && k != h {
			// an infinitive or gerund between: keep looking for its finite verb
			continue
		}
	}
	if v < 0 || v > 0 && (toks[v-1].Lower == "will" || toks[v-1].Lower == "has" || toks[v-1].Lower == "have") {
		return -1, 0, 0
	}
	if toks[v].Lower == "is" || toks[v].Lower == "are" || toks[v].Lower == "has" || toks[v].Lower == "have" {
		// "is marked" is a present passive; "is preparing", "has sent" are
		// not habits
		if v+1 >= len(toks) || toks[v+1].Tag != "VBN" && !(v+2 < len(toks) && toks[v+1].Tag == "RB" && toks[v+2].Tag == "VBN") {
			return -1, 0, 0
		}
		if toks[v].Lower == "has" || toks[v].Lower == "have" {
			return -1, 0, 0
		}
	}
	lo = 0
	for k := v - 1; k >= 0; k-- {
		if w := toks[k].Lower; w == ";" || w == ":" || (w == "and" || w == "but") && k > 0 && toks[k-1].Lower == "," {
			lo = k + 1
			break
		}
	}
	hi = len(toks)
	for k := v + 1; k < len(toks); k++ {
		if w := toks[k].Lower; w == ";" || w == ":" || (w == "and" || w == "but") && toks[k-1].Lower == "," {
			hi = k
			break
		}
	}
	return v, lo, hi
}

// gatheringNouns name a meeting that can be the setting of another act.
var gatheringNouns = wordset.Of("summit", "summits", "conference", "forum")

// settingSummit (X24): the 040 line for a pair's talks or summit ("US-China
// talks resumed") read "Koizumi apologised at the Asian-African summit in
// Jakarta" and "Putin told his Egyptian counterpart at the first
// Russia-Africa summit" as consultations between two regions. A summit
// after "at" or "during", once another act of the sentence has been told
// before it, is where that act was done, not an act of its own. A summit
// as the subject or object ("The EU-China summit opened in Brussels",
// "held an EU-Africa summit") stays. It reports whether event i goes.
func settingSummit(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if ev.CAMEO != "040" || h < 2 || h >= len(toks) || !gatheringNouns.Has(toks[h].Lower) {
		return false
	}
	prep := -1
	for k := h - 1; k >= 0 && k >= h-6; k-- {
		if w := toks[k].Lower; w == "at" || w == "during" {
			prep = k
			break
		}
		switch toks[k].Tag {
		case "DT", "JJ", "JJS", "NNP", "NNPS", "NN", "CD", "POS", "HYPH":
		default:
			return false
		}
	}
	if prep < 1 {
		return false
	}
	for j := range out {
		if j != i && j < len(heads) && heads[j] >= 0 && heads[j] < prep && out[j].SentenceIndex == ev.SentenceIndex && !out[j].Modality.Negated {
			return true
		}
	}
	return false
}
