// Package phicli implements the JSONL front ends of `agnomed phi detect`
// and `agnomed phi scrub` (see the contract): one JSON object a line in,
// one a line out, in the same order.
package phicli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/agnomedical/agno/pkg/phi"
)

// MaxLine is the longest input line accepted (bytes).
const MaxLine = 16 << 20

// Input is one line of input: {"id":"n1","lang":"en|pt-BR","text":"..."}.
type Input struct {
	ID   string `json:"id"`
	Lang string `json:"lang"`
	Text string `json:"text"`
}

// OutSpan is one span of `phi detect` output.
type OutSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
}

// DetectOutput is one line of `phi detect` output.
type DetectOutput struct {
	ID    string    `json:"id"`
	Spans []OutSpan `json:"spans"`
}

// ScrubOutput is one line of `phi scrub` output.
type ScrubOutput struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Detect reads notes from r and writes their PHI spans to w. observe, if
// not nil, is called once per span with its type (never its value). A bad
// line stops the run with an error naming the line number.
func Detect(r io.Reader, w io.Writer, d *phi.Detector, observe func(typ string)) error {
	return each(r, w, func(in Input, enc *json.Encoder) error {
		spans := d.Detect(in.Text, in.Lang)
		out := DetectOutput{ID: in.ID, Spans: make([]OutSpan, 0, len(spans))}
		for _, s := range spans {
			out.Spans = append(out.Spans, OutSpan{Start: s.Start, End: s.End, Type: s.Type})
			if observe != nil {
				observe(s.Type)
			}
		}
		return enc.Encode(out)
	})
}

// Scrub reads notes from r and writes them scrubbed to w.
func Scrub(r io.Reader, w io.Writer, d *phi.Detector, opt phi.ScrubOptions, observe func(typ string)) error {
	return each(r, w, func(in Input, enc *json.Encoder) error {
		text, spans := d.Scrub(in.Text, in.Lang, opt)
		if observe != nil {
			for _, s := range spans {
				observe(s.Type)
			}
		}
		return enc.Encode(ScrubOutput{ID: in.ID, Text: text})
	})
}

// each decodes the input line by line and calls fn for each note.
func each(r io.Reader, w io.Writer, fn func(Input, *json.Encoder) error) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxLine)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		in, err := decode(b)
		if err != nil {
			// The message names the line and the kind of problem, never
			// the content (which may be PHI).
			return fmt.Errorf("phi: input line %d: %s", line, err)
		}
		if err := fn(in, enc); err != nil {
			return fmt.Errorf("phi: output for line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return fmt.Errorf("phi: input line %d: longer than %d bytes", line+1, MaxLine)
		}
		return fmt.Errorf("phi: reading input after line %d: %w", line, err)
	}
	return bw.Flush()
}

// decode parses one input line strictly: an object with a string "text";
// "id" and "lang" optional strings; unknown fields are errors.
func decode(b []byte) (Input, error) {
	var in Input
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return in, describe(err)
	}
	if dec.More() {
		return in, fmt.Errorf("more than one JSON value")
	}
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(b, &probe); err != nil {
		return in, describe(err)
	}
	if _, ok := probe["text"]; !ok {
		return in, fmt.Errorf(`missing "text"`)
	}
	switch in.Lang {
	case "", "en", "pt-BR":
	default:
		return in, fmt.Errorf(`"lang" must be "en" or "pt-BR"`)
	}
	return in, nil
}

// describe turns a JSON error into a message without input content.
func describe(err error) error {
	switch e := err.(type) {
	case *json.SyntaxError:
		return fmt.Errorf("invalid JSON at byte %d", e.Offset)
	case *json.UnmarshalTypeError:
		return fmt.Errorf("field %q has the wrong type (want %s)", e.Field, e.Type)
	}
	msg := err.Error()
	if bytes.HasPrefix([]byte(msg), []byte("json: unknown field")) {
		return fmt.Errorf("%s", msg) // names the field, not a value
	}
	if err == io.EOF {
		return fmt.Errorf("empty")
	}
	return fmt.Errorf("invalid JSON")
}
