package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/data"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/ontology"
	"github.com/parley-events/parley/story"
	"github.com/parley-events/parley/text"
	"github.com/parley-events/parley/text/fasttag"
	"github.com/parley-events/parley/verb"
	"github.com/parley-events/parley/when"
)

// Placer finds event locations; the geo stage implements it. It sees the
// whole story so it can weigh the story's country focus.
type Placer interface {
	// Place returns the location of each event of the story (nil when no
	// place can be tied to it), given the analysed sentences.
	Place(sents []text.Sentence, claimed [][][2]int, events []*event.Event, heads []int, focus map[string]float64) []*event.Location
}

// Pipeline is the default Coder: text → actor → verb → when → geo.
type Pipeline struct {
	Text     *text.Analyzer
	Actors   *actor.Resolver
	Verbs    *verb.Coder
	Dates    *when.Resolver
	Places   Placer // may be nil: events then have no location
	Onto     *ontology.Ontology
	ActorDB  *actor.Dictionary
	VerbDB   *verb.Dictionary
	Discards *Discards

	// work holds *work buffers that Code and CodeBatch analyse into.
	work sync.Pool
}

// work is one story's analysis storage, reused from story to story by
// Code, which drops each analysis once its events are built: the token
// and sentence arrays were a third of the bytes allocated per story.
type work struct {
	toks     []text.Token
	sents    []text.Sentence
	analysis Analysis
	focus    map[string]float64 // the analysis's, cleared and reused
	// events' scratch
	heads   []int
	objects [][2]int // beside heads: the bytes of the place of what the event judges (verb.Match.ObjectPlace)
	claimed [][][2]int
	spans   [][2]int // the claimed spans of all a story's sentences
	places  []text.Sentence
	ptrs    []*event.Event
	seen    dyads
}

// maxWorkTokens bounds the token array a pooled work keeps.
const maxWorkTokens = 1 << 14

func (p *Pipeline) getWork() *work {
	if w, ok := p.work.Get().(*work); ok {
		return w
	}
	return new(work)
}

// putWork clears what the story left, so the pool keeps no story's
// strings alive and the next analysis starts from zero values.
func (p *Pipeline) putWork(w *work) {
	clear(w.toks)
	clear(w.sents)
	clear(w.analysis.Sentences)
	w.analysis = Analysis{Sentences: w.analysis.Sentences[:0]}
	clear(w.claimed)
	clear(w.places)
	clear(w.ptrs)
	clear(w.seen)
	w.heads, w.objects, w.claimed, w.places, w.ptrs, w.seen, w.spans = w.heads[:0], w.objects[:0], w.claimed[:0], w.places[:0], w.ptrs[:0], w.seen[:0], w.spans[:0]
	if cap(w.toks) > maxWorkTokens {
		return
	}
	w.toks, w.sents = w.toks[:0], w.sents[:0]
	p.work.Put(w)
}

// NewDefault builds the pipeline from the embedded dictionaries.
func NewDefault() (Coder, error) { return New() }

// New builds the concrete pipeline from the embedded dictionaries.
func New() (*Pipeline, error) {
	ta, err := fasttag.NewAnalyzer()
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	onto, err := ontology.Load()
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	adb, err := actor.Load(data.FS, "actors")
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	vdb, err := verb.Load(data.FS, "verbs", func(c string) bool { _, ok := onto.Event(c); return ok })
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	dr, err := when.New()
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	disc, err := LoadDiscards(data.FS, "discards")
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	gaz, err := geo.Load()
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	return &Pipeline{
		Text: ta, Actors: actor.NewResolver(adb), Verbs: verb.NewCoder(vdb), Dates: dr,
		Onto: onto, ActorDB: adb, VerbDB: vdb, Discards: disc, Places: GeoPlacer{G: gaz},
	}, nil
}

// Analysis is everything the stages found in a story; Explain and the UI
// read it, Code turns it into events.
type Analysis struct {
	Story     story.Story
	Sentences []SentenceAnalysis
	Focus     map[string]float64

	// datelineFocus is the country the wire dateline's city added to
	// Focus, or "": where the story was filed, which corefer weighs
	// below every state the text names.
	datelineFocus string
	// headState is the state of the outlet a monitoring head names
	// ("SPA:", "Text of report by Iranian news agency IRNA:"), or ""
	// (monitorhead_m40.go).
	headState string
	// visits are the story's travel destinations in text order ("Li Qiang
	// visited Canberra"), the first eight. Destinations make no focus
	// (elsewhere), but after one the local people and bodies are the
	// visited state's (scene).
	visits  [8]visit
	nvisits int
}

// visit is a travel destination's state and where the text names it.
type visit struct {
	country   string
	sent, tok int
}

// SentenceAnalysis is one sentence's stage outputs.
type SentenceAnalysis struct {
	Sentence  text.Sentence
	Groups    []actor.Group
	Verbs     verb.Result
	Dates     []when.Expr
	Discarded string // why the sentence was skipped, if it was

	// dateline is the number of tokens of the wire dateline that opens
	// the story's first sentence ("BEIRUT, June 14 (Reuters) -"), 0 when
	// there is none: the actors inside it are where the reporter files
	// from, no sign of whom the story is about.
	dateline int

	// sentenceState's answer, found once
	state                string
	stateArmy, stateDone bool

	// place mentions found while filling in actors' countries, computed at
	// most once per sentence
	mentions     []geo.Mention
	mentionsDone bool
}

// plainMentions returns the sentence's place mentions read without actor
// claims or a story focus, found on first use and kept: several rules ask
// for them.
func (sa *SentenceAnalysis) plainMentions(g *geo.Gazetteer) []geo.Mention {
	if !sa.mentionsDone {
		// A named armed group's state ("Boko Haram" NGA) counts as one
		// the sentence names, so a village abroad named like one of its
		// towns is a homonym ("attacked the town of Baga": no Bagà in
		// Spain). Rare: a slice only when there is one.
		var named []string
		for gi := range sa.Groups {
			for pi := range sa.Groups[gi].Phrases {
				ph := &sa.Groups[gi].Phrases[pi]
				if ph.Country != "" && !ph.Inferred && len(ph.Sectors) > 0 && nonStateArmed(ph.Sectors[0]) && !slices.Contains(named, ph.Country) {
					named = append(named, ph.Country)
				}
			}
		}
		var f *geo.Focus
		if named != nil {
			f = geo.NamedFocus(named)
		}
		sa.mentions, sa.mentionsDone = mentionsOf(g, &sa.Sentence, nil, f), true
	}
	return sa.mentions
}

// Code implements Coder. A fault in a rule that panics on some text fails
// that story with an error naming it, rather than the whole run: the
// other stories are still coded and the failed one is reported, not lost.
func (p *Pipeline) Code(ctx context.Context, s story.Story) (evs []event.Event, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			evs, err = nil, &InternalError{StoryID: s.ID, Value: r}
		}
	}()
	if len(s.Text) > windowBytes {
		return p.codeWindows(ctx, s, windowBytes, nil) // window.go
	}
	w := p.getWork()
	evs = p.events(p.analyze(s, nil, false, w), nil, w)
	p.putWork(w) // not after a panic: its buffers may be half-written
	return evs, nil
}

// InternalError is a panic inside the coder, caught for one story. It is
// a bug in parley, never the input's fault; the message asks for a report.
type InternalError struct {
	StoryID string
	Value   any
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("internal error coding story %q (a bug in parley; please report it with the story's text): %v", e.StoryID, e.Value)
}

// Analyze runs the text, actor and verb stages over a story.
func (p *Pipeline) Analyze(s story.Story) *Analysis { return p.analyze(s, nil, false, nil) }

// AnalyzeTrace is Analyze that records every verb pattern tried, for
// explain output.
func (p *Pipeline) AnalyzeTrace(s story.Story) *Analysis { return p.analyze(s, nil, true, nil) }

// Timings accumulates time spent per stage; `parley bench` reads it.
type Timings struct {
	Text, Actors, Verbs, Dates, Places, Assemble time.Duration
	Sentences, Events                            int
}

func since(t *Timings, d *time.Duration, start time.Time) time.Time {
	if t == nil {
		return start
	}
	now := time.Now()
	*d += now.Sub(start)
	return now
}

// analyze analyses into w when it is not nil: the analysis is then valid
// only until w is put back.
func (p *Pipeline) analyze(s story.Story, t *Timings, trace bool, w *work) *Analysis {
	a := p.analyzeText(s, t, w)
	p.analyzeActors(a, t)
	p.analyzeVerbs(a, t, trace)
	return a
}

// The three analysis stages, which CodeBatch runs stage by stage over many
// stories; analyze runs them in turn over one.

// analyzeText splits a story into tagged sentences.
func (p *Pipeline) analyzeText(s story.Story, t *Timings, w *work) *Analysis {
	var t0 time.Time
	if t != nil {
		t0 = time.Now()
	}
	var sents []text.Sentence
	var a *Analysis
	if w != nil {
		sents = p.Text.AnalyzeInto(s.Text, w.sents, &w.toks)
		w.sents = sents
		a = &w.analysis
		if w.focus == nil {
			w.focus = make(map[string]float64, 8)
		}
		clear(w.focus)
		a.Story, a.Focus = s, w.focus
		a.Sentences = slices.Grow(a.Sentences[:0], len(sents))[:len(sents)]
	} else {
		sents = p.Text.Analyze(s.Text)
		a = &Analysis{Story: s, Sentences: make([]SentenceAnalysis, len(sents)), Focus: map[string]float64{}}
	}
	for i := range sents {
		a.Sentences[i].Sentence = sents[i]
	}
	if t != nil {
		t.Sentences += len(sents)
		since(t, &t.Text, t0)
	}
	return a
}

// analyzeActors applies the discard rules, resolves actors and fills in
// the countries the text left out.
func (p *Pipeline) analyzeActors(a *Analysis, t *Timings) {
	var t0 time.Time
	if t != nil {
		t0 = time.Now()
	}
	p.resolveActors(a)
	p.finishActors(a)
	if t != nil {
		since(t, &t.Actors, t0)
	}
}

// resolveActors is analyzeActors' first half: discards, actor phrases and
// the story's focus, sentence by sentence.
func (p *Pipeline) resolveActors(a *Analysis) {
	discarded := 0
	var known []*actor.Entry // people named in full so far (storyPeople)
	for i := range a.Sentences {
		sa := &a.Sentences[i]
		toks := sa.Sentence.Tokens
		if why := p.Discards.Sentence(toks); why != "" {
			sa.Discarded = why
			// Only topics that fill a whole story (sport, entertainment,
			// obituaries) count towards discarding it: a markets or
			// company paragraph inside a sanctions story does not.
			if p.Discards.Spreads(why) {
				discarded++
			}
			continue
		}
		sa.Groups = p.Actors.ResolveKnown(toks, a.Story.Date, known)
		known = storyPeople(sa.Groups, known)
		p.townState(sa) // "Atlanta, Georgia" before the count (palace_a39.go)
		dl := -1
		if i == 0 && len(toks) > 2 && len(toks[0].Text) > 1 && isUpper(toks[0].Text[0]) && (isUpper(toks[0].Text[1]) || parenNear(&sa.Sentence)) {
			dl = datelineEnd(&sa.Sentence)
		}
		if dl > 0 {
			// Before the count: the agency only files the story, so
			// "MOGADISHU (AFP) -" is Somalia's story, not France's too.
			dropAgency(sa, dl)
			sa.dateline = dl
		} else if i == 0 {
			if colon, c := p.monitorHead(sa); colon > 0 {
				// "Text of report by Iranian news agency IRNA:" is the
				// channel, as a wire dateline is: no actor, and its
				// state the story's weakest sign (monitorhead_m40.go).
				dropHead(sa, colon)
				sa.dateline = colon
				a.datelineFocus, a.headState = c, c
				a.Focus[c]++
			}
		}
		for gi := range sa.Groups {
			for pi := range sa.Groups[gi].Phrases {
				ph := &sa.Groups[gi].Phrases[pi]
				// An embassy or an envoy abroad is its state's, but not a
				// sign that the story is about that state (Phrase.Outpost).
				if ph.Country != "" && p.isState(ph.Country) && !ph.Outpost() && !namedOutlet(toks, ph) && !envoy(toks[ph.End-1].Lower) && !(ph.End < len(toks) && andOrComma(toks[ph.End].Lower) && sharedEnvoy(toks, ph.End)) && !elsewhere(toks, ph) && !(nearBorder(toks, ph) && borderSide(toks, ph)) {
					if ph.End <= sa.dateline {
						if a.datelineFocus != "" {
							continue // "NAIROBI, Kenya --" is one place, counted once
						}
						a.datelineFocus = ph.Country
					}
					a.Focus[ph.Country]++
				} else if a.nvisits < len(a.visits) && ph.Country != "" && p.isState(ph.Country) && travelDestination(toks, ph) {
					a.visits[a.nvisits] = visit{ph.Country, i, ph.Start}
					a.nvisits++
				}
			}
		}
	}
	// A story that is mostly sport, entertainment or obituary is discarded
	// whole: its remaining sentences share the topic.
	if discarded >= 3 {
		for i := range a.Sentences {
			if a.Sentences[i].Discarded == "" {
				a.Sentences[i].Discarded = fmt.Sprintf("story discarded: %d sentences are about sport, entertainment or obituaries", discarded)
				a.Sentences[i].Groups = nil
			}
		}
	}
}

// finishActors is analyzeActors' second half: the countries the text left
// out, from the whole story.
func (p *Pipeline) finishActors(a *Analysis) {
	p.pakistanTaliban(a) // taliban_a29.go
	p.corefer(a)
}

// analyzeVerbs codes each sentence's verb patterns and finds the dates of
// those that coded something.
func (p *Pipeline) analyzeVerbs(a *Analysis, t *Timings, trace bool) {
	var t0 time.Time
	if t != nil {
		t0 = time.Now()
	}
	p.codeVerbs(a, trace)
	if t != nil {
		t0 = since(t, &t.Verbs, t0)
	}
	p.findDates(a)
	if t != nil {
		since(t, &t.Dates, t0)
	}
}

// codeVerbs is analyzeVerbs' first half: each sentence's verb patterns.
func (p *Pipeline) codeVerbs(a *Analysis, trace bool) {
	prev := -1
	for i := range a.Sentences {
		sa := &a.Sentences[i]
		if sa.Discarded != "" {
			prev = -1 // a pronoun does not reach past a skipped sentence
			continue
		}
		var ante *verb.Antecedent
		if prev >= 0 {
			ante = &a.Sentences[prev].Verbs.Subject
		}
		groups := sa.Groups
		if sa.dateline > 0 && len(groups) > 1 && groups[0].End <= sa.dateline && !speakerLead(&sa.Sentence, groups[1:], sa.dateline) {
			// "BEIRUT (Reuters) - The shelling of Mariupol by Russian
			// forces ...": the dateline's city is where the reporter files
			// from, no side of the events the lead names actors for. It
			// stays the speaker of a lead that names none ("MOSCOW
			// (Reuters) - A spokesman said the talks with Japan ...").
			groups = groups[1:]
		}
		sa.Verbs = p.Verbs.CodeAfter(sa.Sentence.Tokens, groups, ante, trace)
		heldAbroad(sa)
		topicForce(sa)
		reactionAgent(sa)
		bareComplaints(sa) // complaint_n20.go
		lentSelfHarm(sa)
		prev = i
	}
}

// findDates is analyzeVerbs' second half: the dates of the sentences that
// coded something.
func (p *Pipeline) findDates(a *Analysis) {
	for i := range a.Sentences {
		sa := &a.Sentences[i]
		if sa.Discarded == "" && (len(sa.Verbs.Matches) > 0 || len(sa.Verbs.Attach) > 0) {
			sa.Dates = p.Dates.Find(sa.Sentence.Text)
		}
	}
}

// speakerLead reports whether a lead's first verb after the dateline's
// dash (token dl) is a reporting verb with no actor group before it: an
// unnamed speaker ("A spokesman said ..."), whom wire coding takes to be
// the dateline's state.
func speakerLead(s *text.Sentence, groups []actor.Group, dl int) bool {
	for k := dl + 1; k < len(s.Tokens); k++ {
		if s.Tokens[k].IsVerb() {
			return reportWord(s.Tokens[k].Lower) && (len(groups) == 0 || groups[0].Start > k)
		}
	}
	return false
}

// isState: ISO countries and territories, not CAMEO regions ("AFR"),
// can be a story's focus.
func (p *Pipeline) isState(code string) bool {
	kind, ok := p.Onto.CountryKind(code)
	return ok && kind != "region" && kind != "international"
}

// domestic sectors belong to one state; a bare "the opposition" or "regime
// forces" takes its country from the story.
var domestic = wordset.Of(
	"GOV", "MIL", "OPP", "REB", "COP", "JUD", "LEG",
	"PTY", "SPY", "INS", "ELI", "CVL", "BUS",
	"MED", "EDU", "HLH", "LAB", "AGR", "CRM", "SEP",
	// Not REF (refugees are usually someone else's) nor UAF (unidentified
	// by definition).
)

// rightsPerson: a human-rights (HRI) head noun that names a person, who
// is someone's national as any citizen is ("China jailed a human rights
// lawyer" CHNHRI), where "rights groups" and "monitors" are as often
// international bodies and keep no country.
func rightsPerson(w string) bool {
	switch w {
	case "activist", "activists", "lawyer", "lawyers", "defender", "defenders", "campaigner", "campaigners":
		return true
	}
	return false
}

// corefer fills the country of bare-sector phrases: first from the most
// recent phrase in the story with the same sector and a country ("the
// ministry" after "the Kazakh Foreign Ministry"), else from the story's
// dominant country when one clearly leads.
func (p *Pipeline) corefer(a *Analysis) {
	focus := focusCountry(a.Focus)
	if focus != "" && focus == a.datelineFocus && a.Focus[focus] == 1 {
		// "Nairobi (Reuters) - Students marched through Beijing": a
		// dateline alone leads no story; the dateline's own rule below
		// fills a bare sector only when the text says nothing better.
		focus = ""
	}
	// The most recent country of each sector: a few pairs, so a scanned
	// slice, which a one-sentence story never allocates.
	var lastBuf [8][2]string
	last := lastBuf[:0]
	lastOf := func(sec string) string {
		for _, l := range last {
			if l[0] == sec {
				return l[1]
			}
		}
		return ""
	}
	setLast := func(sec, c string) {
		for k := range last {
			if last[k][0] == sec {
				last[k][1] = c
				return
			}
		}
		last = append(last, [2]string{sec, c})
	}
	// The most recent country of each head noun with a country: "the
	// ministry" after "Egypt's foreign ministry summoned the Ethiopian
	// ambassador" is Egypt's, though the ambassador is the last GOV.
	var headBuf [4][2]string
	heads := headBuf[:0]
	headOf := func(h string) string {
		for _, l := range heads {
			if l[0] == h {
				return l[1]
			}
		}
		return ""
	}
	// The story's most recent armed group, when the text named it
	// ("Boko Haram", "Islamic State"): "the militants" and "the group"
	// after it are that group, code and all, not just its country.
	// Pointers stay valid: theGroup only inserts into the sentence at
	// hand, which moves its groups but not the phrases they hold.
	var named *actor.Phrase
	// The latest armed group, named or with a country ("pro-Russian
	// separatists"): what "the gunmen" after it are.
	var armed *actor.Phrase
	// And the antecedents of "the group" (the armed group, or a named
	// rights or aid group: "Amnesty International ... The group said"),
	// "the alliance" (NATO), "the bloc" (the EU), "the North".
	var refs storyRefs
	// fronted: the focus is a scene the story moved to, not its count.
	fronted := false
	// The country of the story's wire dateline, found only when a bare
	// sector has no other country to take ("LAGOS (Reuters) -").
	dlCountry, dlDone := "", false
	// The one state the text of a datelined story names, found only when
	// a bare sector has nothing better (bodyState).
	bodyCountry, bodyArmy, bodyDone := "", false, false
	body := func(i int, ph *actor.Phrase) string {
		if !bodyDone {
			bodyDone = true
			bodyCountry, bodyArmy = p.bodyState(a)
		}
		if bodyArmy && armyBlind(a.Sentences[i].Sentence.Tokens, ph) {
			return ""
		}
		return bodyCountry
	}
	dateline := func() string {
		if !dlDone && len(a.Sentences) > 0 {
			dlDone = true
			dlCountry = p.datelineCountry(&a.Sentences[0])
			if dlCountry == "" {
				// The gazetteer may miss what the actor stage read
				// ("KARACHI - Gunmen ..."): the dateline's own actor.
				dlCountry = a.datelineFocus
			}
		}
		return dlCountry
	}
	for i := range a.Sentences {
		sa := &a.Sentences[i]
		if len(sa.Sentence.Tokens) > 0 && sa.Sentence.Tokens[0].Lower == "in" && sa.Discarded == "" {
			if c := p.frontedPlace(sa); c != "" {
				// "In neighbouring Uganda, police arrested ...": the story
				// has moved on, and its bare sectors with it; what the
				// earlier part named no longer says whose they are.
				last, heads, focus, fronted = last[:0], heads[:0], c, true
			}
		} else if len(sa.Sentence.Tokens) > 3 && sa.Discarded == "" {
			if c := labelCountry(sa); c != "" {
				// "Niger: junta expels French ambassador": the label
				// sets the scene as "In Niger, ..." would
				// (label_s14_d14.go).
				last, heads, focus, fronted = last[:0], heads[:0], c, true
			}
		}
		if sa.Discarded == "" {
			if len(sa.Groups) > 0 {
				selfComplement(sa)
				personPronoun(sa)
				p.ownState(sa)
				p.ownForces(sa)         // ourforces_u18.go
				p.reportedOwnForces(sa) // reportedforces_t30b.go
				pairedDomestic(sa)
			}
			if (refs != storyRefs{}) {
				theGroup(sa, &refs)
			} else if g := namedGroupIn(sa); g != nil {
				// "Israel accused Hezbollah of firing the rocket, a
				// charge the group denied": the group named earlier in
				// the story's first sentence itself.
				r := storyRefs{group: g}
				theGroup(sa, &r)
			}
		}
		for gi := range sa.Groups {
			for pi := range sa.Groups[gi].Phrases {
				ph := &sa.Groups[gi].Phrases[pi]
				if p.enemyPhrase(a, i, ph) {
					continue // "the enemy" in a communique (enemy_d18.go)
				}
				if ph.Code == "---" && len(ph.Sectors) == 0 && ph.End == ph.Start+1 && ph.Start > 0 {
					if c := p.itsNeighbour(a, i, ph); c != "" {
						ph.Country, ph.Code, ph.Inferred = c, c, true
						continue
					}
				}
				if ph.StateRef && ph.Country == "" {
					// "The kingdom also invited Syria", "the country's
					// supreme leader": the state the story refers to.
					if c := p.referredState(a, i, ph); c != "" {
						ph.SetCountry(c)
					} else if c := headStateFor(a, sa, ph); c != "" {
						// "SPA: The Kingdom pledged ...": with no state
						// named before it, the outlet's own.
						ph.SetCountry(c)
					}
					continue
				}
				if ph.Foreign && ph.Country == "" && ph.Start > 0 && len(ph.Sectors) == 1 && ph.Sectors[0] == "JUD" && sa.Sentence.Tokens[ph.Start-1].Lower == "international" {
					// "handed a suspect to the international tribunal in
					// Arusha": a court of many states is an international
					// body, no state's organ nor the host city's.
					ph.Sectors, ph.Code, ph.Inferred = []string{"IGO", "JUD"}, "IGOJUD", true
					continue
				}
				if ph.Foreign {
					// "Foreign fighters from Chechnya joined ...": never the
					// story's or the scene's, but a subject may say where it
					// comes from. After a verb "from" is what they leave
					// ("expelled foreign aid agencies from Darfur").
					toks := sa.Sentence.Tokens
					if c := includedNationals(sa, ph); ph.Country == "" && c != "" {
						// "nine foreigners, most of them Ukrainians"
						// (included_t27.go)
						ph.SetCountry(c)
						ph.Inferred = false
						continue
					}
					if ph.Country == "" && len(ph.Sectors) > 0 && domestic.Has(ph.Sectors[0]) && ph.End < len(toks) && toks[ph.End].Lower == "from" {
						verb := false
						for k := 0; k < ph.Start; k++ {
							verb = verb || toks[k].IsVerb()
						}
						if c := p.placeAfter(sa, ph); c != "" && !verb {
							ph.SetCountry(c)
						}
					}
					continue
				}
				if armed != nil && ph.NeedsCountry() && len(ph.Sectors) == 1 && ph.Sectors[0] == "UAF" && ph.End == ph.Start+1 && ph.Start > 0 && sa.Sentence.Tokens[ph.Start-1].Lower == "the" {
					// "Pro-Russian separatists seized a police station. The
					// gunmen fired at officers": definite unidentified
					// gunmen after an armed group are that group.
					ph.Country, ph.Sectors, ph.Code, ph.Inferred = armed.Country, armed.Sectors, armed.Code, true
					continue
				}
				if ph.NeedsCountry() {
					if pairRef(sa.Sentence.Tokens, ph) || gatheringMembers(sa.Sentence.Tokens, ph) {
						continue
					}
					if c := includedNationals(sa, ph); c != "" {
						// "200 migrants, mostly Afghans": the text gives it,
						// so it is not inferred (included_t27.go)
						ph.SetCountry(c)
						ph.Inferred = false
						continue
					}
					if ph.Start == 1 && i > 0 {
						if w := sa.Sentence.Tokens[0].Lower; w == "its" || w == "their" {
							if q := prevSubject(&a.Sentences[i-1], w == "their"); q != nil {
								// "Beijing sent warships near Taiwan. Its
								// forces held drills": the owner is the
								// sentence before's subject.
								if len(q.Sectors) > 0 && nonStateArmed(q.Sectors[0]) {
									ph.Country, ph.Sectors, ph.Code, ph.Inferred = q.Country, q.Sectors, q.Code, true
								} else {
									ph.SetCountry(q.Country)
								}
								continue
							}
						}
					}
					if ph.Start > 0 && unBody(sa.Sentence.Tokens, ph) {
						// "expelled a UN-backed anti-corruption commission",
						// "a UN-appointed panel": a body the UN set up or
						// backs is the UN's, no state's organ.
						ph.Country, ph.Sectors, ph.Code, ph.Inferred = "", []string{"IGO", "UNO"}, "IGOUNO", true
						continue
					}
					if ph.Start > 1 && sa.Sentence.Tokens[ph.Start-1].Lower == "whose" {
						if whoseOwner(sa, ph) {
							continue
						}
					}
					if p.senderBy(sa, ph) {
						continue // "troops deployed by Kenya" (sender_s18.go)
					}
					if p.sentForce(sa, ph) {
						continue // "Rwanda sent troops" (sentforce_s22.go)
					}
					if ph.Start > 0 && (sa.Sentence.Tokens[ph.Start-1].Lower == "his" || sa.Sentence.Tokens[ph.Start-1].Lower == "her") {
						if c := officeHolderBefore(sa, ph); c != "" {
							// "Kenya summoned the Somali envoy, accusing
							// his government of interference": his is the
							// envoy's, the nearest office holder's.
							ph.SetCountry(c)
							continue
						}
					}
					if craftHead(sa.Sentence.Tokens[ph.End-1].Lower) && statesOnlyAfter(sa, ph) {
						// "Drones struck an oil refinery in the Russian
						// region of Krasnodar": unmarked aircraft are not
						// of the only state they strike.
						continue
					}
					if sa.Sentence.Tokens[ph.Start].Lower == "border" {
						if c := borderGuards(sa); c != "" {
							ph.SetCountry(c) // "border guards at the Polish border"
							continue
						}
					}
					if armedSector(ph.Sectors[0]) && ph.Start > 0 && proWord(sa.Sentence.Tokens[ph.Start-1].Text) {
						// "pro-Russian separatists", "pro-Iranian militias":
						// fighters for another state's cause are not of
						// that state, nor the group named before; they
						// fight where they live, so the place after them
						// says whose they are first.
						if c := p.placeAfter(sa, ph); c != "" {
							ph.SetCountry(c)
							armed = ph
							continue
						}
						// Then the clause's place or the dateline's state,
						// never the patron ("pro-Russian" Russia); nothing
						// else in the story says whose they are.
						patron := p.proState(sa.Sentence.Tokens[ph.Start-1], a.Story.Date)
						if c := p.clausePlace(sa, ph); c != "" && c != patron {
							ph.SetCountry(c)
						} else if c := dateline(); c != "" && c != patron {
							ph.SetCountry(c)
						}
						if ph.Country != "" {
							armed = ph
						}
						continue
					}
					if named != nil && armedSector(ph.Sectors[0]) && (ph.End == ph.Start+1 || ph.Start > 0 && sa.Sentence.Tokens[ph.Start-1].Lower == "the") && p.placeAfter(sa, ph) == "" {
						// "the militants", "the rebels", "the jihadists",
						// "the Islamist movement": one bare word, or a
						// definite bare phrase, after a named group is
						// that group.
						ph.Country, ph.Sectors, ph.Code, ph.Inferred = named.Country, named.Sectors, named.Code, true
						continue
					}
					if ph.Sectors[0] == "SET" {
						if c := settlerState(sa, ph); c != "" {
							ph.SetCountry(c)
						}
						continue
					}
					if !domestic.Has(ph.Sectors[0]) && !(ph.Sectors[0] == "HRI" && rightsPerson(sa.Sentence.Tokens[ph.End-1].Lower)) {
						continue
					}
					if c := earlierCrowd(sa, ph); c != "" {
						// "Protesters gathered in Kabul, and American
						// soldiers fired on the crowd": the crowd is the
						// protesters, not the soldiers' people.
						ph.SetCountry(c)
						continue
					}
					toks := sa.Sentence.Tokens
					if proxyOrgan(toks, ph.Start, ph.Sectors[0]) {
						continue
					}
					if c := talksParty(sa, ph); c != "" {
						// "held talks with communist rebels in Oslo": the
						// venue is no party's state (FC13).
						ph.SetCountry(c)
					} else if c := p.placeAfter(sa, ph); c != "" && !envoy(toks[ph.End-1].Lower) {
						// (An embassy, consulate or envoy "in" a place
						// serves there for another state: "condemned the
						// attack on its consulate in Jalalabad" is no
						// Afghan consulate, S14.)
						// "the rebels in Darfur", "protesters in Kirkuk": the
						// place says whose they are.
						ph.SetCountry(c)
					} else if c := p.fledPlace(sa, ph); c != "" {
						// "drove families out of Avdiivka" (sides_s23.go)
						ph.SetCountry(c)
					} else if c := p.placeBeforeStory(a, i, sa, ph); c != "" {
						// "Aleppo residents", "the Basra provincial
						// council": a town's or province's name before
						// the noun says the same.
						ph.SetCountry(c)
					} else if c := ofOwner(sa, ph); c != "" {
						ph.SetCountry(c)
					} else if c := p.residentsPlace(sa, ph); c != "" {
						ph.SetCountry(c)
					} else if c := ownerHead(toks, ph, headOf); c != "" {
						// "the assembly's president" after "Venezuela's
						// National Assembly": the owner's country, not
						// that of the story's last president.
						ph.SetCountry(c)
					} else if c := headOf(toks[ph.End-1].Lower); c != "" {
						ph.SetCountry(c)
						if stateOrganSector(ph.Sectors[0]) {
							// "Israeli jets struck Syrian army positions.
							// The army said two soldiers were wounded": the
							// army named again is the story's army now,
							// and its soldiers are its own (an organ acted
							// on by another state sets no last country).
							setLast(ph.Sectors[0], c)
						}
					} else if c := p.reactingState(a, i, ph, dateline); c != "" {
						// "SEOUL (Reuters) - North Korea said it had tested
						// a hydrogen bomb. The government condemned the
						// test": a state does not condemn its own act.
						ph.SetCountry(c)
					} else if c := p.reactedState(sa, ph); c != "" {
						// "France condemned Mali after the junta expelled its
						// ambassador" (regime_n20.go)
						ph.SetCountry(c)
					} else if c := p.stationPlace(sa, ph); c != "" {
						// "Kenyan police arrived in Port-au-Prince to
						// fight gangs": where a foreign force went
						// (station_s25.go)
						ph.SetCountry(c)
					} else if c := lastOf(ph.Sectors[0]); c != "" {
						ph.SetCountry(c)
					} else if c := a.scene(i, ph); c != "" && p.clausePlace(sa, ph) == "" {
						// "Li Qiang visited Canberra. Protesters gathered
						// outside Parliament House": after a visit the
						// local people and bodies are the host's.
						ph.SetCountry(c)
					} else if c := p.victimPlace(sa, ph); c != "" {
						// "A Russian missile strike on a shopping centre in
						// Kremenchuk killed 18 people": the victims are
						// where the blow fell, whoever struck it.
						ph.SetCountry(c)
					} else if focus != "" {
						// "Officials said protesters attacked a police
						// station in Basra", in a story about Saudi
						// Arabia: the clause's own place outweighs the
						// story's focus. With no focus the phrase stays
						// bare, and localSides gives the event's sides
						// the place's country.
						f := focus
						if !fronted && headAfter(a, sa, ph, focus) {
							// "Text of report by Xinhua: The Foreign Ministry
							// spokesman accused Washington of ...": the
							// state named only after the speaker is what it
							// acts on; the head's is the speaker's
							// (monitorhead_m40.go).
							f = a.headState
						} else if !fronted && (stateOrgan(ph.Sectors[0], sa.Sentence.Tokens[ph.End-1].Lower) && onlyAfter(p, sa, ph, focus) || p.onlyContentPlace(sa, ph, focus) || (armedSector(ph.Sectors[0]) || ph.Sectors[0] == "CRM") && p.foreignVictimsOnly(sa, ph, focus)) {
							// "Congress blocked military aid to Egypt": the
							// story names Egypt only here, after the
							// subject, as what it acts on. The main
							// country is the other sentences' or none.
							f = p.otherFocus(a.Focus, sa)
						} else if !fronted && (foreignersOnly(sa, ph, focus) || accusedOnly(sa, ph, focus) || allegedOnly(sa, ph, focus)) { // (allegedOnly: sides_s23.go)
							// "NAIROBI (AFP) - Police arrested 14 Somali
							// nationals": foreigners are abroad, so
							// those who act on them are not of their
							// state; the other sentences' country, or
							// the dateline's.
							f = p.otherFocus(a.Focus, sa)
							if f == "" {
								// The state acting in the sentences before
								// goes on before the dateline's: "LONDON -
								// China criticised a U.S. arms sale. The
								// foreign ministry accused Washington" (S14).
								if c := p.actingState(a, i, false); c != "" && c != focus && accusedOnly(sa, ph, focus) {
									f = c
								} else if c := dateline(); c != focus {
									f = c
								}
							}
						}
						if c := p.armedFocusVictim(a, i, ph, focus); c != "" {
							// before the clause's place: the army strikes
							// back where the group came from
							ph.SetCountry(c)
						} else if c := p.clausePlace(sa, ph); c != "" && !p.strikesAt(sa, ph, c, dateline) {
							ph.SetCountry(c)
						} else if f != "" && (!armedSector(ph.Sectors[0]) || !sendsInto(sa, ph, f)) && !p.strikesAt(sa, ph, f, dateline) {
							if struck, o := struckBy(sa, ph, f); !struck {
								ph.SetCountry(f)
							} else if o != "" {
								ph.SetCountry(o)
							}
						}
					} else if c := p.organFocus(a.Focus, sa, ph); c != "" && !fronted {
						// "Sudan expelled the Chadian envoy. The government
						// accused Chad ...": no country leads the story only
						// because this sentence names its target; without
						// it one does.
						ph.SetCountry(c)
					} else if c := p.sentenceState(sa, ph, fronted || len(a.Focus) == 0); c != "" && !headAfter(a, sa, ph, c) && !(stateOrgan(ph.Sectors[0], toks[ph.End-1].Lower) && onlyAfter(p, sa, ph, c)) && !p.onlyContentPlace(sa, ph, c) && !foreignersOnly(sa, ph, c) && !accusedOnly(sa, ph, c) && !allegedOnly(sa, ph, c) {
						// "BEIRUT (Reuters) - Iranian police arrested
						// dozens of protesters": the dateline ties Lebanon
						// with Iran in the count, but the sentence names
						// Iran itself, the stronger sign; it is read as the
						// story's focus would be, the clause's own place
						// first.
						if cp := p.clausePlace(sa, ph); cp != "" && !p.strikesAt(sa, ph, cp, dateline) {
							ph.SetCountry(cp)
						} else if (!armedSector(ph.Sectors[0]) || !sendsInto(sa, ph, c)) && !p.strikesAt(sa, ph, c, dateline) {
							if struck, o := struckBy(sa, ph, c); !struck {
								ph.SetCountry(c)
							} else if o != "" {
								ph.SetCountry(o)
							}
						}
					} else if c := body(i, ph); c != "" && !fronted && !headAfter(a, sa, ph, c) && !p.datelineScene(a, i, ph, c, dateline) && !p.strikesAt(sa, ph, c, dateline) && !(stateOrgan(ph.Sectors[0], toks[ph.End-1].Lower) && onlyAfter(p, sa, ph, c)) && !p.onlyContentPlace(sa, ph, c) && p.clausePlace(sa, ph) == "" && (!armedSector(ph.Sectors[0]) || !sendsInto(sa, ph, c)) && !foreignersOnly(sa, ph, c) && !accusedOnly(sa, ph, c) && !allegedOnly(sa, ph, c) {
						// "BEIRUT (AFP) - Syrian forces shelled Idlib ...
						// The opposition accused the regime ...": the
						// dateline ties Lebanon with Syria in the count,
						// but Syria is the only state the text names.
						ph.SetCountry(c)
					} else if c := dateline(); c != "" && !fronted && !onlyAfter(p, sa, ph, c) && p.clausePlace(sa, ph) == "" && !p.onlyContentPlace(sa, ph, c) && !p.namesOther(sa, ph, c) && !p.placedElsewhere(sa, c) {
						// "ISLAMABAD (Reuters) - ... The army said troops
						// killed four militants": with no country leading
						// the count, a wire story's bare organs are those
						// of the state it was filed from.
						ph.SetCountry(c)
					}
					if ph.Country == "" && stateOrganSector(ph.Sectors[0]) && !fronted && !(ph.Start > 0 && toks[ph.Start-1].Tag == "PRP$") {
						if c := p.actingState(a, i, true); c != "" && !onlyAfter(p, sa, ph, c) {
							// "Saudi warplanes struck Houthi positions in
							// Sanaa. The ministry said ...": a bare state
							// organ nothing else filled is that of the
							// state the story's earlier sentence has
							// acting ("their forces" has a rule of its own).
							ph.SetCountry(c)
						} else if c := p.storyPlaceState(a, i); c != "" && !onlyAfter(p, sa, ph, c) {
							// "A gunman killed 51 people at two mosques in
							// Christchurch. The prime minister said ...":
							// a story that names no state but places its
							// events in one is about that state.
							ph.SetCountry(c)
						} else if c := p.ownPlaceState(a, i, ph); c != "" && !onlyAfter(p, sa, ph, c) {
							// "Rioters looted shops in central Dublin, and
							// police arrested 34 people" (placestate_g37.go)
							ph.SetCountry(c)
						} else if k := strikeAt(sa, ph); k > 0 {
							// "JERUSALEM (AP) - The army said it had struck
							// Hamas targets in the Gaza Strip": an army
							// striking abroad is the dateline state's.
							if c := dateline(); c != "" && p.isState(c) && !p.namedIn(sa, c, k, len(toks)) {
								ph.SetCountry(c)
							}
						}
					}
					if ph.Inferred && ph.Country != "" && seatMetonym(ph) && p.namedOnlyAfter(sa, ph, ph.Country) {
						// "The Palace welcomed the ruling that rejected
						// China's claims" (palace_a39.go)
						if !p.refocusAway(a, sa, ph) {
							unsetCountry(ph)
						}
					}
					if ph.Inferred && ph.Country != "" && actsOnOwnEnvoy(sa, ph, ph.Country) {
						// "The Foreign Office summoned India's deputy high
						// commissioner": a state summons, expels or
						// protests to another state's envoy, never its
						// own (summonenvoy_h39c.go).
						if !p.refocusAway(a, sa, ph) {
							if l := lineOther(sa, ph.Country); l != "" {
								// "... over ceasefire violations along
								// the LoC": the line's other state
								ph.SetCountry(l)
							} else {
								unsetCountry(ph)
							}
						}
					}
					if ph.Country == "" && stateOrganSector(ph.Sectors[0]) {
						// "The Foreign Office summoned the Indian charge
						// d'affaires over firing along the LoC": with no
						// state of its own, the ministry is the named
						// line's other state (summonenvoy_h39c.go).
						if c := envoyActedOn(sa, ph, ""); c != "" {
							if l := lineOther(sa, c); l != "" {
								ph.SetCountry(l)
							} else if h := envoyPostState(sa, c); h != "" {
								// "Syria's ambassador in London was
								// summoned to the Foreign Office": the
								// state hosting the envoy (envoypost_a40.go)
								ph.SetCountry(h)
							}
						}
					}
					if ph.Inferred && ph.Country != "" && ph.Country == mediatorOf(sa, ph) {
						// "Algeria offered to mediate between the junta
						// and ECOWAS": a mediator is on neither side
						// (mediation_s25.go)
						unsetCountry(ph)
					}
					if ph.Country != "" && armedSector(ph.Sectors[0]) {
						armed = ph
					}
					continue
				}
				if len(ph.Sectors) > 0 && ph.Sectors[0] == "IGO" && ph.Country == "" && namedActor(ph) {
					refs.body = ph
				}
				if ph.Country != "" && ph.Start < len(sa.Sentence.Tokens) && !ph.Inferred {
					// "North Korea", "South Sudanese troops": later "the
					// North" and "the South" are these states.
					switch sa.Sentence.Tokens[ph.Start].Text {
					case "North":
						refs.north = ph
					case "South":
						refs.south = ph
					}
				}
				if ph.Country != "" && armedPhrase(ph) {
					armed = ph
				}
				if !ph.Inferred && armedPhrase(ph) {
					// Only the latest armed group is "the militants": a
					// named one, or one the text gave a country ("Syrian
					// rebels"). A reference to it ("the group") keeps it.
					named = nil
					if namedActor(ph) {
						named = ph
					}
					if named != nil {
						armed = ph
					}
					refs.group = named
				} else if len(ph.Sectors) > 0 && ph.Sectors[0] == "NGO" && namedActor(ph) {
					refs.group = ph
				}
				if ph.Country != "" && len(ph.Sectors) > 0 && !ph.Inferred {
					h := sa.Sentence.Tokens[ph.End-1].Lower
					if heldPlace(h) && ph.End-2 > ph.Start {
						// "Syrian army positions": the noun named again
						// is "the army", not the places it holds.
						h = sa.Sentence.Tokens[ph.End-2].Lower
					}
					found := false
					for k := range heads {
						if heads[k][0] == h {
							heads[k][1], found = ph.Country, true
						}
					}
					if !found && len(heads) < cap(heads) {
						heads = append(heads, [2]string{h, ph.Country})
					}
				}
				if ph.Country != "" && !envoy(sa.Sentence.Tokens[ph.End-1].Lower) && !(ph.End < len(sa.Sentence.Tokens) && andOrComma(sa.Sentence.Tokens[ph.End].Lower) && sharedEnvoy(sa.Sentence.Tokens, ph.End)) {
					// An envoy serves abroad: after "ordered the French
					// ambassador to leave", "the junta" is not France's.
					// Nor is a state's organ that another state's subject
					// acts on the story's: after "Pakistan said it had shot
					// down two Indian jets", "the army" is Pakistan's. The
					// same noun still is ("Syrian army positions ... the
					// army"): heads above.
					acted := false
					if len(ph.Sectors) > 0 && stateOrganSector(ph.Sectors[0]) {
						if q := stateSubject(sa); q != nil && q != ph && q.Country != ph.Country && ph.Start > q.End && verbBetween(sa.Sentence.Tokens, q.End, ph.Start) {
							acted = true
						}
					}
					for _, sec := range ph.Sectors {
						if !acted {
							setLast(sec, ph.Country)
						}
					}
				}
			}
		}
		if sa.Discarded == "" {
			// After the fill, so the clause's agent has its country
			// (itsvictim_m17.go).
			p.victimIts(sa)
		}
	}
}

// proState is the state a "pro-" word names ("pro-Russian" → RUS), or "".
func (p *Pipeline) proState(t text.Token, date string) string {
	w := t.Text[len("pro-"):]
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return "" // "pro-government", "pro-democracy"
	}
	tok := []text.Token{{Text: w, Lower: strings.ToLower(w), Lemma: strings.ToLower(w), Tag: "JJ", Start: 0, End: len(w)}}
	for _, g := range p.Actors.Resolve(tok, date) {
		for _, ph := range g.Phrases {
			if ph.Country != "" && len(ph.Sectors) == 0 {
				return ph.Country
			}
		}
	}
	return ""
}

// occupiers maps a territory to the state whose settlers live there:
// CAMEO codes the West Bank's and East Jerusalem's settlers ISRSET, and
// Western Sahara's are Morocco's.
var occupiers = map[string]string{"PSE": "ISR", "ESH": "MAR"}

// settlerState: the state of bare settlers in a sentence that names an
// occupied territory or its people. Settlers are of
// the state that settles them, not of the land they live in: "Settlers
// attacked a Palestinian village in the West Bank" are Israeli, though
// the place, and the village, are Palestinian.
func settlerState(sa *SentenceAnalysis, ph *actor.Phrase) string {
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			if q := &sa.Groups[gi].Phrases[pi]; q != ph && !q.Inferred && occupiers[q.Country] != "" {
				return occupiers[q.Country]
			}
		}
	}
	return ""
}

// reactingState: a bare state organ opening a later sentence of a
// datelined story as the subject of a verb of judging ("The government
// condemned the test", "The prime minister called it unacceptable")
// when the sentence before has another state acting: a state does not
// condemn its own act, so the organ is the dateline state's, when that
// is a third state. "" otherwise. Gated on the verb's lemma.
func (p *Pipeline) reactingState(a *Analysis, i int, ph *actor.Phrase, dateline func() string) string {
	sa := &a.Sentences[i]
	toks := sa.Sentence.Tokens
	if i == 0 || !stateOrganSector(ph.Sectors[0]) || ph.End >= len(toks) || len(sa.Groups) == 0 || sa.Groups[0].Start != ph.Start {
		return ""
	}
	for k := 0; k < ph.Start; k++ {
		if toks[k].Tag != "DT" {
			return "" // the sentence's own opening subject only
		}
	}
	k := ph.End
	for k < len(toks) && k < ph.End+2 && (toks[k].Tag == "RB" || toks[k].Tag == "MD") {
		k++
	}
	if k >= len(toks) || !toks[k].IsVerb() {
		return ""
	}
	switch toks[k].Lemma {
	case "condemn", "denounce", "criticise", "criticize", "deplore", "decry", "slam", "blast", "protest", "accuse", "blame":
	case "call":
		// "called it unacceptable", "called the test a provocation";
		// not "called for calm"
		if k+1 >= len(toks) || toks[k+1].Lower != "it" && toks[k+1].Lower != "the" && toks[k+1].Lower != "this" {
			return ""
		}
	default:
		return ""
	}
	actor := p.actingState(a, i, false) // the actor itself, not its victim
	d := dateline()
	if actor == "" || d == "" || d == actor || !p.isState(d) || reactingOther(a, i) || judgesAnother(sa, k, actor) {
		return ""
	}
	return d
}

// datelineScene: a bare state organ of a later sentence of a datelined
// story, when the sentences before place what happened in the dateline's
// state and not in the state c the text otherwise names, is the
// dateline state's: "KIEV - Russia seized three navy ships near Crimea.
// The president proposed martial law" (Ukraine's president answers
// what was done in Ukraine), "LONDON - A former Russian spy was found
// poisoned in Salisbury. Police said ..." (British police). A story
// filed from a neighbour about events in c keeps c ("BEIRUT (AFP) -
// Syrian forces shelled Idlib. The government said ..."). Places only,
// read once per sentence; gated on the organ's sector.
func (p *Pipeline) datelineScene(a *Analysis, i int, ph *actor.Phrase, c string, dateline func() string) bool {
	if i == 0 || !stateOrganSector(ph.Sectors[0]) {
		return false
	}
	gp, ok := p.Places.(GeoPlacer)
	if !ok {
		return false
	}
	d := dateline()
	if d == "" || d == c || !p.isState(d) {
		return false
	}
	in, victim := false, 0
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		sa := &a.Sentences[j]
		if sa.Discarded != "" {
			break
		}
		if victim >= 0 {
			switch suffered(sa, c) {
			case 1:
				victim = 1
			case -1:
				victim = -1 // c acts in the story
			}
		}
		from := 0
		if sa.dateline > 0 && sa.dateline <= len(sa.Sentence.Tokens) {
			from = sa.Sentence.Tokens[sa.dateline-1].End // the dateline's own city
		}
		for _, m := range sa.plainMentions(gp.G) {
			if m.Start < from || m.Best == nil || m.Best.Precision == geo.PrecisionRegion || m.Best.Precision == geo.PrecisionCountry {
				continue // a state's own name is an actor more than a scene
			}
			if m.Best.Country == d || slices.ContainsFunc(m.Candidates, func(q geo.Place) bool { return q.Country == d }) {
				// a town of the dateline's state is read there
				// ("Salisbury" in a London story)
				in = true
			} else if m.Best.Country == c {
				return false // events in c too: c's story
			}
		}
	}
	// Or c's people only suffered what happened ("A former Russian spy
	// was found poisoned", "Two Chinese engineers were shot dead"): the
	// dateline state's police and government answer it. Not an army,
	// which acts abroad as often.
	return in || victim == 1 && ph.Sectors[0] != "MIL"
}

// suffered reports how the sentence names the state c: 1 when only as
// what is acted on (the subject of a passive verb, "A Chinese engineer
// was killed", or a phrase after the verb), -1 when as an active
// subject, 0 when it names c nowhere outside its dateline.
func suffered(sa *SentenceAnalysis, c string) int {
	toks := sa.Sentence.Tokens
	r := 0
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.Country != c || o.End <= sa.dateline || o.End > len(toks) {
				continue
			}
			if verbBetween(toks, sa.dateline, o.Start) {
				r = 1 // after the verb: what is acted on
				continue
			}
			k := o.End
			for k < len(toks) && k < o.End+3 && (toks[k].Tag == "RB" || toks[k].Lower == "have" || toks[k].Lower == "has" || toks[k].Lower == "had") {
				k++
			}
			if k+1 < len(toks) && (toks[k].Lower == "was" || toks[k].Lower == "were" || toks[k].Lower == "been") && toks[k+1].Tag == "VBN" {
				r = 1
				continue
			}
			if k+1 < len(toks) && toks[k].Lower == "been" {
				continue
			}
			return -1
		}
	}
	return r
}

// strikeAt is the index of the verb of a strike from afar (strike, hit,
// bomb, shell, pound, raid, target) that the bare army ph makes, right
// after it or in what it says of itself ("The army said it had struck",
// "the military said it then hit"); 0 when there is none. Gated on the
// army's sector and a dozen tokens.
func strikeAt(sa *SentenceAnalysis, ph *actor.Phrase) int {
	toks := sa.Sentence.Tokens
	if len(ph.Sectors) == 0 || ph.Sectors[0] != "MIL" || ph.End >= len(toks) {
		return 0
	}
	said := false
	for k := ph.End; k < len(toks) && k < ph.End+8; k++ {
		t := &toks[k]
		switch {
		case t.Tag == "RB" || t.Tag == "MD" || t.Lower == "had" || t.Lower == "has" || t.Lower == "have" || t.Lower == "that":
			continue
		case !said && reportWord(t.Lower):
			said = true
			// what the army says of itself: "it", "its jets", "they"
			if k+1 < len(toks) && toks[k+1].Lower == "that" {
				k++
			}
			if k+1 >= len(toks) || toks[k+1].Lower != "it" && toks[k+1].Lower != "they" {
				return 0
			}
			k++
		case t.IsVerb():
			switch t.Lemma {
			case "strike", "hit", "bomb", "bombard", "shell", "pound", "raid", "target", "rocket":
				return k
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// strikesAt: the state c is named in the sentence only where the bare
// army ph's strike falls, after its verb (strikeAt), so c is the struck
// side, no sign of whose army it is: "JERUSALEM (AP) - The army said it
// had struck hundreds of Hamas targets in the Gaza Strip" (not PSE's);
// not the dateline's state, which names where the army is at home;
// "Israel said it shot down an Iranian drone. The military said it then
// struck the drone's control vehicle in Syria" (not Syria's).
func (p *Pipeline) strikesAt(sa *SentenceAnalysis, ph *actor.Phrase, c string, dateline func() string) bool {
	k := strikeAt(sa, ph)
	if k == 0 || c == dateline() {
		// "KABUL (Reuters) - The army said it had bombed Taliban
		// hideouts in Kunduz": an army strikes at home as often
		return false
	}
	return !p.namedIn(sa, c, 0, k) && p.namedIn(sa, c, k, len(sa.Sentence.Tokens))
}

// namedIn reports whether the sentence names the state c, as an actor or
// a place, between tokens from and to, outside its wire dateline.
func (p *Pipeline) namedIn(sa *SentenceAnalysis, c string, from, to int) bool {
	toks := sa.Sentence.Tokens
	from = max(from, sa.dateline)
	if to > len(toks) || from >= to {
		return false
	}
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.Country == c && o.Start >= from && o.Start < to && !o.Inferred {
				return true
			}
		}
	}
	gp, ok := p.Places.(GeoPlacer)
	if !ok {
		return false
	}
	lo, hi := toks[from].Start, toks[to-1].End
	for _, m := range sa.plainMentions(gp.G) {
		if m.Start >= lo && m.End <= hi && m.Best != nil && m.Best.Country == c {
			return true
		}
	}
	return false
}

// reactingOther: the sentence whose state actingState found acting is
// itself a judgement, which the bare organ after it goes on with
// ("TOKYO (Reuters) - China's foreign ministry criticised the visit.
// The government called it interference": China's, not Japan's): a
// state that condemned is no act another state reacts to (R13). Only
// the verb right after the acting subject is read.
func reactingOther(a *Analysis, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		sa := &a.Sentences[j]
		if sa.Discarded != "" {
			return false
		}
		q := stateSubject(sa)
		if q == nil {
			continue
		}
		toks := sa.Sentence.Tokens
		for k := q.End; k < len(toks) && k < q.End+4; k++ {
			if !toks[k].IsVerb() {
				continue
			}
			switch toks[k].Lemma {
			case "condemn", "denounce", "criticise", "criticize", "deplore", "decry", "slam", "blast", "protest", "accuse", "blame", "reject", "warn",
				"deny", "dismiss", "refute": // a denial is no act others react to (S14)
				return true
			}
			break
		}
		return false
	}
	return false
}

// storyPlaceState is the one state in which the places named by the
// (up to three) sentences before sentence i lie, towns, provinces or
// the state itself, when the story names no state as an actor (its
// focus is empty); "" when they name none, or more than one state.
func (p *Pipeline) storyPlaceState(a *Analysis, i int) string {
	gp, ok := p.Places.(GeoPlacer)
	if !ok || len(a.Focus) > 0 {
		return ""
	}
	c := ""
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		sa := &a.Sentences[j]
		if sa.Discarded != "" {
			break
		}
		for _, m := range sa.plainMentions(gp.G) {
			if m.Best == nil || m.Best.Country == "" || m.Best.Precision == geo.PrecisionRegion {
				continue
			}
			if !p.isState(m.Best.Country) || c != "" && m.Best.Country != c {
				return ""
			}
			c = m.Best.Country
		}
	}
	return c
}

// stateOrganSector: the sectors of a state's own organs, which take
// their country from the state a story has acting: government, armed
// forces, police, spies, courts and legislatures.
func stateOrganSector(sec string) bool {
	switch sec {
	case "GOV", "MIL", "COP", "SPY", "JUD", "LEG":
		return true
	}
	return false
}

// stateSubject is the sentence's subject when it is one state or a
// state's organ with a country named in the text ("Pakistan said",
// "Saudi warplanes struck", after any wire dateline): the first actor
// group, a single phrase with no verb before it. nil otherwise.
func stateSubject(sa *SentenceAnalysis) *actor.Phrase {
	if len(sa.Groups) == 0 || sa.Discarded != "" {
		return nil
	}
	toks := sa.Sentence.Tokens
	gi := 0
	for gi < len(sa.Groups) && sa.Groups[gi].End <= sa.dateline {
		gi++ // the dateline's own city
	}
	if gi >= len(sa.Groups) {
		return nil
	}
	g := &sa.Groups[gi]
	if len(g.Phrases) != 1 || g.End > len(toks) {
		return nil
	}
	for k := max(sa.dateline, 0); k < g.Start; k++ {
		if toks[k].IsVerb() || toks[k].Lower == "," {
			return nil // "On Tuesday, ...", "After X attacked, Y ...": not the clause's own start
		}
	}
	q := &g.Phrases[0]
	if q.Country == "" || q.Inferred || q.Foreign || q.Modifier || len(q.Sectors) > 0 && !stateOrganSector(q.Sectors[0]) {
		return nil
	}
	return q
}

// verbBetween: a finite or participle verb between token indexes from
// and to.
func verbBetween(toks []text.Token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].IsVerb() {
			return true
		}
	}
	return false
}

// actingState is the country of the state acting as the subject of the
// nearest of the three sentences before sentence i that has one, or,
// with attacked, of the one state a non-state armed subject's act names
// (attackedState); "" if none does or a discarded sentence breaks the
// chain.
func (p *Pipeline) actingState(a *Analysis, i int, attacked bool) string {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		sa := &a.Sentences[j]
		if sa.Discarded != "" {
			return ""
		}
		if q := stateSubject(sa); q != nil {
			return q.Country
		}
		if !attacked {
			continue
		}
		if c := p.attackedState(sa); c != "" {
			return c
		}
	}
	return ""
}

// privateSector: people a story names by their nationality abroad as
// often as at home (aid workers, journalists, businessmen, clergy,
// teachers, medics).
func privateSector(sec string) bool {
	switch sec {
	case "MED", "BUS", "NGO", "REL", "CHR", "EDU", "HLH":
		return true
	}
	return false
}

// attackedState: when the sentence's subject is an armed group that is
// no state's ("Houthi drones struck two Saudi oil plants", "Boko Haram
// fighters attacked Baga"), the one state its act names after the verb,
// whose organs are the ones that report and answer the attack; "" when
// it names none or two.
func (p *Pipeline) attackedState(sa *SentenceAnalysis) string {
	if len(sa.Groups) == 0 || sa.Discarded != "" {
		return ""
	}
	toks := sa.Sentence.Tokens
	g := &sa.Groups[0]
	if len(g.Phrases) != 1 || g.End > len(toks) || g.Start > sa.dateline+1 {
		return ""
	}
	q := &g.Phrases[0]
	if len(q.Sectors) == 0 || !nonStateArmed(q.Sectors[0]) && q.Sectors[0] != "SEP" {
		return ""
	}
	c := ""
	for gi := 1; gi < len(sa.Groups); gi++ {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.Country == "" || o.Inferred || o.Foreign || !p.isState(o.Country) || !verbBetween(toks, g.End, o.Start) || o.End > len(toks) {
				continue
			}
			if foreignerHead(toks[o.End-1].Lower) || len(o.Sectors) > 0 && privateSector(o.Sectors[0]) {
				// "kidnapped two French aid workers": people abroad,
				// whose state is not the scene's
				return ""
			}
			if c != "" && o.Country != c {
				return ""
			}
			c = o.Country
		}
	}
	return c
}

// earlierCrowd: the bare definite crowd at ph ("the crowd", "the
// protesters") restates a crowd named earlier in its sentence with a
// country, whose country it takes; "" if there is none.
func earlierCrowd(sa *SentenceAnalysis, ph *actor.Phrase) string {
	toks := sa.Sentence.Tokens
	if ph.Sectors[0] != "CVL" || ph.End != ph.Start+1 || ph.Start == 0 || toks[ph.Start-1].Lower != "the" {
		return ""
	}
	switch toks[ph.Start].Lower {
	case "crowd", "crowds", "protesters", "demonstrators", "marchers", "mourners", "rioters":
	default:
		return ""
	}
	for gi := range sa.Groups {
		for _, q := range sa.Groups[gi].Phrases {
			if q.End <= ph.Start && q.Country != "" && len(q.Sectors) > 0 && q.Sectors[0] == "CVL" {
				return q.Country
			}
		}
	}
	return ""
}

// pairClause: the verb at h has as its own subject, after the phrase that
// ends at from (the speaker), a bare plural after "both" or "the two"
// ("said the two sides would meet", "said both countries had agreed"),
// with only modals, auxiliaries and adverbs between it and the verb.
func pairClause(toks []text.Token, h, from int) bool {
	k := h - 1
	for k > from && (toks[k].Tag == "MD" || toks[k].Tag == "RB" || isAuxWord(toks[k].Lower)) {
		k--
	}
	if k <= from+1 || k >= h || toks[k].Tag != "NNS" {
		return false
	}
	switch toks[k-1].Lower {
	case "both":
		return true
	case "two":
		return k-2 >= from && toks[k-2].Lower == "the"
	}
	return false
}

// isAuxWord: an auxiliary between a subject and its verb.
func isAuxWord(w string) bool {
	switch w {
	case "have", "has", "had", "will", "would", "could", "should", "may", "might", "can", "be", "been", "was", "were", "is", "are", "to":
		return true
	}
	return false
}

// pairRef: a bare plural after "both" or "the two" ("both leaders", "the
// two ministers") refers to two parties, of two states as a rule: it
// takes no one state's country from the sentence or the story ("The two
// leaders met in Geneva to discuss the situation in Syria" are not
// Syria's), and the verb stage reads it as the story's last meeting's
// parties.
func pairRef(toks []text.Token, ph *actor.Phrase) bool {
	if ph.Start < 1 || ph.End != ph.Start+1 || ph.End > len(toks) || toks[ph.Start].Tag != "NNS" {
		return false
	}
	switch toks[ph.Start-1].Lower {
	case "both":
		return true
	case "two":
		return ph.Start >= 2 && toks[ph.Start-2].Lower == "the"
	}
	return false
}

// craftHead: aircraft and drones, which strike from afar; whose they
// are is not where they strike.
func craftHead(w string) bool {
	switch w {
	case "drones", "drone", "warplanes", "warplane", "jets", "bombers", "aircraft", "uavs", "gunships":
		return true
	}
	return false
}

// statesOnlyAfter: the sentence names a state only after the phrase.
//
//go:noinline
func statesOnlyAfter(sa *SentenceAnalysis, ph *actor.Phrase) bool {
	after := false
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.Country == "" || o.Inferred {
				continue
			}
			if o.Start < ph.Start {
				return false
			}
			after = after || o.Start >= ph.End
		}
	}
	return after
}

// victimPlace: the phrase is the bare object of a harm ("killed at least
// 18 people") whose subject names where it fell ("a strike on a shopping
// centre in Kremenchuk"): the country of that town or province, or "".
//
//go:noinline
func (p *Pipeline) victimPlace(sa *SentenceAnalysis, ph *actor.Phrase) string {
	toks := sa.Sentence.Tokens
	v := ph.Start - 1
	for v > 0 && v >= ph.Start-4 && (toks[v].Tag == "CD" || toks[v].Tag == "JJ" || toks[v].Tag == "JJS" || toks[v].Lower == "at" || toks[v].Lower == "than" || toks[v].Lower == "about") {
		v--
	}
	if v < 2 || !toks[v].IsVerb() {
		return ""
	}
	switch toks[v].Lemma {
	case "kill", "wound", "injure":
	case "shoot", "massacre", "slaughter":
		// "stormed a hotel in Nairobi, shooting dead at least 14
		// people": those shot are where the shooting was, as those
		// killed are (F36).
	case "drive", "force", "displace", "uproot":
		// "Russian bombardment in Avdiivka drove families out": the
		// people a blow drove out are where it fell too (S23).
	default:
		return ""
	}
	// Resolving the sentence's places is dear: first a locative and a
	// name before the verb.
	named := false
	for k := 1; k+1 < v; k++ {
		if toks[k+1].Tag == "NNP" && (locative(toks[k].Lower) || struckPlace(toks, k+1) || kindAfterLocative(toks, k+1)) {
			named = true
			break
		}
	}
	gp, ok := p.Places.(GeoPlacer)
	if !named || !ok || gp.G == nil {
		return ""
	}
	c := ""
	for _, m := range sa.plainMentions(gp.G) {
		if m.End > toks[v].Start || m.Best == nil || m.Best.Country == "" || m.Attributive {
			continue
		}
		if m.Best.Precision != geo.PrecisionCity && m.Best.Precision != geo.PrecisionAdmin1 {
			continue
		}
		if j := tokenAt(toks, m.Start); j > 0 && (locative(toks[j-1].Lower) || struckPlace(toks, j) || kindAfterLocative(toks, j)) {
			c = m.Best.Country // the last place before the verb
		}
	}
	return c
}

// struckPlace: the name at j is what a blow struck ("Russian missiles
// struck Kyiv, killing three people", "shelled the city of Kharkiv"):
// the object of a verb of violence, or the name after "the city/town
// of" that such a verb takes. The harm's victims are where it fell.
func struckPlace(toks []text.Token, j int) bool {
	k := j - 1
	if k >= 1 && (toks[k].Lower == "of" || toks[k].Lower == "on") && attackNouns.Has(toks[k-1].Lower) && !victimNouns.Has(toks[k-1].Lower) {
		// "Russian shelling of Kharkiv killed four people", "an Israeli
		// strike on Rafah killed 20": the blow named as a noun fell on
		// the place as the verb's would.
		return true
	}
	if k >= 3 && toks[k].Lower == "of" && placeKind(toks[k-1].Lower) && toks[k-2].Tag == "DT" {
		k -= 3
	}
	if k < 1 || !toks[k].IsVerb() {
		return false
	}
	switch toks[k].Lemma {
	case "strike", "hit", "shell", "bomb", "pound", "attack", "target", "raid", "rocket", "blitz", "bombard", "storm":
		return true
	}
	return false
}

// revengeAfter: the words right after a threat's head ask for revenge
// ("vowed revenge", "vowed to retaliate", "promised a harsh response",
// "threatened reprisals"), which answers an attack.
//
//go:noinline
func revengeAfter(toks []text.Token, head int) bool {
	for k := head + 1; k < len(toks) && k <= head+4; k++ {
		switch toks[k].Lemma {
		case "revenge", "retaliate", "retaliation", "avenge", "response", "respond", "reprisal", "vengeance", "retribution":
			return true
		}
		if toks[k].Lower == "," || toks[k].Lower == "." {
			return false
		}
	}
	return false
}

// armedFocusVictim: a bare "the army" or "the military" in a story whose
// leading state is named only through a non-state armed group of it
// ("Hamas fighters fired rockets at Tel Aviv. The army said the rockets
// were intercepted"; "Hezbollah launched drones at northern Israel. The
// army said it struck back"): a group has no army, so the army is the one
// other state the sentences before name, as an actor or a place, which
// is the state the group struck. With the leading state named as a state
// or an organ, or two other states, it reports "".
//
//go:noinline
func (p *Pipeline) armedFocusVictim(a *Analysis, i int, ph *actor.Phrase, focus string) string {
	if i == 0 || focus == "" || len(ph.Sectors) != 1 || ph.Sectors[0] != "MIL" || ph.End != ph.Start+1 {
		return ""
	}
	switch a.Sentences[i].Sentence.Tokens[ph.Start].Lower {
	case "army", "military":
	default:
		return ""
	}
	armed, other := false, ""
	for si := 0; si < i; si++ {
		sa := &a.Sentences[si]
		at := armedAt(sa, focus)
		if at == -2 {
			return ""
		}
		if at < 0 {
			continue
		}
		armed = true
		for gi := range sa.Groups {
			for _, q := range sa.Groups[gi].Phrases {
				if q.Country == "" || q.Inferred || q.Country == focus || !clauseStruck(sa.Sentence.Tokens, at, q.Start) {
					continue
				}
				if other != "" && other != q.Country {
					return ""
				}
				other = q.Country
			}
		}
	}
	if !armed {
		return ""
	}
	gp, _ := p.Places.(GeoPlacer)
	if gp.G == nil {
		return other
	}
	// The places the group struck, resolved only now that the story is
	// known to name its state through the group alone.
	for si := 0; si < i; si++ {
		sa := &a.Sentences[si]
		at := armedAt(sa, focus)
		if at < 0 {
			continue
		}
		toks := sa.Sentence.Tokens
		for _, m := range sa.plainMentions(gp.G) {
			if m.Best == nil || m.Best.Country == "" || m.Best.Country == focus || m.Attributive || !clauseStruck(toks, at, tokenAt(toks, m.Start)) {
				continue
			}
			if other != "" && other != m.Best.Country {
				return ""
			}
			other = m.Best.Country
		}
	}
	return other
}

// armedAt: where the sentence first names the story's leading state
// through a non-state armed group of it; -1 when it does not name that
// state, -2 when it names it as a state or an organ.
func armedAt(sa *SentenceAnalysis, focus string) int {
	at := -1
	for gi := range sa.Groups {
		for _, q := range sa.Groups[gi].Phrases {
			if q.Country != focus || q.Inferred {
				continue
			}
			if len(q.Sectors) == 0 || !nonStateArmed(q.Sectors[0]) {
				return -2
			}
			if at < 0 || q.Start < at {
				at = q.Start
			}
		}
	}
	return at
}

// clauseStruck: the state named at token k stands in the clause of the armed
// group named at token at, after it ("Islamic Jihad militants fired
// rockets at Ashkelon"), where the group's act can reach it, and not as a
// landmark: a state named after a comma ("..., a day after the US envoy
// arrived in Kabul") or near a border was not struck.
func clauseStruck(toks []text.Token, at, k int) bool {
	if k <= at || k > len(toks) || landmarkState(toks, k) {
		return false
	}
	for j := at + 1; j < k; j++ {
		if toks[j].Lower == "," || toks[j].Lower == ";" {
			return false
		}
	}
	return true
}

// landmarkState: the state named at token k only places something ("a
// village near the border with Cameroon", "near the Afghan border",
// "along the Chadian border"): it was neither struck nor the victims'.
func landmarkState(toks []text.Token, k int) bool {
	if k < 1 || k > len(toks) {
		return false
	}
	j := k - 1
	if toks[j].Tag == "DT" && j > 0 {
		j-- // "near the Afghan border"
	}
	switch toks[j].Lower {
	case "near", "toward", "towards", "along":
		return true
	}
	return toks[k-1].Lower == "with" && k >= 2 && (toks[k-2].Lower == "border" || toks[k-2].Lower == "frontier" || toks[k-2].Lower == "borders")
}

// prevSubject: the subject of a sentence, an actor with a country that
// opens it before any verb ("Beijing", "The Houthis"), when it can be the
// owner a sentence-initial possessive names: one party, and plural for
// "their" (a state is "its", even "the Philippines"; "The Houthis" and
// "the rebels" are "their"); nil otherwise.
//
//go:noinline
func prevSubject(sa *SentenceAnalysis, plural bool) *actor.Phrase {
	if len(sa.Groups) == 0 || sa.Discarded != "" {
		return nil
	}
	g := &sa.Groups[0]
	toks := sa.Sentence.Tokens
	if len(g.Phrases) != 1 || g.Start > 1 || g.End >= len(toks) {
		return nil
	}
	for k := 0; k < g.Start; k++ {
		if toks[k].IsVerb() {
			return nil
		}
	}
	q := &g.Phrases[0]
	if q.Country == "" || q.Foreign {
		return nil
	}
	last := &toks[g.End-1]
	if plural != (len(q.Sectors) > 0 && (last.Tag == "NNS" || last.Tag == "NNPS" || last.Tag == "NNP" && strings.HasSuffix(last.Text, "s"))) {
		return nil // "The Houthis", but not "Beijing" nor "the Philippines"
	}
	return q
}

// nonStateArmed: the sectors of armed groups that are no state's forces.
func nonStateArmed(sec string) bool {
	return sec == "REB" || sec == "INS" || sec == "UAF"
}

// officeHolderBefore: the country of the nearest person before the
// phrase who holds an office of a state (an envoy, a minister, a
// president, a named leader), or "".
//
//go:noinline
func officeHolderBefore(sa *SentenceAnalysis, ph *actor.Phrase) string {
	toks := sa.Sentence.Tokens
	best, at := "", -1
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.End > ph.Start || o.Start < at || o.Country == "" || o.End < 1 {
				continue
			}
			if w := toks[o.End-1].Lower; envoy(w) || officeNoun(w) || len(o.Parts) > 0 && o.Parts[len(o.Parts)-1].Entry.Kind == actor.KindActor && strings.HasSuffix(o.Code, "GOV") {
				best, at = o.Country, o.Start
			}
		}
	}
	return best
}

func officeNoun(w string) bool {
	switch w {
	case "minister", "president", "premier", "chancellor", "king", "emir", "leader", "counterpart", "spokesman", "spokeswoman", "secretary", "official":
		return true
	}
	return false
}

// stateKind is the description a state reference gives of its state
// ("the island", "the kingdom", "the emirate"), or "".
func stateKind(toks []text.Token, ref *actor.Phrase) string {
	for k := ref.Start; k < ref.End && k < len(toks); k++ {
		switch w := toks[k].Lower; w {
		case "island", "kingdom", "emirate", "sultanate":
			return w
		}
	}
	return ""
}

// fitsKind: the state is one the description fits: an island state, a
// kingdom, an emirate or a sultanate.
func fitsKind(kind, c string) bool {
	switch kind {
	case "island":
		switch c {
		case "TWN", "JPN", "CUB", "CYP", "MLT", "LKA", "PHL", "ISL", "IRL", "NZL", "HTI", "DOM", "JAM", "MDG", "BHR", "SGP", "FJI", "MUS", "COM", "CPV", "STP", "SYC", "MDV", "BRB", "TTO", "BHS", "TLS", "PNG", "SLB", "VUT", "WSM", "TON", "KIR", "NRU", "TUV", "PLW", "MHL", "FSM", "GRD", "LCA", "VCT", "DMA", "ATG", "KNA", "IDN", "GBR":
			return true
		}
	case "kingdom":
		// Wire copy calls Saudi Arabia, Jordan or Morocco "the kingdom",
		// hardly ever Britain, Spain or the Nordic monarchies, so a
		// sentence naming Britain and Saudi Arabia means the Saudis.
		switch c {
		case "SAU", "JOR", "MAR", "BHR", "THA", "BTN", "KHM", "LSO", "SWZ", "TON":
			return true
		}
	case "emirate":
		switch c {
		case "ARE", "QAT", "KWT":
			return true
		}
	case "sultanate":
		switch c {
		case "OMN", "BRN":
			return true
		}
	}
	return false
}

// gatheringMembers: a bare plural of office holders after "of" and a
// gathering noun ("a summit of Turkic leaders", "a meeting of Arab foreign
// ministers", "the conference of Ibero-American heads of state") names
// the members of a many-state gathering, none of them the story's state
// in particular, so no country is filled in.
func gatheringMembers(toks []text.Token, ph *actor.Phrase) bool {
	if ph.Start < 2 || ph.End > len(toks) || toks[ph.End-1].Tag != "NNS" {
		return false
	}
	k := ph.Start - 1
	for k > 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "NNP" || toks[k].Tag == "NNPS") {
		k-- // "Turkic", "Ibero-American", "Arab"
	}
	if k < 1 || toks[k].Lower != "of" {
		return false
	}
	switch toks[k-1].Lower {
	case "summit", "meeting", "conference", "gathering", "forum", "assembly", "session", "council":
		return true
	}
	return false
}

// dropAgency removes the news agency from a wire dateline's actors
// ("MADRID (Reuters) -", "RAWALPINDI, Pakistan (AP) -"): the agency only
// files the story. The place stays, as wire coding reads it: it is the
// state that speaks or suffers when the lead names no one else ("MOSCOW
// (Reuters) - A spokesman said ..." is Russia's spokesman).
func dropAgency(sa *SentenceAnalysis, dl int) {
	toks := sa.Sentence.Tokens
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.End > dl {
			break
		}
		kept := g.Phrases[:0]
		for _, ph := range g.Phrases {
			if ph.Start > 0 && toks[ph.Start-1].Text == "(" {
				continue
			}
			kept = append(kept, ph)
		}
		if len(kept) == 2 && kept[0].Country == kept[1].Country {
			// "RAWALPINDI, Pakistan": one place, named twice.
			kept = kept[:1]
		}
		g.Phrases = kept
		if len(kept) > 0 {
			g.End = kept[len(kept)-1].End
		}
	}
	k := 0
	for _, g := range sa.Groups {
		if len(g.Phrases) > 0 {
			sa.Groups[k] = g
			k++
		}
	}
	sa.Groups = sa.Groups[:k]
}

// armedSector: non-state fighters, whom a story names once and then calls
// "the militants", "the rebels" or "the group".
func armedSector(sec string) bool {
	switch sec {
	case "REB", "RAD", "SEP", "INS":
		return true
	}
	return false
}

// itsNeighbour resolves "its neighbour" (one neighbour, not "its
// neighbours") to the one other state the sentence, or else the sentence
// before, names: "Tensions between Ethiopia and Eritrea rose. Ethiopia
// accused its neighbour of massing troops" is Eritrea. The owner is the
// first state the sentence names, its subject as a rule ("Rwanda denied
// backing rebels in eastern Congo and accused its neighbour": Congo);
// with no other state, or two, it is "".
//
//go:noinline
func (p *Pipeline) itsNeighbour(a *Analysis, si int, ph *actor.Phrase) string {
	toks := a.Sentences[si].Sentence.Tokens
	switch toks[ph.Start].Lower {
	case "neighbour", "neighbor":
	default:
		return ""
	}
	if w := toks[ph.Start-1].Lower; w != "its" {
		return ""
	}
	owner := ""
	for _, g := range a.Sentences[si].Groups {
		for _, o := range g.Phrases {
			if owner == "" && o.End <= ph.Start && o.Country != "" && !o.Inferred && p.isState(o.Country) {
				owner = o.Country
			}
		}
	}
	if owner == "" {
		return ""
	}
	for i := si; i >= 0 && i >= si-1; i-- {
		other := ""
		for _, g := range a.Sentences[i].Groups {
			for _, o := range g.Phrases {
				if o.Country == "" || o.Country == owner || o.Inferred || !p.isState(o.Country) {
					continue
				}
				if other != "" && other != o.Country {
					return "" // two candidates: no telling which
				}
				other = o.Country
			}
		}
		if other != "" {
			return other
		}
	}
	return ""
}

// unBody: the phrase is a commission, tribunal, court, panel, mission or
// inquiry right after "UN-backed", "UN-appointed" and the like. A
// UN-backed government or army stays the state's ("the UN-backed
// government in Tripoli").
func unBody(toks []text.Token, ph *actor.Phrase) bool {
	w := toks[ph.Start-1].Lower
	if !unWord(w) {
		return false
	}
	switch w[strings.IndexByte(w, '-')+1:] {
	case "backed", "appointed", "mandated", "sponsored", "led", "run", "established", "created", "supported":
	default:
		return false
	}
	switch toks[ph.End-1].Lower {
	case "commission", "tribunal", "court", "panel", "mission", "inquiry", "investigators", "investigator", "team", "body", "experts":
		return true
	}
	return false
}

// whoseOwner gives a bare sector after "whose" the identity of the actor
// the relative hangs on: "Russia, whose forces seized Crimea" (RUSMIL),
// "the Houthis, whose drones struck Saudi oil facilities" (the Houthis'
// own, not the story's or the target's state). Fighters, forces and
// weapons of a non-state group are the group; anything else takes its
// country only. It reports whether it set the phrase.
func whoseOwner(sa *SentenceAnalysis, ph *actor.Phrase) bool {
	toks := sa.Sentence.Tokens
	end := ph.Start - 1 // "whose"
	if toks[end-1].Lower == "," {
		end--
	}
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.End != end || len(g.Phrases) == 0 {
			continue
		}
		o := g.Phrases[len(g.Phrases)-1]
		if o.Country == "" && len(o.Sectors) == 0 {
			return false
		}
		if armedPhrase(&o) && (len(ph.Sectors) == 0 || ph.Sectors[0] == "MIL" || ph.Sectors[0] == "UAF" || armedSector(ph.Sectors[0])) {
			ph.Country, ph.Sectors, ph.Code, ph.Inferred = o.Country, o.Sectors, o.Code, true
			return true
		}
		if o.Country == "" {
			return false
		}
		ph.SetCountry(o.Country)
		return true
	}
	return false
}

// armedPhrase: a phrase for non-state fighters, national ("Hezbollah",
// LBNREB) or transnational ("Islamic State", IMGMUSRAD).
func armedPhrase(ph *actor.Phrase) bool {
	for _, sec := range ph.Sectors {
		if sec == "IMG" || armedSector(sec) {
			return true
		}
	}
	return false
}

// namedActor reports a phrase that holds a named actor of the dictionary
// ("Hezbollah", "Boko Haram fighters"), not only sector and country words.
func namedActor(ph *actor.Phrase) bool {
	for _, pt := range ph.Parts {
		if pt.Entry != nil && pt.Entry.Kind == actor.KindActor {
			return true
		}
	}
	return false
}

// saidBetween: a verb of saying stands between tokens a and b.
func saidBetween(toks []text.Token, a, b int) bool {
	for k := max(a, 0); k < b && k < len(toks); k++ {
		if toks[k].IsVerb() && reportWord(toks[k].Lower) {
			return true
		}
	}
	return false
}

// quoter: the phrase at token start is the object of quote or cite
// ("Reuters quoted a police official", "state media cited the
// ministry"); the subject that quotes it, who reports what it said, or
// nil.
func quoter(sa *SentenceAnalysis, start int) *actor.Phrase {
	toks := sa.Sentence.Tokens
	j := start - 1
	for j >= 0 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "CD") {
		j--
	}
	if j < 1 || toks[j].Lemma != "quote" && toks[j].Lemma != "cite" || !toks[j].IsVerb() {
		return nil
	}
	for gi := range sa.Groups {
		if g := &sa.Groups[gi]; g.End == j && len(g.Phrases) > 0 {
			return &g.Phrases[0]
		}
	}
	return nil
}

// namedOutlet: a news outlet named by its own name ("Reuters", "AFP",
// "Xinhua"), whose home is where it is based, not where the news it
// carries happens ("Soldiers opened fire on protesters, AFP reported" is
// no French story). A country's media named by the country ("Iranian
// state television") still count, and so does a national agency or
// broadcaster, whose beat is its own state ("Troops killed 12 terrorists,
// KCNA said", "..., SANA reported"): only a service that covers the world
// is left out (worldOutlet, R12).
func namedOutlet(toks []text.Token, ph *actor.Phrase) bool {
	if len(ph.Sectors) != 1 || ph.Sectors[0] != "MED" {
		return false
	}
	for _, pt := range ph.Parts {
		if pt.Entry == nil || pt.Entry.Kind != actor.KindActor {
			continue
		}
		for k := pt.Start; k < pt.End && k < len(toks); k++ {
			if worldOutlet(toks[k].Lower) {
				return true
			}
		}
		return false
	}
	return false
}

// worldOutlet: a word of the name of a wire service or broadcaster that
// reports from everywhere (Reuters, AFP, AP, Xinhua, the BBC, Al
// Jazeera), so that the news it carries is seldom its home state's.
func worldOutlet(w string) bool {
	switch w {
	case "reuters", "afp", "agence", "ap", "associated", "bbc", "cnn", "xinhua", "dpa", "efe",
		"bloomberg", "kyodo", "ansa", "jazeera", "arabiya", "euronews", "dw", "welle", "voa", "rfi", "france24":
		return true
	}
	return false
}

// storyRefs are the antecedents of a story's definite references: its
// last named armed, rights or aid group ("the group"), its last
// international body ("the alliance") and the states it named "North ..."
// and "South ..." ("the North", "the South").
type storyRefs struct {
	group, body, north, south *actor.Phrase
}

// theGroup makes a definite "the group" that no actor covers an actor:
// the armed, rights or aid group the story named last ("Boko Haram
// fighters stormed a village. Troops later attacked the group."); and "the alliance", "the
// bloc" or "the organisation" the international body it named last. "The group of seven"
// and "the group's leader" are not it: "of" names another group, and a
// possessive is left to the nouns it modifies.
func theGroup(sa *SentenceAnalysis, refs *storyRefs) {
	toks := sa.Sentence.Tokens
	gi := 0
	for k := 1; k < len(toks); k++ {
		if toks[k-1].Lower != "the" {
			continue
		}
		var named *actor.Phrase
		state := false
		switch toks[k].Text {
		case "Group", "group":
			// the latest group named before it in this sentence, else
			// the story's
			if named = namedGroupBefore(sa, k); named == nil {
				named = refs.group
			}
		case "North":
			named, state = refs.north, true
		case "South":
			named, state = refs.south, true
		default:
			switch toks[k].Lower {
			case "group", "movement", "faction":
				named = refs.group
			case "alliance", "bloc", "organisation", "organization":
				named = refs.body
			}
		}
		if named == nil {
			continue
		}
		if k+1 < len(toks) && toks[k+1].Tag == "POS" && possessiveRef(sa, k, named, state) {
			// "the bloc's president", "the group's leader": the office
			// holder of the body named earlier, not of the story's state.
			// An office the dictionary lacks ("the bloc's chairman") is
			// not a phrase: "the bloc" below stands for it.
			continue
		}
		if k+1 < len(toks) && (toks[k+1].Lower == "of" || state && toks[k+1].IsProper()) {
			continue // "the group of seven", "the South China Sea"
		}
		for gi < len(sa.Groups) && sa.Groups[gi].End <= k {
			gi++
		}
		if gi < len(sa.Groups) && sa.Groups[gi].Start <= k {
			continue // inside a name ("the Islamic State group")
		}
		parts := named.Parts
		if len(parts) > 0 {
			parts = []actor.Part{{Entry: parts[len(parts)-1].Entry, Start: k, End: k + 1}}
		}
		ph := actor.Phrase{Start: k, End: k + 1, Parts: parts, Country: named.Country,
			Sectors: named.Sectors, Code: named.Code, Inferred: true}
		if state {
			// The state itself, not the troops or ministry it was named with.
			ph.Parts, ph.Sectors, ph.Code = parts[:1:1], nil, named.Country
			ph.Parts[0].Entry = named.Parts[0].Entry
		}
		sa.Groups = slices.Insert(sa.Groups, gi, actor.Group{Phrases: []actor.Phrase{ph}, Start: k, End: k + 1})
	}
}

// namedGroupIn: the last named armed group of the sentence, when one is;
// a cheap test over its few phrases before theGroup reads its words.
func namedGroupIn(sa *SentenceAnalysis) *actor.Phrase {
	return namedGroupBefore(sa, len(sa.Sentence.Tokens))
}

// namedGroupBefore: the last named armed group whose phrase ends before
// token k ("Hezbollah", "Boko Haram fighters"), or nil.
func namedGroupBefore(sa *SentenceAnalysis, k int) *actor.Phrase {
	var g *actor.Phrase
	for gi := range sa.Groups {
		if sa.Groups[gi].End > k {
			break
		}
		for pi := range sa.Groups[gi].Phrases {
			if ph := &sa.Groups[gi].Phrases[pi]; armedPhrase(ph) && namedActor(ph) {
				g = ph
			}
		}
	}
	return g
}

// personPronoun makes an object "him" or "her" an actor: the person named
// last before it in its sentence ("the Supreme Court disqualified him"
// after "Nawaz Sharif", "arrested the opposition leader and charged him
// with treason"). A sentence whose speaker is "he" or "she" is left
// alone: "He said the minister had insulted him" is the speaker's.
func personPronoun(sa *SentenceAnalysis) {
	toks := sa.Sentence.Tokens
	for k := 1; k < len(toks); k++ {
		if t := &toks[k]; t.Tag != "PRP" || t.Lower != "him" && t.Lower != "her" {
			continue
		}
		var person *actor.Phrase
		gi := 0
		subj := subjectGroupEnding(sa.Groups, clauseSubjectEnd(toks, k))
		for ; gi < len(sa.Groups) && sa.Groups[gi].End <= k; gi++ {
			for pi := range sa.Groups[gi].Phrases {
				if ph := &sa.Groups[gi].Phrases[pi]; personPhrase(toks, ph) && (subj == nil || !sameSubject(subj, ph)) {
					// "Trump praised him", "Putin thanked him": an
					// object pronoun is never its own clause's subject,
					// which would be "himself" (M14).
					person = ph
				}
			}
		}
		if person == nil || (gi < len(sa.Groups) && sa.Groups[gi].Start <= k) {
			continue
		}
		self := false
		for j := 0; j < k; j++ {
			if w := toks[j].Lower; (w == "he" || w == "she") && toks[j].Tag == "PRP" {
				self = true
				break
			}
		}
		if self {
			continue
		}
		parts := []actor.Part{{Entry: person.Parts[len(person.Parts)-1].Entry, Start: k, End: k + 1}}
		ph := actor.Phrase{Start: k, End: k + 1, Parts: parts, Country: person.Country,
			Sectors: person.Sectors, Code: person.Code, Inferred: true}
		sa.Groups = slices.Insert(sa.Groups, gi, actor.Group{Phrases: []actor.Phrase{ph}, Start: k, End: k + 1})
	}
}

// personPhrase: the phrase names one person, by name (a dictionary person
// with dates in office) or by a head noun for one ("the opposition
// leader", "the former president").
func personPhrase(toks []text.Token, ph *actor.Phrase) bool {
	if len(ph.Parts) == 0 || ph.Code == "" {
		return false
	}
	if e := ph.Parts[len(ph.Parts)-1].Entry; e != nil && e.Kind == actor.KindActor && (len(e.Ranges) > 0 || e.Former) {
		return true
	}
	switch toks[ph.End-1].Lower {
	case "leader", "president", "minister", "premier", "chief", "commander", "general", "chairman",
		"governor", "mayor", "senator", "candidate", "activist", "journalist", "lawyer", "spokesman",
		// An envoy is one person too (N22): "Serbia recalled its
		// ambassador after Podgorica expelled him".
		"ambassador", "envoy", "consul", "attache", "attaché", "diplomat":
		return true
	}
	return false
}

// envoy: a head noun for a state's agents abroad, who speak for their
// state where the story happens but are not its government there.
func envoy(head string) bool {
	switch head {
	case "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
		"embassy", "embassies", "consulate", "consulates", "consul", "attache", "attaché":
		return true
	}
	return false
}

// andOrComma: the words that coordinate nationalities before a shared
// head; callers test it inline before sharedEnvoy, as most phrases are
// followed by neither.
func andOrComma(w string) bool { return w == "and" || w == "," }

// sharedEnvoy reports a nationality at the end of a phrase whose head,
// shared with the nationalities coordinated after it, is an envoy:
// "Iranian" in "Iranian and Saudi diplomats" (end is the token after
// the phrase, an andOrComma word).
func sharedEnvoy(toks []text.Token, end int) bool {
	for k := end + 1; k < len(toks) && k < end+6; k++ {
		switch t := &toks[k]; {
		case t.Lower == "and" || t.Lower == "," || t.Tag == "JJ" || t.Tag == "NNP":
		default:
			return envoy(t.Lower)
		}
	}
	return false
}

// ownerHead is the country of a bare possessive owner inside the phrase
// ("the assembly's president", "the ministry's spokesman"), as the story
// last named that head noun with a country; "" if there is none.
func ownerHead(toks []text.Token, ph *actor.Phrase, headOf func(string) string) string {
	for j := ph.Start + 1; j < ph.End-1 && j < len(toks); j++ {
		if toks[j].Tag == "POS" {
			return headOf(toks[j-1].Lower)
		}
	}
	return ""
}

// possessiveRef gives a phrase that opens with a definite reference's
// possessive ("the bloc's president", "the alliance's chief", "the
// group's leader") the referent's code, as a bare "the bloc" has it: the
// office belongs to that body. A state reference ("the North's leader")
// gives only its country, since the office noun says the sector. A phrase
// whose country the text gave is left alone.
// It reports whether a phrase starts at k: if none does, the caller
// makes the reference a phrase of its own.
func possessiveRef(sa *SentenceAnalysis, k int, named *actor.Phrase, state bool) bool {
	toks := sa.Sentence.Tokens
	// The office may follow modifiers the dictionary does not know ("the
	// bloc's peace and security council"): nouns, adjectives and "and".
	end := k + 2
	for end < len(toks) && end < k+7 && (toks[end].Tag == "NN" || toks[end].Tag == "JJ" || toks[end].Tag == "CC" || toks[end].Tag == "NNP") {
		end++
	}
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if ph.Start != k && (ph.Start < k+2 || ph.Start >= end) {
				continue
			}
			if !ph.NeedsCountry() {
				return true
			}
			if state {
				ph.SetCountry(named.Country)
				return true
			}
			ph.Country, ph.Sectors, ph.Code, ph.Inferred = named.Country, named.Sectors, named.Code, true
			return true
		}
	}
	return false
}

// frontedPlace returns the country of a place that opens the sentence as
// its scene ("In neighbouring Uganda, ...", "In Kampala, ..."), or "".
// The place must follow "In" and its determiners and adjectives and end at
// the comma: "In a statement, ...", "In 2015, ..." and "In a letter to
// Iran, ..." name no scene.
func (p *Pipeline) frontedPlace(sa *SentenceAnalysis) string {
	toks := sa.Sentence.Tokens
	if len(toks) < 4 || toks[0].Lower != "in" {
		return ""
	}
	j := 1
	for j < len(toks) && j < 4 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "VBG" || toks[j].Tag == "VBN") {
		j++
	}
	c := j + 1
	for c < len(toks) && c <= j+3 && toks[c].Text != "," {
		c++
	}
	if c >= len(toks) || toks[c].Text != "," || !toks[j].IsProper() {
		return ""
	}
	for _, g := range sa.Groups {
		if g.Start == j && g.End == c {
			return bareCountryAt(sa, j)
		}
	}
	gp, ok := p.Places.(GeoPlacer)
	if !ok {
		return ""
	}
	sa.plainMentions(gp.G)
	for _, m := range sa.mentions {
		if m.Start == toks[j].Start && m.End == toks[c-1].End && m.Best != nil && m.Best.Country != "" && m.Best.Precision != "region" {
			return m.Best.Country
		}
	}
	return ""
}

// talksParty: a bare rebel or opposition phrase met "with" in talks,
// or the object of "met", and followed by "in" a place, is the armed or
// political opposition of the state whose party meets it; the place is
// where they meet, not whose they are: "The Colombian government held
// talks with communist rebels in Oslo" (COLREB, Oslo the venue),
// "Sudanese officials held talks with southern rebels in Nairobi"
// (SDNREB). The state is that of the first phrase before it that names
// its own; "" if none does ("The UN envoy met rebels in Darfur").
func talksParty(sa *SentenceAnalysis, ph *actor.Phrase) string {
	toks := sa.Sentence.Tokens
	if len(ph.Sectors) == 0 || !(nonStateArmed(ph.Sectors[0]) || ph.Sectors[0] == "OPP") || ph.End >= len(toks) || toks[ph.End].Lower != "in" {
		return ""
	}
	k := ph.Start - 1
	for k > 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
		k--
	}
	if k < 1 {
		return ""
	}
	met := false
	switch {
	case toks[k].Lemma == "meet" && toks[k].IsVerb():
		met = true
	case toks[k].Lower == "with":
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			switch toks[j].Lower {
			case "talks", "negotiations", "meeting", "meetings", "dialogue", "consultations", "discussions":
				met = true
			}
		}
	}
	if !met {
		return ""
	}
	for _, g := range sa.Groups {
		for i := range g.Phrases {
			if q := &g.Phrases[i]; q.End <= ph.Start && q.Country != "" && !q.Inferred && !q.Foreign {
				return q.Country
			}
		}
	}
	return ""
}

// placeAfter returns the country of a place named right after a bare
// sector phrase ("rebels in Darfur"), from the gazetteer; "" if none.
func (p *Pipeline) placeAfter(sa *SentenceAnalysis, ph *actor.Phrase) string {
	gp, ok := p.Places.(GeoPlacer)
	toks := sa.Sentence.Tokens
	if !ok || ph.End+1 >= len(toks) {
		return ""
	}
	switch toks[ph.End].Lower {
	case "in", "from", "of", "across", "throughout":
	default:
		return ""
	}
	k := ph.End + 1
	// "in neighbouring/VBG Guinea", "in war-torn/VBN Sudan": participles
	// modify the name as adjectives do.
	for k < len(toks) && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || (toks[k].Tag == "VBG" || toks[k].Tag == "VBN") && k+1 < len(toks) && toks[k+1].IsProper()) {
		k++
	}
	if k+2 < len(toks) && (placeKind(toks[k].Lower) || placePart(toks[k].Lower)) && toks[k+1].Lower == "of" {
		// "a court in the northeastern city of Dandong": the kind of
		// place, then its name; "children from occupied areas of
		// Ukraine": a part of it.
		k += 2
		if k+1 < len(toks) && toks[k].Tag == "DT" {
			k++ // "areas of the Kharkiv region"
		}
	}
	if k >= len(toks) || !toks[k].IsProper() {
		return ""
	}
	sa.plainMentions(gp.G)
	for _, m := range sa.mentions {
		if m.Start == toks[k].Start && m.Best != nil && m.Best.Country != "" {
			return m.Best.Country
		}
	}
	return ""
}

// placeBefore returns the country of a town or province whose name
// stands right before the bare sector phrase ph as its modifier ("Aleppo
// residents said", "the Aleppo city council", "Santiago police"): a
// body named by its town is that town's, as "police in Aleppo" are.
// Only a city or province of a state: a country's own name would have
// been read as an actor, and a region of many states names no one's.
// A name after "in", "from", "of" or "to" is a place of its own, which
// the phrase does not continue ("fighting in Homs residents fled" is
// no wire English, but "flew to Kabul officials said" sheds a comma).
// Gated on a proper noun right before the phrase.
func (p *Pipeline) placeBefore(sa *SentenceAnalysis, ph *actor.Phrase) string {
	toks := sa.Sentence.Tokens
	k := ph.Start - 1
	if k < 0 || ph.Start >= len(toks) || !toks[k].IsProper() {
		return ""
	}
	gp, ok := p.Places.(GeoPlacer)
	if !ok {
		return ""
	}
	for _, m := range sa.plainMentions(gp.G) {
		// the name ends at the token before the phrase, or runs into
		// its place word ("the Aleppo city council": "Aleppo city")
		if m.Start > toks[k].Start || m.End < toks[k].End || m.End >= toks[ph.End-1].End || m.Best == nil || m.Best.Country == "" || !p.isState(m.Best.Country) {
			continue
		}
		if m.Best.Precision != geo.PrecisionCity && m.Best.Precision != geo.PrecisionAdmin1 {
			return ""
		}
		// the token before the name: a preposition makes the name the
		// place of what came before, not the phrase's modifier
		j := k
		for j >= 0 && toks[j].Start >= m.Start {
			j--
		}
		if j >= 0 {
			switch toks[j].Lower {
			case "in", "from", "of", "to", "into", "at", "near", "outside", "across":
				return ""
			}
		}
		return m.Best.Country
	}
	return ""
}

// placeKind: a noun for a kind of place that "of" and a name follow ("the
// city of Dandong", "the province of Helmand").
// placePart: a noun for a part of a named place ("occupied areas of
// Ukraine", "parts of Syria", "the outskirts of Kyiv").
func placePart(w string) bool {
	switch w {
	case "areas", "area", "parts", "regions", "outskirts":
		return true
	}
	return false
}

func placeKind(w string) bool {
	switch w {
	case "city", "town", "village", "province", "region", "district", "port", "capital", "state", "county", "island", "suburb", "enclave":
		return true
	}
	return false
}

// clausePlace returns the country of a town or province named after a
// locative preposition later in a bare sector phrase's own clause, with a
// verb before it ("protesters attacked a police station in Basra", "troops
// killed three rebels on Monday in Basra"); "" if none. A reporting verb,
// a semicolon or a subordinating word ends the clause, so the speaker of
// "officials said protesters attacked ... in Basra" takes no side from the
// place of what it reports. A country is a bare country name ("in Iraq");
// other places come from the gazetteer, at town or province precision.
func (p *Pipeline) clausePlace(sa *SentenceAnalysis, ph *actor.Phrase) string {
	gp, ok := p.Places.(GeoPlacer)
	if !ok {
		return ""
	}
	toks := sa.Sentence.Tokens
	if ph.Start >= len(toks) || proPhrase(toks, ph) || envoy(toks[ph.End-1].Lower) {
		return "" // (an embassy or envoy in a place serves another state, S14)
	}
	verb := false
	for k := 0; k < ph.Start; k++ {
		if toks[k].IsVerb() {
			verb = true
			break
		}
	}
	for k := ph.End; k+1 < len(toks); k++ {
		t := &toks[k]
		if clauseEnd(t.Lower) {
			return ""
		}
		if contentOpener(t.Lower, toks[k-1].Lower, false) {
			// "marched through London to demand a ceasefire in Gaza",
			// "voted to condemn the crackdown in Brussels": a place in
			// what is demanded or judged is not where its subject is.
			return ""
		}
		if t.IsVerb() {
			if (t.Tag == "VBG" || t.Tag == "VBN") && k > 0 && toks[k-1].Tag == "DT" {
				continue // "a visiting envoy": an adjective, no verb of the clause
			}
			if venueVerbs.Has(t.Lemma) && !(t.Lemma == "gather" && len(ph.Sectors) > 0 && ph.Sectors[0] == "CVL") {
				// "The two leaders will meet in Geneva": a meeting's or a
				// visit's place is a venue, seldom the parties' home. A
				// crowd gathers where it lives ("Protesters gathered in
				// Kabul, and American soldiers fired on the crowd").
				return ""
			}
			verb = true
			continue
		}
		if !verb || !locative(t.Lower) {
			continue
		}
		j := k + 1
		for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "JJ") {
			j++
		}
		if j >= len(toks) || !toks[j].IsProper() {
			continue
		}
		if speakerPlace(toks, j) {
			return "" // "..., officials in Basra said": the speaker's place
		}
		if c := bareCountryAt(sa, j); c != "" {
			return c // "attacked a police station in Iraq"
		}
		sa.plainMentions(gp.G)
		for _, m := range sa.mentions {
			if m.Start == toks[j].Start && m.Best != nil && m.Best.Country != "" && !m.Attributive {
				if m.Best.Precision == geo.PrecisionCity || m.Best.Precision == geo.PrecisionAdmin1 {
					return m.Best.Country
				}
				return ""
			}
		}
	}
	return ""
}

// contentOpener: the word w (after prev) opens what is demanded, urged
// or judged ("to demand", "calling for", "condemned"), whose places are
// the content's, not the actor's. A bare "protest" is not one: "students
// protested in Tehran" protest where they are. "against" is one only
// when against is set: "protested against the WTO in Seattle" names the
// venue after its object as often as "against the war in Ukraine" names
// the content's place, so it may only choose between two places.
func contentOpener(w, prev string, against bool) bool {
	if w == "against" {
		return against
	}
	switch w {
	case "demand", "demands", "demanded", "demanding",
		"urge", "urges", "urged", "urging",
		"condemn", "condemns", "condemned", "condemning",
		"denounce", "denounces", "denounced", "denouncing",
		"criticise", "criticises", "criticised", "criticising",
		"criticize", "criticizes", "criticized", "criticizing",
		"deplore", "deplores", "deplored", "deploring",
		// What is discussed is a topic, no party or scene: "met in
		// Moscow to discuss the war in Syria".
		"discuss", "discusses", "discussed", "discussing":
		return true
	case "for":
		switch prev {
		case "call", "calls", "called", "calling", "appeal", "appeals", "appealed", "appealing":
			return true
		}
	}
	return false
}

// contentBetween reports a content opener among the words of sent
// between byte offsets from and to: the place at to lies in what an
// event's actor demands or judges. Words are sliced out of sent with no
// copy; the openers are lower-case words, so a capitalised one is none.
func contentBetween(sent string, from, to int, against bool) bool {
	if from < 0 || to > len(sent) || from >= to {
		return false
	}
	prev := ""
	rest := sent[from:to]
	for len(rest) > 0 {
		i := strings.IndexByte(rest, ' ')
		w := rest
		if i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		w = strings.Trim(w, ",;:\"'")
		if w == "" {
			continue
		}
		if contentOpener(w, prev, against) {
			return true
		}
		prev = w
	}
	return false
}

// venueVerbs are verbs whose place is where parties come together, not
// where they come from.
var venueVerbs = wordset.Of(
	"meet", "visit", "talk", "negotiate", "gather", "convene", "attend",
	"host", "travel", "arrive", "fly", "land", "hold", "sign", "confer",
)

// speakerPlace: the place at token j is followed, before the next comma,
// by a reporting verb, so it places the speaker of a trailing
// attribution ("..., officials in Basra said"), not the clause before.
func speakerPlace(toks []text.Token, j int) bool {
	for ; j < len(toks); j++ {
		switch w := toks[j].Lower; {
		case w == "," || w == "." || w == ";":
			return false
		case reportWord(w):
			return true
		}
	}
	return false
}

// bareCountryAt is the country of a bare country name the actor stage
// found at token j ("in Iraq"), "" if there is none.
func bareCountryAt(sa *SentenceAnalysis, j int) string {
	for _, g := range sa.Groups {
		for _, ph := range g.Phrases {
			if ph.Start == j {
				if ph.Country != "" && !ph.Modifier && len(ph.Sectors) == 0 && len(ph.Parts) == 1 && ph.Parts[0].Entry.Kind == actor.KindCountry && !ph.Parts[0].Entry.Metonym {
					return ph.Country
				}
				return ""
			}
		}
	}
	return ""
}

// proPhrase: the phrase is introduced by a "pro-X" cause ("Pro-Tibet
// activists"), whose people act for another state than the one they are
// in, as proCause says for events.
func proPhrase(toks []text.Token, ph *actor.Phrase) bool {
	if ph.Start > 0 && len(toks[ph.Start-1].Lower) > 4 && proWord(toks[ph.Start-1].Lower) {
		return true
	}
	return proWord(toks[ph.Start].Lower)
}

// proxyOrgan reports a state organ that another power backs
// ("Kremlin-backed forces", "Iranian-sponsored militia police"): a state's
// own army, police or government is not backed by a foreign one, so
// neither the story's state nor the place's makes it theirs. Armed groups
// are ("Russian-backed separatists in eastern Ukraine" are Ukraine's).
func proxyOrgan(toks []text.Token, start int, sector string) bool {
	switch sector {
	case "MIL", "GOV", "COP", "SPY", "JUD", "LEG":
	default:
		return false
	}
	// The UN is no foreign power: "the UN-backed government in Tripoli"
	// is the place's own.
	return start > 0 && start <= len(toks) && backedWord(toks[start-1].Lower) && !unWord(toks[start-1].Lower) || start < len(toks) && backedWord(toks[start].Lower) && !unWord(toks[start].Lower)
}

// unWord: w begins with "UN-" or "U.N.-", in any case.
func unWord(w string) bool {
	return strings.HasPrefix(w, "un-") || strings.HasPrefix(w, "u.n.-")
}

// backedWord: w ends in "-backed", "-supported" or "-sponsored".
func backedWord(w string) bool {
	return strings.HasSuffix(w, "-backed") || strings.HasSuffix(w, "-supported") || strings.HasSuffix(w, "-sponsored")
}

// proWord: w begins with "pro-", in any case.
func proWord(w string) bool { return len(w) >= 4 && strings.EqualFold(w[:4], "pro-") }

// clauseEnd: a word that ends the clause a sector phrase acts in before a
// place named after it could be that clause's.
func clauseEnd(w string) bool {
	switch w {
	case ";", ":", "that", "while", "whereas", "but", "although", "though", "because":
		return true
	}
	return reportWord(w)
}

// reportWord: a reporting verb, whose subject speaks about another clause.
func reportWord(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "added", "stated", "announced", "reported", "claimed":
		return true
	case "wrote", "writes", "tweeted", "tweets":
		// A post or a letter is said in writing: "Sikorski wrote on X
		// that he had ordered the consulate closed" reports his act as
		// "said" does (L40).
		return true
	}
	return false
}

// locative: a preposition that places an event ("in Basra", "near
// Kirkuk"); not "from" or "to", which name where someone came from or went.
// partOf: a noun for a part of a place, before "of" and the place's
// name ("areas of Aleppo", "the outskirts of Kabul", "the town of
// Palma"): the place is where the act is, as after "in".
func partOf(w string) bool {
	switch w {
	case "areas", "area", "parts", "part", "outskirts", "suburbs", "suburb", "districts", "neighbourhoods", "neighborhoods", "streets", "centre", "center", "heart", "towns", "villages":
		return true
	}
	return placeKind(w)
}

func locative(w string) bool {
	switch w {
	case "in", "near", "outside", "inside", "across", "throughout", "around":
		return true
	}
	return false
}

// focusPhrase: a phrase that counts toward the story's main country, as
// analyzeActors counts them.
func (p *Pipeline) focusPhrase(sa *SentenceAnalysis, ph *actor.Phrase) bool {
	toks := sa.Sentence.Tokens
	return ph.Country != "" && !ph.Inferred && p.isState(ph.Country) && !ph.Outpost() && !namedOutlet(toks, ph) && ph.End <= len(toks) && !envoy(toks[ph.End-1].Lower) && !(ph.End < len(toks) && andOrComma(toks[ph.End].Lower) && sharedEnvoy(toks, ph.End)) && !elsewhere(toks, ph) && !(nearBorder(toks, ph) && borderSide(toks, ph))
}

// borderGuards: the state whose border the sentence names ("at the
// Polish border", "on the border with Poland"), whose guards and border
// police they are, or "".
//
//go:noinline
func borderGuards(sa *SentenceAnalysis) string {
	toks := sa.Sentence.Tokens
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			if ph := &sa.Groups[gi].Phrases[pi]; ph.Country != "" && nearBorder(toks, ph) && borderSide(toks, ph) {
				return ph.Country
			}
		}
	}
	return ""
}

// nearBorder is borderSide's cheap gate, small enough to inline: the
// word after the phrase could be "border", "borders" or "frontier", or
// the word before it is "with".
func nearBorder(toks []text.Token, ph *actor.Phrase) bool {
	if ph.End < len(toks) {
		if w := toks[ph.End].Lower; len(w) >= 6 && (w[0] == 'b' || w[0] == 'f') {
			return true
		}
	}
	return ph.Start >= 1 && ph.Start <= len(toks) && toks[ph.Start-1].Lower == "with"
}

// borderSide: a bare state named as the far side of a border ("near the
// Ugandan border", "on the border with Uganda") says where a place lies,
// not whose actors are there: rebels seizing a town near the Ugandan
// border are not Ugandan, and the story is not Uganda's for it.
func borderSide(toks []text.Token, ph *actor.Phrase) bool {
	if ph.End < len(toks) && borderWord(toks[ph.End].Lower) {
		// the border is the head, not a modifier: "the Kenyan border
		// post", "the Ugandan border town of Busia" are on that side
		return len(ph.Sectors) == 0 && (ph.End+1 == len(toks) || !toks[ph.End+1].IsNoun())
	}
	return ph.Start >= 2 && toks[ph.Start-1].Lower == "with" && borderWord(toks[ph.Start-2].Lower) && len(ph.Sectors) == 0
}

// borderPlace: the state is the far side of a border that a place
// phrase names ("killed 12 villagers near the border with Mali", "clashed
// along the Afghan border"): where the act happened, not whom it was done
// to. Only for violence: "closed its border with South Sudan" acts on
// the border itself, and troops massed or exercises held "near the
// border with Jordan" or a ceasefire "along the border with Lebanon"
// are aimed at the state beyond.
//
//go:noinline
func borderPlace(toks []text.Token, ph *actor.Phrase) bool {
	if !borderSide(toks, ph) {
		return false
	}
	b := ph.Start - 2 // "the" before "border with X"
	if ph.End < len(toks) && borderWord(toks[ph.End].Lower) {
		b = ph.Start // "the" before "Malian border"
	}
	if b < 2 || toks[b-1].Lower != "the" {
		return false
	}
	switch toks[b-2].Lower {
	case "near", "on", "along", "at", "across", "close":
		return true
	}
	return false
}

func borderWord(w string) bool { return w == "border" || w == "frontier" || w == "borders" }

// travelTo reports a phrase that is where someone is sent or goes
// ("sent envoys to Qatar", "a visit to Japan", "flew to Moscow"): a
// venue the story's actors travel to, no sign that the story is about
// that state, nor whose its bare sectors are.
// referredState is the state a description in sentence si refers to
// ("the kingdom", "the country's army"): the first state its own sentence
// names before it, else the first state the nearest earlier sentence
// names. A story's protagonist is its clauses' subject, named first, not
// the last state mentioned ("Saudi Arabia restored ties with Iran. The
// kingdom ..." is Saudi Arabia). "" when none.
func (p *Pipeline) referredState(a *Analysis, si int, ref *actor.Phrase) string {
	// "the island's president" after "Chinese warships held drills near
	// Taiwan": a description that only some states fit takes the first
	// of those, before the first state of any kind.
	kind := stateKind(a.Sentences[si].Sentence.Tokens, ref)
	first := func(sa *SentenceAnalysis, before int) string {
		any := ""
		if kind == "island" && islandTaiwan(sa, before) {
			return "TWN"
		}
		for gi := range sa.Groups {
			for pi := range sa.Groups[gi].Phrases {
				ph := &sa.Groups[gi].Phrases[pi]
				if ph.Start >= before {
					return any
				}
				if ph.Country != "" && !ph.Inferred && (!ph.Modifier || kind != "") && !ph.Foreign && !ph.Outpost() && p.isState(ph.Country) {
					if kind == "" {
						return ph.Country
					}
					if fitsKind(kind, ph.Country) {
						return ph.Country
					}
					if any == "" && !ph.Modifier {
						any = ph.Country
					}
				}
			}
		}
		return any
	}
	if c := first(&a.Sentences[si], ref.Start); c != "" {
		return c
	}
	for j := si - 1; j >= 0; j-- {
		if a.Sentences[j].Discarded != "" {
			continue
		}
		if c := first(&a.Sentences[j], 1<<30); c != "" {
			return c
		}
	}
	return ""
}

// scene is the visited state for a bare phrase of local people or bodies
// after a visit (Analysis.visited), or "": a visitor's own officials,
// troops, spies and elites ("the premier", "the delegation") stay the
// visitor's, which the story's focus gives them.
func (a *Analysis) scene(si int, ph *actor.Phrase) string {
	if a.nvisits == 0 || len(ph.Sectors) == 0 {
		return ""
	}
	switch ph.Sectors[0] {
	case "GOV", "MIL", "SPY", "ELI":
		return ""
	}
	c := ""
	for _, v := range a.visits[:a.nvisits] {
		if v.sent > si || v.sent == si && v.tok > ph.Start {
			break
		}
		c = v.country // the last visit before the phrase
	}
	return c
}

// elsewhere reports a phrase whose country is, by its words, not that of
// the story's other actors: where they travel (travelDestination), their
// counterpart ("met his Russian counterpart": the minister is not
// Russian), or a third party's mediators, observers or peacekeepers.
func elsewhere(toks []text.Token, ph *actor.Phrase) bool {
	if ph.End >= 1 && ph.End <= len(toks) {
		if w := toks[ph.End-1].Lower; w == "counterpart" || w == "counterparts" || outsiderNoun(w) {
			return true
		}
	}
	// "observers from Jordan", "mediators from Qatar", whether the role
	// noun heads the phrase or stands before it.
	if ph.Start < len(toks) && outsiderNoun(toks[ph.Start].Lower) {
		return true
	}
	if ph.Start >= 2 && ph.Start <= len(toks) && toks[ph.Start-1].Lower == "from" && outsiderNoun(toks[ph.Start-2].Lower) {
		return true
	}
	return travelDestination(toks, ph) || refugePhrase(toks, ph)
}

// outsiderNoun: the people a third party sends to another's conflict or
// talks, who are by definition not of it: "Qatari mediators", "observers
// from Jordan", "Kenyan peacekeepers".
func outsiderNoun(w string) bool {
	switch w {
	case "mediator", "mediators", "observer", "observers", "monitor", "monitors", "guarantor", "guarantors",
		"peacekeeper", "peacekeepers", "envoy", "envoys":
		return true
	}
	return false
}

// travelDestination reports whether the phrase ph is where someone travels:
// "flew to Ankara" (travelTo), "will visit Beijing", "arrived in Tehran".
// A destination is no sign of whose story it is: "the president will visit
// Beijing" is not China's president.
func travelDestination(toks []text.Token, ph *actor.Phrase) bool {
	if ph.Start < 1 || ph.Start > len(toks) {
		return false
	}
	switch prev := &toks[ph.Start-1]; prev.Lower {
	case "to":
		return ph.Start >= 2 && travelTo(toks, ph)
	case "in", "at":
		if ph.Start >= 2 {
			switch toks[ph.Start-2].Lemma {
			case "arrive", "land":
				return true
			}
		}
	default:
		return prev.Lemma == "visit" && prev.IsVerb()
	}
	return false
}

func travelTo(toks []text.Token, ph *actor.Phrase) bool {
	if ph.Start < 2 || ph.Start > len(toks) || toks[ph.Start-1].Lower != "to" {
		return false
	}
	for k := ph.Start - 2; k >= 0 && k >= ph.Start-5; k-- {
		switch toks[k].Lemma {
		case "send", "dispatch", "travel", "fly", "head", "visit", "trip", "journey", "tour":
			return true
		}
		if toks[k].Lower == "," || toks[k].Lower == "to" || toks[k].IsVerb() {
			return false
		}
	}
	return false
}

// bodyState is the one state a datelined story's text names, its
// dateline's city left out, or "" when there is no dateline or the text
// names none or several. Without the dateline it would be the story's
// focus. A place inside what is demanded or judged names no one ("to
// demand a ceasefire in Gaza"). army reports that only armed forces
// name it, which says nothing of whose civilians are (sentenceState).
func (p *Pipeline) bodyState(a *Analysis) (c string, army bool) {
	if a.datelineFocus == "" {
		return "", false
	}
	army = true
	for i := range a.Sentences {
		sc, sarmy := p.oneState(&a.Sentences[i], true)
		if sc == "" {
			if !sarmy {
				return "", false // two states in one sentence
			}
			continue
		}
		if c != "" && sc != c {
			return "", false
		}
		c = sc
		army = army && sarmy
	}
	return c, army
}

// contentPlace reports a place after a locative at token k that a
// content opener before it in the sentence governs ("demanded a
// ceasefire in Gaza").
func contentPlace(toks []text.Token, k int) bool {
	if k < 2 || k > len(toks) || !locative(toks[k-1].Lower) {
		return false
	}
	for j := 1; j < k-1; j++ {
		if contentOpener(toks[j].Lower, toks[j-1].Lower, true) {
			return true
		}
	}
	return false
}

// namesOther reports whether the sentence names a state other than c
// outside its wire dateline, before the bare phrase ph: "NAIROBI (Reuters)
// - Ethiopian troops killed militants who had crossed from Somalia" leaves
// the militants' country open, and the dateline, the weakest sign, does
// not settle it. A state named after ph is mostly what ph acts on
// ("AMMAN, Jordan - Protesters burned an effigy of the Israeli prime
// minister"), which leaves the dateline its say.
func (p *Pipeline) namesOther(sa *SentenceAnalysis, ph *actor.Phrase, c string) bool {
	blind := armyBlind(sa.Sentence.Tokens, ph)
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.End > sa.dateline && o.End <= ph.Start && o.Country != c && p.focusPhrase(sa, o) && !(blind && slices.Contains(o.Sectors, "MIL")) && !(len(o.Sectors) > 0 && foreignerHead(sa.Sentence.Tokens[o.End-1].Lower)) {
				// (foreigners are no other state's: "Police arrested 14
				// Somali nationals, officials said" in a Nairobi story)
				return true
			}
		}
	}
	return false
}

// placedElsewhere reports a place where the sentence's act happens,
// outside its wire dateline, in a state other than c: "GENEVA, May 30 - Students
// marched through Beijing" are not the dateline's; the place, which
// localSides reads, says more.
func (p *Pipeline) placedElsewhere(sa *SentenceAnalysis, c string) bool {
	gp, ok := p.Places.(GeoPlacer)
	if !ok {
		return false
	}
	sa.plainMentions(gp.G)
	after := 0
	if sa.dateline > 0 && sa.dateline < len(sa.Sentence.Tokens) {
		after = sa.Sentence.Tokens[sa.dateline].End
	}
	toks := sa.Sentence.Tokens
	for _, m := range sa.mentions {
		if m.Start < after || m.Best == nil || m.Best.Country == "" || m.Best.Country == c {
			continue
		}
		// Only where something happens ("rallied in Bangkok", "marched
		// through Beijing"), not what is supported or demanded ("in
		// support of Gaza") nor where a blow lands ("into Israel").
		k := tokenAt(toks, m.Start)
		if k > 0 && k < len(toks) && (locative(toks[k-1].Lower) || toks[k-1].Lower == "at" || toks[k-1].Lower == "through" || k > 1 && toks[k-1].Lower == "of" && partOf(toks[k-2].Lower)) && !contentPlace(toks, k) {
			return true
		}
	}
	return false
}

// armyBlind: a bare phrase whose country an army's does not tell: the
// civilians in "Russian forces shelled Kharkiv, killing three civilians"
// and the speaker in "..., regional officials said". Armies fight abroad
// as often as at home; the victims and those who report the attack are
// the place's.
func armyBlind(toks []text.Token, ph *actor.Phrase) bool {
	if len(ph.Sectors) > 0 && ph.Sectors[0] == "CVL" {
		return true
	}
	return ph.End < len(toks) && reportWord(toks[ph.End].Lower)
}

// sentenceState is the one state a sentence names outside its wire
// dateline; "" when it names none or several ("Indian troops killed
// militants who crossed from Pakistan"). Civilians and speakers do not
// take it from an army alone (armyBlind): "KYIV (Reuters) - Russian
// forces shelled Kharkiv, killing three civilians" kills Ukrainians, and
// the dateline or the place says more.
func (p *Pipeline) sentenceState(sa *SentenceAnalysis, ph *actor.Phrase, skip bool) string {
	if skip {
		// The scene moved and its place speaks, as corefer reads it, or
		// the story names no state at all.
		return ""
	}
	if !sa.stateDone {
		// Once per sentence: its phrases with a country are filled only
		// after the bare ones that ask.
		sa.stateDone = true
		sa.state, sa.stateArmy = p.oneState(sa, false)
	}
	if sa.stateArmy && armyBlind(sa.Sentence.Tokens, ph) {
		return ""
	}
	return sa.state
}

// oneState is sentenceState's scan: the one state, and whether only
// armed forces name it ("" and false when two states are named).
// bodyState also leaves out places inside a demand or a judgement
// (content).
func (p *Pipeline) oneState(sa *SentenceAnalysis, content bool) (c string, army bool) {
	army = true
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.End <= sa.dateline || !p.focusPhrase(sa, o) || content && contentPlace(sa.Sentence.Tokens, o.Start) {
				continue
			}
			if c != "" && o.Country != c {
				return "", false
			}
			c = o.Country
			army = army && slices.Contains(o.Sectors, "MIL")
		}
	}
	return c, army
}

// organFocus is, for a bare state organ in a story where no country
// leads, the country that leads without its own sentence, unless that
// sentence names it only as the organ's target or the clause has a place
// of its own; "" otherwise.
func (p *Pipeline) organFocus(f map[string]float64, sa *SentenceAnalysis, ph *actor.Phrase) string {
	toks := sa.Sentence.Tokens
	if len(f) < 2 || !stateOrgan(ph.Sectors[0], toks[ph.End-1].Lower) {
		return ""
	}
	c := p.otherFocus(f, sa)
	if c == "" || onlyAfter(p, sa, ph, c) || p.clausePlace(sa, ph) != "" {
		return ""
	}
	return c
}

// datelineCountry is the country of the city a story's first sentence
// opens its wire dateline with ("LAGOS (Reuters) -"), or "".
func (p *Pipeline) datelineCountry(sa *SentenceAnalysis) string {
	gp, ok := p.Places.(GeoPlacer)
	if !ok || sa.Discarded != "" || datelineEnd(&sa.Sentence) < 0 {
		return ""
	}
	lo, hi, ok := datelineSpan(&sa.Sentence)
	if !ok {
		return ""
	}
	// Taggers read a capitalised first word as a common noun ("LYON/NN");
	// the dateline is a name whatever its tag.
	s0 := sa.Sentence
	s0.Tokens = append([]text.Token(nil), s0.Tokens...)
	for k := range s0.Tokens {
		if s0.Tokens[k].End > hi {
			break
		}
		s0.Tokens[k].Tag = "NNP"
	}
	for _, m := range gp.G.MentionsFast(&s0, nil, nil) {
		if m.Start >= lo && m.End <= hi && m.Best != nil && m.Best.Precision == geo.PrecisionCity && p.isState(m.Best.Country) {
			return m.Best.Country
		}
	}
	return ""
}

// onlyAfter reports that the sentence names the country c only after the
// phrase ph: as its target or the place of its act, never before it.
func onlyAfter(p *Pipeline, sa *SentenceAnalysis, ph *actor.Phrase, c string) bool {
	after := false
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.Country != c || !p.focusPhrase(sa, o) {
				continue
			}
			if o.Start < ph.Start || !targetName(sa, ph, o) {
				return false
			}
			after = true
		}
	}
	return after
}

// foreignVictimsOnly: the sentence names the country c only after the
// armed or criminal subject ph, as the nationality of those it acts on
// who are the kind of people a story names as foreigners ("Militants
// kidnapped a Japanese journalist", "Pirates seized two Chinese
// engineers"): their state is not the captors'. Villagers, soldiers and
// police of a state ("killed 20 Nigerian villagers") stay the story's.
func (p *Pipeline) foreignVictimsOnly(sa *SentenceAnalysis, ph *actor.Phrase, c string) bool {
	found := false
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.Country != c || o.Inferred {
				continue
			}
			if foreignThing(sa.Sentence.Tokens, o) || o.Start < len(sa.Sentence.Tokens) && offShore(sa.Sentence.Text, sa.Sentence.Tokens[o.Start].Start) {
				// (or the sea off it: "Pirates attacked a ship off Yemen";
				// named before the captors too, "A Greek tanker was
				// hijacked by pirates")
				found = true
				continue
			}
			if o.Start < ph.End {
				return false
			}
			if len(o.Sectors) == 0 {
				return false
			}
			switch o.Sectors[0] {
			case "MED", "BUS", "NGO", "REL", "CHR", "EDU", "HLH":
				found = true
			default:
				return false
			}
		}
	}
	return found
}

// foreignersOnly: the sentence names the country c only as people or
// missions that are abroad by definition, before or after the bare
// phrase ph: nationals, tourists, migrants, expatriates, diplomats, an
// embassy or consulate ("Police arrested 14 Somali nationals",
// "Protesters stormed the Danish embassy"). Those who act on them are
// not of their state, nor are those who report it ("Two Somali nationals
// were arrested, police said"). Hostages, sailors and crews are left
// out: troops free their own as often as others'.
func foreignersOnly(sa *SentenceAnalysis, ph *actor.Phrase, c string) bool {
	toks := sa.Sentence.Tokens
	found := false
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.Country != c || o.Inferred {
				continue
			}
			if o.End > len(toks) || o.End <= o.Start || len(o.Sectors) == 0 {
				return false
			}
			if !foreignerHead(toks[o.End-1].Lower) {
				return false
			}
			found = true
		}
	}
	return found
}

// accusedOnly: the bare state organ ph says or charges that another
// party did a hostile act, and the sentence names the country c only in
// that party, a sector with its state's adjective ("The army said
// Pakistani troops had violated the ceasefire", "The government accused
// Russian hackers of attacking its networks"): a state's organ does not
// charge its own state's forces with hostile acts, nor does it name
// them by their state when it tells of its own. Gated on the verb
// after ph.
func accusedOnly(sa *SentenceAnalysis, ph *actor.Phrase, c string) bool {
	toks := sa.Sentence.Tokens
	if len(ph.Sectors) == 0 || !stateOrganSector(ph.Sectors[0]) || ph.End >= len(toks) {
		return false
	}
	v := ph.End
	for v < len(toks) && v < ph.End+2 && (toks[v].Tag == "RB" || toks[v].Tag == "MD" || toks[v].Lower == "has" || toks[v].Lower == "have" || toks[v].Lower == "had") {
		v++
	}
	if v >= len(toks) || !toks[v].IsVerb() {
		return false
	}
	charge := false
	switch toks[v].Lemma {
	case "say", "report", "claim", "allege", "add":
	case "accuse", "blame", "charge":
		charge = true
	default:
		return false
	}
	found := false
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.Country != c || o.Inferred {
				continue
			}
			if o.Start <= v || o.End+1 >= len(toks) {
				return false
			}
			if charge && o.Start <= v+2 {
				// "accused Russian hackers of ...", and the state itself:
				// "The foreign ministry accused Washington of meddling"
				// (S14)
				found = true
				continue
			}
			k := o.End
			blow := false
			if len(o.Sectors) == 0 {
				// "said Indian shelling had killed": the state's blow,
				// hostile whatever its verb
				if !o.Modifier || !blowNoun(toks[k].Lower) {
					return false
				}
				k++
				blow = true
			}
			if charge && o.Start <= v+2 {
				found = true // "accused Russian hackers of ..."
				continue
			}
			// the party's own verb, hostile, right after it
			for k < len(toks) && k < o.End+3 && (toks[k].Tag == "RB" || toks[k].Tag == "MD" || isAuxWord(toks[k].Lower)) {
				k++
			}
			if k >= len(toks) || !toks[k].IsVerb() || !blow && !hostileLemma(toks[k].Lemma) {
				return false
			}
			found = true
		}
	}
	return found
}

// blowNoun: a noun for a state's blow that its adjective names the
// agent of ("Indian shelling", "Russian strikes").
func blowNoun(w string) bool {
	switch w {
	case "shelling", "fire", "gunfire", "strikes", "airstrikes", "attacks", "bombardment", "shells", "rockets", "missiles":
		return true
	}
	return false
}

// hostileLemma: verbs of hostile acts one state's organs charge
// another's forces with; not "kill" or "attack", which an army's
// report of its own troops' fight with militants uses as often ("The
// army said Pakistani troops had killed 20 militants").
func hostileLemma(l string) bool {
	switch l {
	case "violate", "shell", "harass", "intrude", "infiltrate", "hack", "cross", "enter", "abduct", "kidnap":
		return true
	}
	return false
}

// foreignerHead: a head noun for people or missions abroad by
// definition (foreignersOnly).
func foreignerHead(w string) bool {
	switch w {
	case "national", "nationals", "tourist", "tourists", "expatriates", "expats", "foreigner", "foreigners",
		"holidaymakers", "travellers", "travelers", "migrants", "migrant", "embassy", "embassies",
		"consulate", "consulates", "diplomat", "diplomats", "ambassador", "consul",
		// envoys by their other titles are as much abroad (B29): "the
		// foreign office summoned the Indian charge d'affaires" is no
		// Indian office
		"ambassadors", "envoy", "envoys", "consuls", "d'affaires", "attache", "attaché":
		return true
	}
	return false
}

// foreignThing: a victim phrase whose kind marks it as abroad, so its
// state says nothing of who struck it: a flagged or owned ship ("a
// Greek tanker", "a Liberian-flagged vessel"), a diplomatic mission or
// diplomat ("the Turkish consulate"), and travellers and nationals ("a
// Canadian tourist", "two Chinese nationals"). Villagers, police and
// troops of a state are as often the attackers' own people.
func foreignThing(toks []text.Token, o *actor.Phrase) bool {
	if o.End > len(toks) || o.End <= o.Start {
		return false
	}
	head := toks[o.End-1].Lower
	if strings.HasSuffix(head, "-flagged") || strings.HasSuffix(head, "-registered") {
		return true
	}
	if len(o.Sectors) == 0 && o.End < len(toks) {
		// a bare country adjective before the thing it owns
		k := o.End
		if k+1 < len(toks) && (toks[k].Lower == "oil" || toks[k].Lower == "cargo" || toks[k].Lower == "merchant" || toks[k].Lower == "container" || toks[k].Lower == "fishing") {
			k++
		}
		return actor.ShipNoun(toks[k].Lower) // a ship sails under its flag far from home
	}
	switch head {
	case "embassy", "embassies", "consulate", "consulates", "diplomat", "diplomats", "ambassador", "consul",
		"tourist", "tourists", "national", "nationals", "expatriates", "expats", "foreigner", "foreigners",
		"holidaymakers", "travellers", "travelers", "seafarers", "crewmen", "sailors", "hostage", "hostages":
		return len(o.Sectors) > 0 && (o.Sectors[0] == "GOV" || o.Sectors[0] == "CVL")
	}
	return false
}

// onlyContentPlace reports that the sentence names the country c only as
// a place inside what the phrase ph demands or judges ("People marched
// through London to demand a ceasefire in Gaza"): where the demand is
// about, not where the crowd is from. An addressee ("demanded that Turkey
// end ...") is no place and does not count.
func (p *Pipeline) onlyContentPlace(sa *SentenceAnalysis, ph *actor.Phrase, c string) bool {
	toks := sa.Sentence.Tokens
	found := false
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.Country != c || !p.focusPhrase(sa, o) {
				continue
			}
			if o.Start <= ph.End || o.Start > len(toks) || !locative(toks[o.Start-1].Lower) {
				return false
			}
			opened := false
			for k := ph.End; k < o.Start && !opened; k++ {
				opened = contentOpener(toks[k].Lower, toks[k-1].Lower, true)
			}
			if !opened {
				return false
			}
			found = true
		}
	}
	return found
}

// stateOrgan: a bare sector phrase for an organ of a state that acts on
// other states: a legislature, an army, a court, a spy service or a
// government body (govBody). Rebels, opposition, parties and crowds
// mostly make demands of their own state ("Kurdish rebels demanded that
// Turkey end its air strikes"), so a state they act on may be theirs.
func stateOrgan(sec, head string) bool {
	switch sec {
	case "LEG", "MIL", "JUD", "SPY":
		return true
	case "GOV":
		return govBody(head)
	}
	return false
}

// govBody: a government noun for a body that acts on other states ("the
// government accused Russia", "officials ... sanctions on Iran"). A bare
// title or office ("the spokesman", "the premier") in a story that names
// one state is, far more often, that state's own, whatever it acts on.
// A department named by its head noun alone ("the Treasury", "the Foreign
// Office", "the State Department") is a body too: it sanctions, condemns
// and summons other states as a ministry does (B29).
func govBody(head string) bool {
	switch head {
	case "government", "administration", "cabinet", "ministry", "officials", "authorities",
		"treasury", "office", "department", "exchequer", "chancellery":
		return true
	}
	return false
}

// targetName: the phrase o, after the subject ph and a verb, is a bare
// country name that an act is aimed at ("aid to Egypt", "sanctions on
// Russia", "condemned Iran"), not a place ("in Paris", "outside the Iraqi
// capital"), an origin ("from Chad"), an owner ("South Africa's utility")
// or a trailing speaker ("..., Saudi Arabia said"). Phrases with a sector
// ("diplomats from Belarus", "the Pentagon") are left out: whether they
// are the object or the subject's own kin the words do not say.
func targetName(sa *SentenceAnalysis, ph, o *actor.Phrase) bool {
	toks := sa.Sentence.Tokens
	// A country adjective on a thing after the verb ("imposing tariffs
	// on Chinese steel") names what is acted on as much as a bare name.
	if len(o.Sectors) > 0 || len(o.Parts) != 1 || o.Parts[0].Entry == nil || o.Parts[0].Entry.Kind != actor.KindCountry || o.Parts[0].Entry.Metonym {
		return false
	}
	if o.Start == 0 || o.End > len(toks) || ph.End > o.Start {
		return false
	}
	verb := false
	for k := ph.End; k < o.Start; k++ {
		verb = verb || toks[k].IsVerb()
	}
	if !verb {
		return false
	}
	switch toks[o.Start-1].Lower {
	case "in", "at", "near", "outside", "inside", "across", "throughout", "around", "of", "from", "through":
		return false
	}
	if o.End < len(toks) && toks[o.End].Tag == "POS" {
		return false
	}
	return !speakerPlace(toks, o.End)
}

// refocusAway gives ph, whose inferred country the sentence shows is
// wrong (a seat of state that only answers that state, a ministry that
// summons that state's envoy), the story's other main country, and
// reports whether there was one; the caller decides what else to try.
func (p *Pipeline) refocusAway(a *Analysis, sa *SentenceAnalysis, ph *actor.Phrase) bool {
	if f := p.otherFocus(a.Focus, sa); f != "" && f != ph.Country {
		ph.SetCountry(f)
		return true
	}
	return false
}

// otherFocus is the story's main country counted without sentence sa, by
// focusCountry's rule; "" when no other sentence makes one lead.
func (p *Pipeline) otherFocus(f map[string]float64, sa *SentenceAnalysis) string {
	own := func(c string) float64 {
		n := 0.0
		for gi := range sa.Groups {
			for pi := range sa.Groups[gi].Phrases {
				if o := &sa.Groups[gi].Phrases[pi]; o.Country == c && p.focusPhrase(sa, o) {
					n++
				}
			}
		}
		return n
	}
	best, bestN, second, named := "", 0.0, 0.0, 0
	for c, n := range f {
		n -= own(c)
		if n <= 0 {
			continue
		}
		named++
		if best == "" || n > bestN || n == bestN && c < best {
			second = max(second, bestN)
			best, bestN = c, n
		} else {
			second = max(second, n)
		}
	}
	if best == "" || bestN <= second || bestN < 2 && named > 1 {
		return ""
	}
	return best
}

func focusCountry(f map[string]float64) string {
	best, second := "", 0.0
	for c, n := range f {
		if best == "" || n > f[best] || n == f[best] && c < best {
			if best != "" {
				second = max(second, f[best])
			}
			best = c
		} else {
			second = max(second, n)
		}
	}
	// A country leads when it is named at least twice and more than any
	// other, or when it is the only country the story names at all.
	if best == "" || f[best] <= second || f[best] < 2 && len(f) > 1 {
		return ""
	}
	return best
}

// Events turns an analysis into coded events.
func (p *Pipeline) Events(a *Analysis) []event.Event { return p.events(a, nil, nil) }

// privateRemark: a statement (01x) or a complaint (11x) addressed to
// nobody by speakers who are all firms, academics, farmers or doctors
// ("the carmaker said it expected profits to rise", "a scientist said
// the quake was shallow", "farmers complained of low prices"): no
// political actor speaks to anyone, so no event. Aimed at someone, or said
// by an office, a party, a group, media or civilians (residents and
// witnesses report what was done to them), a statement stays.
func privateRemark(ev *event.Event) bool {
	if ev.CAMEORoot != "01" && ev.CAMEORoot != "11" || len(ev.Target) > 0 || len(ev.Source) == 0 {
		return false
	}
	for i := range ev.Source {
		switch ev.Source[i].Sector {
		case "BUS", "EDU", "AGR", "HLH":
		default:
			return false
		}
	}
	return true
}

// punditGuess: the hypothetical event at head is what unnamed pundits
// guess ("Analysts say Russia could launch a new offensive", "Israel
// could strike Iranian nuclear sites, analysts warned"): nobody acted, and
// nobody with a stake said so; a forecast is no event. A named or coded speaker
// reports (ReportedBy), and a stated plan or threat is no guess.
func punditGuess(toks []text.Token, head int) bool {
	for k := 0; k+1 < len(toks); k++ {
		if k == head || !punditNouns.Has(toks[k].Lower) {
			continue
		}
		j := k + 1
		if toks[j].Tag == "RB" && j+1 < len(toks) {
			j++ // "analysts widely expect"
		}
		if j != head && guessVerbs.Has(toks[j].Lemma) && (k < head || trailingSpeaker(toks, k)) {
			return true // before the head, or trailing: ", analysts warned"
		}
	}
	return false
}

// trailingSpeaker reports a pundit noun after the head that opens its own
// reporting clause after a comma or quote (", Western analysts warned"),
// so it speaks the whole sentence; one inside another clause ("the White
// House warned, echoing what analysts expect") guesses nothing about it.
func trailingSpeaker(toks []text.Token, k int) bool {
	i := k - 1
	for i >= 0 && i >= k-3 {
		switch toks[i].Tag {
		case "DT", "JJ", "CD", "RB", "NN", "NNP":
			i--
			continue
		}
		break
	}
	if i < 0 {
		return true
	}
	switch toks[i].Text {
	case ",", "\"", "''", ":", "--", "-":
		return true
	}
	return false
}

var (
	punditNouns = wordset.Of("analysts", "analyst", "experts", "expert", "observers", "commentators", "economists", "pundits", "strategists", "forecasters", "critics", "lawmakers", "scholars", "historians")
	guessVerbs  = wordset.Of("say", "believe", "expect", "predict", "think", "suggest", "speculate", "fear", "warn", "reckon", "doubt", "argue", "worry", "caution", "wonder")
)

// businessOnly: every side of the event is a private firm ("Siemens signed
// a deal with an Egyptian company", "the carmaker agreed to buy a stake in
// its rival"): commerce between companies is no political event. A firm
// and a state or a group ("Gazprom cut gas to Ukraine") stays, and so do
// state firms, which act for their states ("Kazakh and Uzbek state firms
// formed a joint venture").
func businessOnly(ev *event.Event) bool {
	if len(ev.Source) == 0 && (len(ev.Target) == 0 || violentRoot(ev.CAMEORoot)) {
		// An attack on a firm by someone unnamed ("a bomb exploded on an
		// Air India jet", "Turkish contractors were killed in an ambush")
		// is violence, not commerce.
		return false
	}
	for _, side := range [2][]event.Actor{ev.Source, ev.Target} {
		for i := range side {
			if side[i].Sector != "BUS" || stateOwned(side[i].Text) {
				return false
			}
		}
	}
	return true
}

// stateOwned: the actor's words say the state owns or runs it ("state
// firms", "a state-owned bank", "the state oil company").
func stateOwned(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		if strings.EqualFold(w, "state") {
			return true
		}
	}
	return false
}

// events builds a story's events; its scratch arrays come from w when it
// is not nil.
func (p *Pipeline) events(a *Analysis, t *Timings, w *work) []event.Event {
	if w == nil {
		w = new(work)
	}
	return p.placeEvents(a, t, w, p.assembleEvents(a, t, w))
}

// assembleEvents is events' first half: the events of each sentence's
// matches, with their dates, actors and mirrors.
func (p *Pipeline) assembleEvents(a *Analysis, t *Timings, w *work) []event.Event {
	var t0 time.Time
	if t != nil {
		t0 = time.Now()
	}
	pub, hasPub := a.Story.PubDate()
	// Sized for every match and a mirror of each reciprocal one: an Event
	// is 400 bytes, and growing the slice event by event was 3% of a run's
	// CPU, while room for a mirror of every match was a fifth of the bytes
	// a run allocates. A meeting of three or four parties grows it.
	n := 0
	for i := range a.Sentences {
		for j := range a.Sentences[i].Verbs.Matches {
			n++
			if a.Sentences[i].Verbs.Matches[j].Reciprocal() {
				n++
			}
		}
	}
	out := make([]event.Event, 0, n)
	heads := slices.Grow(w.heads[:0], n)
	objects := slices.Grow(w.objects[:0], n)
	claimed := slices.Grow(w.claimed[:0], len(a.Sentences))
	lastConsult, lastRecip := -1, -1
	seen := w.seen[:0]
	defer func() { w.heads, w.objects, w.claimed, w.seen = heads, objects, claimed, seen }()
	for si := range a.Sentences {
		sa := &a.Sentences[si]
		sent := sa.Sentence
		var cs [][2]int
		w.spans, cs = appendClaimedSpans(w.spans, sa)
		claimed = append(claimed, cs)
		if len(sa.Verbs.Attach) > 0 && lastConsult >= 0 {
			attachParticipants(&out[lastConsult], sent, sa.Verbs.Attach)
		}
		ord := 0
		seen = seen[:0]
		for _, m := range sa.Verbs.Matches {
			// ownTarget: "both sides agreed to disarm the militias" keeps
			// its object, "both leaders condemned the attack" its lack of
			// one; the parties together are the source.
			ownTarget := false
			ante := lastRecip
			var named *event.Event
			if !m.Orphan && ante >= 0 && len(m.Source) == 1 && m.Head >= 4 && pairClause(sent.Tokens, m.Head, m.Source[0].End) {
				// "Diplomats said the two sides would meet in Geneva": the
				// verb stage lent the speaker to a clause whose subject is
				// the story's pair; the pair acts, as in "The two sides
				// will meet".
				m.Orphan = true
			}
			if m.Orphan {
				// "The agreements reached in May 2017": definite reference to
				// the meeting or agreement the story is about.
				if ante < 0 {
					ante = visitAntecedent(&m, lastConsult, out, heads)
				}
				if ante < 0 && (m.Joint || m.Mutual) {
					named = namedPair(a, si, m.Head)
				}
				if ante < 0 && named == nil && m.Mutual {
					named = clashPair(out, si)
				}
				if ante < 0 && named == nil && (m.Joint || m.Mutual) {
					// "Pakistan warned India ..., as both countries moved
					// troops": the pair of the sentence's own event
					// (pair_m15.go).
					named = sentencePair(out, si)
				}
				if ante < 0 && named == nil && (m.Joint || m.Mutual) {
					// "Armenia accused Azerbaijan ... . The two countries
					// agreed to a ceasefire": the sentence before's pair.
					named = previousPair(out, si)
				}
				if ante < 0 && named == nil {
					continue
				}
				ownTarget = m.Joint
				m.Source, m.Participants = nil, nil
				if !ownTarget {
					m.Target = nil
				}
			}
			// Event returns the code's own copy of its PLOVER context, which
			// the event keeps ([] rather than null when there is none).
			ec, ok := p.Onto.Event(m.EventCode())
			if !ok {
				continue // Load rejects unknown codes; defensive only
			}
			if ec.PLOVER.Context == nil {
				ec.PLOVER.Context = []string{}
			}
			ev := event.Event{
				ID:            eventID(a.Story.ID, si, ord),
				StoryID:       a.Story.ID,
				SentenceIndex: si,
				Sentence:      sent.Text,
				CAMEO:         ec.Code,
				CAMEORoot:     ec.Root,
				QuadClass:     ec.QuadClass,
				Goldstein:     ec.Goldstein,
				PLOVER:        event.PLOVER{Type: ec.PLOVER.Type, Mode: ec.PLOVER.Mode, Context: ec.PLOVER.Context},
				Source:        []event.Actor{},
				Target:        []event.Actor{},
				Participants:  []event.Actor{},
				Evidence: event.Evidence{
					Verb:    span(sent, m.Head, m.Head+1),
					Pattern: m.Pattern.Pos,
				},
			}
			// The three sides share one array, each capped to its own part
			// so that a later append to one cannot run into the next.
			if ns, nt, np := len(m.Source), len(m.Target), len(m.Participants); ns+nt+np > 0 {
				all := make([]event.Actor, 0, ns+nt+np)
				ev.Source, ev.Target, ev.Participants = all[:0:ns], all[ns:ns:ns+nt], all[ns+nt:ns+nt:ns+nt+np]
			}
			for _, ph := range m.Source {
				if m.FromPrevious {
					// "It said ...": the actor is named in a sentence
					// before, so it has no span in this one.
					ac := toActor(text.Sentence{}, ph, "")
					ac.Text, ac.Start, ac.End = sa.Verbs.SourceText(&m, ph), -1, -1
					ev.Source = append(ev.Source, ac)
					continue
				}
				ev.Source = append(ev.Source, toActor(sent, ph, ""))
			}
			for _, ph := range m.Target {
				if ph.Country != "" && len(ph.Sectors) == 0 && ec.Root >= "18" && ec.Root <= "20" && borderPlace(sent.Tokens, &ph) {
					continue
				}
				ev.Target = append(ev.Target, toActor(sent, ph, ""))
			}
			for _, q := range m.Participants {
				ev.Participants = append(ev.Participants, toActor(sent, q.Phrase, q.Role))
			}
			if m.Head > 3 && len(ev.Source) > 0 && (sent.Tokens[m.Head].Tag == "VBG" || sent.Tokens[m.Head-1].Tag == "VBG") {
				joinedPartner(&ev, sa, m.Head)
			}
			if m.Orphan && named != nil {
				orphanSides(&ev, named, ownTarget)
			} else if m.Orphan {
				prev := &out[ante]
				if len(prev.Target) == 0 {
					// a visit whose host is the place it went to, known
					// only once places are found: read it now
					pv := *prev
					pv.Target = p.visitHost(&a.Sentences[prev.SentenceIndex], heads[ante])
					prev = &pv
				}
				orphanSides(&ev, prev, ownTarget)
			}
			if m.TopicRef && lastRecip >= 0 && len(ev.Target) == 0 {
				// "Egypt welcomed the deal": the story's last agreement's
				// parties, less whoever judges it.
				ev.Target = partiesBut(out[lastRecip], ev.Source)
			}
			if len(ev.Target) == 0 && len(ev.Source) > 0 && m.Span[1] > m.Head+1 && (ec.Root == "14" || ec.Root == "18" || ec.Root == "19" || ec.Root == "20") {
				literalTarget(&ev, sa, &m)
			}
			if len(ev.Target) == 0 && len(ev.Source) > 0 && !m.Passive {
				ownerTarget(&ev, sa, &m)
			}
			if !m.Passive {
				otherOwner(&ev, sa, &m) // hisother_a17.go
			}
			if len(ev.Target) == 0 && len(ev.Source) > 0 && !m.Orphan && appealRoot(ec.Root) && sidesObject(sent.Tokens, m.Head) {
				// "China urged both sides to show restraint": the parties
				// of the story's last agreement, else of its last clash.
				if lastRecip >= 0 {
					ev.Target = partiesBut(out[lastRecip], ev.Source)
				} else if d := lastDyad(out); d >= 0 {
					ev.Target = partiesBut(out[d], ev.Source)
				}
			}
			if len(ev.Target) == 0 && len(ev.Source) > 0 && !m.Orphan && (ec.Root == "02" || ec.Root == "10") && calmObject(sent.Tokens, m.Head) {
				// "North Korea shelled a South Korean island. The UN called
				// for restraint": a call for calm goes to the story's
				// fighting parties.
				if d := lastClash(out, si); d >= 0 {
					ev.Target = partiesBut(out[d], ev.Source)
				}
			}
			if namingVerb(sent.Tokens[m.Head].Lemma) {
				if w := inWhatCalled(sent.Tokens, m.Head); w >= 0 {
					if len(ev.Source) == 0 || ev.Source[0].Start < sent.Tokens[w].Start {
						continue // "in what analysts called a war crime": no actor judges
					}
					if d := whatCalledAct(out, si, sent.Tokens[w].Start); len(ev.Target) == 0 && ec.Root == "11" && d >= 0 {
						ev.Target = partiesBut(event.Event{Source: out[d].Source}, ev.Source)
					}
				}
			}
			if len(ev.Target) == 0 && len(ev.Source) > 0 && !m.Orphan {
				// "The ministry condemned the attack", "The Kremlin denied
				// the accusation": a definite act with no agent of its own
				// is the story's last one of its kind, aimed at its agent.
				if want, noun := judgedRoot(ec.Root, ec.Code, sent.Tokens, m.Head); want != "" {
					if d := judgedAct(out, want, noun); d >= 0 {
						ev.Target = partiesBut(event.Event{Source: out[d].Source}, ev.Source)
					}
				}
			}
			if len(ev.Target) == 0 && len(ev.Source) > 0 && !m.Orphan && len(out) > 0 && (ec.Root == "11" || ec.Root == "12") {
				announcedPlan(&ev, out, si, sent.Tokens, m.Head)
			}
			if len(ev.Target) == 0 && len(ev.Source) > 0 && !m.Orphan && aidCode(ec.Code) {
				// "India sent relief to Nepal. China pledged 20 million
				// yuan in emergency aid": the story's recipient.
				if d := lastAidTarget(out, ev.Source); d >= 0 {
					ev.Target = inherited(out[d].Target)
				}
			}
			ev.Modality = event.Modality{Negated: m.Modality.Negated, Future: m.Modality.Future, Hypothetical: m.Modality.Hypothetical}
			if anyAct(sent.Tokens, m.Head) {
				ev.Modality.Hypothetical = true // "respond to any attack": none has happened
			}
			if r := m.Modality.ReportedBy; r != nil && len(m.Source) > 0 && r.Start == m.Source[0].Start && !saidBetween(sent.Tokens, r.End, m.Head) {
				// The reporter is the act's own subject with no verb of
				// saying of its own before the act: a speaker that is no
				// actor, after a comma, let the search reach back to the
				// clause's subject ("Soldiers killed two protesters,
				// witnesses said"). An agent does not report its own act
				// that way ("Belarus said it would hold drills" keeps
				// Belarus).
			} else if r != nil && !(len(m.Source) > 0 && r.End <= m.Source[0].Start && butSubject(sent.Tokens, r.End, m.Source[0].Start)) {
				ev.Modality.ReportedBy = r.Code
				if q := quoter(sa, r.Start); q != nil {
					// "Xinhua quoted the ministry as saying that Beijing
					// would retaliate": the outlet that quotes reports.
					ev.Modality.ReportedBy = q.Code
				}
			} else if r == nil && m.Pattern.Speech && len(m.Source) > 0 && m.Head > 0 && sent.Tokens[m.Head-1].Lower == "as" {
				if q := quoter(sa, m.Source[0].Start); q != nil {
					ev.Modality.ReportedBy = q.Code // the quoted statement itself
				}
			}
			dated := false
			if len(ev.Target) > 0 && (ec.Root >= "18" && ec.Root <= "20" || ec.Root == "15" && len(ev.Source) > 0) {
				originSource(&ev, sent.Tokens)
			} else if ec.Root == "19" && len(ev.Source) == 1 && len(m.Source) == 1 && betweenOne(sent.Tokens, &m) {
				// "clashes between rival militias": the group fights
				// itself, not the state of the place it fights in.
				ev.Target = append([]event.Actor(nil), ev.Source...)
			}
			if len(ev.Source) == 0 && !m.Passive && len(out) > 0 && ec.Root >= "18" && ec.Root <= "20" {
				nominalSubject(&ev, &out[len(out)-1], heads[len(heads)-1], m.Head, sent.Tokens)
				if len(ev.Source) == 0 && len(ev.Target) > 0 {
					clashVictims(&ev, &out[len(out)-1], heads[len(heads)-1], m.Head, sent.Tokens)
				}
			}
			if m.Head+1 < len(sent.Tokens) && len(out) > 0 && objectPronoun(sent.Tokens[m.Head+1].Lower) {
				pronounTarget(&ev, &out[len(out)-1], sent.Tokens, m.Head)
			}
			if len(ev.Source) == 0 && m.Passive && ec.Root >= "18" && ec.Root <= "20" && casualtiesOf(sa, &m) {
				continue
			}
			if r := ec.Root; (r == "18" || r == "19" || r == "20") && m.Passive && len(ev.Source) == 0 && len(ev.Target) > 0 && si > 0 {
				// "The Israeli military said hundreds of Israelis had been
				// killed", after "Hamas fired rockets into Israel": the
				// story's attacker of their state, not the state itself.
				if d := lastAttackOn(out, ev.Target[0].Country, si); d >= 0 {
					ev.Source = inherited(out[d].Source)
				}
			}
			if r := ec.Root; (r == "14" || r == "17" || r == "18" || r == "19" || r == "20") && !m.Passive && !m.Orphan && hazardClause(sent.Tokens, m.Head, ev.Source) {
				continue // a hazard's toll: see hazard.go
			}
			if ec.Code == "055" {
				apologyTarget(&ev, sa, &m)
			}
			if len(ev.Target) == 0 && ec.Root == "16" && !m.Passive {
				tradeOrigin(&ev, sa, &m)
			}
			if ec.Root == "14" && m.Head > 3 {
				jailerTarget(&ev, sa, &m)
			}
			if ec.Root == "12" && failedAccord(sent.Tokens, m.Head, ev.Source, ev.Target) {
				continue // a body's members did not agree: see accord.go
			}
			if r := ec.Root; (r == "18" || r == "19" || r == "20") && !m.Passive && !m.Orphan {
				if definiteAttack(sent.Tokens, m.Head, ev.Source) {
					// "The strikes hit rebel positions, residents said":
					// the story's last attacker did it.
					if d := lastOfRoot(out, "181920"); d >= 0 && out[d].SentenceIndex < si {
						ev.Source = inherited(out[d].Source)
					}
				} else {
					switch backgroundHarm(sent.Tokens, m.Head, ev.Source) {
					case harmBackground:
						continue // a disaster's or a war's toll: see background.go
					case harmIfHistorical:
						p.date(&ev, sa, m, pub, hasPub, a.Story.Date)
						dated = true
						if ev.Modality.Historical {
							continue
						}
					}
				}
			}
			if !m.FromPrevious && len(ev.Source) > 0 && warModifier(sent.Tokens, ev.Source) {
				continue // "the Korean War ended": no one acted
			}
			mutual := false
			if len(ev.Target) == 0 && len(ev.Source) >= 2 && !m.Passive && (mutualCode(ev.CAMEO) || len(ev.Source) == 2 && (ev.CAMEO == "161" || mutualHalt(ev.CAMEO, sent.Tokens, m.Head, m.Span[1]))) && distinctSides(ev.Source) {
				// "Egypt and Sudan agreed to coordinate their positions",
				// "India and Pakistan pledged to resume talks": parties
				// that cooperate with no one else named cooperate with
				// each other. Two that break off relations break them
				// with each other ("Argentina and Britain broke off
				// diplomatic relations"); three or more are more often a
				// bloc against someone named before.
				ev.Source, ev.Target = ev.Source[:1:1], ev.Source[1:]
				mutual = true
			} else if agreedBetween(&ev, &m, sent.Tokens) {
				ev.Source, ev.Target = ev.Source[:1:1], ev.Source[1:]
				mutual = true
			} else if len(ev.Target) == 0 && len(ev.Source) >= 2 && !m.Passive && ec.Root >= "15" && ec.Root <= "20" && theirBorder(sent.Tokens, m.Head) && distinctSides(ev.Source) {
				// "India and Pakistan massed troops along their common
				// border": force two states deploy at the border they share
				// is aimed at each other.
				ev.Source, ev.Target = ev.Source[:1:1], ev.Source[1:]
				mutual = true
			} else if len(ev.Source) >= 2 && len(ev.Target) > 0 && m.Pattern.Recip && strings.HasPrefix(ev.CAMEO, "084") && captivesOnly(ev.Target, ev.Source) && distinctSides(ev.Source) {
				// "Russia and Ukraine exchanged 95 prisoners of war": the
				// captives swapped are what is returned, no party to the
				// swap; the swappers return them to each other.
				ev.Source, ev.Target = ev.Source[:1:1], ev.Source[1:]
				mutual = true
			}
			if ec.Root == "04" && ev.CAMEO != "045" && len(out) > 0 && out[len(out)-1].CAMEO == "045" {
				mediatedTalks(&ev, &out[len(out)-1])
			}
			// One event per code and dyad in a sentence: "held talks ...,
			// discussing ..." describes the talks twice.
			if !seen.add(ev.CAMEO, ev.Source, ev.Target) {
				continue
			}
			if ec.Root == "04" && len(out) > 0 && sent.Tokens[m.Head].Lemma == "discuss" && meetingTopic(&ev, out, si) {
				continue
			}
			if !dated {
				p.date(&ev, sa, m, pub, hasPub, a.Story.Date)
			}
			if ev.DatePrecision == string(when.PrecisionUnknown) && hasPub && !ev.Modality.Historical {
				// "the anniversary of the 2011 attacks, in which ...": the
				// relative clause tells of the year its antecedent names.
				if yearsBefore(sent.Tokens, m.Head) {
					ev.Modality.Historical = true // "two years after the Taliban seized power"
				} else if y, ok := pastAntecedent(sent.Tokens, m.Head); ok {
					antecedentYear(&ev, y, pub)
				}
			}
			out = append(out, ev)
			heads = append(heads, m.Head)
			objects = append(objects, objectBytes(sent, &m))
			if ec.Root == "04" {
				lastConsult = len(out) - 1
			}
			if m.Pattern.Recip && !m.Orphan {
				lastRecip = len(out) - 1
			}
			// Reciprocal events hold in both directions; CAMEO codes both.
			// A small meeting of three or four parties without roles ("the
			// US, Russia and Switzerland met") holds between every pair.
			// A refusal is one-sided even when the thing refused is mutual:
			// "Iran will not negotiate with the US" is Iran's rejection only.
			refusal := m.Code != "" && ec.Root == "12" && len(ev.Source) == 1
			if (m.Reciprocal() || mutual) && len(ev.Source) >= 2 && len(ev.Target) > 0 && !m.Orphan && (nobodysObject(ev.Target) || topicObject(&ev)) {
				// "Turkey and Israel agreed to reappoint ambassadors",
				// "Ukraine and Poland agreed to produce armoured vehicles":
				// the parties are the coordinated subject; whose-ever
				// ambassadors or vehicles the object names are what they
				// agree on, not a third party.
				prim := &out[len(out)-1]
				prim.Source, prim.Target = ev.Source[:1:1], ev.Source[1:]
				ev = *prim
				seen.add(ev.CAMEO, ev.Source, ev.Target)
			}
			if (m.Reciprocal() || mutual) && len(ev.Source) > 0 && len(ev.Target) > 0 && (!m.Orphan || m.Mutual && !ownTarget || mutual) && !refusal {
				pairs := reciprocalPairs(ev)
				if len(pairs) > 1 {
					// Pairwise: the coded event becomes the first pair.
					prim := &out[len(out)-1]
					prim.Source, prim.Target = pairs[0][0], pairs[0][1]
					seen.add(prim.CAMEO, prim.Source, prim.Target)
					pairs = pairs[1:]
				}
				for _, pair := range pairs {
					rev := ev
					rev.Source, rev.Target = pair[0], pair[1]
					if !seen.add(rev.CAMEO, rev.Source, rev.Target) {
						continue
					}
					ord++
					rev.ID = eventID(a.Story.ID, si, ord)
					rev.Mirror = ev.ID
					out = append(out, rev)
					heads = append(heads, m.Head)
					objects = append(objects, [2]int{})
				}
			}
			// Events the coded one implies between other sides: the guests
			// of a hosted meeting, two states' forces acting jointly
			// (jointforce_lead.go), a meeting's mediators.
			var derived []event.Event
			if len(ev.Target) >= 2 && strings.HasPrefix(ev.CAMEO, "043") && !m.Orphan {
				derived = p.guestsTalk(&ev, sent.Tokens, m.Head)
			}
			if !m.Orphan && len(ev.Source) >= 2 {
				derived = append(derived, p.jointForce(&ev, sent.Tokens, m.Head)...)
			}
			if len(m.Participants) > 2 && !m.Orphan {
				if mev, ok := p.brokered(&ev, sa); ok {
					derived = append(derived, mev)
				}
			}
			if !m.Orphan && (ec.Root == "17" || ec.Root == "15") {
				derived = append(derived, p.coordinatedMeasures(&ev, sent.Tokens, m.Head)...) // measures_q21.go
			}
			if !m.Orphan {
				derived = append(derived, exchangedRelease(&ev, sa, m.Head)...) // exchange_d21.go
				// claimed_n23.go
				derived = append(derived, p.claimedTwin(&ev, sent.Tokens, m.Head)...)
				derived = append(derived, p.requestedArrest(&ev, sa, m.Head)...) // arrestrequest_r37.go
				derived = append(derived, p.firedAtDefender(&ev, sa, m.Head)...) // firedat_q40.go
			}
			for _, dev := range derived {
				if seen.add(dev.CAMEO, dev.Source, dev.Target) {
					ord++
					dev.ID = eventID(a.Story.ID, si, ord)
					out = append(out, dev)
					heads = append(heads, m.Head)
					objects = append(objects, [2]int{})
				}
			}
			ord++
		}
		if k := suitAt(sent.Tokens); k > 0 {
			// "Kuwait and Bahrain followed suit": see suit.go.
			if sev, ok := followSuit(out, heads, sa, si, k); ok && seen.add(sev.CAMEO, sev.Source, sev.Target) {
				sev.ID = eventID(a.Story.ID, si, ord)
				ord++
				out = append(out, sev)
				heads = append(heads, k)
				objects = append(objects, [2]int{})
			}
		}
	}
	if t != nil {
		since(t, &t.Assemble, t0)
	}
	return out
}

// placeEvents is events' second half: places, the sides that places and
// the whole story decide, and the events dropped on second thought. It
// reads the heads, objects and claimed spans assembleEvents left in w.
func (p *Pipeline) placeEvents(a *Analysis, t *Timings, w *work, out []event.Event) []event.Event {
	var t0 time.Time
	if t != nil {
		t0 = time.Now()
	}
	heads, objects, claimed := w.heads, w.objects, w.claimed
	for i := range out {
		// (Bytes, not a string order: "18" <= root costs a call per event.)
		if r := out[i].CAMEORoot; len(out[i].Source) == 0 && len(r) == 2 && (r[0] == '1' && r[1] >= '8' || r[0] == '2') {
			if r[1] == '9' && i+1 < len(out) {
				fightSubject(out, i)
			}
			if len(out[i].Source) == 0 && i > 0 {
				accusedAgent(out, i)
			}
		}
	}
	for i := range out {
		ownEnvoyRecalled(&out[i])
	}
	if p.Places != nil && len(out) > 0 {
		sents := slices.Grow(w.places[:0], len(a.Sentences))[:len(a.Sentences)]
		for i := range a.Sentences {
			sents[i] = a.Sentences[i].Sentence
		}
		ptrs := slices.Grow(w.ptrs[:0], len(out))[:len(out)]
		for i := range out {
			ptrs[i] = &out[i]
		}
		w.places, w.ptrs = sents, ptrs
		locs := p.Places.Place(sents, claimed, ptrs, heads, a.Focus)
		for i := range locs {
			if i < len(out) && locs[i] == nil {
				locs[i] = p.countryPlace(&a.Sentences[out[i].SentenceIndex], heads[i])
				if locs[i] == nil {
					locs[i] = p.actorCityPlace(&a.Sentences[out[i].SentenceIndex], &out[i])
				}
			}
		}
		for i := range out {
			if i < len(locs) {
				locs[i] = p.laterPlace(&a.Sentences[out[i].SentenceIndex], &out[i], locs[i], heads[i])
			}
			carried := false
			if i < len(locs) && locs[i] == nil {
				locs[i] = clauseBeforePlace(out, locs, heads, i, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) // sides_s23.go
				carried = locs[i] != nil
			}
			if i < len(locs) && locs[i] != nil && (figurativeStrike(&out[i], locs[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens) || allegedPlace(&out[i], locs[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i])) {
				locs[i] = nil // allegedplace_t27.go
			}
			if i < len(locs) && locs[i] != nil {
				out[i].Location = locs[i]
				eraPlace(locs[i], a.Story.Date, out[i].Sentence) // eraplace_s33.go
				if l := locs[i]; l.End > l.Start {
					out[i].Evidence.Place = &event.Span{Text: safeSlice(out[i].Sentence, l.Start, l.End), Start: l.Start, End: l.End}
				}
				embassyTarget(&out[i], &a.Sentences[out[i].SentenceIndex])
				if len(out[i].Target) > 0 || out[i].CAMEORoot != "04" || !strings.HasPrefix(out[i].CAMEO, "042") || !visitVenue(&out[i], &a.Sentences[out[i].SentenceIndex]) {
					placeAsTarget(&out[i])
				}
				objectPlaceTarget(&out[i], objects[i])
				placeAsSource(&out[i])
				localSides(&out[i], projectileFar(&out[i], &a.Sentences[out[i].SentenceIndex]))
				policeAtPlace(&out[i]) // sides_s27_S27.go
				if carried {
					carriedSides(&out[i])
				}
			}
		}
		for i := range out {
			if objects[i][1] != 0 && len(out[i].Target) == 0 {
				p.objectMention(&out[i], objects[i], &a.Sentences[out[i].SentenceIndex].Sentence)
			}
		}
		if t != nil {
			since(t, &t.Places, t0)
		}
	}
	sameMention(out)
	for i := range out {
		ev := &out[i]
		if len(ev.Target) == 0 && len(ev.Source) > 0 {
			if sa := &a.Sentences[ev.SentenceIndex]; len(sa.Sentence.Tokens) > 4 && sa.Sentence.Tokens[0].Lower == "in" {
				frontedAddressee(ev, sa)
			}
		}
		if ev.CAMEORoot == "11" && len(ev.Target) > 0 && ev.Target[0].Start > 0 {
			complaintAgainst(ev, &a.Sentences[ev.SentenceIndex])
			if strings.HasPrefix(ev.CAMEO, "116") {
				heldPerson(ev)
			}
		}
		if (ev.CAMEORoot == "17" || ev.CAMEORoot == "18") && len(ev.Target) > 0 && len(ev.Source) > 0 {
			heldPerson(ev)
		}
		if r := ev.CAMEORoot; len(r) == 2 && r[0] == '1' && (r[1] == '5' || r[1] == '6' || r[1] == '9' && ev.CAMEO == "191") && heads[i] >= 0 {
			reasonTarget(ev, &a.Sentences[ev.SentenceIndex], heads[i])
			if i > 0 && ev.CAMEORoot == "16" && (len(ev.Target) > 0 && sameCountries(ev.Target, ev.Source) || len(ev.Target) == 0 && !ev.Modality.Negated) {
				// "... stormed Mexico's embassy in Quito, and Mexico
				// broke off diplomatic relations in response": a cut
				// aimed at no one named answers the act on the cutter
				// just before, as a recalled envoy does (D16).
				answeredAct(ev, &out[i-1])
			}
		}
		if ev.CAMEORoot == "16" || strings.HasPrefix(ev.CAMEO, "174") {
			expelledEnvoys(ev, &a.Sentences[ev.SentenceIndex])
		}
		if len(ev.Source) == 0 && len(ev.Target) == 1 && strings.HasPrefix(ev.CAMEO, "087") && heads[i] >= 0 {
			withdrawnForces(ev, &a.Sentences[ev.SentenceIndex], heads[i])
		}
		if ev.CAMEORoot == "09" && heads[i] >= 0 {
			inquiryTarget(ev, &a.Sentences[ev.SentenceIndex], heads[i])
		}
		if len(ev.Target) == 0 && len(ev.Source) > 0 && ev.CAMEORoot == "13" && ev.SentenceIndex > 0 && heads[i] >= 0 && revengeAfter(a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) {
			// "Israel struck Iranian nuclear sites. Iran vowed revenge":
			// revenge is aimed at whoever struck the avenger's side (read
			// once places have given the attacks their targets).
			if d := lastAttackOn(out, ev.Source[0].Country, ev.SentenceIndex); d >= 0 {
				ev.Target = inherited(out[d].Source)
			}
		}
		if len(ev.Target) == 0 && len(ev.Source) > 0 && heads[i] > 0 && (forceOrCoercion(ev.CAMEO) || ev.CAMEORoot == "13") {
			answeredAttack(out, i, heads, a.Sentences[ev.SentenceIndex].Sentence.Tokens)
		}
		if len(ev.Target) == 0 && reactionRoot(ev.CAMEORoot) && heads[i] > 0 {
			criticizedAct(out, i, heads, a.Sentences[ev.SentenceIndex].Sentence.Tokens)
		}
		if len(ev.Target) > 0 && ev.CAMEORoot == "19" && heads[i] >= 0 && crossedFrom(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) {
			// "Russian troops crossed the border from Belarus": the state
			// after "from" is where the force came from, not the one it
			// entered; the border rule below may find that one (FC13).
			ev.Target = []event.Actor{}
			intoAfter(ev, &a.Sentences[ev.SentenceIndex], heads[i])
		}
		if len(ev.Target) == 0 && len(ev.Source) > 0 && ev.CAMEORoot == "19" && heads[i] >= 0 {
			borderCrossed(ev, &a.Sentences[ev.SentenceIndex], heads[i])
		}
		if len(ev.Target) == 0 && len(ev.Source) > 0 && strings.HasPrefix(ev.CAMEO, "015") && i > 0 {
			claimedAttack(out, i)
		}
		if len(ev.Target) == 0 && len(ev.Source) > 0 && strings.HasPrefix(ev.CAMEO, "016") && i > 0 {
			deniedAccuser(out, i)
		}
		if ev.CAMEO == "114" && len(ev.Source) > 0 && len(ev.Target) > 0 && heads[i] > 1 {
			summonedTo(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i])
		}
		if len(ev.Target) == 1 && ev.Target[0].End > 0 && (ev.CAMEORoot == "19" || strings.HasPrefix(ev.CAMEO, "1053") || strings.HasPrefix(ev.CAMEO, "0253")) {
			holderTarget(ev, &a.Sentences[ev.SentenceIndex])
		}
		if ev.CAMEORoot == "19" && len(ev.Target) > 0 {
			p.hostStateTarget(ev, &a.Sentences[ev.SentenceIndex]) // hoststate_s33.go
		}
		if r := ev.CAMEORoot; len(ev.Target) == 0 && len(ev.Source) > 0 && heads[i] > 2 && len(r) == 2 && (r[0] == '1' && r[1] >= '2' || r[0] == '2' && r[1] == '0') && a.Sentences[ev.SentenceIndex].Sentence.Tokens[0].Tag == "VBG" {
			blamedParty(out, i, heads, a.Sentences[ev.SentenceIndex].Sentence.Tokens)
		}
		counterpartsFrom(ev, &a.Sentences[ev.SentenceIndex])
		p.protestCause(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens)
		courtDefendant(ev) // court_l18.go
		p.domesticTarget(ev)
		arrestedHere(ev) // arrested_d24.go
		p.killedSuspects(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i])
		vetoedBill(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i])      // misfire_m19.go
		vetoedResolution(ev, &a.Sentences[ev.SentenceIndex], heads[i])               // sides_t29.go
		ownedVessel(ev, &a.Sentences[ev.SentenceIndex], heads[i])                    // sides_t29.go
		theirObject(ev, &a.Sentences[ev.SentenceIndex], heads[i])                    // sides_t29.go
		offerOwner(ev, &a.Sentences[ev.SentenceIndex], heads[i])                     // offerowner_s36b.go
		threatObjectOwner(ev, &a.Sentences[ev.SentenceIndex], heads[i])              // offerowner_s36b.go
		housedForces(ev, &a.Sentences[ev.SentenceIndex], heads[i])                   // housedforces_s37.go
		requestedFrom(ev, &a.Sentences[ev.SentenceIndex], heads[i])                  // requestedfrom_s37.go
		accidentProtest(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) // misfire_m19.go
		protestBlamed(out, i, heads)                                                 // protestblame_n20.go
		expelledEnvoy(out, i)                                                        // expelledenvoy_n21.go
		p.orderedOutEnvoys(ev)                                                       // diplomatstaff_d21.go
		p.legalCharge(ev)                                                            // charged_d21.go
	}
	for i := range out {
		// Sides the verb leaves unsaid: a coup's own state, and the aim
		// a coordinated sanction shares with the verb before (sides_s21.go).
		toks := a.Sentences[out[i].SentenceIndex].Sentence.Tokens
		p.coupTarget(&out[i], toks, heads[i])
		sharedSanctionTarget(out, i, heads, toks)
		if heads[i] >= 0 {
			p.quitPartyTarget(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i])
		}
		retreatFromAttacker(out, i)
		reactedVictim(out, i, heads, toks)                              // reacted_s22.go
		reactedNamed(out, i, heads, &a.Sentences[out[i].SentenceIndex]) // sides_t29.go
		blamedThreat(out, i)                                            // sides_t29.go
		if len(out[i].Target) == 0 && heads[i] > 0 {
			judgedFirstSubject(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i]) // sides_s23.go
		}
		if len(out[i].Target) == 0 {
			judgedAppositiveMove(&out[i], &a.Sentences[out[i].SentenceIndex]) // sides_t28.go
		}
		arrestedAttacker(out, i, toks, heads[i])                        // sides_t28.go
		unknownPerpetrator(&out[i], &a.Sentences[out[i].SentenceIndex]) // sides_s23.go
		unnamedOutlaws(&out[i], &a.Sentences[out[i].SentenceIndex])     // dyads_s24.go
		unlendAgentless(&out[i], toks)                                  // noagent_t30.go
		loyalArmedMen(&out[i], &a.Sentences[out[i].SentenceIndex])      // loyalarmed_s35b.go
		// aid that answers the sentence's appeal (aidappeal_d22.go)
		answeredAppeal(out, i)
		// enabled_n23.go, claimed_n23.go
		enabledSide(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i])
		p.claimedAttackAct(&out[i], toks, heads[i])
		// precision_x23.go
		p.forceClearance(&out[i], toks, heads[i])
		counterfactual(&out[i], toks, heads[i])
	}
	for i := range out {
		if ev := &out[i]; len(ev.Target) == 1 && ev.Location != nil && ev.Target[0].Start == ev.Location.Start && violentRoot(ev.CAMEORoot) && i+1 < len(out) {
			participleVictims(out, i, a, heads)
		}
	}
	for i := range out {
		deniedVictims(out, i)
		mediatorParties(&out[i], &a.Sentences[out[i].SentenceIndex]) // mediatorparties_z30.go
		if !loneMediation(out, i) {                                  // mediatedlone_m30.go
			mediatedParties(out, i)
			mediatedOthers(out, i)                                                // mediated_d20.go
			p.mediatedNamed(out, i, &a.Sentences[out[i].SentenceIndex], heads[i]) // mediatednamed_t30.go
		}
		if len(out[i].Target) == 0 && len(out[i].Source) > 0 && strings.HasPrefix(out[i].CAMEO, "043") {
			hostedParties(out, i)
		}
		p.postureAtHome(&out[i], &a.Sentences[out[i].SentenceIndex])               // posturehome_t27.go
		migrantsCoerced(&out[i], &a.Sentences[out[i].SentenceIndex])               // migrants_t27.go
		retreatOpponent(&out[i], &a.Sentences[out[i].SentenceIndex], a.Story.Date) // retreat_t27.go
		deniedActParty(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i])      // deniedact_t27.go
		p.protestFiredOn(out, i)                                                   // sides_s27_S27.go
	}
	// An [agentless] event ("a bomb exploded") that found no place to
	// stand as its target involves nobody we know of: not an event.
	// The twins are judged on the whole story before any is dropped, so
	// that each is compared with the events as coded, not as compacted.
	// heads, one per event and done with once the places are found, marks
	// the dropped ones (-1) without a slice of its own.
	heads = heads[:len(out)] // one per event, appended together
	stmts := false
	taking := p.Verbs.NamedPlaceLine
	inOrder := sentenceOrdered(out)
	for i := range out {
		// an "Operation ..." launched to fly relief in or take people out
		if reliefOperation(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) { // reliefop_d22.go
			heads[i] = -1
		}
	}
	for i := range out {
		if protestAim(out, i, inOrder) || chargedAct(out, i) { // protestaim_d21.go, charged_d21.go
			heads[i] = -1
		}
		if heads[i] >= 0 && (helpAidTwin(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) || helpedAim(out, i, heads, &a.Sentences[out[i].SentenceIndex])) { // sides_s23.go
			heads[i] = -1
		}
		if heads[i] >= 0 && electedPower(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i]) { // elected_n23.go
			heads[i] = -1
		}
	}
	for i := range out {
		if ev := &out[i]; len(ev.Source)+len(ev.Target)+len(ev.Participants) == 0 || unplacedTaking(ev, taking) || ownAid(ev) || refugeInBuilding(ev) || placeInspection(ev) || privateRemark(ev) || businessOnly(ev) || nonPolitical(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) || disasterPossessor(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) || beatFigure(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) || officeConfirmed(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) || ownSideAccused(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) || ownForcesAccused(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) || misfireM19(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) || misfireM20(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) || misfireR20(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) || sparkedPrivately(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) || len(ev.CAMEO) >= 3 && (ev.CAMEO[0] == '0' || ev.CAMEO[1] == '1') && idleEvent(ev, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) || ev.Modality.Hypothetical && ev.Modality.ReportedBy == "" && punditGuess(a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) || len(ev.Target) == 0 && ev.CAMEORoot >= "18" && meansTwin(out, i) || len(ev.Source) == 0 && len(ev.Target) == 1 && ev.Location != nil && placeMeans(out, i) || vaguerTwin(out, i, inOrder) || restated(out, i) || loneMediation(out, i) || partialTwin(out, i) || sourcelessTwin(out, i, inOrder) {
			heads[i] = -1
		} else if ev.CAMEO == "010" {
			stmts = true
		} else if ev.CAMEO == "112" && reportedNotAccused(out, i, a.Sentences[ev.SentenceIndex].Sentence.Tokens, heads[i]) {
			heads[i] = -1
		}
	}
	for i := range out {
		if heads[i] >= 0 && out[i].CAMEO == "030" && agreedActCoded(out, heads, i, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			heads[i] = -1 // agreedact_lead.go
		}
	}
	for i := range out {
		// precision_x24.go: a trip made to inquire, a name given as a
		// reason, a habit told in the present, a summit as a setting
		if toks := a.Sentences[out[i].SentenceIndex].Sentence.Tokens; heads[i] >= 0 && (p.inquiryTrip(out, i, heads, toks) || namingTwin(out, i, heads, toks) || genericAct(&out[i], toks, heads[i]) || settingSummit(out, i, heads, toks) || referendumResult(out, i, heads, toks) || partnerManner(out, i, heads, toks)) { // precision_p27.go
			heads[i] = -1
		}
	}
	if stmts {
		// Judged once the other drops are known, so that a statement
		// never goes for an event that went itself.
		ordered := sentenceOrdered(out)
		for i := range out {
			if heads[i] >= 0 && out[i].CAMEO == "010" {
				if relativeSaying(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i]) || outletReport(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i]) {
					heads[i] = -1
					continue
				}
				if j := codedStatement(out, heads, i, a.Sentences[out[i].SentenceIndex].Sentence.Tokens, ordered); j >= 0 {
					heads[i] = -1
					saidWhen(&out[j], &out[i])
				} else if ownActReported(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i]) { // attribution_d23.go
					heads[i] = -1
				} else if otherActReported(out, heads, i, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) { // precision_x36.go
					heads[i] = -1
				} else if uncodedActReported(out, heads, i, &a.Sentences[out[i].SentenceIndex]) { // precision_x37.go
					heads[i] = -1
				}
			}
		}
	}
	for i := range out {
		if heads[i] >= 0 {
			// Judged once the drops above are known: an agentless
			// twin or a private fine goes before it gets a state.
			ownStateCoercer(&out[i]) // ownstate_d27.go
		}
	}
	for i := range out {
		p.settlersAssault(&out[i])                                // settlers_lead.go
		p.aidHalt(&out[i])                                        // aidhalt_lead.go
		p.aidAgencyBanned(&out[i])                                // aidban_d29.go
		p.courtSurrender(&out[i])                                 // review_r20.go
		interceptedWeapons(&out[i])                               // interception_lead.go
		selfDiplomacy(&out[i])                                    // selfexpel_lead.go
		embassyOwner(&out[i], &a.Sentences[out[i].SentenceIndex]) // embassyowner_lead.go
		shipFlag(&out[i], &a.Sentences[out[i].SentenceIndex])     // shipflag_d29.go
		if heads[i] >= 0 {
			p.capturedLand(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i]) // capturedland_lead.go
			p.massKilling(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i])  // masskill_r29.go
		}
		if heads[i] >= 0 {
			// heldby_n22.go
			p.envoyExpelled(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i])
			judgedMoveAfter(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens)
			p.verbalAttack(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i])
		}
		if heads[i] >= 0 {
			p.guardedPlace(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i]) // misfire_m20.go
		}
		if heads[i] >= 0 && out[i].CAMEO == "190" {
			attackedSide(out, i, heads, a)
		}
		if heads[i] >= 0 && violentRoot(out[i].CAMEORoot) && (harmTwin(out, i, heads, a) || codedHarm(out, i, heads, a)) {
			heads[i] = -1
		}
		if heads[i] >= 0 && violentRoot(out[i].CAMEORoot) && oneAct(out, i, heads, a) {
			heads[i] = -1
		}
		if heads[i] >= 0 && violentRoot(out[i].CAMEORoot) && p.coordinatedHarm(out, i, heads, a) {
			heads[i] = -1 // coordharm_lead.go
		}
	}
	ordered := sentenceOrdered(out)
	for i := range out {
		if toks := a.Sentences[out[i].SentenceIndex].Sentence.Tokens; heads[i] >= 0 && (repressionHarm(out, i, heads, toks, ordered) || forcedPassive(&out[i], toks, heads[i]) || supportedBy(&out[i], toks, heads[i]) || protestPurpose(out, i, heads, toks) || protestSetting(out, i, heads, toks) || propertyHarm(out, i, heads)) {
			heads[i] = -1 // precision_p29.go, over the sides the merges above settled
		}
	}
	for i := range out {
		if heads[i] < 0 {
			continue
		}
		if code, ok := crowdDemand(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens); ok {
			if code == "" || !p.recodeEvent(&out[i], code) {
				heads[i] = -1 // precision_x36.go: what protesters demand is what their protest is for
			}
		}
	}
	for i := range out {
		if heads[i] >= 0 && plannedAct(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			heads[i] = -1 // precision_x36.go: a plan named as what another act is about is not carried out
		}
		if heads[i] >= 0 && rejectedDocumentAppeal(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			heads[i] = -1 // precision_x36.go: a rejected document's appeal is its content
		}
	}
	for i := range out {
		if heads[i] >= 0 && releasedMedia(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i]) {
			heads[i] = -1 // precision_x37.go: a video or a report released frees no one
			continue
		}
		if heads[i] >= 0 && gunmanRepression(&out[i]) && !p.recodeEvent(&out[i], "180") {
			heads[i] = -1 // precision_x37.go: a gunman firing at a rally attacks it and represses no one
		}
	}
	for i := range out {
		if heads[i] >= 0 && askedConcession(out, i, heads) {
			heads[i] = -1 // precision_x38.go: a concession only asked is the appeal's content
		}
		if heads[i] >= 0 && demandedClause(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			heads[i] = -1 // demandedclause_f39.go: an act in a demand's that-clause is the demand's content
		}
	}
	conditionActs(out, heads, a) // precision_p30.go: no act is reported in a condition
	offeredActs(out, heads, a)   // precision_p30c.go: an offered act is not done
	purposeActs(out, heads, a)   // precision_p31.go: what forces are sent for is not fought
	for i := range out {
		if heads[i] >= 0 && figureReport(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			heads[i] = -1 // precision_p30b.go: a published figure is no statement of policy
		}
		if heads[i] >= 0 && yearTally(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i]) {
			heads[i] = -1 // yeartally_f39.go: victims counted over a year are a tally, not an act
		}
		if heads[i] >= 0 && exileFlight(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i]) {
			heads[i] = -1 // precision_x40.go: a flight into exile visits no one
		}
		if heads[i] >= 0 && fleeToll(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			heads[i] = -1 // precision_x40.go: a flight an attack forced is its toll, no expulsion
		}
		if heads[i] >= 0 && armedDriven(&out[i]) && !p.recodeEvent(&out[i], "192") {
			heads[i] = -1 // precision_x40.go: fighters driven from ground lose it, no expulsion
		}
		if heads[i] >= 0 && strikeBlasts(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			heads[i] = -1 // precision_x40.go: blasts heard during a state's strike are that strike
		}
	}
	for i := range out {
		if heads[i] >= 0 && selfWould(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			p.recodeEvent(&out[i], "030") // selfwould_f39.go: the speaker's own future act is an intent
		}
	}
	for i := range out {
		// Both read only the event's own sentence and head, so one pass
		// over the events serves them.
		if heads[i] < 0 {
			continue
		}
		toks := a.Sentences[out[i].SentenceIndex].Sentence.Tokens
		if declaredObject(&out[i], toks, heads[i]) {
			heads[i] = -1 // precision_x33.go: "declared independence" voices no position
		} else if paradeSetting(&out[i], toks, heads[i]) {
			heads[i] = -1 // precision_x33.go: a parade as the scene of an act is no show of force
		}
	}
	for i := range out {
		if heads[i] >= 0 && siegeEndedByForce(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			heads[i] = -1 // precision_x33.go: breaking another's siege is no siege eased
		}
	}
	for i := range out {
		if heads[i] >= 0 && featureHeadline(a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			heads[i] = -1 // precision_x33.go: an analysis or explainer headline reports no act
		}
	}
	for i := range out {
		if heads[i] >= 0 && rejectedAsk(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			heads[i] = -1 // precision_x33.go: a rejected demand is the rejection's given
		}
	}
	for i := range out {
		if heads[i] >= 0 && bodyInSession(&out[i]) {
			heads[i] = -1 // precision_x33.go: a body's own session is no consultation
		}
	}
	for i := range out {
		if heads[i] >= 0 && forcedConsequence(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			heads[i] = -1 // precision_x34.go: ", forcing X to" tells what the act before it brought about
		}
	}
	for i := range out {
		if heads[i] >= 0 && rejectedContent(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			heads[i] = -1 // precision_x34.go: what a rejection turned down was not done
		}
	}
	for i := range out {
		if heads[i] >= 0 && blownBuilding(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i]) {
			p.recodeEvent(&out[i], "1712") // precision_x35.go: a building blown up with no one harmed is property destroyed
		}
	}
	for i := range out {
		if heads[i] >= 0 && interceptedProjectile(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i]) {
			p.recodeEvent(&out[i], "190") // precision_x33.go: a projectile downed is force used
		}
	}
	for i := range out {
		if heads[i] >= 0 {
			// after harmTwin's relativeHarm, which leaves a strike told
			// in a relative clause no agent but its own phrase's
			ownStrikeProbed(out, i, heads) // sides_s27_S27.go
			answeredFire(out, i, heads)    // sides_s27_S27.go
		}
	}
	for i := range out {
		if heads[i] >= 0 && out[i].Modality.Hypothetical && guessedConsequence(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i]) {
			heads[i] = -1 // a forecast of consequences (P14)
		}
	}
	for i := range out {
		if heads[i] >= 0 {
			brokerSide(&out[i], &a.Sentences[out[i].SentenceIndex])                                // brokerside_x29.go
			p.postedForces(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i])   // postedforces_x29.go
			p.loneOtherState(out, i, heads, &a.Sentences[out[i].SentenceIndex], false)             // sides_t29.go
			enteredPlaceVictims(&out[i], a.Sentences[out[i].SentenceIndex].Sentence.Tokens)        // enteredplace_t30c.go
			captivesApposed(&out[i], &a.Sentences[out[i].SentenceIndex], p.isState)                // captives_x30.go
			captivesDestination(&out[i], &a.Sentences[out[i].SentenceIndex], p.isState)            // captivedest_y30.go
			letRefused(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i])                      // letrefused_m31.go
			p.selfEased(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i])                     // selfeased_s33.go
			militaryInquiry(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i])                 // militaryinquiry_s39.go
			p.ownInquiry(&out[i])                                                                  // owninquiry_s33.go
			leftBody(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i])                        // leftbody_s33.go
			p.protestHome(&out[i])                                                                 // protesthome_s34.go
			p.ownPrisoners(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i])                  // ownprisoners_s34.go
			sharedTarget(out, i, heads, &a.Sentences[out[i].SentenceIndex])                        // sharedtarget_s34.go
			p.borderNeighbour(&out[i], &a.Sentences[out[i].SentenceIndex])                         // borderneighbour_s34.go
			p.ownDomestic(&out[i], false)                                                          // owndomestic_s34.go
			sceneVictims(out, i, heads)                                                            // scenevictims_s34.go
			ownForcesAim(&out[i], &a.Sentences[out[i].SentenceIndex])                              // ownforces_s34.go
			p.ownedObject(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i])                   // ownedobject_s34.go
			p.placeHost(&out[i])                                                                   // placehost_s34.go
			betweenParties(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i])                  // betweenparties_s35.go
			p.loneOtherState(out, i, heads, &a.Sentences[out[i].SentenceIndex], true)              // sides_t29.go (S35)
			p.ownDomestic(&out[i], true)                                                           // owndomestic_s34.go (S35)
			claimedSides(out, i, heads)                                                            // claimedsides_s35.go
			reactedThird(out, i, heads, &a.Sentences[out[i].SentenceIndex])                        // reactedthird_s36.go
			promptedAnswer(out, i, heads, &a.Sentences[out[i].SentenceIndex])                      // prompted_f36.go
			welcomedAct(out, i, heads, &a.Sentences[out[i].SentenceIndex])                         // welcomedact_s36c.go
			criticizedMove(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens)       // criticizedmove_s37.go
			threatAfterCriticism(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) // threatafter_f37b.go
			urgedMet(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens)             // urgedmet_s37.go
			refusedAfter(out, i, heads, a.Sentences[out[i].SentenceIndex].Sentence.Tokens)         // refusedafter_s37.go
			p.ownAbroad(&out[i])                                                                   // ownabroad_s35c.go
			p.denialAbroad(&out[i])                                                                // denialabroad_s36c.go
			p.homeFallback(&out[i], &a.Sentences[out[i].SentenceIndex])                            // homefallback_s36.go
			p.deployedForces(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i])                // deployedforces_r38.go
			subordinateSubject(&out[i], &a.Sentences[out[i].SentenceIndex], heads[i])              // subordsubject_c40.go
		}
	}
	out, heads = p.mutualPair(out, heads, a.Sentences)  // mutualpair_s35.go
	out, heads = p.jointMutual(out, heads, a.Sentences) // jointmutual_s37.go
	for i := range out {
		mutualHosted(out, i, heads) // mutualhosted_s35.go, after mutualPair's mirrors
		if heads[i] >= 0 {
			p.thirdPlace(&out[i]) // thirdplace_lead36.go, on both of a pair's mirrors
		}
	}
	kept := out[:0]
	for i := range out {
		if heads[i] < 0 {
			continue
		}
		if l := out[i].Location; l != nil && l.Precision == "country" && ownerOnlyPlace(l, a.Sentences[out[i].SentenceIndex].Sentence.Tokens) {
			// Read last, after the sides: "strike US bases" took its
			// target from the place; the event did not happen there.
			out[i].Location = nil
		}
		if len(kept) == i {
			kept = kept[:i+1] // nothing dropped yet: it is in place (an event is 400 bytes)
		} else {
			kept = append(kept, out[i])
		}
	}
	if t != nil {
		t.Events += len(kept) // what Code returns, as -j N counts
	}
	return kept
}

// ownerOnlyPlace: the event's country place is a country named before a
// noun that is no place ("Militants attacked a US base", "Israeli
// strikes"): it says whose the thing is, not where the event happened.
// Before a place noun ("a Syrian border town", "Lebanese territory") it
// places the event.
//
//go:noinline
func ownerOnlyPlace(l *event.Location, toks []text.Token) bool {
	j := 0
	for j < len(toks) && toks[j].Start < l.End {
		j++
	}
	if j >= len(toks) || toks[j].Tag != "NN" && toks[j].Tag != "NNS" || toks[j].IsProper() {
		return false
	}
	switch toks[j].Lower {
	case "today", "tonight", "yesterday", "overnight", "morning", "evening", "afternoon", "night", "week", "year", "month":
		return false // "killed in Ukraine today"
	}
	if i := tokenAt(toks, l.Start); i > 0 {
		switch toks[i-1].Lower {
		case "in", "at", "near", "into", "inside", "across", "throughout", "within", "to", "from", "over", "outside", "toward", "towards":
			return false // "in Ukraine": a place, whatever follows
		}
	}
	for k := j; k < len(toks) && k < j+3; k++ {
		t := &toks[k]
		if countryPlaceNoun(t.Lower) {
			return false
		}
		if t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "JJ" {
			break
		}
	}
	return true
}

// countryPlaceNoun: nouns a country's name or adjective describes a place
// with ("the Syrian border", "Lebanese territory", "Iraqi airspace").
func countryPlaceNoun(w string) bool {
	switch w {
	case "border", "borders", "frontier", "territory", "territories", "soil", "waters",
		"airspace", "side", "coast", "coastline", "mainland", "capital", "city", "cities",
		"town", "towns", "village", "villages", "province", "provinces", "region", "regions",
		"port", "ports", "island", "islands", "district", "countryside", "desert", "enclave", "state":
		return true
	}
	return false
}

// The helpers below hold the rule bodies that run for a few events in a
// thousand, out of events' loop: inlined there they spread its hot path
// over more instruction-cache lines than the matches it codes need.

// attachParticipants adds the participants of attached matches ("...,
// with Egypt mediating") to the story's last consultation.
//
//go:noinline
func attachParticipants(ev *event.Event, sent text.Sentence, attach []verb.Match) {
	for _, m := range attach {
		for _, q := range m.Participants {
			ev.Participants = append(ev.Participants, toActor(sent, q.Phrase, q.Role))
		}
	}
}

// namedPair: with no event in the story to refer to, "the two sides" or
// "both sides" ("Armenia and Azerbaijan signed a peace framework. The two
// sides agreed to open their border") are the two parties a coordination
// names earlier in the sentence or in the sentence before, when each is
// a named actor of its own. It returns them as a one-way event whose
// sides orphanSides reads, or nil.
//
//go:noinline
func namedPair(a *Analysis, si, head int) *event.Event {
	for i := si; i >= 0 && i >= si-1; i-- {
		sa := &a.Sentences[i]
		for gi := range sa.Groups {
			g := &sa.Groups[gi]
			if i == si && g.End > head {
				break
			}
			if len(g.Phrases) != 2 {
				continue
			}
			x, y := &g.Phrases[0], &g.Phrases[1]
			if x.Modifier || y.Modifier || x.Inferred || y.Inferred || strings.HasPrefix(x.Code, "---") || strings.HasPrefix(y.Code, "---") || x.Code == y.Code {
				continue
			}
			return &event.Event{
				Source: inherited([]event.Actor{toActor(sa.Sentence, *x, "")}),
				Target: inherited([]event.Actor{toActor(sa.Sentence, *y, "")}),
			}
		}
	}
	return nil
}

// visitAntecedent: with no meeting or agreement in the story yet, "the
// two leaders" or "both sides" ("Putin hosted Xi in the Kremlin. The two
// leaders pledged ...") are the host and guest of its last one-way
// contact (a visit, a hosting, a call), when it names both. Only a side
// noun refers so; a bare "the agreement" after a visit names no deal the
// story told of.
//
//go:noinline
func visitAntecedent(m *verb.Match, lastConsult int, out []event.Event, heads []int) int {
	if !m.Joint && !m.Mutual || lastConsult < 0 {
		return -1
	}
	o := &out[lastConsult]
	if len(o.Source) == 0 {
		return -1
	}
	if len(o.Target) == 0 && (!strings.HasPrefix(o.CAMEO, "042") || o.Source[0].Country == "") {
		// a visit names its host by the place it goes to ("arrived in
		// Dhaka"); other contacts with no one named have no second side.
		// A body of no state that visits ("The UN envoy arrived in
		// Sanaa. The two sides agreed to swap prisoners") comes between
		// the sides, it is not one of them.
		return -1
	}
	return lastConsult
}

// visitHost is the state of the first place after the visit's head at
// token h ("arrived in Dhaka on Thursday" → BGD), as a side with no span
// in the sentence that refers to it; nil when there is none.
//
//go:noinline
func (p *Pipeline) visitHost(sa *SentenceAnalysis, h int) []event.Actor {
	gp, ok := p.Places.(GeoPlacer)
	if !ok || gp.G == nil || h < 0 || h >= len(sa.Sentence.Tokens) {
		return nil
	}
	after := sa.Sentence.Tokens[h].End
	for _, m := range sa.plainMentions(gp.G) {
		if m.Start < after || m.Best == nil || m.Best.Country == "" || m.Best.Precision == "region" {
			continue
		}
		c := actor.CameoCountry(m.Best.Country)
		return []event.Actor{{Text: safeSlice(sa.Sentence.Text, m.Start, m.End), Code: c, Country: c, Start: -1, End: -1}}
	}
	return nil
}

// literalTarget: a pattern that names the kind of actor it acts on among
// its own words ("protesters ... clash with ... police", "fire tear gas
// at ... protesters") leaves that actor out of its target slot, which
// the place would fill next ("clashed with police in Nairobi" is not a
// clash with Kenya). The first group after the head inside the pattern's
// words whose phrases name a sector is the target; a bare state there is
// a place or a modifier the pattern spans ("shelled positions in
// Donetsk"), not an actor acted on.
//
//go:noinline
func literalTarget(ev *event.Event, sa *SentenceAnalysis, m *verb.Match) {
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start <= m.Head || g.End > m.Span[1] || agentIn(m.Source, g) {
			continue // "the shelling of Donetsk by Ukrainian forces": the agent
		}
		if !actedOn(sa.Sentence.Tokens, g.Start) {
			// what is fired or sent ("fired missiles and drones at
			// ships") and who acts along ("together with Ethiopian
			// forces") are no target
			continue
		}
		for k := range g.Phrases {
			if ph := &g.Phrases[k]; len(ph.Sectors) == 0 || ph.Modifier {
				return
			}
		}
		for k := range g.Phrases {
			ev.Target = append(ev.Target, toActor(sa.Sentence, g.Phrases[k], ""))
		}
		return
	}
}

// nominalSubject: a harm whose subject is the attack just coded ("The
// bombing of Kharkiv by Russian jets killed six people", "An air strike
// by Saudi-led jets on a market killed 20") was done by that attack's
// agent, not by the place it names. prev is the event last coded, with
// head ph; the harm's head is h, and nothing between them may be a verb
// (then the noun heads another clause's object: "Rebels claimed the
// bombing, which killed ...").
//
//go:noinline
func nominalSubject(ev, prev *event.Event, ph, h int, toks []text.Token) {
	if prev.SentenceIndex != ev.SentenceIndex || len(prev.Source) == 0 || prev.CAMEORoot < "18" || prev.CAMEORoot > "20" || ph >= h || !toks[ph].IsNoun() {
		return
	}
	if h >= 2 && toks[h].Tag == "VBG" && toks[h-1].Text == "," {
		// "Rockets fired from Gaza landed in Israel, wounding two": the
		// participle tells the harm of the clause before it, whatever
		// its verbs, unless another clause opens in between.
		for k := ph + 1; k < h-1; k++ {
			if t := &toks[k]; t.Text == "," || t.Text == ";" || t.Tag == "WDT" || t.Tag == "WP" || t.Lower == "and" || t.Lower == "while" || t.Lower == "after" || t.Lower == "when" {
				return
			}
		}
		ev.Source = inherited(prev.Source)
		return
	}
	for k := ph + 1; k < h; k++ {
		if t := &toks[k]; t.IsVerb() && t.Lemma != "have" || t.Text == "," || t.Tag == "WDT" {
			return // "has killed" is the harm's own tense
		}
	}
	for k := ph - 1; k >= 0; k-- {
		// the noun opens its clause: only its determiner or modifiers
		// before it ("The", "A Saudi-led", "Monday's")
		if t := &toks[k]; t.IsVerb() || t.Tag == "IN" || t.Text == "," {
			return
		}
	}
	ev.Source = inherited(prev.Source)
}

func objectPronoun(w string) bool {
	switch w {
	case "it", "them", "him", "her":
		return true
	}
	return false
}

// pronounTarget: a pronoun object right after the head ("Washington
// halted aid to Pakistan, accusing it of harbouring militants") is the
// party the clause before acted on, not an actor further on ("US troops")
// nor the subject itself, which would be "itself". prev is the event
// coded just before, in the same sentence.
//
//go:noinline
func pronounTarget(ev, prev *event.Event, toks []text.Token, h int) {
	if prev.SentenceIndex != ev.SentenceIndex || len(prev.Target) == 0 || len(ev.Source) == 0 || prev.Evidence.Verb.Start >= ev.Evidence.Verb.Start {
		return
	}
	if len(ev.Target) > 0 && ev.Target[0].Start >= 0 && ev.Target[0].Start < toks[h+1].Start {
		return // a target before the pronoun, the pattern's own
	}
	if len(ev.Target) > 0 && ev.Target[0].Start == toks[h+1].Start && toks[h+1].Lower != "it" && toks[h+1].Lower != "them" && !twoPersonsBefore(ev, prev) {
		// "him" or "her" already stands for a person (personPronoun):
		// "Modi visited Washington, where Trump praised him" (M14).
		return
	}
	if toks[h+1].Lower == "it" && pronounOwnState(ev, prev) {
		return // "after the junta accused it" (ownstate_n21.go)
	}
	if sameCodes(prev.Target, ev.Source) {
		return
	}
	if recipientAfter(ev, toks, h) {
		return
	}
	ev.Target = append([]event.Actor(nil), prev.Target...)
}

// twoPersonsBefore: the clause before acted between two parties with a
// sector, neither the pronoun clause's subject, and personPronoun took
// one of them: with no gender known "him" or "her" may be either
// ("Merkel met Macron in Paris, where protesters booed her" is Merkel's,
// not the last-named Macron's), so the clause before's target stands, as
// before M14's rule (R14).
func twoPersonsBefore(ev, prev *event.Event) bool {
	if len(prev.Source) != 1 || len(prev.Target) != 1 || prev.Source[0].Sector == "" || prev.Target[0].Sector == "" || prev.Source[0].Code == prev.Target[0].Code {
		return false
	}
	if hasActorCode(ev.Source, prev.Source[0].Code) || hasActorCode(ev.Source, prev.Target[0].Code) {
		return false
	}
	return ev.Target[0].Code == prev.Source[0].Code || ev.Target[0].Code == prev.Target[0].Code
}

// recipientAfter: in an act of giving, handing over or sending (roots
// 03-08), a pronoun object is the thing or person given and the party
// after "to" receives it, and is the target: "arrested the ETA leader and
// handed him over to Spanish authorities" (ESP), "seized the tanker and
// later returned it to Iran". The pronoun must be followed by "to",
// "over to" or "back to" right before the target the pattern found.
func recipientAfter(ev *event.Event, toks []text.Token, h int) bool {
	if ev.CAMEORoot < "03" || ev.CAMEORoot > "08" || len(ev.Target) == 0 || h+2 >= len(toks) {
		return false
	}
	k := h + 2
	if w := toks[k].Lower; w == "over" || w == "back" {
		k++
	}
	if k+1 >= len(toks) || toks[k].Lower != "to" {
		return false
	}
	// The target opens within two words of "to" ("to Spanish
	// authorities", "to the Rwandan tribunal").
	return ev.Target[0].Start >= toks[k+1].Start && (k+3 >= len(toks) || ev.Target[0].Start <= toks[k+3].Start)
}

// mediatedTalks: talks a mediation is about ("Egypt and Qatar mediated
// indirect talks between Israel and Hamas") are between the parties
// mediated, not the mediators, whom the verb stage gives them as the
// subject of the clause.
//
//go:noinline
func mediatedTalks(ev, med *event.Event) {
	if med.SentenceIndex != ev.SentenceIndex || len(med.Target) < 2 || !sameCodes(med.Source, ev.Source) {
		return
	}
	ev.Source = append([]event.Actor(nil), med.Target[:1]...)
	ev.Target = append([]event.Actor(nil), med.Target[1:]...)
	parts := ev.Participants[:0:0]
	for _, q := range ev.Participants {
		if !hasActorCode(med.Source, q.Code) {
			parts = append(parts, q)
		}
	}
	ev.Participants = parts
}

func hasActorCode(as []event.Actor, code string) bool {
	for _, a := range as {
		if a.Code == code {
			return true
		}
	}
	return false
}

// accusedAgent: violence with no agent of its own that a party is blamed
// or accused of in the same sentence ("Iraq blamed Turkey for the drone
// strike that killed three people in Sinjar") is, as the accuser tells
// it, the accused party's. Only an accusation (112) blames: a condemned
// "bombing of a mosque that killed" is no mosque's.
//
//go:noinline
func accusedAgent(out []event.Event, i int) {
	ev := &out[i]
	if ev.CAMEORoot > "20" || len(ev.Target) == 0 {
		return
	}
	for j := i - 1; j >= 0 && out[j].SentenceIndex == ev.SentenceIndex; j-- {
		acc := &out[j]
		if !strings.HasPrefix(acc.CAMEO, "112") || len(acc.Target) == 0 || len(acc.Source) == 0 || acc.Modality.Negated || acc.Evidence.Verb.End >= ev.Evidence.Verb.Start {
			continue
		}
		between := safeSlice(ev.Sentence, acc.Evidence.Verb.End, ev.Evidence.Verb.Start)
		at := max(strings.LastIndex(between, " for "), strings.LastIndex(between, " of "))
		if at < 0 || strings.Contains(between, ",") {
			return
		}
		// The violence is what the party is blamed for: "for the drone
		// strike that killed", not a clause after the charge ("accused
		// Somalia of harbouring militants after a bombing killed").
		tail := between[at+4:]
		if strings.Count(tail, " ") > 6 || strings.Contains(tail, " after ") || strings.Contains(tail, " before ") || strings.Contains(tail, " when ") || strings.Contains(tail, " as ") || strings.Contains(tail, " while ") {
			return
		}
		if sameCodes(acc.Target, ev.Target) {
			return
		}
		ev.Source = append([]event.Actor(nil), acc.Target...)
		if ev.Modality.ReportedBy == "" {
			ev.Modality.ReportedBy = acc.Source[0].Code
		}
		return
	}
}

// fightSubject: fighting with no side of its own ("A clash with Taliban
// fighters killed four Pakistani soldiers") is between the party named
// in it, who did the harm told next, and the victims of that harm.
//
//go:noinline
func fightSubject(out []event.Event, i int) {
	ev, next := &out[i], &out[i+1]
	if next.SentenceIndex != ev.SentenceIndex || len(ev.Target) == 0 || len(next.Target) == 0 || next.CAMEORoot < "18" || next.CAMEORoot > "20" {
		return
	}
	if sameCodes(next.Source, ev.Target) && !sameCodes(next.Target, ev.Target) && fightingSides(next.Target) {
		ev.Source = append([]event.Actor(nil), next.Target...)
	}
}

// fightingSides: every victim is an armed force or a state, so it can be
// a side of the fighting that harmed it; civilians killed in "fighting
// with rebels" are victims only, no side ("Fighting with rebels killed
// three civilians" fights no civilians).
func fightingSides(as []event.Actor) bool {
	for _, a := range as {
		if len(a.Code) <= 3 {
			continue // a bare state
		}
		armed := false
		for c := a.Code[3:]; len(c) >= 3; c = c[3:] {
			switch c[:3] {
			case "MIL", "COP", "REB", "RAD", "SEP", "INS", "UAF", "PKO", "SPY", "IMG":
				armed = true
			}
		}
		if !armed {
			return false
		}
	}
	return true
}

// clashVictims: a passive harm with no agent followed by the fighting it
// happened in ("Three Indian soldiers were killed after a clash with
// Chinese troops", "two policemen died during a gunfight with rebels"):
// the victims are one side of the fighting and the party they fought the
// other, so each is the other's agent. (The verb stage leaves the
// fighting noun after "after" with no subject, since "after" may open a
// clause of its own; ph is the harm's head, h the fighting noun's.) A
// harm whose agent the verb stage already took from the fight ("killed
// in a clash with Chinese troops", verb.fightWith, T31) still gives the
// fight its victims as the other side.
//
//go:noinline
func clashVictims(ev, prev *event.Event, ph, h int, toks []text.Token) {
	if prev.SentenceIndex != ev.SentenceIndex || len(prev.Source) != 0 && !sameCodes(prev.Source, ev.Target) || len(prev.Target) == 0 || prev.CAMEORoot < "18" || prev.CAMEORoot > "20" || ph < 1 || ph+1 >= h || h-ph > 6 || h >= len(toks) || !toks[h].IsNoun() || toks[ph].Tag != "VBN" {
		return
	}
	if l := toks[ph-1].Lemma; l != "be" && l != "get" {
		return // "were killed", "got wounded": a passive, its subject the victims
	}
	switch toks[ph+1].Lower {
	case "in", "after", "during", "amid":
	default:
		return
	}
	for k := ph + 2; k < h; k++ {
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "CD" {
			return // only the fighting noun's determiner and modifiers between
		}
	}
	if sameCodes(ev.Target, prev.Target) {
		return
	}
	ev.Source = append([]event.Actor(nil), prev.Target...)
	prev.Source = append([]event.Actor(nil), ev.Target...)
}

// actedOn: the group at token g follows a preposition that marks whom
// an act is aimed at ("clashed with", "fired at", "marched on", "threw
// stones at"), not one that joins a partner ("together with", "along
// with").
func actedOn(toks []text.Token, g int) bool {
	if g < 1 {
		return false
	}
	switch toks[g-1].Lower {
	case "at", "on", "against", "upon", "into":
		return true
	case "of":
		// "massacred hundreds of villagers": the victims a mass
		// killing's pattern counts are the ones it fell on.
		return g >= 2 && quantityNoun(toks[g-2].Lower)
	case "with":
		if g >= 2 {
			switch toks[g-2].Lower {
			case "together", "along", "jointly", "alongside", "cooperation", "coordination", "conjunction":
				return false
			}
		}
		return true
	}
	return false
}

// quantityNoun: a round number that counts people ("hundreds of").
func quantityNoun(w string) bool {
	switch w {
	case "hundreds", "thousands", "dozens", "scores", "tens", "millions":
		return true
	}
	return false
}

// meetingTopic: "discuss" after a meeting its sentence already coded
// ("envoys of four states met in Moscow to discuss Afghanistan", "in a
// phone call, the two leaders discussed Gaza") says what the meeting was
// about; a state it names is its topic, no party consulted, and between
// the same parties it is the meeting told again, so it codes nothing of
// its own. Its sides must all have met: "Egypt met Sudan and discussed
// the dam with Ethiopia" names a new party.
//
//go:noinline
func meetingTopic(ev *event.Event, out []event.Event, si int) bool {
	for j := len(out) - 1; j >= 0 && out[j].SentenceIndex == si; j-- {
		o := &out[j]
		if o.CAMEORoot != "04" || len(o.Source) == 0 {
			continue
		}
		met := func(a *event.Actor) bool {
			for _, side := range [3][]event.Actor{o.Source, o.Target, o.Participants} {
				for k := range side {
					if side[k].Code == a.Code {
						return true
					}
				}
			}
			return false
		}
		for k := range ev.Source {
			if !met(&ev.Source[k]) {
				return false
			}
		}
		for k := range ev.Target {
			if !met(&ev.Target[k]) {
				return false
			}
		}
		return true
	}
	return false
}

// meansTwin: out[i] is a specific use of force with no target ("in a
// bombing raid", "in a gunfight") in a sentence that codes the same
// root's unspecified harm by the same agent on a named victim ("Troops
// killed a rebel commander in a bombing raid"): the raid is how the
// victim was killed, one act. The harm takes the specific code and
// out[i] is dropped. A strike with a target of its own ("struck Kyiv,
// killing three civilians") stays beside the harm.
//
//go:noinline
func meansTwin(out []event.Event, i int) bool {
	ev := &out[i]
	if len(ev.Source) == 0 || len(ev.CAMEO) != 3 || ev.CAMEO[2] == '0' || ev.CAMEORoot > "20" {
		return false
	}
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || o.CAMEORoot != ev.CAMEORoot || len(o.CAMEO) != 3 || o.CAMEO[2] != '0' || len(o.Target) == 0 || o.PLOVER.Type != ev.PLOVER.Type {
			continue
		}
		if sameCodes(o.Source, ev.Source) && sameMood(o.Modality, ev.Modality) && sameTime(o, ev) {
			o.CAMEO, o.QuadClass, o.Goldstein, o.PLOVER = ev.CAMEO, ev.QuadClass, ev.Goldstein, ev.PLOVER
			return true
		}
	}
	return false
}

// placeMeans: out[i] is an attack with no agent whose only side is the
// place it happened in ("were wounded in a drone attack in Syria", where
// the pattern's slot took the place), in a sentence that codes the same
// root's unspecified harm on named victims: the attack is how they were
// harmed, one act. The harm takes the specific code, and out[i] goes.
//
//go:noinline
func placeMeans(out []event.Event, i int) bool {
	ev := &out[i]
	t := &ev.Target[0]
	if !violentRoot(ev.CAMEORoot) || t.Sector != "" || t.Country == "" || ev.Location.Country != t.Country || len(ev.CAMEO) < 4 && ev.CAMEO[2] == '0' {
		return false
	}
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || o.CAMEORoot != ev.CAMEORoot || len(o.CAMEO) != 3 || o.CAMEO[2] != '0' || len(o.Target) == 0 || o.Target[0].Sector == "" || o.PLOVER.Type != ev.PLOVER.Type {
			continue
		}
		if sameMood(o.Modality, ev.Modality) && sameTime(o, ev) {
			o.CAMEO, o.QuadClass, o.Goldstein, o.PLOVER = ev.CAMEO, ev.QuadClass, ev.Goldstein, ev.PLOVER
			return true
		}
	}
	return false
}

// betweenOne reports a match whose only side stands after "between"
// right after its head ("clashes between rival gangs").
func betweenOne(toks []text.Token, o *verb.Match) bool {
	for k := o.Head + 1; k < o.Source[0].Start && k <= o.Head+4 && k < len(toks); k++ {
		if toks[k].Lower == "between" {
			return true
		}
	}
	return false
}

// casualtiesOf: a passive harm with no agent counts the casualties of
// the fighting named right after it ("Dozens were injured in clashes
// between riot police and demonstrators", "two people were killed in
// fighting between the army and rebels"), which its sentence codes with
// its own sides: one act, not that and a second one by the place.
//
//go:noinline
func casualtiesOf(sa *SentenceAnalysis, m *verb.Match) bool {
	toks := sa.Sentence.Tokens
	for i := range sa.Verbs.Matches {
		o := &sa.Verbs.Matches[i]
		// "clashes between rival militias": one plural side after
		// "between" fights among itself, sides enough.
		if o.Head <= m.Head || o.Head > m.Head+4 || len(o.Source) == 0 || len(o.Target) == 0 && !betweenOne(toks, o) {
			continue
		}
		if r := o.Pattern.Root(); r < "18" || r > "20" {
			continue
		}
		for k := m.Head + 1; k < o.Head; k++ {
			if toks[k].Lower == "in" || toks[k].Lower == "during" {
				return true
			}
		}
	}
	return false
}

// originSource: an attack's only side named after "from" right after a
// launching word ("rockets fired from Gaza", "a drone launched from
// Lebanon", "rocket fire from Gaza") is where the attack came from, its
// agent, not its target; the place it lands fills the target later. When
// the agent is named, the side is only where it fired from, no target
// ("The Houthis fired missiles from Yemen").
//
//go:noinline
func originSource(ev *event.Event, toks []text.Token) {
	t := &ev.Target[0]
	if len(ev.Target) != 1 || t.Start < 0 {
		return
	}
	k := tokenAt(toks, t.Start)
	if k >= 3 && placeCompass(toks[k-1].Lower) {
		k-- // "launched drones from southern Lebanon"
	}
	if k < 2 || toks[k-1].Lower != "from" {
		return
	}
	// the launching word right before "from", or its object between
	// ("launched drones from", "fired rockets from")
	w := toks[k-2].Lemma
	if k >= 3 && toks[k-2].Tag == "NNS" {
		w = toks[k-3].Lemma
	}
	switch w {
	case "fire", "launch", "shoot", "lob", "fly", "shell", "shelling", "strike", "barrage", "attack":
	default:
		return
	}
	if len(ev.Source) > 0 {
		// The agent is named ("Hezbollah said it launched drones from
		// southern Lebanon"): where it launched from is no target.
		ev.Target = ev.Target[:0:0]
		return
	}
	// an empty target past the moved actor: an append to it allocates
	// rather than overwriting the source
	ev.Source, ev.Target = ev.Target[:1:1], ev.Target[1:1:1]
}

// agentIn: one of the phrases lies in the group.
func agentIn(src []actor.Phrase, g *actor.Group) bool {
	for i := range src {
		if src[i].Start >= g.Start && src[i].End <= g.End {
			return true
		}
	}
	return false
}

// talkNouns are what a host may bring its guests together for.
var talkNouns = wordset.Of("talks", "summit", "meeting", "negotiations", "consultations", "dialogue")

// guestsTalk: a host who receives two to four guests "for talks" ("Egypt
// hosted delegations from Sudan and Ethiopia for talks on the dam"), or
// hosts talks between them ("Qatar hosted talks between X and Y"), has
// them consult one another, in every direction, with the host beside
// them: the hosting codes the host's act, these the guests'.
//
//go:noinline
func (p *Pipeline) guestsTalk(ev *event.Event, toks []text.Token, head int) []event.Event {
	if len(ev.Target) > 4 {
		return nil
	}
	talks := false
	for k := head + 1; k+1 < len(toks) && k <= head+6 && !talks && !talksStop(&toks[k]); k++ {
		// "hosted (indirect) talks between the US and the Taliban": the
		// talks held under the host are the guests' with each other; the
		// noun may carry an article, an ordinal and adjectives ("hosted
		// the first direct talks between", "a new round of talks
		// between"), talksStop.
		talks = toks[k+1].Lower == "between" && talkNouns.Has(toks[k].Lower)
	}
	for k := head + 1; k+1 < len(toks) && !talks; k++ {
		if toks[k].Lower == "for" {
			// "for a new round of talks", not "for dinner after the summit"
			for j := k + 1; j < len(toks) && j <= k+5 && (toks[j].Tag != "IN" || toks[j].Lower == "of"); j++ {
				talks = talks || talkNouns.Has(toks[j].Lower)
			}
		}
	}
	if !talks {
		return nil
	}
	talk := *ev
	if !p.recodeEvent(&talk, "040") {
		return nil
	}
	parts := make([]event.Actor, 0, len(ev.Source)+len(ev.Target))
	for _, a := range ev.Source {
		a.Role = verb.RoleHost
		parts = append(parts, a)
	}
	for _, a := range ev.Target {
		a.Role = verb.RoleParticipant
		parts = append(parts, a)
	}
	return pairEvents(talk, ev.Target, parts, func(x, y event.Actor) bool { return x.Code == y.Code })
}

// pairEvents gives base, once for each ordered pair of the actors that
// are not the same party by same, as an event from one to the other, with
// parts as its participants: the guests of a hosted meeting talk to each
// other, two states' forces acting jointly cooperate with each other.
func pairEvents(base event.Event, as, parts []event.Actor, same func(x, y event.Actor) bool) []event.Event {
	var out []event.Event
	for i := range as {
		for j := range as {
			if i == j || same(as[i], as[j]) {
				continue
			}
			g := base
			g.Source, g.Target, g.Participants = as[i:i+1:i+1], as[j:j+1:j+1], parts
			g.Mirror = ""
			out = append(out, g)
		}
	}
	return out
}

// brokered: a meeting or agreement whose participants include mediators
// ("signed a peace agreement in Washington brokered by the United States
// and Qatar", "talks mediated by the African Union") is also their
// mediation (045) between its parties, when the sentence coded none of
// its own.
//
//go:noinline
func (p *Pipeline) brokered(ev *event.Event, sa *SentenceAnalysis) (event.Event, bool) {
	nm, np := 0, 0
	for i := range ev.Participants {
		switch ev.Participants[i].Role {
		case verb.RoleMediator:
			nm++
		case verb.RoleParticipant:
			np++
		default:
			return event.Event{}, false
		}
	}
	if nm == 0 || np == 0 || np < 2 && !pluralParty(ev) {
		return event.Event{}, false // most meetings: no mediator
	}
	var src, tgt []event.Actor
	for i := range ev.Participants {
		q := ev.Participants[i]
		role := q.Role
		q.Role = ""
		switch role {
		case verb.RoleMediator:
			src = append(src, q)
		case verb.RoleParticipant:
			tgt = append(tgt, q)
		default:
			return event.Event{}, false // a host or guarantor says more
		}
	}
	if len(src) == 0 || len(tgt) == 0 || len(tgt) < 2 && !pluralParty(ev) {
		return event.Event{}, false
	}
	for i := range sa.Verbs.Matches {
		if sa.Verbs.Matches[i].EventCode() == "045" {
			return event.Event{}, false
		}
	}
	mev := *ev
	if !p.recodeEvent(&mev, "045") {
		return event.Event{}, false
	}
	mev.Source, mev.Target, mev.Participants = src, tgt, []event.Actor{}
	mev.Mirror = ""
	return mev, true
}

// orphanSides gives an orphan match (a definite reference to the story's
// meeting or agreement) the sides of that event.
//
//go:noinline
func orphanSides(ev, prev *event.Event, ownTarget bool) {
	if ownTarget {
		ev.Source = inherited(slices.Concat(prev.Source, prev.Target))
		// "Both sides agreed to pull back their troops": what the
		// parties do to their own is no act on one of them.
		ev.Target = slices.DeleteFunc(ev.Target, func(t event.Actor) bool {
			if t.Start >= 6 && t.Start <= len(ev.Sentence) && strings.EqualFold(ev.Sentence[t.Start-6:t.Start], "their ") {
				return true // "their troops"
			}
			for i := range ev.Source {
				if ev.Source[i].Code == t.Code {
					return true
				}
			}
			return false
		})
	} else {
		ev.Source = inherited(prev.Source)
		ev.Target = inherited(prev.Target)
	}
	ev.Participants = inherited(prev.Participants)
}

// antecedentYear dates an undated event by the year of the past act its
// clause relates to, and marks it historical when that is over a year
// before publication.
//
//go:noinline
func antecedentYear(ev *event.Event, y int, pub time.Time) {
	if y > 0 && y < pub.Year() {
		ev.Date, ev.DateEnd, ev.DatePrecision = fmt.Sprintf("%04d-01-01", y), fmt.Sprintf("%04d-12-31", y), string(when.PrecisionYear)
	}
	ev.Modality.Historical = y == 0 || y < pub.Year()-1
}

// deniedVictims: a denial (016) that its own side did something ("Russia
// denied that its warplanes had bombed a market in Idlib") is about whom
// it was done to, the denied act's target, not the denier's own forces.
func deniedVictims(out []event.Event, i int) {
	ev := &out[i]
	if ev.CAMEO != "016" || len(ev.Source) == 0 || ev.Source[0].Country == "" {
		return
	}
	if len(ev.Target) > 0 && ev.Target[0].Country != ev.Source[0].Country {
		return // "denied that Houthi rebels had fired": another's act
	}
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || !o.Modality.Negated || len(o.Source) == 0 || len(o.Target) == 0 {
			continue
		}
		var own bool
		if len(ev.Target) > 0 {
			// the denial's target is the act's agent: "its warplanes"
			own = o.Source[0].Start == ev.Target[0].Start && o.Source[0].Start >= 0 && o.Target[0].Code != ev.Target[0].Code
		} else {
			// "Iran denied that it had agreed to talks with the US",
			// "Moscow denied reports that Russian mercenaries had killed
			// civilians": the act is the denier's side's, after the denial
			own = o.Source[0].Country == ev.Source[0].Country && o.Evidence.Verb.Start > ev.Evidence.Verb.Start && o.Target[0].Code != o.Source[0].Code && o.Target[0].Code != ev.Source[0].Country
		}
		if own {
			ev.Target = slices.Clone(o.Target)
			return
		}
	}
}

// mediatedParties: a mediation (045) with no target, in a sentence whose
// meeting or agreement lists its mediator among the participants ("a
// truce mediated by Egypt and Qatar"), mediates between that event's
// parties.
func mediatedParties(out []event.Event, i int) {
	ev := &out[i]
	if ev.CAMEO != "045" || len(ev.Target) != 0 || len(ev.Source) == 0 {
		return
	}
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || len(o.Participants) == 0 {
			continue
		}
		mediator := false
		for _, q := range o.Participants {
			if q.Role == verb.RoleMediator && q.Code == ev.Source[0].Code {
				mediator = true
			}
		}
		if !mediator {
			continue
		}
		for _, q := range o.Participants {
			if q.Role == verb.RoleParticipant {
				q.Role = ""
				ev.Target = append(ev.Target, q)
			}
		}
		return
	}
}

// vaguerTwin: out[i] is a conflict event "not specified below" (190, 180,
// 140, ...) and its sentence also codes a more specific code of the same
// root between the same sides: "were killed in an air strike by
// government forces" is one air strike (195), not that and some other
// use of force (190) as well. A specific code of another PLOVER type is
// another act ("retook the village after fierce fighting": 192 and 190).
func vaguerTwin(out []event.Event, i int, inOrder bool) bool {
	ev := &out[i]
	if len(ev.CAMEO) != 3 || ev.CAMEO[2] != '0' || ev.CAMEORoot < "14" {
		return false
	}
	lo, hi := sentenceBlock(out, i, inOrder)
	for j := lo; j < hi; j++ {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || o.CAMEORoot != ev.CAMEORoot || o.CAMEO == ev.CAMEO || o.PLOVER.Type != ev.PLOVER.Type {
			continue
		}
		if o.Modality.Negated == ev.Modality.Negated && sameCodes(o.Source, ev.Source) && sameCodes(o.Target, ev.Target) {
			return true
		}
	}
	return false
}

// mutualCode: codes of cooperation between the parties themselves
// (intent to cooperate or meet, consultation, agreements, material
// cooperation), which a coordinated subject with no target does with each
// other. Not support or aid (032, 033, 07: "Britain and France pledged
// support"), praise or rejection, which go to a third party
// the text may leave unnamed ("France and Germany pledged aid"), nor
// pulling back one's own forces (0356: "Both sides agreed to withdraw
// their troops" is aimed at no one). Nor mediation (045): mediators
// named together ("Qatar and Egypt brokered the truce") are co-brokers of
// other parties' dispute, not each other's parties.
func mutualCode(c string) bool {
	if c == "045" {
		return false
	}
	switch c {
	case "030", "031", "0311", "0312", "0313", "0314", "036", "050", "057":
		return true
	}
	return len(c) >= 2 && (c[:2] == "04" || c[:2] == "06")
}

// mutualHalt (S33): a truce or a halt to fighting (087, 0871) that two
// parties agree with no one else named ("France and the Vietminh agreed
// to end the fighting", "Israel and Hamas agreed to pauses in fighting")
// is agreed with each other, as two that break off relations break them
// with each other. Three or more are as often a bloc halting its fight
// with someone named before; a withdrawal or a demobilisation (0873,
// 0874) is from a place, not towards the partner. The match's own words
// (head to end) must name the fighting halted: allies who pull back
// heavy weapons together ("Turkish troops and allied Syrian rebels began
// withdrawing heavy weapons") halt nothing between them.
func mutualHalt(c string, toks []text.Token, head, end int) bool {
	if c != "087" && c != "0871" {
		return false
	}
	for k := head; k < end && k < len(toks); k++ {
		switch toks[k].Lower {
		case "fighting", "hostilities", "truce", "ceasefire", "cease-fire", "armistice", "clashes", "war", "attacks",
			// two armies that disengage pull back from each other
			// ("Chinese and Indian troops completed the disengagement")
			"disengagement", "disengage", "disengaged", "disengaging":
			return true
		}
	}
	return false
}

// theirBorder: "their (common|shared|disputed) border" follows the head
// within its clause.
//
//go:noinline
func theirBorder(toks []text.Token, head int) bool {
	for k := head + 1; k+1 < len(toks) && k < head+10; k++ {
		switch toks[k].Lower {
		case ",", ";", "after", "while", "but", "which":
			return false
		case "their":
			j := k + 1
			if w := toks[j].Lower; w == "common" || w == "shared" || w == "disputed" || w == "mutual" || w == "joint" {
				j++
			}
			return j < len(toks) && borderWord(toks[j].Lower)
		}
	}
	return false
}

// captivesOnly: every actor is captives of no known state ("95 prisoners
// of war", "the hostages") or of a swapping party's own ("swapped
// hostages for Palestinian prisoners", with Hamas).
//
//go:noinline
func captivesOnly(as, parties []event.Actor) bool {
	for _, a := range as {
		if a.Country != "" && !hasActorCountry(parties, a.Country) {
			return false
		}
		w := a.Text[strings.LastIndexByte(a.Text, ' ')+1:]
		switch strings.ToLower(w) {
		case "prisoners", "detainees", "hostages", "captives", "pows", "war", "soldiers", "servicemen", "fighters":
		default:
			return false
		}
	}
	return true
}

// sameCountries: every actor of as is of a state of bs.
func sameCountries(as, bs []event.Actor) bool {
	for _, a := range as {
		if a.Country == "" || !hasActorCountry(bs, a.Country) {
			return false
		}
	}
	return true
}

func hasActorCountry(as []event.Actor, c string) bool {
	for _, a := range as {
		if a.Country == c {
			return true
		}
	}
	return false
}

// distinctSides reports phrases of at least two different codes, each
// with a country or an international body's code: sides that can deal
// with each other, not two words for one actor.
func distinctSides(ps []event.Actor) bool {
	for i := range ps {
		if ps[i].Code == "" || strings.HasPrefix(ps[i].Code, "---") {
			return false
		}
	}
	for i := 1; i < len(ps); i++ {
		if ps[i].Code != ps[0].Code {
			return true
		}
	}
	return false
}

// reciprocalPairs lists the other directions of a reciprocal event: the
// reverse of the coded one, and for three or four parties with no roles
// every other ordered pair, one actor on each side. One subject before
// the verb and several objects after it ("Russia held talks with Ukraine
// and Moldova") are paired across it only: the words say Russia talked
// with each, not that Ukraine and Moldova talked with one another, as a
// plural subject ("Israel and Hamas reached a deal on ...") or "talks
// between Russia, Ukraine and Moldova" would.
// nobodysObject: every target is a bare sector of no known state
// ("ambassadors", "their forces", "armoured vehicles"), an object of
// the agreement rather than a party to it.
func nobodysObject(ts []event.Actor) bool {
	for _, t := range ts {
		if t.Country != "" || !strings.HasPrefix(t.Code, "---") {
			return false
		}
		switch t.Sector {
		case "GOV", "MIL", "COP", "SPY", "":
			// SPY: "agreed to restore intelligence sharing" (lead, s23).
		default:
			return false
		}
	}
	return true
}

func reciprocalPairs(ev event.Event) [][2][]event.Actor {
	parties := append(append([]event.Actor{}, ev.Source...), ev.Target...)
	roles := false
	for _, p := range ev.Participants {
		roles = roles || p.Role != "participant"
	}
	if len(parties) < 3 || len(parties) > 4 || roles {
		return [][2][]event.Actor{{ev.Target, ev.Source}}
	}
	across := acrossVerb(ev)
	var out [][2][]event.Actor
	for i := range parties {
		for j := range parties {
			if i == j || parties[i].Code == parties[j].Code {
				continue
			}
			if across && (i < len(ev.Source)) == (j < len(ev.Source)) {
				continue // the same side of the verb
			}
			out = append(out, [2][]event.Actor{{parties[i]}, {parties[j]}})
		}
	}
	return out
}

// acrossVerb reports whether an event's one source is named before its
// verb and its targets all after it, in the verb's sentence.
func acrossVerb(ev event.Event) bool {
	v := ev.Evidence.Verb.Start
	if len(ev.Source) != 1 || ev.Source[0].Start < 0 || ev.Source[0].End > v {
		return false
	}
	for _, a := range ev.Target {
		if a.Start < v+1 {
			return false
		}
	}
	return true
}

// inherited copies actors from an earlier sentence's event. Their text
// stays, but their offsets point into another sentence, so they are
// cleared (-1) to keep highlighting honest.
// partiesBut returns the sides of a meeting or agreement event, without
// positions in this sentence, leaving out any actor whose code is among
// but, and a bare state whose country is: "Ethiopia and the TPLF signed a
// truce. Ethiopia welcomed the deal" judges the TPLF's part.
func partiesBut(ev event.Event, but []event.Actor) []event.Actor {
	out := make([]event.Actor, 0, len(ev.Source)+len(ev.Target))
	for _, side := range [][]event.Actor{ev.Source, ev.Target} {
		for _, a := range side {
			// The judge's own state is left out too ("Russian forces
			// violated the truce" is not against Russia), but not another
			// sector of it (the government praising its deal with rebels).
			if slices.ContainsFunc(but, func(b event.Actor) bool {
				// A state judging speaks for all of itself ("Ukraine
				// welcomed the talks" judges Russia's part only); a sector
				// of it only for itself and its bare state.
				return b.Code == a.Code || a.Country != "" && b.Country == a.Country && (a.Code == a.Country || b.Code == b.Country)
			}) ||
				slices.ContainsFunc(out, func(b event.Actor) bool { return b.Code == a.Code }) {
				continue
			}
			a.Start, a.End = -1, -1
			out = append(out, a)
		}
	}
	return out
}

// sideNouns are the plurals that "both", "the two" or "the warring" make
// a reference to a story's two parties ("urged both sides", "called on the
// two countries", "asked the warring parties").
var sideNouns = wordset.Of(
	"sides", "parties", "countries", "nations", "governments", "leaders",
	"factions", "rivals", "camps", "neighbours", "neighbors", "states", "armies",
)

// appealRoot: the roots whose object "both sides" can be: appeals,
// demands, disapproval, rejections, threats and mediation (02, 03, 04,
// 10-13).
func appealRoot(root string) bool {
	return len(root) == 2 && (root[0] == '0' && root[1] >= '2' && root[1] <= '4' || root[0] == '1' && root[1] <= '3')
}

// sidesObject reports a verb at head whose object is such a reference,
// after at most one preposition ("called on both sides", "appealed to the
// two countries").
func sidesObject(toks []text.Token, head int) bool {
	k := head + 1
	if k < len(toks) && toks[k].Tag == "IN" || k < len(toks) && toks[k].Lower == "to" {
		k++
	}
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "both":
		k++
	case "the":
		if w := toks[k+1].Lower; w != "two" && w != "warring" && w != "rival" && w != "opposing" {
			return false
		}
		k += 2
	default:
		return false
	}
	return k < len(toks) && sideNouns.Has(toks[k].Lower)
}

// judgedRoot returns the CAMEO roots, two digits each, of the act that a
// judging verb at head refers back to with a definite noun and nothing
// after it: "condemned the attack" (an assault, 18-20), "criticised the
// arrests" (17), "condemned the nuclear tests" (15, 20), "denied the
// accusation" (11); "" if the object is anything else ("condemned the
// attack on Kabul" names its own scene, "the attack by the Taliban" its
// own agent).
func judgedRoot(root, code string, toks []text.Token, head int) (roots, noun string) {
	if root != "11" && code != "016" {
		return "", ""
	}
	k := head + 1
	if k+1 >= len(toks) || toks[k].Lower != "the" {
		return "", ""
	}
	k++
	// "the deadly attack", "the alleged attack", "the missile test", "the
	// air strikes": up to two modifiers before the noun.
	for n := 0; n < 2 && k+1 < len(toks) && (toks[k].Tag == "JJ" || toks[k].Tag == "VBN" || toks[k].Tag == "NN" && strings.HasPrefix(toks[k+1].Tag, "NN")); n++ {
		k++
	}
	if k >= len(toks) || !strings.HasPrefix(toks[k].Tag, "NN") {
		return "", ""
	}
	if k+1 < len(toks) && (toks[k+1].Tag == "IN" && toks[k+1].Lower != "as" || toks[k+1].Tag == "POS") {
		return "", "" // but "condemned the attack as a war crime" judges it
	}
	w := toks[k].Lower
	if code == "016" {
		if accusationNouns.Has(w) {
			return "11", w
		}
		return "", ""
	}
	switch {
	case attackNouns.Has(w):
		return "181920", w
	case w == "arrest" || w == "arrests" || w == "detention" || w == "detentions" || w == "crackdown" || w == "expulsion" || w == "expulsions":
		return "17", w
	case w == "test" || w == "tests":
		return "1520", w
	case w == "launch" || w == "launches":
		// "fired a missile over Japan, which condemned the launch"
		return "151920", w
	case w == "violence":
		// "police fired on protesters ..., while Britain condemned the
		// violence": force of any kind, the story's last.
		return "17181920", w
	case judgedHarmNouns.Has(w):
		return "181920", w
	}
	return "", ""
}

// judgedHarmNouns name a violent act by its kind, as "the attack" does,
// for a judging verb's definite object only ("Athens condemned the
// hijacking", "India condemned the shooting"); they stay out of
// attackNouns, whose other readers look for an attack's toll.
var judgedHarmNouns = wordset.Of(
	"hijacking", "hijackings", "shooting", "shootings", "assassination",
	"murder", "murders", "downing", "execution", "executions", "beheading",
	"lynching", "sinking",
)

// judgedAct is the story's act that "the attack" (or "the arrests") names:
// the last of the roots whose verb is the noun's own word ("attacked a
// camp ... later launched a counter-offensive. The UN condemned the
// attack" judges the attack, not the counter-offensive), else the last of
// the roots; -1 if none.
func judgedAct(out []event.Event, roots, noun string) int {
	stem := noun[:min(len(noun), 5)]
	for i := len(out) - 1; i >= 0; i-- {
		if len(out)-i > judgedReach {
			break // see judgedReach
		}
		if len(out[i].Source) == 0 || out[i].Source[0].Code == "" || !inRoots(out[i].CAMEORoot, roots) {
			continue
		}
		if v := out[i].Evidence.Verb.Text; len(v) >= len(stem) && strings.EqualFold(v[:len(stem)], stem) {
			return i
		}
	}
	return lastOfRoot(out, roots)
}

// judgedReach bounds how many of the story's latest events judgedAct
// searches for one named by the noun's own word before it takes the last
// of the roots: a definite "the attack" names a recent act, and without a
// bound a story of tens of thousands of sentences ("parley code" takes
// up to 8 MB) spent quadratic time here.
const judgedReach = 200

// sentenceOrdered: the events are in sentence order, as assembleEvents
// appends them, so each sentence's events stand together.
func sentenceOrdered(out []event.Event) bool {
	for i := 1; i < len(out); i++ {
		if out[i].SentenceIndex < out[i-1].SentenceIndex {
			return false
		}
	}
	return true
}

// sentenceBlock is the range of events that may share event i's sentence:
// its own run when the events are in sentence order, else all of them.
// Checks of an event against its sentence's others stay linear in a long
// story.
func sentenceBlock(out []event.Event, i int, inOrder bool) (lo, hi int) {
	if !inOrder {
		return 0, len(out)
	}
	lo, hi = i, i+1
	for lo > 0 && out[lo-1].SentenceIndex == out[i].SentenceIndex {
		lo--
	}
	for hi < len(out) && out[hi].SentenceIndex == out[i].SentenceIndex {
		hi++
	}
	return lo, hi
}

func inRoots(r, roots string) bool {
	for j := 0; j+2 <= len(roots); j += 2 {
		if r == roots[j:j+2] {
			return true
		}
	}
	return false
}

// attackNouns and accusationNouns are the definite references to a
// story's violence and to its charges.
var (
	attackNouns = wordset.Of(
		"attack", "attacks", "bombing", "bombings", "raid", "raids", "assault",
		"ambush", "massacre", "killing", "killings", "shelling", "strike",
		"strikes", "airstrike", "airstrikes", "offensive", "invasion", "incursion",
		"blast", "kidnapping", "abduction", "shootdown", "operation",
		"bombardment", "incursions", "invasions",
	)
	// victimNouns are the attack nouns whose "of" names the people hurt,
	// not a place struck ("the killing of Kenyan protesters").
	victimNouns     = wordset.Of("killing", "killings", "kidnapping", "abduction", "massacre")
	accusationNouns = wordset.Of(
		"accusation", "accusations", "allegation", "allegations", "charge",
		"charges", "claim", "claims",
	)
)

// lastOfRoot returns the index of the story's last event with a source
// whose root is among roots (two digits each); -1 if none.
//
//go:noinline
func lastOfRoot(out []event.Event, roots string) int {
	for i := len(out) - 1; i >= 0; i-- {
		if len(out[i].Source) == 0 || out[i].Source[0].Code == "" {
			continue
		}
		if inRoots(out[i].CAMEORoot, roots) {
			return i
		}
	}
	return -1
}

// lastDyad returns the index of the story's last event between two
// different actors, whose parties "both sides" names when the story has
// no meeting or agreement; -1 if none.
//
//go:noinline
func lastDyad(out []event.Event) int {
	for i := len(out) - 1; i >= 0; i-- {
		if len(out[i].Source) == 1 && len(out[i].Target) == 1 && out[i].Source[0].Code != out[i].Target[0].Code &&
			out[i].Source[0].Country != "" && out[i].Target[0].Country != "" {
			return i
		}
	}
	return -1
}

//go:noinline
func inherited(as []event.Actor) []event.Actor {
	out := make([]event.Actor, len(as))
	for i, a := range as {
		a.Start, a.End = -1, -1
		out[i] = a
	}
	return out
}

// countryPlace locates an event in a country the sentence names as a
// place although the actor stage claimed it: "sent personnel to Bosnia",
// "fighting in Iraq". Only a bare country after a locative preposition
// counts, at country precision.
func (p *Pipeline) countryPlace(sa *SentenceAnalysis, head int) *event.Location {
	gp, ok := p.Places.(GeoPlacer)
	if !ok {
		return nil
	}
	toks := sa.Sentence.Tokens
	for _, g := range sa.Groups {
		for _, ph := range g.Phrases {
			if ph.Country == "" || ph.Modifier || len(ph.Sectors) > 0 || len(ph.Parts) != 1 || ph.Parts[0].Entry.Kind != actor.KindCountry || ph.Parts[0].Entry.Metonym {
				continue
			}
			// "in Bosnia", "in east Bosnia", "in western Cambodia".
			k := ph.Start - 1
			for k >= 0 && (toks[k].Tag == "DT" || compass.Has(toks[k].Lower)) {
				k--
			}
			if k < 0 {
				continue
			}
			switch toks[k].Lower {
			case "in", "into", "to", "inside", "across", "throughout", "within":
			default:
				continue
			}
			if k > 0 && topicNouns.Has(toks[k-1].Lower) {
				continue // "discussed the war in Gaza": a topic's place
			}
			if head >= 0 && head < k && secondVerbPlace(toks, head, k) {
				continue // "resigned and fled to Mexico": the second verb's
			}
			c, ok := gp.G.Country(ph.Country)
			if !ok {
				continue
			}
			sp := span(sa.Sentence, ph.Start, ph.End)
			return &event.Location{Name: c.Name, Lat: c.Lat, Lon: c.Lon, Country: c.Country, Precision: "country", Start: sp.Start, End: sp.End}
		}
	}
	return nil
}

// secondVerbPlace: between the event's head and the country's
// preposition at k an "and" joins a second verb that goes or sends
// somewhere (departsAfter), whose destination the country is.
func secondVerbPlace(toks []text.Token, head, k int) bool {
	for j := head + 1; j < k; j++ {
		if toks[j].Lower == "and" && departsAfter(toks, j) {
			return true
		}
	}
	return false
}

// actorCityPlace locates an event with no place of its own in the city
// that names one of its sides' local bodies ("Karachi police arrested
// five men", "Lagos state officials said"): such a body acts in its
// city. Only a city or province of the side's own state, at the start
// of the side's phrase, counts.
//
//go:noinline
func (p *Pipeline) actorCityPlace(sa *SentenceAnalysis, ev *event.Event) *event.Location {
	// The actor stage read the city as its state's metonym ("Karachi"
	// PAK): only such a phrase, city then sector, is worth resolving the
	// sentence's places for (a dear call, and most sentences have none).
	toks := sa.Sentence.Tokens
	start := -1
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if len(ph.Parts) < 2 || !ph.Parts[0].Entry.Metonym || ph.Parts[0].Entry.Kind != actor.KindCountry || len(ph.Sectors) == 0 || ph.Country == "" || ph.Start >= len(toks) {
				continue
			}
			b := toks[ph.Start].Start
			for _, sides := range [2][]event.Actor{ev.Source, ev.Target} {
				for _, ac := range sides {
					if ac.Start == b && ac.Country == ph.Country {
						start = b
					}
				}
			}
		}
	}
	gp, ok := p.Places.(GeoPlacer)
	if start < 0 || !ok || gp.G == nil {
		return nil
	}
	for _, m := range sa.plainMentions(gp.G) {
		if m.Start != start || m.Best == nil || m.Best.Country == "" {
			continue
		}
		if m.Best.Precision != geo.PrecisionCity && m.Best.Precision != geo.PrecisionAdmin1 {
			continue
		}
		b := m.Best
		return &event.Location{Name: b.Name, Lat: b.Lat, Lon: b.Lon, Country: b.Country, Admin1: b.Admin1, Precision: b.Precision, GeonameID: b.GeonameID, Start: m.Start, End: m.End}
	}
	return nil
}

// embassyTarget: a protest with no target held at a state's premises
// abroad ("Angry crowds outside the Saudi embassy in Tehran threw stones")
// is aimed at the embassy's state, not at the host whose city it is in;
// the crowd keeps the host's country (Phrase.Outpost).
//
// So is violence done at one (G13): "A car bomb exploded outside the US
// embassy in Beirut" targets USA, not LBN, and so do its unnamed dead
// ("..., killing 63 people"), whom only the host's place gives a
// country. The embassy must follow the verb after "outside", "at" or
// "in front of" and belong to no source's state.
func embassyTarget(ev *event.Event, sa *SentenceAnalysis) {
	r := ev.CAMEORoot
	violent := r == "18" || r == "19"
	if r != "14" && !violent || len(ev.Target) > 0 && (!violent || !hostVictims(ev)) {
		return
	}
	for _, g := range sa.Groups {
		for _, ph := range g.Phrases {
			if !ph.Outpost() {
				continue
			}
			if violent && !outsideOutpost(sa.Sentence.Tokens, ph.Start, ev) {
				continue
			}
			a := toActor(sa.Sentence, ph, "")
			for _, src := range ev.Source {
				if src.Start == a.Start && src.End == a.End {
					return // the embassy acts ("the Saudi embassy protested")
				}
				if violent && src.Country == a.Country {
					return // "US marines fired outside the US embassy" guard it
				}
				if violent && hostForce(src, ev.Location) {
					// "Egyptian police shot dead two protesters outside the
					// US embassy in Cairo": the host's forces keep order at
					// the premises they guard; whom they strike is the
					// crowd, not the embassy's state (R13).
					return
				}
			}
			ev.Target = []event.Actor{a}
			return
		}
	}
}

// hostForce: the source is the police, or the state, armed forces,
// intelligence or government of the country where the event happened.
func hostForce(src event.Actor, l *event.Location) bool {
	switch src.Sector {
	case "COP":
		return true
	case "", "MIL", "SPY", "GOV":
		return l != nil && l.Country != "" && src.Country == l.Country
	}
	return false
}

// hostVictims: every target of the event is a civilian or bare state of
// the place where it happened, a country the place alone gave ("killing
// 63 people" in Beirut is LBNCVL).
func hostVictims(ev *event.Event) bool {
	l := ev.Location
	if l == nil || l.Country == "" {
		return false
	}
	for _, a := range ev.Target {
		if a.Country != l.Country || a.Sector != "" && a.Sector != "CVL" {
			return false
		}
	}
	return true
}

// outsideOutpost: the phrase starting at token k follows the event's verb
// after "outside", "at" or "in front of" ("outside the US embassy", "in
// front of the French consulate"), with at most an article between: the
// premises were the scene. "near" only locates ("exploded near the German
// embassy during the rush hour").
func outsideOutpost(toks []text.Token, k int, ev *event.Event) bool {
	if k < 2 || k >= len(toks) || toks[k].Start < ev.Evidence.Verb.End {
		return false
	}
	j := k - 1
	if toks[j].Tag == "DT" {
		j--
	}
	switch toks[j].Lower {
	case "outside", "at":
	case "of":
		if j < 2 || toks[j-1].Lower != "front" || toks[j-2].Lower != "in" {
			return false
		}
	default:
		return false
	}
	return true
}

// placeAsTarget follows the CAMEO convention for concessions, protests,
// force, coercion and violence that name no target, and for visits: the state where they happen is the target
// ("activists staged a protest in Beijing" → CHN, "insurgents shelled
// Aleppo" → SYR). Only a place named after the verb counts, so a dateline
// or the agent's origin never becomes the target.
func placeAsTarget(ev *event.Event) {
	l := ev.Location
	if len(ev.Target) > 0 && !(ev.CAMEORoot == "04" && unknownGuests(ev)) || l == nil || l.Country == "" || l.Start < ev.Evidence.Verb.Start && !unnamedHarm(ev) && !semicolonPlace(ev) || waterBody(ev) && !offShoreShow(ev) || fledDestination(ev.Sentence, l.Start) {
		return // (fledDestination: a refuge is no target, dyads_s24.go)
	}
	switch {
	case ev.CAMEORoot >= "18" && ev.CAMEORoot <= "20" && interception(ev):
		// "Saudi air defences intercepted a ballistic missile over
		// Riyadh": where an incoming weapon is brought down is no
		// target; the one who fired it is (interception_lead.go).
		return
	case ev.CAMEORoot == "08", ev.CAMEORoot >= "14" && ev.CAMEORoot <= "20":
		// yielding, protest, force posture, reduced relations, coercion
		// and violence: "lifted the curfew in Colombo" concedes to LKA.
	case strings.HasPrefix(ev.CAMEO, "042"):
		// a visit names its host by place: "arrived in Dhaka". One's
		// own state is no host: "arrived back in Seoul" is a return.
		// A host's (043) place is its venue, never its guest: "Ghana,
		// which hosts the talks, condemned the coup in Niger".
		if len(ev.Source) > 0 && ev.Source[0].Country == l.Country {
			return
		}
	case strings.HasPrefix(ev.CAMEO, "036") && (destination(ev.Sentence, l.Start) || expectedIn(ev.Sentence, l.Start)) && (len(ev.Source) == 0 || ev.Source[0].Country != l.Country):
		// a trip planned names its host by its destination: "will
		// travel to New Delhi next week" (not "a summit in Kazan",
		// whose host is not the one met).
	case ev.CAMEORoot == "02" && (len(ev.Source) == 0 || ev.Source[0].Country != l.Country) && !appealVenue(safeSlice(ev.Sentence, ev.Evidence.Verb.End, l.Start)):
		// an appeal for something in a place asks it of the place's
		// state: "called for a ceasefire in Sudan", "appealed for peace
		// in Ukraine". A state's appeal for its own region ("Sudan
		// appealed for aid for Darfur") asks others, unnamed.
	case ev.CAMEO == "050" && embassyIn(safeSlice(ev.Sentence, ev.Evidence.Verb.End, l.Start)) && (len(ev.Source) == 0 || ev.Source[0].Country != l.Country):
		// an embassy opened in a city is opened with the city's state,
		// as one opened in a country is with that country: "Turkey
		// opened an embassy in Mogadishu" (SOM), "The UAE opened its
		// embassy in Tel Aviv" (ISR).
	case strings.HasPrefix(ev.CAMEO, "015"):
		// a claim of responsibility for an attack in a place owns up to
		// a blow on the place's state: "claimed responsibility for the
		// suicide bombing at a beach in Mogadishu" (SOM), as the attack
		// itself has the place as its target (T27).
	case aidPromisePlace(ev):
		// aid promised for a place abroad goes to the place's people, as
		// aid given does (below; aidplace_q40.go).
	case strings.HasPrefix(ev.CAMEO, "018"), ev.CAMEORoot == "07", ev.CAMEORoot == "09":
		// sympathy, aid and inquiries go to the people where the thing
		// happened: "condolences for the shootings in South Carolina"
		// (USA), "sent tents to flood victims in Sindh" (PAK),
		// "investigators in Bosnia" (BIH).
	default:
		return
	}
	ev.Target = []event.Actor{{Text: safeSlice(ev.Sentence, l.Start, l.End), Code: actor.CameoCountry(l.Country), Country: actor.CameoCountry(l.Country), Start: l.Start, End: l.End}}
}

// seatOf: the city is a seat of the body coded code, where its
// gatherings meet as a matter of course, so a trip there for one is no
// visit to the host state ("arrived in Brussels for a NATO summit").
// A body with no seat (the G20) meets as a guest of a host that is one
// of its members and the visit's host: "touched down in New Delhi for
// the G20 summit" visits India.
func seatOf(city, code string) bool {
	switch strings.ToLower(city) {
	case "brussels":
		return strings.HasPrefix(code, "IGOWSTNAT") || strings.HasPrefix(code, "IGOEUR")
	case "strasbourg", "luxembourg":
		return strings.HasPrefix(code, "IGOEUR")
	case "new york", "geneva", "nairobi":
		return strings.HasPrefix(code, "IGOUNO")
	case "vienna":
		return strings.HasPrefix(code, "IGOUNO") || strings.HasPrefix(code, "IGOBUSOPC") || strings.HasPrefix(code, "IGOEUROSC")
	case "addis ababa":
		return strings.HasPrefix(code, "IGOAFRAFU")
	case "jakarta":
		return strings.HasPrefix(code, "IGOSEAASN")
	case "cairo":
		return strings.HasPrefix(code, "IGOMEAARL")
	}
	return false
}

// emptyRemark: a statement to no one that says nothing: a speech told
// only by where and when it was made ("Egypt's prime minister spoke at
// a news conference in Cairo on Tuesday"), or a report that something
// is not known ("Police said the cause of the fire was not yet known",
// "said it was too early to say who was behind the blast", "said he was
// unaware of the reports"). What was said is the event; here nothing
// was. A speech with a topic ("spoke about the drought") or a clause
// with an act in it stays.
//
//go:noinline
func emptyRemark(toks []text.Token, head int) bool {
	if head < 0 || head >= len(toks) {
		return false
	}
	switch toks[head].Lemma {
	case "speak", "talk", "brief":
		return venueOnly(toks, head+1)
	case "say", "tell":
		return unknownSaid(toks, head+1)
	}
	return false
}

// predictedReaction: a disapproval the writer foresees ("The move is
// likely to anger Beijing", "the plan is expected to draw criticism from
// Moscow", "is certain to infuriate the Chinese government"): nobody has
// disapproved of anything yet, and a forecast is no event.
//
//go:noinline
func predictedReaction(toks []text.Token, head int) bool {
	if head >= 4 && head < len(toks) && toks[head-1].Lower == "be" {
		head-- // "is likely to be condemned by Iran"
	}
	if head < 3 || head >= len(toks) || toks[head-1].Lower != "to" {
		return false
	}
	switch toks[head-2].Lower {
	case "likely", "unlikely", "expected", "certain", "bound", "sure", "poised":
		return toks[head-3].Lemma == "be"
	}
	return false
}

// venueOnly: the words from k to the sentence's end name only where,
// when and to whom a speech was made: no topic, no clause, no quote.
func venueOnly(toks []text.Token, k int) bool {
	for ; k < len(toks); k++ {
		t := &toks[k]
		switch t.Lower {
		case "about", "of", "over", "regarding", "concerning", "that", ",", ":", ";", "\"", "``", "''", "saying", "as", "and", "but", "after":
			return false
		case "on":
			// "on Tuesday" is when; "on the crisis" is what about.
			if k+1 >= len(toks) || !weekdayOrDate(toks[k+1].Lower) {
				return false
			}
		}
		if t.IsVerb() {
			return false
		}
	}
	return true
}

func weekdayOrDate(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.":
		return true
	}
	return false
}

// unknownSaid: the clause said from k on is only what is or is not
// known ("the cause was not yet known", "it was unclear who fired
// first", "it was too early to say", "he was aware of the reports",
// "they knew little about it"), before any other verb of its own.
func unknownSaid(toks []text.Token, k int) bool {
	if k < len(toks) && toks[k].Lower == "that" {
		k++
	}
	verbs := 0
	for j := k; j < len(toks) && j < k+12; j++ {
		t := &toks[j]
		switch t.Lower {
		case "unclear", "unknown", "unaware", "uncertain", "aware":
			// "said he was aware of the reports": knowing is no act
			return verbs <= 1
		case "known", "clear", "sure", "certain":
			return verbs <= 1 && negatedBefore(toks, j, k)
		case "little", "nothing":
			// "said they knew little about the whereabouts"
			return verbs == 1 && j > 0 && toks[j-1].Lemma == "know"
		case "early":
			return verbs <= 1 && j > 0 && toks[j-1].Lower == "too"
		case ",", ";", ":", "because", "since", "after", "while", "and", "but":
			return false
		}
		if t.IsVerb() || t.Tag == "MD" {
			if verbs++; verbs > 1 {
				return false
			}
		}
	}
	return false
}

// negatedBefore: a "not" or "n't" between from and k.
func negatedBefore(toks []text.Token, k, from int) bool {
	for j := k - 1; j >= from; j-- {
		if w := toks[j].Lower; w == "not" || w == "n't" || w == "never" {
			return true
		}
	}
	return false
}

// heldPerson: a person of no stated nationality whom a state arrests,
// sentences or executes ("Iran hanged a man convicted of spying for
// Israel", "Police in Lagos arrested a man") is one of the people where
// it happens, or else of the state that holds them: the other state the
// sentence names (Israel) says nothing of whose the man is.
//
//go:noinline
func heldPerson(ev *event.Event) {
	if len(ev.Source) == 0 || ev.Source[0].Country == "" {
		return
	}
	c := ev.Source[0].Country
	if l := ev.Location; l != nil && l.Country != "" && !allegedDeedPlace(ev, l) {
		c = l.Country
	}
	for i := range ev.Target {
		a := &ev.Target[i]
		if a.Country != "" || len(a.Code) <= 3 || a.Code[:3] != "---" || a.Sector != "CVL" {
			continue
		}
		if w := strings.ToLower(a.Text); strings.HasPrefix(w, "foreign") || strings.HasPrefix(w, "expat") || strings.HasPrefix(w, "tourist") {
			continue
		}
		a.Country, a.Code = c, c+a.Code[3:]
	}
}

// complaintAgainst: a complaint lodged "with" or "to" a body "against" a
// party ("lodged a complaint with the UN Security Council against
// Egypt") is aimed at the party; the body is where it was lodged.
//
//go:noinline
func complaintAgainst(ev *event.Event, sa *SentenceAnalysis) {
	toks := sa.Sentence.Tokens
	k := tokenAt(toks, ev.Target[0].Start)
	for k > 0 && (toks[k-1].Tag == "DT" || toks[k-1].Tag == "JJ") {
		k--
	}
	if k < 1 || toks[k-1].Lower != "with" && toks[k-1].Lower != "to" {
		return
	}
	for j := tokenAt(toks, ev.Target[len(ev.Target)-1].End); j+1 < len(toks) && j < k+14; j++ {
		if w := toks[j].Lower; w == "," || w == ";" || w == "that" || w == "which" {
			return
		}
		if toks[j].Lower != "against" {
			continue
		}
		for _, g := range sa.Groups {
			if g.Start == j+1 || g.Start == j+2 && toks[j+1].Tag == "DT" {
				t := make([]event.Actor, 0, len(g.Phrases))
				for _, ph := range g.Phrases {
					t = append(t, toActor(sa.Sentence, ph, ""))
				}
				ev.Target = t
				return
			}
		}
		return
	}
}

// reasonTarget: a show of force, a cut in relations or a closed border
// aimed at no one named, whose reason the sentence gives as another
// state's threat or act ("put its army on combat readiness, citing
// threats from neighbouring Ukraine", "placed its air force on high alert
// after Indian warplanes struck a camp"), is aimed at that state: the
// first actor of another known state after "citing" or after an "after"
// or "following" that opens a clause of its own.
//
//go:noinline
func reasonTarget(ev *event.Event, sa *SentenceAnalysis, h int) {
	home := ev.CAMEORoot == "15" && homeDeployment(ev) // posturehome_t27.go
	if len(ev.Source) == 0 || len(ev.Target) > 0 && !((ev.CAMEORoot == "16" || home) && sameCountries(ev.Target, ev.Source)) && !(ev.CAMEORoot == "15" && stateless(ev.Target)) {
		// "recalled its ambassador after China downgraded ties": one's
		// own envoy recalled is no target either, nor one's own land
		// that troops were rushed to (T27).
		return
	}
	toks := sa.Sentence.Tokens
	from := -1
	for k := h + 1; k < len(toks) && k < h+12; k++ {
		w := toks[k].Lower
		// A deployment's aim is where it goes ("sent more troops to the
		// Gulf after Iraq moved forces toward Kuwait"), so only its cited
		// reason names a target; one that stays at home ("rushed troops
		// to Ladakh after a clash with Chinese soldiers", "declared a
		// general mobilisation after Azerbaijan attacked") answers its
		// reason as an alert does, told by a clause or by a noun alone
		// ("after a clash with Chinese soldiers") (T27).
		if w == "citing" && toks[k-1].Text == "," || (w == "after" || w == "following") && (!strings.HasPrefix(ev.CAMEO, "154") || home) && (home || subordinator(toks, k, false)) {
			from = k + 1
			break
		}
		if inResponseTo(toks, k) {
			// "deployed militia in response to the US naval build-up":
			// the reason named as what is answered, as after "citing"
			from = k + 3
			break
		}
		if w == ";" || w == "while" || w == "but" || w == "which" {
			return
		}
	}
	end := len(toks)
	if from < 0 {
		if from, end = frontedReason(toks, h); from < 0 {
			return
		}
	}
	for _, g := range sa.Groups {
		if g.Start < from {
			continue
		}
		if g.Start > from+8 || g.Start >= end {
			return
		}
		if objectOfReason(toks, from, g.Start) {
			// "put its troops on alert after an earthquake hit Taiwan":
			// a state that the reason's own verb acts on is no agent.
			return
		}
		for _, ph := range g.Phrases {
			if ph.Country == "" || ph.Inferred {
				continue
			}
			if hasActorCountry(ev.Source, ph.Country) {
				continue // "citing attacks on Serbs by Kosovo police"
			}
			ev.Target = []event.Actor{toActor(sa.Sentence, ph, "")}
			return
		}
	}
}

// struckBy: the phrase is the object of a verb of violence whose subject,
// earlier in the sentence, is of the state c ("Russian missiles hit a
// hospital", "Israeli troops raided a school"): when the sentence names
// another state, the victim is no more the attacker's than the blow, and
// is that state's if it is the only other one ("Officials in Kyiv said
// Russian missiles hit a hospital"), else of no known state.
//
//go:noinline
func struckBy(sa *SentenceAnalysis, ph *actor.Phrase, c string) (struck bool, other string) {
	toks := sa.Sentence.Tokens
	k := ph.Start - 1
	for k > 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD" || toks[k].Tag == "PRP$") {
		k--
	}
	if k < 1 || !toks[k].IsVerb() {
		return false, ""
	}
	switch toks[k].Lemma {
	case "hit", "strike", "shell", "bomb", "attack", "target", "raid", "storm", "destroy", "damage", "kill", "wound", "injure", "shoot", "ambush":
	default:
		return false, ""
	}
	agent, others := false, 0
	for gi := range sa.Groups {
		for _, q := range sa.Groups[gi].Phrases {
			switch {
			case q.Country == c && !q.Inferred && q.End <= k:
				agent = true
			case q.Country != "" && q.Country != c && q.Country != other && !landmarkState(toks, q.Start) && !namedOutlet(toks, &q):
				// (an outlet that carries the news is no side of it, R12)
				other = q.Country
				others++
			}
		}
	}
	// Only where the sentence names another state the victim may be of
	// ("Officials in Kyiv said ..."): "Kenyan troops killed three
	// civilians" are Kenyan civilians.
	if !agent || others == 0 {
		return false, ""
	}
	if others > 1 {
		return true, ""
	}
	return true, other
}

// frontedReason: a reason clause opening the sentence before the event's
// head at h ("After Pakistan shelled Afghan border posts, Afghanistan
// closed the crossing"): "after" or "following" with a finite verb of its
// own, up to the comma that closes it. It returns the clause's first
// word and the comma, or -1.
func frontedReason(toks []text.Token, h int) (from, end int) {
	if len(toks) < 5 || toks[0].Lower != "after" && toks[0].Lower != "following" {
		return -1, 0
	}
	finite := false
	for k := 1; k < h && k < 16; k++ {
		switch {
		case toks[k].Lower == ",":
			if !finite {
				return -1, 0
			}
			return 1, k
		case toks[k].Tag == "VBD" || toks[k].Tag == "VBZ" || toks[k].Tag == "VBP":
			finite = true
		}
	}
	return -1, 0
}

// objectOfReason: a finite verb stands between the start of a reason
// clause (from) and the group at g, which is not its "by" agent, so the
// group is what the reason's own subject acted on ("after an earthquake
// hit Taiwan"), not the party the reason blames ("after China downgraded
// ties", "citing threats from neighbouring Ukraine").
func objectOfReason(toks []text.Token, from, g int) bool {
	for k := from; k < g; k++ {
		switch toks[k].Tag {
		case "VBD", "VBZ", "VBP":
			return !(g > 0 && (toks[g-1].Lower == "by" || g > 1 && toks[g-1].Tag == "DT" && toks[g-2].Lower == "by"))
		}
	}
	return false
}

// frontedAddressee: a statement, appeal or judgement with no target,
// made in a message to someone named in a fronted phrase ("In a message
// to Chinese President Xi Jinping, Putin praised the strong ties", "In a
// letter to the Indian prime minister, Sharif called for talks"), is
// aimed at the addressee. Only the event after the phrase's comma takes
// it; the press and the speaker's own state's bodies are an audience,
// no party.
//
//go:noinline
func frontedAddressee(ev *event.Event, sa *SentenceAnalysis) {
	switch ev.CAMEORoot {
	case "01", "02", "03", "05", "10", "11", "12", "13":
	default:
		return
	}
	toks := sa.Sentence.Tokens
	k := 1
	for k < len(toks) && k < 5 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "PRP$") {
		k++
	}
	if k+1 >= len(toks) {
		return
	}
	switch toks[k].Lower {
	case "letter", "message", "cable", "telegram", "note", "call", "speech", "address", "statement", "phone", "telephone":
	default:
		return
	}
	if toks[k].Lower == "phone" || toks[k].Lower == "telephone" {
		k++ // "In a phone call to"
	}
	if k+2 >= len(toks) || toks[k+1].Lower != "to" {
		return
	}
	for _, g := range sa.Groups {
		if g.Start < k+2 {
			continue
		}
		// The addressee is the first actor after "to", before the comma
		// that ends the phrase, and the event comes after that comma.
		comma := -1
		for j := g.End; j < len(toks) && j < g.End+4; j++ {
			if toks[j].Text == "," {
				comma = j
				break
			}
		}
		if g.Start > k+4 || comma < 0 || ev.Evidence.Verb.Start < toks[comma].End {
			return
		}
		for _, ph := range g.Phrases {
			a := toActor(sa.Sentence, ph, "")
			if a.Sector == "MED" {
				return // "In a statement to reporters": the press is no party
			}
			for _, src := range ev.Source {
				if src.Code == a.Code || a.Country != "" && src.Country == a.Country {
					return // "In a speech to parliament": one's own audience
				}
			}
			ev.Target = append(ev.Target, a)
		}
		return
	}
}

// idleEvent gathers the tests of events that hold no act for the loop
// that drops events: a return home (homecoming), a remark that says
// nothing (emptyRemark) and a foreseen disapproval (predictedReaction).
// The caller has let through only codes 0xx and x1x, by their bytes.
//
//go:noinline
func idleEvent(ev *event.Event, toks []text.Token, head int) bool {
	switch ev.CAMEORoot {
	case "04":
		return homecoming(ev)
	case "01":
		return ev.CAMEO == "010" && len(ev.Target) == 0 && emptyRemark(toks, head)
	case "11":
		return predictedReaction(toks, head)
	}
	return false
}

// reportedNotAccused: a 112 the verb stage reads into a report of another
// party's violence ("Militants attacked a checkpoint, killing two soldiers,
// the army said") when the report trails the act: a neutral attribution
// tells where the news came from and accuses no one; "accused" does. A
// leading "X said Y shelled Z", where the speaker puts the act to Y, keeps
// its 112.
//
//go:noinline
func reportedNotAccused(out []event.Event, i int, toks []text.Token, h int) bool {
	ev := &out[i]
	if h < 0 || h >= len(toks) || len(ev.Source) == 0 || ev.Source[0].Start < 0 {
		return false
	}
	switch toks[h].Lemma {
	case "say", "tell", "report", "add", "state", "announce", "confirm":
	default:
		return false
	}
	if !trailingReport(toks, h) {
		return false
	}
	for j := range out {
		o := &out[j]
		if j != i && o.SentenceIndex == ev.SentenceIndex && violentRoot(o.CAMEORoot) && o.Evidence.Verb.End <= ev.Source[0].Start {
			return true
		}
	}
	return false
}

// relativeSaying: a statement told inside a relative clause whose pronoun
// is what was said ("the coronavirus, which Chinese officials say may have
// come from abroad", "the strike, which Washington said was a response",
// "rebels, whom UN experts say are backed by Rwanda") attributes a claim
// in passing, as background: no statement of its own.
//
//go:noinline
func relativeSaying(ev *event.Event, toks []text.Token, h int) bool {
	if h <= 1 || h >= len(toks) || toks[h].Lemma != "say" || len(ev.Source) == 0 || ev.Source[0].Start < 0 {
		return false
	}
	k := tokenAt(toks, ev.Source[0].Start)
	if k < 1 || k >= h {
		return false
	}
	// Back over the speaker's determiners and owner ("whom the junta's
	// leaders said").
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		switch toks[j].Lower {
		case "which", "whom":
			return true
		case "who":
			return toks[j-1].Lower == ","
		}
		if t := &toks[j]; t.IsVerb() || t.Lower == "," || t.Tag != "DT" && t.Tag != "POS" && t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "NNP" && t.Tag != "PRP$" {
			return false
		}
	}
	return false
}

// outletReport: a news outlet's trailing "said" or "reported" (", KCNA
// said", ", state media reported") only tells where the report came from:
// the outlet states nothing of its own, so a report whose content has no
// code is no statement of the outlet's ("Kim Jong Un visited a munitions
// factory, state media said"). An outlet that speaks for itself does so
// before its content ("Al Jazeera said it would sue").
func outletReport(ev *event.Event, toks []text.Token, h int) bool {
	if h < 1 || h >= len(toks) || len(ev.Source) == 0 || len(ev.Target) > 0 || (toks[h].Lemma != "say" && toks[h].Lemma != "report") {
		return false
	}
	for _, s := range ev.Source {
		if s.Sector != "MED" {
			return false
		}
	}
	return trailingReport(toks, h)
}

// trailingReport: the verb of saying at h and its speaker trail the
// report as an attribution: the speaker's noun phrase, or the verb
// itself, right after a comma or a closing quote (", the defence ministry
// in Yerevan said", ", said the ministry"), with no clause of content
// after the verb before the next comma. A speaker after "and" or "after"
// who says what another did ("..., and Kyiv said Moscow was committing
// war crimes") accuses.
func trailingReport(toks []text.Token, h int) bool {
	if h < 1 || h >= len(toks) {
		return false
	}
	if attributionComma(toks, h) < 0 {
		return false
	}
	for j := h + 1; j < len(toks); j++ {
		switch toks[j].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
		if w := toks[j].Lower; w == "," || w == ";" || w == ":" {
			break
		}
	}
	return true
}

// speakerWord may stand in a trailing speaker's noun phrase ("the
// interim prime minister", "the defence ministry in Yerevan").
func speakerWord(t *text.Token) bool {
	switch t.Tag {
	case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$", "HYPH":
		return true
	}
	switch t.Lower {
	case "in", "of", "for", "at", "from", "and":
		return true
	}
	return false
}

// attributionMark: the comma, or the closing quote of a quoted report,
// that an attribution follows.
func attributionMark(w string) bool {
	return w == "," || w == "''" || w == "\"" || w == "”"
}

// saidWhen: a verbal act coded in place of its statement happened when it
// was said: with no date of its own ("told a rally on Saturday that his
// government would not hand over power") it takes the statement's.
func saidWhen(ev, st *event.Event) {
	if ev.DatePrecision == string(when.PrecisionUnknown) && st.DatePrecision != string(when.PrecisionUnknown) {
		ev.Date, ev.DateEnd, ev.DatePrecision = st.Date, st.DateEnd, st.DatePrecision
		ev.Modality.Historical = st.Modality.Historical
	}
}

// codedStatement: a plain statement (010) that CAMEO would not code,
// because the sentence codes what was said as the speaker's own act (one
// event per verb phrase; 010 is the fallback for a statement whose
// content has no code). Two shapes:
//   - a participle of saying after the speaker's own act ("Hamas rebuffed
//     the proposal, saying ...", "Iran rejected the charges, adding that
//     ..."): the participle explains the act it follows;
//   - a said-clause whose content is coded with the speaker's own state as
//     its agent ("Lavrov said Moscow stood ready to help broker a
//     settlement" is 039, "The EU said it would impose sanctions" 1312);
//     after "announce" the content's act may be of any root ("Macron
//     announced that France would recall its ambassador" is 161,
//     announcedOwnAct).
//
// A statement about another party's act ("North Korea said the US was
// pushing ...", "Pakistan said India shelled its posts") stays: there the
// statement is the speaker's only act. It returns the event that stands
// for the statement, or -1.
//
//go:noinline
func codedStatement(out []event.Event, heads []int, i int, toks []text.Token, inOrder bool) int {
	ev := &out[i]
	h := heads[i]
	if len(ev.Source) == 0 || h <= 0 || h >= len(toks) {
		return -1
	}
	participle := toks[h].Tag == "VBG" && toks[h-1].Lower == "," && contentSaying(toks[h].Lemma)
	second := secondSaying(toks, h)
	// Only the sentence's own events can match: its block keeps a story
	// of 60,000 sentences from taking minutes (E31).
	lo, hi := sentenceBlock(out, i, inOrder)
	for j := lo; j < hi; j++ {
		o := &out[j]
		if j == i || heads[j] < 0 || o.SentenceIndex != ev.SentenceIndex || o.CAMEO == "010" || len(o.Source) == 0 || !sameSpeaker(o.Source[0], ev.Source[0]) {
			continue
		}
		if (participle || second) && heads[j] < h {
			return j
		}
		// The content must name its own agent after the verb of saying
		// ("it", "Moscow"): an agent filled in from the speaker may be no
		// agent at all ("The ministry said the dam threatened its water
		// supply" is no threat by the ministry).
		if !participle && heads[j] > h && o.Modality.ReportedBy == ev.Source[0].Code && !o.Modality.Negated && (verbalRoot(o.CAMEORoot) || announcedOwnAct(toks, h) || organReport(ev, o)) && (o.Source[0].Start >= ev.Evidence.Verb.End || pronounSubject(toks, h+1)) {
			return j
		}
	}
	return -1
}

// verbalRoot: the CAMEO roots of verbal acts (comments, appeals, intents,
// consultation, endorsement, demands, disapproval, rejection, threats):
// said of oneself, they are the statement. A material act the speaker
// reports of itself ("Police said they arrested five men", "The army said
// it killed 20 militants") keeps its statement too: the report is an act
// of its own, and the raters of conflict news code it so.
func verbalRoot(r string) bool {
	if len(r) != 2 {
		return false
	}
	return r[0] == '0' && r[1] >= '1' && r[1] <= '5' || r[0] == '1' && r[1] <= '3'
}

// pronounSubject: the clause from k opens with a pronoun subject ("said
// it would", "said on Monday that they had"), a reference to the speaker
// the actor stage resolves to the speaker's own phrase.
func pronounSubject(toks []text.Token, k int) bool {
	for n := 0; k < len(toks) && n < 4; n++ {
		switch w := toks[k].Lower; w {
		case "it", "they", "he", "she", "we", "i":
			return true
		case "that", "on", "late", "early", "last", "this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday":
			k++
		default:
			return false
		}
	}
	return false
}

// contentSaying: a verb of saying whose participle gives what was said,
// not where or to whom ("speaking to reporters", "briefing the press").
func contentSaying(lemma string) bool {
	switch lemma {
	case "say", "add", "insist", "argue", "explain", "note", "stress", "claim", "state", "assert", "maintain", "contend", "declare", "reiterate":
		return true
	}
	return false
}

// sameSpeaker: two sides are one party for a statement: the same code, or
// the same state and its organs ("Lavrov" RUSGOV and "Moscow" RUS). A
// state's opposition, rebels or protesters are another party: "The
// Kenyan government said opposition leaders had rejected its offer"
// reports their act, and the statement is the government's own.
func sameSpeaker(a, b event.Actor) bool {
	return a.Code == b.Code && a.Code != "" && a.Code != "---" || a.Country != "" && a.Country == b.Country && speaksForState(a.Sector) && speaksForState(b.Sector)
}

// speaksForState: the sectors that speak and act for the state itself.
func speaksForState(sec string) bool {
	switch sec {
	case "", "GOV", "MIL", "COP", "ELI", "JUD", "LEG", "SPY":
		return true
	}
	return false
}

// homecoming: a visit with no host whose place is the visitor's own
// state ("The South Korean president arrived back in Seoul after a trip
// to Washington") is a return home, no visit (placeAsTarget leaves such
// a host out).
//
//go:noinline
func homecoming(ev *event.Event) bool {
	l := ev.Location
	if len(ev.Target) == 1 && len(ev.Source) > 0 && strings.HasPrefix(ev.CAMEO, "042") {
		// "The Kenyan delegation arrived in Kenya after talks in
		// Ethiopia": the visitor's own state, named as the host, is
		// still home.
		t := &ev.Target[0]
		return t.Country != "" && t.Code == t.Country && ev.Source[0].Country == t.Country
	}
	return len(ev.Target) == 0 && len(ev.Source) > 0 && strings.HasPrefix(ev.CAMEO, "042") && l != nil && l.Country != "" && l.Start >= ev.Evidence.Verb.End && ev.Source[0].Country == l.Country
}

// visitVenue: a trip to a body's seat for a gathering of the body
// ("arrived in Brussels for a NATO summit", "flew to Geneva to attend a
// UN conference on refugees") visits the body, not the state whose city
// is its venue (seatOf): the body named in the purpose is the target.
// Elsewhere, with no body named ("for a summit of Turkic states") or a
// purpose with no gathering noun ("for talks with Belgian leaders", "for
// a state visit"), it reports false and the host is the target.
//
//go:noinline
func visitVenue(ev *event.Event, sa *SentenceAnalysis) bool {
	l := ev.Location
	if l == nil || l.Country == "" || l.Start < ev.Evidence.Verb.Start || l.End > len(ev.Sentence) {
		return false
	}
	rest := ev.Sentence[l.End:]
	if i := strings.IndexAny(rest, ".;"); i >= 0 {
		rest = rest[:i] // the purpose lies in the visit's own sentence part
	}
	hi := l.End + len(rest)
	rest = strings.ToLower(rest) // "for the UN General Assembly"
	from := 0
	if !strings.HasPrefix(rest, " for ") && !strings.HasPrefix(rest, " to attend ") && !strings.HasPrefix(rest, " to take part in ") {
		// "arrived in Brussels on Monday for a NATO summit": a day
		// between the place and the purpose is allowed.
		from = strings.Index(rest, " for ")
		if from < 0 || from > 24 || !strings.HasPrefix(rest, " on ") && !strings.HasPrefix(rest, " late ") && !strings.HasPrefix(rest, " early ") {
			return false
		}
	}
	end := -1
	for _, w := range [...]string{" summit", " conference", " assembly", " forum", " congress", " gathering", " ministerial"} {
		if k := strings.Index(rest[from:], w); k >= 0 && (end < 0 || k < end) {
			end = k
		}
	}
	if end < 0 || strings.Contains(rest[from:from+end], " with ") {
		return false // "for talks with Belgian leaders at the summit": a host met
	}
	lo := l.End + from // (a byte offset only compared, never sliced with)
	for _, g := range sa.Groups {
		for _, ph := range g.Phrases {
			if a := toActor(sa.Sentence, ph, ""); a.Start >= lo && a.End <= hi && a.Country == "" && seatOf(l.Name, a.Code) {
				ev.Target = []event.Actor{a}
				return true
			}
		}
	}
	return false
}

// unknownGuests: a visit whose only target is people of no known state
// ("arrived in Baku for a summit of Turkic leaders") still names its
// host by place.
func unknownGuests(ev *event.Event) bool {
	if !strings.HasPrefix(ev.CAMEO, "042") {
		return false
	}
	for _, a := range ev.Target {
		if a.Country != "" || !strings.HasPrefix(a.Code, "---") {
			return false
		}
	}
	return true
}

// embassyIn reports text between a diplomatic opening's verb and its
// place that ends in the premises opened and "in": "opened an embassy in
// " or "reopened its consulate in ". Another clause or list between them
// ("opened its embassy, and talks in") makes the place no seat of it.
func embassyIn(between string) bool {
	if strings.ContainsAny(between, ",;") {
		return false
	}
	for _, w := range [...]string{" embassy in ", " embassies in ", " consulate in ", " consulates in ", " consulate general in ", " consulate-general in "} {
		if strings.HasSuffix(" "+between, w) {
			return true
		}
	}
	return false
}

// appealVenue reports text between an appeal's verb and its place that
// makes the place a venue, not the party asked: where the appeal was
// made ("urged restraint at a news conference in Nairobi", "during a
// visit to Kenya") or where the talks it asks for would meet ("called for
// new peace talks in Geneva"). Only appeals with no target reach it.
func appealVenue(between string) bool {
	for _, w := range [...]string{" at ", " during ", " while ", "talks in ", "summit in ", "conference in ", "meeting in ", "negotiations in ", "held in "} {
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}

// objectBytes is the byte span of the place that locates what a match
// judges, claims or threatens ("condemned the coup in Myanmar"), or zero.
func objectBytes(s text.Sentence, m *verb.Match) [2]int {
	a, b, ok := m.ObjectPlace()
	if !ok || a < 0 || b > len(s.Tokens) || a >= b {
		return [2]int{}
	}
	return [2]int{s.Tokens[a].Start, s.Tokens[b-1].End}
}

// objectPlaceTarget: a condemnation, endorsement, rejection, threat or
// claim of responsibility with no target, whose object is an event or
// measure located "in" a place, is aimed at the place's state, as CAMEO
// codes "condemned the coup in Myanmar" (→ MMR) and "threatened to impose
// a curfew in Algiers" (→ DZA). The place must be the event's location
// and lie inside the object's own phrase (objects[i]): where the speaker
// spoke, met or filed from is never in it.
func objectPlaceTarget(ev *event.Event, obj [2]int) {
	l := ev.Location
	if len(ev.Target) > 0 || l == nil || l.Country == "" || obj[1] == 0 || l.Start < obj[0] || l.End > obj[1] || waterBody(ev) {
		return
	}
	ev.Target = []event.Actor{{Text: safeSlice(ev.Sentence, l.Start, l.End), Code: actor.CameoCountry(l.Country), Country: actor.CameoCountry(l.Country), Start: l.Start, End: l.End}}
}

// objectMention is objectPlaceTarget for an event located elsewhere
// ("The Security Council, meeting in New York, condemned the coup in
// Niger", "In Paris, Macron condemned the killings in Darfur"): the geo
// stage resolves the object's place on its own, and its state is the
// target; the event keeps its location. This is rare, so resolving the
// sentence's mentions again costs little.
func (p *Pipeline) objectMention(ev *event.Event, obj [2]int, s *text.Sentence) {
	gp, ok := p.Places.(GeoPlacer)
	if !ok || gp.G == nil {
		return
	}
	for _, m := range mentionsOf(gp.G, s, nil, nil) {
		if m.Best == nil || m.Best.Country == "" || m.Best.Precision == "region" || m.Start < obj[0] || m.End > obj[1] || waterName(m.Text) {
			continue
		}
		ev.Target = []event.Actor{{Text: safeSlice(ev.Sentence, m.Start, m.End), Code: actor.CameoCountry(m.Best.Country), Country: actor.CameoCountry(m.Best.Country), Start: m.Start, End: m.End}}
		return
	}
}

// domesticTarget codes a state's action on its own society as X→X when the
// text names no target: "South Africa declared a nationwide state of
// emergency", "Polish workers went on strike", "Suharto resigned".
// Concessions, protest, coercion, leadership and policy demands and
// appeals for reform (024) are domestic by default in CAMEO practice, and
// so are threats of repression (137, 132x) and vetoes (129). It
// runs after places, so "lifted the curfew in Colombo" has already taken
// its target from the place.
func (p *Pipeline) domesticTarget(ev *event.Event) {
	if len(ev.Target) > 0 || len(ev.Source) == 0 || ev.Source[0].Country == "" || waterBody(ev) {
		// At sea ("seized a tanker in the Gulf of Oman") no act is a
		// state's on its own society.
		return
	}
	c := ev.CAMEO
	switch {
	case ev.CAMEORoot == "08", ev.CAMEORoot == "14", ev.CAMEORoot == "17",
		strings.HasPrefix(c, "034"), strings.HasPrefix(c, "024"), strings.HasPrefix(c, "104"), strings.HasPrefix(c, "123"),
		// A threat of repression (137: "police warned they would arrest
		// anyone who joined the march") or of curbs on political life
		// (132x: a ban on parties, a curfew, martial law), and a veto
		// of a bill (129) with no other party named, are a state's on its
		// own society too.
		strings.HasPrefix(c, "137"), strings.HasPrefix(c, "132"), c == "129":
	case c == "116" && ev.Source[0].Sector == "JUD":
		// A court that convicts or sentences someone the dictionaries
		// do not know ("A Belgian court sentenced Salah Abdeslam to life
		// in prison") tries its own state's case, as the 173 of the same
		// sentence (root 17, above) already says (C18).
	case (ev.CAMEORoot == "10" || ev.CAMEORoot == "11" || ev.CAMEORoot == "12") && societySector(ev.Source[0].Sector) && !accordObject(ev):
		// "Tamil parties demanded the repeal of the Prevention of
		// Terrorism Act", "the unions rejected the pension reform": a
		// party, union, or the people of a state demanding, criticising
		// or rejecting with no one named address their own state.
	default:
		return
	}
	country := ev.Source[0].Country
	for _, a := range ev.Source[1:] {
		if a.Country != country {
			return // "India and China pulled back troops": no one state's own affair
		}
	}
	if ev.Source[0].Sector == "SET" && ev.Location != nil && ev.Location.Country != "" && actor.CameoCountry(ev.Location.Country) != country {
		// "Settlers attacked a Palestinian village near Nablus, setting
		// fire to cars": settlers act on the occupied land they live in
		// (settlerState), never on their own state's society.
		country = actor.CameoCountry(ev.Location.Country)
	} else if ev.Source[0].Sector == "SET" && ev.Location == nil {
		// "Israeli settlers set fire to homes in Beita": with no place
		// found, their riots and the property they destroy are still in
		// the land their state settles (F16).
		country = settledLand(country, ev.CAMEO)
	}
	ev.Target = p.stateSide(country)
}

// stateSide is a side that names a state itself, by its ontology name,
// with no span in the text: the state an act falls on when the text names
// no one (domesticTarget, protestCause, killedSuspects).
func (p *Pipeline) stateSide(country string) []event.Actor {
	name := country
	if k, ok := p.Onto.Country(country); ok {
		name = k.Name
	}
	return []event.Actor{{Text: name, Code: country, Country: country, Start: -1, End: -1}}
}

// recodeEvent gives ev another CAMEO code, with the quad class, Goldstein
// score and PLOVER type and mode the ontology holds for it; false, and ev
// unchanged, when the ontology lacks the code.
func (p *Pipeline) recodeEvent(ev *event.Event, code string) bool {
	ec, ok := p.Onto.Event(code)
	if !ok {
		return false
	}
	ctx := ec.PLOVER.Context
	if ctx == nil {
		ctx = []string{}
	}
	ev.CAMEO, ev.CAMEORoot, ev.QuadClass, ev.Goldstein = ec.Code, ec.Root, ec.QuadClass, ec.Goldstein
	ev.PLOVER = event.PLOVER{Type: ec.PLOVER.Type, Mode: ec.PLOVER.Mode, Context: ctx}
	return true
}

// waterBody: a sea, gulf or strait belongs to no one state, even when a
// coastal province shares its name ("ships in the Red Sea").
func waterBody(ev *event.Event) bool {
	if ev.Evidence.Place == nil {
		return false
	}
	return waterName(ev.Evidence.Place.Text) || offShore(ev.Sentence, ev.Evidence.Place.Start)
}

// offShore: the place at byte i follows "off" or a shore noun and "of"
// ("off Somalia", "off the coast of Benin", "in the waters of Yemen"):
// the act was at sea by that land, so neither its ships nor those who
// board them are the land's.
func offShore(s string, i int) bool {
	if i < 4 || i > len(s) || s[i-1] != ' ' {
		return false
	}
	// Word by word backwards over bytes: this runs for every placed
	// event, so no trimming or lower-casing copies.
	w, b := wordBefore(s, i)
	for n := 0; n < 2 && (w == "the" || compassWord(w)); n++ {
		w, b = wordBefore(s, b)
	}
	if w == "off" || w == "Off" {
		return true
	}
	if w != "of" {
		return false
	}
	w, _ = wordBefore(s, b)
	return w == "coast" || w == "coastline" || w == "shores" || w == "waters"
}

// wordBefore is the word that ends before the spaces ending at byte end
// of s, and the byte where it starts.
func wordBefore(s string, end int) (string, int) {
	e := end
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 && s[b-1] != ' ' {
		b--
	}
	return s[b:e], b
}

// compassWord: a compass adjective in lower case ("off northern Somalia").
func compassWord(w string) bool {
	switch w {
	case "northern", "southern", "eastern", "western", "central":
		return true
	}
	return false
}

// waterName: the place's name ends in sea, ocean, gulf, strait, channel,
// bay or waters.
func waterName(name string) bool {
	if ascii, water := waterNameASCII(name); ascii {
		return water
	}
	return waterNameRunes(name)
}

// waterNameRunes is waterName for any name, rune by rune.
func waterNameRunes(name string) bool {
	// The last word, compared without building a lower-cased copy: this
	// runs for every placed event.
	w := strings.TrimRightFunc(name, unicode.IsSpace)
	w = w[strings.LastIndexFunc(w, unicode.IsSpace)+1:]
	first, rest, _ := strings.Cut(strings.TrimPrefix(name, "the "), " ")
	of := strings.HasPrefix(rest, "of ") // "Gulf of Oman", "Sea of Japan"
	for _, water := range [...]string{"sea", "ocean", "gulf", "strait", "straits", "channel", "bay", "waters"} {
		if strings.EqualFold(w, water) || of && strings.EqualFold(first, water) {
			return true
		}
	}
	return false
}

// waterNameASCII is waterName for a name of ASCII bytes only (ascii
// false for any other, which waterName reads rune by rune): the words
// split at ASCII white space, and a word compared case-blind with a
// water noun only when its length is that noun's, which the byte
// lengths of ASCII words tell. It spares most placed events waterName's
// calls of unicode.IsSpace per rune and of EqualFold per noun.
func waterNameASCII(name string) (ascii, water bool) {
	end, start := len(name), -1
	for i := len(name) - 1; i >= 0; i-- {
		c := name[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		if asciiSpace(c) {
			if end == i+1 {
				end = i // still trailing space
			} else if start < 0 {
				start = i + 1
			}
		}
	}
	if start < 0 {
		start = 0
	}
	if start > end {
		start = end
	}
	if waterWordASCII(name[start:end]) {
		return true, true
	}
	first, rest, _ := strings.Cut(strings.TrimPrefix(name, "the "), " ")
	return true, strings.HasPrefix(rest, "of ") && waterWordASCII(first)
}

// asciiSpace is unicode.IsSpace for a byte below utf8.RuneSelf.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// waterWordASCII: w, of ASCII bytes, is one of waterName's nouns in any
// case.
func waterWordASCII(w string) bool {
	switch len(w) {
	case 3:
		return strings.EqualFold(w, "sea") || strings.EqualFold(w, "bay")
	case 4:
		return strings.EqualFold(w, "gulf")
	case 5:
		return strings.EqualFold(w, "ocean")
	case 6:
		return strings.EqualFold(w, "strait") || strings.EqualFold(w, "waters")
	case 7:
		return strings.EqualFold(w, "straits") || strings.EqualFold(w, "channel")
	}
	return false
}

// placeAsSource is the same convention for violence with a victim but no
// named perpetrator ("two US soldiers were killed near Samarra"): the
// state where it happens stands as the source. When the clause names no
// agent at all (a bomb as its subject, one unnamed gunman, a named person
// attacked in the passive), unlendAgentless (noagent_t30.go) takes the
// source back once the sides are filled. Coercion that only a
// state's organs can carry out ("two journalists were arrested in
// Tehran") takes the state too, as the organ that does it (stateAgent);
// coercion anyone can do (destroying property, a cyber attack) does not.
func placeAsSource(ev *event.Event) {
	l := ev.Location
	if len(ev.Source) > 0 || len(ev.Target) == 0 || l == nil || l.Country == "" || l.Start < 0 || waterBody(ev) {
		// A place the sentence does not name (a later sentence placed by
		// the story's dateline, "LONDON (Reuters) - ... Two aid workers
		// were killed when their convoy was ambushed") says where the
		// reporter files, not whose the violence was.
		return
	}
	if t := ev.Target[0]; t.Start == l.Start && t.End == l.End {
		return // the place is already the target: "a bomb exploded in Mumbai" is no IND→IND
	}
	code, sector := actor.CameoCountry(l.Country), ""
	switch ev.CAMEORoot {
	case "18", "19", "20":
		if foreignCivilians(ev.Target, l.Country) || strings.HasPrefix(ev.CAMEO, "186") || premisesOnly(ev.Target, l.Country) || attackedPlace(ev.Sentence, l.Start, l.End) {
			// An assassination singles out one person: the state where
			// it happens stands for no unnamed killer of its own leader
			// ("Benazir Bhutto was assassinated at a rally in
			// Rawalpindi" names no Pakistani act).
			return
		}
	case "17":
		if sector = stateAgent(ev.CAMEO); sector == "" || destination(ev.Sentence, l.Start) {
			return
		}
		code += sector
	default:
		return
	}
	ev.Source = []event.Actor{{Text: safeSlice(ev.Sentence, l.Start, l.End), Code: code, Country: actor.CameoCountry(l.Country), Sector: sector, Start: l.Start, End: l.End}}
}

// crossedFrom: a crossing's every target is named right after "from"
// ("crossed the border from Belarus", "crossed the frontier from Iraqi
// territory"), the force's origin. Only "cross" is read: whom one attacks
// "from" a place is still named as the object.
func crossedFrom(ev *event.Event, toks []text.Token, h int) bool {
	if h >= len(toks) || toks[h].Lemma != "cross" {
		return false
	}
	for _, t := range ev.Target {
		k := -1
		for j := h + 1; j < len(toks); j++ {
			if toks[j].Start == t.Start {
				k = j
				break
			}
		}
		if k < 1 {
			return false
		}
		p := k - 1
		for p > h && (toks[p].Tag == "DT" || toks[p].Tag == "JJ" || toks[p].Lower == "neighbouring" || toks[p].Lower == "neighboring") {
			p-- // "from neighbouring Belarus", "from the Iraqi side"
		}
		if toks[p].Lower != "from" {
			return false
		}
	}
	return true
}

// intoAfter: the state a force crossed "into" after naming where it came
// from ("crossed the border from Belarus into northern Ukraine") is the
// one it entered. Only a state actor right after "into" (and its
// determiners or adjectives) counts.
func intoAfter(ev *event.Event, sa *SentenceAnalysis, h int) {
	toks := sa.Sentence.Tokens
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start <= h+1 || g.Start >= len(toks) || len(g.Phrases) == 0 {
			continue
		}
		p := g.Start - 1
		for p > h && (toks[p].Tag == "DT" || toks[p].Tag == "JJ") {
			p--
		}
		if toks[p].Lower != "into" || g.Phrases[0].Country == "" {
			continue
		}
		ph := g.Phrases[0]
		a := toActor(sa.Sentence, ph, "")
		ev.Target = []event.Actor{a}
		return
	}
}

// borderCrossed: forces that "crossed the border" (or frontier) with no
// destination named cross into the other state the sentence names, the
// nearest actor of a state not the source's own: "Georgian troops
// launched an offensive, and Russian tanks crossed the border hours
// later" (RUS→GEO), "Kurdish fighters in northern Syria braced for an
// assault after Turkish troops crossed the border" (TUR→SYR). A state
// after "from" is where they came from (G13).
func borderCrossed(ev *event.Event, sa *SentenceAnalysis, h int) {
	toks := sa.Sentence.Tokens
	if h+2 >= len(toks) || toks[h].Lemma != "cross" || toks[h+1].Lower != "the" || toks[h+2].Lower != "border" && toks[h+2].Lower != "frontier" {
		return
	}
	src := ev.Source[0].Country
	bg, bp, dist := -1, -1, 0
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start > 0 && toks[g.Start-1].Lower == "from" {
			continue
		}
		if g.Start > h && (toks[g.Start-1].Lower != "with" || g.Start > h+4) {
			// after the verb only "the border with X": a state named
			// later is the story's reporter or a visitor ("Ethiopian
			// troops crossed the border on Tuesday, a US official
			// said"; "during a visit by the Egyptian president"), not
			// the state entered (R13)
			continue
		}
		for pi := range g.Phrases {
			ph := &g.Phrases[pi]
			if ph.Country == "" || ph.Country == src || ph.Inferred {
				continue
			}
			d := h - ph.End
			if ph.Start > h {
				d = ph.Start - h
			}
			if bg < 0 || d < dist {
				bg, bp, dist = gi, pi, d
			}
		}
	}
	if bg < 0 {
		return
	}
	ph := &sa.Groups[bg].Phrases[bp]
	a := toActor(sa.Sentence, *ph, "")
	a.Code, a.Sector = ph.Country, ""
	ev.Target = []event.Actor{a}
}

// premisesOnly: every target is a foreign state's embassy or consulate
// in the place's state ("A bomb exploded near the US embassy in Kabul"):
// the host stands for no unnamed attacker of premises it must guard (G13).
func premisesOnly(ts []event.Actor, host string) bool {
	for _, t := range ts {
		if t.Country == host || !outpostWord(lastWord(t.Text)) {
			return false
		}
	}
	return len(ts) > 0
}

func outpostWord(w string) bool {
	return w == "embassy" || w == "embassies" || w == "consulate" || w == "consulates"
}

// foreignCivilians: every victim is a foreigner of the place's state who
// bears no arms ("Two British volunteers were killed in eastern Ukraine",
// "Three Chinese workers were kidnapped in Pakistan"). The state where
// they were hit stands for no unnamed attacker of them: nothing in English
// or CAMEO makes Ukraine the killer of British volunteers, so the source
// stays unknown. Foreign soldiers and police hit in a state ("two US
// soldiers were killed in Afghanistan") fight the forces of the place,
// which the convention codes by the state they operate in, and own
// citizens hit at home ("an explosion in Samarra killed 12 Iraqis") keep
// the state on both sides, as the PLOVER gold codes agentless domestic
// violence.
func foreignCivilians(targets []event.Actor, place string) bool {
	for i := range targets {
		t := &targets[i]
		if t.Country == "" || t.Country == place {
			return false
		}
		switch t.Sector {
		case "", "MIL", "COP", "REB", "UAF", "INS", "SPY", "SEP", "GOV", "PKO":
			return false // a state itself, or those who bear arms or rule
		}
	}
	return len(targets) > 0
}

// stateAgent is the organ of a state that necessarily carries out a
// coercion code, "" when any group can: police arrest, detain, charge
// (173) and repress (175); governments confiscate (1711), impose
// administrative sanctions, curfews and emergencies (172x) and expel or
// deport (174). Seizing or destroying property (171, 1712), coercion not
// specified (170) and cyber attacks (176) name no such agent.
// destination: the place at byte off follows "to", "into" or "towards",
// so it is where someone was sent, not the state that sent them
// ("deported to Kabul" is no Afghan act).
// expectedIn: the place at off follows "expected in" ("the minister is
// expected in Damascus on Monday"), a visit announced.
func expectedIn(sent string, off int) bool {
	if off <= 0 || off > len(sent) {
		return false
	}
	before := strings.TrimRight(sent[:off], " ")
	const w = "expected in"
	return len(before) >= len(w) && strings.EqualFold(before[len(before)-len(w):], w)
}

func destination(sent string, off int) bool {
	if off <= 0 || off > len(sent) {
		return false
	}
	before := strings.TrimRight(sent[:off], " ")
	w := before[strings.LastIndexByte(before, ' ')+1:]
	if compass.Has(strings.ToLower(w)) {
		// "fired rockets into southern Israel"
		before = strings.TrimRight(before[:len(before)-len(w)], " ")
		w = before[strings.LastIndexByte(before, ' ')+1:]
	}
	return strings.EqualFold(w, "to") || strings.EqualFold(w, "into") || strings.EqualFold(w, "towards")
}

func stateAgent(cameo string) string {
	switch {
	case strings.HasPrefix(cameo, "173"), strings.HasPrefix(cameo, "175"):
		return "COP"
	case strings.HasPrefix(cameo, "172"), strings.HasPrefix(cameo, "174"), cameo == "1711":
		return "GOV"
	}
	return ""
}

func safeSlice(s string, a, b int) string {
	if a < 0 || b > len(s) || a > b {
		return ""
	}
	return s[a:b]
}

// date ties the event to the date expression of its clause: the nearest
// expression to the head that no clause boundary separates from it, else
// the nearest one in the sentence; the verb's tense decides which way
// relative expressions point.
func (p *Pipeline) date(ev *event.Event, sa *SentenceAnalysis, m verb.Match, pub time.Time, hasPub bool, pubDay string) {
	var d when.Date
	if hasPub {
		d = when.Default(pub)
	}
	toks := sa.Sentence.Tokens
	headByte := toks[m.Head].Start
	best, bestDist := -1, 1<<30
	for i, e := range sa.Dates {
		dist := e.Start - headByte
		if dist < 0 {
			dist = headByte - e.End
		}
		crosses, and := crossesClause(sa.Sentence.Text, e, headByte)
		if crosses || asideDate(toks, e, m.Head) || e.Absolute() && offenceDate(toks, tokenAt(toks, e.Start), m.Head) {
			if !entryDate(sa.Sentence.Text, e) || e.End > headByte {
				continue // another clause's date: "announced that the talks will take place on May 3"
			}
			// "Nov. 2023 - Israel and Hamas agree a truce; Hamas frees
			// 105 hostages": a chronology entry's heading dates every
			// clause of the entry that has no date of its own.
			dist += 1 << 21
		}
		if and && e.End <= headByte {
			// "captured the Golan in the 1967 war and annexed it in 1981":
			// a date before a coordinated verb is the first verb's, unless
			// the second has none of its own.
			dist += 1 << 20
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 && hasPub {
		// "a day after Israeli troops killed ...": counted back from the
		// main clause's date (spanafter_m23.go).
		if sd, ok := p.spanAfterDate(sa, m.Head, pub); ok {
			d = sd
		}
	}
	// Without a publication date only a full date ("March 5, 2020") can be
	// resolved; it resolves the same against any reference day.
	if best >= 0 && (hasPub || sa.Dates[best].Absolute()) {
		tense := clauseTense(toks, m.Head)
		if ev.Modality.Future {
			tense = when.TenseFuture
		}
		ref := pub
		if !hasPub {
			ref = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC) // any day will do
		}
		if !sa.Dates[best].Absolute() {
			for _, h := range sa.Dates {
				if h.Absolute() && entryDate(sa.Sentence.Text, h) {
					// "2019 - Turkey launches an offensive; the US imposes
					// sanctions on Oct. 14": a date with no year in a
					// chronology's entry is in the entry's time, and the
					// entry's present tense is a narrative one.
					if hd, ok := p.Dates.Resolve(h, ref, when.TenseUnknown); ok {
						ref, tense = hd.Start.Add(hd.End.Sub(hd.Start)/2), when.TenseUnknown
					}
					break
				}
			}
		}
		if r, ok := p.Dates.Resolve(sa.Dates[best], ref, tense); ok {
			d = r
			e := sa.Dates[best]
			ev.Evidence.Date = &event.Span{Text: e.Text, Start: e.Start, End: e.End}
		}
	}
	if d.Start.IsZero() {
		ev.DatePrecision = string(when.PrecisionUnknown)
		return
	}
	ev.Date = dayString(d.Start, pub, hasPub, pubDay)
	ev.DateEnd = dayString(d.End, pub, hasPub, pubDay)
	ev.DatePrecision = string(d.Precision)
	// Background: an event more than a year before the story.
	// Most events end on or after the story's day: AddDate, which
	// normalises a whole calendar date, only for those before it.
	if hasPub && d.End.Before(pub) && d.End.Before(pub.AddDate(-1, 0, 0)) {
		ev.Modality.Historical = true
	}
}

// entryDate: the date expression e heads the line, before a dash or a
// colon ("March 2011 - Protests erupt in Deraa", "Oct. 7, 2023: Hamas
// fighters storm ..."), as a chronology's entries and factboxes' dated
// items open.
func entryDate(s string, e when.Expr) bool {
	if e.End > len(s) || e.Start > 4 {
		return false
	}
	for _, r := range s[:e.Start] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	rest := strings.TrimLeft(s[e.End:], " ")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "\u2013") || strings.HasPrefix(rest, "\u2014")
}

// clauseTense reads the tense of the clause around a head: its own tag
// when it is a verb, else the nearest finite verb or modal ("the 21st round
// of talks took place", "the meeting will take place").
func clauseTense(toks []text.Token, h int) when.Tense {
	of := func(t text.Token) (when.Tense, bool) {
		switch {
		case t.Lower == "will" || t.Lower == "shall" || t.Lower == "'ll":
			return when.TenseFuture, true
		case t.Tag == "VBD" || t.Lower == "had" || t.Lower == "has" || t.Lower == "have":
			return when.TensePast, true
		case t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			return when.TenseUnknown, true
		}
		return when.TenseUnknown, false
	}
	if t, ok := of(toks[h]); ok {
		// "has met" / "had met": the auxiliary decides, and both are past.
		return t
	}
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		if t, ok := of(toks[k]); ok {
			return t
		}
	}
	for k := h + 1; k < len(toks) && k <= h+8; k++ {
		if toks[k].Lower == ";" || toks[k].Lower == "." {
			break
		}
		if t, ok := of(toks[k]); ok {
			return t
		}
	}
	if toks[h].Tag == "VBN" {
		return when.TensePast
	}
	return when.TenseUnknown
}

// crossesClause reports a clause break between a date expression and the
// head (scanBetween), and whether "and" stands between them.
func crossesClause(s string, e when.Expr, head int) (crosses, and bool) {
	a, b := e.End, head
	if head < e.Start {
		a, b = head, e.Start
	}
	if a < 0 || b > len(s) || a > b {
		return false, false
	}
	after := head < e.Start
	crosses, and = scanBetween(s[a:b], after)
	if !crosses && after && e.Absolute() && strings.Contains(s[a:b], " over ") {
		// Only a date that names its year is the reason's; "jailed over
		// protests on Monday" is the jailing's day.
		crosses = reasonOver(s[a:b])
	}
	return crosses, and
}

// reasonOver reports "over" opening the reason of the head before a dated
// noun phrase ("jailed an activist over protests in 2019", "arrested over
// attacks during the 2019 protests"): the year is the reason's. A stretch
// of time ("over two days in March 2023") is the head's own.
func reasonOver(mid string) bool {
	_, rest, _ := strings.Cut(mid, " over ")
	if rest == "" || rest[0] < 'a' || rest[0] > 'z' || strings.Contains(rest, ",") {
		return false
	}
	for w := range strings.FieldsSeq(rest) {
		switch strings.TrimSuffix(w, "s") {
		case "day", "week", "weekend", "month", "year", "decade", "period", "night", "past", "last", "next", "course", "span":
			return false
		}
	}
	return true
}

// offenceDate: the date at token di stands in the reason a punishment
// gives after "for" ("sentenced 25 soldiers to life for their role in the
// 2016 coup attempt"): the offence's time, not the punishment's, as after
// "over" (reasonOver). Only a date that names its year, as there: "jailed
// for spying on Monday" is the jailing's day. Asked only of verbs of
// punishing, since "met for talks in March 2019" dates the meeting.
func offenceDate(toks []text.Token, di, head int) bool {
	if di <= head+1 || di >= len(toks) || !punishVerbs.Has(toks[head].Lemma) {
		return false
	}
	reason := false
	for k := head + 1; k < di; k++ {
		switch toks[k].Lower {
		case ",", ";", ":", "--":
			return false
		case "for":
			// "for two years in 2021", "for life": a term, and the date
			// after it the punishment's own.
			reason = !termAfter(toks, k+1)
		}
	}
	return reason
}

// termAfter: a length of time opens at token i ("two years", "life", "a
// decade", "10 days").
func termAfter(toks []text.Token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		switch toks[k].Lower {
		case "life", "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "hours":
			return true
		}
	}
	return false
}

// punishVerbs punish, try or restrain someone for something done before.
var punishVerbs = wordset.Of(
	"sentence", "convict", "jail", "imprison", "indict", "charge", "fine",
	"acquit", "try", "prosecute", "arrest", "detain", "extradite", "execute",
	"hang", "punish", "sanction", "expel", "ban", "blacklist", "sue",
	"condemn", "dismiss", "sack", "suspend",
)

// scanBetween reads the text between an event's head and a date in one
// pass (it runs for every event and date of a sentence). crosses: a ";",
// or one of the words but, which, while, after, before, although, that;
// ", as" opening a clause of its own (", as Kigali said ...", not ", as
// well as"); and, when the date follows the head (after), a gerund that
// "of", "with" or "for" opens with no comma after it ("accused France of
// arming militias in 1994", "charged with plotting a coup in 2016": the
// date is what the charge is about; ", accused of spying in 2019, on
// Tuesday" keeps Tuesday). and: the word "and" stands between.
func scanBetween(mid string, after bool) (crosses, and bool) {
	gerund, comma := -1, -1
	for i := 0; i < len(mid); i++ {
		c := mid[i]
		switch c {
		case ';':
			return true, and
		case ',':
			comma = i
			if r := mid[i+1:]; strings.HasPrefix(r, " as ") && !strings.HasPrefix(r, " as well") {
				return true, and
			}
			continue
		case ' ':
		default:
			continue
		}
		j := i + 1
		for j < len(mid) && 'a' <= mid[j] && mid[j] <= 'z' {
			j++
		}
		// The letters just read are no ';', ',' or ' ': the scan goes on
		// from the byte after them, not through them again.
		w := mid[i+1 : j]
		i = j - 1
		if j >= len(mid) || mid[j] != ' ' || len(w) < 2 {
			continue
		}
		switch w {
		case "but", "which", "while", "after", "before", "although", "that":
			return true, and
		case "and":
			and = true
		case "of", "with", "for":
			if !after {
				continue
			}
			k := j + 1
			for k < len(mid) && mid[k] != ' ' {
				k++
			}
			if w := mid[j+1 : k]; len(w) > 4 && strings.HasSuffix(w, "ing") {
				gerund = j
			}
		}
	}
	return gerund >= 0 && comma < gerund, and
}

// clauseBytes returns the byte range of the clause around the token at
// byte offset head: from the last clause opener before it to the next one
// after it ("announced | that the meeting will take place in Astana").
func clauseBytes(s *text.Sentence, head int) (int, int) {
	// The last token that starts at or before head (tokens are in order).
	h := max(tokenAt(s.Tokens, head+1)-1, 0)
	lo, hi := 0, len(s.Text)
	aside := false
	// A meeting after talks ("officials met after talks in New Delhi")
	// is mostly where the talks were.
	// One signature test per word (clauseBounds holds the openers and
	// the conjunctions subordinator judges); most words fail it, and only
	// the few that pass pay for the calls.
	for k := h - 1; k >= 0; k-- {
		w, b := s.Tokens[k].Lower, boundNone
		if clauseBounds.Maybe(w) {
			b = clauseBound(w)
		}
		if b == boundOpener || b == boundConjunction && subordinator(s.Tokens, k, meetsAt(s.Tokens, h)) {
			lo = s.Tokens[k].Start
			if w == "which" || w == "who" {
				if l := asideEnd(s.Tokens, k, h, lo); l != lo {
					lo = l
				} else if k > 0 && s.Tokens[k-1].Lower == "," {
					aside = true // the head is the aside's own verb
				}
			}
			break
		}
	}
	for k := h + 1; k < len(s.Tokens); k++ {
		w, b := s.Tokens[k].Lower, boundNone
		if clauseBounds.Maybe(w) {
			b = clauseBound(w)
		}
		if aside && w == "," || b == boundOpener || b == boundConjunction && subordinator(s.Tokens, k, meetsAt(s.Tokens, h)) || w == "and" && departsAfter(s.Tokens, k) || (w == "," || w == "and" || w == "as") && newSubjectDeparts(s.Tokens, k) {
			hi = s.Tokens[k].Start
			break
		}
	}
	return lo, hi
}

// departsAfter: "and" at k joins a verb of going ("stepped down and fled
// to Saudi Arabia", "resigned and flew to Dubai"), or a second finite
// verb that sends someone or something to a destination ("arrested two
// suspects and handed them over to Afghanistan", "blocked the border and
// marched to Warsaw"): where the subject went or sent next is not where
// the act before happened, nor its target. A verb whose phrase names no
// destination shares the scene ("killed 12 and wounded 30 in Kabul").
func departsAfter(toks []text.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch t := &toks[k+1]; t.Tag {
	case "VBD", "VBZ", "VBP", "VBN":
		switch t.Lemma {
		case "flee", "fly", "travel", "leave", "go", "return", "head", "escape", "move", "sail", "drive", "cross":
			return true
		}
		return t.Tag != "VBN" && destinationAfter(toks, k+1)
	case "RB":
		// "and then flew to"
		return t.Lower == "then" && k+2 < len(toks) && departsAfter(toks, k+1)
	}
	return false
}

// destinationAfter: the verb at v reaches "to" or "into" before a comma,
// another verb or its sixth word, and what follows is a noun phrase, not
// an infinitive ("vowed to continue").
//
//go:noinline
func destinationAfter(toks []text.Token, v int) bool {
	for j := v + 1; j < len(toks) && j <= v+6; j++ {
		t := &toks[j]
		switch {
		case t.Lower == "to" || t.Lower == "into":
			return j+1 < len(toks) && toks[j+1].Tag != "VB"
		case t.Lower == "," || t.Lower == "and" || t.Lower == "that" || len(t.Tag) > 1 && t.Tag[0] == 'V' && t.Tag[1] == 'B' && t.Tag != "VBG" && t.Tag != "VBN":
			return false
		}
	}
	return false
}

// asideEnd: a relative aside set off by commas before the head ("Hezbollah,
// which is based in Lebanon, shelled northern Israel") is no part of the
// head's clause: it starts after the comma that closes the aside. lo is
// returned when no comma lies between the relative pronoun at k and h.
func asideEnd(toks []text.Token, k, h, lo int) int {
	if k == 0 || toks[k-1].Lower != "," {
		return lo
	}
	for j := h - 1; j > k; j-- {
		if toks[j].Lower == "," {
			return toks[j].End
		}
	}
	return lo
}

// meetsAt: the head at h is a meeting's ("officials met after talks in
// New Delhi" is mostly where the talks were).
func meetsAt(toks []text.Token, h int) bool {
	return h < len(toks) && (meetingVerb(toks[h].Lemma) || meetingNoun(toks[h].Lower))
}

// clauseBounds are clauseOpeners and the conjunctions subordinator
// reads.
var clauseBounds = wordset.Of(";", "that", "which", "who", "whom", "where", "while", "whereas", "although", "though", "but", "because",
	"after", "before", "until", "once", "following", "as")

const (
	boundNone = iota
	boundConjunction
	boundOpener
)

// clauseBound sorts w as clauseBytes reads it: boundOpener for a
// clauseOpener, boundConjunction for the other clauseBounds (the
// conjunctions subordinator judges), boundNone for any other word.
// clauseBytes asks it only of the words that pass clauseBounds'
// signature (Maybe): one switch, not two map lookups (clauseBounds, then
// clauseOpeners). TestClauseBound keeps it in step with the two sets.
//
//go:noinline
func clauseBound(w string) int {
	switch w {
	case ";", "that", "which", "who", "whom", "where", "while", "whereas", "although", "though", "but", "because":
		return boundOpener
	case "after", "before", "until", "once", "following", "as":
		return boundConjunction
	}
	return boundNone
}

// subordinator reports a conjunction of sequence at token k that opens a
// clause of its own, with a scene of its own: "Stocks tumbled in Moscow
// after Russian forces shelled Odesa" (a finite verb follows within a
// few words, with no punctuation), not a preposition ("after the rally",
// "before 2020"), unless the preposition's object is a meeting, which
// has a scene of its own ("a day after talks in Ankara") except for a
// meeting's event (meets).
func subordinator(toks []text.Token, k int, meets bool) bool {
	// Not "when", nor "as" but before a meeting: what happens at the same
	// time mostly happens in the same place ("Scores were arrested when
	// riot police broke up the rally in Harare").
	as := false
	switch toks[k].Lower {
	case "after", "before", "until", "once", "following":
	case "as":
		// "attacked El Fasher as mediators met in Jeddah": a meeting at
		// the same time is where its parties meet.
		as = true
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		switch t := &toks[j]; t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if as {
				return j > k+1 && meetingVerb(t.Lemma)
			}
			return j > k+1 // a subject first: "as said" is no clause
		case "NN", "NNS":
			if !as && !meets && (j == k+1 || toks[j-1].Tag == "DT" || toks[j-1].Tag == "JJ" || toks[j-1].Tag == "CD") {
				if meetingNoun(t.Lower) || dealNoun(t.Lower) && j+1 < len(toks) && dealVerb(toks[j+1].Lower) {
					// "struck Syria a day after a meeting in Ankara",
					// "days after a ceasefire agreed in Doha": talks and
					// deals are made where the parties meet, seldom
					// where the act they precede happens.
					return true
				}
			}
		case "IN":
			// "after talks in Vienna collapsed": a place phrase inside
			// the clause's subject.
			if (t.Lower == "in" || t.Lower == "at") && j+1 < len(toks) && toks[j+1].Tag == "NNP" {
				continue
			}
			return false
		case ",", ".", ":", "(", ")", "TO", "CC":
			return false
		}
	}
	return false
}

// meetingVerb: verbs of parties meeting.
func meetingVerb(lemma string) bool {
	switch lemma {
	case "meet", "convene", "gather", "negotiate", "talk", "confer":
		return true
	}
	return false
}

// dealNoun and dealVerb: "a ceasefire agreed", "the deal signed", "a
// truce brokered".
func dealNoun(w string) bool {
	switch w {
	case "ceasefire", "truce", "deal", "agreement", "accord", "pact", "treaty":
		return true
	}
	return false
}

func dealVerb(w string) bool {
	switch w {
	case "agreed", "signed", "reached", "brokered", "struck", "sealed", "concluded", "negotiated":
		return true
	}
	return false
}

// meetingNoun: talks, meetings and gatherings, held where the parties
// meet.
func meetingNoun(w string) bool {
	switch w {
	case "talks", "meeting", "meetings", "summit", "negotiations", "conference", "consultations", "visit", "trip", "tour", "session":
		return true
	}
	return false
}

// compass words may stand between a locative preposition and a country.
var compass = wordset.Of(
	"north", "south", "east", "west", "northern", "southern",
	"eastern", "western", "central", "northeastern", "northwestern",
	"southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
)

// clauseOpeners open a clause that clauseBytes does not cross.
var clauseOpeners = wordset.Of(";", "that", "which", "who", "whom", "where", "while", "whereas", "although", "though", "but", "because")

// clauseOpener is a set lookup, not a string switch: clauseBytes tests
// every word between an event and the next opener, and the switch's
// compares were its most mispredicted branches; most words are turned
// away by the set's one signature test.
func clauseOpener(w string) bool { return clauseOpeners.Has(w) }

func span(s text.Sentence, a, b int) event.Span {
	if a < 0 || b > len(s.Tokens) || a >= b {
		return event.Span{}
	}
	st, en := s.Tokens[a].Start, s.Tokens[b-1].End
	return event.Span{Text: s.Text[st:en], Start: st, End: en}
}

func toActor(s text.Sentence, ph actor.Phrase, role string) event.Actor {
	sp := span(s, ph.Start, ph.End)
	sector := ""
	if len(ph.Sectors) > 0 {
		sector = ph.Sectors[len(ph.Sectors)-1]
		if ph.Country == "" && sector != "IGO" && sector != "NGO" && len(ph.Sectors) > 1 {
			sector = ph.Sectors[0]
		}
	}
	code := ph.Code
	if code == "" {
		code = "---"
	}
	return event.Actor{Role: role, Text: sp.Text, Code: code, Country: ph.Country, Sector: sector, Start: sp.Start, End: sp.End}
}

// appendClaimedSpans appends a sentence's claimed spans to buf, so that a
// story's sentences share one array, and returns the grown buffer and the
// sentence's spans alone, capped.
func appendClaimedSpans(buf [][2]int, sa *SentenceAnalysis) (all, spans [][2]int) {
	n := 0
	for _, g := range sa.Groups {
		n += len(g.Phrases)
	}
	buf = slices.Grow(buf, n)
	from := len(buf)
	for _, g := range sa.Groups {
		for _, ph := range g.Phrases {
			if ph.Modifier && !thingModifier(sa.Sentence.Tokens, ph.End) {
				continue // "the Kazakh capital" is a place, not an actor
			}
			if len(ph.Parts) == 1 && ph.Parts[0].Entry.Metonym && struckCity(sa.Sentence.Tokens, ph.Start) {
				continue
			}
			sp := span(sa.Sentence, ph.Start, ph.End)
			buf = append(buf, [2]int{sp.Start, sp.End})
		}
	}
	out := buf[from:len(buf):len(buf)]
	// The same pdqsort as sort.Slice, without its reflection.
	slices.SortFunc(out, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	return buf, out
}

// struckCity: the city named as its state at token k is the object of a
// verb of striking or taking ("shelled Kharkiv", "bombed Sanaa",
// "captured Kunduz"): where the act happens as much as whose it is, so
// the gazetteer may read it as the place. (A state struck whole, "attacked
// Iraq", is the target's own country and adds no place.)
func struckCity(toks []text.Token, k int) bool {
	at := k
	if k > 0 && toks[k-1].Tag == "DT" {
		k--
	}
	return k > 0 && toks[k-1].IsVerb() && (strikeVerb(toks[k-1].Lemma) || takenCity(toks, k-1, at))
}

// thingModifier: the country name a modifier phrase ends before at k
// describes a thing's owner or maker, not a place ("a US proposal", "a
// US destroyer", "a Chinese peace plan"): a common noun that names no
// territory follows. "the Kazakh capital", "Syrian territory", "Indian
// soil" stay places.
func thingModifier(toks []text.Token, k int) bool {
	if k >= len(toks) || toks[k].Tag != "NN" && toks[k].Tag != "NNS" {
		return false
	}
	switch w := toks[k].Lower; w {
	case "territory", "territories", "soil", "side", "airspace", "waters", "coast", "coastline", "border", "borders", "frontier", "mainland", "countryside", "north", "south", "east", "west", "interior", "heartland", "land", "lands", "part", "parts", "town", "towns", "villages", "cities", "provinces", "regions", "capital", "city", "village", "province", "region", "district", "port", "state", "county", "island", "islands", "enclave", "zone", "base", "bases", "camp", "camps", "embassy", "consulate":
		return false
	}
	return true
}

// dayString formats a day, reusing the story's own date string for the
// story's day (most events' day): two allocations fewer per event.
func dayString(t, pub time.Time, hasPub bool, pubDay string) string {
	if hasPub && t.Equal(pub) && len(pubDay) == len(story.DateLayout) {
		return pubDay
	}
	return t.Format(story.DateLayout)
}

// dyads are the (code, source codes, target codes) a sentence has coded.
// A sentence codes a handful of events, so a scan beats building a key
// string per event for a map, which was three allocations each.
type dyads []dyad

type dyad struct {
	cameo    string
	src, tgt []event.Actor
}

// add records a dyad and reports whether it is new.
func (ds *dyads) add(cameo string, src, tgt []event.Actor) bool {
	for _, d := range *ds {
		if d.cameo == cameo && sameCodes(d.src, src) && sameCodes(d.tgt, tgt) {
			return false
		}
	}
	*ds = append(*ds, dyad{cameo, src, tgt})
	return true
}

// sameCodes compares two sides by their actors' codes, in order.
func sameCodes(a, b []event.Actor) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Code != b[i].Code {
			return false
		}
	}
	return true
}

// eventID is "story:sentence:ordinal", with one allocation where
// fmt.Sprintf made three; spelled into a buffer on the stack, as a
// five-part concatenation measured twice the instructions.
func eventID(story string, sentence, ord int) string {
	var buf [64]byte
	b := append(buf[:0], story...)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(sentence), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(ord), 10)
	return string(b)
}

// answeredAttack gives a targetless act of force or threat the side
// it answers, within one sentence. A reprisal ("Israeli jets struck
// Hezbollah positions, and Hezbollah retaliated", "..., and the South
// returned fire", "Hamas vowed revenge") answers whoever struck the
// reprisal's own state in an earlier clause. An attack told after
// "after" in a reaction's sentence ("Pakistan put its air force on
// alert after Indian jets struck a camp near Balakot") fell on the
// state that reacts, when that state is another than the attacker's.
// A test of arms (2042) is aimed at no one.
//
//go:noinline
func answeredAttack(out []event.Event, i int, heads []int, toks []text.Token) {
	ev := &out[i]
	c, h := ev.Source[0].Country, heads[i]
	if c == "" || h >= len(toks) || strings.HasPrefix(ev.CAMEO, "2042") {
		return
	}
	if reprisalAt(toks, h) {
		for j := i - 1; j >= 0 && out[j].SentenceIndex == ev.SentenceIndex; j-- {
			o := &out[j]
			if heads[j] < 0 || heads[j] >= h || !violentRoot(o.CAMEORoot) || len(o.Source) == 0 || len(o.Target) == 0 {
				continue
			}
			if hasActorCountry(o.Target, c) && o.Source[0].Country != "" && o.Source[0].Country != c {
				ev.Target = append([]event.Actor(nil), o.Source...)
				return
			}
		}
		return
	}
	if !forceOrCoercion(ev.CAMEO) {
		return
	}
	// the "after" that opens the attack's clause, before its subject
	after := -1
	for k := h - 1; k >= 0 && k >= h-12; k-- {
		if w := toks[k].Lower; w == "after" {
			after = k
			break
		} else if w == "," || w == ";" || w == "and" || toks[k].Tag == "WDT" {
			return
		}
	}
	if after < 1 {
		return
	}
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || heads[j] < 0 || heads[j] >= after || len(o.Source) == 0 {
			continue
		}
		switch o.CAMEORoot {
		case "11", "12", "13", "15", "16", "17":
			if o.CAMEORoot == "15" && !struckObject(toks, h) {
				// "Poland scrambled jets after Russia launched a massive
				// air attack overnight": an alert answers a blow that
				// names nothing it hit as often near a state as on it.
				continue
			}
			if d := o.Source[0].Country; d != "" && d != c && o.Modality == ev.Modality {
				ev.Target = []event.Actor{{Text: o.Source[0].Text, Code: d, Country: d, Start: o.Source[0].Start, End: o.Source[0].End}}
				return
			}
		}
	}
}

// struckObject: the attack whose head is at h names what it hit, a noun
// phrase after the verb that is neither the attack itself ("launched a
// massive air attack") nor a time ("struck overnight"); a free relative
// ("struck what New Delhi called a camp") names one too.
func struckObject(toks []text.Token, h int) bool {
	last := -1
	for k := h + 1; k < len(toks) && k <= h+6; k++ {
		t := &toks[k]
		if k == h+1 && t.Lower == "what" {
			return true
		}
		switch t.Tag {
		case "DT", "JJ", "CD", "PRP$", "NN", "NNS", "NNP", "NNPS":
			if t.Tag[0] == 'N' {
				last = k
			}
			continue
		}
		break
	}
	if last < 0 {
		return false
	}
	switch toks[last].Lower {
	case "attack", "attacks", "strike", "strikes", "offensive", "barrage", "assault", "raid", "raids", "wave", "overnight", "tonight", "today":
		return false
	}
	return true
}

// blamedParty: a sentence that opens with a participle of blame closed
// by a comma ("Blaming Israel for the strike, Iran vowed revenge",
// "Accusing Kyiv of terrorism, Moscow threatened to retaliate") aims the
// main clause's targetless threat, rejection or blow at the party the
// participle blames: the participle's own accusation, coded with the
// same agent, names it.
//
//go:noinline
func blamedParty(out []event.Event, i int, heads []int, toks []text.Token) {
	ev := &out[i]
	comma := -1
	for k := 1; k < len(toks) && k < heads[i]; k++ {
		if toks[k].Lower == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return
	}
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || heads[j] < 0 || heads[j] >= comma || o.CAMEORoot != "11" || len(o.Target) == 0 || !sameCodes(o.Source, ev.Source) {
			continue
		}
		if o.Target[0].Country == "" || o.Target[0].Country == ev.Source[0].Country {
			return
		}
		ev.Target = append([]event.Actor(nil), o.Target...)
		return
	}
}

// reprisalAt: the word at h, or one of the next few, tells a reprisal:
// "retaliated", "hit back", "returned fire", "vowed revenge",
// "responded with artillery fire".
func reprisalAt(toks []text.Token, h int) bool {
	if h >= 2 && toks[h-1].Lower == "with" && (toks[h-2].Lemma == "retaliate" || toks[h-2].Lemma == "respond") {
		return true // "retaliated with rocket fire": the means is the head
	}
	switch toks[h].Lemma {
	case "retaliate", "avenge":
		return true
	case "respond", "react", "reply":
		// "responded with air strikes": a reply whose means is a blow
		// (the head is coded as force) answers one; "responded to the
		// criticism" names no means and stays out.
		return h+1 < len(toks) && toks[h+1].Lower == "with"
	case "return", "hit", "strike", "fire", "shoot":
		if h+1 < len(toks) {
			if w := toks[h+1].Lower; w == "fire" || w == "back" {
				return true
			}
		}
	}
	return revengeAfter(toks, h)
}

// saidAbout: a statement's place is the venue of talks inside what was
// said ("Diplomats said the two sides would meet in Geneva"), not right
// after the verb of saying ("said in Nairobi"): where others will meet
// is not whose the speaker is.
func saidAbout(ev *event.Event) bool {
	l := ev.Location
	if l.Start <= ev.Evidence.Verb.End || l.Start > len(ev.Sentence) {
		return false
	}
	mid := strings.TrimSpace(ev.Sentence[ev.Evidence.Verb.End:l.Start])
	if mid == "in" || mid == "at" || mid == "from" {
		return false
	}
	// Only a venue of talks said to come ("would meet in Geneva", "talks
	// would resume in Doha") is neutral ground; a raid or a clash the
	// speaker tells of happened where its own police or army are.
	for _, w := range strings.Fields(mid) {
		switch w = strings.ToLower(w); w {
		case "meet", "meets", "met", "resume", "host":
			return true
		default:
			if meetingNoun(w) {
				return true
			}
		}
	}
	return false
}

// sceneBefore: the event's place stands in an earlier clause joined to
// the event's own by ", and", ", as", ", while" or ", when", and the
// event's subject opens its clause ("Protesters in Bishkek demanded his
// resignation, as riot police fired tear gas at the crowd", "Workers
// blocked highways outside Dhaka, and police fired rubber bullets"): the
// scene is shared, and bare police acting in it are the place's, as
// are those they act on.
//
//go:noinline
func sceneBefore(ev *event.Event) bool {
	l := ev.Location
	if l.Start < 0 || len(ev.Source) == 0 || ev.Source[0].Start < l.End || ev.Source[0].Start > ev.Evidence.Verb.Start || ev.Source[0].Start > len(ev.Sentence) {
		return false
	}
	if venueClause(ev.Sentence[:ev.Source[0].Start]) {
		// "Peace talks resumed in Doha, as militants stormed a
		// checkpoint", "The Security Council met in New York, as soldiers
		// opened fire": a meeting's venue is not where the next clause's
		// fighters or police act.
		return false
	}
	mid := strings.TrimRight(ev.Sentence[l.End:ev.Source[0].Start], " ")
	for _, w := range [...]string{", and", ", as", ", while", ", when"} {
		if k := strings.LastIndex(mid, w); k >= 0 {
			// only an article or the like between the opener and the subject
			rest := strings.TrimSpace(mid[k+len(w):])
			return rest == "" || rest == "the" || rest == "The"
		}
	}
	return false
}

// participleScene: the event's verb is a participle that goes on from
// a clause whose subject comes before the place ("Protesters gathered
// outside the palace in Colombo demanding the president's resignation"):
// the participle's act is in that clause's scene, so those it names are
// the place's, as in the clause itself.
func participleScene(ev *event.Event) bool {
	l := ev.Location
	v := ev.Evidence.Verb
	// (Violence after a comma, "..., killing three civilians", has its
	// own merge with the attack it goes on from.)
	return ev.CAMEORoot < "18" && len(ev.Source) > 0 && l.Start >= 0 && ev.Source[0].End <= l.Start && l.End <= v.Start && strings.HasSuffix(v.Text, "ing") && !venueClause(ev.Sentence[:l.Start])
}

// venueClause: the text s (the clauses before an event's subject) tells
// of a meeting: its words include talks, met, a summit, a conference or
// a council.
func venueClause(s string) bool {
	for len(s) > 0 {
		i := strings.IndexByte(s, ' ')
		w := s
		if i >= 0 {
			w, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		w = strings.TrimRight(w, ",.;:")
		switch strings.ToLower(w) {
		case "talks", "met", "meet", "meets", "meeting", "summit", "conference", "negotiations", "council":
			return true
		}
	}
	return false
}

// localSides gives a side with no country the country of the place
// where the event happened, after the verb: "French troops fought
// Islamist rebels in northern Mali" → MLIRADREB, "Serb forces carried out
// ethnic cleansing of Muslims in eastern Bosnia" → BIHMOS. Those acted on
// in a place are its people, and so, most often, are those who act there
// ("Islamist insurgents beheaded 50 people in northern Mozambique",
// "students marched through Beijing"), except activists for another
// people's cause ("Pro-Tibet activists disrupted the ceremony in Paris").
// Refugees and unidentified armed groups stay without one, as in the
// actor stage. far (projectileFar) marks a place projectiles were fired
// at from what may be another state: it gives the senders nothing.
func localSides(ev *event.Event, far bool) {
	l := ev.Location
	if l == nil || l.Country == "" || waterBody(ev) || allegedDeedPlace(ev, l) || fledDestination(ev.Sentence, l.Start) {
		return // (fledDestination: a refuge, dyads_s24.go)
	}
	// A place before the verb qualifies the subject ("Police in Nairobi
	// fired ..."), so it fills no side, except the police or troops a
	// protest clashed with, who are where the protesters are ("Protesters
	// in Lima clashed with police").
	targetOnly := l.Start < ev.Evidence.Verb.Start
	if targetOnly && ev.CAMEORoot != "14" {
		if sceneBefore(ev) {
			targetOnly = false
		} else if !participleScene(ev) && !subjectScene(ev, far) {
			return
		}
	}
	if ev.CAMEORoot == "03" || ev.CAMEORoot == "04" {
		// "The two leaders will meet in Geneva": where parties meet or
		// visit is a venue, seldom their home. Not where they sign: a
		// peace deal is as often signed at home ("in Juba") as abroad.
		// Aid promised for a place abroad is for its people: only the
		// target takes the place (aidplace_q40.go).
		if !aidPromisePlace(ev) {
			return
		}
		targetOnly = true
	}
	switch l.Precision {
	case "point", "city", "admin1", "country":
	default:
		return
	}
	fill := func(as []event.Actor, source bool) {
		for i := range as {
			a := &as[i]
			if a.Country != "" || !strings.HasPrefix(a.Code, "---") || len(a.Code) == 3 {
				continue
			}
			if source && proCause(ev.Sentence, a) && !armedSector(a.Sector) {
				// "Pro-Tibet activists in Paris" act for another people;
				// armed men fight where they live ("pro-Russian
				// separatists seized the airport in Donetsk").
				continue
			}
			if proxyActor(ev.Sentence, a) {
				continue // "Kremlin-backed forces shelled Avdiivka" are not Ukraine's army
			}
			if enemyActor(a) {
				continue // "the enemy" no side's table names (enemy_u18.go)
			}
			if envoy(strings.ToLower(a.Text[strings.LastIndexByte(a.Text, ' ')+1:])) {
				// "the consulate in Jalalabad", "diplomats in Kabul": an
				// embassy or envoy serves in a place for another state
				// (S14).
				continue
			}
			if source && craftHead(strings.ToLower(a.Text[strings.LastIndexByte(a.Text, ' ')+1:])) {
				// "Drones struck a refinery in Krasnodar": aircraft strike
				// from afar, so where they strike is not whose they are.
				continue
			}
			// "Foreign fighters attacked a checkpoint in Idlib", "foreigners
			// were kidnapped in Niger", "international troops", "expatriates":
			// by definition not the place's
			// (actor.Phrase.Foreign, which the event's actor does not keep).
			// An actor carried over from another event has no span here
			// (Start -1, inherited).
			if a.Start >= 0 && a.Start <= len(ev.Sentence) && a.End <= len(ev.Sentence) && a.Start <= a.End {
				before := strings.TrimRight(ev.Sentence[:a.Start], " ")
				if k := strings.LastIndexByte(before, ' '); k >= 0 {
					before = before[k+1:]
				}
				named := len(a.Text) >= 7 && strings.EqualFold(a.Text[:7], "foreign") && !strings.Contains(a.Code, "GOV") ||
					len(a.Text) >= 5 && strings.EqualFold(a.Text[:5], "expat") ||
					len(a.Text) >= 13 && strings.EqualFold(a.Text[:13], "multinational")
				said := strings.EqualFold(before, "foreign") || strings.EqualFold(before, "international") || strings.EqualFold(before, "overseas")
				if (named || said) && !strings.Contains(a.Code, "SPY") {
					continue
				}
			}
			switch a.Sector {
			case "IGO", "NGO", "REF", "UAF":
				continue
			}
			if strings.Contains(a.Code, "REF") || strings.Contains(a.Code, "UAF") || strings.Contains(a.Code, "IGO") || strings.Contains(a.Code, "NGO") {
				continue
			}
			c := l.Country
			if o := occupiers[c]; o != "" && a.Code == "---SET" {
				c = o // settlers are of the state that settles them (settlerState)
			}
			a.Country = c
			a.Code = c + a.Code[3:]
		}
	}
	if !targetOnly && !destination(ev.Sentence, l.Start) && !far && !contentBetween(ev.Sentence, ev.Evidence.Verb.End, l.Start, false) && !(ev.CAMEORoot == "01" && saidAbout(ev)) {
		// "Militants fired rockets into southern Israel": where a blow
		// lands is not where its senders are from; nor is a place in what
		// they demand or judge ("condemned the crackdown in Brussels").
		fill(ev.Source, true)
	}
	fill(ev.Target, false)
}

// proxyActor: an event's actor is a state organ that another power backs
// (proxyOrgan), by the word before it or its own first word.
func proxyActor(sent string, a *event.Actor) bool {
	switch a.Sector {
	case "MIL", "GOV", "COP", "SPY", "JUD", "LEG":
	default:
		return false
	}
	if a.Start <= 0 || a.Start > len(sent) {
		return false
	}
	before := strings.TrimRight(sent[:a.Start], " ")
	if i := strings.LastIndexByte(before, ' '); i >= 0 {
		before = before[i+1:]
	}
	first := a.Text
	if i := strings.IndexByte(first, ' '); i >= 0 {
		first = first[:i]
	}
	return backedFold(before) || backedFold(first)
}

// backedFold is backedWord in any case, without a lower-case copy.
func backedFold(w string) bool {
	for _, suf := range [...]string{"-backed", "-supported", "-sponsored"} {
		if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// proCause: the actor's phrase is introduced by a "pro-X" cause
// ("Pro-Tibet activists", "pro-Kurdish demonstrators").
func proCause(sent string, a *event.Actor) bool {
	if a.Start <= 0 || a.Start > len(sent) {
		return false
	}
	before := strings.TrimRight(sent[:a.Start], " ")
	if i := strings.LastIndexByte(before, ' '); i >= 0 {
		before = before[i+1:]
	}
	return proWord(before) || proWord(a.Text)
}

// violentRoot: the CAMEO root is 18, 19 or 20 (bytes compared, no string
// order).
// forceOrCoercion: an act of force (18-20) or a coercion not specified
// below (170), such as water cannon fired at a boat, which falls on a
// party as force does though it uses no arms (M26).
func forceOrCoercion(code string) bool {
	return code == "170" || len(code) >= 2 && violentRoot(code[:2])
}

func violentRoot(r string) bool {
	return len(r) == 2 && (r[0] == '1' && (r[1] == '8' || r[1] == '9') || r[0] == '2' && r[1] == '0')
}

// joinedPartner: "France joined Germany in condemning the coup", "Britain
// joined the United States in imposing sanctions": the party joined does
// what the joiner does, so it is a source of the act too (FRA+DEU -> NER).
// h is the act's head: the gerund right after "in", or the noun after it
// ("in imposing sanctions").
func joinedPartner(ev *event.Event, sa *SentenceAnalysis, h int) {
	toks := sa.Sentence.Tokens
	if toks[h].Tag != "VBG" {
		h-- // the gerund of a light verb before its noun
	}
	if toks[h-1].Lower != "in" {
		return
	}
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.End != h-1 || g.Start < 1 {
			continue
		}
		j := g.Start - 1
		if j > 0 && toks[j].Tag == "DT" {
			j-- // "joined the United States"
		}
		if toks[j].Lemma != "join" {
			return
		}
		src := make([]event.Actor, 0, len(ev.Source)+len(g.Phrases))
		src = append(src, ev.Source...)
		for _, ph := range g.Phrases {
			a := toActor(sa.Sentence, ph, "")
			if slices.ContainsFunc(src, func(b event.Actor) bool { return b.Start == a.Start && b.End == a.End }) {
				return // the group joined is already the act's subject
			}
			src = append(src, a)
		}
		ev.Source = src
		return
	}
}

// planNouns name what a party said it would do: "Iran said it would
// resume enrichment, but the EU rejected the plan".
var planNouns = wordset.Of(
	"move", "moves", "plan", "plans", "proposal", "proposals", "decision",
	"idea", "offer", "announcement", "step", "steps", "threat", "threats",
	"initiative", "bid", "pledge", "vow", "remarks", "statement",
)

// announcedPlan: a rejection or criticism (11, 12) of "it", "the plan",
// "the move" and the like, with no party of its own, answers the party
// that said what it would do just before, in the same sentence or the
// one before ("Israel said it would expand the offensive, but Egypt
// rejected it": EGY->ISR; "China said it would impose tariffs on US
// goods, and Washington condemned the move": USA->CHN). Only a statement
// or a future, planned or threatened act counts as what was announced,
// and never the judge's own.
//
//go:noinline
func announcedPlan(ev *event.Event, out []event.Event, si int, toks []text.Token, h int) {
	k := h + 1
	if k >= len(toks) {
		return
	}
	if toks[k].Lower != "it" {
		if w := toks[k].Lower; w != "the" && w != "this" && w != "that" {
			return
		}
		k++
		if k < len(toks) && toks[k].Tag == "JJ" {
			k++
		}
		if k >= len(toks) || !planNouns.Has(toks[k].Lower) {
			return
		}
	}
	if k+1 < len(toks) && (toks[k+1].Tag == "IN" && toks[k+1].Lower != "as" || toks[k+1].Tag == "POS" || toks[k+1].Tag == "TO") {
		return // "rejected the plan for a buffer zone": the plan is named
	}
	for d := len(out) - 1; d >= 0 && out[d].SentenceIndex >= si-1; d-- {
		o := &out[d]
		if len(o.Source) == 0 || o.Source[0].Country == "" || o.Modality.Negated {
			continue
		}
		if !(o.Modality.Future || o.CAMEORoot == "01" || o.CAMEORoot == "03" || o.CAMEORoot == "13") {
			continue
		}
		if d > 0 && mirrorOf(o, &out[d-1]) {
			continue // "Russia would hold talks with China": China's half announced nothing
		}
		if o.Source[0].Code == ev.Source[0].Code {
			return // the judge's own plan
		}
		ev.Target = inherited(o.Source)
		return
	}
}

// participleVictims: an attack whose only target is the place it struck
// ("A suicide bomber struck outside Kabul airport, killing US troops and
// Afghan civilians", "A car bomb exploded in central Baghdad, killing three
// Turkish engineers") is aimed at the victims its participle names, not
// at the place's state: the participle tells whom the attack hit. The
// participle is the next violent event of the sentence, a gerund right
// after a comma, with a target of its own that is no place; only victims
// all of known states, some foreign to the place, change the side.
func participleVictims(out []event.Event, i int, a *Analysis, heads []int) {
	ev := &out[i]
	for j := i + 1; j < len(out) && out[j].SentenceIndex == ev.SentenceIndex; j++ {
		o := &out[j]
		if !violentRoot(o.CAMEORoot) || len(o.Target) == 0 || j >= len(heads) {
			continue
		}
		h := heads[j]
		toks := a.Sentences[o.SentenceIndex].Sentence.Tokens
		if h < 2 || h >= len(toks) || toks[h].Tag != "VBG" || toks[h-1].Lower != "," {
			return
		}
		if o.Location != nil && o.Target[0].Start == o.Location.Start {
			return // the participle's target is a place too
		}
		if !sameCodes(o.Source, ev.Source) {
			return // another agent's act
		}
		if ownDead(ev.Source, o.Target) {
			return // the attacker's own dead (friendlyfire_n19.go)
		}
		for k := h + 1; k < len(toks) && toks[k].Start < o.Target[0].Start; k++ {
			if toks[k].IsNoun() {
				return // "killing 15 worshippers and a French priest": victims of no state named first
			}
		}
		foreign := false
		for _, v := range o.Target {
			if v.Country == "" {
				return // victims of no known state: the place's stays
			}
			foreign = foreign || v.Country != ev.Target[0].Country
		}
		if foreign {
			// (Victims of the place's own state alone leave it as it
			// was: the state is their side already.)
			ev.Target = inherited(o.Target)
		}
		return
	}
}

// withdrawnForces: forces withdrawn or pulled back with no one named as
// withdrawing them ("Russian forces were pulled back from the outskirts
// of Kyiv", "Turkish troops were withdrawn from the border with Iraq")
// are their own state's retreat: the forces are the source, as in the
// active "Russia withdrew its forces" (087), and the retreat is from the
// place's state or the other state the sentence names after the verb.
// h is the event's head token.
func withdrawnForces(ev *event.Event, sa *SentenceAnalysis, h int) {
	f := ev.Target[0]
	if f.Country == "" || f.Sector != "MIL" && f.Sector != "COP" {
		return
	}
	ev.Source = []event.Actor{f}
	ev.Target = ev.Target[:0]
	if l := ev.Location; l != nil && l.Country != "" && l.Country != f.Country && !waterBody(ev) {
		ev.Target = append(ev.Target, event.Actor{Text: safeSlice(ev.Sentence, l.Start, l.End), Code: actor.CameoCountry(l.Country), Country: actor.CameoCountry(l.Country), Start: l.Start, End: l.End})
		return
	}
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start <= h || len(g.Phrases) == 0 {
			continue
		}
		if ph := g.Phrases[0]; ph.Country != "" && ph.Country != f.Country {
			ev.Target = append(ev.Target, toActor(sa.Sentence, ph, ""))
		}
		return
	}
}

// hostedParties: a hosting (043) that names no guests ("Armenia and
// Azerbaijan met in Washington for talks hosted by the US") hosts the
// parties of the meeting its sentence codes (040-046 between others).
func hostedParties(out []event.Event, i int) {
	ev := &out[i]
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || o.CAMEORoot != "04" || strings.HasPrefix(o.CAMEO, "043") || len(o.Source) == 0 || len(o.Target) == 0 || o.Modality.Negated {
			continue
		}
		if hasActorCode(o.Source, ev.Source[0].Code) || hasActorCode(o.Target, ev.Source[0].Code) {
			return // the host meets them itself
		}
		ev.Target = append(inherited(o.Source), inherited(o.Target)...)
		return
	}
}

// butSubject: the act's own subject, at token subj, opens a clause with
// "but" after the speaker that ends at token from ("Iran said it would
// resume enrichment but the EU rejected the plan"): a clause set against
// what was said is the text's own telling, not part of the speaker's
// report, so the speaker is not its reporter. Only after a stated plan
// (a modal in what was said): "Officials said rebels attacked the town
// but the army repelled them" may still report both, and so may "and".
func butSubject(toks []text.Token, from, subj int) bool {
	k := subj - 1
	for k > from && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD") {
		k--
	}
	if k <= from || toks[k].Lower != "but" {
		return false
	}
	for j := from; j < k; j++ {
		if toks[j].Tag == "MD" {
			return true // what the speaker said it would do, then what others did
		}
	}
	return false
}

// mirrorOf: o is the second half of a reciprocal pair whose first half is
// p (same sentence and code, the sides swapped): its source is the other
// party of the act, not the one who announced it.
func mirrorOf(o, p *event.Event) bool {
	return o.SentenceIndex == p.SentenceIndex && o.CAMEO == p.CAMEO && len(p.Target) > 0 &&
		p.Target[0].Code == o.Source[0].Code && len(o.Target) > 0 && o.Target[0].Code == p.Source[0].Code
}

// heldPlace: the nouns for places a force holds, which the actor
// dictionary lets stand for the force ("rebel positions"); the force is
// named by the word before them.
func heldPlace(w string) bool {
	switch w {
	case "camps", "positions", "stronghold", "strongholds", "hideout", "hideouts":
		return true
	}
	return false
}

// accordObject: the act's object, within a few words of its verb, is an
// accord or offer between parties ("The Syrian opposition rejected the
// agreement"): that is the parties' affair, not the source's own state's.
func accordObject(ev *event.Event) bool {
	e := ev.Evidence.Verb.End
	if e < 0 || e > len(ev.Sentence) {
		return false
	}
	for i, w := range strings.Fields(ev.Sentence[e:]) {
		if i >= 5 {
			break
		}
		switch strings.ToLower(strings.Trim(w, ".,;:'\"")) {
		case "agreement", "agreements", "deal", "deals", "accord", "accords", "treaty", "pact", "plan", "truce", "ceasefire", "bailout", "proposal", "proposals", "offer", "resolution", "terms", "talks":
			return true
		}
	}
	return false
}

// societySector: the sectors of a state's society that address their
// own state when they name no one (opposition, parties, unions,
// students, civilians, rebels).
func societySector(sec string) bool {
	switch sec {
	case "OPP", "PTY", "LAB", "EDU", "CVL", "REB":
		return true
	}
	return false
}
