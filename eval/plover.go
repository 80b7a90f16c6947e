package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// oldPLOVERTypes maps the 19-type PLOVER of the GSR file to PLOVER 2.0, as
// the shared README prescribes. Types not listed are unchanged.
var oldPLOVERTypes = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"INVESTIGATE": "ACCUSE",
	"FIGHT":       "ASSAULT",
}

// legacyCountry maps the pre-ISO CAMEO country codes that occur in the
// gold files to ISO 3166-1 alpha-3, and the two codes of Kosovo, which has
// no ISO code, to the one parley's dictionaries use: CAMEO's KSV, where the
// EU, the IMF and many hand-written gold files write XKX.
var legacyCountry = map[string]string{
	"JAP": "JPN",
	"ITL": "ITA",
	"VTN": "VNM",
	"XKX": "KSV",
}

type ploverActor struct {
	Text   string `json:"actorText"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

// ReadPLOVER reads a PLOVER gold-standard JSON file: an array of records
// (JSON Lines is accepted too). DOCUMENT records carry file documentation,
// not events, and are dropped. Old 19-type PLOVER types are mapped to
// PLOVER 2.0 (see oldPLOVERTypes). source and target may be a list of
// actors, a string, or absent; each gold event is one source × target
// pair, with "" standing for a side the gold leaves empty.
func ReadPLOVER(r io.Reader, name string) ([]Record, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("eval: reading %s: %w", name, err)
	}
	if len(data) > maxFileBytes {
		return nil, fmt.Errorf("eval: %s is larger than %d bytes", name, maxFileBytes)
	}
	var raws []json.RawMessage
	trim := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\ufeff")))
	if len(trim) > 0 && trim[0] == '[' {
		if err := json.Unmarshal(trim, &raws); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", name, err)
		}
	} else {
		dec := json.NewDecoder(bytes.NewReader(trim))
		for dec.More() {
			var m json.RawMessage
			if err := dec.Decode(&m); err != nil {
				return nil, fmt.Errorf("eval: %s record %d: %w", name, len(raws)+1, err)
			}
			raws = append(raws, m)
		}
	}
	recs := make([]Record, 0, len(raws))
	for i, m := range raws {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(m, &obj); err != nil {
			return nil, fmt.Errorf("eval: %s record %d: %w", name, i+1, err)
		}
		// Fields are read one by one so that one ill-typed field (a
		// number where a string belongs) costs that field, not the file.
		var notes []string
		str := func(field string) string {
			v, ok := jsonField(obj[field])
			if !ok {
				notes = append(notes, fmt.Sprintf("field %q is %s, not a string; ignored", field, jsonKind(obj[field])))
			}
			return v
		}
		typ := strings.ToUpper(strings.TrimSpace(str("event")))
		if typ == "DOCUMENT" {
			continue
		}
		if t, ok := oldPLOVERTypes[typ]; ok {
			typ = t
		}
		rec := Record{
			Format:   FormatPLOVER,
			File:     name,
			ID:       str("id"),
			Text:     normSpace(str("text")),
			Category: typ,
		}
		if rec.ID == "" {
			rec.ID = name + "#" + strconv.Itoa(i+1)
		}
		if d := str("date"); validDate(d) {
			rec.Date = d
		} else if strings.TrimSpace(d) != "" {
			notes = append(notes, fmt.Sprintf("date %q is not YYYY-MM-DD; the record is undated", clip(d)))
		}
		srcs := ploverActors(obj["source"], "source", &notes)
		tgts := ploverActors(obj["target"], "target", &notes)
		if len(srcs) == 0 {
			srcs = []string{""}
		}
		if len(tgts) == 0 {
			tgts = []string{""}
		}
		for _, s := range srcs {
			for _, t := range tgts {
				rec.Gold = append(rec.Gold, GoldEvent{Source: s, Target: t, PloverType: typ})
			}
		}
		rec.Loc = ploverLoc(obj["eventLoc"])
		if raw := bytes.TrimSpace(obj["eventLoc"]); len(raw) > 0 && raw[0] != '{' && string(raw) != "null" {
			notes = append(notes, fmt.Sprintf("field \"eventLoc\" is %s, not an object; ignored", jsonKind(raw)))
		}
		rec.Notes = notes
		switch {
		case typ == "":
			rec.Skip, rec.SkipReason = true, "no event type"
		case rec.Text == "":
			rec.Skip, rec.SkipReason = true, "no text"
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// ploverActors returns the actor codes of a source/target field, whatever
// shape it has. A bare string is prose ("diplomatic"), not a code, and
// gives nothing.
func ploverActors(raw json.RawMessage, field string, notes *[]string) []string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '[' {
		if len(raw) > 0 && raw[0] != '"' && string(raw) != "null" {
			*notes = append(*notes, fmt.Sprintf("field %q is %s, not a list of actors; ignored", field, jsonKind(raw)))
		}
		return nil
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		return nil
	}
	var out []string
	for k, el := range list {
		var a ploverActor
		if json.Unmarshal(el, &a) != nil {
			*notes = append(*notes, fmt.Sprintf("%s actor %d, %s, is not an actor (an object of actorText, code and sector strings); ignored", field, k+1, clip(string(el))))
			continue
		}
		code := strings.ToUpper(strings.TrimSpace(a.Code))
		if code == "" {
			continue
		}
		out = append(out, code)
	}
	return out
}

// ploverLoc reads eventLoc: {"name": …, "country code": …, "lat"/"lon"?}.
func ploverLoc(raw json.RawMessage) *GoldLoc {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '{' {
		return nil
	}
	var m map[string]any
	if json.Unmarshal(raw, &m) != nil {
		return nil
	}
	loc := GoldLoc{}
	if s, ok := m["name"].(string); ok {
		loc.Name = normSpace(s)
	}
	for _, k := range []string{"country code", "country_code", "countryCode", "country"} {
		if s, ok := m[k].(string); ok && s != "" {
			loc.CountryCode = strings.ToUpper(strings.TrimSpace(s))
			break
		}
	}
	lat, okLat := number(m["lat"])
	lon, okLon := number(m["lon"])
	if okLat && okLon && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 {
		loc.Lat, loc.Lon, loc.HasCoord = lat, lon, true
	}
	if loc.Name == "" && !loc.HasCoord {
		return nil
	}
	return &loc
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		return f, err == nil
	}
	return 0, false
}

// jsonField is the value of a JSON string field; a missing field or null
// is "" and fine, anything else is "" and not ok.
func jsonField(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", true
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// jsonKind names the kind of a JSON value for a note.
func jsonKind(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "missing"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
