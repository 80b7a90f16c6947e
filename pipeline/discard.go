package pipeline

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/parley-events/parley/internal/dictfile"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/internal/wordtab"
	"github.com/parley-events/parley/text"
)

// Discards recognises sentences with no political events: publisher
// boilerplate, sport, entertainment, obituaries and company business.
// Phrases come from data/discards; boilerplate phrases are built in
// because they are about the publishing format, not a topic.
//
// Topic vocabulary is only a sign: "FIFA suspended Russia from the World
// Cup" is sport vocabulary around a political act. So a sentence that also
// holds a KEEP phrase (a state body or a political act) is kept, unless
// the phrase that fired is marked [always] (the fixed formulas of
// obituaries) or is boilerplate.
type Discards struct {
	phrases []discardPhrase
	// topics indexes the topic and boilerplate phrases, keeps the KEEP
	// phrases: those are looked for only in a sentence that a topic would
	// discard, so the common words among them ("government", "police")
	// cost nothing on the rest.
	topics, keeps phraseIndex
	// spread lists the categories whose discarded sentences, three or more,
	// discard their whole story (see Spreads).
	spread []string
}

type discardPhrase struct {
	category string
	words    []string // "*" matches any one word; "[score]" a score like 2-1
	strong   bool
	always   bool // not vetoed by a KEEP phrase
	vague    bool // a weak phrase with common other senses ("final", "tour")
	keep     bool // a KEEP phrase: vetoes the topic discards
	lead     bool // must start the sentence (after opening brackets)
	poll     bool // an opinion poll's noun: discards only as pollReport says
	pos      string
}

// phraseIndex finds the phrases that may start at a token by its word, so
// a sentence is scanned once instead of once per phrase: lists[tab.Get(w)-1]
// holds the phrases w starts.
type phraseIndex struct {
	tab   *wordtab.Table
	lists [][]int
	wild  []int // phrases starting with "*"
	score []int // phrases starting with "[score]", tried only at a score
	// pairs has a bit for the first two letters of every word that starts
	// a phrase, so most words ("the", "said", "minister") are passed over
	// without hashing them.
	pairs [16]uint64
}

// pairBit is the bit of pairs that stands for w's first two bytes.
func pairBit(w string) uint {
	var b1 byte
	if len(w) > 1 {
		b1 = w[1]
	}
	return uint(w[0]&31)<<5 | uint(b1&31)
}

func (x *phraseIndex) add(first string, i int) {
	switch {
	case first == "*":
		x.wild = append(x.wild, i)
	case first == "[score]":
		x.score = append(x.score, i)
	default:
		if first != "" {
			b := pairBit(first)
			x.pairs[b>>6] |= 1 << (b & 63)
		}
		if k := x.tab.Get(first); k != 0 {
			x.lists[k-1] = append(x.lists[k-1], i)
		} else {
			x.lists = append(x.lists, []int{i})
			x.tab.Or(first, uint32(len(x.lists)))
		}
	}
}

// scan calls see with every phrase of x that may start at each token, in
// token order, until see returns a reason.
func (x *phraseIndex) scan(toks []text.Token, see func(pi, i int) string) string {
	for i := range toks {
		w := toks[i].Lower
		if w == "" {
			continue
		}
		if b := pairBit(w); x.pairs[b>>6]&(1<<(b&63)) == 0 {
			// No phrase starts like w; only wild or score phrases can.
		} else if k := x.tab.Get(w); k != 0 {
			for _, pi := range x.lists[k-1] {
				if why := see(pi, i); why != "" {
					return why
				}
			}
		}
		for _, pi := range x.wild {
			if why := see(pi, i); why != "" {
				return why
			}
		}
		if len(x.score) > 0 && w != "" && w[0] >= '0' && w[0] <= '9' && isScore(w) {
			for _, pi := range x.score {
				if why := see(pi, i); why != "" {
					return why
				}
			}
		}
	}
	return ""
}

// keepCategory names the entries whose phrases keep a sentence that topic
// vocabulary would discard; storyCategory the entry listing the
// categories that spread to a whole story.
const (
	keepCategory  = "KEEP"
	storyCategory = "STORY"
	boilerCat     = "BOILERPLATE"
)

// LoadDiscards compiles every *.txt under dir.
func LoadDiscards(fsys fs.FS, dir string) (*Discards, error) {
	files, parseErr := dictfile.ParseDir(fsys, dir)
	d := &Discards{}
	for _, b := range boilerplate {
		d.phrases = append(d.phrases, discardPhrase{category: boilerCat, words: b, strong: true, always: true, pos: "built-in"})
	}
	for _, b := range leadBoilerplate {
		d.phrases = append(d.phrases, discardPhrase{category: boilerCat, words: b, strong: true, always: true, lead: true, pos: "built-in"})
	}
	for _, w := range pollNouns {
		d.phrases = append(d.phrases, discardPhrase{category: "POLL", words: []string{w}, strong: true, always: true, poll: true, pos: "built-in"})
	}
	for _, es := range files {
		for _, e := range es {
			body := strings.TrimSpace(e.Body)
			strong, always, vague := false, false, false
			for {
				if t, ok := strings.CutSuffix(body, "[strong]"); ok {
					body, strong = strings.TrimSpace(t), true
				} else if t, ok := strings.CutSuffix(body, "[always]"); ok {
					body, always = strings.TrimSpace(t), true
				} else if t, ok := strings.CutSuffix(body, "[vague]"); ok {
					body, vague = strings.TrimSpace(t), true
				} else {
					break
				}
			}
			for _, alt := range strings.Split(body, "|") {
				ws := strings.Fields(strings.ToLower(alt))
				if len(ws) == 0 {
					return nil, &dictfile.Error{File: e.File, Line: e.Line, Msg: "empty discard phrase"}
				}
				if e.Code == storyCategory {
					d.spread = append(d.spread, strings.ToLower(strings.Join(ws, " ")))
					continue
				}
				d.phrases = append(d.phrases, discardPhrase{
					category: e.Code, words: ws, strong: strong, always: always, vague: vague,
					keep: e.Code == keepCategory, pos: e.Pos(),
				})
			}
		}
	}
	if parseErr != nil {
		return nil, fmt.Errorf("discards: %w", parseErr)
	}
	d.topics.tab, d.keeps.tab = wordtab.New(len(d.phrases)), wordtab.New(len(d.phrases))
	for i, ph := range d.phrases {
		if ph.keep {
			d.keeps.add(ph.words[0], i)
		} else {
			d.topics.add(ph.words[0], i)
		}
	}
	return d, nil
}

// boilerplate phrases mark disclaimers and credits, not news.
var boilerplate = [][]string{
	{"this", "article", "was"},
	{"this", "article", "has", "been"},
	{"this", "story", "has", "been"},
	{"this", "story", "was", "corrected"},
	{"an", "earlier", "version", "of", "this"},
	{"has", "been", "refiled"},
	{"has", "not", "verified", "the", "content"},
	{"views", "expressed", "in", "this"},
	{"views", "set", "out", "in", "this"},
	{"responsibility", "for", "the", "information"},
	{"all", "rights", "reserved"},
	{"click", "here", "to"},
	{"subscribe", "to", "our"},
	{"sign", "up", "for", "our"},
	{"follow", "us", "on"},
	{"reporting", "by"},
	{"editing", "by"},
	{"writing", "by"},
	{"translated", "and", "edited", "by"},
	{"contributed", "to", "this", "report"},
	{"contributed", "reporting"},
	// Photo credits: the sentence they sit in is a caption.
	{"(", "photo", "by"},
	{"(", "photo", ":"},
	{"getty", "images"},
}

// leadBoilerplate labels that open a caption, a link or an editor's note.
// They count only at the start: "Human Rights Watch: Egypt must free
// activists" is a headline, "Watch: troops fire artillery" a video link.
var leadBoilerplate = [][]string{
	{"watch", ":"},
	{"video", ":"},
	{"photo", ":"},
	{"file", "photo"},
	{"caption", ":"},
	{"pictured", ":"},
	{"read", "more", ":"},
	{"related", ":"},
	{"editor", "'s", "note"},
	{"editors", "'", "note"},
	{"correction", ":"},
}

// pollNouns name an opinion poll; pollReport decides whether one reports
// the sentence.
var pollNouns = []string{"poll", "polls", "survey", "surveys", "pollsters", "pollster"}

// pollVerbs tell what a poll found.
var pollVerbs = wordset.Of(
	"show", "shows", "showed", "shown", "find", "finds", "found",
	"suggest", "suggests", "suggested", "indicate", "indicates", "indicated",
	"reveal", "reveals", "revealed",
)

// pollReport: the poll noun at i reports the whole sentence, so all the
// sentence tells is what people think: as its subject ("A Reuters/Ipsos
// poll showed 60 percent of Israelis back the deal"), as a trailing
// attribution ("..., a Gallup poll found.") or after "according to" at
// the sentence's start. What people tell a pollster is opinion, not an
// act, however political its words: so no KEEP word vetoes it. A poll
// inside a clause ("the party, trailing in polls, accused the
// government") reports nothing and keeps the sentence.
func pollReport(toks []text.Token, i, lead int) bool {
	if w := toks[i].Lower; w == "pollsters" || w == "pollster" {
		// P27: people who "told pollsters" what they believe give
		// their opinion to a poll ("Nearly half of Americans told
		// pollsters they believed the country was on the wrong track").
		return i > lead && toks[i-1].Lemma == "tell" && toks[i-1].IsVerb()
	}
	if i+1 < len(toks) && toks[i+1].IsNoun() {
		return false // "the survey team", "poll workers": not a poll
	}
	if toks[i].Lower[0] == 's' && !opinionShare(toks) {
		// A survey is any study ("A UN survey found that troops
		// demolished 900 homes"): it reports opinion only when it
		// gives people's shares or beliefs.
		return false
	}
	// The poll's own noun phrase: back over its modifiers to the
	// sentence's start, a comma or "according to".
	b := i - 1
	for b >= lead && pollModifier(&toks[b]) {
		b--
	}
	switch {
	case b < lead:
		return pollVerbAfter(toks, i) >= 0 // "A new poll showed ..."
	case toks[b].Lower == "to" && b-1 >= lead && toks[b-1].Lower == "according" && (b-1 == lead || toks[b-2].Lower == ","):
		return true // "According to a poll by ...", "..., according to a survey"
	case toks[b].Lower == ",":
		// ", a Gallup poll found." ending the sentence.
		v := pollVerbAfter(toks, i)
		if v < 0 {
			return false
		}
		for k := v + 1; k < len(toks); k++ {
			if w := toks[k].Lower; w != "." && w != "on" && !toks[k].IsNoun() && toks[k].Tag != "CD" {
				return false // "..., a poll found, adding that ...": more to come
			}
		}
		return true
	}
	return false
}

// opinionShare: the sentence tells what share of people think what
// ("58 percent of Germans support", "a majority of Taiwanese believe").
func opinionShare(toks []text.Token) bool {
	for k := range toks {
		switch toks[k].Lower {
		case "percent", "%", "majority", "respondents", "believe", "believes", "think", "thinks":
			return true
		case "per":
			if k+1 < len(toks) && toks[k+1].Lower == "cent" {
				return true
			}
		}
	}
	return false
}

// pollModifier may stand in a poll's noun phrase before its noun ("a new
// Reuters/Ipsos opinion poll", "the latest Gallup survey").
func pollModifier(t *text.Token) bool {
	switch t.Tag {
	case "DT", "JJ", "JJS", "NN", "NNP", "NNPS", "CD", "POS", "VBN", "HYPH":
		return true
	}
	return t.Lower == "/"
}

// pollVerbAfter is the index of a verb of finding after the poll noun
// at i, past a short phrase that says whose poll it is or when it ran
// ("by the Pew Research Center", "published on Tuesday", "of 1,000
// voters"); -1 if there is none.
func pollVerbAfter(toks []text.Token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+9; k++ {
		if pollVerbs.Has(toks[k].Lower) && toks[k].IsVerb() {
			return k
		}
		if t := &toks[k]; t.Lower == "," || t.Tag == "MD" || t.IsVerb() && t.Tag != "VBN" {
			return -1
		}
	}
	return -1
}

// question: the sentence asks: it ends in a question mark (before any
// closing quote or bracket) and opens with an auxiliary or a question
// word ("Will Iran retaliate against Israel?", "Why did Russia invade
// Ukraine?"). A headline or a line that asks asserts no act; a question
// quoted inside a report ("'Why should we talk?' the minister asked")
// does not end the sentence and is left alone. The last token is looked
// at first, so most sentences cost one comparison.
func question(toks []text.Token) bool {
	n := len(toks)
	if n < 3 {
		return false
	}
	// Most sentences end in a full stop: one byte tells.
	if w := toks[n-1].Lower; w == "" || w[0] != '?' && w[0] != '"' && w[0] != '\'' && w[0] != ')' && w[0] != ']' {
		return false
	}
	for n > 0 && closer(toks[n-1].Lower) {
		n--
	}
	if n < 3 || toks[n-1].Lower != "?" {
		return false
	}
	i := 0
	for i < n && (toks[i].Lower == "(" || toks[i].Lower == "[" || toks[i].Lower == "\"" || toks[i].Lower == "``" || toks[i].Lower == "'") {
		i++
	}
	return i < n && questionOpeners.Has(toks[i].Lower)
}

func closer(w string) bool {
	switch w {
	case ")", "]", "\"", "''", "'":
		return true
	}
	return false
}

// questionOpeners open a direct question: the auxiliaries and modals of
// an inverted clause and the question words.
var questionOpeners = wordset.Of(
	"is", "are", "was", "were", "will", "would", "can", "could", "should",
	"shall", "may", "might", "must", "do", "does", "did", "has", "have", "had",
	"why", "what", "who", "how", "when", "where", "which", "whose", "whom",
	"isn't", "aren't", "won't", "can't", "doesn't", "didn't",
)

// Spreads reports whether a sentence discarded for why counts towards
// discarding its whole story. Sport, entertainment and obituary stories
// share their topic throughout; a markets or company paragraph inside a
// sanctions story does not make the sanctions business news, and
// boilerplate is about the format.
func (d *Discards) Spreads(why string) bool {
	cat, _, ok := strings.Cut(why, ":")
	if !ok {
		return false
	}
	for _, c := range d.spread {
		if strings.EqualFold(c, cat) {
			return true
		}
	}
	return false
}

// Sentence reports why a sentence is discarded, or "".
func (d *Discards) Sentence(toks []text.Token) string {
	why, _ := d.verdict(toks)
	return why
}

// weakHit is one weak phrase seen in a sentence.
type weakHit struct {
	cat   string
	ph    *discardPhrase
	vague bool
}

// verdict is Sentence with the KEEP phrase that vetoed a discard, if one
// did (for tests and explanations).
func (d *Discards) verdict(toks []text.Token) (why, kept string) {
	if datedCaption(toks) {
		return "caption: a present-tense line that ends in a full date", ""
	}
	if question(toks) {
		return "question: a sentence that asks, and asserts no act", ""
	}
	var (
		strong *discardPhrase // first strong phrase
		keep   *discardPhrase // first KEEP phrase
		buf    [8]weakHit     // most sentences hold no weak word, few many
		weak   = buf[:0]
	)
	lead := 0
	for lead < len(toks) && (toks[lead].Lower == "(" || toks[lead].Lower == "[") {
		lead++
	}
	see := func(pi, i int) string {
		ph := &d.phrases[pi]
		if ph.lead && i != lead || !matchAt(toks, i, ph.words) {
			return ""
		}
		switch {
		case ph.poll:
			if pollReport(toks, i, lead) {
				return fmt.Sprintf("poll: %q reports opinion, not acts (built-in)", toks[i].Lower)
			}
		case ph.keep:
			if keep == nil {
				keep = ph
				return "keep"
			}
		case ph.strong:
			if ph.always {
				return fmt.Sprintf("%s: %q (%s)", strings.ToLower(ph.category), strings.Join(ph.words, " "), ph.pos)
			}
			if strong == nil {
				strong = ph
			}
		default:
			for _, w := range weak {
				if w.ph == ph {
					return ""
				}
			}
			weak = append(weak, weakHit{ph.category, ph, ph.vague})
		}
		return ""
	}
	if why := d.topics.scan(toks, see); why != "" {
		return why, ""
	}
	if strong != nil {
		why = fmt.Sprintf("%s: %q (%s)", strings.ToLower(strong.category), strings.Join(strong.words, " "), strong.pos)
	} else {
		why = weakPair(weak)
	}
	if why != "" && d.keeps.scan(toks, see) != "" {
		return "", fmt.Sprintf("%q (%s)", strings.Join(keep.words, " "), keep.pos)
	}
	return why, ""
}

// datedCaption: an agency photo caption is written in the present tense
// and ends in the place and full date the picture was taken ("Putin
// attends a meeting at the Kremlin in Moscow, Russia, May 5, 2021."). A
// news lead tells its act in the past and dates it by weekday, so a
// present-tense verb with no past one, before a closing "City, Country,
// Month D, YYYY", marks a caption, whatever it shows. A present-tense
// sentence that ends in a bare date is not enough: web copy and
// headlines carry their own dates so. It looks at the last five tokens first, so most sentences cost a
// few comparisons.
func datedCaption(toks []text.Token) bool {
	n := len(toks)
	if n > 0 && toks[n-1].Lower == "." {
		n--
	}
	if n < 8 || !isYear(toks[n-1].Lower) || toks[n-2].Lower != "," || !isDay(toks[n-3].Lower) || !monthNames.Has(toks[n-4].Lower) ||
		toks[n-5].Lower != "," || toks[n-6].Tag != "NNP" || toks[n-7].Lower != "," && toks[n-7].Tag != "NNP" {
		return false
	}
	present := false
	for i := range toks[:n-4] {
		switch toks[i].Tag {
		case "VBD", "MD":
			return false
		case "VBZ", "VBP":
			present = true
		}
	}
	return present
}

func isYear(w string) bool { return len(w) == 4 && allDigits(w) && (w[0] == '1' || w[0] == '2') }

func isDay(w string) bool { return len(w) >= 1 && len(w) <= 2 && allDigits(w) }

// monthNames as captions spell them, in full or in agency abbreviations.
var monthNames = wordset.Of(
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)

// weakPair names the first category, in name order, with two different
// weak phrases in the sentence, at least one of them not vague (or three
// vague ones), or "". Two vague words make no topic: "the director of the
// agency said the final report"; "the striker scored as the club won the
// cup" does.
func weakPair(weak []weakHit) string {
	best := ""
	for i, h := range weak {
		if best != "" && h.cat >= best {
			continue
		}
		n, sure := 0, false
		for _, o := range weak[i:] {
			if o.cat == h.cat {
				n++
				sure = sure || !o.vague
			}
		}
		if n >= 3 || n == 2 && sure {
			best = h.cat
		}
	}
	if best == "" {
		return ""
	}
	var ws []string
	for _, o := range weak {
		if o.cat == best {
			ws = append(ws, strings.Join(o.ph.words, " "))
		}
	}
	return fmt.Sprintf("%s: %q (two or more %s words)", strings.ToLower(best), strings.Join(ws, ", "), strings.ToLower(best))
}

// matchAt reports whether seq matches toks from position i.
func matchAt(toks []text.Token, i int, seq []string) bool {
	if i+len(seq) > len(toks) {
		return false
	}
	for j, w := range seq {
		t := toks[i+j].Lower
		switch w {
		case "*":
		case "[score]":
			if !isScore(t) {
				return false
			}
		default:
			if t != w {
				return false
			}
		}
	}
	return true
}

// isScore: "2-1", "3-0".
func isScore(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && len(a) > 0 && len(a) <= 3 && len(b) > 0 && len(b) <= 3 && allDigits(a) && allDigits(b)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
