package when

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parley-events/parley/text"
)

func newResolver(t testing.TB) *Resolver {
	t.Helper()
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// describe renders what Find and Resolve make of a sentence, one
// expression per entry: `text => 2024-11-11..2024-11-12 (day)`.
func describe(r *Resolver, sentence string, pub time.Time, tense Tense) []string {
	var out []string
	for _, e := range r.Find(sentence) {
		d, ok := r.Resolve(e, pub, tense)
		if !ok {
			out = append(out, e.Text+" => unresolved")
			continue
		}
		out = append(out, e.Text+" => "+d.String())
	}
	return out
}

type dateCase struct {
	sentence string
	pub      string
	tense    Tense
	want     []string
}

func runCases(t *testing.T, cases []dateCase) {
	t.Helper()
	r := newResolver(t)
	for _, c := range cases {
		t.Run(c.sentence, func(t *testing.T) {
			got := describe(r, c.sentence, date(c.pub), c.tense)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("pub %s, %s tense:\n got %q\nwant %q", c.pub, c.tense, got, c.want)
			}
		})
	}
}

const (
	past    = TensePast
	future  = TenseFuture
	unknown = TenseUnknown
)

func TestWeekdays(t *testing.T) {
	runCases(t, []dateCase{
		// pub 2024-10-26 is a Saturday.
		{"The ministry stated on Friday that talks will follow.", "2024-10-26", past, []string{"Friday => 2024-10-25 (day)"}},
		{"The delegations will meet on Friday.", "2024-10-26", future, []string{"Friday => 2024-11-01 (day)"}},
		{"They met on Monday.", "2024-10-26", past, []string{"Monday => 2024-10-21 (day)"}},
		{"They will meet on Monday.", "2024-10-26", future, []string{"Monday => 2024-10-28 (day)"}},
		{"Fighting resumed Monday.", "2024-10-26", unknown, []string{"Monday => 2024-10-21 (day)"}},
		// The publication weekday itself is the same day, either way.
		{"Talks began on Saturday.", "2024-10-26", past, []string{"Saturday => 2024-10-26 (day)"}},
		{"Talks will begin on Saturday.", "2024-10-26", future, []string{"Saturday => 2024-10-26 (day)"}},
		// last/next are strict and ignore tense.
		{"Rebels attacked the town last Tuesday.", "2024-10-26", future, []string{"last Tuesday => 2024-10-22 (day)"}},
		{"The vote is next Wednesday.", "2024-10-26", past, []string{"next Wednesday => 2024-10-30 (day)"}},
		{"He left last Saturday.", "2024-10-26", past, []string{"last Saturday => 2024-10-19 (day)"}},
		{"He leaves next Saturday.", "2024-10-26", future, []string{"next Saturday => 2024-11-02 (day)"}},
		{"This week the council met twice.", "2024-10-26", past, []string{"This week => 2024-10-21..2024-10-27 (week)"}},
		// Year boundary: pub Thursday 2025-01-02.
		{"The army said on Monday it had withdrawn.", "2025-01-02", past, []string{"Monday => 2024-12-30 (day)"}},
		{"The army will withdraw on Monday.", "2024-12-28", future, []string{"Monday => 2024-12-30 (day)"}},
		{"Parliament will vote on Friday.", "2024-12-30", future, []string{"Friday => 2025-01-03 (day)"}},
		// A weekday with a full date takes the date.
		{"On Friday, October 25, the envoy arrived.", "2024-10-26", past, []string{"Friday, October 25 => 2024-10-25 (day)"}},
		{"The summit opens Monday 4 November 2024.", "2024-10-26", future, []string{"Monday 4 November 2024 => 2024-11-04 (day)"}},
	})
}

func TestMonthDays(t *testing.T) {
	runCases(t, []dateCase{
		{"The Russian Foreign Ministry, on October 9, announced that preparations were underway.", "2024-10-26", past, []string{"October 9 => 2024-10-09 (day)"}},
		{"The talks will resume on October 9.", "2024-10-26", future, []string{"October 9 => 2025-10-09 (day)"}},
		{"It was signed Oct. 9 in Geneva.", "2024-10-26", past, []string{"Oct. 9 => 2024-10-09 (day)"}},
		{"It was signed Oct 9th in Geneva.", "2024-10-26", past, []string{"Oct 9th => 2024-10-09 (day)"}},
		{"It was signed on 9 October.", "2024-10-26", past, []string{"9 October => 2024-10-09 (day)"}},
		{"It was signed on the 9th of October.", "2024-10-26", past, []string{"the 9th of October => 2024-10-09 (day)"}},
		{"A ceasefire was brokered on March 5, 2020, but tensions continue.", "2024-10-26", past, []string{"March 5, 2020 => 2020-03-05 (day)"}},
		{"A ceasefire was brokered on 5 March 2020.", "2024-10-26", future, []string{"5 March 2020 => 2020-03-05 (day)"}},
		{"The meeting will take place on November 11 and 12 in the Kazakh capital.", "2024-10-26", future, []string{"November 11 and 12 => 2024-11-11..2024-11-12 (day)"}},
		{"The meeting will take place on 11-12 November.", "2024-10-26", future, []string{"11-12 November => 2024-11-11..2024-11-12 (day)"}},
		{"The meeting will take place on 11 and 12 November.", "2024-10-26", future, []string{"11 and 12 November => 2024-11-11..2024-11-12 (day)"}},
		{"The meeting will take place November 11-12.", "2024-10-26", future, []string{"November 11-12 => 2024-11-11..2024-11-12 (day)"}},
		{"The meeting will take place November 11–12, 2025.", "2024-10-26", future, []string{"November 11–12, 2025 => 2025-11-11..2025-11-12 (day)"}},
		{"The fair runs from 3 to 5 May.", "2024-04-20", future, []string{"from 3 to 5 May => 2024-05-03..2024-05-05 (day)"}},
		{"The fair ran from 3 to 5 May.", "2024-04-20", past, []string{"from 3 to 5 May => 2023-05-03..2023-05-05 (day)"}},
		{"Voting is held between May 3 and May 5.", "2024-04-20", future, []string{"between May 3 and May 5 => 2024-05-03..2024-05-05 (day)"}},
		{"Voting was held between May 3 and 5, 2019.", "2024-04-20", past, []string{"between May 3 and 5, 2019 => 2019-05-03..2019-05-05 (day)"}},
		{"The truce lasted from December 30 to January 2.", "2025-01-10", past, []string{"from December 30 to January 2 => 2024-12-30..2025-01-02 (day)"}},
		{"The 21st round of talks took place on January 25, with the participation of Russia.", "2024-10-26", past, []string{"January 25 => 2024-01-25 (day)"}},
		// Year boundary both ways.
		{"Troops withdrew on December 30.", "2025-01-03", past, []string{"December 30 => 2024-12-30 (day)"}},
		{"The envoys will meet on January 5.", "2024-12-28", future, []string{"January 5 => 2025-01-05 (day)"}},
		{"The envoys met on January 5.", "2024-12-28", past, []string{"January 5 => 2024-01-05 (day)"}},
		// Unknown tense: the nearest occurrence.
		{"Elections on November 3.", "2024-10-26", unknown, []string{"November 3 => 2024-11-03 (day)"}},
		{"Elections on September 3.", "2024-10-26", unknown, []string{"September 3 => 2024-09-03 (day)"}},
		// Two dates joined by "and" across months stay two dates.
		{"Strikes hit on May 3 and June 10.", "2024-07-01", past, []string{"May 3 => 2024-05-03 (day)", "June 10 => 2024-06-10 (day)"}},
		// February 29 without a year takes a leap year.
		{"The decree of February 29 was annulled.", "2025-03-10", past, []string{"February 29 => 2024-02-29 (day)"}},
	})
}

func TestRelative(t *testing.T) {
	runCases(t, []dateCase{
		// pub 2024-10-26, Saturday; its week is Mon 21 to Sun 27.
		{"Clashes erupted last week.", "2024-10-26", past, []string{"last week => 2024-10-14..2024-10-20 (week)"}},
		{"Talks resume next week.", "2024-10-26", future, []string{"next week => 2024-10-28..2024-11-03 (week)"}},
		{"Earlier this week, the army shelled the town.", "2024-10-26", past, []string{"Earlier this week => 2024-10-21..2024-10-25 (week)"}},
		{"The minister resigned earlier this month.", "2024-10-26", past, []string{"earlier this month => 2024-10-01..2024-10-25 (month)"}},
		{"The vote is later this month.", "2024-10-26", future, []string{"later this month => 2024-10-27..2024-10-31 (month)"}},
		{"Prices rose last month.", "2024-01-15", past, []string{"last month => 2023-12-01..2023-12-31 (month)"}},
		{"Prices will rise next month.", "2024-12-15", future, []string{"next month => 2025-01-01..2025-01-31 (month)"}},
		{"The party won last year.", "2025-01-03", past, []string{"last year => 2024-01-01..2024-12-31 (year)"}},
		{"The party may win this year.", "2024-10-26", future, []string{"this year => 2024-01-01..2024-12-31 (year)"}},
		{"Elections are due next year.", "2024-10-26", future, []string{"next year => 2025-01-01..2025-12-31 (year)"}},
		{"The border reopened earlier this year.", "2024-10-26", past, []string{"earlier this year => 2024-01-01..2024-10-25 (year)"}},
		{"The deal collapsed late last year.", "2024-10-26", past, []string{"late last year => 2023-09-01..2023-12-31 (season)"}},
		{"Gunmen attacked the convoy yesterday.", "2025-01-01", past, []string{"yesterday => 2024-12-31 (day)"}},
		{"Today the rebels withdrew.", "2024-10-26", past, []string{"Today => 2024-10-26 (day)"}},
		{"The envoy arrives tomorrow.", "2024-12-31", future, []string{"tomorrow => 2025-01-01 (day)"}},
		{"Shelling killed three people last night.", "2024-10-26", past, []string{"last night => 2024-10-25 (day)"}},
		{"The convoy had left the previous day.", "2024-10-26", past, []string{"the previous day => 2024-10-25 (day)"}},
		{"Militants seized the town two days ago.", "2024-03-01", past, []string{"two days ago => 2024-02-28 (day)"}},
		{"Militants seized the town 2 days ago.", "2024-03-01", past, []string{"2 days ago => 2024-02-28 (day)"}},
		{"The siege began three weeks ago.", "2024-10-26", past, []string{"three weeks ago => 2024-09-30..2024-10-06 (week)"}},
		{"He was released a year ago.", "2024-10-26", past, []string{"a year ago => 2023-01-01..2023-12-31 (year)"}},
		{"The talks collapsed six months ago.", "2024-03-15", past, []string{"six months ago => 2023-09-01..2023-09-30 (month)"}},
		{"Troops will leave in two weeks.", "2024-10-26", future, []string{"two weeks => 2024-11-04..2024-11-10 (week)"}},
		{"Over the past two weeks, 40 people died.", "2024-10-26", past, []string{"the past two weeks => 2024-10-12..2024-10-26 (week)"}},
		{"Rebels advanced in the past week.", "2024-10-26", past, []string{"the past week => 2024-10-19..2024-10-26 (week)"}},
		{"They fought last weekend.", "2024-10-28", past, []string{"last weekend => 2024-10-26..2024-10-27 (day)"}},
		{"The summit ends by the end of the year.", "2024-10-26", future, []string{"the end of the year => 2024-09-01..2024-12-31 (season)"}},
	})
}

func TestMonthsYearsSeasons(t *testing.T) {
	runCases(t, []dateCase{
		{"The de-escalation agreements reached in May 2017 for the Idlib region.", "2024-10-26", past, []string{"May 2017 => 2017-05-01..2017-05-31 (month)"}},
		{"The agreements of May of 2017 held.", "2024-10-26", past, []string{"May of 2017 => 2017-05-01..2017-05-31 (month)"}},
		{"Fighting flared in May.", "2024-10-26", past, []string{"May => 2024-05-01..2024-05-31 (month)"}},
		{"Fighting flared in May.", "2024-03-26", past, []string{"May => 2023-05-01..2023-05-31 (month)"}},
		{"Elections will be held in May.", "2024-10-26", future, []string{"May => 2025-05-01..2025-05-31 (month)"}},
		{"Elections will be held in October.", "2024-10-26", future, []string{"October => 2024-10-01..2024-10-31 (month)"}},
		{"The offensive stalled in December.", "2025-01-03", past, []string{"December => 2024-12-01..2024-12-31 (month)"}},
		{"The offensive will start in January.", "2024-12-20", future, []string{"January => 2025-01-01..2025-01-31 (month)"}},
		{"The army pulled out last May.", "2024-10-26", past, []string{"last May => 2024-05-01..2024-05-31 (month)"}},
		{"The army pulls out next May.", "2024-10-26", future, []string{"next May => 2025-05-01..2025-05-31 (month)"}},
		{"Aid arrived in early May.", "2024-10-26", past, []string{"early May => 2024-05-01..2024-05-10 (week)"}},
		{"Aid arrived in mid-May 2019.", "2024-10-26", past, []string{"mid-May 2019 => 2019-05-11..2019-05-20 (week)"}},
		{"Fighting raged from May to July 2017.", "2024-10-26", past, []string{"from May to July 2017 => 2017-05-01..2017-07-31 (month)"}},
		{"The Astana process, which began in early 2017, has seen 21 rounds of talks.", "2024-10-26", past, []string{"early 2017 => 2017-01-01..2017-04-30 (season)"}},
		{"The plan dates from mid-2017.", "2024-10-26", past, []string{"mid-2017 => 2017-05-01..2017-08-31 (season)"}},
		{"It was agreed in late 2017.", "2024-10-26", past, []string{"late 2017 => 2017-09-01..2017-12-31 (season)"}},
		{"The worst violation occurred in 2020 when regime forces advanced.", "2024-10-26", past, []string{"2020 => 2020-01-01..2020-12-31 (year)"}},
		{"The war has raged since 2011.", "2024-10-26", past, []string{"2011 => 2011-01-01..2011-12-31 (year)"}},
		{"Troops will leave by 2026.", "2024-10-26", future, []string{"2026 => 2026-01-01..2026-12-31 (year)"}},
		{"The camp was built in the spring of 2019.", "2024-10-26", past, []string{"the spring of 2019 => 2019-03-01..2019-05-31 (season)"}},
		{"The camp was built in spring 2019.", "2024-10-26", past, []string{"spring 2019 => 2019-03-01..2019-05-31 (season)"}},
		{"The camp was built in the winter of 2019.", "2024-10-26", past, []string{"the winter of 2019 => 2019-12-01..2020-02-29 (season)"}},
		{"The camp was built in the fall of 2016.", "2024-10-26", past, []string{"the fall of 2016 => 2016-09-01..2016-11-30 (season)"}},
		{"Rebels attacked last summer.", "2024-10-26", past, []string{"last summer => 2024-06-01..2024-08-31 (season)"}},
		{"Rebels attacked last summer.", "2024-07-15", past, []string{"last summer => 2023-06-01..2023-08-31 (season)"}},
		{"The offensive will resume in the spring.", "2024-10-26", future, []string{"the spring => 2025-03-01..2025-05-31 (season)"}},
		{"Shelling resumed this morning.", "2024-10-26", past, []string{"this morning => 2024-10-26 (day)"}},
		{"The movement grew in the 1990s.", "2024-10-26", past, []string{"the 1990s => 1990-01-01..1999-12-31 (year)"}},
		{"The movement grew in the early 1990s.", "2024-10-26", past, []string{"the early 1990s => 1990-01-01..1993-12-31 (year)"}},
		{"The truce held from 2015 to 2018.", "2024-10-26", past, []string{"from 2015 to 2018 => 2015-01-01..2018-12-31 (year)"}},
		{"The truce held between 2015 and 2018.", "2024-10-26", past, []string{"between 2015 and 2018 => 2015-01-01..2018-12-31 (year)"}},
		{"The 2015-2018 truce held.", "2024-10-26", past, []string{"2015-2018 => 2015-01-01..2018-12-31 (year)"}},
		{"The truce held from 2015.", "2024-10-26", past, []string{"2015 => 2015-01-01..2015-12-31 (year)"}},
	})
}

// TestEpisodeYears: "the YEAR war" after a preposition of time dates what
// is done in it; a document of that year, or the year with no preposition,
// does not.
func TestEpisodeYears(t *testing.T) {
	runCases(t, []dateCase{
		{"During the 2006 war, jets bombed the suburbs.", "2024-10-26", past, []string{"the 2006 war => 2006-01-01..2006-12-31 (year)"}},
		{"Militias killed thousands in the 1994 genocide.", "2024-10-26", past, []string{"the 1994 genocide => 1994-01-01..1994-12-31 (year)"}},
		{"Hundreds were jailed after the 2011 Libyan uprising.", "2024-10-26", past, []string{"the 2011 Libyan uprising => 2011-01-01..2011-12-31 (year)"}},
		{"He lost in the 2019 presidential election.", "2024-10-26", past, []string{"the 2019 presidential election => 2019-01-01..2019-12-31 (year)"}},
		{"The town has been under siege since the 2015 offensive.", "2024-10-26", past, []string{"the 2015 offensive => 2015-01-01..2015-12-31 (year)"}},
		{"Iran kept enriching uranium under the 2015 agreement.", "2024-10-26", past, nil},
		{"The limits were set in the 2015 nuclear agreement.", "2024-10-26", past, nil},
		{"Opposition parties boycotted the 2018 election.", "2024-10-26", past, nil},
		{"Veterans of the 1991 war marched.", "2024-10-26", past, nil},
		{"In the 2000 villages they visited, the war left scars.", "2024-10-26", past, nil},
		{"They met in the 2006 talks on trade and the war.", "2024-10-26", past, nil},
	})
}

// TestEntryYears: a bare year heads a chronology's entry before a dash
// set apart by spaces, or a colon; a bare year anywhere else, or before a
// number, is no date.
func TestEntryYears(t *testing.T) {
	runCases(t, []dateCase{
		{"1998 - India and Pakistan carry out nuclear tests.", "2024-10-26", unknown, []string{"1998 => 1998-01-01..1998-12-31 (year)"}},
		{"2014: Russia annexes Crimea.", "2024-10-26", unknown, []string{"2014 => 2014-01-01..2014-12-31 (year)"}},
		{"* 2003 \u2013 U.S.-led forces invade Iraq.", "2024-10-26", unknown, []string{"2003 => 2003-01-01..2003-12-31 (year)"}},
		{"2000 - 3000 people marched in the capital.", "2024-10-26", past, nil},
		{"2000-3000 people marched in the capital.", "2024-10-26", past, nil},
		{"Some 2000 - the police said - marched.", "2024-10-26", past, nil},
		{"The 1998 - 2003 war killed thousands.", "2024-10-26", past, nil},
	})
}

func TestNumericDates(t *testing.T) {
	runCases(t, []dateCase{
		{"The 21st round was held on 2024-01-25 in Astana.", "2024-10-26", past, []string{"2024-01-25 => 2024-01-25 (day)"}},
		{"Filed 2024/01/25.", "2024-10-26", past, []string{"2024/01/25 => 2024-01-25 (day)"}},
		{"The decree of 25/01/2024 was annulled.", "2024-10-26", past, []string{"25/01/2024 => 2024-01-25 (day)"}},
		{"The decree of 01/25/2024 was annulled.", "2024-10-26", past, []string{"01/25/2024 => 2024-01-25 (day)"}},
		{"The decree of 07/07/2024 was annulled.", "2024-10-26", past, []string{"07/07/2024 => 2024-07-07 (day)"}},
		{"They met on 2024-10-25T10:00Z.", "2024-10-26", past, []string{"2024-10-25 => 2024-10-25 (day)"}},
		{"Fighting in 2011-2012 killed 5,000.", "2024-10-26", past, []string{"2011-2012 => 2011-01-01..2012-12-31 (year)"}},
		// 05/06/2024 could be 5 June or May 6: not a date.
		{"The decree of 05/06/2024 was annulled.", "2024-10-26", past, nil},
		// Valid shape, impossible day: found, never resolved.
		{"The decree of 2023-02-30 was annulled.", "2024-10-26", past, []string{"2023-02-30 => unresolved"}},
		{"It happened on February 30, 2021.", "2024-10-26", past, []string{"February 30, 2021 => unresolved"}},
	})
}

func TestNotDates(t *testing.T) {
	runCases(t, []dateCase{
		{"The Astana process has seen 21 rounds of talks.", "2024-10-26", past, nil},
		{"The full implementation of UN Security Council Resolution 2254 is the only path.", "2024-10-26", past, nil},
		{"More than 2,000 people fled in 2,000 cars.", "2024-10-26", past, nil},
		{"They rejected the 1990 agreement.", "2024-10-26", past, nil},
		{"Call +1 555-123-4567 or 2024-555-0199 for details.", "2024-10-26", past, nil},
		{"Inflation rose 12% in 2,500 shops and 3.5 percent overall.", "2024-10-26", past, nil},
		{"The vote fell by 2000 votes.", "2024-10-26", past, nil},
		{"A total of 2000 troops and a force of 1900 arrived.", "2024-10-26", past, nil},
		{"The meeting starts at 3 pm, or at 15:00.", "2024-10-26", past, nil},
		{"They may march on the capital.", "2024-10-26", past, nil},
		{"UN envoy Jan Egeland spoke about the fall of Aleppo.", "2024-10-26", past, nil},
		{"The first day will focus on bilateral consultations.", "2024-10-26", future, nil},
		{"It was a late development in the early stages.", "2024-10-26", past, nil},
		{"", "2024-10-26", past, nil},
		{"In 5km, the convoy stopped for 3 hours.", "2024-10-26", past, nil},
	})
}

func TestOffsets(t *testing.T) {
	r := newResolver(t)
	s := "Über 2.000 Menschen – on “Friday”, October 25, 2024 – said the ministry in mid-2017."
	for _, e := range r.Find(s) {
		if s[e.Start:e.End] != e.Text {
			t.Errorf("span %d:%d = %q, Text %q", e.Start, e.End, s[e.Start:e.End], e.Text)
		}
	}
	got := describe(r, s, date("2024-10-26"), past)
	want := []string{"Friday => 2024-10-25 (day)", "October 25, 2024 => 2024-10-25 (day)", "mid-2017 => 2017-05-01..2017-08-31 (season)"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestAppendFind(t *testing.T) {
	r := newResolver(t)
	buf := r.AppendFind(nil, "on Friday")
	buf = r.AppendFind(buf, "no date here")
	buf = r.AppendFind(buf, "in May 2017 and 2018")
	var got []string
	for _, e := range buf {
		got = append(got, e.Text)
	}
	if fmt.Sprint(got) != "[Friday May 2017]" {
		t.Errorf("got %q", got)
	}
	if n := testing.AllocsPerRun(100, func() { buf = r.AppendFind(buf[:0], benchSentences[0]) }); n != 0 {
		t.Errorf("AppendFind with a reused slice allocates %v times", n)
	}
}

func TestDefault(t *testing.T) {
	d := Default(time.Date(2024, 10, 26, 23, 30, 0, 0, time.FixedZone("X", 5*3600)))
	if d.String() != "2024-10-26 (unknown)" {
		t.Errorf("Default = %v", d)
	}
}

func TestPubTimeZone(t *testing.T) {
	// The publication day is the calendar day in pub's own location.
	r := newResolver(t)
	e := r.Find("yesterday")[0]
	pub := time.Date(2024, 10, 26, 1, 0, 0, 0, time.FixedZone("UTC+9", 9*3600))
	d, ok := r.Resolve(e, pub, past)
	if !ok || d.String() != "2024-10-25 (day)" {
		t.Errorf("got %v %v", d, ok)
	}
}

func TestTense(t *testing.T) {
	cases := []struct {
		words       string
		first, last int
		want        Tense
	}{
		{"The ministry stated on Friday that the first day will focus", 3, 4, TensePast},
		{"the meeting will take place on November 11 and 12", 5, 9, TenseFuture},
		{"On Friday , representatives from Moscow announced", 0, 1, TensePast},
		{"The summit is to begin on Monday", 5, 6, TenseUnknown},
		{"Talks are scheduled for Monday", 4, 4, TenseFuture},
		{"Elections will be held in the spring", 5, 6, TenseFuture},
		{"Israel will evacuate all 21 settlements in the Gaza Strip in mid-August , said a spokesman", 10, 10, TenseFuture},
		{"The accord is to be signed on Monday", 6, 7, TenseFuture},
		{"The accord has been signed on Monday", 6, 7, TensePast},
		{"on Monday ; they will", 0, 1, TenseUnknown},
	}
	for _, c := range cases {
		if got := TenseAt(strings.Fields(c.words), c.first, c.last); got != c.want {
			t.Errorf("TenseAt(%q, %d, %d) = %v, want %v", c.words, c.first, c.last, got, c.want)
		}
	}
	tagged := []text.Token{
		{Text: "Talks", Lower: "talks", Tag: "NNS", Start: 0, End: 5},
		{Text: "will", Lower: "will", Tag: "MD", Start: 6, End: 10},
		{Text: "be", Lower: "be", Tag: "VB", Start: 11, End: 13},
		{Text: "held", Lower: "held", Tag: "VBN", Start: 14, End: 18},
		{Text: "on", Lower: "on", Tag: "IN", Start: 19, End: 21},
		{Text: "Friday", Lower: "friday", Tag: "NNP", Start: 22, End: 28},
		{Text: ",", Lower: ",", Tag: ",", Start: 28, End: 29},
		{Text: "officials", Lower: "officials", Tag: "NNS", Start: 30, End: 39},
		{Text: "said", Lower: "said", Tag: "VBD", Start: 40, End: 44},
	}
	if got := TenseNear(tagged, 22, 28); got != TenseFuture {
		t.Errorf("TenseNear(will be held on Friday) = %v", got)
	}
	if got := TenseNear(tagged[4:], 22, 28); got != TensePast {
		t.Errorf("TenseNear(on Friday, officials said) = %v", got)
	}
	if got := TenseNear(nil, 0, 5); got != TenseUnknown {
		t.Errorf("TenseNear(nil) = %v", got)
	}
	if got := TenseOf(strings.Fields("the envoys will meet")); got != TenseFuture {
		t.Errorf("TenseOf future = %v", got)
	}
	if got := TenseOf(strings.Fields("the envoys met")); got != TensePast {
		t.Errorf("TenseOf past = %v", got)
	}
	if got := TenseOf(nil); got != TenseUnknown {
		t.Errorf("TenseOf nil = %v", got)
	}
}

func TestLexiconErrors(t *testing.T) {
	bad := []string{
		"",
		"january",
		"january month 13",
		"january month x",
		"january month 1\njanuary month 1",
		"foo bar 1",
		"january month 1 weird",
		"café count",
		"spring season monsoon",
		"in fn nowhere",
	}
	for _, src := range bad {
		if _, err := parseLexicon(src); err == nil {
			t.Errorf("parseLexicon(%q): no error", src)
		}
	}
}

func TestMoreForms(t *testing.T) {
	runCases(t, []dateCase{
		{"Brazil won in 2000 and 2004.", "2008-08-06", past, []string{"2000 => 2000-01-01..2000-12-31 (year)", "2004 => 2004-01-01..2004-12-31 (year)"}},
		{"The group yielded ground seized in six days of fighting.", "2008-08-06", past, nil},
		{"It is the worst drought in 40 years.", "2024-10-26", past, []string{"40 years => unresolved"}},
		{"The Olympics will open in two days.", "2008-08-06", future, []string{"two days => 2008-08-08 (day)"}},
		{"A deal is expected within two weeks.", "2024-10-26", future, []string{"two weeks => 2024-10-26..2024-11-09 (week)"}},
		{"The curfew starts by 1800 GMT.", "2024-10-26", future, nil},
		{"Prisoners will be freed by the end of August.", "2008-08-06", future, []string{"the end of August => 2008-08-21..2008-08-31 (week)"}},
		{"Fighting resumed late Sunday.", "2024-10-26", past, []string{"Sunday => 2024-10-20 (day)"}},
		{"They will celebrate May Day next week.", "2024-04-20", future, []string{"next week => 2024-04-22..2024-04-28 (week)"}},
		{"The vote was moved to this summer.", "2024-01-10", future, []string{"this summer => 2024-06-01..2024-08-31 (season)"}},
		{"Fighting eased this winter.", "2025-01-10", past, []string{"this winter => 2024-12-01..2025-02-28 (season)"}},
		{"Talks ran from May-June 2017.", "2024-10-26", past, []string{"from May-June 2017 => 2017-05-01..2017-06-30 (month)"}},
		{"The ships collided in August last year.", "2008-08-06", past, []string{"August last year => 2007-08-01..2007-08-31 (month)"}},
		{"The talks began on January 25 this year.", "2024-10-26", past, []string{"January 25 this year => 2024-01-25 (day)"}},
		{"Since coming to power in June of last year, he has ruled by decree.", "2020-06-15", past, []string{"June of last year => 2019-06-01..2019-06-30 (month)"}},
		{"More troops will go in the coming months.", "2020-06-15", future, nil},
		{"He won the elections of 2020.", "2024-10-26", past, []string{"2020 => 2020-01-01..2020-12-31 (year)"}},
		{"Fighting continued throughout 2019.", "2024-10-26", past, []string{"2019 => 2019-01-01..2019-12-31 (year)"}},
		{"Talks resume early next week.", "2024-10-26", future, []string{"early next week => 2024-10-28..2024-10-29 (week)"}},
		{"Prices fell at the beginning of the year.", "2024-10-26", past, []string{"the beginning of the year => 2024-01-01..2024-04-30 (season)"}},
		{"Prices fell at the start of 2018.", "2024-10-26", past, []string{"the start of 2018 => 2018-01-01..2018-04-30 (season)"}},
		{"Protests are planned this weekend.", "2024-10-23", future, []string{"this weekend => 2024-10-26..2024-10-27 (day)"}},
		{"Exports fell the previous month.", "2024-10-26", past, []string{"the previous month => 2024-09-01..2024-09-30 (month)"}},
		{"It was signed May, 2017 and March 5 2020.", "2024-10-26", past, []string{"May, 2017 => 2017-05-01..2017-05-31 (month)", "March 5 2020 => 2020-03-05 (day)"}},
		{"Growth slowed in the first half of 2019.", "2024-10-26", past, []string{"the first half of 2019 => 2019-01-01..2019-06-30 (season)"}},
		{"Growth will recover in the second half of next year.", "2024-10-26", future, []string{"the second half of next year => 2025-07-01..2025-12-31 (season)"}},
		{"Over the last year, prices doubled.", "2024-10-26", past, []string{"the last year => 2023-10-26..2024-10-26 (year)"}},
		{"The first half of the match was dull.", "2024-10-26", past, nil},
		{"In the past 24 hours, 30 people were killed.", "2024-10-26", past, []string{"the past 24 hours => 2024-10-25..2024-10-26 (day)"}},
		{"The strike hit three hours ago.", "2024-10-26", past, []string{"three hours ago => 2024-10-26 (day)"}},
		{"Talks end in 48 hours.", "2024-10-26", future, []string{"48 hours => 2024-10-28 (day)"}},
		{"The curfew starts at 2000 hours.", "2024-10-26", future, nil},
		{"The 7 October attack killed 1,200 people.", "2024-10-26", past, []string{"7 October => 2024-10-07 (day)"}},
		{"Budget talks for 2014-15 ended.", "2024-10-26", past, []string{"2014-15 => 2014-01-01..2015-12-31 (year)"}},
	})
}

func TestAstanaExample(t *testing.T) {
	b, err := os.ReadFile("../examples/astana-talks.txt")
	if err != nil {
		t.Skipf("example not available: %v", err)
	}
	r := newResolver(t)
	pub := date("2024-10-26")
	var got []string
	for _, sent := range strings.SplitAfter(strings.ReplaceAll(string(b), "\n", " "), ". ") {
		for _, e := range r.Find(sent) {
			d, ok := r.Resolve(e, pub, TenseIn(sent, e))
			if ok {
				got = append(got, e.Text+" => "+d.String())
			}
		}
	}
	want := []string{
		"November 11 and 12 => 2024-11-11..2024-11-12 (day)",
		"Friday => 2024-10-25 (day)",
		"October 9 => 2024-10-09 (day)",
		"January 25 => 2024-01-25 (day)",
		"early 2017 => 2017-01-01..2017-04-30 (season)",
		"May 2017 => 2017-05-01..2017-05-31 (month)",
		"2020 => 2020-01-01..2020-12-31 (year)",
		"March 5, 2020 => 2020-03-05 (day)",
		"Friday => 2024-10-25 (day)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestForEvent(t *testing.T) {
	r := newResolver(t)
	cases := []struct {
		sentence, anchor string
		want             string // expression text, "" for none
	}{
		{"The ministry stated on Friday that the first day will focus on consultations.", "stated", "Friday"},
		{"The ministry stated on Friday that the first day will focus on consultations.", "focus", ""},
		{"The ministry announced that the meeting will take place on November 11 and 12 in Astana.", "take", "November 11 and 12"},
		{"The ministry announced that the meeting will take place on November 11 and 12 in Astana.", "announced", ""},
		{"A ceasefire was brokered between Turkey and Russia on March 5, 2020, but tensions continue.", "brokered", "March 5, 2020"},
		{"A ceasefire was brokered between Turkey and Russia on March 5, 2020, but tensions continue.", "continue", ""},
		{"On Friday, Moscow and Cairo announced a memorandum; talks resume on Monday.", "announced", "Friday"},
		{"On Friday, Moscow and Cairo announced a memorandum; talks resume on Monday.", "resume", "Monday"},
		{"Rebels attacked on Monday and Tuesday.", "attacked", "Monday"},
	}
	for _, c := range cases {
		i := strings.Index(c.sentence, c.anchor)
		e, ok := ForEvent(c.sentence, r.Find(c.sentence), i, i+len(c.anchor))
		got := ""
		if ok {
			got = e.Text
		}
		if got != c.want {
			t.Errorf("ForEvent(%q, %q) = %q, want %q", c.sentence, c.anchor, got, c.want)
		}
	}
	// Out-of-range anchors must not panic.
	ForEvent("on Friday", r.Find("on Friday"), -5, 100)
	ForEvent("", nil, 3, 1)
}

func TestNeedsTense(t *testing.T) {
	r := newResolver(t)
	for s, want := range map[string]bool{
		"on Friday": true, "last Friday": false, "on October 9": true, "October 9, 2024": false,
		"in May": true, "in May 2017": false, "in August last year": false, "in the spring": true,
		"yesterday": false, "in two weeks": true, "two weeks ago": false, "in 2020": false,
	} {
		es := r.Find(s)
		if len(es) != 1 {
			t.Errorf("%q: found %d expressions", s, len(es))
			continue
		}
		if got := es[0].NeedsTense(); got != want {
			t.Errorf("%q: NeedsTense = %v, want %v", s, got, want)
		}
	}
	d := Date{date("2024-11-11"), date("2024-11-12"), PrecisionDay}
	if a, b, c := d.Strings(); a != "2024-11-11" || b != "2024-11-12" || c != "day" {
		t.Errorf("Strings = %s %s %s", a, b, c)
	}
}

// TestConcurrent runs one Resolver from several goroutines; with -race it
// proves Find and Resolve share no mutable state.
func TestConcurrent(t *testing.T) {
	r := newResolver(t)
	pub := date("2024-10-26")
	want := describe(r, benchSentences[0], pub, future)
	done := make(chan []string)
	for g := 0; g < 4; g++ {
		go func() {
			var got []string
			for k := 0; k < 50; k++ {
				got = describe(r, benchSentences[0], pub, future)
			}
			done <- got
		}()
	}
	for g := 0; g < 4; g++ {
		if got := <-done; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("goroutine got %q, want %q", got, want)
		}
	}
}
