package verb

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
)

// A court sentence that imposes prison is two events in PLOVER's reading
// of CAMEO: the finding (116, SANCTION convict) and the detention it
// imposes (173, COERCE arrest); the manual's "convict" mode says that
// "court sentences that include imprisonment will also receive a COERCE
// 'arrest' mode". A death sentence or a fine imposes no detention, and
// detention before trial ("jailed pending trial", "remanded in custody")
// finds no one guilty.
//
// The dictionary codes a sentence by its verb ("sentence + to ...",
// "hand + ... {sentence|term}", "jail +"), one line per verb, and the
// penalty is the verb's complement, which no line's code can anticipate
// (one sentencing verb takes death, a fine, years in prison or a
// suspended term). So the second event is derived here from the
// complement, whichever line matched: a 116 whose sentence imposes
// prison gains a 173 with the same sides, and a 173 "jailed"/"imprisoned"
// for a term, or by a court, gains the 116 the sentence is.

// prisonWords name detention as a penalty.
var prisonWords = wordset.Of(
	"prison", "prisons", "jail", "jails", "gaol", "imprisonment",
	"incarceration", "custodial", "penal", "colony", "camp", "labour",
	"labor", "bars",
)

// termUnits measure a term of detention ("to 16 years", "for 13 months").
var termUnits = wordset.Of(
	"year", "years", "month", "months", "week", "weeks", "day", "days",
	"decade", "decades", "life",
)

// noCustody in the complement means the penalty detains no one now: a
// suspended term, probation, a reprieve, a penalty only risked ("faces up
// to 20 years", "punishable by"), or detention before any verdict.
var noCustody = wordset.Of(
	"suspended", "probation", "reprieve", "face", "faces", "facing",
	"punishable", "carries", "carry", "risk", "risks", "could", "would",
	"pending", "awaiting", "remand", "remanded", "pretrial", "pre-trial",
	"until", "ahead", "without",
)

// sentencingVerbs pass a sentence on a person.
var sentencingVerbs = wordset.Of("sentence", "jail", "imprison")

// sentencingHeads are the verbs and nouns whose complement is the penalty.
// An appeal court that upholds a sentence, or rejects an appeal against
// it, imposes nothing new: 116 alone.
var sentencingHeads = wordset.Of(
	"sentence", "jail", "imprison", "hand", "impose", "pass", "deliver",
	"issue", "give", "mete",
)

// complementEnd: the penalty's complement after token from ends at a
// clause boundary: a semicolon, a comma before a conjunction or a
// relative, a subordinator, or "for"/"over" that gives the crime (the
// penalty precedes the crime in news English: "sentenced X to 20 years
// in prison for plotting ..."). A jail verb's own "for" gives its term
// ("jailed X for 16 years") and is read through when a number or "life"
// follows.
func (s *sentence) complementEnd(from int) int {
	toks := s.toks
	for k := from; k < len(toks); k++ {
		// A relative clause on the defendant is skipped whole:
		// "sentenced a man who stabbed a teacher to life in prison"
		// (relskip_l18.go).
		if from > 0 && toks[from-1].Lemma == "sentence" {
			if m := s.relativePenalty(k); m > 0 {
				k = m
				continue
			}
		}
		switch w := toks[k].Lower; w {
		case ";", ":", "--", "—":
			return k
		case ",":
			if k+1 < len(toks) {
				switch toks[k+1].Lower {
				case "and", "but", "while", "as", "which", "who", "whom", "saying", "after", "before", "although", "though":
					return k
				}
			}
		case "after", "before", "because", "since", "although", "though", "when", "while", "whereas", "which", "who", "whom":
			return k
		case "for", "over":
			if k+1 < len(toks) && (toks[k+1].Tag == "CD" || toks[k+1].Lower == "life" || toks[k+1].Lower == "a" && k+2 < len(toks) && termUnits.Has(toks[k+2].Lower)) {
				continue
			}
			return k
		}
	}
	return len(toks)
}

// imposesPrison reports that toks[from:to], a sentencing verb's
// complement, imposes detention: a prison word, or a term ("to 16
// years", "for 13 months", "to life") that is no death sentence's
// reprieve. Nothing in it may say the penalty is suspended, only risked,
// or awaits a trial.
func (s *sentence) imposesPrison(from, to int) bool {
	prison, term, death := false, false, false
	for k := from; k < to; k++ {
		t := &s.toks[k]
		w := t.Lower
		if noCustody.Has(w) {
			return false
		}
		switch {
		case w == "death" || w == "execution":
			death = true
		case w == "life":
			prison = true
		case prisonWords.Has(w):
			// "penal colony", "labour camp", "behind bars": the
			// one-word fragments count only in their phrase.
			switch w {
			case "penal", "colony", "camp", "labour", "labor":
				if k+1 < to && (s.toks[k+1].Lower == "colony" || s.toks[k+1].Lower == "camp") || w == "labour" || w == "labor" {
					prison = true
				}
			case "bars":
				if k > from && s.toks[k-1].Lower == "behind" {
					prison = true
				}
			default:
				prison = true
			}
		case termUnits.Has(w) && k > from && (s.toks[k-1].Tag == "CD" || s.toks[k-1].Lower == "half" || s.toks[k-1].Lower == "a"):
			term = true
		case strings.HasSuffix(w, "-year") || strings.HasSuffix(w, "-month") || strings.HasSuffix(w, "-years") || strings.HasSuffix(w, "-months"):
			term = true
		}
	}
	return prison || term && !death
}

// courtSource: a source that is a court, judge or tribunal (sector JUD
// with no prosecutor's word in its text).
func (s *sentence) courtSource(m *Match) bool {
	for _, ph := range m.Source {
		for _, sec := range ph.Sectors {
			if sec != "JUD" {
				continue
			}
			for k := ph.Start; k < ph.End && k < len(s.toks); k++ {
				switch s.toks[k].Lower {
				case "court", "courts", "judge", "judges", "tribunal", "tribunals", "magistrate", "magistrates", "jury":
					return true
				}
			}
		}
	}
	return false
}

// biographical: the verb at h tells a past the sentence only recalls, in
// a relative clause ("Navalny, who was jailed in 2021, ...") or in a life
// story ("Born in 1918, Mandela was jailed for 27 years").
func (s *sentence) biographical(h int) bool {
	toks := s.toks
	if len(toks) > 0 && toks[0].Lower == "born" {
		return true
	}
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k].Lower == "was" || toks[k].Lower == "were") && toks[k+1].Lower == "born" {
			return true
		}
	}
	k := h - 1
	for k >= 0 && (isAux(toks[k].Lower) || toks[k].Tag == "RB") {
		k--
	}
	if k >= 0 && (toks[k].Lower == "who" || toks[k].Lower == "whom" || toks[k].Lower == "which") {
		return true
	}
	// A sentence told as the time or cause of another act ("Protesters
	// clashed with police after the opposition leader was sentenced to
	// two years in prison") is that act's background: the verb's own
	// line may still code it, but no second event is added.
	for k := h - 1; k >= 0 && k >= h-12; k-- {
		switch toks[k].Lower {
		case ",", ";":
			return false
		case "after", "before", "since", "until", "because", "following", "when", "once":
			return true
		}
	}
	return false
}

// describedPerson: the participle at h follows the noun it describes,
// inside a clause whose own finite verb comes before ("pardoned the
// German national sentenced to death", "executed a man jailed for life
// in 2009"): the sentence is that person's past, not the clause's act.
// A headline's participle ("Iranian rapper sentenced to death") has no
// finite verb before it and stays.
func (s *sentence) describedPerson(h int) bool {
	toks := s.toks
	if toks[h].Tag != "VBN" || h == 0 || !(s.inGroup[h-1] >= 0 || toks[h-1].IsNoun()) {
		return false
	}
	for k := h - 1; k >= 0; k-- {
		switch t := &toks[k]; {
		case t.Lower == ";":
			return false
		case (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP") && !isAux(t.Lower):
			return true
		}
	}
	return false
}

// prisonSentences appends to r the second event of each court sentence
// that imposes prison (see the comment at the top of this file), after
// dropping the sentences that only describe a person (describedPerson).
func (s *sentence) prisonSentences(r *Result) {
	kept := r.Matches[:0]
	for _, m := range r.Matches {
		if c := m.EventCode(); (c == "116" || c == "173") && m.Head >= 0 && m.Head < len(s.toks) && sentencingVerbs.Has(s.toks[m.Head].Lemma) && s.describedPerson(m.Head) {
			continue
		}
		if c := m.EventCode(); (c == "116" || c == "173") && s.privateSentencer(&m) {
			// (relskip_l18.go)
			continue
		}
		kept = append(kept, m)
	}
	r.Matches = kept
	n := len(r.Matches)
	for i := 0; i < n; i++ {
		m := &r.Matches[i]
		h := m.Head
		if h < 0 || h >= len(s.toks) || m.FromPrevious || m.Modality.Negated || m.Modality.Future || m.Modality.Hypothetical {
			continue
		}
		switch m.EventCode() {
		case "116":
			at := s.sentencingAt(m)
			if at < 0 || s.biographical(h) {
				continue
			}
			if !s.imposesPrison(at+1, s.complementEnd(at+1)) || s.hasCode(r, m, "173") {
				continue
			}
			c := *m
			c.Code = "173"
			r.Matches = append(r.Matches, c)
		case "173":
			if l := s.toks[h].Lemma; l != "jail" && l != "imprison" || s.biographical(h) {
				continue
			}
			end := s.complementEnd(h + 1)
			termed := false
			for k := h + 1; k+1 < end; k++ {
				if (s.toks[k].Lower == "for" || s.toks[k].Lower == "to") && s.imposesPrison(k, min(end, k+6)) {
					termed = true
					break
				}
			}
			if !termed && !s.courtSource(m) || s.anyOf(h+1, end, &noCustody) || s.hasCode(r, m, "116") {
				continue
			}
			c := *m
			c.Code = "116"
			r.Matches = append(r.Matches, c)
		}
	}
}

// sentencingAt is the token whose complement is m's penalty: m's head if
// it is a sentencing word, else a sentencing verb coordinated after it
// ("found X guilty ... and sentenced him to", "convicts X of ...,
// sentences him to"), or -1.
func (s *sentence) sentencingAt(m *Match) int {
	h := m.Head
	if sentencingHeads.Has(s.toks[h].Lemma) || sentencingHeads.Has(s.toks[h].Lower) {
		return h
	}
	for k := h + 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Lower == ";" {
			return -1
		}
		if (t.Lemma == "sentence" || t.Lemma == "jail") && t.IsVerb() && k > 0 && (s.toks[k-1].Lower == "and" || s.toks[k-1].Lower == ",") {
			return k
		}
	}
	return -1
}

// anyOf reports a word of set in toks[from:to].
func (s *sentence) anyOf(from, to int, set *wordset.Set) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if set.Has(s.toks[k].Lower) {
			return true
		}
	}
	return false
}

// hasCode: the sentence already codes code with m's head or sides.
func (s *sentence) hasCode(r *Result, m *Match, code string) bool {
	for i := range r.Matches {
		if r.Matches[i].EventCode() == code && (r.Matches[i].Head == m.Head || sameSides(&r.Matches[i], m)) {
			return true
		}
	}
	return false
}

// sameSides: two matches name the same first source and target phrases.
func sameSides(a, b *Match) bool {
	if len(a.Source) == 0 || len(b.Source) == 0 || len(a.Target) == 0 || len(b.Target) == 0 {
		return false
	}
	return a.Source[0].Start == b.Source[0].Start && a.Target[0].Start == b.Target[0].Start
}
