package eval

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/pipeline"
	"github.com/parley-events/parley/story"
)

// None labels the absence of an event in confusion tables.
const None = "none"

// Explainer says in words why a sentence was or was not coded; `parley
// explain` is one. Its output is attached to each miss.
type Explainer interface {
	Explain(sentence string, date string) string
}

// Place is a resolved gold location.
type Place struct {
	Lat, Lon  float64
	Country   string // ISO 3166-1 alpha-3
	IsCountry bool   // the name denotes a whole country
	HasCoord  bool
}

// PlaceLookup resolves a gold place name (with the gold's country code, an
// ISO alpha-2 hint that may be "") through a gazetteer, so the location
// score can use distance and country instead of names alone.
type PlaceLookup interface {
	LookupPlace(name, countryHint string) (Place, bool)
}

// Options tunes Evaluate. The zero value is ready to use.
type Options struct {
	// Misses collects a Miss for every record that is not fully right.
	Misses bool
	// Explainer, when set, explains each miss (only with Misses).
	Explainer Explainer
	// Places, when set, lets the location score compare by distance and
	// country; without it only names are compared.
	Places PlaceLookup
	// KeepModal counts negated and hypothetical events too. By default they
	// are left out, as a dataset built from the output would leave them out.
	KeepModal bool
	// Workers bounds concurrent Code calls; 0 means GOMAXPROCS.
	Workers int
}

// PRF is a precision/recall/F1 triple with the counts behind it.
type PRF struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (p *PRF) finish() {
	p.Precision = ratio(p.TP, p.TP+p.FP)
	p.Recall = ratio(p.TP, p.TP+p.FN)
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	} else {
		p.F1 = 0
	}
}

func (p *PRF) add(q PRF) { p.TP += q.TP; p.FP += q.FP; p.FN += q.FN }

// Rate is Hits out of N.
type Rate struct {
	N    int     `json:"n"`
	Hits int     `json:"hits"`
	Rate float64 `json:"rate"`
}

func (r *Rate) count(hit bool) {
	r.N++
	if hit {
		r.Hits++
	}
}

func (r *Rate) finish() { r.Rate = ratio(r.Hits, r.N) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// CAMEOScores are the scores over records with CAMEO gold (PETRARCH and
// TABARI). See docs/eval.md for the exact definitions.
type CAMEOScores struct {
	Records int `json:"records"`
	Root    PRF `json:"root"`
	Code    PRF `json:"code"`
	Dyad    PRF `json:"dyad"`
	// RootOnly compares the roots alone, whatever the sides: its recall is
	// the share of gold events whose root we coded at all, which splits a
	// miss at root level into a wrong code and a right code with wrong
	// sides.
	RootOnly     PRF  `json:"root_only"`
	ExactRoot    Rate `json:"exact_root"`
	ExactCode    Rate `json:"exact_code"`
	SetEqualRoot Rate `json:"set_equal_root"`
	SetEqualCode Rate `json:"set_equal_code"`
	// NoEvent is the share of noevents records where nothing was coded.
	NoEvent Rate `json:"no_event"`
}

// PLOVERScores are the scores over records with PLOVER gold.
type PLOVERScores struct {
	Records  int  `json:"records"`
	Type     Rate `json:"type"`
	TypeDyad Rate `json:"type_dyad"`
}

// ClassStat is one row of the per-root (or per-type) breakdown.
type ClassStat struct {
	Class   string `json:"class"`
	Support int    `json:"support"` // gold items of this class
	PRF
}

// CategoryStat is one row of the per-category breakdown: the headline
// record-level rate (exact-root, PLOVER type, or ConfliBERT majority) on
// the records of that category.
type CategoryStat struct {
	Category string `json:"category"`
	Rate
}

// Cell is one confusion-table cell: how often gold class Gold met our
// class Ours (None for a missing event on either side).
type Cell struct {
	Gold string `json:"gold"`
	Ours string `json:"ours"`
	N    int    `json:"n"`
}

// Miss is one record the coder did not get fully right.
type Miss struct {
	ID       string   `json:"id"`
	File     string   `json:"file,omitempty"`
	Category string   `json:"category,omitempty"`
	What     string   `json:"what"` // root, code, noevent, type, dyad, majority
	Sentence string   `json:"sentence"`
	Date     string   `json:"date,omitempty"`
	Gold     []string `json:"gold"`
	Ours     []string `json:"ours"`
	Reason   string   `json:"reason,omitempty"`
	// Cause says why the record missed, one of the MissCauses keys.
	Cause string `json:"cause,omitempty"`
}

// Report is everything Evaluate measured. Sections that do not apply to
// the records given are nil.
type Report struct {
	Formats     []string       `json:"formats"`
	Files       []string       `json:"files"`
	Records     int            `json:"records"`
	Scored      int            `json:"scored"`
	Skipped     int            `json:"skipped"`
	SkipReasons map[string]int `json:"skip_reasons,omitempty"`
	CoderErrors int            `json:"coder_errors"`
	// Events is the number of events our coder produced on scored records
	// (after the modality filter).
	Events      int            `json:"events"`
	CAMEO       *CAMEOScores   `json:"cameo,omitempty"`
	PLOVER      *PLOVERScores  `json:"plover,omitempty"`
	ConfliBERT  *Rate          `json:"conflibert_majority,omitempty"`
	Location    *Rate          `json:"location,omitempty"`
	PerClass    []ClassStat    `json:"per_class"`
	PerCategory []CategoryStat `json:"per_category"`
	Confusion   []Cell         `json:"confusion"`
	// MissCauses counts the missed records by cause (see missCause): whether
	// nothing was coded, the right act only negated or hypothetically, the act
	// not at all, or the act with the wrong sides. It tells which stage to
	// work on without reading a single gold sentence.
	MissCauses map[string]int `json:"miss_causes,omitempty"`
	Misses     []Miss         `json:"misses,omitempty"`
}

// Evaluate codes every record that is not Skip as a one-sentence story
// (id and date from the record) and scores the result. A coder error on
// one record counts that record as coded with no events and is tallied in
// CoderErrors; only context cancellation aborts.
func Evaluate(ctx context.Context, c pipeline.Coder, recs []Record, opt Options) (*Report, error) {
	if c == nil {
		return nil, fmt.Errorf("eval: no coder")
	}
	results := make([]recResult, len(recs))
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = scoreRecord(ctx, c, recs[i], opt)
			}
		}()
	}
feed:
	for i := range recs {
		if recs[i].Skip {
			continue
		}
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	return aggregate(recs, results, opt), nil
}

// ourEvent is one of our events reduced to what is scored.
type ourEvent struct {
	src, tgt   []string
	code, root string
	plover     string
	loc        *event.Location
	desc       string
}

// recResult is the per-record outcome, computed on a worker.
type recResult struct {
	done   bool
	err    error
	ours   []ourEvent
	gold   []triple // CAMEO gold, deduplicated
	oursT  []triple // our triples, deduplicated
	cameo  cameoRec
	plover ploverRec
	major  bool
	loc    locRec
	cells  []Cell
	miss   *Miss
	// modal holds the events the modality filter left out, so that a miss
	// can say whether the act was coded as negated or hypothetical.
	modal []ourEvent
	cause string
}

type triple struct{ src, tgt, code string }

func (t triple) root() triple { return triple{t.src, t.tgt, Root(t.code)} }

type cameoRec struct {
	root, code, dyad, rootOnly                     PRF
	exactRoot, exactCode, setEqualRoot, setEqualCd bool
}

type ploverRec struct{ typ, typeDyad bool }

type locRec struct{ scored, hit bool }

func scoreRecord(ctx context.Context, c pipeline.Coder, rec Record, opt Options) recResult {
	res := recResult{done: true}
	evs, err := c.Code(ctx, story.Story{ID: rec.ID, Date: rec.Date, Text: rec.Text})
	if err != nil {
		res.err = err
		evs = nil
	}
	seen := map[string]bool{}
	for _, e := range evs {
		code, root := eventCode(e)
		oe := ourEvent{src: sideKeys(e.Source), tgt: sideKeys(e.Target), code: code, root: root, plover: strings.ToUpper(e.PLOVER.Type), loc: e.Location}
		if !opt.KeepModal && (e.Modality.Negated || e.Modality.Hypothetical) {
			res.modal = append(res.modal, oe)
			continue
		}
		oe.desc = describeOurs(e, oe)
		// The same event coded twice from one sentence is one event.
		key := strings.Join(oe.src, "+") + "|" + strings.Join(oe.tgt, "+") + "|" + code + "|" + oe.plover
		if seen[key] {
			continue
		}
		seen[key] = true
		res.ours = append(res.ours, oe)
	}
	var what string
	switch {
	case rec.Format == FormatConfliBERT || rec.Majority != "":
		what = res.scoreConfliBERT(rec)
	case rec.Format == FormatPLOVER || hasPlover(rec.Gold):
		what = res.scorePLOVER(rec, opt)
	default:
		what = res.scoreCAMEO(rec)
	}
	if res.err != nil && what == "" {
		what = "error"
	}
	res.cause = res.missCause(what, rec)
	if opt.Misses && what != "" {
		m := &Miss{
			ID: rec.ID, File: rec.File, Category: rec.Category, What: what,
			Sentence: rec.Text, Date: rec.Date, Gold: describeGold(rec),
			Cause: res.cause,
		}
		for _, o := range res.ours {
			m.Ours = append(m.Ours, o.desc)
		}
		if res.err != nil {
			m.Reason = "coder error: " + res.err.Error()
		} else if opt.Explainer != nil {
			m.Reason = opt.Explainer.Explain(rec.Text, rec.Date)
		}
		res.miss = m
	}
	return res
}

// The causes a missed record is counted under in Report.MissCauses.
const (
	CauseCoded      = "no-event record coded"
	CauseError      = "coder error"
	CauseNothing    = "nothing coded"
	CauseModalOnly  = "only negated or hypothetical events coded"
	CauseModalAct   = "gold act coded only as negated or hypothetical"
	CauseActMissing = "gold act not coded"
	CauseSides      = "gold act coded, sides differ"
	CauseCode       = "root right, full code differs"
	CauseLocation   = "type and sides right, location differs"
)

// missCause names why a record missed (what is scoreCAMEO's, scorePLOVER's
// or scoreConfliBERT's miss kind), or "" for a hit. "The act" is the gold
// root, PLOVER type or raters' majority root, whichever the set scores.
func (res *recResult) missCause(what string, rec Record) string {
	if what == "" {
		return ""
	}
	// has reports whether one of evs carries the gold act.
	has := func(evs []ourEvent) bool {
		for _, o := range evs {
			switch {
			case rec.Majority != "":
				if o.root == rec.Majority {
					return true
				}
			case what == "type" || what == "dyad" || what == "location":
				for _, g := range rec.Gold {
					if g.PloverType != "" && o.plover == g.PloverType {
						return true
					}
				}
			default:
				for _, t := range res.gold {
					if o.root == Root(t.code) {
						return true
					}
				}
			}
		}
		return false
	}
	switch what {
	case "noevent":
		return CauseCoded
	case "error":
		return CauseError
	case "code":
		return CauseCode
	case "location":
		return CauseLocation
	case "dyad":
		return CauseSides
	}
	switch {
	case len(res.ours) == 0 && res.err != nil:
		return CauseError
	case len(res.ours) == 0 && len(res.modal) > 0 && has(res.modal):
		return CauseModalAct
	case len(res.ours) == 0 && len(res.modal) > 0:
		return CauseModalOnly
	case len(res.ours) == 0:
		return CauseNothing
	case what == "root" && res.cameo.rootOnly.FN == 0:
		return CauseSides
	case has(res.modal) && !has(res.ours):
		return CauseModalAct
	}
	return CauseActMissing
}

func hasPlover(gold []GoldEvent) bool {
	for _, g := range gold {
		if g.PloverType != "" {
			return true
		}
	}
	return false
}

// scoreCAMEO fills the CAMEO sections and returns the miss kind, or "".
func (res *recResult) scoreCAMEO(rec Record) string {
	gold := map[triple]bool{}
	if !rec.NoEvent {
		for _, g := range rec.Gold {
			t := triple{GoldKey(g.Source), GoldKey(g.Target), strings.TrimSpace(g.Code)}
			if !gold[t] {
				gold[t] = true
				res.gold = append(res.gold, t)
			}
		}
	}
	ours := map[triple]bool{}
	for _, o := range res.ours {
		for _, s := range o.src {
			for _, t := range o.tgt {
				tr := triple{s, t, o.code}
				if !ours[tr] {
					ours[tr] = true
					res.oursT = append(res.oursT, tr)
				}
			}
		}
	}
	level := func(f func(triple) triple) (PRF, bool, bool) {
		g, o := map[triple]bool{}, map[triple]bool{}
		for _, t := range res.oursT {
			o[f(t)] = true
		}
		for _, t := range res.gold {
			// A side the gold leaves unknown ("---") cannot contradict an
			// actor we found there: it matches any of ours that agrees on
			// everything else, as in the PLOVER scoring.
			gt := f(t)
			if gt.src == Unknown || gt.tgt == Unknown {
				for _, ot := range res.oursT {
					ot = f(ot)
					if (gt.src == Unknown || gt.src == ot.src) && (gt.tgt == Unknown || gt.tgt == ot.tgt) && gt.code == ot.code {
						gt = ot
						break
					}
				}
			}
			g[gt] = true
		}
		var p PRF
		for t := range o {
			if g[t] {
				p.TP++
			} else {
				p.FP++
			}
		}
		for t := range g {
			if !o[t] {
				p.FN++
			}
		}
		var covered bool
		if rec.NoEvent {
			covered = len(res.ours) == 0
		} else {
			covered = p.FN == 0
		}
		return p, covered, covered && p.FP == 0
	}
	res.cameo.root, res.cameo.exactRoot, res.cameo.setEqualRoot = level(triple.root)
	res.cameo.code, res.cameo.exactCode, res.cameo.setEqualCd = level(func(t triple) triple { return t })
	res.cameo.dyad, _, _ = level(func(t triple) triple { return triple{t.src, t.tgt, ""} })
	res.cameo.rootOnly, _, _ = level(func(t triple) triple { return triple{"", "", Root(t.code)} })

	// Confusion cells: pair each gold root with our best counterpart.
	var goldRoots []string
	var goldDyads [][2]string
	for _, t := range res.gold {
		goldRoots = append(goldRoots, Root(t.code))
		goldDyads = append(goldDyads, [2]string{t.src, t.tgt})
	}
	units := make([]unit, len(res.oursT))
	for i, t := range res.oursT {
		units[i] = unit{class: Root(t.code), src: []string{t.src}, tgt: []string{t.tgt}}
	}
	res.cells = pairClasses(goldRoots, goldDyads, units)
	switch {
	case rec.NoEvent && !res.cameo.exactRoot:
		return "noevent"
	case !res.cameo.exactRoot:
		return "root"
	case !res.cameo.exactCode:
		return "code"
	}
	return ""
}

// unit is one of our coded items as the confusion table sees it: a CAMEO
// triple, or a whole event for PLOVER and ConfliBERT.
type unit struct {
	class    string
	src, tgt []string
}

// pairClasses builds confusion cells for one record. Each gold class takes
// an unused unit of ours of the same class if there is one, else one with
// the same dyad, else any unused one, else None; our leftover units become
// (None, ours). A record with no gold and nothing coded is (None, None).
func pairClasses(gold []string, dyads [][2]string, ours []unit) []Cell {
	used := make([]bool, len(ours))
	var cells []Cell
	pick := func(ok func(unit) bool) int {
		for i := range ours {
			if !used[i] && ok(ours[i]) {
				used[i] = true
				return i
			}
		}
		return -1
	}
	for gi, g := range gold {
		i := pick(func(u unit) bool { return u.class == g })
		if i < 0 && gi < len(dyads) {
			d := dyads[gi]
			i = pick(func(u unit) bool { return contains(u.src, d[0]) && contains(u.tgt, d[1]) })
		}
		if i < 0 {
			i = pick(func(unit) bool { return true })
		}
		got := None
		if i >= 0 {
			got = classOr(ours[i].class, None)
		}
		cells = append(cells, Cell{Gold: g, Ours: got, N: 1})
	}
	for i := range ours {
		if !used[i] {
			cells = append(cells, Cell{Gold: None, Ours: classOr(ours[i].class, None), N: 1})
		}
	}
	if len(gold) == 0 && len(ours) == 0 {
		cells = append(cells, Cell{Gold: None, Ours: None, N: 1})
	}
	return cells
}

// eventUnits turns our events into confusion units of the given class.
func eventUnits(ours []ourEvent, class func(ourEvent) string) []unit {
	out := make([]unit, len(ours))
	for i, o := range ours {
		out[i] = unit{class: class(o), src: o.src, tgt: o.tgt}
	}
	return out
}

func classOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// scorePLOVER fills the PLOVER and location sections.
func (res *recResult) scorePLOVER(rec Record, opt Options) string {
	typ := ""
	for _, g := range rec.Gold {
		if g.PloverType != "" {
			typ = g.PloverType
			break
		}
	}
	for _, o := range res.ours {
		if o.plover == typ {
			res.plover.typ = true
			if ploverDyadOK(rec.Gold, o) {
				res.plover.typeDyad = true
			}
		}
	}
	var dyads [][2]string
	if g := rec.Gold; len(g) > 0 {
		dyads = [][2]string{{GoldKey(g[0].Source), GoldKey(g[0].Target)}}
	}
	res.cells = pairClasses([]string{typ}, dyads, eventUnits(res.ours, func(o ourEvent) string { return o.plover }))
	if rec.Loc != nil {
		res.loc.scored = true
		for _, o := range res.ours {
			if o.loc != nil && locationMatch(*rec.Loc, *o.loc, opt.Places) {
				res.loc.hit = true
				break
			}
		}
	}
	switch {
	case !res.plover.typ:
		return "type"
	case !res.plover.typeDyad:
		return "dyad"
	case res.loc.scored && !res.loc.hit:
		// Type and dyad right, place wrong: listed too, or a location
		// miss would never show in --misses.
		return "location"
	}
	return ""
}

// ploverDyadOK: some gold source × target pair is met by the event, where
// an empty gold side accepts anything (the GSR leaves the target empty for
// reciprocal "X and Y agreed" events) and a filled one must be among the
// event's keys on that side.
func ploverDyadOK(gold []GoldEvent, o ourEvent) bool {
	for _, g := range gold {
		srcOK := g.Source == "" || contains(o.src, GoldKey(g.Source))
		tgtOK := g.Target == "" || contains(o.tgt, GoldKey(g.Target))
		if srcOK && tgtOK {
			return true
		}
	}
	return false
}

func (res *recResult) scoreConfliBERT(rec Record) string {
	for _, o := range res.ours {
		if o.root == rec.Majority {
			res.major = true
		}
	}
	res.cells = pairClasses([]string{rec.Majority}, nil, eventUnits(res.ours, func(o ourEvent) string { return o.root }))
	if !res.major {
		return "majority"
	}
	return ""
}

func describeOurs(e event.Event, o ourEvent) string {
	side := func(as []event.Actor, keys []string) string {
		if len(as) == 0 {
			return Unknown
		}
		var parts []string
		for _, a := range as {
			parts = append(parts, classOr(a.Code, Unknown))
		}
		return strings.Join(parts, "+")
	}
	s := fmt.Sprintf("%s→%s %s", side(e.Source, o.src), side(e.Target, o.tgt), classOr(o.code, "?"))
	if o.plover != "" {
		s += " " + o.plover
	}
	if e.Location != nil && e.Location.Name != "" {
		s += " @" + e.Location.Name
	}
	if e.Evidence.Pattern != "" {
		s += " [" + e.Evidence.Pattern + "]"
	}
	return s
}

func describeGold(rec Record) []string {
	var out []string
	switch {
	case rec.Majority != "":
		return []string{"majority " + rec.Majority + " of raters " + strings.Join(rec.Raters, ",")}
	case rec.NoEvent && rec.Error != "":
		return []string{"no event (error " + rec.Error + ")"}
	case rec.NoEvent:
		return []string{"no event"}
	}
	for _, g := range rec.Gold {
		s := fmt.Sprintf("%s→%s", classOr(g.Source, Unknown), classOr(g.Target, Unknown))
		if g.Code != "" {
			s += " " + g.Code
		}
		if g.PloverType != "" {
			s += " " + g.PloverType
		}
		out = append(out, s)
	}
	if rec.Loc != nil {
		out = append(out, "location "+rec.Loc.Name)
	}
	return out
}

func aggregate(recs []Record, results []recResult, opt Options) *Report {
	rep := &Report{SkipReasons: map[string]int{}}
	formats, files := map[string]bool{}, map[string]bool{}
	var cameo CAMEOScores
	var plover PLOVERScores
	var major, loc Rate
	perClass := map[string]*ClassStat{}
	perCat := map[string]*Rate{}
	cells := map[[2]string]int{}
	class := func(c string) *ClassStat {
		if perClass[c] == nil {
			perClass[c] = &ClassStat{Class: c}
		}
		return perClass[c]
	}
	for i, rec := range recs {
		rep.Records++
		if !formats[rec.Format] {
			formats[rec.Format] = true
			rep.Formats = append(rep.Formats, rec.Format)
		}
		if rec.File != "" && !files[rec.File] {
			files[rec.File] = true
			rep.Files = append(rep.Files, rec.File)
		}
		if rec.Skip {
			rep.Skipped++
			rep.SkipReasons[classOr(rec.SkipReason, "skipped")]++
			continue
		}
		r := results[i]
		if !r.done {
			continue
		}
		rep.Scored++
		rep.Events += len(r.ours)
		if r.cause != "" {
			if rep.MissCauses == nil {
				rep.MissCauses = map[string]int{}
			}
			rep.MissCauses[r.cause]++
		}
		if r.err != nil {
			rep.CoderErrors++
		}
		cat := classOr(rec.Category, rec.Format)
		if perCat[cat] == nil {
			perCat[cat] = &Rate{}
		}
		for _, c := range r.cells {
			cells[[2]string{c.Gold, c.Ours}] += c.N
		}
		switch {
		case rec.Format == FormatConfliBERT || rec.Majority != "":
			major.count(r.major)
			perCat[cat].count(r.major)
			cs := class(rec.Majority)
			cs.Support++
			if r.major {
				cs.TP++
			} else {
				cs.FN++
			}
			for _, root := range ourClasses(r.ours, func(o ourEvent) string { return o.root }) {
				if root != rec.Majority {
					class(root).FP++
				}
			}
		case rec.Format == FormatPLOVER || hasPlover(rec.Gold):
			plover.Records++
			plover.Type.count(r.plover.typ)
			plover.TypeDyad.count(r.plover.typeDyad)
			perCat[cat].count(r.plover.typ)
			typ := rec.Gold[0].PloverType
			cs := class(typ)
			cs.Support++
			if r.plover.typ {
				cs.TP++
			} else {
				cs.FN++
			}
			for _, t := range ourClasses(r.ours, func(o ourEvent) string { return o.plover }) {
				if t != typ {
					class(t).FP++
				}
			}
			if r.loc.scored {
				loc.count(r.loc.hit)
			}
		default:
			cameo.Records++
			cameo.Root.add(r.cameo.root)
			cameo.Code.add(r.cameo.code)
			cameo.Dyad.add(r.cameo.dyad)
			cameo.RootOnly.add(r.cameo.rootOnly)
			cameo.ExactRoot.count(r.cameo.exactRoot)
			cameo.ExactCode.count(r.cameo.exactCode)
			cameo.SetEqualRoot.count(r.cameo.setEqualRoot)
			cameo.SetEqualCode.count(r.cameo.setEqualCd)
			if rec.NoEvent {
				cameo.NoEvent.count(len(r.ours) == 0)
			}
			perCat[cat].count(r.cameo.exactRoot)
			g, o := map[triple]bool{}, map[triple]bool{}
			for _, t := range r.gold {
				g[t.root()] = true
			}
			for _, t := range r.oursT {
				o[t.root()] = true
			}
			for t := range g {
				cs := class(t.code)
				cs.Support++
				if o[t] {
					cs.TP++
				} else {
					cs.FN++
				}
			}
			for t := range o {
				if !g[t] {
					class(t.code).FP++
				}
			}
		}
		if r.miss != nil {
			rep.Misses = append(rep.Misses, *r.miss)
		}
	}
	if cameo.Records > 0 {
		for _, p := range []*PRF{&cameo.Root, &cameo.Code, &cameo.Dyad, &cameo.RootOnly} {
			p.finish()
		}
		for _, r := range []*Rate{&cameo.ExactRoot, &cameo.ExactCode, &cameo.SetEqualRoot, &cameo.SetEqualCode, &cameo.NoEvent} {
			r.finish()
		}
		rep.CAMEO = &cameo
	}
	if plover.Records > 0 {
		plover.Type.finish()
		plover.TypeDyad.finish()
		rep.PLOVER = &plover
	}
	if major.N > 0 {
		major.finish()
		rep.ConfliBERT = &major
	}
	if loc.N > 0 {
		loc.finish()
		rep.Location = &loc
	}
	for _, cs := range perClass {
		cs.finish()
		rep.PerClass = append(rep.PerClass, *cs)
	}
	sort.Slice(rep.PerClass, func(a, b int) bool { return rep.PerClass[a].Class < rep.PerClass[b].Class })
	for c, r := range perCat {
		r.finish()
		rep.PerCategory = append(rep.PerCategory, CategoryStat{Category: c, Rate: *r})
	}
	sort.Slice(rep.PerCategory, func(a, b int) bool { return rep.PerCategory[a].Category < rep.PerCategory[b].Category })
	for k, n := range cells {
		rep.Confusion = append(rep.Confusion, Cell{Gold: k[0], Ours: k[1], N: n})
	}
	sort.Slice(rep.Confusion, func(a, b int) bool {
		x, y := rep.Confusion[a], rep.Confusion[b]
		if x.Gold != y.Gold {
			return x.Gold < y.Gold
		}
		return x.Ours < y.Ours
	})
	if len(rep.SkipReasons) == 0 {
		rep.SkipReasons = nil
	}
	return rep
}

// ourClasses is the distinct non-empty classes among our events.
func ourClasses(ours []ourEvent, class func(ourEvent) string) []string {
	seen := map[string]bool{}
	var out []string
	for _, o := range ours {
		c := class(o)
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}
