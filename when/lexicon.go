package when

import (
	"fmt"
	"strconv"
	"strings"
)

type lexKind uint8

const (
	lxNone lexKind = iota
	lxMonth
	lxWeekday
	lxNumber
	lxUnit
	lxSeason
	lxDeictic
	lxFn
	lxCount
	lxMeasure
	lxEpisode
)

// fn is a grammar word's role. The grammar tests roles, never spellings, so
// a synonym ("till" for "until") is a lexicon line, not a code change.
type fn uint8

const (
	fnNone fn = iota
	fnIn
	fnOn
	fnAt
	fnSince
	fnUntil
	fnBy
	fnOf
	fnDuring
	fnBefore
	fnAfter
	fnThrough
	fnFrom
	fnBetween
	fnTo
	fnAnd
	fnThe
	fnLast
	fnNext
	fnThis
	fnPrevious
	fnPast
	fnComing
	fnEarly
	fnMid
	fnLate
	fnEarlier
	fnLater
	fnAgo
	fnNight
	fnMorning
	fnEnd
	fnStart
	fnWithin
	fnFirst
	fnSecond
	fnHalf
	fnEra   // "AD", "CE" after or before a year: "in 43 AD"
	fnEraBC // "BC", "BCE": a year before the era, which no date here spells
)

var fnNames = [...]string{
	fnIn: "in", fnOn: "on", fnAt: "at", fnSince: "since", fnUntil: "until",
	fnBy: "by", fnOf: "of", fnDuring: "during", fnBefore: "before",
	fnAfter: "after", fnThrough: "through", fnFrom: "from",
	fnBetween: "between", fnTo: "to", fnAnd: "and", fnThe: "the",
	fnLast: "last", fnNext: "next", fnThis: "this", fnPrevious: "previous",
	fnPast: "past", fnComing: "coming", fnEarly: "early", fnMid: "mid",
	fnLate: "late", fnEarlier: "earlier", fnLater: "later", fnAgo: "ago",
	fnNight: "night", fnMorning: "morning", fnEnd: "end", fnStart: "start",
	fnWithin: "within", fnFirst: "first", fnSecond: "second", fnHalf: "half",
	fnEra: "era", fnEraBC: "erabc",
}

func (f fn) String() string {
	if int(f) < len(fnNames) && fnNames[f] != "" {
		return fnNames[f]
	}
	return "none"
}

type unit uint8

const (
	unitNone unit = iota
	unitHour
	unitDay
	unitWeek
	unitWeekend
	unitMonth
	unitYear
)

type season uint8

const (
	seasonNone season = iota
	seasonSpring
	seasonSummer
	seasonAutumn
	seasonWinter
)

// part narrows a period: the thirds early/mid/late, or earlier/later than
// the publication day within the current period.
type part uint8

const (
	partNone part = iota
	partEarly
	partMid
	partLate
	partEarlier
	partLater
	partFirstHalf
	partSecondHalf
)

type lexEntry struct {
	kind     lexKind
	val      int8
	abbr     bool // only a date when a number follows
	cap      bool // must be capitalised in the text
	needYear bool // season word that needs a year or last/this/next
	plural   bool // plural unit
}

// trigger reports whether the word alone can start a date expression; the
// pre-filter passes a sentence only if it holds a digit or a trigger.
func (e lexEntry) trigger() bool {
	switch e.kind {
	case lxMonth, lxWeekday, lxUnit, lxSeason, lxDeictic:
		return true
	case lxFn:
		return fn(e.val) == fnNight || fn(e.val) == fnMorning
	}
	return false
}

func parseLexicon(src string) (map[string]lexEntry, error) {
	lex := make(map[string]lexEntry, 200)
	for i, line := range strings.Split(src, "\n") {
		lineNo := i + 1
		if j := strings.IndexByte(line, '#'); j >= 0 {
			line = line[:j]
		}
		f := strings.Fields(strings.ToLower(line))
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want \"word kind [value] [flags]\", got %q", lineNo, line)
		}
		word := f[0]
		for k := 0; k < len(word); k++ {
			if word[k] < 'a' || word[k] > 'z' {
				return nil, fmt.Errorf("line %d: word %q: only ASCII letters are supported", lineNo, word)
			}
		}
		if _, dup := lex[word]; dup {
			return nil, fmt.Errorf("line %d: word %q listed twice", lineNo, word)
		}
		var e lexEntry
		rest := f[2:]
		value := func() (string, error) {
			if len(rest) == 0 {
				return "", fmt.Errorf("line %d: %s %q needs a value", lineNo, f[1], word)
			}
			v := rest[0]
			rest = rest[1:]
			return v, nil
		}
		intValue := func(lo, hi int) (int8, error) {
			v, err := value()
			if err != nil {
				return 0, err
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < lo || n > hi {
				return 0, fmt.Errorf("line %d: %s %q: value %q not in %d..%d", lineNo, f[1], word, v, lo, hi)
			}
			return int8(n), nil
		}
		named := func(names map[string]int8) (int8, error) {
			v, err := value()
			if err != nil {
				return 0, err
			}
			n, ok := names[v]
			if !ok {
				return 0, fmt.Errorf("line %d: %s %q: unknown value %q", lineNo, f[1], word, v)
			}
			return n, nil
		}
		var err error
		switch f[1] {
		case "month":
			e.kind = lxMonth
			e.val, err = intValue(1, 12)
		case "weekday":
			e.kind = lxWeekday
			e.val, err = intValue(0, 6)
		case "number":
			e.kind = lxNumber
			e.val, err = intValue(1, 100)
		case "deictic":
			e.kind = lxDeictic
			e.val, err = intValue(-2, 2)
		case "unit":
			e.kind = lxUnit
			e.val, err = named(map[string]int8{"hour": int8(unitHour), "day": int8(unitDay), "week": int8(unitWeek),
				"weekend": int8(unitWeekend), "month": int8(unitMonth), "year": int8(unitYear)})
		case "season":
			e.kind = lxSeason
			e.val, err = named(map[string]int8{"spring": int8(seasonSpring), "summer": int8(seasonSummer),
				"autumn": int8(seasonAutumn), "winter": int8(seasonWinter)})
		case "fn":
			e.kind = lxFn
			names := make(map[string]int8, len(fnNames))
			for k, s := range fnNames {
				if s != "" {
					names[s] = int8(k)
				}
			}
			e.val, err = named(names)
		case "count":
			e.kind = lxCount
		case "measure":
			e.kind = lxMeasure
		case "episode":
			e.kind = lxEpisode
		default:
			return nil, fmt.Errorf("line %d: unknown kind %q", lineNo, f[1])
		}
		if err != nil {
			return nil, err
		}
		for _, flag := range rest {
			switch flag {
			case "abbr":
				e.abbr = true
			case "cap":
				e.cap = true
			case "year":
				e.needYear = true
			case "plural":
				e.plural = true
			default:
				return nil, fmt.Errorf("line %d: unknown flag %q", lineNo, flag)
			}
		}
		lex[word] = e
	}
	if len(lex) == 0 {
		return nil, fmt.Errorf("no entries")
	}
	return lex, nil
}
