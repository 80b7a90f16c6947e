package text

import (
	_ "embed" // lemmas.bin
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/aaaton/golem/v4/dicts/en"
	"github.com/jdkato/prose/v3/tag"

	"github.com/parley-events/parley/internal/strtab"
	"github.com/parley-events/parley/internal/wordset"
)

// Tagger assigns Penn Treebank tags to the tokens of one sentence in place.
type Tagger interface {
	Tag(toks []Token)
}

// Lemmatizer gives the dictionary form of a lower-cased word with its tag.
type Lemmatizer interface {
	Lemma(lower, tag string) string
}

// Analyzer is the text stage: segmentation, tokenization, tagging and
// lemmatization. It is immutable and safe for concurrent use.
type Analyzer struct {
	tagger Tagger
	lemma  Lemmatizer
	// verbs is lemma as a verbFormChecker, or nil (verbform.go).
	verbs verbFormChecker
	// scratch holds *[]Token buffers that Analyze tokenizes into before
	// copying a story's tokens out at their exact size.
	scratch sync.Pool
}

// New builds an Analyzer from its parts.
func New(t Tagger, l Lemmatizer) *Analyzer {
	vc, _ := l.(verbFormChecker)
	return &Analyzer{tagger: t, lemma: l, verbs: vc}
}

// NewDefault returns the reference analyzer: prose's averaged-perceptron
// tagger (fed our own tokens, so offsets stay ours) and golem lemmas. The
// pipeline uses fasttag.NewAnalyzer, which gives identical tags from the
// same model about ten times faster; this one stays as the reference the
// fast tagger is tested against.
func NewDefault() (*Analyzer, error) {
	t, err := NewProseTagger()
	if err != nil {
		return nil, err
	}
	l, err := NewGolemLemmatizer()
	if err != nil {
		return nil, err
	}
	return New(t, l), nil
}

// Analyze splits a story into analysed sentences.
//
// The story is analysed in a reused scratch buffer, then its tokens are
// copied into one array of exactly their number, which the sentences'
// Tokens share; their folded lower-case forms share one string buffer.
// That is two allocations per story instead of a growing slice per
// sentence and a string per capitalised word. Each sentence's Tokens has
// its capacity cut to its length, so appending to it never writes into
// the next sentence.
func (a *Analyzer) Analyze(story string) []Sentence {
	buf, _ := a.scratch.Get().(*[]Token)
	if buf == nil {
		buf = new([]Token)
	}
	out := a.AnalyzeInto(story, nil, buf)
	all := *buf
	exact := make([]Token, len(all))
	copy(exact, all)
	n := 0
	for i := range out {
		k := len(out[i].Tokens)
		out[i].Tokens = exact[n : n+k : n+k]
		n += k
	}
	clear(all) // the pool must not keep this story's strings alive
	if cap(all) <= maxScratchTokens {
		*buf = all[:0]
		a.scratch.Put(buf)
	}
	return out
}

// AnalyzeInto is Analyze into the caller's buffers, for a caller that is
// done with one story's analysis before it analyses the next, as the
// pipeline's Code is: the sentences are appended to sents[:0], and all
// their tokens are stored in *toks, whose array the next call reuses. The
// caller must clear *toks before it drops it, so that it keeps no story's
// strings alive.
func (a *Analyzer) AnalyzeInto(story string, sents []Sentence, toks *[]Token) []Sentence {
	// Most stories of a feed are a headline and a few sentences: their
	// spans stay on the stack, an allocation a story less.
	var spanBuf [16][2]int
	spans := appendSegment(spanBuf[:0], story)
	out := slices.Grow(sents[:0], len(spans))[:len(spans)]
	var arena strings.Builder
	arena.Grow(len(story) / 4)
	all := (*toks)[:0]
	for i, sp := range spans {
		out[i] = Sentence{Index: i, Text: story[sp[0]:sp[1]], Start: sp[0], End: sp[1]}
		n := len(all)
		// A dateline opens a story's lead, which is its first sentence
		// or, after a headline, its second.
		all = a.tokens(out[i].Text, all, &arena, i <= 1)
		// Only the length counts until every token is in: all may move
		// as it grows.
		out[i].Tokens = all[n:len(all):len(all)]
	}
	n := 0
	for i := range out {
		k := len(out[i].Tokens)
		out[i].Tokens = all[n : n+k : n+k]
		n += k
	}
	*toks = all
	return out
}

// maxScratchTokens bounds the scratch buffer a pool keeps (about 1.3 MB).
const maxScratchTokens = 1 << 14

// Tokens analyses one sentence, reusing buf.
func (a *Analyzer) Tokens(sentence string, buf []Token) []Token {
	return a.tokens(sentence, buf[:0], nil, true)
}

// tokens appends the analysed tokens of one sentence to buf.
func (a *Analyzer) tokens(sentence string, buf []Token, arena *strings.Builder, lead bool) []Token {
	n := len(buf)
	all := appendTokens(sentence, buf, arena)
	toks := all[n:]
	// The tagger's model learnt double quotes as the Penn Treebank writes
	// them, `` and '', and takes a plain " for a word: a closing quote came
	// out a verb or a noun ("We are ready," the army chief said: "/VB),
	// which broke the clause around it. It is shown the Treebank's form.
	var quoteBuf [8]int
	quotes := quoteBuf[:0]
	that := -1 // the first "that", where a complement clause may open
	// Square brackets, which wire copy puts round a word it adds inside a
	// quotation ("[The Iranians] attacked our ship"), it learnt only as
	// round ones: "[" came out a verb or a preposition and "]" a present
	// verb, which left the clause with no subject. It is shown "(" and
	// ")"; the text is restored with the quotes'.
	for i := range toks {
		switch l := toks[i].Lower; len(l) {
		case 4:
			if that < 0 && l == "that" {
				that = i
			}
		case 1:
			switch l[0] {
			case '"':
				quotes = append(quotes, i)
				if openingQuote(sentence, toks, i) {
					toks[i].Text = "``"
				} else {
					toks[i].Text = "''"
				}
			case '\'':
				// A single quote as a quotation mark (scarequote_q20.go).
				if k := singleQuoteClose(sentence, toks, i); k > 0 {
					quotes = append(quotes, i, k)
					toks[i].Text, toks[k].Text = "``", "''"
				}
			case '[':
				quotes = append(quotes, i)
				toks[i].Text = "("
			case ']':
				quotes = append(quotes, i)
				toks[i].Text = ")"
			}
		}
	}
	// A Title-Case headline is tagged as if in lower case (titlecase.go).
	recased := false
	switch lineCase(toks) {
	case titleLine:
		if known, ok := a.lemma.(wordLister); ok {
			recased = recase(toks, known)
		}
	case shoutedLine:
		if known, ok := a.lemma.(wordLister); ok {
			recased = recaseShouted(toks, known)
		}
	}
	a.tagger.Tag(toks)
	c := a.retagClauses(toks, lead, that)
	if len(toks) > 2 && toks[0].Tag == "NNP" && a.adjectiveBeforeDemonym(toks, 0) {
		toks[0].Tag = "JJ" // "Heavy/NNP Russian shelling" (opening_s12.go)
	}
	if c > 0 && c < len(toks) && toks[c].Tag == "NNP" && a.adjectiveBeforeDemonym(toks, c) {
		toks[c].Tag = "JJ"
	}
	for _, i := range quotes {
		toks[i].Text = sentence[toks[i].Start:toks[i].End]
	}
	if recased {
		for i := range toks {
			toks[i].Text = sentence[toks[i].Start:toks[i].End]
		}
	}
	for i := range toks {
		t := &toks[i]
		t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
		// A past tag on a word that is its own lemma may be a noun the
		// tagger misread from its neighbours ("the last Islamic State
		// stronghold in" → stronghold/VBD), which would split the clause
		// around it (verbform.go). Real past forms ("said" → "say") have
		// another lemma and are not looked at again.
		if a.verbs == nil {
			continue
		}
		if approxBeforeCount(toks, i) {
			t.Tag = "RB" // "arrested about/IN 50 protesters" (about_r29.go)
			continue
		}
		if findingAfterBody(toks, i, c, a.verbs) {
			// "The tribunal/JJ found/NN that" (finding_k29.go)
			t.Tag = "VBD"
			t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			s := &toks[i-1]
			s.Tag = "NN"
			s.Lemma = a.lemma.Lemma(s.Lower, s.Tag)
			continue
		}
		if a.pastAfterAgent(toks, i, c) {
			// "A bomb planted by militants tore/RB through"
			// (pastagent_p40.go)
			t.Tag = "VBD"
			t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			continue
		}
		switch t.Tag {
		case "VBD", "VBN":
			if EstimatedCount(toks, i) {
				// "detained an estimated/VBN 300 protesters"
				// (estimated_d23.go)
				t.Tag = "JJ"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if i > 0 && toks[i-1].Tag == "VBG" && gerundSubject(toks, i, c) {
				// "Russian shelling/VBG killed/VBN two civilians"
				// (clause_s11.go)
				toks[i-1].Tag, toks[i-1].Lemma = "NN", toks[i-1].Lower
				t.Tag = "VBD"
				for k := c; k < i-1; k++ {
					if toks[k].Tag == "VBN" {
						toks[k].Tag = "JJ" // "Renewed/VBN fighting killed"
					}
				}
			} else if i > 0 && endsEd(toks[i-1].Lower) && toks[i-1].Tag == "NN" && a.pastBeforeParticiple(toks, i-1) {
				// "The junta freed/NN detained/VBD ministers" (headline.go)
				a.retagPastPair(toks, i-1)
			} else if t.Tag == "VBD" && a.compoundHeadBeforePresent(toks, i) {
				// "Bomb blast/VBD kills/NNS 12" (headlinenoun_c21.go)
				t.Tag = "NN"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
				n := &toks[i+1]
				n.Tag = "VBZ"
				n.Lemma = a.lemma.Lemma(n.Lower, n.Tag)
			} else if t.Tag == "VBD" && t.Lemma == t.Lower && mandativeBase(toks, i) {
				// "demanded that Seoul halt/VBD the drills": the verb
				// of a mandative that-clause is the bare base form,
				// which the model took for a past; a past would be
				// "halted". (Pasts spelled like their base are left.)
				t.Tag = "VB"
			} else if t.Lemma == t.Lower && a.verbs.NotAVerb(t.Lower) {
				t.Tag = "NN"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if t.Tag == "VBD" && participleBeforeNoun(toks, i) {
				// "freed three kidnapped/VBD aid workers": an -ed form
				// between a number or determiner and its noun describes
				// the noun.
				t.Tag = "JJ"
			} else if t.Tag == "VBN" && (subjectParticiple(toks, i) || subordinateParticiple(toks, i)) {
				// "French unions called/VBN on the government to":
				// a participle right after the noun phrase that opens
				// the sentence, with no finite verb in its clause, is
				// that clause's verb.
				t.Tag = "VBD"
			} else if t.Tag == "VBN" && objectNext(toks, i) && subjectThenObject(toks, i) && participleAsVerb(toks, i) && !(toks[i-1].Tag == "JJ" && sectorNoun(toks[i-1].Lower)) {
				// "A tribunal/JJ convicted/VBN a former general",
				// "Attackers on motorbikes ambushed/VBN a convoy, killing
				// 20": the participle before an object, with no finite
				// verb after it in its clause, is the clause's verb,
				// and a word after the determiner read as an adjective
				// heads the subject. A sector noun read as an
				// adjective before a participle ("The military/JJ
				// based/VBN its claim") is left as it was for now:
				// TestS7ActorCodes, guarding against a "military base"
				// read into "military based", wants no ---MIL there
				// and cannot tell the base from the subject.
				t.Tag = "VBD"
				a.subjectNoun(toks, i-1)
			} else if t.Tag == "VBN" && i > 0 && toks[i-1].Tag == "," && afterRelative(toks, i) {
				// "The ministry, which oversees prisons, released/VBN
				// figures" (clause_s11.go)
				t.Tag = "VBD"
			} else if t.Tag == "VBD" && sectorBeforeVerb(toks, i) {
				// "The military/JJ detained/VBD the president": the
				// sector noun heads the subject, so the actor stage can
				// find it.
				toks[i-1].Tag = "NN"
			} else if t.Tag == "VBN" && i > 0 && toks[i-1].Lower == "and" && timeBeforeAnd(toks, i-1) && pastAfterAnd(toks, i) {
				// "reviewed its policy on Sunday and imposed/VBN
				// sanctions" (coordtime_x17.go)
				t.Tag = "VBD"
			}
		case "JJ":
			if coordinatedPassive(toks, i) && (lemmaDiffers(t) || a.verbs.RegularPast(lastPart(t.Lower))) {
				// "was shot/JJ and wounded/VBN by gunmen"
				// (coordpassive_lead.go)
				t.Tag = "VBN"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if n := len(t.Lower); n >= 5 && t.Lower[n-2:] == "ed" && gerundPastSubject(toks, i, c) && a.verbs.RegularPast(lastPart(t.Lower)) {
				// "Israeli shelling/VBG forced/JJ hundreds of families
				// to flee": the past the tagger called an adjective
				// after an act's -ing noun, as "Russian shelling/VBG
				// killed/VBN" above (gerundpast_s22.go).
				toks[i-1].Tag, toks[i-1].Lemma = "NN", toks[i-1].Lower
				t.Tag = "VBD"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if articleName(t.Text) && (i+1 == len(toks) || !toks[i+1].IsNoun()) {
				// "Militants linked to al-Qaeda/JJ kidnapped/JJ three
				// miners" (headline.go)
				t.Tag = "NNP"
				t.Lemma = t.Lower
			} else if articleName(t.Text) && a.pastAfterArticleName(toks, i) {
				// "The army and al-Shabaab/JJ fought/NN for control
				// of" (arabicname_lead.go)
				t.Tag = "NNP"
				t.Lemma = t.Lower
				toks[i+1].Tag = "VBD"
			} else if n := len(t.Lower); n >= 5 && t.Lower[n-2:] == "ed" && (pastAfterNoun(toks, i) || pastAfterAnd(toks, i) || subjectThenObject(toks, i) || i > 0 && toks[i-1].Tag == "," && afterRelative(toks, i)) && a.verbs.RegularPast(lastPart(t.Lower)) {
				t.Tag = "VBD"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
				a.subjectNoun(toks, i-1) // "A gunman/JJ stabbed/JJ two officers"
			} else if lemmaDiffers(t) && (pastAfterNoun(toks, i) || pastAfterAnd(toks, i) || subjectThenObject(toks, i) || i > 0 && toks[i-1].Tag == "," && afterRelative(toks, i)) {
				// An irregular past the tagger called an adjective
				// ("Ecuador froze/JJ relations"): pastforms.txt gave it
				// its verb's lemma above.
				t.Tag = "VBD"
				a.subjectNoun(toks, i-1)
			}
		case "NN", "NNP":
			// A past form read as a noun or (lower case) a name: "Egypt
			// froze/NN relations", "Russia fought/NNP war". A noun of its
			// own ("shot", "left") is a past only as pastforms.txt says.
			if t.Tag == "NN" && i > 0 && toks[i-1].Tag == "MD" && modalVerb(toks, i) && !a.verbs.NotAVerb(t.Lower) {
				// "The Netherlands will hand/NN over the jets": a word
				// right after a modal, before a particle or an object,
				// is the verb the modal governs.
				t.Tag = "VB"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if t.Tag == "NN" && i+1 < len(toks) && particleWord(toks[i+1].Lower) && phrasalVerb(toks, i) {
				// "agreed to hand/NN over the prisoners" (clause_s11.go)
				t.Tag = "VB"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if a.pastBeforePlural(toks, i, c) {
				// "Tokyo rebuffed/NN calls/VBZ for" (pastplural_a17.go)
				t.Tag = "VBD"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
				n := &toks[i+1]
				n.Tag = "NNS"
				n.Lemma = a.lemma.Lemma(n.Lower, n.Tag)
			} else if t.Tag == "NN" && i >= c && i-c <= 4 && len(t.Lower) >= 4 && t.Lower[len(t.Lower)-1] == 's' && (a.presentSAfterName(toks[c:], i-c) || a.presentSAfterThe(toks[c:], i-c)) {
				// "Russia withdraws/NN from the treaty" (clause_s11.go)
				t.Tag = "VBZ"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if t.Lower == "set" && setTo(toks, i) {
				t.Tag = "VBN" // "Chad set/NN to expel French troops"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if maybePast(t) && pastAfterNoun(toks, i) && a.misreadPast(t) {
				t.Tag = "VBD"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if t.Tag == "NN" && appositiveParticiple(toks, i) && a.lemma.Lemma(t.Lower, "VBG") != t.Lower {
				// "Xi and Biden, meeting/NN on the sidelines of the
				// summit, agreed" (participle_lead.go)
				t.Tag = "VBG"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if t.Tag == "NN" {
				a.nounPast(toks, i)
			}
		case "RB":
			// "Norway/RB mediated/JJ talks": the model reads a name
			// ending like an adverb ("-way", "-ly") as one; a capitalised
			// word the dictionary does not know is a name.
			if nameAfterTo(t.Text) && !recased && adverbName(toks, i) {
				if kw, ok := a.lemma.(wordLister); ok && !kw.Known(t.Lower) {
					t.Tag = "NNP"
					t.Lemma = t.Lower
				}
			} else if i >= 2 && strings.HasPrefix(toks[i-1].Tag, "J") && a.lyNoun(toks, i) {
				// "Russia's closest ally/RB" (headline.go)
				t.Tag = "NN"
				t.Lemma = t.Lower
			}
		case "PRP":
			// "Vice Premier He/PRP Lifeng met": a capitalised "He"
			// inside the sentence, between a name or title and a name,
			// is the Chinese surname; the pronoun is written in lower
			// case there.
			if len(t.Text) == 2 && t.Text == "He" && surnameHe(toks, i) {
				t.Tag = "NNP"
				t.Lemma = t.Lower
			}
		case "VBP", "VB":
			if t.Tag == "VB" && !recased && i >= 2 && toks[i-1].Lower == "to" && nameAfterTo(t.Text) {
				// "began a visit to Damascus/VB": running text writes
				// an infinitive's verb in lower case, so a capitalised
				// word after "to" is a name (a Title-Case headline was
				// recased above and is not looked at).
				t.Tag = "NNP"
				t.Lemma = t.Lower
				continue
			}
			// "UN envoy/VBP Hans Grundberg said": a word golem knows as no
			// verb at all, right after a name, an adjective, a determiner
			// or a possessive, is a noun of that phrase; read as a verb it
			// would split the clause (X37, envoy_x37.go).
			if t.Tag == "VBP" && nounAfter(toks, i) && a.verbs.NotAVerb(t.Lower) {
				t.Tag = "NN"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
				continue
			}
			// "shot dead/VBP a local councillor": a word golem knows as
			// no verb at all, before an object, is the adjective of a
			// phrasal verb; after it, the participle before it is the
			// clause's verb ("gunmen shot/VBN dead a councillor").
			if i > 0 && i+1 < len(toks) && objectStart(toks[i+1].Tag) && toks[i-1].Tag == "VBN" && a.verbs.NotAVerb(t.Lower) {
				t.Tag = "JJ"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
				if pastAfterNoun(toks, i-1) {
					toks[i-1].Tag = "VBD"
					toks[i-1].Lemma = a.lemma.Lemma(toks[i-1].Lower, "VBD")
				}
			}
		case "NNS":
			// "Moscow expels/NNS two British diplomats": a headline's
			// present verb after the name that opens it.
			// A present verb after a singular subject ends in -s; a
			// plural that does not ("Kenyan police/NNS tear-gas") is
			// the subject's noun.
			if t.Lower[len(t.Lower)-1] != 's' {
				break
			}
			// Counted from the clause's start c: after a dateline or a
			// chronology's date ("2014 - Russia annexes/NNS Crimea").
			if kw, _ := a.lemma.(wordLister); i >= c && nameSaysThat(toks[c:], i-c, kw) {
				// "The Herald reports/NNS that police arrested ...": a
				// verb of saying after its subject (reportsthat_lead.go).
				t.Tag = "VBZ"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if i >= c && nameThenVerb(toks[c:], i-c) && !a.verbs.NotAVerb(t.Lower) {
				t.Tag = "VBZ"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
				if m := &toks[i+1]; m.IsVerb() && modifierNoun(m.Lower) {
					m.Tag = "NN" // "Army shells rebel/VBP town"
				}
			} else if i >= c && nameThenBareObject(toks[c:], i-c) && (modifierNoun(toks[i+1].Lower) || a.verbs.NotAVerb(toks[i+1].Lower)) && !a.verbs.NotAVerb(t.Lower) {
				// "Settler shoots/NNS farmer/VBP near Nablus", "Bomber
				// targets/NNS police/VBP in Peshawar": the model made
				// the headline's bare object its verb; a word that is
				// no verb at all, or a side's noun, is the object.
				t.Tag = "VBZ"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
				toks[i+1].Tag = "NN"
			} else if toks[len(toks)-1].Tag != "." && nameThenNounObject(toks, i) && !a.verbs.NotAVerb(t.Lower) {
				// "India rushes/NNS medicines to Turkey", "Tehran
				// rebuffs/NNS offer of talks": a headline's present verb
				// before its bare object (verbform_s14.go).
				t.Tag = "VBZ"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if toks[len(toks)-1].Tag != "." && nameThenModifiedObject(toks, i) && !a.verbs.NotAVerb(t.Lower) && (modifierNoun(toks[i+1].Lower) || a.verbs.NotAVerb(toks[i+1].Lower)) {
				// "Pakistan strikes/NNS militant/VBP hideouts": the
				// model made the object's modifier the verb
				// (verbform_s14.go).
				t.Tag = "VBZ"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
				toks[i+1].Tag = "NN"
				toks[i+1].Lemma = a.lemma.Lemma(toks[i+1].Lower, "NN")
			} else if toks[len(toks)-1].Tag != "." && commaSecondVerb(toks, i) && !a.verbs.NotAVerb(t.Lower) && (!toks[i+1].IsVerb() || !lowerLetters(toks[i+1].Text) || modifierNoun(toks[i+1].Lower) || a.verbs.NotAVerb(toks[i+1].Lower)) {
				// "Russia expels diplomats, orders/NNS consulate/VBP
				// closed": a headline's second verb after a comma
				// (verbform_s14.go).
				t.Tag = "VBZ"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
				if m := &toks[i+1]; m.IsVerb() {
					m.Tag = "NN"
					if !lowerLetters(m.Text) {
						m.Tag = "NNP" // "summons Philippine/VBP envoy"
					}
					m.Lemma = a.lemma.Lemma(m.Lower, m.Tag)
				}
			}
		case "VBG":
			// "Saudi king/VBG receives Iraqi PM": the model guesses a
			// gerund from the ending alone after a name. A word that is
			// its own lemma and no verb at all ("king", "ceiling",
			// "sibling") is no -ing form of anything: a noun.
			if t.Lemma == t.Lower && lowerLetters(t.Text) && a.verbs.NotAVerb(t.Lower) {
				t.Tag = "NN"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if actingTitle(toks, i) {
				// "Kursk region acting/VBG governor Alexei Smirnov
				// declared" (acting_d25.go)
				t.Tag = "JJ"
				t.Lemma = t.Lower
			}
		case "VBZ":
			if len(t.Lower) == 6 && t.Lower == "police" {
				// "Kenyan police/VBZ tear-gas": the word is no -s form;
				// as a verb it is only ever the base ("to police").
				t.Tag = "NNS"
			} else if i >= 2 && (toks[i-1].Tag == "NNP" || toks[i-1].Tag == "NN") && pluralOfNoVerb(t, a.verbs) {
				// "warned Catalan separatists/VBZ that": the -s form
				// of a word that is no verb at all is a plural noun.
				// The model misreads it after a modifier it took for a
				// noun or a name, and not as a one-word subject's verb
				// ("Iran warns"), so only there is the lemma looked up.
				t.Tag = "NNS"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
			} else if pluralBeforePast(toks, i, a.verbs) {
				t.Tag = "NNS"
				t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
				// The past form after it, which pluralBeforePast has
				// found to be one, is the verb, whatever the model made
				// of it ("Kazakh troops/VBZ overran/IN the airport"); its
				// lemma is taken with the others.
				if n := &toks[i+1]; !n.IsVerb() {
					n.Tag = "VBD"
				}
			}
		}
	}
	if a.verbs != nil {
		a.helpBase(toks) // "to help Congo fight/JJ rebels" (helpbase_lead.go)
	}
	if n := len(toks); n >= 3 && toks[n-1].Tag != "." && a.verbs != nil {
		// A line with no full stop may be a headline (headline.go).
		a.headlineVerbs(toks)
		a.headlineCommaBase(toks) // headline_h19.go
		a.coordSubjectVerb(toks)  // headline_h30.go
	}
	return all
}

// nounPast retags the word at i, tagged NN, as a past verb where it
// stands as one, for the cases maybePast's tables do not cover.
func (a *Analyzer) nounPast(toks []Token, i int) {
	t := &toks[i]
	switch {
	case t.Lower == "shot" && i > 0 && i+1 < len(toks) && toks[i+1].Lower == "dead" && toks[i-1].Tag != "DT" && toks[i-1].Tag != "PRP$":
		// "Journalist shot/NN dead/NN in Mexico": "shot dead" is the
		// verb and its result, a passive in a headline ("dead" then a
		// preposition or the end), else the past with its object after.
		t.Tag = "VBD"
		if i+2 >= len(toks) || toks[i+2].Tag == "IN" || toks[i+2].Tag == "." {
			t.Tag = "VBN"
		}
		t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
		d := &toks[i+1]
		d.Tag = "JJ"
		d.Lemma = a.lemma.Lemma(d.Lower, d.Tag)
	case lemmaDiffers(t) && pastBeforePrep(toks, i):
		// "Turkey sprang/NN to the defence of Qatar", "Hungary dug/NN
		// in": an irregular past (pastforms.txt gave it its verb's
		// lemma) after the subject that opens its clause, before a
		// preposition or particle.
		t.Tag = "VBD"
		t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
	case sameFormPast.Has(t.Lower) && pastAfterNoun(toks, i):
		// "Egypt let/NN aid convoys into Gaza", "Police in Dhaka
		// beat/NN student protesters": a past the same as its base,
		// which no table can tell from the noun, after its subject and
		// before an object; a noun there ("the budget cut in ...") has
		// no object after it.
		t.Tag = "VBD"
	case objectNext(toks, i) && subjectThenObject(toks, i) && (a.verbs.PastForm(t.Lower) || sameFormPast.Has(t.Lower)):
		// "A policeman shot/NN a protester", "A gunman/JJ struck/NN a
		// bus stop": a past form that is a noun too, between the
		// subject that opens its clause and an object.
		t.Tag = "VBD"
		t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
		a.subjectNoun(toks, i-1)
		if d := &toks[i+1]; d.Lower == "dead" {
			d.Tag = "JJ" // "shot dead a guard"
			d.Lemma = a.lemma.Lemma(d.Lower, d.Tag)
		}
	}
}

// subjectNoun makes the word at h, which the model read as an adjective
// between a determiner and the clause's verb, the noun that heads the
// subject ("A gunman/JJ stabbed"), so the actor stage can find it.
func (a *Analyzer) subjectNoun(toks []Token, h int) {
	if t := &toks[h]; t.Tag == "JJ" || t.Tag == "JJR" {
		t.Tag = "NN"
		t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
	}
}

// mandativeBase: the verb at i follows, across at most four words of a
// noun phrase, a "that" right after a verb that takes a mandative clause
// ("demanded that Seoul halt", "urged that the two sides resume"), and is
// no past spelled like its base ("insisted that police cut").
func mandativeBase(toks []Token, i int) bool {
	if sameFormPast.Has(toks[i].Lower) {
		return false
	}
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		switch toks[j].Tag {
		case "NNP", "NNPS", "NN", "NNS", "DT", "JJ", "PRP", "PRP$", "CD", "POS":
			continue
		}
		if j == i-1 || toks[j].Lower != "that" {
			return false
		}
		v := &toks[j-1]
		return v.IsVerb() && mandativeVerbs.Has(v.Lemma)
	}
	return false
}

// sameFormPast are verbs whose past is spelled like their base.
var sameFormPast = wordset.Of(
	"put", "cut", "set", "hit", "let", "shut", "hurt", "cost", "quit",
	"spread", "burst", "cast", "bet", "broadcast", "split", "thrust",
	"upset", "rid", "bid", "read", "beat", "forecast", "offset", "shed",
	"slit", "wed", "fit",
)

// adverbName: the capitalised word at i, tagged an adverb, may be a name:
// it does not end in -ly, is no common sentence adverb, and no comma
// follows it ("Meanwhile, ...", "Finally the talks", "Instead, ...").
func adverbName(toks []Token, i int) bool {
	w := toks[i].Lower
	if strings.HasSuffix(w, "ly") || sentenceAdverbs.Has(w) || i+1 >= len(toks) || toks[i+1].Lower == "," {
		return false
	}
	return true
}

// sentenceAdverbs open sentences and are never names.
var sentenceAdverbs = wordset.Of(
	"meanwhile", "however", "nevertheless", "nonetheless", "therefore",
	"moreover", "furthermore", "instead", "otherwise", "likewise",
	"anyway", "still", "yet", "also", "then", "now", "later", "earlier",
	"already", "once", "twice", "thus", "hence", "indeed", "again",
	"soon", "meantime", "elsewhere", "overall", "altogether", "perhaps",
	"maybe", "almost", "nearly", "even", "just", "only", "afterwards",
	"afterward", "there", "here", "today", "tonight", "tomorrow",
	"yesterday", "ago", "not", "never", "always", "often", "sometimes",
	"separately", "subsequently", "additionally", "consequently",
	"accordingly", "besides", "thereafter", "hitherto", "abroad",
	"overseas", "away", "ahead", "back", "far", "well", "so", "too",
	"very", "quite", "rather", "somewhat", "else", "ever", "further",
	"together", "apart", "aside", "notwithstanding", "regardless",
	"nowhere", "anywhere", "everywhere", "somewhere", "sideways",
	"alike", "anew", "forth", "first", "second", "third", "last",
	"next", "long", "much", "more", "most", "less", "least",
)

// nameAfterTo: w is written as a name is (a capital, then lower case),
// not in the capitals of a shouted headline ("RUSSIA TO EXPEL").
func nameAfterTo(w string) bool {
	return len(w) >= 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z'
}

// surnameHe: the "He" at i stands between a capitalised name or title
// and a capitalised name, not at the start of the sentence or clause.
func surnameHe(toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	p, n := &toks[i-1], &toks[i+1]
	return (p.Tag == "NNP" || p.Tag == "NNPS") && startsUpperASCII(p.Text) && n.Tag == "NNP" && nameAfterTo(n.Text)
}

// lastPart is a hyphenated word's last part ("tear-gassed" → "gassed"),
// whose regular past makes the whole one.
func lastPart(w string) string {
	if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) {
		return w[k+1:]
	}
	return w
}

// misreadPast: t, tagged NN or NNP, is a verb's past form. Tagged NN it
// must be a regular past or one pastforms.txt gives under NN (so
// "froze", not "shot"); otherwise any past form.
func (a *Analyzer) misreadPast(t *Token) bool {
	if t.Tag == "NN" {
		n := len(t.Lower)
		return t.Lemma != t.Lower || n >= 5 && t.Lower[n-2:] == "ed" && a.verbs.RegularPast(t.Lower)
	}
	return a.verbs.PastForm(t.Lower)
}

// maybePast is misreadPast's test without a table, run on every noun
// and name first: a noun with a verb's lemma or an -ed ending, or a
// lower-case word tagged as a name.
func maybePast(t *Token) bool {
	n := len(t.Lower)
	if t.Tag == "NN" {
		return lemmaDiffers(t) || n >= 5 && t.Lower[n-2:] == "ed"
	}
	return n >= 3 && t.Text[0] >= 'a' && t.Text[0] <= 'z'
}

// lemmaDiffers: t's lemma is not its lower-cased word, which for a noun
// or an adjective means pastforms.txt gave it a verb's.
func lemmaDiffers(t *Token) bool { return t.Lemma != t.Lower }

// openingQuote: a double quote opens a quotation at the start of the
// sentence or after a space, unless it stands last or before a space
// (then it closes one, as in `said "no" .`).
func openingQuote(sentence string, toks []Token, i int) bool {
	st, end := toks[i].Start, toks[i].End
	before := st == 0 || sentence[st-1] == ' ' || sentence[st-1] == '\n' || sentence[st-1] == '\t' || sentence[st-1] == '('
	after := end < len(sentence) && sentence[end] != ' ' && sentence[end] != '\n' && sentence[end] != '\t'
	return before && (after || i == 0)
}

// ProseTagger wraps prose's perceptron tagger. Its TagTokens is pooled and
// allocation-free, which is why we feed it pre-tokenized words rather than
// using prose's own document pipeline.
type ProseTagger struct {
	t *tag.Tagger
}

// NewProseTagger loads prose's built-in English model.
func NewProseTagger() (*ProseTagger, error) {
	t, err := tag.New()
	if err != nil {
		return nil, fmt.Errorf("text: load prose tagger: %w", err)
	}
	return &ProseTagger{t: t}, nil
}

// Tag implements Tagger.
func (p *ProseTagger) Tag(toks []Token) {
	if len(toks) == 0 {
		return
	}
	pt := make([]tag.Token, len(toks))
	for i := range toks {
		w := toks[i].Text
		// The model was trained on ASCII quotes.
		if toks[i].Lower != strings.ToLower(w) {
			w = asciiQuotes(w)
		}
		pt[i].Text = w
	}
	p.t.TagTokens(pt)
	for i := range toks {
		toks[i].Tag = pt[i].Tag
	}
}

func asciiQuotes(w string) string {
	return strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "–", "-", "—", "-").Replace(w)
}

// GolemLemmatizer gives golem's English lemmas, choosing among a word's
// several base forms by tag ("meeting" the noun stays "meeting").
//
// The table of every word of golem's English dictionary and its lemma is
// built at generate time (lemmas.bin, by BuildLemmaTable) and used in
// place from the binary: building a map of golem's 68,000 words at every
// start-up took 12 ms, a twentieth of a 6,700-sentence run (issue 6:
// never re-parse text on every run). TestLemmasBinUpToDate fails when
// golem's dictionary changes under it; TestGolemTableMatchesGolem checks
// every word against golem itself.
type GolemLemmatizer struct {
	lemma *strtab.Table       // word → golem's LemmaLower(word)
	past  map[string]pastForm // pastforms.txt; nil while it is built
	// pastSigs has bit pastSig(w) set for every word of past: most
	// adjectives and nouns, which pastFormLemma sees, are turned away
	// by one test instead of a map lookup.
	pastSigs [64]uint64
}

//go:generate go run gen_lemmas.go

// lemmasBin is BuildLemmaTable's output, a string so nothing can write it.
//
//go:embed lemmas.bin
var lemmasBin string

// pastFormsTxt is BuildPastForms' output.
//
//go:embed pastforms.txt
var pastFormsTxt string

// NewGolemLemmatizer opens the embedded lemma table.
func NewGolemLemmatizer() (*GolemLemmatizer, error) {
	t, err := strtab.Open(lemmasBin)
	if err != nil {
		return nil, fmt.Errorf("text: lemmas.bin: %w", err)
	}
	past, err := parsePastForms(pastFormsTxt)
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	g := &GolemLemmatizer{lemma: t, past: past}
	for w := range past {
		h := pastSig(w)
		g.pastSigs[h>>6] |= 1 << (h & 63)
	}
	return g, nil
}

// loadGolem reads golem's English dictionary and its word → lemma table.
func loadGolem() (string, map[string]string, error) {
	res, err := en.New().GetResource()
	if err != nil {
		return "", nil, fmt.Errorf("text: load golem dictionary: %w", err)
	}
	m, err := golemTable(string(res))
	if err != nil {
		return "", nil, fmt.Errorf("text: load golem dictionary: %w", err)
	}
	return string(res), m, nil
}

// BuildLemmaTable encodes golem's English dictionary as lemmas.bin.
func BuildLemmaTable() ([]byte, error) {
	res, m, err := loadGolem()
	if err != nil {
		return nil, err
	}
	for w, l := range verbForms(res, m) {
		m[verbKey+w] = l
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // the same bytes every time, so the test can compare
	values := make([]string, len(keys))
	for i, k := range keys {
		values[i] = m[k]
	}
	return strtab.Build(keys, values)
}

// verbKey prefixes, in the lemma table, the keys of verbForms.
const verbKey = "\x01"

// verbForms finds the words that golem lemmatises as themselves although
// the dictionary also lists them as an inflected form of another word:
// "left" is its own line ("left, lefts") before it is a form of "leave",
// "shot" of "shoot", "weighing" of "weigh". golem answers with the first
// line, right for the adjective or noun; a word tagged as a verb wants the
// verb, the lemma of the first line that lists it as a form.
func verbForms(dict string, first map[string]string) map[string]string {
	out := map[string]string{}
	for line := range strings.SplitSeq(dict, "\n") {
		base, rest, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		for w := range strings.SplitSeq(rest, "\t") {
			if w == base || first[w] != w {
				continue
			}
			if _, seen := out[w]; !seen {
				out[w] = base
			}
		}
	}
	return out
}

// golemTable parses golem's dictionary format: one line per lemma, the
// lemma then its forms, tab-separated. A word listed on several lines
// takes the lemma of the first, as in golem. The lines are read last to
// first, so that plain assignment leaves the first line's lemma.
func golemTable(dict string) (map[string]string, error) {
	lines := strings.Count(dict, "\n") + 1
	m := make(map[string]string, strings.Count(dict, "\t")+lines/2)
	bad := 0 // the first line without a form, if any
	for end, n := len(dict), lines; ; n-- {
		start := strings.LastIndexByte(dict[:end], '\n') + 1
		if line := dict[start:end]; line != "" {
			if base, rest, ok := strings.Cut(line, "\t"); !ok {
				bad = n
			} else {
				m[base] = base
				for rest != "" {
					var w string
					w, rest, _ = strings.Cut(rest, "\t")
					m[w] = base
				}
			}
		}
		if start == 0 {
			break
		}
		end = start - 1
	}
	if bad != 0 {
		return nil, fmt.Errorf("line %d: expected more than 1 form per word", bad)
	}
	return m, nil
}

// inDict is golem's InDict.
func (g *GolemLemmatizer) inDict(word string) bool {
	return g.lemma.Contains(strings.ToLower(word))
}

// lemmaLower is golem's LemmaLower.
func (g *GolemLemmatizer) lemmaLower(word string) string {
	if l, ok := g.lemma.Lookup(word); ok {
		return l
	}
	return word
}

// Lemma implements Lemmatizer.
func (g *GolemLemmatizer) Lemma(lower, tag string) string {
	if lower == "" || !isWordStart(lower) {
		return lower
	}
	// pastFormLemma, out of line, only for the tags it reads.
	if tag == "JJ" || tag == "NN" || tag == "VBP" {
		if l, ok := g.pastFormLemma(lower, tag); ok {
			return l // "fought"/JJ → "fight", "shot"/NN → "shoot"
		}
	}
	switch tag {
	case "NN", "NNP", "JJ", "RB", "IN", "DT":
		// Singular nouns and function words are their own lemma; golem
		// would turn "meeting" into "meet" and "talks" is handled below.
		// A noun that is not in the dictionary is its own lemma too when
		// lower-casing leaves it unchanged, as it does every ASCII word
		// that Fold made: then inDict and lemmaLower look up the same key.
		if tag != "NN" || asciiLower(lower) || g.inDict(lower) {
			return lower
		}
	case "NNS", "NNPS":
		// golem gives a word's base forms in no useful order ("meetings"
		// → "meet"); a plural whose singular is itself a word keeps its
		// noun: "meetings" → "meeting", "talks" → "talk".
		if n := len(lower); n > 3 && lower[n-1] == 's' {
			if sing := lower[:n-1]; g.inDict(sing) {
				return sing
			}
		}
		return g.lemmaLower(lower)
	case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ":
		// Only past forms and gerunds: "lay" in "they lay siege" (VBP) is
		// "lay", in "he lay wounded" (VBD) "lie".
		if tag == "VBD" || tag == "VBN" || tag == "VBG" {
			if l, ok := g.lemma.LookupPrefixed(verbKey[0], lower); ok {
				return l // "left" → "leave", "shot" → "shoot"
			}
		}
		// One lookup where Contains and lemmaLower made two.
		if l, ok := g.lemma.Lookup(lower); ok {
			return l
		}
		if l, ok := g.regularVerb(lower); ok {
			return l // "torched" → "torch"
		}
		return lower
	}
	return g.lemmaLower(lower)
}

// regularVerb undoes the regular English inflections of a verb form that
// golem does not list ("torched"), accepting a stem only if
// golem knows it: -ied → -y, -ed/-ing/-es/-s with or without a final e,
// and a doubled final consonant ("shelled" → "shell" is tried before
// "shel"; "stopped" → "stop").
func (g *GolemLemmatizer) regularVerb(w string) (string, bool) {
	try := func(stem string) bool { return len(stem) >= 2 && g.lemma.Contains(stem) }
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		if s := w[:len(w)-3] + "y"; try(s) {
			return s, true
		}
	case strings.HasSuffix(w, "ed"), strings.HasSuffix(w, "ing"):
		stem := strings.TrimSuffix(strings.TrimSuffix(w, "ed"), "ing")
		if try(stem) {
			return stem, true
		}
		if try(stem + "e") {
			return stem + "e", true
		}
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] && try(stem[:n-1]) {
			return stem[:n-1], true
		}
	case strings.HasSuffix(w, "es") || strings.HasSuffix(w, "s"):
		if s := strings.TrimSuffix(w, "es"); s != w && try(s) {
			return s, true
		}
		if s := strings.TrimSuffix(w, "s"); try(s) {
			return s, true
		}
	}
	return "", false
}

// asciiLower reports whether s is ASCII without upper-case letters, so
// strings.ToLower(s) == s.
func asciiLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

func isWordStart(s string) bool {
	c := s[0]
	return c >= 'a' && c <= 'z' || c >= 0x80
}

// SentenceCount counts sentences without analysing them.
func (a *Analyzer) SentenceCount(story string) int { return len(Segment(story)) }

// modalVerb: the word at i, after a modal, comes before a verb particle
// or an object's first word, where only a verb stands ("will hand over
// the jets", "would head the talks").
func modalVerb(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Lower {
	case "over", "back", "out", "off", "up", "down", "away":
		return true
	}
	switch toks[i+1].Tag {
	case "DT", "PRP$", "PRP", "CD":
		return true
	case "NNP", "NNPS":
		// F37: a named object, "he would order U.N. peacekeepers out",
		// "it could hit Israel".
		return true
	}
	return false
}
