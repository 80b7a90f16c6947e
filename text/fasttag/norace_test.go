//go:build !race

package fasttag

const raceEnabled = false
