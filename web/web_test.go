package web

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, method, path string, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, "http://parley.test"+path, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestHandler(t *testing.T) {
	h := Handler()
	tests := []struct {
		method, path string
		status       int
		ctype        string // prefix
		body         string // substring
	}{
		{"GET", "/", 200, "text/html", `<script src="static/js/main.js" type="module">`},
		{"HEAD", "/", 200, "text/html", ""},
		{"GET", "/index.html", 301, "", ""}, // canonicalised to "/"
		{"GET", "/static/app.css", 200, "text/css", "--source"},
		{"GET", "/static/js/main.js", 200, "text/javascript", "new App().start()"},
		{"GET", "/static/js/highlight.js", 200, "text/javascript", "TextEncoder"},
		{"GET", "/static/vendor/leaflet/leaflet.js", 200, "text/javascript", "Leaflet"},
		{"GET", "/static/vendor/uplot/uPlot.iife.min.js", 200, "text/javascript", "uPlot"},
		{"GET", "/static/vendor/topojson-client/topojson-client.min.js", 200, "text/javascript", "topojson"},
		{"GET", "/static/vendor/world-atlas/countries-110m.json", 200, "application/json", `"countries"`},
		{"GET", "/static/vendor/world-atlas/countries-50m.json", 200, "application/json", `"countries"`},
		{"GET", "/static/vendor/leaflet/images/layers.png", 200, "image/png", ""},
		{"GET", "/static/", 404, "", ""},          // no directory listings
		{"GET", "/static/js", 404, "", ""},        // directory
		{"GET", "/static/nope.js", 404, "", ""},   // missing file
		{"GET", "/static/../web.go", 404, "", ""}, // traversal
		{"GET", "/static/%2e%2e/web.go", 404, "", ""},
		{"GET", "/web.go", 404, "", ""},
		{"GET", "/api/events", 404, "", ""}, // not ours: the server mounts the API
		{"POST", "/", 405, "", ""},
		{"DELETE", "/static/app.css", 405, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			rec := get(t, h, tt.method, tt.path, nil)
			if rec.Code != tt.status {
				t.Fatalf("status = %d, want %d", rec.Code, tt.status)
			}
			if ct := rec.Header().Get("Content-Type"); tt.ctype != "" && !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("Content-Type = %q, want %s…", ct, tt.ctype)
			}
			if tt.body != "" && !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("body lacks %q", tt.body)
			}
			if tt.status == 200 {
				if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
					t.Errorf("Content-Security-Policy = %q", csp)
				}
				if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
					t.Error("missing X-Content-Type-Options: nosniff")
				}
			}
		})
	}
}

func TestHandlerETag(t *testing.T) {
	h := Handler()
	first := get(t, h, "GET", "/static/js/main.js", nil)
	etag := first.Header().Get("ETag")
	if !regexp.MustCompile(`^"[0-9a-f]{24}"$`).MatchString(etag) {
		t.Fatalf("ETag = %q", etag)
	}
	again := get(t, h, "GET", "/static/js/main.js", map[string]string{"If-None-Match": etag})
	if again.Code != http.StatusNotModified {
		t.Errorf("revalidation: status %d, want 304", again.Code)
	}
	if other := get(t, h, "GET", "/static/app.css", nil).Header().Get("ETag"); other == etag {
		t.Error("different files share an ETag")
	}
	if Handler().(*handler).etags["js/main.js"] != etag {
		t.Error("ETag not stable across handlers")
	}
}

// appFiles are our own UI sources (not the vendored libraries).
func appFiles(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := fs.WalkDir(files, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p == "static/vendor" {
			return fs.SkipDir
		}
		if !d.IsDir() {
			b, err := fs.ReadFile(files, p)
			if err != nil {
				return err
			}
			out[p] = string(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 10 {
		t.Fatalf("only %d UI files embedded", len(out))
	}
	return out
}

// TestNoHTMLInjectionSinks keeps story text out of the HTML parser: the UI
// must build DOM with textContent (the el() helper), never parse strings.
func TestNoHTMLInjectionSinks(t *testing.T) {
	sinks := regexp.MustCompile(`\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(|setHTML`)
	for name, src := range appFiles(t) {
		if !strings.HasSuffix(name, ".js") {
			continue
		}
		for i, line := range strings.Split(src, "\n") {
			if m := sinks.FindString(line); m != "" {
				t.Errorf("%s:%d uses %s", name, i+1, m)
			}
		}
	}
}

// TestOffline checks that the page loads nothing from other origins: the UI
// must work without network access.
func TestOffline(t *testing.T) {
	remote := regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?(https?:)?//|url\(\s*["']?(https?:)?//|@import|fetch\(\s*["'\x60]https?:|tileLayer`)
	for name, src := range appFiles(t) {
		for i, line := range strings.Split(src, "\n") {
			if m := remote.FindString(line); m != "" {
				t.Errorf("%s:%d refers to a remote resource: %s", name, i+1, m)
			}
		}
	}
	// Every local asset the page names must be embedded.
	index := appFiles(t)["static/index.html"]
	for _, m := range regexp.MustCompile(`(?:src|href)="(static/[^"]+)"`).FindAllStringSubmatch(index, -1) {
		if rec := get(t, Handler(), "GET", "/"+m[1], nil); rec.Code != 200 {
			t.Errorf("index.html refers to %s: status %d", m[1], rec.Code)
		}
	}
}

// TestModuleImports checks every relative ES-module import resolves to an
// embedded file, since there is no bundler to catch a typo.
func TestModuleImports(t *testing.T) {
	imp := regexp.MustCompile(`(?m)^import .* from '(\./[^']+)';`)
	n := 0
	for name, src := range appFiles(t) {
		if !strings.HasSuffix(name, ".js") {
			continue
		}
		for _, m := range imp.FindAllStringSubmatch(src, -1) {
			n++
			target := "static/js/" + strings.TrimPrefix(m[1], "./")
			if _, err := fs.Stat(files, target); err != nil {
				t.Errorf("%s imports %s: %v", name, m[1], err)
			}
		}
	}
	if n == 0 {
		t.Fatal("no imports found; the pattern is stale")
	}
}

// TestVendorLicences checks each vendored library has its licence file and
// an entry in LICENSES.md.
func TestVendorLicences(t *testing.T) {
	list, err := fs.ReadFile(files, "static/vendor/LICENSES.md")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := fs.ReadDir(files, "static/vendor")
	if err != nil {
		t.Fatal(err)
	}
	libs := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		libs++
		if _, err := fs.Stat(files, "static/vendor/"+e.Name()+"/LICENSE"); err != nil {
			t.Errorf("vendor/%s has no LICENSE file", e.Name())
		}
		if !strings.Contains(string(list), "`"+e.Name()+"/") {
			t.Errorf("LICENSES.md does not list vendor/%s", e.Name())
		}
	}
	if libs != 4 {
		t.Errorf("%d vendored libraries, want 4 (leaflet, uplot, topojson-client, world-atlas)", libs)
	}
}

// FuzzHandler: no request path makes the handler panic or fail with 5xx,
// and nothing outside static/ is ever served.
func FuzzHandler(f *testing.F) {
	for _, s := range []string{"/", "/static/app.css", "/static/../web.go", "//static/x", "/static/%00", "/static/js/../app.css", "/\xff"} {
		f.Add(s)
	}
	h := Handler()
	f.Fuzz(func(t *testing.T, p string) {
		req := httptest.NewRequest("GET", "http://parley.test/", nil)
		req.URL.Path = p
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%q: status %d", p, rec.Code)
		}
		if rec.Code == 200 && strings.Contains(rec.Body.String(), "package web") {
			t.Fatalf("%q: served Go source", p)
		}
	})
}
