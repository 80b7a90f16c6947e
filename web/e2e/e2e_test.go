package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/parley-events/parley/event"
)

// Timeouts bound every wait, so a broken UI fails the test instead of
// hanging it.
const (
	testTimeout = 90 * time.Second
	waitTimeout = 15 * time.Second
)

// chromiumPath finds a Chromium-family browser: $PARLEY_CHROMIUM first, then
// the Debian package's binary, then other common names.
func chromiumPath() string {
	if p := os.Getenv("PARLEY_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome-stable", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts one headless chromium for a test and its subtests (one
// launch costs seconds on a small machine) and returns its context.
func browser(t *testing.T) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("e2e: browser test skipped in -short mode")
	}
	path := chromiumPath()
	if path == "" {
		t.Skip("e2e: no chromium found (apt-get install chromium, or set PARLEY_CHROMIUM=/path/to/chrome)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 1000),
	}
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		bcancel()
		acancel()
		cancel()
	})
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("e2e: starting %s: %v", path, err)
	}
	return bctx
}

// tab opens a fresh tab for one subtest. JavaScript exceptions and
// console errors on its pages fail the subtest when it ends.
func tab(t *testing.T, browser context.Context) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	var mu sync.Mutex
	var problems []string
	exceptions := chromedp.Events(ctx, runtime.ExceptionThrown)
	console := chromedp.Events(ctx, runtime.ConsoleAPICalled)
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		t.Fatalf("e2e: opening a tab: %v", err)
	}
	go func() {
		for ev, err := range exceptions {
			if err != nil {
				return
			}
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil && d.Exception.Description != "" {
				msg = d.Exception.Description
			}
			mu.Lock()
			problems = append(problems, fmt.Sprintf("uncaught exception %s:%d: %s", d.URL, d.LineNumber+1, msg))
			mu.Unlock()
		}
	}()
	go func() {
		for ev, err := range console {
			if err != nil {
				return
			}
			if ev.Type != runtime.ConsoleAPICalledTypeError {
				continue
			}
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			mu.Lock()
			problems = append(problems, "console.error: "+strings.Join(parts, " "))
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		cancel()
		mu.Lock()
		defer mu.Unlock()
		for _, p := range problems {
			t.Errorf("e2e: page reported %s", p)
		}
	})
	return ctx
}

// TestBrowser drives the UI in one chromium, one tab per subtest:
//   - fixture: against the fixture API server (fixture_test.go);
//   - real-server: against server.New over a SQLite store holding the same
//     events (realserver_test.go);
//   - demo: over the embedded examples coded by the real pipeline, as
//     parley demo serves them;
//   - highlight: the byte-offset highlighter on tricky sentences;
//   - external: against a running parley server at $PARLEY_E2E_URL.
//
// For example:
//
//	parley demo --addr 127.0.0.1:8089 &
//	PARLEY_E2E_URL=http://127.0.0.1:8089 go test ./web/e2e -run TestBrowser/external
//
// With PARLEY_SCREENSHOT=1 each writes docs/screenshot.png, so the last to
// run wins: demo, or external when PARLEY_E2E_URL is set.
func TestBrowser(t *testing.T) {
	b := browser(t)
	t.Run("fixture", func(t *testing.T) {
		ts := httptest.NewServer(newFixtureServer())
		defer ts.Close()
		checkUI(t, tab(t, b), ts.URL)
	})
	t.Run("real-server", func(t *testing.T) {
		ts := httptest.NewServer(realServer(t))
		defer ts.Close()
		checkUI(t, tab(t, b), ts.URL)
	})
	t.Run("demo", func(t *testing.T) {
		ts := httptest.NewServer(demoServer(t))
		defer ts.Close()
		checkUI(t, tab(t, b), ts.URL)
	})
	t.Run("highlight", func(t *testing.T) {
		ts := httptest.NewServer(newFixtureServer())
		defer ts.Close()
		checkHighlight(t, tab(t, b), ts.URL)
	})
	t.Run("external", func(t *testing.T) {
		base := os.Getenv("PARLEY_E2E_URL")
		if base == "" {
			t.Skip("e2e: set PARLEY_E2E_URL to the base URL of a running parley server (parley demo / parley serve)")
		}
		checkUI(t, tab(t, b), strings.TrimRight(base, "/"))
	})
}

type eventsPage struct {
	Total  int           `json:"total"`
	Events []event.Event `json:"events"`
}

type placesResp struct {
	Places []struct {
		Name  string  `json:"name"`
		Lat   float64 `json:"lat"`
		Lon   float64 `json:"lon"`
		Count int     `json:"count"`
	} `json:"places"`
}

func apiGet(t *testing.T, base, path string, params url.Values, v any) {
	t.Helper()
	u := base + path
	if len(params) > 0 {
		u += "?" + params.Encode()
	}
	client := &http.Client{Timeout: waitTimeout}
	res, err := client.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", u, res.Status)
	}
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: decoding: %v", u, err)
	}
}

// markers counts the places the map should draw.
func markers(p placesResp) int {
	n := 0
	for _, pl := range p.Places {
		if pl.Count > 0 {
			n++
		}
	}
	return n
}

func ids(evs []event.Event) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.ID
	}
	return out
}

// waitJS polls a JavaScript predicate until it is truthy, failing with what
// after waitTimeout.
func waitJS(t *testing.T, ctx context.Context, what, predicate string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](predicate, chromedp.WithPollingTimeout(waitTimeout))); err != nil {
		t.Fatalf("e2e: waiting for %s: %v", what, err)
	}
}

func evalJS[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("e2e: evaluating %s: %v", expr, err)
	}
	return v
}

const panelsReady = `['timeline', 'map', 'dyads', 'events'].every((p) => document.getElementById(p + '-panel').dataset.state === 'ready')`

const rowIDs = `[...document.querySelectorAll('#events-table tbody tr[data-id]')].map((tr) => tr.dataset.id)`

// checkUI is the browser test proper. It asks the API at base what the UI
// should show, then checks that the UI shows it; so it works against any
// data set with some TUR and some non-TUR events that have locations.
func checkUI(t *testing.T, ctx context.Context, base string) {
	var all, tur eventsPage
	apiGet(t, base, "/api/events", url.Values{"limit": {"50"}}, &all)
	apiGet(t, base, "/api/events", url.Values{"limit": {"50"}, "actor": {"TUR"}}, &tur)
	var allPlaces, turPlaces placesResp
	apiGet(t, base, "/api/aggregates/places", url.Values{"limit": {"500"}}, &allPlaces)
	apiGet(t, base, "/api/aggregates/places", url.Values{"limit": {"500"}, "actor": {"TUR"}}, &turPlaces)
	if all.Total == 0 || len(all.Events) == 0 {
		t.Fatalf("e2e: %s has no events to show", base)
	}
	if tur.Total == 0 || tur.Total == all.Total {
		t.Fatalf("e2e: data set unfit: %d events, %d with actor TUR; need some of each", all.Total, tur.Total)
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatalf("e2e: opening %s: %v", base, err)
	}
	waitJS(t, ctx, "all panels to load", panelsReady)

	// Timeline, map, table and dyads render the events.
	t.Run("render", func(t *testing.T) {
		canvases := evalJS[int](t, ctx, `[...document.querySelectorAll('#timeline canvas')].filter((c) => c.width > 0 && c.height > 0).length`)
		if canvases == 0 {
			t.Error("timeline: no drawn canvas in #timeline")
		}
		if got := evalJS[string](t, ctx, `document.querySelector('#events-total').dataset.total`); got != fmt.Sprint(all.Total) {
			t.Errorf("events total shown as %q, API says %d", got, all.Total)
		}
		if got := evalJS[[]string](t, ctx, rowIDs); !slices.Equal(got, ids(all.Events)) {
			t.Errorf("table rows = %v\nwant the API's first page %v", got, ids(all.Events))
		}
		if want := markers(allPlaces); want == 0 {
			t.Error("the API reports no places, so the map has nothing to show: are event locations coded?")
		} else if got := evalJS[int](t, ctx, `document.querySelectorAll('#map .leaflet-interactive.place-marker').length`); got != want {
			t.Errorf("map shows %d markers, want %d (one per place)", got, want)
		}
		// Country outlines load asynchronously; they are non-interactive paths.
		waitJS(t, ctx, "country outlines", `document.querySelectorAll('#map path:not(.leaflet-interactive)').length > 0`)
		if got := evalJS[int](t, ctx, `document.querySelectorAll('#dyads-table tbody tr[tabindex]').length`); got == 0 {
			t.Error("dyad view is empty")
		}
		if got := evalJS[int](t, ctx, `document.querySelectorAll('#actors-list button').length`); got == 0 {
			t.Error("top actors list is empty")
		}
		if got := evalJS[string](t, ctx, `document.getElementById('meta').textContent`); !strings.Contains(got, "events") {
			t.Errorf("header meta = %q, want an event count", got)
		}
	})

	// Clicking a row opens the detail with the spans highlighted.
	t.Run("detail", func(t *testing.T) {
		// Prefer an event with both actors spanned in its own sentence
		// (actors resolved from a neighbouring sentence have offsets -1).
		spanned := func(as []event.Actor) bool {
			return len(as) > 0 && as[0].Start >= 0 && as[0].End > as[0].Start
		}
		var ev event.Event
		for _, e := range all.Events {
			if spanned(e.Source) && (ev.ID == "" || spanned(e.Target) && !spanned(ev.Target)) {
				ev = e
			}
		}
		if ev.ID == "" {
			t.Fatal("no event on the first page has a source actor span to highlight")
		}
		sel := fmt.Sprintf(`#events-table tbody tr[data-id=%s]`, cssString(ev.ID))
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
			t.Fatalf("clicking row %s: %v", ev.ID, err)
		}
		waitJS(t, ctx, "event detail", `document.getElementById('detail-panel').dataset.state === 'ready' && !!document.querySelector('#event-detail p.sentence')`)
		if got := evalJS[string](t, ctx, `document.querySelector('#event-detail p.sentence').textContent`); got != ev.Sentence {
			t.Errorf("sentence shown as %q\nwant %q", got, ev.Sentence)
		}
		// Runs of adjacent marks per class, in sentence order.
		runs := evalJS[map[string][]string](t, ctx, `(() => {
			const runs = {};
			let open = {};
			for (const n of document.querySelector('#event-detail p.sentence').childNodes) {
				const kinds = n.nodeType === 1 && n.tagName === 'MARK' ? [...n.classList] : [];
				for (const k of Object.keys(open)) if (!kinds.includes(k)) { (runs[k] ||= []).push(open[k]); delete open[k]; }
				for (const k of kinds) open[k] = (open[k] || '') + n.textContent;
			}
			for (const k of Object.keys(open)) (runs[k] ||= []).push(open[k]);
			return runs;
		})()`)
		// The expected texts come from Go byte slicing of the offsets, so
		// this fails if the UI treats byte offsets as UTF-16 indices.
		want := func(kind string, start, end int) {
			if start < 0 || end > len(ev.Sentence) || start >= end {
				return
			}
			text := ev.Sentence[start:end]
			if !slices.Contains(runs[kind], text) {
				t.Errorf("no <mark class=%s> with %q; marks: %v", kind, text, runs)
			}
		}
		for _, a := range ev.Source {
			want("source", a.Start, a.End)
			want("actor", a.Start, a.End)
		}
		for _, a := range ev.Target {
			want("target", a.Start, a.End)
		}
		want("verb", ev.Evidence.Verb.Start, ev.Evidence.Verb.End)
		if d := ev.Evidence.Date; d != nil {
			want("date", d.Start, d.End)
		}
		if p := ev.Evidence.Place; p != nil {
			want("place", p.Start, p.End)
		}
		if got := evalJS[string](t, ctx, `document.querySelector('#event-detail [data-testid=pattern]').textContent`); got != ev.Evidence.Pattern && ev.Evidence.Pattern != "" {
			t.Errorf("pattern shown as %q, want %q", got, ev.Evidence.Pattern)
		}
		if got := evalJS[[]string](t, ctx, `[...document.querySelectorAll('#events-table tbody tr.selected')].map((tr) => tr.dataset.id)`); !slices.Equal(got, []string{ev.ID}) {
			t.Errorf("selected rows = %v, want [%s]", got, ev.ID)
		}
		if got := evalJS[string](t, ctx, `decodeURIComponent(location.hash)`); got != "#event="+ev.ID {
			t.Errorf("page fragment = %q, want #event=%s", got, ev.ID)
		}
	})

	if os.Getenv("PARLEY_SCREENSHOT") != "" {
		screenshot(t, ctx)
	}

	// Filtering by actor TUR changes the counts to the API's.
	t.Run("filter", func(t *testing.T) {
		if err := chromedp.Do(ctx,
			chromedp.SendKeys(chromedp.ID("f-actor"), "TUR"),
			chromedp.Click(chromedp.ID("f-apply")),
		); err != nil {
			t.Fatalf("filtering by TUR: %v", err)
		}
		waitJS(t, ctx, "the TUR total", fmt.Sprintf(`%s && document.querySelector('#events-total').dataset.total === '%d'`, panelsReady, tur.Total))
		if got := evalJS[[]string](t, ctx, rowIDs); !slices.Equal(got, ids(tur.Events)) {
			t.Errorf("TUR rows = %v\nwant %v", got, ids(tur.Events))
		}
		if got, want := evalJS[int](t, ctx, `document.querySelectorAll('#map .leaflet-interactive.place-marker').length`), markers(turPlaces); got != want {
			t.Errorf("TUR map shows %d markers, want %d", got, want)
		}
		if got := evalJS[string](t, ctx, `location.search`); !strings.Contains(got, "actor=TUR") {
			t.Errorf("page URL query %q does not record the filter", got)
		}
	})

	// A filter the server rejects is reported, and the input flagged.
	t.Run("bad filter", func(t *testing.T) {
		if err := chromedp.Do(ctx,
			chromedp.SetValue(chromedp.ID("f-actor"), "t!r"),
			chromedp.Click(chromedp.ID("f-apply")),
		); err != nil {
			t.Fatalf("setting a bad actor: %v", err)
		}
		waitJS(t, ctx, "the error message", `document.getElementById('status').textContent.startsWith('Error') && document.getElementById('f-actor').getAttribute('aria-invalid') === 'true'`)
	})

	// Dragging across the timeline sets the date range to what it covers.
	t.Run("brush", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("f-reset"))); err != nil {
			t.Fatalf("reset: %v", err)
		}
		waitJS(t, ctx, "the unfiltered total", fmt.Sprintf(`%s && document.querySelector('#events-total').dataset.total === '%d'`, panelsReady, all.Total))
		box := evalJS[struct{ X, Y, W, H float64 }](t, ctx, `(() => {
			const over = document.querySelector('#timeline .u-over');
			over.scrollIntoView({block: 'center'});
			const r = over.getBoundingClientRect();
			return {X: r.left, Y: r.top, W: r.width, H: r.height};
		})()`)
		if box.W < 50 {
			t.Fatalf("timeline plot area is %v px wide", box.W)
		}
		y := box.Y + box.H/2
		if err := chromedp.Do(ctx, chromedp.DragAndDropXY(box.X+2, y, box.X+box.W*0.6, y, 8)); err != nil {
			t.Fatalf("dragging on the timeline: %v", err)
		}
		waitJS(t, ctx, "the brushed date range", `document.getElementById('f-from').value !== '' && document.getElementById('f-to').value !== ''`)
		from := evalJS[string](t, ctx, `document.getElementById('f-from').value`)
		to := evalJS[string](t, ctx, `document.getElementById('f-to').value`)
		if from > to {
			t.Fatalf("brushed range %s..%s is reversed", from, to)
		}
		var ranged eventsPage
		apiGet(t, base, "/api/events", url.Values{"limit": {"50"}, "from": {from}, "to": {to}}, &ranged)
		waitJS(t, ctx, "the brushed total", fmt.Sprintf(`%s && document.querySelector('#events-total').dataset.total === '%d'`, panelsReady, ranged.Total))
		if ranged.Total == 0 || ranged.Total == all.Total {
			t.Errorf("brushing the left 60%% of the timeline selected %s..%s with %d of %d events; want a proper subset", from, to, ranged.Total, all.Total)
		}
	})
}

// cssString quotes s for a CSS attribute selector.
func cssString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\a `)
	return `"` + r.Replace(s) + `"`
}

// screenshot writes the page, with an event open, to docs/screenshot.png.
func screenshot(t *testing.T, ctx context.Context) {
	t.Helper()
	// Size the viewport to the whole page first and let the map settle, so
	// the capture shows no half-finished zoom or outline swap.
	h := evalJS[int64](t, ctx, `window.scrollTo(0, 0), document.documentElement.scrollHeight`)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1440, h)); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	waitJS(t, ctx, "the map to settle", `!document.querySelector('#map .leaflet-zoom-anim') && document.querySelectorAll('#map path:not(.leaflet-interactive)').length > 0`)
	time.Sleep(500 * time.Millisecond) // outline swap and tile-free repaint
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join("..", "..", "docs", "screenshot.png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	t.Logf("wrote %s (%d bytes)", path, len(png))
}
