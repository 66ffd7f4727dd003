package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestIconsVisibleInForcedColors: in a high-contrast mode every icon is
// painted in the (system) colour of the text beside it. A masked icon
// keeps its author colour there, or vanishes if the mode forces its
// background, unless the stylesheet says otherwise.
func TestIconsVisibleInForcedColors(t *testing.T) {
	p := newPage(t)
	p.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "forced-colors", Value: "active"}},
		})
		return err
	}))
	for _, path := range []string{"/", "/routines/desk-break"} {
		p.open(path)
		var bad []string
		p.eval(`(() => {
			const icons = [...document.querySelectorAll(".icon")].filter((i) => i.getClientRects().length > 0);
			if (icons.length < 5) return ["only " + icons.length + " visible icons"];
			return icons.filter((i) => getComputedStyle(i).backgroundColor !== getComputedStyle(i.parentElement).color)
				.map((i) => i.className + " in " + JSON.stringify(i.parentElement.textContent.trim()) + ": " +
					getComputedStyle(i).backgroundColor + " beside text in " + getComputedStyle(i.parentElement).color);
		})()`, &bad)
		for _, b := range bad {
			t.Errorf("%s: icon not painted in forced colours: %s", path, b)
		}
	}
}
