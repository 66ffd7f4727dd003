package workout

import "time"

// Clock tells the engine the wall-clock time. The app uses SystemClock;
// tests use a fake they advance by hand.
type Clock interface {
	Now() time.Time
}

// SystemClock is the real clock.
type SystemClock struct{}

// Now returns time.Now().
func (SystemClock) Now() time.Time { return time.Now() }
