package pipeline

import (
	"strings"
	"testing"
)

// TestA29PakistanTaliban: a bare "Taliban" whose scene is Pakistan, or
// whom Pakistan's forces fight with no other place named, is Pakistan's
// Taliban before 2021; in Afghanistan, or beside an Afghan party, it
// stays the Afghan movement.
func TestA29PakistanTaliban(t *testing.T) {
	p := newTestPipeline(t)
	rows := []struct{ why, text, code, side string }{
		{"a scene in Pakistan", "Taliban militants bombed a police station in Peshawar, killing six officers.", "18", "PAK>"},
		{"fought by Pakistan's army in a valley the gazetteer lacks", "Pakistani soldiers clashed with Taliban fighters in the Tirah valley.", "19", ">PAK"},
		// Must-nots, written as the side the rule must leave.
		{"a scene in Afghanistan", "Taliban fighters attacked a police post in Kandahar.", "19", "AFG>"},
		{"beside an Afghan party", "Pakistani troops handed over Taliban fighters to Afghan officials in Quetta.", "", ""},
	}
	for _, r := range rows {
		evs := codeText(t, p, "2012-05-01", r.text)
		if r.code == "" {
			for i := range evs {
				for _, a := range evs[i].Target {
					if strings.HasPrefix(a.Code, "PAKREB") || strings.HasPrefix(a.Code, "PAKUAF") {
						t.Errorf("%s: %q coded %s with target %s", r.why, r.text, evs[i].CAMEO, a.Code)
					}
				}
			}
			continue
		}
		found := false
		for i := range evs {
			e := &evs[i]
			if !strings.HasPrefix(e.CAMEO, r.code) {
				continue
			}
			src, tgt := actorCodes(e.Source), actorCodes(e.Target)
			want := strings.TrimSuffix(r.side, ">")
			if strings.HasSuffix(r.side, ">") && strings.HasPrefix(src, want) || strings.HasPrefix(r.side, ">") && strings.HasPrefix(tgt, strings.TrimPrefix(r.side, ">")) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q coded %s, want a %s event with %s", r.why, r.text, describe(evs), r.code, r.side)
		}
	}
}
