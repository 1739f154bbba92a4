package documents

import (
	"context"
	"errors"
	"fmt"
)

// Typed errors. Each one's text is short and safe to show a user; details
// (tool output, offsets) are wrapped around it with %w and belong in logs.
// Test with errors.Is.
var (
	ErrEmpty           = errors.New("the file is empty")
	ErrUnsupportedType = errors.New("unsupported file type: only PDF, PNG, JPEG and TIFF are accepted")
	ErrTooLarge        = errors.New("the document is too large (size, pages or pixels over the limit)")
	ErrEncrypted       = errors.New("the PDF is encrypted or password-protected; upload an unprotected copy")
	ErrCorrupt         = errors.New("the file is damaged or truncated and cannot be read")
	ErrTimeout         = errors.New("text extraction took too long and was stopped")
	ErrToolMissing     = errors.New("a document tool is not installed")
	ErrClosed          = errors.New("the document extractor is shut down")
)

var userErrors = []error{ErrEmpty, ErrUnsupportedType, ErrTooLarge, ErrEncrypted, ErrCorrupt, ErrTimeout, ErrToolMissing, ErrClosed}

// UserMessage returns the user-safe sentence for err: the message of the
// typed error it wraps, or a generic sentence for anything else.
func UserMessage(err error) string {
	if err == nil {
		return ""
	}
	for _, e := range userErrors {
		if errors.Is(err, e) {
			return e.Error()
		}
	}
	if errors.Is(err, context.Canceled) {
		return "text extraction was cancelled"
	}
	return "text extraction failed"
}

func errorf(kind error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", kind, fmt.Sprintf(format, args...))
}

// ctxErr maps a finished context to the package's errors: a deadline is
// ErrTimeout, a cancellation stays context.Canceled.
func ctxErr(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return ErrTimeout
		}
		return err
	}
	return nil
}
