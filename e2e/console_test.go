package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
)

// consoleError turns console errors, uncaught exceptions and browser log
// errors (a failed resource load, a CSP violation) into text.
func consoleError(ev any) (string, bool) {
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		// Go's wasm runtime writes a panic to console.log, not
		// console.error: catch it there too, or a dead app looks fine.
		if e.Type == runtime.ConsoleAPICalledTypeLog && len(e.Args) > 0 {
			if text := string(e.Args[0].Value); strings.Contains(text, "panic: ") || strings.Contains(text, "fatal error: ") {
				return "Go panic: " + firstLine(strings.Trim(text, `"`)), true
			}
		}
		if e.Type != runtime.ConsoleAPICalledTypeError {
			return "", false
		}
		var parts []string
		for _, a := range e.Args {
			if a.Description != "" {
				parts = append(parts, a.Description)
			} else {
				parts = append(parts, string(a.Value))
			}
		}
		return "console.error: " + strings.Join(parts, " "), true
	case *runtime.EventExceptionThrown:
		return "exception: " + e.ExceptionDetails.Text + " " + exceptionDescription(e.ExceptionDetails), true
	case *log.EventEntryAdded:
		if e.Entry.Level != log.EntryLevelError {
			return "", false
		}
		return fmt.Sprintf("log %s: %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL), true
	}
	return "", false
}

func exceptionDescription(d *runtime.ExceptionDetails) string {
	if d == nil || d.Exception == nil {
		return ""
	}
	return d.Exception.Description
}

// assign copies a JSON-ish evaluation result into out.
func assign(t *testing.T, v any, out any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encoding result: %v", err)
	}
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("decoding result %s: %v", b, err)
	}
}
