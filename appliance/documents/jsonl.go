package documents

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// FileLine is one line of `agnomed extract` output (CONTRACT.md, CLI).
type FileLine struct {
	File    string          `json:"file"`
	Method  string          `json:"method,omitempty"`
	Pages   int             `json:"pages"`
	Quality float64         `json:"quality"`
	Text    string          `json:"text"`
	Labs    []casemodel.Lab `json:"labs"`
	Error   string          `json:"error,omitempty"`
}

// ExtractFilesJSONL extracts each file in order and writes one JSON line per
// file: {file,method,pages,quality,text,labs}, or {file,error} for a file
// that could not be read. It returns a non-nil error when any file failed
// (after writing every line) or when writing fails.
func ExtractFilesJSONL(ctx context.Context, e *Extractor, paths []string, w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, p := range paths {
		line := FileLine{File: p, Labs: []casemodel.Lab{}}
		res, err := extractFile(ctx, e, p)
		if err != nil {
			failed++
			line.Error = UserMessage(err)
			if os.IsNotExist(err) {
				line.Error = "no such file"
			}
		} else {
			line.Method, line.Pages, line.Quality, line.Text, line.Labs = res.Method, res.Pages, res.Quality, res.Text, res.Labs
		}
		if err := enc.Encode(line); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files could not be extracted", failed, len(paths))
	}
	return nil
}

func extractFile(ctx context.Context, e *Extractor, path string) (Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return Result{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return Result{}, err
	}
	if !st.Mode().IsRegular() {
		return Result{}, errorf(ErrUnsupportedType, "not a regular file")
	}
	if st.Size() > e.limits.MaxBytes {
		return Result{}, errorf(ErrTooLarge, "%d bytes", st.Size())
	}
	data, err := io.ReadAll(io.LimitReader(f, e.limits.MaxBytes+1))
	if err != nil {
		return Result{}, err
	}
	return e.Extract(ctx, data)
}
