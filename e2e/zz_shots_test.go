package e2e

import (
	"fmt"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

func TestZZShots(t *testing.T) {
	for _, size := range [][2]int64{{360, 640}, {390, 844}} {
		p := newPage(t)
		p.do(chromedp.EmulateViewport(size[0], size[1], chromedp.EmulateScale(2), chromedp.EmulateMobile))
		startRoutine(p, "/routines/desk-break/play")
		for i := 0; i < 9; i++ {
			p.click("#player-skip")
		}
		p.waitJS(`document.getElementById("player").dataset.phase === "hold"`)
		buf, _ := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
		os.WriteFile(fmt.Sprintf("/tmp/shots/hold-%d.png", size[0]), buf, 0o644)
	}
}
