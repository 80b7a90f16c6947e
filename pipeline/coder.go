// Package pipeline composes the stages (text → actor → verb → when → geo)
// into a Coder and owns batching and parallelism.
package pipeline

import (
	"context"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
)

// Coder turns one story into events. Implementations are safe for
// concurrent use: stages are pure functions over immutable dictionaries.
type Coder interface {
	Code(ctx context.Context, s story.Story) ([]event.Event, error)
}
