package app

import (
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
)

// DataTransfer exports all personal data to a JSON file and imports it back,
// merging and never overwriting silently.
type DataTransfer struct {
	goapp.Compo
	note      string
	err       bool
	persisted string // whether the browser promised to keep the data
}

func (c *DataTransfer) OnMount(ctx goapp.Context) {
	browser.PersistedState(func(text string) { ctx.Dispatch(func(goapp.Context) { c.persisted = text }) })
}

func (c *DataTransfer) Render() goapp.UI {
	return view.Elem("section", "block card",
		view.ElemText("h2", "", "Your data").ID("data-h"),
		view.ElText("p", "", "Favourites, saved routines, settings and history live only on this phone. Export them to keep a copy or move to another phone."),
		view.El("div", "actions",
			view.ElemText("button", "button", "Export to a file").ID("export-data").Attr("type", "button").OnClick(c.export),
			view.ElemText("label", "button", "Import a file").Attr("for", "import-file"),
			view.Void("input", "visually-hidden").Attr("type", "file").ID("import-file").Attr("accept", "application/json,.json").OnChange(c.pick),
		),
		view.ElemText("p", map[bool]string{true: "field-error", false: "share-note"}[c.err], c.note).ID("data-note").Aria("live", "polite"),
		view.ElemText("p", "disclaimer", c.persisted).ID("persist-note"),
	).ID("data").Aria("labelledby", "data-h")
}

func (c *DataTransfer) export(ctx goapp.Context, e goapp.Event) {
	b, err := store.Export(storage.Load(), time.Now())
	if err != nil {
		c.note, c.err = i18n.F("Export failed: {error}", "error", err.Error()), true
		return
	}
	downloadFile("limber-"+time.Now().Format("2006-01-02")+".json", "application/json", string(b))
	c.note, c.err = i18n.T("Exported. Keep the file somewhere safe."), false
}

func (c *DataTransfer) pick(ctx goapp.Context, e goapp.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	f := files.Index(0)
	if f.Get("size").Int() > store.MaxImportBytes {
		c.note, c.err = i18n.T("That file is larger than 1 MB, so it isn't a Limber export. Nothing was changed."), true
		input.Set("value", "")
		return
	}
	browser.PromiseThen(f.Call("text"), func(text goapp.Value) {
		ctx.Dispatch(func(ctx goapp.Context) {
			c.importText(text.String())
			input.Set("value", "")
		})
	}, func(goapp.Value) {
		ctx.Dispatch(func(ctx goapp.Context) { c.note, c.err = i18n.T("Couldn't read that file. Nothing was changed."), true })
	})
}

func (c *DataTransfer) importText(text string) {
	merged, summary, err := store.Import(storage.Load(), []byte(text))
	if err != nil {
		c.note, c.err = i18n.F("{error} Nothing was changed.", "error", store.Message(err)), true
		return
	}
	if err := storage.Save(merged); err != nil {
		c.note, c.err = i18n.F("Couldn't save the import: {error}", "error", err.Error()), true
		return
	}
	c.note, c.err = i18n.F("Imported. {summary}", "summary", strings.Join(summary.Lines(), " ")), false
}

// downloadFile saves text as a file through a temporary object URL.
func downloadFile(name, mime, text string) {
	w := goapp.Window()
	blob := w.Get("Blob").New([]any{text}, map[string]any{"type": mime})
	url := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	w.Get("document").Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	w.Get("URL").Call("revokeObjectURL", url)
}
