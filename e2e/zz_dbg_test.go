package e2e
import ("testing")
func TestZZDbg(t *testing.T){ a:=newPage(t)
	a.open("/plans/loosen-up")
	a.click("#plan-follow")
	a.waitJS(`document.getElementById("plan-pause") !== null`)
	a.click("#plan-pause")
	var s string
	a.eval(`new Promise(r=>setTimeout(()=>r(document.querySelector("main").innerText.slice(0,1500)),1000))`, &s); t.Log(s)
	t.Log(a.consoleErrors())
}
