// Command precompress writes .br and .gz siblings beside the compressible
// files of each folder it is given (make build runs it on web/).
package main

import (
	"fmt"
	"os"
	"time"

	"limber/server/precompress"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress DIR...")
		os.Exit(2)
	}
	for _, dir := range os.Args[1:] {
		start := time.Now()
		st, err := precompress.Dir(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
		fmt.Printf("precompress %s: %d written, %d up to date (%s)\n", dir, st.Written, st.UpToDate, time.Since(start).Round(time.Millisecond))
	}
}
