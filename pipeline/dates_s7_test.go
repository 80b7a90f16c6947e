package pipeline

import (
	"strings"
	"testing"
)

// TestEventDates7: which date expression dates which event. A named
// episode's year ("during the 2006 war") dates what is done in it; a date
// inside the content of a charge ("accused X of arming militias in 1994")
// or after ", as" (a clause of its own) does not date the head; a date
// before a coordinated verb is the first verb's when the second has its
// own.
func TestEventDates7(t *testing.T) {
	p := newTestPipeline(t)
	const pub = "2024-03-10"
	for _, c := range []struct {
		why, text, root string
		day             string // the event's date; "" = the publication day (no date found)
		hist            bool
	}{
		{"a fronted episode dates the clause",
			"During the 2010 war, Ethiopian troops shelled border villages in Eritrea.", "19", "2010-01-01", true},
		{"an episode after the verb",
			"Serb forces killed thousands of civilians in the 1995 massacre at Srebrenica.", "18,19,20", "1995-01-01", true},
		{"an episode with words between year and noun",
			"Government troops arrested hundreds of students during the 2009 presidential election protests.", "17", "2009-01-01", true},
		{"a document's year dates nothing",
			"Iran accused Britain of violating the 2015 nuclear agreement.", "11", "", false},
		{"the charge's year is not the accusation's",
			"Serbia accused Croatian commanders of shelling civilians in 1995.", "11", "", false},
		{"a gerund closed by a comma leaves the main clause's date",
			"Kenya expelled the envoy, accused of spying for Somalia in 2019, on Tuesday.", "16,17", "2024-03-05", false},
		{"a clause after ', as' keeps its own date",
			"Rwanda accused France of complicity in the 1994 genocide, as Kigali said it would sue French officials.", "11", "", false},
		{"a date before 'and' is the first verb's when the second has its own",
			"Morocco seized the territory in the 1975 march and annexed it formally in 1979.", "19", "1979-01-01", true},
		{"a date before 'and' serves the second verb when it has none",
			"Rebels seized the town in 2014 and shelled the airport.", "19", "2014-01-01", true},
	} {
		evs := codeText(t, p, pub, c.text)
		found := false
		var got []string
		for _, ev := range evs {
			if !strings.Contains(","+c.root+",", ","+ev.CAMEORoot+",") {
				continue
			}
			want := c.day
			if want == "" {
				want = pub
			}
			got = append(got, ev.CAMEO+" "+ev.Date)
			if ev.Date == want && ev.Modality.Historical == c.hist {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q\nwant root %s dated %q (historical %v), got %s; %s", c.why, c.text, c.root, c.day, c.hist, strings.Join(got, ", "), describe(evs))
		}
	}
}

// scanBetweenRef is scanBetween written plainly, for the fuzz test.
func scanBetweenRef(mid string, after bool) (crosses, and bool) {
	and = strings.Contains(mid, " and ")
	for _, w := range []string{";", " but ", " which ", " while ", " after ", " before ", " although ", " that "} {
		if strings.Contains(mid, w) {
			return true, and
		}
	}
	for rest := mid; ; {
		k := strings.Index(rest, ", as ")
		if k < 0 {
			break
		}
		if !strings.HasPrefix(rest[k:], ", as well") {
			return true, and
		}
		rest = rest[k+1:]
	}
	if !after {
		return false, and
	}
	for _, p := range []string{" of ", " with ", " for "} {
		for rest := mid; ; {
			k := strings.Index(rest, p)
			if k < 0 {
				break
			}
			rest = rest[k+len(p)-1:] // keep the space: "of with killing"
			w, _, _ := strings.Cut(rest[1:], " ")
			if len(w) > 4 && strings.HasSuffix(w, "ing") && !strings.Contains(rest, ",") {
				return true, and
			}
		}
	}
	return false, and
}

func TestScanBetween(t *testing.T) {
	for _, c := range []struct {
		mid          string
		after        bool
		crosses, and bool
	}{
		{" the talks ", true, false, false},
		{" that the talks will take place ", true, true, false},
		{" France of arming militias ", true, true, false},
		{" France of arming militias ", false, false, false},
		{" the envoy, accused of spying for Somalia in 2019, ", true, false, false},
		{", as Kigali said it ", false, true, false},
		{", as well as Chad, ", true, false, false},
		{" and annexed it ", false, false, true},
		{" the army; rebels ", true, true, false},
		{" of the king ", true, false, false},
		{" forces, but ", true, true, false},
	} {
		crosses, and := scanBetween(c.mid, c.after)
		if crosses != c.crosses || and != c.and {
			t.Errorf("scanBetween(%q, %v) = %v, %v; want %v, %v", c.mid, c.after, crosses, and, c.crosses, c.and)
		}
	}
}

func FuzzScanBetween(f *testing.F) {
	for _, s := range []string{" of arming militias ", ", as well as, as Kigali ", " that ", " and with plotting, ", " for  killing"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, mid string, after bool) {
		c1, a1 := scanBetween(mid, after)
		c2, a2 := scanBetweenRef(mid, after)
		// and matters only when the date is not skipped.
		if c1 != c2 || !c1 && a1 != a2 {
			t.Errorf("scanBetween(%q, %v) = %v, %v; plain reading %v, %v", mid, after, c1, a1, c2, a2)
		}
	})
}
