package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/parley-events/parley/store"
	"github.com/parley-events/parley/store/storetest"
)

// The unfiltered timeline, dyads and actors come from running totals kept at
// write time. A filter that excludes nothing (gmin=-10) forces the direct
// computation over events; the two must agree after inserts, replacements
// and a rolled-back write.
func TestRollupsAgreeWithEvents(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	check := func(stage string) {
		t.Helper()
		all := store.Filter{}
		g := -10.0
		direct := store.Filter{GMin: &g}
		for _, iv := range []store.Interval{store.Day, store.Week, store.Month} {
			for _, sp := range []store.Split{store.SplitNone, store.SplitQuad, store.SplitPLOVER} {
				a, err1 := st.Timeline(ctx, all, iv, sp)
				b, err2 := st.Timeline(ctx, direct, iv, sp)
				if err1 != nil || err2 != nil || fmt.Sprint(a) != fmt.Sprint(b) {
					t.Errorf("%s: timeline %s/%s: rollup %v (%v)\ndirect %v (%v)", stage, iv, sp, a, err1, b, err2)
				}
				from := store.Filter{From: "2020-03-06", To: "2021-06-20"}
				from2 := from
				from2.GMin = &g
				a, _ = st.Timeline(ctx, from, iv, sp)
				b, _ = st.Timeline(ctx, from2, iv, sp)
				if fmt.Sprint(a) != fmt.Sprint(b) {
					t.Errorf("%s: dated timeline %s/%s: rollup %v\ndirect %v", stage, iv, sp, a, b)
				}
			}
		}
		a, _ := st.Dyads(ctx, all, 100)
		b, _ := st.Dyads(ctx, direct, 100)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%s: dyads rollup %v\ndirect %v", stage, a, b)
		}
		for _, side := range []store.Side{store.SideAny, store.SideSource, store.SideTarget} {
			a, _ := st.Actors(ctx, all, side, 100)
			b, _ := st.Actors(ctx, direct, side, 100)
			if fmt.Sprint(a) != fmt.Sprint(b) {
				t.Errorf("%s: actors %s rollup %v\ndirect %v", stage, side, a, b)
			}
		}
	}
	check("empty")
	recs := storetest.Fixture()
	if _, err := st.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	check("fixture")

	// Replace s1 with fewer, changed events; an actor on both sides of one
	// event; s2 loses everything.
	changed := storetest.Fixture()
	s1 := changed[0]
	s1.Story.Text += " v2"
	s1.Events = s1.Events[1:]
	s1.Events[0].Target = append(s1.Events[0].Target, s1.Events[0].Source[0])
	s1.Events[0].QuadClass, s1.Events[0].PLOVER.Type = 3, "ACCUSE"
	s2 := changed[1]
	s2.Story.Text += " v2"
	s2.Events = nil
	if _, err := st.Put(ctx, []store.Record{s1, s2}); err != nil {
		t.Fatal(err)
	}
	check("replaced")

	// A failing write (duplicate ids) rolls back its totals too.
	bad := storetest.Fixture()[2]
	bad.Story.Text += " v2"
	bad.Events = append(bad.Events, bad.Events[0])
	errs, err := st.Put(ctx, []store.Record{bad})
	if err != nil || errs[0] == nil {
		t.Fatalf("bad put: %v %v", errs, err)
	}
	check("rolled back")
	if _, err := st.Put(ctx, storetest.Fixture()); err != nil {
		t.Fatal(err)
	}
	check("restored")
}
