// Package event holds the coded Event record, the contract every downstream
// tool (store, exports, UI, other people's scripts) depends on. Field names
// are frozen: add fields, never rename them.
package event

// Actor is one resolved actor mention. Start/End are byte offsets into the
// sentence text, so a UI can highlight the exact span.
type Actor struct {
	Role    string `json:"role,omitempty"` // only used in Participants: host, guarantor, observer, mediator, participant
	Text    string `json:"text"`
	Code    string `json:"code"`    // CAMEO-style actor code, e.g. SYRGOV, IGOUNO, "---" when unknown
	Country string `json:"country"` // ISO 3166-1 alpha-3 or ""
	Sector  string `json:"sector"`  // primary CAMEO agent code or ""
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// PLOVER is the PLOVER 2.0 view of the event.
type PLOVER struct {
	Type    string   `json:"type"`
	Mode    string   `json:"mode"`
	Context []string `json:"context"`
}

// Location is where the event happened, with an honest precision.
type Location struct {
	Name      string  `json:"name"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Country   string  `json:"country"`
	Admin1    string  `json:"admin1"`
	Precision string  `json:"precision"` // point, city, admin1, country, region
	GeonameID int     `json:"geonameid,omitempty"`
	Start     int     `json:"start,omitempty"` // span of the place mention in the sentence, when it came from the text
	End       int     `json:"end,omitempty"`
}

// Modality says how real the event is according to the text.
type Modality struct {
	Negated      bool   `json:"negated"`
	Future       bool   `json:"future"`
	Hypothetical bool   `json:"hypothetical"`
	ReportedBy   string `json:"reported_by"`
	Historical   bool   `json:"historical,omitempty"`
}

// Span is a piece of the sentence, byte offsets into Sentence.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Evidence is the provenance of the coding: which words and which
// dictionary line produced it.
type Evidence struct {
	Verb    Span   `json:"verb"`
	Pattern string `json:"pattern"`         // "verbs/08.txt:41": dictionary file and line
	Date    *Span  `json:"date,omitempty"`  // the date expression used, if any
	Place   *Span  `json:"place,omitempty"` // the place mention used, if any
}

// Event is one coded event. See docs/schema.md.
type Event struct {
	ID            string    `json:"id"`
	StoryID       string    `json:"story_id"`
	SentenceIndex int       `json:"sentence_index"`
	Sentence      string    `json:"sentence"`
	CAMEO         string    `json:"cameo"`
	CAMEORoot     string    `json:"cameo_root"`
	QuadClass     int       `json:"quad_class"`
	Goldstein     float64   `json:"goldstein"`
	PLOVER        PLOVER    `json:"plover"`
	Source        []Actor   `json:"source"`
	Target        []Actor   `json:"target"`
	Participants  []Actor   `json:"participants"`
	Date          string    `json:"date"`
	DateEnd       string    `json:"date_end"`
	DatePrecision string    `json:"date_precision"`
	Location      *Location `json:"location"`
	Modality      Modality  `json:"modality"`
	Evidence      Evidence  `json:"evidence"`
	// Mirror is set on the reverse direction of a reciprocal event ("Turkey
	// and Russia met" is coded TUR→RUS and RUS→TUR, as CAMEO does); it
	// holds the id of the event it mirrors, so counts can skip it.
	Mirror string `json:"mirror_of,omitempty"`
}

// Labels lists the modality in words ("negated", "future", "reported by
// NGOHRI"), for explain output and summaries.
func (m Modality) Labels() []string {
	var out []string
	if m.Negated {
		out = append(out, "negated")
	}
	if m.Future {
		out = append(out, "future")
	}
	if m.Hypothetical {
		out = append(out, "hypothetical")
	}
	if m.Historical {
		out = append(out, "historical")
	}
	if m.ReportedBy != "" {
		out = append(out, "reported by "+m.ReportedBy)
	}
	return out
}
