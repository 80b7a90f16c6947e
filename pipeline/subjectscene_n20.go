package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// subjectScene: the event's place qualifies its subject, right after it
// ("Separatist gunmen in Cameroon's English-speaking northwest kidnapped
// a Catholic cardinal", "Jihadists in central Mali killed a pastor"), and
// the event is violence or coercion done on the spot (roots 17 to 20).
// Those who use force where they are use it on the people there, so a
// victim the text gives no country of its own takes the place's, as the
// domestic convention gives it to "police in Nairobi arrested three
// protesters" (N20). Not for projectiles fired from the place (far), nor
// when a comma parts the subject from its place or the place from the
// verb ("Gunmen in Nigeria, officials said, ..."). A clause after the
// object ("as he travelled to Bamenda") does not move the scene: the
// place is the subject's, before the verb.
func subjectScene(ev *event.Event, far bool) bool {
	if far || len(ev.Source) == 0 || ev.Source[0].Start < 0 || ev.Source[0].Country == "" && !strings.HasPrefix(ev.Source[0].Code, "---") {
		return false
	}
	switch ev.CAMEORoot {
	case "17", "18", "19", "20":
	default:
		return false
	}
	for _, a := range ev.Target {
		if a.Sector == "CRM" || strings.HasSuffix(a.Code, "CRM") {
			// "police in Lagos arrested members of a criminal network":
			// a criminal group is no state's (S11's convention)
			return false
		}
		if visitorHead(a.Text) {
			// "Police in Dubai arrested a tourist": a visitor is by
			// definition not of the place (R20)
			return false
		}
	}
	l := ev.Location
	src, v := ev.Source[0], ev.Evidence.Verb
	if l.Start < src.End || l.End > v.Start || v.Start > len(ev.Sentence) || src.End > l.Start {
		return false
	}
	mid := strings.TrimSpace(ev.Sentence[src.End:l.Start])
	w := mid
	if i := strings.IndexByte(mid, ' '); i >= 0 {
		w = mid[:i]
	}
	if !locative(w) || strings.ContainsAny(mid, ",;") {
		return false
	}
	return !strings.ContainsAny(ev.Sentence[l.End:v.Start], ",;()")
}

// visitorHead: the actor's text ends in a noun for someone visiting the
// place, not living there.
func visitorHead(t string) bool {
	t = strings.ToLower(t)
	if i := strings.LastIndexByte(t, ' '); i >= 0 {
		t = t[i+1:]
	}
	switch t {
	case "tourist", "tourists", "visitor", "visitors", "traveller", "travellers", "traveler", "travelers",
		"backpacker", "backpackers", "holidaymaker", "holidaymakers", "pilgrim", "pilgrims", "expatriate", "expatriates", "expat", "expats":
		return true
	}
	return false
}
