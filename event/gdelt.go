package event

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// gdeltColumns are the 61 columns of a GDELT 2.0 event record, in GDELT's
// order and spelling, so scripts written for GDELT read our files. Columns
// parley has no value for are left empty rather than invented (tone, mention
// counts beyond this one article, ADM2, actor geography).
var gdeltColumns = [...]string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELTColumns returns the GDELT 2.0 column names in order.
func GDELTColumns() []string { c := gdeltColumns; return c[:] }

// GDELTWriter writes a GDELT 2.0-style tab-separated file with a header row.
// Differences from GDELT, documented in docs/export.md: GLOBALEVENTID is
// parley's string id, country codes are ISO alpha-3 (GDELT's geo country is
// FIPS), and DATEADDED is empty (parley does not record a crawl time).
type GDELTWriter struct {
	w      *bufio.Writer
	header bool
	row    []string
}

// NewGDELTWriter returns a GDELTWriter on w.
func NewGDELTWriter(w io.Writer) *GDELTWriter {
	return &GDELTWriter{w: bufio.NewWriterSize(w, 64<<10), row: make([]string, 0, len(gdeltColumns))}
}

// tsvCell keeps a value on one line and in one column: TSV has no quoting.
func tsvCell(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

func (g *GDELTWriter) line(cells []string) error {
	for i, c := range cells {
		if i > 0 {
			if err := g.w.WriteByte('\t'); err != nil {
				return fmt.Errorf("write gdelt: %w", err)
			}
		}
		if _, err := g.w.WriteString(tsvCell(c)); err != nil {
			return fmt.Errorf("write gdelt: %w", err)
		}
	}
	if err := g.w.WriteByte('\n'); err != nil {
		return fmt.Errorf("write gdelt: %w", err)
	}
	return nil
}

func (g *GDELTWriter) writeHeader() error {
	if g.header {
		return nil
	}
	g.header = true
	return g.line(gdeltColumns[:])
}

// gdeltGeoType maps a location precision to GDELT's Geo_Type: 1 country,
// 4 world city, 5 world state (ADM1). GDELT's US-specific 2 and 3 are not
// used because parley does not special-case the United States.
func gdeltGeoType(precision string) string {
	switch precision {
	case "country":
		return "1"
	case "admin1":
		return "5"
	case "city", "point":
		return "4"
	}
	return ""
}

func gdeltDates(date string) (sqlDate, monthYear, year, fraction string) {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return "", "", "", ""
	}
	// GDELT's FractionDate is year + day-of-year/365 with four decimals.
	frac := float64(t.Year()) + float64(t.YearDay())/365
	return t.Format("20060102"), t.Format("200601"), t.Format("2006"), strconv.FormatFloat(frac, 'f', 4, 64)
}

func gdeltActor(as []Actor) []string {
	if len(as) == 0 {
		return make([]string, 10)
	}
	a := as[0]
	code := a.Code
	if code == "---" {
		code = ""
	}
	return []string{code, strings.ToUpper(a.Text), a.Country, "", "", "", "", a.Sector, "", ""}
}

// Write appends one row. GDELT has one Actor1 and one Actor2, so only the
// first source and first target actor are written.
func (g *GDELTWriter) Write(e *Event, c Citation) error {
	if err := g.writeHeader(); err != nil {
		return err
	}
	sqlDate, my, y, frac := gdeltDates(e.Date)
	r := append(g.row[:0], e.ID, sqlDate, my, y, frac)
	r = append(r, gdeltActor(e.Source)...)
	r = append(r, gdeltActor(e.Target)...)
	root := "0"
	if e.SentenceIndex == 0 {
		root = "1" // GDELT marks events from the lead of the article
	}
	base := e.CAMEO
	if len(base) > 3 {
		base = base[:3]
	}
	r = append(r, root, e.CAMEO, base, e.CAMEORoot, strconv.Itoa(e.QuadClass), formatFloat(e.Goldstein), "1", "1", "1", "")
	r = append(r, make([]string, 16)...) // Actor1Geo_*, Actor2Geo_*: parley locates events, not actors
	if l := e.Location; l != nil {
		fid := ""
		if l.GeonameID != 0 {
			fid = strconv.Itoa(l.GeonameID)
		}
		r = append(r, gdeltGeoType(l.Precision), l.Name, l.Country, l.Admin1, "", formatFloat(l.Lat), formatFloat(l.Lon), fid)
	} else {
		r = append(r, make([]string, 8)...)
	}
	r = append(r, "", c.URL)
	g.row = r
	return g.line(r)
}

// Flush writes buffered rows (and the header of an empty export).
func (g *GDELTWriter) Flush() error {
	if err := g.writeHeader(); err != nil {
		return err
	}
	if err := g.w.Flush(); err != nil {
		return fmt.Errorf("flush gdelt: %w", err)
	}
	return nil
}
