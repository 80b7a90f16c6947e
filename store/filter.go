package store

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Page size limits of the API contract.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// Filter selects events. The zero Filter selects everything. Lists are ORed
// within a field; fields are ANDed.
type Filter struct {
	From, To     string   // YYYY-MM-DD, inclusive; overlap with date..date_end
	Actor        []string // code prefix or country, source or target side
	Source       []string
	Target       []string
	CAMEO        []string // code prefixes
	Root         []string // "01".."20"
	PLOVER       []string // upper-case PLOVER types
	Quad         []int
	GMin, GMax   *float64
	Negated      *bool
	Future       *bool
	Hypothetical *bool
	Reported     *bool
	BBox         *[4]float64 // minLon, minLat, maxLon, maxLat
	LocCountry   []string
	Query        string // FTS5 query over sentences
	Story        string
	Limit        int // 0: not given (API default, or all when exporting)
	Offset       int
}

// FilterError is a bad filter value; servers turn it into a 400 naming Param.
type FilterError struct {
	Param string
	Msg   string
}

func (e *FilterError) Error() string { return e.Param + ": " + e.Msg }

func badParam(p, format string, args ...any) error {
	return &FilterError{Param: p, Msg: fmt.Sprintf(format, args...)}
}

// IsFilterError reports whether err is (or wraps) a FilterError.
func IsFilterError(err error) bool {
	var fe *FilterError
	return errors.As(err, &fe)
}

// ploverTypes are PLOVER 2.0's sixteen event types.
func isPLOVERType(s string) bool {
	switch s {
	case "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT":
		return true
	}
	return false
}

// FilterParams are the query parameters ParseFilter reads; servers may use
// others (interval, split, side) for their own purposes.
func FilterParams() []string {
	return []string{"from", "to", "actor", "source", "target", "cameo", "root", "plover", "quad",
		"gmin", "gmax", "negated", "future", "hypothetical", "reported", "bbox", "loc_country",
		"q", "story", "limit", "offset"}
}

const maxListItems = 100

// list splits repeated and comma-separated values, dropping empty items.
func list(v url.Values, name string) ([]string, error) {
	var out []string
	for _, raw := range v[name] {
		for _, s := range strings.Split(raw, ",") {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			out = append(out, s)
			if len(out) > maxListItems {
				return nil, badParam(name, "more than %d values", maxListItems)
			}
		}
	}
	return out, nil
}

// single returns the one value of a parameter; repeating a scalar is
// ambiguous, so it is an error rather than a silent pick.
func single(v url.Values, name string) (string, bool, error) {
	vs := v[name]
	switch len(vs) {
	case 0:
		return "", false, nil
	case 1:
		return strings.TrimSpace(vs[0]), true, nil
	}
	return "", false, badParam(name, "given %d times, want once", len(vs))
}

func parseDate(v url.Values, name string) (string, error) {
	s, ok, err := single(v, name)
	if err != nil || !ok {
		return "", err
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil || t.Format("2006-01-02") != s {
		return "", badParam(name, "%q is not a date in YYYY-MM-DD form", s)
	}
	return s, nil
}

func validActor(s string) bool {
	if len(s) == 0 || len(s) > 32 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

func actors(v url.Values, name string) ([]string, error) {
	xs, err := list(v, name)
	if err != nil {
		return nil, err
	}
	for i, x := range xs {
		x = strings.ToUpper(x)
		if !validActor(x) {
			return nil, badParam(name, "%q is not an actor code (letters, digits and '-', at most 32)", xs[i])
		}
		xs[i] = x
	}
	return xs, nil
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func validRoot(s string) bool {
	if len(s) != 2 || !digits(s) {
		return false
	}
	n, _ := strconv.Atoi(s)
	return n >= 1 && n <= 20
}

func parseFloatParam(v url.Values, name string, lo, hi float64) (*float64, error) {
	s, ok, err := single(v, name)
	if err != nil || !ok {
		return nil, err
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || f < lo || f > hi {
		return nil, badParam(name, "%q is not a number in [%g, %g]", s, lo, hi)
	}
	return &f, nil
}

func parseBool(v url.Values, name string) (*bool, error) {
	s, ok, err := single(v, name)
	if err != nil || !ok {
		return nil, err
	}
	var b bool
	switch strings.ToLower(s) {
	case "true", "1":
		b = true
	case "false", "0":
		b = false
	default:
		return nil, badParam(name, "%q is not true or false", s)
	}
	return &b, nil
}

func parseInt(v url.Values, name string, lo, hi int) (int, bool, error) {
	s, ok, err := single(v, name)
	if err != nil || !ok {
		return 0, false, err
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, false, badParam(name, "%q is not an integer in [%d, %d]", s, lo, hi)
	}
	return n, true, nil
}

func parseBBox(v url.Values) (*[4]float64, error) {
	s, ok, err := single(v, "bbox")
	if err != nil || !ok {
		return nil, err
	}
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return nil, badParam("bbox", "%q: want minLon,minLat,maxLon,maxLat", s)
	}
	var b [4]float64
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, badParam("bbox", "%q is not a number", p)
		}
		b[i] = f
	}
	switch {
	case b[0] < -180 || b[0] > 180 || b[2] < -180 || b[2] > 180:
		return nil, badParam("bbox", "longitude out of [-180, 180]")
	case b[1] < -90 || b[1] > 90 || b[3] < -90 || b[3] > 90:
		return nil, badParam("bbox", "latitude out of [-90, 90]")
	case b[0] > b[2] || b[1] > b[3]:
		return nil, badParam("bbox", "min must not exceed max")
	}
	return &b, nil
}

// ParseFilter reads and validates the event filter query parameters of the
// API contract (docs/api.md). Every error is a *FilterError naming the
// parameter. Parameters it does not know are ignored, so endpoints can add
// their own.
func ParseFilter(v url.Values) (Filter, error) {
	var f Filter
	var err error
	if f.From, err = parseDate(v, "from"); err != nil {
		return Filter{}, err
	}
	if f.To, err = parseDate(v, "to"); err != nil {
		return Filter{}, err
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return Filter{}, badParam("to", "%s is before from=%s", f.To, f.From)
	}
	if f.Actor, err = actors(v, "actor"); err != nil {
		return Filter{}, err
	}
	if f.Source, err = actors(v, "source"); err != nil {
		return Filter{}, err
	}
	if f.Target, err = actors(v, "target"); err != nil {
		return Filter{}, err
	}
	if f.CAMEO, err = list(v, "cameo"); err != nil {
		return Filter{}, err
	}
	for _, c := range f.CAMEO {
		if len(c) < 2 || len(c) > 4 || !digits(c) || !validRoot(c[:2]) {
			return Filter{}, badParam("cameo", "%q is not a CAMEO code or prefix (2-4 digits, root 01-20)", c)
		}
	}
	if f.Root, err = list(v, "root"); err != nil {
		return Filter{}, err
	}
	for i, r := range f.Root {
		if len(r) == 1 {
			r = "0" + r
		}
		if !validRoot(r) {
			return Filter{}, badParam("root", "%q is not a CAMEO root (01-20)", f.Root[i])
		}
		f.Root[i] = r
	}
	if f.PLOVER, err = list(v, "plover"); err != nil {
		return Filter{}, err
	}
	for i, p := range f.PLOVER {
		u := strings.ToUpper(p)
		if !isPLOVERType(u) {
			return Filter{}, badParam("plover", "%q is not a PLOVER 2.0 event type", p)
		}
		f.PLOVER[i] = u
	}
	qs, err := list(v, "quad")
	if err != nil {
		return Filter{}, err
	}
	for _, q := range qs {
		n, err := strconv.Atoi(q)
		if err != nil || n < 1 || n > 4 {
			return Filter{}, badParam("quad", "%q is not a QuadClass (1-4)", q)
		}
		f.Quad = append(f.Quad, n)
	}
	if f.GMin, err = parseFloatParam(v, "gmin", -10, 10); err != nil {
		return Filter{}, err
	}
	if f.GMax, err = parseFloatParam(v, "gmax", -10, 10); err != nil {
		return Filter{}, err
	}
	if f.GMin != nil && f.GMax != nil && *f.GMin > *f.GMax {
		return Filter{}, badParam("gmax", "gmax %g is below gmin %g", *f.GMax, *f.GMin)
	}
	for _, b := range []struct {
		name string
		dst  **bool
	}{{"negated", &f.Negated}, {"future", &f.Future}, {"hypothetical", &f.Hypothetical}, {"reported", &f.Reported}} {
		if *b.dst, err = parseBool(v, b.name); err != nil {
			return Filter{}, err
		}
	}
	if f.BBox, err = parseBBox(v); err != nil {
		return Filter{}, err
	}
	if f.LocCountry, err = list(v, "loc_country"); err != nil {
		return Filter{}, err
	}
	for i, c := range f.LocCountry {
		u := strings.ToUpper(c)
		if len(u) != 3 || strings.Trim(u, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return Filter{}, badParam("loc_country", "%q is not an ISO 3166-1 alpha-3 code", c)
		}
		f.LocCountry[i] = u
	}
	if f.Query, _, err = single(v, "q"); err != nil {
		return Filter{}, err
	}
	if f.Query != "" {
		if f.Query, err = ftsQuery(f.Query); err != nil {
			return Filter{}, &FilterError{Param: "q", Msg: err.Error()}
		}
	}
	if f.Story, _, err = single(v, "story"); err != nil {
		return Filter{}, err
	}
	if len(f.Story) > 1024 {
		return Filter{}, badParam("story", "longer than 1024 bytes")
	}
	if f.Limit, _, err = parseInt(v, "limit", 1, MaxLimit); err != nil {
		return Filter{}, err
	}
	if f.Offset, _, err = parseInt(v, "offset", 0, math.MaxInt32); err != nil {
		return Filter{}, err
	}
	return f, nil
}
