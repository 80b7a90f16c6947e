package verb

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
)

// Nominalised verb lines (M38). News tells many acts as a noun under a
// verb that does it: "Russia ordered the expulsion of 20 diplomats",
// "Nigeria began the evacuation of its citizens from Libya", "Israel
// carried out the abduction of two officers". Writing the noun's line
// beside each verb line, verb by verb, never reaches the long tail, so
// every verb line whose head has a deverbal noun in deverbalNouns gets a
// twin headed by that noun: the verb's direct object becomes the noun's
// "of" phrase (or the preposition the noun takes instead, "accusations
// against"), its prepositions stay ("intervene in" → "intervention in"),
// and the twin is an [object] line, so it codes only where N37's gate
// finds the noun governed by a verb that does the act (governedNoun), the
// clause's subject being the agent. A twin ranks after every written line
// of its noun, so a line written for the noun always wins.

// deverbalNouns maps a verb lemma that heads dictionary lines to the
// nouns English derives from it for the act, singular and plural, and
// optionally (after "@") the preposition that takes the verb's direct
// object when it is not "of". Only nouns whose reading as an act is the
// usual one are listed: "conviction" (a belief), "admission" (entry),
// "appointment" (a date) and gerunds, which the tagger reads as verbs
// half the time, are left out.
var deverbalNouns = map[string]string{
	"abduct":       "abduction,abductions",
	"annex":        "annexation",
	"assassinate":  "assassination,assassinations",
	"bombard":      "bombardment,bombardments",
	"confiscate":   "confiscation,confiscations",
	"deport":       "deportation,deportations",
	"detain":       "detention,detentions",
	"deploy":       "deployment,deployments",
	"evacuate":     "evacuation,evacuations",
	"evict":        "eviction,evictions",
	"execute":      "execution,executions",
	"expel":        "expulsion,expulsions",
	"expropriate":  "expropriation,expropriations",
	"extradite":    "extradition,extraditions",
	"intervene":    "intervention,interventions",
	"invade":       "invasion",
	"liberate":     "liberation",
	"mediate":      "mediation",
	"mobilize":     "mobilization",
	"mobilise":     "mobilisation",
	"nationalize":  "nationalization",
	"nationalise":  "nationalisation",
	"occupy":       "occupation",
	"persecute":    "persecution",
	"repatriate":   "repatriation,repatriations",
	"seize":        "seizure,seizures",
	"demolish":     "demolition,demolitions",
	"destroy":      "destruction",
	"infiltrate":   "infiltration",
	"encircle":     "encirclement",
	"blockade":     "blockade,blockades",
	"retaliate":    "retaliation",
	"escalate":     "escalation",
	"reinforce":    "reinforcement,reinforcements",
	"capitulate":   "capitulation",
	"relocate":     "relocation",
	"resettle":     "resettlement",
	"disarm":       "disarmament",
	"demobilize":   "demobilization",
	"demobilise":   "demobilisation",
	"dissolve":     "dissolution",
	"disband":      "disbandment",
	"abolish":      "abolition",
	"revoke":       "revocation",
	"cancel":       "cancellation",
	"postpone":     "postponement",
	"terminate":    "termination",
	"imprison":     "imprisonment",
	"prosecute":    "prosecution,prosecutions",
	"indict":       "indictment,indictments",
	"investigate":  "investigation,investigations",
	"inspect":      "inspection,inspections",
	"condemn":      "condemnation,condemnations",
	"denounce":     "denunciation,denunciations",
	"criticize":    "criticism",
	"criticise":    "criticism",
	"accuse":       "accusation,accusations@against",
	"recognize":    "recognition",
	"recognise":    "recognition",
	"normalize":    "normalization",
	"normalise":    "normalisation",
	"restore":      "restoration",
	"reconcile":    "reconciliation",
	"ratify":       "ratification",
	"donate":       "donation,donations",
	"deliver":      "delivery,deliveries",
	"ship":         "shipment,shipments",
	"compensate":   "compensation",
	"invest":       "investment,investments",
	"consult":      "consultation,consultations@with",
	"negotiate":    "negotiation,negotiations",
	"invite":       "invitation,invitations@to",
	"assist":       "assistance@to",
	"apologize":    "apology,apologies",
	"apologise":    "apology,apologies",
	"congratulate": "congratulations@to",
	"impose":       "imposition",
	"restrict":     "restriction,restrictions",
	"prohibit":     "prohibition",
	"censor":       "censorship",
	"hijack":       "hijacking",
	"intercept":    "interception",
	"surrender":    "surrender",
	"retreat":      "retreat",
	"release":      "release",
	"arrest":       "arrest,arrests",
}

// particles make a phrasal verb whose noun is another word ("pull out" →
// "pullout", "crack down" → "crackdown"): a line whose head is followed
// by one gets no twin.
var phrasalParticles = wordset.Of(
	"out", "up", "off", "down", "back", "away", "over", "aside", "apart",
	"through", "forward", "in", "on",
)

// nounPreps are the prepositions a verb line may keep after its head:
// the noun takes them as the verb did.
var nounPreps = wordset.Of(
	"to", "from", "into", "in", "on", "against", "with", "between",
	"for", "at", "toward", "towards", "across", "upon", "of", "among",
	"within", "inside", "onto",
)

// nominalised returns the [object] twins of p (none when p's head has no
// deverbal noun or p's shape has none: a head that is not first, a
// phrasal particle, a source slot, or a line for speech, attachment,
// towns or agentless events).
func nominalised(p *Pattern) []string {
	if p.head != 0 || p.Speech || p.Attach != "" || p.Town || p.Agentless || p.Object || p.Root() == "01" {
		return nil
	}
	for _, e := range p.elems {
		if e.kind == eSource {
			return nil
		}
	}
	byPrep := map[string][]string{}
	var preps []string
	for _, w := range p.elems[0].words {
		spec, ok := deverbalNouns[w]
		if !ok {
			continue
		}
		prep := "of"
		if i := strings.IndexByte(spec, '@'); i >= 0 {
			spec, prep = spec[:i], spec[i+1:]
		}
		if _, seen := byPrep[prep]; !seen {
			preps = append(preps, prep)
		}
		for _, n := range strings.Split(spec, ",") {
			if !strings.Contains(strings.Join(byPrep[prep], "|")+"|", n+"|") {
				byPrep[prep] = append(byPrep[prep], n)
			}
		}
	}
	if len(preps) == 0 {
		return nil
	}
	fields := strings.Fields(p.Text)
	elems, rest := p.elems[1:], fields[1:]
	for len(elems) > 0 && elems[0].kind == eLit && elems[0].optional && allIn(elems[0].words, phrasalParticles) && !allIn(elems[0].words, nounPreps) {
		// "(back)", "(out)": an optional particle the noun drops
		// ("retaliate (back) with" → "retaliation with").
		elems, rest = elems[1:], rest[1:]
	}
	var out []string
	for _, prep := range preps {
		b := []string{"{" + strings.Join(byPrep[prep], "|") + "}"}
		switch {
		case len(elems) == 0:
			// "deport": the verb's object is the noun's party.
			b = append(b, prep, "+")
		case elems[0].kind == eLit && hasAny(elems[0].words, phrasalParticles) && !allIn(elems[0].words, nounPreps):
			// "pull out", "crack down": the phrasal's noun is another word.
			return nil
		case elems[0].kind == eLit && allIn(elems[0].words, nounPreps):
			// "intervene in +", "withdraw from +": the noun keeps the
			// preposition.
			b = append(b, rest...)
		case elems[0].kind == eLit && (elems[0].optional || adverbs(elems[0].words)):
			// "consult closely with": an adverb or optional word the
			// noun cannot keep.
			return nil
		default:
			// "expel +", "deploy (+) ... troops", "suspend ... aid":
			// the direct object follows the noun's preposition.
			b = append(b, prep)
			b = append(b, rest...)
		}
		line := strings.Join(b, " ") + " [object]"
		if p.Recip {
			line += " [recip]"
		}
		out = append(out, line)
	}
	return out
}

func adverbs(ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(w, "ly") {
			return true
		}
	}
	return false
}

func hasAny(ws []string, set wordset.Set) bool {
	for _, w := range ws {
		if set.Has(w) {
			return true
		}
	}
	return false
}

func allIn(ws []string, set wordset.Set) bool {
	for _, w := range ws {
		if !set.Has(w) {
			return false
		}
	}
	return true
}

// mandativeVerbs put an act to others or off ("proposed the deployment
// of observers", "delayed the withdrawal"): over a twin's noun they do
// not make the subject its agent. The N37 lines, written noun by noun,
// leave them to their own wording.
var mandativeVerbs = wordset.Of(
	"propose", "suggest", "recommend", "press", "push", "delay",
	"postpone", "mark", "commemorate", "celebrate", "remember", "recall",
	// A law or a ruling that allows or requires an act names no agent
	// of it: "passed a bill that allows the deportation of migrants".
	"allow", "permit", "enable", "require", "mandate", "envisage",
	"include", "involve",
)

// doingVerbs do or begin the act their object names.
var doingVerbs = wordset.Of(
	"carry", "conduct", "stage", "mount", "launch", "begin", "start",
	"order", "announce", "complete", "continue", "resume", "make",
	"issue", "lodge", "impose", "declare", "undertake", "perform",
	"perpetrate", "commit", "step", "intensify", "accelerate", "speed",
	"finish", "approve", "authorize", "authorise", "oversee", "lead",
	"organize", "organise", "implement", "enforce", "decree", "effect",
	"initiate", "pursue", "escalate", "expand", "extend",
	"provide", "send", "deliver", "give", "grant", "pay", "express",
	"voice", "file", "open", "unveil", "ramp",
)

var relativeWho = wordset.Of("who", "whom", "whose")

// twinGoverned: the verb that governs a twin's noun (governedNoun found
// one) must not put the act to others or off.
func (s *sentence) twinGoverned(h int) string {
	for k := h - 1; k >= 0 && k >= h-5; k-- {
		if t := &s.toks[k]; t.IsVerb() {
			if mandativeVerbs.Has(t.Lemma) {
				return "the verb over the nominalised act proposes, delays, marks or allows it"
			}
			if !doingVerbs.Has(t.Lemma) {
				return "the verb over the nominalised act is not one that does it"
			}
			if k > 0 && relativeWho.Has(s.toks[k-1].Lower) {
				// "Ariel Sharon, who led the invasion of Lebanon in
				// 1982, died": a relative clause on a person tells
				// his past, not the news.
				return "the nominalised act is told in a relative clause"
			}
			return ""
		}
	}
	return ""
}
