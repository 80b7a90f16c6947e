// Package web is parley's browser UI: static HTML, CSS and ES modules plus
// vendored third-party libraries, embedded in the binary so `parley serve`
// works offline. The UI talks only to the JSON API described in docs/api.md;
// it has no server-side logic of its own.
package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var files embed.FS

// contentSecurityPolicy confines the page to its own origin. Story text is
// inserted with textContent only, and script-src 'self' is the second line of
// defence should that ever slip. Styles allow 'unsafe-inline' because Leaflet
// and uPlot position their elements with style attributes.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Handler serves the UI: "/" (and "/index.html") is the page, "/static/…"
// its assets. Mount it at the root of the server's mux, next to /api/.
// Every response carries a strong ETag, so browsers revalidate cheaply
// instead of running stale JavaScript after an upgrade.
func Handler() http.Handler {
	static, err := fs.Sub(files, "static")
	if err != nil {
		// The embed directive guarantees the directory exists; failing here
		// means the binary itself is broken.
		panic(fmt.Sprintf("web: embedded static directory missing: %v", err))
	}
	return &handler{static: static, etags: etags(static)}
}

type handler struct {
	static fs.FS
	etags  map[string]string // path inside static → quoted ETag
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	var name string
	switch p := r.URL.Path; {
	case p == "/" || p == "/index.html":
		name = "index.html"
	case strings.HasPrefix(p, "/static/"):
		name = strings.TrimPrefix(path.Clean(p), "/static/")
	default:
		http.NotFound(w, r)
		return
	}
	etag, ok := h.etags[name]
	if !ok {
		// Directories and unknown files: no listings, just 404.
		http.NotFound(w, r)
		return
	}
	hd := w.Header()
	hd.Set("Content-Security-Policy", contentSecurityPolicy)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Cache-Control", "no-cache")
	hd.Set("ETag", etag)
	// ServeFileFS honours If-None-Match against the ETag set above, and
	// redirects "/index.html" to "/".
	http.ServeFileFS(w, r, h.static, name)
}

// etags hashes every embedded file once, when the handler is built.
func etags(static fs.FS) map[string]string {
	m := map[string]string{}
	_ = fs.WalkDir(static, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, err := fs.ReadFile(static, p)
		if err != nil {
			return nil
		}
		sum := sha256.Sum256(b)
		m[p] = `"` + hex.EncodeToString(sum[:12]) + `"`
		return nil
	})
	return m
}
