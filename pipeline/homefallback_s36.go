package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// homeFallback (S36) aims a threat (13), an assault (18), an intent to
// ease (035x) or an act of force at a place at home (19) that still has
// no target once every other side rule has run at the actor's own state,
// when its sentence names that state itself and no other state, no body
// of states and no place abroad: "Colombia's Clan del Golfo threatened to
// kill police officers in retaliation for the arrest of its leaders"
// COL→COL, "US President Donald Trump threatened to deploy the military
// to cities across the country to quell violent protests" USA→USA,
// "Omar al-Bashir ... was deposed and arrested by the army" SDN→SDN.
// Rebels, gangs, armies and governments whose threats and violence name
// no one else act on their own country's people and forces; the dev
// sets' coders key the target so (ownDomestic reads a few codes of this
// kind by their nature, S34, S35).
//
// Left alone: statements and comments (01: "declined to comment" and
// denials are keyed with no target), appeals (02: "appealed for
// international help"), other intents (03: a pledge with no recipient,
// hostages to free), protests (14: after an accident no one is blamed),
// cooperation and concessions (04-08), demands, disapproval and
// rejections (10-12), shows of force (15: a weapons test is aimed at no
// one), cuts (16: "withdrew from the Paris climate agreement"), coercion
// (17) and mass violence (20); a vow of revenge (aimed at the wrongdoer),
// force whose place is the subject's own ("Militants in Gaza fired
// rockets at towns in the south") or an interception (aimed at whoever
// fired); a conditional ("would close the Strait of Hormuz if ...") and
// an act at sea; and an actor carried from the story ("The group's leader
// threatened further attacks" after "Hezbollah fighters fired rockets
// into northern Israel").
func (p *Pipeline) homeFallback(ev *event.Event, sa *SentenceAnalysis) {
	if len(ev.Target) > 0 || len(ev.Source) == 0 || ev.Modality.Negated || ev.Modality.Hypothetical || waterBody(ev) {
		return
	}
	toks := sa.Sentence.Tokens
	v := tokenAt(toks, ev.Evidence.Verb.Start)
	if v >= len(toks) {
		return
	}
	switch {
	case ev.CAMEORoot == "18":
	case ev.CAMEORoot == "13":
		if avengedNear(toks, v) {
			return // a vow of revenge is aimed at the wrongdoer, named or not
		}
	case strings.HasPrefix(ev.CAMEO, "035") && ev.CAMEO != "0353":
		// easing at home ("promised an amnesty"); captives freed are
		// ownPrisoners' to read, and hostages are no one's own
	case ev.CAMEORoot == "19":
		// force used at a named place at home ("launched air strikes in
		// Khyber"); an interception is aimed at whoever fired
		l := ev.Location
		if l == nil || l.Precision == "country" || actor.CameoCountry(l.Country) != ev.Source[0].Country || subjectPlace(ev) || interceptLemmas.Has(toks[v].Lemma) || toks[v].Lemma == "shoot" && v+1 < len(toks) && toks[v+1].Lower == "down" {
			return
		}
	default:
		return
	}
	if v+1 < len(toks) && toks[v+1].Tag == "PRP" {
		return // "is threatening us": an object named, though not resolved
	}
	c := p.soleSourceState(ev)
	if c == "" {
		return
	}
	named := false // the actor's state named in the sentence itself, not carried from the story
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			named = named || ph.Country == c && !ph.Inferred
			if ph.Country != "" && ph.Country != c && !ph.Inferred {
				return // another state named: it may be the aim, unread
			}
			if ph.Country == "" && (strings.HasPrefix(ph.Code, "IGO") || strings.HasPrefix(ph.Code, "NGO")) {
				return // a body or an agency named may be the aim
			}
		}
	}
	if !named {
		return // "The group's leader threatened further attacks": the story's other state may be the aim
	}
	if gp, ok := p.Places.(GeoPlacer); ok {
		for _, m := range sa.plainMentions(gp.G) {
			if m.Best == nil {
				continue
			}
			if mc := actor.CameoCountry(m.Best.Country); mc != "" && mc != c {
				return // a place abroad: the act may be aimed there
			}
		}
	}
	ev.Target = []event.Actor{{Text: ev.Source[0].Text, Code: c, Country: c, Start: -1, End: -1}}
}

// avengedNear: a word of revenge within the few words after the verb at
// v ("vowed revenge", "vowed to retaliate", "threatened retaliation").
func avengedNear(toks []text.Token, v int) bool {
	for j := v + 1; j < len(toks) && j <= v+3; j++ {
		switch toks[j].Lemma {
		case "revenge", "retaliate", "retaliation", "avenge", "vengeance":
			return true
		}
	}
	return false
}

// interceptLemmas: defensive fire, aimed at whoever launched what it stops.
var interceptLemmas = wordset.Of("intercept", "repel", "repulse", "down")

// subjectPlace: the event's place is a dateline before its subject or
// where its subject is from ("Militants in Gaza fired rockets at towns
// in the south"), not where the act landed.
func subjectPlace(ev *event.Event) bool {
	l, src := ev.Location, ev.Source[0]
	if src.Start < 0 || l.Start < src.Start {
		return true
	}
	if l.Start < src.End || l.Start > len(ev.Sentence) {
		return true
	}
	switch strings.TrimSpace(ev.Sentence[src.End:l.Start]) {
	case "in", "from", "of", "based in":
		return true
	}
	return false
}
