package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestBreakReminder: with the reminder set to every 30 minutes, the banner
// appears once 30 minutes have passed (on Chromium's virtual clock, so the
// test takes seconds, not half an hour), "Later" hides it, and it comes
// back after the next interval.
func TestBreakReminder(t *testing.T) {
	p := newPage(t)
	p.open("/settings")
	p.click("#remind-30")
	p.waitJS(`JSON.parse(localStorage.getItem("limber.v1")).settings.reminderMinutes === 30`)

	expired := make(chan struct{}, 1)
	if err := chromedp.Listen(p.ctx, func(ev any) {
		if _, ok := ev.(*emulation.EventVirtualTimeBudgetExpired); ok {
			expired <- struct{}{}
		}
	}); err != nil {
		t.Fatal(err)
	}
	// advance lets d of virtual time pass as fast as the page can run, then
	// holds the clock still, so what the page shows can be read at leisure.
	advance := func(d time.Duration) {
		t.Helper()
		budget := float64(d.Milliseconds())
		p.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetVirtualTimePolicy, emulation.SetVirtualTimePolicyParams{Policy: emulation.VirtualTimePolicyAdvance, Budget: &budget})
			return err
		}))
		select {
		case <-expired:
		case <-time.After(time.Minute):
			t.Fatalf("virtual time did not advance by %v", d)
		}
	}
	shown := func() bool {
		var ok bool
		p.eval(`document.getElementById("break-reminder") !== null`, &ok)
		return ok
	}

	advance(29 * time.Minute)
	if shown() {
		t.Fatal("the reminder appeared before 30 minutes")
	}
	advance(2 * time.Minute)
	if !shown() {
		t.Fatal("no reminder after 31 minutes")
	}
	p.click("#break-reminder button")
	advance(time.Second)
	if shown() {
		t.Fatal(`"Later" did not hide the reminder`)
	}
	advance(31 * time.Minute)
	if !shown() {
		t.Fatal("no reminder 30 minutes after Later")
	}
}
