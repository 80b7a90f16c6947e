package event

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// CSV layout: one row per event, for R and pandas. Actor lists (and PLOVER
// contexts) are joined with ';' in parallel columns, so source_code[i]
// belongs to source_text[i]. Byte offsets of actor spans are not carried:
// a table is for counting, the JSONL export is for re-analysis.
var csvHeader = [...]string{
	"id", "story_id", "sentence_index", "date", "date_end", "date_precision",
	"cameo", "cameo_root", "quad_class", "goldstein",
	"plover_type", "plover_mode", "plover_context",
	"source_text", "source_code", "source_country", "source_sector",
	"target_text", "target_code", "target_country", "target_sector",
	"participant_role", "participant_text", "participant_code", "participant_country", "participant_sector",
	"location_name", "location_lat", "location_lon", "location_country", "location_admin1", "location_precision", "location_geonameid",
	"negated", "future", "hypothetical", "reported_by", "historical",
	"verb", "pattern", "sentence", "story_url",
}

// CSVHeader returns the CSV column names in order.
func CSVHeader() []string { h := csvHeader; return h[:] }

// CSVWriter writes events as CSV with a header row.
type CSVWriter struct {
	w      *csv.Writer
	header bool
	row    []string
}

// NewCSVWriter returns a CSVWriter on w; the header is written with the
// first event, or on Flush if there are none, so an empty export is still a
// valid table.
func NewCSVWriter(w io.Writer) *CSVWriter {
	return &CSVWriter{w: csv.NewWriter(w), row: make([]string, len(csvHeader))}
}

func (c *CSVWriter) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	if err := c.w.Write(csvHeader[:]); err != nil {
		return fmt.Errorf("write csv header: %w", err)
	}
	return nil
}

func joinActors(as []Actor, f func(Actor) string) string {
	if len(as) == 0 {
		return ""
	}
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = f(a)
	}
	return strings.Join(parts, ";")
}

func boolCell(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// Write appends one row.
func (c *CSVWriter) Write(e *Event, cit Citation) error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	r := c.row[:0]
	r = append(r, e.ID, e.StoryID, strconv.Itoa(e.SentenceIndex), e.Date, e.DateEnd, e.DatePrecision,
		e.CAMEO, e.CAMEORoot, strconv.Itoa(e.QuadClass), formatFloat(e.Goldstein),
		e.PLOVER.Type, e.PLOVER.Mode, strings.Join(e.PLOVER.Context, ";"))
	for _, side := range [][]Actor{e.Source, e.Target} {
		r = append(r,
			joinActors(side, func(a Actor) string { return a.Text }),
			joinActors(side, func(a Actor) string { return a.Code }),
			joinActors(side, func(a Actor) string { return a.Country }),
			joinActors(side, func(a Actor) string { return a.Sector }))
	}
	p := e.Participants
	r = append(r,
		joinActors(p, func(a Actor) string { return a.Role }),
		joinActors(p, func(a Actor) string { return a.Text }),
		joinActors(p, func(a Actor) string { return a.Code }),
		joinActors(p, func(a Actor) string { return a.Country }),
		joinActors(p, func(a Actor) string { return a.Sector }))
	if l := e.Location; l != nil {
		gid := ""
		if l.GeonameID != 0 {
			gid = strconv.Itoa(l.GeonameID)
		}
		r = append(r, l.Name, formatFloat(l.Lat), formatFloat(l.Lon), l.Country, l.Admin1, l.Precision, gid)
	} else {
		r = append(r, "", "", "", "", "", "", "")
	}
	m := e.Modality
	r = append(r, boolCell(m.Negated), boolCell(m.Future), boolCell(m.Hypothetical), m.ReportedBy, boolCell(m.Historical),
		e.Evidence.Verb.Text, e.Evidence.Pattern, e.Sentence, cit.URL)
	c.row = r
	if err := c.w.Write(r); err != nil {
		return fmt.Errorf("write csv row %s: %w", e.ID, err)
	}
	return nil
}

// Flush writes buffered rows (and the header of an empty export).
func (c *CSVWriter) Flush() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return fmt.Errorf("flush csv: %w", err)
	}
	return nil
}

// ReadCSV parses a CSV export back into events, calling yield per row. It
// restores every field the CSV carries; actor byte offsets and evidence spans
// other than the verb text are zero. It exists so tests (and users) can check
// that the table says what the JSON says.
func ReadCSV(r io.Reader, yield func(Event, Citation) bool) error {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil {
		return fmt.Errorf("read csv header: %w", err)
	}
	col := make(map[string]int, len(head))
	for i, h := range head {
		col[h] = i
	}
	for _, h := range csvHeader {
		if _, ok := col[h]; !ok {
			return fmt.Errorf("csv header lacks column %q", h)
		}
	}
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read csv: %w", err)
		}
		get := func(name string) string { return rec[col[name]] }
		e, cit, err := csvEvent(get)
		if err != nil {
			return fmt.Errorf("csv line %d: %w", line, err)
		}
		if !yield(e, cit) {
			return nil
		}
	}
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}

// csvActors rebuilds an actor list from its parallel ';' columns. The text
// column decides the count; the others must agree.
func csvActors(get func(string) string, prefix string, withRole bool) ([]Actor, error) {
	texts := splitList(get(prefix + "_text"))
	codes := splitList(get(prefix + "_code"))
	countries := strings.Split(get(prefix+"_country"), ";")
	sectors := strings.Split(get(prefix+"_sector"), ";")
	var roles []string
	if withRole {
		roles = strings.Split(get(prefix+"_role"), ";")
	}
	if len(texts) == 0 && len(codes) == 0 {
		return nil, nil
	}
	if len(codes) != len(texts) || len(countries) != len(texts) || len(sectors) != len(texts) || (withRole && len(roles) != len(texts)) {
		return nil, fmt.Errorf("%s columns list different numbers of actors", prefix)
	}
	out := make([]Actor, len(texts))
	for i := range texts {
		out[i] = Actor{Text: texts[i], Code: codes[i], Country: countries[i], Sector: sectors[i]}
		if withRole {
			out[i].Role = roles[i]
		}
	}
	return out, nil
}

func parseBoolCell(name, s string) (bool, error) {
	switch s {
	case "true":
		return true, nil
	case "false", "":
		return false, nil
	}
	return false, fmt.Errorf("%s: %q is not true or false", name, s)
}

func csvEvent(get func(string) string) (Event, Citation, error) {
	var e Event
	var err error
	e.ID, e.StoryID = get("id"), get("story_id")
	if e.SentenceIndex, err = strconv.Atoi(get("sentence_index")); err != nil {
		return e, Citation{}, fmt.Errorf("sentence_index: %w", err)
	}
	e.Date, e.DateEnd, e.DatePrecision = get("date"), get("date_end"), get("date_precision")
	e.CAMEO, e.CAMEORoot = get("cameo"), get("cameo_root")
	if e.QuadClass, err = strconv.Atoi(get("quad_class")); err != nil {
		return e, Citation{}, fmt.Errorf("quad_class: %w", err)
	}
	if e.Goldstein, err = strconv.ParseFloat(get("goldstein"), 64); err != nil {
		return e, Citation{}, fmt.Errorf("goldstein: %w", err)
	}
	e.PLOVER = PLOVER{Type: get("plover_type"), Mode: get("plover_mode"), Context: splitList(get("plover_context"))}
	if e.Source, err = csvActors(get, "source", false); err != nil {
		return e, Citation{}, err
	}
	if e.Target, err = csvActors(get, "target", false); err != nil {
		return e, Citation{}, err
	}
	if e.Participants, err = csvActors(get, "participant", true); err != nil {
		return e, Citation{}, err
	}
	if get("location_name") != "" || get("location_lat") != "" {
		l := &Location{Name: get("location_name"), Country: get("location_country"), Admin1: get("location_admin1"), Precision: get("location_precision")}
		if l.Lat, err = strconv.ParseFloat(get("location_lat"), 64); err != nil {
			return e, Citation{}, fmt.Errorf("location_lat: %w", err)
		}
		if l.Lon, err = strconv.ParseFloat(get("location_lon"), 64); err != nil {
			return e, Citation{}, fmt.Errorf("location_lon: %w", err)
		}
		if g := get("location_geonameid"); g != "" {
			if l.GeonameID, err = strconv.Atoi(g); err != nil {
				return e, Citation{}, fmt.Errorf("location_geonameid: %w", err)
			}
		}
		e.Location = l
	}
	for _, f := range []struct {
		name string
		dst  *bool
	}{{"negated", &e.Modality.Negated}, {"future", &e.Modality.Future}, {"hypothetical", &e.Modality.Hypothetical}, {"historical", &e.Modality.Historical}} {
		if *f.dst, err = parseBoolCell(f.name, get(f.name)); err != nil {
			return e, Citation{}, err
		}
	}
	e.Modality.ReportedBy = get("reported_by")
	e.Evidence.Verb.Text = get("verb")
	e.Evidence.Pattern = get("pattern")
	e.Sentence = get("sentence")
	return e, Citation{URL: get("story_url")}, nil
}
