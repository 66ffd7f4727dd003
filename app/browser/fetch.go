package browser

import (
	"errors"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ErrFetch: the file could not be fetched (offline and not cached, or the
// server answered with an error).
var ErrFetch = errors.New("couldn't fetch the file")

// FetchText fetches a same-origin file's text and waits for it. It must not
// run on the goroutine that answers JS events (it blocks until the promise
// settles); Limber calls it once, before go-app starts.
func FetchText(url string) (text string, err error) {
	defer func() {
		if recover() != nil {
			err = ErrFetch
		}
	}()
	w := goapp.Window()
	if w.Get("fetch").Type() != goapp.TypeFunction {
		return "", ErrFetch
	}
	type result struct {
		text string
		ok   bool
	}
	done := make(chan result, 1)
	fail := func(goapp.Value) { done <- result{} }
	PromiseThen(w.Call("fetch", url), func(res goapp.Value) {
		if !res.Get("ok").Truthy() {
			done <- result{}
			return
		}
		PromiseThen(res.Call("text"), func(t goapp.Value) { done <- result{t.String(), true} }, fail)
	}, fail)
	r := <-done
	if !r.ok {
		return "", ErrFetch
	}
	return r.text, nil
}
