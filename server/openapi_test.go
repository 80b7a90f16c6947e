package server_test

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/parley-events/parley/server"
)

var update = flag.Bool("update", false, "copy the embedded openapi.json to docs/openapi.json")

// The served document is embedded from server/openapi.json; docs/ carries a
// copy for readers of the repository. They must not drift apart.
func TestDocsOpenAPIInSync(t *testing.T) {
	const docs = "../docs/openapi.json"
	if *update {
		if err := os.WriteFile(docs, server.OpenAPI(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(docs)
	if err != nil {
		t.Fatalf("%v (run go test ./server -run OpenAPI -update)", err)
	}
	if !bytes.Equal(b, server.OpenAPI()) {
		t.Fatalf("docs/openapi.json differs from server/openapi.json; edit server/openapi.json and run go test ./server -run OpenAPI -update")
	}
}
