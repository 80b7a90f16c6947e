package event

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// PLOVERRecord is one event in the PLOVER 2.0 JSON exchange format (PLOVER
// manual, chapter "Data Fields"). parley's extra fields keep their own names
// (cameo, date_precision) as the manual allows.
type PLOVERRecord struct {
	ID            string          `json:"id"`
	HasEvent      bool            `json:"has_event"`
	Date          string          `json:"date"`
	EndDate       string          `json:"enddate,omitempty"`
	DatePrecision string          `json:"date_precision,omitempty"`
	Actor         []PLOVEREntity  `json:"actor"`
	Recipient     []PLOVEREntity  `json:"recipient,omitempty"`
	Event         []string        `json:"event"`
	Mode          []string        `json:"mode,omitempty"`
	Context       []string        `json:"context,omitempty"`
	EventLoc      *PLOVERLocation `json:"event_loc,omitempty"`
	EventText     []string        `json:"event_text,omitempty"`
	QuadCode      int             `json:"quad_code,omitempty"`
	EventScale    float64         `json:"event_scale"`
	Text          string          `json:"text,omitempty"`
	TextInfo      PLOVERTextInfo  `json:"text_info"`
	CiteInfo      *PLOVERCite     `json:"cite_info,omitempty"`
	Coder         string          `json:"coder"`
	CAMEO         string          `json:"cameo,omitempty"`
	StoryID       string          `json:"story_id,omitempty"`
	ReportedBy    string          `json:"reported_by,omitempty"`
}

// PLOVEREntity is PLOVER's entity object. Code is the 3-character top-level
// entity (the country, or the IGO/NGO code for actors with none).
type PLOVEREntity struct {
	Code       string `json:"code"`
	Sector     string `json:"sector,omitempty"`
	EntityText string `json:"entity_text,omitempty"`
	ActorCode  string `json:"actor_code,omitempty"` // parley's full CAMEO-style code, e.g. SYRGOV
	Role       string `json:"role,omitempty"`
}

// PLOVERLocation is PLOVER's location object (the Mordecai3 fields).
type PLOVERLocation struct {
	ExtractedPlace string  `json:"extracted_place,omitempty"`
	ResolvedPlace  string  `json:"resolved_place"`
	GeonameID      int     `json:"geonameid,omitempty"`
	Lat            float64 `json:"lat"`
	Lon            float64 `json:"lon"`
	Province       string  `json:"province,omitempty"`
	CountryCode    string  `json:"country_code,omitempty"`
	Resolution     int     `json:"resolution,omitempty"`
}

// PLOVERTextInfo is PLOVER's textInfo object.
type PLOVERTextInfo struct {
	Sequence int `json:"sequence"`
}

// PLOVERCite is PLOVER's citeInfo object.
type PLOVERCite struct {
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Publication string `json:"publication,omitempty"`
}

// ploverResolution maps a location precision to the manual's resolution
// code: 4 city, 2 province, 1 country.
func ploverResolution(p string) int {
	switch p {
	case "point", "city":
		return 4
	case "admin1":
		return 2
	case "country":
		return 1
	}
	return 0
}

func ploverEntities(as []Actor, withRole bool) []PLOVEREntity {
	if len(as) == 0 {
		return nil
	}
	out := make([]PLOVEREntity, len(as))
	for i, a := range as {
		code := a.Country
		if code == "" && len(a.Code) >= 3 {
			code = a.Code[:3]
		}
		out[i] = PLOVEREntity{Code: code, Sector: a.Sector, EntityText: a.Text, ActorCode: a.Code}
		if withRole {
			out[i].Role = a.Role
		}
	}
	return out
}

// ToPLOVER converts a parley event to a PLOVER record. The auxiliary modes
// (negation, future, hypothetical, historical) go into mode as the manual
// prescribes; participants are listed as actors with their role.
func ToPLOVER(e *Event, c Citation) PLOVERRecord {
	r := PLOVERRecord{
		ID: e.ID, HasEvent: true, Date: e.Date, EndDate: e.DateEnd, DatePrecision: e.DatePrecision,
		QuadCode: e.QuadClass, EventScale: e.Goldstein, Text: e.Sentence,
		TextInfo: PLOVERTextInfo{Sequence: e.SentenceIndex},
		Coder:    "parley", CAMEO: e.CAMEO, StoryID: e.StoryID, ReportedBy: e.Modality.ReportedBy,
		Context: e.PLOVER.Context,
	}
	// Participants often repeat the source or target actors (the hosts of
	// talks are also their subjects); list each entity once.
	seen := map[[2]string]bool{}
	for _, a := range e.Source {
		seen[[2]string{a.Code, a.Text}] = true
	}
	for _, a := range e.Target {
		seen[[2]string{a.Code, a.Text}] = true
	}
	var extra []Actor
	for _, a := range e.Participants {
		if !seen[[2]string{a.Code, a.Text}] {
			extra = append(extra, a)
		}
	}
	r.Actor = append(ploverEntities(e.Source, false), ploverEntities(extra, true)...)
	if r.Actor == nil {
		r.Actor = []PLOVEREntity{}
	}
	r.Recipient = ploverEntities(e.Target, false)
	r.Event = []string{}
	if e.PLOVER.Type != "" {
		r.Event = []string{e.PLOVER.Type}
	}
	if e.PLOVER.Mode != "" {
		r.Mode = append(r.Mode, e.PLOVER.Mode)
	}
	m := e.Modality
	for _, aux := range []struct {
		on   bool
		name string
	}{{m.Negated, "negation"}, {m.Future, "future"}, {m.Hypothetical, "hypothetical"}, {m.Historical, "historical"}} {
		if aux.on {
			r.Mode = append(r.Mode, aux.name)
		}
	}
	if e.Evidence.Verb.Text != "" {
		r.EventText = []string{e.Evidence.Verb.Text}
	}
	if l := e.Location; l != nil {
		r.EventLoc = &PLOVERLocation{ResolvedPlace: l.Name, GeonameID: l.GeonameID, Lat: l.Lat, Lon: l.Lon,
			Province: l.Admin1, CountryCode: l.Country, Resolution: ploverResolution(l.Precision)}
		if e.Evidence.Place != nil {
			r.EventLoc.ExtractedPlace = e.Evidence.Place.Text
		}
	}
	if c.URL != "" || c.Title != "" || c.Source != "" {
		r.CiteInfo = &PLOVERCite{URL: c.URL, Title: c.Title, Publication: c.Source}
	}
	return r
}

// PLOVERWriter writes PLOVER 2.0 JSONL, one record per line.
type PLOVERWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewPLOVERWriter returns a PLOVERWriter on w.
func NewPLOVERWriter(w io.Writer) *PLOVERWriter {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &PLOVERWriter{w: bw, enc: enc}
}

// Write appends one record.
func (p *PLOVERWriter) Write(e *Event, c Citation) error {
	if err := p.enc.Encode(ToPLOVER(e, c)); err != nil {
		return fmt.Errorf("write plover %s: %w", e.ID, err)
	}
	return nil
}

// Flush writes buffered records.
func (p *PLOVERWriter) Flush() error {
	if err := p.w.Flush(); err != nil {
		return fmt.Errorf("flush plover: %w", err)
	}
	return nil
}
